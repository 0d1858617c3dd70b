"""Put a model's cosines on one scale: 0 for unrelated claims, 1 for the same claim reworded.

Every embedding model has its own cosine range (multilingual-e5 gives unrelated sentences
0.75 and paraphrases 0.92; other models 0.1 and 0.7), and within one model the range differs
between Indonesian, English and the two against each other. A fixed cosine threshold would
fit one model and one language pairing only. So each model is calibrated, once, on reference
pairs shipped with claimcheck (``data/calibration.jsonl``: 160 news claims, each in
Indonesian and English and reworded in each, written for this purpose; see bench/README.md):
for each pairing (Indonesian–Indonesian, English–English, across), the median cosine of a
claim with its rewording (*same*) and with another claim's rewording (*unrelated*). A cosine
is then read as ``(cosine − unrelated) / (same − unrelated)``. The reference texts are
embedded through the vector cache, so the calibration costs a model one batch, ever.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REFERENCE = Path(__file__).with_name("data") / "calibration.jsonl"
# The bundled model's calibration, computed by bench/calibration.py, so that a fresh install
# does not spend its first check embedding the reference pairs.
SHIPPED = Path(__file__).with_name("data") / "calibration-points.json"
PAIRINGS = ("id", "en", "cross")
# Unrelated pairs: each claim against the rewording of the claim this many rows on.
_SHIFT = 37


@dataclass(frozen=True)
class Calibration:
    """(unrelated, same) median cosines per pairing of languages."""

    points: dict[str, tuple[float, float]]

    def scale(self, cosine: float, claim_lang: str, entry_lang: str) -> float:
        unrelated, same = self.points[pairing(claim_lang, entry_lang)]
        return (cosine - unrelated) / max(same - unrelated, 1e-6)


def pairing(claim_lang: str, entry_lang: str) -> str:
    if claim_lang != entry_lang:
        return "cross"
    return claim_lang if claim_lang in ("id", "en") else "en"


def calibrate(embedder) -> Calibration:  # noqa: ANN001 - an Embedder (claimcheck.embed)
    """The calibration of ``embedder``: shipped for the bundled model, else measured on the
    reference pairs."""
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    if embedder.name in shipped:
        return Calibration({k: tuple(v) for k, v in shipped[embedder.name].items()})
    return measure(embedder)


def measure(embedder) -> Calibration:  # noqa: ANN001 - an Embedder (claimcheck.embed)
    """The calibration of ``embedder`` on the reference pairs."""
    rows = [json.loads(line) for line in REFERENCE.open(encoding="utf-8")]

    def vectors(field: str, kind: str) -> np.ndarray:
        return embedder.embed([row[field] for row in rows], kind)

    # Claims are embedded as queries and ledger phrasings as passages, as in a check.
    queries = {"id": vectors("id_claim", "query"), "en": vectors("en_claim", "query")}
    passages = {
        "id": vectors("id_paraphrase", "passage"),
        "en": vectors("en_paraphrase", "passage"),
    }
    passages_original = {"id": vectors("id_claim", "passage"), "en": vectors("en_claim", "passage")}
    pairs = {
        "id": [(queries["id"], passages["id"])],
        "en": [(queries["en"], passages["en"])],
        "cross": [
            (queries["id"], passages_original["en"]),
            (queries["en"], passages_original["id"]),
            (queries["id"], passages["en"]),
            (queries["en"], passages["id"]),
        ],
    }
    points = {}
    for name, sides in pairs.items():
        same = np.concatenate([(q * p).sum(1) for q, p in sides])
        unrelated = np.concatenate([(q * np.roll(p, _SHIFT, axis=0)).sum(1) for q, p in sides])
        points[name] = (float(np.median(unrelated)), float(np.median(same)))
    return Calibration(points)
