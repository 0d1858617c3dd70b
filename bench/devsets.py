"""Our own paraphrase and cross-lingual sets: articles checked against ledgers written by
someone else, in other words and in the other language.

Usage: python bench/devsets.py [SET_DIR ...] [--dump DIR | --scored DIR]
(default: bench/devsets/dev; ``--scored DIR`` scores the JSONL an earlier ``--dump DIR`` kept,
without running verify)

A set (see bench/devsets/README.md for how each was written) holds ``articles/*.txt``,
``facts.jsonl`` (each fact: the exact ``quote`` of the article that states it, how the article
states it, and whether it is true), ``restatements.jsonl`` (the other passages of the article
that state the same fact, a headline's most often, each with how it states it), and two
ledgers written from terse notes by a session that never saw the articles: ``ledger-id/``
(Indonesian, for the Indonesian articles: the paraphrase test) and ``ledger-en/`` (English, for
every article: cross-lingual for the Indonesian ones, paraphrase for the English ones).
``mapping.jsonl`` ties facts to entries.

Each ledger is checked with the real CLI, once per matcher (``--matcher semantic``, the
default, and ``--matcher lexical``, the baseline), in one run::

    python -m claimcheck verify --format jsonl --fail-on none --ledger LEDGER articles/*.txt

Scoring, per (set, ledger, language of the articles):

- a gold pair is (article, quote, entry) for every fact the article states;
- a reported pair is an output claim with a ``ledger_id``; it is right when the claim's span
  overlaps the quote, or a restatement, of a fact that entry is about; several claims on one
  fact count once (the best-scored, judged by the verdict its own passage implies);
- the same figures by the facts' first quotes only (restatements ignored, as scored before
  they were written) follow in the columns marked "first quotes";
- pair precision, recall and F1; and *verdicts right*: the share of right pairs whose verdict
  is the one the fact implies (true fact stated correctly → supported; stated with another
  number, or negated → contradicted; a false claim asserted → refuted, denied → supported;
  a half-true one → disputed);
- *gate errors*: claims that fail the default gate (refuted, contradicted) whose pair is not
  right or whose right verdict is not a gate verdict: the false alarms a newsroom would see;
- *false supports*: right pairs called ``supported`` whose fact is stated wrongly (another
  number, a negation, a false claim asserted): the tool vouching for what is wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SET = ROOT / "bench" / "devsets" / "dev"
MATCHERS = ("semantic", "lexical")
GATE = {"refuted", "contradicted"}


def expected_verdict(states: str, truth: str) -> str:
    if truth == "mixed":
        return "disputed"
    if truth == "false":
        return "supported" if states == "denies" else "refuted"
    return "supported" if states == "correct" else "contradicted"


def load_set(path: Path) -> tuple[dict[str, str], list[dict], dict[tuple[str, str], str]]:
    """(article slug → text, facts, (fact id, ledger) → entry id); each fact's
    ``restatements`` are read from ``restatements.jsonl`` where the set has one."""
    articles = {p.stem: p.read_text(encoding="utf-8") for p in (path / "articles").glob("*.txt")}
    facts = [json.loads(line) for line in (path / "facts.jsonl").open(encoding="utf-8")]
    restated = defaultdict(list)
    if (path / "restatements.jsonl").exists():
        for line in (path / "restatements.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            restated[row["fact_id"]].append((row["quote"], row["article_states"]))
    for fact in facts:
        fact["restatements"] = restated[fact["fact_id"]]
    mapping = {}
    for line in (path / "mapping.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        mapping[(row["fact_id"], row["ledger"])] = row["entry_id"]
    return articles, facts, mapping


def gold_pairs(
    facts: list[dict], mapping: dict[tuple[str, str], str], ledger: str, articles: set[str]
) -> list[dict]:
    """The gold (article, passages, entry) of ``ledger`` for ``articles``: the passages are
    the fact's quote and its restatements, each with the verdict it implies."""
    return [
        {
            "article": f["article"],
            "passages": [(f["quote"], expected_verdict(f["article_states"], f["truth"]))]
            + [(text, expected_verdict(states, f["truth"])) for text, states in f["restatements"]],
            "entry": mapping[(f["fact_id"], ledger)],
        }
        for f in facts
        if f["article"] in articles and (f["fact_id"], ledger) in mapping
    ]


def article_language(text: str) -> str:
    sys.path.insert(0, str(ROOT))
    from claimcheck import lang

    return lang.detect(text)


