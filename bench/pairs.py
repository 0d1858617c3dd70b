"""Newsroom pairs: does claimcheck vouch for a claim that changes its entry's fact?

Usage: python bench/pairs.py [--part dev|test|fresh|fresh2|all] [--dump FILE]
                             [--matcher semantic|lexical|both]

The 2,065 (entry, claim) pairs of ``bench/stance-data`` (``newsroom-a`` to ``newsroom-d``,
``circumstance``: written by helper sessions from their own knowledge, in Indonesian, English
and across, labelled *same* / *contradicts* / *related* with a tag of what was changed; see
that folder's README). The shipped stance model was not trained on them. Every entry goes
into one ledger (rated true) and every claim is an article of its own, checked against it with
the real CLI (``verify --format jsonl``), as ``bench/nli.py`` frames IndoNLI: a claim is
``supported`` when all its atomic claims are, one by its own entry; otherwise it takes its
most serious verdict (:func:`nli.hypothesis_verdict`).

Printed first: the stance model alone on each pair, read as the verdict stage gives it pairs
(its most likely reading against the gold label). Then, per gold label, the share of each
verdict; the precision of ``supported``; the share of *contradicts* pairs called ``supported``
(vouching for a changed fact: the product's worst error) and of *related* ones; the share of
*same* pairs supported; and for *contradicts* and *related*, the kinds of change most often
supported.

Parts: every entry of those three files (and so all its claims) falls in ``dev`` or ``test``
by a hash of its text, about half each; rules and training choices use ``dev`` only, and
``test`` is reported for them. ``fresh`` is ``newsroom-c`` and ``newsroom-d`` (805 pairs,
written later by two other helper sessions under the same brief): nothing was chosen or
trained on them. ``fresh2`` is ``newsroom-e`` and ``newsroom-f``, written at stop 23 by two
more helper sessions, after stop 22's and 23's rules were chosen (stop 23 had printed the
``fresh`` part's totals while choosing, so ``fresh2`` is the clean measure of its rules).

The ledger holds the entries of the part checked (``all``: of every part), so a part's figures
depend on which part was asked for only through the other entries that compete for its claims.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from nli import VERDICTS, hypothesis_verdict, verify_articles  # noqa: E402

DATA = ROOT / "bench" / "stance-data"
FILES = ("newsroom-a", "newsroom-b", "circumstance")
# Written later, by other helper sessions, and never used to choose or train anything.
LATER = {
    "newsroom-c": "fresh",
    "newsroom-d": "fresh",
    "newsroom-e": "fresh2",
    "newsroom-f": "fresh2",
}
PARTS = ("dev", "test", "fresh", "fresh2")
LABELS = ("same", "related", "contradicts")


def half(entry: str) -> str:
    """``dev`` or ``test``: the same for every claim of an entry, on every machine."""
    return "dev" if hashlib.sha256(entry.encode()).digest()[0] % 2 == 0 else "test"


def part(row: dict) -> str:
    """``fresh`` or ``fresh2`` for the later files, else the entry's half."""
    return LATER.get(row["file"]) or half(row["entry"])


def load(which: str) -> list[dict]:
    """The rows of one part (``dev``, ``test``, ``fresh``, ``fresh2``) or of ``all``."""
    rows = []
    for name in (*FILES, *LATER):
        for line in (DATA / f"{name}.jsonl").open(encoding="utf-8"):
            row = {**json.loads(line), "file": name}
            if which in ("all", part(row)):
                rows.append(row)
    return rows


def entry_ids(rows: list[dict]) -> dict[str, str]:
    """Each entry's ledger id: ``e0``, ``e1`` … in the order the rows first name them."""
    ids: dict[str, str] = {}
    for row in rows:
        ids.setdefault(row["entry"], f"e{len(ids)}")
    return ids


