"""Candidate entries for claims by meaning: keyword index + sentence vectors, then stance.

For each claim (the steps of the CheckThat!/Alegre-style systems, offline):

1. **Retrieve** from two indexes: the keyword index (:class:`claimcheck.match.Matcher`, BM25
   over stems, its calibrated confidence) and the phrasing vectors (sentence-embedding cosine,
   kept with the ledger index: :mod:`claimcheck.index.vectors`), each proposing ``POOL``
   entries.
2. **Score** each proposed entry: its cosine with the claim on the model's own scale (0 for
   unrelated claims, 1 for the same claim reworded; :mod:`claimcheck.calibrate`), plus a share
   of the keyword confidence when claim and entry are in one language. Across languages
   shared words are noise (an Indonesian claim and an English entry share names at most), so
   there the cosine alone counts. The share: ``LEXICAL_SHARE``, chosen on CLEF-2020 train.
3. **Judge stance** for the best few: the cross-encoder (:mod:`claimcheck.stance`) reads entry
   and claim together and gives same / contradicts / related / unrelated.

The candidate's ``score`` is that match score (capped to 0..1); candidates come back best
first, and the verdict stage decides from score and stance (:data:`THRESHOLDS`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import ClaimcheckError
from claimcheck.model import Candidate, Claim, Entry, Stance
from claimcheck.quantities import canonical_numbers
from claimcheck.verdict import Thresholds, claim_language, phrasing_language

if TYPE_CHECKING:  # numpy and the models load only when semantic matching runs
    import numpy as np

    from claimcheck.calibrate import Calibration
    from claimcheck.embed import Embedder
    from claimcheck.index.vectors import Hit, Vectors
    from claimcheck.stance import StanceModel
    from claimcheck.vectors import CachedEmbedder

# Weight of the keyword index's confidence beside the calibrated cosine (same language only).
LEXICAL_SHARE = 0.3
# In a big ledger (an archive: PolitiFact's 11k entries), a claim in the ledger's language
# that shares (almost) no keywords with an entry matches it only on near-certain meaning:
# there, close vectors of same-topic claims flood the report (pair precision 0.07), while in
# a desk's own ledger of a few hundred entries (our dev sets, claims/) a reworded claim
# ("tertarik dengan merger" / "tidak berminat melakukan penggabungan") is the normal case
# and the rule would lose it. Floor and sureness chosen by 2-fold cross-validation by
# document on PolitiFact (out-of-fold pair F1 0.113 -> 0.324, bench/politifact.py); the size
# is a stand-in for how crowded a claim's neighbourhood is, with no data between 200 and
# 10,000 entries to place it better.
KEYWORD_FLOOR = 0.1
SURE_BY_MEANING = 0.9
BIG_LEDGER = 2000
# Among a claim's matches, the best is the one with the most evidence plus this share of the
# stance model's belief that the claim is about the entry's fact (ties at the score's ceiling).
STANCE_SHARE = 0.2
# How many entries each index proposes per claim.
POOL = 10
# Retrieval order: reciprocal rank fusion of the two indexes' rankings, the keyword index's
# share RRF_LEXICAL (chosen on CLEF-2020 train: dev MAP@5 0.878; bench/clef2020.py).
RRF_LEXICAL = 0.6
RRF_K = 60
# Links and an embedded tweet's signature ("— Name (@handle) January 14, 2020") say nothing
# about the claim; the keyword analyser drops them too.
_NOISE = re.compile(
    r"(?:https?://|www\.|pic\.twitter\.com/)\S*"
    r"|\s[—-]\s[^—\n]{0,80}\(@\w+\)\s+\w+ \d{1,2}, \d{4}\s*$",
    re.IGNORECASE,
)
# Below the match threshold a candidate is not worth the stance model's time in a check.
# A candidate is the claim's entry from ``match`` (unless the stance model doubts it: same +
# contradicts under ``stance_match``, and the match is under ``sure_match``); a contrary
# reading needs ``stance_decisive``, a gate verdict a ``firm`` match. Chosen on the dev sets
# (bench/devsets.py).
THRESHOLDS = Thresholds(match=0.35, firm=0.8, stance_match=0.2, stance_decisive=0.7, sure_match=0.7)
# The match score as a probability: a logistic over the calibrated cosine (plus the keyword
# share), fitted on the best candidates of the dev set's claims; capped below 1, as close
# vectors never make a match certain.
LOGISTIC = (7.66, 0.604)
CEILING = 0.98
RETRIEVAL_FLOOR = THRESHOLDS.match


def match_evidence(scaled_cosine: float, lexical: float, same_language: bool) -> float:
    """The calibrated cosine plus, in one language, a share of the keyword confidence."""
    return scaled_cosine + (LEXICAL_SHARE * lexical if same_language else 0.0)


def _may_match(score: float, words: tuple[float, float, bool], floor: float, big: bool) -> bool:
    """Whether a candidate can be a claim's match (see :meth:`SemanticMatcher.search`)."""
    lexical, _, same_language = words
    if score < floor:
        return False
    strict = big and same_language
    return not strict or lexical >= KEYWORD_FLOOR or score >= SURE_BY_MEANING


