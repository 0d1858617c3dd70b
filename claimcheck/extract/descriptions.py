"""What a clause says about a name in it besides its own claim: a relative clause or an
appositive on a subject, a participle's phrase on a subordinate clause's subject, a description
fronted before its subject, an appositive on the whole event at the end (an object's and a
figure's are in ``object_descriptions.py``). Each is found here; ``coordination.py`` and
``__init__`` decide what they become (a claim of its own about the name, usually the
author's)."""

from __future__ import annotations

from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    WINDOW,
    Tok,
    first_predicate,
    has_content,
    is_number,
    match_phrase,
    name_start,
    span_text,
    without_fronted_circumstances,
    without_title,
)
from claimcheck.extract.verb_phrases import dated_verb_phrase
from claimcheck.lang import Language


def resumes_clause(rest: list[Tok], language: Language) -> bool:
    """Whether ``rest`` goes on with a clause's own predicate, maybe after an adverb ("also
    said", "mungkin menyebabkan") or a time phrase ("tahun ini diperkirakan ...")."""
    for tok in rest[:3]:  # "kemungkinan beroperasi", "also said"
        if tok.is_word and tok.is_predicate:
            return True
        if tok.low not in language.adverbs and tok.low not in language.hedges:
            break
    return bool(rest) and dated_verb_phrase(rest, 0, language)


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
            # "found expired food, a broken freezer and evidence of rodents": a list goes on
            and not any(t.low in language.clause_coordinators for t in rest)
        ):
            return index
        return None
    return None


def described_person(toks: list[Tok], comma: int, language: Language) -> str:
    """The person a sentence-final appositive after ``comma`` describes, when it describes
    the name before it rather than the event: "… to the family of Tyler Grady, a
    19-year-old freshman who died …" → "Tyler Grady" (an age, a title or "who" marks a
    person); else ""."""
    start = name_start(toks[:comma])
    rest = toks[comma + 1 :]
    if start == comma or start == 0:
        return ""
    # the marker comes with the appositive's head ("a 19-year-old freshman who"), not later
    # ("a decision that angered neighbors who use it")
    head = rest[:5]
    if not any(
        t.low in language.person_relativizers or t.low.endswith("-year-old") for t in head
    ) and not (len(rest) > 1 and rest[1].low in language.titles):
        return ""
    if any(
        t.low in language.relativizers and t.low not in language.person_relativizers for t in head
    ):
        return ""
    return span_text(without_title(toks[start:comma], language))


def clause_head(toks: list[Tok], language: Language) -> str:
    """The subject, first predicate and object of a clause: what an appositive describes."""
    verb = first_predicate(toks, 0, language)
    if verb is None:
        return ""
    end = verb + 1
    # "fell 9.4%": a figure keeps its mark
    while (
        end < len(toks)
        and end - verb <= MAX_SPEAKER
        and (toks[end].is_word or toks[end].text in "%$€£")
    ):
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


def parenthetical(
    toks: list[Tok], context: Context, reported: bool = False
) -> tuple[list[Tok], Piece] | None:
    """``NP, who C, REST`` / ``NP, yang C, REST`` / ``NP, APPOSITIVE, REST`` at the start of
    a clause, maybe after where and when ("In a statement, Acme Steel, the city's largest
    employer, denied …"): the clause without the parenthetical (NP then REST), and the
    parenthetical as a claim of its own about NP, which the author asserts ("Councilman Derek
    Hale, who voted against the plan, said ..." → "Councilman Derek Hale voted against the
    plan"). ``reported``: ``toks`` are what a reporting verb reports, whose subject is in
    lower case ("said the bridge, built in 1932, will …")."""
    found = _parenthetical(toks, context, reported)
    if found is None:
        rest = without_fronted_circumstances(toks, context.language)
        if len(rest) < len(toks):
            inside = _parenthetical(rest, context, reported)
            if inside is not None:
                return toks[: len(toks) - len(rest)] + inside[0], inside[1]
    return found


