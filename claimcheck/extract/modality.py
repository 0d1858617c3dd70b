"""What a claim's words do to it: negation, hedging, and wishes or proposals that state no
fact. Each reads a claim's tokens in its sentence (see ``claimcheck.extract``)."""

from __future__ import annotations

from claimcheck.extract.pieces import Piece
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    Tok,
    first_predicate,
    is_number,
    is_time_word,
    main_after_relative,
    match_phrase,
    strip_openers,
)
from claimcheck.lang import Language

PUNCT = ".,;:!?()[]“”‘’«»\"'–—-"

# A language's hedges as single words, padded phrases and first words, by the language's code.
_HEDGE_TABLES: dict[str, tuple[frozenset[str], tuple[str, ...], frozenset[str]]] = {}


def proposal(toks: list[Tok], language: Language) -> bool:
    """Reported words that propose or intend rather than state: "let's raise it to $12",
    "mari kita ...", "we want to break up the banks"."""
    toks = strip_openers(toks, language)
    return bool(match_phrase(toks, 0, language.exhortations)) or intention(toks, language)


def intention(toks: list[Tok], language: Language) -> bool:
    """The speaker's own wish or duty, not a fact: "I want to break up the banks", "we've got
    to get costs down", "kami ingin"."""
    # "Now we've got to", "At this moment, I would like to": past adverbs and an adverbial.
    comma = next((i for i, t in enumerate(toks[:MAX_SPEAKER]) if t.text == ","), None)
    start = comma + 1 if comma and not any(t.is_predicate for t in toks[:comma]) else 0
    while start < len(toks) and toks[start].low in language.adverbs:
        start += 1
    if start >= len(toks) or toks[start].low.split("'")[0].split("’")[0] not in (
        language.first_person
    ):
        return False
    return any(match_phrase(toks, k, language.intentions) for k in range(start, start + 4))


def wished(piece: Piece, language: Language) -> bool:
    """Whether a piece of a wish is the wish itself or a verb phrase its subject carries."""
    carried = piece.prefix.split()[:1]
    return intention(piece.toks, language) or (
        bool(carried) and carried[0].lower() in language.first_person
    )


def advisory(toks: list[Tok], language: Language) -> bool:
    """Advice to the public, not a fact: "Warga diimbau tetap waspada dan segera melapor …",
    "Parents with questions are encouraged to contact their child's school"."""
    verb = first_predicate(toks, 0, language)
    return verb is not None and bool(match_phrase(toks, verb, language.advisories))


def addressed(toks: list[Tok], language: Language) -> bool:
    """Words to the listener, not a fact: thanks and greetings ("Thank you all for coming
    tonight", "Terima kasih atas dukungannya") and an imperative ("Pass massive tax reform
    to create millions of new jobs": a verb's base form first, no other verb)."""
    toks = strip_openers(toks, language)
    if not toks:
        return False
    if match_phrase(toks, 0, language.courtesies):
        return True
    first = toks[0]
    return (
        len(toks) > 2
        and first.is_capitalized
        and first.low in language.verbs
        # "Close to 40 people died": a preposition or a number after it, no imperative
        and toks[1].is_word
        and toks[1].low not in language.prepositions
        and not is_number(toks[1].low, language)
        and first_predicate(toks, 0, language) is None
    )


