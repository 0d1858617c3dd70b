"""Two checkouts of claimcheck timed against each other, run by run, on what ``--jobs`` and a
long article's sharing do: ``verify DIR --jobs 1`` and ``--jobs 2`` over 1,000 articles, the same
articles split by hand between two plain ``--jobs 1`` processes (the control: no pool), and the
1 MB article with its claims shared by two and with ``--jobs 1``. The checkouts alternate within
each round, so a slow minute of a shared machine falls on both.

    python ../shared/tools/gen_scale_data.py /tmp/claimcheck-scale   # ledgers and articles
    git worktree add /tmp/cc-before <commit>
    python bench/jobs_ab.py /tmp/claimcheck-scale /tmp/cc-before . --runs 8

Each checkout runs as ``python -m claimcheck`` with its folder first on ``PYTHONPATH`` and its
own index cache (lexical matcher, 10k ledger in files of 100 entries, as ``bench/scale.py``).
Printed: median and minimum wall seconds per command and checkout, and whether each checkout's
outputs agree across modes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scale import split_ledger  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("checkouts", nargs=2, type=Path, help="before and after")
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--article-runs", type=int, default=3)
    args = parser.parse_args()
    ledger = split_ledger(args.data, "10k")
    many = args.data / "many"
    files = sorted(str(path) for path in many.glob("*.txt"))
    half = len(files) // 2
    article = args.data / "article_1m.txt"
    names = ("before", "after")

    def command(index: int, *words: str) -> tuple[dict[str, str], list[str]]:
        checkout = args.checkouts[index].resolve()
        env = {**os.environ, "PYTHONPATH": str(checkout)}
        cache = f"/tmp/claimcheck-jobs-ab-{names[index]}"
        common = ["--ledger", str(ledger), "--matcher", "lexical", "--cache-dir", cache]
        return env, [sys.executable, "-m", "claimcheck", *words, *common]

    def timed(commands: list[tuple[dict[str, str], list[str]]]) -> tuple[float, bytes]:
        start = time.perf_counter()
        running = [
            subprocess.Popen(
                argv, env=env, cwd="/tmp", stdin=subprocess.DEVNULL, stdout=subprocess.PIPE
            )
            for env, argv in commands
        ]
        outputs = [process.communicate()[0] for process in running]
        return time.perf_counter() - start, b"".join(outputs)

    for index in range(2):
        timed([command(index, "ledger", "index")])
    times: dict[str, list[float]] = {}
    outputs: dict[str, bytes] = {}
    verify = ("verify", "--fail-on", "none", "-f", "jsonl")
    for _ in range(args.runs):
        for index, name in enumerate(names):
            for jobs in ("1", "2"):
                wall, out = timed([command(index, *verify, str(many), "--jobs", jobs)])
                times.setdefault(f"{name}: verify 1,000 articles --jobs {jobs}", []).append(wall)
                outputs[f"{name} jobs{jobs}"] = out
            halves = [
                command(index, *verify, *part, "--jobs", "1")
                for part in (files[:half], files[half:])
            ]
            wall, out = timed(halves)
            times.setdefault(f"{name}: the halves in two plain processes", []).append(wall)
            outputs[f"{name} halves"] = out
    for _ in range(args.article_runs):
        for index, name in enumerate(names):
            for mode, extra in (("shared by two", ()), ("--jobs 1", ("--jobs", "1"))):
                wall, out = timed([command(index, *verify, str(article), *extra)])
                times.setdefault(f"{name}: 1 MB article, {mode}", []).append(wall)
                outputs[f"{name} article {mode}"] = out
    for label, values in times.items():
        runs = " ".join(f"{value:.2f}" for value in values)
        print(
            f"{label}: median {statistics.median(values):.2f} s, min {min(values):.2f} s ({runs})"
        )
    for name in names:
        one, two = (times[f"{name}: verify 1,000 articles --jobs {jobs}"] for jobs in "12")
        paired = statistics.median(a / b for a, b in zip(one, two, strict=True))
        print(f"{name}: --jobs 2 speed-up, median of the rounds' ratios: {paired:.2f}")
    for name in names:
        same = outputs[f"{name} jobs1"] == outputs[f"{name} jobs2"] == outputs[
            f"{name} halves"
        ] and (outputs[f"{name} article shared by two"] == outputs[f"{name} article --jobs 1"])
        print(f"{name}: outputs agree across modes: {same}")


if __name__ == "__main__":
    main()
