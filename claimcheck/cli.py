"""The command line: thin wrappers that parse flags and call :mod:`claimcheck.api`.

Exit codes: 0 the gate passes; 1 a claim has a verdict in ``--fail-on`` (or ``ledger lint``
found problems); 2 usage, input and ledger errors (one line on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck import __version__
from claimcheck.cli_common import EXIT_CODES, Command, emit, refuse_overwriting
from claimcheck.cli_ledger import DEFAULT_LEDGER, ledger_app
from claimcheck.document import MAX_ARTICLE_MB
from claimcheck.model import VERDICTS

app = typer.Typer(
    name="claimcheck",
    help="Check the factual claims in an article against the newsroom's claims ledger.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
app.add_typer(ledger_app, name="ledger", help="Check and maintain the claims ledger.")


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    yaml = "yaml"


class VerifyFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    yaml = "yaml"
    sarif = "sarif"
    github = "github"


class SearchFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _score(value: float | None) -> float | None:
    # "not 0 <= x <= 1" also refuses nan, which every range comparison lets through.
    if value is not None and not 0 <= value <= 1:
        raise typer.BadParameter(f"must be a number from 0 to 1, not {value}")
    return value


def _megabytes(value: float) -> float:
    if not value > 0 or value == float("inf"):
        raise typer.BadParameter(f"must be a positive number of megabytes, not {value}")
    return value


PathsArgument = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH...",
        help="Articles or directories to check (directories are walked); - is stdin.",
        show_default=False,
    ),
]
LedgerOption = Annotated[
    Optional[list[str]],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option(
        "--ledger",
        "-l",
        metavar="PATH",
        help="Ledger directory or file (repeatable). Default: config, else claims/.",
    ),
]
LangOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--lang",
        metavar="LANG",
        help="Language of the articles: auto, id or en. Default: config, else auto.",
    ),
]
ConfigOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--config",
        metavar="FILE",
        help="Settings file (default: claimcheck.toml, or [tool.claimcheck] in pyproject.toml, "
        "found from the current directory upwards).",
    ),
]
FailOnOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--fail-on",
        metavar="VERDICTS",
        help=f"Exit 1 when a claim has one of these verdicts: {', '.join(VERDICTS)} "
        "(comma-separated), or none to never fail. Default: config, else refuted,contradicted.",
    ),
]
MinScoreOption = Annotated[
    Optional[float],  # noqa: UP045
    typer.Option(
        "--min-score",
        metavar="X",
        callback=_score,
        help="Claims whose best match scores below X (0 to 1) count as unverified.",
    ),
]
JobsOption = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        min=0,
        help="Check articles in N processes (0: one per CPU). Default: one, but the claims "
        "of a long article (2,000 or more) are shared by two; --jobs 1 keeps to one.",
        show_default=False,
    ),
]
MatcherOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--matcher",
        metavar="NAME",
        help="How claims meet ledger entries: semantic (keyword index and multilingual "
        "sentence vectors, then a stance model; the default) or lexical (shared words only).",
    ),
]
ModelOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--model",
        metavar="DIR",
        help="A local embedding model directory (ONNX, sentence-transformers or model2vec) "
        "instead of the bundled multilingual-e5-small.",
    ),
]
CacheDirOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--cache-dir",
        metavar="DIR",
        help="Where to cache the indexed ledger. Default: $CLAIMCHECK_CACHE_DIR, else the "
        "user cache.",
    ),
]
MaxSizeOption = Annotated[
    float,
    typer.Option(
        "--max-size",
        metavar="MB",
        callback=_megabytes,
        help="Refuse articles larger than MB megabytes.",
    ),
]
OutputOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write the report to FILE (replaced atomically), not stdout.",
    ),
]
RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="CSV: write cells as they are, without the ' that keeps a spreadsheet from "
        "running a cell starting with =, +, -, @ as a formula (for programs, not people).",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help="On an unexpected error, show the traceback (also CLAIMCHECK_DEBUG=1).",
        ),
    ] = False,
) -> None:
    """Check the factual claims in an article against the newsroom's claims ledger."""
    # claimcheck.main reads --debug from the command line, before any of this runs.


def _color() -> bool:
    """Colour only for a terminal that shows it, and a user who has not opted out."""
    return (
        sys.stdout.isatty()
        and "NO_COLOR" not in os.environ
        and os.environ.get("TERM", "") != "dumb"
    )


