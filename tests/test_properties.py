"""Properties that hold for any input: hypothesis generates articles and ledger files.

Any text, Markdown or HTML is read and checked without an exception, every claim's span lies
in the analysed text and its line and column are where its offset says, and every output
format parses back (CSV rows of one width, one JSON object a line, ...). Any YAML, JSON,
JSON lines or CSV ledger file loads or raises :class:`ClaimcheckError`, nothing else.

Fast by default (a fixed, small set of examples, the same every run); set
``CLAIMCHECK_FUZZ_EXAMPLES=5000`` (say) for a longer, randomised search.
"""

from __future__ import annotations

import contextlib
import csv
import html.parser
import io
import json
import os
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.api import check_document, extract_document, load_ledger
from claimcheck.document import Document, from_text
from claimcheck.errors import ClaimcheckError
from claimcheck.ledger import lint_ledger, load_text
from claimcheck.model import Report
from claimcheck.readers import read_markup
from claimcheck.render import FORMATS, render
from tests.conftest import LEDGER, SEED

_LONG = int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "0"))
settings.register_profile(
    "claimcheck",
    max_examples=_LONG or 30,
    derandomize=not _LONG,  # CI: the same examples every run; a long run searches anew
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("claimcheck")

# Pieces of what articles and ledgers hold, and of what breaks naive code.
_FRAGMENTS = [
    *SEED.read_text(encoding="utf-8").split()[:200],
    "Putin", "visited", "Minsk", "in", "2019", "since", "2018.", "tidak", "denied",
    "said", "kata", "Lukashenko,", "“quoted”", "'single'", "(aside)", "—", "-", "...",
    "10%", "1,000", "puluhan ribu", "S-400", "Iskander", "\n", "\n\n", "\r\n", "\r", "\t",
    "\x1b[2J", "\x9b31m", "\u202e", "\u2066", "\u2028", "\u2029", "\x85", "\x00", "\ufeff",
    "\u200b", "é", "ß",
    "日本", "🙂", "=SUM(1)", "+1", "@x", "|", "\\", "`", "*", "_", "[x](y)", "![i](u)",
    "# ", "- ", "> ", "1. ", "```", "<!-- claimcheck-disable -->", "<!--", "-->",
    "<b>", "</b>", "<p>", "<script>x</script>", "<svg onload=1>", "&amp;", "&#x202e;",
    "&nbsp;", "<br>", "<table><tr><td>", "---", "::error::x", "##[error]", "%0A",
]  # fmt: skip
_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=60).map(" ".join),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=60).map("".join),
)


@pytest.fixture(scope="module")
def ledger():  # noqa: ANN201
    return load_ledger(LEDGER, use_cache=False)


def _document(text: str, fmt: str) -> Document:
    return from_text(text, "a.txt") if fmt == "text" else read_markup(text, f"a.{fmt}", fmt)


def _line_column(source: str, offset: int) -> tuple[int, int]:
    before = source[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@given(text=_text, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_any_article_is_checked_with_spans_in_range_and_positions_that_agree(ledger, text, fmt):
    document = _document(text, fmt)
    report = check_document(document, ledger)
    source = document.source_text or ""
    for claim in report.claims:
        assert 0 <= claim.claim.start <= claim.claim.end <= len(document.text)
        if fmt == "text":
            assert document.text[claim.claim.start : claim.claim.end].strip()
        expected = _line_column(source, document.source_offset(claim.claim.start))
        assert (claim.line, claim.column) == expected
        assert (claim.end_line, claim.end_column) >= (claim.line, claim.column) or (
            claim.claim.end == claim.claim.start
        )


# What acts on a terminal or reorders what a reader sees: ESC, BEL, the C1 controls (U+009B
# opens a sequence as ESC [ does) and the bidi overrides and isolates.
_ACTING = re.compile("[\x07\x1b\x80-\x9f\u202a-\u202e\u2066-\u2069]")


def _check_parses_back(fmt: str, output: str, report: Report, checked: bool) -> None:
    claims = len(report.claims)
    # Printed by `cat` or shown in a CI log, no format may act on what displays it.
    assert not _ACTING.search(output), (fmt, _ACTING.search(output))
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(output, newline="")))
        assert len(rows) == claims + 1
        assert {len(row) for row in rows} == {len(rows[0])}
    elif fmt == "jsonl":
        lines = output.splitlines()  # splits on U+2028 and U+0085 too
        assert len(lines) == claims and all(isinstance(json.loads(x), dict) for x in lines)
    elif fmt in ("json", "sarif"):
        assert isinstance(json.loads(output), dict)
        assert len(output.splitlines()) == len(output.split("\n")) - 1
    elif fmt == "yaml":
        entries = load_text(output, Path("draft.yaml")) if "- id:" in output else []
        assert len(entries) <= claims
        yaml.safe_load(output)
    elif fmt == "html":
        parser = html.parser.HTMLParser()
        parser.feed(output)
        parser.close()
        assert "\u202e" not in output and "\x1b" not in output
    elif fmt == "markdown":
        rows = [line for line in output.splitlines() if line.startswith("| ")]
        assert len(rows) == claims + 1
    elif fmt == "github":  # only claimcheck's own annotations are workflow commands
        for line in output.splitlines():
            if not line.startswith(("::error file=", "::warning file=", "::notice file=")):
                assert not line.lstrip().startswith("::") and "##[" not in line, line
    else:  # text, plain: one line a claim, then the notes and the summary
        notes = sum(len(file.notes) for file in report.files)
        assert len(output.splitlines()) == claims + notes + 1
        assert "\x1b" not in output and "\u202e" not in output


