"""``claimcheck ledger``: lint, list, show, add, import and export the claims ledger.

``cli.py`` mounts :data:`ledger_app` with ``app.add_typer(ledger_app, name="ledger")``. Every
command takes ``--ledger PATH`` (repeatable, default ``claims/``). Exit codes: 0 when all is
well, 1 when ``lint`` reports a problem, 2 on an error the command cannot recover from (a
missing ledger path, an unknown id, a ledger that does not load), printed as one line on stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

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
        help="Ledger file or directory; repeat to merge several. Default: claims/.",
        show_default=False,
    ),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="Output format.")]
TodayOption = Annotated[
    str | None,
    typer.Option("--today", help="Judge staleness as of this date (YYYY-MM-DD).", metavar="DATE"),
]


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn a :class:`ClaimcheckError` into one line on stderr and exit status 2."""
    from claimcheck.errors import ClaimcheckError

    try:
        yield
    except ClaimcheckError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None


def _paths(ledger: list[Path] | None) -> list[Path]:
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
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@ledger_app.command("lint")
def lint(
    ledger: LedgerOption = None,
    output: FormatOption = OutputFormat.text,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help="Skip problems with this code (repeatable), e.g. stale."),
    ] = None,
    today: TodayOption = None,
) -> None:
    """Validate the ledger and report every problem as file:line: severity code message.

    Exits 1 if any problem (error or warning) is reported, 0 if the ledger is clean.
    """
    from claimcheck.ledger import lint_ledger

    with _user_errors():
        problems = lint_ledger(_paths(ledger), today=_today(today))
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
        for problem in problems:
            typer.echo(str(problem))
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
        typer.Option("--status", help="Only entries with this status (repeatable: any of them)."),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", help="Only entries with this tag (repeatable: all of them)."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Only entries in this language.")
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

    with _user_errors():
        wanted_statuses = set()
        for value in status or ():
            normal = normalize_status(value)
            if normal is None:
                raise ClaimcheckError(f"unknown status {value!r} (allowed: {', '.join(STATUSES)})")
            wanted_statuses.add(normal)
        as_of = _today(today)
        entries = load_ledger(_paths(ledger)).entries
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
    width = max((len(entry.id) for entry in selected), default=0)
    for entry in selected:
        claim = entry.claim if len(entry.claim) <= 90 else entry.claim[:89] + "…"
        mark = " [stale]" if entry.is_stale(as_of) else ""
        typer.echo(f"{entry.id:<{width}}  {entry.status:<13}  {entry.location}{mark}  {claim}")
    typer.echo(f"{len(selected)} of {len(entries)} entries", err=True)


@ledger_app.command("show")
def show(
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="The entry's id.")],
    ledger: LedgerOption = None,
    output: FormatOption = OutputFormat.text,
) -> None:
    """Show one ledger entry in full."""
    from claimcheck.errors import LedgerError
    from claimcheck.ledger import entry_to_dict, load_ledger

    with _user_errors():
        loaded = load_ledger(_paths(ledger))
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
    typer.echo(f"{entry.id}  ({entry.location})")
    for key in ("claim", "status", "title", "lang", "checked", "review_by", "notes"):
        if data[key] is not None:
            typer.echo(f"  {key + ':':<11}{data[key]}")
    if entry.is_stale():
        typer.echo("  (stale: past its review_by date)")
    for key in ("aliases", "sources", "tags"):
        if data[key]:
            typer.echo(f"  {key}:")
            for item in data[key]:
                typer.echo(f"    - {item}")
    for key, value in entry.extra.items():
        typer.echo(f"  {key}: {value}")


# --------------------------------------------------------------------------- upkeep


def _is_terminal() -> bool:
    """Whether a person can answer prompts (a function, so tests can pretend)."""
    return sys.stdin.isatty()


def _warn(message: str) -> None:
    typer.echo(f"warning: {message}", err=True)


def _ledger_dir(paths: list[Path]) -> Path:
    """Where new ledger files go: the first ledger directory (or the first file's folder)."""
    for path in paths:
        if path.is_dir() or not path.suffix:
            return path
    return paths[0].parent


def _in_ledger(name: Path, directory: Path) -> Path:
    """A bare file name is a file of the ledger directory; a path is used as given."""
    return directory / name if name.parent == Path(".") and not name.is_absolute() else name


