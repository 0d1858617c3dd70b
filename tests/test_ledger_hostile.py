"""Ledger files built to break a loader: each is one line on stderr and exit 2, fast.

A ledger can be a file someone sent. Whatever it holds, ``verify`` and ``search`` stop with
one line naming ``file:line`` (exit 2: 1 would say the gate failed), and ``ledger lint``
reports it as a problem; none of them crashes, hangs or eats the memory.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.conftest import one_error_line

ARTICLE = "Putin visited Minsk in 2019.\n"


@pytest.fixture
def desk(desk: Path) -> Path:
    """The newsroom folder, with an article to check, a.txt."""
    (desk / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return desk


def entry(value_line: str) -> str:
    return f"- id: bad\n  claim: A claim.\n  status: true\n  {value_line}\n"


@pytest.mark.parametrize(
    "value",
    [
        "n: !!int abc",
        'n: !!int ""',
        "n: !!float x",
        'n: !!timestamp ""',
        "n: !!timestamp 2024-13-45",
        "n: !!bool maybe",
        "n: " + "9" * 5000,  # Python refuses to read integers of over 4,300 digits
    ],
)
def test_yaml_values_that_do_not_fit_their_tag(cli, desk, value):
    (desk / "claims" / "bad.yaml").write_text(entry(value), encoding="utf-8")
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert "bad.yaml:4" in line


def test_an_endless_integer_in_json_lines(cli, desk):
    (desk / "claims" / "big.jsonl").write_text(
        '{"id": "n", "claim": "A claim.", "status": "true", "n": ' + "9" * 5000 + "}\n",
        encoding="utf-8",
    )
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert "big.jsonl:1" in line and "digits" in line


@pytest.mark.parametrize("command", ["verify", "search", "lint"])
def test_deeply_nested_json(cli, desk, command):
    (desk / "claims" / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    args = {
        "verify": ("verify", "a.txt", "--ledger", "claims"),
        "search": ("search", "Minsk", "--ledger", "claims"),
        "lint": ("ledger", "lint", "--ledger", "claims"),
    }[command]
    result = cli(*args, cwd=desk)
    if command == "lint":  # lint reports the problem, and exits 1 for "problems found"
        assert result.code == 1 and "Traceback" not in result.stderr
        assert "deep.json:1: error" in result.stdout
    else:
        assert "deep.json" in one_error_line(result)


def test_json_nested_within_the_parser_limit_but_past_the_ledger_limit(cli, desk):
    (desk / "claims" / "deep.json").write_text(
        '[{"id": "d", "claim": "A claim.", "status": "true", "x": ' + "[" * 500 + "]" * 500 + "}]",
        encoding="utf-8",
    )
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert "nested more than" in line


def test_yaml_alias_bomb_is_refused_at_once(cli, desk):
    bomb = ['a0: &a0 ["lol"]']
    bomb += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    bomb += ["- id: x"]  # never reached
    (desk / "claims" / "lol.yaml").write_text("\n".join(bomb[:-1]) + "\n", encoding="utf-8")
    assert len((desk / "claims" / "lol.yaml").read_bytes()) < 1000
    started = time.monotonic()
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert time.monotonic() - started < 10  # a process start included; the load is instant
    assert "lol.yaml" in line and "aliases" in line


def test_yaml_recursive_alias(cli, desk):
    (desk / "claims" / "loop.yaml").write_text("- &a [*a]\n", encoding="utf-8")
    assert "loop.yaml" in one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[{"id": NaN, "claim": "A claim.", "status": "true"}]', "NaN"),
        ('[{"id": "inf", "claim": Infinity, "status": "true"}]', "Infinity"),
        ('[{"id": "neg", "claim": -Infinity, "status": "true"}]', "-Infinity"),
    ],
)
def test_json_nan_and_infinity_are_refused(cli, desk, content, expected):
    (desk / "claims" / "nan.json").write_text(content, encoding="utf-8")
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert "nan.json" in line and expected in line


def test_yaml_nan_is_not_an_id(cli, desk):
    (desk / "claims" / "nan.yaml").write_text(
        "- id: .nan\n  claim: .inf\n  status: true\n", encoding="utf-8"
    )
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert "nan.yaml:1" in line and "must be text" in line


def test_ledger_import_refuses_nan_and_deep_nesting(cli, desk):
    (desk / "nan.json").write_text('[{"claimReviewed": NaN}]', encoding="utf-8")
    assert "NaN" in one_error_line(cli("ledger", "import", "nan.json", cwd=desk))
    (desk / "inf.json").write_text(
        '[{"claimReviewed": "A claim.", "reviewRating": {"ratingValue": 1e999}}]',
        encoding="utf-8",
    )
    assert "1e999 is too large" in one_error_line(cli("ledger", "import", "inf.json", cwd=desk))
    (desk / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    assert "deep.json" in one_error_line(cli("ledger", "import", "deep.json", cwd=desk))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_lint_reports_symlink_loops_and_broken_links(cli, desk):
    os.symlink("loop.yaml", desk / "claims" / "loop.yaml")
    os.symlink("nowhere.yaml", desk / "claims" / "gone.yaml")
    result = cli("ledger", "lint", "--ledger", "claims", "--ignore", "no-sources", cwd=desk)
    assert result.code == 1, (result.stdout, result.stderr)
    assert "claims/loop.yaml:1: error symlink-loop" in result.stdout
    assert "claims/gone.yaml:1: error broken-link" in result.stdout
    # loading skips them, as before: verify still runs on the rest
    assert cli("verify", "a.txt", "--ledger", "claims", cwd=desk).code == 0


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        (
            "merge.yaml",
            "- id: iskander\n  claim: Russia supplied Iskander missiles to Belarus.\n"
            "  status: true\n  status: false\n",
            "merge.yaml:4",
        ),
        (
            "merge.json",
            '[{"id": "iskander", "claim": "Russia supplied Iskander missiles to Belarus.",\n'
            '  "status": "true", "status": "false"}]\n',
            "merge.json:",
        ),
        (
            "merge.jsonl",
            '{"id": "iskander", "claim": "Russia supplied Iskander missiles.", "status": "true",'
            ' "status": "false"}\n',
            "merge.jsonl:1",
        ),
        ("merge.csv", "id,claim,status,status\na,Russia supplied Iskanders.,true,false\n", ":1"),
    ],
)
@pytest.mark.parametrize("command", ["verify", "lint"])
def test_a_repeated_key_is_an_error_not_a_silent_last_wins(
    cli, desk, command, name, content, where
):
    # A merge that leaves "status: true" and "status: false" in one entry would otherwise
    # flip the rating with no word from any command.
    (desk / "claims" / name).write_text(content, encoding="utf-8")
    args = ["verify", "a.txt"] if command == "verify" else ["ledger", "lint"]
    result = cli(*args, "--ledger", "claims", cwd=desk)
    if command == "lint":
        assert result.code == 1, (result.stdout, result.stderr)
        text = result.stdout + result.stderr
    else:
        text = one_error_line(result)
    assert where in text and "status" in text and ("duplicate" in text or "twice" in text)


def test_an_unterminated_quote_in_a_csv_ledger_is_named_at_its_row(cli, desk):
    # Not "missing required field 'status'" for a row that swallowed the rest of the file.
    (desk / "claims" / "sheet.csv").write_text(
        'id,claim,status\na,"Unterminated claim,true\nb,Other claim,true\n', encoding="utf-8"
    )
    line = one_error_line(cli("verify", "a.txt", "--ledger", "claims", cwd=desk))
    assert "sheet.csv:2" in line and "CSV syntax error" in line
