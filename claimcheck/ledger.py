"""The claims ledger: files of fact-checked claims, loaded, validated and indexed.

A ledger path is one file or a directory searched recursively (sorted, hidden names skipped)
for ``.yaml``/``.yml`` (a list of entries: the format editors write by hand), ``.json`` (a
list of entries, or ``{"claims": [...]}``), ``.jsonl`` (one entry per line) and ``.csv`` (a
header row of field names; list fields such as ``aliases``, ``sources`` and ``tags`` separated
by ``|``). Several paths merge into one ledger, in which every ``id`` must be unique.

:func:`load_ledger` stops at the first problem and raises :class:`LedgerError` with its
``file:line``; :func:`lint_ledger` collects every problem, and also reports near-duplicate
entries, entries that contradict each other, stale entries, entries without sources and
ledger files that cannot be reached (a symbolic link in a loop, or to nothing), which
loading skips. Parsing the formats themselves is :mod:`claimcheck.ledger_formats`' job.
"""

from __future__ import annotations

import datetime as dt
import errno
import math
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimcheck.errors import LedgerError
from claimcheck.ledger_formats import (
    EXTENSIONS,
    LIST_FIELDS,
    check_suffix,
    kind,
    parse,
    read_file,
)
from claimcheck.model import STATUSES, Entry

REQUIRED = ("id", "claim", "status")
TEXT_FIELDS = ("title", "lang", "notes")
DATE_FIELDS = ("checked", "review_by")
KNOWN_FIELDS = frozenset((*REQUIRED, *LIST_FIELDS, *TEXT_FIELDS, *DATE_FIELDS))

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STATUS_SEPARATORS = re.compile(r"[\s_\-]+")
_STATUS_BY_KEY = {_STATUS_SEPARATORS.sub("-", s): s for s in STATUSES}


# --------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class Problem:
    """One lint finding. ``severity`` is ``"error"`` or ``"warning"``."""

    location: str
    code: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.location}: {self.severity} {self.code} {self.message}"

    def to_dict(self) -> dict[str, str]:
        return {
            "location": self.location,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }


@dataclass
class Ledger:
    """Loaded, validated entries. ``files`` are the files read, in load order."""

    entries: list[Entry]
    files: list[Path] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)  # the paths as given
    _by_id: dict[str, Entry] = field(default_factory=dict, init=False, repr=False)
    _matcher: Any = field(default=None, init=False, repr=False, compare=False)
    # How claims are matched: set by claimcheck.api.load_ledger (see semantic.py).
    matching: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id = {entry.id: entry for entry in self.entries}

    @property
    def matcher(self) -> Any:
        """The search index over the entries (a :class:`claimcheck.match.Matcher`), built once,
        in memory: :func:`claimcheck.api.load_ledger` gives a ledger backed by the on-disk
        index instead."""
        if self._matcher is None:
            from claimcheck.match import Matcher

            self._matcher = Matcher(self.entries)
        return self._matcher

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id


# --------------------------------------------------------------------------- public functions


def load_ledger(paths: Sequence[str | Path] | str | Path, *, allow_empty: bool = False) -> Ledger:
    """Load and validate the ledger at ``paths``; raise :class:`LedgerError` on any problem.

    A ledger without entries is an error unless ``allow_empty`` (for tools that add to it).
    """
    given = _as_paths(paths)
    files = _discover(given)
    entries: list[Entry] = []
    first_seen: dict[str, Entry] = {}
    for path in files:
        entries += _validated(read_file(path), path, first_seen)
    if not entries and not allow_empty:
        raise empty_ledger_error(given)
    return Ledger(entries=entries, files=files, paths=given)


def read_entries(path: Path) -> list[Entry]:
    """The validated entries of one ledger file; :class:`LedgerError` at the first problem
    (a duplicate id within the file included)."""
    return _validated(read_file(path), path, {})


def duplicate_id_error(entry: Entry, first: Entry) -> LedgerError:
    """The error for ``entry`` reusing the id of ``first``, which comes before it."""
    return LedgerError(_duplicate_message(entry.id, first), entry.location)


