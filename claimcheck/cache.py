"""A parsed and indexed ledger, cached between runs.

The cache is checked *before* the ledger files are read: the key is the ledger paths, and the
stored fingerprint (paths, sizes and mtimes of the ledger files, found by ``stat`` only, see
:meth:`claimcheck.ledger.Ledger.fingerprint`) must equal the current one; any change to a
ledger file rebuilds it.

The cache lives outside the ledger directory: ``--cache-dir``, else ``$CLAIMCHECK_CACHE_DIR``,
else ``$XDG_CACHE_HOME/claimcheck``, else ``~/.cache/claimcheck``. ``CLAIMCHECK_NO_CACHE=1``
disables it.

A cache file is never trusted: it is a magic line, a JSON header (format, Python version,
index version, fingerprint, payload length and SHA-256) and a :mod:`marshal` payload of plain
containers only — no pickle, nothing that runs code on load. A file that is truncated,
corrupted, from another version or of another shape is ignored and rebuilt. Files are
written to a temporary file and moved into place, so a reader never sees half a file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import marshal
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimcheck.files import read_regular_file
from claimcheck.ledger import Ledger
from claimcheck.ledger import load_ledger as _parse_ledger
from claimcheck.model import Entry

MAGIC = b"claimcheck-cache\n"
FORMAT = 1
MAX_CACHE_BYTES = 1 << 30  # far above any ledger's index; a bigger "cache" is not ours
MAX_HEADER_BYTES = 4096


def default_cache_dir() -> Path:
    """Where the cache goes when ``--cache-dir`` is not given."""
    env = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "claimcheck"


def cache_disabled() -> bool:
    return os.environ.get("CLAIMCHECK_NO_CACHE", "").strip() not in ("", "0")


def _index_version() -> str:
    from claimcheck import match

    params = ",".join(f"{k}={v}" for k, v in sorted(match.PARAMS.items()))
    return f"{match.INDEX_VERSION}:{params}"


def cache_path(paths: Sequence[Path], cache_dir: Path | None = None) -> Path:
    """The cache file for the ledger at ``paths`` (one file per set of ledger paths)."""
    key = "\0".join(str(Path(p).resolve()) for p in paths)
    name = hashlib.sha256(key.encode()).hexdigest()[:32]
    return (cache_dir or default_cache_dir()) / f"ledger-{name}.cache"


def fingerprint(paths: Sequence[Path]) -> str:
    """The fingerprint of the ledger files at ``paths``, from ``stat`` alone."""
    return Ledger(entries=[], paths=[Path(p) for p in paths]).fingerprint()


# --------------------------------------------------------------------------- public API


def load_ledger(
    paths: Sequence[str | Path] | str | Path,
    cache_dir: Path | None = None,
    use_cache: bool = True,
) -> Ledger:
    """The ledger at ``paths``, with its :class:`~claimcheck.match.Matcher` as ``.matcher``.

    From the cache when it is fresh; else parsed, indexed and cached.
    """
    ledger, matcher = load_ledger_and_matcher(paths, cache_dir, use_cache=use_cache)
    ledger.use_matcher(matcher)
    return ledger


def load_ledger_and_matcher(
    paths: Sequence[str | Path] | str | Path,
    cache_dir: Path | None = None,
    use_cache: bool = True,
) -> tuple[Ledger, Any]:
    """(ledger, matcher) for ``paths``; the ledger files are parsed only on a cache miss."""
    from claimcheck.match import Matcher

    given = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    use_cache = use_cache and not cache_disabled() and all(p.exists() for p in given)
    if use_cache:
        target = cache_path(given, cache_dir)
        stamp = fingerprint(given)
        cached = read_cache(target, stamp)
        if cached is not None:
            return cached
    ledger = _parse_ledger(given)
    matcher = Matcher(ledger.entries)
    if use_cache:
        write_cache(target, stamp, ledger, matcher)
    return ledger, matcher


# --------------------------------------------------------------------------- file format


def _header(fingerstamp: str, payload: bytes) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "python": list(sys.version_info[:2]),
        "index": _index_version(),
        "fingerprint": fingerstamp,
        "length": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }


def write_cache(target: Path, fingerstamp: str, ledger: Ledger, matcher: Any) -> bool:
    """Store ``ledger`` and ``matcher`` at ``target``; False (and no file) when it cannot."""
    try:
        payload = marshal.dumps(
            {
                "entries": [_entry_state(e) for e in ledger.entries],
                "files": [str(p) for p in ledger.files],
                "paths": [str(p) for p in ledger.paths],
                "index": matcher.to_state(),
            }
        )
    except (ValueError, TypeError):
        return False  # something in the ledger marshal cannot store: just don't cache
    header = json.dumps(_header(fingerstamp, payload)).encode() + b"\n"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(MAGIC + header + payload)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False  # a read-only or full cache directory must not stop a check
    return True


def _read_payload(target: Path, fingerstamp: str) -> dict | None:
    try:  # a FIFO or a device at the cache path is not read: it could block or never end
        data = read_regular_file(target, MAX_CACHE_BYTES)
    except OSError:
        return None
    if not data.startswith(MAGIC):
        return None
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES)
    if end < 0:
        return None
    try:
        header = json.loads(data[len(MAGIC) : end])
    except (ValueError, RecursionError):  # RecursionError: a header of nested brackets
        return None
    payload = data[end + 1 :]
    if not isinstance(header, dict) or header != _header(fingerstamp, payload):
        return None  # stale, foreign, truncated or corrupted
    try:
        state = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(state, dict) or not {"entries", "files", "paths", "index"} <= state.keys():
        return None
    return state


def read_cache(target: Path, fingerstamp: str) -> tuple[Ledger, Any] | None:
    """(ledger, matcher) from ``target`` if it is a valid cache for ``fingerstamp``."""
    from claimcheck.match import Matcher

    state = _read_payload(target, fingerstamp)
    if state is None:
        return None
    try:
        entries = [_entry_from_state(e) for e in state["entries"]]
        ledger = Ledger(
            entries=entries,
            files=[Path(p) for p in _strings(state["files"])],
            paths=[Path(p) for p in _strings(state["paths"])],
        )
        matcher = Matcher.from_state(entries, state["index"])
    except Exception:  # noqa: BLE001 - the right checksum over the wrong shape: rebuild
        return None
    return ledger, matcher


# --------------------------------------------------------------------------- entries


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("expected a list of strings")
    return value


def _plain(value: Any) -> Any:
    """``value`` with dates tagged, so marshal can store it; TypeError for anything else."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dt.datetime):
        return {"\0datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"\0date": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {k: _plain(v) for k, v in value.items()}
    raise TypeError(f"cannot cache {type(value).__name__}")


def _unplain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, list):
        return [_unplain(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1 and "\0date" in value:
            return dt.date.fromisoformat(value["\0date"])
        if len(value) == 1 and "\0datetime" in value:
            return dt.datetime.fromisoformat(value["\0datetime"])
        return {str(k): _unplain(v) for k, v in value.items()}
    raise TypeError(f"unexpected {type(value).__name__} in cache")


def _entry_state(entry: Entry) -> list:
    return [
        entry.id,
        entry.claim,
        entry.status,
        entry.file,
        entry.line,
        entry.title,
        list(entry.aliases),
        entry.lang,
        list(entry.sources),
        list(entry.tags),
        entry.checked.isoformat() if entry.checked else None,
        entry.review_by.isoformat() if entry.review_by else None,
        entry.notes,
        _plain(entry.extra) if entry.extra else None,
    ]


def _opt_str(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _entry_from_state(state: Any) -> Entry:
    if not isinstance(state, list) or len(state) != 14:
        raise TypeError("not an entry")
    (id_, claim, status, file, line, title, aliases, lang, sources, tags) = state[:10]
    checked, review_by, notes, extra = state[10:]
    if not all(isinstance(v, str) for v in (id_, claim, status, file)) or not isinstance(line, int):
        raise TypeError("not an entry")
    extra = _unplain(extra) if extra is not None else {}
    if not isinstance(extra, dict):
        raise TypeError("not an entry")
    return Entry(
        id=id_,
        claim=claim,
        status=status,
        file=file,
        line=line,
        title=_opt_str(title),
        aliases=_strings(aliases),
        lang=_opt_str(lang),
        sources=_strings(sources),
        tags=_strings(tags),
        checked=dt.date.fromisoformat(checked) if checked else None,
        review_by=dt.date.fromisoformat(review_by) if review_by else None,
        notes=_opt_str(notes),
        extra=extra,
    )
