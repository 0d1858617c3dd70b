"""Checking an archive on a Dask cluster gives what one process gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import LEDGER, SEED

distributed = pytest.importorskip("distributed")


def test_a_local_cluster_of_two_workers_equals_one_process(tmp_path: Path) -> None:
    from claimcheck import runner
    from claimcheck.cluster import check_archive

    text = SEED.read_text(encoding="utf-8")
    articles = []
    for i in range(6):  # different articles: each drops a different paragraph
        lines = text.splitlines()
        path = tmp_path / f"a{i}.txt"
        path.write_text("\n".join(lines[:i] + lines[i + 1 :]) + "\n", encoding="utf-8")
        articles.append(str(path))
    cache = tmp_path / "cache"
    # lexical: the tests run no real model
    setup = runner.Settings(ledger=[str(LEDGER)], cache_dir=str(cache), matcher="lexical")
    expected = [claim.to_dict() for claim in runner.check(articles, setup, progress=False).claims]

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        found = check_archive(
            articles, [LEDGER], cache_dir=cache, matcher="lexical", npartitions=3
        ).compute()
    assert found == expected
    assert len({record["file"] for record in found}) == 6
