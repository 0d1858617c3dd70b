"""Find the ledger entries that state the same claim as a piece of text.

The retriever is lexical and offline: a BM25 index over every entry's phrasings (claim, title
and aliases, see :func:`claimcheck.analyze.analyze` for how text becomes terms), fused with an
IDF-weighted *coverage* score — how much of the entry's own terms the query contains — because
entries are short and the texts checked against them (tweets, transcript sentences) are longer
and carry more besides. Word bigrams are extra terms, so a phrase counts more than its words
scattered. Names and numbers in the query weigh more.

The score of a :class:`~claimcheck.model.Candidate` is a calibrated confidence in 0..1 that the
entry states the same claim; :data:`MATCH_THRESHOLD` is where a candidate counts as a match.
The index is plain dicts and lists of str/int/float, so :mod:`claimcheck.cache` can store it
without pickle (see :meth:`Matcher.to_state` / :meth:`Matcher.from_state`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from claimcheck.analyze import Term, analyze
from claimcheck.model import Candidate, Entry

# Score at or above which a candidate counts as stating the same claim (see docs/benchmarks.md
# for how it was calibrated).
MATCH_THRESHOLD = 0.5

# Bump when the index layout or the analysis changes: cached indexes of older versions are
# then rebuilt.
INDEX_VERSION = 1

# Tuned on the CLEF-2020 train split (see bench/clef2020.py).
PARAMS: dict[str, float] = {
    "k1": 0.9,
    "b": 0.5,
    "bigram_weight": 0.5,
    "name_boost": 1.0,
    "number_boost": 1.0,
    "qtf_power": 0.5,
    "coverage_weight": 0.3,
}


def _bigrams(terms: list[Term]) -> list[str]:
    return [f"{a.stems[0]} {b.stems[0]}" for a, b in zip(terms, terms[1:], strict=False)]


class Matcher:
    """A search index over ledger entries; see the module docs."""

    MATCH_THRESHOLD = MATCH_THRESHOLD
    threshold = MATCH_THRESHOLD  # the name api.py and verdict.py use

    def __init__(self, entries: Sequence[Entry], *, _state: dict | None = None) -> None:
        self.entries = list(entries)
        if _state is not None:
            self._load_state(_state)
            return
        self._build()

    # -- building ----------------------------------------------------------------------------

    @staticmethod
    def _entry_terms(entry: Entry) -> list[str]:
        """All stems of the entry's phrasings: unigrams (alternatives included) and bigrams."""
        doc: list[str] = []
        for text in entry.texts():
            terms = analyze(text, entry.lang)
            doc.extend(stem for term in terms for stem in term.stems)
            doc.extend(_bigrams(terms))
        return doc

    def _build(self) -> None:
        k1, b = PARAMS["k1"], PARAMS["b"]
        docs = [self._entry_terms(entry) for entry in self.entries]
        n = len(docs)
        df: dict[str, int] = defaultdict(int)
        tfs: list[dict[str, int]] = []
        for doc in docs:
            tf: dict[str, int] = defaultdict(int)
            for stem in doc:
                tf[stem] += 1
            tfs.append(tf)
            for stem in tf:
                df[stem] += 1
        avgdl = (sum(len(d) for d in docs) / n) if n else 1.0
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        postings: dict[str, tuple[list[int], list[float]]] = {}
        self.doc_idf: list[float] = []
        for i, (doc, tf) in enumerate(zip(docs, tfs, strict=False)):
            norm = k1 * (1 - b + b * len(doc) / avgdl) if avgdl else k1
            total = 0.0
            for stem, count in tf.items():
                idf = self.idf[stem]
                posting = postings.get(stem)
                if posting is None:
                    posting = postings[stem] = ([], [])
                posting[0].append(i)
                posting[1].append(idf * count * (k1 + 1) / (count + norm))
                if " " not in stem:
                    total += idf
            self.doc_idf.append(total)
        self.postings = postings

    # -- cache support -----------------------------------------------------------------------

    def to_state(self) -> dict:
        """The index as plain containers (str keys, lists, numbers) for the cache."""
        return {
            "version": INDEX_VERSION,
            "idf": self.idf,
            "doc_idf": self.doc_idf,
            "postings": self.postings,
        }

    @classmethod
    def from_state(cls, entries: Sequence[Entry], state: dict) -> Matcher:
        return cls(entries, _state=state)

    def _load_state(self, state: dict) -> None:
        if state.get("version") != INDEX_VERSION:
            raise ValueError("index version mismatch")
        idf, doc_idf, postings = state["idf"], state["doc_idf"], state["postings"]
        if not (isinstance(idf, dict) and isinstance(doc_idf, list) and isinstance(postings, dict)):
            raise ValueError("malformed index")
        if len(doc_idf) != len(self.entries) or idf.keys() != postings.keys():
            raise ValueError("index does not fit the entries")
        self.idf, self.doc_idf, self.postings = idf, doc_idf, postings

    # -- searching ---------------------------------------------------------------------------

    def _scores(self, terms: list[Term]) -> tuple[dict[int, float], dict[int, float]]:
        """BM25 score and matched IDF mass of every entry sharing a term with the query."""
        qtf: dict[tuple[str, ...], float] = defaultdict(float)
        for term in terms:
            weight = 1.0
            if term.name:
                weight *= PARAMS["name_boost"]
            if term.number:
                weight *= PARAMS["number_boost"]
            qtf[term.stems] = max(qtf[term.stems], 0) + weight
        bigram_weight = PARAMS["bigram_weight"]
        if bigram_weight:
            for bigram in _bigrams(terms):
                qtf[(bigram,)] += bigram_weight
        power = PARAMS["qtf_power"]
        bm25: dict[int, float] = defaultdict(float)
        covered: dict[int, float] = defaultdict(float)
        postings, idf = self.postings, self.idf
        for stems, weight in qtf.items():
            if power != 1.0:
                weight = weight**power
            if len(stems) == 1:
                posting = postings.get(stems[0])
                if not posting:
                    continue
                ids, ws = posting
                for doc, w in zip(ids, ws, strict=False):
                    bm25[doc] += weight * w
                if " " not in stems[0]:
                    term_idf = idf[stems[0]]
                    for doc in ids:
                        covered[doc] += term_idf
                continue
            best: dict[int, tuple[float, float]] = {}
            for stem in stems:
                posting = postings.get(stem)
                if not posting:
                    continue
                term_idf = idf[stem]
                for doc, w in zip(*posting, strict=False):
                    if doc not in best or best[doc][0] < w:
                        best[doc] = (w, term_idf)
            for doc, (w, term_idf) in best.items():
                bm25[doc] += weight * w
                covered[doc] += term_idf
        return bm25, covered

    def search(self, text: str, lang: str | None = None, limit: int = 5) -> list[Candidate]:
        """The best ``limit`` entries for ``text``, best first; see the module docs."""
        return self._search_terms(analyze(text, lang), limit)

    def search_many(
        self, texts: Sequence[str], lang: str | None = None, limit: int = 5
    ) -> list[list[Candidate]]:
        return [self.search(text, lang, limit) for text in texts]

    def _search_terms(self, terms: list[Term], limit: int) -> list[Candidate]:
        if not terms or not self.entries:
            return []
        bm25, covered = self._scores(terms)
        if not bm25:
            return []
        top = max(bm25.values())
        cw = PARAMS["coverage_weight"]
        doc_idf = self.doc_idf
        ranked = sorted(
            bm25,
            key=lambda d: bm25[d] / top + cw * covered.get(d, 0.0) / (doc_idf[d] or 1.0),
            reverse=True,
        )[:limit]
        query_stems = {stem for term in terms for stem in term.stems}
        out = []
        for doc in ranked:
            coverage = min(1.0, covered.get(doc, 0.0) / (doc_idf[doc] or 1.0))
            out.append(
                Candidate(
                    self.entries[doc],
                    self._confidence(bm25[doc], coverage),
                    self._matched_text(doc, query_stems),
                )
            )
        # out.sort(key=lambda c: -c.score)
        return out

    def _confidence(self, bm25: float, coverage: float) -> float:
        return round(coverage, 4)

    def _matched_text(self, doc: int, query_stems: set[str]) -> str:
        entry = self.entries[doc]
        texts = entry.texts()
        if len(texts) == 1:
            return texts[0]
        best, best_score = texts[0], -1.0
        for text in texts:
            stems = {stem for term in analyze(text, entry.lang) for stem in term.stems}
            if not stems:
                continue
            total = sum(self.idf.get(s, 0.0) for s in stems) or 1.0
            hit = sum(self.idf.get(s, 0.0) for s in stems if s in query_stems)
            if hit / total > best_score:
                best, best_score = text, hit / total
        return best
