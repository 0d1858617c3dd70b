"""CLEF-2020 CheckThat! Task 2: claimcheck vs a bm25s baseline, MAP@5 / P@1 / MRR, time, memory.

Usage: python bench/clef2020.py [DATA_DIR]   (default: ../shared/bench relative to the repo)

claimcheck runs as a subprocess of the real CLI (``python -m claimcheck search`` with the
queries on stdin, one JSON line out per query), with each matcher (``--matcher semantic``, on
dev only, since its fusion was chosen on train; ``--matcher lexical``), twice: a cold run
(index built, every phrasing embedded) and a warm one (cache hit). The baseline (bm25s +
PyStemmer English, stop words, claim + title) also runs
as a subprocess of this script, so both wall times include interpreter start-up and indexing.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
csv.field_size_limit(10**9)


def _tsv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return rows[1:]


def _split(data: Path, name: str) -> tuple[dict[str, str], dict[str, set[str]]]:
    queries = {
        r[0]: r[1].replace("\n", " ").replace("\r", " ") for r in _tsv(data / name / "queries.tsv")
    }
    qrels: dict[str, set[str]] = {}
    for line in (data / name / "qrels.tsv").read_text().splitlines():
        parts = line.split()
        qrels.setdefault(parts[0], set()).add(f"clef-{parts[2]}")
    return queries, qrels


def write_ledger(data: Path, path: Path) -> Path:
    """The CLEF verified claims as a claimcheck ledger (JSONL, entries unrated) at ``path``."""
    with path.open("w", encoding="utf-8") as out:
        for row in _tsv(data / "verified_claims.tsv"):
            entry = {"id": f"clef-{row[0]}", "claim": row[1], "title": row[2] or None}
            out.write(json.dumps({**entry, "status": "unverified"}) + "\n")
    return path


def metrics(ranked: dict[str, list[str]], qrels: dict[str, set[str]]) -> dict[str, float]:
    ap = p1 = rr = 0.0
    for qid, ids in ranked.items():
        gold = qrels.get(qid, set())
        hits = 0
        first = 0.0
        for i, doc in enumerate(ids[:5]):
            if doc in gold:
                hits += 1
                ap += hits / (i + 1) / min(len(gold), 5)
                first = first or 1 / (i + 1)
        rr += first
        p1 += bool(ids and ids[0] in gold)
    n = len(ranked) or 1
    return {"MAP@5": ap / n, "P@1": p1 / n, "MRR": rr / n}


def _run(cmd: list[str], stdin: str, env: dict[str, str]) -> tuple[str, float, float]:
    """stdout, wall seconds, peak RSS (MiB) of a child process."""
    code = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], input=sys.stdin.buffer.read(), capture_output=True)\n"
        "wall = time.perf_counter() - t\n"
        "sys.stderr.buffer.write(p.stderr)\n"
        "sys.stdout.buffer.write(p.stdout)\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "sys.stderr.write('\\nBENCH %f %f %d\\n' % (wall, rss, p.returncode))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, *cmd], input=stdin.encode(), capture_output=True, env=env
    )
    stats = proc.stderr.decode().rsplit("BENCH ", 1)[1].split()
    if stats[2] != "0":
        raise SystemExit(f"{cmd[:4]} failed:\n{proc.stderr.decode()[-2000:]}")
    return proc.stdout.decode(), float(stats[0]), float(stats[1])


BASELINE = r"""
import csv, json, sys
import bm25s, Stemmer
csv.field_size_limit(10**9)
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
stemmer = Stemmer.Stemmer("english")
corpus = [r["claim"] + " " + (r.get("title") or "") for r in rows]
retriever = bm25s.BM25()
retriever.index(bm25s.tokenize(corpus, stopwords="en", stemmer=stemmer, show_progress=False),
                show_progress=False)
queries = [line.rstrip("\n") for line in sys.stdin]
tokens = bm25s.tokenize(queries, stopwords="en", stemmer=stemmer, show_progress=False)
docs, _ = retriever.retrieve(tokens, k=5, show_progress=False)
for q, row in zip(queries, docs):
    print(json.dumps({"query": q, "results": [{"id": rows[i]["id"]} for i in row]}))
"""


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "bench"
    data = data / "clef2020" if (data / "clef2020").is_dir() else data
    splits = {name: _split(data, name) for name in ("train", "dev")}
    with tempfile.TemporaryDirectory() as tmp:
        ledger = write_ledger(data, Path(tmp) / "clef.jsonl")
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "CLAIMCHECK_CACHE_DIR": str(Path(tmp) / "cache"),
        }
        env.pop("CLAIMCHECK_NO_CACHE", None)
        search = [sys.executable, "-m", "claimcheck", "search", "--ledger", str(ledger)]
        lexical = [*search, "--matcher", "lexical"]
        semantic = [*search, "--matcher", "semantic"]
        # The same command twice: the first run builds the cache, the second uses it. The
        # semantic matcher runs on dev only: its fusion weights were chosen on train.
        systems = {
            "claimcheck semantic (cold)": semantic,
            "claimcheck semantic (cached)": semantic,
            "claimcheck lexical (cold)": lexical,
            "claimcheck lexical (cached)": lexical,
            "bm25s baseline": [sys.executable, "-c", BASELINE, str(ledger)],
        }
        table = []
        for split, (queries, qrels) in splits.items():
            ids = list(queries)
            stdin = "".join(queries[q] + "\n" for q in ids)
            times = {}
            # A cache of its own per split: each split's "cold" run parses and indexes anew.
            split_env = {**env, "CLAIMCHECK_CACHE_DIR": str(Path(tmp) / f"cache-{split}")}
            for system, cmd in systems.items():
                if split == "train" and "semantic" in system:
                    continue
                out, wall, rss = _run(cmd, stdin, split_env)
                lines = out.splitlines()
                ranked = {
                    q: [r["id"] for r in json.loads(line)["results"]]
                    for q, line in zip(ids, lines, strict=True)
                }
                times[system] = wall
                table.append((split, system, metrics(ranked, qrels), wall, rss))
            base = times["bm25s baseline"]
            for matcher in ("semantic", "lexical"):
                if f"claimcheck {matcher} (cold)" not in times:
                    continue
                cold = times[f"claimcheck {matcher} (cold)"] / base
                warm = times[f"claimcheck {matcher} (cached)"] / base
                print(
                    f"# {split}: claimcheck {matcher} / baseline time: first run {cold:.2f}x, "
                    f"cached {warm:.2f}x"
                )
    print("| split | system | MAP@5 | P@1 | MRR | wall s | peak RSS MiB |")
    print("|---|---|---|---|---|---|---|")
    for split, system, m, wall, rss in table:
        cells = f"{m['MAP@5']:.3f} | {m['P@1']:.3f} | {m['MRR']:.3f} | {wall:.2f} | {rss:.0f}"
        print(f"| {split} | {system} | {cells} |")


if __name__ == "__main__":
    main()
