"""Output formats: each module renders one :class:`~claimcheck.model.Report` to a string.

Every renderer has the signature ``render(report, *, color=False, checked=True) -> str``;
``checked`` is false for ``claimcheck extract``, whose claims carry no verdicts.
"""

from __future__ import annotations

from importlib import import_module

from claimcheck.model import Report

FORMATS = ("text", "json", "jsonl", "csv", "markdown", "sarif", "github", "html", "yaml")


def render(report: Report, fmt: str, *, color: bool = False, checked: bool = True) -> str:
    """``report`` in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    return import_module(f"claimcheck.render.{fmt}").render(report, color=color, checked=checked)


def summary_line(report: Report, checked: bool = True) -> str:
    """One line: how many claims in how many files, and how many of each verdict."""
    files = len(report.files)
    claims = len(report.claims)
    head = f"{claims} claim{'s' * (claims != 1)} in {files} file{'s' * (files != 1)}"
    if not checked:
        return head
    counts = ", ".join(f"{n} {verdict}" for verdict, n in report.counts().items())
    return f"{head}: {counts}"
