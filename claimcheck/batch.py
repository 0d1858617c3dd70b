"""Check many articles: in this process or in several (``--jobs``), with a progress bar.

``--jobs N`` checks articles in N processes, this one included: N - 1 worker processes, each
of which opens this one's ledger index read-only (in milliseconds: nothing of the ledger is
loaded), take the articles a few per task from the front of the list, while this process,
which has the ledger open already, takes them from the back until the two meet. Reports are
put back in the order the articles were given, whoever checked them, so the output of
``--jobs 4`` is the same as that of ``--jobs 1``. The progress bar goes to stderr, and only
when stderr is a terminal: logs and pipes stay clean.

Articles checked one after the other (one article, or ``--jobs 1``'s many) can still share
out a long article's claims: from its :data:`SHARE_CLAIMS` th claim on, worker processes (the
same pool as above, started then) judge its claims a chunk at a time as they are extracted;
once all are, this process judges chunks too, from the end, the same way; the verdicts are
put back in document order: the same as judging them all here. Unless ``--jobs`` says otherwise, two
processes share a long article; ``--jobs 1`` keeps to one.
"""

from __future__ import annotations

import atexit
import datetime as dt
import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, TypeVar

from claimcheck.api import cyclic_gc_paused, judge_claims
from claimcheck.document import MAX_ARTICLE_MB
from claimcheck.model import Claim, FileReport, Report

if TYPE_CHECKING:
    from claimcheck.lang import Language
    from claimcheck.ledger import Ledger
    from claimcheck.pool import WorkerPool
    from claimcheck.verdict import Verdict

# From how many claims an article's are shared among processes. A claim costs about 0.4 ms
# to judge (10k-entry ledger, lexical), so 2,000 take ~0.8 s, about twice what a worker costs
# to start (spawn, imports, opening the index, warming its caches): below that, sharing would
# not pay for itself; a typical news article has tens of claims.
SHARE_CLAIMS = 2_000
# Claims per task: ~40 ms of work. A worker holds two tasks (the one it runs and the next,
# which concurrent.futures queues ahead), which this process may have to wait for at the
# end; a round trip costs about a millisecond.
_CHUNK = 100
# While a batch runs, the cyclic garbage collector is paused, and run on the young objects
# (those made since its last run) once per this many articles. Run as usual, it walked every
# object the process holds (the ledger's caches, the reports so far) once in a while: 6% of
# 1,000 articles' run. Checking an article makes few reference cycles (about 250 objects per
# 1,000 articles, all in the young objects at the next run), so memory stays as it was.
_COLLECT_EVERY = 1_000

T = TypeVar("T")

_worker_ledger = None
_worker_lang: str | None = None
_worker_max_mb: float = MAX_ARTICLE_MB


class _YoungCollector:
    """Counts the articles checked while the collector is paused; runs it on the young
    objects every :data:`_COLLECT_EVERY` of them."""

    def __init__(self) -> None:
        self.checked = 0

    def __call__(self, report: FileReport) -> FileReport:
        self.checked += 1
        if self.checked % _COLLECT_EVERY == 0 and not gc.isenabled():
            gc.collect(1)  # generations 0 and 1: no object is promoted while paused
        return report


_worker_collector = _YoungCollector()


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

    _exit_with_parent()
    atexit.register(_exit_at_once)
    gc.disable()  # a worker only checks articles: see _COLLECT_EVERY

    matcher, model = matching
    # readonly: the parent's index as the parent left it, nothing to check or update
    _worker_ledger = load_ledger(
        *ledger_paths, cache_dir=cache_dir, matcher=matcher, model=model, readonly=readonly
    )
    _worker_lang = lang
    _worker_max_mb = max_mb


def _exit_at_once() -> None:
    """End this worker without the interpreter's teardown, which frees the ledger's caches
    object by object (about 0.4 s after a thousand articles) while the run waits for its
    workers to end (:meth:`~claimcheck.pool.WorkerPool.close`). A worker writes nothing but
    its results, which the pool has sent by now."""
    os._exit(0)


def _exit_with_parent() -> None:
    """End this worker when the process that started it ends, however it ends: killed (a CI
    runner's SIGTERM, SIGKILL), it cannot shut its pool down, and the workers would wait for
    work forever."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        wait([parent.sentinel])  # ready when the parent's end of the pipe closes
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _check_in_worker(path: str) -> FileReport:
    from claimcheck.api import check_file

    return _worker_collector(check_file(path, _worker_ledger, _worker_lang, _worker_max_mb))


def _judge_in_worker(claims: list[Claim], *, lang: str, today: dt.date) -> list[Verdict]:
    from claimcheck import lang as languages

    return judge_claims(claims, _worker_ledger, languages.get(lang), today)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[int], None]]:
    """A function that counts ``n`` more articles done (from any thread), shown on stderr."""
    if not enabled or total < 2:
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(file=sys.stderr)
    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("checking", total=total)
        yield lambda n: progress.advance(task, n)


def _matching(ledger) -> tuple[str, str | None]:  # noqa: ANN001 - a Ledger
    """The ledger's matcher settings, for the worker processes to load theirs alike."""
    matching = ledger.matching
    return (matching.matcher, matching.model) if matching else ("semantic", None)


def jobs_for(jobs: int | None, articles: int) -> int:
    """How many processes check articles: ``jobs`` (0: one per CPU; unset: one), never more
    than the articles."""
    if jobs is None:
        return 1
    wanted = jobs if jobs > 0 else (os.cpu_count() or 1)
    return max(1, min(wanted, articles))