def _load_ledger(setup, cache_dir: str | None):  # noqa: ANN001, ANN202 - runner.Settings
    from claimcheck.api import load_ledger

    return load_ledger(*setup.ledger, cache_dir=cache_dir, matcher=setup.matcher, model=setup.model)


def _warn(report, fmt: str = "text") -> None:  # noqa: ANN001
    """Reading problems (an encoding guessed) and settings that match nothing, on stderr, so
    stdout stays machine-readable; for GitHub escaped like every line of that format."""
    from claimcheck.render.github import log_line
    from claimcheck.safe_text import visible

    escape = log_line if fmt == "github" else visible
    warnings = [*report.warnings, *(w for file in report.files for w in file.warnings)]
    for warning in warnings:
        typer.echo(f"claimcheck: warning: {escape(warning)}", err=True)


def _format_help(formats: type[Enum]) -> str:
    return "Output format: " + ", ".join(fmt.value for fmt in formats) + "."


@app.command(cls=Command, epilog=EXIT_CODES)
def verify(
    files: PathsArgument,
    ledger: LedgerOption = None,
    fmt: Annotated[
        VerifyFormat,
        typer.Option("--format", "-f", metavar="FORMAT", help=_format_help(VerifyFormat)),
    ] = VerifyFormat.text,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    min_score: MinScoreOption = None,
    baseline: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="Baseline file (claimcheck baseline create): its claims are reported but do "
            "not fail the gate.",
        ),
    ] = None,
    lang: LangOption = None,
    jobs: JobsOption = None,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    matcher: MatcherOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = MAX_ARTICLE_MB,
    raw_csv: RawCsvOption = False,
) -> None:
    """Check the claims of each article against the ledger."""
    from claimcheck import runner

    setup = runner.settings(
        ledger=ledger,
        fail_on=fail_on,
        min_score=min_score,
        lang=lang,
        cache_dir=cache_dir,
        jobs=jobs,
        config_file=config,
        matcher=matcher,
        model=model,
        max_mb=max_size,
    )
    refuse_overwriting(output, files, setup.ledger or [DEFAULT_LEDGER], setup.include)
    report = runner.check(files, setup)
    gate = runner.gate_for(report, setup, baseline)
    _warn(report, fmt.value)
    from claimcheck.render import render

    color = fmt is VerifyFormat.text and output is None and _color()
    text = render(
        report,
        fmt.value,
        color=color,
        gate=gate,
        baseline=baseline is not None,
        formula_guard=not raw_csv,
    )
    emit(text, output)
    if gate.failing(report):
        raise typer.Exit(1)


baseline_app = typer.Typer(
    name="baseline",
    help="Record the claims a draft has now, so that only new ones fail the gate.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("create", cls=Command)
def baseline_create(
    files: PathsArgument,
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="FILE", help="The baseline file to write.")
    ] = ".claimcheck-baseline.json",
    verdicts: Annotated[
        str,
        typer.Option(
            "--verdicts",
            metavar="VERDICTS",
            help="Which verdicts to record (comma-separated). Refuted and contradicted claims "
            "are better fixed than baselined.",
        ),
    ] = "unverified",
    ledger: LedgerOption = None,
    min_score: MinScoreOption = None,
    lang: LangOption = None,
    jobs: JobsOption = None,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    matcher: MatcherOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = MAX_ARTICLE_MB,
) -> None:
    """Write the current claims of the articles with the chosen verdicts to a baseline file."""
    from claimcheck import baseline, runner

    wanted = runner.parse_fail_on(verdicts, "--verdicts")
    setup = runner.settings(
        ledger=ledger,
        min_score=min_score,
        lang=lang,
        cache_dir=cache_dir,
        jobs=jobs,
        config_file=config,
        matcher=matcher,
        model=model,
        max_mb=max_size,
    )
    refuse_overwriting(Path(output), files, setup.ledger or [DEFAULT_LEDGER])
    report = runner.check(files, setup)
    _warn(report)
    count = baseline.create(report, Path(output), wanted)
    files_count = len(report.files)
    typer.echo(
        f"{output}: {count} claim{'s' * (count != 1)} ({', '.join(sorted(wanted)) or 'none'}) "
        f"from {files_count} file{'s' * (files_count != 1)}"
    )


