"""The ledger cache: hits skip parsing, edits rebuild, bad files are ignored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck import cache, ledger

LEDGER = """\
- id: putin-belarus
  claim: Putin mengunjungi Belarus pada Juni 2023.
  status: true
  lang: id
  checked: 2023-06-20
- id: iskander
  claim: Rusia memasok rudal Iskander ke Belarus.
  status: false
  aliases: [Iskander di Belarus]
"""


@pytest.fixture()
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.delenv("CLAIMCHECK_NO_CACHE", raising=False)
    path = tmp_path / "claims" / "ledger.yaml"
    path.parent.mkdir()
    path.write_text(LEDGER, encoding="utf-8")
    return path, tmp_path / "cache"


def _fail(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
    raise AssertionError("ledger parsed although the cache is fresh")


def test_second_run_hits_the_cache(setup, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    path, cache_dir = setup
    first, matcher = cache.load_ledger_and_matcher([path.parent], cache_dir)
    monkeypatch.setattr(cache, "_parse_ledger", _fail)
    monkeypatch.setattr(ledger, "load_ledger", _fail)
    again, cached = cache.load_ledger_and_matcher([path.parent], cache_dir)
    assert again.entries == first.entries
    assert again.files == first.files
    query = "Putin mengunjungi Belarus"
    assert cached.search(query) == matcher.search(query)
    assert cache.load_ledger([path.parent], cache_dir).matcher.search(query)[0].entry.id == (
        "putin-belarus"
    )


def test_touching_a_ledger_file_rebuilds(setup) -> None:  # noqa: ANN001
    path, cache_dir = setup
    cache.load_ledger_and_matcher([path], cache_dir)
    path.write_text(LEDGER.replace("Juni 2023", "Juli 2023"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    loaded, _ = cache.load_ledger_and_matcher([path], cache_dir)
    assert "Juli" in loaded.entries[0].claim


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign", "empty", "header"])
def test_bad_cache_file_is_ignored(setup, damage: str) -> None:  # noqa: ANN001
    path, cache_dir = setup
    cache.load_ledger_and_matcher([path], cache_dir)
    target = cache.cache_path([path], cache_dir)
    data = target.read_bytes()
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data = data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:]
    elif damage == "foreign":
        data = b"\x80\x04\x95 this is a pickle, not a cache"
    elif damage == "empty":
        data = b""
    else:
        data = data.replace(b'"format": 1', b'"format": 99')
    target.write_bytes(data)
    assert cache.read_cache(target, cache.fingerprint([path])) is None
    loaded, matcher = cache.load_ledger_and_matcher([path], cache_dir)
    assert [e.id for e in loaded.entries] == ["putin-belarus", "iskander"]
    assert matcher.search("rudal Iskander")[0].entry.id == "iskander"
    # and the rebuilt file is valid again
    assert cache.read_cache(target, cache.fingerprint([path])) is not None


def test_dates_survive_the_cache(setup) -> None:  # noqa: ANN001
    path, cache_dir = setup
    first, _ = cache.load_ledger_and_matcher([path], cache_dir)
    again, _ = cache.load_ledger_and_matcher([path], cache_dir)
    assert again.entries[0].checked == first.entries[0].checked is not None


def test_no_cache_env(setup, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    path, cache_dir = setup
    monkeypatch.setenv("CLAIMCHECK_NO_CACHE", "1")
    cache.load_ledger_and_matcher([path], cache_dir)
    assert not cache_dir.exists()
