"""Asides a clause carries besides its own claim: a concession before it, a relative clause
or appositive on a name, a sentence-final appositive about the event, what someone is credited
with. Each is found here; ``coordination.py`` decides what they become."""

from __future__ import annotations

from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.speakers import speaker_name
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    MAX_SUBJECT,
    WINDOW,
    Tok,
    find_phrase,
    first_predicate,
    has_content,
    match_phrase,
    span_text,
)
from claimcheck.lang import Language


def concessive_clause(toks: list[Tok], language: Language) -> tuple[list[Tok], list[Tok]] | None:
    """``Kendati X, Y`` / ``Although X, Y``: (X, Y), else None."""
    opener = match_phrase(toks, 0, language.concessives)
    if not opener:
        return None
    comma = next(
        (i for i in range(opener + 1, min(len(toks), WINDOW)) if toks[i].text == ","), None
    )
    if comma is None or comma + 2 >= len(toks):
        return None
    return toks[opener:comma], toks[comma + 1 :]


def credit_frame(toks: list[Tok], context: Context) -> tuple[list[Tok], str, str | None] | None:
    """``X thanked Y for Z`` / ``X berterima kasih kepada Y karena Z``: (Z, Y, X) or None.

    What X credits (or blames) Y with is a claim about Y, asserted by X.
    """
    language = context.language
    found = find_phrase(toks, 0, MAX_SUBJECT, language.credit_phrases)
    if found is None:
        return None
    index, length = found
    start = index + length
    linker = next(
        (
            k
            for k in range(start, min(len(toks), start + MAX_SPEAKER))
            if toks[k].low in language.credit_linkers
        ),
        None,
    )
    if linker is None or linker == start or linker + 2 >= len(toks):
        return None
    beneficiary = toks[start:linker]
    if not beneficiary[0].is_capitalized:
        return None
    credited_by = speaker_name(toks[:index], context) if index else None
    return toks[linker + 1 :], " ".join(t.text for t in beneficiary), credited_by


def named_relative(toks: list[Tok], language: Language) -> tuple[list[Tok], list[Tok]] | None:
    """``... X, yang C`` / ``... X, which C`` after a name X: the clause before the comma, and
    X followed by C, the author's claim about X ("the Trump Foundation, which took money" →
    "the Trump Foundation took money")."""
    for index in range(2, min(len(toks) - 2, WINDOW)):
        if toks[index].text != "," or toks[index + 1].low not in language.relativizers:
            continue
        if not toks[index - 1].is_capitalized:
            return None  # after a common noun the clause may restrict it: left whole
        name = toks[_noun_phrase_start(toks, index, language) : index]
        # "McGregor, yang merupakan petarung kidal, mungkin menyebabkan ...": the clause
        # resumes after the relative clause.
        # Only a subject's relative clause ends in its own clause's predicate; the name is one
        # when no verb comes between it and where its clause opens ("bahwa McGregor, yang").
        opens = max(
            (k for k in range(index) if toks[k].low in language.complementizers), default=-1
        )
        subject = not any(t.is_predicate for t in toks[opens + 1 : index])
        for close in range(index + 3, min(len(toks) - 1, index + WINDOW)):
            if subject and toks[close].text == "," and _resumes_clause(toks[close + 1 :], language):
                return toks[:index] + toks[close + 1 :], name + toks[index + 2 : close]
        return toks[:index], name + toks[index + 2 :]
    return None


def _noun_phrase_start(toks: list[Tok], end: int, language: Language) -> int:
    """Where the noun phrase ending at ``end`` starts: after the last verb (or "that") before
    it, or after the first preposition that follows ("diturunkan dari kata monce dalam bahasa
    Sami"), with no determiner; at most a speaker's length."""
    verb = max(
        (k for k in range(end) if toks[k].is_predicate or toks[k].low in language.complementizers),
        default=-1,
    )
    start = verb + 1
    preposition = next((k for k in range(start, end) if toks[k].low in language.prepositions), None)
    if preposition is not None:
        start = preposition + 1
    start = max(start, end - MAX_SPEAKER)
    while start < end - 1 and toks[start].low in language.determiners:
        start += 1
    return start


def _resumes_clause(rest: list[Tok], language: Language) -> bool:
    """Whether ``rest`` goes on with a clause's own predicate, maybe after an adverb ("also
    said", "mungkin menyebabkan")."""
    verb = next((i for i, t in enumerate(rest[:2]) if t.is_word and t.is_predicate), None)
    return verb is not None and all(t.low in language.adverbs for t in rest[:verb])


def final_appositive(toks: list[Tok], language: Language) -> int | None:
    """Index of the comma before a sentence-final appositive that describes the event
    (``..., sebuah kunjungan langka sejak 2019``), or None."""
    for index in range(len(toks) - 2, max(0, len(toks) - WINDOW), -1):
        tok = toks[index]
        if tok.text in ";:)]”»":
            return None
        if tok.text != ",":
            continue
        rest = toks[index + 1 :]
        if (
            rest[0].low in language.appositive_openers
            and first_predicate(rest, 0, language) is None
            and first_predicate(toks[:index], 0, language) is not None
            and has_content(rest[1:], language)
        ):
            return index
        return None
    return None


