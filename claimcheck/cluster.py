"""Check an archive of millions of articles on a Dask cluster (``pip install 'claimcheck[dask]'``).

>>> from dask.distributed import Client
>>> from claimcheck.cluster import check_archive
>>> client = Client("scheduler:8786")                                   # doctest: +SKIP
>>> claims = check_archive(paths, ["claims"], cache_dir="/shared/cache")  # doctest: +SKIP
>>> claims.map(json.dumps).to_textfiles("out/*.jsonl")                  # doctest: +SKIP

Dask fits a Python newsroom: a ``dask.bag`` of article paths is plain Python, the same code
runs on a laptop (``LocalCluster``) and on a cluster, and nothing else (no JVM, no
services beyond the scheduler) is needed.

The ledger index is built (or brought up to date) once, here, by :func:`check_archive`;
every worker opens it read-only, once per process, and never looks at the ledger files. So
``cache_dir`` must be a directory every worker can read at the same path: a shared file
system on a cluster, any directory on one machine. The articles' paths must be readable by
the workers too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import dask.bag

# Per worker process: (ledger paths, cache dir, matcher, model) → the ledger, read-only.
_opened: dict[tuple[tuple[str, ...], str, str, str | None], Any] = {}


def check_partition(
    articles: Sequence[str],
    ledger_paths: tuple[str, ...],
    cache_dir: str,
    matching: tuple[str, str | None],
    lang: str | None,
) -> list[dict[str, Any]]:
    """The claim records (the JSON contract of ``verify --format jsonl``) of ``articles``."""
    from claimcheck import suppress
    from claimcheck.api import check_file, load_ledger

    key = (ledger_paths, cache_dir, *matching)
    if key not in _opened:
        matcher, model = matching
        _opened[key] = load_ledger(
            *ledger_paths, cache_dir=cache_dir, matcher=matcher, model=model, readonly=True
        )
    records = []
    for path in articles:
        report = check_file(path, _opened[key], lang)
        suppress.apply(report)
        records.extend(claim.to_dict() for claim in report.claims)
    return records


def check_archive(
    articles: Sequence[str | Path] | dask.bag.Bag,
    ledger: Sequence[str | Path],
    *,
    cache_dir: str | Path | None = None,
    matcher: str = "semantic",
    model: str | None = None,
    lang: str | None = None,
    npartitions: int | None = None,
) -> dask.bag.Bag:
    """A lazy bag of the claim records of every article, in the order given.

    ``articles`` are paths (or a bag of them); ``ledger`` the ledger paths; ``matcher`` and
    ``model`` as for ``claimcheck verify``. Compute it with the scheduler of your choice (a
    ``dask.distributed.Client`` in scope is used), or write it out:
    ``check_archive(...).map(json.dumps).to_textfiles("out/*.jsonl")``.
    """
    import dask.bag as db

    from claimcheck.api import load_ledger, prepare
    from claimcheck.index import default_cache_dir

    ledger_paths = tuple(str(p) for p in ledger)
    cache = str(cache_dir) if cache_dir is not None else str(default_cache_dir())
    # Built (and embedded) once, here; the workers only read it.
    prepare(load_ledger(*ledger_paths, cache_dir=cache, matcher=matcher, model=model))
    if not isinstance(articles, db.Bag):
        paths = [str(p) for p in articles]
        articles = db.from_sequence(paths, npartitions=npartitions or max(1, len(paths) // 200))
    return articles.map_partitions(check_partition, ledger_paths, cache, (matcher, model), lang)
