"""An opened ledger index: one consistent snapshot of the store and the lexical index.

What a run reads through it is proportional to what it asks for: the rows of the
candidates a claim needs, their terms records and, for the few that reach the verdict
stage, their entries. Nothing of the whole ledger is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.index.lexical import Lexical
from claimcheck.index.records import entry_from_json
from claimcheck.index.store import Store
from claimcheck.ledger import Ledger
from claimcheck.model import Entry

if TYPE_CHECKING:
    from claimcheck.index.vectors import Vectors


class LedgerIndex:
    """See the module docs. Rows are the store's entry rows; they are stable for a snapshot."""

    def __init__(self, store: Store, lexical: Lexical, directory: Path | None) -> None:
        self.store = store
        self.lexical = lexical
        self.directory = directory  # None: in memory
        self._entries: dict[int, Entry] = {}
        self._vectors: dict[str, Vectors] = {}

    def close(self) -> None:
        self.store.close()

    # -- snapshots and writing ---------------------------------------------------------------

    def _lock(self) -> Any:
        from claimcheck.index.lock import IndexLock

        return IndexLock(self.directory / "lock") if self.directory is not None else None

    def resnapshot(self) -> None:
        """Move this snapshot to the last committed state of the index."""
        lock = self._lock()
        try:
            with lock.held(exclusive=False) if lock else nullcontext():
                self.store.begin_snapshot()
                self.lexical.refresh()
        finally:
            if lock:
                lock.close()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store, in a write transaction under the exclusive lock (for derived data such
        as vectors: the entries themselves change only through :mod:`.sync`)."""
        lock = self._lock()
        try:
            with lock.held(exclusive=True) if lock else nullcontext():
                self.store.end_snapshot()
                with self.store.transaction():
                    yield self.store
        finally:
            if lock:
                lock.close()

    # -- counts for scoring ------------------------------------------------------------------

    @property
    def entry_count(self) -> int:
        return self.store.entry_count

    @property
    def average_length(self) -> float:
        return self.store.average_length

    def doc_freq(self, stem: str) -> int:
        return self.lexical.doc_freq(stem)

    def gather(self, groups: dict[tuple[str, ...], float], depth: int) -> list[int]:
        """Rows of the ``depth`` best candidates for the query ``groups`` (see
        :meth:`claimcheck.index.lexical.Lexical.gather`)."""
        return self.lexical.gather(groups, depth)

    # -- rows to entries ---------------------------------------------------------------------

    def terms(self, rows: Sequence[int]) -> dict[int, str]:
        """The terms record (:mod:`claimcheck.index.records`) of each of ``rows``."""
        return self.store.terms(rows)

    def entries(self, rows: Sequence[int]) -> dict[int, Entry]:
        """The entry of each of ``rows``; each read once per snapshot."""
        missing = [row for row in rows if row not in self._entries]
        if missing:
            for row, (record, path) in self.store.records(missing).items():
                self._entries[row] = entry_from_json(record, path)
        return {row: self._entries[row] for row in rows if row in self._entries}

    def entry(self, row: int) -> Entry:
        return self.entries([row])[row]

    def entry_by_id(self, entry_id: str) -> Entry | None:
        row = self.store.row_of(entry_id)
        return None if row is None else self.entry(row)

    def iter_entries(self) -> Iterator[Entry]:
        """Every entry in ledger order, read in batches (not kept)."""
        rows = self.store.all_rows()
        for start in range(0, len(rows), 1000):
            chunk = rows[start : start + 1000]
            records = self.store.records(chunk)
            for row in chunk:
                record, path = records[row]
                yield entry_from_json(record, path)

    def files(self) -> list[Path]:
        return [Path(path) for path in self.store.file_paths()]

    def phrasings(self, rows: Sequence[int]) -> dict[int, tuple[int, str]]:
        """(entry row, text) of each of the phrasing ``rows`` that :meth:`dense_search` gives."""
        return self.store.phrasings(rows)

    # -- vectors -----------------------------------------------------------------------------

    def vectors(self, model: str, dim: int) -> Vectors:
        """The vectors of ``model`` (an embedder's ``name``) kept with this index."""
        from claimcheck.index.vectors import Vectors

        key = f"{model}\0{dim}"
        if key not in self._vectors:
            self._vectors[key] = Vectors(self, model, dim)
        return self._vectors[key]


class IndexedLedger(Ledger):
    """A :class:`~claimcheck.ledger.Ledger` read from an index: what the checking path uses
    (``matcher``, ``get``, ``len``) reads only what it needs; ``entries`` reads them all."""

    def __init__(self, index: LedgerIndex, paths: Sequence[Path]) -> None:  # noqa: D107
        # Ledger's dataclass fields are properties here: no super().__init__.
        self.index = index
        self.paths = list(paths)
        self._matcher = None
        self.matching = None  # set by claimcheck.api.load_ledger
        self._all: list[Entry] | None = None

    @property
    def entries(self) -> list[Entry]:  # type: ignore[override]
        if self._all is None:
            self._all = list(self.index.iter_entries())
        return self._all

    @property
    def files(self) -> list[Path]:  # type: ignore[override]
        return self.index.files()

    @property
    def matcher(self) -> Any:
        if self._matcher is None:
            from claimcheck.match import Matcher

            self._matcher = Matcher.over(self.index)
        return self._matcher

    def get(self, entry_id: str) -> Entry | None:
        return self.index.entry_by_id(entry_id)

    def __len__(self) -> int:
        return self.index.entry_count

    def __iter__(self) -> Iterator[Entry]:
        return self.index.iter_entries()

    def __contains__(self, entry_id: object) -> bool:
        return isinstance(entry_id, str) and self.index.store.row_of(entry_id) is not None
