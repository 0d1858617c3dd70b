"""The index's own records, in SQLite: ledger files, entries, phrasings, vectors' slots.

SQLite is the source of truth of an index; the tantivy index (:mod:`.lexical`) and the vector
files (:mod:`.vectors`) are derived from it and can be rebuilt from it. Tables:

- ``files``: each ledger file indexed, with its fingerprint (size, change time, SHA-256 of its
  bytes) and its place in load order. An entry names its file by id, so a renamed file is
  one row changed.
- ``entries``: one row per entry: its fields as JSON and its terms record
  (:mod:`.records`), its length in stems.
- ``phrasings``: one row per text an entry can be matched by, with a digest of the text:
  vectors are stored by (model, digest), so an unchanged phrasing keeps its vector wherever
  it moves.
- ``vectors``: (model, digest) → slot in that model's vector file.
- ``meta``: the format, the state (``clean``, or ``updating`` while an update is under way:
  found by a reader, it means the update died), and counts for BM25.

Readers take a snapshot (a read transaction, in WAL mode) under the shared lock, so they see
one committed state from start to end, while a writer works under the exclusive lock.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.index.records import lexical_text

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE files (
    id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER, stamp_ns INTEGER,
    digest TEXT, position INTEGER);
CREATE TABLE entries (
    row INTEGER PRIMARY KEY, file INTEGER NOT NULL, id TEXT UNIQUE NOT NULL, line INTEGER,
    record TEXT NOT NULL, terms TEXT NOT NULL, length INTEGER NOT NULL);
CREATE INDEX entries_by_file ON entries (file);
CREATE TABLE phrasings (
    row INTEGER PRIMARY KEY, entry INTEGER NOT NULL, text TEXT NOT NULL, digest BLOB NOT NULL);
CREATE INDEX phrasings_by_entry ON phrasings (entry);
CREATE INDEX phrasings_by_digest ON phrasings (digest);
CREATE TABLE vectors (
    model TEXT NOT NULL, digest BLOB NOT NULL, slot INTEGER NOT NULL,
    PRIMARY KEY (model, digest)) WITHOUT ROWID;
CREATE INDEX vectors_by_slot ON vectors (model, slot);
"""


@dataclass(frozen=True)
class FileRecord:
    id: int
    path: str
    size: int
    stamp_ns: int
    digest: str


