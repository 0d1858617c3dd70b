"""Writing the claims ledger: new entries appended to a YAML file without touching the rest.

Editors write the ledger by hand, so a program that adds to it must never reformat it:
:func:`append_entries` appends each new entry as a block of YAML text at the end of the file,
in the file's own style (the indentation of its items, blank lines between entries or not),
so that every byte already there stays where it was. Before the file is replaced (atomically:
a temporary file in the same directory, then :func:`os.replace`), the result is parsed again
and compared with what was meant; a file that would not load, or would load differently, is
refused and the original is left untouched. Writers take turns: each holds the file's
advisory lock (:func:`claimcheck.files.locked`) from reading the file to replacing it, so
twenty ``ledger add`` at once add twenty entries, and each clears the temporary file a killed
writer may have left.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import LedgerError
from claimcheck.files import locked, remove_temporaries, write_atomic
from claimcheck.ledger import ENTRY_FIELDS as FIELD_ORDER
from claimcheck.ledger import entry_record
from claimcheck.model import Entry
from claimcheck.safe_text import BIDI, unicode_escape

YAML_SUFFIXES = (".yaml", ".yml")
_FLOW_ITEM = re.compile(r"[\w.-]+", re.UNICODE)
_SLUG_DROP = re.compile(r"[^\w\s-]+", re.UNICODE)
_SLUG_JOIN = re.compile(r"[\s_-]+", re.UNICODE)
_ITEM = re.compile(r"^([ \t]*)-(?:([ \t]+)([^\s#][^:#]*):|[ \t]*(?:#.*)?$)")
_KEY = re.compile(r"^([ \t]*)[^\s#-][^:#]*:")


# --------------------------------------------------------------------------- ids


def slugify(text: str, max_length: int = 60) -> str:
    """A lowercase ASCII id made of ``text``'s words: "Russia's S-400s" → ``russias-s-400s``.

    Accents are dropped (``Belarusia`` stays, ``é`` becomes ``e``); the slug is cut at a word
    boundary to at most ``max_length`` characters. Text with no usable characters gives
    ``claim``.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.replace("'", "").replace("\u2019", "")
    words = [w for w in _SLUG_JOIN.split(_SLUG_DROP.sub(" ", ascii_text.lower())) if w]
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            if not slug:
                slug = word[:max_length]
            break
        slug = candidate
    return slug or "claim"


