"""Shared fixtures: the real seed article, the shipped ledger, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "putin-minsk-2022.txt"
LEDGER = ROOT / "claims"


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


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
