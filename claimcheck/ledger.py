"""The claims ledger: files of fact-checked claims, loaded, validated and indexed.

A ledger path is one file or a directory searched recursively (sorted, hidden names skipped)
for ``.yaml``/``.yml`` (a list of entries: the format editors write by hand), ``.json`` (a
list of entries, or ``{"claims": [...]}``), ``.jsonl`` (one entry per line) and ``.csv`` (a
header row of field names; list fields such as ``aliases``, ``sources`` and ``tags`` separated
by ``|``). Several paths merge into one ledger, in which every ``id`` must be unique.

:func:`load_ledger` stops at the first problem and raises :class:`LedgerError` with its
``file:line``; :func:`lint_ledger` collects every problem, and also reports near-duplicate
entries, entries that contradict each other, stale entries and entries without sources.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from claimcheck.errors import LedgerError
from claimcheck.model import FALSE_STATUSES, STATUSES, TRUE_STATUSES, Entry

EXTENSIONS = (".yaml", ".yml", ".json", ".jsonl", ".csv")
REQUIRED = ("id", "claim", "status")
LIST_FIELDS = ("aliases", "sources", "tags")
TEXT_FIELDS = ("title", "lang", "notes")
DATE_FIELDS = ("checked", "review_by")
KNOWN_FIELDS = frozenset((*REQUIRED, *LIST_FIELDS, *TEXT_FIELDS, *DATE_FIELDS))
CSV_LIST_SEPARATOR = "|"

_DIGIT = re.compile(r"\d")
_MAX_BLOCK = 200  # a block this large is a common word pair, not a duplicate signal
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
    paths: list[Path] = field(default_factory=list)  # the paths as given, for fingerprint()
    _by_id: dict[str, Entry] = field(default_factory=dict, init=False, repr=False)
    _matcher: Any = field(default=None, init=False, repr=False, compare=False)

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

    def fingerprint(self) -> str:
        """A cheap hash of the ledger files as they are *now*: resolved path, size, mtime_ns.

        The given paths are searched again, so an added, removed, renamed or edited file
        changes the fingerprint; no file is read.
        """
        digest = hashlib.sha1(usedforsecurity=False)
        files = self.files
        if self.paths:
            try:
                files = _discover(self.paths)
            except LedgerError:
                digest.update(b"missing-path\0")
        for path in files:
            resolved = path.resolve()
            try:
                stat = resolved.stat()
                digest.update(f"{resolved}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
            except OSError:
                digest.update(f"{resolved}\0missing\n".encode())
        return digest.hexdigest()


# --------------------------------------------------------------------------- public functions


def load_ledger(paths: Sequence[str | Path] | str | Path, *, allow_empty: bool = False) -> Ledger:
    """Load and validate the ledger at ``paths``; raise :class:`LedgerError` on any problem.

    A ledger without entries is an error unless ``allow_empty`` (for tools that add to it).
    """
    given = _as_paths(paths)
    files = discover_files(given)
    entries: list[Entry] = []
    first_seen: dict[str, Entry] = {}
    for path in files:
        for entry in read_entries(path):
            first = first_seen.get(entry.id)
            if first is not None:
                raise duplicate_id_error(entry, first)
            first_seen[entry.id] = entry
            entries.append(entry)
    if not entries and not allow_empty:
        raise empty_ledger_error(given)
    return Ledger(entries=entries, files=files, paths=given)


def discover_files(paths: Sequence[str | Path] | str | Path) -> list[Path]:
    """The ledger files at ``paths``, in load order; :class:`LedgerError` for a missing path."""
    return _discover(_as_paths(paths))


def read_entries(path: Path) -> list[Entry]:
    """The validated entries of one ledger file; :class:`LedgerError` at the first problem."""
    entries = []
    for raw, line in _read_file(path):
        problems: list[Problem] = []
        entry = _make_entry(raw, str(path), line, problems)
        if problems:
            raise LedgerError(problems[0].message, problems[0].location)
        assert entry is not None
        entries.append(entry)
    return entries


def duplicate_id_error(entry: Entry, first: Entry) -> LedgerError:
    """The error for ``entry`` reusing the id of ``first``, which comes before it."""
    return LedgerError(_duplicate_message(entry.id, first), entry.location)


def empty_ledger_error(paths: Sequence[Path]) -> LedgerError:
    return LedgerError(f"no ledger entries found in {_describe(paths)}")


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
    sources, files without entries.
    """
    today = today or dt.date.today()
    given = _as_paths(paths)
    files = _discover(given)  # a missing path leaves nothing to lint: raise
    problems: list[Problem] = []

    entries: list[Entry] = []
    first_seen: dict[str, Entry] = {}
    for path in files:
        count = 0
        try:
            for raw, line in _read_file(path):
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

    for first, second, score in near_duplicates(entries, cutoff=near_duplicate_cutoff):
        if _contradicts(first, second):
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
    return _STATUS_BY_KEY.get(_STATUS_SEPARATORS.sub("-", value.strip().lower()).strip("-"))