def pledge_or_feeling(piece: Piece, language: Language) -> bool:
    """A speaker's own promise or feeling with nothing in it to look up: "We will support the
    incredible men and women of law enforcement", "Kami akan terus berjuang", "we're very
    proud of it", "I don't like the way that looks". A figure, a date, a place or a name makes
    a promise a (hedged) claim ("we will hire 40 teachers", "I will be in Flint on Sunday"),
    and keeps a feeling's fact ("I'm proud we hired 40 teachers")."""
    words = [*piece.prefix.split(), *(t.text for t in piece.toks), *piece.suffix.split()]
    lows = [w.lower().replace("’", "'") for w in words]
    start = 0
    while start < len(lows) and lows[start] in language.adverbs:
        start += 1
    if start >= len(lows):
        return False
    pronoun, _, clitic = lows[start].partition("'")
    if pronoun not in language.first_person:
        return False
    after = lows[start + 1 : start + 4]
    promised = clitic == "ll" or any(" ".join(after).startswith(f) for f in language.futures)
    if not promised:
        felt = next((k for k, low in enumerate(after) if low in language.feelings), None)
        if felt is None or not all(w[0].isalpha() for w in after[:felt]):
            return False  # "We, like many cities, have …": no feeling
        # "I'm proud that crime fell", "We're sorry the plant closed", "Kami bersyukur tidak
        # ada korban": the feeling is about a fact, which stays a claim
        if _states_a_fact(piece, lows[start + 1 + felt + 1 :], language):
            return False
    return not any(
        is_number(low, language)
        or (word[0].isupper() and low not in language.first_person)
        or is_time_word(low, language)
        for word, low in zip(words[start + 1 :], lows[start + 1 :])  # noqa: B905 - same length
    )


def _states_a_fact(piece: Piece, rest: list[str], language: Language) -> bool:
    """Whether the words after a feeling state something of their own: a complementizer, a
    negator or a verb ("that crime fell", "tidak ada korban", "the plant closed")."""
    verbs = {t.low for t in piece.toks if t.is_predicate}
    for low in rest:
        if low in language.clause_coordinators:
            return False  # "… and we are proud of them": another clause
        if low in language.complementizers or low in language.negators or low in verbs:
            return True
    return False


def negated(toks: list[Tok], language: Language) -> bool:
    """A negator in the claim's own clause: not inside a relative clause ("selera yang tak
    pernah terpuaskan", "who were not detained") or the reason after "because" / "karena"
    ("closed because it did not renew its lease"), not opening a purpose clause ("untuk
    tidak mempercayai", "not to run"), and not one that negates a phrase ("tanpa")."""
    in_relative = False
    relative_verb: int | None = None  # where the relative clause's own predicate is
    reason_until = -1  # the reason clause's end: "closed because it did not renew its lease"
    for index, tok in enumerate(toks):
        low = tok.low
        if index and low in language.causal_subordinators:
            reason_until = _reason_end(toks, index)
        if index <= reason_until:
            continue
        if low in language.relativizers:
            in_relative, relative_verb = True, None
        elif tok.text in ",;" or (in_relative and low in language.phrase_closers):
            in_relative = False
        elif in_relative and index and main_after_relative(toks, index, language):
            in_relative = False  # "pedagang yang direlokasi tidak dipungut biaya"
        elif in_relative and tok.is_predicate and low not in language.negators:
            relative_verb = index if relative_verb is None else relative_verb
        if (
            in_relative
            and low in language.negators
            and _relative_ended(toks, relative_verb, index, language)
        ):
            in_relative = False
        if not in_relative and low in language.negators and low not in language.phrase_negators:
            if _false_negation_at(toks, index, language):
                continue  # "tidak lepas dari", "not only": the idiom negates nothing
            before = toks[index - 1].low if index else ""
            after = toks[index + 1].low if index + 1 < len(toks) else ""
            if before in language.purpose_markers:
                continue  # "untuk tidak mempercayai"
            if after in language.purpose_markers and low in language.infinitive_negators:
                continue  # "decided not to run", but "nothing to do with" negates
            return True
    return False


def _relative_ended(toks: list[Tok], verb: int | None, negator: int, language: Language) -> bool:
    """Whether a negator after a relative clause's predicate and its complement opens the
    main predicate: "vaksin yang telah mengantongi izin edar sejak 2022 belum masuk program
    imunisasi" (but "yang sudah tidak berfungsi", "who were not detained", "yang rusak dan
    tidak bisa ditinggali", "yang dinyatakan tidak lulus" stay inside)."""
    before = toks[negator - 1].low
    if verb is None or (
        before in language.clause_coordinators
        # "tahun lalu": after a time word, "lalu" is one too ("last"), not "then"
        and not (before in language.time_words and toks[negator - 2].low in language.time_words)
    ):
        return False
    return any(
        t.is_word and not t.is_predicate and t.low not in language.adverbs
        for t in toks[verb + 1 : negator]
    )


