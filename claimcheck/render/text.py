"""``--format text``: a rich table on a terminal; plain ``file:line:col`` lines elsewhere.

The plain form (stdout not a terminal, or NO_COLOR set) is one claim per line, like a
compiler's diagnostics, so editors' tools can jump to the location.
"""

from __future__ import annotations

from claimcheck.model import Report
from claimcheck.render import summary_line

STYLES = {
    "supported": "green",
    "refuted": "bold red",
    "contradicted": "bold magenta",
    "disputed": "yellow",
    "unverified": "cyan",
}


def _plain(report: Report, checked: bool) -> str:
    lines = []
    for claim in report.claims:
        location = f"{claim.file}:{claim.line}:{claim.column}"
        speaker = f" [speaker: {claim.claim.speaker}]" if claim.claim.speaker else ""
        if checked:
            # The reason names the ledger entry and its rating.
            lines.append(
                f"{location}: {claim.verdict}: {claim.claim.text}{speaker} — {claim.reason}"
            )
        else:
            lines.append(f"{location}: {claim.claim.text}{speaker}")
    lines += [note for file in report.files for note in file.notes]
    lines.append(summary_line(report, checked))
    return "\n".join(lines) + "\n"


def _table(report: Report, checked: bool) -> str:
    import shutil

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=True)
    table.add_column("Location", no_wrap=True)
    table.add_column("Claim", ratio=3)
    table.add_column("Speaker", ratio=1)
    if checked:
        table.add_column("Verdict", no_wrap=True)
        # The reason names the ledger entry and its rating; folded, never cut short.
        table.add_column("Reason", ratio=2, overflow="fold")
    for claim in report.claims:
        location = f"{claim.file}:{claim.line}:{claim.column}"
        row = [location, claim.claim.text, claim.claim.speaker or ""]
        if checked:
            row += [
                Text(claim.verdict or "", style=STYLES.get(claim.verdict or "", "")),
                claim.reason,
            ]
        table.add_row(*row)
    width = shutil.get_terminal_size((120, 24)).columns
    console = Console(record=True, force_terminal=True, width=width, highlight=False)
    with console.capture() as capture:
        console.print(table)
        for note in (note for file in report.files for note in file.notes):
            console.print(note, style="dim")
        console.print(summary_line(report, checked), style="bold")
    return capture.get()


def render(report: Report, *, color: bool = False, checked: bool = True) -> str:
    return _table(report, checked) if color else _plain(report, checked)
