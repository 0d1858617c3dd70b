"""Ledger entries in and out as plain records: JSON lines and CSV exports, CSV imports read
through a column mapping, and the plan of an import (ids made, entries already in the ledger
skipped). ClaimReview, its ratings and its JSON-LD are :mod:`claimcheck.claimreview`'s.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from claimcheck.claimreview import Imported, add_date, add_rating, normal_text
from claimcheck.errors import ClaimcheckError
from claimcheck.ledger_write import slugify, unique_id
from claimcheck.model import Entry
from claimcheck.safe_text import csv_text, json_text, unguard_cell

_WEB_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)

# --------------------------------------------------------------------------- export


def _export_record(entry: Entry) -> dict[str, Any]:
    from claimcheck.ledger import entry_record

    record = entry_record(entry)
    for key in ("checked", "review_by"):
        if record[key] is not None:
            record[key] = record[key].isoformat()
    return {k: v for k, v in record.items() if v not in (None, "", [], {})}


def export_jsonl(entries: Iterable[Entry]) -> str:
    """One ledger entry per line, as the ``.jsonl`` ledger format reads it."""
    return "".join(json_text(_export_record(entry)) + "\n" for entry in entries)


def export_csv(entries: Sequence[Entry], formula_guard: bool = True) -> tuple[str, list[str]]:
    """The entries as a ``.csv`` ledger (lists joined by ``|``), and warnings for what a CSV
    cannot carry (a ``|`` inside a list item, a nested extra field). With ``formula_guard``,
    cells a spreadsheet would run as formulas start with ``'`` (the ledger's CSV reader and
    ``ledger import`` drop it again)."""
    from claimcheck.ledger_formats import CSV_LIST_SEPARATOR, LIST_FIELDS
    from claimcheck.ledger_write import FIELD_ORDER

    warnings: list[str] = []
    extras: list[str] = []
    for entry in entries:
        extras += [key for key in entry.extra if key not in extras and key not in FIELD_ORDER]
    rows: list[list[str]] = [[*FIELD_ORDER, *extras]]
    for entry in entries:
        record = _export_record(entry)
        row = []
        for key in (*FIELD_ORDER, *extras):
            value = record.get(key)
            if key in LIST_FIELDS and value:
                if any(CSV_LIST_SEPARATOR in item for item in value):
                    warnings.append(
                        f"{entry.location}: entry '{entry.id}': an item of '{key}' contains "
                        f"'{CSV_LIST_SEPARATOR}' and will read back as two items"
                    )
                value = CSV_LIST_SEPARATOR.join(value)
            elif isinstance(value, (list, dict)):
                warnings.append(
                    f"{entry.location}: entry '{entry.id}': field '{key}' is written as JSON text"
                )
                value = json.dumps(value, ensure_ascii=False)
            elif isinstance(value, bool):
                value = "true" if value else "false"
            row.append("" if value is None else str(value))
        rows.append(row)
    return csv_text(rows, guard=formula_guard), warnings


# --------------------------------------------------------------------------- import


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    """``["claim=Statement", ...]`` → ``{"claim": "Statement"}``; raises on a bad pair."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        target, sep, column = pair.partition("=")
        target, column = target.strip(), column.strip()
        if not sep or not target or not column:
            raise ClaimcheckError(f"--map takes FIELD=COLUMN, e.g. claim=Statement; got {pair!r}")
        if not re.fullmatch(r"[A-Za-z_][\w-]*", target):
            raise ClaimcheckError(f"--map: {target!r} is not a field name")
        mapping[target] = column
    return mapping


