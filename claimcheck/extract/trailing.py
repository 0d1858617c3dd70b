"""Trailing attribution: ``C, lapor X`` / ``C, according to X`` / ``C, X said`` taken off the
claim, and what follows the speaker: what they went on to say, and what the author says of
them (", who oversees …", ", the city's mobility manager")."""

from __future__ import annotations

from typing import NamedTuple

from claimcheck.extract.headlines import is_headline
from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.speaker_names import speaker_name
from claimcheck.extract.speakers import self_attributed, speaker_phrase
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    Tok,
    first_predicate,
    is_time_word,
    match_phrase,
    name_start,
    span_text,
    without_title,
)
from claimcheck.lang import Language


class Attribution(NamedTuple):
    """A trailing attribution taken off a claim."""

    claim: list[Tok]
    speaker: str | None
    went_on: list[Tok]  # what the speaker went on to say: ", adding that C2"
    described: list[Piece]  # ", who oversees …": the author's claim about the speaker


def trailing_attribution(toks: list[Tok], context: Context) -> Attribution:
    """``C, lapor X`` / ``C, according to X`` / ``C, X said``: C, the speaker, what X went on
    to say and what a relative clause after X says of X; else ``toks`` unchanged. A time or
    place phrase may close the attribution ("kata Menteri Perdagangan pada hari Rabu", "the
    minister said on Wednesday"). An attribution inside the sentence, before a coordinated
    clause, covers that clause too ("C1, he said, and C2": C1 and C2, his)."""
    language = context.language
    found = _trailing(toks, context)
    if found is None:
        return Attribution(toks, None, [], [])
    comma, after, said_by, speaker, appositive = found
    claim, said = _claim_around(toks, comma, after, language)
    if said:
        described = _described(toks, after, said_by, language)
    else:
        went_on, described = about_speaker(toks, after, said_by, language)
        if went_on:
            return Attribution(claim, speaker, went_on, described)
    if appositive and speaker:
        described.append(
            Piece(toks=appositive, prefix=f"{speaker} {language.copula}", own_clause=True)
        )
    conceded = _conceded(toks, after, language)
    if conceded is not None:
        # "…, Commissioner Alan Price said, though he did not provide figures": the author's
        described.append(Piece(toks=toks[conceded:], own_clause=True))
    return Attribution(claim, speaker, said, described)


def about_speaker(
    toks: list[Tok], after: int, said_by: list[Tok], language: Language
) -> tuple[list[Tok], list[Piece]]:
    """What follows a speaker phrase ending at ``after``: what they went on to say (",
    ungkap Baiq Nurul Aini, yang menyebut C"; ", said Jason Ortiz, the city's mobility
    manager, who added that C") and the author's claims about them (", who oversees …", ",
    director of the Tri-County Food Bank, which reopened …": what she is, and what the body
    did)."""
    if _reports_after_relative(toks, after, language):
        return toks[after + 2 :], []
    close = _appositive_end(toks, after, language) if said_by else None
    if close is None or close + 1 >= len(toks) or toks[close + 1].low not in language.relativizers:
        return [], _described(toks, after, said_by, language)
    what = Piece(
        toks=toks[after + 1 : close],
        prefix=f"{_named(said_by, language)} {language.copula}",
        own_clause=True,
    )
    if _reports_after_relative(toks, close, language):
        return toks[close + 2 :], [what]
    body = _trailing_name(toks[after + 1 : close], language)
    if not body:
        return [], _described(toks, after, said_by, language)
    return [], [what, Piece(toks=toks[close + 2 :], prefix=span_text(body), own_clause=True)]


def _reported_by_subject(toks: list[Tok], language: Language) -> bool:
    """Whether a clause reports what its own subject said: its main verb reports ("Menteri
    Budi mengatakan …") or denies a statement or an act ("Pengulas … itu membantah mengarang
    …"; not "menolak usulan gencatan senjata", which rejects a thing)."""
    verb = first_predicate(toks, 0, language)
    if verb is None or verb == 0 or verb + 1 >= len(toks):
        return False  # no subject before the verb, or nothing after it
    if toks[verb].low in language.reporting_verbs:
        return True
    following = toks[verb + 1]
    return toks[verb].low in language.denial_verbs and (
        following.is_predicate or following.low in language.complementizers
    )


def _conceded(toks: list[Tok], after: int, language: Language) -> int | None:
    """Where the clause of ", though C" after an attribution ending at ``after`` starts."""
    if after + 2 >= len(toks) or toks[after].text != ",":
        return None
    length = match_phrase(toks, after + 1, language.concessives)
    return after + 1 + length if length and after + 1 + length < len(toks) else None


