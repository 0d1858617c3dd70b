"""Find the ledger entries that state the same claim as a piece of text.

The retriever is lexical and offline: a BM25 index over every entry's phrasings (claim, title
and aliases, see :func:`claimcheck.analyze.analyze` for how text becomes terms), fused with an
IDF-weighted *coverage* score — how much of the entry's own terms the query contains — because
entries are short and the texts checked against them (tweets, transcript sentences) are longer
and carry more besides.

The score of a :class:`~claimcheck.model.Candidate` is a calibrated confidence in 0..1 that the
entry states the same claim; :data:`MATCH_THRESHOLD` is where a candidate counts as a match.
The index is plain dicts and lists of str/int/float, so :mod:`claimcheck.cache` can store it
without pickle (see :meth:`Matcher.to_state` / :meth:`Matcher.from_state`).
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections import defaultdict
from collections.abc import Sequence

from claimcheck.analyze import Term, analyze
from claimcheck.model import Candidate, Entry

# Score at or above which a candidate counts as stating the same claim: on the politifact
# transcripts, pair precision ~0.5 at recall ~0.23 (see docs/benchmarks.md). A score of
# FIRM_SCORE or more is right about 4 times in 5 there.
MATCH_THRESHOLD = 0.15
FIRM_SCORE = 0.8
# With numbers ignored, how much of an entry's other words a claim must cover before its
# numbers are taken as stating the entry's quantity (differently).
NUMBER_BLIND_COVERAGE = 0.5

# Bump when the index layout or the analysis changes: cached indexes of older versions are
# then rebuilt.
INDEX_VERSION = 7

# Tuned on the CLEF-2020 train split (see bench/clef2020.py).
PARAMS: dict[str, float] = {
    "k1": 0.9,
    "b": 0.5,
    "qtf_power": 0.5,
    "coverage_weight": 0.3,
}


def confidence(coverage: float, query_coverage: float, shared: float, margin: float) -> float:
    """How sure a match is, from how much of the entry and of the query the other covers, the
    matched IDF mass, and how far ahead of the best rival entry that mass is."""
    a, b, c, d, bias = CALIBRATION
    z = a * coverage + b * query_coverage + c * math.log1p(shared) + d * margin + bias
    # Words in common never make a match certain: the logistic is capped below 1.
    return round(min(CEILING, 1.0 / (1.0 + math.exp(-z))), 4)


# Logistic calibration over (coverage, query coverage, log1p(shared mass), margin over the best
# rival in log1p(shared mass), bias), fitted on the top-1 candidates of the claims that
# ``claimcheck verify`` extracts from the politifact transcripts (bench/politifact.py): the
# score estimates the chance that the claim states the entry's claim.
CALIBRATION = (3.275, 2.824, 3.665, 2.047, -11.716)
CEILING = 0.98


def _phrasings(entry: Entry) -> list[tuple[str, str | None]]:
    """The entry's texts, each with its language: an alias may be in another language."""
    from claimcheck import lang as languages

    texts = entry.texts()
    claim_lang = entry.lang if entry.lang in languages.SUPPORTED else languages.detect(texts[0])
    return [(texts[0], claim_lang)] + [
        (text, languages.detect(text, claim_lang)) for text in texts[1:]
    ]


