"""Splitting a clause into atomic pieces: denials, coordinated clauses, verb phrases, objects
and lists, with a dropped subject (and its auxiliaries) carried over; asides go to
``asides.py`` first."""

from __future__ import annotations

from claimcheck.extract.asides import (
    clause_head,
    concessive_clause,
    credit_frame,
    event_phrase,
    final_appositive,
    is_dash,
    named_relative,
    reason_clause,
    without_title,
)
from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.speakers import reporting_clause, speaker_name
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    MAX_SUBJECT,
    WINDOW,
    Tok,
    contracted_subject,
    find_phrase,
    first_predicate,
    has_content,
    match_phrase,
    phrase_starts,
    span_text,
    strip_openers,
    subject_tokens,
)
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
    cleft = None if language.question_words.isdisjoint(lows) else _pseudo_cleft(toks, language)
    if cleft is not None:
        return coordinated(cleft, context, speaker)
    broken = _clause_break(toks, context, speaker)
    if broken is not None:
        return broken
    conceded = concession(toks, context, speaker)
    if conceded is not None:
        pieces, rest = conceded
        return [*pieces, *coordinated(rest, context, speaker)]
    event = None if language.event_subordinators.isdisjoint(lows) else event_phrase(toks, language)
    subject = _actor(toks, event, language) if event is not None else []
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
    cause = (
        None if language.causal_subordinators.isdisjoint(lows) else reason_clause(toks, language)
    )
    if cause is not None:
        main = coordinated(toks[:cause], context, speaker)
        reason = toks[cause + 1 :]
        if first_predicate(reason, 0, language) == 0 or reason[0].low in language.adverbs:
            reason = subject_tokens(toks[:cause], language) + reason  # its subject carried
        return [*main, *coordinated(reason, context, speaker)]
    relative = (
        None
        if language.relativizers.isdisjoint(lows)
        else named_relative(toks, language, context.names)
    )
    if relative is not None:
        main, described = relative
        # The claim about the name may describe another name in turn ('kepala bidang dari
        # "Steering Group", yang bertugas ...').
        return [*coordinated(main, context, speaker), *coordinated(described, context, None)]
    comma = (
        None if language.appositive_openers.isdisjoint(lows) else final_appositive(toks, language)
    )
    if comma is not None:
        main = coordinated(toks[:comma], context, speaker)
        head = clause_head(toks[:comma], language)
        return [*main, Piece(toks=toks[comma + 1 :], prefix=head + ",", speaker=speaker)]
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
            pieces = _split_objects(credited, 0, context, speaker)  # "for supplying A and B"
        else:
            pieces = _split_clauses(credited, context, speaker)
        for piece in pieces:
            piece.prefix = " ".join(part for part in (beneficiary, piece.prefix) if part)
        return pieces
    # Denial: "... menolak klaim bahwa C" / "denied (claims) that C".
    for index, tok in enumerate(() if language.denial_verbs.isdisjoint(lows) else toks):
        if tok.low not in language.denial_verbs:
            continue
        comp = None
        named_object = False  # "kabar", "reports": what follows may describe it
        for k in range(index + 1, min(index + _DENIAL_REACH, len(toks))):
            low = toks[k].low
            if low in language.complementizers:
                comp = k
                break
            if low in language.denial_objects:
                named_object = True
            elif not (
                low in language.stopwords
                or (named_object and toks[k].is_word)
                or low in language.time_words  # "denied Thursday that C"
            ):
                break  # "menepis kabar yang beredar di media sosial bahwa C" reads on
        if comp is None and _denied_act(toks, index, language):
            comp = index  # "denied pressuring regulators", "membantah menerima uang"
        if comp is None or comp + 1 >= len(toks):
            continue
        before = toks[:index]
        while before and (
            before[-1].low in language.clause_coordinators
            or before[-1].low in language.adverbs
            or not before[-1].is_word
        ):
            before = before[:-1]
        # "Finance Director Priya Nair denied that C": a noun phrase before the denial verb is
        # who denies; a clause there ("dia membahas X tetapi menolak") is a claim of its own.
        clause_before = any(t.is_predicate for t in before)
        denier = None
        if before and not clause_before and _speaker_length(before):
            denier = speaker_name(before, context)
        pieces = []
        if clause_before:
            pieces.extend(coordinated(before, context, speaker))
        denied = toks[comp + 1 :]
        then = _next_statement(denied, language)
        # A denied act has no subject of its own: the denier did it, or did not.
        actor = span_text(without_title(before, language)) if comp == index and denier else ""
        for piece in coordinated(denied[:then], context, denier or speaker):
            piece.negated = not piece.negated
            if actor and not piece.prefix:
                piece.prefix = actor
            pieces.append(piece)
        if then < len(denied):
            pieces.extend(what_else_was_said(denied[then + 1 :], before, context, denier, speaker))
        return pieces
    # "The company cut 200 jobs, saying demand had fallen": what it said is its claim.
    said = (
        None
        if language.reporting_participles.isdisjoint(lows)
        else _next_statement(toks, language, verb_phrases=False)
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


def _speaker_length(toks: list[Tok]) -> bool:
    """Whether a noun phrase is short enough to be who speaks: a few words, or a longer name
    of an institution or a titled person, written capitalised ("PT PLN (Persero) Unit Induk
    Distribusi Bali")."""
    words = [t for t in toks if t.is_word]
    lower = sum(not t.is_capitalized for t in words)
    return len(words) <= MAX_SPEAKER or (len(words) <= 2 * MAX_SPEAKER and lower <= 2)


def _denied_act(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether the denial verb at ``index`` takes an act, not a clause: "denied pressuring
    regulators" (a gerund), "membantah menerima uang" (a verb)."""
    if index + 1 >= len(toks) or index == 0:
        return False
    following = toks[index + 1]
    return following.is_word and (
        following.low.endswith(language.gerund_suffixes or ("\0",))
        or (following.is_predicate and following.low not in language.negators)
    )


def _next_statement(denied: list[Tok], language: Language, verb_phrases: bool = True) -> int:
    """Where a statement ends at a comma that opens what its subject said next (", saying
    …", ", seraya menegaskan …") or, with ``verb_phrases``, did next (", but acknowledged
    that …", ", namun mengakui …"); else its length."""
    depth = 0
    for index, tok in enumerate(denied[:-1]):
        if tok.text in "([“«":
            depth += 1
        elif tok.text in ")]”»" and depth:
            depth -= 1
        elif (
            verb_phrases
            and not depth
            and tok.low in language.clause_coordinators
            and denied[index + 1].low in language.reporting_verbs
            and denied[index + 1].is_predicate
        ):
            return index  # "denied C and said C2"
        elif tok.text == "," and not depth:
            following = denied[index + 1]
            if following.low in language.reporting_participles:
                return index
            if (
                verb_phrases
                and following.low in language.clause_coordinators
                and index + 2 < len(denied)
                and denied[index + 2].is_predicate
                and denied[index + 2].low not in language.negators
            ):
                return index
    return len(denied)


def what_else_was_said(
    rest: list[Tok], before: list[Tok], context: Context, denier: str | None, speaker: str | None
) -> list[Piece]:
    """The claims after a denial's object: what the denier went on to say ("saying C",
    "but acknowledged that C": C, theirs), or did ("but resigned": a claim about them)."""
    language = context.language
    while rest and (rest[0].low in language.clause_coordinators or not rest[0].is_word):
        rest = rest[1:]
    if not rest:
        return []
    if rest[0].low in language.reporting_participles or rest[0].low in language.reporting_verbs:
        content = 1
        if len(rest) > 2 and rest[1].low in language.reporting_verbs and rest[1].is_predicate:
            content = 2  # "seraya menegaskan C"
        for k in range(1, min(len(rest), 6)):
            if rest[k].low in language.complementizers:
                content = k + 1
                break
        return coordinated(rest[content:], context, denier or speaker)
    subject = span_text(before) if before and not any(t.is_predicate for t in before) else ""
    return [Piece(toks=rest, prefix=subject, speaker=speaker, verb_phrase=True)]


def _actor(toks: list[Tok], event: int, language: Language) -> list[Tok]:
    """Who does what an event phrase says: the subject of the clause before it, when it
    stands right before that clause's verb and the verb's voice is the event's ("Denmark
    won the cup after beating Indonesia"; not "the cup was won by Denmark after beating ...",
    whose subject did not beat anyone). Empty when there is none."""
    verb = first_predicate(toks, 0, language)
    if verb is None or verb >= event:
        return []
    start = max((k + 1 for k in range(verb) if toks[k].text in ",;"), default=0)
    subject = [t for t in toks[start:verb] if t.is_word or t.text in "-/"]
    if (
        not subject
        or subject[0].low in language.prepositions
        or any(t.low in language.relativizers for t in subject)
    ):
        return []  # "Untuk meningkatkan stamina ...", "penyandang diabetes yang ingin ..."
    following = toks[event + 1]
    if following.low.endswith(language.enclitic_pronoun or "\0") and language.enclitic_pronoun:
        return []  # "setelah disahkannya perjanjian": a noun
    # "dimenangkan oleh Denmark setelah mengalahkan ...": Denmark did, not the subject. (An
    # English subject does what the "-ing" phrase says in either voice: "Tate was sentenced
    # after pleading guilty".)
    prefixes = language.passive_prefixes
    if prefixes and any(
        t.is_predicate and t.low.startswith(prefixes) for t in toks[:event]
    ) != toks[event + 1].low.startswith(prefixes):
        return []
    return subject


# Words between a denial verb and its "that": the object and what describes it.
_DENIAL_REACH = 14

# How far back a restart may repeat the words it restarts ("we are going to have — we are gonna
# have"), and how many of them are compared.
_RESTART_REACH = 8
_RESTART_WORDS = 3


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
        and _DASHES.isdisjoint(lows)
        and ("," not in lows or not _comma_break_possible(toks, language))
    ):
        return None  # no semicolon, no dash, and nothing after the last comma to take apart
    breaks = _top_level_breaks(toks)
    if not breaks:
        return None
    last = breaks[-1]
    if toks[last].text not in ",;":
        # "... since Inauguration Day -- 61 percent": an echo at the end is left out first.
        right = toks[last + 2 if toks[last].text == "-" else last + 1 :]
        restart = _restart(toks[:last], right, language)
        if restart is not None and _echo(toks[restart:last], right):
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
        right = raw if _is_figure(raw, 0, language) else strip_openers(raw, language)
        if len(right) < 2 or not left:
            continue
        continued = raw[0].low in language.clause_coordinators  # "..., and 24% to Europe"
        if dash and not continued:
            restart = _restart(left, right, language)
            if restart is not None:
                if _echo(left[restart:], right):
                    return coordinated(left, context, speaker)  # "-- 61 percent": an echo
                return coordinated(left[:restart] + right, context, speaker)
        left_verb = any(t.is_predicate for t in left)
        if not dash and not continued:
            shared = _gapped(left, right, language) or _compared(left, right, language)
            if shared:
                return [
                    *coordinated(left, context, speaker),
                    Piece(toks=right, prefix=shared, speaker=speaker),
                ]
        if left_verb and _elliptical(right, language):
            phrase = _verb_phrase(left, language)
            if phrase:
                return [
                    *coordinated(left, context, speaker),
                    Piece(toks=right, suffix=phrase, speaker=speaker),
                ]
        if text == ",":
            continue  # after a comma, only a figure or a comparison is taken apart here
        if text == ";" and left_verb and _verb_after_adverbs(right, 0, language, reach=0):
            # "he never spoke to Russia; never received a call": the subject carried.
            subject = span_text(_clause_subject(left, language))  # a pronoun stays one
            pieces = coordinated(right, context, speaker)
            for piece in pieces:
                if subject and not piece.prefix:
                    piece.prefix = subject
            return [*coordinated(left, context, speaker), *pieces]
        if not _opens_clause(right, language):
            continue
        if not left_verb:
            return coordinated(right, context, speaker)  # "-- 50 days -- we've ..."
        if left[0].low in language.prepositions and not any(t.text == "," for t in left):
            continue  # "in the debates we've had — ...": an adverbial, not a clause
        abandoned = _abandoned(left, language)
        if abandoned is not None:
            left = left[:abandoned]  # "..., but in all — President Obama made us ..."
            if not any(t.is_predicate for t in left):
                return coordinated(right, context, speaker)
        return [*coordinated(left, context, speaker), *coordinated(right, context, speaker)]
    return None


def _pseudo_cleft(toks: list[Tok], language: Language) -> list[Tok] | None:
    """The clause a wh-cleft states: "where we have a different background on this issue is
    we differ on the war in Iraq" → "we differ on the war in Iraq"; "what we know is that
    the plant closed" → "the plant closed"."""
    if not toks or toks[0].low not in language.question_words:
        return None
    for index in range(2, min(len(toks) - 2, WINDOW)):
        tok = toks[index]
        if tok.text in ",;":
            return None
        if tok.low not in language.copulas:
            continue
        if not any(t.is_predicate for t in toks[1:index]):
            continue  # "What Ted is really telling you is ...": the relative's own verb
        start = index + 1
        if toks[start].low in language.complementizers:
            start += 1
        if start + 1 >= len(toks):
            return None
        subject, verb = toks[start], toks[start + 1]
        pronoun = subject.low in language.pronouns or subject.low in language.first_person
        if _is_clause(toks, start, language):
            return toks[start:]
        if pronoun and verb.low in language.verbs:
            verb.is_predicate = True  # "... is we differ on the war": a verb after "we"
            return toks[start:]
        return None
    return None


_DASHES = frozenset("–—-")


def _comma_break_possible(toks: list[Tok], language: Language) -> bool:
    """Whether what follows the last comma may be taken apart: a figure or a comparison
    without a verb, or a clause standing for the verb phrase before it ("..., we do")."""
    comma = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].text == ","), None)
    if comma is None:
        return False
    end = len(toks)
    while end > comma + 1 and not toks[end - 1].is_word:
        end -= 1
    return (
        _is_figure(toks, comma + 1, language)
        or toks[comma + 1].low in language.comparatives
        or toks[end - 1].low in language.elliptical_auxiliaries
    )