def _trailing(
    toks: list[Tok], context: Context
) -> tuple[int, int, list[Tok], str | None, list[Tok]] | None:
    """Where a trailing attribution opens (its comma) and ends, its speaker's tokens and name,
    and an appositive set off after the name ("Anna Berg, a volunteer with …, said")."""
    language = context.language
    for index, tok in enumerate(toks):
        if tok.text != ",":
            continue
        # "The railroad, the mayor said, will …": a short claim only goes on after the
        # attribution; "Yes, he said" has none.
        short = index < 3
        rest = toks[index + 1 : index + 2 + 3 * MAX_SPEAKER]
        if not rest:
            break
        source = match_phrase(rest, 0, language.source_phrases)
        if source or (
            rest[0].low in language.reporting_verbs
            and not rest[0].is_capitalized
            and rest[0].low not in language.addressee_verbs  # "told reporters": who heard it
            # a noun's base form ("…, state Treasurer Dana Whitfield said") does not invert
            and not (rest[0].low in language.reporting_nouns and rest[0].low in language.verbs)
        ):
            skip = source or 1
            words = speaker_phrase(rest, skip, language)
            phrase = " ".join(t.low for t in rest[:source])
            if source and (
                (phrase in language.reason_sources and not any(t.is_capitalized for t in words))
                # "…, demikian keterangan tertulis LIB" (but "demikian pesan yang ia kirim")
                or (
                    phrase in language.document_sources
                    and not (words and words[0].low in language.documents and len(words) > 1)
                )
            ):
                continue  # "…, citing safety concerns": a reason, not who speaks
            if phrase in language.channel_sources and _reported_by_subject(toks[:index], language):
                # "Dimas membantah …, seperti dilansir Antara": the outlet is how it was heard
                after = index + 1 + skip + len(words)
                return index, after, [], None, []
            # "according to a report released Monday by X": X speaks through it.
            author = _document_author(rest, skip, words, language)
            if author is not None:
                skip, words = author, speaker_phrase(rest, author, language)
            after = index + 1 + skip + len(words)
            # After "according to X" the rest describes X ("an audit released Wednesday").
            if words and not source and _object_not_speaker(rest[0], words, language):
                continue
            if (
                _resumed(toks, after, language) is not None
                if short
                else (source and words)
                or _attribution_ends(toks, after, language)
                or _continuation(toks, after, language) is not None
                or _conceded(toks, after, language) is not None
            ):
                if words:
                    return index, after, words, speaker_name(words, context), []
                if not source and self_attributed(rest[0], language):
                    return index, after, [], context.last_person, []  # "C, ujarnya."
        # "C, X said." with a short subject: a noun phrase, no verb ("as I've said" is none);
        # "C, Anna Berg, a volunteer with Lakeside Rescue, said": the name is the speaker, the
        # appositive the author's claim about her.
        inner = _appositive_speaker(rest, language)
        # a document's author comes after it ("a report released Wednesday by the Wisconsin
        # Legislative Audit Bureau found"): a longer phrase
        reach = MAX_SPEAKER + 1
        if any(t.low in language.documents for t in rest[:3]):
            reach = 2 * MAX_SPEAKER + 1
        verbs = [inner[1] + 1] if inner else range(1, min(len(rest), reach))
        for k in verbs:
            # "a state health department report released Monday found": a document's finding
            document = next((j for j in range(k) if rest[j].low in language.documents), None)
            reports = rest[k].low in language.reporting_verbs or (
                document is not None and rest[k].low in language.evidence_verbs
            )
            # "the state Department of Health said": "state" is a noun here, not the verb.
            if (
                reports
                # "…, the highest of any district that reported": a relative clause's verb
                and rest[k - 1].low not in language.relativizers
                and rest[k - 1].low not in language.complementizers
                and (
                    (rest[k].is_predicate and not rest[k].is_capitalized)
                    # a headline's closing "…, Police Say"
                    or (all(not t.is_word for t in toks[index + 2 + k :]) and is_headline(toks))
                )
            ):
                named = rest[: inner[0]] if inner else rest[:k]
                if _title_before_name(toks[:index], named, language):
                    break  # "Juru bicara Kementerian Kesehatan, Achmad Yurianto menyebut, C"
                after = _past_addressee(toks, index + 2 + k, language)
                if all(
                    (t.is_word and not t.is_predicate)
                    or (t.text == "." and j and rest[j - 1].low in language.abbreviations)
                    or (t.text in "'’" and j and rest[j - 1].low.endswith("s"))  # "realtors'"
                    or (t.is_word and document is not None and j > document)  # "released"
                    for j, t in enumerate(named)
                ) and (
                    _resumed(toks, after, language) is not None
                    or (
                        not short
                        and (
                            _attribution_ends(toks, after, language, comma=False)
                            or _aside_after(toks, after, language)
                            or _continuation(toks, after, language) is not None
                            or _cited(toks, after, language)
                            or _conceded(toks, after, language) is not None
                        )
                    )
                ):
                    appositive = rest[inner[0] + 1 : inner[1]] if inner else []
                    return index, after, named, speaker_name(named, context), appositive
                break
    return None


