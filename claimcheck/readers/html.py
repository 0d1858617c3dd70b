"""HTML drafts: the text a reader sees, each character mapped back to the source.

Uses the standard library's :class:`html.parser.HTMLParser` (no dependency; it never fails on
bad markup, and ``getpos()`` gives the line and column of every tag, text run and entity).
Entities are left to us (``convert_charrefs=False``) so each text run is a verbatim slice of
the source and each decoded entity maps to its ``&``.

Block elements (paragraphs, headings, list items, table cells, ``<br>`` ...) end a line.
``<script>``, ``<style>``, ``<template>``, ``<noscript>``, ``<head>`` (with its ``<title>``),
``<pre>`` (code), ``<svg>``, ``<math>``, ``<textarea>``, comments and the conditional
sections Word's HTML wraps list bullets in (``<![if ...]> ... <![endif]>``) are dropped; image alt
text and attributes (link URLs) are not text. White space collapses as a browser shows it.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from claimcheck.document import OffsetMap, TextBuilder, line_starts

BLOCKS = frozenset(
    """address article aside blockquote body br caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main nav ol
    option p section summary table tbody td tfoot th thead tr ul""".split()
)
SKIPPED = frozenset(
    "script style template noscript head title pre svg math textarea iframe object".split()
)
_RUNS = re.compile(r"\s+|\S+")


class _Stripper(HTMLParser):
    def __init__(self, source: str, base: int, builder: TextBuilder) -> None:
        super().__init__(convert_charrefs=False)
        self.base = base
        self.source = source
        self.builder = builder
        self.skipping: list[str] = []  # the open elements whose content is dropped
        self.line_starts = line_starts(source)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        position = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # Python < 3.13 asserts on a malformed "<![": skip it to ">"
            self.lineno, self.offset = position  # which the failed scan moved
            end = self.rawdata.find(">", i + 3)
            return -1 if end == -1 else end + 1

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.base + self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "body" and "head" in self.skipping:
            self.skipping.clear()  # a <head> left open ends where the body starts
        if tag in SKIPPED:
            self.skipping.append(tag)
        elif tag in BLOCKS and not self.skipping:
            self.builder.newline(self._offset())

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in BLOCKS and not self.skipping:
            self.builder.newline(self._offset())

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        elif tag in BLOCKS and not self.skipping:
            self.builder.newline(self._offset())

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        start = self._offset()
        for run in _RUNS.finditer(data):
            if run.group().isspace():
                self.builder.space(start + run.start())
            else:
                self.builder.copy(run.group(), start + run.start())

    def _reference(self, reference: str) -> None:
        if self.skipping:
            return
        offset = self._offset()
        decoded = html.unescape(reference + ";")
        if decoded == reference + ";":  # not an entity: the text as written
            end = offset - self.base + len(reference)
            self.builder.copy(
                reference + (";" if self.source[end : end + 1] == ";" else ""), offset
            )
        elif decoded.isspace():  # &nbsp; &#32; ...
            self.builder.space(offset)
        else:
            self.builder.put(decoded, offset)

    def unknown_decl(self, data: str) -> None:
        # Word's HTML wraps list bullets and fallbacks in <![if ...]> ... <![endif]>: drop them.
        keyword = data.strip().lower()
        if keyword.startswith("if"):
            self.skipping.append("<![if")
        elif keyword == "endif" and "<![if" in self.skipping:
            while self.skipping.pop() != "<![if":
                pass

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")


def extract(source: str, start: int, end: int, builder: TextBuilder) -> None:
    """Append the text of the HTML ``source[start:end]`` to ``builder``."""
    parser = _Stripper(source[start:end], start, builder)
    parser.feed(source[start:end])
    parser.close()


def strip(source: str) -> tuple[str, OffsetMap]:
    """The analysis text of an HTML document and its map back to ``source``."""
    builder = TextBuilder()
    extract(source, 0, len(source), builder)
    builder.newline(len(source))
    return builder.build()
