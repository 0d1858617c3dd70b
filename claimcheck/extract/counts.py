"""Parts of a count: "41 di antaranya", "nine of them", "sebagian besar". Where one opens a
clause of its own ("312 kasus, 41 di antaranya dialami …"), and which whole it names ("41 di
antara 312 kasus itu")."""

from __future__ import annotations

import re

from claimcheck.extract.pieces import Piece
from claimcheck.extract.tokens import (
    Tok,
    is_figure,
    is_number,
    is_time_word,
    match_phrase,
    span_text,
)
from claimcheck.lang import Language


def counted_part(toks: list[Tok], start: int, language: Language) -> bool:
    """Whether a part of a count opens a clause at ``start``: a figure with a partitive ("41
    di antaranya dialami", "three of them were") or a share, with one or not ("sebagian besar
    diduga berumur", "most were"), then a predicate."""
    index = start
    if index < len(toks) and is_figure(toks, index, language):
        index += 1
        share = False
    else:
        share = True
        index += match_phrase(toks, index, language.shares)
        if index == start:
            return False
    partitive = match_phrase(toks, index, language.partitives)
    if not (partitive or share):
        return False
    index += partitive
    while index < len(toks) and toks[index].low in language.adverbs:
        index += 1
    return index < len(toks) and toks[index].is_predicate


def resolved_partitive(body: str, toks: list[Tok], sentence: list[Tok], language: Language) -> str:
    """``dan 19 di antaranya meninggal dunia`` → ``19 di antara 2.418 warga itu meninggal
    dunia``: the whole a partitive pronoun points to is the counted thing nearest before it in
    its sentence (a number and the noun after it; not a date)."""
    lower = body.lower()
    for phrase, template in language.partitive_wholes.items():
        if phrase not in lower:
            continue  # most claims
        found = re.search(rf"\b{re.escape(phrase)}", body, re.IGNORECASE)
        if found is None:
            continue
        counted = body[: found.start()].split()[-2:]  # "nine", "tiga pasien", "30 persen"
        if not any(is_number(word.lower(), language) for word in counted):
            continue  # "some of them": no count of a whole
        # the counted things named last before the count ("seized 8 guns and arrested 3 men,
        # two of them …": the men), not the count itself
        words = phrase.split()
        at = next(
            (
                j
                for j in range(1, len(toks) - len(words) + 1)
                if [t.low for t in toks[j : j + len(words)]] == words
            ),
            0,
        )
        limit = toks[at - 1].start if at else toks[0].start
        before = [t for t in sentence if t.end <= limit]
        for k in range(len(before) - 2, -1, -1):
            number, noun = before[k], before[k + 1]
            if (
                is_number(number.low, language)
                and noun.is_word
                and not noun.is_predicate
                and noun.low not in language.stopwords
                and not is_time_word(noun.low, language)
                and not noun.text.isupper()  # "10.00 WIB"
                # "di 14 kecamatan", "dari 14 sekolah": where, not the whole ("sanksi bagi
                # 17 hakim": whom it concerns, the whole)
                and (
                    k == 0
                    or before[k - 1].low not in language.prepositions
                    or before[k - 1].low in language.recipient_prepositions
                )
            ):
                # the whole noun phrase where modifiers come first: "14 child care centers"
                end = k + 2
                while (
                    language.modifiers_precede_head
                    and end < len(before)
                    and end - k <= 4
                    and before[end].is_word
                    and not before[end].is_predicate
                    and not before[end].is_capitalized
                    and before[end].low not in language.stopwords
                    and before[end].low not in language.prepositions
                    and not is_time_word(before[end].low, language)
                ):
                    end += 1
                # ... up to its plural head: "14 child care centers", not "200 workers last"
                heads = [
                    e
                    for e in range(k + 1, end)
                    if before[e].low.endswith(language.plural_suffixes or ("\0",))
                ]
                end = heads[-1] + 1 if heads else k + 2
                if before[k].start >= toks[0].start:
                    return body  # "arrested 3 men, two of them teenagers": named in the claim
                whole = template.format(span_text(before[k:end]))
                return body[: found.start()] + whole + body[found.end() :]
    return body


def counted_aside(toks: list[Tok], language: Language) -> tuple[list[Tok], Piece] | None:
    """``… mendeportasi 23 warga negara asing …, 14 di antaranya warga negara Vietnam``: a part
    of the count with no verb of its own, at the clause's end (where the language needs none:
    ``Language.verbless_partitives``): the clause without it, and the part as a claim of its
    own, whose whole the claim names (``resolved_partitive``: "14 di antara 23 warga negara
    asing itu warga negara Vietnam")."""
    if not language.verbless_partitives:
        return None
    comma = next((k for k in range(len(toks) - 1, 1, -1) if toks[k].text in ",;"), None)
    if comma is None or comma + 2 >= len(toks) or not is_figure(toks, comma + 1, language):
        return None
    partitive = match_phrase(toks, comma + 2, language.partitives)
    rest = toks[comma + 2 + partitive :]
    while rest and rest[-1].text in ".!":
        rest = rest[:-1]
    if (
        not partitive
        or not rest
        or any(t.is_predicate or not t.is_word for t in rest)
        or not any(t.is_predicate for t in toks[:comma])
    ):
        return None
    return toks[:comma], Piece(toks=toks[comma + 1 :])