# An entry to add: (file id, id, line, record JSON, terms record, phrasing texts).
EntryRow = tuple[int, str, int, str, str, list[str]]
_INSERT_ENTRY = (
    "INSERT INTO entries (row, file, id, line, record, terms, length) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


class NotAnIndex(Exception):
    """The file is not a usable index: foreign, corrupt, of another format, or half-built."""


class DuplicateId(Exception):
    def __init__(self, entry_id: str, file_id: int, line: int) -> None:
        super().__init__(entry_id)
        self.entry_id, self.file_id, self.line = entry_id, file_id, line


def text_digest(text: str) -> bytes:
    """The key of a phrasing's vector: 16 bytes of SHA-256 of its text."""
    return hashlib.sha256(text.encode()).digest()[:16]


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_regular_or_missing(path: Path) -> bool:
    """Nothing, or a regular file (not a FIFO, device, directory or symbolic link) at ``path``."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return True


class Store:
    """An index's SQLite database at ``path`` (None: in memory)."""

    def __init__(
        self, path: Path | None, fmt: str, *, readonly: bool = False, create: bool = True
    ) -> None:
        self.path = path
        if path is None:
            self.db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        else:
            # A FIFO or device where the database should be would hang or fail in SQLite:
            # anything but a regular file is not an index.
            for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                if not is_regular_or_missing(part):
                    raise NotAnIndex(f"{part} is not a regular file")
            if (readonly or not create) and not path.exists():
                raise NotAnIndex(f"{path} does not exist")
            uri = f"file:{path}{'?mode=ro' if readonly else ''}"
            try:
                self.db = sqlite3.connect(
                    uri, uri=True, isolation_level=None, timeout=60, check_same_thread=False
                )
                self.db.execute("PRAGMA synchronous=NORMAL")
            except sqlite3.DatabaseError as error:
                raise NotAnIndex(str(error)) from None
        self.readonly = readonly
        self._create = create and not readonly
        self.fmt = fmt
        self._check_or_create()

    def _check_or_create(self) -> None:
        try:
            tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master")}
            if not tables and self._create:  # a new, empty database
                # WAL: readers keep their snapshot while a writer commits. Set once, kept by
                # the file (and only here: the pragma waits for every other connection).
                if self.path is not None:
                    self.db.execute("PRAGMA journal_mode=WAL")
                with self.transaction():
                    for statement in SCHEMA.split(";"):
                        if statement.strip():
                            self.db.execute(statement)
                    self.set_meta("format", self.fmt)
                    self.set_meta("state", "clean")
                    self.set_meta("entries", 0)
                    self.set_meta("length", 0)
                return
            if "meta" not in tables or self.meta("format") != self.fmt:
                raise NotAnIndex("not an index of this version")
        except sqlite3.DatabaseError as error:
            raise NotAnIndex(str(error)) from None

    def close(self) -> None:
        self.db.close()

    # -- transactions ------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def begin_snapshot(self) -> None:
        """Start a read transaction: from here on, this connection sees one committed state."""
        self.end_snapshot()
        self.db.execute("BEGIN")
        self.db.execute("SELECT count(*) FROM meta").fetchone()  # the snapshot starts here

    def end_snapshot(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")

    # -- meta --------------------------------------------------------------------------------

    def meta(self, key: str) -> object:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: object) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def bump_generation(self) -> None:
        """Count a change of the entries: what was derived from an older generation (say,
        "every phrasing has a vector") is known to be out of date."""
        self.set_meta("generation", int(self.meta("generation") or 0) + 1)

    @property
    def entry_count(self) -> int:
        return int(self.meta("entries") or 0)

    @property
    def average_length(self) -> float:
        count = self.entry_count
        return int(self.meta("length") or 0) / count if count else 1.0

    # -- files -------------------------------------------------------------------------------

    def files(self) -> dict[str, FileRecord]:
        rows = self.db.execute("SELECT id, path, size, stamp_ns, digest FROM files")
        return {row[1]: FileRecord(*row) for row in rows}

    def file_paths(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT path FROM files ORDER BY position")]

    def add_file(self, path: str, size: int, stamp_ns: int, digest: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO files (path, size, stamp_ns, digest) VALUES (?, ?, ?, ?)",
            (path, size, stamp_ns, digest),
        )
        return int(cursor.lastrowid)

    def update_file(self, file_id: int, path: str, size: int, stamp_ns: int, digest: str) -> None:
        self.db.execute(
            "UPDATE files SET path = ?, size = ?, stamp_ns = ?, digest = ? WHERE id = ?",
            (path, size, stamp_ns, digest, file_id),
        )

    def order_files(self, paths: Sequence[str]) -> None:
        self.db.executemany("UPDATE files SET position = ? WHERE path = ?", list(enumerate(paths)))

    def remove_file_entries(self, file_id: int, *, forget_file: bool) -> None:
        """Drop the file's entries (and their phrasings); with ``forget_file``, the file too."""
        removed = self.db.execute(
            "SELECT count(*), coalesce(sum(length), 0) FROM entries WHERE file = ?", (file_id,)
        ).fetchone()
        self.db.execute(
            "DELETE FROM phrasings WHERE entry IN (SELECT row FROM entries WHERE file = ?)",
            (file_id,),
        )
        self.db.execute("DELETE FROM entries WHERE file = ?", (file_id,))
        self._count(-removed[0], -removed[1])
        if forget_file:
            self.db.execute("DELETE FROM files WHERE id = ?", (file_id,))

    def _count(self, entries: int, length: int) -> None:
        self.set_meta("entries", self.entry_count + entries)
        self.set_meta("length", int(self.meta("length") or 0) + length)

    # -- entries -----------------------------------------------------------------------------

    def add_entries(self, batches: Iterable[Sequence[EntryRow]]) -> None:
        """Add entries given as (file id, id, line, record JSON, terms record, phrasing texts),
        each batch with one statement per table (a statement per entry costs more than its
        insert).

        Raises :class:`DuplicateId` on an id already in the index.
        """
        count = length = 0
        for batch in batches:
            length += self._add_batch(batch)
            count += len(batch)
        self._count(count, length)

    def _add_batch(self, rows: Sequence[EntryRow]) -> int:
        """Insert ``rows``; their length in stems."""
        db = self.db
        # The rows SQLite would give them one by one: one more than the largest.
        first = db.execute("SELECT coalesce(max(row), 0) + 1 FROM entries").fetchone()[0]
        entries, phrasings, length = [], [], 0
        for row, (file_id, entry_id, line, record, terms, texts) in enumerate(rows, first):
            size = len(lexical_text(terms).split())  # stems, alternatives included
            entries.append((row, file_id, entry_id, line, record, terms, size))
            phrasings.extend((row, text, text_digest(text)) for text in texts)
            length += size
        db.execute("SAVEPOINT batch")
        try:
            db.executemany(_INSERT_ENTRY, entries)
        except sqlite3.IntegrityError:
            db.execute("ROLLBACK TO batch")
            db.execute("RELEASE batch")
            self._insert_one_by_one(entries)  # raises DuplicateId for the entry that failed
            raise
        db.execute("RELEASE batch")
        db.executemany("INSERT INTO phrasings (entry, text, digest) VALUES (?, ?, ?)", phrasings)
        return length

    def _insert_one_by_one(self, entries: list[tuple[int, int, str, int, str, str, int]]) -> None:
        for entry in entries:
            try:
                self.db.execute(_INSERT_ENTRY, entry)
            except sqlite3.IntegrityError:
                _, file_id, entry_id, line, *_ = entry
                raise DuplicateId(entry_id, file_id, line) from None

    def entry_location(self, entry_id: str) -> tuple[str, int] | None:
        """(file path, line) of the entry with ``entry_id``, if indexed."""
        return self.db.execute(
            "SELECT f.path, e.line FROM entries e JOIN files f ON f.id = e.file WHERE e.id = ?",
            (entry_id,),
        ).fetchone()

    def lexical_rows(self, file_ids: Sequence[int] | None = None) -> Iterator[tuple[int, int, str]]:
        """(row, file id, terms record) of the entries of ``file_ids`` (None: all)."""
        if file_ids is None:
            yield from self.db.execute("SELECT row, file, terms FROM entries")
            return
        for file_id in file_ids:
            yield from self.db.execute(
                "SELECT row, file, terms FROM entries WHERE file = ?", (file_id,)
            )

    def terms(self, rows: Sequence[int]) -> dict[int, str]:
        """The terms record of each of ``rows``."""
        return dict(self.select_in("SELECT row, terms FROM entries WHERE row IN ({})", rows))

    def records(self, rows: Sequence[int]) -> dict[int, tuple[str, str]]:
        """(record JSON, file path) of each of ``rows``."""
        return {
            row: (record, path)
            for row, record, path in self.select_in(
                "SELECT e.row, e.record, f.path FROM entries e JOIN files f ON f.id = e.file"
                " WHERE e.row IN ({})",
                rows,
            )
        }

    def row_of(self, entry_id: str) -> int | None:
        found = self.db.execute("SELECT row FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return found[0] if found else None

    def all_rows(self) -> list[int]:
        """Every entry's row, in ledger order (file by file, line by line)."""
        return [
            row[0]
            for row in self.db.execute(
                "SELECT e.row FROM entries e JOIN files f ON f.id = e.file"
                " ORDER BY f.position, e.line"
            )
        ]

    def select_in(self, sql: str, keys: Sequence[Any], prefix: tuple = ()) -> list[tuple]:
        """Rows of ``sql`` whose ``IN ({})`` takes ``keys``, after the ``prefix`` parameters."""
        out: list[tuple] = []
        keys = list(keys)
        for start in range(0, len(keys), 900):  # SQLite's limit on bound parameters
            chunk = keys[start : start + 900]
            marks = ",".join("?" * len(chunk))
            out.extend(self.db.execute(sql.format(marks), (*prefix, *chunk)))
        return out

    # -- phrasings ---------------------------------------------------------------------------

    def phrasings(self, rows: Sequence[int]) -> dict[int, tuple[int, str]]:
        """(entry row, text) of each of the phrasing ``rows``."""
        return {
            row: (entry, text)
            for row, entry, text in self.select_in(
                "SELECT row, entry, text FROM phrasings WHERE row IN ({})", rows
            )
        }
