"""In-draft suppressions: HTML comments that tell claimcheck to leave some lines alone.

``<!-- claimcheck-disable-next-line -->``
    the claims that start on the line after the comment are dropped;
``<!-- claimcheck-disable -->`` ... ``<!-- claimcheck-enable -->``
    the claims that start on the lines between the two comments are dropped (a ``disable``
    never closed runs to the end of the file).

The comments work in Markdown, HTML and plain text alike. They are read from the file as
written (markup readers may drop comments from the text they analyse), and lines are the
file's own lines, the same as the ``line`` of every reported claim. Claims inside a
directive comment itself are dropped too. Suppressed claims leave the report; each file
with some says how many in its notes.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck.model import FileReport

DIRECTIVE = re.compile(
    r"<!--\s*claimcheck-(?P<kind>disable-next-line|disable|enable)\b.*?-->", re.DOTALL
)
_BINARY_SUFFIXES = {".docx"}


def source_text(report: FileReport) -> str:
    """The text of the file as written, for finding directives; the analysed text otherwise."""
    path = Path(report.file)
    if report.file != "-" and path.suffix.lower() not in _BINARY_SUFFIXES and path.is_file():
        from claimcheck.document import decode

        try:
            return decode(path.read_bytes(), report.file)[0]
        except Exception:  # noqa: BLE001 - the analysed text is a fine fallback
            return report.text
    return report.text


def suppressed_lines(text: str) -> tuple[set[int], list[tuple[int, int]]]:
    """The 1-based lines whose claims are suppressed, and the spans of the directives."""
    if "claimcheck-" not in text:
        return set(), []
    lines: set[int] = set()
    spans: list[tuple[int, int]] = []
    disabled_from: int | None = None
    for match in DIRECTIVE.finditer(text):
        spans.append(match.span())
        line = text.count("\n", 0, match.end()) + 1  # the line the comment ends on
        kind = match.group("kind")
        if kind == "disable-next-line":
            lines.add(line + 1)
        elif kind == "disable":
            if disabled_from is None:
                disabled_from = text.count("\n", 0, match.start()) + 1
        elif disabled_from is not None:  # enable
            lines.update(range(disabled_from, line + 1))
            disabled_from = None
    if disabled_from is not None:
        lines.update(range(disabled_from, text.count("\n") + 2))
    return lines, spans


def apply(report: FileReport) -> int:
    """Drop the suppressed claims of ``report`` in place; how many were dropped."""
    lines, spans = suppressed_lines(source_text(report))
    if not lines and not spans:
        return 0
    own = report.text
    directive_spans = [m.span() for m in DIRECTIVE.finditer(own)] if own else []

    def inside_directive(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in directive_spans)

    kept = [
        c
        for c in report.claims
        if c.line not in lines and not inside_directive(c.claim.start, c.claim.end)
    ]
    dropped = len(report.claims) - len(kept)
    if dropped:
        report.claims = kept
        plural = "s" * (dropped != 1)
        report.notes.append(
            f"{report.file}: {dropped} claim{plural} suppressed by claimcheck-disable comments"
        )
    return dropped