def read_csv(text: str, mapping: Mapping[str, str], name: str = "input") -> list[Imported]:
    """The records of a CSV file: a field comes from the column ``mapping`` names for it, or
    else from a column named like the field (case does not matter). List fields split on
    ``|``; the status column is read as a rating ("Pants on Fire", "Salah", 1..5)."""
    from claimcheck.ledger import KNOWN_FIELDS
    from claimcheck.ledger_formats import CSV_LIST_SEPARATOR, LIST_FIELDS

    sample = text[:4096].splitlines()[0] if text.strip() else ""
    delimiter = max((",", ";", "\t"), key=sample.count) if sample else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [cell.strip() for cell in next(reader, [])]
    except csv.Error as error:
        raise ClaimcheckError(f"{name}:1: CSV syntax error: {error}") from None
    if not any(header):
        raise ClaimcheckError(f"{name}: no header row")
    by_name = {column.lower(): index for index, column in reversed(list(enumerate(header)))}
    columns: dict[str, int] = {}
    for target, column in mapping.items():
        if column.lower() not in by_name:
            raise ClaimcheckError(
                f"{name}: no column {column!r} for --map {target}={column} "
                f"(columns: {', '.join(c for c in header if c)})"
            )
        columns[target] = by_name[column.lower()]
    mapped = set(columns.values())
    for known in sorted(KNOWN_FIELDS):
        index = by_name.get(known)
        if known not in columns and index is not None and index not in mapped:
            columns[known] = index
    if "claim" not in columns:
        raise ClaimcheckError(
            f"{name}: no 'claim' column; name the column with --map claim=COLUMN "
            f"(columns: {', '.join(c for c in header if c)})"
        )
    found: list[Imported] = []
    line = reader.line_num + 1
    try:
        for row in reader:
            item = Imported({}, f"{name}:{line}")
            line = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            record = item.record
            for target, index in columns.items():
                cell = unguard_cell(row[index].strip()) if index < len(row) else ""
                if not cell or target == "status":
                    continue
                if target in LIST_FIELDS:
                    record[target] = [
                        p.strip() for p in cell.split(CSV_LIST_SEPARATOR) if p.strip()
                    ]
                elif target in ("checked", "review_by"):
                    add_date(record, target, cell, item)
                else:
                    record[target] = cell
            if "id" in record:
                item.explicit_id = True
            status_index = columns.get("status")
            status_cell = (
                unguard_cell(row[status_index].strip())
                if status_index is not None and status_index < len(row)
                else ""
            )
            add_rating(record, status_cell or None, item)
            found.append(item)
    except csv.Error as error:
        raise ClaimcheckError(f"{name}:{reader.line_num}: CSV syntax error: {error}") from None
    return found


def _url_slug(url: str) -> str | None:
    try:
        parts = [p for p in urlsplit(url).path.split("/") if p]
    except ValueError:
        return None
    for part in reversed(parts):
        part = _WEB_SUFFIX.sub("", part)
        slug = slugify(part)
        if slug != "claim" and not slug.isdigit() and slug not in ("index", "amp"):
            return slug
    return None


def plan_import(
    items: Sequence[Imported], existing: Sequence[Entry]
) -> tuple[list[dict], list[str]]:
    """The records to write, with ids unique against ``existing``, and warnings.

    A record without a claim is skipped. A record whose own id is taken, whose claim (compared
    without case and punctuation) an entry already has, or whose derived id (the slug of its
    first source URL, else of its claim) belongs to an entry with a shared source, is already
    in the ledger: skipped with a warning. Other taken derived ids get ``-2``, ``-3`` ...
    """
    warnings: list[str] = []
    by_id = {entry.id: entry for entry in existing}
    by_claim = {normal_text(entry.claim): entry.id for entry in existing}
    written: dict[str, dict[str, Any]] = {}
    records: list[dict[str, Any]] = []
    for item in items:
        record = dict(item.record)
        if not record.get("claim"):
            warnings.append(f"{item.where}: no claim text; skipped")
            continue
        if item.explicit_id:
            entry_id = record["id"]
            if entry_id in by_id:
                warnings.append(
                    f"{item.where}: id '{entry_id}' is already in the ledger at "
                    f"{by_id[entry_id].location}; skipped"
                )
                continue
            if entry_id in written:
                warnings.append(f"{item.where}: id '{entry_id}' appears twice; skipped")
                continue
        elif normal_text(record["claim"]) in by_claim:
            warnings.append(
                f"{item.where}: the claim is already in the ledger as "
                f"'{by_claim[normal_text(record['claim'])]}'; skipped"
            )
            continue
        else:
            sources = record.get("sources") or []
            base = (_url_slug(sources[0]) if sources else None) or slugify(record["claim"])
            same = _same_claim(record, by_id.get(base)) or _same_claim(record, written.get(base))
            if same:
                warnings.append(f"{item.where}: '{base}' is already in the ledger; skipped")
                continue
            entry_id = unique_id(base, [*by_id, *written])
        record = {"id": entry_id, **{k: v for k, v in record.items() if k != "id"}}
        warnings += item.warnings  # only for what is written: a skipped item says why
        written[entry_id] = record
        by_claim.setdefault(normal_text(record["claim"]), entry_id)
        records.append(record)
    return records, warnings


def _same_claim(record: Mapping[str, Any], other: Entry | Mapping[str, Any] | None) -> bool:
    if other is None:
        return False
    if isinstance(other, Entry):
        claim, sources = other.claim, other.sources
    else:
        claim, sources = other.get("claim", ""), other.get("sources") or []
    if normal_text(claim) == normal_text(record.get("claim", "")):
        return True
    return bool(set(sources) & set(record.get("sources") or []))
