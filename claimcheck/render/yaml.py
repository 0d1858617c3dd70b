"""``--format yaml``: draft ledger entries, one per claim, to start a ledger from an article.

Each claim becomes an entry with status ``unverified``, an id made from its text (unique in
the output), its language, and notes saying where it comes from (``from file:line: the
sentence``), who said it, and whether the article denies or only speculates it. The output
loads as a ledger file (:func:`claimcheck.ledger.load_ledger`); the fact-checker rates each
entry, adds sources and moves it into ``claims/``. The same claim found twice is one entry.
When the claims were checked, only those the ledger has no entry for are drafted.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.ledger_write import Style, entry_block, slugify, unique_id
from claimcheck.model import CheckedClaim, Report
from claimcheck.safe_text import one_line

_SPACE = re.compile(r"\s+")


def _notes(claim: CheckedClaim) -> str:
    sentence = _SPACE.sub(" ", claim.claim.sentence).strip()
    text = f"from {claim.file}:{claim.line}: {sentence}"
    if claim.claim.speaker:
        text += f" Speaker: {claim.claim.speaker}."
    if claim.claim.negated:
        text += " The article asserts the opposite."
    if claim.claim.hedged:
        text += " The article only speculates."
    return text


def render(report: Report, *, color: bool = False, checked: bool = True) -> str:
    del color  # YAML has no colours
    # On a comment line: a file name's line break would start YAML of its own.
    names = one_line(", ".join(str(file.file) for file in report.files)) or "no files"
    out = [
        f"# Draft ledger entries from {names}, {dt.date.today().isoformat()}.\n"
        "# Rate each claim (status), add sources and aliases, then move it into claims/.\n"
    ]
    records: dict[str, dict] = {}  # by normalised claim text
    ids: set[str] = set()
    for claim in report.claims:
        if checked and claim.entry is not None:
            continue
        key = _SPACE.sub(" ", claim.claim.text).strip().lower()
        if key in records:
            records[key]["notes"] += f" Also {_notes(claim)}"
            continue
        entry_id = unique_id(slugify(claim.claim.text), ids)
        ids.add(entry_id)
        records[key] = {
            "id": entry_id,
            "claim": _SPACE.sub(" ", claim.claim.text).strip(),
            "status": "unverified",
            "lang": claim.claim.lang,
            "notes": _notes(claim),
        }
    if not records:
        matched = checked and bool(report.claims)
        out.append("# Every claim matched a ledger entry.\n" if matched else "# No claims found.\n")
    style = Style()
    out += ["\n" + entry_block(record, style) for record in records.values()]
    return "".join(out)
