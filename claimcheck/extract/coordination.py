"""Splitting a clause into atomic pieces: denials, coordinated clauses, verb phrases, objects
and lists, with a dropped subject (and its auxiliaries) carried over; asides go to
``asides.py`` first."""

from __future__ import annotations

from claimcheck.extract.asides import (
    concessive_clause,
    credit_frame,
    event_actor,
    event_phrase,
)
from claimcheck.extract.breaks import (
    DASHES,
    abandoned_at,
    clause_subject,
    comma_break_possible,
    compared,
    echo,
    elided_verb_phrase,
    elliptical,
    gapped,
    opens_clause,
    participle_clause,
    pseudo_cleft,
    restart_at,
    top_level_breaks,
)
from claimcheck.extract.conjuncts import (
    clause_cuts,
    local_subject,
    resolved_subject,
    subject_list,
    with_auxiliaries,
)
from claimcheck.extract.counts import counted_aside
from claimcheck.extract.denials import find_denial, next_statement
from claimcheck.extract.descriptions import clause_head, described_person, final_appositive
from claimcheck.extract.object_descriptions import (
    figure_appositive,
    object_appositive,
    ranking_continued,
    restated_figure,
)
from claimcheck.extract.objects import included_part, split_objects
from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.relatives import named_relative
from claimcheck.extract.speaker_names import speaker_name
from claimcheck.extract.speakers import reporting_clause
from claimcheck.extract.tokens import (
    WINDOW,
    Tok,
    first_predicate,
    is_figure,
    phrase_starts,
    span_text,
    strip_openers,
    subject_tokens,
    without_title,
)
from claimcheck.extract.verb_phrases import dated_verb_phrase, verb_after_adverbs, without_period
from claimcheck.lang import Language


def concession(
    toks: list[Tok], context: Context, speaker: str | None
) -> tuple[list[Piece], list[Tok]] | None:
    """``Kendati X, Y`` / ``Although X, Y``: (the pieces of X, Y). Both are asserted; X is a
    claim when it has a subject of its own ("gempa bumi ini berlokasi di laut", not "ada
    beberapa titik sulit")."""
    found = concessive_clause(toks, context.language)
    if found is None:
        return None
    conceded, rest = found
    has_subject = bool(subject_tokens(conceded, context.language))
    return (_split_clauses(conceded, context, speaker) if has_subject else []), rest


