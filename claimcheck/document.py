"""Read an article: decode its bytes, keep its text, and map offsets to lines and columns.

Every later stage works on character offsets into ``Document.text``; only this module knows
how an offset becomes a 1-based line and column in the file the user wrote.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import InputError

# Bytes that never occur in text files; one of them in the first block marks a binary file.
_BINARY_SNIFF = 8192
_CONTROL_BYTES = set(range(0, 9)) | {11} | set(range(14, 32)) - {27}


@dataclass
class Document:
    """An article's text with its line index. ``name`` is what reports show as the file.

    The text is kept exactly as decoded (``\r\n`` included), so offsets point into the file.
    """

    name: str
    text: str
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    _line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        text = self.text
        index = text.find("\n")
        while index != -1:
            starts.append(index + 1)
            index = text.find("\n", index + 1)
        self._line_starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of the character at ``offset``; columns count characters."""
        offset = max(0, min(offset, len(self.text)))
        line_index = bisect_right(self._line_starts, offset) - 1
        return line_index + 1, offset - self._line_starts[line_index] + 1

    def end_position(self, end: int) -> tuple[int, int]:
        """1-based (line, column) of the last character of a span that ends before ``end``."""
        return self.position(max(end - 1, 0))

    @property
    def line_count(self) -> int:
        return len(self._line_starts)


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode article bytes: UTF-8 (with or without BOM), else cp1252/latin-1 with a warning."""
    head = data[:_BINARY_SNIFF]
    if b"\x00" in head or (head and sum(b in _CONTROL_BYTES for b in head) > len(head) // 20):
        raise InputError(f"{name}: looks like a binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding, [f"{name}: not valid UTF-8; decoded as {encoding}"]
    raise InputError(f"{name}: cannot decode the file as text")  # pragma: no cover


def from_text(text: str, name: str = "<text>") -> Document:
    """A document from a string already in memory (the API's entry point)."""
    return Document(name=name, text=text)


def read_document(path: str) -> Document:
    """Read the article at ``path`` (``-`` for stdin), raising :class:`InputError` on bad input."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        file = Path(path)
        name = path
        if file.is_dir():
            raise InputError(f"{path}: is a directory, not an article")
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    text, encoding, warnings = decode(data, name)
    return Document(name=name, text=text, encoding=encoding, warnings=warnings)