def qualifies_clause(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether the phrase set off at ``index`` qualifies its clause rather than describing the
    noun before it: "along with two partners", "unlike its neighbors", "including its charter
    schools"."""
    return toks[index].low in language.aside_openers or bool(
        match_phrase(toks, index, language.inclusion_markers)
    )


def _parenthetical(
    toks: list[Tok], context: Context, reported: bool
) -> tuple[list[Tok], Piece] | None:
    language = context.language
    # A name with its title and institution may be long: "Ekonom Center of Reform on
    # Economics (CORE) Indonesia Lestari Ningsih, yang ...".
    comma = next((i for i, t in enumerate(toks[: 2 * MAX_SPEAKER + 1]) if t.text == ","), None)
    if not comma:
        return None
    head = toks[:comma]
    # "Jumlah wisatawan yang menyeberang ke Pulau Padar, yang …": a verb in the subject's own
    # restrictive relative clause
    restrictive = next(
        (k for k, t in enumerate(head) if k and t.low in language.relativizers), len(head)
    )
    if head[0].low in language.prepositions or any(
        (t.is_predicate and k < restrictive) or not (t.is_word or t.text in ".()")
        for k, t in enumerate(head)
    ):
        return None  # "In terms of the last one, ...": an adverbial, not a subject ("Dr." is)
    opener = head[0].low
    if opener in language.stopwords and opener not in language.determiners:
        return None  # "We call that X, although, ...", "If elected president, I will ..."
    close = _closing_comma(toks, comma)
    if close is None:
        return None
    inner, rest = toks[comma + 1 : close], toks[close + 1 :]
    if match_phrase(inner, 0, language.openers) == len(inner):
        return None  # "The law, however, does not …": a connective, not a description
    opener = inner[0].low
    if not _participle_appositive(inner, language) and (
        opener in language.prepositions
        or opener in language.subordinators
        or opener in language.list_openers
        or opener in language.concessives
        or qualifies_clause(inner, 0, language)
    ):
        # "the city, like many others, faces", "the firm, since 2019, has", "the firm,
        # though, still owes", "the company, along with two partners, will", "the district,
        # including its charter schools, serves": an adverbial, a connective or the scope of
        # what the clause says, no description
        return None
    relative = opener in language.relativizers
    # A clause may open in lower case after "Menurut X, …"; only a relative clause then
    # marks a parenthetical ("di sisi lain, …" is no subject). What a reporting verb reports
    # opens with its subject: a determiner's, or one that holds a name.
    subject = reported and (
        head[0].low in language.determiners or any(t.is_capitalized for t in head)
    )
    if not (toks[0].is_capitalized or relative or subject):
        return None
    titled = _titled_relative(toks, comma, close, language)
    if titled is not None:
        return titled
    if not resumes_clause(rest, language):
        return None
    named = span_text(without_title(head, language))
    run = name_start(head)
    preposition = next((k for k in range(run) if head[k].low in language.prepositions), None)
    if not relative and preposition is not None:
        # "The merger with Northfield Bank, a regional lender …": the bank is the lender; but
        # "Bendungan Wae Lengkeng di Manggarai Barat, salah satu proyek …": the dam, not its
        # place, is the project. A relative clause is about the whole subject ("Produksi
        # garam di Sumenep, yang tahun lalu mencapai 410.000 ton, …").
        if head[preposition].low in language.place_prepositions:
            named = span_text(without_title(head[:preposition], language))
        elif run < len(head):
            named = span_text(head[run:])
    elif relative and restrictive < run < len(head):
        # "Jumlah wisatawan yang menyeberang ke Pulau Padar, yang sejak Juli dikenai tiket …":
        # the subject is already restricted; the second clause is about the name it ends in
        named = span_text(head[run:])
    # "a regional lender with 41 branches in Ohio and Indiana", "salah satu proyek strategis
    # nasional di Nusa Tenggara Timur": a determiner opens one long noun phrase
    opened = inner[0].low in language.determiners or match_phrase(
        inner, 0, language.fronted_appositive_openers
    )
    longest = 2 * MAX_SPEAKER if opened else MAX_SPEAKER
    if relative and opener in language.possessive_relativizers:
        claim = Piece(toks=inner[1:], prefix=f"{named}'s")  # "the man, whose name was …"
    elif relative and not subject_relative(inner, language):
        # "the house, which his father built in 1950": the relative clause has a subject of
        # its own; the head is its verb's object ("his father built the house in 1950")
        verb = first_predicate(inner, 1, language)
        if verb is None:
            return None
        if _reports_of_head(inner, verb, language):
            # "the firm, which he said had 12 employees": what he said of the firm, his claim
            speaker = span_text(inner[1:verb])
            claim = Piece(toks=inner[verb + 1 :], prefix=named, speaker=speaker)
        else:
            claim = Piece(toks=inner[1 : verb + 1] + head + inner[verb + 1 :])
    elif relative:
        claim = Piece(toks=inner[1:], prefix=named)
    elif _hearsay_appositive(inner, language):
        # "The suspect, believed to be 19, was arrested": believed now, a hedged claim
        claim = Piece(toks=inner, prefix=f"{named} {_copula(head, language, past=False)}")
    elif _participle_appositive(inner, language):
        # "The bridge, built in 1932, will be replaced": the bridge was built in 1932
        claim = Piece(toks=inner, prefix=f"{named} {_copula(head, language, past=True)}")
    elif (
        not any(t.is_predicate for t in inner)
        # "the two men, ages 19 and 22,": a plural's description needs a plural copula
        and not _plural_head(head, language)
        and (inner[0].low not in language.stopwords or opened)
        and len(inner) <= longest
        and all(t.is_word for t in inner)
        and has_content(inner, language)
        # "Sang pemain keyboard, Jordan Rudess,": a name after its label only names it.
        and not all(t.is_capitalized for t in inner)
    ):
        verb, unit = language.age_words
        if len(inner) == 1 and inner[0].low.isdigit() and verb:
            # "Budi, 45,": his age ("Budi berusia 45 tahun", "Budi is 45")
            claim = Piece(toks=inner, prefix=f"{named} {verb}", suffix=unit)
        else:
            claim = Piece(toks=inner, prefix=f"{named} {language.copula}")
    else:
        return None
    return head + rest, claim


def _reports_of_head(inner: list[Tok], verb: int, language: Language) -> bool:
    """Whether the relative clause ``inner`` reports what its subject says of the head: a
    reporting verb whose clause goes on with the head's own predicate ("which he said had",
    "which residents say is")."""
    return (
        inner[verb].low in language.reporting_verbs
        and verb + 1 < len(inner)
        and inner[verb + 1].is_predicate
    )


def subject_relative(inner: list[Tok], language: Language) -> bool:
    """Whether the relative clause ``inner`` (its relativizer first) is about its head as
    subject ("which drew", "who chairs", "yang baru dilantik"), not one with a subject of its
    own: a determiner, a pronoun, a name or a number right after the relativizer ("which his
    father built", "which she attended", "which the agency released"), or a word and then a
    verb ("which critics call", "which lawmakers passed")."""
    if len(inner) < 2:
        return False
    first = inner[1]
    if first.is_predicate or first.low in language.adverbs or first.low in language.negators:
        return True
    if (
        first.low in language.determiners
        or first.low in language.pronouns
        or first.is_capitalized
        or is_number(first.low, language)
    ):
        return False
    # (a word and then a verb is a subject where modifiers come first; Indonesian says an
    # object's clause with a passive: "yang dibangun ayahnya", and "yang baru dilantik" is
    # the head's)
    return not (language.modifiers_precede_head and len(inner) > 2 and inner[2].is_predicate)


def _closing_comma(toks: list[Tok], comma: int) -> int | None:
    """The comma that closes a phrase set off by the one at ``comma``, within half a window."""
    end = min(len(toks), comma + 2 + WINDOW // 2)
    return next((i for i in range(comma + 2, end) if toks[i].text == ","), None)


def _copula(head: list[Tok], language: Language, past: bool) -> str:
    """The copula that says a description of ``head``: plural or not ("Residents, …" → "were";
    "Mr. Hughes" → "was"), past for a participle, present for hearsay ("is believed")."""
    plural = _plural_head(head, language)
    if past:
        return language.plural_past_copula if plural else language.figure_copulas[1]
    return language.plural_copula if plural else language.copula


def _plural_head(head: list[Tok], language: Language) -> bool:
    """Whether a subject is plural by its last word ("the two men", "Residents"): English
    has a plural copula for it, Indonesian none to choose."""
    last = head[-1].low
    return (
        bool(language.plural_past_copula)
        and (len(head) == 1 or not head[-1].is_capitalized)  # "Dr. Samuel Reyes": a name
        and (
            last.endswith(language.plural_suffixes or ("\0",)) or last in language.irregular_plurals
        )
    )


def embedded_participle(toks: list[Tok], language: Language) -> tuple[list[Tok], Piece] | None:
    """``… after a state law, passed that March, required dealers …``: a past participle's
    phrase set off after the subject of a subordinate clause (a determiner right after the
    subordinator), its clause resuming with its verb: the clause without it, and what it says
    of the subject ("a state law was passed that March")."""
    for comma, tok in enumerate(toks):
        if tok.text != "," or comma < 3:
            continue
        close = _closing_comma(toks, comma)
        if close is None or close + 1 >= len(toks) or not toks[close + 1].is_predicate:
            continue
        inner = toks[comma + 1 : close]
        if not _participle_appositive(inner, language):
            continue
        start = comma - 1
        while (
            start > 0
            and toks[start].is_word
            and not toks[start].is_predicate
            and (
                toks[start].low not in language.stopwords or toks[start].low in language.determiners
            )
        ):
            if toks[start].low in language.determiners:
                break
            start -= 1
        if (
            start > 0
            and toks[start].low in language.determiners
            and toks[start - 1].low in language.subordinators
            and comma - start >= 2
        ):
            head = toks[start:comma]
            copula = _copula(head, language, past=True)
            return toks[:comma] + toks[close + 1 :], Piece(
                toks=inner, prefix=f"{span_text(head)} {copula}"
            )
    return None


def _hearsay_appositive(inner: list[Tok], language: Language) -> bool:
    """Whether ``inner`` is hearsay about its noun: "believed to be 19", "said to be worth
    $2 million" (a participle of hearsay, then "to" and a verb)."""
    return (
        len(inner) > 3
        and inner[0].low in language.hearsay_participles
        and inner[1].low == "to"
        and (inner[2].low in language.verbs or inner[2].low in language.copulas)
    )


def _participle_appositive(inner: list[Tok], language: Language) -> bool:
    """Whether ``inner`` is a past participle's phrase ("built in 1932", "filed in federal
    court in Seattle", "once used for farming"): its first word a past, maybe after an
    adverb of time, and no other verb in it."""
    if inner and inner[0].low in language.participle_adverbs:
        inner = inner[1:]
    return (
        language.is_past is not None
        and len(inner) > 1
        and inner[0].is_predicate
        and inner[0].low not in language.method_participles  # "adjusted for inflation"
        and language.is_past(inner[0].low)
        and not any(t.is_predicate for t in inner[1:])
        and has_content(inner[1:], language)
    )


def _titled_relative(
    toks: list[Tok], comma: int, close: int, language: Language
) -> tuple[list[Tok], Piece] | None:
    """``Title, Name, yang C, REST`` ("Direktur Penerimaan Mineral dan Batubara, Yusuf
    Hadiwinata, yang baru dilantik bulan lalu, mengatakan ..."): the clause without the
    relative clause, and C as the author's claim about the named person."""
    name = toks[comma + 1 : close]
    if not (
        toks[0].low in language.titles
        and 0 < len(name) <= 4
        and all(t.is_capitalized for t in name)
        and close + 2 < len(toks)
        and toks[close + 1].low in language.relativizers
    ):
        return None
    end = next((i for i in range(close + 2, len(toks)) if toks[i].text == ","), None)
    if end is None or not resumes_clause(toks[end + 1 :], language):
        return None
    claim = Piece(toks=toks[close + 2 : end], prefix=span_text(name))
    return toks[:close] + toks[end + 1 :], claim


def fronted_appositive(toks: list[Tok], language: Language) -> tuple[list[Tok], Piece] | None:
    """``Salah satu bentuk dari sepak bola rugbi, olahraga ini didasarkan ...`` / ``A former
    surgeon, the minister said ...``: the clause after the comma, and the description as the
    author's claim about its subject ("olahraga ini adalah salah satu bentuk ...")."""
    opener = match_phrase(toks, 0, language.fronted_appositive_openers)
    if not opener:
        return None
    comma = next(
        (i for i in range(opener, min(len(toks), WINDOW // 2)) if toks[i].text == ","), None
    )
    if comma is None or comma + 2 >= len(toks) or comma - opener < 2:
        return None
    fronted = toks[:comma]
    if any(t.is_predicate or not t.is_word for t in fronted) or not has_content(fronted, language):
        return None
    if any(
        t.low in language.time_words or t.low in language.time_units or t.low in language.months
        for t in fronted
    ):
        return None  # "A year later, the company ...": when, not what
    rest = toks[comma + 1 :]
    if rest[0].low == toks[0].low:
        return None  # "One of the things, one of the things that ...": a restart
    verb = first_predicate(rest, 0, language)
    if verb is None or verb == 0 or verb > MAX_SPEAKER:
        return None
    subject = [t for t in rest[:verb] if t.is_word]
    if not subject or any(t.text == "," for t in rest[:verb]):
        return None
    named = span_text(without_title(subject, language))
    first = toks[0].low
    described = fronted
    if first in language.stopwords and first not in language.determiners:
        # "Sebagai ketua partai, Megawati ...": the preposition is not the description's, and
        # only a title or a determiner after it describes someone ("Sebagai contoh, ...": no).
        following = toks[1].low
        if following not in language.titles and following not in language.determiners:
            return None
        described = fronted[1:]
    return rest, Piece(toks=described, prefix=f"{named} {language.copula}")
