"""``--format csv``: the JSON contract's fields as columns, one row per claim.

Cells a spreadsheet would run as a formula (starting ``=``, ``+``, ``-``, ``@``, tab or CR)
get a leading ``'`` unless ``formula_guard`` is off (``--raw-csv``), as OWASP recommends:
article text must not become a formula on an editor's machine.
"""

from __future__ import annotations

from claimcheck.model import Report
from claimcheck.safe_text import csv_text

FIELDS = (
    "file line column end_line end_column start end text sentence speaker lang verdict "
    "ledger_id ledger_claim ledger_status score reason negated hedged reason_code"
).split()


def render(
    report: Report, *, color: bool = False, checked: bool = True, formula_guard: bool = True
) -> str:
    rows = [[claim.to_dict()[name] for name in FIELDS] for claim in report.claims]
    return csv_text([FIELDS, *rows], guard=formula_guard)
