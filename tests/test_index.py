"""The on-disk ledger index: opened not rebuilt, updated only where the ledger changed, never
trusted when damaged, safe with several processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import index as ledger_index
from claimcheck import ledger
from claimcheck.errors import LedgerError
from claimcheck.index import sync

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
OTHER = """\
- id: wheat
  claim: Ukraine exported 40 million tonnes of wheat in 2021.
  status: true
"""


def _bump(path: Path, text: str) -> None:
    """Write ``text`` with an mtime that surely differs (filesystems round mtimes)."""
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@pytest.fixture()
def claims(ledger_files) -> Path:  # noqa: ANN001
    return ledger_files({"a.yaml": LEDGER, "b.yaml": OTHER})


def _ids(claims: Path) -> list[str]:
    return [entry.id for entry in ledger_index.open_ledger([claims]).entries]


def _top(claims: Path, text: str) -> str:
    return ledger_index.open_ledger([claims]).matcher.search(text)[0].entry.id


class _Reads:
    """Counts the ledger files the index reads."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.files: list[str] = []
        original = sync.read_entries

        def counting(path: Path):  # noqa: ANN202
            self.files.append(path.name)
            return original(path)

        monkeypatch.setattr(sync, "read_entries", counting)


def test_a_fresh_index_reads_no_ledger_file(claims: Path, monkeypatch) -> None:  # noqa: ANN001
    first = ledger_index.open_ledger([claims])
    assert [e.id for e in first.entries] == ["putin-belarus", "iskander", "wheat"]
    reads = _Reads(monkeypatch)
    again = ledger_index.open_ledger([claims])
    assert reads.files == []
    assert again.entries == first.entries
    assert again.get("putin-belarus").checked == first.get("putin-belarus").checked is not None
    assert again.matcher.search("rudal Iskander")[0].entry.id == "iskander"
    assert len(again) == 3 and "wheat" in again and "nothing" not in again


def test_editing_one_file_reads_that_file_only(claims: Path, monkeypatch) -> None:  # noqa: ANN001
    ledger_index.open_ledger([claims])
    reads = _Reads(monkeypatch)
    _bump(claims / "b.yaml", OTHER.replace("of wheat", "of barley"))
    assert _top(claims, "Ukraine exported barley") == "wheat"
    assert reads.files == ["b.yaml"]
    assert ledger_index.open_ledger([claims]).get("wheat").claim.endswith("barley in 2021.")


def test_an_edit_that_keeps_the_size_and_the_old_mtime_is_seen(claims: Path) -> None:
    # cp -p, tar x, rsync -a and touch -r put an old mtime on new bytes; writing them still
    # sets the ctime, which no tool can set back.
    assert ledger_index.open_ledger([claims]).get("wheat").status == "true"
    path = claims / "b.yaml"
    before = path.stat()
    edited = OTHER.replace("status: true", "status: no  ")
    assert len(edited) == len(OTHER)
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert ledger_index.open_ledger([claims]).get("wheat").status == "false"


def test_touched_renamed_added_and_removed_files(claims: Path, monkeypatch) -> None:  # noqa: ANN001
    ledger_index.open_ledger([claims])
    reads = _Reads(monkeypatch)
    _bump(claims / "a.yaml", LEDGER)  # same bytes, new mtime
    (claims / "b.yaml").rename(claims / "c.yaml")
    assert _ids(claims) == ["putin-belarus", "iskander", "wheat"]
    assert reads.files == []
    assert ledger_index.open_ledger([claims]).get("wheat").file == str(claims / "c.yaml")
    (claims / "d.yaml").write_text(OTHER.replace("id: wheat", "id: maize"), encoding="utf-8")
    (claims / "a.yaml").unlink()
    assert _ids(claims) == ["wheat", "maize"]
    assert reads.files == ["d.yaml"]
    assert ledger_index.open_ledger([claims]).matcher.search("rudal Iskander") == []


def test_a_bad_edit_is_an_error_and_leaves_the_index_as_it_was(claims: Path) -> None:
    ledger_index.open_ledger([claims])
    _bump(claims / "b.yaml", OTHER + "- id: putin-belarus\n  claim: again\n  status: true\n")
    with pytest.raises(LedgerError, match="duplicate id 'putin-belarus'") as raised:
        ledger_index.open_ledger([claims])
    assert raised.value.location == f"{claims / 'b.yaml'}:4"
    _bump(claims / "b.yaml", "- id: broken\n  status: true\n")
    with pytest.raises(LedgerError, match="missing required field 'claim'"):
        ledger_index.open_ledger([claims])
    _bump(claims / "b.yaml", OTHER)
    assert _ids(claims) == ["putin-belarus", "iskander", "wheat"]


def test_the_index_answers_as_the_ledger_in_memory(claims: Path) -> None:
    from claimcheck.match import Matcher

    on_disk = ledger_index.open_ledger([claims]).matcher
    in_memory = Matcher(ledger.load_ledger([claims]).entries)
    for text in ("Putin visited Belarus in June", "rudal Iskander", "wheat 2021", "nothing"):
        assert on_disk.search(text) == in_memory.search(text)