def empty_ledger_error(paths: Sequence[Path]) -> LedgerError:
    return LedgerError(f"no ledger entries found in {_describe(paths)}")


def load_text(text: str, path: Path) -> list[Entry]:
    """The entries of ``text``, read as the ledger file ``path`` would be (its format from its
    suffix; locations name it), without reading ``path``. Raises :class:`LedgerError`."""
    check_suffix(path)
    return _validated(parse(text, path), path, {})


def _validated(
    records: Iterable[tuple[Any, int]], path: Path, first_seen: dict[str, Entry]
) -> list[Entry]:
    """The entries of one file's records; the first invalid or duplicate one raises."""
    entries = []
    for raw, line in records:
        problems: list[Problem] = []
        entry = _make_entry(raw, str(path), line, problems)
        if problems:
            raise LedgerError(problems[0].message, problems[0].location)
        assert entry is not None
        first = first_seen.get(entry.id)
        if first is not None:
            raise duplicate_id_error(entry, first)
        first_seen[entry.id] = entry
        entries.append(entry)
    return entries


def lint_ledger(
    paths: Sequence[str | Path] | str | Path,
    today: dt.date | None = None,
    near_duplicate_cutoff: float = 90.0,
) -> list[Problem]:
    """Every problem of the ledger at ``paths``, in file order, each with its ``file:line``.

    Only a missing ledger path raises :class:`LedgerError`; everything else is reported.

    Errors: unreadable or malformed files, entries that do not validate, duplicate ids,
    contradicting entries (near-duplicate claims rated true and false). Warnings:
    near-duplicate entries, stale entries (``review_by`` before ``today``), entries without
    sources or in a language claimcheck does not read, files without entries.
    """
    from claimcheck.lang import SUPPORTED as SUPPORTED_LANGUAGES
    from claimcheck.near_duplicates import contradicts, near_duplicates

    today = today or dt.date.today()
    given = _as_paths(paths)
    files = _discover(given)  # a missing path leaves nothing to lint: raise
    problems: list[Problem] = _unreachable(given)

    entries: list[Entry] = []
    first_seen: dict[str, Entry] = {}
    for path in files:
        count = 0
        try:
            for raw, line in read_file(path):
                count += 1
                entry = _make_entry(raw, str(path), line, problems)
                if entry is None:
                    continue
                first = first_seen.get(entry.id)
                if first is not None:
                    problems.append(
                        Problem(entry.location, "duplicate-id", _duplicate_message(entry.id, first))
                    )
                    continue
                first_seen[entry.id] = entry
                entries.append(entry)
        except LedgerError as error:
            problems.append(_problem(error, getattr(error, "code", "syntax-error")))
            continue
        if count == 0:
            problems.append(Problem(f"{path}:1", "empty-file", "no entries in file", "warning"))

    if not entries and not any(p.severity == "error" for p in problems):
        problems.append(
            Problem(
                _describe(given), "empty-ledger", f"no ledger entries found in {_describe(given)}"
            )
        )

    for entry in entries:
        if entry.is_stale(today):
            problems.append(
                Problem(
                    entry.location,
                    "stale",
                    f"entry '{entry.id}' was due for review on {entry.review_by.isoformat()}",
                    "warning",
                )
            )
        if not entry.sources:
            problems.append(
                Problem(
                    entry.location, "no-sources", f"entry '{entry.id}' has no sources", "warning"
                )
            )
        if entry.lang and entry.lang not in SUPPORTED_LANGUAGES:
            problems.append(
                Problem(
                    entry.location,
                    "unknown-lang",
                    f"entry '{entry.id}' has lang '{entry.lang}', which claimcheck does not read "
                    f"({', '.join(SUPPORTED_LANGUAGES)}): its language is guessed from its text",
                    "warning",
                )
            )

    for first, second, score in near_duplicates(entries, cutoff=near_duplicate_cutoff):
        if contradicts(first, second):
            problems.append(
                Problem(
                    second.location,
                    "contradiction",
                    f"entry '{second.id}' ({second.status}) contradicts '{first.id}' "
                    f"({first.status}) at {first.location}: same claim, opposite ratings "
                    f"(similarity {score:.0f})",
                )
            )
        else:
            problems.append(
                Problem(
                    second.location,
                    "near-duplicate",
                    f"entry '{second.id}' looks like '{first.id}' at {first.location} "
                    f"(similarity {score:.0f}); merge them or make one an alias",
                    "warning",
                )
            )

    order = {str(path): index for index, path in enumerate(files)}
    return sorted(problems, key=lambda p: _problem_sort_key(p, order))