def _appositive_speaker(rest: list[Tok], language: Language) -> tuple[int, int] | None:
    """``Anna Berg, a volunteer with Lakeside Rescue, said``: (the comma after the name, the
    comma before the verb), when a capitalised name of one to four words is followed by an
    appositive (a determiner or a title first, no verb, no other comma); else ``None``."""
    lead = 0  # "state Treasurer Dana Whitfield": a title's lower-case modifier first
    while lead < len(rest) - 1 and lead < 2 and rest[lead].low in language.titles:
        lead += 1
    name = lead
    while name < len(rest) and name < lead + 4 and rest[name].is_word and rest[name].is_capitalized:
        name += 1
    close = _appositive_end(rest, name, language) if name > lead else None
    if close is None or close + 1 >= len(rest):
        return None  # the verb must follow the appositive's closing comma
    return name, close


def _object_not_speaker(verb: Tok, words: list[Tok], language: Language) -> bool:
    """``…, menjelaskan rencana penyesuaian tarif``: a prefixed verb ("menjelaskan", unlike
    "kata", "jelas") comes before its object, which names no one unless it is a name, a
    title, a pronoun or a body."""
    first = words[0]
    return (
        bool(language.verb_prefixes)
        and verb.low not in language.inverted_reporting_verbs
        and verb.low.startswith(language.verb_prefixes)
        and not (
            first.is_capitalized
            or first.low in language.titles
            or first.low in language.pronouns
            or first.low in language.determiners
            or first.low in language.bodies
        )
    )


def _document_author(
    rest: list[Tok], start: int, words: list[Tok], language: Language
) -> int | None:
    """Where the author of a document named as a source begins ("a report released Monday
    by X": at X), else ``None``."""
    if not any(t.low in language.documents for t in words[:3]):
        return None
    for k in range(start + len(words), min(len(rest) - 1, start + len(words) + MAX_SPEAKER)):
        if rest[k].text in ",;":
            return None
        if rest[k].low in language.author_prepositions and rest[k + 1].is_word:
            return k + 1
    return None


def _reports_after_relative(toks: list[Tok], after: int, language: Language) -> bool:
    """``…, kata X, yang menyebut C`` / ``…, said X, who added that C``."""
    return (
        after + 3 < len(toks)
        and toks[after].text == ","
        and toks[after + 1].low in language.relativizers
        and toks[after + 2].low in language.reporting_verbs
    )


def _described(toks: list[Tok], after: int, said_by: list[Tok], language: Language) -> list[Piece]:
    """ ", kata Sri Wahyuni, yang juga menjabat …" / ", said Rachel Okafor, who oversees …": the
    relative clause is the author's claim about the speaker, named without the title."""
    if not (said_by and after + 2 < len(toks) and toks[after].text == ","):
        return []
    relative = toks[after + 1].low in language.relativizers
    appositive = _closing_appositive(toks, after, language)
    if not (relative or appositive):
        return []
    prefix = _named(said_by, language)
    if relative:
        # "…, yang membidangi penarikan royalti, di Denpasar, Selasa": where and when the
        # words were said close the sentence, not the relative clause
        end = next(
            (
                k
                for k in range(after + 3, len(toks) - 1)
                if toks[k].text == "," and _attribution_ends(toks, k + 1, language, comma=False)
            ),
            len(toks),
        )
        described = toks[after + 2 : end]
        if not any(t.is_predicate for t in described):
            prefix = f"{prefix} {language.copula}"  # ", yang juga ulama": who he is
        return [Piece(toks=described, prefix=prefix, own_clause=True)]
    prefix = f"{prefix} {language.copula}"
    return [Piece(toks=toks[after + 1 :], prefix=prefix, own_clause=True)]


