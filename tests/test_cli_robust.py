"""The command line under a careless or hostile hand: one line on stderr and exit 2, never a
traceback, never a hang, never exit 1 (which means the gate failed); and what a CI user
expects of a tool (an output file, shell completion, help that says what it takes)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, one_error_line

REFUTED = "Russia plans to merge with Belarus into a single state.\n"
COMMANDS = (
    "verify", "extract", "search", "baseline create", "ledger lint", "ledger list",
    "ledger show", "ledger add", "ledger import", "ledger export",
)  # fmt: skip


@pytest.fixture
def desk(desk: Path) -> Path:
    """The newsroom folder, with a.txt: a claim the ledger refutes."""
    (desk / "a.txt").write_text(REFUTED, encoding="utf-8")
    return desk


def shell(desk: Path, command: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """``claimcheck`` run by a shell, for redirections the test runner cannot make."""
    environment = {
        **os.environ,
        "NO_COLOR": "1",
        "CLAIMCHECK_CACHE_DIR": str(desk / "cache"),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        f'"{sys.executable}" -m claimcheck {command}',
        shell=True,
        cwd=desk,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def shell_error_line(process: subprocess.CompletedProcess) -> str:
    assert process.returncode == 2, (process.returncode, process.stdout, process.stderr)
    assert "Traceback" not in process.stderr
    lines = process.stderr.strip().splitlines()
    assert len(lines) == 1, process.stderr
    return lines[0]


# --- closed and full standard streams ------------------------------------------------------


def test_verify_stdin_closed(desk):
    line = shell_error_line(shell(desk, "verify - --ledger claims <&-"))
    assert "standard input is closed" in line


def test_search_stdin_closed(desk):
    line = shell_error_line(shell(desk, "search --ledger claims <&-"))
    assert "standard input is closed" in line


def test_verify_stdout_closed(desk):
    line = shell_error_line(shell(desk, "verify a.txt --ledger claims >&-"))
    assert "standard output is closed" in line


def test_verify_to_a_full_disk_is_exit_2_even_when_the_gate_fails(desk):
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    line = shell_error_line(shell(desk, "verify a.txt --ledger claims >/dev/full"))
    assert "No space left on device" in line


# --- usage errors and the unexpected -----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("verify", "--bogus", "a.txt"), "No such option: --bogus"),
        (("verify",), "Missing argument 'PATH...'"),
        (("verify", "a.txt", "--format", "pdf"), "'pdf' is not one of"),
        (("verify", "a.txt", "--jobs", "-1"), "-1"),
        (("ledger", "show"), "Missing argument 'ID'"),
        (("nope",), "No such command 'nope'"),
    ],
)
def test_usage_errors_are_one_line(cli, desk, args, expected):
    line = one_error_line(cli(*args, cwd=desk))
    assert line.startswith("claimcheck: error: ")
    assert expected in line
    assert "--help" in line  # where to look next, on the same line


BOOM = """
import sys
import claimcheck.api
def boom(*args, **kwargs):
    raise ZeroDivisionError("boom")