def _parse_date(value: str | None, option: str) -> dt.date | None:
    from claimcheck.errors import ClaimcheckError

    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ClaimcheckError(
            f"{option} must be a date in YYYY-MM-DD form, got {value!r}"
        ) from None


def _status_value(value: str) -> str:
    """A status as typed ("Mostly True") → its canonical form; raises on anything else."""
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ledger import normalize_status
    from claimcheck.model import STATUSES

    normal = normalize_status(value)
    if normal is None:
        raise ClaimcheckError(f"unknown status {value!r} (allowed: {', '.join(STATUSES)})")
    return normal


def prompt_missing(claim: str | None, status: str | None) -> tuple[str, str]:
    """Ask for a missing claim and status on the terminal; a bad status is asked again."""

    def status_proc(value: str) -> str:
        from claimcheck.errors import ClaimcheckError

        try:
            return _status_value(value)
        except ClaimcheckError as error:
            raise typer.BadParameter(str(error)) from None

    def claim_proc(value: str) -> str:
        if not value.strip():
            raise typer.BadParameter("the claim cannot be empty")
        return value.strip()

    if not claim:
        claim = typer.prompt("Claim (a plain statement)", value_proc=claim_proc)
    if not status:
        status = typer.prompt(
            "Status (true, mostly-true, ..., false, unverified)", value_proc=status_proc
        )
    return claim, status


def _existing(paths: list[Path]) -> list[Entry]:
    from claimcheck.ledger import load_ledger

    present = [path for path in paths if path.exists()]
    return load_ledger(present, allow_empty=True).entries if present else []


def _default_file(paths: list[Path], entries: list[Entry], tags: list[str]) -> Path:
    """The YAML file whose entries share the most of ``tags``, else ``<first-tag>.yaml``, else
    ``claims.yaml``, in the ledger directory; a ledger that is one YAML file is that file."""
    from claimcheck.ledger_write import YAML_SUFFIXES, slugify

    if len(paths) == 1 and paths[0].suffix.lower() in YAML_SUFFIXES:
        return paths[0]
    wanted = {tag.lower() for tag in tags}
    shared: dict[str, set[str]] = {}
    order: list[str] = []
    for entry in entries:
        if Path(entry.file).suffix.lower() not in YAML_SUFFIXES:
            continue
        if entry.file not in shared:
            shared[entry.file] = set()
            order.append(entry.file)
        shared[entry.file] |= wanted & {tag.lower() for tag in entry.tags}
    best = max(order, key=lambda f: len(shared[f]), default=None)  # first of the best
    if best is not None and shared[best]:
        return Path(best)
    name = f"{slugify(tags[0])}.yaml" if tags else "claims.yaml"
    return _ledger_dir(paths) / name


@ledger_app.command("add")
def add(
    claim: Annotated[
        str | None, typer.Option("--claim", help="The claim, a plain statement.")
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="The rating: true, mostly-true, ..., false.")
    ] = None,
    entry_id: Annotated[
        str | None,
        typer.Option("--id", help="The entry's id. Default: a slug of the claim, made unique."),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="A short headline.")] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="Another phrasing (repeatable).")
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of the claim (en, id). Default: detected."),
    ] = None,
    source: Annotated[
        list[str] | None, typer.Option("--source", help="A source URL (repeatable).")
    ] = None,
    checked: Annotated[
        str | None,
        typer.Option("--checked", help="Date of the check, YYYY-MM-DD. Default: today."),
    ] = None,
    review_by: Annotated[
        str | None, typer.Option("--review-by", help="Re-check by this date, YYYY-MM-DD.")
    ] = None,
    notes: Annotated[str | None, typer.Option("--notes", help="Notes for editors.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="A tag (repeatable).")] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            help="The YAML file to add to (a bare name is in the ledger directory). Default: "
            "the file whose entries share most tags, else <first-tag>.yaml, else claims.yaml.",
        ),
    ] = None,
    ledger: LedgerOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the entry's YAML; write nothing.")
    ] = False,
) -> None:
    """Add an entry to the ledger, appended to a YAML file; everything else is kept as it is.

    Asks for a missing claim or status when run in a terminal.
    """
    from claimcheck.errors import ClaimcheckError

    with _user_errors():
        if not claim or not status:
            if not _is_terminal():
                missing = " and ".join(
                    f"--{name}"
                    for name, value in (("claim", claim), ("status", status))
                    if not value
                )
                raise ClaimcheckError(f"{missing} required (no terminal to ask on)")
            claim, status = prompt_missing(claim, status)
        _write_new_entry(
            claim=claim,
            status=status,
            entry_id=entry_id,
            title=title,
            aliases=alias or [],
            lang=lang,
            sources=source or [],
            checked=checked,
            review_by=review_by,
            notes=notes,
            tags=tag or [],
            file=file,
            paths=_paths(ledger),
            dry_run=dry_run,
        )


