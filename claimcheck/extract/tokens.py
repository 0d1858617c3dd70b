"""Tokens of a sentence and what each one is: a word, a predicate, part of a known phrase."""

from __future__ import annotations

import re

from claimcheck.extract.limits import MAX_SPEAKER, MAX_SUBJECT, WINDOW
from claimcheck.extract.verb_forms import (
    inflected_verb,
    named_subject,
    plural_present,
    reporting_verb,
)
from claimcheck.lang import Language

# Words (with inner hyphens, periods, commas, apostrophes: S-400, 2,5, 1.500, doesn't) or
# single punctuation marks. No nested quantifier can backtrack.
TOKEN = re.compile(r"\w+(?:[-.,'’]\w+)*|[^\w\s]")
OPEN_QUOTES = '“‘«"'
CLOSE_QUOTES = '”’»"'
CURRENCY_SIGNS = "$€£¥"


class Tok:
    """A token: its span in the document, its text, its lower-case form, its position in its
    sentence and whether it heads a predicate there. Only ``tokens`` makes them, filling the
    slots directly: a 1 MB article has 200,000 tokens, and an ``__init__`` call each would
    cost more than a tenth of extraction."""

    __slots__ = (
        "start",
        "end",
        "text",
        "low",
        "index",
        "is_word",
        "is_capitalized",
        "is_predicate",
    )


# What a word is wherever it stands: (lower case, is a word, capitalised, a predicate by itself,
# whether its context may make it a predicate: 0 no, 1 an "-s" form of a known verb, 2 a
# reporting verb that is a noun as well, 3 a verb that may describe the noun before it, 4 a
# verb that is a preposition before a time, 5 a verb's base form, a predicate after a plural
# subject).
_Word = tuple[str, bool, bool, bool, int]
_INFLECTED, _REPORTING, _ATTRIBUTIVE, _ONSET, _BASE_FORM = range(1, 6)
# Per language, each word as written → what it is; news repeats its words, so most tokens
# cost one lookup.
_WORDS: dict[str, dict[str, _Word]] = {}


def tokens(text: str, start: int, end: int, language: Language) -> list[Tok]:
    """The tokens of ``text[start:end]``, each marked as a predicate or not in its context."""
    known = _WORDS.setdefault(language.code, {})
    toks: list[Tok] = []
    append = toks.append
    make = Tok.__new__
    verb_forms = []
    homographs = []
    for index, match in enumerate(TOKEN.finditer(text, start, end)):
        word = match.group()
        info = known.get(word)
        if info is None:
            info = known[word] = _word_info(word, language)
        if info[4]:
            (verb_forms if info[4] == 1 else homographs).append((index, info[4]))
        tok = make(Tok)
        tok.start, tok.end = match.span()
        tok.text = word
        tok.index = index
        tok.low, tok.is_word, tok.is_capitalized, tok.is_predicate, _ = info
        if info[2] and info[3] and index and toks[-1].is_capitalized and toks[-1].is_word:
            # Inside a capitalised name a verb is a word of the name: "Dinas Lingkungan
            # Hidup", "Badan Usaha Milik Negara".
            tok.is_predicate = False
        elif info[2] and info[3] and index and info[0] in language.months:
            tok.is_predicate = False  # "in May": the month, not the modal
        elif info[2] and info[3] and index and toks[-1].low in language.determiners:
            tok.is_predicate = False  # "the Falls campground": a name's word
        append(tok)
    for index, _ in verb_forms:
        if inflected_verb(toks, index, language):
            toks[index].is_predicate = True
    for index, kind in homographs:  # after the verbs, which may make them nouns
        if kind == _ATTRIBUTIVE:
            # "dua cucu bernama Ewa": after a common noun it describes the noun.
            previous = toks[index - 1] if index else None
            toks[index].is_predicate = (
                previous is None
                or not previous.is_word
                or (previous.is_capitalized and not named_subject(toks, index, language))
                or previous.low in language.stopwords
                or previous.low in language.pronouns
            )
        elif kind == _ONSET:
            following = toks[index + 1] if index + 1 < len(toks) else None
            toks[index].is_predicate = following is not None and not (
                following.low[0].isdigit()
                or is_time_word(following.low, language)
                or following.low in language.prepositions
            )
        elif kind == _BASE_FORM:
            toks[index].is_predicate = plural_present(toks, index, language)
        else:  # a reporting verb that is a noun as well ("The Golden State": a name's word)
            inside_name = index and toks[index].is_capitalized and toks[index - 1].is_capitalized
            toks[index].is_predicate = not inside_name and reporting_verb(toks, index, language)
    if language.participle_suffixes:
        _participles_as_adjectives(toks, language)
    for index in range(1, len(toks) - 1):
        if toks[index].low in language.comparison_participles and toks[index - 1].text == ",":
            toks[index].is_predicate = False  # ", compared with a profit of $12 million"
    if language.idioms:
        starts = phrase_starts(language.idioms)
        for index, tok in enumerate(toks):
            if tok.low in starts and (length := match_phrase(toks, index, language.idioms)):
                tok.low = "-".join(t.low for t in toks[index : index + length])
    return toks