def _false_negation_at(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether the negator at ``toks[index]`` opens one of the language's false negations."""
    for phrase in language.false_negations:
        parts = phrase.split()
        if [t.low for t in toks[index : index + len(parts)]] == parts:
            return True
    return False


def negated_words(words: list[str], language: Language) -> bool:
    return any(w in language.negators and w not in language.phrase_negators for w in words)


def _reason_end(toks: list[Tok], subordinator: int) -> int:
    """Where the reason clause opened by "because" / "karena" at ``subordinator`` ends: at a
    comma after which the clause goes on ("Tersangka, karena masih dirawat, belum ditahan"),
    else at the end."""
    return next((k for k in range(subordinator + 1, len(toks)) if toks[k].text == ","), len(toks))


def hedge_scope(piece: Piece, toks: list[Tok], language: Language) -> list[str]:
    """The words of a claim that may hedge it: not the verbs of a relative clause ("penyiar
    mana yang akan menjadi tuan rumah", "a deal that could collapse"), nor a reason clause,
    nor an embedded question ("belum memutuskan apakah harga BBM akan dinaikkan")."""
    words = piece.prefix.split() + piece.suffix.split()
    index = 0
    while index < len(toks):
        tok = toks[index]
        index += 1
        if index > 1 and tok.low in language.causal_subordinators:
            # "…, because they know you're going to protect them": the reason's
            index = _reason_end(toks, index - 1)
            continue
        if tok.low in language.question_complementizers:
            while index < len(toks) and toks[index].text not in ",;":
                index += 1
        elif tok.low in language.relativizers or (
            # "a contractor that will build": "that" after a noun, before a verb
            tok.low in language.complementizers
            and index > 1
            and not toks[index - 2].is_predicate
            and index < len(toks)
            and toks[index].is_predicate
        ):
            while (
                index < len(toks)
                and (
                    toks[index].is_predicate
                    or toks[index].low in language.adverbs
                    or toks[index].low in language.negators
                )
                # "pelamar yang digugurkan tidak akan dapat mendaftar": the main predicate
                and not main_after_relative(toks, index, language)
            ):
                index += 1
        elif tok.is_word:
            # an idiom is read as one word ("bakal calon", a prospective candidate: no future)
            words.append(tok.low if tok.low != tok.text.lower() else tok.text)
    return [w for w in (w.strip(PUNCT) for w in words) if w]


def hedge_candidates(words: list[str], language: Language) -> list[str]:
    """Lower-cased words that may hedge: "in May" names a month."""
    return [w.lower() for w in words if not (w[0].isupper() and w.lower() in language.months)]


def hedge_words(language: Language) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """A language's hedges: single words, padded phrases, and every word a hedge starts with
    (made once per language)."""
    known = _HEDGE_TABLES.get(language.code)
    if known is not None:
        return known
    single = frozenset(h for h in language.hedges if " " not in h)
    multi = tuple(f" {h} " for h in language.hedges if " " in h)
    starts = single | {h.split()[0] for h in (*language.hedges, *language.verb_futures)}
    table = _HEDGE_TABLES[language.code] = (single, multi, starts)
    return table


def hedged(words: list[str], language: Language) -> bool:
    single, multi, starts = hedge_words(language)
    if not single.isdisjoint(words):
        return True
    for future in language.verb_futures:
        first, *rest = future.split()
        if first not in words:
            continue
        for k, word in enumerate(words):
            after = k + 1 + len(rest)
            if (
                word == first
                and words[k + 1 : after] == rest
                and after < len(words)
                and (words[after] in language.verbs or words[after] in language.copulas)
                and words[after] not in language.places_gone_to  # "going to work", "to waste"
            ):
                return True
    if not multi or starts.isdisjoint(words):
        return False
    joined = " " + " ".join(words) + " "
    return any(hedge in joined for hedge in multi)


def follows_unknown(words: list[str], index: int, language: Language) -> bool:
    before = " " + " ".join(words[max(0, index - 3) : index]) + " "
    return any(f" {marker} " in before for marker in language.unknown_markers)
