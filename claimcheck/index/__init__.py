"""The ledger index on disk: opened by every run, updated only where the ledger changed.

One directory per set of ledger paths, under the cache directory (``--cache-dir``, else
``$CLAIMCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimcheck``, else ``~/.cache/claimcheck``):

- ``ledger.sqlite``: files, entries, phrasings, vector slots (:mod:`.store`);
- ``lexical/``: the tantivy index over the analysed stems (:mod:`.lexical`);
- ``vectors/``: per embedding model, a memory-mapped matrix and an ANN index (:mod:`.vectors`);
- ``lock``: shared while a reader opens its snapshot, exclusive while an update runs
  (:mod:`.lock`).

:func:`open_index` opens it in milliseconds when it is fresh, updates it (:mod:`.sync`) when
a ledger file changed, and rebuilds what it cannot trust: a database that is foreign,
corrupt, of another version or not a regular file; a lexical index that does not open; an
update that died half-way. A cache directory that cannot be written to is no error: the
ledger is then indexed in memory for the run. ``CLAIMCHECK_NO_CACHE=1`` does that always.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from claimcheck.errors import ClaimcheckError
from claimcheck.index.ledger_index import IndexedLedger, LedgerIndex

__all__ = [
    "IndexedLedger",
    "LedgerIndex",
    "cache_disabled",
    "default_cache_dir",
    "index_directory",
    "index_entries",
    "open_index",
    "open_ledger",
    "open_readonly_ledger",
]

# Bump with anything that changes what the store holds. An index of another format, or
# analysed by other code or word lists (see _analysis_digest), is rebuilt.
_FORMAT = 2  # 2: files are stamped with the later of mtime and ctime
_STORE, _LEXICAL, _LOCK = "ledger.sqlite", "lexical", "lock"


def _format() -> str:
    return f"{_FORMAT}:{_analysis_digest()}"


@lru_cache(maxsize=1)
def _analysis_digest() -> str:
    """A digest of what an entry's analysis depends on: the analyser and the languages' word
    lists. An edited stop list or name variant changes it, so no index keeps terms that the
    matcher would no longer produce (nobody has to remember to bump a version)."""
    from claimcheck import analyze, lang

    digest = hashlib.sha256()
    for path in [Path(analyze.__file__), *sorted(Path(lang.__file__).parent.glob("*.py"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def default_cache_dir() -> Path:
    """Where indexes go when ``--cache-dir`` is not given."""
    env = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "claimcheck"


def cache_disabled() -> bool:
    return os.environ.get("CLAIMCHECK_NO_CACHE", "").strip() not in ("", "0")


def index_directory(paths: Sequence[Path], cache_dir: Path | None = None) -> Path:
    """The index directory of the ledger at ``paths`` (one per set of ledger paths)."""
    key = "\0".join(str(Path(p).resolve()) for p in paths)
    name = hashlib.sha256(key.encode()).hexdigest()[:32]
    return (cache_dir or default_cache_dir()) / f"index-{name}"


def open_ledger(
    paths: Sequence[str | Path], cache_dir: Path | None = None, *, use_cache: bool = True
) -> IndexedLedger:
    """The ledger at ``paths`` as read through its index (see :func:`open_index`)."""
    given = [Path(p) for p in paths]
    return IndexedLedger(open_index(given, cache_dir, use_cache=use_cache), given)


def open_readonly_ledger(
    paths: Sequence[str | Path], cache_dir: str | Path | None = None
) -> IndexedLedger:
    """The ledger at ``paths`` through its index as it is, read-only (see :func:`open_index`)."""
    given = [Path(p) for p in paths]
    directory = Path(cache_dir) if cache_dir else None
    return IndexedLedger(open_index(given, directory, readonly=True), given)


def open_index(
    paths: Sequence[str | Path],
    cache_dir: Path | None = None,
    *,
    use_cache: bool = True,
    readonly: bool = False,
) -> LedgerIndex:
    """The index of the ledger at ``paths``, brought up to date, as a snapshot.

    Raises :class:`~claimcheck.errors.LedgerError` when the ledger does not load (a changed
    file with a bad entry, a missing path, no entries). With ``readonly`` the index is
    opened as it is, never written and the ledger files never looked at (workers of a
    cluster, for an index built beforehand); it must be complete.
    """
    from claimcheck.ledger import empty_ledger_error

    given = [Path(p) for p in paths]
    if readonly:
        return _open_readonly(index_directory(given, cache_dir))
    index = None
    if use_cache and not cache_disabled():
        index = _open_on_disk(index_directory(given, cache_dir), given)
    if index is None:
        index = _in_memory_from_files(given)
    if index.entry_count == 0:
        index.close()
        raise empty_ledger_error(given)
    return index


def index_entries(entries: Sequence) -> LedgerIndex:
    """An index in memory over ``entries`` (a ledger built in code, not read from files)."""
    from claimcheck.index.lexical import Lexical
    from claimcheck.index.store import Store
    from claimcheck.index.sync import load_entries

    store, lexical = Store(None, _format()), Lexical(None)
    load_entries(store, lexical, entries)
    store.begin_snapshot()
    return LedgerIndex(store, lexical, None)


def _in_memory_from_files(paths: list[Path]) -> LedgerIndex:
    from claimcheck.index.lexical import Lexical
    from claimcheck.index.store import Store
    from claimcheck.index.sync import apply, plan

    store, lexical = Store(None, _format()), Lexical(None)
    apply(store, lexical, plan(store, paths))
    store.begin_snapshot()
    return LedgerIndex(store, lexical, None)


def _wipe(path: Path, keep: str | None = None) -> None:
    """Remove ``path`` (a directory but its ``keep`` member, or any other kind of file)."""
    if path.is_dir() and not path.is_symlink():
        for child in path.iterdir():
            if child.name != keep:
                _wipe(child)
        if keep is None:
            shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _open_on_disk(directory: Path, paths: list[Path]) -> LedgerIndex | None:
    """The index in ``directory``, fresh; None when the directory cannot be used."""
    from claimcheck.index.lock import IndexLock, LockError

    lock = None
    for _attempt in range(2):
        try:
            if directory.exists() and not directory.is_dir():
                _wipe(directory)
            directory.mkdir(parents=True, exist_ok=True)
            lock = IndexLock(directory / _LOCK)
            break
        except LockError:
            _wipe(directory / _LOCK)
        except OSError:
            return None
    if lock is None:
        return None
    try:
        with lock.held(exclusive=False):
            index = _open_fresh(directory, paths)
            if index is not None:
                return index
        with lock.held(exclusive=True):
            # Another process may have updated it while this one waited for the lock.
            return _update(directory, paths)
    except OSError:
        return None  # a full or read-only disk: index in memory for this run
    finally:
        lock.close()


def _open_parts(directory: Path, *, create: bool, readonly: bool = False) -> LedgerIndex:
    """Store and lexical index of ``directory``; NotAnIndex when either is unusable."""
    from claimcheck.index.lexical import Lexical
    from claimcheck.index.store import NotAnIndex, Store, is_regular_or_missing

    lexical_dir = directory / _LEXICAL
    if lexical_dir.is_symlink() or (lexical_dir.exists() and not lexical_dir.is_dir()):
        raise NotAnIndex(f"{lexical_dir} is not a directory")
    # tantivy would block on a FIFO (or read a device for ever): only regular files
    if lexical_dir.is_dir() and not all(map(is_regular_or_missing, lexical_dir.iterdir())):
        raise NotAnIndex(f"{lexical_dir} holds something else than files")
    store = Store(directory / _STORE, _format(), create=create, readonly=readonly)
    try:
        lexical = Lexical(lexical_dir, create=create and not readonly)
    except Exception as error:  # tantivy reports a damaged index as ValueError or OSError
        store.close()
        raise NotAnIndex(f"lexical index: {error}") from None
    return LedgerIndex(store, lexical, directory)


def _open_fresh(directory: Path, paths: list[Path]) -> LedgerIndex | None:
    """The index, if it is complete and up to date (under the shared lock); else None."""
    from claimcheck.index.store import NotAnIndex
    from claimcheck.index.sync import plan

    try:
        index = _open_parts(directory, create=False)
    except NotAnIndex:
        return None
    store = index.store
    store.begin_snapshot()
    if _consistent(index) and plan(store, paths).fresh:
        return index
    index.close()
    return None


def _consistent(index: LedgerIndex) -> bool:
    """The last update finished, and the lexical index holds what the store does."""
    return (
        index.store.meta("state") == "clean" and index.lexical.num_docs == index.store.entry_count
    )


def _update(directory: Path, paths: list[Path]) -> LedgerIndex:
    """Under the exclusive lock: repair or rebuild what cannot be trusted, then update."""
    from claimcheck.index.store import NotAnIndex
    from claimcheck.index.sync import apply, plan, rebuild_lexical

    try:
        index = _open_parts(directory, create=False)
    except NotAnIndex:
        # New files, never the damaged ones reused in place: another process may still hold
        # them open, and SQLite locks are per file.
        _wipe(directory, keep=_LOCK)
        index = _open_parts(directory, create=True)
    try:
        if not _consistent(index):  # an update died half-way, or the lexical index is lost
            rebuild_lexical(index.store, index.lexical)
        apply(index.store, index.lexical, plan(index.store, paths))
    except BaseException:
        index.close()
        raise
    index.store.begin_snapshot()
    index.lexical.refresh()
    return index


def _open_readonly(directory: Path) -> LedgerIndex:
    from claimcheck.index.store import NotAnIndex

    try:
        index = _open_parts(directory, create=False, readonly=True)
    except NotAnIndex as error:
        raise ClaimcheckError(f"no complete ledger index at {directory} ({error})") from None
    index.store.begin_snapshot()
    if not _consistent(index):
        index.close()
        raise ClaimcheckError(f"the ledger index at {directory} is being updated or broken")
    return index
