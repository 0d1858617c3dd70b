"""A piece of a sentence becomes a claim: its exact source span and text, what it carries
(a subject, a verb, a part of a count's whole), its negation and hedge, and whether it states
anything one could check at all."""

from __future__ import annotations

from claimcheck.extract import modality
from claimcheck.extract.checkable import checkable
from claimcheck.extract.counts import resolved_partitive
from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.speaker_names import as_body, person_subject
from claimcheck.extract.tokens import CLOSE_QUOTES, Tok, match_phrase, strip_openers
from claimcheck.model import Claim, Sentence

_TRIM = " \t\r\n.,;:–—-"


def _antecedent(context: Context, following: str) -> bool:
    """Whether the last sentence's subject can stand for "it" / "itu" opening this one, the
    word ``following`` after it: more than one word, not a name's, and no copula after "it"
    ("It was the first hike since 2019": an event, not the last sentence's subject)."""
    words = (context.last_subject or "").split()
    return (
        len(words) > 1
        and words[0].lower() not in context.names
        and following.lower() not in context.language.copulas
    )


def _source_text(text: str, toks: list[Tok]) -> str:
    """The source text under ``toks``, leaving out what lies between tokens that were not
    neighbours in the sentence ("Hale, who voted against the plan, called ..." → "Hale
    called ...")."""
    if toks[-1].index - toks[0].index == len(toks) - 1:
        return text[toks[0].start : toks[-1].end]
    runs = []
    run_start = toks[0]
    for previous, tok in zip(toks, toks[1:]):  # noqa: B905 - lengths differ by one
        if tok.index != previous.index + 1:
            runs.append(text[run_start.start : previous.end])
            run_start = tok
    runs.append(text[run_start.start : toks[-1].end])
    return " ".join(runs)


def claim_from_piece(
    text: str, sentence: Sentence, piece: Piece, context: Context, scope: list[Tok]
) -> Claim | None:
    """The claim a piece of ``sentence`` (in document ``text``) states: its exact span and text
    (the carried subject or verb put before it, a pronoun resolved), its speaker, negation and
    hedge (read in ``scope``, the tokens around it); ``None`` when it states nothing one could
    check."""
    language = context.language
    toks = piece.toks
    while toks and (toks[-1].text in _TRIM or toks[-1].text in CLOSE_QUOTES + ")]"):
        if toks[-1].text in ")]" and any(t.text in "([" for t in toks):
            break
        closes = len(toks) > 1 and toks[-2].is_word  # not '... the little guy."'
        if closes and toks[-1].text == '"' and sum(t.text == '"' for t in toks) % 2 == 0:
            break  # 'adalah "Citius, Altius, Fortius"': the quote closes
        if closes and toks[-1].text == "”" and any(t.text == "“" for t in toks):
            break
        toks = toks[:-1]
    while toks and toks[0].text in _TRIM:
        toks = toks[1:]
    if not toks:
        return None
    toks = strip_openers(toks, language) or toks
    if not piece.prefix and (
        match_phrase(toks, 0, language.opinion_openers)
        or (context.first_person and modality.intention(toks, language))
    ):
        return None  # "Saya yakin tim kita bisa juara", "I want to": nothing to check
    if not language.deontic_modals.isdisjoint(context.lows) and not (
        language.deontic_modals.isdisjoint([t.low for t in toks])
    ):
        return None  # "the press should be ashamed": what ought to be, not what is
    start, end = toks[0].start, toks[-1].end
    body = _source_text(text, toks)
    # An opening quote without its closer (or the reverse) is dropped from the text.
    if body.count("“") != body.count("”"):
        body = body.replace("“", "").replace("”", "")
    words = [t for t in toks if t.is_word]
    first = words[0] if words else None
    # In a direct quote, "he" is someone the speaker talks about (they would say "I").
    if first is not None and not piece.prefix and not piece.quoted:
        anaphor = match_phrase(toks, 0, language.anaphors)
        # "he" is who says it when that is a name, else the last named person; in "The
        # governor has not signed the bill, and a spokesman said she may veto it" it is the
        # person the sentence opened with (a title names a person: "The governor").
        name = context.last_person if piece.speaker is None else piece.speaker
        if (
            first.low in language.singular_pronouns
            and name
            and name[0].isupper()
            and name.split()[0].lower() not in language.stopwords
            and len(words) > 1
        ):
            body = name + body[len(first.text) :]
        elif (
            first.low in language.singular_pronouns
            and len(words) > 1
            and toks[0].start > sentence.start
            and (person := person_subject(context.sentence_toks, language))
        ):
            body = person + body[len(first.text) :]
        elif (
            anaphor
            and toks[0].start == sentence.start
            and _antecedent(context, toks[anaphor].low if anaphor < len(toks) else "")
        ):
            cut = toks[anaphor - 1].end - start
            body = context.last_subject + body[cut:]
    prefix = piece.prefix
    opening, _, after = prefix.partition(" ")
    if (
        opening.lower() in language.anaphors
        and not piece.quoted
        and context.sentence_toks
        and context.sentence_toks[0].text == opening
        and _antecedent(context, after.split(" ", 1)[0])
    ):
        # "It will pay for 30 graduate students and a new acoustics lab": the carried "It"
        # is the one the sentence opens with, resolved alike
        prefix = context.last_subject + prefix[len(opening) :]
    if language.partitive_wholes:
        body = resolved_partitive(body, toks, context.sentence_toks, language)
    claim_text = " ".join(x for x in (prefix, body, piece.suffix) if x)
    claim_text = as_body(claim_text.strip(_TRIM), piece, context)
    raw_words = [w for w in (w.strip(modality.PUNCT) for w in claim_text.split()) if w]
    all_words = [w.lower() for w in raw_words]
    quoted = '"' in claim_text or "“" in claim_text
    predicate = piece.verb_phrase or piece.carried_verb
    if not checkable(raw_words, all_words, words, context, sentence, quoted, predicate):
        return None
    negated = piece.negated
    if not language.negators.isdisjoint(all_words):
        carried = f"{piece.prefix} {piece.suffix}".lower().split()
        negated = (
            modality.negated(toks, language) or modality.negated_words(carried, language)
        ) != negated
    # A month is no hedge ("in May"); months are rare, so they are looked for only once a
    # hedge is found.
    hedge_words = modality.hedge_words(language)
    # Most sentences have no hedge at all: nothing of the claim or before it can hedge.
    maybe = not (hedge_words[2].isdisjoint(context.lows) and hedge_words[2].isdisjoint(all_words))
    hedged = (
        maybe
        and modality.hedged(all_words, language)
        and modality.hedged(
            modality.hedge_candidates(modality.hedge_scope(piece, toks, language), language),
            language,
        )
    )
    if maybe and not hedged and not piece.own_clause:
        before = [t for t in scope if t.start < start and t.is_word]
        hedged = modality.hedged([t.low for t in before], language) and modality.hedged(
            modality.hedge_candidates(
                modality.hedge_scope(Piece(toks=before), before, language), language
            ),
            language,
        )
    return Claim(
        text=claim_text,
        start=start,
        end=end,
        sentence=sentence.text,
        lang=language.code,
        speaker=piece.speaker,
        negated=negated,
        hedged=hedged,
    )
