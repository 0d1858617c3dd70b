"""``claimcheck ledger``: lint, list, show, add, import and export the claims ledger.

``cli.py`` mounts :data:`ledger_app` with ``app.add_typer(ledger_app, name="ledger")``. Every
command takes ``--ledger PATH`` (repeatable, default ``claims/``). Exit codes: 0 when all is
well, 1 when ``lint`` reports a problem, 2 on an error the command cannot recover from (a
missing ledger path, an unknown id, a ledger that does not load), printed as one line on stderr.

This module holds the commands that read the ledger (lint, list, show) and what all share;
the ones that write it (add, import, export) are :mod:`claimcheck.cli_ledger_write`.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimcheck.cli_common import Command, emit

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.model import Entry

DEFAULT_LEDGER = Path("claims")

ledger_app = typer.Typer(
    name="ledger",
    help="Check, list, show, add, import and export the entries of the claims ledger.",
    no_args_is_help=True,
    add_completion=False,
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


LedgerOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--ledger",
        metavar="PATH",
        help="Ledger file or directory; repeat to merge several. Default: claims/.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", metavar="FORMAT", help="Output format: text or json."),
]
TodayOption = Annotated[
    str | None,
    typer.Option("--today", help="Judge staleness as of this date (YYYY-MM-DD).", metavar="DATE"),
]


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a :class:`ClaimcheckError` into one line on stderr and exit status 2."""
    from claimcheck.errors import ClaimcheckError

    try:
        yield
    except ClaimcheckError as error:
        from claimcheck.main import say

        say(f"error: {error}")  # as every other command's errors: "claimcheck: error: ..."
        raise typer.Exit(2) from None


def ledger_paths(ledger: list[Path] | None) -> list[Path]:
    return list(ledger) if ledger else [DEFAULT_LEDGER]


def _today(value: str | None) -> dt.date | None:
    from claimcheck.errors import ClaimcheckError

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ClaimcheckError(f"--today must be a date in YYYY-MM-DD form, got {value!r}") from None


def _dump(data: Any) -> None:
    from claimcheck.safe_text import json_text

    emit(json_text(data, indent=2) + "\n", None)


@ledger_app.command("lint")
def lint(
    ledger: LedgerOption = None,
    output: FormatOption = OutputFormat.text,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            metavar="CODE",
            help="Skip problems with this code (repeatable), e.g. stale.",
        ),
    ] = None,
    today: TodayOption = None,
) -> None:
    """Validate the ledger and report every problem as file:line: severity code message.

    Exits 1 if any problem (error or warning) is reported, 0 if the ledger is clean.
    """
    from claimcheck.ledger import lint_ledger

    with user_errors():
        problems = lint_ledger(ledger_paths(ledger), today=_today(today))
    skipped = set(ignore or ())
    problems = [problem for problem in problems if problem.code not in skipped]
    errors = sum(1 for problem in problems if problem.severity == "error")
    warnings = len(problems) - errors
    if output is OutputFormat.json:
        _dump(
            {
                "problems": [problem.to_dict() for problem in problems],
                "summary": {"problems": len(problems), "errors": errors, "warnings": warnings},
            }
        )
    else:
        from claimcheck.safe_text import visible

        emit("".join(f"{visible(str(problem))}\n" for problem in problems), None)
        if problems:
            typer.echo(
                f"{len(problems)} problem(s): {errors} error(s), {warnings} warning(s)", err=True
            )
        else:
            typer.echo("ledger is clean", err=True)
    if problems:
        raise typer.Exit(1)


@ledger_app.command("list")
def list_entries(
    ledger: LedgerOption = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="Only entries with this status (repeatable: any of them).",
        ),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag", metavar="TAG", help="Only entries with this tag (repeatable: all of them)."
        ),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", metavar="LANG", help="Only entries in this language.")
    ] = None,
    stale: Annotated[
        bool, typer.Option("--stale", help="Only entries past their review_by date.")
    ] = False,
    output: FormatOption = OutputFormat.text,
    today: TodayOption = None,
) -> None:
    """List ledger entries, one per line: id, status, file:line, claim."""
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ledger import entry_to_dict, load_ledger, normalize_status
    from claimcheck.model import STATUSES

    with user_errors():
        wanted_statuses = set()
        for value in status or ():
            normal = normalize_status(value)
            if normal is None:
                raise ClaimcheckError(f"unknown status {value!r} (allowed: {', '.join(STATUSES)})")
            wanted_statuses.add(normal)
        as_of = _today(today)
        entries = load_ledger(ledger_paths(ledger)).entries
    filters: list[Callable[[Entry], bool]] = []
    if wanted_statuses:
        filters.append(lambda entry: entry.status in wanted_statuses)
    if tag:
        wanted_tags = {t.lower() for t in tag}
        filters.append(lambda entry: wanted_tags <= {t.lower() for t in entry.tags})
    if lang:
        filters.append(lambda entry: (entry.lang or "").lower() == lang.lower())
    if stale:
        filters.append(lambda entry: entry.is_stale(as_of))
    selected = [entry for entry in entries if all(keep(entry) for keep in filters)]

    if output is OutputFormat.json:
        _dump([entry_to_dict(entry) for entry in selected])
        return
    from claimcheck.safe_text import one_line

    width = max((len(entry.id) for entry in selected), default=0)
    lines = []
    for entry in selected:
        claim = entry.claim if len(entry.claim) <= 90 else entry.claim[:89] + "…"
        mark = " [stale]" if entry.is_stale(as_of) else ""
        line = f"{entry.id:<{width}}  {entry.status:<13}  {entry.location}{mark}  {claim}"
        lines.append(one_line(line) + "\n")
    emit("".join(lines), None)
    typer.echo(f"{len(selected)} of {len(entries)} entries", err=True)


@ledger_app.command("show", cls=Command)
def show(
    entry_id: Annotated[
        str, typer.Argument(metavar="ID", help="The entry's id.", show_default=False)
    ],
    ledger: LedgerOption = None,
    output: FormatOption = OutputFormat.text,
) -> None:
    """Show one ledger entry in full."""
    from claimcheck.errors import LedgerError
    from claimcheck.ledger import entry_to_dict, load_ledger

    with user_errors():
        loaded = load_ledger(ledger_paths(ledger))
        entry = loaded.get(entry_id)
        if entry is None:
            from rapidfuzz import process

            close = process.extractOne(entry_id, [e.id for e in loaded.entries])
            hint = f"; did you mean '{close[0]}'?" if close and close[1] >= 60 else ""
            raise LedgerError(f"no ledger entry with id '{entry_id}'{hint}")
    data = entry_to_dict(entry)
    if output is OutputFormat.json:
        _dump(data)
        return
    from claimcheck.safe_text import one_line

    lines = [f"{entry.id}  ({entry.location})"]
    for key in ("claim", "status", "title", "lang", "checked", "review_by", "notes"):
        if data[key] is not None:
            lines.append(f"  {key + ':':<11}{data[key]}")
    if entry.is_stale():
        lines.append("  (stale: past its review_by date)")
    for key in ("aliases", "sources", "tags"):
        if data[key]:
            lines.append(f"  {key}:")
            lines += [f"    - {item}" for item in data[key]]
    lines += [f"  {key}: {value}" for key, value in entry.extra.items()]
    emit("".join(one_line(line) + "\n" for line in lines), None)


# The commands that write the ledger (add, import, export) register themselves on ledger_app.
from claimcheck import cli_ledger_write  # noqa: E402, F401


def main() -> None:  # pragma: no cover - for `python -m claimcheck.cli_ledger`
    ledger_app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
