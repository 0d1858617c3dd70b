"""What follows a coordinator or a comma when it is a verb phrase without a subject of its
own ("and in 2019 opened a second plant", "…, hire 300 workers", "to fund repairs"), and
the verb tests those checks share (a passive, a verb before, a modal before)."""

from __future__ import annotations

from claimcheck.extract.tokens import Tok, is_number, is_time_word
from claimcheck.lang import Language

# The longest object between a verb and its infinitive: "ordered Blue Ridge Timber Co. to".
_INFINITIVE_OBJECT = 6


def passive(toks: list[Tok], verb: int, language: Language) -> bool:
    """A passive verb: "ditangkap", "was arrested"."""
    if toks[verb].low.startswith(language.passive_prefixes or ("\0",)):
        return True
    return verb > 0 and toks[verb - 1].low in language.passive_auxiliaries


def verb_before(toks: list[Tok], index: int, language: Language) -> bool:
    """A verb right before ``toks[index]``; after a number it is a noun ("tiga tersangka")."""
    previous = toks[index - 1]
    if not previous.is_predicate or index < 2:
        return previous.is_predicate
    return not is_number(toks[index - 2].low, language)


def verb_after_adverbs(toks: list[Tok], start: int, language: Language, reach: int = 1) -> bool:
    """A verb phrase opening with adverbs (at least ``reach`` of them; negators count): "dan
    hanya mengirim perwakilan", "; never received a call"."""
    index = start
    while (
        index < len(toks)
        and index - start < 3
        and (
            toks[index].low in language.adverbs
            or (not reach and toks[index].low in language.negators)
        )
    ):
        index += 1
    if start + reach <= index < len(toks) and toks[index].is_predicate:
        return True
    # "and still has a backlog", "and now had 200 workers": the auxiliary the adverbs went
    # through is the verb itself
    last = index - 1
    return (
        start + reach <= last and toks[last].is_predicate and toks[last].low in language.auxiliaries
    )


def after_modal(toks: list[Tok], index: int, language: Language) -> bool:
    """A base-form verb right after a modal: "will fund", "could delay"."""
    return (
        index > 0
        and toks[index - 1].low in language.modals
        and toks[index].is_word
        and toks[index].low not in language.stopwords
        and toks[index].low not in language.adverbs
        and not toks[index].low[0].isdigit()
    )


def bare_verb_phrase(toks: list[Tok], first: int, start: int, language: Language) -> bool:
    """A second verb phrase in the base form after a modal ("will hire 18 drivers and extend
    service"): the clause's verb phrase opens with a modal and a base-form verb, and the word
    at ``start`` is a verb taking an object (a preposition after it makes it a noun: "training
    and support for ...")."""
    modal = first
    while modal < start and toks[modal].low in language.auxiliaries:
        modal += 1
    return (
        modal > first
        and toks[first].low in language.modals
        and after_modal(toks, modal, language)
        and toks[start].low in language.verbs
        and not toks[start].is_capitalized  # "and Grant Avenue will stay closed": a name
        and start + 1 < len(toks)
        and toks[start + 1].is_word
        and toks[start + 1].low not in language.prepositions
        and toks[start + 1].low not in language.clause_coordinators
    )


def infinitive_after(toks: list[Tok], verb: int, stop: int, language: Language) -> int | None:
    """Where "to" opens the infinitive the verb at ``verb`` takes, before ``stop``: right after
    it ("plans to close") or after its object ("ordered the app to refund", "urged Congress
    to act"), then followed by a verb."""
    marker = verb + 1
    if not (language.infinitive_marker and marker + 1 < stop):
        return None
    if toks[marker].low == language.infinitive_marker:
        return marker if toks[marker + 1].is_word else None
    while marker + 1 < min(stop, verb + _INFINITIVE_OBJECT + 2):
        tok = toks[marker]
        if tok.low == language.infinitive_marker:
            return marker if _bare_verb(toks[marker + 1], language) else None
        abbreviation = tok.text == "." and toks[marker - 1].is_capitalized  # "Timber Co."
        if (
            not (tok.is_word or abbreviation)
            or tok.is_predicate
            or tok.low in language.prepositions
        ):
            return None
        marker += 1
    return None


