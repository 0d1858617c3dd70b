"""How semantic.KEYWORD_FLOOR and SURE_BY_MEANING were chosen: 2-fold cross-validation by
document on PolitiFact.

Usage: python bench/keyword_floor.py DUMP [DATA_DIR]

DUMP is the raw JSONL of ``python bench/politifact.py --dump DUMP`` run *without* the rule
(at commit 6beb501, before it existed): every pair the semantic matcher reported. For each
pair this script asks the keyword matcher (the same ledgers, in process) for its confidence
in that entry, then, for every (floor, sureness) on a small grid, keeps a pair when its match
score reaches the sureness or its keyword confidence reaches the floor. The documents are
split in two by a hash of their name; each half's setting is chosen on the other half, and
the pairs kept out of fold are scored together against gold.tsv (pair P/R/F1).

It filters reported pairs after the fact; the shipped rule drops the candidates before they
are judged, so a claim may then match its next candidate instead: bench/politifact.py
measures the real thing.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.api import load_ledger  # noqa: E402

GRID = [(floor, sure) for floor in (0.0, 0.05, 0.1, 0.15, 0.2) for sure in (0.7, 0.8, 0.9, 1.01)]
MATCH = 0.35


def prf(kept: list[dict], gold: set, n_gold: int) -> tuple[int, float, float, float]:
    pairs = {row["pair"] for row in kept}
    right = len(pairs & gold)
    precision = right / len(pairs) if pairs else 0.0
    recall = right / n_gold
    f1 = 2 * precision * recall / (precision + recall) if right else 0.0
    return len(pairs), precision, recall, f1


def _cells(result: tuple[int, float, float, float]) -> str:
    pairs, precision, recall, f1 = result
    return f"{pairs} / {precision:.3f} / {recall:.3f} / {f1:.3f}"


def rule(floor: float, sure: float):  # noqa: ANN201 - a predicate on a pair
    return lambda row: row["score"] >= sure or (row["lexical"] >= floor and row["score"] >= MATCH)


def main(argv: list[str]) -> None:
    dump = Path(argv[0])
    data = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "bench"
    data = data / "politifact" if (data / "politifact").is_dir() else data
    gold = set()
    for line in (data / "gold.tsv").read_text().splitlines()[1:]:
        doc, n, entry_id, _ = line.split("\t")
        gold.add((doc, int(n), entry_id))
    ledgers = [data / "ledger" / "politifact.jsonl", data / "ledger" / "snopes.jsonl"]
    with tempfile.TemporaryDirectory() as cache:
        matcher = load_ledger(*ledgers, cache_dir=cache, matcher="lexical").matcher
        rows = []
        for line in dump.open(encoding="utf-8"):
            row = json.loads(line)
            if not row["ledger_id"]:
                continue
            found = {c.entry.id: c.score for c in matcher.search(row["text"], row["lang"], 50)}
            rows.append(
                {
                    "pair": (Path(row["file"]).stem, row["line"], row["ledger_id"]),
                    "score": row["score"],
                    "lexical": found.get(row["ledger_id"], 0.0) or -1.0,  # absent: never
                }
            )
    half = {
        doc: int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 2 for doc in {p[0] for p in gold}
    }
    kept = []
    print(
        "| half held out | (floor, sure) chosen on the other | other half: pairs / P / R / F1 "
        "| held-out half |"
    )
    print("|---|---|---|---|")
    for fold in (0, 1):
        fit = [r for r in rows if half.get(r["pair"][0]) != fold]
        held = [r for r in rows if half.get(r["pair"][0]) == fold]
        fit_gold = {p for p in gold if half[p[0]] != fold}
        held_gold = {p for p in gold if half[p[0]] == fold}
        best = max(
            GRID, key=lambda g: prf([r for r in fit if rule(*g)(r)], fit_gold, len(fit_gold))[3]
        )
        chosen = [r for r in held if rule(*best)(r)]
        kept += chosen
        fitted = prf([r for r in fit if rule(*best)(r)], fit_gold, len(fit_gold))
        held_out = prf(chosen, held_gold, len(held_gold))
        print(f"| {fold} | {best} | {_cells(fitted)} | {_cells(held_out)} |")
    everything = prf(rows, gold, len(gold))
    out_of_fold = prf(kept, gold, len(gold))
    print(
        f"\nno rule: {everything[0]} pairs, P {everything[1]:.3f} R {everything[2]:.3f} "
        f"F1 {everything[3]:.3f}"
    )
    print(
        f"out of fold: {out_of_fold[0]} pairs, P {out_of_fold[1]:.3f} R {out_of_fold[2]:.3f} "
        f"F1 {out_of_fold[3]:.3f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
