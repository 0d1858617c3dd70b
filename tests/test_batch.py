"""``verify --jobs``, and a long article shared among processes: the same output as one process's,
and worker processes end with the run, finished, interrupted or terminated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

MARKER = "CLAIMCHECK_TEST_BATCH_MARKER"


def _ours(token: str) -> list[int]:
    """Processes (alive, not zombies) whose environment carries our marker."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if f"{MARKER}={token}".encode() in environ and state != "Z":
            found.append(int(pid))
    return found


def _left_behind(token: str) -> list[int]:
    deadline = time.monotonic() + 5
    while _ours(token) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _ours(token)


def _drafts(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(count):
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    return _drafts(tmp_path, 40)


def _verify(articles: Path, tmp_path: Path, token: str, jobs: int | None = 2) -> subprocess.Popen:
    env = {
        **os.environ,
        MARKER: token,
        "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache"),
        "NO_COLOR": "1",
    }
    command = [sys.executable, "-m", "claimcheck", "verify", str(articles)]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    return subprocess.Popen(
        [*command, "--ledger", str(ROOT / "claims"), "--format", "jsonl", "--matcher", "lexical"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a shell gives a command
        # Ctrl-C at the default, as an interactive shell leaves it: a runner that started this
        # suite in the background (SIGINT ignored, and so inherited) must not change the test.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_no_worker_is_left_behind(articles: Path, tmp_path: Path) -> None:
    process = _verify(articles, tmp_path, "done")
    out, _ = process.communicate(timeout=120)
    assert process.returncode == 0
    per_article = out.count(b'"file": "' + str(articles / "a000.txt").encode())
    assert per_article > 0 and out.count(b"\n") == 40 * per_article
    assert _left_behind("done") == []


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_ctrl_c_ends_every_worker(tmp_path: Path) -> None:
    # Enough articles that the run is still going when Ctrl-C comes, however fast the machine.
    process = _verify(_drafts(tmp_path, 2000), tmp_path, "interrupted")
    deadline = time.monotonic() + 60
    while len(_ours("interrupted")) < 3 and time.monotonic() < deadline:  # workers started
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends: the whole process group
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    # no worker interrupted while starting up ("Fatal Python error: init_import_site")
    assert b"Traceback" not in err and b"Fatal Python error" not in err
    assert _left_behind("interrupted") == []


@pytest.fixture()
def long_article(tmp_path: Path) -> Path:
    """An article with more than batch.SHARE_CLAIMS claims (the seed's 23, 90 times)."""
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join([SEED.read_text(encoding="utf-8")] * 90), encoding="utf-8")
    return path


def test_a_long_article_shared_among_processes_reads_as_in_one(
    long_article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    from claimcheck import batch
    from claimcheck.api import load_ledger

    pools = []
    start = batch._pool

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        pools.append(args[0])
        return start(*args, **kwargs)

    monkeypatch.setattr(batch, "_pool", counted)
    paths = [str(ROOT / "claims")]
    cache = str(tmp_path / "cache")
    ledger = load_ledger(*paths, cache_dir=cache, matcher="lexical")

    def check(jobs: int | None, article: Path = long_article) -> list:
        report = batch.check_paths([str(article)], ledger, paths, cache_dir=cache, jobs=jobs)
        return report.files[0].claims

    check(None, SEED)  # a short article starts no process
    alone = check(1)
    assert pools == [] and len(alone) >= batch.SHARE_CLAIMS
    assert check(None) == alone  # two processes, as by default
    assert pools == [1]
    assert check(3) == alone
    assert pools == [1, 2]
    deadline = time.monotonic() + 10  # the workers exit after the run, not during it
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_sigterm_ends_the_worker_sharing_a_long_article(long_article: Path, tmp_path: Path) -> None:
    process = _verify(long_article, tmp_path, "terminated", jobs=None)
    deadline = time.monotonic() + 60
    while len(_ours("terminated")) < 3 and time.monotonic() < deadline:  # the worker started
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be stopped"
    process.terminate()  # SIGTERM to the parent alone, as `kill` or a CI runner sends it
    process.communicate(timeout=60)
    assert process.returncode != 0
    assert _left_behind("terminated") == []


def test_a_batch_pauses_the_cyclic_collector_and_runs_it_on_young_objects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from claimcheck import api, batch
    from claimcheck.errors import InputError

    monkeypatch.setattr(batch, "_COLLECT_EVERY", 2)
    enabled_while_checking = []
    check_file = api.check_file

    def watched(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        enabled_while_checking.append(gc.isenabled())
        return check_file(*args, **kwargs)

    monkeypatch.setattr(api, "check_file", watched)
    generations: list[int] = []

    def collection(phase: str, info: dict) -> None:
        if phase == "start":
            generations.append(info["generation"])

    paths = [str(ROOT / "claims")]
    cache = str(tmp_path / "cache")
    ledger = api.load_ledger(*paths, cache_dir=cache, matcher="lexical")
    drafts = sorted(str(path) for path in _drafts(tmp_path, 5).iterdir())
    gc.callbacks.append(collection)
    try:
        report = batch.check_paths(drafts, ledger, paths, cache_dir=cache, jobs=1)
    finally:
        gc.callbacks.remove(collection)
    assert len(report.files) == 5 and enabled_while_checking == [False] * 5
    assert generations[:2] == [1, 1]  # after the 2nd and the 4th article; never the whole heap
    assert gc.isenabled()
    with pytest.raises(InputError):
        batch.check_paths([str(tmp_path / "missing.txt")], ledger, paths, jobs=1)
    assert gc.isenabled()
