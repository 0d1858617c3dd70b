"""Writers of the ledger, as newsrooms run them: many at once, some killed, some careless.

Real ``claimcheck`` processes, because the lock between them is what is tested.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.ledger import load_ledger
from tests.conftest import ROOT

WRITERS = 20


def environment(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1", "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}


def start(tmp_path: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "claimcheck", *args],
        cwd=tmp_path,
        env=environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )


def finish(processes: list[subprocess.Popen]) -> list[tuple[int, str, str]]:
    """Each process's exit code, stdout and stderr, once it has ended."""
    outcomes = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        outcomes.append((process.returncode, out.decode(), err.decode()))
    return outcomes


def test_twenty_concurrent_adds_to_one_file_add_twenty_entries(desk):
    processes = [
        start(
            desk,
            "ledger",
            "add",
            "--claim",
            f"Claim number {n} about the Minsk talks.",
            "--status",
            "true",
            "--file",
            "entries.yaml",
            "--checked",
            "2024-01-01",
        )  # fmt: skip
        for n in range(WRITERS)
    ]
    outcomes = finish(processes)
    assert [code for code, _, _ in outcomes] == [0] * WRITERS, [o for o in outcomes if o[0]]
    assert all(out.startswith("added '") for _, out, _ in outcomes)
    claims = {entry.claim for entry in load_ledger(desk / "claims").entries}
    assert {f"Claim number {n} about the Minsk talks." for n in range(WRITERS)} <= claims
    assert len(load_ledger(desk / "claims")) == 2 + WRITERS
    assert sorted(p.name for p in (desk / "claims").iterdir()) == ["entries.yaml"]  # no litter


def test_concurrent_adds_of_one_claim_add_it_once(desk):
    processes = [
        start(
            desk,
            "ledger",
            "add",
            "--claim",
            "Lukashenko met Putin in Sochi.",
            "--status",
            "true",
            "--file",
            "entries.yaml",
        )  # fmt: skip
        for _ in range(4)
    ]
    assert sorted(code for code, _, _ in finish(processes)) == [0, 2, 2, 2]
    assert len(load_ledger(desk / "claims")) == 3


def big_import(path: Path, count: int = 3000) -> Path:
    rows = ["claim,status"] + [
        f"Imported claim {n} on the Belarus talks.,true" for n in range(count)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_killed_import_leaves_the_old_or_new_file_and_no_temporary_file_after_the_next(desk):
    ledger = desk / "claims" / "entries.yaml"
    original = ledger.read_bytes()
    source = big_import(desk / "big.csv")
    for delay in (0.3, 0.5, 0.7, 0.9, 1.2):
        process = start(desk, "ledger", "import", "big.csv", "--into", "entries.yaml")
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        finish([process])
        count = len(load_ledger(ledger))  # loads: never half a file
        assert count in (2, 3002)
        if count == 3002:
            ledger.write_bytes(original)
    # whatever the kills left, the next writer clears
    (desk / "claims" / ".entries.yaml.k1ll3d.tmp").write_text("- id: half", encoding="utf-8")
    [(code, _, error)] = finish([start(
        desk, "ledger", "add", "--claim", "A claim after the kill.", "--status", "false",
        "--file", "entries.yaml",
    )])  # fmt: skip
    assert code == 0, error
    assert sorted(p.name for p in (desk / "claims").iterdir()) == ["entries.yaml"]
    assert source.exists()


def test_add_refuses_a_claim_the_ledger_has_word_for_word(cli, desk):
    result = cli(
        "ledger", "add", "--claim", "russia plans to merge with Belarus into a single state",
        "--status", "false", "--ledger", "claims", cwd=desk,
    )  # fmt: skip
    assert result.code == 2
    assert "already in the ledger as 'merger' at claims/entries.yaml:4" in result.stderr
    assert "--force" in result.stderr
    assert sorted(p.name for p in (desk / "claims").iterdir()) == ["entries.yaml"]
    forced = cli(
        "ledger", "add", "--claim", "Russia plans to merge with Belarus into a single state.",
        "--status", "false", "--ledger", "claims", "--force", "--file", "entries.yaml", cwd=desk,
    )  # fmt: skip
    assert forced.code == 0, forced.stderr
    assert "added 'russia-plans-to-merge-with-belarus-into-a-single-state'" in forced.stdout


def test_add_warns_when_review_by_comes_before_checked(cli, desk):
    result = cli(
        "ledger", "add", "--claim", "Minsk hosted the talks.", "--status", "true",
        "--checked", "2024-05-01", "--review-by", "2024-01-01", "--ledger", "claims", cwd=desk,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert "--review-by 2024-01-01 is before the check (2024-05-01)" in result.stderr


def test_add_with_stdin_closed_is_one_line(desk):
    process = subprocess.run(
        f'"{sys.executable}" -m claimcheck ledger add --claim "A claim." <&-',
        shell=True,
        cwd=desk,
        env=environment(desk),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert process.returncode == 2
    assert process.stderr == "claimcheck: error: --status required (no terminal to ask on)\n"


def test_the_lock_is_reentrant_and_leaves_nothing_behind(tmp_path):
    from claimcheck.files import locked

    target = tmp_path / "ledger.yaml"
    with locked(target), locked(target):
        assert (tmp_path / ".ledger.yaml.lock").exists()
    assert list(tmp_path.iterdir()) == []


def test_a_held_lock_times_out_with_a_clear_error(tmp_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from claimcheck.files import locked\n"
            f"with locked(Path({str(tmp_path / 'x.yaml')!r})):\n"
            "    print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline() == b"held\n"
        from claimcheck.files import locked

        with pytest.raises(TimeoutError), locked(tmp_path / "x.yaml", timeout=0.2):
            pass
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