def _distinct(groups: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``groups`` without repeats: a group sharing a stem with an earlier one is the same word
    ("Iskander" as ("iskand", "iskander") and as ("iskander",))."""
    seen: set[str] = set()
    out: list[tuple[str, ...]] = []
    for group in groups:
        if not seen.intersection(group):
            out.append(group)
        seen.update(group)
    return out


class Matcher:
    """A search index over ledger entries; see the module docs."""

    MATCH_THRESHOLD = MATCH_THRESHOLD
    FIRM_SCORE = FIRM_SCORE

    def __init__(self, entries: Sequence[Entry], *, _state: dict | None = None) -> None:
        self.entries = list(entries)
        # entry → its phrasings, each with its words: (alternative stems, IDF, is a number)
        self._phrasing_groups: dict[
            int, list[tuple[str, list[tuple[frozenset[str], float, bool]]]]
        ] = {}
        if _state is not None:
            self._load_state(_state)
            return
        self._build()

    # -- building ----------------------------------------------------------------------------

    @staticmethod
    def _entry_terms(entry: Entry) -> tuple[list[str], list[tuple[str, ...]]]:
        """All stems of the entry's phrasings (words with their alternatives), and
        its distinct words as groups of alternative stems."""
        doc: list[str] = []
        groups: list[tuple[str, ...]] = []
        for text, lang in _phrasings(entry):
            terms = analyze(text, lang)
            doc.extend(stem for term in terms for stem in term.stems)
            groups.extend(term.stems for term in terms)
        return doc, _distinct(groups)

    def _build(self) -> None:
        k1, b = PARAMS["k1"], PARAMS["b"]
        analysed = [self._entry_terms(entry) for entry in self.entries]
        docs = [doc for doc, _ in analysed]
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
        idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        postings: dict[str, tuple[list[int], list[float]]] = {t: ([], []) for t in df}
        doc_idf = array("d")
        for i, (doc, tf) in enumerate(zip(docs, tfs, strict=True)):
            norm = k1 * (1 - b + b * len(doc) / avgdl) if avgdl else k1
            for stem, count in tf.items():
                term_idf = idf[stem]
                ids, weights = postings[stem]
                ids.append(i)
                weights.append(term_idf * count * (k1 + 1) / (count + norm))
            # The entry's mass: each distinct word once, at its best alternative's IDF.
            doc_idf.append(sum(max(idf[s] for s in group) for group in analysed[i][1]))
        # Packed into flat arrays: the cache stores (and loads) a handful of byte strings
        # instead of hundreds of thousands of small objects.
        self.vocab = {term: i for i, term in enumerate(postings)}
        self.idf = array("d", (idf[t] for t in postings))
        self.offsets = array("q", [0])
        self.doc_ids = array("i")
        self.weights = array("d")
        for ids, weights in postings.values():
            self.doc_ids.extend(ids)
            self.weights.extend(weights)
            self.offsets.append(len(self.doc_ids))
        self.doc_idf = doc_idf

    # -- cache support -----------------------------------------------------------------------

    def to_state(self) -> dict:
        """The index as plain values (a list of str, byte strings) for the cache."""
        return {
            "version": INDEX_VERSION,
            "terms": list(self.vocab),
            "idf": self.idf.tobytes(),
            "offsets": self.offsets.tobytes(),
            "doc_ids": self.doc_ids.tobytes(),
            "weights": self.weights.tobytes(),
            "doc_idf": self.doc_idf.tobytes(),
        }

    @classmethod
    def from_state(cls, entries: Sequence[Entry], state: dict) -> Matcher:
        """The matcher for ``entries`` from :meth:`to_state`; ValueError if it does not fit."""
        return cls(entries, _state=state)

    def _load_state(self, state: dict) -> None:
        if state.get("version") != INDEX_VERSION:
            raise ValueError("index version mismatch")
        terms = state["terms"]
        if not isinstance(terms, list):
            raise ValueError("malformed index")
        arrays = {}
        for key, code in (("idf", "d"), ("offsets", "q"), ("doc_ids", "i"), ("weights", "d")):
            arrays[key] = array(code, state[key])  # TypeError unless bytes of whole items
        arrays["doc_idf"] = array("d", state["doc_idf"])
        offsets, doc_ids = arrays["offsets"], arrays["doc_ids"]
        n = len(self.entries)
        if (
            len(arrays["idf"]) != len(terms)
            or len(offsets) != len(terms) + 1
            or len(arrays["doc_idf"]) != n
            or len(arrays["weights"]) != len(doc_ids)
            or offsets[0] != 0
            or offsets[-1] != len(doc_ids)
            or (doc_ids and not (min(doc_ids) >= 0 and max(doc_ids) < n))
            or any(b < a for a, b in zip(offsets, offsets[1:], strict=False))
        ):
            raise ValueError("index does not fit the entries")
        self.vocab = {term: i for i, term in enumerate(terms)}
        if len(self.vocab) != len(terms) or not all(isinstance(t, str) for t in self.vocab):
            raise ValueError("malformed index")
        self.idf, self.offsets, self.doc_ids = arrays["idf"], offsets, doc_ids
        self.weights, self.doc_idf = arrays["weights"], arrays["doc_idf"]

    @property
    def _max_idf(self) -> float:
        """The IDF of a term only one entry has: shared mass in units of such terms."""
        n = len(self.entries)
        return math.log(1 + (n - 0.5) / 1.5) or 1.0

    def _posting(self, stem: str) -> tuple[int, array, array] | None:
        """(term id, entry ids, BM25 weights) of ``stem``, or None when no entry has it."""
        tid = self.vocab.get(stem)
        if tid is None:
            return None
        start, end = self.offsets[tid], self.offsets[tid + 1]
        return tid, self.doc_ids[start:end], self.weights[start:end]

    # -- searching ---------------------------------------------------------------------------

    def _scores(self, terms: list[Term]) -> tuple[dict[int, float], dict[int, float]]:
        """BM25 score and matched IDF mass of every entry sharing a term with the query."""
        qtf: dict[tuple[str, ...], float] = defaultdict(float)
        for term in terms:
            qtf[term.stems] += 1.0
        power = PARAMS["qtf_power"]
        bm25: dict[int, float] = defaultdict(float)
        covered: dict[int, float] = defaultdict(float)
        idf = self.idf
        for stems, weight in qtf.items():
            if power != 1.0:
                weight = weight**power
            if len(stems) == 1:
                posting = self._posting(stems[0])
                if posting is None:
                    continue
                tid, ids, ws = posting
                term_idf = idf[tid]
                for doc, w in zip(ids, ws, strict=True):
                    bm25[doc] += weight * w
                    covered[doc] += term_idf
                continue
            best: dict[int, tuple[float, float]] = {}
            for stem in stems:
                posting = self._posting(stem)
                if posting is None:
                    continue
                tid, ids, ws = posting
                term_idf = idf[tid]
                for doc, w in zip(ids, ws, strict=True):
                    if doc not in best or best[doc][0] < w:
                        best[doc] = (w, term_idf)
            for doc, (w, term_idf) in best.items():
                bm25[doc] += weight * w
                covered[doc] += term_idf
        return bm25, covered

    def search(
        self, text: str, lang: str | None = None, limit: int = 5, *, ignore_numbers: bool = False
    ) -> list[Candidate]:
        """The best ``limit`` entries for ``text``, best first; see the module docs.

        With ``ignore_numbers``, numbers and quantities count on neither side: a claim whose
        number differs from an entry's ("since 2018", "since 2019") still finds the entry, so
        the verdict stage can see the conflict.
        """
        terms = analyze(text, lang)
        if ignore_numbers:
            terms = [term for term in terms if not term.number]
        return self._search_terms(terms, limit, ignore_numbers)

    def _rank(self, terms: list[Term], limit: int) -> list[tuple[int, float, float, float, float]]:
        """(entry, coverage, query coverage, shared mass, margin) of the best ``limit`` entries.

        *shared mass* is the IDF mass of the terms entry and query share, in units of the IDF
        of a term only one entry has (so that it means the same in a small ledger and a big
        one); *coverage* is it as a share of the entry's mass, *query coverage* as a share of
        the query's (known) mass; *margin* is log1p(shared mass) minus that of the best other
        entry (ranked first, or second for the first).
        """
        if not terms or not self.entries:
            return []
        bm25, covered = self._scores(terms)
        if not bm25:
            return []
        top = max(bm25.values())
        cw = PARAMS["coverage_weight"]
        doc_idf = self.doc_idf
        ranked = heapq.nlargest(
            max(limit, 2),
            bm25,
            key=lambda d: bm25[d] / top + cw * covered.get(d, 0.0) / (doc_idf[d] or 1.0),
        )
        query_idf = 0.0
        for stems in {term.stems for term in terms}:
            known = [self.idf[self.vocab[s]] for s in stems if s in self.vocab]
            query_idf += max(known, default=0.0)
        unit = self._max_idf
        shared = [covered.get(doc, 0.0) / unit for doc in ranked]
        out = []
        for i, doc in enumerate(ranked[:limit]):
            rival = shared[1 if i == 0 else 0] if len(ranked) > 1 else 0.0
            out.append(
                (
                    doc,
                    min(1.0, covered.get(doc, 0.0) / (doc_idf[doc] or 1.0)),
                    min(1.0, covered.get(doc, 0.0) / (query_idf or 1.0)),
                    shared[i],
                    math.log1p(shared[i]) - math.log1p(rival),
                )
            )
        return out

    def _search_terms(
        self, terms: list[Term], limit: int, ignore_numbers: bool = False
    ) -> list[Candidate]:
        query_stems = {stem for term in terms for stem in term.stems}
        out: list[Candidate] = []
        ceiling = 1.0
        unit = self._max_idf
        for doc, coverage, query_coverage, shared, margin in self._rank(terms, limit):
            text, text_coverage, numbers = self._best_phrasing(doc, query_stems, ignore_numbers)
            if numbers and text_coverage >= NUMBER_BLIND_COVERAGE:
                # Scored as if the claim stated the entry's numbers: what then remains to tell
                # them apart is a number conflict, which is the verdict stage's to judge. Only
                # when the claim's words cover most of the entry's: sharing a unit ("persen")
                # is not being about the same thing.
                covered = shared * unit
                query_mass = covered / query_coverage if query_coverage else 0.0
                grown = (covered + numbers) / unit
                query_coverage = (covered + numbers) / (query_mass + numbers)
                margin += math.log1p(grown) - math.log1p(shared)
                shared = grown
            score = confidence(max(coverage, text_coverage), query_coverage, shared, margin)
            # Ranked by the fused score; the confidence is kept non-increasing down the list.
            ceiling = min(ceiling, score)
            out.append(Candidate(self.entries[doc], ceiling, text, round(text_coverage, 4)))
        return out

    def _best_phrasing(
        self, doc: int, query_stems: set[str], ignore_numbers: bool = False
    ) -> tuple[str, float, float]:
        """The entry's phrasing the query covers best, how much of it (IDF-weighted), and, when
        numbers are ignored, the IDF mass of the numbers in it."""
        entry = self.entries[doc]
        best, best_score = entry.claim, 0.0
        phrasings = self._phrasing_groups.get(doc)
        if phrasings is None:  # analysed once per entry and process: candidates recur
            phrasings = []
            idf, vocab = self.idf, self.vocab
            for text, lang in _phrasings(entry):
                terms = analyze(text, lang)
                numbers = {term.stems for term in terms if term.number}
                groups = [
                    (
                        frozenset(group),
                        max((idf[vocab[s]] for s in group if s in vocab), default=0.0),
                        group in numbers,
                    )
                    for group in _distinct([term.stems for term in terms])
                ]
                phrasings.append((text, groups))
            self._phrasing_groups[doc] = phrasings
        best_numbers = 0.0
        for text, groups in phrasings:
            total = covered = numbers = 0.0
            for group, weight, number in groups:
                if number and ignore_numbers:
                    numbers += weight
                    continue
                total += weight
                if not query_stems.isdisjoint(group):
                    covered += weight
            if not total:
                continue
            covered /= total
            if covered > best_score:
                best, best_score, best_numbers = text, covered, numbers
        return best, min(1.0, best_score), best_numbers
