"""Ctrl-C while ``verify --jobs 2`` starts its workers: does every run end, cleanly?

Each trial starts ``claimcheck verify`` on 2,000 copies of the seed article, waits until its
first worker is up (three processes in the run's process group: the run, the resource
tracker, a worker; the second worker is usually starting then, the moment that used to go
wrong), and sends SIGINT to the process group, as a terminal's Ctrl-C does. A trial is

- ``clean``: exit 130, nothing on stderr but claimcheck's own lines, no process left;
- ``noisy``: it ended, but with a traceback, a "Fatal Python error" or another exit status;
- ``hung``: not ended 30 s later (then killed), or a process of the run was left behind.

    python bench/interrupts.py [--trials 80] [--load 2] [--while-results]

``--while-results`` interrupts instead one long article (the seed, 200 times) whose claims two
processes share, at a random moment between 0.8 and 5 s: workers are then sending results
back, which is where a worker ended mid-message could hang the executor (``early``: the run
ended before Ctrl-C).

``--load`` runs that many busy loops meanwhile: the race needs a slow machine to show. Run it
from a checkout (or with PYTHONPATH) of the version to measure.
"""

from __future__ import annotations

import argparse
import os
import random
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


def _trial(target: Path, cache: Path, results: random.Random | None) -> tuple[str, str]:
    """One run, interrupted as its first worker starts or (``results``: a random generator)
    at a random moment while workers send results back."""
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    env["PYTHONPATH"] = str(ROOT)  # the checkout this script is in
    command = [sys.executable, "-m", "claimcheck", "verify", str(target)]
    if results is None:
        command += ["--jobs", "2"]
    command += ["--ledger", str(ROOT / "claims"), "--format", "jsonl", "--matcher", "lexical"]
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    if results is not None:
        time.sleep(results.uniform(0.8, 5.0))
    else:
        deadline = time.monotonic() + 60
        while len(_group(process.pid)) < 3 and time.monotonic() < deadline:
            if process.poll() is not None:
                break
            time.sleep(0.02)
    if process.poll() is not None:
        return "early", "ended before Ctrl-C"
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
    parser.add_argument(
        "--while-results",
        action="store_true",
        help="interrupt one long article shared among processes, at a random moment",
    )
    args = parser.parse_args()
    if not Path("/proc/self/environ").exists():
        sys.exit("needs /proc (Linux)")
    work = Path(tempfile.mkdtemp(prefix="claimcheck-interrupts-"))
    text = SEED.read_text(encoding="utf-8")
    results = random.Random(2033) if args.while_results else None
    if results is not None:
        target = work / "long.txt"  # about 4,600 claims: shared among two processes
        target.write_text("\n\n".join([text] * 200), encoding="utf-8")
    else:
        target = work / "drafts"
        target.mkdir()
        for i in range(2000):
            (target / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
    load = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.load)]
    outcomes: Counter[str] = Counter()
    try:
        for trial in range(args.trials):
            outcome, detail = _trial(target, work / "cache", results)
            outcomes[outcome] += 1
            if detail:
                print(f"trial {trial}: {outcome}: {detail}", file=sys.stderr)
    finally:
        for process in load:
            process.kill()
    print(
        f"{args.trials} trials, load {args.load}: "
        + ", ".join(f"{name} {outcomes[name]}" for name in ("clean", "noisy", "hung", "early"))
    )


if __name__ == "__main__":
    main()
