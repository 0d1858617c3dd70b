"""Entries of a ledger that say nearly the same thing: what ``ledger lint`` reports as
near-duplicates (merge them, or make one an alias) and, rated oppositely, as contradictions;
and the normal form of a claim's text in which ``ledger add`` finds one already there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from claimcheck.model import FALSE_STATUSES, TRUE_STATUSES, Entry

_DIGIT = re.compile(r"\d")
_MAX_BLOCK = 200  # a block this large is a common word pair, not a duplicate signal
_PUNCTUATION = re.compile(r"[^\w\s-]+|(?<!\w)-|-(?!\w)", re.UNICODE)


def normalize_claim_text(text: str) -> str:
    """``text`` lowercased, punctuation dropped, spaces collapsed: two claims word for word
    the same compare equal."""
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())


def _negation_words() -> frozenset[str]:
    from claimcheck import lang

    words: set[str] = set()
    for code in lang.SUPPORTED:
        language = lang.get(code)
        words |= language.negators | language.denial_verbs
    return frozenset(words)


def contradicts(first: Entry, second: Entry) -> bool:
    """Opposite ratings of the same claim; a claim and its negation rated oppositely agree."""
    a, b = first.status, second.status
    if not (
        (a in TRUE_STATUSES and b in FALSE_STATUSES) or (a in FALSE_STATUSES and b in TRUE_STATUSES)
    ):
        return False
    negations = _negation_words()
    polarity_first = len(set(normalize_claim_text(first.claim).split()) & negations) % 2
    polarity_second = len(set(normalize_claim_text(second.claim).split()) & negations) % 2
    return polarity_first == polarity_second


def near_duplicates(
    entries: Sequence[Entry], cutoff: float = 90.0
) -> list[tuple[Entry, Entry, float]]:
    """Pairs of entries whose claims (or aliases) say nearly the same thing, score 0..100.

    Candidate pairs come from blocking on each phrasing's rarest words, so a large ledger is
    not compared all-against-all; each pair is reported once, the earlier entry first.
    """
    from rapidfuzz import fuzz

    texts: list[tuple[int, str, frozenset[str], frozenset[str]]] = []  # entry, text, tokens, nums
    for index, entry in enumerate(entries):
        seen: set[str] = set()
        for text in (entry.claim, *entry.aliases):
            normal = normalize_claim_text(text)
            if normal and normal not in seen:
                seen.add(normal)
                tokens = frozenset(normal.split())
                numbers = (
                    frozenset(t for t in tokens if _DIGIT.search(t))
                    if _DIGIT.search(normal)
                    else frozenset()
                )
                texts.append((index, normal, tokens, numbers))

    document_frequency: Counter[str] = Counter()
    for _, _, tokens, _ in texts:
        document_frequency.update(tokens)

    # Block on pairs of each phrasing's four rarest words: two phrasings of one claim share
    # most words, so they share two of their rarest; unrelated claims seldom do.
    blocks: dict[tuple[str, ...], list[int]] = {}
    for position, (_, _, tokens, _) in enumerate(texts):
        rare = sorted(tokens, key=lambda t: (document_frequency[t], t))[:4]
        keys = combinations(rare, 2) if len(rare) > 1 else [tuple(rare)]
        for key in keys:
            blocks.setdefault(key, []).append(position)

    best: dict[tuple[int, int], float] = {}
    for members in blocks.values():
        if len(members) < 2 or len(members) > _MAX_BLOCK:
            continue
        for i, a in enumerate(members):
            entry_a, text_a, tokens_a, numbers_a = texts[a]
            for b in members[i + 1 :]:
                entry_b, text_b, tokens_b, numbers_b = texts[b]
                if entry_a == entry_b or numbers_a != numbers_b:
                    continue
                key = (entry_a, entry_b) if entry_a < entry_b else (entry_b, entry_a)
                if best.get(key, 0) >= 100:
                    continue
                small, large = sorted((len(tokens_a), len(tokens_b)))
                if small < 0.75 * large:  # a short claim inside a longer one is another claim
                    continue
                score = fuzz.token_set_ratio(text_a, text_b, score_cutoff=cutoff)
                if score and score > best.get(key, 0):
                    best[key] = score
    return [(entries[a], entries[b], best[(a, b)]) for a, b in sorted(best)]