claimcheck.api.check_document = boom
from claimcheck.main import main
main(sys.argv[1:])
"""


def run_boom(desk: Path, *args: str, debug: str = "") -> subprocess.CompletedProcess:
    environment = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(desk / "cache")}
    environment.pop("CLAIMCHECK_DEBUG", None)
    if debug:
        environment["CLAIMCHECK_DEBUG"] = debug
    return subprocess.run(
        [sys.executable, "-c", BOOM, *args],
        cwd=desk,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_unexpected_exception_is_one_line_asking_for_a_bug_report(desk):
    line = shell_error_line(run_boom(desk, "verify", "a.txt", "--ledger", "claims"))
    assert "ZeroDivisionError: boom" in line and "bug" in line and "--debug" in line


@pytest.mark.parametrize(
    ("args", "debug"),
    [(("--debug", "verify", "a.txt", "--ledger", "claims"), ""), (("verify", "a.txt"), "1")],
)
def test_debug_shows_the_traceback(desk, args, debug):
    process = run_boom(desk, *args, debug=debug)
    assert process.returncode == 2
    assert "Traceback (most recent call last)" in process.stderr
    assert "ZeroDivisionError: boom" in process.stderr


# --- values that would silently switch something off ------------------------------------------


@pytest.mark.parametrize("value", ["", " ", ","])
def test_an_empty_fail_on_is_refused(cli, desk, value):
    line = one_error_line(
        cli("verify", "a.txt", "--ledger", "claims", "--fail-on", value, cwd=desk)
    )
    assert "--fail-on is empty" in line and "none" in line


@pytest.mark.parametrize("value", ["[]", '""', '[""]'])
@pytest.mark.parametrize("config", ["claimcheck.toml", "pyproject.toml"])
def test_an_empty_fail_on_in_the_config_is_refused(cli, desk, value, config):
    table = "[tool.claimcheck]\n" if config == "pyproject.toml" else ""
    (desk / config).write_text(f"{table}fail-on = {value}\n", encoding="utf-8")
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert config in line and "fail-on is empty" in line and '"none"' in line


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["verify", "a.txt", "-o", "a.txt"], "is an article being checked"),
        (["verify", "a.txt", "-f", "json", "-o", "./a.txt"], "is an article being checked"),
        (["extract", "a.txt", "-o", "a.txt"], "is an article being checked"),
        (["verify", "a.txt", "-f", "yaml", "-o", "claims/entries.yaml"], "is in the ledger"),
        (["verify", "a.txt", "-f", "json", "-o", "claims/report.json"], "is in the ledger"),
        (["baseline", "create", "a.txt", "-o", "claims/baseline.json"], "is in the ledger"),
        (
            ["ledger", "export", "--format", "jsonl", "-o", "claims/backup.jsonl"],
            "is in the ledger",
        ),
        (["verify", ".", "-f", "markdown", "-o", "report.md"], "the next run would check it"),
        (["extract", ".", "-o", "out/claims.txt"], "the next run would check it"),
    ],
)
def test_output_never_replaces_an_article_or_lands_in_the_ledger(cli, desk, args, says):
    article = (desk / "a.txt").read_bytes()
    ledger = (desk / "claims" / "entries.yaml").read_bytes()
    result = cli(*args, cwd=desk)
    assert says in one_error_line(result)
    assert (desk / "a.txt").read_bytes() == article
    assert (desk / "claims" / "entries.yaml").read_bytes() == ledger
    assert sorted(p.name for p in (desk / "claims").iterdir()) == ["entries.yaml"]
    # Elsewhere is fine.
    elsewhere = [*args[:-1], "report.out"]
    assert cli(*elsewhere, cwd=desk).code in (0, 1)
    assert (desk / "report.out").stat().st_size > 0


def test_an_empty_verdict_list_for_a_baseline_is_refused(cli, desk):
    line = one_error_line(cli("baseline", "create", "a.txt", "--verdicts", "", cwd=desk))
    assert "--verdicts is empty" in line


@pytest.mark.parametrize("value", ["nan", "inf", "-0.5", "1.5"])
def test_min_score_outside_0_to_1_is_refused(cli, desk, value):
    line = one_error_line(
        cli("verify", "a.txt", "--ledger", "claims", "--min-score", value, cwd=desk)
    )
    assert "--min-score" in line and "from 0 to 1" in line


# --- articles that are not files, or too big ---------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_article_that_is_a_fifo_is_refused_at_once(cli, desk):
    os.mkfifo(desk / "pipe.txt")
    started = time.monotonic()
    line = one_error_line(cli("verify", "pipe.txt", "--ledger", "claims", cwd=desk))
    assert "pipe.txt: not a regular file" in line
    assert time.monotonic() - started < 30


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_article_that_is_a_device_is_refused(cli, desk):
    line = one_error_line(cli("verify", "/dev/zero", "--ledger", "claims", cwd=desk))
    assert "/dev/zero: not a regular file" in line


def test_an_article_over_the_size_limit_is_refused_and_max_size_raises_it(cli, desk):
    (desk / "big.txt").write_bytes(REFUTED.encode() * (11 * 1024 * 1024 // len(REFUTED)))
    line = one_error_line(cli("verify", "big.txt", "--ledger", "claims", cwd=desk))
    assert "big.txt: larger than 10 MB" in line and "--max-size" in line
    small = one_error_line(cli("extract", "a.txt", "--max-size", "0.00001", cwd=desk))
    assert "a.txt: larger than 1e-05 MB" in small
    stdin = one_error_line(cli("extract", "-", "--max-size", "0.00001", stdin=REFUTED * 2))
    assert "<stdin>: larger than" in stdin
    raised = cli("extract", "a.txt", "--max-size", "1", cwd=desk)
    assert raised.code == 0, raised.stderr


def test_max_size_must_be_positive(cli, desk):
    line = one_error_line(cli("extract", "a.txt", "--max-size", "0", cwd=desk))
    assert "--max-size" in line


# --- the ledger's cache is never trusted -------------------------------------------------------


def cache_files(cache: Path) -> list[Path]:
    return [path for path in cache.rglob("*") if path.is_file()]


@pytest.mark.parametrize("damage", ["nested", "fifo", "dev-zero", "garbage"])
def test_a_bad_cache_is_ignored_and_rebuilt(cli, desk, damage):
    environment = {"CLAIMCHECK_CACHE_DIR": str(desk / "cache")}
    args = ("verify", "a.txt", "--ledger", "claims", "-f", "jsonl")
    first = cli(*args, cwd=desk, env=environment)
    assert first.code == 1, first.stderr
    files = cache_files(desk / "cache")
    assert files
    for path in files:
        path.unlink()
        if damage == "nested":
            path.write_bytes(b"claimcheck-cache\n" + b"[" * 100_000 + b"\n" + b"x" * 100)
        elif damage == "fifo":
            os.mkfifo(path)
        elif damage == "dev-zero":
            os.symlink("/dev/zero", path)
        else:
            path.write_bytes(os.urandom(4096))
    again = cli(*args, cwd=desk, env=environment)
    assert (again.code, again.stdout, again.stderr) == (first.code, first.stdout, first.stderr)
    assert all(path.is_file() and not path.is_symlink() for path in cache_files(desk / "cache"))


# --- Word documents -------------------------------------------------------------------------


def entity_bomb_docx(path: Path) -> Path:
    import io
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("Putin visited Minsk in 2019.")
    buffer = io.BytesIO()
    document.save(buffer)
    entities = '<!ENTITY e0 "lol">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)
    )
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w") as out,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                head, rest = data.split(b"?>", 1)
                rest = rest[rest.index(b"<w:document") :]
                doctype = f"<!DOCTYPE w:document [{entities}]>".encode()
                data = head + b"?>" + doctype + rest.replace(b"Putin visited", b"&e9;")
            out.writestr(item, data)
    return path


def test_a_docx_entity_bomb_is_one_line(cli, desk):
    entity_bomb_docx(desk / "bomb.docx")
    line = one_error_line(cli("verify", "bomb.docx", "--ledger", "claims", cwd=desk))
    assert "bomb.docx" in line and "XML" in line


# --- an output file ------------------------------------------------------------------------------


def test_output_file_for_verify_keeps_the_exit_code(cli, desk):
    result = cli(
        "verify", "a.txt", "--ledger", "claims", "-f", "sarif", "-o", "out/r.sarif", cwd=desk
    )
    assert result.code == 1 and result.stdout == ""
    assert '"version": "2.1.0"' in (desk / "out" / "r.sarif").read_text(encoding="utf-8")
    html = cli(
        "verify", "a.txt", "--ledger", "claims", "-f", "html", "--output", "r.html", cwd=desk
    )
    assert html.code == 1 and html.stdout == ""
    assert (desk / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_output_file_for_extract_and_export(cli, desk):
    extracted = cli("extract", "a.txt", "-f", "json", "-o", "claims.json", cwd=desk)
    assert extracted.code == 0 and extracted.stdout == ""
    assert '"claims"' in (desk / "claims.json").read_text(encoding="utf-8")
    exported = cli("ledger", "export", "--format", "jsonl", "-o", "ledger.jsonl", cwd=desk)
    assert exported.code == 0 and exported.stdout == ""
    assert len((desk / "ledger.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_an_output_file_that_cannot_be_written_is_one_line(cli, desk):
    (desk / "taken").mkdir()
    line = one_error_line(cli("extract", "a.txt", "-o", "taken", cwd=desk))
    assert "taken: cannot write" in line


# --- help, completion, start-up ------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_help_names_every_value_plainly(cli, command):
    result = cli(*command.split(), "--help")
    assert result.code == 0, result.stderr
    placeholders = re.findall(r"\{[^}]*\}|<[a-z][a-z ]*>|RANGE", result.stdout)
    assert placeholders == [], placeholders


def test_help_lists_exit_codes_and_the_verdicts_fail_on_takes(cli):
    top = cli("--help").stdout
    assert "Exit codes:" in top and "2  usage, input" in top
    verify = " ".join(cli("verify", "--help").stdout.split())
    assert "Exit codes:" in verify
    assert "supported, refuted, contradicted, disputed, unverified" in verify


def test_shell_completion_completes_commands_and_formats(desk):
    environment = {**os.environ, "_CLAIMCHECK_COMPLETE": "complete_bash", "COMP_CWORD": "1"}
    words = subprocess.run(
        [sys.executable, "-m", "claimcheck"],
        env={**environment, "COMP_WORDS": "claimcheck ve"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert words.stdout.split() == ["verify"]
    formats = subprocess.run(
        [sys.executable, "-m", "claimcheck"],
        env={**environment, "COMP_WORDS": "claimcheck verify --format s", "COMP_CWORD": "3"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert formats.stdout.split() == ["sarif"]
    # Typer guesses the shell from the parent process, which a CI runner need not have; its
    # own switch makes the shell an argument instead, so the test does not depend on the caller.
    script = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--show-completion", "bash"],
        env={**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "_CLAIMCHECK_COMPLETE=complete_bash" in script.stdout


def imported_modules(*args: str) -> set[str]:
    process = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return {line.split("|")[-1].strip() for line in process.stderr.splitlines() if "|" in line}


def test_version_imports_no_typer_and_help_none_of_the_pipeline():
    assert not {name for name in imported_modules("--version") if name.startswith("typer")}
    heavy = {"yaml", "rapidfuzz", "Stemmer", "claimcheck.ledger", "claimcheck.match", "rich"}
    assert not heavy & imported_modules("--help")


# --- the terminal table ----------------------------------------------------------------------


def seed_report(monkeypatch):  # noqa: ANN001, ANN201
    import claimcheck
    from claimcheck.model import Report

    monkeypatch.chdir(ROOT)
    ledger = claimcheck.load_ledger("claims", use_cache=False)
    return Report([claimcheck.check_file("examples/putin-minsk-2022.txt", ledger)])


def test_a_narrow_terminal_gets_one_block_per_claim(monkeypatch):
    from claimcheck.render import render

    report = seed_report(monkeypatch)
    text = re.sub(r"\x1b\[[0-9;]*m", "", render(report, "text", color=True, width=80))
    assert "┃" not in text and "│" not in text  # no table
    assert max(len(line.rstrip()) for line in text.splitlines()) <= 80
    assert len(text.splitlines()) < 6 * len(report.claims)  # a table took 15 lines a claim
    for claim in report.claims:
        assert f"{claim.file}:{claim.line}:{claim.column}  {claim.verdict}" in text


@pytest.mark.parametrize("width", [100, 120, 160, 200])
def test_ledger_ids_are_never_broken(monkeypatch, width):
    from claimcheck.render import render

    report = seed_report(monkeypatch)
    text = re.sub(r"\x1b\[[0-9;]*m", "", render(report, "text", color=True, width=width))
    words = set(re.findall(r"[\w-]+", text))
    for claim in report.claims:
        for entry_id in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+){2,}", claim.reason):
            assert entry_id in words, (width, entry_id)


# --- the HTML report -------------------------------------------------------------------------


def test_html_report_names_ledger_files_relative_to_where_the_run_started(cli, desk):
    (desk / "claimcheck.toml").write_text('ledger = ["claims"]\n', encoding="utf-8")
    (desk / "drafts").mkdir()
    (desk / "drafts" / "a.txt").write_text(REFUTED, encoding="utf-8")
    result = cli("verify", "a.txt", "-f", "html", cwd=desk / "drafts")
    assert result.code == 1, result.stderr
    assert str(desk) not in result.stdout
    assert "../claims/entries.yaml:4" in result.stdout


# --- config globs ------------------------------------------------------------------------------


def test_exclude_patterns_are_relative_to_the_config_file(cli, desk):
    (desk / "claimcheck.toml").write_text(
        'ledger = ["claims"]\nexclude = ["drafts/old/*.md", "drafts/typo/*.md"]\n',
        encoding="utf-8",
    )
    for name in ("drafts/new.md", "drafts/old/stale.md"):
        (desk / name).parent.mkdir(parents=True, exist_ok=True)
        (desk / name).write_text(REFUTED, encoding="utf-8")
    for walked, cwd in (("drafts/", desk), (".", desk / "drafts"), ("drafts", desk)):
        result = cli("extract", walked, "-f", "jsonl", cwd=cwd)
        assert result.code == 0, result.stderr
        assert "new.md" in result.stdout and "stale.md" not in result.stdout, walked
        assert result.stderr.count("warning") == 1
        assert "exclude pattern 'drafts/typo/*.md' matches nothing" in result.stderr


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["ledger", "list"], 0),
        (["ledger", "list", "--format", "json"], 0),
        (["ledger", "show", "merger"], 0),
        (["verify", "right.txt", "--matcher", "lexical"], 0),
        (["verify", "a.txt", "--matcher", "lexical"], 1),  # the gate still fails
    ],
)
def test_a_reader_that_stops_early_leaves_the_exit_status_alone(desk, args, status):
    (desk / "right.txt").write_text(
        "Putin's December 2022 trip to Minsk was his first visit to Belarus since 2019.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "NO_COLOR": "1", "CLAIMCHECK_CACHE_DIR": str(desk / ".cache")}
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", *args, "--ledger", "claims"],
        cwd=desk,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # `| head -0`: gone before the first line
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == status, stderr
    assert "Traceback" not in stderr and "error" not in stderr


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc")
def test_a_ledger_file_that_cannot_be_read_is_named(cli, desk):
    # Reading /proc/self/mem at offset 0 fails with EIO: a file that stats fine and cannot
    # be read, as a failing disk or a network mount gives.
    (desk / "claims" / "broken.yaml").symlink_to("/proc/self/mem")
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert "broken.yaml:1: cannot read file" in line


def test_a_config_file_that_is_not_utf8_is_a_config_error(cli, desk):
    (desk / "claimcheck.toml").write_bytes(b'lang = "\xff"\n')
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert "claimcheck.toml: not UTF-8 text" in line and "bug" not in line