def clause_head(toks: list[Tok], language: Language) -> str:
    """The subject, first predicate and object of a clause: what an appositive describes."""
    verb = first_predicate(toks, 0, language)
    if verb is None:
        return ""
    end = verb + 1
    while end < len(toks) and end - verb <= MAX_SPEAKER and toks[end].is_word:
        tok = toks[end]
        if tok.low in language.prepositions and end + 1 < len(toks):
            if not toks[end + 1].is_capitalized:
                break
            end += 2  # "travelled to Minsk", "kunjungi ... di Minsk": the place belongs
            continue
        if tok.low in language.stopwords or tok.is_predicate:
            break
        end += 1
    return span_text(toks[:end])


def parenthetical(toks: list[Tok], context: Context) -> tuple[list[Tok], Piece] | None:
    """``NP, who C, REST`` / ``NP, yang C, REST`` / ``NP, APPOSITIVE, REST`` at the start of
    a clause: the clause without the parenthetical (NP then REST), and the parenthetical as a
    claim of its own about NP, which the author asserts ("Councilman Derek Hale, who voted
    against the plan, said ..." → "Councilman Derek Hale voted against the plan")."""
    language = context.language
    comma = next((i for i, t in enumerate(toks[: MAX_SPEAKER + 1]) if t.text == ","), None)
    if not comma or not toks[0].is_capitalized:
        return None
    head = toks[:comma]
    if head[0].low in language.prepositions or any(t.is_predicate or not t.is_word for t in head):
        return None  # "In terms of the last one, ...": an adverbial, not a subject
    opener = head[0].low
    if opener in language.stopwords and opener not in language.determiners:
        return None  # "We call that X, although, ...", "If elected president, I will ..."
    close = next(
        (
            i
            for i in range(comma + 2, min(len(toks), comma + 2 + WINDOW // 2))
            if toks[i].text == ","
        ),
        None,
    )
    if close is None:
        return None
    inner, rest = toks[comma + 1 : close], toks[close + 1 :]
    if not _resumes_clause(rest, language):
        return None
    named = span_text(_without_title(head, language))
    if inner[0].low in language.relativizers:
        claim = Piece(toks=inner[1:], prefix=named)
    elif (
        not any(t.is_predicate for t in inner)
        and (inner[0].low not in language.stopwords or inner[0].low in language.determiners)
        and len(inner) <= MAX_SPEAKER
        and all(t.is_word for t in inner)
        and has_content(inner, language)
        # "Sang pemain keyboard, Jordan Rudess,": a name after its label only names it.
        and not all(t.is_capitalized for t in inner)
    ):
        claim = Piece(toks=inner, prefix=f"{named} {language.copula}")
    else:
        return None
    return head + rest, claim


def _without_title(name: list[Tok], language: Language) -> list[Tok]:
    """The person in "Wali Kota Surabaya Dimas Prasetyo", "Councilman Derek Hale": the last
    two words after a title (one when only one follows it), as a reader names them."""
    if len(name) < 2 or name[0].low not in language.titles:
        return name
    return name[-2:] if len(name) > 2 else name[-1:]


def without_dashed_aside(toks: list[Tok], language: Language) -> list[Tok]:
    """The clause without an aside between dashes that it resumes after: "our consulate – the
    symbol of American prestige – was brought down in flames"."""
    dashes = [
        i for i in range(1, min(len(toks), WINDOW)) if toks[i].text in "–—-" and _is_dash(toks, i)
    ]
    for open_, close in zip(dashes, dashes[1:]):  # noqa: B905 - pairs of neighbours
        end = close + 2 if toks[close].text == "-" else close + 1  # "--" is two tokens
        if close > open_ + 2 and _resumes_clause(toks[end:], language):
            return toks[:open_] + toks[end:]
    return toks


def _is_dash(toks: list[Tok], index: int) -> bool:
    text = toks[index].text
    if text in "–—":
        return True
    # "--" opens (its first "-") or closes (its first "-") an aside; its second "-" is neither.
    return text == "-" and index + 1 < len(toks) and toks[index + 1].text == "-"


def reason_clause(toks: list[Tok], language: Language) -> int | None:
    """Index of ``karena`` / ``because`` opening a clause that gives the reason for the one
    before it, each a fact of its own ("belum ditahan karena masih menjalani pemeriksaan");
    None when the clause before it only speculates, as the reason is then part of that."""
    for index in range(2, min(len(toks) - 2, WINDOW)):
        if toks[index].low not in language.causal_subordinators:
            continue
        if not any(t.is_predicate for t in toks[:index]):
            return None
        if find_phrase(toks, 0, index, language.hedges) is not None:
            return None
        if find_phrase(toks, 0, index, language.credit_phrases) is not None:
            return None  # "berterima kasih kepada Putin karena ...": what he is thanked for
        after = index + 1
        while after < len(toks) and toks[after].low in language.adverbs:
            after += 1
        clause = first_predicate(toks, after, language)
        return index if clause is not None and clause - after <= 4 else None
    return None