def _write_new_entry(
    *,
    claim: str,
    status: str,
    entry_id: str | None,
    title: str | None,
    aliases: list[str],
    lang: str | None,
    sources: list[str],
    checked: str | None,
    review_by: str | None,
    notes: str | None,
    tags: list[str],
    file: Path | None,
    paths: list[Path],
    dry_run: bool,
) -> None:
    from claimcheck import lang as languages
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ledger_write import (
        YAML_SUFFIXES,
        append_entries,
        entry_block,
        slugify,
        unique_id,
    )

    claim = claim.strip()
    if not claim:
        raise ClaimcheckError("the claim cannot be empty")
    normal = _status_value(status)
    checked_date = _parse_date(checked, "--checked") if checked is not None else dt.date.today()
    review_date = _parse_date(review_by, "--review-by")
    entries = _existing(paths)
    target = _in_ledger(file, _ledger_dir(paths)) if file else _default_file(paths, entries, tags)
    if target.suffix.lower() not in YAML_SUFFIXES:
        raise ClaimcheckError(f"--file must be a .yaml or .yml file, got {target}")
    taken = {entry.id: entry for entry in entries}
    if entry_id is not None:
        entry_id = entry_id.strip()
        if not entry_id:
            raise ClaimcheckError("--id cannot be empty")
        if entry_id in taken:
            raise ClaimcheckError(
                f"an entry with id '{entry_id}' already exists at {taken[entry_id].location}"
            )
    else:
        entry_id = unique_id(slugify(claim), taken)
    record = {
        "id": entry_id,
        "claim": claim,
        "status": normal,
        "lang": (lang or languages.detect(claim)).strip().lower(),
        "title": title,
        "aliases": aliases,
        "sources": sources,
        "checked": checked_date,
        "review_by": review_date,
        "notes": notes,
        "tags": tags,
    }
    if dry_run:
        typer.echo(entry_block(record), nl=False)
        typer.echo(f"would add '{entry_id}' to {target}", err=True)
        return
    ledger_paths = [path for path in paths if path.exists()]
    (added,) = append_entries(target, [record], ledger_paths)
    typer.echo(f"added '{added.id}' to {added.location}")
    if not _inside(target, paths):
        _warn(
            f"{target} is outside the ledger ({', '.join(map(str, paths))}): checks will not see it"
        )


def _inside(target: Path, paths: list[Path]) -> bool:
    resolved = target.resolve()
    for path in paths:
        path = path.resolve()
        if resolved == path or path in resolved.parents:
            return True
    return False


class ImportFormat(str, Enum):
    auto = "auto"
    claimreview = "claimreview"
    csv = "csv"


