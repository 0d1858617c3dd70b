"""IndoNLI and SICK read as claimcheck meets them: does a claim state its entry, the opposite,
or something else?

Usage: python bench/nli.py [DATA_DIR] [--split val|trial|...] [--dump FILE]

- **IndoNLI** (``DATA_DIR/indonli/val.jsonl``, the README's framing): every premise of the
  split is a ledger entry rated ``true``; every hypothesis a one-sentence article checked
  against that whole ledger with the real CLI (``verify --format jsonl``), once per matcher
  (``semantic``, the default, and ``lexical``, the baseline) in the same run. A hypothesis is
  ``supported`` when all its claims are supported and at least one by its own premise;
  otherwise it gets its most serious claim verdict (contradicted, refuted, disputed,
  unverified, in that order).
- **SICK** (``DATA_DIR/sick/trial.jsonl``, pairwise as its README asks): each hypothesis is
  checked against a ledger holding only its own premise, through the library.

Printed: the share of each gold label (entailment, neutral, contradiction) given each verdict,
the precision of ``supported`` (share of supported hypotheses that are entailments) and the
share of contradictions called ``supported`` — the issue's targets.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
VERDICTS = ("supported", "contradicted", "refuted", "disputed", "unverified")
SEVERITY = ("contradicted", "refuted", "disputed", "unverified")
LABELS = {"e": "entailment", "n": "neutral", "c": "contradiction"}


def hypothesis_verdict(claims: list[dict], own: str) -> str:
    """One verdict for a hypothesis from its claims' (see the module docs)."""
    verdicts = [c["verdict"] for c in claims]
    if not verdicts:
        return "unverified"
    if all(v == "supported" for v in verdicts) and any(c["ledger_id"] == own for c in claims):
        return "supported"
    for verdict in SEVERITY:
        if verdict in verdicts:
            return verdict
    return "unverified"  # supported, but only by some other premise


def verify_articles(
    ledger: Path, articles: Path, matcher: str, work: Path, *options: str
) -> tuple[dict[str, list[dict]], str]:
    """Run the real CLI (``verify --format jsonl``) over the folder ``articles`` against
    ``ledger``, with a cache of its own under ``work``: each article's claims (by file stem),
    and the raw output."""
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(work / f"cache-{matcher}")}
    command = [sys.executable, "-m", "claimcheck", "verify", "--format", "jsonl", *options]
    command += ["--fail-on", "none", "--matcher", matcher, "--ledger", str(ledger), str(articles)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"verify failed: {done.stderr.strip()}")
    claims: dict[str, list[dict]] = defaultdict(list)
    for line in done.stdout.splitlines():
        claim = json.loads(line)
        claims[Path(claim["file"]).stem].append(claim)
    return claims, done.stdout


def table(rows: list[tuple[str, str]], title: str) -> None:
    """rows: (gold label, verdict)."""
    by_label: dict[str, Counter] = defaultdict(Counter)
    for label, verdict in rows:
        by_label[label][verdict] += 1
    print(f"\n{title}\n")
    print("| label | pairs | " + " | ".join(VERDICTS) + " |")
    print("|---" * (len(VERDICTS) + 2) + "|")
    for code, name in LABELS.items():
        counts = by_label[code]
        total = sum(counts.values()) or 1
        shares = " | ".join(f"{counts[v] / total:.3f}" for v in VERDICTS)
        print(f"| {name} | {sum(counts.values())} | {shares} |")
    supported = [label for label, verdict in rows if verdict == "supported"]
    precision = supported.count("e") / len(supported) if supported else 0.0
    contradictions = by_label["c"]
    called = contradictions["supported"] / (sum(contradictions.values()) or 1)
    entailments = by_label["e"]
    recall = entailments["supported"] / (sum(entailments.values()) or 1)
    print(
        f"\nprecision of supported {precision:.3f} ({len(supported)} supported); "
        f"contradictions called supported {called:.3f}; entailments supported {recall:.3f}"
    )


def indonli(data: Path, split: str, dump: Path | None) -> None:
    rows = [json.loads(line) for line in (data / "indonli" / f"{split}.jsonl").open()]
    premises = {r["premise_id"]: r["premise"] for r in rows}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ledger = work / "premises.jsonl"
        with ledger.open("w", encoding="utf-8") as out:
            for pid, text in premises.items():
                record = {"id": f"p{pid}", "claim": text, "status": "true", "lang": "id"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        articles = work / "articles"
        articles.mkdir()
        for r in rows:
            (articles / f"{r['pair_id']}.txt").write_text(r["hypothesis"] + "\n", "utf-8")
        for matcher in ("semantic", "lexical"):
            claims, output = verify_articles(ledger, articles, matcher, work, "--lang", "id")
            if dump and matcher == "semantic":
                dump.write_text(output)
            scored = [
                (r["label"], hypothesis_verdict(claims[str(r["pair_id"])], f"p{r['premise_id']}"))
                for r in rows
            ]
            table(scored, f"IndoNLI {split}, {len(rows)} hypotheses, matcher {matcher}")


def sick(data: Path, split: str) -> None:
    from claimcheck.api import check_text
    from claimcheck.ledger import Ledger
    from claimcheck.model import Entry
    from claimcheck.semantic import Matching

    rows = [json.loads(line) for line in (data / "sick" / f"{split}.jsonl").open()]
    with tempfile.TemporaryDirectory() as tmp:
        for matcher in ("semantic", "lexical"):
            scored = []
            for r in rows:
                entry = Entry("premise", r["premise"], "true", "sick", 1, lang="en")
                ledger = Ledger(entries=[entry])
                ledger.matching = Matching(matcher, cache_dir=Path(tmp))
                report = check_text(r["hypothesis"], ledger, lang="en")
                claims = [c.to_dict() for c in report.claims]
                scored.append((r["label"], hypothesis_verdict(claims, "premise")))
            table(scored, f"SICK {split}, {len(rows)} pairs, own premise only, matcher {matcher}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--split", default="val", help="IndoNLI split (SICK: trial for val)")
    parser.add_argument("--dump", type=Path, help="keep verify's raw JSONL in this file")
    args = parser.parse_args(argv)
    indonli(args.data, args.split, args.dump)
    sick(args.data, "trial" if args.split == "val" else args.split)


if __name__ == "__main__":
    main(sys.argv[1:])
