"""Check an archive of articles on a Dask cluster; one JSONL file of claims per partition.

    pip install 'claimcheck[dask]'
    python examples/dask_archive.py ARCHIVE_DIR OUT_DIR --ledger claims --workers 2
    python examples/dask_archive.py ARCHIVE_DIR OUT_DIR --ledger claims \\
        --scheduler tcp://scheduler:8786 --cache-dir /shared/claimcheck-cache

Without --scheduler it starts a local cluster of --workers processes. On a real cluster,
--cache-dir (where the ledger index is built once, then opened read-only by every worker),
the archive and the ledger must be at the same paths on every machine: a shared file system.
Each output line is one claim, in the fields of ``claimcheck verify --format jsonl``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="directory of articles (walked)")
    parser.add_argument("out", type=Path, help="directory for the JSONL output")
    parser.add_argument("--ledger", action="append", default=[], help="ledger path (repeatable)")
    parser.add_argument("--cache-dir", help="index directory every worker can read")
    parser.add_argument("--matcher", default="semantic", choices=("semantic", "lexical"))
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="local cluster size")
    parser.add_argument("--articles-per-partition", type=int, default=200)
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    from claimcheck.cluster import check_archive
    from claimcheck.walk import expand

    articles = expand([str(args.archive)])
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1))
    with client:
        claims = check_archive(
            articles,
            args.ledger or ["claims"],
            cache_dir=args.cache_dir,
            matcher=args.matcher,
            npartitions=max(1, len(articles) // args.articles_per_partition),
        )
        args.out.mkdir(parents=True, exist_ok=True)
        claims.map(json.dumps, ensure_ascii=False).to_textfiles(str(args.out / "*.jsonl"))
        verdicts = Counter(
            record["verdict"]
            for path in sorted(args.out.glob("*.jsonl"))
            for record in map(json.loads, path.read_text(encoding="utf-8").splitlines())
        )
    print(f"{len(articles)} articles, {sum(verdicts.values())} claims: {dict(verdicts)}")


if __name__ == "__main__":
    main()