def _top_level_breaks(toks: list[Tok]) -> list[int]:
    """Indices of the semicolons, dashes and commas outside brackets and quotes; not a dash
    between numbers ("1—3 meter") or a hyphen ("--" counts once, at its first "-")."""
    breaks = []
    depth = 0
    straight = False  # inside "..."
    for index, tok in enumerate(toks):
        if tok.is_word:
            continue  # most tokens: one attribute look-up
        text = tok.text
        if text == '"':
            straight = not straight
        elif text in "([“«":
            depth += 1
        elif text in ")]”»":
            depth = max(0, depth - 1)
        elif depth or straight or index == 0 or index + 2 >= len(toks):
            continue
        elif text in ",;":
            breaks.append(index)
        elif text in "–—" or (text == "-" and is_dash(toks, index)):
            after = index + 2 if text == "-" else index + 1
            if not (toks[index - 1].low[0].isdigit() and toks[after].low[0].isdigit()):
                breaks.append(index)
    return breaks


def _opens_clause(toks: list[Tok], language: Language) -> bool:
    """A subject and its predicate ("these are individuals ...", "it's a lot of money"); not a
    "that" clause, which belongs to the clause before it."""
    if toks[0].low in language.complementizers:
        return False
    return (
        _is_clause(toks, 0, language, after_comma=True)
        or contracted_subject(toks[0], language)
        or (toks[0].low in language.pronouns and toks[1].is_predicate)
    )


