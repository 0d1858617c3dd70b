"""``--format csv``: the JSON contract's fields as columns, one row per claim."""

from __future__ import annotations

import csv
import io

from claimcheck.model import Report

FIELDS = (
    "file line column end_line end_column start end text sentence speaker lang verdict "
    "ledger_id ledger_claim ledger_status score reason negated hedged"
).split()


def render(report: Report, *, color: bool = False, checked: bool = True) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for claim in report.claims:
        writer.writerow({k: "" if v is None else v for k, v in claim.to_dict().items()})
    return buffer.getvalue()