def _bare_verb(tok: Tok, language: Language) -> bool:
    """A verb in the base form, as far as its form tells: "refund", not "players" or "the"."""
    if tok.low in language.verbs:
        return True
    return (
        tok.is_word
        and not tok.is_capitalized
        and not tok.low[0].isdigit()
        and tok.low not in language.stopwords
        and not tok.low.endswith(language.plural_suffixes or ("\0",))
    )


def infinitive_verb_phrase(toks: list[Tok], first: int, start: int, language: Language) -> bool:
    """A second verb phrase in the base form under one infinitive ("ordered the app to refund
    $415,000 and block Michigan users")."""
    verb = first
    while verb < start and toks[verb].low in language.auxiliaries:
        verb += 1
    # the clause's first verb phrase, or the latest one ("fined X and ordered the app to …")
    latest = max((k for k in range(first, start) if toks[k].is_predicate), default=verb)
    return (
        any(infinitive_after(toks, k, start, language) is not None for k in {verb, latest})
        and toks[start].low in language.verbs
        and start + 1 < len(toks)
        and toks[start + 1].is_word
        and toks[start + 1].low not in language.prepositions
        and toks[start + 1].low not in language.clause_coordinators
    )


def dated_verb_phrase(toks: list[Tok], start: int, language: Language) -> bool:
    """A verb phrase after a time phrase, its subject dropped: "dan pada tahun 2005 memiliki
    penduduk 73.438 jiwa", "and in 2019 opened a second plant", "dan tahun ini diperkirakan
    tumbuh 35 persen"."""
    first = toks[start]
    deictic = (  # "last year", "this month"
        first.low in language.time_deictics
        and start + 1 < len(toks)
        and is_time(toks[start + 1], language)
    )
    if (
        first.low not in language.prepositions
        and first.low not in language.time_prepositions  # "sepanjang tahun ini"
        and not is_time(first, language)
        and not deictic
    ):
        return False
    for index in range(start + 1, min(len(toks), start + 5)):
        tok = toks[index]
        if tok.is_predicate:
            return index > start + 1
        if not (is_time(tok, language) or tok.low in language.time_deictics):
            return False
    return False


def without_period(subject: list[Tok], language: Language) -> list[Tok]:
    """A subject without the period it ends with ("Nilai transaksi … pada Januari hingga Juni
    2026", "Ekspor nonmigas pada kuartal I 2026"): what a later verb phrase with a time phrase
    of its own carries. The period opens with a preposition of time (not of place) and names
    a time."""
    for cut in range(1, len(subject)):
        low = subject[cut].low
        if (
            low in language.time_prepositions
            and low not in language.place_prepositions
            and any(is_time(t, language) for t in subject[cut + 1 :])
        ):
            return subject[:cut]
    return subject


def is_time(tok: Tok, language: Language) -> bool:
    return tok.low[0].isdigit() or is_time_word(tok.low, language)


def serial_bare_verb(toks: list[Tok], first: int, start: int, language: Language) -> bool:
    """A base-form verb phrase in a comma list after a modal's: its object opens with a
    determiner, a number, a possessive or a currency ("hire 300 workers", "open a clinic")."""
    if start + 1 >= len(toks) or not bare_verb_phrase(toks, first, start, language):
        return False
    opener = toks[start + 1]
    return (
        opener.low in language.determiners
        or is_number(opener.low, language)
        or opener.low in language.currencies
        or opener.low in language.object_pronouns
        or not opener.is_word
        # a bare plural ("hire workers, open clinics"), not "fire service"
        or (opener.low.endswith("s") and not opener.low.endswith("ss"))
    )
