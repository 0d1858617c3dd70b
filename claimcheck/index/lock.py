"""One lock file per index: shared while a reader opens its snapshot, exclusive for updates.

An advisory ``flock``: the kernel drops it when the process dies, so a killed update never
leaves the index locked. (Where there is no ``fcntl``, on Windows, both kinds are one
exclusive lock: correct, only less concurrent.)
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class LockError(Exception):
    """The lock file cannot be used (not a regular file, or cannot be created)."""


class IndexLock:
    def __init__(self, path: Path) -> None:
        try:
            # O_NONBLOCK: should a FIFO sit where the lock file goes, opening it must not hang.
            self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NONBLOCK, 0o644)
        except OSError as error:
            raise LockError(str(error)) from None
        if not stat.S_ISREG(os.fstat(self._fd).st_mode):
            os.close(self._fd)
            raise LockError(f"{path} is not a regular file")

    def close(self) -> None:
        os.close(self._fd)

    def _lock(self, exclusive: bool) -> None:
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        else:  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(self._fd, msvcrt.LK_LOCK, 1)

    def _unlock(self) -> None:
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        else:  # pragma: no cover - Windows
            import msvcrt

            os.lseek(self._fd, 0, os.SEEK_SET)
            msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)

    @contextmanager
    def held(self, *, exclusive: bool) -> Iterator[None]:
        self._lock(exclusive)
        try:
            yield
        finally:
            self._unlock()
