"""Vectors kept with the index: each phrasing embedded once, ever; nearest phrasings found.

The embedder is a deterministic stand-in (hashed bag of words), never a real model."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from claimcheck.index import open_index
from claimcheck.index import vectors as vector_store

HERE = Path(__file__).resolve().parent


class HashedWords:
    """Each word a random-ish dimension: texts sharing words are near."""

    name = "test/hashed-words-1"
    dim = 64

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def embed(self, texts: Sequence[str], kind: str) -> np.ndarray:
        matrix = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                matrix[row, zlib.crc32(word.encode()) % self.dim] += 1.0
            matrix[row, 0] += 1e-3  # no zero rows
        if kind == "passage":
            self.embedded.extend(texts)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


LEDGER = """\
- id: iskander
  claim: Russia supplied Belarus with Iskander missiles.
  aliases: [Rusia memasok rudal Iskander ke Belarus.]
  status: true
- id: merger
  claim: Russia plans to merge with Belarus.
  status: false
"""
OTHER = """\
- id: wheat
  claim: Ukraine exported forty million tonnes of wheat.
  title: Ukraine wheat exports
  status: true
"""


@pytest.fixture()
def claims(ledger_files) -> Path:  # noqa: ANN001
    return ledger_files({"a.yaml": LEDGER, "b.yaml": OTHER})


def _vectors(claims: Path, embedder: HashedWords) -> vector_store.Vectors:
    return open_index([claims]).vectors(embedder.name, embedder.dim)


def _top_entry(vectors: vector_store.Vectors, embedder: HashedWords, text: str) -> str:
    [hits] = vectors.dense_search(embedder.embed([text], "query"), 1)
    return vectors.index.entry(hits[0][1]).id


def test_every_phrasing_is_embedded_once_and_found(claims: Path) -> None:
    embedder = HashedWords()
    vectors = _vectors(claims, embedder)
    assert vectors.embed_missing(embedder) == 5
    assert sorted(embedder.embedded) == sorted(
        [
            "Russia supplied Belarus with Iskander missiles.",
            "Rusia memasok rudal Iskander ke Belarus.",
            "Russia plans to merge with Belarus.",
            "Ukraine exported forty million tonnes of wheat.",
            "Ukraine wheat exports",
        ]
    )
    again = _vectors(claims, HashedWords())
    assert again.embed_missing(embedder) == 0 and len(embedder.embedded) == 5
    assert _top_entry(again, embedder, "rudal Iskander Belarus") == "iskander"
    assert _top_entry(again, embedder, "wheat exports of Ukraine") == "wheat"
    [hits] = again.dense_search(embedder.embed(["Russia plans to merge with Belarus."], "query"), 3)
    phrasing, entry, cosine = hits[0]
    assert cosine == pytest.approx(1.0, abs=1e-3)  # stored in half precision
    assert again.index.phrasings([phrasing]) == {
        phrasing: (entry, "Russia plans to merge with Belarus.")
    }
    assert [c for *_, c in hits] == sorted((c for *_, c in hits), reverse=True)


def test_an_edit_re_embeds_only_changed_phrasings_and_a_rename_nothing(claims: Path) -> None:
    embedder = HashedWords()
    _vectors(claims, embedder).embed_missing(embedder)
    embedder.embedded.clear()
    (claims / "b.yaml").rename(claims / "moved.yaml")
    text = (claims / "a.yaml").read_text().replace("plans to merge", "will merge")
    (claims / "a.yaml").write_text(text, encoding="utf-8")
    vectors = _vectors(claims, embedder)
    assert vectors.embed_missing(embedder) == 1
    assert embedder.embedded == ["Russia will merge with Belarus."]
    assert _top_entry(vectors, embedder, "Russia will merge with Belarus") == "merger"
    # The old text's vector is still stored, but no phrasing has it any more.
    [hits] = vectors.dense_search(embedder.embed(["plans"], "query"), 10)
    assert len(hits) == 5 and len({phrasing for phrasing, _, _ in hits}) == 5


_KILLED = """
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from test_vectors import HashedWords
from claimcheck.index import open_index

class Dying(HashedWords):
    def embed(self, texts, kind):
        if len(self.embedded) >= 4:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().embed(texts, kind)

embedder = Dying()
open_index([sys.argv[1]]).vectors(embedder.name, embedder.dim).embed_missing(embedder, batch_size=2)
"""


def test_a_killed_embedding_run_resumes_where_it_stopped(claims: Path) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED, str(claims), str(HERE)],
        env=os.environ,
        capture_output=True,
    )
    assert killed.returncode == -9, killed.stderr
    embedder = HashedWords()
    vectors = _vectors(claims, embedder)
    assert vectors.count == 4  # two batches committed before the kill
    assert vectors.embed_missing(embedder) == 1
    assert _top_entry(vectors, embedder, "Ukraine wheat exports") == "wheat"


_WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
# 300 three-word texts, many pairs of them tied at cosine 2/3: the case where a badly built
# HNSW graph loses nodes
_TIED_TEXTS = [f"{_WORDS[i % 12]} {_WORDS[i // 12 % 12]} item{i}" for i in range(300)]


def _graph_over_tied_texts(folder: Path, monkeypatch) -> vector_store.Vectors:  # noqa: ANN001
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(folder / "cache"))
    monkeypatch.setattr(vector_store, "ANN_THRESHOLD", 100)
    folder.mkdir(exist_ok=True)
    lines = [
        f'{{"id": "e{i}", "claim": "{text}", "status": "true"}}'
        for i, text in enumerate(_TIED_TEXTS)
    ]
    (folder / "l.jsonl").write_text("\n".join(lines) + "\n")
    embedder = HashedWords()
    vectors = open_index([folder / "l.jsonl"]).vectors(embedder.name, embedder.dim)
    vectors.embed_missing(embedder)
    assert vectors._ann_path.exists()
    return vectors


def test_the_ann_graph_finds_what_exact_search_finds(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    vectors = _graph_over_tied_texts(tmp_path, monkeypatch)
    embedder = HashedWords()
    texts = _TIED_TEXTS
    queries = embedder.embed(texts[::7], "query")
    best = (queries @ embedder.embed(texts, "query").T).max(axis=1)
    found = vectors.dense_search(queries, 3)
    assert all(len(hits) == 3 for hits in found)
    assert [hits[0][2] for hits in found] == pytest.approx(best, abs=0.01)  # half precision


def test_the_ann_graph_is_built_the_same_every_time(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    # two machines indexing one ledger must find the same candidates
    graphs = [_graph_over_tied_texts(tmp_path / name, monkeypatch)._ann_path for name in "ab"]
    assert graphs[0].read_bytes() == graphs[1].read_bytes()


@pytest.mark.parametrize("damage", ["fifo", "truncate", "symlink"])
def test_damaged_vector_files_are_embedded_again(claims: Path, damage: str) -> None:
    embedder = HashedWords()
    vectors = _vectors(claims, embedder)
    vectors.embed_missing(embedder)
    matrix = vectors._matrix_path
    matrix.unlink()
    if damage == "fifo":
        os.mkfifo(matrix)
    elif damage == "truncate":
        matrix.write_bytes(b"\0" * 100)
    else:
        matrix.symlink_to("/dev/zero")
    again = _vectors(claims, embedder)
    assert again.embed_missing(embedder) == 5
    assert matrix.is_file() and not matrix.is_symlink()
    assert _top_entry(again, embedder, "rudal Iskander Belarus") == "iskander"