def _abandoned(left: list[Tok], language: Language) -> int | None:
    """Where a fragment the speaker gave up before a dash starts, when ``left`` ends in a
    function word ("I'm going to —", "but in all —"): after its last comma, else at 0."""
    if left[-1].low not in language.stopwords:
        return None
    return max((i + 1 for i, t in enumerate(left) if t.text in ",;"), default=0)


def _clause_subject(toks: list[Tok], language: Language) -> list[Tok]:
    """The subject of the last clause of ``toks`` ("the other person said he never spoke to
    Russia" → "he")."""
    start = max((i + 1 for i, t in enumerate(toks) if t.low in language.complementizers), default=0)
    return subject_tokens(toks[start:], language)


def _gapped(left: list[Tok], right: list[Tok], language: Language) -> str:
    """What a figure without a verb after a semicolon (or the last comma) shares with the
    clause before it: "We're losing over $500 billion with China, $75 billion a year with
    Japan" → "We're losing over" (one figure per claim). The figure is counted in the unit of
    one in the clause before it ("billion", "persen"); else ``right`` is an appositive ("...,
    dua mobil produk mereka") and this is empty."""
    words = [t for t in right if t.is_word]
    if (
        not words
        or not _is_figure(right, 0, language)
        or any(
            t.is_predicate or t.text in ",;" or t.low in language.clause_coordinators for t in right
        )
        or len([t for t in words if not t.low[0].isdigit()]) < 2
    ):
        return ""
    segment = max((i + 1 for i, t in enumerate(left) if t.text in ",;"), default=0)
    verb = first_predicate(left, segment, language)
    if verb is None:
        return ""
    if any(t.low in language.comparatives for t in words):
        # "naik menjadi Rp 60.000, Rp 10.000 lebih mahal dari pekan lalu": compares the subject
        return span_text(left[:verb]) if verb and not segment else ""
    unit = _unit(right, 0, language)
    for k in range(verb + 1, len(left)):
        if _is_figure(left, k, language) and (k == 0 or not _is_figure(left, k - 1, language)):
            if unit and _unit(left, k, language) == unit:
                return span_text(left[:k])
            return ""
    return ""


