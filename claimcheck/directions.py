"""Opposite sides of one scale: a claim that says "fell" where its entry says "rose", or
another of a set of exclusive values ("perunggu" for "gold", "Polandia" for "Belarus").

A changed direction is the cheapest way to misstate a fact and keep every other word ("Harga
beras naik 5 persen" / "Rice prices fell 5 percent"), and a sentence model reads the two as
near neighbours. Each language lists the words that state one side of a scale or an order
(``Language.directions``: "naik" and "fell" are the two sides of "rise"; "menolak" and
"approved" of "approve"), so the check holds across languages. Outcomes count as scales too:
approve / reject, convict / acquit, support / oppose; so do exclusive values (a gold medal
is not a bronze one; inflation is not deflation; Poland is not Belarus: "Iskander untuk
Polandia" against "Iskanders supplied to Belarus"), and a few words in a row may state a side
("up from", "voted against", "Korea Selatan"). The lists are short and precise on purpose:
a word with other common senses ("last", "before", "more", "sedikit" = slightly, "passed")
is left out, so is a pair a paraphrase may swap with its roles ("A beat B" / "B lost to A",
"sold" / "bought").
A comparison ("lower than", "lebih sedikit") is not read as a fall: it swaps sides with the
order of what is compared ("February was lower than March" states that March rose); nor is
the pace of a change ("growth slowed" while the economy still grew).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck import lang

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


_LONGEST = 3  # words in the longest phrase a table lists ("uni emirat arab")


def _sides(text: str, language: lang.Language) -> dict[str, dict[str, str]]:
    """concept → {side: the word, or words in a row, of the text that states it}. The longest
    phrase wins, and its words state nothing else ("Korea Utara" is a country, not a north)."""
    table = language.directions
    out: dict[str, dict[str, str]] = {}
    words = _WORD.findall(text.lower())
    i = 0
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            said = " ".join(words[i : i + size])
            found = table.get(said)
            if found is not None:
                out.setdefault(found[0], {}).setdefault(found[1], said)
                break
        else:
            size = 1
        i += size
    return out


def turned(
    claim: str, claim_language: lang.Language, entry: Iterable[tuple[str, lang.Language]]
) -> str | None:
    """Why the claim states another side of a scale, or another value, than the entry, or
    ``None``.

    ``entry`` is each phrasing of the entry with its language. A concept counts only when the
    claim states a side of it that no phrasing of the entry states, while the entry states one
    the claim does not ("prices rose and wages fell" against "wages rose" is not read: the
    claim has both sides of "rise"; "Russia and Poland" against "Russia and Belarus" is).
    """
    ours = _sides(claim, claim_language)
    if not ours:
        return None
    theirs: dict[str, dict[str, str]] = {}
    for text, language in entry:
        for concept, sides in _sides(text, language).items():
            for side, word in sides.items():
                theirs.setdefault(concept, {}).setdefault(side, word)
    for concept, sides in ours.items():
        other = theirs.get(concept, {})
        new = [word for side, word in sides.items() if side not in other]
        left_out = [word for side, word in other.items() if side not in sides]
        if new and left_out:
            return f"“{new[0]}” where the entry says “{left_out[0]}”"
    return None
