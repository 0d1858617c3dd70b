"""The claims ledger: loading every format, validation errors with file:line, lint, CLI."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from claimcheck.errors import ClaimcheckError, LedgerError
from claimcheck.ledger import (
    Ledger,
    lint_ledger,
    load_ledger,
    normalize_status,
)
from claimcheck.model import STATUSES
from claimcheck.near_duplicates import near_duplicates

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def entry_yaml(entry_id: str, claim: str, status: str = "true", **fields: str) -> str:
    lines = [f"- id: {entry_id}", f"  claim: {claim}", f"  status: {status}"]
    lines += [f"  {key}: {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def load_error(path: Path) -> LedgerError:
    with pytest.raises(LedgerError) as info:
        load_ledger([path])
    return info.value


# --------------------------------------------------------------------------- shipped ledger


def test_shipped_ledger_loads_with_mixed_statuses() -> None:
    ledger = load_ledger([CLAIMS])
    assert len(ledger.entries) >= 14
    statuses = {entry.status for entry in ledger.entries}
    assert {"true", "false", "misleading", "mostly-true", "half-true"} <= statuses
    assert statuses & {"unproven", "disputed"}
    assert all(entry.sources and entry.checked for entry in ledger.entries)
    assert {entry.lang for entry in ledger.entries} == {"en", "id"}
    assert all(entry.aliases for entry in ledger.entries)


@pytest.mark.parametrize(
    ("entry_id", "status"),
    [
        ("putin-minsk-visit-first-since-2019", "true"),
        ("russia-supplied-iskander-to-belarus", "true"),
        ("russia-supplied-s400-to-belarus", "true"),
        ("russia-plans-to-absorb-belarus", "false"),
        ("ukraine-war-killed-tens-of-thousands", "true"),
        ("ukraine-war-biggest-in-europe-since-ww2", "true"),
        ("belarus-staging-ground-for-invasion", "true"),
        ("belarus-to-join-war-with-ground-troops", "unproven"),
        ("lukashenko-no-intention-to-send-troops", "true"),
        ("russia-belarus-joint-military-exercises", "true"),
        ("putin-wants-belarus-more-active-in-war", "disputed"),
    ],
)
def test_shipped_ledger_covers_the_seed_article(entry_id: str, status: str) -> None:
    entry = load_ledger([CLAIMS]).get(entry_id)
    assert entry is not None
    assert entry.status == status


def test_shipped_ledger_lints_clean_but_for_its_one_stale_entry() -> None:
    problems = lint_ledger([CLAIMS], today=dt.date(2026, 1, 1))
    assert [(p.code, p.severity) for p in problems] == [("stale", "warning")]
    assert "belarus-pilots-trained-for-nuclear-warheads" in problems[0].message
    # Before its review date the shipped ledger is entirely clean.
    assert lint_ledger([CLAIMS], today=dt.date(2023, 1, 1)) == []


# --------------------------------------------------------------------------- formats


def test_yaml_entries_with_lines_dates_lists_and_extra_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.yaml",
        "# leading comment\n"
        "- id: one\n"
        "  claim: Russia supplied Belarus with Iskander missiles.\n"
        "  status: Mostly True\n"
        "  checked: 2022-12-19\n"
        "  review_by: '2027-01-31'\n"
        "  sources: https://example.org/a\n"
        "  aliases: [Rusia memasok rudal Iskander]\n"
        "  editor: Sari\n"
        "\n"
        "-\n"
        "  id: 2022\n"
        "  claim: A claim\n"
        "  status: true\n",
    )
    ledger = load_ledger([path])
    one, two = ledger.entries
    assert (one.file, one.line) == (str(path), 2)
    assert one.status == "mostly-true"
    assert one.checked == dt.date(2022, 12, 19)
    assert one.review_by == dt.date(2027, 1, 31)
    assert one.sources == ["https://example.org/a"]
    assert one.aliases == ["Rusia memasok rudal Iskander"]
    assert one.extra == {"editor": "Sari"}
    assert (two.id, two.line, two.status) == ("2022", 11, "true")  # `-` alone on its line
    assert ledger.get("one") is one
    assert ledger.get("missing") is None
    assert ledger.files == [path]


def test_yml_extension_and_claims_mapping(tmp_path: Path) -> None:
    path = write(tmp_path / "a.yml", "claims:\n  - id: a\n    claim: x\n    status: false\n")
    entry = load_ledger([path]).entries[0]
    assert (entry.id, entry.status, entry.line) == ("a", "false", 2)


def test_json_list_and_claims_object_with_brace_lines(tmp_path: Path) -> None:
    listed = write(
        tmp_path / "a.json",
        '[\n  {"id": "a", "claim": "x", "status": "true"},\n\n'
        '  {\n    "id": "b", "claim": "{not a brace}", "status": "pants_on_fire",\n'
        '    "sources": ["https://e.org"], "score": 3}\n]\n',
    )
    wrapped = write(
        tmp_path / "b.json",
        json.dumps(
            {
                "version": 1,
                "meta": {"claims": [1]},
                "claims": [{"id": "c", "claim": "y", "status": "false"}],
            },
            indent=2,
        ),
    )
    ledger = load_ledger([listed, wrapped])
    a, b, c = ledger.entries
    assert (a.line, b.line) == (2, 4)
    assert b.status == "pants-on-fire"
    assert b.extra == {"score": 3}
    assert c.id == "c" and c.line == 9 and c.file == str(wrapped)


def test_jsonl_one_entry_per_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl",
        '{"id": "a", "claim": "x", "status": "true"}\n\n'
        '{"id": "b", "claim": "y", "status": "half true", "checked": "2022-12-19"}\n',
    )
    a, b = load_ledger([path]).entries
    assert (a.line, b.line) == (1, 3)
    assert b.status == "half-true" and b.checked == dt.date(2022, 12, 19)


def test_csv_header_rows_and_list_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.csv",
        "id,claim,status,aliases,sources,tags,desk\n"
        'a,"Multi\nline claim",misleading,one | two,https://a.org|https://b.org,x|y,world\n'
        "b,Second,no flip,,,,\n",
    )
    a, b = load_ledger([path]).entries
    assert (a.line, b.line) == (2, 4)
    assert a.claim == "Multi\nline claim"
    assert a.aliases == ["one", "two"]
    assert a.sources == ["https://a.org", "https://b.org"]
    assert a.tags == ["x", "y"]
    assert a.extra == {"desk": "world"}
    assert b.status == "no-flip" and b.aliases == [] and b.extra == {}


def test_directory_is_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.yaml", entry_yaml("b", "B"))
    write(tmp_path / "a" / "z.jsonl", '{"id": "a", "claim": "A", "status": "true"}\n')
    write(tmp_path / "README.md", "not a ledger file")
    write(tmp_path / ".hidden" / "c.yaml", entry_yaml("c", "C"))
    ledger = load_ledger([tmp_path])
    assert [entry.id for entry in ledger.entries] == ["a", "b"]


def test_several_paths_merge_and_a_file_given_twice_loads_once(tmp_path: Path) -> None:
    first = write(tmp_path / "one" / "a.yaml", entry_yaml("a", "A"))
    write(tmp_path / "two" / "b.yaml", entry_yaml("b", "B"))
    ledger = load_ledger([tmp_path / "one", str(tmp_path / "two"), first])
    assert [entry.id for entry in ledger.entries] == ["a", "b"]
    assert isinstance(load_ledger(first), Ledger)  # one path, not in a list


def test_status_normalisation() -> None:
    assert normalize_status("Mostly True") == "mostly-true"
    assert normalize_status("pants on fire") == "pants-on-fire"
    assert normalize_status("HALF_TRUE") == "half-true"
    assert normalize_status(" full-flop ") == "full-flop"
    assert normalize_status(True) == "true"
    assert normalize_status("mostly") is None
    assert normalize_status("verified") is None
    assert all(normalize_status(status) == status for status in STATUSES)


# --------------------------------------------------------------------------- load errors


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", entry_yaml("a", "A") + "- id: b\n  claim: [unclosed\n")
    error = load_error(path)
    assert error.location == f"{path}:6"
    assert "YAML syntax error" in str(error) and f"{path}:6" in str(error)


def test_missing_required_field(tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", entry_yaml("a", "A") + "- id: b\n  status: true\n")
    error = load_error(path)
    assert error.location == f"{path}:4"
    assert "missing required field 'claim'" in str(error)
    assert str(error).startswith(f"{path}:4: ")


def test_duplicate_id_names_both_places(tmp_path: Path) -> None:
    first = write(tmp_path / "a.yaml", "\n" + entry_yaml("x", "A"))
    second = write(tmp_path / "b.yaml", entry_yaml("y", "B") + entry_yaml("x", "C"))
    error = load_error(tmp_path)
    assert error.location == f"{second}:4"
    assert f"duplicate id 'x' (first at {first}:2)" in str(error)


def test_unknown_status_lists_the_allowed_ones(tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", entry_yaml("a", "A", status="verified"))
    error = load_error(path)
    assert error.location == f"{path}:1"
    assert "unknown status 'verified'" in error.message
    assert "mostly-true" in error.message and "pants-on-fire" in error.message


@pytest.mark.parametrize(
    "value", ["2022-13-01", "19/12/2022", "'2022-12-1'", "yesterday", "[2022]"]
)
def test_bad_date(tmp_path: Path, value: str) -> None:
    path = write(tmp_path / "a.yaml", entry_yaml("a", "A") + entry_yaml("b", "B", checked=value))
    error = load_error(path)
    assert error.location == f"{path}:4"
    assert "field 'checked' is not a date in YYYY-MM-DD form" in error.message


def test_bad_date_in_json(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl",
        '{"id": "a", "claim": "x", "status": "true", "review_by": "2022-02-30"}\n',
    )
    assert load_error(path).location == f"{path}:1"


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("a.yaml", "id: a\nclaim: x\nstatus: true\n", 1),
        ("a.json", '\n{"id": "a"}', 2),
        ("a.yaml", "just text\n", 1),
    ],
)
def test_non_list_top_level(tmp_path: Path, name: str, text: str, line: int) -> None:
    path = write(tmp_path / name, text)
    error = load_error(path)
    assert error.location == f"{path}:{line}"
    assert "top level must be a list of entries" in error.message


def test_entry_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", entry_yaml("a", "A") + "- just a string\n")
    error = load_error(path)
    assert error.location == f"{path}:4"
    assert "entry must be a mapping" in error.message


def test_json_and_jsonl_syntax_errors(tmp_path: Path) -> None:
    broken = write(tmp_path / "a.json", '[\n  {"id": "a",\n  }\n]')
    assert load_error(broken).location == f"{broken}:3"
    lines = write(tmp_path / "b.jsonl", '{"id": "a", "claim": "x", "status": "true"}\n{oops\n')
    assert load_error(lines).location == f"{lines}:2"


def test_csv_row_with_too_many_cells(tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "id,claim,status\na,x,true\nb,y,true,extra\n")
    error = load_error(path)
    assert error.location == f"{path}:3"


def test_empty_ledger(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", "# nothing yet\n")
    write(tmp_path / "b.json", "[]")
    error = load_error(tmp_path)
    assert "no ledger entries found" in error.message and str(tmp_path) in str(error)
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    assert "no ledger entries found" in load_error(empty_dir).message


def test_missing_ledger_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    error = load_error(missing)
    assert error.location == str(missing)
    assert str(error) == f"{missing}: ledger path not found"
    with pytest.raises(LedgerError):
        lint_ledger([missing])


def test_unsupported_file_given_directly(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "hello")
    assert "unsupported ledger file type" in load_error(path).message


def test_python_object_tag_is_rejected_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = write(
        tmp_path / "a.yaml",
        entry_yaml("a", "A")
        + "- id: b\n"
        + "  claim: !!python/object/apply:os.system\n"
        + f"    - touch {marker}\n"
        + "  status: true\n",
    )
    error = load_error(path)
    assert error.location == f"{path}:5"
    assert "python/object" in error.message
    assert not marker.exists()
    problems = lint_ledger([path])
    assert [(p.code, p.location) for p in problems] == [("unsafe-tag", f"{path}:5")]


def test_ledger_errors_are_claimcheck_errors(tmp_path: Path) -> None:
    with pytest.raises(ClaimcheckError):
        load_ledger([tmp_path / "nope"])


# --------------------------------------------------------------------------- fingerprint


# --------------------------------------------------------------------------- lint


def test_lint_collects_every_problem_with_locations(tmp_path: Path) -> None:
    a = write(
        tmp_path / "a.yaml",
        entry_yaml("a", "A claim", sources="https://e.org")
        + entry_yaml("b", "B claim", status="verified", checked="2022-99-01", sources="x")
        + "- id: c\n  status: true\n  sources: x\n",
    )
    b = write(tmp_path / "b.yaml", entry_yaml("a", "Another", sources="x"))
    broken = write(tmp_path / "c.yaml", "- id: [\n")
    problems = lint_ledger([tmp_path])
    found = {(p.location, p.code) for p in problems}
    assert found == {
        (f"{a}:5", "unknown-status"),
        (f"{a}:5", "bad-date"),
        (f"{a}:10", "missing-field"),
        (f"{b}:1", "duplicate-id"),
        (f"{broken}:2", "syntax"),
    }
    assert all(p.severity == "error" for p in problems)
    duplicate = next(p for p in problems if p.code == "duplicate-id")
    assert f"first at {a}:1" in duplicate.message
    assert [p.location for p in problems] == sorted(
        (p.location for p in problems),
        key=lambda loc: (loc.rsplit(":", 1)[0], int(loc.rsplit(":", 1)[1])),
    )
    assert str(problems[0]).startswith(f"{a}:5: error ")


def test_lint_near_duplicates_contradictions_stale_and_sources(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.yaml",
        entry_yaml("iskander", "Russia supplied Belarus with Iskander missiles.", sources="x")
        + entry_yaml(
            "iskander-2", "Russia has supplied Belarus with Iskander missiles", sources="x"
        )
        + entry_yaml("merger", "Russia plans to merge with Belarus.", status="false", sources="x")
        + entry_yaml(
            "merger-2",
            "Russia is planning to merge with Belarus",
            status="mostly-true",
            sources="x",
        )
        + entry_yaml("s400", "Russia supplied Belarus with S-400 air defence systems", sources="x")
        + entry_yaml("old", "An old claim", review_by="2023-01-01", sources="x")
        + entry_yaml("bare", "A claim without sources"),
    )
    problems = lint_ledger([path], today=dt.date(2024, 1, 1))
    found = {(p.location, p.code, p.severity) for p in problems}
    assert found == {
        (f"{path}:5", "near-duplicate", "warning"),
        (f"{path}:13", "contradiction", "error"),
        (f"{path}:21", "stale", "warning"),
        (f"{path}:26", "no-sources", "warning"),
    }
    near = next(p for p in problems if p.code == "near-duplicate")
    assert "'iskander-2' looks like 'iskander'" in near.message and f"{path}:1" in near.message
    contradiction = next(p for p in problems if p.code == "contradiction")
    assert "'merger'" in contradiction.message and f"{path}:9" in contradiction.message


def test_lint_warns_of_a_language_claimcheck_does_not_read(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.yaml",
        "- id: fr\n  claim: La Russie a livré des missiles.\n  status: true\n  lang: fr\n"
        "  sources: [x]\n- id: en\n  claim: Russia delivered missiles.\n  status: true\n"
        "  lang: EN\n  sources: [x]\n",
    )
    problems = lint_ledger([path])
    assert [(p.location, p.code, p.severity) for p in problems] == [
        (f"{path}:1", "unknown-lang", "warning")
    ]
    assert "lang 'fr'" in problems[0].message and "(id, en)" in problems[0].message


def test_a_claim_and_its_negation_rated_oppositely_do_not_contradict(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.yaml",
        entry_yaml(
            "a", "Russia plans to absorb Belarus into one state", status="false", sources="x"
        )
        + entry_yaml("b", "Russia does not plan to absorb Belarus into one state", sources="x"),
    )
    assert "contradiction" not in {p.code for p in lint_ledger([path])}


def test_near_duplicates_via_an_alias_but_not_across_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.yaml",
        entry_yaml("en", "Russia supplied Iskander missiles to Belarus", sources="x")
        + "- id: id\n  claim: Rusia memasok rudal Iskander ke Belarusia\n  status: true\n"
        + "  sources: x\n  aliases: [Russia supplied Iskander missiles to Belarus.]\n"
        + entry_yaml("n1", "The war has killed 10000 people in Ukraine", sources="x")
        + entry_yaml(
            "n2", "The war has killed 100000 people in Ukraine", status="false", sources="x"
        ),
    )
    pairs = {(a.id, b.id) for a, b, _ in near_duplicates(load_ledger([path]).entries)}
    assert pairs == {("en", "id")}


def test_lint_and_near_duplicates_scale_to_ten_thousand_entries(tmp_path: Path) -> None:
    entries = [
        {
            "id": f"e{i}",
            "claim": f"Claim number {i} about topic{i % 500} and subject{i % 777} with word{i}",
            "status": "true",
            "sources": ["https://e.org"],
        }
        for i in range(10_000)
    ]
    path = write(tmp_path / "big.json", json.dumps(entries))
    start = time.perf_counter()
    ledger = load_ledger([path])
    near = near_duplicates(ledger.entries)
    elapsed = time.perf_counter() - start
    assert len(ledger.entries) == 10_000
    assert near == []  # the numbers differ: no two are the same claim
    assert elapsed < 10  # generous: shared CI machines; typically well under a second


# --------------------------------------------------------------------------- CLI


@pytest.fixture()
def cli() -> typer.Typer:
    from claimcheck.cli_ledger import ledger_app

    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """claimcheck"""

    app.add_typer(ledger_app, name="ledger")
    return app


def run(app: typer.Typer, *args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(app, list(args))


def test_cli_lint_clean_ledger_exits_0(cli: typer.Typer, tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", entry_yaml("a", "A", sources="https://e.org"))
    result = run(cli, "ledger", "lint", "--ledger", str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_cli_lint_reports_problems_and_exits_1(cli: typer.Typer, tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", entry_yaml("a", "A", status="bogus") + entry_yaml("b", "B"))
    result = run(cli, "ledger", "lint", "--ledger", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:1: error unknown-status entry 'a': unknown status 'bogus'")
    assert lines[1] == f"{path}:4: warning no-sources entry 'b' has no sources"


def test_cli_lint_json_and_ignore(cli: typer.Typer, tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", entry_yaml("a", "A"))
    result = run(cli, "ledger", "lint", "--ledger", str(path), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["problems"] == [
        {
            "location": f"{path}:1",
            "severity": "warning",
            "code": "no-sources",
            "message": "entry 'a' has no sources",
        }
    ]
    assert data["summary"] == {"problems": 1, "errors": 0, "warnings": 1}
    ignored = run(cli, "ledger", "lint", "--ledger", str(path), "--ignore", "no-sources")
    assert ignored.exit_code == 0


def test_cli_lint_repeatable_ledger_finds_cross_file_duplicates(
    cli: typer.Typer, tmp_path: Path
) -> None:
    a = write(tmp_path / "a.yaml", entry_yaml("x", "A", sources="s"))
    b = write(
        tmp_path / "other" / "b.jsonl",
        '{"id": "x", "claim": "B", "status": "true", "sources": "s"}\n',
    )
    result = run(cli, "ledger", "lint", "--ledger", str(a), "--ledger", str(b))
    assert result.exit_code == 1
    assert f"{b}:1: error duplicate-id duplicate id 'x' (first at {a}:1)" in result.stdout


def test_cli_missing_ledger_is_one_line_on_stderr_exit_2(cli: typer.Typer, tmp_path: Path) -> None:
    for command in ("lint", "list"):
        result = run(cli, "ledger", command, "--ledger", str(tmp_path / "nope"))
        assert result.exit_code == 2
        assert result.stderr.strip().splitlines() == [
            f"claimcheck: error: {tmp_path / 'nope'}: ledger path not found"
        ]
        assert result.stdout == ""


def test_cli_defaults_to_claims_directory(
    cli: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = run(cli, "ledger", "lint", "--today", "2023-01-01")
    assert result.exit_code == 0, result.output
    stale = run(cli, "ledger", "list", "--stale", "--today", "2026-01-01")
    assert stale.exit_code == 0
    assert stale.stdout.split()[0] == "belarus-pilots-trained-for-nuclear-warheads"


def test_cli_list_filters_and_json(cli: typer.Typer, tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.yaml",
        entry_yaml("a", "A", tags="[war, belarus]", lang="en")
        + entry_yaml("b", "B", status="Mostly False", tags="[war]", lang="id")
        + entry_yaml("c", "C", status="false", review_by="2020-01-01"),
    )
    ids = lambda result: [line.split()[0] for line in result.stdout.splitlines()]  # noqa: E731
    assert ids(run(cli, "ledger", "list", "--ledger", str(path))) == ["a", "b", "c"]
    assert ids(run(cli, "ledger", "list", "--ledger", str(path), "--tag", "war")) == ["a", "b"]
    assert ids(
        run(cli, "ledger", "list", "--ledger", str(path), "--tag", "war", "--tag", "belarus")
    ) == ["a"]
    statuses = run(
        cli,
        "ledger",
        "list",
        "--ledger",
        str(path),
        "--status",
        "mostly false",
        "--status",
        "false",
    )
    assert ids(statuses) == ["b", "c"]
    assert ids(run(cli, "ledger", "list", "--ledger", str(path), "--stale")) == ["c"]
    assert ids(run(cli, "ledger", "list", "--ledger", str(path), "--lang", "id")) == ["b"]
    data = json.loads(run(cli, "ledger", "list", "--ledger", str(path), "--format", "json").stdout)
    assert [item["id"] for item in data] == ["a", "b", "c"]
    assert data[2]["review_by"] == "2020-01-01" and data[2]["line"] == 11
    bad = run(cli, "ledger", "list", "--ledger", str(path), "--status", "nope")
    assert bad.exit_code == 2 and "unknown status 'nope'" in bad.stderr


def test_cli_show(cli: typer.Typer, tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.yaml",
        entry_yaml(
            "putin-visit", "Putin visited Minsk", aliases="[Putin mengunjungi Minsk]", desk="world"
        ),
    )
    result = run(cli, "ledger", "show", "putin-visit", "--ledger", str(path))
    assert result.exit_code == 0
    assert result.stdout.startswith(f"putin-visit  ({path}:1)")
    assert "Putin mengunjungi Minsk" in result.stdout and "desk: world" in result.stdout
    data = json.loads(
        run(cli, "ledger", "show", "putin-visit", "--ledger", str(path), "--format", "json").stdout
    )
    assert data["aliases"] == ["Putin mengunjungi Minsk"] and data["extra"] == {"desk": "world"}
    missing = run(cli, "ledger", "show", "putin-vist", "--ledger", str(path))
    assert missing.exit_code == 2
    assert "no ledger entry with id 'putin-vist'; did you mean 'putin-visit'?" in missing.stderr
