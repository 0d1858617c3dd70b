"""The command line as users and CI meet it: exit codes, output formats, bad input."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest

from tests.conftest import LEDGER, SEED, SMALL_LEDGER

CONTRACT = (
    "file line column end_line end_column start end text sentence speaker lang verdict "
    "ledger_id ledger_claim ledger_status score reason reason_code"
).split()


@pytest.fixture
def ledger_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "entries.yaml").write_text(SMALL_LEDGER, encoding="utf-8")
    return folder


def _article(tmp_path: Path, text: str, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- exit codes -------------------------------------------------------------------------------


def test_version_is_fast_and_exits_0(cli):
    result = cli("--version")
    assert result.code == 0
    assert result.stdout.startswith("claimcheck ")


def test_help_lists_the_commands(cli):
    result = cli("--help")
    assert result.code == 0
    for command in ("verify", "extract", "search", "ledger"):
        assert command in result.stdout


def test_refuted_claim_fails_the_gate(cli, tmp_path, ledger_dir):
    article = _article(tmp_path, "Russia plans to merge with Belarus into a single state.\n")
    result = cli("verify", str(article), "--ledger", str(ledger_dir), "--format", "jsonl")
    assert result.code == 1, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert [c["verdict"] for c in claims] == ["refuted"]
    assert claims[0]["ledger_id"] == "merger"


def test_fail_on_none_never_fails(cli, tmp_path, ledger_dir):
    article = _article(tmp_path, "Russia plans to merge with Belarus into a single state.\n")
    result = cli("verify", str(article), "--ledger", str(ledger_dir), "--fail-on", "none")
    assert result.code == 0


def test_strict_desk_fails_on_unverified(cli, tmp_path, ledger_dir):
    article = _article(tmp_path, "The central bank raised its interest rate to 6.5 percent.\n")
    lenient = cli("verify", str(article), "--ledger", str(ledger_dir))
    strict = cli("verify", str(article), "--ledger", str(ledger_dir), "--fail-on", "unverified")
    assert lenient.code == 0
    assert strict.code == 1


def test_unknown_fail_on_verdict_is_a_usage_error(cli, tmp_path, ledger_dir):
    article = _article(tmp_path, "Putin visited Minsk.\n")
    result = cli("verify", str(article), "--ledger", str(ledger_dir), "--fail-on", "wrong")
    assert result.code == 2
    assert "wrong" in result.stderr
    assert "Traceback" not in result.stderr


def test_none_cannot_be_listed_with_other_verdicts(cli, tmp_path, ledger_dir):
    article = _article(tmp_path, "Putin visited Minsk.\n")
    result = cli("verify", str(article), "--ledger", str(ledger_dir), "--fail-on", "none,refuted")
    assert result.code == 2
    assert "none means no verdict fails; it cannot be listed with others" in result.stderr


@pytest.mark.parametrize("query", ["", "  !!! "])
def test_a_search_with_no_words_finds_nothing(cli, ledger_dir, query):
    result = cli("search", query, "--ledger", str(ledger_dir))
    assert (result.code, result.stdout) == (0, "no matching entries\n")


def test_unknown_option_is_a_usage_error(cli):
    result = cli("verify", "--no-such-option", str(SEED))
    assert result.code == 2


# --- bad input: one line on stderr, exit 2 ----------------------------------------------------


def _one_error_line(result) -> str:
    assert result.code == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_missing_article(cli, ledger_dir):
    line = _one_error_line(cli("verify", "no/such/article.txt", "--ledger", str(ledger_dir)))
    assert "no/such/article.txt" in line


def test_directory_as_article(cli, tmp_path, ledger_dir):
    line = _one_error_line(cli("verify", str(tmp_path), "--ledger", str(ledger_dir)))
    assert "directory" in line


def test_binary_article(cli, tmp_path, ledger_dir):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8)
    line = _one_error_line(cli("verify", str(binary), "--ledger", str(ledger_dir)))
    assert "binary" in line


def test_missing_ledger(cli, tmp_path):
    article = _article(tmp_path, "Putin visited Minsk.\n")
    line = _one_error_line(cli("verify", str(article), "--ledger", str(tmp_path / "nowhere")))
    assert "nowhere" in line


def test_empty_ledger(cli, tmp_path):
    article = _article(tmp_path, "Putin visited Minsk.\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    _one_error_line(cli("verify", str(article), "--ledger", str(empty)))


def test_malformed_ledger_names_file_and_line(cli, tmp_path):
    article = _article(tmp_path, "Putin visited Minsk.\n")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "bad.yaml").write_text("- id: a\n  claim: x\n  status: true\n- id: [\n", "utf-8")
    line = _one_error_line(cli("verify", str(article), "--ledger", str(broken)))
    assert "bad.yaml:" in line


def test_cp1252_article_is_read_with_a_warning(cli, tmp_path, ledger_dir):
    article = tmp_path / "legacy.txt"
    article.write_bytes("Le président a visité Minsk en décembre 2022.\n".encode("cp1252"))
    result = cli("verify", str(article), "--ledger", str(ledger_dir), "--format", "json")
    assert result.code == 0
    assert "cp1252" in result.stderr
    assert "président" in json.loads(result.stdout)["claims"][0]["sentence"]


def test_utf16_with_bom_is_read(cli, tmp_path, ledger_dir):
    article = tmp_path / "notepad.txt"
    article.write_bytes(
        "Russia plans to merge with Belarus into a single state.\n".encode("utf-16")
    )
    result = cli("verify", str(article), "--ledger", str(ledger_dir), "--format", "jsonl")
    assert result.code == 1
    assert json.loads(result.stdout)["verdict"] == "refuted"


def test_utf8_bom_is_read(cli, tmp_path, ledger_dir):
    article = tmp_path / "bom.txt"
    article.write_bytes("\ufeffPutin's trip to Minsk was his first visit since 2019.\n".encode())
    result = cli("verify", str(article), "--ledger", str(ledger_dir), "--format", "json")
    assert result.code == 0
    claim = json.loads(result.stdout)["claims"][0]
    assert claim["column"] == 1
    assert not claim["text"].startswith("\ufeff")


def test_empty_article_gives_zero_claims_and_a_note(cli, tmp_path, ledger_dir):
    article = _article(tmp_path, "")
    result = cli("verify", str(article), "--ledger", str(ledger_dir), "--format", "json")
    assert result.code == 0
    document = json.loads(result.stdout)
    assert document["claims"] == []
    assert any("empty" in note for note in document["files"][0]["notes"])


def test_huge_article_does_not_hang(cli, tmp_path, ledger_dir):
    sentence = "Putin visited Minsk on Monday and met Lukashenko at the airport. "
    article = _article(tmp_path, sentence * 20_000 + "word " * 5_000 + "\n")
    started = time.monotonic()
    result = cli("extract", str(article), "--format", "jsonl")
    assert result.code == 0
    assert time.monotonic() - started < 60


def test_stdin_article(cli, ledger_dir):
    text = "Russia plans to merge with Belarus into a single state.\n"
    result = cli("verify", "-", "--ledger", str(ledger_dir), "--format", "jsonl", stdin=text)
    assert result.code == 1
    assert json.loads(result.stdout.splitlines()[0])["file"] == "<stdin>"


# --- output formats, parsed back --------------------------------------------------------------


def _verify(cli, fmt: str):
    return cli("verify", str(SEED), "--ledger", str(LEDGER), "--format", fmt, "--fail-on", "none")


def test_json_contract(cli):
    result = _verify(cli, "json")
    assert result.code == 0
    document = json.loads(result.stdout)
    assert document["summary"]["claims"] == len(document["claims"]) > 0
    for claim in document["claims"]:
        assert list(claim)[: len(CONTRACT)] == CONTRACT
        assert 0.0 <= claim["score"] <= 1.0


def test_every_verdict_says_why_in_a_code_scripts_can_branch_on(cli, tmp_path):
    from claimcheck.model import REASON_CODES

    claims = json.loads(_verify(cli, "json").stdout)["claims"]
    codes = {claim["reason_code"] for claim in claims}
    assert codes <= set(REASON_CODES)
    by_verdict = {(claim["verdict"], claim["reason_code"]) for claim in claims}
    assert ("unverified", "no-match") in by_verdict
    assert ("supported", "agrees") in by_verdict
    # a doctored year: the code names the kind of conflict, the reason the figures
    doctored = _article(
        tmp_path, SEED.read_text(encoding="utf-8").replace("sejak 2019", "sejak 2018")
    )
    result = cli("verify", str(doctored), "--ledger", str(LEDGER), "--format", "jsonl")
    conflicts = [json.loads(line) for line in result.stdout.splitlines()]
    conflicts = [c for c in conflicts if c["verdict"] == "contradicted"]
    assert conflicts and all(c["reason_code"] == "number-differs" for c in conflicts)
    assert "2018" in conflicts[0]["reason"]
    # --min-score turns a weak match into unverified, and says so
    loose = cli(
        "verify",
        str(SEED),
        "--ledger",
        str(LEDGER),
        "--format",
        "jsonl",
        "--fail-on",
        "none",
        "--min-score",
        "0.99",
    )
    codes = {json.loads(line)["reason_code"] for line in loose.stdout.splitlines()}
    assert "below-min-score" in codes and "agrees" not in codes
    # extraction alone judges nothing
    extracted = cli("extract", str(SEED), "--format", "jsonl")
    assert {json.loads(line)["reason_code"] for line in extracted.stdout.splitlines()} == {None}


def test_jsonl_matches_json(cli):
    as_json = json.loads(_verify(cli, "json").stdout)["claims"]
    as_jsonl = [json.loads(line) for line in _verify(cli, "jsonl").stdout.splitlines()]
    assert as_json == as_jsonl


def test_spans_point_into_the_article(cli, seed_text):
    lines = seed_text.split("\n")
    for claim in json.loads(_verify(cli, "json").stdout)["claims"]:
        assert seed_text[claim["start"] : claim["end"]]
        line = lines[claim["line"] - 1]
        assert line[claim["column"] - 1 :].startswith(seed_text[claim["start"] : claim["end"]][:20])
        assert claim["end_line"] >= claim["line"]


def test_csv_round_trip(cli):
    rows = list(csv.DictReader(io.StringIO(_verify(cli, "csv").stdout)))
    claims = json.loads(_verify(cli, "json").stdout)["claims"]
    assert len(rows) == len(claims)
    assert [row["verdict"] for row in rows] == [claim["verdict"] for claim in claims]
    assert [row["text"] for row in rows] == [claim["text"] for claim in claims]
    assert [row["reason_code"] for row in rows] == [claim["reason_code"] for claim in claims]


def test_markdown_table(cli):
    output = _verify(cli, "markdown").stdout
    rows = [line for line in output.splitlines() if line.startswith("| ") and ":" in line]
    claims = json.loads(_verify(cli, "json").stdout)["claims"]
    assert len(rows) == len(claims)
    assert all(row.count(" | ") >= 5 for row in rows)


def test_text_output_is_plain_when_piped(cli):
    output = _verify(cli, "text").stdout
    assert "\x1b[" not in output
    first = output.splitlines()[0]
    assert first.startswith(f"{SEED}:")
    assert "claims in 1 file" in output.splitlines()[-1]


def test_extract_has_no_verdicts(cli):
    result = cli("extract", str(SEED), "--format", "json")
    assert result.code == 0
    claims = json.loads(result.stdout)["claims"]
    assert claims and all(claim["verdict"] is None for claim in claims)


# --- search -----------------------------------------------------------------------------------


def test_search_text(cli, ledger_dir):
    result = cli("search", "Russia to merge with Belarus", "--ledger", str(ledger_dir))
    assert result.code == 0
    assert result.stdout.split()[1] == "merger"


def test_search_json_limit(cli, ledger_dir):
    result = cli(
        "search", "Putin Minsk visit", "--ledger", str(ledger_dir), "--format", "json", "-k", "1"
    )
    document = json.loads(result.stdout)
    assert document["query"] == "Putin Minsk visit"
    assert [hit["id"] for hit in document["results"]] == ["visit-2019"]
    assert set(document["results"][0]) == {"id", "claim", "status", "score"}


def test_search_batch_from_stdin(cli, ledger_dir):
    queries = "Russia to merge with Belarus\nPutin first visit to Belarus since 2019\n"
    result = cli("search", "--ledger", str(ledger_dir), stdin=queries)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["query"] for a in answers] == queries.splitlines()
    assert [a["results"][0]["id"] for a in answers] == ["merger", "visit-2019"]
