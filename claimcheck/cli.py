"""The command line: thin wrappers that parse flags and call :mod:`claimcheck.api`.

Exit codes: 0 the gate passes; 1 a claim has a verdict in ``--fail-on`` (or ``ledger lint``
found problems); 2 usage, input and ledger errors (one line on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from claimcheck import __version__
from claimcheck.cli_ledger import ledger_app

app = typer.Typer(
    name="claimcheck",
    help="Check the factual claims in an article against the newsroom's claims ledger.",
    no_args_is_help=True,
    add_completion=False,
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


LedgerOption = Annotated[
    Optional[list[str]],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option(
        "--ledger",
        "-l",
        help="Ledger directory or file (repeatable). Default: claims/ in the current directory.",
    ),
]
LangOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--lang", help="Language of the articles: auto, id or en. Default: config, else auto."
    ),
]
ConfigOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--config",
        help="Settings file (default: claimcheck.toml, or [tool.claimcheck] in pyproject.toml, "
        "found from the current directory upwards).",
    ),
]
FailOnOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--fail-on",
        help="Exit 1 when a claim has one of these verdicts (comma-separated, or none). "
        "Default: config, else refuted,contradicted.",
    ),
]
MinScoreOption = Annotated[
    Optional[float],  # noqa: UP045
    typer.Option(
        "--min-score",
        min=0.0,
        max=1.0,
        help="Claims whose best match scores below this (0..1) count as unverified.",
    ),
]
JobsOption = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, help="Check articles in N processes (0: one per CPU)."),
]
MatcherOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--matcher",
        help="How claims meet ledger entries: semantic (keyword index and multilingual "
        "sentence vectors, then a stance model; the default) or lexical (shared words only).",
    ),
]
ModelOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--model",
        help="A local embedding model directory (ONNX, sentence-transformers or model2vec) "
        "instead of the bundled multilingual-e5-small.",
    ),
]
CacheDirOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--cache-dir", help="Where to cache the indexed ledger (default: user cache)."),
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
) -> None:
    """Check the factual claims in an article against the newsroom's claims ledger."""


def _color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _load_ledger(setup, cache_dir: str | None):  # noqa: ANN001, ANN202 - runner.Settings
    from claimcheck.api import load_ledger

    return load_ledger(*setup.ledger, cache_dir=cache_dir, matcher=setup.matcher, model=setup.model)


def _warn(report) -> None:  # noqa: ANN001
    # Reading problems (an encoding guessed) go to stderr, so stdout stays machine-readable.
    for file in report.files:
        for warning in file.warnings:
            typer.echo(f"claimcheck: warning: {warning}", err=True)


@app.command()
def verify(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Articles or directories to check (directories are walked); - is stdin."
        ),
    ],
    ledger: LedgerOption = None,
    fmt: Annotated[VerifyFormat, typer.Option("--format", "-f", help="Output format.")] = (
        VerifyFormat.text
    ),
    fail_on: FailOnOption = None,
    min_score: MinScoreOption = None,
    baseline: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--baseline",
            help="Baseline file (claimcheck baseline create): its claims are reported but do "
            "not fail the gate.",
        ),
    ] = None,
    lang: LangOption = None,
    jobs: JobsOption = 1,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    matcher: MatcherOption = None,
    model: ModelOption = None,
) -> None:
    """Extract the claims of each article and check them against the ledger."""
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
    )
    report = runner.check(files, setup)
    gate = runner.gate_for(report, setup, baseline)
    _warn(report)
    from claimcheck.render import render

    color = fmt is VerifyFormat.text and _color()
    sys.stdout.write(
        render(report, fmt.value, color=color, gate=gate, baseline=baseline is not None)
    )
    if gate.failing(report):
        raise typer.Exit(1)


baseline_app = typer.Typer(
    name="baseline",
    help="Record a draft's known unverified claims, so that only new ones fail the gate.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("create")
def baseline_create(
    files: Annotated[list[str], typer.Argument(help="Articles or directories; - is stdin.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="The baseline file to write.")
    ] = ".claimcheck-baseline.json",
    verdicts: Annotated[
        str,
        typer.Option(
            "--verdicts",
            help="Which verdicts to record (comma-separated). Refuted and contradicted claims "
            "are better fixed than baselined.",
        ),
    ] = "unverified",
    ledger: LedgerOption = None,
    min_score: MinScoreOption = None,
    lang: LangOption = None,
    jobs: JobsOption = 1,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    matcher: MatcherOption = None,
    model: ModelOption = None,
) -> None:
    """Write the current claims of FILES with the chosen verdicts to a baseline file."""
    from pathlib import Path

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
    )
    report = runner.check(files, setup)
    _warn(report)
    count = baseline.create(report, Path(output), wanted)
    files_count = len(report.files)
    typer.echo(
        f"{output}: {count} claim{'s' * (count != 1)} ({', '.join(sorted(wanted)) or 'none'}) "
        f"from {files_count} file{'s' * (files_count != 1)}"
    )


@app.command()
def extract(
    files: Annotated[
        list[str], typer.Argument(help="Articles or directories to read; - reads stdin.")
    ],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ReportFormat.text
    ),
    lang: LangOption = None,
    config: ConfigOption = None,
) -> None:
    """List the atomic claims of each article, without checking them."""
    from claimcheck import runner
    from claimcheck.api import extract_document
    from claimcheck.document import read_document
    from claimcheck.model import Report
    from claimcheck.render import render
    from claimcheck.walk import expand

    setup = runner.settings(lang=lang, config_file=config)
    articles = expand(files, setup.include, setup.exclude)
    report = Report([extract_document(read_document(path), setup.lang) for path in articles])
    _warn(report)
    color = fmt is ReportFormat.text and _color()
    sys.stdout.write(render(report, fmt.value, color=color, checked=False))


@app.command()
def search(
    text: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            help="The claim to look up; without it (or -), one query per line of stdin."
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-k", min=1, help="How many entries.")] = 5,
    fmt: Annotated[SearchFormat, typer.Option("--format", "-f", help="Output format.")] = (
        SearchFormat.text
    ),
    ledger: LedgerOption = None,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    matcher: MatcherOption = None,
    model: ModelOption = None,
) -> None:
    """The ledger entries most like TEXT, best first."""
    import json

    from claimcheck import runner
    from claimcheck.api import search_many

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
        batch: list[str] = []
        for line in [*sys.stdin, None]:
            if line is not None:
                batch.append(line.rstrip("\r\n"))
            if batch and (line is None or len(batch) == 64):  # embedded 64 at a time
                for result in answers(batch):
                    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
                sys.stdout.flush()
                batch = []
        return
    result = answers([text])[0]
    if fmt is SearchFormat.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    elif fmt is SearchFormat.jsonl:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        for hit in result["results"]:
            line = f"{hit['score']:.3f}  {hit['id']}  ({hit['status']})  {hit['claim']}"
            sys.stdout.write(line + "\n")
        if not result["results"]:
            sys.stdout.write("no matching entries\n")