@ledger_app.command("import")
def import_entries(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="ClaimReview JSON-LD, a Fact Check Tools API response, or CSV; - reads stdin.",
        ),
    ],
    ledger: Annotated[
        Path,
        typer.Option(
            "--ledger",
            help="The ledger: a directory (created when missing) or a .yaml file.",
        ),
    ] = DEFAULT_LEDGER,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            help="The YAML file to append to (a bare name is in the ledger directory). "
            "Default: imported.yaml in the ledger directory.",
        ),
    ] = None,
    input_format: Annotated[
        ImportFormat, typer.Option("--format", help="Input format (auto: by the file's name).")
    ] = ImportFormat.auto,
    mapping: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            metavar="FIELD=COLUMN",
            help="CSV: take FIELD from COLUMN (repeatable), e.g. --map claim=Statement. "
            "Columns named like ledger fields are used as they are.",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the entries' YAML; write nothing.")
    ] = False,
) -> None:
    """Import fact-checks (ClaimReview or CSV) into the ledger, appended to a YAML file.

    Ratings become statuses (an unknown rating: unverified, with a warning). Entries already in
    the ledger (same id, or same claim or source) are skipped with a warning.
    """
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ledger_write import YAML_SUFFIXES, append_entries, entry_block

    with _user_errors():
        text, name = _read_input(source)
        fmt = input_format
        if fmt is ImportFormat.auto:
            is_csv = name.lower().endswith((".csv", ".tsv")) or text.lstrip()[:1] not in ("{", "[")
            fmt = ImportFormat.csv if is_csv else ImportFormat.claimreview
        items = _read_import(text, name, fmt, mapping or [])
        is_file = ledger.suffix.lower() in YAML_SUFFIXES
        if ledger.exists() and ledger.is_file() and not is_file:
            raise ClaimcheckError(f"--ledger must be a directory or a .yaml file, got {ledger}")
        directory = ledger.parent if is_file else ledger
        if into is not None:
            target = _in_ledger(into, directory)
        else:
            target = ledger if is_file else ledger / "imported.yaml"
        if target.suffix.lower() not in YAML_SUFFIXES:
            raise ClaimcheckError(f"--into must be a .yaml or .yml file, got {target}")
        existing = _existing([ledger, target])
        from claimcheck.claimreview import plan_import

        records, warnings = plan_import(items, existing)
        for warning in warnings:
            _warn(warning)
        if dry_run:
            typer.echo("\n".join(entry_block(record) for record in records), nl=False)
            typer.echo(f"would import {len(records)} of {len(items)} into {target}", err=True)
            return
        if not is_file and not ledger.exists():
            ledger.mkdir(parents=True)
        added = append_entries(target, records, [ledger] if ledger.exists() else [])
    typer.echo(f"imported {len(added)} of {len(items)} entries into {target}")


def _read_input(source: Path) -> tuple[str, str]:
    from claimcheck.document import read_input
    from claimcheck.errors import ClaimcheckError

    data, name = read_input(str(source), "a file to import")
    try:
        return data.decode("utf-8-sig"), name
    except UnicodeDecodeError:
        raise ClaimcheckError(f"{name}: not UTF-8 text") from None


def _read_import(text: str, name: str, fmt: ImportFormat, mapping: list[str]) -> list[Any]:
    from claimcheck.claimreview import parse_mapping, read_claimreview, read_csv
    from claimcheck.errors import ClaimcheckError

    if fmt is ImportFormat.csv:
        return read_csv(text, parse_mapping(mapping), name)
    if mapping:
        raise ClaimcheckError("--map is for CSV files")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ClaimcheckError(f"{name}:{error.lineno}: JSON syntax error: {error.msg}") from None
    return read_claimreview(data, name)


class ExportFormat(str, Enum):
    claimreview = "claimreview"
    jsonl = "jsonl"
    csv = "csv"


@ledger_app.command("export")
def export(
    output_format: Annotated[
        ExportFormat, typer.Option("--format", help="ClaimReview JSON-LD, JSON lines or CSV.")
    ] = ExportFormat.claimreview,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
    ] = None,
    ledger: LedgerOption = None,
    publisher: Annotated[
        str | None,
        typer.Option("--publisher", help="ClaimReview: the fact-checking organisation's name."),
    ] = None,
) -> None:
    """Write the whole ledger as ClaimReview JSON-LD, JSON lines or CSV."""
    from claimcheck import claimreview
    from claimcheck.ledger import load_ledger
    from claimcheck.ledger_write import write_atomic

    with _user_errors():
        entries = load_ledger(_paths(ledger)).entries
        if output_format is ExportFormat.claimreview:
            text = claimreview.export_claimreview(entries, publisher)
        elif output_format is ExportFormat.jsonl:
            text = claimreview.export_jsonl(entries)
        else:
            text, warnings = claimreview.export_csv(entries)
            for warning in warnings:
                _warn(warning)
        if output is None:
            sys.stdout.write(text)
            return
        try:
            write_atomic(output, text)
        except OSError as error:
            from claimcheck.errors import ClaimcheckError

            raise ClaimcheckError(f"{output}: cannot write ({error.strerror})") from None
    typer.echo(f"exported {len(entries)} entries to {output}", err=True)


def main() -> None:  # pragma: no cover - for `python -m claimcheck.cli_ledger`
    ledger_app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
