"""Sentence embedders: text → unit vectors, one small interface for every model.

An :class:`Embedder` turns texts into L2-normalised float32 rows. ``kind`` tells an
asymmetric model (multilingual-e5: "query: " and "passage: " prefixes) which side a text is
on: claims are queries, ledger phrasings are passages. ``name`` identifies the model and its
version; the index keys stored vectors by it, so changing models re-embeds, nothing else does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    import numpy as np

Kind = Literal["query", "passage"]


class Embedder(Protocol):
    """What the matcher needs from a sentence embedding model."""

    name: str  # model id and version: the key stored vectors are filed under
    dim: int

    def embed(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        """float32 array of shape (len(texts), dim), each row of unit length."""
        ...
