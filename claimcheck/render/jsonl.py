"""``--format jsonl``: one JSON object per claim, one per line, for streaming scripts."""

from __future__ import annotations

import json

from claimcheck.model import Report


def render(report: Report, *, color: bool = False, checked: bool = True) -> str:
    lines = (json.dumps(claim.to_dict(), ensure_ascii=False) for claim in report.claims)
    return "".join(line + "\n" for line in lines)
