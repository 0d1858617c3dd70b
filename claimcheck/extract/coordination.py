"""Splitting a clause into atomic pieces: denials, coordinated clauses, verb phrases, objects
and lists, with a dropped subject (and its auxiliaries) carried over; asides go to
``asides.py`` first."""

from __future__ import annotations

from claimcheck.extract.asides import (
    clause_head,
    concessive_clause,
    credit_frame,
    final_appositive,
    named_relative,
    reason_clause,
)
from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.speakers import reporting_clause, speaker_name
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    MAX_SUBJECT,
    WINDOW,
    Tok,
    contracted_subject,
    first_predicate,
    has_content,
    match_phrase,
    span_text,
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
    conceded = concession(toks, context, speaker)
    if conceded is not None:
        pieces, rest = conceded
        return [*pieces, *coordinated(rest, context, speaker)]
    cause = reason_clause(toks, language)
    if cause is not None:
        main = coordinated(toks[:cause], context, speaker)
        reason = toks[cause + 1 :]
        if first_predicate(reason, 0, language) == 0 or reason[0].low in language.adverbs:
            reason = subject_tokens(toks[:cause], language) + reason  # its subject carried
        return [*main, *coordinated(reason, context, speaker)]
    relative = named_relative(toks, language)
    if relative is not None:
        main, described = relative
        return [*coordinated(main, context, speaker), *_split_clauses(described, context, None)]
    comma = final_appositive(toks, language)
    if comma is not None:
        main = coordinated(toks[:comma], context, speaker)
        head = clause_head(toks[:comma], language)
        return [*main, Piece(toks=toks[comma + 1 :], prefix=head + ",", speaker=speaker)]
    credit = credit_frame(toks, context)
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
    for index, tok in enumerate(toks):
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
            elif not (low in language.stopwords or (named_object and toks[k].is_word)):
                break  # "menepis kabar yang beredar di media sosial bahwa C" reads on
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
        if before and not clause_before and len(before) <= MAX_SPEAKER:
            denier = speaker_name(before, context)
        pieces = []
        if clause_before:
            pieces.extend(coordinated(before, context, speaker))
        denied = toks[comp + 1 :]
        for piece in coordinated(denied, context, denier or speaker):
            piece.negated = not piece.negated
            pieces.append(piece)
        return pieces
    return _split_clauses(toks, context, speaker)


# Words between a denial verb and its "that": the object and what describes it.
_DENIAL_REACH = 14


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
            elif _dated_verb_phrase(toks, index + 1, language) or _verb_after_adverbs(
                toks, index + 1, language
            ):
                cuts.append((index + 1, index, True))
            elif _is_clause(toks, index + 1, language, toks[index - 1].text == ","):
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
        # "..., and a spokesman said she may veto it": a later clause reports in its own voice.
        reported = reporting_clause(part, context) if start and not carried else None
        if reported is not None:
            said_by, content = reported
            pieces.extend(coordinated(content, context, speaker_name(said_by, context)))
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
    if end == first or end >= len(toks) or not toks[end].is_predicate:
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


def _verb_after_adverbs(toks: list[Tok], start: int, language: Language) -> bool:
    """A verb phrase opening with adverbs: "dan hanya mengirim perwakilan"."""
    index = start
    while index < len(toks) and index - start < 3 and toks[index].low in language.adverbs:
        index += 1
    return start < index < len(toks) and toks[index].is_predicate


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
    reach = MAX_SPEAKER if after_comma else 4
    for index in range(start + 1, min(len(toks), start + 1 + reach)):
        tok = toks[index]
        if tok.text in ",;" or tok.low in language.prepositions or tok.low in language.relativizers:
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
        if tok.is_predicate or (
            tok.is_word
            and len(tok.low) > 5
            and tok.low.endswith(language.object_verb_suffixes or ("\0",))
        ):
            last_verb = index
        elif tok.text in ",;" or tok.low in language.relativizers:
            return whole
    return whole


# The most words a list item may have before the list's last one.
_MAX_ITEM = 6


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
        (i for i in range(first_comma + 1, stop) if toks[i].low in language.clause_coordinators),
        None,
    )
    if coordinator is None or coordinator + 1 >= len(toks):
        return None
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
    if len(items) < 2 or any(
        t.text in ",;" or t.low in language.relativizers or t.is_predicate for t in last
    ):
        return None  # "..., and we need to do it together": a clause, not a list item
    for item in items:
        if len(item) > _MAX_ITEM or any(
            t.is_predicate or t.low in language.relativizers or t.text in '()“”"' for t in item
        ):
            return None
    head = span_text(toks[: anchor + 1])
    pieces = [Piece(toks=toks[: bounds[1]], speaker=speaker)]
    pieces += [Piece(toks=item, prefix=head, speaker=speaker) for item in items[1:]]
    pieces.append(Piece(toks=last, prefix=head, speaker=speaker))
    return pieces


def _coordinated_modifier(left: list[Tok], right: list[Tok], language: Language) -> bool:
    """``street and road maintenance`` / ``pemeliharaan jalan dan jembatan``: a lone word
    coordinated with the modifier next to a noun's head names one thing, not two objects.

    The lone word sits on the side where modifiers go (before the head in English, after it
    in Indonesian). It is a head of its own, and so an object of its own, when it is a name,
    a number or a plural ("missiles and air defence systems"), or when the other side opens
    with a number ("500 tentara dan amunisi").
    """
    lone, other = (left, right) if language.modifiers_precede_head else (right, left)
    lone_words = [t for t in lone if t.is_word]
    other_words = [t for t in other if t.is_word]
    if len(lone_words) != 1 or len(other_words) < 2:
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