def run_verify(files: list[Path], ledger: Path, matcher: str, cache: str) -> list[dict]:
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": cache}
    command = [sys.executable, "-m", "claimcheck", "verify", "--format", "jsonl"]
    command += ["--fail-on", "none", "--matcher", matcher, "--ledger", str(ledger)]
    done = subprocess.run(
        command + [str(f) for f in files], capture_output=True, text=True, env=env, cwd=ROOT
    )
    if done.returncode != 0:
        raise SystemExit(f"verify failed ({done.returncode}): {done.stderr.strip()}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def score(
    rows: list[dict], gold: list[dict], articles: dict[str, str], restatements: bool = True
) -> dict[str, float | int]:
    """Pair P/R/F1, verdicts right and gate errors of ``rows`` against ``gold`` (by the
    facts' first quotes only, without ``restatements``)."""
    # article → [(start, end, entry, expected verdict, fact)]
    spans: dict[str, list[tuple[int, int, str, str, int]]] = defaultdict(list)
    for number, g in enumerate(gold):
        text = articles[g["article"]]
        for quote, expected in g["passages"] if restatements else g["passages"][:1]:
            start = text.find(quote)
            if start < 0:
                raise SystemExit(f"quote not in {g['article']}: {quote!r}")
            spans[g["article"]].append((start, start + len(quote), g["entry"], expected, number))
    right: dict[int, tuple[dict, str]] = {}  # gold fact → (best row on it, its verdict)
    wrong = 0
    gate_errors = 0
    for row in rows:
        if not row.get("ledger_id"):
            continue
        article = Path(row["file"]).stem
        hit = None
        for start, end, entry, expected, number in spans.get(article, []):
            if entry == row["ledger_id"] and row["start"] < end and start < row["end"]:
                hit = (number, expected)
                break
        if hit is None:
            wrong += 1
            gate_errors += row["verdict"] in GATE
            continue
        number, expected = hit
        if number not in right or row["score"] > right[number][0]["score"]:
            right[number] = (row, expected)
    for row, expected in right.values():
        gate_errors += row["verdict"] in GATE and row["verdict"] != expected
    found = len(right)
    precision = found / (found + wrong) if found + wrong else 0.0
    recall = found / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    verdicts = sum(row["verdict"] == expected for row, expected in right.values())
    false_supports = sum(
        row["verdict"] == "supported" != expected for row, expected in right.values()
    )
    return {
        "gold": len(gold),
        "reported": found + wrong,
        "P": precision,
        "R": recall,
        "F1": f1,
        "verdicts right": verdicts / found if found else 0.0,
        "gate errors": gate_errors,
        "false supports": false_supports,
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, default=[DEFAULT_SET])
    parser.add_argument("--dump", type=Path, help="keep verify's raw JSONL in this folder")
    parser.add_argument("--scored", type=Path, help="score the JSONL a --dump kept here")
    args = parser.parse_args(argv)
    sets, dump = args.sets, args.dump
    columns = ["set", "ledger", "articles", "matcher", "gold", "reported", "P", "R", "F1"]
    columns += ["verdicts right", "gate errors", "false supports"]
    columns += ["F1, first quotes", "verdicts right, first quotes"]
    print("| " + " | ".join(columns) + " |")
    print("|---" * len(columns) + "|")
    for path in sets:
        articles, facts, mapping = load_set(path)
        langs = {slug: article_language(text) for slug, text in articles.items()}
        for ledger in ("id", "en"):
            for article_lang in ("id", "en"):
                slugs = sorted(s for s in articles if langs[s] == article_lang)
                gold = gold_pairs(facts, mapping, ledger, set(slugs))
                if not gold:
                    continue
                files = [path / "articles" / f"{slug}.txt" for slug in slugs]
                for matcher in MATCHERS:
                    name = f"{path.name}-{ledger}-{article_lang}-{matcher}.jsonl"
                    if args.scored:
                        lines = (args.scored / name).read_text().splitlines()
                        rows = [json.loads(line) for line in lines if line.strip()]
                    else:
                        with tempfile.TemporaryDirectory() as cache:
                            rows = run_verify(files, path / f"ledger-{ledger}", matcher, cache)
                    if dump:
                        dump.mkdir(parents=True, exist_ok=True)
                        (dump / name).write_text("".join(json.dumps(r) + "\n" for r in rows))
                    s = score(rows, gold, articles)
                    first = score(rows, gold, articles, restatements=False)
                    print(
                        f"| {path.name} | {ledger} | {article_lang} | {matcher} | {s['gold']} "
                        f"| {s['reported']} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} "
                        f"| {s['verdicts right']:.3f} | {s['gate errors']} "
                        f"| {s['false supports']} | {first['F1']:.3f} "
                        f"| {first['verdicts right']:.3f} |",
                        flush=True,
                    )


if __name__ == "__main__":
    main(sys.argv[1:])
