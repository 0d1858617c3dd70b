"""Swapped roles, "Greenleaf agreed to buy Tessaro" where the entry says "Tessaro agreed to buy
Greenleaf", and another name in the entry's place, "Mount Hood" where it says "Mount Rainier".

A claim that names the same two parties as its entry, joined by the same words, but in the
other order, states another fact with every word shared: a matcher scores it as the entry
itself, and a sentence model reads the two as near neighbours. Only a relation read the same
both ways ("A and B", "A met B", "A melawan B": ``Language.symmetric_words``) keeps its fact
when the parties swap; a passive ("A was bought by B") or another verb ("Bahrain takluk dari
Indonesia" for "Indonesia mengalahkan Bahrain") joins them with other words, and is not read.

A claim matched to an entry on "Universitas Airlangga" that names "Universitas Diponegoro"
instead is about another university: the same head word, another name after it. A name
written another way is the same name (a spelling within a few letters, a word cut short, an
acronym against words), and a longer or shorter form is not compared ("Bandung Barat" and
"Bandung"); an entry that lists several names of a kind ("Bursa Saham Tokyo, Bursa Saham New
York") does not say the claim's is wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

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


# A clause's names stop at punctuation; a period ends one only as a sentence's last character
# ("dr." and "U.S." keep theirs).
_PUNCTUATION = re.compile(r"[,;:!?()\[\]\"“”‘’/]|\.(?=\s|$)")
# Two spellings this alike (normalised Levenshtein) are one name written two ways.
_ALIKE = 0.6


def _headed_names(text: str, language: lang.Language) -> list[tuple[str, ...]]:
    """Each run of two or more capitalised words within a clause: a head and a name
    ("Universitas Airlangga", "Mount Rainier", "Pemprov Jawa Tengah")."""
    out = []
    for clause in _PUNCTUATION.split(text):
        run: list[str] = []
        for token in [*_TOKEN.findall(clause), ""]:
            if token[:1].isupper() and token.lower() not in language.stopwords:
                run.append(token)
                continue
            if len(run) >= 2:
                out.append(tuple(run))
            run = []
    return out


def _contains(tokens: list[str], words: list[str]) -> bool:
    size = len(words)
    return any(tokens[i : i + size] == words for i in range(len(tokens) - size + 1))


def _written_alike(ours: str, theirs: str) -> bool:
    """One name written two ways: a misspelling, a shortened word, an acronym against words."""
    a, b = ours.lower(), theirs.lower()
    return (
        ours.isupper() != theirs.isupper()
        or a[:4] == b[:4]
        or Levenshtein.normalized_similarity(a, b) >= _ALIKE
    )


def substituted(
    claim: str, claim_language: lang.Language, entry: Iterable[tuple[str, lang.Language]]
) -> str | None:
    """Why the claim names another one of a kind than a phrasing of the entry (in its own
    language) names after the same head word, or ``None``."""
    ours = _headed_names(claim, claim_language)
    if not ours:
        return None
    phrasings = [
        (text, language) for text, language in entry if language.code == claim_language.code
    ]
    claim_tokens = [token.lower() for token in _TOKEN.findall(claim)]
    entry_tokens = [[token.lower() for token in _TOKEN.findall(text)] for text, _ in phrasings]
    for text, language in phrasings:
        names = _headed_names(text, language)
        heads = Counter(name[0].lower() for name in names)
        for theirs in names:
            if heads[theirs[0].lower()] > 1:
                continue  # the entry lists several of a kind
            for name in ours:
                shared = 0
                while shared < min(len(name), len(theirs)) and (
                    name[shared].lower() == theirs[shared].lower()
                ):
                    shared += 1
                said, meant = name[shared:], theirs[shared:]
                if not shared or not said or len(said) != len(meant):
                    continue
                said_words, meant_words = [w.lower() for w in said], [w.lower() for w in meant]
                if any(_contains(tokens, said_words) for tokens in entry_tokens) or _contains(
                    claim_tokens, meant_words
                ):
                    continue
                if _written_alike(" ".join(said), " ".join(meant)):
                    continue
                return f"“{' '.join(name)}” where the entry says “{' '.join(theirs)}”"
    return None
