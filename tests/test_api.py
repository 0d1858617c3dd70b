"""The Python API editorial scripts use, including the README's example, run as written."""

from __future__ import annotations

import re
import subprocess
import sys

import claimcheck
from tests.conftest import LEDGER, ROOT


def _readme_api_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_example_runs_as_written():
    code = _readme_api_example()
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"CLAIMCHECK_NO_CACHE": "1", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert "russia-supplied-iskander-to-belarus" in result.stdout


def test_check_text_gives_claims_with_the_json_contract():
    ledger = claimcheck.load_ledger(LEDGER, use_cache=False)
    report = claimcheck.check_text("Rusia telah memasok rudal Iskander ke Belarusia.", ledger)
    assert report.lang == "id"
    [claim] = report.claims
    record = claim.to_dict()
    assert record["verdict"] == "supported"
    assert record["ledger_id"] == "russia-supplied-iskander-to-belarus"
    assert record["line"] == 1 and record["column"] == 1


def test_extract_claims_without_a_ledger():
    claims = claimcheck.extract_claims(
        "Lukashenko thanked Putin for supplying Iskander missiles and S-400 systems.", lang="en"
    )
    assert len(claims) == 2
    assert all(claim.lang == "en" for claim in claims)


def test_search_ledger_ranks_the_best_entry_first():
    ledger = claimcheck.load_ledger(LEDGER, use_cache=False)
    hits = claimcheck.search_ledger("S-400 air defence for Belarus", ledger, limit=3)
    assert hits[0].entry.id == "russia-supplied-s400-to-belarus"
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)


def test_terminal_table_shows_every_claim_with_its_verdict(monkeypatch):
    from claimcheck.model import Report
    from claimcheck.render import render

    # Whatever the caller's terminal says: the renderer was asked for colour, at 160 columns.
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.chdir(ROOT)
    ledger = claimcheck.load_ledger(LEDGER, use_cache=False)
    report = Report([claimcheck.check_file("examples/putin-minsk-2022.txt", ledger)])
    table = render(report, "text", color=True, width=160)
    assert "\x1b[" in table  # coloured for a terminal
    plain = re.sub(r"\x1b\[[0-9;]*m", "", table)
    assert "Verdict" in plain and "Reason" in plain
    assert plain.count("putin-minsk-2022.txt:") == len(report.claims)
    assert plain.count("supported") >= report.counts()["supported"]
