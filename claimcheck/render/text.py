"""``--format text``: a rich table on a terminal; plain ``file:line:col`` lines elsewhere.

The plain form (stdout not a terminal, or NO_COLOR set) is one claim per line, like a
compiler's diagnostics, so editors' tools can jump to the location. On a terminal too
narrow for the table's columns, each claim is a short block instead: its location and
verdict on one line, the claim and the reason indented below.

Article and ledger text never reaches the terminal as it is: control characters (an ESC
sequence that would clear the screen) and bidi overrides are shown as escapes
(:func:`claimcheck.safe_text.visible`), and no text is read as rich markup.
"""

from __future__ import annotations

import re

from claimcheck.model import CheckedClaim, Report
from claimcheck.render import summary_line
from claimcheck.safe_text import one_line, visible

STYLES = {
    "supported": "green",
    "refuted": "bold red",
    "contradicted": "bold magenta",
    "disputed": "yellow",
    "unverified": "cyan",
}
DEFAULT_WIDTH = 120
_HEIGHT = 25  # rich wants one; a captured table is as long as it needs
# Below this many columns for the claim text (and the speaker), the table reads worse than
# blocks.
_MIN_CLAIM_COLUMN = 30
_MIN_SPEAKER_COLUMN = 10
# Table borders and padding: 3 columns per cell, plus one.
_BORDERS_PER_COLUMN = 3
_LONGEST_WORD = re.compile(r"\S+")


def _location(claim: CheckedClaim) -> str:
    return f"{visible(claim.file)}:{claim.line}:{claim.column}"


def _speaker(claim: CheckedClaim) -> str:
    return one_line(claim.claim.speaker) if claim.claim.speaker else ""


def _notes(report: Report) -> list[str]:
    return [visible(note) for file in report.files for note in file.notes]


def _plain(report: Report, checked: bool) -> str:
    lines = []
    for claim in report.claims:
        speaker = f" [speaker: {_speaker(claim)}]" if claim.claim.speaker else ""
        text = one_line(claim.claim.text)
        if checked:
            # The reason names the ledger entry and its rating.
            reason = one_line(claim.reason)
            lines.append(f"{_location(claim)}: {claim.verdict}: {text}{speaker} — {reason}")
        else:
            lines.append(f"{_location(claim)}: {text}{speaker}")
    lines += _notes(report)
    lines.append(summary_line(report, checked))
    return "\n".join(lines) + "\n"


def _longest_word(texts: list[str]) -> int:
    return max((len(word) for text in texts for word in _LONGEST_WORD.findall(text)), default=0)


def _table_fits(report: Report, checked: bool, width: int) -> bool:
    """Whether the table has room for its fixed columns, a readable claim column and, in
    the reason column, the longest word (a ledger id is never broken)."""
    claims = report.claims
    needed = max((len(_location(claim)) for claim in claims), default=8)
    needed += _MIN_CLAIM_COLUMN + _MIN_SPEAKER_COLUMN
    columns = 3
    if checked:
        needed += max(len(verdict) for verdict in STYLES)
        needed += _longest_word([one_line(claim.reason) for claim in claims])
        columns += 2
    return width >= needed + _BORDERS_PER_COLUMN * columns + 1


def _table(report: Report, checked: bool):  # noqa: ANN202 - a rich Table
    from rich.table import Table
    from rich.text import Text

    reasons = [one_line(claim.reason) for claim in report.claims]
    table = Table(show_lines=False, expand=True)
    table.add_column("Location", no_wrap=True)
    table.add_column("Claim", ratio=3)
    table.add_column("Speaker", ratio=1)
    if checked:
        table.add_column("Verdict", no_wrap=True)
        # The reason names the ledger entry and its rating: at least as wide as its longest
        # word (the width of a ratio column is its minimum), so an id is never broken.
        table.add_column("Reason", ratio=2, width=_longest_word(reasons), overflow="fold")
    for claim, reason in zip(report.claims, reasons, strict=True):
        row = [Text(_location(claim)), Text(one_line(claim.claim.text)), Text(_speaker(claim))]
        if checked:
            row += [
                Text(claim.verdict or "", style=STYLES.get(claim.verdict or "", "")),
                Text(reason),
            ]
        table.add_row(*row)
    return table


def _blocks(report: Report, checked: bool) -> list:
    """The compact layout: per claim, the location and verdict, then the claim and reason."""
    from rich.padding import Padding
    from rich.text import Text

    blocks = []
    for claim in report.claims:
        head = Text(_location(claim), style="bold")
        if checked:
            head.append("  ")
            head.append(claim.verdict or "", style=STYLES.get(claim.verdict or "", ""))
        blocks.append(head)
        body = Text(one_line(claim.claim.text))
        if claim.claim.speaker:
            body.append(f" [speaker: {_speaker(claim)}]", style="dim")
        if checked:
            body.append("\n— " + one_line(claim.reason), style="dim")
        blocks.append(Padding(body, (0, 0, 1, 2)))
    return blocks


def _coloured(report: Report, checked: bool, width: int) -> str:
    from rich.console import Console
    from rich.text import Text

    # The caller decided on colour (a terminal, no NO_COLOR): rich is told so, rather than
    # asked to guess again from TERM, NO_COLOR or the size of a terminal it cannot see (with
    # TERM=dumb, rich takes 80 columns unless given a height too).
    console = Console(
        force_terminal=True,
        color_system="standard",
        no_color=False,
        width=width,
        height=_HEIGHT,
        highlight=False,
        markup=False,
        emoji=False,
    )
    with console.capture() as capture:
        if _table_fits(report, checked, width):
            console.print(_table(report, checked))
        else:
            for block in _blocks(report, checked):
                console.print(block)
        for note in _notes(report):
            console.print(Text(note, style="dim"))
        console.print(Text(summary_line(report, checked), style="bold"))
    return capture.get()


def render(
    report: Report, *, color: bool = False, checked: bool = True, width: int | None = None
) -> str:
    """The plain lines, or with ``color`` the table (blocks when ``width`` is too narrow;
    ``width`` defaults to the terminal's)."""
    if not color:
        return _plain(report, checked)
    if width is None:
        import shutil

        width = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return _coloured(report, checked, width)
