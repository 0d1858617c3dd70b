"""The ledger's phrasings as vectors: embedded once per text and model, kept on disk.

Every phrasing of every entry (claim, title, aliases) is embedded as a passage the first time
a run meets it, and the vector is stored (float16) in the cache directory's store
(:mod:`claimcheck.kvstore`) under (model name, hash of the text): an edited entry re-embeds
only its changed phrasings, a moved or renamed file re-embeds nothing, and a run killed while
embedding keeps what it finished.

Search is exact: the phrasing vectors form one matrix, and a claim's cosine with every row
is one matrix product.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from claimcheck.embed import Embedder
from claimcheck.kvstore import KeyValueStore, key
from claimcheck.model import Entry

_COMMIT_EVERY = 256  # vectors per transaction: a killed run loses at most one batch


class PhrasingVectors:
    """Unit vectors of every phrasing of ``entries`` under ``embedder``."""

    def __init__(
        self,
        entries: Sequence[Entry],
        embedder: Embedder,
        cache_file: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.embedder = embedder
        texts: list[str] = []
        owners: list[int] = []
        for row, entry in enumerate(entries):
            for text in dict.fromkeys(entry.texts()):
                texts.append(text)
                owners.append(row)
        self.texts = texts
        self.owner = np.array(owners, dtype=np.int64)
        self.matrix = self._vectors(texts, KeyValueStore(cache_file, "vectors"), progress)

    def _vectors(
        self, texts: list[str], store: KeyValueStore, progress: Callable[[int, int], None] | None
    ) -> np.ndarray:
        model, dim = self.embedder.name, self.embedder.dim
        keys = [key(text) for text in texts]
        known = {
            k: np.frombuffer(blob, dtype=np.float16).astype(np.float32)
            for k, blob in store.get(model, sorted(set(keys))).items()
            if len(blob) == 2 * dim
        }
        missing = sorted({text for text, k in zip(texts, keys, strict=True) if k not in known})
        report = progress or _stderr_progress(len(missing))
        for start in range(0, len(missing), _COMMIT_EVERY):
            chunk = missing[start : start + _COMMIT_EVERY]
            vectors = self.embedder.embed(chunk, "passage")
            fresh = {key(text): vector for text, vector in zip(chunk, vectors, strict=True)}
            store.put(model, [(k, v.astype(np.float16).tobytes()) for k, v in fresh.items()])
            known.update(fresh)
            report(start + len(chunk), len(missing))
        if not texts:
            return np.zeros((0, dim), dtype=np.float32)
        return np.stack([known[key] for key in keys]).astype(np.float32)

    def search(self, queries: np.ndarray, limit: int) -> list[list[tuple[int, float]]]:
        """For each query vector, the best ``limit`` (phrasing row, cosine), best first."""
        if not len(self.texts) or not len(queries):
            return [[] for _ in range(len(queries))]
        scores = queries @ self.matrix.T
        limit = min(limit, scores.shape[1])
        top = np.argpartition(-scores, limit - 1, axis=1)[:, :limit]
        out = []
        for row, candidates in enumerate(top):
            ranked = sorted(candidates.tolist(), key=lambda i: -scores[row, i])
            out.append([(i, float(scores[row, i])) for i in ranked])
        return out

    def best_phrasing(self, query: np.ndarray, entry_row: int) -> tuple[int, float]:
        """The phrasing of entry ``entry_row`` closest to ``query``: (phrasing row, cosine)."""
        rows = np.flatnonzero(self.owner == entry_row)
        scores = self.matrix[rows] @ query
        best = int(scores.argmax())
        return int(rows[best]), float(scores[best])


def _stderr_progress(total: int) -> Callable[[int, int], None]:
    """A line on stderr while a big ledger is embedded (terminals only: logs stay clean)."""
    if total < 200 or not sys.stderr.isatty():
        return lambda done, total: None

    def report(done: int, total: int) -> None:
        end = "\n" if done >= total else "\r"
        print(f"embedding ledger entries: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return report
