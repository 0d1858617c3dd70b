"""Candidate entries for claims by meaning: keyword index + sentence vectors, then stance.

For each claim (the steps of the CheckThat!/Alegre-style systems, offline):

1. **Retrieve** from two indexes: the keyword index (:class:`claimcheck.match.Matcher`, BM25
   over stems, its calibrated confidence) and the phrasing vectors (multilingual-e5 cosine,
   kept with the ledger index: :mod:`claimcheck.index.vectors`). Each entry in either top
   list gets a fused score: a weighted sum of the lexical confidence and the rescaled cosine.
   Across languages shared words are noise (an Indonesian claim and an English entry share
   names at most), so there the cosine alone counts. Weights: ``FUSION``, chosen on CLEF-2020
   train (bench/clef2020.py).
2. **Judge stance** for the best few: the cross-encoder (:mod:`claimcheck.stance`) reads entry
   and claim together and gives same / contradicts / related / unrelated.
3. The candidate's ``score`` is the chance the claim is about the entry's fact (same or
   contradicting); candidates come back best first. The verdict stage takes it from there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import ClaimcheckError
from claimcheck.model import Candidate, Claim, Entry
from claimcheck.verdict import Thresholds

if TYPE_CHECKING:  # numpy and the models load only when semantic matching runs
    import numpy as np

    from claimcheck.embed import Embedder
    from claimcheck.index.vectors import Hit, Vectors
    from claimcheck.stance import StanceModel

# Fused retrieval score: lexical share, and the cosine range mapped onto 0..1.
FUSION = {"lexical": 0.3, "cos_floor": 0.75, "cos_ceiling": 0.95}
# How many entries each index proposes per claim.
POOL = 10
# Below this fused score a candidate is not worth the stance model's time in a check.
RETRIEVAL_FLOOR = 0.15
# A candidate is the claim's entry at this chance of being about its fact (same or
# contradicting); a gate verdict needs FIRM and a decisive stance. Chosen on the dev sets.
THRESHOLDS = Thresholds(match=0.5, firm=0.8, stance_firm=0.9)


def fused_score(lexical: float, cosine: float, same_language: bool) -> float:
    low, high = FUSION["cos_floor"], FUSION["cos_ceiling"]
    dense = min(1.0, max(0.0, (cosine - low) / (high - low)))
    if not same_language:
        return dense
    share = FUSION["lexical"]
    return share * lexical + (1 - share) * dense


class SemanticMatcher:
    """Retrieval and stance over one ledger (see the module docs)."""

    thresholds = THRESHOLDS

    def __init__(
        self,
        lexical,  # noqa: ANN001 - a claimcheck.match.Matcher over the ledger's index
        embedder: Embedder,
        vectors: Vectors,
        stance: StanceModel | None,
    ) -> None:
        self.index = lexical.index  # entries are read from it by row, only those needed
        self.lexical = lexical
        self.embedder = embedder
        self.vectors = vectors
        self.stance = stance

    @staticmethod
    def _entry_language(entry: Entry, text: str) -> str:
        from claimcheck import lang

        if text == entry.claim and entry.lang in lang.SUPPORTED:
            return entry.lang
        return lang.detect(text, entry.lang if entry.lang in lang.SUPPORTED else "en")

    def _pool(self, claim: Claim, query: np.ndarray, dense: list[Hit]):  # noqa: ANN202
        """(fused score, entry row, phrasing row, cosine, lexical confidence), best first."""
        lexical = {
            row: candidate.score
            for row, candidate in self.lexical.search_rows(claim.text, lang=claim.lang, limit=POOL)
        }
        best: dict[int, tuple[int, float]] = {}
        for phrasing, row, cosine in dense:
            if row not in best:
                best[row] = (phrasing, cosine)
        for row in lexical:
            if row not in best:
                best[row] = self.vectors.best_phrasing(query, row)
        texts = self.index.phrasings([phrasing for phrasing, _ in best.values()])
        entries = self.index.entries(list(best))
        pool = []
        for row, (phrasing, cosine) in best.items():
            same = self._entry_language(entries[row], texts[phrasing][1]) == claim.lang
            lexical_score = lexical.get(row, 0.0)
            pool.append(
                (fused_score(lexical_score, cosine, same), row, phrasing, cosine, lexical_score)
            )
        pool.sort(reverse=True)
        return pool

    def search(
        self, claims: Sequence[Claim], limit: int = 3, floor: float = 0.0
    ) -> list[list[Candidate]]:
        """The best ``limit`` candidates of each claim by retrieval, read by the stance model
        and ranked by it, best first; candidates whose fused retrieval score is under
        ``floor`` are left out (they would cost the stance model and not match)."""
        if not claims or not self.index.entry_count:
            return [[] for _ in claims]
        queries = self.embedder.embed([claim.text for claim in claims], "query")
        dense = self.vectors.dense_search(queries, POOL)
        pools = [
            self._pool(claim, query, hits)
            for claim, query, hits in zip(claims, queries, dense, strict=True)
        ]
        judged: list[tuple[int, int, int, float, float, float]] = []
        for index, pool in enumerate(pools):
            for fused, row, phrasing, cosine, lexical in pool[:limit]:
                if fused >= floor:
                    judged.append((index, row, phrasing, cosine, lexical, fused))
        phrasings = self.index.phrasings([phrasing for _, _, phrasing, *_ in judged])
        texts = {row: text for row, (_, text) in phrasings.items()}
        pairs = [(texts[phrasing], claims[i].text) for i, _, phrasing, *_ in judged]
        stances = self.stance.classify(pairs) if self.stance else [None] * len(pairs)
        out: list[list[Candidate]] = [[] for _ in claims]
        for (index, row, phrasing, cosine, lexical, fused), stance in zip(
            judged, stances, strict=True
        ):
            score = stance.match if stance is not None else fused
            out[index].append(
                Candidate(
                    self.index.entry(row),
                    round(score, 4),
                    texts[phrasing],
                    similarity=round(cosine, 4),
                    lexical=round(lexical, 4),
                    stance=stance,
                )
            )
        return [sorted(found, key=lambda c: -c.score) for found in out]


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
        from claimcheck.embed import load_embedder
        from claimcheck.index import cache_disabled, default_cache_dir
        from claimcheck.index.vectors import embed_with_progress
        from claimcheck.stance import load_stance_model

        embedder = load_embedder(self.model)
        if embedder is None:
            return None
        store = None
        if not cache_disabled():
            store = (self.cache_dir or default_cache_dir()) / "semantic.sqlite"
        lexical = ledger.matcher
        vectors = lexical.index.vectors(embedder.name, embedder.dim)
        embed_with_progress(vectors, embedder)  # the phrasings not embedded yet, if any
        self._built = SemanticMatcher(lexical, embedder, vectors, load_stance_model(store))
        return self._built
