"""CPU time of an index build's analysis, per entry, in one process: what a build's workers do.

Usage: python bench/analysis_speed.py [TREE ...] [--ledger FILE] [--entries 5000] [--rounds 3]

Times :func:`claimcheck.index.sync.analyse` (an entry's terms record, its fields as JSON) over
the first ``--entries`` entries of the ledger (default: the 1M-entry scale ledger), in CPU
time (``time.process_time``: the machine may be shared). "cold" is the first pass, its
caches empty; "warm" the best of three more passes over the same entries, as most words are
by the middle of a large build. With TREEs (checkouts of claimcheck), each is imported in its
own subprocess, the trees taking turns ``--rounds`` times; the best of each is shown.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

SCALE_LEDGER = Path("/tmp/claimcheck-scale/ledger_1m.jsonl")


def measure(ledger: Path, count: int) -> tuple[float, float]:
    """(cold, warm) µs of CPU per entry, with the claimcheck on sys.path."""
    from claimcheck.index.sync import analyse
    from claimcheck.model import Entry

    entries = []
    with open(ledger, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if number > count:
                break
            entries.append((1, Entry(file=str(ledger), line=number, **json.loads(line))))
    start = time.process_time()
    analyse(entries)
    cold = time.process_time() - start
    warm = []
    for _ in range(3):
        start = time.process_time()
        analyse(entries)
        warm.append(time.process_time() - start)
    return cold / count * 1e6, min(warm) / count * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*")
    parser.add_argument("--ledger", type=Path, default=SCALE_LEDGER)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child or not args.trees:
        cold, warm = measure(args.ledger, args.entries)
        print(f"{cold:.1f} {warm:.1f}")
        return
    best: dict[str, list[float]] = {tree: [float("inf")] * 2 for tree in args.trees}
    command = [__file__, "--child", "--ledger", str(args.ledger), "--entries", str(args.entries)]
    for _ in range(args.rounds):
        for tree in args.trees:
            env = {**os.environ, "PYTHONPATH": tree}
            done = subprocess.run(
                [sys.executable, *command], env=env, cwd=tree, capture_output=True, check=True
            )
            figures = [float(value) for value in done.stdout.split()]
            best[tree] = [min(pair) for pair in zip(best[tree], figures, strict=True)]
    for tree, (cold, warm) in best.items():
        print(f"{tree}: cold {cold:.1f}, warm {warm:.1f} µs/entry ({args.entries} entries)")


if __name__ == "__main__":
    main()