def coordinated(toks: list[Tok], context: Context, speaker: str | None) -> list[Piece]:
    """Split ``toks`` into atomic pieces: concessions, credits, denials, appositives,
    coordinated clauses and objects."""
    language = context.language
    lows = context.lows  # what the sentence has: constructions it lacks are not looked for
    cleft = None if language.question_words.isdisjoint(lows) else pseudo_cleft(toks, language)
    if cleft is not None:
        return coordinated(cleft, context, speaker)
    corrected = (
        None
        if language.correction_markers.isdisjoint(lows)
        else _correction(toks, context, speaker)
    )
    if corrected is not None:
        return corrected
    # "…, 14 di antaranya warga negara Vietnam": before the clause breaks, which would make it a
    # clause with no verb
    counted = counted_aside(toks, language) if "," in lows else None
    if counted is not None:
        return _clause_and_part(counted, context, speaker)
    broken = _clause_break(toks, context, speaker)
    if broken is not None:
        return broken
    cleft = _counted_cleft(toks, language) if "," in lows else None
    if cleft is not None:
        # "Baru 1.240 dari 9.000 kafe yang membayar royalti, dan LMKN akan mengirim …"
        return [
            *coordinated(toks[:cleft], context, speaker),
            *coordinated(toks[cleft + 2 :], context, speaker),
        ]
    participle = participle_clause(toks, language)
    if participle is not None:
        # "The fund earned 8.2%, beating its target": the fund beat its target
        comma, past = participle
        subject = span_text(subject_tokens(toks[:comma], language))
        if subject:
            return [
                *coordinated(toks[:comma], context, speaker),
                Piece(
                    toks=toks[comma + 2 :],
                    prefix=f"{subject} {past}",
                    speaker=speaker,
                    verb_phrase=True,
                ),
            ]
    conceded = concession(toks, context, speaker)
    if conceded is not None:
        pieces, rest = conceded
        return [*pieces, *coordinated(rest, context, speaker)]
    listed = subject_list(toks, language)
    if listed is not None:
        # "A, B and C will stay closed": A will, B will, C will
        items, verb = listed
        return [p for item in items for p in coordinated(item + toks[verb:], context, speaker)]
    event = None if language.event_subordinators.isdisjoint(lows) else event_phrase(toks, language)
    subject = event_actor(toks, event, language) if event is not None else []
    if event is not None and subject:
        # "Ryan Tate was sentenced ... after pleading guilty": Tate pleaded guilty.
        end = next(
            (
                k
                for k in range(event + 2, len(toks) - 1)
                if toks[k].text in ",;" and toks[k + 1].low in language.clause_coordinators
            ),
            len(toks),
        )
        main = coordinated(toks[:event], context, speaker)
        done = Piece(
            toks=toks[event + 1 : end],
            prefix=span_text(without_title(subject, language)),
            speaker=speaker,
            verb_phrase=True,
        )
        rest = coordinated(toks[end + 1 :], context, speaker) if end + 1 < len(toks) else []
        return [*main, done, *rest]
    if "," in lows:
        inclusions = not phrase_starts(language.inclusion_markers).keys().isdisjoint(lows)
        part = (
            (inclusions and included_part(toks, language))
            or object_appositive(toks, language)
            or figure_appositive(toks, language)
            or restated_figure(toks, language)
        )
        if part:
            return _clause_and_part(part, context, speaker)
        ranked = (
            None
            if phrase_starts(language.ranking_continuations).keys().isdisjoint(lows)
            else ranking_continued(toks, language)
        )
        if ranked is not None:
            # "… 118 kasus, disusul Kecamatan Gubug sebanyak 76 kasus dan …": one claim each
            clause, items = ranked
            for item in items:
                item.speaker = speaker
            return [*coordinated(clause, context, speaker), *items]
    relative = (
        None
        if language.relativizers.isdisjoint(lows)
        else named_relative(toks, language, context.names)
    )
    if relative is not None:
        main, described = relative
        # The claim about the name may describe another name in turn ('kepala bidang dari
        # "Steering Group", yang bertugas ...'); inside what a speaker reports, it is theirs.
        about = coordinated(described, context, speaker)
        for piece in about:
            piece.own_clause = True  # "will reopen the station, which closed in 2019": no hedge
        return [*coordinated(main, context, speaker), *about]
    comma = (
        None if language.appositive_openers.isdisjoint(lows) else final_appositive(toks, language)
    )
    if comma is not None:
        main = coordinated(toks[:comma], context, speaker)
        person = described_person(toks, comma, language)
        head = (
            f"{person} {language.copula}" if person else clause_head(toks[:comma], language) + ","
        )
        return [*main, Piece(toks=toks[comma + 1 :], prefix=head, speaker=speaker)]
    credit = (
        None
        if phrase_starts(language.credit_phrases).keys().isdisjoint(lows)
        else credit_frame(toks, context)
    )
    if credit is not None:
        credited, beneficiary, credited_by = credit
        speaker = speaker or credited_by
        gerund = credited[0].low.endswith(language.object_verb_suffixes or ("\0",))
        if gerund and first_predicate(credited, 0, language) is None:
            pieces = split_objects(credited, 0, context, speaker)  # "for supplying A and B"
        else:
            pieces = _split_clauses(credited, context, speaker)
        for piece in pieces:
            piece.prefix = " ".join(part for part in (beneficiary, piece.prefix) if part)
        return pieces
    # Denial: "... menolak klaim bahwa C" / "denied (claims) that C".
    denial = None if language.denial_verbs.isdisjoint(lows) else find_denial(toks, context)
    if denial is not None:
        pieces = []
        if denial.clause_before:
            pieces.extend(coordinated(denial.before, context, speaker))
        denied = toks[denial.complement + 1 :]
        then = next_statement(denied, language)
        for piece in coordinated(denied[:then], context, denial.denier or speaker):
            piece.negated = not piece.negated
            # "the city will install panels, but he denied that C": the hedge is the other
            # clause's
            piece.own_clause = piece.own_clause or denial.clause_before
            if denial.actor and not piece.prefix:
                piece.prefix = denial.actor
            pieces.append(piece)
        if then < len(denied):
            pieces.extend(
                what_else_was_said(
                    denied[then + 1 :], denial.before, context, denial.denier, speaker
                )
            )
        return pieces
    # "The company cut 200 jobs, saying demand had fallen": what it said is its claim.
    said = (
        None
        if language.reporting_participles.isdisjoint(lows)
        else next_statement(toks, language, verb_phrases=False)
    )
    if said is not None and said < len(toks):
        main = toks[:said]
        subject = subject_tokens(main, language)
        reporter = speaker_name(subject, context) if subject else None
        return [
            *_split_clauses(main, context, speaker),
            *what_else_was_said(toks[said + 1 :], main, context, reporter, speaker),
        ]
    return _split_clauses(toks, context, speaker)


