"""Swapped roles: "Greenleaf agreed to buy Tessaro" where the entry says "Tessaro agreed to buy
Greenleaf".

A claim that names the same two parties as its entry, joined by the same words, but in the
other order, states another fact with every word shared: a matcher scores it as the entry
itself, and a sentence model reads the two as near neighbours. Only a relation read the same
both ways ("A and B", "A met B", "A melawan B": ``Language.symmetric_words``) keeps its fact
when the parties swap; a passive ("A was bought by B") or another verb ("Bahrain takluk dari
Indonesia" for "Indonesia mengalahkan Bahrain") joins them with other words, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck import lang

_TOKEN = re.compile(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]", re.UNICODE)
# Words between the two parties: a relation is short.
_MAX_BETWEEN = 8
# Words one side's relation may add to the other's: a short description of the party.
_MAX_EXTRA = 2


def _names(tokens: list[str], language: lang.Language) -> dict[str, tuple[int, int]]:
    """Each run of capitalised words (a name: "Greenleaf Brands") → its first (start, end)."""
    out: dict[str, tuple[int, int]] = {}
    start = None
    for i, token in enumerate([*tokens, ""]):
        capital = token[:1].isupper() and token.lower() not in language.stopwords
        if capital and start is None:
            start = i
        elif not capital and start is not None:
            out.setdefault(" ".join(tokens[start:i]), (start, i))
            start = None
    return out


def _within(name: str, names: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """Where the entry names ``name``: as a whole name, or as the last words of a longer one."""
    if name in names:
        return names[name]
    for longer, span in names.items():
        if longer.endswith(" " + name):
            return span
    return None


def _relation(tokens: list[str], language: lang.Language) -> tuple[str, ...] | None:
    """The words that relate two parties, or ``None`` when they relate them either way round
    (only symmetric words, numbers and punctuation), in a passive, or are too many to be a
    relation."""
    if len(tokens) > _MAX_BETWEEN:
        return None
    words = tuple(token.lower() for token in tokens if token.isalpha())
    passive = any(
        word in language.passive_agents
        or word in language.passive_auxiliaries
        or any(
            word.startswith(prefix) and len(word) > len(prefix) + 3
            for prefix in language.passive_prefixes
        )
        for word in words
    )
    if passive or all(word in language.symmetric_words for word in words):
        return None
    return words


def _same_relation(ours: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """The same words, or one side's words and a short description after them ("agreed to buy"
    for "agreed to buy snack maker"); another form of a verb is another relation
    ("berlangsung di" is not "melangsungkan")."""
    shorter, longer = sorted((ours, theirs), key=len)
    return longer[: len(shorter)] == shorter and len(longer) - len(shorter) <= _MAX_EXTRA


def swapped(
    claim: str, claim_language: lang.Language, entry: Iterable[tuple[str, lang.Language]]
) -> str | None:
    """Why the claim swaps two parties of a phrasing of the entry (in its own language), or
    ``None``."""
    ours = _TOKEN.findall(claim)
    our_names = _names(ours, claim_language)
    if len(our_names) < 2:
        return None
    for text, language in entry:
        if language.code != claim_language.code:
            continue
        theirs = _TOKEN.findall(text)
        their_names = _names(theirs, language)
        # A name the claim gives shorter ("Merak" for "Pelabuhan Merak") is the same party.
        known = {name: _within(name, their_names) for name in our_names}
        shared = [name for name, span in known.items() if span is not None]
        for first in shared:
            for second in shared:
                a, b = known[first], known[second]
                x, y = our_names[second], our_names[first]
                if not (a[1] <= b[0] and x[1] <= y[0]):
                    continue  # the entry says "first … second", the claim "second … first"
                relation = _relation(theirs[a[1] : b[0]], language)
                said = _relation(ours[x[1] : y[0]], language)
                if relation and said and _same_relation(said, relation):
                    return f"“{second}” and “{first}” swapped: the entry has “{first}” first"
    return None
