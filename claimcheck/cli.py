"""The command line: thin wrappers that parse flags and call :mod:`claimcheck.api`.

Exit codes: 0 the gate passes; 1 a claim has a verdict in ``--fail-on`` (or ``ledger lint``
found problems); 2 usage, input and ledger errors (one line on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from claimcheck import __version__
from claimcheck.cli_ledger import ledger_app
from claimcheck.errors import ClaimcheckError
from claimcheck.model import VERDICTS

app = typer.Typer(
    name="claimcheck",
    help="Check the factual claims in an article against the newsroom's claims ledger.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
app.add_typer(ledger_app, name="ledger", help="Check and maintain the claims ledger.")


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class SearchFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


LedgerOption = Annotated[
    Optional[list[str]],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option(
        "--ledger",
        "-l",
        help="Ledger directory or file (repeatable). Default: claims/ in the current directory.",
    ),
]
LangOption = Annotated[
    str, typer.Option("--lang", help="Language of the articles: auto, id or en.")
]
CacheDirOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--cache-dir", help="Where to cache the indexed ledger (default: user cache)."),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Check the factual claims in an article against the newsroom's claims ledger."""


def _parse_fail_on(value: str) -> frozenset[str]:
    names = {part.strip().lower() for part in value.split(",") if part.strip()}
    if names in ({"none"}, set()):
        return frozenset()
    unknown = names - set(VERDICTS)
    if unknown:
        raise ClaimcheckError(
            f"--fail-on: unknown verdict {', '.join(sorted(unknown))} "
            f"(choose from {', '.join(VERDICTS)}, or none)"
        )
    return frozenset(names)


def _color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _load_ledger(paths: list[str] | None, cache_dir: str | None):  # noqa: ANN202
    from claimcheck.api import load_ledger

    return load_ledger(*(paths or []), cache_dir=cache_dir)


def _warn(report) -> None:  # noqa: ANN001
    # Decoding guesses go to stderr so that stdout stays machine-readable.
    for file in report.files:
        for note in file.notes:
            if "decoded as" in note:
                typer.echo(f"claimcheck: warning: {note}", err=True)


@app.command()
def verify(
    files: Annotated[list[str], typer.Argument(help="Articles to check; - reads stdin.")],
    ledger: LedgerOption = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ReportFormat.text
    ),
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a claim has one of these verdicts (comma-separated, or none).",
        ),
    ] = "refuted,contradicted",
    lang: LangOption = "auto",
    cache_dir: CacheDirOption = None,
) -> None:
    """Extract the claims of each article and check them against the ledger."""
    from claimcheck.api import check_files
    from claimcheck.render import render

    gate = _parse_fail_on(fail_on)
    loaded = _load_ledger(ledger, cache_dir)
    report = check_files(files, loaded, lang)
    _warn(report)
    sys.stdout.write(render(report, fmt.value, color=fmt is ReportFormat.text and _color()))
    if report.failing(gate):
        raise typer.Exit(1)


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Articles to read; - reads stdin.")],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ReportFormat.text
    ),
    lang: LangOption = "auto",
) -> None:
    """List the atomic claims of each article, without checking them."""
    from claimcheck.api import extract_document
    from claimcheck.document import read_document
    from claimcheck.model import Report
    from claimcheck.render import render

    report = Report([extract_document(read_document(path), lang) for path in files])
    _warn(report)
    color = fmt is ReportFormat.text and _color()
    sys.stdout.write(render(report, fmt.value, color=color, checked=False))


@app.command()
def search(
    text: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            help="The claim to look up; without it (or -), one query per line of stdin."
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-k", min=1, help="How many entries.")] = 5,
    fmt: Annotated[SearchFormat, typer.Option("--format", "-f", help="Output format.")] = (
        SearchFormat.text
    ),
    ledger: LedgerOption = None,
    cache_dir: CacheDirOption = None,
) -> None:
    """The ledger entries most like TEXT, best first."""
    import json

    loaded = _load_ledger(ledger, cache_dir)
    matcher = loaded.matcher

    def answer(query: str) -> dict:
        results = matcher.search(query, limit=limit)
        return {
            "query": query,
            "results": [
                {
                    "id": c.entry.id,
                    "claim": c.entry.claim,
                    "status": c.entry.status,
                    "score": round(c.score, 3),
                }
                for c in results
            ],
        }

    if text is None or text == "-":
        for line in sys.stdin:
            query = line.rstrip("\r\n")
            sys.stdout.write(json.dumps(answer(query), ensure_ascii=False) + "\n")
        return
    result = answer(text)
    if fmt is SearchFormat.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    elif fmt is SearchFormat.jsonl:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        for hit in result["results"]:
            line = f"{hit['score']:.3f}  {hit['id']}  ({hit['status']})  {hit['claim']}"
            sys.stdout.write(line + "\n")
        if not result["results"]:
            sys.stdout.write("no matching entries\n")
