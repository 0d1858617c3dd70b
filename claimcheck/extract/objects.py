"""Coordinated objects and lists inside one clause: "supplied Belarus with A and B" gives a
piece per object, each with the verb phrase; a list "V A, B dan C" a piece per item; while
coordination inside one argument ("street and road maintenance", a modifier shared by both
nouns) stays one claim."""

from __future__ import annotations

from claimcheck.extract.conjuncts import MAX_ITEM
from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.speakers import day_set_off
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    WINDOW,
    Tok,
    contracted_subject,
    find_phrase,
    has_content,
    is_figure,
    is_number,
    is_year,
    match_phrase,
    span_text,
)
from claimcheck.extract.verb_phrases import after_modal, is_time
from claimcheck.lang import Language


def split_objects(
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
            if any(t.low in language.standard_markers for t in toks[verb:index]):
                return whole  # "more on jails than on parks and libraries": one comparison
            left = toks[last_verb + 1 : index]
            # "supplied Belarus with A and B": the objects of one preposition split too,
            # each keeping the verb and the preposition.
            anchor = last_verb
            prepositions = [k for k, t in enumerate(left) if t.low in language.prepositions]
            # "close its bakery in Dayton and a distribution center in Toledo": two full noun
            # phrases, each with its own place.
            placed = (
                len(prepositions) == 1
                and left[0].low in language.determiners
                and toks[index + 1].low in language.determiners
            )
            if len(prepositions) == 1 and prepositions[0] < len(left) - 1 and not placed:
                anchor = last_verb + 1 + prepositions[0]
                if toks[anchor].low in language.pair_words:
                    return whole  # "between A and B" is one relation
                left = toks[anchor + 1 : index]
            if any(
                t.low in language.relativizers
                or t.low in language.pair_words
                or t.text in ',;()[]“”"'
                or (t.low in language.prepositions and not placed)
                for t in left
            ):
                return whole
            right_end = index + 1
            if placed:
                # the right noun phrase runs through its own place phrase
                while right_end < len(toks) and toks[right_end].low not in language.prepositions:
                    right_end += 1
                right_end += 1
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
            if right[0].low in language.range_closers and is_number(left[-1].low, language):
                return whole  # "riders 21 and older": one bound
            if left[-1].low in language.months and right[0].low in language.months:
                return whole  # "sepanjang Januari dan Februari 2025": one stretch of time
            if right[0].low in language.verbs:
                return whole  # "how to take an oath and uphold the law": a verb phrase
            if _coordinated_modifier(left, right, language):
                return whole
            shared = toks[right_end:]
            shared_text = span_text(shared)
            head = toks[: anchor + 1]
            first = Piece(toks=toks[:index], suffix=shared_text, speaker=speaker)
            second = Piece(
                toks=toks[index + 1 :],
                prefix=span_text(head),
                speaker=speaker,
                carried_verb=any(t.is_predicate for t in head),
            )
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
            or (index == last_verb + 1 and after_modal(toks, index, language))
        ):
            last_verb = index
        elif tok.text in ",;" or tok.low in language.relativizers:
            return whole
    return whole


# The words of a list's last item before a verb that describes it ("a failing health care
# reform come to be known as ..."); how many items before its last one make a list long.
_ITEM_HEAD = 2
_LONG_LIST = 3


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
    anchor = _list_anchor(toks, opened, first_comma, language)
    if toks[anchor].low in language.prepositions and _each_placed(
        toks[first_comma + 1 :], toks[anchor].low, language
    ):
        # "menutup pabrik di Sukoharjo, gudang di Solo dan kantor di Semarang": each item
        # has a place of its own, and the list opens after the verb
        anchor = _list_anchor(toks, opened, anchor, language, prepositions=False)
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
        if len(item) > MAX_ITEM or any(
            t.is_predicate or t.low in language.relativizers or t.text in '()“”"' for t in item
        ):
            return None
    head = span_text(toks[: anchor + 1])
    # "found expired food, a broken freezer and evidence of rodents at the diner": where and
    # when, after the last item, hold for every item; when items have places of their own
    # ("its dyeing unit in Spartanburg and a warehouse in Greer by March"), only when.
    placed = any(t.low in language.prepositions for item in items for t in item)
    shared = next(
        (
            k
            for k in range(1, len(last))
            if (last[k].low in language.attribution_trailers and not placed)
            or (
                last[k].low in language.prepositions
                and k + 1 < len(last)
                and is_time(last[k + 1], language)
            )
        ),
        None,
    )
    # (not after an item's own description: "a failing reform come to be known as …")
    suffix = span_text(last[shared:]) if shared is not None and verb is None else ""
    carried = any(t.is_predicate for t in toks[: anchor + 1])
    pieces = [Piece(toks=toks[: bounds[1]], suffix=suffix, speaker=speaker)]
    pieces += [
        Piece(toks=item, prefix=head, suffix=suffix, speaker=speaker, carried_verb=carried)
        for item in items[1:]
    ]
    pieces.append(Piece(toks=last, prefix=head, speaker=speaker, carried_verb=carried))
    return pieces


def _each_placed(rest: list[Tok], preposition: str, language: Language) -> bool:
    """Whether every item of a list's rest has the preposition of the first ("gudang di Solo
    dan kantor di Semarang"; not "sebagian besar di tenda darurat dan balai desa")."""
    items: list[list[Tok]] = [[]]
    for tok in rest:
        if tok.text == "," or tok.low in language.clause_coordinators:
            items.append([])
        else:
            items[-1].append(tok)
    return all(any(t.low == preposition for t in item) for item in items if item)


