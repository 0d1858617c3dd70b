"""Readers for drafts with markup: one module per input format.

Each reader strips the markup from a source text and returns a
:class:`~claimcheck.document.Document` whose ``text`` is the analysis text (a line per
paragraph, heading, list item or table cell; code, scripts, styles, comments and front
matter dropped; entities decoded; link text kept, URLs dropped) and whose ``offsets`` map
every analysis character back to the source, so reports point into the file as written.

- :mod:`.markdown`: markdown-it-py (CommonMark, plus tables and strikethrough)
- :mod:`.html`: the standard library's :mod:`html.parser`
- :mod:`.docx`: python-docx
"""

from __future__ import annotations

from importlib import import_module

from claimcheck.document import Document


def read_markup(
    source: str,
    name: str,
    fmt: str,
    *,
    encoding: str = "utf-8",
    warnings: list[str] | None = None,
) -> Document:
    """The document of ``source`` in format ``fmt`` (``markdown`` or ``html``)."""
    if fmt not in ("markdown", "html"):
        raise ValueError(f"unknown markup format {fmt!r}")
    text, offsets = import_module(f"claimcheck.readers.{fmt}").strip(source)
    return Document(
        name=name,
        text=text,
        encoding=encoding,
        warnings=list(warnings or []),
        source_text=source,
        offsets=offsets,
        format=fmt,
    )
