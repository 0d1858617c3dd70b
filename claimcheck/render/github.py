"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff.

One line per claim worth a look::

    ::error file=drafts/a.md,line=3,col=1,endLine=3,endColumn=52,title=claimcheck refuted::...

Refuted and contradicted claims (and any claim that fails the gate) are ``::error``;
disputed and unverified ones ``::warning``; claims a baseline accepts ``::notice``.
Supported claims are not annotated. ``col``/``endColumn`` are 1-based and inclusive (the
column of the claim's first and last character, as in the JSON output), and only given
when the claim sits on one line, which is all GitHub can show. Values are escaped as the
runner expects: ``%``, CR and LF in the message; those and ``:`` and ``,`` in properties.
The notes and the summary follow as plain log lines, escaped by :func:`log_line` so that no
file name or article text can start a workflow command of its own.
"""

from __future__ import annotations

from claimcheck.baseline import relative_file
from claimcheck.gate import Gate
from claimcheck.model import CheckedClaim, Report
from claimcheck.render import summary_line
from claimcheck.render.sarif import message
from claimcheck.safe_text import one_line, visible

_COMMANDS = {"error": "error", "warning": "warning", "note": "warning"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def log_line(text: str) -> str:
    """``text`` as one plain log line that the runner cannot take for a workflow command.

    The runner reads a line as a command when it starts with ``::`` (after white space), and
    as a legacy command when ``##[`` appears anywhere in it; both are broken with the
    percent escapes of the command syntax, as are ``%``, CR and LF.
    """
    line = escape_data(visible(text))
    stripped = line.lstrip()
    if stripped.startswith("::"):
        line = line[: len(line) - len(stripped)] + "%3A" + stripped[1:]
    return line.replace("##[", "##%5B")


def command(claim: CheckedClaim, level: str, baselined: bool) -> str:
    kind = "notice" if baselined else _COMMANDS[level]
    # A name's control or bidi characters would act on the log: shown as escapes instead.
    properties = [("file", visible(relative_file(claim.file))), ("line", str(claim.line))]
    if claim.end_line == claim.line:
        properties += [("col", str(claim.column))]
        properties += [("endLine", str(claim.end_line)), ("endColumn", str(claim.end_column))]
    else:
        properties += [("endLine", str(claim.end_line))]
    title = f"claimcheck {claim.verdict}" + (" (in baseline)" if baselined else "")
    properties.append(("title", title))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{kind} {rendered}::{escape_data(one_line(message(claim)))}"


def render(
    report: Report,
    *,
    color: bool = False,
    checked: bool = True,
    gate: Gate | None = None,
    baseline: bool = False,
) -> str:
    gate = gate or Gate()
    lines = []
    for index, claim in enumerate(report.claims):
        level = gate.sarif_level(index, claim)
        if level is not None:
            lines.append(command(claim, level, index in gate.baselined))
    lines += [log_line(note) for file in report.files for note in file.notes]
    lines.append(summary_line(report, checked))
    return "\n".join(lines) + "\n"