def _unit(toks: list[Tok], index: int, language: Language) -> str:
    """What the figure at ``index`` counts: its first word that is no digit, number word or
    currency ("$500 billion" → "billion", "61 percent" → "percent", "tiga belas gelar" →
    "belas": the same wording counts alike)."""
    halves = toks[index].low.split("-", 1)
    if len(halves) == 2 and halves[0][:1].isdigit() and halves[1].isalpha():
        return halves[1]  # "40-percent"
    for tok in toks[index : index + 4]:
        low = tok.low
        if (
            tok.is_word
            and not low[0].isdigit()
            and low not in language.currencies
            and low not in language.number_words
        ):
            return low
    return ""


def _compared(left: list[Tok], right: list[Tok], language: Language) -> str:
    """The subject a comparison without a verb after a comma describes: "Inflasi tahunan
    tercatat 2,4 persen, lebih rendah dari bulan sebelumnya" → "Inflasi tahunan"."""
    if right[0].low not in language.comparatives or any(
        t.is_predicate or t.text in ",;" for t in right
    ):
        return ""
    if any(t.text in ",;" for t in left):
        return ""  # "more peaceful, more just, and more free": a list
    verb = first_predicate(left, 0, language)
    return span_text(left[:verb]) if verb else ""


def _is_figure(toks: list[Tok], index: int, language: Language) -> bool:
    """A number, or a currency before one ("$500", "Rp 7,4 triliun")."""
    low = toks[index].low
    if low[0].isdigit() or low in language.number_words:
        return True
    following = toks[index + 1].low if index + 1 < len(toks) else ""
    return (
        bool(following)
        and following[0].isdigit()
        and (not toks[index].is_word or low in language.currencies)
    )


def _restart(left: list[Tok], right: list[Tok], language: Language) -> int | None:
    """Where the words a speaker restarts with open in ``left``: "I was against -- I was
    against the war" restarts at 0, "every case that we've filed, that — that has been
    decided" at the second "that". Two words must repeat, or one function word right before
    the dash, or all of a fragment ("I helped -- I helped Mitt Romney")."""
    words = [t.low for t in right if t.is_word]
    for size in range(min(len(words), _RESTART_WORDS), 0, -1):
        for start in range(len(left) - size, max(-1, len(left) - _RESTART_REACH - 1), -1):
            if [t.low for t in left[start : start + size]] != words[:size]:
                continue
            fragment = [t.low for t in left[start:] if t.is_word]
            if size >= 2 or (len(fragment) > 1 and fragment == words[: len(fragment)]):
                return start
            if start == len(left) - 1 and words[0] in language.stopwords:
                return start
    return None


def _echo(fragment: list[Tok], right: list[Tok]) -> bool:
    """Whether ``right`` only repeats words of the fragment before the dash ("61 percent since
    Inauguration Day -- 61 percent")."""
    words = [t.low for t in right if t.is_word]
    before = {t.low for t in fragment}
    return len(words) <= _RESTART_WORDS and all(w in before for w in words)


def _elliptical(toks: list[Tok], language: Language) -> bool:
    """A clause whose verb phrase is only an auxiliary: "recklessness on Wall Street did"."""
    words = [t for t in toks if t.is_word]
    if len(words) < 2 or words[-1].low not in language.elliptical_auxiliaries:
        return False
    if words[0].low in language.adverbs or words[0].low in language.clause_coordinators:
        return False  # "always have, always will": no subject of its own
    return not any(t.is_predicate for t in words[:-1])


def _verb_phrase(toks: list[Tok], language: Language) -> str:
    """The verb phrase after a clause's auxiliaries and negators, which an elliptical clause
    stands for: "didn't cause the financial crisis" → "cause the financial crisis"."""
    first = first_predicate(toks, 0, language)
    if first is None or toks[first].low not in language.elliptical_auxiliaries | language.negators:
        return ""
    if any(t.text in ",;" or t.low in language.clause_coordinators for t in toks[first:]):
        return ""  # which clause's verb phrase it stands for is not clear
    start = first + 1
    while start < len(toks) and (
        toks[start].low in language.negators
        or toks[start].low in language.adverbs
        or toks[start].low in language.auxiliaries
    ):
        start += 1
    return span_text(toks[start:]) if start < len(toks) else ""


