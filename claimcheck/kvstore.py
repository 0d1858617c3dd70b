"""A small on-disk key → bytes store (SQLite) for work worth keeping between runs.

Sentence vectors and stance judgements are computed once per text and model, then read back
on every later run. Keys live in a namespace (the model's name), so a new model never reads
an old model's values. The store is a cache, never a source of truth: any failure to open,
read or write it reads as a miss (the value is computed again) and never stops a check.
Writers commit in batches, so a run killed half way keeps what it finished.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path


def key(*parts: str) -> bytes:
    """A fixed-size key for texts (NUL-joined)."""
    return hashlib.sha1("\0".join(parts).encode("utf-8"), usedforsecurity=False).digest()


class KeyValueStore:
    def __init__(self, path: Path | None, table: str) -> None:
        self._table = table
        self._db: sqlite3.Connection | None = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=30)
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {table} (space TEXT, key BLOB, value BLOB, "
                "PRIMARY KEY (space, key)) WITHOUT ROWID"
            )
            db.commit()
            self._db = db
        except sqlite3.Error:
            self._db = None

    def get(self, space: str, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        found: dict[bytes, bytes] = {}
        if self._db is None:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start : start + 500])
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, value FROM {self._table} WHERE space = ? AND key IN ({marks})",
                    [space, *chunk],
                )
                found.update((k, v) for k, v in rows if isinstance(v, bytes))
        except sqlite3.Error:
            return {}
        return found

    def put(self, space: str, items: Iterable[tuple[bytes, bytes]]) -> None:
        if self._db is None:
            return
        try:
            self._db.executemany(
                f"INSERT OR REPLACE INTO {self._table} VALUES (?, ?, ?)",
                [(space, k, v) for k, v in items],
            )
            self._db.commit()
        except sqlite3.Error:
            self._db = None  # read-only or full: carry on without storing
