"""Shared fixtures: the real seed article, the shipped ledger, and a CLI runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "putin-minsk-2022.txt"
LEDGER = ROOT / "claims"

# A two-entry ledger for tests that must not depend on how the shipped claims/ is worded.
SMALL_LEDGER = """\
- id: visit-2019
  claim: Putin's December 2022 trip to Minsk was his first visit to Belarus since 2019.
  status: true
- id: merger
  claim: Russia plans to merge with Belarus into a single state.
  status: false
"""


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run_cli(
    *args: str, stdin: bytes | str | None = None, cwd: Path | None = None, env: dict | None = None
) -> Run:
    """Run the real ``claimcheck`` command in a subprocess, as a user or CI would."""
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    environment.setdefault("CLAIMCHECK_CACHE_DIR", str(ROOT / ".pytest_cache" / "claimcheck"))
    data = stdin.encode() if isinstance(stdin, str) else stdin
    process = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        input=data,
        capture_output=True,
        cwd=cwd or ROOT,
        env=environment,
        timeout=120,
    )
    return Run(process.returncode, process.stdout.decode(), process.stderr.decode())


def one_error_line(result: Run) -> str:
    """The one line of a run that failed as claimcheck fails: exit 2, no traceback."""
    assert result.code == 2, (result.code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def verify_against(tmp_path: Path, entry: dict, article: str) -> dict:
    """The one claim of a one-line ``article`` checked against a one-entry ledger (keyword
    matcher, every verdict passing the gate), as ``verify --format jsonl`` reports it."""
    ledger = tmp_path / "ledger.jsonl"
    ledger.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text(article + "\n", encoding="utf-8")
    run = run_cli(
        *("verify", str(path), "--ledger", str(ledger), "--matcher", "lexical"),
        *("--format", "jsonl", "--fail-on", "none", "--cache-dir", str(tmp_path / "cache")),
    )
    assert run.code == 0, run.stderr
    (claim,) = [json.loads(line) for line in run.stdout.splitlines()]
    return claim


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A newsroom folder: the two-entry ledger in claims/."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "entries.yaml").write_text(SMALL_LEDGER, encoding="utf-8")
    return tmp_path


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def ledger_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """A maker of ledger directories (file name → text), indexed under tmp_path/cache."""
    monkeypatch.delenv("CLAIMCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))

    def make(files: dict[str, str]) -> Path:
        directory = tmp_path / "claims"
        directory.mkdir()
        for name, text in files.items():
            (directory / name).write_text(text, encoding="utf-8")
        return directory

    return make


def claims(text: str, language) -> list[tuple[str, str | None]]:  # noqa: ANN001
    """The (text, speaker) of each claim extracted from ``text``: what extraction tests compare."""
    from claimcheck.document import from_text
    from claimcheck.extract import extract_claims

    return [(c.text, c.speaker) for c in extract_claims(from_text(text), language)]
