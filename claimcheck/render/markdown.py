"""``--format markdown``: a table for pull-request comments and editors' notes.

Article and ledger text is escaped, so that it shows as written and acts as nothing: HTML
(``<svg onload=...>``) as entities, Markdown's inline syntax (links, images, emphasis, code)
with backslashes, control characters as visible escapes.
"""

from __future__ import annotations

import re

from claimcheck.model import CheckedClaim, Report
from claimcheck.render import summary_line
from claimcheck.safe_text import one_line

_ICONS = {
    "supported": "✅",
    "refuted": "❌",
    "contradicted": "⚠️",
    "disputed": "❓",
    "unverified": "🔎",
}
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile(r"[&<>\\`*_\[\]~|]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _HTML.get(char, "\\" + char)


def _cell(text: str | None) -> str:
    """``text`` as the content of one table cell, shown literally."""
    if not text:
        return ""
    return _SPECIAL.sub(_escape, one_line(text))


def _code(text: str) -> str:
    """``text`` as a code span in a table cell; plain escaped text if it holds a backtick."""
    text = one_line(text)
    return _cell(text) if "`" in text else "`" + text.replace("|", "\\|") + "`"


def _row(claim: CheckedClaim, checked: bool) -> str:
    location = f"{claim.file}:{claim.line}:{claim.column}"
    cells = [_cell(location), _cell(claim.claim.text), _cell(claim.claim.speaker)]
    if checked:
        entry = claim.entry
        ledger = f"{_code(entry.id)} ({_cell(entry.status)})" if entry else ""
        verdict = f"{_ICONS[claim.verdict]} {claim.verdict}" if claim.verdict else ""
        cells += [verdict, ledger, _cell(claim.reason)]
    return "| " + " | ".join(cells) + " |"


def render(report: Report, *, color: bool = False, checked: bool = True) -> str:
    header = ["Location", "Claim", "Speaker"]
    if checked:
        header += ["Verdict", "Ledger entry", "Reason"]
    lines = ["# claimcheck report", "", "| " + " | ".join(header) + " |"]
    lines.append("|" + "---|" * len(header))
    lines += [_row(claim, checked) for claim in report.claims]
    lines += ["", f"**{summary_line(report, checked)}**"]
    notes = [note for file in report.files for note in file.notes]
    lines += [f"- {_cell(note)}" for note in notes]
    return "\n".join(lines) + "\n"