def _list_anchor(
    toks: list[Tok], start: int, end: int, language: Language, prepositions: bool = True
) -> int:
    """The last verb (preposition, list opener) in ``toks[start:end]``; else ``start``."""
    return max(
        i
        for i in range(start, end)
        if i == start
        or toks[i].is_predicate
        or after_modal(toks, i, language)  # "will close A, B and C"
        or (prepositions and toks[i].low in language.prepositions)
        or toks[i].low in language.list_openers
    )


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
    lone_words = [
        t
        for t in lone
        if t.is_word and t.low not in language.determiners and t.low not in language.adverbs
    ]
    if language.modifiers_precede_head and len(lone_words) > 1:
        # "a 16-hour health and safety course": a compound modifier ("16-hour", "low-cost")
        # before the lone word is the whole phrase's
        *before, last = lone_words
        if all("-" in t.text or t.low[0].isdigit() for t in before):
            lone_words = [last]
    other_words = [t for t in other if t.is_word]
    if len(lone_words) != 1 or len(other_words) < 2 or other_words[0].low in language.determiners:
        return False
    word = lone_words[0]
    # "insentif ketua RT dan RW": two acronyms side by side modify one head
    beside = other_words[0] if language.modifiers_precede_head else other_words[-1]
    if _acronym(word) and _acronym(beside):
        return True
    if word.is_capitalized or word.low[0].isdigit() or _is_plural(word.low, language):
        return False
    return not is_number(other_words[0].low, language)


def _acronym(tok: Tok) -> bool:
    return tok.text.isupper() and tok.text.isalpha() and 1 < len(tok.text) <= 5


def _is_plural(word: str, language: Language) -> bool:
    """A plural by suffix ("missiles") or by reduplication ("kota-kota")."""
    halves = word.split("-")
    if len(halves) == 2 and halves[0] == halves[1]:
        return True
    return word.endswith(language.plural_suffixes) if language.plural_suffixes else False


def included_part(toks: list[Tok], language: Language) -> tuple[list[Tok], Piece] | None:
    """``S V 23 hunters …, including a man shooting …, REST``: the clause without the included
    part, and the verb's act on it as a claim of its own ("Conservation officers cited a man
    shooting … on the opening weekend …"; "… memberikan cuti … kepada tenaga honorer"). Only
    after a counted object (a figure opens it, with no verb after it): a part of a count. Not
    after a total ("sebanyak 82 individu, termasuk …": what the total includes)."""
    for index in range(2, len(toks) - 2):
        if toks[index].text != ",":
            continue
        marker = match_phrase(toks, index + 1, language.inclusion_markers)
        if not marker:
            continue
        start = index + 1 + marker
        close = next((k for k in range(start, len(toks)) if toks[k].text in ",;"), len(toks))
        included = toks[start:close]
        if not included or len(included) > 2 * MAX_SPEAKER or not has_content(included, language):
            return None
        if close + 1 < len(toks) and (
            is_figure(toks, close + 1, language)
            or not any(t.is_predicate or t.low in language.prepositions for t in toks[close:])
        ):
            # "termasuk 28 cabang …, lima cabang …, serta …", "including mosques, schools and
            # the district office": a list of parts, examples of the whole, kept with it
            return None
        end = _before_day(toks, index, language)
        figure = next(
            (
                k
                for k in range(end - 1, max(0, end - 2 * MAX_SPEAKER) - 1, -1)
                if is_figure(toks, k, language) and not is_year(toks[k].low)
            ),
            None,
        )
        if (
            figure is None
            or not any(t.is_predicate for t in toks[:figure])
            or any(t.is_predicate or t.text in ",;" for t in toks[figure:end])
            or toks[figure - 1].low in language.measure_verbs
            or toks[figure - 1].low in language.figure_markers
        ):
            return None
        # what is said of the whole after its noun ("on the opening weekend of …", "di Istana
        # Negara, Selasa (10/11/2026)") holds for the part
        noun_end = next(
            (k for k in range(figure + 1, index) if toks[k].low in language.prepositions), index
        )
        if is_figure(included, 0, language) and (
            len(included) == 1 or included[1].low in language.prepositions
        ):
            # "40,000 homes, including 300 in the county": 300 homes
            included = included[:1] + toks[figure + 1 : noun_end] + included[1:]
        part = Piece(
            toks=included,
            prefix=span_text(toks[:figure]),
            suffix=span_text(toks[noun_end:index]),
            carried_verb=True,
        )
        # the comma that closes the part goes too when the clause goes on with its adverbials
        # ("412 firearms, including …, at a gun buyback"), not before a clause or a phrase
        adverbial = close + 1 < len(toks) and toks[close + 1].low in language.prepositions
        return toks[:index] + toks[close + 1 if adverbial else close :], part
    return None


def _before_day(toks: list[Tok], comma: int, language: Language) -> int:
    """The comma before a day set off by commas that ends at ``comma`` ("…, Selasa
    (10/11/2026), termasuk"); ``comma`` itself when there is none."""
    opening = next((k for k in range(comma - 1, 0, -1) if toks[k].text in ",;"), None)
    if opening is not None and day_set_off(toks, opening + 1, comma, language):
        return opening
    return comma
