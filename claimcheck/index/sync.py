"""Bring an index up to date with the ledger files: only what changed is read again.

Each ledger file is known by its fingerprint. A file whose size and change time are
unchanged is not opened (the later of mtime and ctime: ``touch -r``, ``cp -p``, ``tar x`` or
``rsync -a`` can put an old mtime on new bytes, but writing them sets the ctime); one whose
bytes hash the same (touched, or renamed: its old path gone) only gets its new fingerprint or
path; one whose bytes changed has its entries dropped and read again;
a file gone has its entries dropped.

An update runs in two steps, the store first: its changes are committed with the state
``updating``, then the lexical index is changed and committed, then the state goes back to
``clean``. A ledger error (a bad entry, a duplicate id) is raised before anything is
committed, so the index stays as it was. An update killed half-way leaves ``updating``
behind, and the next opener rebuilds the lexical index from the store (:func:`rebuild_lexical`).
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.index.lexical import Lexical
from claimcheck.index.records import entry_json, terms_record
from claimcheck.index.store import DuplicateId, EntryRow, Store, file_digest
from claimcheck.ledger import discover_with_stats, duplicate_id_error, read_entries
from claimcheck.ledger_formats import unreadable
from claimcheck.model import Entry


@dataclass
class _Found:
    path: str
    size: int
    stamp_ns: int
    digest: str | None = None

    def hashed(self) -> str:
        if self.digest is None:
            try:
                self.digest = file_digest(Path(self.path))
            except OSError as problem:
                raise unreadable(self.path, problem) from None
        return self.digest


@dataclass
class Plan:
    """What an update has to do; empty when the index is fresh."""

    order: list[str]
    moved: list[tuple[int, _Found]] = field(default_factory=list)  # same bytes, new stat/path
    changed: list[tuple[int, _Found]] = field(default_factory=list)
    added: list[_Found] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)

    @property
    def fresh(self) -> bool:
        return not (self.moved or self.changed or self.added or self.removed)


def plan(store: Store, paths: Sequence[Path]) -> Plan:
    """Compare the ledger files at ``paths`` with the index; stat only unless they differ."""
    found = [
        _Found(str(path), info.st_size, max(info.st_mtime_ns, info.st_ctime_ns))
        for path, info in discover_with_stats(paths)
    ]
    known = store.files()
    out = Plan(order=[f.path for f in found])
    unmatched = []
    for item in found:
        record = known.pop(item.path, None)
        if record is None:
            unmatched.append(item)
        elif (record.size, record.stamp_ns) == (item.size, item.stamp_ns):
            continue
        elif record.digest == item.hashed():
            out.moved.append((record.id, item))
        else:
            out.changed.append((record.id, item))
    # A new path with the bytes of a vanished one is that file, renamed or moved.
    vanished = {record.digest: record.id for record in known.values()}
    for item in unmatched:
        file_id = vanished.pop(item.hashed(), None)
        if file_id is None:
            out.added.append(item)
        else:
            out.moved.append((file_id, item))
    out.removed = list(vanished.values())
    return out


# Entries per task of a parallel build; tasks in flight per worker; the least work (in bytes
# of ledger files) worth starting processes for.
_CHUNK = 500
_WINDOW = 3
_PARALLEL_FROM = 2_000_000

# What the store takes for an entry: (file id, id, line, record JSON, terms record, texts).
Row = EntryRow
# What the analysis needs of an entry: its texts (Entry.texts()) and its language.
Phrasings = tuple[list[str], str | None]


def analyse(entries: list[tuple[int, Entry]]) -> list[Row]:
    """The store's rows for (file id, entry) pairs: one task of a build."""
    phrasings = _phrasings(entries)
    return _rows(entries, phrasings, terms_records(phrasings))


def terms_records(phrasings: list[Phrasings]) -> list[str]:
    """The terms record of each entry's phrasings: the analysis, the costly part of a build,
    and all that a worker process is sent (little to pickle)."""
    return [terms_record(texts, lang) for texts, lang in phrasings]


def _phrasings(entries: list[tuple[int, Entry]]) -> list[Phrasings]:
    return [(entry.texts(), entry.lang) for _, entry in entries]


def _rows(
    entries: list[tuple[int, Entry]], phrasings: list[Phrasings], records: list[str]
) -> list[Row]:
    return [
        (file_id, entry.id, entry.line, entry_json(entry), record, texts)
        for (file_id, entry), (texts, _), record in zip(entries, phrasings, records, strict=True)
    ]


