"""Attribution: who said it (quotes, reporting clauses, source phrases), taken off the claim."""

from __future__ import annotations

from typing import NamedTuple

from claimcheck.extract.breaks import is_figure
from claimcheck.extract.pieces import Context, Piece
from claimcheck.extract.speaker_names import speaker_name
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    MAX_SUBJECT,
    OPEN_QUOTES,
    Tok,
    first_predicate,
    is_time_word,
    match_phrase,
    name_start,
    span_text,
    without_title,
)
from claimcheck.lang import Language


def _verb_before(toks: list[Tok], index: int, language: Language) -> bool:
    """A main verb (not an adverb, a negator or a relative clause's verb) before ``index``:
    "A resident who attended the meeting said" has none."""
    relative = next((k for k in range(1, index) if toks[k].low in language.relativizers), index)
    verb = first_predicate(toks, 0, language)
    while verb is not None and verb < index:
        low = toks[verb].low
        if low not in language.negators and low not in language.adverbs and verb < relative:
            return True
        verb = first_predicate(toks, verb + 1, language)
    return False


def quote_with_attribution(
    text: str, toks: list[Tok], context: Context
) -> tuple[tuple[int, int], str | None, list[Tok]] | None:
    """``“Q,” kata X.`` / ``"Q," X said.``: the span of Q, the speaker and the speaker
    phrase's tokens, else ``None``."""
    if toks[0].text not in OPEN_QUOTES:
        return None
    closer = {"“": "”", "‘": "’", "«": "»", '"': '"'}[toks[0].text]
    close = next((i for i in range(1, len(toks)) if toks[i].text == closer), None)
    if close is None or close == len(toks) - 1:
        return None
    tail = [t for t in toks[close + 1 :] if t.is_word or t.text in ",."]
    words = [t for t in tail if t.is_word]
    if not words:
        return None
    language = context.language
    verb = next(
        (i for i, t in enumerate(words[:MAX_SPEAKER]) if t.low in language.reporting_verbs), None
    )
    if verb is None:
        return None
    # The speaker phrase keeps an abbreviation's period ("dr. Rina Astuti").
    speaker_toks = (
        _phrase(tail, tail.index(words[1]), language)
        if verb == 0 and len(words) > 1
        else words[:verb]
    )
    if not speaker_toks and _self_attributed(words[verb], language):
        return (toks[0].end, toks[close].start), context.last_person, []  # “Q,” ujarnya.
    speaker = speaker_name(speaker_toks, context)
    return (toks[0].end, toks[close].start), speaker, speaker_toks


def _phrase(words: list[Tok], start: int, language: Language) -> list[Tok]:
    """The speaker phrase after a reporting verb: up to a preposition, verb or comma; an
    abbreviation in brackets belongs to it ("Badan Pusat Statistik (BPS)")."""
    phrase: list[Tok] = []
    index = start
    # A title and name run long in Indonesian ("Kepala Bidang Pengendalian Harga Dinas
    # Ketahanan Pangan DKI Jakarta Budi Santoso"): capitalised words go on past the usual cap.
    while index < len(words) and sum(t.is_word for t in phrase) < 2 * MAX_SPEAKER:
        tok = words[index]
        # past the usual cap, capitalised words go on, and so do the commas and the "dan"
        # of a list inside an office's name ("Sumatera Selatan, Jambi, dan Bengkulu")
        if (
            index >= start + MAX_SPEAKER
            and not tok.is_capitalized
            and tok.text != ","
            and not (tok.low in language.clause_coordinators and phrase[-1].text == ",")
        ):
            break
        if phrase and tok.text == "(" and index + 2 < len(words) and words[index + 2].text == ")":
            phrase.extend(words[index : index + 3])
            index += 3
            continue
        if phrase and tok.text == "." and phrase[-1].low in language.abbreviations:
            phrase.append(tok)  # "Kepala Puskesmas Cibinong dr. Nurul Aini"
            index += 1
            continue
        if (
            phrase
            and tok.text == ","
            and index + 1 < len(words)
            and words[index + 1].is_capitalized
            and not is_time_word(words[index + 1].low, language)
        ):
            phrase.append(tok)  # "AVP of Product Tokopedia, Priscilla Anais", "dr. Maya, Sp.A"
            index += 1
            continue
        if (
            tok.text == ","
            and index + 2 < len(words)
            and words[index + 1].low in language.clause_coordinators
            and words[index + 2].is_capitalized
            and any(t.text == "," for t in phrase)
            and all(t.is_capitalized or t.low in language.titles for t in phrase if t.is_word)
        ):
            # "Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Sulawesi Selatan Andi Rahmat":
            # the last item of a list inside an office's name
            phrase.extend(words[index : index + 2])
            index += 2
            continue
        # "kata X seusai sidang": when it was said is not who said it.
        if phrase and tok.low in language.attribution_trailers and not tok.is_capitalized:
            break
        # "two people familiar with the matter", "the head of the agency": a preposition
        # that is no time or place phrase ("on Monday", "di Jakarta") goes on describing them.
        if not tok.is_word or (
            tok.low in language.prepositions
            and (not phrase or tok.low in language.attribution_trailers)
            and not (phrase and tok.is_capitalized)  # "Perdagangan Dalam Negeri": a name's
        ):
            break
        if phrase and (
            (tok.low in language.reporting_verbs and tok.is_predicate)
            or tok.low in language.source_phrases
            # "keterangan tertulis OJK": what kind of document, not a verb
            or (tok.is_predicate and tok.low not in language.document_kinds)
        ):
            break
        phrase.append(tok)
        index += 1
    return phrase