def _split_clauses(toks: list[Tok], context: Context, speaker: str | None) -> list[Piece]:
    language = context.language
    subject = subject_tokens(toks, language)
    subject_text = _resolved_subject(subject, context)
    first = first_predicate(toks, 0, language)
    if first is None:
        return [Piece(toks=toks, speaker=speaker)]
    cuts: list[tuple[int, int, bool]] = []  # (conjunct start, cut token, verb phrase?)
    shared: set[int] = set()  # cuts between two verbs of one object
    index = first + 1
    depth = 0
    segment_verb = True  # the comma-separated segment has a predicate before this point
    relativizers = language.relativizers
    while index < len(toks):
        tok = toks[index]
        if tok.text in "([“«":
            depth += 1
        elif tok.text in ")]”»" and depth:
            depth -= 1
        elif depth == 0 and tok.text in ",;":
            segment_verb = False
        elif (
            depth == 0
            # "..., sementara harga bawang merah turun": a coordinator after a comma opens a
            # clause as well; elsewhere a segment without a verb is a list item.
            and (segment_verb or toks[index - 1].text == ",")
            and tok.low in language.clause_coordinators
            and index + 1 < len(toks)
            and toks[index + 1].is_word  # "tahun lalu, ...": "lalu" is "last" there
            # "dilantik bulan lalu menjadi ...": after a time word, "lalu" is one too.
            and not (tok.low in language.time_words and toks[index - 1].low in language.time_words)
        ):
            following = toks[index + 1]
            if following.low in language.complementizers and index + 2 < len(toks):
                cuts.append((index + 2, index, False))  # "said C1, and that C2"
                index += 1
                continue
            if tok.low in language.contrast_coordinators and toks[index - 1].text == ",":
                # ", sementara anggaran ... hanya Rp48 miliar": a clause, verb or not
                cuts.append((index + 1, index, False))
                index += 1
                continue
            relative = next(
                (
                    k
                    for k in range(index - 1, max(first, index - 5), -1)
                    if toks[k].low in relativizers
                ),
                None,
            )
            if relative is not None:
                pass  # "yang telah dimodifikasi dan dilengkapi": inside the relative clause
            elif following.is_predicate:
                if contracted_subject(following, language) or _existential(
                    toks, index + 1, language
                ):
                    cuts.append((index + 1, index, False))  # "but it's got to be done"
                else:
                    # "untuk menyerap dan menyimpan karbon": two verbs share one object; "was
                    # arrested and charged with battery": a passive shares none.
                    if _verb_before(toks, index, language) and not _passive(
                        toks, index - 1, language
                    ):
                        shared.add(index)
                    cuts.append((index + 1, index, True))
            elif (
                _dated_verb_phrase(toks, index + 1, language)
                or _verb_after_adverbs(toks, index + 1, language)
                or _bare_verb_phrase(toks, first, index + 1, language)
            ):
                cuts.append((index + 1, index, True))
            elif _is_clause(
                toks, index + 1, language, toks[index - 1].text == ","
            ) and not _list_in_progress(toks, first, index, language):
                cuts.append((index + 1, index, False))
        elif tok.is_predicate:
            segment_verb = True
        index += 1
    # A verb phrase after a comma: a serial list ("membunuh A, mengusir B dan menghancurkan
    # C") or a second predicate of the subject ("ditetapkan sebesar Rp 7,4 triliun, naik 5,2
    # persen").
    taken = {cut for _, cut, _ in cuts}
    segment = first  # where the stretch before the next comma starts
    for index in [i for i in range(first, len(toks) - 2) if toks[i].text == ","]:
        following = toks[index + 1]
        if (
            # the stretch before the comma has a verb ("kakaknya, Paula, memberitahunya": no)
            any(t.is_predicate for t in toks[segment:index])
            and index not in taken
            and following.is_predicate
            and following.low not in language.reporting_verbs
            and following.low not in language.negators
            and not match_phrase(toks, index + 1, language.source_phrases)
        ):
            # "..., there's no real problem, it's over-exaggerated": a clause of its own.
            cuts.append((index + 1, index, not contracted_subject(following, language)))
        segment = index + 1
    cuts.sort()
    if not cuts:
        return _split_objects(toks, first, context, speaker)
    pieces = []
    start = 0
    carried = ""
    for conjunct_start, cut, verb_phrase in [*cuts, (len(toks), len(toks), False)]:
        part = toks[start:cut]
        while part and part[-1].text in ",;":
            part = part[:-1]  # "..., a war on coal, and a failing reform, | and ..."
        # "..., and a spokesman said she may veto it": a later clause reports in its own voice.
        reported = reporting_clause(part, context) if start and not carried else None
        if reported is not None:
            said_by, content = reported
            pieces.extend(coordinated(content, context, speaker_name(said_by, context)))
        elif (
            part
            and not language.question_words.isdisjoint(context.lows)
            and _pseudo_cleft(part, language) is not None
        ):
            pieces.extend(coordinated(part, context, speaker))
        elif part:
            for piece in _split_objects(part, first_predicate(part, 0, language), context, speaker):
                if carried and not piece.prefix:
                    piece.prefix = carried
                if cut in shared:
                    piece.suffix = span_text(toks[cut + 2 :])  # the object after the next verb
                pieces.append(piece)
        start = conjunct_start
        carried = ""
        if verb_phrase:
            local = _local_subject(part, language)
            carried = local or _with_auxiliaries(
                subject_text, toks, first, conjunct_start, language
            )
    return pieces


