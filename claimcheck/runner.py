"""One ``verify`` run, as CI meets it: settings, articles, checks, suppressions, baseline.

:func:`settings` merges the command line over the config file (flags win); :func:`run`
walks the paths, loads the ledger, checks the articles (in several processes with
``jobs``), drops suppressed claims, applies ``min-score`` and the baseline, and returns the
report with the :class:`~claimcheck.gate.Gate` that decides the exit code. The CLI only
parses flags, calls these and renders.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import config as configs
from claimcheck.document import MAX_ARTICLE_MB
from claimcheck.errors import ClaimcheckError
from claimcheck.gate import DEFAULT_FAIL_ON, Gate
from claimcheck.model import VERDICTS, Report


@dataclass
class Settings:
    ledger: list[str] = field(default_factory=list)
    fail_on: frozenset[str] = DEFAULT_FAIL_ON
    min_score: float | None = None
    lang: str = "auto"
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    cache_dir: str | None = None
    jobs: int | None = None  # None: see claimcheck.batch
    config: Path | None = None
    matcher: str = "semantic"
    model: str | None = None
    max_mb: float = MAX_ARTICLE_MB


def parse_fail_on(value: str, source: str = "--fail-on") -> frozenset[str]:
    """The verdicts named in ``value`` (comma-separated; ``none`` for none).

    An empty value is refused: an unset CI variable must not switch the gate off.
    """
    names = {part.strip().lower() for part in value.split(",") if part.strip()}
    if not names:
        raise ClaimcheckError(
            f"{source} is empty: name the verdicts ({', '.join(VERDICTS)}), or none"
        )
    if names == {"none"}:
        return frozenset()
    if "none" in names:
        raise ClaimcheckError(
            f"{source}: none means no verdict fails; it cannot be listed with others"
        )
    unknown = names - set(VERDICTS)
    if unknown:
        raise ClaimcheckError(
            f"{source}: unknown verdict {', '.join(sorted(unknown))} "
            f"(choose from {', '.join(VERDICTS)}, or none)"
        )
    return frozenset(names)


def settings(
    *,
    ledger: list[str] | None = None,
    fail_on: str | None = None,
    min_score: float | None = None,
    lang: str | None = None,
    cache_dir: str | None = None,
    jobs: int | None = None,
    config_file: str | None = None,
    matcher: str | None = None,
    model: str | None = None,
    max_mb: float = MAX_ARTICLE_MB,
) -> Settings:
    """The settings of a run: each flag given wins over the config file found upwards."""
    found = configs.resolve(config_file)
    if fail_on is not None:
        gate = parse_fail_on(fail_on)
    elif found.fail_on is not None:
        gate = parse_fail_on(found.fail_on, f"{found.path}: fail-on")
    else:
        gate = DEFAULT_FAIL_ON
    return Settings(
        ledger=list(ledger) if ledger else list(found.ledger),
        fail_on=gate,
        min_score=min_score if min_score is not None else found.min_score,
        lang=lang or found.lang or "auto",
        include=found.include,
        exclude=found.exclude,
        cache_dir=cache_dir,
        jobs=jobs,
        config=found.path,
        matcher=matcher or found.matcher or "semantic",
        model=model or found.model,
        max_mb=max_mb,
    )


def articles(paths: list[str], setup: Settings) -> tuple[list[str], list[str]]:
    """The articles ``paths`` name (directories walked with the config's globs, which are
    relative to the config file), and warnings about globs that matched nothing."""
    from claimcheck.walk import expand

    base = setup.config.parent if setup.config else None
    return expand(paths, setup.include, setup.exclude, base)


def extract(paths: list[str], setup: Settings) -> Report:
    """The claims of every article ``paths`` name, without verdicts."""
    from claimcheck.api import extract_document
    from claimcheck.document import read_document

    found, warnings = articles(paths, setup)
    documents = (read_document(path, max_mb=setup.max_mb) for path in found)
    return Report([extract_document(doc, setup.lang) for doc in documents], warnings)


def check(paths: list[str], setup: Settings, progress: bool | None = None) -> Report:
    """Walk ``paths``, check every article, drop suppressed claims, apply ``min-score``."""
    from claimcheck import suppress
    from claimcheck.api import load_ledger
    from claimcheck.batch import check_paths
    from claimcheck.gate import apply_min_score

    found, warnings = articles(paths, setup)
    ledger = load_ledger(
        *setup.ledger, cache_dir=setup.cache_dir, matcher=setup.matcher, model=setup.model
    )
    report = check_paths(
        found,
        ledger,
        setup.ledger,
        lang=setup.lang,
        cache_dir=setup.cache_dir,
        jobs=setup.jobs,
        progress=progress,
        max_mb=setup.max_mb,
    )
    report.warnings = warnings
    for file in report.files:
        suppress.apply(file)
    apply_min_score(report, setup.min_score)
    return report


def gate_for(report: Report, setup: Settings, baseline_file: str | None = None) -> Gate:
    """The gate of a run; with a baseline, the claims it accepts, noted in each file."""
    gate = Gate(fail_on=setup.fail_on)
    if baseline_file is None:
        return gate
    from claimcheck.baseline import Baseline

    gate.baselined = Baseline.load(baseline_file).covered(report)
    index = 0
    for file in report.files:
        known = sum(1 for i in range(index, index + len(file.claims)) if i in gate.baselined)
        index += len(file.claims)
        if known:
            plural = "s" * (known != 1)
            file.notes.append(
                f"{file.file}: {known} claim{plural} in the baseline {baseline_file}: "
                "reported, not failing the gate"
            )
    return gate
