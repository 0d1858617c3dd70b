"""What an editor waits for: `verify` of the bundled example article, first run and warm.

Usage: python bench/seed.py [--runs 5]

Runs the real CLI as a subprocess (``python -m claimcheck verify examples/putin-minsk-2022.txt``)
with each matcher: once in an empty cache directory ("first run": the ledger is indexed, every
phrasing embedded, the claims embedded and read by the stance model), then ``--runs`` times
with that cache ("warm": nothing changed). Prints wall time (the minimum and median of the
warm runs), peak RSS and the verdict counts, beside ``claimcheck --version`` (start-up alone).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clef2020 import _run  # noqa: E402 - a sibling script, not a package

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "putin-minsk-2022.txt"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB, last line of stdout) of one run of ``command``."""
    out, wall, rss = _run(command, "", env)
    lines = out.strip().splitlines()
    return wall, rss, lines[-1] if lines else ""


def main(argv: list[str]) -> None:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    claimcheck = [sys.executable, "-m", "claimcheck"]
    print("| command | first run s | warm s (min / median) | peak RSS MiB | summary |")
    print("|---|---|---|---|---|")
    for matcher in ("semantic", "lexical"):
        with tempfile.TemporaryDirectory() as cache:
            env = {**os.environ, "CLAIMCHECK_CACHE_DIR": cache, "NO_COLOR": "1"}
            env.pop("CLAIMCHECK_NO_CACHE", None)
            command = [*claimcheck, "verify", "--matcher", matcher, str(ARTICLE)]
            first, peak, summary = timed(command, env)
            warm = [timed(command, env)[0] for _ in range(runs)]
        print(
            f"| verify --matcher {matcher} | {first:.2f} | {min(warm):.2f} / "
            f"{statistics.median(warm):.2f} | {peak:.0f} | {summary} |",
            flush=True,
        )
    version = [timed([*claimcheck, "--version"], dict(os.environ))[0] for _ in range(runs)]
    print(f"| --version | | {min(version):.2f} / {statistics.median(version):.2f} | | |")
    load = os.getloadavg()[0]
    print(f"\nload average when done: {load:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main(sys.argv[1:])