def unique_id(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` ... whichever is not in ``taken``."""
    used = set(taken)
    if base not in used:
        return base
    number = 2
    while f"{base}-{number}" in used:
        number += 1
    return f"{base}-{number}"


# --------------------------------------------------------------------------- YAML text


@dataclass(frozen=True)
class Style:
    """How a YAML ledger file lays out its items."""

    dash: str = ""  # what comes before the "-" of an item
    field: str = "  "  # the indentation of an item's fields
    blank_lines: bool = True  # a blank line between items
    newline: str = "\n"


def detect_style(text: str) -> Style:
    """The style of the items already in ``text``; the README's style when it has none."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines()
    dash: str | None = None
    field: str | None = None
    items = 0
    separated = 0  # items after the first with a blank line before them
    for number, line in enumerate(lines):
        match = _ITEM.match(line)
        if not match or (dash is not None and match.group(1) != dash):
            continue
        items += 1
        if dash is None:
            dash = match.group(1)
            if match.group(2) is not None:
                field = dash + " " + match.group(2)
            else:  # "-" alone: the fields are on the next lines
                for following in lines[number + 1 :]:
                    key = _KEY.match(following)
                    if key:
                        field = key.group(1)
                        break
        else:  # a blank line anywhere in the comments above the item separates it
            for previous in reversed(lines[:number]):
                if not previous.strip():
                    separated += 1
                    break
                if not previous.lstrip().startswith("#"):
                    break
    if dash is None:
        return Style(newline=newline)
    if not field or len(field) <= len(dash):
        field = dash + "  "
    blank = items < 2 or 2 * separated >= items - 1
    return Style(dash=dash, field=field, blank_lines=blank, newline=newline)


def yaml_scalar(value: Any) -> str:
    """``value`` as one line of YAML: plain where that reads back the same, quoted otherwise."""
    import yaml

    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        return yaml.safe_dump(value).split("\n")[0]
    text = str(value)
    dumped = yaml.safe_dump(text, allow_unicode=True, width=float("inf"))
    dumped = dumped.removesuffix("\n...\n").removesuffix("\n")
    bidi = BIDI.search(text)
    if "\n" in dumped or "\r" in text or "\t" in text or bidi:
        dumped = yaml.safe_dump(
            text, allow_unicode=True, width=float("inf"), default_style='"'
        ).rstrip("\n")
    if bidi:  # YAML counts them printable and leaves them raw; an escape reads back the same
        dumped = BIDI.sub(unicode_escape, dumped)
    return dumped


def _flow_value(value: Any) -> str:
    import yaml

    dumped = yaml.safe_dump(
        value, allow_unicode=True, width=float("inf"), default_flow_style=True
    ).rstrip("\n")
    return dumped.removesuffix("\n...")


def entry_block(record: Mapping[str, Any], style: Style | None = None) -> str:
    """One ledger entry as a YAML sequence item in ``style``; fields in the README's order,
    then any others. Empty fields are left out; ``tags`` of plain words go in ``[a, b]`` form,
    other lists one item a line."""
    style = style or Style()
    keys = [k for k in FIELD_ORDER if k in record]
    keys += [k for k in record if k not in FIELD_ORDER]
    lines: list[str] = []
    for key in keys:
        value = record[key]
        if value is None or value == "" or value == [] or value == {}:
            continue
        if isinstance(value, (list, tuple)):
            items = list(value)
            if key == "tags" and all(
                isinstance(i, str) and _FLOW_ITEM.fullmatch(i) and yaml_scalar(i) == i
                for i in items
            ):
                lines.append(f"{key}: [{', '.join(items)}]")
            elif all(_is_scalar(item) for item in items):
                lines.append(f"{key}:")
                lines += [f"  - {yaml_scalar(item)}" for item in items]
            else:
                lines.append(f"{key}: {_flow_value(items)}")
        elif isinstance(value, dict):
            lines.append(f"{key}: {_flow_value(value)}")
        elif key == "status" and value in ("true", "false"):
            lines.append(f"{key}: {value}")  # as editors write it; the loader reads either
        else:
            lines.append(f"{key}: {yaml_scalar(value)}")
    first, *rest = lines
    gap = " " * max(1, len(style.field) - len(style.dash) - 1)
    out = [f"{style.dash}-{gap}{first}"] + [style.field + line for line in rest]
    return style.newline.join(out) + style.newline


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, dt.date))


# --------------------------------------------------------------------------- appending


def append_entries(
    path: Path,
    records: Sequence[Mapping[str, Any]],
    ledger: Sequence[Path] = (),
) -> list[Entry]:
    """Append ``records`` to the YAML file ``path`` (created if missing); return the new entries.

    Every id must be new to ``path`` and to the ``ledger`` paths (the rest of the ledger).
    The file is replaced atomically, and only if the result loads and holds exactly the old
    entries followed by the new ones, read back as given. Raises :class:`LedgerError`
    otherwise, leaving ``path`` as it was.
    """
    path = Path(path)
    if path.is_symlink():  # write where the link points, and keep the link
        path = path.resolve()
    if path.suffix.lower() not in YAML_SUFFIXES:
        raise LedgerError(f"can only add entries to a YAML file (.yaml or .yml), not {path}")
    if path.exists() and not path.is_file():
        raise LedgerError("not a file", str(path))
    if not records:
        return []

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with locked(path):
            remove_temporaries(path)
            return _append(path, records, ledger)
    except TimeoutError:
        raise LedgerError("another claimcheck process is writing the file", str(path)) from None


def _append(
    path: Path, records: Sequence[Mapping[str, Any]], ledger: Sequence[Path]
) -> list[Entry]:
    """:func:`append_entries` once the file's lock is held."""
    from claimcheck.ledger import load_ledger, load_text, normalize_status

    original = path.read_bytes() if path.exists() else b""
    try:
        text = original.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LedgerError("file is not UTF-8 text", f"{path}:1") from None
    before = load_text(text, path) if text.strip() else []

    others = [p for p in ledger if Path(p).resolve() != path.resolve()]
    taken = {entry.id: entry for entry in before}
    if others:
        for entry in load_ledger(others, allow_empty=True).entries:
            if Path(entry.file).resolve() != path.resolve():
                taken.setdefault(entry.id, entry)
    seen: set[str] = set()
    for record in records:
        entry_id = str(record.get("id") or "").strip()
        if entry_id in taken:
            raise LedgerError(
                f"an entry with id '{entry_id}' already exists at {taken[entry_id].location}"
            )
        if entry_id in seen:
            raise LedgerError(f"id '{entry_id}' is given twice")
        seen.add(entry_id)
        if record.get("status") is not None and normalize_status(record["status"]) is None:
            raise LedgerError(f"entry '{entry_id}': unknown status {record['status']!r}")
    records = [
        {**r, "status": normalize_status(r["status"])} if r.get("status") is not None else r
        for r in records
    ]

    style = detect_style(text)
    addition = ""
    if text and not text.endswith(("\n", "\r")):
        addition += style.newline
    for record in records:
        tail = text + addition
        if style.blank_lines and tail.strip() and not tail.endswith(style.newline * 2):
            addition += style.newline
        addition += entry_block(record, style)
    new_bytes = original + addition.encode("utf-8")

    try:
        after = load_text(new_bytes.decode("utf-8-sig"), path)
    except LedgerError as error:
        raise LedgerError(
            f"the file would not load after adding the entry ({error.message}); "
            "left unchanged: add the entry by hand",
            error.location,
        ) from None
    added = _check_result(path, before, after, records)
    # Writers that take the lock cannot get here at once; an editor saving by hand can.
    if (path.read_bytes() if path.exists() else b"") != original:
        raise LedgerError("the file changed while the entry was added; try again", str(path))
    write_atomic(path, new_bytes)
    return added


def _check_result(
    path: Path, before: list[Entry], after: list[Entry], records: Sequence[Mapping[str, Any]]
) -> list[Entry]:
    """The appended entries, if ``after`` is ``before`` plus ``records`` read back unchanged."""
    from claimcheck.ledger import normalize_status

    def refuse(why: str) -> LedgerError:
        return LedgerError(f"{why}; left unchanged: add the entry by hand", str(path))

    if len(after) != len(before) + len(records):
        raise refuse("the new entry would not be read as a separate entry of the file")
    for old, new in zip(before, after, strict=False):
        if entry_record(old) != entry_record(new):
            raise refuse(f"adding the entry would change entry '{old.id}'")
    added = after[len(before) :]
    for record, entry in zip(records, added, strict=True):
        written = entry_record(entry)
        for key, value in record.items():
            if value is None or value == "" or value == [] or value == {}:
                continue
            expected: Any = value
            actual = written.get(key)
            if isinstance(actual, dt.date):
                actual = actual.isoformat()
            if isinstance(value, dt.date):
                expected = value.isoformat()
            elif key == "status":
                expected = normalize_status(value)
            elif key == "lang":
                expected = str(value).strip().lower()
            elif isinstance(value, str):
                expected = value.strip()
            elif isinstance(value, (list, tuple)):
                expected = [v.strip() if isinstance(v, str) else v for v in value]
            if actual != expected:
                raise refuse(f"field '{key}' of entry '{record.get('id')}' would read back changed")
    return added
