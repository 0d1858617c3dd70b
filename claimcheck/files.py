"""Reading and writing files without trusting what sits at a path, or who else writes.

A path can name a FIFO (a read waits forever for a writer), a device such as ``/dev/zero``
(a read never ends) or a file far larger than anything claimcheck should hold in memory.
:func:`read_regular_file` reads only regular files, and only up to a limit; it opens the
path before it looks at it, so the file read is the file checked. :func:`write_atomic`
replaces a file so that a reader sees the old one or the new one, never half of either; a
writer killed before its rename leaves a hidden temporary file, which
:func:`remove_temporaries` clears. :func:`locked` makes the processes that change one file
take turns.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_TIMEOUT_SECONDS = 60.0
_LOCK_POLL_SECONDS = 0.01
_held: dict[str, int] = {}  # the lock files this process holds, and how many times


class NotRegularFileError(OSError):
    """The path is a FIFO, a device, a socket or a directory, not a regular file."""


class FileTooLargeError(OSError):
    """The file is larger than the reader's limit."""


def read_regular_file(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises :class:`NotRegularFileError`, :class:`FileTooLargeError`, or the :class:`OSError`
    of opening or reading the file.
    """
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for files.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            kind = "directory" if stat.S_ISDIR(mode) else "FIFO, device or socket"
            raise NotRegularFileError(errno.EINVAL, f"not a regular file (a {kind})", str(path))
        data = handle.read(limit + 1)  # one byte more tells a file that grew past the limit
    if len(data) > limit:
        raise FileTooLargeError(errno.EFBIG, f"larger than {limit} bytes", str(path))
    return data


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` atomically (a temporary file beside it, then a rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(
        prefix=_temporary_prefix(path), suffix=_TEMPORARY_SUFFIX, dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        copy_mode(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_TEMPORARY_SUFFIX = ".tmp"


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}."


def remove_temporaries(path: Path) -> None:
    """Delete what killed writers of ``path`` left: the hidden temporary files that
    :func:`write_atomic` makes beside it. Call it holding :func:`locked`, so that no live
    writer's file is among them."""
    for leftover in path.parent.glob(f"{_temporary_prefix(path)}*{_TEMPORARY_SUFFIX}"):
        leftover.unlink(missing_ok=True)


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the advisory lock of ``path``: a hidden ``.NAME.lock`` beside it, removed after.

    Every claimcheck process that changes ``path`` takes it first, so that their changes
    follow one another instead of overwriting each other; a symbolic link and its target
    share one lock. Re-entrant within a process. Raises :class:`TimeoutError` after
    ``timeout`` seconds of waiting.
    """
    target = Path(path).resolve()
    lock = str(target.parent / f".{target.name}.lock")
    if lock in _held:
        _held[lock] += 1
        try:
            yield
        finally:
            _held[lock] -= 1
        return
    descriptor = _acquire(lock, time.monotonic() + timeout)
    _held[lock] = 1
    try:
        yield
    finally:
        del _held[lock]
        _release(lock, descriptor)


def _acquire(lock: str, deadline: float) -> int:
    """Lock the file at ``lock``, created if missing; retried while a holder removes it."""
    while True:
        descriptor = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock_descriptor(descriptor, lock, deadline)
            try:  # the file we locked is still the one at the path: the lock is ours
                if os.path.samestat(os.fstat(descriptor), os.stat(lock)):
                    return descriptor
            except FileNotFoundError:
                pass  # its holder removed it as we waited: lock the next one
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)


def _lock_descriptor(descriptor: int, lock: str, deadline: float) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        import msvcrt

        def attempt() -> None:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
    else:

        def attempt() -> None:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    while True:
        try:
            attempt()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(
                    errno.ETIMEDOUT, "another claimcheck process holds the lock", lock
                ) from None
            time.sleep(_LOCK_POLL_SECONDS)


def _release(lock: str, descriptor: int) -> None:
    # Remove the lock file before unlocking it: a process that waits on it then finds it
    # gone and locks the next one, so the directory is left as it was.
    with contextlib.suppress(OSError):  # Windows cannot remove an open file: it stays
        os.unlink(lock)
    os.close(descriptor)


def copy_mode(path: Path, temporary: str | Path) -> None:
    """Give the temporary file ``path``'s permissions, or a new file's (mkstemp makes 0600)."""
    if path.exists():
        mode = path.stat().st_mode & 0o7777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)
