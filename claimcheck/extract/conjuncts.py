"""Where a clause splits (``clause_cuts``) and what the words after a coordinator are — a
clause with its own subject, a verb phrase (after adverbs, a time phrase, or a modal: "will
hire X and extend Y"), or the end of a list — and what a verb phrase that lost its subject
carries over from the first one: the subject and its auxiliaries ("The war has killed X and
driven Y")."""

from __future__ import annotations

from claimcheck.extract.counts import counted_part
from claimcheck.extract.pieces import Context
from claimcheck.extract.speakers import day_set_off
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    MAX_SUBJECT,
    Tok,
    contracted_subject,
    first_predicate,
    is_figure,
    is_time_word,
    is_year,
    main_after_relative,
    match_phrase,
    span_text,
    third_person_form,
)
from claimcheck.extract.verb_phrases import (
    after_modal,
    bare_verb_phrase,
    dated_verb_phrase,
    infinitive_after,
    infinitive_verb_phrase,
    passive,
    serial_bare_verb,
    verb_after_adverbs,
    verb_before,
)
from claimcheck.lang import Language

# The most words a list item may have before the list's last one.
MAX_ITEM = 6


def list_in_progress(toks: list[Tok], first: int, index: int, language: Language) -> bool:
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
            0 < len(item) <= MAX_ITEM
            and item[0].low not in language.clause_coordinators  # "..., and Elm Grove, and"
            and not any(t.is_predicate for t in item)
        ):
            return False
    return True


def with_auxiliaries(
    subject: str, toks: list[Tok], first: int, conjunct: int, language: Language, own: int = -1
) -> str:
    """The subject, with the auxiliaries its first verb phrase opens with when the next verb
    phrase has none: "The war has killed X and driven Y" carries "The war has"; through
    "to" when the next verb phrase opens with a bare verb: "The district plans to close X and
    cut Y" carries "The district plans to"; so does the verb phrase at ``own`` ("... and ordered
    the app to refund X and block Y" carries "ordered the app to")."""
    if not subject or conjunct >= len(toks) or toks[conjunct].low in language.auxiliaries:
        return subject
    if third_person_form(toks[conjunct].low, language):
        return subject  # "was damaged and remains closed": a finite verb of its own
    end = first
    while end < len(toks) and toks[end].low in language.auxiliaries:
        end += 1
    for verb in (end, own):  # the clause's first verb, or the conjunct's own ("and ordered")
        marker = infinitive_after(toks, verb, conjunct, language) if verb >= 0 else None
        if marker is not None and not toks[conjunct].low.endswith(language.inflections):
            opens = first if verb == end else verb
            return f"{subject} {span_text(toks[opens : marker + 1])}"
    if (
        end == first
        or end >= len(toks)
        or not (toks[end].is_predicate or after_modal(toks, end, language))
    ):
        return subject  # "has" as the main verb ("has 5 members") is no auxiliary
    return " ".join([subject, *(t.text for t in toks[first:end])])


def local_subject(toks: list[Tok], language: Language) -> str:
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


def resolved_subject(subject: list[Tok], context: Context) -> str:
    language = context.language
    if not subject or len(subject) > MAX_SUBJECT:
        return ""
    words = [t for t in subject if t.low not in ("juga", "also")]
    if len(words) == 1 and words[0].low in language.singular_pronouns and context.last_person:
        return context.last_person
    if match_phrase(words, 0, language.anaphors) == len(words) and context.last_subject:
        return context.last_subject
    return " ".join(t.text for t in words)


def existential(toks: list[Tok], start: int, language: Language) -> bool:
    """A clause that states existence has no subject to carry: "tetapi belum ada yang
    meninggal" (there is no one yet who died)."""
    index = start
    while index < len(toks) and (
        toks[index].low in language.negators or toks[index].low in language.adverbs
    ):
        index += 1
    return index < len(toks) and toks[index].low in language.existentials


