"""How often the checks that point at a changed word fire on NLI **train** pairs, per label.

Usage: python bench/opposites.py [DATA_DIR] [--show LABEL]

The premise is read as a ledger entry and the hypothesis as a claim, each in its set's
language (IndoNLI: Indonesian, SICK: English). Two checks: another side of a scale or
another exclusive value (``claimcheck.directions.turned``) and the entry's parties swapped
(``claimcheck.roles.swapped``). A firing on an *entailment* is a false alarm (a true claim
kept from support); on a *contradiction* it is what the check is for; a *neutral* pair is not
supported by its premise either. Train splits only: the checks' word lists are chosen on them
and on bench/pairs.py's dev part, so val and trial stay for bench/nli.py. Run it at two
checkouts to compare (``PYTHONPATH=OTHER_TREE``; before stop 23 there was no swap check:
drop it from ``CHECKS``). ``--show LABEL`` prints each firing on
that label's pairs (e, n or c).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck import lang  # noqa: E402
from claimcheck.directions import turned  # noqa: E402
from claimcheck.roles import substituted, swapped  # noqa: E402

SETS = (("IndoNLI train", "indonli/train.jsonl", "id"), ("SICK train", "sick/train.jsonl", "en"))
CHECKS = [
    ("scale or value", turned),
    ("swapped parties", swapped),
    ("another name", substituted),
]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--show", choices=("e", "n", "c"))
    args = parser.parse_args(argv)
    print("| set | check | entailments | neutral | contradictions |")
    print("|---|---|---|---|---|")
    for title, path, code in SETS:
        language = lang.get(code)
        rows = [json.loads(line) for line in (args.data / path).open(encoding="utf-8")]
        totals = Counter(row["label"] for row in rows)
        for name, check in CHECKS:
            fired: Counter[str] = Counter()
            for row in rows:
                why = check(row["hypothesis"], language, [(row["premise"], language)])
                if why:
                    fired[row["label"]] += 1
                    if args.show == row["label"]:
                        print(f"  {why}\n    P: {row['premise']}\n    H: {row['hypothesis']}")
            counts = " | ".join(f"{fired[label]} / {totals[label]}" for label in "enc")
            print(f"| {title} | {name} | {counts} |")


if __name__ == "__main__":
    main(sys.argv[1:])