def _list_in_progress(toks: list[Tok], first: int, index: int, language: Language) -> bool:
    """Whether ", and" at ``index`` closes a list whose item before it has no verb: "stifled by
    more taxes, more regulation, a war on coal, and a failing health care reform come to be
    known as Obamacare" ends the list, it opens no clause."""
    if toks[index - 1].text != ",":
        return False
    commas = [k for k in range(first + 1, index - 1) if toks[k].text in ",;"]
    if len(commas) < 2:
        return False  # "raja Kerajaan Sunda Galuh, sedangkan ibunya ...": one appositive
    for start, end in ((commas[-2], commas[-1]), (commas[-1], index - 1)):
        item = toks[start + 1 : end]
        if not (
            0 < len(item) <= _MAX_ITEM
            and item[0].low not in language.clause_coordinators  # "..., and Elm Grove, and"
            and not any(t.is_predicate for t in item)
        ):
            return False
    return True


def _with_auxiliaries(
    subject: str, toks: list[Tok], first: int, conjunct: int, language: Language
) -> str:
    """The subject, with the auxiliaries its first verb phrase opens with when the next verb
    phrase has none: "The war has killed X and driven Y" carries "The war has"; through
    "to" when the next verb phrase opens with a bare verb: "The district plans to close X and
    cut Y" carries "The district plans to"."""
    if not subject or conjunct >= len(toks) or toks[conjunct].low in language.auxiliaries:
        return subject
    end = first
    while end < len(toks) and toks[end].low in language.auxiliaries:
        end += 1
    marker = end + 1
    if (
        language.infinitive_marker
        and marker + 1 < conjunct
        and toks[marker].low == language.infinitive_marker
        and toks[marker + 1].is_word
        and not toks[conjunct].low.endswith(language.inflections)
    ):
        return " ".join([subject, *(t.text for t in toks[first : marker + 1])])
    if (
        end == first
        or end >= len(toks)
        or not (toks[end].is_predicate or _after_modal(toks, end, language))
    ):
        return subject  # "has" as the main verb ("has 5 members") is no auxiliary
    return " ".join([subject, *(t.text for t in toks[first:end])])


def _local_subject(toks: list[Tok], language: Language) -> str:
    """A name right before the last predicate of a conjunct that follows another predicate:
    "menunjukkan Putin turun dari pesawat ... dan disambut" carries "Putin"."""
    predicates = [i for i, t in enumerate(toks) if t.is_predicate]
    for last in reversed(predicates[-MAX_SUBJECT:]):
        name_start = last
        while name_start > 0 and toks[name_start - 1].is_capitalized and last - name_start < 3:
            name_start -= 1
        if name_start == last or name_start == 0:
            continue
        if toks[name_start - 1].is_predicate:
            return " ".join(t.text for t in toks[name_start:last])
    return ""


def _resolved_subject(subject: list[Tok], context: Context) -> str:
    language = context.language
    if not subject or len(subject) > MAX_SUBJECT:
        return ""
    words = [t for t in subject if t.low not in ("juga", "also")]
    if len(words) == 1 and words[0].low in language.singular_pronouns and context.last_person:
        return context.last_person
    if match_phrase(words, 0, language.anaphors) == len(words) and context.last_subject:
        return context.last_subject
    return " ".join(t.text for t in words)


def _existential(toks: list[Tok], start: int, language: Language) -> bool:
    """A clause that states existence has no subject to carry: "tetapi belum ada yang
    meninggal" (there is no one yet who died)."""
    index = start
    while index < len(toks) and (
        toks[index].low in language.negators or toks[index].low in language.adverbs
    ):
        index += 1
    return index < len(toks) and toks[index].low in language.existentials


def _passive(toks: list[Tok], verb: int, language: Language) -> bool:
    """A passive verb: "ditangkap", "was arrested"."""
    if toks[verb].low.startswith(language.passive_prefixes or ("\0",)):
        return True
    return verb > 0 and toks[verb - 1].low in language.passive_auxiliaries


def _verb_before(toks: list[Tok], index: int, language: Language) -> bool:
    """A verb right before ``toks[index]``; after a number it is a noun ("tiga tersangka")."""
    previous = toks[index - 1]
    if not previous.is_predicate or index < 2:
        return previous.is_predicate
    before = toks[index - 2].low
    return not (before[0].isdigit() or before in language.number_words)


def _verb_after_adverbs(toks: list[Tok], start: int, language: Language, reach: int = 1) -> bool:
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
    return start + reach <= index < len(toks) and toks[index].is_predicate


def _after_modal(toks: list[Tok], index: int, language: Language) -> bool:
    """A base-form verb right after a modal: "will fund", "could delay"."""
    return (
        index > 0
        and toks[index - 1].low in language.modals
        and toks[index].is_word
        and toks[index].low not in language.stopwords
        and toks[index].low not in language.adverbs
        and not toks[index].low[0].isdigit()
    )


def _bare_verb_phrase(toks: list[Tok], first: int, start: int, language: Language) -> bool:
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
        and _after_modal(toks, modal, language)
        and toks[start].low in language.verbs
        and start + 1 < len(toks)
        and toks[start + 1].is_word
        and toks[start + 1].low not in language.prepositions
        and toks[start + 1].low not in language.clause_coordinators
    )


