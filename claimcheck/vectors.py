"""Texts embedded once per model and kind, kept on disk: claims (queries) and reference pairs.

A vector is stored (float16) in the cache directory's store (:mod:`claimcheck.kvstore`) under
(model name, kind, hash of the text), so checking a draft again costs no model time, and a
run killed while embedding keeps what it finished. The ledger's own phrasings live in its
index instead (:mod:`claimcheck.index.vectors`), with an ANN graph for big ledgers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

import numpy as np

from claimcheck.embed import Embedder, Kind
from claimcheck.kvstore import KeyValueStore, key

_COMMIT_EVERY = 256  # vectors per transaction: a killed run loses at most one batch


class CachedEmbedder:
    """An embedder whose vectors are kept in a :class:`KeyValueStore` (float16), per model,
    kind and text: a text is embedded once, ever."""

    def __init__(self, embedder: Embedder, store: KeyValueStore) -> None:
        self.embedder = embedder
        self.name, self.dim = embedder.name, embedder.dim
        self._store = store

    def embed(
        self,
        texts: Sequence[str],
        kind: Kind,
        progress: Callable[[int, int], None] | None = None,
    ) -> np.ndarray:
        space = f"{self.name}:{kind}"
        keys = [key(text) for text in texts]
        known = {
            k: np.frombuffer(blob, dtype=np.float16).astype(np.float32)
            for k, blob in self._store.get(space, sorted(set(keys))).items()
            if len(blob) == 2 * self.dim
        }
        missing = sorted({text for text, k in zip(texts, keys, strict=True) if k not in known})
        report = progress or _stderr_progress(len(missing))
        for start in range(0, len(missing), _COMMIT_EVERY):
            chunk = missing[start : start + _COMMIT_EVERY]
            vectors = self.embedder.embed(chunk, kind)
            fresh = {key(text): vector for text, vector in zip(chunk, vectors, strict=True)}
            self._store.put(space, [(k, v.astype(np.float16).tobytes()) for k, v in fresh.items()])
            known.update(fresh)
            report(start + len(chunk), len(missing))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([known[k] for k in keys]).astype(np.float32)


def _stderr_progress(total: int) -> Callable[[int, int], None]:
    """A line on stderr while a big ledger is embedded (terminals only: logs stay clean)."""
    if total < 200 or not sys.stderr.isatty():
        return lambda done, total: None

    def report(done: int, total: int) -> None:
        end = "\n" if done >= total else "\r"
        print(f"embedding ledger entries: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return report
