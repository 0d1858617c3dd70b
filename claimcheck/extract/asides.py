"""Asides a clause carries besides its own claim: a concession before it, what someone is
credited with, roles, a gloss of a name, an address, a dashed aside, an event or reason
clause. Each is found here; ``coordination.py`` decides what they become (descriptions of
names are in ``descriptions.py``)."""

from __future__ import annotations

from claimcheck.extract.descriptions import resumes_clause
from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.speaker_names import speaker_name
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    MAX_SUBJECT,
    WINDOW,
    Tok,
    find,
    find_phrase,
    first_predicate,
    match_phrase,
    span_text,
    without_title,
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


def role_phrase(toks: list[Tok], language: Language) -> tuple[list[Tok], list[Piece]] | None:
    """``David Teo sebagai penerbit dan juga Ketua MIG juga menganggap ...``: the clause with
    the name alone, and a claim per role ("David Teo adalah penerbit", "David Teo adalah
    Ketua MIG")."""
    marker = next(
        (i for i in range(1, min(len(toks), MAX_SPEAKER)) if toks[i].low in language.role_markers),
        None,
    )
    if marker is None or not all(t.is_capitalized for t in toks[:marker]):
        return None
    verb = first_predicate(toks, marker + 1, language)
    if verb is None or verb - marker < 2 or verb - marker > WINDOW // 2:
        return None
    role = toks[marker + 1 : verb]
    while role and (
        role[-1].low in language.adverbs or not role[-1].is_word and role[-1].text != ")"
    ):
        role = role[:-1]  # "... (MIG) juga menganggap": the adverb is the clause's
    if not role or any(t.text in ",;" for t in role):
        return None
    name = span_text(without_title(toks[:marker], language))
    pieces = []
    item: list[Tok] = []
    for tok in [*role, None]:
        if tok is None or tok.low in language.clause_coordinators:
            while item and item[0].low in language.adverbs:
                item = item[1:]  # "dan juga Ketua ..."
            if item:
                pieces.append(Piece(toks=item, prefix=f"{name} {language.copula}"))
            item = []
        else:
            item.append(tok)
    return toks[:marker] + toks[verb - _adverbs_before(toks, verb, language) :], pieces


def _adverbs_before(toks: list[Tok], verb: int, language: Language) -> int:
    count = 0
    while verb - count - 1 >= 0 and toks[verb - count - 1].low in language.adverbs:
        count += 1
    return count


def gloss(toks: list[Tok], language: Language) -> tuple[list[Tok], Piece] | None:
    """``Tanjung Arkona (bahasa Jerman: Kap Arkona) merupakan ...``: the clause without the
    gloss, and the gloss as a claim of its own about the name before it."""
    if not language.gloss_labels or not any(t.text == "(" for t in toks):
        return None
    for index in range(1, min(len(toks) - 3, WINDOW)):
        if toks[index].text != "(" or toks[index + 1].low not in language.gloss_labels:
            continue
        close = next(
            (
                k
                for k in range(index + 2, min(len(toks), index + MAX_SPEAKER + 4))
                if toks[k].text == ")"
            ),
            None,
        )
        if close is None or not any(t.text == ":" for t in toks[index + 2 : close]):
            return None
        start = index
        while start > 0 and toks[start - 1].is_capitalized and index - start < MAX_SPEAKER:
            start -= 1
        if start == index:
            return None
        name = span_text(toks[start:index])
        return toks[:index] + toks[close + 1 :], Piece(toks=toks[index + 1 : close], prefix=name)
    return None


def described_then_named(toks: list[Tok], language: Language) -> tuple[list[Tok], Piece] | None:
    """``Buronan kasus pembunuhan di Medan, Rendra Halim (41), dipulangkan …``: a description,
    then the name it describes set off by commas, then the predicate. The clause with the name
    as its subject, and the description as the author's claim about the name ("Rendra Halim
    adalah buronan kasus pembunuhan di Medan")."""
    first = find(toks, ",", 2, MAX_SPEAKER + 1)
    if first is None or any(t.is_predicate or not t.is_word for t in toks[:first]):
        return None
    opener = toks[0].low
    if (
        opener in language.prepositions
        or opener in language.subordinators
        or opener in language.time_prepositions
    ):
        return None  # "Dalam kecelakaan itu, Rudi (34), tewas": where or when, no description
    if not any(t.low in language.stopwords or not t.is_capitalized for t in toks[1:first]):
        return None  # "Kepala Dinas Kesehatan, …": a title or a name, no description
    if any(t.low in language.titles for t in toks[:2]):
        return None  # "Kuasa hukum terdakwa, Maria Simanjuntak, mengatakan": a speaker's title
    if not any(
        t.low in language.prepositions or t.low[0].isdigit() or (k and t.is_capitalized)
        for k, t in enumerate(toks[:first])
    ):
        return None  # "Sang pemain keyboard, Jordan Rudess, …": a label only names him
    if toks[first - 1].is_capitalized and toks[first - 2].is_capitalized:
        return None  # "43 warga Desa Sukamulya, Kecamatan Cibatu, …": a place and its district
    end = first + 1
    while end < len(toks) and end - first <= 4 and toks[end].is_word and toks[end].is_capitalized:
        end += 1
    name = toks[first + 1 : end]
    if not name or end >= len(toks):
        return None
    if toks[end].text == "(" and end + 2 < len(toks) and toks[end + 2].text == ")":
        end += 3  # "(41)": the age
    if end + 1 >= len(toks) or toks[end].text != "," or not toks[end + 1].is_predicate:
        return None
    if toks[end + 1].low in language.reporting_verbs or toks[end + 1].low in language.denial_verbs:
        return None  # who spoke: the reporting clause names them with their description
    described = Piece(toks=toks[:first], prefix=f"{span_text(name)} {language.copula}")
    return name + toks[end + 1 :], described


