"""The ledger's file formats: YAML, JSON, JSON lines and CSV text → raw records with lines.

:func:`parse` turns the text of one ledger file into ``(record, line)`` pairs, a record being
the plain data of one entry (validated later, by :mod:`claimcheck.ledger`). Whatever a file
holds, parsing either succeeds or raises :class:`LedgerError` naming ``file:line``, in well
under a second: a ledger may be a file someone sent, and a tool that gates CI must not hang
or crash on it. So:

- YAML is loaded safely (no objects built), and a tagged value that does not fit its tag
  (``!!int abc``, ``!!timestamp ""``) is an error at its line;
- aliases may not expand a document past :data:`MAX_VALUES_SLACK` values more than it has
  characters, which stops a "billion laughs" file in milliseconds, and nothing may nest
  deeper than :data:`MAX_NESTING` levels (YAML or JSON);
- JSON must be JSON: ``NaN`` and ``Infinity`` are refused, as are numbers longer than
  :data:`MAX_NUMBER_DIGITS` digits (in YAML too: Python refuses to read integers of more
  than 4,300 digits, and no ledger needs one).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from claimcheck.errors import LedgerError
from claimcheck.safe_text import unguard_cell

EXTENSIONS = (".yaml", ".yml", ".json", ".jsonl", ".csv")
LIST_FIELDS = ("aliases", "sources", "tags")  # in CSV, items separated by CSV_LIST_SEPARATOR
CSV_LIST_SEPARATOR = "|"

MAX_NESTING = 50
MAX_VALUES_SLACK = 10_000
MAX_NUMBER_DIGITS = 100


def coded_error(message: str, location: str, code: str) -> LedgerError:
    """A :class:`LedgerError` with the lint ``code`` it is reported under."""
    problem = LedgerError(message, location)
    problem.code = code  # type: ignore[attr-defined]  # for lint_ledger
    return problem


def check_suffix(path: Path) -> None:
    """Raise unless ``path`` has the suffix of a ledger format."""
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise coded_error(
            f"unsupported ledger file type '{suffix or path.name}' (use {', '.join(EXTENSIONS)})",
            f"{path}:1",
            "unsupported-file",
        )


def read_file(path: Path) -> Iterator[tuple[Any, int]]:
    """The raw records of one file with their 1-based start lines; raises :class:`LedgerError`."""
    check_suffix(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise coded_error(
            f"file is not UTF-8 text ({problem.reason})", f"{path}:1", "unreadable"
        ) from None
    except OSError as problem:
        raise unreadable(path, problem) from None
    return parse(text, path)


def unreadable(path: Path | str, problem: OSError) -> LedgerError:
    """The error for a ledger file that cannot be read, named at its first line."""
    return coded_error(f"cannot read file ({problem.strerror})", f"{path}:1", "unreadable")


def parse(text: str, path: Path) -> Iterator[tuple[Any, int]]:
    """The raw records of ``text``, in the format ``path``'s (supported) suffix names."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return iter(_read_yaml(text, path))
    if suffix == ".json":
        return iter(_read_json(text, path))
    if suffix == ".jsonl":
        return _read_jsonl(text, path)
    return _read_csv(text, path)


def kind(value: Any) -> str:
    """What ``value`` is, in words, for error messages."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (bool, int, float)):
        return f"the value {value!r}"
    return type(value).__name__


def _top_level_list(data: Any, path: Path, line: int) -> list[Any] | None:
    if isinstance(data, dict) and "claims" in data:  # other keys: metadata, ignored
        data = data["claims"]
    if data is None:
        return None
    if not isinstance(data, list):
        raise coded_error(
            f"top level must be a list of entries, got {kind(data)}",
            f"{path}:{line}",
            "not-a-list",
        )
    return data


def _size_problem(root: Any, children: Callable[[Any], Iterable[Any]], budget: int) -> str | None:
    """Why the tree under ``root`` is refused (nested too deep, or more than ``budget``
    values, aliases expanded), else ``None``. Iterative, so a cycle or a deep tree costs at
    most ``budget`` steps and no recursion."""
    stack = [(root, 1)]
    count = 0
    while stack:
        value, depth = stack.pop()
        count += 1
        if count > budget:
            return f"more than {budget:,} values once its aliases are expanded"
        if depth > MAX_NESTING:
            return f"nested more than {MAX_NESTING} levels deep"
        stack.extend((child, depth + 1) for child in children(value))
    return None


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


def _yaml_children(node: Any) -> Iterable[Any]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [child for pair in node.value for child in pair]
    return ()


def _yaml_to_python(loader: Any, node: Any) -> Any:
    """Build plain data from a composed node; anything but str/seq/map goes to the (safe)
    constructor, which also refuses unknown tags such as ``!!python/object``."""
    import yaml

    tag = node.tag
    if tag == _STR_TAG:
        return node.value
    if tag == _SEQ_TAG:
        return [_yaml_to_python(loader, child) for child in node.value]
    if tag == _MAP_TAG and all(key.tag == _STR_TAG for key, _ in node.value):
        mapping = {key.value: _yaml_to_python(loader, value) for key, value in node.value}
        if len(mapping) < len(node.value):
            # "status: true" then "status: false" (a merge gone wrong): YAML keeps the last
            # without a word, and the entry's rating flips.
            seen: set[str] = set()
            for key, _ in node.value:
                if key.value in seen:
                    raise yaml.MarkedYAMLError(
                        problem=f"duplicate key {key.value!r}", problem_mark=key.start_mark
                    )
                seen.add(key.value)
        return mapping
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError:
        raise
    except (ValueError, TypeError, LookupError, AttributeError, OverflowError):
        # PyYAML's constructors take the value on trust: int("abc"), ""[0], bool_values["x"]
        name = tag.rsplit(":", 1)[-1]
        shown = node.value if isinstance(node.value, str) else ""
        shown = f"{shown[:40]}..." if len(shown) > 40 else shown
        raise yaml.MarkedYAMLError(
            problem=f"{shown!r} is not a valid {name}", problem_mark=node.start_mark
        ) from None


def _read_yaml(text: str, path: Path) -> list[tuple[Any, int]]:
    import yaml

    loader = _YamlLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            refused = _size_problem(node, _yaml_children, len(text) + MAX_VALUES_SLACK)
            if refused:
                raise coded_error(f"YAML document is {refused}", f"{path}:1", "too-large")
        data = _yaml_to_python(loader, node) if node is not None else None
    except yaml.constructor.ConstructorError as problem:  # e.g. !!python/object: never built
        line = problem.problem_mark.line + 1 if problem.problem_mark else 1
        raise coded_error(
            f"YAML error: {problem.problem} (only plain YAML is allowed in a ledger)",
            f"{path}:{line}",
            "unsafe-tag",
        ) from None
    except yaml.MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        line = mark.line + 1 if mark else 1
        detail = ", ".join(part for part in (problem.context, problem.problem) if part)
        raise coded_error(f"YAML syntax error: {detail}", f"{path}:{line}", "syntax") from None
    except yaml.YAMLError as problem:
        raise coded_error(f"YAML error: {problem}", f"{path}:1", "syntax") from None
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


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 reads as infinity: refused as "Infinity" is
        raise ValueError(f"{text[:20]} is too large a number")
    return value


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise ValueError(f"a number of more than {MAX_NUMBER_DIGITS} digits")
    return int(digits)


def _json_children(value: Any) -> Iterable[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return value.values()
    return ()


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are unique: JSON parsers keep the last of a repeated key without a
    word, so a bad merge ("status": "true" then "status": "false") would flip a rating."""
    mapping = dict(pairs)
    if len(mapping) < len(pairs):
        keys = [key for key, _ in pairs]
        repeated = next(key for key in keys if keys.count(key) > 1)
        named = mapping.get("id")
        where = f" in the object with id {named!r}" if isinstance(named, str) else ""
        raise ValueError(f"duplicate key {repeated!r}{where}")
    return mapping


