"""``claimcheck ledger add``, ``import`` and ``export``: the commands that write.

They register themselves on :data:`claimcheck.cli_ledger.ledger_app`. ``add`` and ``import``
append to a YAML file through :mod:`claimcheck.ledger_write`, holding the file's lock from
reading the ledger (to choose ids and find duplicates) to writing it, so that concurrent
writers neither lose an entry nor add one twice.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimcheck.cli_common import Command, emit, refuse_overwriting
from claimcheck.cli_ledger import (
    DEFAULT_LEDGER,
    LedgerOption,
    ledger_app,
    ledger_paths,
    user_errors,
)

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.model import Entry

IMPORT_MAX_MB = 256  # a fact-check archive, not an article: far above the article limit


def _is_terminal() -> bool:
    """Whether a person can answer prompts (a function, so tests can pretend)."""
    return sys.stdin is not None and sys.stdin.isatty()


def _warn(message: str) -> None:
    from claimcheck.safe_text import visible

    typer.echo(f"warning: {visible(message)}", err=True)


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
        str | None,
        typer.Option("--claim", metavar="TEXT", help="The claim, a plain statement."),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status", metavar="STATUS", help="The rating: true, mostly-true, ..., false."
        ),
    ] = None,
    entry_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            metavar="ID",
            help="The entry's id. Default: a slug of the claim, made unique.",
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help="A short headline.")
    ] = None,
    alias: Annotated[
        list[str] | None,
        typer.Option("--alias", metavar="TEXT", help="Another phrasing (repeatable)."),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", metavar="LANG", help="Language of the claim (en, id). Default: detected."
        ),
    ] = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", metavar="URL", help="A source URL (repeatable)."),
    ] = None,
    checked: Annotated[
        str | None,
        typer.Option(
            "--checked", metavar="DATE", help="Date of the check, YYYY-MM-DD. Default: today."
        ),
    ] = None,
    review_by: Annotated[
        str | None,
        typer.Option("--review-by", metavar="DATE", help="Re-check by this date, YYYY-MM-DD."),
    ] = None,
    notes: Annotated[
        str | None, typer.Option("--notes", metavar="TEXT", help="Notes for editors.")
    ] = None,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", metavar="TAG", help="A tag (repeatable).")
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            metavar="FILE",
            help="The YAML file to add to (a bare name is in the ledger directory). Default: "
            "the file whose entries share most tags, else TAG.yaml for the first tag, else "
            "claims.yaml.",
        ),
    ] = None,
    ledger: LedgerOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Add the claim even if the ledger already has it word for word."
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the entry's YAML; write nothing.")
    ] = False,
) -> None:
    """Add an entry to the ledger, appended to a YAML file; everything else is kept as it is.

    Asks for a missing claim or status when run in a terminal. A claim the ledger already
    has (same words, whatever the case and punctuation) is refused unless --force.
    """
    from claimcheck.errors import ClaimcheckError

    with user_errors():
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
            NewEntry(
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
            ),
            file=file,
            paths=ledger_paths(ledger),
            force=force,
            dry_run=dry_run,
        )


@dataclass
class NewEntry:
    """``ledger add``'s fields as typed, before they are checked."""

    claim: str
    status: str
    entry_id: str | None
    title: str | None
    aliases: list[str]
    lang: str | None
    sources: list[str]
    checked: str | None
    review_by: str | None
    notes: str | None
    tags: list[str]


def _record(new: NewEntry, taken: dict[str, Entry]) -> dict[str, Any]:
    """The entry to write: fields checked, the id given (new to the ledger) or made."""
    from claimcheck import lang as languages
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ledger_write import slugify, unique_id

    claim = new.claim.strip()
    if not claim:
        raise ClaimcheckError("the claim cannot be empty")
    checked = _parse_date(new.checked, "--checked") if new.checked is not None else dt.date.today()
    review_by = _parse_date(new.review_by, "--review-by")
    if checked and review_by and review_by < checked:
        _warn(
            f"--review-by {review_by} is before the check ({checked}): "
            "the entry is due for review from the start"
        )
    entry_id = new.entry_id
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
    code = (new.lang or languages.detect(claim)).strip().lower()
    if code not in languages.SUPPORTED:
        raise ClaimcheckError(
            f"unknown language '{code}' for --lang (claimcheck reads "
            f"{', '.join(languages.SUPPORTED)})"
        )
    return {
        "id": entry_id,
        "claim": claim,
        "status": _status_value(new.status),
        "lang": code,
        "title": new.title,
        "aliases": new.aliases,
        "sources": new.sources,
        "checked": checked,
        "review_by": review_by,
        "notes": new.notes,
        "tags": new.tags,
    }


def _same_claim(claim: str, entries: list[Entry]) -> Entry | None:
    """The entry that already says ``claim`` word for word (in its claim or an alias)."""
    from claimcheck.near_duplicates import normalize_claim_text

    wanted = normalize_claim_text(claim)
    if not wanted:  # no word to compare ("!!!"): nothing says it word for word
        return None
    for entry in entries:
        if wanted in {normalize_claim_text(text) for text in (entry.claim, *entry.aliases)}:
            return entry
    return None


def _writing(target: Path, dry_run: bool) -> AbstractContextManager[None]:
    """``target``'s lock, held while a command reads the ledger and then writes the file; on
    a dry run, which writes nothing and makes no folder, nothing."""
    if dry_run:
        return nullcontext()
    from claimcheck.files import locked

    target.parent.mkdir(parents=True, exist_ok=True)
    return locked(target)