@pytest.mark.parametrize("damage", ["garbage", "truncate", "empty", "fifo", "directory"])
def test_a_damaged_index_is_rebuilt(claims: Path, damage: str) -> None:
    ledger_index.open_ledger([claims])
    directory = ledger_index.index_directory([claims])
    for path in [directory / "ledger.sqlite", *(directory / "lexical").iterdir()]:
        if damage == "garbage":
            path.write_bytes(b"\x80\x04\x95 not an index" * 100)
        elif damage == "truncate":
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        elif damage == "empty":
            path.write_bytes(b"")
        else:
            path.unlink()
            if damage == "fifo":
                os.mkfifo(path)
            else:
                path.mkdir()
    assert _top(claims, "rudal Iskander") == "iskander"
    assert _ids(claims) == ["putin-belarus", "iskander", "wheat"]


def test_a_cache_that_cannot_be_used_is_no_error(claims: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be")
    found = ledger_index.open_ledger([claims], cache_dir=blocked / "sub")
    assert found.matcher.search("rudal Iskander")[0].entry.id == "iskander"


def test_no_cache_env(claims: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("CLAIMCHECK_NO_CACHE", "1")
    assert _ids(claims) == ["putin-belarus", "iskander", "wheat"]
    assert not (tmp_path / "cache").exists()


def _big_ledger(directory: Path, files: int, per_file: int) -> None:
    directory.mkdir()
    for f in range(files):
        lines = [
            f'{{"id": "e{f}-{i}", "claim": "Claim {i} of file {f} about topic{i % 97} '
            f'and region{f} with {i * 7 + f} tonnes", "status": "true"}}'
            for i in range(per_file)
        ]
        (directory / f"f{f:03d}.jsonl").write_text("\n".join(lines) + "\n")


_SCRIPT = """
import sys
from claimcheck.index import open_ledger
ledger = open_ledger([sys.argv[1]])
print(len(ledger), ledger.matcher.search(sys.argv[2])[0].entry.id, flush=True)
"""


def _run(claims: Path, query: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, str(claims), query],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


_KILLED = """
import os, signal, sys
from claimcheck.index import open_ledger, sync
from claimcheck.index.lexical import Lexical

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if sys.argv[2] == "store":  # while the store's transaction is open, reading f003
    read = sync.read_entries
    sync.read_entries = lambda path: die() if path.name == "f003.jsonl" else read(path)
else:  # after the store committed its half, before the lexical index commits
    Lexical.commit = die
open_ledger([sys.argv[1]])
"""


@pytest.mark.parametrize("stage", ["store", "lexical"])
def test_an_update_killed_half_way_is_detected_and_repaired(tmp_path: Path, stage: str) -> None:
    claims = tmp_path / "claims"
    _big_ledger(claims, 5, 100)
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CLAIMCHECK_NO_CACHE", None)
    for edit in (False, True):  # a first build killed, then an update of one file
        if edit:
            _run(claims, "topic5", env).communicate(timeout=60)
            _bump(claims / "f003.jsonl", (claims / "f003.jsonl").read_text().replace("3", "x3"))
        killed = subprocess.run(
            [sys.executable, "-c", _KILLED, str(claims), stage], env=env, capture_output=True
        )
        assert killed.returncode == -9, killed.stderr
        mark = "x3" if edit else "3"
        done = _run(claims, f"Claim 5 of file {mark} topic5 region{mark}", env)
        out, err = done.communicate(timeout=60)
        assert done.returncode == 0, err
        assert out.split() == ["500", f"e{mark}-5"]


def test_processes_updating_and_reading_at_once_agree(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    _big_ledger(claims, 8, 250)
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CLAIMCHECK_NO_CACHE", None)
    first = [_run(claims, "Claim 3 of file 2 topic3 region2", env) for _ in range(3)]
    _bump(claims / "f002.jsonl", (claims / "f002.jsonl").read_text().replace("region2", "area2"))
    second = [_run(claims, "Claim 3 of file 2 topic3 area2", env) for _ in range(3)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in first + second]
    assert all(code == 0 for _, _, code in results), [err for _, err, _ in results]
    # Each process saw one whole state: the old ledger or the new, never a mix.
    assert {out.split()[0] for out, _, _ in results} == {"2000"}
    assert {out.split()[1] for out, _, _ in results[3:]} == {"e2-3"}


def test_a_build_in_worker_processes_gives_the_same_index(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    claims = tmp_path / "claims"
    _big_ledger(claims, 6, 300)
    queries = ["Claim 5 of file 3 topic5 region3", "region4 with 40 tonnes", "topic11 region0"]
    sequential = ledger_index.open_ledger([claims], tmp_path / "one")
    monkeypatch.setattr(sync, "_PARALLEL_FROM", 0)
    monkeypatch.setattr(sync, "_CHUNK", 70)  # chunks across files
    parallel = ledger_index.open_ledger([claims], tmp_path / "two")
    assert parallel.entries == sequential.entries
    for query in queries:
        assert parallel.matcher.search(query) == sequential.matcher.search(query)


def test_ledger_index_builds_ahead_and_verify_reuses_it(claims: Path, tmp_path: Path, cli) -> None:  # noqa: ANN001
    env = {"CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    built = cli("ledger", "index", "--ledger", str(claims), "--matcher", "lexical", env=env)
    assert built.code == 0, built.stderr
    assert "3 entries indexed in " in built.stderr
    assert str(ledger_index.index_directory([claims], tmp_path / "cache")) in built.stderr
    found = cli(
        "search", "rudal Iskander", "--ledger", str(claims), "--matcher", "lexical", env=env
    )
    assert found.stdout.split()[1] == "iskander"