def load_json(text: str) -> Any:
    """``text`` as JSON, strictly: :class:`ValueError` (a :class:`json.JSONDecodeError`, with
    its line, for a syntax error) for ``NaN``/``Infinity``, overlong numbers, a repeated key
    in an object and nesting deeper than :data:`MAX_NESTING`."""
    try:
        if text.startswith("\ufeff"):  # json.loads refuses it, with its own message
            data = json.loads(text, **_JSON_OPTIONS)
        else:  # what json.loads does, without making a decoder per call
            data = _JSON_DECODER.decode(text)
    except RecursionError:
        raise ValueError(f"nested more than {MAX_NESTING} levels deep") from None
    # Each value takes a character of its own (so no JSON text runs over the budget), and
    # with fewer brackets than MAX_NESTING nothing nests too deep: most texts skip the walk.
    if text.count("[") + text.count("{") >= MAX_NESTING:
        refused = _size_problem(data, _json_children, len(text) + MAX_VALUES_SLACK)
        if refused:
            raise ValueError(refused)
    return data


_JSON_OPTIONS: dict[str, Any] = {
    "parse_constant": _refuse_constant,
    "parse_int": _bounded_int,
    "parse_float": _finite_float,
    "object_pairs_hook": _unique_keys,
}
_JSON_DECODER = json.JSONDecoder(**_JSON_OPTIONS)


def _json_error(problem: ValueError, location: str) -> LedgerError:
    if isinstance(problem, json.JSONDecodeError):
        return coded_error(f"JSON syntax error: {problem.msg}", location, "syntax")
    return coded_error(f"JSON error: {problem}", location, "syntax")


def _read_json(text: str, path: Path) -> list[tuple[Any, int]]:
    try:
        data = load_json(text) if text.strip() else None
    except ValueError as problem:
        line = problem.lineno if isinstance(problem, json.JSONDecodeError) else 1
        raise _json_error(problem, f"{path}:{line}") from None
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
            yield load_json(line), number
        except ValueError as problem:
            raise _json_error(problem, f"{path}:{number}") from None


# CSV ---------------------------------------------------------------------------------------


def _read_csv(text: str, path: Path) -> Iterator[tuple[Any, int]]:
    # strict: an unterminated quote is an error at its row, not the rest of the file in one cell
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1  # the line the row being read starts on
    try:
        header = next(reader, None)
        if header is None:
            return
        header = [name.strip() for name in header]
        if not any(header):
            raise coded_error("CSV header row is empty", f"{path}:1", "syntax")
        named = [name for name in header if name]
        if len(set(named)) < len(named):
            repeated = next(name for name in named if named.count(name) > 1)
            raise coded_error(f"CSV header names {repeated!r} twice", f"{path}:1", "syntax")
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                if len(row) > len(header):
                    raise coded_error(
                        f"row has {len(row)} cells but the header names {len(header)} fields",
                        f"{path}:{start}",
                        "syntax",
                    )
                record: dict[str, Any] = {}
                for name, cell in zip(header, row, strict=False):
                    cell = unguard_cell(cell.strip())  # an exported ledger reads back the same
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
    except csv.Error as problem:
        raise coded_error(f"CSV syntax error: {problem}", f"{path}:{start}", "syntax") from None
