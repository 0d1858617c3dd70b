"""Who a speaker phrase names: a person with their title, a pronoun resolved to the last
person named ("Menurutnya,"), "the authority" / "perusahaan itu" resolved to the body the
sentence names, or the body behind a document ("a survey by the central bank"); who a
sentence's subject is, for the pronouns after it; and a body's "it" as the body ("the company
said it would close the plant")."""

from __future__ import annotations

from itertools import takewhile

from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    Tok,
    is_time_word,
    span_text,
    subject_tokens,
)
from claimcheck.lang import Language


def speaker_name(toks: list[Tok], context: Context) -> str | None:
    """A speaker name from its tokens; a pronoun resolves to the last named person, "the
    authority" / "perusahaan itu" to the body the sentence (or the one before) names."""
    language = context.language
    words = [t for t in toks if t.is_word]
    if not words:
        return None
    body = _named_body(words, context)
    if body:
        context.last_body = body
        return body
    # "a state health department report released Monday": its author, before it
    late = next(
        (
            k
            for k, t in enumerate(words)
            if k >= 2 and t.low in language.documents and not _inside_name(words, k)
        ),
        None,
    )
    if late is not None and language.modifiers_precede_head:
        author = [t for t in words[:late] if t.low not in language.determiners]
        # up to its last capitalised word or body's noun: "World Health Organization's latest"
        last = max(
            (k for k, t in enumerate(author) if t.is_capitalized or t.low in language.bodies),
            default=-1,
        )
        author = author[: last + 1]
        if (
            author
            and not any(t.is_predicate for t in author)
            # a body, not when ("Monday's jobs report") or a kind of report ("the annual")
            and not any(
                is_time_word(t.low.removesuffix("'s").removesuffix("’s"), language) for t in author
            )
        ):
            named = speaker_name(author, context) or ""
            return named.removesuffix("'s").removesuffix("’s") or None
    # "laporan Badan Pusat Statistik", "a survey by the central bank": the body speaks
    document = next(
        (
            k
            for k, t in enumerate(words[:3])
            if t.low in language.documents and not (k and _inside_name(words, k))
        ),
        None,
    )
    if document is not None and document + 1 < len(words):
        author = document + 1
        # "keterangan tertulis Otoritas Jasa Keuangan", "annual report of": what kind of
        # document it is
        while author + 1 < len(words) and words[author].low in language.document_kinds:
            author += 1
        # "a report released Wednesday by the Audit Bureau": past when it came out, its author
        author = next(
            (
                k
                for k in range(author, min(len(words) - 1, author + 4))
                if words[k].low in language.author_prepositions
            ),
            author,
        )
        if words[author].low in language.author_prepositions:
            author += 1
        if author < len(words) and (author > document + 1 or words[author].is_capitalized):
            # "data BPS yang dirilis Senin": what the document is, after its author
            end = next(
                (k for k in range(author + 1, len(words)) if words[k].low in language.relativizers),
                len(words),
            )
            return speaker_name(words[author:end], context)
        if (
            document
            and words[document + 1].is_predicate
            and not any(
                t.is_capitalized and not is_time_word(t.low, language)
                for t in words[document + 1 :]
            )
        ):
            # "a legislative audit released Wednesday": no author named; the document speaks
            named = [t.text for t in words[: document + 1] if t.low not in language.determiners]
            return " ".join(named)
    # "Dia juga", "Gary Whitfield on Monday": trailing function words and when it was said
    # are not the speaker.
    while len(words) > 1 and (
        # a capitalised one is a name's ("kantor berita Antara")
        (words[-1].low in language.stopwords and not words[-1].is_capitalized)
        or is_time_word(words[-1].low, language)
    ):
        words = words[:-1]
    if len(words) == 1 and words[0].low == language.body_pronoun and context.last_body:
        return context.last_body  # "it said": the last body that spoke
    if len(words) == 1 and words[0].low in language.pronouns:
        # "he" is the last named person; unnamed, or "they", the speaker is the pronoun.
        if words[0].low in language.singular_pronouns and context.last_person:
            return context.last_person
        return words[0].text
    # "kata Menteri Perdagangan Rabu", "Hillary Clinton six months ago": when the words
    # were said is not the speaker.
    while len(words) > 1 and (
        is_time_word(words[-1].low, language)
        or words[-1].low in language.number_words
        or words[-1].low[0].isdigit()
    ):
        words = words[:-1]
    # "Dewi Anggraini di Jakarta": where the words were said is not the speaker either; a
    # longer tail is an office's place and its holder ("Kepala Balai Besar POM di Surabaya
    # Endang Puspitasari").
    place = next(
        (
            k
            for k in range(max(2, len(words) - 3), len(words) - 1)
            if words[k].low in language.place_prepositions
        ),
        None,
    )
    if (
        place is not None
        and words[place - 1].is_capitalized
        and words[place - 2].is_capitalized
        and all(t.is_capitalized for t in words[place + 1 :])
    ):
        words = words[:place]
    # "Pengulas bernama Dimas Arya": the name is who spoke
    named = next((k for k, t in enumerate(words[:-1]) if t.low in language.naming_words), None)
    if named is not None and all(t.is_capitalized for t in words[named + 1 :]):
        words = words[named + 1 :]
    # "Lukashenko berulang kali", "Election officials also": adverbs are not the speaker.
    while len(words) > 1 and words[-1].low in language.adverbs:
        words = words[:-1]
    while len(words) > 1 and words[0].low in language.clause_coordinators:
        words = words[1:]
    if len(words) == 1 and words[0].is_capitalized and words[0].text in context.people:
        return context.people[words[0].text]  # "Whitcomb said": Parks Director Alan Whitcomb
    first, last = toks.index(words[0]), toks.index(words[-1])
    if last + 1 < len(toks) and toks[last + 1].text == ")":
        last += 1
    if all(t.is_word or t.text in "()." for t in toks[first : last + 1]):
        name = span_text(toks[first : last + 1])  # "Badan Pusat Statistik (BPS)", "Dr. Raman"
    else:
        name = " ".join(t.text for t in words)
    surname = words[-1].text
    if (
        len(words) > 1
        and any(t.low in language.titles for t in words)
        and words[-2].is_capitalized
        and surname[:1].isupper()
        and surname[1:].islower()
    ):
        # a titled person's surname names them later ("Whitcomb said"); a body's last word
        # ("Kementerian Pertahanan Rusia", "Air France") or an acronym ("BMKG") does not
        context.people.setdefault(surname, name)
    if len(words) == 1 and name.isupper():
        return _spelled_out(name, context) or name
    return name


