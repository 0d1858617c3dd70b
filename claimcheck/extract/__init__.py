"""Atomic claims from sentences: what a careful reader would write down.

Each sentence goes through the same language-independent steps, driven by the word lists of
its :class:`~claimcheck.lang.Language` (measured by ``bench/extraction.py``):

1. Questions are not claims. Tokens are marked as predicates in context (``tokens.py``).
2. Attribution is taken off and kept as ``speaker``, titles included (``speakers.py``,
   ``trailing.py``, ``speaker_names.py``): a
   quote followed by ``kata X`` / ``X said``, a leading ``X mengatakan (bahwa)`` / ``X said
   (that)``, a leading ``menurut X,`` / ``according to X,`` and a trailing ``, lapor X`` /
   ``, X said``, maybe closed by a time or place phrase (``kata Menteri Perdagangan pada hari
   Rabu``). A quoted passage of several sentences gives a claim per sentence.
3. An aside (``asides.py``) on the subject (``Hale, who voted against the plan, said``;
   ``Nair, the city's finance director,``) or on a name (``..., yang merupakan ...``) is the
   author's claim about it, and a leading concession (``Kendati X, Y``) a claim of its own;
   the clause goes on without them.
4. A denial (``menolak klaim bahwa C``, ``Finance Director Priya Nair denied that C``) gives
   ``C`` as a negated claim.
5. Coordinated clauses and verb phrases are split, with the subject and its auxiliaries
   carried over to a verb phrase that lacks them; coordinated objects after one verb are
   split too (``menyediakan A dan B untuk C``), and so are three or more listed subjects of
   one predicate. Coordination inside one noun phrase (``street and road maintenance``), two
   coordinated subjects and restrictive ``yang`` clauses are left whole (``coordination.py``,
   with ``breaks.py``, ``conjuncts.py`` and ``objects.py``).
6. Each piece keeps its exact source span; a claim is kept only when it is checkable, with
   its negation and hedging read from its own clause (``claim.py``, ``checkable.py``,
   ``modality.py``); a
   first-person wish or proposal ("Kami berharap A dan B", "let's raise it"), thanks and an
   imperative state nothing.

Every step looks at a bounded window of tokens, so extraction is linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from claimcheck import lang as languages
from claimcheck.document import Document
from claimcheck.extract import modality
from claimcheck.extract.asides import (
    described_then_named,
    gloss,
    role_phrase,
    without_dashed_aside,
    without_vocative,
)
from claimcheck.extract.claim import claim_from_piece
from claimcheck.extract.coordination import concession, coordinated, what_else_was_said
from claimcheck.extract.descriptions import (
    embedded_participle,
    fronted_appositive,
    parenthetical,
    qualifies_clause,
)
from claimcheck.extract.headlines import headline_clauses, is_headline, mark_headline_verbs
from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.speaker_names import office, source_with_pronoun, speaker_name
from claimcheck.extract.speakers import (
    back_attribution,
    comma_name_end,
    concession_by_speaker,
    quote_with_attribution,
    reporting_clause,
    speakers_subject,
    when_and_where_end,
)
from claimcheck.extract.tokens import (
    CLOSE_QUOTES,
    MAX_SPEAKER,
    OPEN_QUOTES,
    Tok,
    find,
    match_phrase,
    name_start,
    phrase_starts,
    span_text,
    strip_openers,
    subject_tokens,
    tokens,
    without_when,
)
from claimcheck.extract.trailing import about_speaker, trailing_attribution
from claimcheck.lang import Language
from claimcheck.model import Claim, Sentence
from claimcheck.segment import split_sentences, split_span

_DASH_MARKS = frozenset("–—-")
# Beyond these sizes a sentence is not analysed further (it still yields one claim).
_MAX_TOKENS = 400
_MAX_CHARS = 20_000


def extract_claims(document: Document, language: Language) -> list[Claim]:
    """The atomic claims of ``document``, in reading order."""
    return list(iter_claims(document, language))


def iter_claims(document: Document, language: Language) -> Iterator[Claim]:
    """:func:`extract_claims`, sentence by sentence: the claims met so far can be judged
    while the rest of a long article is read."""
    text = document.text
    sentences = split_sentences(text, language)
    context = Context(language, _proper_names(text, sentences))
    # A sentence's claims wait for the next one, which may say who made them ("Hal itu
    # disampaikan Rudi di Stasiun Manggarai").
    previous: list[Claim] = []
    for sentence in sentences:
        context.language = language
        context.back_speaker = None
        claims = _sentence_claims(text, sentence, context)
        if context.back_speaker:
            for claim in previous:
                claim.speaker = claim.speaker or context.back_speaker
        yield from previous
        previous = claims
    yield from previous


# A word token that may start with a capital letter (not inside a token such as "x-Ray").
_CAPITALISED = re.compile(r"(?<!\w)(?<!\w[-.,'’])[^\W\d_a-z]\w*(?:[-.,'’]\w+)*")
_RESTARTS = frozenset(OPEN_QUOTES + ".!?")  # after these a capital starts a sentence again


def _proper_names(text: str, sentences: list[Sentence]) -> set[str]:
    """Lower-cased words written with a capital letter somewhere other than a sentence start
    (or the start of a quote): only capitalised words are looked at, so this is one fast
    regular-expression pass over the text."""
    names: set[str] = set()
    for sentence in sentences:
        start = sentence.start
        end = min(sentence.end, start + _MAX_CHARS)
        for match in _CAPITALISED.finditer(text, start, end):
            word = match.group()
            if not word[0].isupper():
                continue
            before = match.start() - 1
            while before >= start and not text[before].isalnum() and text[before] != "_":
                if text[before] in _RESTARTS:
                    break
                before -= 1
            if before >= start and (text[before].isalnum() or text[before] == "_"):
                names.add(word.lower())
    return names


def _sentence_claims(text: str, sentence: Sentence, context: Context) -> list[Claim]:
    if sentence.end - sentence.start > _MAX_CHARS:
        # Not prose (a dump, a table): one claim, judged on its opening words, no analysis.
        toks = tokens(text, sentence.start, sentence.start + _MAX_CHARS, context.language)
        context.lows = {t.low for t in toks}
        context.first_person = True
        piece = Piece(toks=toks)
        claim = claim_from_piece(text, sentence, piece, context, toks)
        if claim:
            claim.end = sentence.end
            claim.text = sentence.text
        return [claim] if claim else []
    toks = tokens(text, sentence.start, sentence.end, context.language)
    lows = {t.low for t in toks}
    code = languages.sentence_language(lows, context.language.code)
    if code != context.language.code:  # plainly in the other language: read in it
        context.language = languages.get(code)
        toks = tokens(text, sentence.start, sentence.end, context.language)
    if is_headline(toks):
        mark_headline_verbs(toks, context.language)  # "Man Charged in …": verbs in title case
    context.previous_toks = context.sentence_toks
    context.sentence_toks = toks
    context.lows = lows
    # "I want to", "we've got to": only a sentence in the first person states an intention.
    first_person = context.language.first_person
    context.first_person = not first_person.isdisjoint(lows) or any(
        w.replace("’", "'").split("'")[0] in first_person for w in lows if "'" in w or "’" in w
    )
    if not toks or _is_question(toks):
        return []
    if len(toks) > _MAX_TOKENS:
        piece = Piece(toks=toks)
        return [c for c in [claim_from_piece(text, sentence, piece, context, toks)] if c]
    continued, context.quote_speaker = context.quote_speaker, None
    quoted = quote_with_attribution(text, toks, context)
    if quoted is not None:
        (inner_start, inner_end), speaker, said_by = quoted
        claims = []
        for part in split_span(text, inner_start, inner_end, context.language):
            part_toks = tokens(text, part.start, part.end, context.language)
            if not part_toks or _is_question(part_toks):
                continue
            for piece in _clause_pieces(part_toks, speaker, context):
                piece.quoted = True
                claim = claim_from_piece(text, sentence, piece, context, part_toks)
                if claim:
                    claims.append(claim)
        if said_by:
            # "…,” said Tanya Brooks, director of the food bank, which reopened …": what the
            # author says of the speaker, and what they went on to say
            went_on, described = about_speaker(
                toks, toks.index(said_by[-1]) + 1, said_by, context.language
            )
            pieces = described + what_else_was_said(went_on, [], context, speaker, None)
            claims += [
                c for p in pieces if (c := claim_from_piece(text, sentence, p, context, toks))
            ]
        if speaker:
            context.last_person = speaker
            context.quote_speaker = speaker
        return claims
    back = None if context.language.back_references == () else back_attribution(toks, context)
    if back is not None:
        context.back_speaker, went_on = back
        pieces = what_else_was_said(went_on, [], context, context.back_speaker, None)
    else:
        # “Q1,” kata X. “Q2.”: a quote right after X's, with no speaker of its own, is X's
        speaker = continued if _whole_quote(toks) else None
        pieces = _clause_pieces(toks, speaker, context, top_level=True)
        if speaker and all(p.speaker == speaker for p in pieces):
            context.quote_speaker = speaker
            for piece in pieces:
                piece.quoted = True
    claims = []
    for piece in pieces:
        claim = claim_from_piece(text, sentence, piece, context, toks)
        if claim:
            claims.append(claim)
    return claims


def _whole_quote(toks: list[Tok]) -> bool:
    """Whether the sentence is one quoted passage: “…” (not “Operation Safe Streets” cut
    shootings …, which only opens with a quoted name)."""
    if toks[0].text not in OPEN_QUOTES:
        return False
    close = next((k for k, t in enumerate(toks) if k and t.text in CLOSE_QUOTES), None)
    return close is not None and all(not t.is_word for t in toks[close:])


def _is_question(toks: list[Tok]) -> bool:
    index = len(toks) - 1
    while index >= 0 and toks[index].text in CLOSE_QUOTES + ")]":
        index -= 1
    return index >= 0 and toks[index].text == "?"


def _clause_pieces(
    toks: list[Tok], speaker: str | None, context: Context, top_level: bool = False
) -> list[Piece]:
    language = context.language
    toks = strip_openers(toks, language)
    if not toks:
        return []
    if top_level:
        context.sentence_toks = toks  # "she" later in it may be who it opens with
    # Leading source phrase: "Menurut X, C" / "According to X, C".
    source = match_phrase(toks, 0, language.source_phrases)
    if source:
        # "According to a written statement from the Ohio Department of Health, …": a long
        # source, as long as no verb shows the comma is the claim's own
        comma = find(toks, ",", source, 2 * MAX_SPEAKER + source + 1)
        while (
            comma is not None
            and comma + 2 < len(toks)
            and toks[comma + 1].is_capitalized
            and toks[comma + 2].text == ","
        ):
            comma += 2  # "… in Columbus, Ohio, cases rose": a place's state is the source's
        if comma is not None and toks[source].low in language.titles:
            # "Menurut Ketua Komisi II DPR, Agus Prasetyo, kabupaten …": the name after the title
            named = comma_name_end(toks, comma, language)
            comma = named if named is not None else comma
        if comma is not None:
            # a relative clause's verb is the source's own: "Menurut data BPS yang dirilis
            # Senin (3/11), C"
            relative = next(
                (k for k in range(source + 1, comma) if toks[k].low in language.relativizers),
                comma,
            )
            if comma > MAX_SPEAKER + source and any(t.is_predicate for t in toks[source:relative]):
                comma = None
        if comma is not None:
            comma = when_and_where_end(toks, comma, language)  # ", Senin (16/11/2026), C"
        if comma is not None and comma + 1 < len(toks):
            opener = " ".join(t.low for t in toks[:source]) in language.report_openers
            if not opener or any(t.is_capitalized for t in toks[source:comma]):
                # ("Seperti diberitakan sebelumnya," names no source)
                speaker = speaker_name(toks[source:comma], context) or speaker
            toks = strip_openers(toks[comma + 1 :], language)
    elif source_with_pronoun(toks, language):
        # "Menurutnya, C": according to the person last named
        speaker = context.last_person or speaker
        toks = strip_openers(toks[2:], language)
    # Trailing attribution: "C, lapor X" / "C, according to X" / "C, X said".
    lows = context.lows
    said_next: list[Piece] = []
    trailing = None
    if top_level and not (
        language.reporting_verbs.isdisjoint(lows)
        and language.evidence_verbs.isdisjoint(lows)  # "…, a county report found"
        and phrase_starts(language.source_phrases).keys().isdisjoint(lows)
    ):
        toks, trailing, went_on, described = trailing_attribution(toks, context)
        speaker = trailing or speaker
        # "C, the company said, adding that C2": C2 is the company's too.
        said_next = described + what_else_was_said(went_on, [], context, trailing, speaker)
        if trailing and trailing.split()[0].lower() not in language.pronouns:
            context.last_person = trailing  # "…, state agronomist Paul Decker said. …, he added."
    joined = "," in lows or ";" in lows
    clauses = headline_clauses(toks) if top_level and joined else None
    if clauses is not None:
        # "Fed Holds Rates Steady, Signals Cuts Later": the first part's subject is the next's
        subject = subject_tokens(clauses[0], language)
        clauses = [
            subject + part if k and part[0].is_predicate else part for k, part in enumerate(clauses)
        ]
        pieces = [p for part in clauses for p in _clause_pieces(part, speaker, context)]
        for piece in pieces:
            piece.own_clause = True  # "Diduga Peras …, Dua Polisi Ditangkap": no hedge across
        return pieces + said_next
    # "Kendati X, Y": X is a claim too, and Y goes on alone.
    conceded = concession(toks, context, speaker)
    if conceded is not None:
        conceded_pieces, toks = conceded
    # "that wasn't the fact, Senator": an address is not part of the claim.
    toks = without_vocative(toks, language)
    if not toks:
        return (conceded_pieces if conceded else []) + said_next
    # "our consulate – the symbol of American prestige – was brought down": an aside.
    if not _DASH_MARKS.isdisjoint(lows):
        toks = without_dashed_aside(toks, language)
    # "X, who C, said ...": C is the author's claim about X; the clause goes on without it;
    # so does a description fronted before its subject ("Salah satu bentuk ..., olahraga
    # ini ...") and a gloss of a name ("Tanjung Arkona (bahasa Jerman: Kap Arkona)").
    aside = (
        parenthetical(toks, context)
        or fronted_appositive(toks, language)
        or described_then_named(toks, language)
        or ("(" in lows and gloss(toks, language))
        or ("," in lows and embedded_participle(toks, language))
        or None
    )
    if aside is not None:
        toks, aside_piece = aside
        described = aside_piece.prefix.removesuffix(f" {language.copula}")
        if described != aside_piece.prefix and not language.bodies.isdisjoint(
            t.low for t in aside_piece.toks
        ):
            context.last_body = described  # "FitCore, a Denver-based company with 41 …"
        # inside what a trailing or leading attribution reports, the aside is the speaker's
        aside_piece.speaker = aside_piece.speaker or speaker
    # "David Teo sebagai penerbit dan juga CEO MIG menganggap ...": David Teo is both.
    roles = None if language.role_markers.isdisjoint(lows) else role_phrase(toks, language)
    if roles is not None:
        toks, role_pieces = roles
    # Reporting clause: "X mengatakan (bahwa) C" / "X told reporters that C".
    reported = (
        None
        if language.reporting_verbs.isdisjoint(lows) and language.evidence_verbs.isdisjoint(lows)
        else reporting_clause(toks, context, said_after=trailing is not None)
    )
    if reported is not None and modality.proposal(reported[1], language):
        # "Secretary Clinton said let's raise it to $12": what was proposed is no claim; that
        # it was proposed is, and the author says so.
        reported = None
    speakers_own = None
    inner_aside = None
    said_of_self = None  # "Ia mengaku telah menerima uang": the speaker is the subject
    if reported is not None:
        subject, toks = reported
        set_off = next(
            (
                k
                for k in range(1, len(subject) - 1)
                if subject[k].text == "," and qualifies_clause(subject, k + 1, language)
            ),
            None,
        )
        if set_off is not None:
            subject = subject[:set_off]  # "Opponents, including the homebuilders, said": Opponents
        speaker = speaker_name(subject, context) or speaker
        if speaker and speakers_subject(toks, language):
            # who they are, as resolved ("Ia"), unless resolved to someone the sentence does
            # not name ("Perusahaan itu": the company, not its director)
            named = {t.low for t in subject if t.is_word}
            resolved = not named.issuperset(speaker.lower().split())
            pronoun = len(named) == 1 and not named.isdisjoint(language.pronouns)
            said_of_self = span_text(subject) if resolved and not pronoun else speaker
        if speaker and top_level:
            context.last_person = speaker
        # "Delaney said the change, which drew 260 parents …, would help": what the speaker
        # says of the subject, as at the start of a sentence
        inner_aside = parenthetical(toks, context, reported=True) if len(toks) > 3 else None
        if inner_aside is not None:
            toks, reported_aside = inner_aside
            reported_aside.speaker = reported_aside.speaker or speaker
        # "Okafor said C, though she declined to say …": what the speaker did, the author's
        conceded_by = concession_by_speaker(toks, language) if speaker else None
        if conceded_by is not None:
            comma, verb = conceded_by
            speakers_own = Piece(toks[verb:], prefix=speaker, own_clause=True)
            toks = toks[:comma]
    pieces = conceded_pieces if conceded else []
    if aside:
        pieces.append(aside_piece)
    if inner_aside:
        pieces.append(reported_aside)
    if roles:
        pieces.extend(role_pieces)
    if not toks:
        return pieces + said_next
    # "Warga diimbau …": advice states no fact (looked for only where its words are), nor
    # do thanks or an imperative
    advice = (
        not phrase_starts(language.advisories).keys().isdisjoint(lows)
        and modality.advisory(toks, language)
    ) or (top_level and modality.addressed(toks, language))
    found = [] if advice else coordinated(toks, context, speaker)
    if context.first_person and modality.intention(toks, language):
        # "Kami berharap A dan B": neither A nor B is stated, only wished; a relative clause
        # inside still states its fact ("the Trump Foundation, which took money ...").
        found = [p for p in found if not modality.wished(p, language)]
    if context.first_person:
        found = [p for p in found if not modality.pledge_or_feeling(p, language)]
    if said_of_self and found:
        # "akan memangkas anggaran dan menunda proyek": the auxiliary is the second act's too
        first = found[0].toks
        auxiliaries = [t.text for t in takewhile(lambda t: t.low in language.auxiliaries, first)]
        for index, piece in enumerate(found):
            if not piece.prefix and speakers_subject(piece.toks, language):
                shared = piece.toks[0].low not in language.auxiliaries and index
                piece.prefix = " ".join([said_of_self, *(auxiliaries if shared else [])])
            elif index and _contrasted(toks, piece.toks[0], language):
                # "Tersangka mengaku tidak pernah menerima uang, namun penyidik menemukan
                # bukti": what others did, set against the speaker's account, is the author's
                piece.speaker = None
    pieces.extend(found)
    if speakers_own is not None:
        pieces.append(speakers_own)
    pieces.extend(said_next)
    if top_level:
        subject = subject_tokens(toks, language)
        if subject:
            # The trailing capitalised run of the subject names a person or body when it is
            # written capitalised mid-sentence: "Alexander Lukashenko", not "Rekaman".
            run = name_start(subject)
            if office(subject[:run], language):
                run = 0  # "Port director Samuel Okoye", "Kepala Dinas … dan Transmigrasi …"
            name = subject[run:]
            # "Wheat growers in eastern Washington": a name after a preposition is not the
            # subject's head.
            inside = any(t.low in language.prepositions for t in subject[:run])
            # A sentence that names its speaker leaves them for the next one's "imbuhnya",
            # "she added" (not the subject of what they said).
            named_speaker = speaker and speaker.split()[0].lower() not in language.pronouns
            if (
                name
                and not inside
                and not named_speaker
                and (run > 0 or any(t.low in context.names for t in name))
            ):
                context.last_person = " ".join(t.text for t in name)
            anaphor = match_phrase(toks, 0, language.anaphors)
            # "When you come after Americans, we ...": a subordinate clause opens, no subject.
            subordinate = subject[0].low in language.subordinators
            if not anaphor and not subordinate:
                context.last_subject = " ".join(t.text for t in without_when(subject, language))
    return pieces


def _contrasted(toks: list[Tok], first: Tok, language: Language) -> bool:
    """Whether ``first`` opens a clause set against the one before it: a comma and a contrast
    word ("namun", "sementara", "but") right before it."""
    at = next((k for k, t in enumerate(toks) if t is first), None)
    return (
        at is not None
        and at >= 2
        and (
            toks[at - 1].low in language.contrast_coordinators
            or toks[at - 1].low in language.adversatives
        )
        and toks[at - 2].text == ","
    )
