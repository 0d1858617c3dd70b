"""Equality of the analyser's output between two checkouts: a speed-up must change nothing.

Usage: python bench/analysis_equality.py OLD_TREE NEW_TREE [--ledger FILE] [--limit N]

Each tree (a checkout of claimcheck, say a git worktree of main) is imported in its own
subprocess, which prints one digest per item: the terms record
(:func:`claimcheck.index.records.terms_record`) of each entry, and ``analyze(text, lang)``
of each of its texts. The items:

- every entry of ``--ledger`` (default: the 1M-entry scale ledger), its texts and language;
- the ledgers in claims/ and the PolitiFact/Snopes bench ledgers, as claimcheck reads them;
- CLEF 2020 tweets and verified claims (claim and title), IndoNLI premises and hypotheses
  (with ``id`` and with no language), SICK sentences, the PolitiFact transcripts' lines;
- every string literal of tests/*.py (hostile and odd texts), with no language, ``en``, ``id``.

Prints the number of items compared and every difference (none, when all is well).
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path("/work/shared/bench")
SCALE_LEDGER = Path("/tmp/claimcheck-scale/ledger_1m.jsonl")

# An item: a label, the texts of one entry (or one text alone) and a language.
Item = tuple[str, list[str], str | None]


def _ledger_items(path: Path, limit: int | None) -> Iterator[Item]:
    from claimcheck.model import Entry

    with open(path, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if limit is not None and number > limit:
                return
            data = json.loads(line)
            entry = Entry(
                id=data["id"],
                claim=data["claim"],
                status=data["status"],
                file=str(path),
                line=number,
                title=data.get("title"),
                aliases=data.get("aliases", []),
                lang=data.get("lang"),
            )
            yield f"{path.name}:{number}", entry.texts(), entry.lang


def _read_ledgers() -> Iterator[Item]:
    from claimcheck.ledger import read_entries

    files = sorted((ROOT / "claims").glob("*.yaml"))
    files += sorted((BENCH / "politifact" / "ledger").glob("*.jsonl"))
    for path in files:
        for entry in read_entries(path):
            yield entry.location, entry.texts(), entry.lang


def _bench_texts() -> Iterator[Item]:
    csv.field_size_limit(1 << 24)
    for split in ("train", "dev"):
        with open(BENCH / "clef2020" / split / "queries.tsv", encoding="utf-8") as source:
            for number, row in enumerate(csv.reader(source, delimiter="\t")):
                for lang in (None, "en"):
                    yield f"clef {split}:{number}", row[1:2], lang
    with open(BENCH / "clef2020" / "verified_claims.tsv", encoding="utf-8") as source:
        for number, row in enumerate(csv.reader(source, delimiter="\t")):
            yield f"clef claims:{number}", row[1:3], None
    for name in ("train", "val"):
        with open(BENCH / "indonli" / f"{name}.jsonl", encoding="utf-8") as source:
            for number, line in enumerate(source):
                pair = json.loads(line)
                for lang in ("id", None):
                    yield f"indonli {name}:{number}", [pair["premise"], pair["hypothesis"]], lang
    for name in ("train", "trial"):
        with open(BENCH / "sick" / f"{name}.jsonl", encoding="utf-8") as source:
            for number, line in enumerate(source):
                pair = json.loads(line)
                yield f"sick {name}:{number}", [pair["premise"], pair["hypothesis"]], None
    for path in sorted((BENCH / "politifact" / "docs").glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                yield f"{path.name}:{number}", [line], None
    for path in sorted((ROOT / "examples").glob("*.txt")):
        yield path.name, [path.read_text(encoding="utf-8")], None


def _test_strings() -> Iterator[Item]:
    for path in sorted((ROOT / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                for lang in (None, "en", "id"):
                    yield f"{path.name}:{node.lineno}", [node.value], lang


def _dump(ledger: Path, limit: int | None) -> None:
    """Print (label, digest) per item, with the code on sys.path."""
    from claimcheck.analyze import analyze
    from claimcheck.index.records import terms_record

    out = sys.stdout
    sources = (_ledger_items(ledger, limit), _read_ledgers(), _bench_texts(), _test_strings())
    for items in sources:
        for label, texts, lang in items:
            parts = [terms_record(texts, lang)]
            parts.extend(repr(analyze(text, lang)) for text in texts)
            digest = hashlib.blake2b("\0".join(parts).encode(), digest_size=12).hexdigest()
            out.write(f"{digest}\t{lang}\t{label}\n")


def _run(tree: str, args: argparse.Namespace) -> list[str]:
    env = {**os.environ, "PYTHONPATH": tree}
    command = [sys.executable, __file__, "--dump", "--ledger", str(args.ledger)]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    done = subprocess.run(command, env=env, cwd=tree, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", nargs="?")
    parser.add_argument("new", nargs="?")
    parser.add_argument("--ledger", type=Path, default=SCALE_LEDGER)
    parser.add_argument("--limit", type=int, help="entries of --ledger to compare (all)")
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        _dump(args.ledger, args.limit)
        return
    old, new = _run(args.old, args), _run(args.new, args)
    if len(old) != len(new):
        raise SystemExit(f"item counts differ: {len(old)} old, {len(new)} new")
    differences = [a for a, b in zip(old, new, strict=True) if a != b]
    for line in differences[:50]:
        print(f"differs: {line.split(chr(9), 1)[1]}")
    ledger_items = sum(1 for line in old if line.split("\t")[2].startswith(args.ledger.name))
    print(
        f"{len(old)} items compared ({ledger_items} entries of {args.ledger.name});"
        f" {len(differences)} differ"
    )
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