def _clause_and_part(
    found: tuple[list[Tok], Piece], context: Context, speaker: str | None
) -> list[Piece]:
    """The clause's own pieces, then the piece for what a part of it says (an appositive, a
    figure's comparison or restatement, a part of a count): inside what a speaker reports,
    theirs."""
    main, part = found
    part.speaker = speaker
    return [*coordinated(main, context, speaker), part]


def _correction(toks: list[Tok], context: Context, speaker: str | None) -> list[Piece] | None:
    """``X bukan A, melainkan B``: X is not A (a negated claim), and X is B, with what B
    shares carried over ("penundaan itu bukan disebabkan kerusakan landasan pacu, melainkan
    cuaca buruk" → "penundaan itu disebabkan cuaca buruk"); ``None`` when B is a clause of its
    own or nothing before it is negated that way."""
    language = context.language
    for comma in range(2, len(toks) - 2):
        if toks[comma].text != "," or toks[comma + 1].low not in language.correction_markers:
            continue
        right = toks[comma + 2 :]
        adverbial = right[0].low in language.prepositions | language.causal_subordinators
        if not adverbial and any(t.is_predicate for t in right):
            return None  # "..., tetapi harga turun": a clause, split as one
        negator = next(
            (k for k in range(comma - 1, 0, -1) if toks[k].low in language.contrastive_negators),
            None,
        )
        if negator is None:
            return None
        end = negator + 1  # the words after the negator that B shares: "disebabkan", "karena"
        while end < comma and toks[end].is_predicate:
            end += 1
        if end < comma and toks[end].low in language.prepositions:
            end += 1
            if right and right[0].low == toks[end - 1].low:
                end -= 1  # "bukan karena A, tetapi karena B": B has its own
        if end >= comma:
            return None
        shared = " ".join(
            part for part in (span_text(toks[:negator]), span_text(toks[negator + 1 : end])) if part
        )
        # The negated part stays whole: "bukan karena A" negates the reason, it gives none.
        return [
            Piece(toks=toks[:comma], speaker=speaker),
            Piece(toks=right, prefix=shared, speaker=speaker),
        ]
    return None


def what_else_was_said(
    rest: list[Tok], before: list[Tok], context: Context, denier: str | None, speaker: str | None
) -> list[Piece]:
    """The claims after a denial's object: what the denier went on to say ("saying C",
    "but acknowledged that C": C, theirs), or did ("but resigned": a claim about them)."""
    language = context.language
    while rest and (rest[0].low in language.clause_coordinators or not rest[0].is_word):
        rest = rest[1:]
    if not rest or rest[0].low in language.verdict_participles:
        return []  # ", calling them baseless": a judgement, no claim
    if rest[0].low in language.reporting_participles or rest[0].low in language.reporting_verbs:
        content = 1
        if len(rest) > 2 and rest[1].low in language.reporting_verbs and rest[1].is_predicate:
            content = 2  # "seraya menegaskan C"
        for k in range(1, min(len(rest), 6)):
            if rest[k].low in language.complementizers:
                content = k + 1
                break
        said = coordinated(rest[content:], context, denier or speaker)
    else:
        subject = span_text(before) if before and not any(t.is_predicate for t in before) else ""
        said = [Piece(toks=rest, prefix=subject, speaker=speaker, verb_phrase=True)]
    for piece in said:
        piece.own_clause = True  # "will stay closed, adding that it has never …": not hedged
    return said