def _participles_as_adjectives(toks: list[Tok], language: Language) -> None:
    """A participle before a noun describes it: "a broken freezer", "found expired food"
    (after a verb that is no auxiliary), not "had expired" or "the plant closed"."""
    for index in range(1, len(toks) - 1):
        tok = toks[index]
        if not tok.is_predicate or not tok.low.endswith(("ed", "en")):
            continue
        previous, following = toks[index - 1], toks[index + 1]
        if not (
            following.is_word
            and not following.is_predicate
            and following.low not in language.stopwords
            and not following.is_capitalized
        ):
            continue
        if previous.low in language.determiners or (
            previous.is_predicate
            and previous.low not in language.auxiliaries
            and previous.low not in language.copulas
        ):
            tok.is_predicate = False


def _word_info(word: str, language: Language) -> _Word:
    low = word.lower()
    first = word[0]
    capitalized = first.isupper()
    if low in language.reporting_nouns:
        return low, True, capitalized, False, _REPORTING
    if low in language.attributive_verbs:
        return low, True, capitalized, False, _ATTRIBUTIVE
    if low in language.onset_verbs:
        return low, True, capitalized, False, _ONSET
    predicate = _predicate(low, capitalized, language)
    if not predicate and not capitalized and low in language.verbs:
        return low, True, capitalized, False, _BASE_FORM
    verb_form = (
        _INFLECTED if not predicate and not capitalized and third_person_form(low, language) else 0
    )
    return low, first.isalnum() or first == "_", capitalized, predicate, verb_form


def read_in_lower_case(low: str, language: Language) -> int:
    """How a capitalised word reads in lower case (a headline's "Charged", "Disita"): 2 it
    heads a predicate by its form or word list, 1 it may (a verb's "-s" form), 0 it does not."""
    info = _word_info(low, language)
    if info[3]:
        return 2
    return 1 if info[4] == _INFLECTED else 0


def third_person_form(low: str, language: Language) -> bool:
    """A third-person "-s" form of a verb of ``language.verbs``: "adds", "restores"."""
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return False
    stems = (low[:-1], low[:-2], low[:-3] + "y") if low.endswith("es") else (low[:-1],)
    return any(stem in language.verbs for stem in stems)


def strip_openers(toks: list[Tok], language: Language) -> list[Tok]:
    while toks:
        while toks and not toks[0].is_word and toks[0].text not in OPEN_QUOTES:
            if len(toks) > 1 and toks[0].text in CURRENCY_SIGNS and toks[1].low[0].isdigit():
                return toks  # "$75 billion"
            toks = toks[1:]
        if not toks:
            return toks
        length = match_phrase(toks, 0, language.openers)
        if not length:
            if toks[0].low not in phrase_starts(language.comma_openers):
                return toks
            length = match_phrase(toks, 0, language.comma_openers)
            if not length or length >= len(toks) or toks[length].text != ",":
                return toks
        followed_by_comma = length < len(toks) and toks[length].text == ","
        if not (followed_by_comma or length > 1 or toks[0].low in language.clause_coordinators):
            return toks
        toks = toks[length + (1 if followed_by_comma else 0) :]
    return toks


# Phrase lists by identity (a language's tuples live as long as the process; hashing a tuple
# of strings on every lookup would cost more than the lookup), each as first word → phrases.
_PHRASE_TABLES: dict[int, tuple[tuple[str, ...], dict[str, list[tuple[str, ...]]]]] = {}


