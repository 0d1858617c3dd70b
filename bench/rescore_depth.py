"""How many candidates the keyword matcher must rescore to rank as if it scored every entry.

Usage: python bench/rescore_depth.py [DATA_DIR] [--depths 10,20,30,50]

The search engine gathers the ``RESCORE_DEPTH`` best candidates of a query by its own BM25
(claimcheck.match); the matcher then rescores them with its BM25 and coverage. This script
checks, against the CLEF-2020 ledger (10,375 claims), how often the top 5 at each depth differ
from the top 5 of rescoring every entry: for the CLEF train and dev tweets, and the PolitiFact
ledger's claims as queries (numbers kept, and ignored as the number-blind search does). A
query differs when its 5 entry ids or their scores are not the same, in the same order. It
times each depth's searches too.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
csv.field_size_limit(10**9)


def _tsv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f, delimiter="\t"))[1:]


def main(argv: list[str]) -> None:
    from claimcheck import match
    from claimcheck.model import Entry

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--depths", default="10,20,30,50")
    args = parser.parse_args(argv)
    clef = args.data / "clef2020"
    entries = [
        Entry(f"clef-{row[0]}", row[1], "unverified", "clef", i + 1, title=row[2] or None)
        for i, row in enumerate(_tsv(clef / "verified_claims.tsv"))
    ]
    queries = [row[1] for split in ("train", "dev") for row in _tsv(clef / split / "queries.tsv")]
    politifact = args.data / "politifact" / "ledger" / "politifact.jsonl"
    queries += [json.loads(line)["claim"] for line in politifact.open(encoding="utf-8")]
    matcher = match.Matcher(entries)

    def top5(ignore_numbers: bool) -> list[list[tuple[str, float]]]:
        return [
            [
                (c.entry.id, c.score)
                for c in matcher.search(q, "en", 5, ignore_numbers=ignore_numbers)
            ]
            for q in queries
        ]

    match.RESCORE_DEPTH = len(entries)
    exhaustive = {blind: top5(blind) for blind in (False, True)}
    print(f"{len(queries)} queries (each with numbers kept and ignored), {len(entries)} entries")
    print("| depth | top 5 differs (numbers kept) | (numbers ignored) | search s |")
    print("|---|---|---|---|")
    for depth in (int(d) for d in args.depths.split(",")):
        match.RESCORE_DEPTH = depth
        started = time.perf_counter()
        found = {blind: top5(blind) for blind in (False, True)}
        elapsed = time.perf_counter() - started
        differ = [
            sum(a != b for a, b in zip(found[blind], exhaustive[blind], strict=True))
            for blind in (False, True)
        ]
        print(f"| {depth} | {differ[0]} | {differ[1]} | {elapsed:.1f} |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