def _counted_cleft(toks: list[Tok], language: Language) -> int | None:
    """Where ``N X yang VP, dan S V …`` ("Hanya 40 persen warga yang sudah divaksin, dan
    pemerintah akan menambah vaksin") goes on with a clause of its own: the comma before the
    coordinator. The counted noun and its relative clause state a fact (only 40 percent are
    vaccinated); what follows has its own subject, no relative clause before its verb."""
    relative = next(
        (k for k, t in enumerate(toks[:WINDOW]) if t.low in language.cleft_relativizers), None
    )
    if relative is None or not any(is_figure(toks, k, language) for k in range(relative)):
        return None
    if any(t.is_predicate for t in toks[:relative]):
        return None
    for comma in range(relative + 2, len(toks) - 3):
        if toks[comma].text != "," or toks[comma + 1].low not in language.clause_coordinators:
            continue
        if not any(t.is_predicate for t in toks[relative + 1 : comma]):
            return None
        rest = toks[comma + 2 :]
        verb = first_predicate(rest, 0, language)
        if verb is None or verb == 0:
            return None  # a verb phrase: the cleft's subject goes on ("…, dan akan …")
        if any(t.low in language.relativizers for t in rest[:verb]):
            return None  # "12 orang yang terluka, dan dua orang yang tewas, dibawa …"
        return comma
    return None


def _clause_break(toks: list[Tok], context: Context, speaker: str | None) -> list[Piece] | None:
    """Clauses joined by a semicolon or a dash, each a claim of its own: "Food stamp
    recipients didn't cause the crisis; recklessness on Wall Street did", "... into U.S.
    communities -- these are individuals encountered by ICE". A speaker's restart is one clause
    ("I was against -- I was against the war in Iraq"), and a fragment without a verb before
    the dash is left out ("-- 50 days -- we've already experienced ..."). After a semicolon or
    the last comma, a figure without a verb is a claim of its own with what it shares with the
    clause before it ("over $500 billion with China, $75 billion with Japan"), and so is a
    comparison (", lebih rendah dari bulan sebelumnya")."""
    language = context.language
    lows = context.lows
    if (
        ";" not in lows
        and DASHES.isdisjoint(lows)
        and ("," not in lows or not comma_break_possible(toks, language))
    ):
        return None  # no semicolon, no dash, and nothing after the last comma to take apart
    breaks = top_level_breaks(toks)
    if not breaks:
        return None
    last = breaks[-1]
    if toks[last].text not in ",;":
        # "... since Inauguration Day -- 61 percent": an echo at the end is left out first.
        right = toks[last + 2 if toks[last].text == "-" else last + 1 :]
        restart = restart_at(toks[:last], right, language)
        if restart is not None and echo(toks[restart:last], right):
            return coordinated(toks[:last], context, speaker)
    last_comma = max((i for i in breaks if toks[i].text == ","), default=-1)
    for index in breaks:
        text = toks[index].text
        if text == "," and index != last_comma:
            continue
        dash = text not in ",;"
        end = index + 2 if text == "-" else index + 1
        left = toks[:index]
        while left and (left[-1].low in language.clause_coordinators or left[-1].text in ",;"):
            left = left[:-1]  # "That's unacceptable for us, and — and it's essential"
        raw = toks[end:]
        right = raw if is_figure(raw, 0, language) else strip_openers(raw, language)
        if len(right) < 2 or not left:
            continue
        continued = raw[0].low in language.clause_coordinators  # "..., and 24% to Europe"
        if dash and not continued:
            restart = restart_at(left, right, language)
            if restart is not None:
                if echo(left[restart:], right):
                    return coordinated(left, context, speaker)  # "-- 61 percent": an echo
                return coordinated(left[:restart] + right, context, speaker)
        left_verb = any(t.is_predicate for t in left)
        if not dash and not continued:
            shared = gapped(left, right, language) or compared(left, right, language)
            # "sets aside $3.1 million for roads, up 8 percent": the figure's, not the subject's
            if shared and not (text == "," and figure_appositive(toks, language)):
                return [
                    *coordinated(left, context, speaker),
                    Piece(toks=right, prefix=shared, speaker=speaker),
                ]
        if left_verb and elliptical(right, language):
            phrase = elided_verb_phrase(left, language)
            if phrase:
                return [
                    *coordinated(left, context, speaker),
                    Piece(toks=right, suffix=phrase, speaker=speaker),
                ]
        if text == ",":
            continue  # after a comma, only a figure or a comparison is taken apart here
        if text == ";" and left_verb and verb_after_adverbs(right, 0, language, reach=0):
            # "he never spoke to Russia; never received a call": the subject carried.
            subject = span_text(clause_subject(left, language))  # a pronoun stays one
            pieces = coordinated(right, context, speaker)
            for piece in pieces:
                if subject and not piece.prefix:
                    piece.prefix = subject
            return [*coordinated(left, context, speaker), *pieces]
        if not opens_clause(right, language):
            continue
        if not left_verb:
            return coordinated(right, context, speaker)  # "-- 50 days -- we've ..."
        if left[0].low in language.prepositions and not any(t.text == "," for t in left):
            continue  # "in the debates we've had — ...": an adverbial, not a clause
        abandoned = abandoned_at(left, language)
        if abandoned is not None:
            left = left[:abandoned]  # "..., but in all — President Obama made us ..."
            if not any(t.is_predicate for t in left):
                return coordinated(right, context, speaker)
        return [*coordinated(left, context, speaker), *coordinated(right, context, speaker)]
    return None


