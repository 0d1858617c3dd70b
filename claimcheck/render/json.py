"""``--format json``: one document, ``{"claims": [...], "summary": {...}, "files": [...]}``."""

from __future__ import annotations

from claimcheck.model import Report
from claimcheck.safe_text import json_text


def render(report: Report, *, color: bool = False, checked: bool = True) -> str:
    document = {
        "claims": [claim.to_dict() for claim in report.claims],
        "summary": report.summary(),
        "files": [
            {"file": file.file, "lang": file.lang, "claims": len(file.claims), "notes": file.notes}
            for file in report.files
        ],
    }
    return json_text(document, indent=2) + "\n"