def match_score(evidence: float) -> float:
    """The chance that a claim and an entry state the same fact (see :data:`LOGISTIC`)."""
    slope, centre = LOGISTIC
    return min(CEILING, 1.0 / (1.0 + math.exp(-slope * (evidence - centre))))


class SemanticMatcher:
    """Retrieval and stance over one ledger (see the module docs)."""

    thresholds = THRESHOLDS

    def __init__(
        self,
        lexical,  # noqa: ANN001 - a claimcheck.match.Matcher over the ledger's index
        embedder: Embedder | CachedEmbedder,
        vectors: Vectors,
        stance: StanceModel | None,
        calibration: Calibration,
    ) -> None:
        self.index = lexical.index  # entries and phrasings are read by row, as needed
        self.lexical = lexical
        self.embedder = embedder
        self.vectors = vectors
        self.stance = stance
        self.calibration = calibration
        self._texts: dict[int, str] = {}

    def _text(self, phrasing: int) -> str:
        """The text of a phrasing row (read from the index once per process)."""
        if phrasing not in self._texts:
            self._texts.update(
                (row, text) for row, (_, text) in self.index.phrasings([phrasing]).items()
            )
        return self._texts[phrasing]

    def _entry_language(self, row: int, text: str) -> str:
        from claimcheck import lang

        entry = self.index.entry(row)
        if text == entry.claim and entry.lang in lang.SUPPORTED:
            return entry.lang
        return lang.detect(text, entry.lang if entry.lang in lang.SUPPORTED else "en")

    def _pool(self, claim: Claim, query: np.ndarray, dense: list[Hit]):  # noqa: ANN202
        """(evidence, entry row, phrasing row, cosine, (keyword confidence, coverage, same
        language), (keyword rank, vector rank)) of every entry either index proposes, in
        retrieval order (rank fusion; a rank is ``POOL`` where an index did not propose it)."""
        found = self.lexical.search_rows(claim.text, lang=claim.lang, limit=POOL)
        lexical = {row: (rank, c.score, c.coverage) for rank, (row, c) in enumerate(found)}
        # How much of an entry's other words the claim repeats, numbers left out on both sides
        # (the keyword index's number-blind search): what makes a number conflict certain.
        blind = self.lexical.search_rows(claim.text, claim.lang, POOL, ignore_numbers=True)
        for row, c in blind:
            if row in lexical and c.coverage > lexical[row][2]:
                lexical[row] = (*lexical[row][:2], c.coverage)
        best: dict[int, tuple[int, float]] = {}
        for phrasing, row, cosine in dense:
            best.setdefault(row, (phrasing, cosine))
        dense_rank = {row: rank for rank, row in enumerate(best)}
        for row in lexical:
            if row not in best:
                best[row] = self.vectors.best_phrasing(query, row)
        pool = []
        for row, (phrasing, cosine) in best.items():
            entry_lang = self._entry_language(row, self._text(phrasing))
            scaled = self.calibration.scale(cosine, claim.lang, entry_lang)
            lexical_rank, lexical_score, coverage = lexical.get(row, (POOL, 0.0, 0.0))
            same_language = entry_lang == claim.lang
            evidence = match_evidence(scaled, lexical_score, same_language)
            fusion = RRF_LEXICAL / (RRF_K + lexical_rank) + (1 - RRF_LEXICAL) / (
                RRF_K + dense_rank.get(row, POOL)
            )
            words = (lexical_score, coverage, same_language)
            ranks = (lexical_rank, dense_rank.get(row, POOL))
            pool.append((fusion, evidence, row, phrasing, cosine, words, ranks))
        pool.sort(reverse=True)
        return [item[1:] for item in pool]

    def search(
        self, claims: Sequence[Claim], limit: int = 3, floor: float = 0.0, by_match: bool = False
    ) -> list[list[Candidate]]:
        """The best ``limit`` candidates of each claim in retrieval order (``by_match``: best
        match first, see :data:`STANCE_SHARE`), each read by the stance model. With a
        ``floor`` (checking claims, not ranking entries), candidates that cannot match are
        left out: a match score under it, or, in a big ledger's language, too few shared
        keywords for a match by meaning that is not near-certain (:data:`KEYWORD_FLOOR`)."""
        if not claims or not self.index.entry_count:
            return [[] for _ in claims]
        texts = [_NOISE.sub(" ", claim.text).strip() or claim.text for claim in claims]
        queries = self.embedder.embed(texts, "query")
        dense = self.vectors.dense_search(queries, POOL)
        pools = [
            self._pool(claim, query, hits)
            for claim, query, hits in zip(claims, queries, dense, strict=True)
        ]
        judged: list[tuple[int, int, int, float, tuple[float, float, bool], float]] = []
        big = self.index.entry_count >= BIG_LEDGER
        for index, pool in enumerate(pools):
            for evidence, row, phrasing, cosine, words, _ in pool[:limit]:
                if floor and not _may_match(match_score(evidence), words, floor, big):
                    continue
                judged.append((index, row, phrasing, cosine, words, evidence))
        pairs = [
            _stance_pair(self.index.entry(row), self._text(phrasing), claims[i].text, claims[i])
            for i, row, phrasing, *_ in judged
        ]
        stances = self.stance.classify(pairs) if self.stance else [None] * len(pairs)
        restated = self._restated(claims, judged)
        out: list[list[tuple[float, Candidate]]] = [[] for _ in claims]
        for position, ((index, row, phrasing, cosine, words, evidence), stance) in enumerate(
            zip(judged, stances, strict=True)
        ):
            candidate = Candidate(
                self.index.entry(row),
                round(match_score(evidence), 4),
                self._text(phrasing),
                coverage=round(words[1], 4),
                similarity=round(cosine, 4),
                lexical=round(words[0], 4),
                stance=stance,
                restated=restated.get(position),
            )
            order = evidence + (STANCE_SHARE * stance.match if stance else 0.0)
            out[index].append((order, candidate))
        if by_match:
            return [[c for _, c in sorted(found, key=lambda x: -x[0])] for found in out]
        return [[c for _, c in found] for found in out]

    def _restated(self, claims: Sequence[Claim], judged: list) -> dict[int, Stance]:  # noqa: ANN001
        """For each judged candidate whose entry states one of the claim's numbers otherwise,
        the stance of the claim with its number replaced by the entry's: if that reads as the
        same fact, the number is the only difference (see verdict._firm_conflict)."""
        from claimcheck.verdict import entry_conflict

        if self.stance is None:
            return {}
        todo: list[tuple[int, tuple[str, str]]] = []
        for position, (index, row, phrasing, *_rest) in enumerate(judged):
            claim, text = claims[index], self._text(phrasing)
            conflict = entry_conflict(claim, Candidate(self.index.entry(row), 0.0, text))
            if conflict is not None and conflict.ours.text in claim.text:
                agreeing = claim.text.replace(conflict.ours.text, conflict.theirs.text, 1)
                todo.append((position, _stance_pair(self.index.entry(row), text, agreeing, claim)))
        stances = self.stance.classify([pair for _, pair in todo])
        return {position: stance for (position, _), stance in zip(todo, stances, strict=True)}