def _inside_name(words: list[Tok], k: int) -> bool:
    """Whether the capitalised document word at ``k`` is a word of a longer name, another
    capitalised word going on after it ("Legislative Audit Bureau", "Surat Utang Negara"; not
    "Pew Research Center Survey released", "Temuan Audit BPK", an author's acronym after it)."""
    following = words[k + 1] if k + 1 < len(words) else None
    return (
        words[k].is_capitalized
        and following is not None
        and following.is_capitalized
        and not following.text.isupper()
    )


def _spelled_out(acronym: str, context: Context) -> str:
    """The name an acronym stands for where its own sentence spells it out: "LIB" after "PT
    Liga Indonesia Baru (LIB) melarang …" → "PT Liga Indonesia Baru (LIB)"; else "" (also
    when the name holds a list: "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)")."""
    toks, language = context.sentence_toks, context.language
    for k in range(1, len(toks) - 2):
        if toks[k].text == "(" and toks[k + 1].text == acronym and toks[k + 2].text == ")":
            start = k
            while start and toks[start - 1].is_word and toks[start - 1].is_capitalized:
                start -= 1
            # "Kemarin PT … (LIB)", "Pada Senin PT …": not the words that open the sentence
            while start < k and (
                toks[start].low in language.stopwords
                or toks[start].low in language.adverbs
                or is_time_word(toks[start].low, language)
            ):
                start += 1
            if start < k and not (
                start and toks[start - 1].low in (",", *language.clause_coordinators)
            ):
                return span_text(toks[start : k + 3])
    return ""


def _named_body(words: list[Tok], context: Context) -> str:
    """The name of the body a definite description stands for ("the authority" after "The
    Norfolk Coastal Resilience Authority has finished …", "Perusahaan itu" after "PT Sandang
    Prima Mandiri membantah …"): the capitalised subject of this sentence or the one before,
    when it names a body; else ""."""
    language = context.language
    if len(words) != 2:
        return ""
    first, second = words[0].low, words[1].low
    if first in language.determiners and second in language.bodies:
        noun = second
    elif second in language.phrase_closers and first in language.bodies:
        noun = first
    else:
        return ""
    candidates = [[t.text for t in subject_tokens(context.sentence_toks, language) if t.is_word]]
    # "Cedarline Foods, which operates 38 grocery stores …, has closed …": the name the
    # sentence opens with, before an aside
    lead = list(takewhile(lambda t: t.text != ",", context.sentence_toks))
    if (
        lead
        and len(lead) < len(context.sentence_toks)
        and len(lead) <= MAX_SPEAKER
        and all(t.is_word for t in lead)
    ):
        candidates.append([t.text for t in lead])  # "Rocket maker Orbital Forge, which …"
    # the sentence before: its subject, its last clause's, or who spoke in it ("Northgate
    # Foods said it will …")
    candidates.append(
        [t.text for t in subject_tokens(context.previous_toks, language) if t.is_word]
    )
    candidates += [named.split() for named in (context.last_subject, context.last_person) if named]
    for named in candidates:
        if named and named[0].lower() in language.determiners:
            named = named[1:]
        if named and named[0].lower() in language.titles:
            continue  # "Direktur Utama PT X, Yudha Kusnadi": a person, not the company
        described = _described_name(named, language)
        if described:
            return described  # "Rocket maker Orbital Forge"
        # "Midland Freightways on Wednesday denied …": the name, without when
        named = list(takewhile(lambda w: w[0].isupper(), named))
        lows = {w.lower() for w in named}
        if len(named) >= 2 and (noun in lows or not language.bodies.isdisjoint(lows)):
            return " ".join(named)
    # "Shareholders of frozen-food maker Polar Pantry Inc sued the company …. The company
    # denied …": a company's name anywhere in the sentence before (not "Orange County")
    for named in _capitalised_runs(context.previous_toks):
        lows = [w.lower() for w in named]
        if not language.modifiers_precede_head:
            # "(Direktur) Utama PT Bersih Mandiri Lestari": the company the office is of, its
            # corporate word before its name ("PT", not "Tbk")
            body = next(
                (
                    k
                    for k, w in enumerate(lows)
                    if w in language.corporate_words and k + 2 < len(lows)
                ),
                0,
            )
            named, lows = named[body:], lows[body:]
        if noun in lows or not language.corporate_words.isdisjoint(lows):
            return " ".join(named)
    return ""