def _dated_verb_phrase(toks: list[Tok], start: int, language: Language) -> bool:
    """A verb phrase after a time phrase, its subject dropped: "dan pada tahun 2005 memiliki
    penduduk 73.438 jiwa", "and in 2019 opened a second plant"."""
    if toks[start].low not in language.prepositions:
        return False
    for index in range(start + 1, min(len(toks), start + 5)):
        tok = toks[index]
        if tok.is_predicate:
            return index > start + 1
        if not (
            tok.low[0].isdigit() or tok.low in language.time_words or tok.low in language.months
        ):
            return False
    return False


def _is_clause(toks: list[Tok], start: int, language: Language, after_comma: bool = False) -> bool:
    """A subject and its predicate within the next few tokens: "dan Y membahas ..."; after
    a comma the subject may be longer (", dan sebagian besar sistem Mac OS X dibangun")."""
    if toks[start].low in language.relativizers or toks[start].low in language.prepositions:
        return False
    # After "while" / "sedangkan" a clause comes, its subject maybe carrying a prepositional
    # phrase ("while revenue at the company fell").
    contrast = start and toks[start - 1].low in language.contrast_coordinators
    reach = MAX_SPEAKER if after_comma or contrast else 4
    partitive = 0  # tokens left of a partitive phrase
    for index in range(start + 1, min(len(toks), start + 1 + reach)):
        tok = toks[index]
        partitive = max(partitive - 1, match_phrase(toks, index, language.partitives))
        if partitive or (
            tok.low in language.prepositions
            and (contrast or toks[index - 1].low in language.comparatives)
        ):
            # "dan lebih dari setengahnya me-manage ...": a quantity, no adverbial; "dan tiga
            # pasien di antaranya meninggal": which of them, no adverbial either.
            continue
        if (
            tok.text in ",;"
            or tok.low in language.prepositions
            or tok.low in language.relativizers
            # "and development grant and hired": a verb phrase after "and" ends the subject
            or (
                tok.low in language.clause_coordinators
                and tok.low not in language.adverbs
                and index + 1 < len(toks)
                and toks[index + 1].is_predicate
            )
        ):
            return False
        if tok.is_predicate:
            return True
    return False


def _split_objects(
    toks: list[Tok], verb: int | None, context: Context, speaker: str | None
) -> list[Piece]:
    """``V A dan B (P ...)``: one piece for A and one for B, each with the verb phrase; a
    longer list ``V A, B dan C`` gives a piece per item (see ``_split_list``)."""
    language = context.language
    whole = [Piece(toks=toks, speaker=speaker)]
    if verb is None:
        return whole
    listed = _split_list(toks, verb, language, speaker)
    if listed is not None:
        return listed
    last_verb = verb
    for index in range(verb, min(len(toks), verb + WINDOW)):
        tok = toks[index]
        if tok.low in language.clause_coordinators:
            if index - last_verb < 2 or index + 2 >= len(toks):
                return whole
            if find_phrase(toks, verb, index, language.example_openers) is not None:
                return whole  # "kota seperti Bandung dan Bogor": examples, one claim
            left = toks[last_verb + 1 : index]
            # "supplied Belarus with A and B": the objects of one preposition split too,
            # each keeping the verb and the preposition.
            anchor = last_verb
            prepositions = [k for k, t in enumerate(left) if t.low in language.prepositions]
            if len(prepositions) == 1 and prepositions[0] < len(left) - 1:
                anchor = last_verb + 1 + prepositions[0]
                if toks[anchor].low in language.pair_words:
                    return whole  # "between A and B" is one relation
                left = toks[anchor + 1 : index]
            if any(
                t.low in language.relativizers
                or t.low in language.pair_words
                or t.text in ',;()[]“”"'
                or t.low in language.prepositions
                for t in left
            ):
                return whole
            right_end = index + 1
            while right_end < len(toks) and not (
                toks[right_end].low in language.prepositions
                or toks[right_end].low in language.relativizers
                or toks[right_end].text in ",;"
                or toks[right_end].is_predicate
                or toks[right_end].low in language.clause_coordinators
            ):
                right_end += 1
            if right_end < len(toks) and (
                toks[right_end].low in language.relativizers
                or toks[right_end].low in language.clause_coordinators
                or toks[right_end].is_predicate
            ):
                return whole
            right = toks[index + 1 : right_end]
            if not has_content(left, language) or not has_content(right, language):
                return whole
            if right[0].low in language.escalations:
                return whole  # "double digits and even triple digits": one claim
            if right[0].low in language.verbs:
                return whole  # "how to take an oath and uphold the law": a verb phrase
            if _coordinated_modifier(left, right, language):
                return whole
            shared = toks[right_end:]
            shared_text = span_text(shared)
            head = toks[: anchor + 1]
            first = Piece(toks=toks[:index], suffix=shared_text, speaker=speaker)
            second = Piece(toks=toks[index + 1 :], prefix=span_text(head), speaker=speaker)
            return [first, second]
        if (
            tok.is_predicate
            or (
                tok.is_word
                and len(tok.low) > 5
                and tok.low.endswith(language.object_verb_suffixes or ("\0",))
                and toks[index - 1].low not in language.determiners  # "the housing boom"
            )
            # "will fund repairs": after a modal, the verb in its base form
            or (index == last_verb + 1 and _after_modal(toks, index, language))
        ):
            last_verb = index
        elif tok.text in ",;" or tok.low in language.relativizers:
            return whole
    return whole


# The most words a list item may have before the list's last one; the words of the last one
# before a verb that describes it ("a failing health care reform come to be known as ...").
_MAX_ITEM = 6
_ITEM_HEAD = 2
_LONG_LIST = 3  # items before the last one


