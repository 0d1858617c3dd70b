"""Check many articles: in this process or in several (``--jobs``), with a progress bar.

Each worker process opens the parent's ledger index read-only (in milliseconds: nothing of
the ledger is loaded), then checks the articles it is handed, a few per task. Reports come back in
the order the articles were given, whatever order the workers finish in, so the output of
``--jobs 4`` is the same as that of ``--jobs 1``. The progress bar goes to stderr, and only
when stderr is a terminal: logs and pipes stay clean.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from claimcheck.document import MAX_ARTICLE_MB
from claimcheck.model import FileReport, Report

_worker_ledger = None
_worker_lang: str | None = None
_worker_max_mb: float = MAX_ARTICLE_MB


def _init_worker(
    ledger_paths: list[str],
    cache_dir: str | None,
    lang: str | None,
    matching: tuple[str, str | None],
    max_mb: float,
    readonly: bool,
) -> None:
    global _worker_ledger, _worker_lang, _worker_max_mb
    from claimcheck.api import load_ledger

    matcher, model = matching
    # readonly: the parent's index as the parent left it, nothing to check or update
    _worker_ledger = load_ledger(
        *ledger_paths, cache_dir=cache_dir, matcher=matcher, model=model, readonly=readonly
    )
    _worker_lang = lang
    _worker_max_mb = max_mb


def _check_in_worker(path: str) -> FileReport:
    from claimcheck.api import check_file

    return check_file(path, _worker_ledger, _worker_lang, _worker_max_mb)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[], None]]:
    if not enabled or total < 2:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(file=sys.stderr)
    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("checking", total=total)
        yield lambda: progress.advance(task)


def _matching(ledger) -> tuple[str, str | None]:  # noqa: ANN001 - a Ledger
    """The ledger's matcher settings, for the worker processes to load theirs alike."""
    matching = ledger.matching
    return (matching.matcher, matching.model) if matching else ("semantic", None)


def jobs_for(jobs: int, articles: int) -> int:
    """How many processes to use: ``jobs`` (0: one per CPU), never more than the articles."""
    wanted = jobs if jobs > 0 else (os.cpu_count() or 1)
    return max(1, min(wanted, articles))


def check_paths(
    paths: Sequence[str],
    ledger,  # noqa: ANN001 - a loaded claimcheck.ledger.Ledger
    ledger_paths: Sequence[str],
    *,
    lang: str | None = None,
    cache_dir: str | None = None,
    jobs: int = 1,
    progress: bool | None = None,
    max_mb: float = MAX_ARTICLE_MB,
) -> Report:
    """Check ``paths`` (``-`` is stdin) against ``ledger``; one report each, in order.

    ``ledger`` is used in this process; with ``jobs`` > 1 the workers load their own from
    ``ledger_paths``. ``progress`` defaults to whether stderr is a terminal.
    """
    from claimcheck.api import check_file

    if progress is None:
        progress = sys.stderr.isatty()
    workers = jobs_for(jobs, len([p for p in paths if p != "-"]))
    reports: list[FileReport | None] = [None] * len(paths)
    with _progress(len(paths), progress) as advance:
        if workers == 1:
            for index, path in enumerate(paths):
                reports[index] = check_file(path, ledger, lang, max_mb)
                advance()
        else:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from claimcheck.api import prepare
            from claimcheck.index import IndexedLedger

            prepare(ledger)  # vectors embedded here, once: the workers only read the index
            files = [path for path in paths if path != "-"]
            on_disk = isinstance(ledger, IndexedLedger) and ledger.index.directory is not None
            # spawn, not fork: a forked child of a process running a progress thread can
            # deadlock, and spawn behaves the same on Linux, macOS and Windows.
            with ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(list(ledger_paths), cache_dir, lang, _matching(ledger), max_mb, on_disk),
            ) as pool:
                # A few articles per task: fewer round trips, and still even shares at the end.
                chunk = max(1, min(8, len(files) // (workers * 8)))
                checked = pool.map(_check_in_worker, files, chunksize=chunk)
                try:
                    for index, path in enumerate(paths):
                        if path == "-":  # stdin belongs to this process
                            reports[index] = check_file(path, ledger, lang, max_mb)
                        else:
                            reports[index] = next(checked)
                        advance()
                except BaseException:
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise
    return Report([report for report in reports if report is not None])
