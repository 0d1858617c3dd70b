"""``--format markdown``: a table for pull-request comments and editors' notes."""

from __future__ import annotations

from claimcheck.model import CheckedClaim, Report
from claimcheck.render import summary_line

_ICONS = {
    "supported": "✅",
    "refuted": "❌",
    "contradicted": "⚠️",
    "disputed": "❓",
    "unverified": "🔎",
}


def _cell(text: str | None) -> str:
    if not text:
        return ""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _row(claim: CheckedClaim, checked: bool) -> str:
    location = f"{claim.file}:{claim.line}:{claim.column}"
    cells = [_cell(location), _cell(claim.claim.text), _cell(claim.claim.speaker)]
    if checked:
        entry = claim.entry
        ledger = f"`{entry.id}` ({entry.status})" if entry else ""
        verdict = f"{_ICONS[claim.verdict]} {claim.verdict}" if claim.verdict else ""
        cells += [verdict, _cell(ledger), _cell(claim.reason)]
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