def _stance_pair(entry: Entry, text: str, claim_text: str, claim: Claim) -> tuple[str, str]:
    """(entry phrasing, claim) as the stance model reads them: numbers written one way in
    both ("61,2 persen" and "61.2 percent" are both "61.2%"), so that the model sees a
    changed number, not a changed convention."""
    return (
        canonical_numbers(text, phrasing_language(entry, text)),
        canonical_numbers(claim_text, claim_language(claim)),
    )


MATCHERS = ("semantic", "lexical")


@dataclass
class Matching:
    """How a ledger's claims are matched: ``semantic`` (default) or ``lexical``, the model
    (see :func:`claimcheck.embed.load_embedder`) and where vectors are cached."""

    matcher: str = "semantic"
    model: str | None = None
    cache_dir: Path | None = None
    _built: SemanticMatcher | None = field(default=None, init=False, repr=False)
    _tried: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.matcher not in MATCHERS:
            raise ClaimcheckError(
                f"unknown matcher {self.matcher!r} (choose from {', '.join(MATCHERS)})"
            )

    def semantic_matcher(self, ledger) -> SemanticMatcher | None:  # noqa: ANN001 - a Ledger
        """The ledger's semantic matcher, built on first use; None when matching is lexical
        (asked for, or no embedding model is installed)."""
        if self._tried:
            return self._built
        self._tried = True
        if self.matcher == "lexical":
            return None
        from claimcheck.calibrate import calibrate
        from claimcheck.embed import load_embedder
        from claimcheck.index import cache_disabled, default_cache_dir
        from claimcheck.index.vectors import embed_with_progress
        from claimcheck.kvstore import KeyValueStore
        from claimcheck.stance import load_stance_model
        from claimcheck.vectors import CachedEmbedder

        embedder = load_embedder(self.model)
        if embedder is None:
            return None
        store = None
        if not cache_disabled():
            store = (self.cache_dir or default_cache_dir()) / "semantic.sqlite"
        # The ledger's phrasings are embedded into its index (once per text, ever); claims
        # and the calibration's reference pairs through the key-value cache.
        cached = CachedEmbedder(embedder, KeyValueStore(store, "vectors"))
        lexical = ledger.matcher
        vectors = lexical.index.vectors(embedder.name, embedder.dim)
        embed_with_progress(vectors, embedder)  # the phrasings not embedded yet, if any
        self._built = SemanticMatcher(
            lexical, cached, vectors, load_stance_model(store), calibrate(cached)
        )
        return self._built
