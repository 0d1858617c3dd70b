"""Text from articles, ledgers and file names, made safe for the place it is shown in.

Article text and file names come from outside the newsroom, so claimcheck never lets them
act on what displays them: an ESC sequence must not clear a terminal, a right-to-left
override must not reverse what a reader sees, a cell must not run as a spreadsheet formula.
Each output format escapes its own syntax (HTML, Markdown, workflow commands); this module
holds what several of them share.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence

# The invisible characters that reorder text: bidi embeddings, overrides, isolates and marks.
_BIDI_CHARS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
BIDI = re.compile(f"[{_BIDI_CHARS}]")
# Control characters (C0, DEL, C1), the line and paragraph separators, and the bidi ones.
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI_CHARS}]")
# What ends a line, or is white space, in prose: shown as a plain space on one line.
_LINE_SPACE = re.compile("[\t\n\v\f\r\x85\u2028\u2029]+")

# What json.dumps leaves raw that acts on a reader: line ends to str.splitlines() and to
# JavaScript (U+0085, U+2028, U+2029), the C1 controls (U+009B opens a terminal sequence as
# ESC [ does) and the bidi characters. Escaped as \\u202e and the like, they read back the same.
_JSON_RAW = re.compile(f"[\x7f-\x9f\u2028\u2029{_BIDI_CHARS}]")

# OWASP: a cell starting with =, +, -, @, tab or CR is a formula (or becomes one) in a
# spreadsheet; guard_cell marks one, after any number of guards.
FORMULA_GUARD = "'"
_GUARDABLE = re.compile("'*[=+\\-@\t\r]")


def unicode_escape(match: re.Match[str]) -> str:
    """The matched character as a ``\\u`` escape (``\\u202e``), which JSON and double-quoted
    YAML read back as the character."""
    return f"\\u{ord(match.group()):04x}"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else unicode_escape(match)


def visible(text: str, keep: str = "") -> str:
    """``text`` with every control and bidi character written as an escape (``\\x1b``,
    ``\\u202e``) that shows what is there and does nothing; characters in ``keep`` stay."""
    if keep:
        return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _escape(m), text)
    return _CONTROL.sub(_escape, text)


def one_line(text: str) -> str:
    """Prose on one line: line breaks and tabs become a space, other controls escapes."""
    return visible(_LINE_SPACE.sub(" ", text))


def json_text(data: object, indent: int | None = None) -> str:
    """``data`` as JSON (UTF-8 text kept readable), with the line breaks that ``json.dumps``
    leaves raw (U+0085, U+2028, U+2029) escaped, so a reader splitting lines cannot cut a
    string in two. Without ``indent``, one line. Values JSON has no type for (a date in a
    ledger entry's extra field) are written as their text."""
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=str)
    return _JSON_RAW.sub(unicode_escape, text)  # only ever inside a string


# --------------------------------------------------------------------------- CSV


def guard_cell(value: str) -> str:
    """``value`` with a ``'`` before it if a spreadsheet would read it as a formula, or if
    it starts like a guarded cell (``'=1+1' is a formula``), so that the guard is undone
    exactly."""
    return FORMULA_GUARD + value if _GUARDABLE.match(value) else value


def unguard_cell(value: str) -> str:
    """The value :func:`guard_cell` was given: claimcheck's CSV readers undo the guard, so
    what it exports reads back the same."""
    if value.startswith(FORMULA_GUARD) and _GUARDABLE.match(value, 1):
        return value[1:]
    return value


def csv_cell(value: str) -> str:
    """A text cell as a terminal may show it (``cat report.csv``): its control and bidi
    characters written as escapes, tabs and line breaks kept; then guarded."""
    return guard_cell(visible(value, keep="\t\n\r"))


def csv_text(rows: Iterable[Sequence[object]], guard: bool = True) -> str:
    """Rows as CSV text, one ``\\n``-terminated line a row, ``None`` as an empty cell.

    Every field holding a line break, CR included, is quoted: the writer quotes the
    characters of its line terminator, so each row is written with ``\\r\\n`` and its
    ending swapped for ``\\n``. With ``guard``, text cells that a spreadsheet would run as a
    formula get a leading ``'`` and control characters are escaped (see :func:`csv_cell`).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    lines = []
    for row in rows:
        cells = ["" if cell is None else cell for cell in row]
        if guard:
            cells = [csv_cell(cell) if isinstance(cell, str) else cell for cell in cells]
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(cells)
        lines.append(buffer.getvalue()[:-2] + "\n")
    return "".join(lines)