# The longest place or date set off by commas inside a speaker phrase: "Kamis (8/10)".
_WHEN_AND_WHERE = 6


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
    if close is None or toks[close + 1].low not in language.relativizers:
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
        rest = toks[index + 1 : index + 2 + 2 * MAX_SPEAKER]
        if not rest:
            break
        source = match_phrase(rest, 0, language.source_phrases)
        if source or (
            rest[0].low in language.reporting_verbs
            and not rest[0].is_capitalized
            and rest[0].low not in language.addressee_verbs  # "told reporters": who heard it
        ):
            skip = source or 1
            words = _phrase(rest, skip, language)
            # "according to a report released Monday by X": X speaks through it.
            author = _document_author(rest, skip, words, language)
            if author is not None:
                skip, words = author, _phrase(rest, author, language)
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
                if not source and _self_attributed(rest[0], language):
                    return index, after, [], context.last_person, []  # "C, ujarnya."
        # "C, X said." with a short subject: a noun phrase, no verb ("as I've said" is none);
        # "C, Anna Berg, a volunteer with Lakeside Rescue, said": the name is the speaker, the
        # appositive the author's claim about her.
        inner = _appositive_speaker(rest, language)
        verbs = [inner[1] + 1] if inner else range(1, min(len(rest), MAX_SPEAKER + 1))
        for k in verbs:
            # "the state Department of Health said": "state" is a noun here, not the verb.
            if (
                rest[k].low in language.reporting_verbs
                and rest[k].is_predicate
                and not rest[k].is_capitalized
            ):
                named = rest[: inner[0]] if inner else rest[:k]
                after = _past_addressee(toks, index + 2 + k, language)
                if all(
                    (t.is_word and not t.is_predicate)
                    or (t.text == "." and j and rest[j - 1].low in language.abbreviations)
                    for j, t in enumerate(named)
                ) and (
                    _resumed(toks, after, language) is not None
                    or (
                        not short
                        and (
                            _attribution_ends(toks, after, language, comma=False)
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
    name = 0
    while name < len(rest) and name < 4 and rest[name].is_word and rest[name].is_capitalized:
        name += 1
    if not name or name + 2 >= len(rest) or rest[name].text != ",":
        return None
    opener = rest[name + 1].low
    if opener not in language.determiners and opener not in language.titles:
        return None
    for k in range(name + 2, min(len(rest) - 1, name + 2 + 2 * MAX_SPEAKER)):
        if rest[k].is_predicate or rest[k].text in ";:()":
            return None
        if rest[k].text == ",":
            return name, k
    return None


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
        return [Piece(toks=toks[after + 2 :], prefix=prefix, own_clause=True)]
    prefix = f"{prefix} {language.copula}"
    return [Piece(toks=toks[after + 1 :], prefix=prefix, own_clause=True)]


def back_attribution(toks: list[Tok], context: Context) -> tuple[str, list[Tok]] | None:
    """``Hal itu disampaikan X di Jakarta, Selasa, seraya menyebut C``: the sentence before
    was X's; (X, what X went on to say), else ``None``."""
    language = context.language
    opening = match_phrase(toks, 0, language.back_references)
    if not opening or opening + 1 >= len(toks):
        return None
    if toks[opening].low not in language.passive_reporting_verbs:
        return None
    start = opening + 1
    if start < len(toks) and toks[start].low == language.agent_marker:
        start += 1
    words = _phrase(toks, start, language)
    speaker = speaker_name(words, context) if words else None
    if speaker is None:
        return None
    went_on = next(
        (
            toks[k + 1 :]
            for k in range(start + len(words), len(toks) - 1)
            if toks[k].text == "," and toks[k + 1].low in language.reporting_participles
        ),
        [],
    )
    return speaker, went_on


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
    few words; else ``None`` (", Senin (3/3/2025)": a date closes the sentence)."""
    if after + 1 >= len(toks) or toks[after].text != ",":
        return None
    following = toks[after + 1].low
    if (
        following in language.relativizers
        or following in language.reporting_participles
        or match_phrase(toks, after + 1, language.source_phrases)
        or match_phrase(toks, after + 1, language.concessives)
        or _closing_appositive(toks, after, language)
    ):
        # "kata X, yang juga menjabat ...", "lapor Interfax, mengutip kementerian": more
        # about the speaker or their source, not the clause going on
        return None
    rest = toks[after + 1 : after + 1 + MAX_SPEAKER]
    if any(t.is_predicate and t.low not in language.reporting_verbs for t in rest):
        return after + 1
    return None


def _cited(toks: list[Tok], after: int, language: Language) -> bool:
    """Whether the speaker's source follows the attribution: "…, the agency said, citing fuel
    costs" (what is cited is not who speaks)."""
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
        and end - after < 4
        and toks[end].is_word
        and not toks[end].is_predicate
        and toks[end].low not in language.attribution_trailers
        and not is_time_word(toks[end].low, language)
    ):
        end += 1
    return end


def _self_attributed(tok: Tok, language: Language) -> bool:
    """A reporting verb carrying its speaker as a pronoun: "katanya", "ujarnya"."""
    suffix = language.enclitic_pronoun
    return (
        bool(suffix)
        and tok.low.endswith(suffix)
        and tok.low[: -len(suffix)] in (language.reporting_verbs)
    )


def _outside_brackets(toks: list[Tok]) -> int:
    """How many of ``toks`` are outside parentheses: "Selasa (10/3/2026)" counts one."""
    depth = count = 0
    for tok in toks:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(depth - 1, 0)
        elif not depth:
            count += 1
    return count


def _without_when_and_where(toks: list[Tok], language: Language) -> list[Tok]:
    """``X, di Jakarta, Kamis (8/10), mengatakan C``: the subject without the place and date
    set off by commas before its verb (where and when it was said, not who said it)."""
    first = first_predicate(toks, 0, language)
    if first is None or "," not in (t.text for t in toks[:first]):
        return toks
    kept: list[Tok] = []
    index = 0
    while index < first:
        if toks[index].text == "," and index + 1 < first:
            close = next((k for k in range(index + 1, first) if toks[k].text == ","), None)
            segment = toks[index + 1 : close] if close is not None else []
            if (
                segment
                and _outside_brackets(segment) <= _WHEN_AND_WHERE
                and (
                    segment[0].low in language.attribution_trailers
                    or is_time_word(segment[0].low, language)
                )
            ):
                index = close  # its closing comma stays, before the verb or the next part
                continue
        kept.append(toks[index])
        index += 1
    return kept + toks[first:]


def reporting_clause(toks: list[Tok], context: Context) -> tuple[list[Tok], list[Tok]] | None:
    """``X mengatakan (bahwa) C``: (subject tokens, content tokens), else ``None``."""
    language = context.language
    toks = _without_when_and_where(toks, language)
    # A titled name with its institution can be longer than any other subject.
    for index, tok in enumerate(toks[: 2 * MAX_SPEAKER + 1]):
        if tok.low in language.complementizers or tok.low in language.denial_verbs:
            return None
        if (
            tok.is_capitalized
            and index
            or not (tok.low in language.reporting_verbs or tok.low in language.evidence_verbs)
        ):
            continue
        if tok.low in language.inverted_reporting_verbs:
            continue  # "kata", "ujar" come before their speaker; "tindak lanjut" is a noun
        if tok.low in language.reporting_nouns and not tok.is_predicate:
            continue  # "Reports say ...", "a single state": a noun here
        previous = toks[index - 1].low if index else ""
        # "rejected claims that" / "the state" / "mendengar kata": not a reporting verb here.
        if index and toks[index - 1].is_predicate and previous not in language.adverbs:
            continue
        if (previous in language.denial_objects and not tok.is_predicate) or (
            previous in language.stopwords
            and previous not in language.pronouns
            and previous not in language.adverbs
            and previous not in language.phrase_closers  # "Perusahaan itu menyatakan"
        ):
            continue
        subject = toks[:index]
        comma = max((i for i, t in enumerate(subject) if t.text == ","), default=-1)
        if comma == len(subject) - 1 and comma > 0:
            # "Seorang warga, Budi, mengatakan": the label and the name are the speaker; an
            # office's name may be long ("Direktur Utama PT Tol Batang Semarang Nusantara,
            # Fajar Nugroho, mengatakan").
            subject = subject[:comma]
            comma = -1
            longest = 2 * MAX_SPEAKER if subject[0].low in language.titles else MAX_SPEAKER
            if len([t for t in subject if t.is_word]) > longest:
                continue
        named = subject[comma + 1 :]
        # "Direktur Penerimaan Mineral dan Batubara, Yusuf Hadiwinata, mengatakan": a title,
        # then the name, is one speaker
        if not (
            comma > 0
            and subject[0].low in language.titles
            and 0 < len(named) <= 4
            and all(t.is_capitalized for t in named)
        ):
            subject = named
        if any(
            t.low in language.question_words and (k == 0 or t.low not in language.relativizers)
            for k, t in enumerate(subject)
        ):
            continue  # "what the secretary said": a free relative, no speaker
        if _verb_before(toks, index, language):
            return None  # "she wants X, even though she says Y": the verb is not the head
        content = index + 1
        # "told reporters that C": the complementizer comes within a few words.
        complementizer = next(
            (
                k
                for k in range(content, min(content + 5, len(toks)))
                if toks[k].low in language.complementizers
            ),
            None,
        )
        if complementizer is not None:
            content = complementizer + 1
        # "said Tuesday the city will ...": when it was said is not what was said.
        while content < len(toks) and (
            toks[content].text in ",:" or is_time_word(toks[content].low, language)
        ):
            content += 1
        rest = toks[content:]
        if len([t for t in rest if t.is_word]) < 2:
            return None
        # Without "that", what an evidence verb reports is a clause ("menunjukkan Putin turun
        # dari pesawat"); "mengungkap kaitan antara ..." reveals a thing, it reports nothing.
        # The clause's subject may be long ("KPU mencatat tingkat partisipasi pemilih pada
        # pemungutan suara ulang di 12 TPS mencapai 71,3 persen"), but one noun phrase.
        verb = first_predicate(rest, 0, language)
        if (
            complementizer is None
            and verb is None
            and language.verb_prefixes
            and tok.low.startswith(language.verb_prefixes)
            and not any(is_figure(rest, k, language) for k in range(len(rest)))
        ):
            # "menjelaskan rencana penyesuaian tarif": a prefixed verb's object is a thing, no
            # clause; but a clause may have no verb ("menyebutkan stok beras … 1,2 juta ton")
            return None
        if complementizer is None and verb == 0 and rest[0].low not in language.negators:
            # "everything he just said is absolutely false", "found expired food": no clause
            # opens after the verb
            return None
        if (
            complementizer is None
            and tok.low in language.evidence_verbs
            and (
                verb is None  # "reported increased sales": a thing
                or verb > MAX_SUBJECT
                or any(t.text in ",;" or t.low in language.clause_coordinators for t in rest[:verb])
            )
        ):
            return None
        return subject, rest
    return None
