"""Ledger upkeep: `ledger add`, `import`, `export`, appends that keep the file, ClaimReview
ratings both ways, round trips, and draft entries from `extract --format yaml`."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from claimcheck import cli_ledger, cli_ledger_write
from claimcheck.claimreview import (
    rating_for_status,
    read_claimreview,
    status_for_rating,
    to_claimreview,
)
from claimcheck.errors import LedgerError
from claimcheck.ledger import entry_record, load_ledger
from claimcheck.ledger_write import append_entries, detect_style, slugify
from claimcheck.model import STATUSES

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims"
SEED = ROOT / "examples" / "putin-minsk-2022.txt"
TODAY = dt.date.today().isoformat()

HAND_WRITTEN = (
    "# Economy claims, edited by hand.\n"
    "\n"
    "- id: inflation-2022   # the BPS figure\n"
    "  claim: Inflasi tahunan Indonesia pada Desember 2022 mencapai 5,51 persen.\n"
    "  status: true\n"
    "  lang: id\n"
    "  sources:\n"
    "    - https://www.bps.go.id/a.html\n"
    "  tags: [indonesia, economy]\n"
    "\n"
    "# a comment between entries\n"
    "- id: sanctions-crippled-belarus\n"
    "  claim: Western sanctions have crippled the Belarusian economy.\n"
    "  status: half-true\n"
    "  tags: [belarus, economy, sanctions]\n"
    "  editor: Sari\n"
    "\n"
    "# trailing comment\n"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """claimcheck"""

    app.add_typer(cli_ledger.ledger_app, name="ledger")
    return app


def run(app: typer.Typer, *args: str, input: str | None = None):  # noqa: ANN201, A002
    return CliRunner().invoke(app, ["ledger", *args], input=input)


def ledger_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "claims"
    write(directory / "economy.yaml", HAND_WRITTEN)
    write(
        directory / "war.yaml",
        "- id: war-biggest-in-europe\n"
        "  claim: The war in Ukraine is the biggest in Europe since 1945.\n"
        "  status: true\n"
        "  tags: [ukraine, war]\n",
    )
    return directory


def comparable(entries) -> list[dict]:  # noqa: ANN001
    return [entry_record(entry) for entry in entries]


# --------------------------------------------------------------------------- ledger add


def test_add_appends_to_the_file_sharing_most_tags_and_keeps_every_byte(
    cli: typer.Typer, tmp_path: Path
) -> None:
    claims = ledger_dir(tmp_path)
    before = (claims / "economy.yaml").read_bytes()
    result = run(
        cli,
        "add",
        "--ledger", str(claims),
        "--claim", "Belarus's GDP fell by 4.7% in 2022.",
        "--status", "Mostly True",
        "--source", "https://www.worldbank.org/en/country/belarus",
        "--alias", "PDB Belarusia turun 4,7 persen pada 2022.",
        "--tag", "belarus", "--tag", "economy",
        "--review-by", "2027-06-30",
        "--notes", "World Bank: -4.7%; note: IMF says -4.8%",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    after = (claims / "economy.yaml").read_bytes()
    assert after.startswith(before)  # nothing the editors wrote moved or changed
    assert after[len(before) :].decode() == (
        "\n"
        "- id: belaruss-gdp-fell-by-4-7-in-2022\n"
        "  claim: Belarus's GDP fell by 4.7% in 2022.\n"
        "  status: mostly-true\n"
        "  lang: en\n"
        "  aliases:\n"
        "    - PDB Belarusia turun 4,7 persen pada 2022.\n"
        "  sources:\n"
        "    - https://www.worldbank.org/en/country/belarus\n"
        f"  checked: {TODAY}\n"
        "  review_by: 2027-06-30\n"
        "  notes: 'World Bank: -4.7%; note: IMF says -4.8%'\n"
        "  tags: [belarus, economy]\n"
    )
    entry = load_ledger([claims]).get("belaruss-gdp-fell-by-4-7-in-2022")
    assert entry is not None and entry.status == "mostly-true"
    assert entry.notes == "World Bank: -4.7%; note: IMF says -4.8%"
    assert f"added 'belaruss-gdp-fell-by-4-7-in-2022' to {claims / 'economy.yaml'}:" in (
        result.stdout
    )


def test_add_without_shared_tags_creates_a_file_for_the_first_tag_or_claims_yaml(
    cli: typer.Typer, tmp_path: Path
) -> None:
    claims = ledger_dir(tmp_path)
    tagged = run(
        cli, "add", "--ledger", str(claims), "--claim", "Potash prices doubled in 2021.",
        "--status", "true", "--tag", "Potash Market", "--id", "potash-doubled",
    )  # fmt: skip
    assert tagged.exit_code == 0, tagged.output
    assert (claims / "potash-market.yaml").read_text().startswith("- id: potash-doubled\n")
    untagged = run(
        cli, "add", "--ledger", str(claims), "--claim", "Minsk has two million people.",
        "--status", "false", "--checked", "2024-02-01", "--lang", "EN",
    )  # fmt: skip
    assert untagged.exit_code == 0, untagged.output
    assert (claims / "claims.yaml").read_text() == (
        "- id: minsk-has-two-million-people\n"
        "  claim: Minsk has two million people.\n"
        "  status: false\n"
        "  lang: en\n"
        "  checked: 2024-02-01\n"
    )
    assert len(load_ledger([claims])) == 5


def test_add_makes_the_slug_id_unique_and_honours_file(cli: typer.Typer, tmp_path: Path) -> None:
    claims = ledger_dir(tmp_path)
    claim = "The war in Ukraine is the biggest in Europe since 1945."
    write(claims / "dup.yaml", f"- id: {slugify(claim)}\n  claim: Other.\n  status: true\n")
    result = run(
        cli, "add", "--ledger", str(claims), "--claim", claim, "--status", "true",
        "--file", "war.yaml", "--tag", "economy", "--force",  # war.yaml has the claim already
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    entry = load_ledger([claims]).get(f"{slugify(claim)}-2")
    assert entry is not None and Path(entry.file) == claims / "war.yaml"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id", "inflation-2022"], "an entry with id 'inflation-2022' already exists at"),
        (["--id", "war-biggest-in-europe"], "already exists at"),  # in another file
        (["--status", "sorta"], "unknown status 'sorta'"),
        (["--review-by", "30/06/2027"], "--review-by must be a date in YYYY-MM-DD form"),
        (["--file", "economy.json"], "--file must be a .yaml or .yml file"),
        (["--lang", "fr"], "unknown language 'fr' for --lang (claimcheck reads id, en)"),
    ],
)
def test_add_refuses_bad_input_and_leaves_the_ledger_byte_identical(
    cli: typer.Typer, tmp_path: Path, args: list[str], message: str
) -> None:
    claims = ledger_dir(tmp_path)
    before = {p: p.read_bytes() for p in claims.iterdir()}
    defaults = {"--claim": "Some new claim.", "--status": "true", "--tag": "economy"}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        defaults[flag] = value
    flat = [part for pair in defaults.items() for part in pair]
    result = run(cli, "add", "--ledger", str(claims), *flat)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert {p: p.read_bytes() for p in claims.iterdir()} == before


def test_add_without_a_terminal_and_a_missing_field_is_one_line_exit_2(
    cli: typer.Typer, tmp_path: Path
) -> None:
    claims = ledger_dir(tmp_path)
    result = run(cli, "add", "--ledger", str(claims), "--claim", "A claim.")
    assert result.exit_code == 2
    assert result.stderr == "claimcheck: error: --status required (no terminal to ask on)\n"


def test_add_prompts_on_a_terminal_and_asks_again_for_a_bad_status(
    cli: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = ledger_dir(tmp_path)
    monkeypatch.setattr(cli_ledger_write, "_is_terminal", lambda: True)
    result = run(
        cli, "add", "--ledger", str(claims), "--tag", "war",
        input="Belarus sent troops to Ukraine.\nkinda\nPants on Fire\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "unknown status 'kinda'" in result.output
    assert result.output.count("Status") == 2
    entry = load_ledger([claims]).get("belarus-sent-troops-to-ukraine")
    assert entry is not None and entry.status == "pants-on-fire"
    assert Path(entry.file) == claims / "war.yaml"


def test_add_dry_run_writes_nothing(cli: typer.Typer, tmp_path: Path) -> None:
    claims = ledger_dir(tmp_path)
    result = run(
        cli, "add", "--ledger", str(claims), "--claim", "X.", "--status", "no", "--dry-run"
    )
    assert result.exit_code == 2  # "no" is not a status
    result = run(
        cli, "add", "--ledger", str(claims), "--claim", "X y.", "--status", "false", "--dry-run"
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("- id: x-y\n  claim: X y.\n  status: false\n")
    assert not (claims / "claims.yaml").exists()


# --------------------------------------------------------------------------- appending


def test_append_follows_the_files_indentation_line_ends_and_missing_final_newline(
    tmp_path: Path,
) -> None:
    wrapped = write(
        tmp_path / "a.yaml",
        "version: 1\r\nclaims:\r\n    -   id: a\r\n        claim: A.\r\n        status: true\r\n"
        "        tags: [x]",
    )
    before = wrapped.read_bytes()
    style = detect_style(before.decode())
    assert (style.dash, style.field, style.newline) == ("    ", "        ", "\r\n")
    append_entries(wrapped, [{"id": "b", "claim": "B.", "status": "false", "tags": ["x", "y z"]}])
    after = wrapped.read_bytes()
    assert after.startswith(before)
    assert after[len(before) :] == (
        b"\r\n\r\n    -   id: b\r\n        claim: B.\r\n        status: false\r\n"
        b"        tags:\r\n          - x\r\n          - y z\r\n"
    )
    assert [e.id for e in load_ledger([wrapped])] == ["a", "b"]


def test_append_keeps_a_file_without_blank_lines_compact(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.yaml",
        "-\n  id: a\n  claim: A.\n  status: true\n-\n  id: b\n  claim: B.\n  status: true\n",
    )
    append_entries(path, [{"id": "c", "claim": "C.", "status": "true"}])
    assert path.read_text().endswith("  status: true\n- id: c\n  claim: C.\n  status: true\n")


def test_append_refuses_a_file_it_cannot_extend_and_leaves_it_untouched(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.yaml",
        "claims:\n  - id: a\n    claim: A.\n    status: true\nversion: 2  # after the list\n",
    )
    before = path.read_bytes()
    with pytest.raises(LedgerError, match="left unchanged: add the entry by hand"):
        append_entries(path, [{"id": "b", "claim": "B.", "status": "true"}])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]  # no temporary file left


def test_append_refuses_a_broken_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", "- id: a\n  claim: [unclosed\n")
    before = path.read_bytes()
    with pytest.raises(LedgerError, match="YAML syntax error"):
        append_entries(path, [{"id": "b", "claim": "B.", "status": "true"}])
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "text",
    [
        "yes", "no", "true", "null", "~", "1.5", "0x1F", "2024-01-01", "a: b", "a #b", "# x",
        "- x", "[x]", "{a}", "'quoted'", '"double"', "@handle", "%d", "*star", "&anchor",
        "!tag", "|pipe", ">fold", "multi\nline", "tab\there", "émoji ✓ Rusia", "x: 'y' \"z\"",
    ],
)  # fmt: skip
def test_scalars_that_need_quoting_read_back_exactly(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "a.yaml", "- id: a\n  claim: A.\n  status: true\n")
    (entry,) = append_entries(
        path, [{"id": "b", "claim": text, "status": "true", "notes": text, "aliases": [text]}]
    )
    assert (entry.claim, entry.notes, entry.aliases) == (text, text, [text])
    assert load_ledger([path]).get("b").claim == text


def test_new_file_permissions_follow_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    append_entries(path, [{"id": "a", "claim": "A.", "status": "true"}])
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
    path.chmod(0o640)
    append_entries(path, [{"id": "b", "claim": "B.", "status": "true"}])
    assert path.stat().st_mode & 0o777 == 0o640


# --------------------------------------------------------------------------- ratings


@pytest.mark.parametrize(
    ("rating", "status"),
    [
        ("True", "true"),
        ("Mostly True", "mostly-true"),
        ("Half True", "half-true"),
        ("Half-True", "half-true"),
        ("Misleading", "misleading"),
        ("Mostly False", "mostly-false"),
        ("FALSE", "false"),
        ("Pants on Fire!", "pants-on-fire"),
        ("Unproven", "unproven"),
        ("Disputed", "disputed"),
        ("Unverified", "unverified"),
        ("Correct", "true"),
        ("Incorrect", "false"),
        ("Wrong", "false"),
        ("Fake", "false"),
        ("Missing context", "misleading"),
        ("Salah", "false"),
        ("[HOAKS]", "false"),
        ("Benar", "true"),
        ("Menyesatkan", "misleading"),
        ("False. The photo was taken in 2015.", "false"),
        ({"@type": "Rating", "alternateName": "Mostly False", "ratingValue": 5}, "mostly-false"),
        ({"ratingValue": 1, "bestRating": 5, "worstRating": 1}, "false"),
        ({"ratingValue": "2", "bestRating": "5", "worstRating": "1"}, "mostly-false"),
        ({"ratingValue": 3}, "half-true"),
        ({"ratingValue": 7, "bestRating": 10, "worstRating": 0}, "mostly-true"),
        ({"ratingValue": 10, "bestRating": 10, "worstRating": 0}, "true"),
        ({"alternateName": "Spicy", "ratingValue": 4}, "mostly-true"),
    ],
)
def test_ratings_map_to_statuses(rating: object, status: str) -> None:
    assert status_for_rating(rating)[0] == status


@pytest.mark.parametrize("rating", ["Satire", {"ratingValue": 9}, {"alternateName": "Meh"}, ""])
def test_unmappable_ratings_map_to_nothing(rating: object) -> None:
    assert status_for_rating(rating)[0] is None


def test_a_rating_whose_text_and_value_disagree_is_imported_with_a_warning() -> None:
    def review(value: int) -> dict:
        rating = {"ratingValue": value, "worstRating": 1, "bestRating": 10, "alternateName": "True"}
        return {"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": rating}

    [disagreeing, agreeing] = read_claimreview([review(1), review(9)])
    assert disagreeing.record["status"] == "true"
    assert any("ratingValue says false" in w for w in disagreeing.warnings)
    assert agreeing.record["status"] == "true" and agreeing.warnings == []


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_survives_a_rating_round_trip(status: str) -> None:
    rating = rating_for_status(status)
    assert rating["@type"] == "Rating"
    assert status_for_rating(rating)[0] == status
    if "ratingValue" in rating:
        assert (rating["worstRating"], rating["bestRating"]) == (1, 5)


# --------------------------------------------------------------------------- import

FACT_CHECK_API = {
    "claims": [
        {
            "text": "Belarus troops crossed into Ukraine in October 2022.",
            "claimant": "Telegram channels",
            "claimDate": "2022-10-10T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Cek Fakta", "site": "cekfakta.com"},
                    "url": "https://cekfakta.com/focus/12345/belarus-troops-ukraine.html",
                    "title": "Belarusian troops in Ukraine?",
                    "reviewDate": "2022-10-12T08:00:00Z",
                    "textualRating": "Salah",
                    "languageCode": "id",
                },
                {"url": "https://factcheck.example/belarus", "textualRating": "False"},
            ],
        },
        {
            "text": "Lukashenko met Putin 40 times.",
            "claimReview": [{"url": "https://x.example/1234", "textualRating": "Satire"}],
        },
    ],
    "nextPageToken": "abc",
}


def test_import_a_fact_check_api_response_into_a_new_ledger_directory(
    cli: typer.Typer, tmp_path: Path
) -> None:
    source = write(tmp_path / "response.json", json.dumps(FACT_CHECK_API))
    ledger = tmp_path / "new" / "ledger"
    result = run(cli, "import", str(source), "--ledger", str(ledger))
    assert result.exit_code == 0, result.output
    assert f"imported 2 of 2 entries into {ledger / 'imported.yaml'}" in result.stdout
    assert "rating 'Satire' maps to no status; imported as unverified" in result.stderr
    first, second = load_ledger([ledger]).entries
    assert first.id == "belarus-troops-ukraine"
    assert first.status == "false"
    assert first.lang == "id"
    assert first.title == "Belarusian troops in Ukraine?"
    assert first.checked == dt.date(2022, 10, 12)
    assert first.sources == [
        "https://cekfakta.com/focus/12345/belarus-troops-ukraine.html",
        "https://factcheck.example/belarus",
    ]
    assert first.extra == {
        "claimant": "Telegram channels",
        "claim_date": "2022-10-10",
        "publisher": "Cek Fakta",
    }
    assert second.id == "lukashenko-met-putin-40-times"  # the url's last part is a number
    text = (ledger / "imported.yaml").read_text()
    assert "\n  checked: 2022-10-12\n" in text and "\n  claim_date: 2022-10-10\n" in text
    assert "\n\n- id: lukashenko-met-putin-40-times\n" in text
    assert (second.status, second.extra["rating"]) == ("unverified", "Satire")

    # Importing again adds nothing: the entries are already there.
    before = (ledger / "imported.yaml").read_bytes()
    again = run(cli, "import", str(source), "--ledger", str(ledger))
    assert again.exit_code == 0, again.output
    assert "imported 0 of 2" in again.stdout
    assert again.stderr.count("the claim is already in the ledger as") == 2
    assert "Satire" not in again.stderr
    assert (ledger / "imported.yaml").read_bytes() == before


@pytest.mark.parametrize(
    "wrap",
    [
        lambda review: review,
        lambda review: [review],
        lambda review: {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, review]},
        lambda review: {"@type": "WebPage", "mainEntity": {**review, "@type": ["ClaimReview"]}},
    ],
)
def test_import_reads_claimreview_jsonld_however_it_is_wrapped(wrap) -> None:  # noqa: ANN001
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://www.politifact.com/factchecks/2023/jan/05/someone/potash-claim/",
        "claimReviewed": "Belarus is the world's biggest potash exporter.",
        "datePublished": "2023-01-05",
        "inLanguage": "en-US",
        "reviewRating": {"@type": "Rating", "alternateName": "Half-True", "ratingValue": 3},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Someone"}},
        "author": {"@type": "Organization", "name": "PolitiFact"},
    }
    (item,) = read_claimreview(wrap(review))
    assert item.record == {
        "claim": "Belarus is the world's biggest potash exporter.",
        "status": "half-true",
        "lang": "en",
        "sources": [review["url"]],
        "checked": dt.date(2023, 1, 5),
        "claimant": "Someone",
        "publisher": "PolitiFact",
    }


def test_import_skips_an_id_already_in_the_ledger_and_keeps_the_rest(
    cli: typer.Typer, tmp_path: Path
) -> None:
    claims = ledger_dir(tmp_path)
    reviews = [
        {"@type": "ClaimReview", "identifier": "inflation-2022", "claimReviewed": "Other."},
        {"@type": "ClaimReview", "claimReviewed": "New claim.", "reviewRating": {"ratingValue": 5}},
        {"@type": "ClaimReview", "reviewRating": {"alternateName": "False"}},
    ]
    source = write(tmp_path / "in.jsonld", json.dumps(reviews))
    result = run(cli, "import", str(source), "--ledger", str(claims), "--into", "economy.yaml")
    assert result.exit_code == 0, result.output
    assert "id 'inflation-2022' is already in the ledger at" in result.stderr
    assert "no claim text; skipped" in result.stderr
    text = (claims / "economy.yaml").read_text()
    assert text.startswith(HAND_WRITTEN)
    assert text[len(HAND_WRITTEN) :] == "\n- id: new-claim\n  claim: New claim.\n  status: true\n"


def test_import_skips_a_claim_the_ledger_has_under_another_id(
    cli: typer.Typer, tmp_path: Path
) -> None:
    claims = ledger_dir(tmp_path)
    review = {
        "@type": "ClaimReview",
        "url": "https://factcheck.example/2023/sanctions",
        "claimReviewed": "western sanctions have crippled the Belarusian economy",
        "reviewRating": {"alternateName": "Half True"},
    }
    source = write(tmp_path / "in.json", json.dumps(review))
    result = run(cli, "import", str(source), "--ledger", str(claims))
    assert result.exit_code == 0, result.output
    assert "already in the ledger as 'sanctions-crippled-belarus'; skipped" in result.stderr
    assert not (claims / "imported.yaml").exists()


def test_append_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = write(tmp_path / "real" / "a.yaml", "- id: a\n  claim: A.\n  status: true\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    append_entries(link, [{"id": "b", "claim": "B.", "status": "true"}])
    assert link.is_symlink()
    assert [e.id for e in load_ledger([real])] == ["a", "b"]


def test_import_csv_with_a_column_mapping(cli: typer.Typer, tmp_path: Path) -> None:
    source = write(
        tmp_path / "sheet.csv",
        "ID,Statement,Rating,Link,checked,Tags,Desk\n"
        "r-1,Belarus hosts Russian nuclear weapons.,Benar,https://a.example/x,2023-07-01,"
        "belarus|nuclear,world\n"
        ",Putin visited Minsk 12 times.,Incorrect,,01/02/2023,,\n"
        "\n"
        ",Minsk is cold.,Spicy,,,,\n",
    )
    target = tmp_path / "ledger.yaml"
    result = run(
        cli, "import", str(source), "--ledger", str(target),
        "--map", "claim=Statement", "--map", "status=rating", "--map", "id=ID",
        "--map", "sources=Link", "--map", "desk=Desk",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "sheet.csv:3: '01/02/2023' is not a YYYY-MM-DD date; checked left out" in result.stderr
    assert "sheet.csv:5: rating 'Spicy' maps to no status" in result.stderr
    one, two, three = load_ledger([target]).entries
    assert (one.id, one.status, one.sources, one.tags) == (
        "r-1", "true", ["https://a.example/x"], ["belarus", "nuclear"],
    )  # fmt: skip
    assert one.checked == dt.date(2023, 7, 1) and one.extra == {"desk": "world"}
    assert (two.id, two.status, two.checked) == ("putin-visited-minsk-12-times", "false", None)
    assert (three.status, three.extra) == ("unverified", {"rating": "Spicy"})


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--map", "claim=Nope"], "no column 'Nope' for --map claim=Nope (columns: Statement)"),
        (["--map", "claim"], "--map takes FIELD=COLUMN"),
        ([], "no 'claim' column; name the column with --map claim=COLUMN"),
    ],
)
def test_import_csv_errors_are_one_line_exit_2(
    cli: typer.Typer, tmp_path: Path, args: list[str], message: str
) -> None:
    source = write(tmp_path / "sheet.csv", "Statement\nA claim.\n")
    result = run(cli, "import", str(source), "--ledger", str(tmp_path / "l"), *args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "l").exists()


def test_import_of_json_that_is_not_claimreview_is_an_error(
    cli: typer.Typer, tmp_path: Path
) -> None:
    source = write(tmp_path / "x.json", '{"@type": "NewsArticle"}')
    result = run(cli, "import", str(source), "--ledger", str(tmp_path / "l"))
    assert result.exit_code == 2
    assert "no ClaimReview objects found" in result.stderr
    broken = write(tmp_path / "y.json", "[{")
    result = run(cli, "import", str(broken), "--ledger", str(tmp_path / "l"))
    assert result.exit_code == 2 and "JSON syntax error" in result.stderr


# --------------------------------------------------------------------------- export, round trips


def rich_ledger(tmp_path: Path) -> Path:
    """The shipped ledger plus an entry with every field, extras and characters to escape."""
    directory = tmp_path / "claims"
    for path in CLAIMS.glob("*.yaml"):
        write(directory / path.name, path.read_text(encoding="utf-8"))
    write(
        directory / "extra.yaml",
        "- id: everything\n"
        "  claim: 'Quotes \"x\", commas, and: colons'\n"
        "  status: Pants on Fire\n"
        "  lang: en\n"
        "  title: Every field\n"
        "  aliases: [Satu, Dua]\n"
        "  sources: [https://a.example/1, https://b.example/2]\n"
        "  checked: 2024-03-01\n"
        "  review_by: 2026-03-01\n"
        "  tags: [one, two]\n"
        "  claimant: A Minister\n"
        "  claim_date: 2024-02-27\n",
    )
    return directory


def test_export_claimreview_then_import_gives_the_same_entries(
    cli: typer.Typer, tmp_path: Path
) -> None:
    claims = rich_ledger(tmp_path)
    exported = run(cli, "export", "--ledger", str(claims), "--publisher", "Newsroom")
    assert exported.exit_code == 0, exported.output
    data = json.loads(exported.stdout)
    original = load_ledger([claims]).entries
    assert len(data) == len(original)
    review = next(r for r in data if r["identifier"] == "everything")
    assert review == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": "everything",
        "claimReviewed": 'Quotes "x", commas, and: colons',
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "Pants on Fire",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "A Minister"},
            "datePublished": "2024-02-27",
            "alternateName": ["Satu", "Dua"],
        },
        "author": {"@type": "Organization", "name": "Newsroom"},
        "url": "https://a.example/1",
        "citation": ["https://b.example/2"],
        "datePublished": "2024-03-01",
        "expires": "2026-03-01",
        "inLanguage": "en",
        "name": "Every field",
        "keywords": ["one", "two"],
    }

    source = write(tmp_path / "export.json", exported.stdout)
    imported = tmp_path / "fresh"
    result = run(cli, "import", str(source), "--ledger", str(imported))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    back = load_ledger([imported]).entries
    fields = ("id", "claim", "status", "sources", "checked", "review_by", "lang", "title", "tags")
    assert [[getattr(e, f) for f in fields] for e in back] == [
        [getattr(e, f) for f in fields] for e in original
    ]
    assert [e.aliases for e in back] == [e.aliases for e in original]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_csv_and_jsonl_load_back_as_the_same_ledger(
    cli: typer.Typer, tmp_path: Path, fmt: str
) -> None:
    claims = rich_ledger(tmp_path)
    out = tmp_path / "out" / f"ledger.{fmt}"
    result = run(cli, "export", "--ledger", str(claims), "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert comparable(load_ledger([out])) == comparable(load_ledger([claims]))


def test_export_of_a_broken_ledger_is_one_line_exit_2(cli: typer.Typer, tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", "- id: a\n  claim: A\n  status: maybe\n")
    result = run(cli, "export", "--ledger", str(tmp_path / "a.yaml"), "--format", "csv")
    assert result.exit_code == 2 and "unknown status 'maybe'" in result.stderr


def test_to_claimreview_leaves_out_what_an_entry_lacks() -> None:
    entry = load_ledger([CLAIMS]).get("putin-wants-belarus-more-active-in-war")
    entry.sources, entry.checked = [], None
    review = to_claimreview(entry)
    assert "url" not in review and "datePublished" not in review
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Disputed"}


# --------------------------------------------------------------------------- yaml drafts


def test_yaml_drafts_from_an_article_load_as_a_ledger(tmp_path: Path) -> None:
    from claimcheck.api import extract_document
    from claimcheck.document import read_document
    from claimcheck.model import Report
    from claimcheck.render import FORMATS, render

    assert "yaml" in FORMATS
    file_report = extract_document(read_document(SEED))
    report = Report([file_report, file_report])  # the same claims twice: one entry each
    text = render(report, "yaml", checked=False)
    assert text.startswith(f"# Draft ledger entries from {SEED}, {SEED}, ")
    entries = load_ledger([write(tmp_path / "draft.yaml", text)]).entries
    assert len(entries) == len({c.claim.text for c in file_report.claims}) > 5
    assert len({e.id for e in entries}) == len(entries)
    assert {e.status for e in entries} == {"unverified"}
    first = file_report.claims[0]
    assert entries[0].claim == first.claim.text
    assert entries[0].lang == file_report.lang
    assert entries[0].notes.startswith(f"from {SEED}:{first.line}: {first.claim.sentence}")
    assert f"Also from {SEED}:{first.line}:" in entries[0].notes
    spoken = [c for c in file_report.claims if c.claim.speaker]
    if spoken:
        note = next(e.notes for e in entries if e.claim == spoken[0].claim.text)
        assert f"Speaker: {spoken[0].claim.speaker}." in note


def test_yaml_drafts_after_a_check_leave_out_claims_the_ledger_knows(tmp_path: Path) -> None:
    from claimcheck.api import check_document
    from claimcheck.document import read_document
    from claimcheck.model import Report
    from claimcheck.render.yaml import render

    file_report = check_document(read_document(SEED), load_ledger([CLAIMS]))
    known = {c.claim.text for c in file_report.claims if c.entry is not None}
    assert known  # the shipped ledger covers the seed article
    text = render(Report([file_report]), checked=True)
    drafted = load_ledger([write(tmp_path / "d.yaml", text)], allow_empty=True).entries
    assert not {e.claim for e in drafted} & known
    assert len(drafted) == len({c.claim.text for c in file_report.claims} - known)


def test_yaml_drafts_of_nothing_still_load_as_a_file(tmp_path: Path) -> None:
    from claimcheck.model import Report
    from claimcheck.render.yaml import render

    text = render(Report([]), checked=False)
    assert "# No claims found." in text
    assert load_ledger([write(tmp_path / "d.yaml", text)], allow_empty=True).entries == []


# --------------------------------------------------------------------------- the real command


def test_the_claimcheck_command_adds_to_claims_in_the_current_directory(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    claims = ledger_dir(tmp_path)
    before = (claims / "war.yaml").read_bytes()
    added = run_cli(
        "ledger", "add", "--claim", "Belarus sent troops to Ukraine.", "--status", "false",
        "--tag", "war", cwd=tmp_path,
    )  # fmt: skip
    assert added.code == 0, added.stderr
    assert added.stdout == "added 'belarus-sent-troops-to-ukraine' to claims/war.yaml:6\n"
    assert (claims / "war.yaml").read_bytes().startswith(before)
    missing = run_cli("ledger", "add", "--claim", "Another claim.", cwd=tmp_path, stdin="")
    assert (missing.code, missing.stderr) == (
        2,
        "claimcheck: error: --status required (no terminal to ask on)\n",
    )
    listed = run_cli("ledger", "list", "--tag", "war", cwd=tmp_path)
    assert "belarus-sent-troops-to-ukraine" in listed.stdout