def sharing_for(jobs: int | None) -> int:
    """How many processes share a long article's claims: ``jobs`` (0: one per CPU; unset:
    two, where there are two CPUs)."""
    cpus = os.cpu_count() or 1
    if jobs is None:
        return min(2, cpus)
    return jobs if jobs > 0 else cpus


def _on_disk(ledger: Ledger) -> bool:
    """Whether the ledger is read through an index on disk, which workers can open as it is."""
    from claimcheck.index import IndexedLedger

    return isinstance(ledger, IndexedLedger) and ledger.index.directory is not None


@contextmanager
def _pool(
    workers: int,
    ledger: Ledger,
    ledger_paths: Sequence[str],
    lang: str | None,
    cache_dir: str | None,
    max_mb: float,
) -> Iterator[WorkerPool]:
    """``workers`` processes, each with the ledger opened; ended with the block, at once
    (queued work dropped) when it ends in an exception or Ctrl-C."""
    from claimcheck.api import prepare
    from claimcheck.pool import WorkerPool

    prepare(ledger)  # vectors embedded here, once: the workers only read the index
    initargs = (list(ledger_paths), cache_dir, lang, _matching(ledger), max_mb, _on_disk(ledger))
    pool = WorkerPool(workers, _init_worker, initargs)
    try:
        yield pool
    except BaseException:
        pool.close(interrupted=True)
        raise
    pool.close()


class _SharedJudge:
    """A judge (:data:`claimcheck.api.Judge`) that shares a long article's claims among
    ``processes`` processes, this one included; the pool comes from ``start`` at the first
    long article and serves the next ones."""

    def __init__(self, processes: int, start: Callable[[int], WorkerPool]) -> None:
        self.processes = processes
        self._start = start
        self._pool: WorkerPool | None = None

    def __call__(
        self, claims: Iterable[Claim], ledger: Ledger, language: Language, today: dt.date | None
    ) -> list[Verdict]:
        from claimcheck.api import _semantic

        claims = iter(claims)
        first = list(islice(claims, SHARE_CLAIMS))
        # Semantic matching stays in one process: each worker would load the embedding model,
        # and claims are embedded in batches whose make-up must not change the vectors. A
        # ledger indexed in memory would have to be indexed again by each worker.
        if len(first) < SHARE_CLAIMS or not _on_disk(ledger) or _semantic(ledger) is not None:
            return judge_claims(chain(first, claims), ledger, language, today)
        if self._pool is None:
            self._pool = self._start(self.processes - 1)
        today = today or dt.date.today()  # one day for every process
        chunks = _batched(chain(first, claims), _CHUNK)  # extracted as the workers judge
        return list(
            self._pool.map(
                partial(_judge_in_worker, lang=language.code, today=today),
                chunks,
                here=lambda chunk: judge_claims(chunk, ledger, language, today),
            )
        )


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def check_paths(
    paths: Sequence[str],
    ledger,  # noqa: ANN001 - a loaded claimcheck.ledger.Ledger
    ledger_paths: Sequence[str],
    *,
    lang: str | None = None,
    cache_dir: str | None = None,
    jobs: int | None = None,
    progress: bool | None = None,
    max_mb: float = MAX_ARTICLE_MB,
) -> Report:
    """Check ``paths`` (``-`` is stdin) against ``ledger``; one report each, in order.

    ``ledger`` is used in this process; worker processes (``jobs`` > 1, or a long article,
    see the module docs) load their own from ``ledger_paths``. ``progress`` defaults to
    whether stderr is a terminal.
    """
    from claimcheck.api import check_file
    from claimcheck.pool import each

    if progress is None:
        progress = sys.stderr.isatty()
    files = [path for path in paths if path != "-"]
    processes = jobs_for(jobs, len(files))
    reports: list[FileReport | None] = [None] * len(paths)

    def start_pool(size: int) -> AbstractContextManager[WorkerPool]:
        return _pool(size, ledger, ledger_paths, lang, cache_dir, max_mb)

    collected = _YoungCollector()
    with _progress(len(paths), progress) as advance, ExitStack() as stack, cyclic_gc_paused():
        if processes == 1:
            sharing = sharing_for(jobs)
            judge = (
                _SharedJudge(sharing, lambda size: stack.enter_context(start_pool(size)))
                if sharing > 1
                else judge_claims
            )
            for index, path in enumerate(paths):
                reports[index] = collected(check_file(path, ledger, lang, max_mb, judge))
                advance(1)
        else:
            # This process is one of them: it checks articles while the workers start up,
            # and shares the rest with them (WorkerPool.map).
            pool = stack.enter_context(start_pool(processes - 1))
            # A few articles per task: fewer round trips, and still even shares at the end.
            chunk = max(1, min(8, len(files) // (processes * 8)))
            checked = pool.map(
                partial(each, _check_in_worker),
                _batched(files, chunk),
                here=partial(each, partial(check_file, ledger=ledger, lang=lang, max_mb=max_mb)),
                done=advance,
            )
            for index, path in enumerate(paths):
                if path == "-":  # stdin belongs to this process
                    reports[index] = collected(check_file(path, ledger, lang, max_mb))
                    advance(1)
                else:
                    reports[index] = collected(next(checked))
    return Report([report for report in reports if report is not None])
