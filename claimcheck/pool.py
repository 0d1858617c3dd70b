"""Worker processes that Ctrl-C ends at once, and cleanly.

concurrent.futures is not safe against Ctrl-C on its own. KeyboardInterrupt, raised in this
process while it is inside the executor's code (a submit, a wait for a result), can leave a
lock held or a thread created and not started; shutting the pool down then hangs for ever, or
fails with "cannot join thread before it is started". ``bench/interrupts.py`` (Ctrl-C as the
workers start, on a busy machine) saw both, in 4 of 80 runs. So here Ctrl-C
is held while this process is inside the executor, and raised as soon as it comes out (within
:data:`_POLL` while it waits for a result).

Workers start with Ctrl-C blocked: a terminal sends it to the whole process group, and a
worker it hits while starting up dies with a "Fatal Python error" on the user's screen (or,
later, while holding a queue's lock). A signal mask survives fork and exec, so a worker
started while this process blocks the signal keeps it blocked (CPython's resource tracker is
started the same way); this process ends its workers when it is interrupted, and a worker
whose parent dies ends itself (``batch._exit_with_parent``).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from claimcheck.errors import WorkerError

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

# How often a wait for a result looks for a held Ctrl-C.
_POLL = 0.1
# How long an interrupted pool waits for each worker, then for the executor's thread.
_GRACE = 2.0


def each(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``function`` of each item: with :func:`functools.partial`, a batch function for
    :meth:`WorkerPool.map` made of a function of one item."""
    return [function(item) for item in items]


def _counted(done: Callable[[int], None], items: int) -> Callable[[Future[Any]], None]:
    """A task's done-callback that counts its items, if it did them."""

    def count(task: Future[Any]) -> None:
        if not task.cancelled() and task.exception() is None:
            done(items)

    return count


