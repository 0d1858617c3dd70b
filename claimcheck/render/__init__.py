"""Output formats: each module renders one :class:`~claimcheck.model.Report` to a string.

Every renderer has the signature ``render(report, *, color=False, checked=True) -> str``;
``checked`` is false for ``claimcheck extract``, whose claims carry no verdicts. The CI
annotation formats (:data:`GATED`) take the run's gate instead: how loud each claim is
depends on what fails the run.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from claimcheck.model import Report

FORMATS = ("text", "json", "jsonl", "csv", "markdown", "sarif", "github", "html", "yaml")
GATED = frozenset({"sarif", "github"})

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.gate import Gate


def render(
    report: Report,
    fmt: str,
    *,
    color: bool = False,
    checked: bool = True,
    gate: Gate | None = None,
    baseline: bool = False,
) -> str:
    """``report`` in format ``fmt`` (one of :data:`FORMATS`).

    ``gate`` and ``baseline`` (whether a baseline file was given) matter to :data:`GATED`
    formats only.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    module = import_module(f"claimcheck.render.{fmt}")
    if fmt in GATED:
        return module.render(report, gate=gate, baseline=baseline)
    return module.render(report, color=color, checked=checked)


def summary_line(report: Report, checked: bool = True) -> str:
    """One line: how many claims in how many files, and how many of each verdict."""
    files = len(report.files)
    claims = len(report.claims)
    head = f"{claims} claim{'s' * (claims != 1)} in {files} file{'s' * (files != 1)}"
    if not checked:
        return head
    counts = ", ".join(f"{n} {verdict}" for verdict, n in report.counts().items())
    return f"{head}: {counts}"
