"""Markdown drafts: the text a reader sees, each character mapped back to the source.

Parsed with markdown-it-py (CommonMark, the spec's reference port, plus GitHub's tables and
strikethrough): it gives each block's source lines, and its inline tokens give the text of
each fragment with the markup removed. Each fragment is then found in the source by a
forward search from the end of the previous one, within its block's lines, so every
character maps to where it was written. A fragment that differs from the source (an entity
or a backslash escape) is aligned character by character.

Headings, paragraphs, list items, table cells and HTML blocks end a line; a soft line break
inside a paragraph is a space. Front matter (YAML ``---`` or TOML ``+++``), fenced and
indented code, images, autolinks (URLs), link destinations and HTML comments are dropped;
raw HTML blocks are read by :mod:`claimcheck.readers.html`.
"""

from __future__ import annotations

import html
import re

from claimcheck.document import OffsetMap, TextBuilder, line_starts
from claimcheck.readers import html as html_reader

_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ALIGN_WINDOW = 64  # how far ahead a character that differs from its source may be
_LINE_ENDS = {"paragraph_close", "heading_close", "th_close", "td_close", "list_item_close"}


def _parser():  # noqa: ANN202
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def front_matter_lines(source: str) -> int:
    """How many lines at the top of ``source`` are front matter (0 if none)."""
    lines = source.split("\n", 1000)
    closers = _FRONT_MATTER.get(lines[0].rstrip("\r").rstrip())
    if not closers:
        return 0
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip("\r").rstrip() in closers:
            return index + 1
    return 0


class _Walker:
    def __init__(self, source: str) -> None:
        self.source = source
        self.builder = TextBuilder()
        self.cursor = 0
        self.limit = len(source)
        self.line_starts = line_starts(source)

    def line_start(self, line: int) -> int:
        return self.line_starts[line] if line < len(self.line_starts) else len(self.source)

    # -- fragments ------------------------------------------------------------------------

    def text(self, fragment: str) -> None:
        """Append ``fragment``, found in the source at or after the cursor."""
        if not fragment:
            return
        found = self.source.find(fragment, self.cursor, self.limit)
        if found != -1:
            self.builder.copy(fragment, found)
            self.cursor = found + len(fragment)
            return
        index = 0
        while index < len(fragment):
            index += self._align(fragment, index)

    def _align(self, fragment: str, index: int) -> int:
        """Append ``fragment[index]`` (or the entity's text there); how many characters."""
        char = fragment[index]
        source = self.source
        stop = min(self.cursor + _ALIGN_WINDOW, self.limit)
        for at in range(self.cursor, stop):
            if source[at] == "&":
                entity = _ENTITY.match(source, at)
                if entity:
                    decoded = html.unescape(entity.group())
                    if decoded and fragment.startswith(decoded, index):
                        self.builder.put(decoded, at)
                        self.cursor = entity.end()
                        return len(decoded)
            if source[at] == char:
                self.builder.copy(char, at)
                self.cursor = at + 1
                return 1
        self.builder.put(char, self.cursor)  # not in the source as such: where we are
        return 1

    def skip(self, raw: str) -> None:
        """Move the cursor past ``raw`` (markup not kept), if it is ahead."""
        if raw:
            found = self.source.find(raw, self.cursor, self.limit)
            if found != -1:
                self.cursor = found + len(raw)

    def skip_destination(self) -> None:
        """After a link's or image's text: move past ``](url "title")`` or ``][ref]``."""
        source = self.source
        close = source.find("]", self.cursor, self.limit)
        if close == -1:
            return
        at = close + 1
        if at < self.limit and source[at] in "([":
            closer = ")" if source[at] == "(" else "]"
            depth = 0
            while at < self.limit:
                char = source[at]
                if char == "\\":
                    at += 2
                    continue
                if char == source[close + 1]:
                    depth += 1
                elif char == closer:
                    depth -= 1
                    if depth == 0:
                        at += 1
                        break
                at += 1
        self.cursor = min(at, self.limit)

    # -- tokens ---------------------------------------------------------------------------

    def inline(self, children: list) -> None:
        hidden = 0  # inside an autolink: its text is a URL
        for token in children:
            kind = token.type
            if kind == "link_open" and token.markup in ("autolink", "linkify"):
                hidden += 1
            elif kind == "link_close" and token.markup in ("autolink", "linkify"):
                hidden = max(hidden - 1, 0)
                self.skip(">")
            elif hidden:
                self.skip(token.content)
            elif kind == "link_close":
                self.skip_destination()
            elif kind in ("text", "code_inline"):
                self.text(token.content)
            elif kind == "softbreak":
                self.builder.space(self.cursor)
            elif kind == "hardbreak":
                self.builder.newline(self.cursor)
            elif kind == "image":
                self.skip("![")
                self.skip(token.content)
                self.skip_destination()
            elif kind == "html_inline":
                self.skip(token.content)

    def walk(self, tokens: list) -> None:
        for token in tokens:
            if token.map:
                self.cursor = max(self.cursor, self.line_start(token.map[0]))
            if token.type == "inline":
                self.limit = self.line_start(token.map[1]) if token.map else len(self.source)
                self.inline(token.children or [])
                self.limit = len(self.source)
            elif token.type == "html_block" and token.map:
                start, end = self.line_start(token.map[0]), self.line_start(token.map[1])
                self.builder.newline(start)
                html_reader.extract(self.source, start, end, self.builder)
                self.builder.newline(end)
            elif token.type in _LINE_ENDS:
                self.builder.newline(self.cursor)
            if token.map and token.type in ("fence", "code_block", "html_block"):
                self.cursor = max(self.cursor, self.line_start(token.map[1]))


def strip(source: str) -> tuple[str, OffsetMap]:
    """The analysis text of a Markdown document and its map back to ``source``."""
    skipped = front_matter_lines(source)
    parsed = source
    if skipped:  # blank the front matter, keeping its lines so token maps still match
        lines = source.split("\n")
        parsed = "\n" * skipped + "\n".join(lines[skipped:])
    walker = _Walker(source)
    walker.cursor = walker.line_start(skipped)
    walker.walk(_parser().parse(parsed))
    walker.builder.newline(len(source))
    return walker.builder.build()


__all__ = ["front_matter_lines", "strip"]