def _split_clauses(toks: list[Tok], context: Context, speaker: str | None) -> list[Piece]:
    language = context.language
    subject = subject_tokens(toks, language)
    subject_text = resolved_subject(subject, context)
    first = first_predicate(toks, 0, language)
    if first is None:
        return [Piece(toks=toks, speaker=speaker)]
    cuts, shared = clause_cuts(toks, first, language)
    if not cuts:
        return split_objects(toks, first, context, speaker)
    pieces = []
    start = 0
    carried = ""
    own_verbs = False
    reporter = None  # who a later clause reports in its own voice
    for conjunct_start, cut, verb_phrase in [*cuts, (len(toks), len(toks), False)]:
        part = toks[start:cut]
        while part and part[-1].text in ",;":
            part = part[:-1]  # "..., a war on coal, and a failing reform, | and ..."
        # "..., and a spokesman said she may veto it": a later clause reports in its own voice,
        # and so does the clause joined to it without a comma ("said no vehicles were caught
        # but the road could stay closed").
        reported = reporting_clause(part, context) if start and not carried else None
        if start < 2 or toks[start - 2].text == ",":
            reporter = None  # a comma before the coordinator ends the report
        voice = reporter or speaker
        if reported is not None:
            said_by, content = reported
            reporter = speaker_name(said_by, context)
            pieces.extend(coordinated(content, context, reporter))
        elif (
            carried
            and subject_text
            and len(part) > 2
            and part[0].low in language.reporting_verbs
            and part[0].is_predicate
        ):
            # "X raised the alert level and said the volcano could erupt": X said it
            pieces.extend(what_else_was_said(part, [], context, subject_text, voice))
        elif (
            part
            and not language.question_words.isdisjoint(context.lows)
            and pseudo_cleft(part, language) is not None
        ):
            pieces.extend(coordinated(part, context, voice))
        elif part:
            for piece in split_objects(part, first_predicate(part, 0, language), context, voice):
                if carried:
                    # "dan menyita empat celurit serta dua gir": the verb phrase's later
                    # objects come with its verb as their prefix, and the subject before it
                    piece.prefix = f"{carried} {piece.prefix}" if piece.prefix else carried
                if cut in shared:
                    piece.suffix = span_text(toks[cut + 2 :])  # the object after the next verb
                # "… diperkirakan mencapai 71,4 persen, sedangkan target nasional 95 persen":
                # a clause with its own subject is not hedged by the one before it
                # (nor is a verb phrase with auxiliaries of its own: "could top $410 million
                # and have never before exceeded $300 million")
                piece.own_clause = piece.own_clause or (start > 0 and (not carried or own_verbs))
                pieces.append(piece)
        own = first_predicate(toks, start, language) if start else None  # this part's verb
        if own is not None and not carried and reported is None and toks[start - 2].text == ",":
            # "…, sedangkan 11 operator belum memindahkan kabelnya dan terancam sanksi": a
            # verb phrase after a clause with its own subject (set off by a comma, so no noun
            # phrase split in two) carries that subject
            later = subject_tokens(part, language)
            if later:
                subject_text, first = resolved_subject(later, context), own
        start = conjunct_start
        carried = ""
        own_verbs = conjunct_start < len(toks) and toks[conjunct_start].low in language.auxiliaries
        if verb_phrase:
            local = local_subject(part, language)
            carried_subject = subject_text
            if subject and subject_text and dated_verb_phrase(toks, conjunct_start, language):
                # "…, dan sepanjang tahun ini diperkirakan …": its own period, not the subject's
                carried_subject = resolved_subject(without_period(subject, language), context)
            carried = local or with_auxiliaries(
                carried_subject, toks, first, conjunct_start, language, -1 if own is None else own
            )
    return pieces