@given(text=_text, fmt=st.sampled_from(["text", "markdown", "html"]), checked=st.booleans())
def test_every_output_format_parses_back(ledger, text, fmt, checked):
    document = _document(text, fmt)
    file = check_document(document, ledger) if checked else extract_document(document)
    report = Report([file])
    for output_format in FORMATS:
        if not checked and output_format in ("sarif", "github"):
            continue  # verify only: they annotate verdicts
        output = render(report, output_format, checked=checked)
        _check_parses_back(output_format, output, report, checked)


_yaml_scalars = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        ["!!int abc", '!!timestamp ""', "!!float x", "!!bool maybe", ".nan", ".inf", "~",
         "9" * 5000, "&a [*a]", "*missing", "!!python/object:os.system x", "!!binary ===",
         "{a: 1}", "[1, [2, [3]]]", "2024-13-45", '"\\x1b"', "'", "|", ">", "- -"]
    ),
)  # fmt: skip


def _yaml_ledger() -> st.SearchStrategy[str]:
    entry = st.fixed_dictionaries(
        {},
        optional={
            key: _yaml_scalars
            for key in ("id", "claim", "status", "aliases", "checked", "review_by", "tags", "x")
        },
    ).map(lambda fields: "- " + "\n  ".join(f"{k}: {v}" for k, v in fields.items()))
    return st.one_of(st.lists(entry, max_size=4).map("\n".join), _text)


def _json_value(depth: int = 2) -> st.SearchStrategy:
    leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20))
    if depth == 0:
        return leaves
    inner = _json_value(depth - 1)
    return st.one_of(
        leaves, st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    )


def _json_ledger() -> st.SearchStrategy[str]:
    entry = st.fixed_dictionaries(
        {},
        optional={key: _json_value(1) for key in ("id", "claim", "status", "aliases", "checked")},
    )
    documents = st.one_of(st.lists(entry, max_size=4), _json_value())
    return st.one_of(
        documents.map(lambda data: json.dumps(data, allow_nan=True)),
        _text,
        st.sampled_from(
            ["[" * 5000, '[{"id": NaN}]', '{"claims": 1}', "[1e999]", "[-" + "9" * 5000 + "]"]
        ),
    )


def _jsonl_ledger() -> st.SearchStrategy[str]:
    return st.lists(_json_ledger(), max_size=4).map("\n".join)


def _csv_ledger() -> st.SearchStrategy[str]:
    cells = st.one_of(st.text(max_size=15), st.sampled_from(_FRAGMENTS))
    rows = st.lists(st.lists(cells, min_size=1, max_size=5), max_size=5)
    header = st.lists(
        st.sampled_from(["id", "claim", "status", "aliases", "tags", "checked", "", "x"]),
        min_size=1,
        max_size=5,
    )
    return st.one_of(
        st.tuples(header, rows).map(
            lambda parts: "".join(
                ",".join(json.dumps(cell) if "," in cell else cell for cell in row) + "\n"
                for row in [parts[0], *parts[1]]
            )
        ),
        _text,
    )


_LEDGER_FILES = {
    ".yaml": _yaml_ledger(),
    ".json": _json_ledger(),
    ".jsonl": _jsonl_ledger(),
    ".csv": _csv_ledger(),
}


@pytest.mark.parametrize("suffix", list(_LEDGER_FILES))
def test_any_ledger_file_loads_or_raises_claimcheck_error(suffix, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ledger")

    @given(text=_LEDGER_FILES[suffix])
    def loads_or_refuses(text: str) -> None:
        path = folder / f"ledger{suffix}"
        with contextlib.suppress(ClaimcheckError):  # and no other exception
            load_text(text, path)
        path.write_text(text, encoding="utf-8")
        for problem in lint_ledger([path]):  # lint reports, never raises
            assert problem.location.startswith(str(path)) or problem.code == "empty-ledger"

    loads_or_refuses()
