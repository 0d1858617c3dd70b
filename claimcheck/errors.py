"""Errors a user can act on. The CLI prints them as one line on stderr and exits 2."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """A usage, input or ledger problem: reported in one line, never as a traceback."""


class InputError(ClaimcheckError):
    """An article that cannot be read (missing, a directory, binary, undecodable)."""


class LedgerError(ClaimcheckError):
    """A ledger that cannot be loaded. ``location`` is ``file:line`` where known."""

    def __init__(self, message: str, location: str | None = None) -> None:
        self.message = message
        self.location = location
        super().__init__(f"{location}: {message}" if location else message)


class WorkerError(ClaimcheckError):
    """A worker process of ``--jobs`` (or of a long article's shared claims) ended without
    finishing: killed (out of memory, a CI runner's limit) or crashed."""