def _split_list(
    toks: list[Tok], verb: int, language: Language, speaker: str | None
) -> list[Piece] | None:
    """``V A, B(,) dan C`` / ``seperti A, B dan C``: a piece per item, each with what comes
    before the list ("stifled by more taxes, more regulation, and a war on coal"). The items
    before the last are short, and none has a verb; the list runs to the end of the clause."""
    stop = min(len(toks), verb + WINDOW)
    opened = verb  # "banyak gelar sepanjang hidupnya, yaitu sebagai A, B": opens at "sebagai"
    while True:
        first_comma = next((i for i in range(opened + 1, stop) if toks[i].text == ","), None)
        if first_comma is None or first_comma + 1 >= len(toks):
            return None
        if toks[first_comma + 1].low not in language.list_openers:
            break
        opened = first_comma + 1
        while opened + 1 < stop and toks[opened + 1].low in language.list_openers:
            opened += 1
    coordinator = next(
        (
            i
            for i in range(first_comma + 1, stop)
            if toks[i].low in language.clause_coordinators
            # "dari pekan lalu": after a time word, "lalu" is "last"
            and not (toks[i].low in language.time_words and toks[i - 1].low in language.time_words)
        ),
        None,
    )
    if coordinator is None or coordinator + 1 >= len(toks):
        return None
    if find_phrase(toks, verb, coordinator, language.example_openers) is not None:
        return None  # "14 lokasi, antara lain masjid, sekolah, dan kantor": examples
    # The list opens after the last verb, preposition or list opener before its first comma.
    anchor = max(
        i
        for i in range(opened, first_comma)
        if i == opened
        or toks[i].is_predicate
        or toks[i].low in language.prepositions
        or toks[i].low in language.list_openers
    )
    bounds = [anchor] + [i for i in range(first_comma, coordinator) if toks[i].text == ","]
    items = [toks[a + 1 : b] for a, b in zip(bounds, bounds[1:])]  # noqa: B905 - one shorter
    items.append(toks[bounds[-1] + 1 : coordinator])
    items = [item for item in items if item]
    last = toks[coordinator + 1 :]
    verb = next((k for k, t in enumerate(last) if t.is_predicate), None)
    if (
        len(items) < 2
        or any(t.text in ",;" or t.low in language.relativizers for t in last)
        # "..., and we need to do it together": a clause, not a list item; "..., and a failing
        # health care reform come to be known as Obamacare": the item's own description.
        or (verb is not None and not _described_item(last, verb, items, language))
    ):
        return None
    for item in items:
        if not has_content(item, language):
            return None  # "..., atau bahkan ...": no item
        if len(item) > _MAX_ITEM or any(
            t.is_predicate or t.low in language.relativizers or t.text in '()“”"' for t in item
        ):
            return None
    head = span_text(toks[: anchor + 1])
    pieces = [Piece(toks=toks[: bounds[1]], speaker=speaker)]
    pieces += [Piece(toks=item, prefix=head, speaker=speaker) for item in items[1:]]
    pieces.append(Piece(toks=last, prefix=head, speaker=speaker))
    return pieces


def _described_item(last: list[Tok], verb: int, items: list[list[Tok]], language: Language) -> bool:
    """Whether a verb in the last item of a long list describes the item rather than opening a
    clause: "more taxes, more regulation, a war on coal, and a failing health care reform come
    to be known as Obamacare"; not "..., and we need to", "..., dan Gunnar Nordahl mencetak",
    "..., dan 8,65 persen mempunyai", "..., dan di sebelah timur terbentang"."""
    first = last[0]
    return (
        len(items) >= _LONG_LIST
        and verb >= _ITEM_HEAD
        and not last[verb - 1].is_capitalized
        and last[verb - 1].low not in language.stopwords  # "suara kita mengetik"
        and not contracted_subject(first, language)
        and first.low not in language.pronouns
        and first.low not in language.prepositions
        and not first.low[0].isdigit()
        and first.low not in language.number_words
    )


def _coordinated_modifier(left: list[Tok], right: list[Tok], language: Language) -> bool:
    """``street and road maintenance`` / ``pemeliharaan jalan dan jembatan``: a lone word
    coordinated with the modifier next to a noun's head names one thing, not two objects.

    The lone word sits on the side where modifiers go (before the head in English, after it
    in Indonesian). It is a head of its own, and so an object of its own, when it is a name,
    a number or a plural ("missiles and air defence systems"), or when the other side opens
    with a number ("500 tentara dan amunisi").
    """
    lone, other = (left, right) if language.modifiers_precede_head else (right, left)
    # "the research and development grant": the lone word's determiner is the whole phrase's;
    # "the budget and the tax rate": a determiner of its own opens a noun phrase of its own.
    lone_words = [t for t in lone if t.is_word and t.low not in language.determiners]
    other_words = [t for t in other if t.is_word]
    if len(lone_words) != 1 or len(other_words) < 2 or other_words[0].low in language.determiners:
        return False
    word = lone_words[0]
    if word.is_capitalized or word.low[0].isdigit() or _is_plural(word.low, language):
        return False
    return not (other_words[0].low[0].isdigit() or other_words[0].low in language.number_words)


def _is_plural(word: str, language: Language) -> bool:
    """A plural by suffix ("missiles") or by reduplication ("kota-kota")."""
    halves = word.split("-")
    if len(halves) == 2 and halves[0] == halves[1]:
        return True
    return word.endswith(language.plural_suffixes) if language.plural_suffixes else False
