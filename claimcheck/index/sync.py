"""Bring an index up to date with the ledger files: only what changed is read again.

Each ledger file is known by its fingerprint. A file whose size and mtime are unchanged is
not opened; one whose bytes hash the same (touched, or renamed: its old path gone) only gets
its new fingerprint or path; one whose bytes changed has its entries dropped and read again;
a file gone has its entries dropped.

An update runs in two steps, the store first: its changes are committed with the state
``updating``, then the lexical index is changed and committed, then the state goes back to
``clean``. A ledger error (a bad entry, a duplicate id) is raised before anything is
committed, so the index stays as it was. An update killed half-way leaves ``updating``
behind, and the next opener rebuilds the lexical index from the store (:func:`rebuild_lexical`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.index.lexical import Lexical
from claimcheck.index.records import entry_json, terms_record
from claimcheck.index.store import DuplicateId, Store, file_digest
from claimcheck.ledger import discover_files, duplicate_id_error, read_entries
from claimcheck.model import Entry


@dataclass
class _Found:
    path: str
    size: int
    mtime_ns: int
    digest: str | None = None

    def hashed(self) -> str:
        if self.digest is None:
            self.digest = file_digest(Path(self.path))
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
    found: list[_Found] = []
    for path in discover_files(paths):
        info = os.stat(path)
        found.append(_Found(str(path), info.st_size, info.st_mtime_ns))
    known = store.files()
    out = Plan(order=[f.path for f in found])
    unmatched = []
    for item in found:
        record = known.pop(item.path, None)
        if record is None:
            unmatched.append(item)
        elif (record.size, record.mtime_ns) == (item.size, item.mtime_ns):
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


def _prepared(entries: Iterable[Entry]) -> Iterator[tuple[str, int, str, str, list[str]]]:
    for entry in entries:
        yield entry.id, entry.line, entry_json(entry), terms_record(entry), entry.texts()


def _add_file_entries(store: Store, file_id: int, path: str, entries: list[Entry]) -> None:
    try:
        store.add_entries(file_id, _prepared(entries))
    except DuplicateId as duplicate:
        raise _duplicate(store, duplicate, path, entries) from None


def _duplicate(store: Store, duplicate: DuplicateId, path: str, entries: list[Entry]):  # noqa: ANN202
    """The ledger's error for a duplicate id, reported (as a full load would) at the later of
    the two entries."""
    new = next(e for e in entries if e.id == duplicate.entry_id and e.line == duplicate.line)
    first_path, first_line = store.entry_location(duplicate.entry_id) or (path, 0)
    order = {p: i for i, p in enumerate(store.file_paths())}
    first = Entry(id=new.id, claim="", status="", file=first_path, line=first_line)
    if (order.get(first_path, -1), first_line) > (order.get(path, -1), new.line):
        first, new = new, first
    return duplicate_id_error(new, first)


def apply(store: Store, lexical: Lexical, todo: Plan) -> None:
    """Carry out ``todo``; raises :class:`~claimcheck.errors.LedgerError` before committing
    anything when a changed file does not load."""
    if todo.fresh:
        return
    reindex: list[int] = []
    with store.transaction():
        for file_id in todo.removed:
            store.remove_file_entries(file_id, forget_file=True)
        for file_id, item in todo.moved:
            store.update_file(file_id, item.path, item.size, item.mtime_ns, item.hashed())
        for file_id, _ in todo.changed:
            store.remove_file_entries(file_id, forget_file=False)
        for file_id, item in todo.changed:
            store.update_file(file_id, item.path, item.size, item.mtime_ns, item.hashed())
            _add_file_entries(store, file_id, item.path, read_entries(Path(item.path)))
            reindex.append(file_id)
        for item in todo.added:
            file_id = store.add_file(item.path, item.size, item.mtime_ns, item.hashed())
            _add_file_entries(store, file_id, item.path, read_entries(Path(item.path)))
            reindex.append(file_id)
        store.order_files(todo.order)
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
        for path, group in by_file.items():
            file_id = store.add_file(path, 0, 0, "")
            _add_file_entries(store, file_id, path, group)
        store.order_files(list(by_file))
        store.bump_generation()
    lexical.add(store.lexical_rows())
    lexical.commit()