def is_clause(toks: list[Tok], start: int, language: Language, after_comma: bool = False) -> bool:
    """A subject and its predicate within the next few tokens: "dan Y membahas ..."; after
    a comma the subject may be longer (", dan sebagian besar sistem Mac OS X dibangun")."""
    if start >= len(toks):
        return False  # a line that ends with the coordinator or verb
    if toks[start].low in language.relativizers:
        return False
    if toks[start].low in language.prepositions and not _approximate_figure(toks, start, language):
        return False
    # After "while" / "sedangkan" a clause comes, its subject maybe carrying a prepositional
    # phrase ("while revenue at the company fell").
    contrast = start and toks[start - 1].low in language.contrast_coordinators
    reach = MAX_SPEAKER if after_comma or contrast else 5
    partitive = 0  # tokens left of a partitive phrase
    # "dan tiga di antaranya kini hanya dituturkan": a part of the count is a subject, its
    # adverbs no words of it
    counted = counted_part(toks, start, language)
    for index in range(start + 1, min(len(toks), start + 1 + reach + 2 * counted)):
        tok = toks[index]
        partitive = max(partitive - 1, match_phrase(toks, index, language.partitives))
        if partitive or (
            tok.low in language.prepositions
            and (contrast or after_comma or toks[index - 1].low in language.comparatives)
        ):
            # "dan lebih dari setengahnya me-manage ...": a quantity, no adverbial; "dan tiga
            # pasien di antaranya meninggal": which of them, no adverbial either.
            continue
        if tok.low in language.relativizers and (after_comma or contrast):
            # ", dan pelamar yang digugurkan tidak akan dapat mendaftar": a subject with its
            # relative clause, then the predicate
            return _predicate_after_relative(toks, index + 1, language)
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
        if tok.is_predicate and (
            # a fifth word only when it is plainly a verb's: "dan seluruh 1.120 pengaduan
            # orang tua sudah ditindaklanjuti", not "party issues platform"
            reach > 5
            or counted
            or index - start < 5
            or tok.low in language.auxiliaries
            or tok.low in language.negators
        ):
            return True
    return False


def _undergoer_after_actor(verb: Tok, following: Tok, language: Language) -> bool:
    """Whether ``following``, right after a relative clause's active verb, is the main
    predicate: a verb with no actor in its subject ("di-", "ter-": "dihukum", "terancam")
    cannot be what the active verb takes ("melanggar")."""
    active = language.active_prefixes
    return (
        bool(active)
        and verb.is_predicate
        and verb.low.startswith(active)
        and verb.low not in language.complement_verbs  # "menolak direlokasi": what is refused
        and following.is_predicate
        and following.low.startswith(language.undergoer_prefixes)
    )


def _approximate_figure(toks: list[Tok], start: int, language: Language) -> bool:
    """Whether the preposition at ``start`` approximates the figure after it ("about 1.3
    million households", "over 200 people"): a subject's, not an adverbial (but "in 2020")."""
    following = start + 1
    return (
        following < len(toks)
        and is_figure(toks, following, language)
        and not is_year(toks[following].low)
    )


def _predicate_after_relative(toks: list[Tok], start: int, language: Language) -> bool:
    """Whether a main predicate follows the relative clause opening at ``start`` ("yang
    belum bersertifikat tidak", "who were evacuated were"; past the relative verb's object,
    a negator or auxiliary before a verb: "yang melanggar aturan serupa tahun lalu tidak akan
    diberi izin")."""
    for index in range(start + 1, min(len(toks) - 1, start + 8)):
        tok = toks[index]
        if tok.text in ",;":
            return False
        if index < start + 3 and main_after_relative(toks, index, language):
            return True
        if index == start + 1 and _undergoer_after_actor(toks[start], tok, language):
            return True  # "platform yang melanggar terancam denda"
        if tok.low in language.relativizers:
            return False  # "di atas lahan yang belum bersertifikat": a relative inside it
        if (
            (tok.low in language.negators or tok.low in language.auxiliaries)
            and not toks[index - 1].is_predicate
            and toks[start].is_predicate
            and (toks[index + 1].is_predicate or toks[index + 1].low in language.auxiliaries)
        ):
            return True
    return False


def compared_with(toks: list[Tok], first: int, index: int, language: Language) -> bool:
    """Whether the coordinator at ``index`` joins what something is compared with ("than on
    parks and libraries combined"): a "than" a few words before it, no comma between."""
    for k in range(index - 1, max(first, index - 5), -1):
        if toks[k].text in ",;":
            return False
        if toks[k].low in language.standard_markers:
            return True
    return False


def after_closed_list(
    toks: list[Tok], segment_start: int, index: int, first: int, language: Language
) -> bool:
    """Whether the coordinator at ``index`` follows a list's last item (a coordinator earlier
    in its comma-separated segment) and opens a verb phrase."""
    following = toks[index + 1] if index + 1 < len(toks) else None
    return (
        following is not None
        and any(t.low in language.clause_coordinators for t in toks[segment_start:index])
        and (
            (following.is_predicate and not following.is_capitalized)
            or bare_verb_phrase(toks, first, index + 1, language)
        )
    )