def _write_new_entry(
    new: NewEntry, *, file: Path | None, paths: list[Path], force: bool, dry_run: bool
) -> None:
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ledger_write import YAML_SUFFIXES, append_entries, entry_block

    if file:
        target = _in_ledger(file, _ledger_dir(paths))
    else:
        target = _default_file(paths, _existing(paths), new.tags)
    if target.suffix.lower() not in YAML_SUFFIXES:
        raise ClaimcheckError(f"--file must be a .yaml or .yml file, got {target}")
    # From reading the ledger to writing it, no other claimcheck writes the file: the id and
    # the duplicate check below still hold when the entry lands.
    with _writing(target, dry_run):
        entries = _existing(paths)
        same = _same_claim(new.claim, entries)
        if same is not None and not force:
            raise ClaimcheckError(
                f"the claim is already in the ledger as '{same.id}' at {same.location} "
                "(--force adds it anyway)"
            )
        record = _record(new, {entry.id: entry for entry in entries})
        if dry_run:
            typer.echo(entry_block(record), nl=False)
            typer.echo(f"would add '{record['id']}' to {target}", err=True)
            return
        ledger_paths_present = [path for path in paths if path.exists()]
        (added,) = append_entries(target, [record], ledger_paths_present)
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


@ledger_app.command("import", cls=Command)
def import_entries(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="ClaimReview JSON-LD, a Fact Check Tools API response, or CSV; - reads stdin.",
            show_default=False,
        ),
    ],
    ledger: Annotated[
        Path,
        typer.Option(
            "--ledger",
            metavar="PATH",
            help="The ledger: a directory (created when missing) or a .yaml file.",
        ),
    ] = DEFAULT_LEDGER,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            metavar="FILE",
            help="The YAML file to append to (a bare name is in the ledger directory). "
            "Default: imported.yaml in the ledger directory.",
        ),
    ] = None,
    input_format: Annotated[
        ImportFormat,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="Input format: auto (by the file's name), claimreview or csv.",
        ),
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
    from claimcheck.ledger_exchange import plan_import
    from claimcheck.ledger_write import YAML_SUFFIXES, append_entries, entry_block

    with user_errors():
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
        if not dry_run and not is_file and not ledger.exists():
            ledger.mkdir(parents=True)
        with _writing(target, dry_run):  # from reading what is there to writing the file
            records, warnings = plan_import(items, _existing([ledger, target]))
            for warning in warnings:
                _warn(warning)
            if dry_run:
                typer.echo("\n".join(entry_block(record) for record in records), nl=False)
                typer.echo(f"would import {len(records)} of {len(items)} into {target}", err=True)
                return
            added = append_entries(target, records, [ledger] if ledger.exists() else [])
    typer.echo(f"imported {len(added)} of {len(items)} entries into {target}")


def _read_input(source: Path) -> tuple[str, str]:
    from claimcheck.document import read_input
    from claimcheck.errors import ClaimcheckError

    data, name = read_input(str(source), "a file to import", IMPORT_MAX_MB)
    try:
        return data.decode("utf-8-sig"), name
    except UnicodeDecodeError:
        raise ClaimcheckError(f"{name}: not UTF-8 text") from None


def _read_import(text: str, name: str, fmt: ImportFormat, mapping: list[str]) -> list[Any]:
    from claimcheck.claimreview import read_claimreview
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ledger_exchange import parse_mapping, read_csv
    from claimcheck.ledger_formats import load_json

    if fmt is ImportFormat.csv:
        return read_csv(text, parse_mapping(mapping), name)
    if mapping:
        raise ClaimcheckError("--map is for CSV files")
    try:
        data = load_json(text)
    except json.JSONDecodeError as error:
        raise ClaimcheckError(f"{name}:{error.lineno}: JSON syntax error: {error.msg}") from None
    except ValueError as error:  # NaN, an endless number, nesting too deep
        raise ClaimcheckError(f"{name}: JSON error: {error}") from None
    return read_claimreview(data, name)


class ExportFormat(str, Enum):
    claimreview = "claimreview"
    jsonl = "jsonl"
    csv = "csv"


@ledger_app.command("export")
def export(
    output_format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="claimreview (ClaimReview JSON-LD), jsonl (JSON lines) or csv.",
        ),
    ] = ExportFormat.claimreview,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE (replaced atomically), not stdout.",
        ),
    ] = None,
    ledger: LedgerOption = None,
    publisher: Annotated[
        str | None,
        typer.Option(
            "--publisher", metavar="NAME", help="ClaimReview: the fact-checking organisation."
        ),
    ] = None,
    raw_csv: Annotated[
        bool,
        typer.Option(
            "--raw-csv",
            help="CSV: cells as they are, without the ' that keeps a spreadsheet from running "
            "a cell starting with =, +, -, @ as a formula (claimcheck reads either).",
        ),
    ] = False,
) -> None:
    """Write the whole ledger as ClaimReview JSON-LD, JSON lines or CSV."""
    from claimcheck import claimreview, ledger_exchange
    from claimcheck.ledger import load_ledger

    with user_errors():
        refuse_overwriting(output, [], ledger_paths(ledger))
        entries = load_ledger(ledger_paths(ledger)).entries
        if output_format is ExportFormat.claimreview:
            text = claimreview.export_claimreview(entries, publisher)
        elif output_format is ExportFormat.jsonl:
            text = ledger_exchange.export_jsonl(entries)
        else:
            text, warnings = ledger_exchange.export_csv(entries, formula_guard=not raw_csv)
            for warning in warnings:
                _warn(warning)
        emit(text, output)
    if output is not None:
        typer.echo(f"exported {len(entries)} entries to {output}", err=True)