def near_duplicates(
    entries: Sequence[Entry], cutoff: float = 90.0
) -> list[tuple[Entry, Entry, float]]:
    """Pairs of entries whose claims (or aliases) say nearly the same thing, score 0..100.

    Candidate pairs come from blocking on each phrasing's rarest words, so a large ledger is
    not compared all-against-all; each pair is reported once, the earlier entry first.
    """
    from rapidfuzz import fuzz

    texts: list[tuple[int, str, frozenset[str], frozenset[str]]] = []  # entry, text, tokens, nums
    for index, entry in enumerate(entries):
        seen: set[str] = set()
        for text in (entry.claim, *entry.aliases):
            normal = _normalize_text(text)
            if normal and normal not in seen:
                seen.add(normal)
                tokens = frozenset(normal.split())
                numbers = (
                    frozenset(t for t in tokens if _DIGIT.search(t))
                    if _DIGIT.search(normal)
                    else frozenset()
                )
                texts.append((index, normal, tokens, numbers))

    document_frequency: Counter[str] = Counter()
    for _, _, tokens, _ in texts:
        document_frequency.update(tokens)

    # Block on pairs of each phrasing's four rarest words: two phrasings of one claim share
    # most words, so they share two of their rarest; unrelated claims seldom do.
    blocks: dict[tuple[str, ...], list[int]] = {}
    for position, (_, _, tokens, _) in enumerate(texts):
        rare = sorted(tokens, key=lambda t: (document_frequency[t], t))[:4]
        keys = combinations(rare, 2) if len(rare) > 1 else [tuple(rare)]
        for key in keys:
            blocks.setdefault(key, []).append(position)

    best: dict[tuple[int, int], float] = {}
    for members in blocks.values():
        if len(members) < 2 or len(members) > _MAX_BLOCK:
            continue
        for i, a in enumerate(members):
            entry_a, text_a, tokens_a, numbers_a = texts[a]
            for b in members[i + 1 :]:
                entry_b, text_b, tokens_b, numbers_b = texts[b]
                if entry_a == entry_b or numbers_a != numbers_b:
                    continue
                key = (entry_a, entry_b) if entry_a < entry_b else (entry_b, entry_a)
                if best.get(key, 0) >= 100:
                    continue
                small, large = sorted((len(tokens_a), len(tokens_b)))
                if small < 0.75 * large:  # a short claim inside a longer one is another claim
                    continue
                score = fuzz.token_set_ratio(text_a, text_b, score_cutoff=cutoff)
                if score and score > best.get(key, 0):
                    best[key] = score
    return [(entries[a], entries[b], best[(a, b)]) for a, b in sorted(best)]


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


def _discover(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.suffix.lower() in EXTENSIONS
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            files.extend(sorted(found))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            raise LedgerError("ledger path is neither a file nor a directory", str(path))
        else:
            raise LedgerError("ledger path not found", str(path))
    return _dedupe(files)


def _dedupe(files: Iterable[Path]) -> list[Path]:
    seen: set[Path] = set()
    unique = []
    for path in files:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            unique.append(path)
    return unique


# --------------------------------------------------------------------------- file formats


def _read_file(path: Path) -> Iterator[tuple[Any, int]]:
    """The raw records of one file with their 1-based start lines; raises :class:`LedgerError`."""
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise _error(
            f"unsupported ledger file type '{suffix or path.name}' (use {', '.join(EXTENSIONS)})",
            f"{path}:1",
            "unsupported-file",
        )
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _error(
            f"file is not UTF-8 text ({error.reason})", f"{path}:1", "unreadable"
        ) from None
    except OSError as error:
        raise _error(f"cannot read file ({error.strerror})", f"{path}:1", "unreadable") from None
    if suffix in (".yaml", ".yml"):
        return iter(_read_yaml(text, path))
    if suffix == ".json":
        return iter(_read_json(text, path))
    if suffix == ".jsonl":
        return _read_jsonl(text, path)
    return _read_csv(text, path)


def _error(message: str, location: str, code: str) -> LedgerError:
    error = LedgerError(message, location)
    error.code = code  # type: ignore[attr-defined]  # for lint_ledger
    return error


def _top_level_list(data: Any, path: Path, line: int) -> list[Any] | None:
    if isinstance(data, dict) and "claims" in data:  # other keys: metadata, ignored
        data = data["claims"]
    if data is None:
        return None
    if not isinstance(data, list):
        raise _error(
            f"top level must be a list of entries, got {_kind(data)}",
            f"{path}:{line}",
            "not-a-list",
        )
    return data


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (bool, int, float)):
        return f"the value {value!r}"
    return type(value).__name__