def clause_cuts(
    toks: list[Tok], first: int, language: Language
) -> tuple[list[tuple[int, int, bool]], set[int]]:
    """Where a clause whose first predicate is at ``first`` splits into conjuncts: (conjunct
    start, cut token, whether a verb phrase follows) in order, and the cuts between two verbs
    that share one object."""
    cuts: list[tuple[int, int, bool]] = []  # (conjunct start, cut token, verb phrase?)
    shared: set[int] = set()  # cuts between two verbs of one object
    index = first + 1
    depth = 0
    segment_verb = True  # the comma-separated segment has a predicate before this point
    segment_start = index
    relativizers = language.relativizers
    while index < len(toks):
        tok = toks[index]
        if tok.text in "([“«":
            depth += 1
        elif tok.text in ")]”»" and depth:
            depth -= 1
        elif depth == 0 and tok.text in ",;":
            segment_verb = False
            segment_start = index + 1
        elif depth == 0 and _result_clause(toks, index, language, segment_verb):
            cuts.append((index + 1, index, False))  # ", so a vote … was postponed"
        elif (
            depth == 0
            # "..., sementara harga bawang merah turun": a coordinator after a comma opens a
            # clause as well; elsewhere a segment without a verb is a list item, unless the
            # list has had its last item ("will close A, B and C and lay off 640 workers").
            and (
                segment_verb
                or toks[index - 1].text == ","
                or after_closed_list(toks, segment_start, index, first, language)
            )
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
            if relative is not None and toks[index - 1].text == ",":
                relative = None  # "dengan gading yang masih utuh, dan satwa itu …": it ended
            if relative is not None or compared_with(toks, first, index, language):
                # "yang telah dimodifikasi dan dilengkapi": inside the relative clause; "than
                # on parks and libraries combined": inside what is compared
                pass
            elif match_phrase(toks, index + 1, language.negative_subjects) or (
                following.low in language.negative_determiners
                # "and no longer makes engines": an adverb, the verb phrase goes on
                and not match_phrase(toks, index + 1, language.negative_adverbs)
                and is_clause(toks, index + 2, language)
            ):
                # "and no one was arrested", "and no employee was overpaid": a clause
                cuts.append((index + 1, index, False))
            elif (
                following.is_predicate
                and not _listed_plural(toks, index, language)
                and not _coordinated_adjectives(toks, index, language)
            ):
                if contracted_subject(following, language) or existential(
                    toks, index + 1, language
                ):
                    cuts.append((index + 1, index, False))  # "but it's got to be done"
                else:
                    # "untuk menyerap dan menyimpan karbon": two verbs share one object; "was
                    # arrested and charged with battery": a passive shares none, nor does a verb
                    # phrase with an auxiliary of its own ("telah tiba dan akan beroperasi").
                    if (
                        verb_before(toks, index, language)
                        and not passive(toks, index - 1, language)
                        and following.low not in language.auxiliaries
                        # "kapasitas penuh dan menyerap 2.000 pekerja", "selesai dan mulai
                        # beroperasi": a word without a verb's affix takes no object
                        # (nor does "berlangsung": "ber-" verbs take none)
                        and (
                            not language.transitive_prefixes
                            or toks[index - 1].low.startswith(language.transitive_prefixes)
                        )
                    ):
                        shared.add(index)
                    cuts.append((index + 1, index, True))
            elif (
                dated_verb_phrase(toks, index + 1, language)
                or verb_after_adverbs(toks, index + 1, language)
                or bare_verb_phrase(toks, first, index + 1, language)
                or infinitive_verb_phrase(toks, first, index + 1, language)
            ):
                cuts.append((index + 1, index, True))
            elif is_clause(
                toks, index + 1, language, toks[index - 1].text == ","
            ) and not list_in_progress(toks, first, index, language):
                cuts.append((index + 1, index, False))
        elif tok.is_predicate or (
            toks[index - 1].text == "," and bare_verb_phrase(toks, first, index, language)
        ):
            segment_verb = True  # "…, hire 300 workers and raise pay": a verb phrase's
        index += 1
    # A verb phrase after a comma: a serial list ("membunuh A, mengusir B dan menghancurkan
    # C") or a second predicate of the subject ("ditetapkan sebesar Rp 7,4 triliun, naik 5,2
    # persen").
    taken = {cut for _, cut, _ in cuts}
    # "A fell, B rose, and C may follow": a clause after ", and" closes a list of clauses
    listed_clauses = [
        cut for _, cut, verb_phrase in cuts if not verb_phrase and cut and toks[cut - 1].text == ","
    ]
    segment = first  # where the stretch before the next comma starts
    bare = False  # whether that stretch opens with a base-form verb phrase
    for index in [i for i in range(first, len(toks) - 2) if toks[i].text == ","]:
        following = toks[index + 1]
        # "will add a shift at its plant, hire 300 workers, open a clinic and raise pay": a
        # base-form verb with its object after a modal's verb phrase ("will fund police, fire
        # service and road repair": "fire service" is a noun, no object follows it)
        listed = serial_bare_verb(toks, first, index + 1, language)
        # "mencapai 312 kasus, 41 di antaranya dialami perempuan", ", sebagian besar diduga
        # berumur …": a part of what was counted, with a predicate of its own
        clause = (
            counted_part(toks, index + 1, language)
            or (
                not following.is_predicate
                and not verb_after_adverbs(toks, index + 1, language)  # "hanya cukup …"
                # "And if you go to my site, what you find …": a condition is no clause of the list
                and all(
                    t.low not in language.subordinators
                    for t in toks[(0 if segment == first else segment) :][:2]
                )
                and any(cut > index + 1 for cut in listed_clauses)
                and is_clause(toks, index + 1, language, after_comma=True)
            )
        )
        if (
            # the stretch before the comma has a verb ("kakaknya, Paula, memberitahunya": no)
            (bare or any(t.is_predicate for t in toks[segment:index]))
            and index not in taken
            # "…, hanya cukup untuk dua hari", "…, then reopened in 2021": adverbs first
            and (
                following.is_predicate
                or listed
                or clause
                or verb_after_adverbs(toks, index + 1, language)
            )
            and following.low not in language.reporting_verbs
            and following.low not in language.negators
            and not match_phrase(toks, index + 1, language.source_phrases)
        ):
            # "..., there's no real problem, it's over-exaggerated": a clause of its own.
            verb_phrase = not (clause or contracted_subject(following, language))
            cuts.append((index + 1, index, verb_phrase))
        close = next((k for k in range(index + 1, len(toks)) if toks[k].text == ","), None)
        if not (
            close is not None
            and day_set_off(toks, index + 1, close, language)
            # Indonesian: only after an undergoer's verb; after an active one the verb phrase
            # describes its object ("menemukan mayat pria di Kali Malang, Senin (3/3),
            # mengambang di dekat pintu air")
            and (
                language.modifiers_precede_head
                or toks[first].low.startswith(language.undergoer_prefixes or ("\0",))
            )
        ):
            # (a day set off by commas is the stretch's own: "terpilih di Lausanne, Sabtu
            # (24/10/2026), mengalahkan Doha": the verb phrase after it goes on the clause)
            segment = index + 1
        bare = listed
    cuts.sort()
    return cuts, shared


def _result_clause(toks: list[Tok], index: int, language: Language, after_verb: bool) -> bool:
    """``…, so a vote … was postponed`` / ``…, sehingga jumlah … mencapai``: a clause stating a
    result opens after the comma and the word at ``index``; after a stretch with a verb
    (``after_verb``) some need no comma ("habis sejak September sehingga 74 terdakwa …")."""
    if toks[index].low not in language.result_coordinators or index + 1 >= len(toks):
        return False
    bare = (
        after_verb
        and toks[index].low in language.bare_result_coordinators
        # a result of what is only planned, required or hoped for is no fact of its own
        # ("akan menambah anggaran sehingga semua terdakwa mendapat pengacara"), nor one
        # that is only possible ("sehingga impor beras bisa dihentikan")
        and not any(
            t.low in language.unrealised_markers
            or t.low in language.deontic_modals
            or t.low in language.target_verbs
            for t in _comma_stretch(toks, index)
        )
    )
    if toks[index - 1].text != "," and not bare:
        return False
    opener = toks[index + 1]
    # "so we closed", "so a vote", "so Congress": a subject follows ("so much that": none);
    # in Indonesian one of two words or more ("sehingga jumlah Pahlawan Nasional kini
    # mencapai …"; not "sehingga perlu dievaluasi")
    subject = (
        opener.is_capitalized
        or opener.low in language.pronouns
        or opener.low in language.first_person
        or opener.low in language.determiners
        or opener.low[0].isdigit()
        or (
            not language.modifiers_precede_head
            and index + 2 < len(toks)
            and not toks[index + 2].is_predicate
        )
    )
    return (
        subject
        # "so the mayor says, …": an aside on who said it, no clause
        and not _reporting_aside(toks, index + 1, language)
        and is_clause(toks, index + 1, language, after_comma=True)
    )


def _comma_stretch(toks: list[Tok], index: int) -> list[Tok]:
    """The tokens between the commas around ``index``."""
    start = next((k + 1 for k in range(index - 1, -1, -1) if toks[k].text in ",;"), 0)
    end = next((k for k in range(index + 1, len(toks)) if toks[k].text in ",;"), len(toks))
    return toks[start:end]


def _reporting_aside(toks: list[Tok], start: int, language: Language) -> bool:
    """``so the mayor says, …``: a short subject, a reporting verb, then a comma."""
    for index in range(start, min(len(toks) - 1, start + 4)):
        if toks[index].is_predicate:
            return toks[index].low in language.reporting_verbs and toks[index + 1].text == ","
    return False


def _coordinated_adjectives(toks: list[Tok], index: int, language: Language) -> bool:
    """``ramps for older and disabled residents``: an adjective and a participle before one
    noun, right after a preposition or a verb: no verb phrase after "and"."""
    if not language.adjective_suffixes or index < 2 or index + 2 >= len(toks):
        return False
    before, previous = toks[index - 2], toks[index - 1]
    following, noun = toks[index + 1], toks[index + 2]
    return (
        (before.low in language.prepositions or before.is_predicate)
        and previous.is_word
        and not previous.is_predicate
        and (previous.low.endswith(language.adjective_suffixes) or "-" in previous.text)
        and following.low.endswith(language.participle_suffixes)
        and noun.is_word
        and not noun.is_predicate
        and noun.low not in language.stopwords
    )


def _listed_plural(toks: list[Tok], index: int, language: Language) -> bool:
    """``replacing uniforms and signs, …``: a word in "-s" after the coordinator at ``index``
    that ends its stretch, after another plural noun, is the list's last noun, not a verb."""
    following, previous = toks[index + 1], toks[index - 1]
    after = toks[index + 2 : index + 4]
    # the clause ends, or the next clause opens: "…, and students could vote" (not an aside:
    # "and exports, mainly to Japan, …")
    ends = (
        not after
        or after[0].text in ".;"
        or (
            after[0].text == "," and len(after) > 1 and after[1].low in language.clause_coordinators
        )
    )
    return (
        ends
        and previous.is_word
        and not previous.is_predicate
        and any(
            following.low.endswith(ending) and previous.low.endswith(ending)
            for ending in language.inflections[:1]
        )
    )


def subject_list(toks: list[Tok], language: Language) -> tuple[list[list[Tok]], int] | None:
    """``Pine Lake Lodge, the Crescent Falls campground and the Hollow Ridge visitor center
    will stay closed``: three or more subjects, comma-separated with a coordinator before the
    last, share one predicate; each is a claim of its own. (The subjects, the predicate's
    index), else ``None``. Two subjects ("Clinton and Kaine want …") may act together: left
    whole."""
    if not any(t.text == "," for t in toks[: 3 * MAX_SUBJECT]):
        return None  # most clauses: no list before the verb
    verb = first_predicate(toks, 0, language)
    if verb is None or verb < 5 or verb > 3 * MAX_SUBJECT:
        return None
    subject = toks[:verb]
    if any(not (t.is_word or t.text in ",-'’") for t in subject):
        return None  # brackets, quotes, dashes: not a plain list
    commas = [k for k, t in enumerate(subject) if t.text == ","]
    if len(commas) < 1:
        return None
    last = next(
        (k for k in range(commas[-1] + 1, verb) if subject[k].low in language.clause_coordinators),
        None,
    )
    if last is None:
        return None
    bounds = [-1, *commas, last]
    items = [subject[a + 1 : b] for a, b in zip(bounds, bounds[1:])]  # noqa: B905
    items.append(subject[last + 1 :])
    items = [
        item[1:] if item and item[0].low in language.clause_coordinators else item for item in items
    ]
    if len(items) < 3 or any(
        not item
        or len(item) > MAX_SPEAKER
        or not (item[0].is_capitalized or item[0].low in language.determiners)
        # "Sebagai penerima, HS dan RA", "Last year, the city and the county": an
        # adverbial, no subject
        or (item[0].low in language.stopwords and item[0].low not in language.determiners)
        or any(is_time_word(t.low, language) for t in item)
        for item in items
    ):
        return None
    return items, verb
