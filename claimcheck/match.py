"""Find the ledger entries that state the same claim as a piece of text.

The retriever is lexical and offline: a BM25 index over every entry's phrasings (claim, title
and aliases, see :func:`claimcheck.analyze.analyze` for how text becomes terms), fused with an
IDF-weighted *coverage* score — how much of the entry's own terms the query contains — because
entries are short and the texts checked against them (tweets, transcript sentences) are longer
and carry more besides.

The score of a :class:`~claimcheck.model.Candidate` is a calibrated confidence in 0..1 that the
entry states the same claim; :data:`MATCH_THRESHOLD` is where a candidate counts as a match.

The entries live in a :class:`~claimcheck.index.LedgerIndex`. Its search engine gathers the
:data:`RESCORE_DEPTH` best candidates of a query; they are then scored here, exactly as if
every entry had been scored: BM25 with this module's parameters, from the candidates' terms
records and the index's document frequencies, fused with coverage.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from claimcheck.analyze import Term, analyze
from claimcheck.model import Candidate, Entry

if TYPE_CHECKING:
    from claimcheck.index import LedgerIndex

# Score at or above which a candidate counts as stating the same claim: on the politifact
# transcripts, pair precision ~0.5 at recall ~0.23 (see docs/benchmarks.md). A score of
# FIRM_SCORE or more is right about 4 times in 5 there.
MATCH_THRESHOLD = 0.15
FIRM_SCORE = 0.8
# With numbers ignored, how much of an entry's other words a claim must cover before its
# numbers are taken as stating the entry's quantity (differently).
NUMBER_BLIND_COVERAGE = 0.5

# How many candidates the search engine gathers for exact scoring. The top 5 of 2,594 CLEF
# tweets and PolitiFact claims (numbers kept and ignored) against the 10k CLEF ledger were
# those of scoring every entry at 30, 50 and 100 alike; 50 keeps a margin for bigger ledgers.
RESCORE_DEPTH = 50

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


def _distinct(groups: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``groups`` without repeats: a group sharing a stem with an earlier one is the same word
    ("Iskander" as ("iskand", "iskander") and as ("iskander",))."""
    seen: set[str] = set()
    out: list[tuple[str, ...]] = []
    for group in groups:
        if len(group) == 1:  # most words: the same test, without building a set
            if group[0] not in seen:
                out.append(group)
                seen.add(group[0])
            continue
        if not seen.intersection(group):
            out.append(group)
        seen.update(group)
    return out


class _Scored:
    """What scoring needs of one candidate, from its terms record: made once per process.

    What depends on the index's IDFs (``mass``, and the candidate's BM25 term weights,
    which the matcher keeps by stem) is filled in by :meth:`Matcher._weigh` when the
    candidate is first met: IDFs do not change within the index's snapshot, and a candidate
    recurs across many claims. ``phrasing_weights`` waits until the candidate ranks among a
    query's best (see :meth:`Matcher._phrasing_weights`), which few do.
    """

    __slots__ = ("phrasings", "tf", "length", "groups", "mass", "phrasing_weights")

    def __init__(self, record: str) -> None:
        from claimcheck.index.records import parse_terms

        self.phrasings = parse_terms(record)
        self.tf: dict[str, int] = Counter(
            stem for terms in self.phrasings for stems, _ in terms for stem in stems
        )
        self.length = sum(self.tf.values())
        # the entry's distinct words, across its phrasings
        self.groups = _distinct([stems for terms in self.phrasings for stems, _ in terms])
        self.mass = 0.0  # its IDF mass
        self.phrasing_weights: list[_PhrasingWeights] | None = None


# (total, numbers' part, other words' part, [(word, its IDF, whether a number)]), see _Scored
_PhrasingWeights = tuple[float, float, float, list[tuple[tuple[str, ...], float, bool]]]


_SCORED_CACHE = 200_000  # candidates recur across claims; bounded for long batch runs