# YAML --------------------------------------------------------------------------------------

try:  # pragma: no branch
    from yaml import CSafeLoader as _BaseYamlLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _BaseYamlLoader


_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"


class _YamlLoader(_BaseYamlLoader):  # type: ignore[misc, valid-type]
    """Safe loading, with dates left as text so that a bad date is reported per entry.

    ``resolve`` is a faster equivalent of PyYAML's for the safe schema (no path resolvers):
    PyYAML calls it for every node, and it dominates the load time of a large ledger.
    """

    yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in _BaseYamlLoader.yaml_implicit_resolvers.items()
    }

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        import yaml

        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return _STR_TAG
        return _SEQ_TAG if kind is yaml.SequenceNode else _MAP_TAG


def _yaml_to_python(loader: Any, node: Any) -> Any:
    """Build plain data from a composed node; anything but str/seq/map goes to the (safe)
    constructor, which also refuses unknown tags such as ``!!python/object``."""
    tag = node.tag
    if tag == _STR_TAG:
        return node.value
    if tag == _SEQ_TAG:
        return [_yaml_to_python(loader, child) for child in node.value]
    if tag == _MAP_TAG and all(key.tag == _STR_TAG for key, _ in node.value):
        return {key.value: _yaml_to_python(loader, value) for key, value in node.value}
    return loader.construct_object(node, deep=True)


