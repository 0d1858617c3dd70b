"""Output formats: each module renders one :class:`~claimcheck.model.Report` to a string.

Every renderer has the signature ``render(report, *, color=False, checked=True, ...)``;
``checked`` is false for ``claimcheck extract``, whose claims carry no verdicts. Some take
more (:data:`OPTIONS`): the CI annotation formats take the run's gate, since how loud each
claim is depends on what fails the run; the terminal table its width; CSV whether to guard
against spreadsheet formulas.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from claimcheck.model import Report

FORMATS = ("text", "json", "jsonl", "csv", "markdown", "sarif", "github", "html", "yaml")

# The keyword options each format takes; render() hands every module only its own.
OPTIONS: dict[str, tuple[str, ...]] = {
    "text": ("color", "checked", "width"),
    "csv": ("checked", "formula_guard"),
    "sarif": ("gate", "baseline"),
    "github": ("gate", "baseline"),
}
_DEFAULT_OPTIONS = ("color", "checked")

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
    width: int | None = None,
    formula_guard: bool = True,
) -> str:
    """``report`` in format ``fmt`` (one of :data:`FORMATS`).

    ``gate`` and ``baseline`` (whether a baseline file was given) matter to sarif and github,
    ``width`` (the terminal's, by default) to the coloured table, ``formula_guard`` to csv.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    given: dict[str, Any] = {
        "color": color,
        "checked": checked,
        "gate": gate,
        "baseline": baseline,
        "width": width,
        "formula_guard": formula_guard,
    }
    module = import_module(f"claimcheck.render.{fmt}")
    return module.render(
        report, **{name: given[name] for name in OPTIONS.get(fmt, _DEFAULT_OPTIONS)}
    )


def summary_line(report: Report, checked: bool = True) -> str:
    """One line: how many claims in how many files, and how many of each verdict."""
    files = len(report.files)
    claims = len(report.claims)
    head = f"{claims} claim{'s' * (claims != 1)} in {files} file{'s' * (files != 1)}"
    if not checked:
        return head
    counts = ", ".join(f"{n} {verdict}" for verdict, n in report.counts().items())
    return f"{head}: {counts}"
