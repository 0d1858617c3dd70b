"""Ctrl-C while ``verify --jobs 2`` starts its workers: does every run end, cleanly?

Each trial starts ``claimcheck verify`` on 2,000 copies of the seed article, waits until its
first worker is up (three processes in the run's process group: the run, the resource
tracker, a worker; the second worker is usually starting then, the moment that used to go
wrong), and sends SIGINT to the process group, as a terminal's Ctrl-C does. A trial is

- ``clean``: exit 130, nothing on stderr but claimcheck's own lines, no process left;
- ``noisy``: it ended, but with a traceback, a "Fatal Python error" or another exit status;
- ``hung``: not ended 30 s later (then killed), or a process of the run was left behind.

    python bench/interrupts.py [--trials 80] [--load 2]

``--load`` runs that many busy loops meanwhile: the race needs a slow machine to show. Run it
from a checkout (or with PYTHONPATH) of the version to measure.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "putin-minsk-2022.txt"


def _group(group: int) -> list[int]:
    """Live processes of process group ``group`` (the run, its workers, the resource tracker)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == group:
            found.append(int(pid))
    return found


def _trial(drafts: Path, cache: Path) -> tuple[str, str]:
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    env["PYTHONPATH"] = str(ROOT)  # the checkout this script is in
    command = [sys.executable, "-m", "claimcheck", "verify", str(drafts), "--jobs", "2"]
    command += ["--ledger", str(ROOT / "claims"), "--format", "jsonl", "--matcher", "lexical"]
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while len(_group(process.pid)) < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return "hung", "not ended after 30 s"
    stderr = err.decode(errors="replace")
    time.sleep(1)
    if _group(process.pid):
        os.killpg(process.pid, signal.SIGKILL)
        return "hung", "a process was left behind"
    if process.returncode != 130 or "Traceback" in stderr or "Fatal Python" in stderr:
        return "noisy", f"exit {process.returncode}: {stderr.strip().splitlines()[-1:]}"
    return "clean", ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=80)
    parser.add_argument("--load", type=int, default=2, help="busy loops run meanwhile")
    args = parser.parse_args()
    if not Path("/proc/self/environ").exists():
        sys.exit("needs /proc (Linux)")
    work = Path(tempfile.mkdtemp(prefix="claimcheck-interrupts-"))
    drafts = work / "drafts"
    drafts.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(2000):
        (drafts / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
    load = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.load)]
    outcomes: Counter[str] = Counter()
    try:
        for trial in range(args.trials):
            outcome, detail = _trial(drafts, work / "cache")
            outcomes[outcome] += 1
            if detail:
                print(f"trial {trial}: {outcome}: {detail}", file=sys.stderr)
    finally:
        for process in load:
            process.kill()
    print(
        f"{args.trials} trials, load {args.load}: "
        + ", ".join(f"{name} {outcomes[name]}" for name in ("clean", "noisy", "hung"))
    )


if __name__ == "__main__":
    main()