@app.command(cls=Command)
def extract(
    files: PathsArgument,
    fmt: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", metavar="FORMAT", help=_format_help(ReportFormat)),
    ] = ReportFormat.text,
    output: OutputOption = None,
    lang: LangOption = None,
    config: ConfigOption = None,
    max_size: MaxSizeOption = MAX_ARTICLE_MB,
    raw_csv: RawCsvOption = False,
) -> None:
    """List the atomic claims of each article, without checking them."""
    from claimcheck import runner
    from claimcheck.render import render

    setup = runner.settings(lang=lang, config_file=config, max_mb=max_size)
    refuse_overwriting(output, files, [], setup.include)
    report = runner.extract(files, setup)
    _warn(report)
    color = fmt is ReportFormat.text and output is None and _color()
    text = render(report, fmt.value, color=color, checked=False, formula_guard=not raw_csv)
    emit(text, output)


@app.command(cls=Command)
def search(
    text: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="[TEXT]",
            help="The claim to look up; without it (or -), one query per line of stdin.",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-k", metavar="K", min=1, help="How many entries.")
    ] = 5,
    fmt: Annotated[
        SearchFormat,
        typer.Option("--format", "-f", metavar="FORMAT", help=_format_help(SearchFormat)),
    ] = SearchFormat.text,
    ledger: LedgerOption = None,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    matcher: MatcherOption = None,
    model: ModelOption = None,
) -> None:
    """The ledger entries most like TEXT, best first."""
    from claimcheck import runner
    from claimcheck.api import search_many
    from claimcheck.errors import InputError
    from claimcheck.safe_text import json_text, one_line

    setup = runner.settings(ledger=ledger, config_file=config, matcher=matcher, model=model)
    loaded = _load_ledger(setup, cache_dir)

    def answers(queries: list[str]) -> list[dict]:
        found = search_many(queries, loaded, limit=limit)
        return [
            {
                "query": query,
                "results": [
                    {
                        "id": c.entry.id,
                        "claim": c.entry.claim,
                        "status": c.entry.status,
                        "score": round(c.score, 3),
                    }
                    for c in results
                ],
            }
            for query, results in zip(queries, found, strict=True)
        ]

    if text is None or text == "-":
        if sys.stdin is None:
            raise InputError("<stdin>: standard input is closed; give the claim as TEXT")
        for line in sys.stdin:  # answered as each arrives: a script may wait for each
            sys.stdout.write(json_text(answers([line.rstrip("\r\n")])[0]) + "\n")
            sys.stdout.flush()
        return
    result = answers([text])[0]
    if fmt is SearchFormat.json:
        sys.stdout.write(json_text(result, indent=2) + "\n")
    elif fmt is SearchFormat.jsonl:
        sys.stdout.write(json_text(result) + "\n")
    else:
        for hit in result["results"]:
            line = f"{hit['score']:.3f}  {hit['id']}  ({hit['status']})  {hit['claim']}"
            sys.stdout.write(one_line(line) + "\n")
        if not result["results"]:
            sys.stdout.write("no matching entries\n")


@ledger_app.command("index", cls=Command)
def ledger_index(
    ledger: LedgerOption = None,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    matcher: MatcherOption = None,
    model: ModelOption = None,
) -> None:
    """Build or update the ledger's index now, and embed every phrasing not embedded yet.

    What verify would do on its first run after a ledger change, done ahead (say, after
    importing a large ClaimReview dump): a progress bar with the time left shows on a
    terminal. Ctrl-C stops it and keeps what is done; run it again to resume.
    """
    import time

    from claimcheck import runner
    from claimcheck.api import prepare

    setup = runner.settings(ledger=ledger, config_file=config, matcher=matcher, model=model)
    started = time.perf_counter()
    loaded = _load_ledger(setup, cache_dir)
    where = loaded.index.directory or "memory (the cache is off or not writable)"
    typer.echo(f"{len(loaded)} entries indexed in {where}", err=True)
    try:
        prepare(loaded)
    except KeyboardInterrupt:
        typer.echo("interrupted: what was embedded is kept; run again to resume", err=True)
        raise
    typer.echo(f"ready in {time.perf_counter() - started:.1f} s", err=True)
