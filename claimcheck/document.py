"""Read an article: decode its bytes, keep its text, and map offsets to lines and columns.

Every later stage works on character offsets into ``Document.text``; only this module knows
how an offset becomes a 1-based line and column in the file the user wrote.

Plain text is analysed as it is: ``text`` is the file and offsets are file offsets. Drafts in
Markdown, HTML or Word (chosen by the file's extension, see :data:`FORMATS`) are read by
:mod:`claimcheck.readers`, which strip the markup: ``text`` is then the analysis text (one
line per paragraph, heading, list item or table cell) and an :class:`OffsetMap` takes each of
its offsets back to ``source_text``, the file as written, so reported lines and columns point
into the original. A ``.docx`` file has no lines: its ``source_text`` is its paragraphs, one
per line (a manual line break inside a paragraph shows as ``\\v``, as Word writes it), so a
position is (paragraph number, character within the paragraph).
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import InputError

# Articles larger than this are refused (``--max-size`` raises it): a news article is tens of
# kilobytes, a book a few megabytes; beyond that a file is a mistake, or meant to exhaust
# memory.
MAX_ARTICLE_MB = 10
MEGABYTE = 1024 * 1024

# Bytes that never occur in text files; one of them in the first block marks a binary file.
_BINARY_SNIFF = 8192
_CONTROL_BYTES = set(range(0, 9)) | {11} | set(range(14, 32)) - {27}

# Input formats by file extension; anything else (and stdin) is plain text.
FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts (the first is 0)."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


@dataclass(frozen=True)
class OffsetMap:
    """Where each character of an analysis text comes from in its source.

    The text is cut into segments; segment ``i`` starts at text offset ``text_starts[i]`` and
    at source offset ``source_starts[i]``. A *linear* segment is a verbatim copy of the
    source; any other (a decoded entity, a line break standing for a block's end) maps every
    one of its characters to ``source_starts[i]``. Source offsets never decrease.
    """

    text_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    linear: tuple[bool, ...]
    text_length: int
    source_end: int  # the source offset just past the last segment

    def _length(self, index: int) -> int:
        following = self.text_starts[index + 1] if index + 1 < len(self.text_starts) else None
        return (self.text_length if following is None else following) - self.text_starts[index]

    def to_source(self, offset: int) -> int:
        """The source offset of the text character at ``offset``."""
        if not self.text_starts:
            return 0
        if offset >= self.text_length:
            return self.source_end
        index = max(bisect_right(self.text_starts, offset) - 1, 0)
        start = self.source_starts[index]
        return start + (offset - self.text_starts[index]) if self.linear[index] else start

    def to_text(self, source_offset: int) -> int:
        """The first text offset whose character comes from ``source_offset`` or later."""
        index = bisect_right(self.source_starts, source_offset) - 1
        if index >= 0 and self.linear[index]:
            inside = source_offset - self.source_starts[index]
            if inside < self._length(index):
                return self.text_starts[index] + inside
        following = bisect_left(self.source_starts, source_offset)
        if following < len(self.text_starts):
            return self.text_starts[following]
        return self.text_length


class TextBuilder:
    """Builds an analysis text and its :class:`OffsetMap`, one piece at a time, in source order.

    ``copy`` appends source text verbatim; ``put`` appends text that stands for the source at
    one offset (a decoded entity); ``space`` asks for one space before the next text (none at
    a line start); ``newline`` ends the current line (at most one line break in a row).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._text_starts: list[int] = []
        self._source_starts: list[int] = []
        self._linear: list[bool] = []
        self._source_end = 0
        self._last = "\n"  # the last character written; "\n" at the start
        self._space: int | None = None

    def _add(self, text: str, source: int, linear: bool) -> None:
        if not text:
            return
        if self._source_starts:  # keep source offsets in order, whatever the reader found
            source = max(source, self._source_starts[-1])
        extends = linear and self._linear and self._linear[-1] and self._source_end == source
        if not extends:  # else it continues the previous verbatim copy
            self._text_starts.append(self._length)
            self._source_starts.append(source)
            self._linear.append(linear)
        self._parts.append(text)
        self._length += len(text)
        self._source_end = max(self._source_end, source + len(text) if linear else source)
        self._last = text[-1]

    def copy(self, text: str, source: int) -> None:
        """Append ``text``, which is ``source_text[source:source + len(text)]``."""
        self._flush_space()
        self._add(text, source, True)

    def put(self, text: str, source: int) -> None:
        """Append ``text``, which stands for the source at ``source`` (a decoded entity)."""
        self._flush_space()
        self._add(text, source, False)

    def space(self, source: int) -> None:
        if self._last != "\n" and self._space is None:
            self._space = source

    def newline(self, source: int) -> None:
        self._space = None
        if self._last != "\n":
            self._add("\n", source, False)

    def _flush_space(self) -> None:
        if self._space is not None:
            source, self._space = self._space, None
            if self._last not in " \n":
                self._add(" ", source, False)

    def build(self) -> tuple[str, OffsetMap]:
        self._space = None
        text = "".join(self._parts)
        offsets = OffsetMap(
            tuple(self._text_starts),
            tuple(self._source_starts),
            tuple(self._linear),
            len(text),
            self._source_end,
        )
        return text, offsets


@dataclass
class Document:
    """An article's text with its line index. ``name`` is what reports show as the file.

    ``text`` is what the pipeline analyses; claim offsets index it. For plain text it is kept
    exactly as decoded (``\\r\\n`` included), so offsets point into the file. For a draft with
    markup, ``source_text`` is the file as written and ``offsets`` maps ``text`` into it;
    :meth:`position` always answers in the source's lines and columns.
    """

    name: str
    text: str
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    source_text: str | None = field(default=None, repr=False)
    offsets: OffsetMap | None = field(default=None, repr=False)
    format: str = "text"
    _line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.source_text is None:
            self.source_text = self.text
        self._line_starts = line_starts(self.source_text)

    def source_offset(self, offset: int) -> int:
        """The offset in ``source_text`` of the text character at ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        return offset if self.offsets is None else self.offsets.to_source(offset)

    def to_text_offset(self, source_offset: int) -> int:
        """The first ``text`` offset whose character comes from ``source_offset`` or later."""
        source_offset = max(0, min(source_offset, len(self.source_text or "")))
        if self.offsets is None:
            return source_offset
        return self.offsets.to_text(source_offset)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source of the character at text ``offset``.

        Columns count characters.
        """
        source = self.source_offset(offset)
        line_index = bisect_right(self._line_starts, source) - 1
        return line_index + 1, source - self._line_starts[line_index] + 1

    def end_position(self, end: int) -> tuple[int, int]:
        """1-based (line, column) of the last character of a span that ends before ``end``."""
        return self.position(max(end - 1, 0))


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with its BOM (what Windows
    editors call "Unicode"), else cp1252/latin-1 with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts like UTF-16 text but does not decode") from None
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


def format_of(path: str) -> str:
    """The input format of ``path`` by its extension: text, markdown, html or docx."""
    if path == "-":
        return "text"
    return FORMATS.get(Path(path).suffix.lower(), "text")


def read_input(
    path: str, what: str = "a file", max_mb: float = MAX_ARTICLE_MB, limit_flag: str = ""
) -> tuple[bytes, str]:
    """The bytes at ``path`` (``-`` for stdin) and the name to report them under.

    Raises :class:`InputError` with one clear line for a missing file, a directory, a FIFO or
    device (only regular files are read, and stdin), a file over ``max_mb`` megabytes (the
    message names ``limit_flag``, the option that raises the limit), or a file that cannot
    be read.
    """
    from claimcheck.files import FileTooLargeError, NotRegularFileError, read_regular_file

    def too_large(name: str) -> InputError:
        raises = f" ({limit_flag} raises it)" if limit_flag else ""
        return InputError(f"{name}: larger than {max_mb:g} MB, the limit for {what}{raises}")

    limit = int(max_mb * MEGABYTE)
    if path == "-":
        if sys.stdin is None:
            raise InputError("<stdin>: standard input is closed")
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise too_large("<stdin>")
        return data, "<stdin>"
    if Path(path).is_dir():
        raise InputError(f"{path}: is a directory, not {what}")
    try:
        return read_regular_file(path, limit), path
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except NotRegularFileError:
        raise InputError(f"{path}: not a regular file (a FIFO, device or socket)") from None
    except FileTooLargeError:
        raise too_large(path) from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def read_document(path: str, fmt: str | None = None, max_mb: float = MAX_ARTICLE_MB) -> Document:
    """Read the article at ``path`` (``-`` for stdin), raising :class:`InputError` on bad input.

    ``fmt`` (text, markdown, html, docx) overrides the format the extension implies; articles
    over ``max_mb`` megabytes are refused.
    """
    data, name = read_input(path, "an article", max_mb, limit_flag="--max-size")
    fmt = fmt or format_of(path)
    if fmt == "docx":
        from claimcheck.readers import docx

        return docx.read(data, name, max_mb)
    text, encoding, warnings = decode(data, name)
    if fmt == "text":
        return Document(name=name, text=text, encoding=encoding, warnings=warnings)
    from claimcheck import readers

    return readers.read_markup(text, name, fmt, encoding=encoding, warnings=warnings)
