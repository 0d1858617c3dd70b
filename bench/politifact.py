"""PolitiFact transcripts: pair precision / recall / F1 of (doc, line, ledger_id), by gold label.

Usage: python bench/politifact.py [DATA_DIR] [--dump FILE]
(DATA_DIR default: ../shared/bench relative to the repo)

claimcheck runs as a subprocess of the real CLI, once per matcher (semantic, the default,
and lexical)::

    python -m claimcheck verify --format jsonl --fail-on none --matcher MATCHER \
        --ledger DATA/politifact/ledger/politifact.jsonl \
        --ledger DATA/politifact/ledger/snopes.jsonl DATA/politifact/docs/*.txt

with an empty cache (so its wall time includes parsing and indexing the 11k-entry ledger).
Every output line with a non-null ``ledger_id`` is a pair (file stem, ``line``, ``ledger_id``);
pairs are deduplicated (a line may hold several claims). ``--dump FILE`` writes the raw JSONL
output for inspection (and for the firm-score table below).

The baseline is bm25s (+ PyStemmer English, stop words, claim + title), top-1 per transcript
line, as a subprocess too: with no threshold (its recall ceiling) and with the threshold that
is best on these very documents (an optimistic baseline). The script also prints precision
by claimcheck score band, to tell what a "firm" score is.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from clef2020 import _run  # noqa: E402 - a sibling script, not a package

BASELINE = r"""
import json, sys
import bm25s, Stemmer
rows = []
for path in sys.argv[2:]:
    rows += [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
stemmer = Stemmer.Stemmer("english")
corpus = [r["claim"] + " " + (r.get("title") or "") for r in rows]
retriever = bm25s.BM25()
retriever.index(bm25s.tokenize(corpus, stopwords="en", stemmer=stemmer, show_progress=False),
                show_progress=False)
lines = []
for path in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if not path:
        continue
    stem = path.rsplit("/", 1)[-1][: -len(".txt")]
    for n, text in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if text.strip():
            lines.append((stem, n, text))
tokens = bm25s.tokenize([t for _, _, t in lines], stopwords="en", stemmer=stemmer,
                        show_progress=False)
docs, scores = retriever.retrieve(tokens, k=1, show_progress=False)
for (stem, n, _), d, s in zip(lines, docs, scores):
    print(json.dumps([stem, n, rows[d[0]]["id"], float(s[0])]))
"""


def prf(pairs: set, gold: dict) -> tuple[float, float, float]:
    tp = sum(p in gold for p in pairs)
    p = tp / len(pairs) if pairs else 0.0
    r = tp / len(gold)
    return p, r, (2 * p * r / (p + r) if tp else 0.0)


def main() -> None:
    args = sys.argv[1:]
    dump = None
    if "--dump" in args:
        i = args.index("--dump")
        dump = Path(args[i + 1])
        del args[i : i + 2]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "bench"
    data = data / "politifact" if (data / "politifact").is_dir() else data
    gold = {}
    for line in (data / "gold.tsv").read_text().splitlines()[1:]:
        doc, n, entry_id, label = line.split("\t")
        gold[(doc, int(n), entry_id)] = label
    docs = sorted(str(p) for p in (data / "docs").glob("*.txt"))
    ledgers = [data / "ledger" / "politifact.jsonl", data / "ledger" / "snopes.jsonl"]

    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "CLAIMCHECK_CACHE_DIR": str(Path(tmp) / "cache"),
        }
        env.pop("CLAIMCHECK_NO_CACHE", None)
        cmd = [sys.executable, "-m", "claimcheck", "verify", "--format", "jsonl"]
        cmd += ["--fail-on", "none"]
        for ledger in ledgers:
            cmd += ["--ledger", str(ledger)]
        runs = {
            matcher: _run([*cmd, "--matcher", matcher, *docs], "", env)
            for matcher in ("semantic", "lexical")
        }
        out, ours_wall, ours_rss = runs["semantic"]
        listing = Path(tmp) / "docs.txt"
        listing.write_text("\n".join(docs) + "\n", encoding="utf-8")
        base_cmd = [sys.executable, "-c", BASELINE, str(listing), *map(str, ledgers)]
        base_out, base_wall, base_rss = _run(base_cmd, "", env)

    if dump:
        dump.write_text(out, encoding="utf-8")

    def pairs_of(output: str) -> dict[tuple, float]:
        """(doc, line, entry) → the best score any of its claims got."""
        best: dict[tuple, float] = {}
        for line in output.splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("ledger_id"):
                pair = (Path(row["file"]).stem, row["line"], row["ledger_id"])
                best[pair] = max(best.get(pair, 0.0), row["score"])
        return best

    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    best_score = pairs_of(out)
    lexical_out, lexical_wall, lexical_rss = runs["lexical"]
    scored = [json.loads(line) for line in base_out.splitlines() if line.strip()]
    scored = [(s, (d, n, e)) for d, n, e, s in scored]
    best = max(
        (
            (prf({p for s, p in scored if s >= th}, gold), th)
            for th in {round(s, 1) for s, _ in scored}
        ),
        key=lambda x: x[0][2],
    )
    systems = {
        "claimcheck verify (semantic, the default)": (set(best_score), ours_wall, ours_rss),
        "claimcheck verify --matcher lexical": (
            set(pairs_of(lexical_out)),
            lexical_wall,
            lexical_rss,
        ),
        "bm25s top-1, no threshold": ({p for _, p in scored}, base_wall, base_rss),
        f"bm25s top-1, best threshold {best[1]:.1f}": (
            {p for s, p in scored if s >= best[1]},
            base_wall,
            base_rss,
        ),
    }
    labels = Counter(gold.values())
    print(
        "| system | pairs | P | R | F1 | "
        + " | ".join(f"R {lab} ({labels[lab]})" for lab in sorted(labels))
        + " | wall s | peak RSS MiB |"
    )
    print("|---|---|---|---|---|" + "---|" * len(labels) + "---|---|")
    for name, (pairs, wall, rss) in systems.items():
        p, r, f = prf(pairs, gold)
        per = [
            sum(1 for g, lab in gold.items() if lab == want and g in pairs) / labels[want]
            for want in sorted(labels)
        ]
        print(
            f"| {name} | {len(pairs)} | {p:.3f} | {r:.3f} | {f:.3f} | "
            + " | ".join(f"{x:.3f}" for x in per)
            + f" | {wall:.1f} | {rss:.0f} |"
        )
    print(
        f"\nclaimcheck / baseline time: {ours_wall / base_wall:.2f}x "
        f"({len(rows)} claims in {len(docs)} documents)"
    )
    print("\nPrecision of claimcheck's pairs by score (a pair's best score):\n")
    print("| score >= | pairs | P | R |")
    print("|---|---|---|---|")
    for cut in (0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        pairs = {p for p, s in best_score.items() if s >= cut}
        p, r, _ = prf(pairs, gold)
        print(f"| {cut:.2f} | {len(pairs)} | {p:.3f} | {r:.3f} |")
    # The verdicts that fail a gate must be near-certain: how often is their entry right?
    by_verdict: dict[str, set] = {}
    for row in rows:
        if row.get("ledger_id"):
            pair = (Path(row["file"]).stem, row["line"], row["ledger_id"])
            by_verdict.setdefault(row["verdict"], set()).add(pair)
    print("\nclaimcheck's pairs by verdict (right = the pair is in gold.tsv):\n")
    print("| verdict | pairs | right | share right |")
    print("|---|---|---|---|")
    for verdict, pairs in sorted(by_verdict.items(), key=lambda item: -len(item[1])):
        right = sum(pair in gold for pair in pairs)
        print(f"| {verdict} | {len(pairs)} | {right} | {right / len(pairs):.3f} |")


if __name__ == "__main__":
    main()