class Matcher:
    """Search over ledger entries; see the module docs."""

    MATCH_THRESHOLD = MATCH_THRESHOLD
    FIRM_SCORE = FIRM_SCORE

    def __init__(self, entries: Sequence[Entry]) -> None:
        """A matcher over ``entries`` held in memory (indexed in memory, not cached)."""
        from claimcheck.index import index_entries

        self._setup(index_entries(entries))

    @classmethod
    def over(cls, index: LedgerIndex) -> Matcher:
        """A matcher over an opened ledger index."""
        matcher = cls.__new__(cls)
        matcher._setup(index)
        return matcher

    def _setup(self, index: LedgerIndex) -> None:
        self.index = index
        self._n = index.entry_count
        self._avgdl = index.average_length or 1.0
        self._idf: dict[str, float] = {}
        self._scored: dict[int, _Scored] = {}
        # stem → row → (BM25 term weight, IDF) of the stem in each candidate met so far
        self._postings: dict[str, dict[int, tuple[float, float]]] = defaultdict(dict)

    # -- statistics --------------------------------------------------------------------------

    def _term_idf(self, stem: str) -> float:
        """BM25's IDF of ``stem``; 0 for a stem no entry holds."""
        known = self._idf.get(stem)
        if known is None:
            df = self.index.doc_freq(stem)
            known = math.log(1 + (self._n - df + 0.5) / (df + 0.5)) if df else 0.0
            self._idf[stem] = known
        return known

    @property
    def _max_idf(self) -> float:
        """The IDF of a term only one entry has: shared mass in units of such terms."""
        return math.log(1 + (self._n - 0.5) / 1.5) or 1.0

    def _weigh(self, row: int, scored: _Scored) -> None:
        """Fill in what scoring the candidate needs of the IDFs (see :class:`_Scored`)."""
        known, idf = self._idf, self._term_idf
        k1, b = PARAMS["k1"], PARAMS["b"]
        norm = k1 * (1 - b + b * scored.length / self._avgdl)
        postings = self._postings
        idfs = {}
        for stem, freq in scored.tf.items():
            stem_idf = known.get(stem)
            if stem_idf is None:
                stem_idf = idf(stem)
            idfs[stem] = stem_idf
            postings[stem][row] = (stem_idf * freq * (k1 + 1) / (freq + norm), stem_idf)
        # the entry's mass: each distinct word once, at its best alternative's IDF
        scored.mass = sum(
            [
                idfs[group[0]] if len(group) == 1 else max(map(idfs.__getitem__, group))
                for group in scored.groups
            ]
        )

    def _phrasing_weights(self, scored: _Scored) -> list[_PhrasingWeights]:
        """Per phrasing of the candidate: the IDF mass of its distinct words, that of its
        numbers and that of its other words, and each word with its IDF and whether it is
        a number (its best alternative's IDF: the query may hold any of them)."""
        if scored.phrasing_weights is not None:
            return scored.phrasing_weights
        idf = self._idf.__getitem__  # every stem of a weighed candidate has its IDF there
        out = []
        for terms in scored.phrasings:
            numbers = {stems for stems, number in terms if number}
            words = [
                (
                    group,
                    idf(group[0]) if len(group) == 1 else max(map(idf, group)),
                    group in numbers,
                )
                for group in _distinct([stems for stems, _ in terms])
            ]
            total = numbers_mass = others = 0.0
            for _, weight, number in words:
                total += weight
                if number:
                    numbers_mass += weight
                else:
                    others += weight
            out.append((total, numbers_mass, others, words))
        scored.phrasing_weights = out
        return out

    def _load(self, rows: set[int]) -> None:
        """Make sure the candidates ``rows`` are parsed and weighed."""
        scored = self._scored
        if len(scored) > _SCORED_CACHE:
            scored.clear()
            self._postings.clear()
        missing = [row for row in rows if row not in scored]
        if missing:
            for row, record in self.index.terms(sorted(missing)).items():
                scored[row] = entry = _Scored(record)
                self._weigh(row, entry)

    # -- searching ---------------------------------------------------------------------------

    def search(
        self, text: str, lang: str | None = None, limit: int = 5, *, ignore_numbers: bool = False
    ) -> list[Candidate]:
        """The best ``limit`` entries for ``text``, best first; see the module docs.

        With ``ignore_numbers``, numbers and quantities count on neither side: a claim whose
        number differs from an entry's ("since 2018", "since 2019") still finds the entry, so
        the verdict stage can see the conflict.
        """
        return [candidate for _, candidate in self.search_rows(text, lang, limit, ignore_numbers)]

    def search_rows(
        self, text: str, lang: str | None = None, limit: int = 5, ignore_numbers: bool = False
    ) -> list[tuple[int, Candidate]]:
        """:meth:`search`, each candidate with its entry's row in the index."""
        terms = _analyzed(text, lang)
        if ignore_numbers:
            terms = tuple(term for term in terms if not term.number)
        return self._search_terms(terms, limit, ignore_numbers)

    def _scores(
        self, groups: dict[tuple[str, ...], float], rows: list[int]
    ) -> tuple[dict[int, float], dict[int, float]]:
        """BM25 score and matched IDF mass of each candidate row, for the query ``groups``
        (a word's alternative stems → its weight).

        Computed query word by query word over the candidates holding it (intersections of
        the postings with the candidates, in C), rather than candidate by candidate: each
        candidate's sums run in the query's word order, the same in every process (the
        candidate-major loop summed in the order of a set of strings, which changes with
        Python's hash seed, and with it the scores' last bits, if never the output).
        """
        present = set(rows)
        self._load(present)
        postings = self._postings
        score = dict.fromkeys(present, 0.0)
        covered = dict.fromkeys(present, 0.0)
        for group, weight in groups.items():
            if len(group) == 1:
                posting = postings.get(group[0])
                if not posting:
                    continue
                for row in posting.keys() & present:
                    w, stem_idf = posting[row]
                    score[row] += weight * w
                    covered[row] += stem_idf
                continue
            # per candidate, the group's best alternative; the first wins a tie
            best: dict[int, tuple[float, float]] = {}
            for stem in group:
                posting = postings.get(stem)
                if not posting:
                    continue
                for row in posting.keys() & present:
                    hit = posting[row]
                    found = best.get(row)
                    if found is None or hit[0] > found[0]:
                        best[row] = hit
            for row, (w, stem_idf) in best.items():
                score[row] += weight * w
                covered[row] += stem_idf
        # In row order, which is ledger order: entries that tie keep the order of the ledger.
        bm25 = {row: value for row in sorted(present) if (value := score[row]) > 0}
        return bm25, covered

    def _rank(
        self, terms: Sequence[Term], limit: int
    ) -> list[tuple[int, float, float, float, float]]:
        """(row, coverage, query coverage, shared mass, margin) of the best ``limit`` entries.

        *shared mass* is the IDF mass of the terms entry and query share, in units of the IDF
        of a term only one entry has (so that it means the same in a small ledger and a big
        one); *coverage* is it as a share of the entry's mass, *query coverage* as a share of
        the query's (known) mass; *margin* is log1p(shared mass) minus that of the best other
        entry (ranked first, or second for the first).
        """
        if not terms or not self._n:
            return []
        counts: dict[tuple[str, ...], float] = defaultdict(float)
        for term in terms:
            counts[term.stems] += 1.0
        power = PARAMS["qtf_power"]
        groups = {stems: count**power for stems, count in counts.items()}
        bm25, covered = self._scores(groups, self.index.gather(groups, RESCORE_DEPTH))
        if not bm25:
            return []
        idf = self._term_idf
        scored = self._scored
        top = max(bm25.values())
        cw = PARAMS["coverage_weight"]
        fused = {
            row: score / top + cw * covered[row] / (scored[row].mass or 1.0)
            for row, score in bm25.items()
        }
        ranked = heapq.nlargest(max(limit, 2), fused, key=fused.__getitem__)
        doc_idf = {row: scored[row].mass for row in ranked}
        query_idf = 0.0
        for stems in groups:  # in the query's order, so the sum is the same in every process
            query_idf += max((idf(s) for s in stems), default=0.0)
        unit = self._max_idf
        shared = [covered[row] / unit for row in ranked]
        out = []
        for i, row in enumerate(ranked[:limit]):
            rival = shared[1 if i == 0 else 0] if len(ranked) > 1 else 0.0
            out.append(
                (
                    row,
                    min(1.0, covered[row] / (doc_idf[row] or 1.0)),
                    min(1.0, covered[row] / (query_idf or 1.0)),
                    shared[i],
                    math.log1p(shared[i]) - math.log1p(rival),
                )
            )
        return out

    def _search_terms(
        self, terms: Sequence[Term], limit: int, ignore_numbers: bool = False
    ) -> list[tuple[int, Candidate]]:
        query_stems = {stem for term in terms for stem in term.stems}
        ranked = self._rank(terms, limit)
        entries = self.index.entries([row for row, *_ in ranked])
        out: list[tuple[int, Candidate]] = []
        ceiling = 1.0
        unit = self._max_idf
        for row, coverage, query_coverage, shared, margin in ranked:
            entry = entries[row]
            position, text_coverage, numbers = self._best_phrasing(row, query_stems, ignore_numbers)
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
            text = entry.texts()[position]
            out.append((row, Candidate(entry, ceiling, text, round(text_coverage, 4))))
        return out

    def _best_phrasing(
        self, row: int, query_stems: set[str], ignore_numbers: bool = False
    ) -> tuple[int, float, float]:
        """Which of the entry's phrasings the query covers best, how much of it (IDF-weighted),
        and, when numbers are ignored, the IDF mass of the numbers in it."""
        best, best_score, best_numbers = 0, 0.0, 0.0
        disjoint = query_stems.isdisjoint
        for position, (everything, numbers, others, words) in enumerate(
            self._phrasing_weights(self._scored[row])
        ):
            total = others if ignore_numbers else everything
            if not total:
                continue
            covered = 0.0
            for group, weight, number in words:
                if number and ignore_numbers:
                    continue
                if not disjoint(group):
                    covered += weight
            covered /= total
            if covered > best_score:
                best, best_score, best_numbers = (
                    position,
                    covered,
                    numbers if ignore_numbers else 0.0,
                )
        return best, min(1.0, best_score), best_numbers


@lru_cache(maxsize=1024)
def _analyzed(text: str, lang: str | None) -> tuple[Term, ...]:
    """A claim's terms, kept for a while: a claim is searched twice, with its numbers and
    without them (the number-blind search), and the words are the costly part."""
    return tuple(analyze(text, lang))