def normalize_status(value: Any) -> str | None:
    """The canonical status for ``value`` ("Mostly True" → ``mostly-true``), else ``None``."""
    if isinstance(value, bool):  # YAML reads an unquoted ``status: true`` as a boolean
        return "true" if value else "false"
    if not isinstance(value, str):
        return None
    return _status_of_text(value)


@lru_cache(maxsize=1024)
def _status_of_text(value: str) -> str | None:
    # Remembered: a ledger spells its statuses a few ways, over and over.
    return _STATUS_BY_KEY.get(_STATUS_SEPARATORS.sub("-", value.strip().lower()).strip("-"))


# The fields a ledger file holds, in the order editors write them.
ENTRY_FIELDS = (
    "id",
    "claim",
    "status",
    "lang",
    "title",
    "aliases",
    "sources",
    "checked",
    "review_by",
    "notes",
    "tags",
)


def entry_record(entry: Entry) -> dict[str, Any]:
    """``entry`` as the fields a ledger file holds (no file/line), extra fields last."""
    record: dict[str, Any] = {}
    for name in ENTRY_FIELDS:
        value = getattr(entry, name)
        record[name] = list(value) if isinstance(value, list) else value
    for key, value in entry.extra.items():
        record.setdefault(key, value)
    return record


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    """``entry`` as JSON-ready data: its fields, dates as ISO text, its file and line."""
    data = {name: value for name, value in entry_record(entry).items() if name in ENTRY_FIELDS}
    for name in ("checked", "review_by"):
        data[name] = data[name].isoformat() if data[name] else None
    data.update(file=entry.file, line=entry.line)
    if entry.extra:
        data["extra"] = entry.extra
    return data


# --------------------------------------------------------------------------- discovery


