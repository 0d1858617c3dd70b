"""Dense vectors at scale: what embedding costs per phrasing, and exact vs ANN search.

Usage: python bench/dense.py DATA_DIR [--sizes 10k,100k] [--model default]

DATA_DIR as for bench/scale.py (its split_<size>/ ledgers). Two measurements:

- The real embedder (``--model``, as ``claimcheck verify --model``; default: the bundled
  multilingual-e5-small) embeds 256 of the ledger's phrasings in batches of 64: phrasings per
  second, and the time a million would take (projected, not run).
- Search over the index's vector store with stand-in vectors (a hashed bag of words of the
  real model's dimension: their cost is not the point): storing them, building the HNSW
  graph, a query's latency exact (memory-mapped matrix) and approximate (usearch), and the
  approximate top 10's recall of the exact one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import split_ledger  # noqa: E402


class HashedWords:
    """Stands in for a model where only the store's and the search's costs are measured: a
    hashed bag of words (texts sharing words are near, as with a model; random vectors
    would have no neighbourhoods for the graph to find)."""

    def __init__(self, dim: int) -> None:
        self.name, self.dim = f"bench/hashed-words-{dim}", dim

    def embed(self, texts: list[str], kind: str) -> np.ndarray:
        matrix = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                matrix[row, zlib.crc32(word.encode()) % self.dim] += 1.0
            matrix[row, 0] += 1e-3
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def embedding_cost(ledger: Path, model: str | None) -> tuple[str, int]:
    from claimcheck.embed import load_embedder

    embedder = load_embedder(model)
    if embedder is None:
        raise SystemExit("no embedding model installed")
    texts = []
    for path in sorted(ledger.rglob("*.jsonl"))[:3]:
        texts += [json.loads(line)["claim"] for line in path.read_text().splitlines()]
    texts = texts[:256]
    embedder.embed(texts[:8], "passage")  # loaded and warm
    started = time.perf_counter()
    for start in range(0, len(texts), 64):
        embedder.embed(texts[start : start + 64], "passage")
    per_second = len(texts) / (time.perf_counter() - started)
    return (
        f"{embedder.name}: {per_second:.1f} phrasings/s; a million phrasings: "
        f"{1e6 / per_second / 3600:.1f} h",
        embedder.dim,
    )


def search_costs(ledger: Path, dim: int, work: Path) -> dict[str, str]:
    from claimcheck.index import open_index
    from claimcheck.index import vectors as store

    out = {}
    index = open_index([ledger], work)
    stand_in = HashedWords(dim)
    vectors = index.vectors(stand_in.name, dim)
    threshold = store.ANN_THRESHOLD
    store.ANN_THRESHOLD = 10**12  # stored first, graph built apart: two costs
    started = time.perf_counter()
    vectors.embed_missing(stand_in, batch_size=4096)
    out["store vectors s"] = f"{time.perf_counter() - started:.1f}"
    flat = ledger.parent / f"ledger_{ledger.name.removeprefix('split_')}.jsonl"
    claims = [json.loads(line)["claim"] for line in flat.read_text().splitlines()]
    # 50 claims of the ledger, cut to their first eight words: near, not equal, to an entry
    sample = claims[:: max(1, len(claims) // 50)][:50]
    queries = stand_in.embed([" ".join(claim.split()[:8]) for claim in sample], "query")
    exact_ms, exact = [], []
    for query in queries:
        started = time.perf_counter()
        exact.append(vectors.dense_search(query[None, :], 10)[0])
        exact_ms.append((time.perf_counter() - started) * 1000)
    out["exact query ms (median)"] = f"{statistics.median(exact_ms):.1f}"
    store.ANN_THRESHOLD = 1
    started = time.perf_counter()
    with vectors._writing() as writing:
        vectors._build_ann(writing)
    index.resnapshot()
    out["HNSW build s"] = f"{time.perf_counter() - started:.1f}"
    ann_ms, recall = [], []
    for query, truth in zip(queries, exact, strict=True):
        started = time.perf_counter()
        found = vectors.dense_search(query[None, :], 10)[0]
        ann_ms.append((time.perf_counter() - started) * 1000)
        recall.append(len({p for p, _, _ in found} & {p for p, _, _ in truth}) / 10)
    out["HNSW query ms (median)"] = f"{statistics.median(ann_ms):.2f}"
    out["HNSW recall@10"] = f"{statistics.mean(recall):.3f}"
    store.ANN_THRESHOLD = threshold
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    cost, dim = embedding_cost(split_ledger(args.data, "10k"), args.model)
    print(cost)
    print("| vectors | store s | exact query ms | HNSW build s | HNSW query ms | recall@10 |")
    print("|---|---|---|---|---|---|")
    for size in args.sizes.split(","):
        with tempfile.TemporaryDirectory(prefix="claimcheck-dense-") as work:
            r = search_costs(split_ledger(args.data, size), dim, Path(work))
        print(
            f"| {size} | {r['store vectors s']} | {r['exact query ms (median)']} | "
            f"{r['HNSW build s']} | {r['HNSW query ms (median)']} | {r['HNSW recall@10']} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