def without_vocative(toks: list[Tok], language: Language) -> list[Tok]:
    """The clause without a form of address at its end: "that just wasn't the fact, Senator",
    "this is not research, Mr. President". An address is a title or an honorific ("Mr.",
    "Pak"), maybe with a name. At the start it stays: "Secretary Clinton, you now support X"
    says who "you" is."""
    end = len(toks)
    while end and not toks[end - 1].is_word:
        end -= 1
    if not end or not toks[end - 1].is_capitalized:
        return toks  # an address ends in a title or a name
    comma = next((i for i in range(end - 1, max(0, end - 6), -1) if toks[i].text == ","), None)
    if comma is not None and comma > 1 and _is_address(toks[comma + 1 : end], language):
        # "his close ally, President Lukashenko" names the ally: a title with a name is an
        # address only where the clause speaks to or of the people talking ("you", "that").
        named = len([t for t in toks[comma + 1 : end] if t.is_word]) > 1
        if not named or any(
            t.low in language.second_person
            or t.low in language.first_person
            or t.low in language.vague_subjects
            for t in toks[:comma]
        ):
            return toks[:comma]
    return toks


def _is_address(toks: list[Tok], language: Language) -> bool:
    words = [t for t in toks if t.is_word]
    return (
        0 < len(words) <= 3
        and all(t.is_word or t.text == "." for t in toks)
        and all(t.is_capitalized for t in words)
        and (words[0].low in language.titles or words[0].low in language.honorifics)
        and not any(t.is_predicate for t in words)
    )


def without_dashed_aside(toks: list[Tok], language: Language) -> list[Tok]:
    """The clause without an aside between dashes that it resumes after: "our consulate – the
    symbol of American prestige – was brought down in flames"."""
    dashes = [
        i for i in range(1, min(len(toks), WINDOW)) if toks[i].text in "–—-" and is_dash(toks, i)
    ]
    for open_, close in zip(dashes, dashes[1:]):  # noqa: B905 - pairs of neighbours
        end = close + 2 if toks[close].text == "-" else close + 1  # "--" is two tokens
        if close > open_ + 2 and resumes_clause(toks[end:], language):
            return toks[:open_] + toks[end:]
    return toks


def is_dash(toks: list[Tok], index: int) -> bool:
    text = toks[index].text
    if text in "–—":
        return True
    # "--" opens (its first "-") or closes (its first "-") an aside; its second "-" is neither.
    return text == "-" and index + 1 < len(toks) and toks[index + 1].text == "-"


def event_phrase(toks: list[Tok], language: Language) -> int | None:
    """Index of ``after`` / ``setelah`` opening a verb phrase without a subject after the
    clause's own predicate: "was sentenced to 18 months after pleading guilty to assault",
    "ditahan setelah mengaku menjual sabu". The verb phrase states an event of its own, done
    by the clause's subject."""
    verb = first_predicate(toks, 0, language)
    if verb is None:
        return None
    for index in range(verb + 2, min(len(toks) - 2, WINDOW)):
        tok = toks[index]
        # "…, ruling that it had not been published before taking effect": the event is
        # the inner clause's, whose subject is not the sentence's
        if (
            tok.text in ";:"
            or tok.low in language.relativizers
            or tok.low in language.complementizers
        ):
            return None
        if tok.low not in language.event_subordinators:
            continue
        following = toks[index + 1]
        gerund = (
            not language.verb_prefixes
            and len(following.low) > 4
            and following.low.endswith(language.object_verb_suffixes or ("\0",))
        )
        halves = following.low.split("-")
        if len(halves) == 2 and halves[0].endswith(halves[1]):
            continue  # "setelah bertahun-tahun": a time, not a verb
        if gerund or (language.verb_prefixes and following.is_predicate):
            return index
    return None


def event_actor(toks: list[Tok], event: int, language: Language) -> list[Tok]:
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