def _as_paths(paths: Sequence[str | Path] | str | Path) -> list[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return [Path(p) for p in paths]


def _describe(paths: Sequence[Path]) -> str:
    return ", ".join(str(p) for p in paths) or "(no paths)"


def _named_like_ledger_files(directory: Path) -> list[Path]:
    """The paths below ``directory`` with a ledger suffix and no hidden part, sorted; symbolic
    links to directories are not followed. (os.scandir, not Path.rglob: a ledger of ten
    thousand files is listed on every run, and this is several times faster.)"""
    found: list[str] = []
    pending = [str(directory)]
    while pending:
        try:
            entries = list(os.scandir(pending.pop()))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif os.path.splitext(entry.name)[1].lower() in EXTENSIONS:
                found.append(entry.path)
    found.sort(key=lambda path: path.split(os.sep))  # the order of sorted Path objects
    return [Path(path) for path in found]


def _discover(paths: Iterable[Path]) -> list[Path]:
    return [path for path, _ in discover_with_stats(paths)]


def discover_with_stats(paths: Iterable[str | Path]) -> list[tuple[Path, os.stat_result]]:
    """The ledger files at ``paths`` in load order, each with its ``stat`` (one per file: a
    run lists and checks the whole ledger's files); :class:`LedgerError` for a missing path."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(_named_like_ledger_files(path))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            raise LedgerError("ledger path is neither a file nor a directory", str(path))
        else:
            raise LedgerError("ledger path not found", str(path))
    return _dedupe(files)


def _unreachable(paths: Iterable[Path]) -> list[Problem]:
    """Symbolic links named like ledger files that lead nowhere: loading skips them."""
    problems = []
    for path in paths:
        for candidate in _named_like_ledger_files(path) if path.is_dir() else ():
            if not candidate.is_symlink():
                continue
            try:
                candidate.stat()
            except OSError as error:
                loop = error.errno == errno.ELOOP
                problems.append(
                    Problem(
                        f"{candidate}:1",
                        "symlink-loop" if loop else "broken-link",
                        "symbolic link in a loop: its entries are not loaded"
                        if loop
                        else "symbolic link to a missing file: its entries are not loaded",
                    )
                )
    return problems


def _dedupe(files: Iterable[Path]) -> list[tuple[Path, os.stat_result]]:
    """The regular files of ``files`` (links followed), each with its ``stat``, less a second
    path to one file (a link, or the same path twice)."""
    seen: set[tuple[int, int]] = set()
    unique = []
    for path in files:
        try:
            info = os.stat(path)
        except OSError:
            continue  # a broken link, or gone since it was listed
        if stat.S_ISREG(info.st_mode) and (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            unique.append((path, info))
    return unique


# --------------------------------------------------------------------------- validation


def _make_entry(raw: Any, file: str, line: int, problems: list[Problem]) -> Entry | None:
    """Validate one raw record into an :class:`Entry`; append any problems, then ``None``."""
    location = f"{file}:{line}"
    if not isinstance(raw, dict):
        problems.append(
            Problem(
                location, "not-a-mapping", f"entry must be a mapping of fields, got {kind(raw)}"
            )
        )
        return None
    count = len(problems)
    raw = {str(key).strip(): value for key, value in raw.items()}
    values: dict[str, Any] = {}

    entry_id = raw.get("id")
    label = f"entry '{_scalar_text(entry_id)}'" if _is_present(entry_id) else "entry"
    for name in REQUIRED:
        if not _is_present(raw.get(name)):
            problems.append(
                Problem(location, "missing-field", f"{label} is missing required field '{name}'")
            )

    if _is_present(entry_id):
        text = _scalar_text(entry_id)
        if text is None:
            problems.append(Problem(location, "bad-field", "field 'id' must be text"))
        else:
            values["id"] = text

    for name in ("claim", *TEXT_FIELDS):
        value = raw.get(name)
        if not _is_present(value):
            continue
        text = _scalar_text(value)
        if text is None:
            problems.append(Problem(location, "bad-field", f"{label}: field '{name}' must be text"))
        else:
            values[name] = text.lower() if name == "lang" else text

    status = raw.get("status")
    if _is_present(status):
        normal = normalize_status(status)
        if normal is None:
            problems.append(
                Problem(
                    location,
                    "unknown-status",
                    f"{label}: unknown status {_scalar_text(status) or status!r}"
                    f" (allowed: {', '.join(STATUSES)})",
                )
            )
        else:
            values["status"] = normal

    for name in LIST_FIELDS:
        value = raw.get(name)
        if not _is_present(value):
            continue
        items = value if isinstance(value, list) else [value]
        texts = [_scalar_text(item) for item in items if _is_present(item)]
        if any(text is None for text in texts):
            problems.append(
                Problem(location, "bad-field", f"{label}: field '{name}' must be a list of text")
            )
        else:
            values[name] = texts

    for name in DATE_FIELDS:
        value = raw.get(name)
        if not _is_present(value):
            continue
        date = _parse_date(value)
        if date is None:
            problems.append(
                Problem(
                    location,
                    "bad-date",
                    f"{label}: field '{name}' is not a date in YYYY-MM-DD form: {value!s:.40}",
                )
            )
        else:
            values[name] = date

    if len(problems) > count:
        return None
    extra = {key: value for key, value in raw.items() if key not in KNOWN_FIELDS}
    return Entry(file=file, line=line, extra=extra, **values)


def _is_present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, dict)):
        return bool(value)
    return True


def _scalar_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return str(value)
    return None  # a list, a mapping, or YAML's .nan and .inf, which are no one's text


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _duplicate_message(entry_id: str, first: Entry) -> str:
    return f"duplicate id '{entry_id}' (first at {first.location})"


def _problem(error: LedgerError, code: str) -> Problem:
    return Problem(error.location or "", code, error.message)


def _problem_sort_key(problem: Problem, order: dict[str, int]) -> tuple[int, int, str]:
    file, _, line = problem.location.rpartition(":")
    if not line.isdigit():
        file, line = problem.location, "0"
    return (order.get(file, -1), int(line), problem.code)
