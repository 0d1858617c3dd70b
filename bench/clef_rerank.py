"""Can the stance model re-rank claim retrieval? CLEF-2020, MAP@5 by ordering.

Usage: python bench/clef_rerank.py [DATA_DIR] [--cache DIR]

The semantic matcher's five candidates for each CLEF-2020 tweet (train and dev, through the
library: ``claimcheck.api.search_many``, which also reads each candidate with the stance
cross-encoder) are ranked four ways: retrieval order (the rank fusion ``claimcheck search``
prints); by match score alone; by match score plus ``w`` times the stance model's chance that
the tweet states or contradicts the entry (``w`` chosen on train); and by the fusion plus a
small share of that chance. A re-ranker earns its place if it wins on train and holds on dev.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import clef2020  # noqa: E402

WEIGHTS = (0.0, 0.2, 0.5, 1.0, 2.0)
FUSION_WEIGHTS = (0.002, 0.005, 0.01)


def main(argv: list[str]) -> None:
    from claimcheck import api

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "data", nargs="?", type=Path, default=HERE.parent.parent / "shared" / "bench"
    )
    parser.add_argument("--cache", type=Path, help="index and vector cache (default: a temp dir)")
    args = parser.parse_args(argv)
    data = args.data / "clef2020"
    with tempfile.TemporaryDirectory() as tmp:
        ledger = clef2020.write_ledger(data, Path(tmp) / "clef.jsonl")
        loaded = api.load_ledger(str(ledger), cache_dir=args.cache or Path(tmp) / "cache")
        found = {}
        for split in ("train", "dev"):
            queries, qrels = clef2020._split(data, split)
            ids = list(queries)
            results = api.search_many([queries[q] for q in ids], loaded, limit=5)
            found[split] = (qrels, dict(zip(ids, results, strict=True)))

    def map5(split: str, key) -> float:  # noqa: ANN001 - (rank, candidate) -> sort key
        qrels, results = found[split]
        ranked = {
            q: [c.entry.id for _, c in sorted(enumerate(cands), key=lambda x: (-key(*x), x[0]))]
            for q, cands in results.items()
        }
        return clef2020.metrics(ranked, qrels)["MAP@5"]

    def about(candidate) -> float:  # noqa: ANN001
        return candidate.stance.match if candidate.stance else 0.0

    orderings = {"retrieval order (rank fusion)": lambda rank, c: -rank}
    for w in WEIGHTS:
        orderings[f"score + {w} x stance"] = lambda rank, c, w=w: c.score + w * about(c)
    for w in FUSION_WEIGHTS:
        orderings[f"fusion + {w} x stance"] = lambda rank, c, w=w: 1 / (60 + rank) + w * about(c)
    print("| ordering | train MAP@5 | dev MAP@5 |")
    print("|---|---|---|")
    for name, key in orderings.items():
        print(f"| {name} | {map5('train', key):.3f} | {map5('dev', key):.3f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
