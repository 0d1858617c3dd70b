"""Word drafts (``.docx``): the text of the body's paragraphs, in reading order.

Read with python-docx, which opens the package and finds the main document part (wherever
the relationships put it) and parses its XML with entity resolution off. A ``.docx`` has no
lines or columns, so a position is the *paragraph number* (1-based, counting every body
paragraph, table-cell paragraph and content-control paragraph in reading order, empty ones
included) as the line and the character within the paragraph as the column. The document's
``source_text`` is those paragraphs, one per line; a manual line break inside a paragraph
shows there as ``\\v``, as Word writes it, and ends a line of the analysis text.

Text is what Word shows with tracked changes accepted: insertions kept, deletions dropped.
Headers, footers, footnotes, comments and text boxes are not read. A document whose XML is
malformed, or defines entities that would expand without bound (lxml refuses those), is an
input error; so is one that unpacks to more than ``XML_PER_TEXT`` times the article size
limit, or whose text passes the limit itself: a 30 KB file can hold gigabytes of
compressed XML, and ``--max-size`` is a promise about memory as much as about bytes.
"""

from __future__ import annotations

import io
import zipfile

from claimcheck.document import MAX_ARTICLE_MB, MEGABYTE, Document, TextBuilder
from claimcheck.errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CONTAINERS = {_W + name for name in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml")}
_CONTAINERS |= {_W + name for name in ("ins", "moveTo", "smartTag")}
_DROPPED = {_W + name for name in ("del", "moveFrom", "txbxContent")}
# How much larger than the article limit a document's unpacked parts may be: Word's XML is
# about five times its text; a long article's is a few megabytes.
XML_PER_TEXT = 4
_WANTED = {_W + name for name in ("t", "tab", "br", "cr", "noBreakHyphen", "p")}


def _paragraphs(element):  # noqa: ANN001, ANN202
    """The ``w:p`` elements under ``element``, in reading order (tables cell by cell)."""
    for child in element:
        if child.tag == _W + "p":
            yield child
        elif child.tag in _CONTAINERS:
            yield from _paragraphs(child)


def _pieces(paragraph):  # noqa: ANN001, ANN202
    """The paragraph's text pieces: ``(kind, text)``; kind "break" for a line break."""
    stack = [iter(paragraph)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if tag in _DROPPED or tag == _W + "p" or not isinstance(tag, str):
            continue  # deleted text, a nested text box paragraph, a comment or PI
        if tag == _W + "t":
            yield "text", child.text or ""
        elif tag == _W + "tab":
            yield "text", "\t"
        elif tag == _W + "noBreakHyphen":
            yield "text", "-"
        elif tag in (_W + "br", _W + "cr"):
            page = child.get(_W + "type") == "page"
            yield "break", "" if page else "\v"
        else:
            stack.append(iter(child))


def _check_unpacked_size(data: bytes, name: str, limit: int) -> None:
    """Refuse a package whose parts unpack to more than ``XML_PER_TEXT × limit`` bytes.

    zipfile stops at each member's declared size (and fails its CRC past it), so the
    declared sizes bound what parsing can unpack."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(member.file_size for member in package.infolist())
    except (zipfile.BadZipFile, ValueError) as error:
        raise InputError(f"{name}: not a Word (.docx) document ({error})") from None
    if unpacked > XML_PER_TEXT * limit:
        raise InputError(
            f"{name}: unpacks to {unpacked / MEGABYTE:.0f} MB, more than the limit for an "
            f"article allows (--max-size raises it)"
        )


def read(data: bytes, name: str, max_mb: float = MAX_ARTICLE_MB) -> Document:
    """The document of the ``.docx`` bytes ``data``; its text may not pass ``max_mb``."""
    limit = int(max_mb * MEGABYTE)
    _check_unpacked_size(data, name, limit)
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
        from lxml.etree import XMLSyntaxError  # python-docx parses with lxml
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError(
            f"{name}: reading .docx needs python-docx (pip install python-docx)"
        ) from None
    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(f"{name}: not a Word (.docx) document ({error})") from None
    except XMLSyntaxError as error:  # malformed XML, or an entity bomb lxml refused
        raise InputError(f"{name}: the Word document's XML cannot be read ({error})") from None
    builder = TextBuilder()
    lines = []
    offset = 0
    for paragraph in _paragraphs(body):
        line = []
        for kind, piece in _pieces(paragraph):
            if kind == "break":
                builder.newline(offset)
            else:
                builder.copy(piece, offset)
            line.append(piece)
            offset += len(piece)
        builder.newline(offset)
        lines.append("".join(line))
        offset += 1  # the line break that ends the paragraph in source_text
        if offset > limit:
            raise InputError(
                f"{name}: its text is larger than {max_mb:g} MB, the limit for an article "
                "(--max-size raises it)"
            )
    text, offsets = builder.build()
    return Document(
        name=name,
        text=text,
        encoding="utf-8",
        source_text="\n".join(lines),
        offsets=offsets,
        format="docx",
    )