def _continuation(toks: list[Tok], after: int, language: Language) -> int | None:
    """Where a coordinated clause goes on after an attribution ending at ``after``: the
    comma of ", and C2" / ", dan C2", maybe after a time or place phrase ("kata X pada hari
    Rabu, dan C2"); else ``None``."""
    for comma in range(after, min(len(toks) - 1, after + 2 * MAX_SPEAKER)):
        tok = toks[comma]
        if tok.text == ",":
            # ", and C2" / ", adding that C2": the participle reports the same speaker.
            following = toks[comma + 1].low
            if (
                following not in language.clause_coordinators
                and following not in language.reporting_participles
            ):
                return None
            between = [t for t in toks[after:comma] if t.is_word]
            if not between or (
                (
                    between[0].low in language.attribution_trailers
                    or is_time_word(between[0].low, language)
                )
                and not any(t.is_predicate for t in between)
            ):
                return comma
            return None
    return None


def _claim_around(
    toks: list[Tok], comma: int, after: int, language: Language
) -> tuple[list[Tok], list[Tok]]:
    """The claim's tokens without the attribution between ``comma`` and ``after`` (what comes
    before it, and a coordinated clause after it: "…, ujarnya, dan belum ada …"), and what
    the speaker went on to say (", adding that C2": from the participle on)."""
    goes_on = _continuation(toks, after, language)
    if goes_on is None:
        resumed = _resumed(toks, after, language)
        if resumed is not None:
            return toks[:comma] + toks[resumed:], []  # "S, kata X, diperkirakan ..."
        if _aside_after(toks, after, language):
            # "Prices rose 4 percent, the ministry said, one of the sharpest increases in a
            # decade": what the aside says of the claim stays with it
            return toks[:comma] + toks[after:], []
        return toks[:comma], []
    if toks[goes_on + 1].low in language.reporting_participles:
        return toks[:comma], toks[goes_on + 1 :]
    return toks[:comma] + toks[goes_on:], []


def _named(said_by: list[Tok], language: Language) -> str:
    """The person a speaker phrase names, without the title: what a description after it
    is about ("General Manager PT Dermaga Jawa Tengah, Bonifasius Sitorus": the name after
    the comma)."""
    commas = [k for k, t in enumerate(said_by) if t.text == ","]
    words = [t for t in said_by[commas[-1] + 1 if commas else 0 :] if t.is_word]
    name = without_title(words[name_start(words) :], language) or words
    return " ".join(t.text for t in name)


def _trailing_name(toks: list[Tok], language: Language) -> list[Tok]:
    """The capitalised name that ends ``toks`` ("director of the Tri-County Food Bank" →
    "the Tri-County Food Bank"), with its article; else []."""
    start = len(toks)
    while start and (toks[start - 1].is_capitalized or toks[start - 1].text == "-"):
        start -= 1
    if start == len(toks):
        return []
    if start and toks[start - 1].low in language.determiners:
        start -= 1
    return toks[start:]


def _appositive_end(toks: list[Tok], after: int, language: Language) -> int | None:
    """Where an appositive after a speaker ending at ``after`` ends (its closing comma):
    ", the city's mobility services manager," — a determiner or possessive first, no verb."""
    if after + 2 >= len(toks) or toks[after].text != ",":
        return None
    opener = toks[after + 1].low
    if opener not in language.determiners and opener not in language.titles:
        return None
    for k in range(after + 2, min(len(toks), after + 2 + 2 * MAX_SPEAKER)):
        if toks[k].is_predicate or toks[k].text in ";:()":
            return None
        if toks[k].text == ",":
            return k
    return None


def _aside_after(toks: list[Tok], after: int, language: Language) -> bool:
    """Whether ", one of several updates he gave Monday" / ", salah satu kenaikan tertinggi"
    comes after an attribution ending at ``after``: an aside on what was said (or, "one of two
    Democrats who voted against it", on who said it), not the clause going on."""
    return (
        after + 2 < len(toks)
        and toks[after].text == ","
        and toks[after + 1].low not in language.determiners  # ", a nonprofit …": the speaker's
        and bool(match_phrase(toks, after + 1, language.fronted_appositive_openers))
    )


def _closing_appositive(toks: list[Tok], after: int, language: Language) -> bool:
    """ ", a nonprofit based in Miami." after the speaker at ``after``: says what they are."""
    return (
        toks[after].text == ","
        and after + 2 < len(toks)
        and (toks[after + 1].low in language.determiners or toks[after + 1].low in language.titles)
        and len(toks) - after <= 2 * MAX_SPEAKER
        and not any(t.text in ",;" for t in toks[after + 1 :])
    )


