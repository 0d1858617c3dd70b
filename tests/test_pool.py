"""The worker pool: Ctrl-C is never raised inside the executor's own code (where it could leave
a lock held and hang the shutdown), and workers leave Ctrl-C to the process that started them."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator

import pytest

from claimcheck.pool import WorkerPool

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
    assert list(pool.map(abs, range(-7, 7), 3)) == [abs(n) for n in range(-7, 7)]
    pool.close()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
