"""Opposite sides of one scale: a claim that says "fell" where its entry says "rose".

A changed direction is the cheapest way to misstate a fact and keep every other word ("Harga
beras naik 5 persen" / "Rice prices fell 5 percent"), and a sentence model reads the two as
near neighbours. Each language lists the words that state one side of a scale or an order
(``Language.directions``: "naik" and "fell" are the two sides of "rise"; "menolak" and
"approved" of "approve"), so the check holds across languages. Outcomes count as scales too:
approve / reject, convict / acquit, support / oppose; so do exclusive values (a gold medal
is not a bronze one; inflation is not deflation), and two words in a row may state a side
("up from", "voted against"). The lists are short and precise on purpose: a word with other
common senses ("last", "before", "more", "sedikit" = slightly, "passed") is left out, so is a
pair a paraphrase may swap with its roles ("A beat B" / "B lost to A", "sold" / "bought").
A comparison ("lower than", "lebih sedikit") is not read as a fall: it swaps sides with the
order of what is compared ("February was lower than March" states that March rose); nor is
the pace of a change ("growth slowed" while the economy still grew).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck import lang

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def _sides(text: str, language: lang.Language) -> dict[str, dict[int, str]]:
    """concept → {side: the word (or two words in a row) of the text that states it}."""
    table = language.directions
    out: dict[str, dict[int, str]] = {}
    words = _WORD.findall(text.lower())
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        for said in (pair, word):
            found = table.get(said)
            if found is not None:
                out.setdefault(found[0], {}).setdefault(found[1], said)
                break
    return out


def turned(
    claim: str, claim_language: lang.Language, entry: Iterable[tuple[str, lang.Language]]
) -> str | None:
    """Why the claim states the other side of a scale than the entry, or ``None``.

    ``entry`` is each phrasing of the entry with its language. A concept counts only when the
    claim states one side of it and no phrasing of the entry states that side, while one
    states another ("prices rose and wages fell" against "wages rose" is not read: the
    claim has both sides of "rise").
    """
    ours = {c: sides for c, sides in _sides(claim, claim_language).items() if len(sides) == 1}
    if not ours:
        return None
    theirs: dict[str, dict[int, str]] = {}
    for text, language in entry:
        for concept, sides in _sides(text, language).items():
            for side, word in sides.items():
                theirs.setdefault(concept, {}).setdefault(side, word)
    for concept, sides in ours.items():
        ((side, word),) = sides.items()
        other = theirs.get(concept, {})
        if other and side not in other:
            return f"“{word}” where the entry says “{next(iter(other.values()))}”"
    return None
