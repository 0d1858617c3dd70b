"""How a "same" requirement for support, or a ceiling on "contradicts", would move the
verdicts: a sweep over dumps.

Usage: python bench/stance_sweep.py NLI_DUMP DEVSETS_DUMP_DIR [SET_DIR] [--split SPLIT]

``NLI_DUMP`` is the JSONL that ``bench/nli.py --dump`` keeps (IndoNLI val, semantic matcher);
``DEVSETS_DUMP_DIR`` the folder ``bench/devsets.py --dump`` fills (``SET_DIR`` defaults to
bench/devsets/dev). For each ``sure`` (a match score at which support stands whatever the
model reads) and each ``support`` (the least chance of "same" for a support), every claim the
dump calls ``supported`` with a lower "same" (a denial's "contradicts") and a lower score is
re-judged: ``disputed`` when the model reads "contradicts" at ``support`` or more, otherwise
unmatched. This is the rule of ``Thresholds.stance_support`` / ``sure_match`` applied to the
verdicts as they were, not a rerun (a demoted claim does not fall to its next candidate):
it chooses the thresholds; the figures reported come from rerunning the benchmarks.

A ``ceiling`` below 1 adds the other rule: a support whose "contradicts" reaches it is
re-judged ``disputed`` (the model sees a contradiction it is not sure of). ``--split`` names
the IndoNLI split the NLI dump was made from (``DATA/indonli/SPLIT.jsonl``): choose on a
sample of train, report val from a rerun.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import devsets  # noqa: E402
import nli  # noqa: E402

SURE = (0.7, 0.8, 0.9, 1.01)
SUPPORT = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
CEILING = (1.01, 0.5, 0.4, 0.35, 0.3, 0.25, 0.2)


def rejudged(row: dict, support: float, sure: float, ceiling: float = 1.01) -> dict:
    stance = row.get("stance")
    if not stance or row["verdict"] != "supported" or row["score"] >= sure:
        return row
    same, contradicts = stance["same"], stance["contradicts"]
    if row["reason"].startswith("denies"):
        same, contradicts = contradicts, same
    if contradicts >= ceiling:
        return {**row, "verdict": "disputed"}
    if same >= support:
        return row
    if contradicts >= support:
        return {**row, "verdict": "disputed"}
    return {**row, "verdict": "unverified", "ledger_id": None}


def indonli(
    dump: Path, data: Path, support: float, sure: float, ceiling: float, split: str = "val"
) -> tuple[float, float, float]:
    """(entailments supported, contradictions supported, precision of supported)."""
    rows = [json.loads(line) for line in (data / "indonli" / f"{split}.jsonl").open()]
    claims: dict[str, list[dict]] = defaultdict(list)
    for line in dump.open():
        claim = rejudged(json.loads(line), support, sure, ceiling)
        claims[Path(claim["file"]).stem].append(claim)
    counts: Counter = Counter()
    for r in rows:
        verdict = nli.hypothesis_verdict(claims[str(r["pair_id"])], f"p{r['premise_id']}")
        counts[r["label"], verdict == "supported"] += 1
    share = {k: counts[k, True] / ((counts[k, True] + counts[k, False]) or 1) for k in "enc"}
    supported = sum(counts[k, True] for k in "enc") or 1
    return share["e"], share["c"], counts["e", True] / supported


def dev_sets(folder: Path, path: Path, support: float, sure: float, ceiling: float) -> list[str]:
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
            rows = [rejudged(json.loads(line), support, sure, ceiling) for line in dump.open()]
            s = devsets.score(rows, gold, articles)
            out.append(f"{s['F1']:.3f} / {s['verdicts right']:.3f} / {s['false supports']}")
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("nli_dump", type=Path)
    parser.add_argument("devsets_dump", type=Path)
    parser.add_argument("set", nargs="?", type=Path, default=HERE / "devsets" / "dev")
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--split", default="val", help="IndoNLI split of NLI_DUMP")
    args = parser.parse_args(argv)
    print(
        "| sure | support | ceiling | IndoNLI e→supported | c→supported | precision "
        "| dev id-id F1 / verdicts / false supports | en-id | en-en |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    grid = [(sure, support, 1.01) for sure in SURE for support in SUPPORT]
    grid += [(sure, 0.0, ceiling) for sure in SURE for ceiling in CEILING[1:]]
    for sure, support, ceiling in grid:
        e, c, precision = indonli(args.nli_dump, args.data, support, sure, ceiling, args.split)
        cells = " | ".join(dev_sets(args.devsets_dump, args.set, support, sure, ceiling))
        print(f"| {sure} | {support} | {ceiling} | {e:.3f} | {c:.3f} | {precision:.3f} | {cells} |")


if __name__ == "__main__":
    main(sys.argv[1:])