def _resumed(toks: list[Tok], after: int, language: Language) -> int | None:
    """Where the clause goes on after an attribution set inside it ("Penjualan mobil listrik,
    menurut X, mencapai 51.700 unit", "The new bridge, the mayor said, will open in March"):
    the token after the comma that closes the attribution, when a predicate follows within a
    few words; else ``None`` (", Senin (3/3/2025)": a date closes the sentence). A time
    phrase may close the attribution first ("Thefts, the sheriff said Tuesday, fell …")."""
    after = _past_time(toks, after, language)
    if after + 1 >= len(toks) or toks[after].text != ",":
        return None
    following = toks[after + 1].low
    if (
        following in language.relativizers
        or following in language.reporting_participles
        or match_phrase(toks, after + 1, language.source_phrases)
        or match_phrase(toks, after + 1, language.concessives)
        or _closing_appositive(toks, after, language)
        or _aside_after(toks, after, language)
    ):
        # "kata X, yang juga menjabat ...", "lapor Interfax, mengutip kementerian": more
        # about the speaker or their source, not the clause going on; ", one of several …":
        # about what was said
        return None
    rest = toks[after + 1 : after + 1 + MAX_SPEAKER]
    if any(t.is_predicate and t.low not in language.reporting_verbs for t in rest):
        return after + 1
    return None


def _title_before_name(before: list[Tok], named: list[Tok], language: Language) -> bool:
    """Whether ``before`` is a title set off before the name that follows it ("Juru bicara
    Kementerian Kesehatan, Achmad Yurianto menyebut, …"): it opens with a title and has no
    verb, and the name is capitalised words only (but "City officials, the mayor said, …")."""
    return (
        bool(before)
        and before[0].low in language.titles
        and not any(t.is_predicate for t in before)
        and bool(named)
        and all(t.is_word and t.is_capitalized for t in named)
    )


def _past_time(toks: list[Tok], after: int, language: Language) -> int:
    """Where the comma after a short time phrase at ``after`` is ("said Tuesday,", "said on
    Monday,"); ``after`` itself when no such phrase comes there."""
    for end in range(after, min(len(toks), after + 4)):
        if toks[end].text == ",":
            words = toks[after:end]
            if (
                words
                and any(is_time_word(t.low, language) for t in words)
                and all(t.is_word and not t.is_predicate for t in words)
            ):
                return end
            return after
        if not toks[end].is_word:
            return after
    return after


def _cited(toks: list[Tok], after: int, language: Language) -> bool:
    """Whether the speaker's source follows the attribution: "…, the agency said, citing fuel
    costs", "…, AAA said Monday, citing …" (what is cited is not who speaks)."""
    after = _past_time(toks, after, language)
    return (
        after + 1 < len(toks)
        and toks[after].text == ","
        and bool(match_phrase(toks, after + 1, language.source_phrases))
    )


def _attribution_ends(toks: list[Tok], after: int, language: Language, comma: bool = True) -> bool:
    """Whether the sentence ends at ``after`` (or, with ``comma``, a comma comes there), maybe
    after a time or place phrase that has no verb of its own."""
    tail = [t for t in toks[after:] if t.is_word or t.text in ","]
    if not tail or (comma and tail[0].text == ","):
        return True
    opener = tail[0].low
    if opener not in language.attribution_trailers and not is_time_word(opener, language):
        return False
    # "in a report released Wednesday": a participle describing a noun is no verb of a clause.
    return len(tail) <= 2 * MAX_SPEAKER and not any(
        t.is_predicate
        and not (
            k
            and t.low.endswith(language.participle_suffixes)
            and tail[k - 1].is_word
            and tail[k - 1].low not in language.stopwords
        )
        for k, t in enumerate(tail)
    )


def _past_addressee(toks: list[Tok], after: int, language: Language) -> int:
    """Where an attribution goes on past whom the words were said to ("told reporters
    Saturday", "told the council on Monday"): a short noun phrase after a verb that takes one."""
    if toks[after - 1].low not in language.addressee_verbs:
        return after
    end = after
    while (
        end < len(toks)
        # "told the House Human Services Committee": a body's name may be longer
        and (end - after < 4 or (toks[end].is_capitalized and end - after < MAX_SPEAKER))
        and toks[end].is_word
        and not toks[end].is_predicate
        and toks[end].low not in language.attribution_trailers
        and not is_time_word(toks[end].low, language)
    ):
        end += 1
    return end