class WorkerPool:
    """``workers`` spawned processes, each set up by ``initializer(*initargs)``.

    Close it with :meth:`close`; ``interrupted=True`` (after an exception or Ctrl-C) ends the
    workers at once and drops queued work.
    """

    def __init__(
        self, workers: int, initializer: Callable[..., None], initargs: tuple[Any, ...]
    ) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: a forked child of a process running a progress thread can
        # deadlock, and spawn behaves the same on Linux, macOS and Windows.
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=initializer,
            initargs=initargs,
        )
        self._holding = 0
        self._held = False
        self._replaced = False
        # Only Python's own Ctrl-C handler is replaced: a script that set its own keeps it (and
        # the risk), and signal handlers can only be set from the main thread.
        if (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            signal.signal(signal.SIGINT, self._on_interrupt)
            self._replaced = True

    def _on_interrupt(self, signum: int, frame: object) -> None:
        if self._holding:
            self._held = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def _holding_interrupts(self) -> Iterator[None]:
        """Ctrl-C pressed in the block is raised when it ends."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
            if self._held and not self._holding:
                self._held = False
                raise KeyboardInterrupt  # over whatever the block raised: Ctrl-C was first

    def submit(self, function: Callable[..., R], *args: Any) -> Future[R]:
        with self._holding_interrupts():
            # A submit may start a worker: it inherits this thread's signal mask.
            blocked = _block_interrupts()
            try:
                return self._executor.submit(function, *args)
            finally:
                _restore(blocked)

    def result(self, task: Future[R]) -> R:
        """What ``task`` returned (or raised), waited for. A worker that died is a
        :class:`~claimcheck.errors.WorkerError`, one line for the user, not a traceback."""
        while True:
            with self._holding_interrupts():
                try:
                    return task.result(timeout=_POLL)
                except TimeoutError:  # concurrent.futures' own, from Python 3.11 on
                    pass
                except BrokenProcessPool:
                    raise WorkerError(
                        "a worker process ended before it finished (killed, out of memory, "
                        "or crashed); run again with --jobs 1 to check in one process"
                    ) from None

    def cancel(self, task: Future[Any]) -> bool:
        """Whether ``task`` was taken back before a worker began it."""
        with self._holding_interrupts():
            return task.cancel()

    def map(
        self,
        function: Callable[[list[T]], list[R]],
        batches: Iterable[list[T]],
        *,
        here: Callable[[list[T]], list[R]] | None = None,
        done: Callable[[int], None] | None = None,
    ) -> Iterator[R]:
        """``function``'s results for each batch, flattened, in the batches' order.

        Every batch is queued at once (taken from ``batches`` as they come: they may still be
        being made), and the workers take them from the front. With ``here``, this process does
        its share instead of waiting: it takes back the batches no worker has begun, from the
        end, and does them itself with ``here``, until it meets one a worker has (all before it
        are theirs too). A failure is raised in the batches' order, whichever process met it.
        ``done(n)`` is called as ``n`` more items are done, from any thread. Batches not begun
        are dropped if the iterator is closed."""
        tasks: list[tuple[list[T], Future[list[R]]]] = []
        try:
            for batch in batches:
                tasks.append((batch, task := self.submit(function, batch)))
                if done is not None:
                    task.add_done_callback(_counted(done, len(batch)))
            mine: dict[int, list[R] | BaseException] = {}
            if here is not None:
                for index in reversed(range(len(tasks))):
                    batch, task = tasks[index]
                    if not self.cancel(task):
                        break
                    try:
                        mine[index] = here(batch)
                    except Exception as error:  # noqa: BLE001 - raised below, in its turn
                        mine[index] = error
                        break
                    if done is not None:
                        done(len(batch))
            for index, (_, task) in enumerate(tasks):
                found = mine[index] if index in mine else self.result(task)
                if isinstance(found, BaseException):
                    raise found
                yield from found
        finally:
            for _, task in tasks:
                self.cancel(task)

    def close(self, *, interrupted: bool = False) -> None:
        """Shut the pool down. Normally the workers are told to stop and the executor's
        thread is waited for (a few seconds at most): left running, it may close its wake-up
        pipe while the interpreter's exit hook writes to it, and Python 3.11 then prints
        "Exception ignored … Bad file descriptor". ``interrupted``: the workers are ended,
        queued work dropped, and the pool waited for."""
        try:
            with self._holding_interrupts():
                if interrupted:
                    self._end_workers()
                else:
                    manager = self._executor._executor_manager_thread
                    self._executor.shutdown(wait=False, cancel_futures=True)
                    if manager is not None:
                        manager.join(_GRACE)
        except KeyboardInterrupt:
            if not interrupted:  # already on the way out of an interruption: one is enough
                raise
        finally:
            if self._replaced and signal.getsignal(signal.SIGINT) == self._on_interrupt:
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _end_workers(self) -> None:
        """End the workers now, through the executor's private parts (before 3.14 there is no
        public way, and 3.14's ``terminate_workers`` does not wait for the executor's thread).

        The executor's thread is told to shut down first, then the workers are terminated; a
        worker may die halfway through sending a result, so this process's end of the result
        pipe is closed too (the thread, reading the rest of that message, then sees the pipe's
        end instead of waiting for ever). It is waited for, but not for ever."""
        executor = self._executor
        manager = executor._executor_manager_thread
        processes = list((executor._processes or {}).values())
        results = executor._result_queue  # shutdown forgets it
        with _quiet_executor_thread(manager):
            executor.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(_GRACE)
                if process.is_alive():
                    process.kill()
            if results is not None:
                results._writer.close()
            if manager is not None:
                manager.join(_GRACE)


@contextmanager
def _quiet_executor_thread(thread: threading.Thread | None) -> Iterator[None]:
    """Python 3.11's executor, finding its workers gone, sets an exception on futures it had
    queued that were cancelled meanwhile, and its thread dies of InvalidStateError with a
    traceback on the user's screen (3.12 checks first). That thread's death is expected here."""
    from concurrent.futures import InvalidStateError

    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if not (args.thread is thread and issubclass(args.exc_type, InvalidStateError)):
            previous(args)

    threading.excepthook = hook
    try:
        yield
    finally:
        threading.excepthook = previous


def _block_interrupts() -> set[int] | None:
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no process groups to fear
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _restore(mask: set[int] | None) -> None:
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
