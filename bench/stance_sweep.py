"""How a "same" requirement for support, a ceiling on "contradicts", or a lean towards it
would move the verdicts: a sweep over dumps.

Usage: python bench/stance_sweep.py DEVSETS_DUMP_DIR [SET_DIR] [--nli NLI_DUMP [--split S]]
                                    [--pairs PAIRS_DUMP [--part dev|test|fresh]]

``DEVSETS_DUMP_DIR`` is the folder ``bench/devsets.py --dump`` fills (``SET_DIR`` defaults to
bench/devsets/dev); ``NLI_DUMP`` the JSONL ``bench/nli.py --dump`` keeps (semantic matcher;
``--split`` names the IndoNLI split it was made from); ``PAIRS_DUMP`` the one
``bench/pairs.py --dump`` keeps (the newsroom pairs; ``--part`` picks the part to score).

Every claim a dump calls ``supported`` with a match score under ``sure`` is re-judged with the
model's reading as the claim means it (a denial's *same* and *contradicts* swapped):

- unmatched when *same* + *contradicts* (the chance it is about the entry's fact at all) is
  under ``floor``;
- ``disputed`` when *contradicts* reaches ``ceiling``, or exceeds *same* by ``lean`` or more
  (the model leans towards a contradiction it is not sure of);
- otherwise kept when *same* reaches ``support``; ``disputed`` when *contradicts* does;
  unmatched when neither does.

This is the rule applied to the verdicts as they were, not a rerun (a demoted claim does not
fall to its next candidate): it chooses; the figures reported come from rerunning the
benchmarks. Choose on the dev sets' dev and the pairs' dev half; report the rest.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import devsets  # noqa: E402
import nli  # noqa: E402
import pairs  # noqa: E402


class Rule(NamedTuple):
    sure: float = 1.01
    support: float = 0.0
    ceiling: float = 1.01
    lean: float = 1.01
    floor: float = 0.0


SHIPPED = Rule()
GRID = (
    [Rule(sure, support) for sure in (0.8, 0.9, 1.01) for support in (0.2, 0.3, 0.4, 0.5)]
    + [Rule(sure, 0.0, ceiling) for sure in (0.9, 1.01) for ceiling in (0.6, 0.5, 0.4, 0.3)]
    + [Rule(sure, 0.0, 1.01, lean) for sure in (0.9, 1.01) for lean in (0.5, 0.4, 0.3, 0.2, 0.1)]
    + [
        Rule(sure, 0.0, 1.01, 1.01, floor)
        for sure in (0.5, 0.6, 0.7)
        for floor in (0.25, 0.3, 0.35, 0.4, 0.5)
    ]
)


def rejudged(row: dict, rule: Rule) -> dict:
    stance = row.get("stance")
    if not stance or row["verdict"] != "supported" or row["score"] >= rule.sure:
        return row
    same, contradicts = stance["same"], stance["contradicts"]
    if row["reason"].startswith("denies"):
        same, contradicts = contradicts, same
    if same + contradicts < rule.floor:
        return {**row, "verdict": "unverified", "ledger_id": None}
    if contradicts >= rule.ceiling or contradicts - same >= rule.lean:
        return {**row, "verdict": "disputed"}
    if same >= rule.support:
        return row
    if contradicts >= rule.support:
        return {**row, "verdict": "disputed"}
    return {**row, "verdict": "unverified", "ledger_id": None}


def indonli(dump: Path, data: Path, rule: Rule, split: str = "val") -> str:
    """entailments supported / contradictions supported / precision of supported."""
    rows = [json.loads(line) for line in (data / "indonli" / f"{split}.jsonl").open()]
    claims: dict[str, list[dict]] = defaultdict(list)
    for line in dump.open():
        claim = rejudged(json.loads(line), rule)
        claims[Path(claim["file"]).stem].append(claim)
    counts: Counter = Counter()
    for r in rows:
        verdict = nli.hypothesis_verdict(claims[str(r["pair_id"])], f"p{r['premise_id']}")
        counts[r["label"], verdict == "supported"] += 1
    share = {k: counts[k, True] / ((counts[k, True] + counts[k, False]) or 1) for k in "enc"}
    supported = sum(counts[k, True] for k in "enc") or 1
    return f"{share['e']:.3f} / {share['c']:.3f} / {counts['e', True] / supported:.3f}"


def newsroom_pairs(dump: Path, rule: Rule, which: str) -> str:
    """same supported / contradicts supported / related supported / precision of supported."""
    rows = [json.loads(line) for line in dump.open()]
    ids = pairs.entry_ids(rows)
    counts: Counter = Counter()
    for row in rows:
        if pairs.part(row) != which:
            continue
        claims = [rejudged(c, rule) for c in row["claims"]]
        verdict = nli.hypothesis_verdict(claims, ids[row["entry"]])
        counts[row["label"], verdict == "supported"] += 1
    share = {k: counts[k, True] / ((counts[k, True] + counts[k, False]) or 1) for k in pairs.LABELS}
    supported = sum(counts[k, True] for k in pairs.LABELS) or 1
    return (
        f"{share['same']:.3f} / {share['contradicts']:.3f} / {share['related']:.3f} / "
        f"{counts['same', True] / supported:.3f}"
    )


def dev_sets(folder: Path, path: Path, rule: Rule) -> list[str]:
    """F1 / verdicts right / false supports per ledger and article language."""
    articles, facts, mapping = devsets.load_set(path)
    langs = {slug: devsets.article_language(text) for slug, text in articles.items()}
    out = []
    for ledger in ("id", "en"):
        for article_lang in ("id", "en"):
            dump = folder / f"{path.name}-{ledger}-{article_lang}-semantic.jsonl"
            if not dump.exists():
                continue
            same_language = {slug for slug in articles if langs[slug] == article_lang}
            gold = devsets.gold_pairs(facts, mapping, ledger, same_language)
            rows = [rejudged(json.loads(line), rule) for line in dump.open()]
            s = devsets.score(rows, gold, articles)
            out.append(f"{s['F1']:.3f} / {s['verdicts right']:.3f} / {s['false supports']}")
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("devsets_dump", type=Path)
    parser.add_argument("set", nargs="?", type=Path, default=HERE / "devsets" / "dev")
    parser.add_argument("--nli", type=Path, help="bench/nli.py's dump")
    parser.add_argument("--split", default="val", help="IndoNLI split of the NLI dump")
    parser.add_argument("--pairs", type=Path, help="bench/pairs.py's dump")
    parser.add_argument("--part", choices=pairs.PARTS, default="dev")
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "bench")
    args = parser.parse_args(argv)
    head = "| sure | support | ceiling | lean | floor |"
    if args.pairs:
        head += f" pairs ({args.part}): same / contradicts / related supported, precision |"
    if args.nli:
        head += f" IndoNLI ({args.split}): e / c supported, precision |"
    print(head + " dev sets id-id, en-id, en-en: F1 / verdicts right / false supports |")
    print("|---" * (head.count("|") + 2 - 1) + "|")
    for rule in [SHIPPED, *GRID]:
        cells = [f"{value}" for value in rule]
        if args.pairs:
            cells.append(newsroom_pairs(args.pairs, rule, args.part))
        if args.nli:
            cells.append(indonli(args.nli, args.data, rule, args.split))
        cells.append(", ".join(dev_sets(args.devsets_dump, args.set, rule)))
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
