"""The worker pool: Ctrl-C is never raised inside the executor's own code (where it could leave
a lock held and hang the shutdown), and workers leave Ctrl-C to the process that started them."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from claimcheck.pool import WorkerPool, each
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals")


@pytest.fixture()
def pool() -> Iterator[WorkerPool]:
    # Ctrl-C at Python's default, whatever the runner left (a suite started in the background
    # inherits SIGINT ignored).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    pool = WorkerPool(2, signal.getsignal, (signal.SIGTERM,))  # any cheap initializer
    try:
        yield pool
    finally:
        pool.close(interrupted=True)
        signal.signal(signal.SIGINT, previous)


def _gone(deadline: float = 10) -> bool:
    end = time.monotonic() + deadline
    while multiprocessing.active_children() and time.monotonic() < end:
        time.sleep(0.05)
    return not multiprocessing.active_children()


def test_ctrl_c_during_a_submit_is_raised_once_it_is_done(
    pool: WorkerPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    submit = pool._executor.submit
    finished = []

    def interrupted_submit(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, while the executor holds its locks
        time.sleep(0.05)  # the handler runs now, in the middle of the executor's work
        task = submit(*args, **kwargs)
        finished.append(task)
        return task

    monkeypatch.setattr(pool._executor, "submit", interrupted_submit)
    with pytest.raises(KeyboardInterrupt):
        pool.submit(abs, -1)
    assert len(finished) == 1  # the submit was not cut off half-way
    started = time.monotonic()
    pool.close(interrupted=True)
    assert time.monotonic() - started < 10
    assert _gone()


def test_ctrl_c_while_waiting_ends_the_workers(pool: WorkerPool) -> None:
    task = pool.submit(time.sleep, 60)
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    previous = signal.signal(signal.SIGALRM, lambda *_: os.kill(os.getpid(), signal.SIGINT))
    started = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            pool.result(task)
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < 5  # not the minute the task would take
    pool.close(interrupted=True)
    assert _gone()


def test_workers_start_with_ctrl_c_blocked(pool: WorkerPool) -> None:
    blocked = pool.result(pool.submit(signal.pthread_sigmask, signal.SIG_BLOCK, []))
    assert signal.SIGINT in blocked
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # not in here


def test_map_keeps_the_order_and_closing_restores_ctrl_c(pool: WorkerPool) -> None:
    batches = [list(range(start, min(start + 3, 7))) for start in range(-7, 7, 3)]
    assert list(pool.map(partial(each, abs), batches)) == [abs(n) for n in range(-7, 7)]
    manager = pool._executor._executor_manager_thread
    pool.close()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    # the executor's thread is done: at exit, Python 3.11 would otherwise race it for its
    # wake-up pipe ("Exception ignored … Bad file descriptor", seen once in CI)
    assert manager is not None and not manager.is_alive()


_BIG_RESULTS = """
import os, signal, threading, time
from functools import partial
from claimcheck.pool import WorkerPool, each

if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    pool = WorkerPool(2, signal.getsignal, (signal.SIGTERM,))
    threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
    try:
        for _ in pool.map(partial(each, bytes), [[20_000_000]] * 200):  # 20 MB results
            pass
    except KeyboardInterrupt:
        started = time.monotonic()
        pool.close(interrupted=True)
        print(f"closed in {time.monotonic() - started:.1f} s")
"""


def test_ctrl_c_while_workers_send_big_results_still_ends_at_once(tmp_path: Path) -> None:
    # A worker ended halfway through sending a result used to leave the executor's thread
    # waiting for the rest of the message for ever (the results pipe holds 64 KB): run in a
    # process of its own, so that a hang fails the test instead of the suite.
    script = tmp_path / "big_results.py"
    script.write_text(_BIG_RESULTS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.stdout.startswith("closed in"), done.stderr[-2000:]
    assert float(done.stdout.split()[2]) < 10
    assert "Traceback" not in done.stderr and "leaked" not in done.stderr, done.stderr[-2000:]


def test_ending_workers_with_cancelled_work_prints_no_thread_traceback(pool: WorkerPool) -> None:
    # Python 3.11's executor thread dies of InvalidStateError when it fails futures that
    # were cancelled; that is expected when this pool ends its workers.
    seen: list[type] = []
    previous = threading.excepthook
    threading.excepthook = lambda args: seen.append(args.exc_type)
    try:
        tasks = [pool.submit(time.sleep, 1) for _ in range(20)]
        time.sleep(0.5)
        for task in tasks:
            pool.cancel(task)
        pool.close(interrupted=True)
    finally:
        threading.excepthook = previous
    assert seen == []
    assert _gone()


def test_ctrl_c_held_during_a_failing_call_is_raised_not_lost(pool: WorkerPool) -> None:
    def fails() -> None:
        pool._on_interrupt(signal.SIGINT, None)  # Ctrl-C while the executor is busy
        raise RuntimeError("the call failed too")

    with pytest.raises(KeyboardInterrupt), pool._holding_interrupts():
        fails()
    assert not pool._held


def test_a_worker_that_dies_is_one_clear_error(pool: WorkerPool) -> None:
    from claimcheck.errors import WorkerError

    with pytest.raises(WorkerError, match="--jobs 1"):
        pool.result(pool.submit(os._exit, 3))  # as the kernel's out-of-memory killer would


def test_this_process_does_its_share_from_the_back_and_the_order_holds(pool: WorkerPool) -> None:
    # The workers sleep on every batch: this process, quick, takes back most of them.
    mine: list[list[float]] = []

    def here(batch: list[float]) -> list[float]:
        mine.append(batch)
        return [None] * len(batch)

    counted: list[int] = []
    batches = [[0.2] for _ in range(20)]
    results = list(pool.map(partial(each, time.sleep), batches, here=here, done=counted.append))
    assert results == [None] * 20
    assert mine and mine[0] is batches[-1]  # from the back
    assert not any(batch is batches[0] for batch in mine)
    assert len(mine) < 20  # the workers did the front
    assert sum(counted) == 20  # every item counted once, whoever did it


def test_a_failure_is_raised_in_the_batches_order(pool: WorkerPool) -> None:
    # A worker fails on the second batch, this process on the last: the second's is raised.
    batches = [["1"], ["x"], *[["2"]] * 10, ["y"]]
    with pytest.raises(ValueError, match="'x'"):
        list(pool.map(partial(each, int), batches, here=lambda batch: [int(v) for v in batch]))
