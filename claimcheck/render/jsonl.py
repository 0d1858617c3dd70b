"""``--format jsonl``: one JSON object per claim, one per line, for streaming scripts."""

from __future__ import annotations

from claimcheck.model import Report
from claimcheck.safe_text import json_text


def render(report: Report, *, color: bool = False, checked: bool = True) -> str:
    return "".join(json_text(claim.to_dict()) + "\n" for claim in report.claims)
