"""Dense vectors of the ledger's phrasings, kept with the index: embedded once per text, ever.

A vector is filed under (model, digest of the phrasing's text), never under an entry: an
edited entry re-embeds only the phrasings whose text changed, and a renamed or moved file,
or an entry that moves between files, re-embeds nothing.

Per model (an :class:`~claimcheck.embed.Embedder`'s ``name`` and ``dim``), in ``vectors/``:

- ``<key>.f16``: the vectors, float16 rows (half the disk and page cache of float32, and the
  precision the semantic matcher's calibration was fitted with), append-only; the store's
  ``vectors`` table gives each digest its row ("slot"), and ``meta`` how many slots are
  committed. Embedding appends
  a batch, then commits its slots, under the index lock: a killed run leaves at most an
  uncommitted tail, cut off by the next writer, and resumes where it stopped.
- ``<key>.usearch``: past :data:`ANN_THRESHOLD` vectors, an HNSW graph (usearch, half
  precision, cosine) over the first slots, memory-mapped by readers; slots added since it
  was built are searched exactly, and it is rebuilt when they grow past a tenth of it.

Below the threshold, search is exact: the memory-mapped matrix times the queries, in blocks.
A slot whose text no phrasing has any more (the entry was edited) is skipped when results
are mapped back to phrasings.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from claimcheck.embed import Embedder
    from claimcheck.index.ledger_index import LedgerIndex

# Exact search reads every vector per query: at 384 dimensions 0.9 ms at 10k vectors and
# 30 ms at 100k on the 2-core benchmark machine, against 1.1 and 2.7 ms for the HNSW graph
# (recall@10 0.99 and 0.96; built once, 5 s and 175 s). From 20k vectors the graph pays
# (bench/dense.py, docs/benchmarks.md).
ANN_THRESHOLD = 20_000
# Texts per call into the embedder, each batch committed as it comes.
BATCH = 256
# Rows of the matrix scored at once in exact search (bounds the scores' memory).
_BLOCK = 65_536
_BYTES = 2  # per number: float16
# HNSW breadth when building and searching: usearch's defaults (128, 64) traded recall for
# speed further than a fact-checker would (see docs/benchmarks.md).
_EXPANSION = 256

# One result: (phrasing row, entry row, cosine).
Hit = tuple[int, int, float]


class Vectors:
    """The vectors of one model in one index; see the module docs."""

    def __init__(self, index: LedgerIndex, model: str, dim: int) -> None:
        self.index = index
        self.model = model
        self.dim = dim
        key = hashlib.sha256(f"{model}\0{dim}\0f16".encode()).hexdigest()[:24]
        self._meta = f"vectors:{key}:"
        if index.directory is None:
            import tempfile

            # An index in memory keeps its vectors in a private temporary directory.
            self._temporary = tempfile.TemporaryDirectory(prefix="claimcheck-vectors-")
            folder = Path(self._temporary.name)
        else:
            folder = index.directory / "vectors"
        self._matrix_path = folder / f"{key}.f16"
        self._ann_path = folder / f"{key}.usearch"
        self._ann: Any = None
        self._ann_count = -1
        # The rows searched exactly, as float32, kept for the process: (first, end, matrix)
        self._exact: tuple[int, int, Any] = (0, 0, None)
        if not index.store.readonly:
            self._discard_damaged()

    def _discard_damaged(self) -> None:
        """Forget this model's vectors if their file is not what the store says was written
        (not a regular file, or shorter), and the graph if it is not a regular file: the
        vectors are embedded again, the graph rebuilt. A cache is never trusted."""
        from claimcheck.index.store import is_regular_or_missing

        committed = self.count * self.dim * _BYTES
        matrix = self._matrix_path
        matrix_bad = not is_regular_or_missing(matrix) or (
            committed > 0 and (not matrix.exists() or matrix.stat().st_size < committed)
        )
        graph_bad = not is_regular_or_missing(self._ann_path)
        if not (matrix_bad or graph_bad):
            return
        with self._writing() as store:
            self._ann_path.unlink(missing_ok=True)
            store.set_meta(self._meta + "ann", 0)
            if matrix_bad:
                matrix.unlink(missing_ok=True)
                store.db.execute("DELETE FROM vectors WHERE model = ?", (self.model,))
                store.set_meta(self._meta + "count", 0)
                store.set_meta(self._meta + "complete", None)
        self.index.resnapshot()

    # -- state -------------------------------------------------------------------------------

    @property
    def count(self) -> int:
        """How many vectors are committed (in this index's snapshot)."""
        return int(self.index.store.meta(self._meta + "count") or 0)

    def missing(self) -> list[tuple[bytes, str]]:
        """(digest, text) of each distinct phrasing without a vector, in ledger row order."""
        store = self.index.store
        if store.meta(self._meta + "complete") == store.meta("generation"):
            return []
        rows = store.db.execute(
            "SELECT p.digest, p.text FROM phrasings p"
            " LEFT JOIN vectors v ON v.model = ? AND v.digest = p.digest"
            " WHERE v.digest IS NULL ORDER BY p.row",
            (self.model,),
        )
        return list(dict(rows).items())

    # -- embedding ---------------------------------------------------------------------------

    def embed_missing(
        self,
        embedder: Embedder,
        *,
        batch_size: int = BATCH,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Embed every phrasing that has no vector yet, in batches committed as they come;
        returns how many were embedded. ``progress(done, total)`` is called after each batch.

        Interrupted (Ctrl-C, a kill), the committed batches stay: the next call resumes.
        """
        import numpy as np

        if (embedder.name, embedder.dim) != (self.model, self.dim):
            raise ValueError(f"these are the vectors of {self.model}, not of {embedder.name}")
        generation = self.index.store.meta("generation")
        todo = self.missing()
        if not todo:  # nothing written: a read-only index (a worker's) stays untouched
            return 0
        done = 0
        try:
            for start in range(0, len(todo), batch_size):
                chunk = todo[start : start + batch_size]
                matrix = np.ascontiguousarray(
                    embedder.embed([text for _, text in chunk], "passage"), dtype=np.float32
                )
                if matrix.shape != (len(chunk), self.dim):
                    raise ValueError(
                        f"{embedder.name} gave vectors of shape {matrix.shape}, "
                        f"expected {(len(chunk), self.dim)}"
                    )
                self._commit([digest for digest, _ in chunk], matrix)
                done += len(chunk)
                if progress is not None:
                    progress(done, len(todo))
            with self._writing() as store:
                if store.meta("generation") == generation:
                    store.set_meta(self._meta + "complete", generation)
                if self._ann_due(store):
                    self._build_ann(store)
        finally:
            self.index.resnapshot()
        return done

    def _writing(self) -> Any:
        return self.index.writing()

    def _commit(self, digests: list[bytes], matrix: np.ndarray) -> None:
        """Append the vectors not yet stored and commit their slots (under the lock)."""
        import numpy as np

        with self._writing() as store:
            count = int(store.meta(self._meta + "count") or 0)
            known = {
                row[0]
                for row in store.select_in(
                    "SELECT digest FROM vectors WHERE model = ? AND digest IN ({})",
                    digests,
                    prefix=(self.model,),
                )
            }
            fresh = [i for i, digest in enumerate(digests) if digest not in known]
            if not fresh:
                return
            self._matrix_path.parent.mkdir(parents=True, exist_ok=True)
            with open(self._matrix_path, "ab+") as handle:
                # What a killed run appended past the committed slots is cut off first.
                handle.truncate(count * self.dim * _BYTES)
                handle.seek(0, os.SEEK_END)
                handle.write(matrix[fresh].astype(np.float16).tobytes())
                handle.flush()
                os.fsync(handle.fileno())
            store.db.executemany(
                "INSERT INTO vectors (model, digest, slot) VALUES (?, ?, ?)",
                [(self.model, digests[i], count + n) for n, i in enumerate(fresh)],
            )
            store.set_meta(self._meta + "count", count + len(fresh))

    # -- the ANN graph -----------------------------------------------------------------------

    def _ann_due(self, store: Any) -> bool:
        count = int(store.meta(self._meta + "count") or 0)
        covered = int(store.meta(self._meta + "ann") or 0)
        return count >= ANN_THRESHOLD and count - covered > covered // 10

    def _build_ann(self, store: Any) -> None:
        """Build the graph over every committed slot, then swap it in atomically."""
        import numpy as np
        from usearch.index import Index

        count = int(store.meta(self._meta + "count") or 0)
        graph = Index(ndim=self.dim, metric="cos", dtype="f16", expansion_add=_EXPANSION)
        matrix = self._matrix(count)
        for start in range(0, count, _BLOCK):
            block = matrix[start : start + _BLOCK].astype(np.float32)
            # one thread: usearch's parallel inserts race, so each build makes a different
            # graph, and on near-tied vectors one that misses exact matches (about 1 build in
            # 20 in tests/test_vectors.py). One thread builds the same bytes every time, so
            # two machines indexing one ledger find the same candidates; it costs 1.7x.
            graph.add(np.arange(start, start + len(block), dtype=np.uint64), block, threads=1)
        partial = self._ann_path.with_suffix(".partial")
        graph.save(str(partial))
        os.replace(partial, self._ann_path)
        store.set_meta(self._meta + "ann", count)

    def _graph(self) -> tuple[Any, int]:
        """The memory-mapped graph and how many slots it covers (None, 0 without one)."""
        covered = int(self.index.store.meta(self._meta + "ann") or 0)
        if not covered:
            return None, 0
        if self._ann_count != covered:
            from usearch.index import Index

            try:
                self._ann = Index.restore(str(self._ann_path), view=True)
                self._ann.expansion_search = _EXPANSION
            except Exception:  # noqa: BLE001 - a damaged graph: search exactly instead
                self._ann = None
            self._ann_count = covered
        return (self._ann, covered) if self._ann is not None else (None, 0)

    # -- searching ---------------------------------------------------------------------------

    def _matrix(self, count: int) -> np.ndarray:
        import numpy as np

        if not count:
            return np.zeros((0, self.dim), dtype=np.float16)
        return np.memmap(self._matrix_path, dtype=np.float16, mode="r", shape=(count, self.dim))

    def _nearest(self, queries: np.ndarray, want: int) -> list[list[tuple[int, float]]]:
        """Per query, up to ``want`` (slot, cosine), best first."""
        import numpy as np

        count = self.count
        graph, covered = self._graph()
        found: list[list[tuple[int, float]]] = [[] for _ in range(len(queries))]
        if graph is not None:
            matches = graph.search(queries, min(want, covered))
            keys = np.atleast_2d(matches.keys)
            distances = np.atleast_2d(matches.distances)
            for q in range(len(queries)):
                found[q] = [
                    (int(key), 1.0 - float(distance))
                    for key, distance in zip(keys[q], distances[q], strict=True)
                    if key < covered
                ]
        if self._exact[:2] != (covered, count):
            # float16 on disk; converted once per process, not per query (at most the rows
            # under ANN_THRESHOLD, or the rows added since the graph was built)
            self._exact = (covered, count, self._matrix(count)[covered:].astype(np.float32))
        rows = self._exact[2]
        for start in range(covered, count, _BLOCK):
            scores = queries @ rows[start - covered : start - covered + _BLOCK].T
            take = min(want, scores.shape[1])
            best = np.argpartition(-scores, take - 1, axis=1)[:, :take]
            for q in range(len(queries)):
                found[q].extend((start + int(i), float(scores[q, i])) for i in best[q])
        return [sorted(hits, key=lambda hit: -hit[1])[:want] for hits in found]

    def dense_search(self, query_vectors: np.ndarray, k: int) -> list[list[Hit]]:
        """Per query row (unit vectors, shape (q, dim)), the ``k`` nearest phrasings as
        (phrasing row, entry row, cosine), best first. Exact below :data:`ANN_THRESHOLD`
        vectors, approximate (HNSW) above."""
        import numpy as np

        queries = np.ascontiguousarray(np.atleast_2d(query_vectors), dtype=np.float32)
        if queries.shape[1] != self.dim:
            raise ValueError(f"queries have {queries.shape[1]} dimensions, not {self.dim}")
        count = self.count
        out: list[list[Hit]] = [[] for _ in range(len(queries))]
        want = k * 2 + 8  # slots of edited-away texts resolve to nothing: ask for spares
        while count and k > 0:
            nearest = self._nearest(queries, min(want, count))
            owners = self._phrasings_of({slot for hits in nearest for slot, _ in hits})
            for q, hits in enumerate(nearest):
                out[q] = [
                    (phrasing, entry, score)
                    for slot, score in hits
                    for phrasing, entry in owners.get(slot, ())
                ][:k]
            if want >= count or all(len(hits) >= k for hits in out):
                break
            want *= 4
        return out

    def best_phrasing(self, query: np.ndarray, entry: int) -> tuple[int, float]:
        """The phrasing of the entry at row ``entry`` nearest ``query``: (phrasing row, cosine);
        its first phrasing at cosine 0 when none has a vector (not embedded yet)."""
        found = self.index.store.db.execute(
            "SELECT p.row, v.slot FROM phrasings p LEFT JOIN vectors v"
            " ON v.model = ? AND v.digest = p.digest WHERE p.entry = ? ORDER BY p.row",
            (self.model, entry),
        ).fetchall()
        found = [(row, slot) for row, slot in found if slot is not None] or found[:1]
        if found[0][1] is None:
            return found[0][0], 0.0
        import numpy as np

        rows = self._matrix(self.count)[[slot for _, slot in found]].astype(np.float32)
        scores = rows @ query
        best = int(scores.argmax())
        return found[best][0], float(scores[best])

    def _phrasings_of(self, slots: set[int]) -> dict[int, list[tuple[int, int]]]:
        """slot → the (phrasing row, entry row) of each phrasing with that text."""
        owners: dict[int, list[tuple[int, int]]] = {}
        for slot, phrasing, entry in self.index.store.select_in(
            "SELECT v.slot, p.row, p.entry FROM vectors v JOIN phrasings p ON p.digest = v.digest"
            " WHERE v.model = ? AND v.slot IN ({}) ORDER BY p.row",
            sorted(slots),
            prefix=(self.model,),
        ):
            owners.setdefault(slot, []).append((phrasing, entry))
        return owners


def embed_with_progress(vectors: Vectors, embedder: Embedder, *, show: bool | None = None) -> int:
    """:meth:`Vectors.embed_missing` with a progress bar and ETA on stderr (when it is a
    terminal, or ``show``)."""
    import sys

    if show is None:
        show = sys.stderr.isatty()
    if not show:
        return vectors.embed_missing(embedder)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("embedding"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("phrasings, ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("embedding", total=None)
        return vectors.embed_missing(
            embedder, progress=lambda done, total: bar.update(task, completed=done, total=total)
        )