def _phrase_table(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    known = _PHRASE_TABLES.get(id(phrases))
    if known is None or known[0] is not phrases:
        table: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(phrase.split())
            table.setdefault(words[0], []).append(words)
        known = _PHRASE_TABLES[id(phrases)] = (phrases, table)
    return known[1]


def phrase_starts(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """The first words of ``phrases`` (a mapping whose keys are those words)."""
    known = _PHRASE_TABLES.get(id(phrases))
    return known[1] if known is not None and known[0] is phrases else _phrase_table(phrases)


def find_phrase(
    toks: list[Tok], start: int, stop: int, phrases: tuple[str, ...]
) -> tuple[int, int] | None:
    """The first phrase of ``phrases`` in ``toks[start:stop]``: (its index, its length)."""
    table = _phrase_table(phrases)
    for index in range(start, min(stop, len(toks))):
        if toks[index].low in table:
            length = match_phrase(toks, index, phrases)
            if length:
                return index, length
    return None


def match_phrase(toks: list[Tok], index: int, phrases: tuple[str, ...]) -> int:
    """Length in tokens of the longest phrase of ``phrases`` at ``toks[index]``, or 0."""
    if index >= len(toks):
        return 0
    known = _PHRASE_TABLES.get(id(phrases))  # inlined: this runs for most tokens
    table = known[1] if known is not None and known[0] is phrases else _phrase_table(phrases)
    candidates = table.get(toks[index].low)
    if candidates is None:
        return 0
    best = 0
    for words in candidates:
        if len(words) <= best or index + len(words) > len(toks):
            continue
        if all(toks[index + k].low == word for k, word in enumerate(words)):
            best = len(words)
    return best


def find(toks: list[Tok], text: str, start: int, stop: int) -> int | None:
    for index in range(start, min(stop, len(toks))):
        if toks[index].text == text:
            return index
    return None


def _predicate(low: str, capitalized: bool, language: Language) -> bool:
    """Whether a word marks a predicate by itself (word lists, affixes, contractions)."""
    if not (low[0].isalnum() or low[0] == "_") or low in language.non_verbs:
        return False
    if low in language.predicate_words or low in language.negators:
        return True
    if low in language.stopwords:
        return False
    if low in language.reporting_verbs or low in language.denial_verbs:
        return True
    # "that's", "we're": a contracted verb after a function word; after a noun, "'s" is the
    # possessive ("the city's finance director").
    if _contracted(low, language):
        return True
    if len(low) >= 5 and not capitalized:
        if any(low.startswith(prefix) for prefix in language.verb_prefixes) and (
            language.prefix_fits is None or language.prefix_fits(low)
        ):
            return True
        if any(low.endswith(suffix) for suffix in language.verb_suffixes):
            return True
    return False


def contracted_subject(tok: Tok, language: Language) -> bool:
    """A pronoun or function word with its verb contracted onto it: "it's", "we're"."""
    return _contracted(tok.low, language)


def _contracted(low: str, language: Language) -> bool:
    return any(
        low.endswith(clitic) and low[: -len(clitic)] in language.stopwords
        for clitic in language.verb_clitics
    )


def subject_tokens(toks: list[Tok], language: Language) -> list[Tok]:
    """Tokens before the clause's first predicate, skipping predicates inside ``yang``."""
    first = first_predicate(toks, 0, language)
    # a titled name's office may be long ("Direktur Pelacakan Aset, Pengelolaan Barang Bukti
    # dan Eksekusi (Labuksi) KPK, Hendra Wiguna, memaparkan")
    longest = 2 * MAX_SUBJECT if toks and toks[0].low in language.titles else MAX_SUBJECT
    if first is None or first == 0 or first > longest:
        return []
    subject = [t for t in toks[:first] if t.is_word or t.text in "-"]
    # "Rekaman yang disiarkan ...": a relative clause is part of the subject, but not its head.
    return subject


def _relative_that(toks: list[Tok], index: int, start: int) -> bool:
    """Whether the complementizer at ``index`` stands between a noun and a verb, so is a
    relative pronoun: "a bear that had raided trash bins was relocated" (but "said that
    prices rose", "the fact that it rose")."""
    if index <= start or index + 1 >= len(toks):
        return False
    previous = toks[index - 1]
    return previous.is_word and not previous.is_predicate and toks[index + 1].is_predicate


def first_predicate(toks: list[Tok], start: int, language: Language) -> int | None:
    in_relative = False
    relative_verb = False
    for index in range(start, min(len(toks), start + WINDOW)):
        tok = toks[index]
        if tok.low in language.relativizers or (
            tok.low in language.complementizers and _relative_that(toks, index, start)
        ):
            in_relative, relative_verb = True, False
            continue
        if not tok.is_predicate:
            if in_relative and relative_verb:
                relative_verb = False
                in_relative = "after"  # type: ignore[assignment]
            continue
        if in_relative is True:
            if relative_verb and main_after_relative(toks, index, language):
                return index
            relative_verb = True
            continue
        return index
    return None


def main_after_relative(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether a negator or auxiliary right after a relative clause's verb opens the main
    predicate: "pedagang yang direlokasi tidak dipungut biaya", "residents who were evacuated
    were not allowed", "students who transferred did not lose credits" (but not after a verb
    that takes what follows: "yang dinyatakan tidak layak", "yang mengaku tidak menerima",
    "who chose not to")."""
    tok, previous = toks[index], toks[index - 1]
    return (
        (
            tok.low in language.negators
            or tok.low in language.auxiliaries
            or tok.low in language.do_support
        )
        and previous.is_predicate
        and previous.low not in language.negators
        and previous.low not in language.auxiliaries
        and previous.low not in language.complement_verbs
    )


def has_content(toks: list[Tok], language: Language) -> bool:
    return any(t.is_word and t.low not in language.stopwords for t in toks)


def is_number(word: str, language: Language) -> bool:
    """A number in figures or in words ("1.200", "40%", "tiga", "twelve"); ``word`` lower case."""
    return word[:1].isdigit() or word in language.number_words


def is_figure(toks: list[Tok], index: int, language: Language) -> bool:
    """A number, or a currency before one ("$500", "Rp 7,4 triliun", "Rp80.000")."""
    low = toks[index].low
    if is_number(low, language):
        return True
    if (
        low[-1].isdigit()
        and any(  # "Rp80.000", written as one word
            low.startswith(sign) and is_number(low[len(sign) :], language)
            for sign in language.currencies
        )
    ):
        return True
    following = toks[index + 1].low if index + 1 < len(toks) else ""
    return (
        bool(following)
        and following[0].isdigit()
        and (not toks[index].is_word or low in language.currencies)
    )


def without_fronted_circumstances(toks: list[Tok], language: Language) -> list[Tok]:
    """``toks`` without the comma-closed place and time phrases it opens with."""
    while toks:
        first = toks[0]
        if not (first.low in language.prepositions or is_time_word(first.low, language)):
            return toks
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is None or comma + 1 >= len(toks):
            return toks
        toks = toks[comma + 1 :]
    return toks


def is_year(word: str) -> bool:
    """A year written in four figures, 1900 to 2100 ("2019")."""
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def is_time_word(word: str, language: Language) -> bool:
    """A weekday, a month or another word of a time phrase ("Senin", "pekan", "yesterday")."""
    return word in language.time_words or word in language.months


def span_text(toks: list[Tok]) -> str:
    if not toks:
        return ""
    parts = [toks[0].text]
    for previous, tok in zip(toks, toks[1:]):  # noqa: B905 - lengths differ by one
        parts.append((" " if tok.start > previous.end else "") + tok.text)
    return "".join(parts)


def without_when(toks: list[Tok], language: Language) -> list[Tok]:
    """A subject without the time phrase after it ("Gary Whitfield on Monday", "Midland
    Freightways on Wednesday") or before it ("Last week the council")."""
    end = len(toks)
    while end > 1 and (
        is_time_word(toks[end - 1].low, language)
        or toks[end - 1].low in language.attribution_trailers
    ):
        end -= 1
    start = 0
    if end > 2 and toks[0].low in language.time_deictics and is_time_word(toks[1].low, language):
        start = 2  # "Last week the council"
    elif end > 2 and is_time_word(toks[0].low, language) and toks[1].low in language.time_deictics:
        start = 2  # "Pekan lalu Pemkot"
    elif (
        end > 1
        and is_time_word(toks[0].low, language)
        and (toks[1].low in language.determiners or toks[1].is_capitalized)
    ):
        start = 1  # "Yesterday the council" (but "Day care centers")
    return toks[start:end]


def speaker_reach(first: Tok, language: Language) -> int:
    """How many words a speaker phrase opening with ``first`` may run to: a titled name with
    its office is longer than any other ("Direktur Pelacakan Aset, Pengelolaan Barang Bukti dan
    Eksekusi (Labuksi) KPK, Hendra Wiguna")."""
    return (3 if first.low in language.titles else 2) * MAX_SPEAKER


def without_title(name: list[Tok], language: Language) -> list[Tok]:
    """The person in "Wali Kota Surabaya Dimas Prasetyo", "Councilman Derek Hale": the last
    two words after a title (one when only one follows it), as a reader names them."""
    if len(name) < 2 or name[0].low not in language.titles:
        return name
    return name[-2:] if len(name) > 2 else name[-1:]


def name_start(toks: list[Tok]) -> int:
    """Where the capitalised run that ends ``toks`` starts ("county broadband coordinator
    Rachel Okafor" → at "Rachel"); ``len(toks)`` when the last token is not capitalised."""
    start = len(toks)
    while start > 0 and toks[start - 1].is_capitalized:
        start -= 1
    return start