def _described_name(words: list[str], language: Language) -> str:
    """A name with its descriptor ("Rocket maker Orbital Forge", "frozen-food maker Polar
    Pantry Inc"): lower-case words holding a body's noun, then two or more capitalised words
    to the end; else ""."""
    end = len(words)
    while end and words[end - 1][0].isupper():
        end -= 1
    descriptor = {w.lower() for w in words[:end]}
    if (
        len(words) - end < 2
        or not 0 < end <= 3
        or not words[0][0].isupper()
        # "Rocket maker": the descriptor ends with a body's noun (not "Bank teller", "Former
        # company president")
        or words[end - 1].lower() not in language.bodies
        or not language.titles.isdisjoint(descriptor)
        # "Shareholders of frozen-food maker Polar Pantry Inc": who, of a body
        or not (language.prepositions | language.noun_complement_markers).isdisjoint(descriptor)
    ):
        return ""
    return " ".join(words)


def _capitalised_runs(toks: list[Tok]) -> list[list[str]]:
    """The runs of two or more capitalised words in ``toks`` after its first word."""
    runs: list[list[str]] = [[]]
    for tok in toks[1:]:
        if tok.is_word and tok.is_capitalized:
            runs[-1].append(tok.text)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def source_with_pronoun(toks: list[Tok], language: Language) -> bool:
    """``Menurutnya, C``: a one-word source phrase with the enclitic pronoun, then a comma."""
    enclitic = language.enclitic_pronoun
    first = toks[0].low if toks else ""
    return (
        bool(enclitic)
        and len(toks) > 2
        and toks[1].text == ","
        and first.endswith(enclitic)
        and first[: -len(enclitic)] in language.source_phrases
    )


def office(words: list[Tok], language: Language) -> bool:
    """Whether ``words`` before a name are its office: a title, with capitalised words and
    the coordinators inside an office's name ("Port director", "Kepala Dinas Tenaga Kerja
    dan")."""
    return any(t.low in language.titles for t in words) and all(
        t.low in language.titles or t.is_capitalized or t.low in language.clause_coordinators
        for t in words
    )


def person_subject(toks: list[Tok], language: Language) -> str | None:
    """The sentence's subject when a title says it is a person ("The governor", "Gubernur
    Jawa Barat"): what "she" later in the sentence refers to."""
    subject = subject_tokens(toks, language)
    words = [t for t in subject if t.is_word]
    if not words or len(words) > MAX_SPEAKER or words[0].low in language.pronouns:
        return None
    if not any(t.low in language.titles for t in words) or any(
        t.low in language.spokespersons for t in words
    ):
        return None  # "A spokesman said he had resigned": someone else resigned
    return " ".join(t.text for t in words)


def _titled_person(words: list[str], language: Language) -> bool:
    """A title followed by a person's name: two or more capitalised words, none of them a
    body's ("university President Angela Moy"; not "The State Department", "The Senate
    Finance Committee")."""
    for k, word in enumerate(words):
        name = words[k + 1 :]
        if (
            word.lower() in language.titles
            and len(name) >= 2
            and all(w[:1].isupper() and w.lower() not in language.bodies for w in name)
        ):
            return True
    return False


def as_body(claim_text: str, piece: Piece, context: Context) -> str:
    """ "it" of a body that speaks is the body: "the company said it would close the plant" →
    "the company would close the plant", "FitCore denied that it had billed members" →
    "FitCore had billed members" (not "it is too early to say": no one's "it"). A body is a
    speaker named with a body's noun, or the last body named as one ("FitCore, a Denver-based
    company")."""
    language = context.language
    pronoun, _, rest = claim_text.partition(" ")
    if (
        pronoun.lower() != language.body_pronoun
        or not piece.speaker
        or piece.quoted
        or len(rest.split()) < 2
        or rest.split()[0].lower() in language.copulas
    ):
        return claim_text
    # the speaker's head, before any preposition: "Department of Health" is a body,
    # "Shareholders of Polar Pantry Inc" are not
    linking = language.prepositions | language.noun_complement_markers
    head = list(takewhile(lambda w: w.lower() not in linking, piece.speaker.split()))
    if _titled_person(head, language):
        return claim_text  # "university President Angela Moy": a person with a title
    if language.bodies.isdisjoint(w.lower() for w in head) and piece.speaker != context.last_body:
        return claim_text
    return f"{piece.speaker} {rest}"