class _Analyser:
    """Turns parsed entries into the store's rows, in order: in worker processes when there is
    much to do (analysis is pure Python, and most of a build's time), the parent parsing and
    writing meanwhile."""

    def __init__(self, work: int) -> None:
        self._pool = None
        # chunks sent to the workers: their entries, phrasings and the records to come
        self._pending: deque[tuple[list[tuple[int, Entry]], list[Phrasings], Any]] = deque()
        self._chunk: list[tuple[int, Entry]] = []
        self._workers = os.cpu_count() or 1
        if work >= _PARALLEL_FROM and self._workers > 1 and sys.platform == "linux":
            import multiprocessing

            # fork: a spawned worker would run the calling script again (an editor's script
            # without a __main__ guard would start over), and the parent has no threads yet
            # (tantivy's writer starts after this stage). Elsewhere, one process.
            self._pool = multiprocessing.get_context("fork").Pool(self._workers)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def add(self, file_id: int, entries: list[Entry]) -> Iterator[list[Row]]:
        """Take ``entries``; yield the rows that are ready, a chunk at a time."""
        self._chunk.extend((file_id, entry) for entry in entries)
        while len(self._chunk) >= _CHUNK:
            chunk, self._chunk = self._chunk[:_CHUNK], self._chunk[_CHUNK:]
            yield from self._submit(chunk)

    def finish(self) -> Iterator[list[Row]]:
        """Yield every remaining row, a chunk at a time."""
        if self._chunk:
            chunk, self._chunk = self._chunk, []
            yield from self._submit(chunk)
        while self._pending:
            yield from self._ready()

    def _submit(self, chunk: list[tuple[int, Entry]]) -> Iterator[list[Row]]:
        if self._pool is None:
            yield analyse(chunk)
            return
        # The workers get texts and languages only: the rows' other parts stay here.
        phrasings = _phrasings(chunk)
        records = self._pool.apply_async(terms_records, (phrasings,))
        self._pending.append((chunk, phrasings, records))
        while len(self._pending) > _WINDOW * self._workers:
            yield from self._ready()

    def _ready(self) -> Iterator[list[Row]]:
        chunk, phrasings, records = self._pending.popleft()
        yield _rows(chunk, phrasings, records.get())


def _duplicate(store: Store, duplicate: DuplicateId, path: str, order: dict[str, int]):  # noqa: ANN202
    """The ledger's error for a duplicate id in the file at ``path``, reported (as a full load
    would) at the later of the two entries in ledger ``order`` (path → position)."""
    first_path, first_line = store.entry_location(duplicate.entry_id) or ("", 0)
    new = Entry(id=duplicate.entry_id, claim="", status="", file=path, line=duplicate.line)
    first = Entry(id=new.id, claim="", status="", file=first_path, line=first_line)
    if (order.get(first_path, -1), first_line) > (order.get(path, -1), new.line):
        first, new = new, first
    return duplicate_id_error(new, first)


def _store_changes(store: Store, todo: Plan) -> list[int]:
    """Apply ``todo`` to the store (in the caller's transaction); the ids of the files whose
    entries must be indexed again."""
    for file_id in todo.removed:
        store.remove_file_entries(file_id, forget_file=True)
    for file_id, item in todo.moved:
        store.update_file(file_id, item.path, item.size, item.stamp_ns, item.hashed())
    to_read: list[tuple[int, str]] = []
    for file_id, item in todo.changed:
        store.remove_file_entries(file_id, forget_file=False)
        store.update_file(file_id, item.path, item.size, item.stamp_ns, item.hashed())
        to_read.append((file_id, item.path))
    for item in todo.added:
        file_id = store.add_file(item.path, item.size, item.stamp_ns, item.hashed())
        to_read.append((file_id, item.path))
    store.order_files(todo.order)
    order = {path: i for i, path in enumerate(todo.order)}
    paths = dict(sorted(to_read, key=lambda pair: order[pair[1]]))
    analyser = _Analyser(sum(item.size for item in todo.added + [i for _, i in todo.changed]))
    try:
        store.add_entries(_parsed_rows(analyser, paths))
    except DuplicateId as duplicate:
        raise _duplicate(store, duplicate, paths[duplicate.file_id], order) from None
    finally:
        analyser.close()
    return list(paths)


def _parsed_rows(analyser: _Analyser, paths: dict[int, str]) -> Iterator[list[Row]]:
    # Each chunk goes to the store as soon as it is made (in-process: before the next file
    # is read), so an entry reusing an id is reported before a later file's error.
    for file_id, path in paths.items():
        yield from analyser.add(file_id, read_entries(Path(path)))
    yield from analyser.finish()


def apply(store: Store, lexical: Lexical, todo: Plan) -> None:
    """Carry out ``todo``; raises :class:`~claimcheck.errors.LedgerError` before committing
    anything when a changed file does not load."""
    if todo.fresh:
        return
    with store.transaction():
        reindex = _store_changes(store, todo)
        dropped = todo.removed + [file_id for file_id, _ in todo.changed]
        if dropped or reindex:
            store.set_meta("state", "updating")
            store.bump_generation()
    if not (dropped or reindex):
        return
    try:
        lexical.delete_files(dropped)
        lexical.add(store.lexical_rows(reindex))
        lexical.commit()
    except BaseException:
        lexical.rollback()
        raise
    with store.transaction():
        store.set_meta("state", "clean")


def rebuild_lexical(store: Store, lexical: Lexical) -> None:
    """Index every entry of the store again (after an update died half-way)."""
    lexical.delete_all()
    lexical.add(store.lexical_rows())
    lexical.commit()
    with store.transaction():
        store.set_meta("state", "clean")


def load_entries(store: Store, lexical: Lexical, entries: Sequence[Entry]) -> None:
    """Index ``entries`` held in memory (a ledger not read from files), into an empty index."""
    by_file: dict[str, list[Entry]] = {}
    for entry in entries:
        by_file.setdefault(entry.file, []).append(entry)
    with store.transaction():
        paths = {store.add_file(path, 0, 0, ""): path for path in by_file}
        store.order_files(list(by_file))
        rows = analyse([(file_id, e) for file_id, path in paths.items() for e in by_file[path]])
        try:
            store.add_entries([rows])
        except DuplicateId as duplicate:
            order = {path: i for i, path in enumerate(by_file)}
            raise _duplicate(store, duplicate, paths[duplicate.file_id], order) from None
        store.bump_generation()
    lexical.add(store.lexical_rows())
    lexical.commit()