def report(rows: list[dict], verdicts: list[str], title: str) -> None:
    print(f"\n{title}\n")
    print("| label | pairs | " + " | ".join(VERDICTS) + " |")
    print("|---" * (len(VERDICTS) + 2) + "|")
    by_label: dict[str, Counter] = {label: Counter() for label in LABELS}
    for row, verdict in zip(rows, verdicts, strict=True):
        by_label[row["label"]][verdict] += 1
    for label in LABELS:
        counts = by_label[label]
        total = sum(counts.values()) or 1
        shares = " | ".join(f"{counts[v] / total:.3f}" for v in VERDICTS)
        print(f"| {label} | {sum(counts.values())} | {shares} |")
    supported = [row["label"] for row, v in zip(rows, verdicts, strict=True) if v == "supported"]
    precision = supported.count("same") / len(supported) if supported else 0.0

    def share(label: str) -> float:
        return by_label[label]["supported"] / (sum(by_label[label].values()) or 1)

    print(
        f"\nprecision of supported {precision:.3f} ({len(supported)} supported); "
        f"contradicts supported {share('contradicts'):.3f}; related supported "
        f"{share('related'):.3f}; same supported {share('same'):.3f}"
    )
    for label in ("contradicts", "related"):
        kinds = Counter(
            row["kind"]
            for row, v in zip(rows, verdicts, strict=True)
            if row["label"] == label and v == "supported"
        )
        listed = ", ".join(f"{kind} {n}" for kind, n in kinds.most_common(8))
        print(f"{label} supported, by kind: {listed or 'none'}")


def check(rows: list[dict], matcher: str, work: Path) -> tuple[list[str], list[dict]]:
    """Each row's verdict, and what was reported for it (for ``--dump``): one run of the real
    CLI over every claim, as an article of its own, against a ledger of every entry."""
    ids = entry_ids(rows)
    ledger = work / "entries.jsonl"
    with ledger.open("w", encoding="utf-8") as out:
        for row in {row["entry"]: row for row in rows}.values():
            record = {"id": ids[row["entry"]], "claim": row["entry"], "status": "true"}
            out.write(json.dumps({**record, "lang": row["entry_lang"]}, ensure_ascii=False) + "\n")
    articles = work / "articles"
    articles.mkdir(exist_ok=True)
    for i, row in enumerate(rows):
        (articles / f"{i:05d}.txt").write_text(row["claim"] + "\n", "utf-8")
    found, _ = verify_articles(ledger, articles, matcher, work)
    verdicts, dumped = [], []
    for i, row in enumerate(rows):
        claims = found[f"{i:05d}"]
        verdicts.append(hypothesis_verdict(claims, ids[row["entry"]]))
        dumped.append({**row, "verdict": verdicts[-1], "claims": claims})
    return verdicts, dumped


def pairwise(rows: list[dict], title: str) -> None:
    """The stance model alone on each (entry, claim), as the verdict stage gives it pairs
    (numbers in one convention): its most likely reading (unrelated counted as related)."""
    from claimcheck import lang
    from claimcheck.quantities import canonical_numbers
    from claimcheck.stance import CrossEncoderStance

    model = CrossEncoderStance()
    stances = model.classify(
        [
            (
                canonical_numbers(r["entry"], lang.get(r["entry_lang"])),
                canonical_numbers(r["claim"], lang.get(r["claim_lang"])),
            )
            for r in rows
        ]
    )
    confusion: Counter = Counter()
    for row, stance in zip(rows, stances, strict=True):
        reading = {"same": stance.same, "contradicts": stance.contradicts}
        reading["related"] = stance.related + stance.unrelated
        confusion[row["label"], max(reading, key=reading.__getitem__)] += 1
    print(f"\n{title} ({model.name})\n")
    print("| gold \\ read | " + " | ".join(LABELS) + " |")
    print("|---" * (len(LABELS) + 1) + "|")
    for label in LABELS:
        print(f"| {label} | " + " | ".join(str(confusion[label, read]) for read in LABELS) + " |")
    right = sum(confusion[label, label] for label in LABELS)
    print(f"\n3-way accuracy {right / (len(rows) or 1):.3f}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all")
    parser.add_argument("--matcher", choices=("semantic", "lexical", "both"), default="both")
    parser.add_argument("--dump", type=Path, help="the semantic run's claims, as JSONL")
    args = parser.parse_args(argv)
    rows = load(args.part)
    names = PARTS if args.part == "all" else (args.part,)
    for name in names:
        pairwise([r for r in rows if part(r) == name], f"stance model alone, {name} part")
    matchers = ("semantic", "lexical") if args.matcher == "both" else (args.matcher,)
    with tempfile.TemporaryDirectory() as tmp:
        for matcher in matchers:
            verdicts, dumped = check(rows, matcher, Path(tmp))
            for name in names:
                picked = [i for i, row in enumerate(rows) if part(row) == name]
                report(
                    [rows[i] for i in picked],
                    [verdicts[i] for i in picked],
                    f"newsroom pairs, {name} part, {len(picked)} pairs, matcher {matcher}",
                )
            if args.dump and matcher == "semantic":
                with args.dump.open("w", encoding="utf-8") as out:
                    for record in dumped:
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