def _read_yaml(text: str, path: Path) -> list[tuple[Any, int]]:
    import yaml

    loader = _YamlLoader(text)
    try:
        node = loader.get_single_node()
        data = _yaml_to_python(loader, node) if node is not None else None
    except yaml.constructor.ConstructorError as error:  # e.g. !!python/object: never built
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise _error(
            f"YAML error: {error.problem} (only plain YAML is allowed in a ledger)",
            f"{path}:{line}",
            "unsafe-tag",
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        detail = ", ".join(part for part in (error.context, error.problem) if part)
        raise _error(f"YAML syntax error: {detail}", f"{path}:{line}", "syntax") from None
    except yaml.YAMLError as error:
        raise _error(f"YAML error: {error}", f"{path}:1", "syntax") from None
    finally:
        loader.dispose()
    items = _top_level_list(data, path, node.start_mark.line + 1 if node is not None else 1)
    if items is None:
        return []
    sequence = node if isinstance(node, yaml.SequenceNode) else _claims_value_node(node)
    lines = text.splitlines()
    return [
        (item, _yaml_item_line(lines, child.start_mark.line, child.start_mark.column))
        for item, child in zip(items, sequence.value, strict=True)
    ]


def _claims_value_node(node: Any) -> Any:
    return next(value for key, value in node.value if key.value == "claims")


def _yaml_item_line(lines: list[str], line: int, column: int) -> int:
    """The 1-based line of the ``- `` opening a sequence item whose node starts at (line, col).

    ``- id: x`` starts the mapping on the dash's line; ``-`` alone on a line starts it below.
    """
    if line >= len(lines) or lines[line][:column].strip():
        return line + 1
    for previous in range(line - 1, max(-1, line - 50), -1):
        stripped = lines[previous].strip()
        if stripped and not stripped.startswith("#"):
            return previous + 1 if stripped.endswith("-") else line + 1
    return line + 1


# JSON --------------------------------------------------------------------------------------

_WS = re.compile(r"[ \t\n\r]*")


def _read_json(text: str, path: Path) -> list[tuple[Any, int]]:
    try:
        data = json.loads(text) if text.strip() else None
    except json.JSONDecodeError as error:
        raise _error(
            f"JSON syntax error: {error.msg}", f"{path}:{error.lineno}", "syntax"
        ) from None
    start = _WS.match(text).end()
    items = _top_level_list(data, path, text.count("\n", 0, start) + 1)
    if items is None:
        return []
    starts = _json_array_item_starts(text, start)
    lines = []
    line, last = 1, 0
    for position in starts:
        line += text.count("\n", last, position)
        last = position
        lines.append(line)
    return list(zip(items, lines, strict=True))


def _json_array_item_starts(text: str, position: int) -> list[int]:
    """Offsets of the items of the entries array of a valid JSON document at ``position``."""
    decoder = json.JSONDecoder()
    if text[position] == "{":  # {"claims": [...]}: walk the keys to the claims array
        position = _WS.match(text, position + 1).end()
        while text[position] != "}":
            key, position = decoder.raw_decode(text, position)
            position = _WS.match(text, position).end() + 1  # the colon
            position = _WS.match(text, position).end()
            if key == "claims" and text[position] == "[":
                break
            _, position = decoder.raw_decode(text, position)
            position = _WS.match(text, position).end()
            if text[position] == ",":
                position = _WS.match(text, position + 1).end()
    starts: list[int] = []
    position = _WS.match(text, position + 1).end()  # past the "["
    while text[position] != "]":
        starts.append(position)
        _, position = decoder.raw_decode(text, position)
        position = _WS.match(text, position).end()
        if text[position] == ",":
            position = _WS.match(text, position + 1).end()
    return starts


def _read_jsonl(text: str, path: Path) -> Iterator[tuple[Any, int]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield json.loads(line), number
        except json.JSONDecodeError as error:
            raise _error(f"JSON syntax error: {error.msg}", f"{path}:{number}", "syntax") from None


# CSV ---------------------------------------------------------------------------------------


def _read_csv(text: str, path: Path) -> Iterator[tuple[Any, int]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            return
        header = [name.strip() for name in header]
        if not any(header):
            raise _error("CSV header row is empty", f"{path}:1", "syntax")
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                if len(row) > len(header):
                    raise _error(
                        f"row has {len(row)} cells but the header names {len(header)} fields",
                        f"{path}:{start}",
                        "syntax",
                    )
                record: dict[str, Any] = {}
                for name, cell in zip(header, row, strict=False):
                    cell = cell.strip()
                    if not name or not cell:
                        continue
                    if name in LIST_FIELDS:
                        record[name] = [
                            part.strip() for part in cell.split(CSV_LIST_SEPARATOR) if part.strip()
                        ]
                    else:
                        record[name] = cell
                yield record, start
            start = reader.line_num + 1
    except csv.Error as error:
        raise _error(f"CSV syntax error: {error}", f"{path}:{reader.line_num}", "syntax") from None


# --------------------------------------------------------------------------- validation


def _make_entry(raw: Any, file: str, line: int, problems: list[Problem]) -> Entry | None:
    """Validate one raw record into an :class:`Entry`; append any problems, then ``None``."""
    location = f"{file}:{line}"
    if not isinstance(raw, dict):
        problems.append(
            Problem(
                location, "not-a-mapping", f"entry must be a mapping of fields, got {_kind(raw)}"
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
    if isinstance(value, (int, float)):
        return str(value)
    return None


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


# --------------------------------------------------------------------------- lint helpers

_PUNCTUATION = re.compile(r"[^\w\s-]+|(?<!\w)-|-(?!\w)", re.UNICODE)


def _normalize_text(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())


def _negation_words() -> frozenset[str]:
    from claimcheck import lang

    words: set[str] = set()
    for code in lang.SUPPORTED:
        language = lang.get(code)
        words |= language.negators | language.denial_verbs
    return frozenset(words)


def _contradicts(first: Entry, second: Entry) -> bool:
    """Opposite ratings of the same claim; a claim and its negation rated oppositely agree."""
    a, b = first.status, second.status
    if not (
        (a in TRUE_STATUSES and b in FALSE_STATUSES) or (a in FALSE_STATUSES and b in TRUE_STATUSES)
    ):
        return False
    negations = _negation_words()
    polarity_first = len(set(_normalize_text(first.claim).split()) & negations) % 2
    polarity_second = len(set(_normalize_text(second.claim).split()) & negations) % 2
    return polarity_first == polarity_second
