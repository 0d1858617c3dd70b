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
from claimcheck.analyze import fold, name_variants

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


# A clause's names stop at punctuation; a period ends one only before a space or at the end
# ("dr." and "U.S." keep theirs).
_PUNCTUATION = re.compile(r"[,;:!?()\[\]\"“”‘’/]|\.(?=\s|$)")
# Two spellings this alike (normalised Levenshtein) are one name written two ways.
_ALIKE = 0.6


def _name_word(token: str, following: str, language: lang.Language) -> bool:
    """Whether ``token`` can be a word of a name: capitalised, not a function word, not a day
    or month ("Presiden Prabowo Senin"), not a unit before a number ("Rp 10.000")."""
    lower = token.lower()
    return (
        token[:1].isupper()
        and token.isalpha()
        and lower not in language.stopwords
        and lower not in language.time_words
        and lower not in language.months
        and not following[:1].isdigit()
    )


def _headed_names(
    text: str, language: lang.Language
) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    """Each run of two or more name words within a clause (a head and a name: "Universitas
    Airlangga", "Mount Rainier"), with the words just before and after it (``None`` at the
    clause's edge): where it stands."""
    clauses = [_TOKEN.findall(clause) for clause in _PUNCTUATION.split(text)]
    words = [token for tokens in clauses for token in tokens if token.isalpha()]
    content = [word for word in words if word.lower() not in language.stopwords]
    if len(content) >= 3 and all(word[:1].isupper() for word in content):
        return []  # a headline in title case: its capitals do not mark names
    out = []
    for tokens in clauses:
        start = 0
        for i, token in enumerate([*tokens, ""]):
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if token and _name_word(token, following, language):
                continue
            if i - start >= 2:
                before = tokens[start - 1].lower() if start else None
                out.append((tuple(tokens[start:i]), before, token.lower() or None))
            start = i + 1
    return out


def _words(text: str) -> set[str]:
    """The words of ``text`` (plain), with those of the names it goes by ("Jokowi": "joko",
    "widodo"; "Kota Pahlawan": "surabaya": ``Language.name_variants``)."""
    words = [_plain(token) for token in _TOKEN.findall(text)]
    table, longest = name_variants()
    out = set(words)
    for size in range(1, longest + 1):
        for start in range(len(words) - size + 1):
            out.update(table.get(tuple(words[start : start + size]), ()))
    return out


def _plain(text: str) -> str:
    """Lower case without accents, as the analyser folds it: "München" is "munchen"."""
    return fold(text).lower()


def _written_alike(ours: str, theirs: str) -> bool:
    """One name written two ways: a misspelling, a word cut short or abbreviated ("Utd" for
    "United", "Soetta" for "Soekarno-Hatta"), an acronym against words. Two acronyms are alike
    only when equal: "BNI" is not "BRI"."""
    if ours.isupper() or theirs.isupper():
        return ours.isupper() != theirs.isupper() or ours == theirs
    a, b = _plain(ours), _plain(theirs)
    shorter, longer = sorted((a, b), key=len)
    letters = iter(longer)
    abbreviated = 2 * len(shorter) <= len(longer) and shorter[:1] == longer[:1]
    return (
        a[:4] == b[:4]
        or Levenshtein.normalized_similarity(a, b) >= _ALIKE
        or (abbreviated and all(char in letters for char in shorter))
    )


def substituted(
    claim: str, claim_language: lang.Language, entry: Iterable[tuple[str, lang.Language]]
) -> str | None:
    """Why the claim names another one of a kind than a phrasing of the entry (in its own
    language) names in the same place, after the same head word; or ``None``."""
    ours = _headed_names(claim, claim_language)
    if not ours:
        return None
    phrasings = [
        (text, language) for text, language in entry if language.code == claim_language.code
    ]
    claim_words = _words(claim)
    entry_words = set().union(*(_words(text) for text, _ in phrasings))
    for text, language in phrasings:
        names = _headed_names(text, language)
        heads = Counter(name[0].lower() for name, _, _ in names)
        for theirs, their_before, their_after in names:
            if heads[theirs[0].lower()] > 1:
                continue  # the entry lists several of a kind
            for name, before, after in ours:
                if before != their_before and after != their_after:
                    continue  # not in the entry's name's place ("a policy of President …")
                shared = 0
                while shared < min(len(name), len(theirs)) and (
                    name[shared].lower() == theirs[shared].lower()
                ):
                    shared += 1
                said, meant = name[shared:], theirs[shared:]
                if not shared or not said or len(said) != len(meant):
                    continue
                # a word of either name on the other side: the same one, named more or less
                # fully ("Presiden RI Prabowo", "Presiden Prabowo Subianto") or by another of
                # its names ("Kota Pahlawan" is Surabaya: Language.name_variants)
                if any(_plain(word) in entry_words for word in said) or any(
                    _plain(word) in claim_words for word in meant
                ):
                    continue
                if _written_alike(" ".join(said), " ".join(meant)):
                    continue
                return f"“{' '.join(name)}” where the entry says “{' '.join(theirs)}”"
    return None
