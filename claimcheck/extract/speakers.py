"""Attribution before or around the claim: a quote's speaker ("“Q,” kata X"), a reporting
clause ("X mengatakan bahwa C"), a sentence that names who said the one before it, and the
speaker phrase they share. A trailing attribution ("C, X said") is ``trailing.py``'s."""

from __future__ import annotations

from claimcheck.extract.pieces import Context
from claimcheck.extract.speaker_names import office, speaker_name
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    MAX_SUBJECT,
    OPEN_QUOTES,
    Tok,
    first_predicate,
    is_figure,
    is_time_word,
    match_phrase,
    speaker_reach,
)
from claimcheck.extract.verb_forms import before_adverbs
from claimcheck.lang import Language


def _verb_before(toks: list[Tok], index: int, language: Language, said_that: bool) -> bool:
    """A main verb (not an adverb, a negator or a relative clause's verb) before ``index``:
    "A resident who attended the meeting said" has none; nor has "A survey released Monday
    by Gallup showed that" (``said_that``: a complementizer follows the verb at ``index``, so
    the participle is the document's, not the sentence's verb)."""
    relative = next((k for k in range(1, index) if toks[k].low in language.relativizers), index)
    verb = first_predicate(toks, 0, language)
    while verb is not None and verb < index:
        low = toks[verb].low
        published = (
            said_that
            and verb
            and toks[verb - 1].low in language.documents
            and low in language.release_participles
        )
        if (
            low not in language.negators
            and low not in language.adverbs
            and verb < relative
            and not published
        ):
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
        speaker_phrase(tail, tail.index(words[1]), language)
        if verb == 0 and len(words) > 1
        else words[:verb]
    )
    if not speaker_toks and self_attributed(words[verb], language):
        return (toks[0].end, toks[close].start), context.last_person, []  # “Q,” ujarnya.
    speaker = speaker_name(speaker_toks, context)
    return (toks[0].end, toks[close].start), speaker, speaker_toks


def _abbreviated_title(words: list[Tok], index: int, language: Language) -> bool:
    """Whether a name opens at ``index`` with a title abbreviated in lower case ("dr. Wahyu
    Hidayat", "drg. Ani")."""
    return (
        index + 2 < len(words)
        and words[index].low in language.abbreviations
        and words[index + 1].text == "."
        and words[index + 2].is_capitalized
    )


def speaker_phrase(words: list[Tok], start: int, language: Language) -> list[Tok]:
    """The speaker phrase after a reporting verb: up to a preposition, verb or comma; an
    abbreviation in brackets belongs to it ("Badan Pusat Statistik (BPS)")."""
    phrase: list[Tok] = []
    index = start
    # A title and name run long in Indonesian ("Kepala Bidang Pengendalian Harga Dinas
    # Ketahanan Pangan DKI Jakarta Budi Santoso"): capitalised words go on past the usual cap.
    longest = speaker_reach(words[start], language) if start < len(words) else 0
    while index < len(words) and sum(t.is_word for t in phrase) < longest:
        tok = words[index]
        # past the usual cap, capitalised words go on, and so do the commas and the "dan"
        # of a list inside an office's name ("Sumatera Selatan, Jambi, dan Bengkulu")
        if (
            index >= start + MAX_SPEAKER
            and not tok.is_capitalized
            and tok.text != ","
            and not (
                tok.low in language.clause_coordinators
                and (
                    phrase[-1].text == ","
                    # "Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi Kota Medan"
                    or (
                        any(t.text == "," for t in phrase)
                        and index + 1 < len(words)
                        and words[index + 1].is_capitalized
                    )
                )
            )
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
            and (
                (
                    words[index + 1].is_capitalized
                    and (
                        not is_time_word(words[index + 1].low, language)
                        or _name_run(words, index + 1, language)  # "…, Lalu Ahmad Fauzi"
                    )
                )
                or _abbreviated_title(words, index + 1, language)  # "…, dr. Wahyu Hidayat"
            )
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
        # "a new report", "the latest survey": the document the phrase opened to name
        document = (
            bool(phrase) and tok.low in language.documents and phrase[0].low in language.determiners
        )
        if (
            phrase
            and not document
            and (
                (tok.low in language.reporting_verbs and tok.is_predicate)
                or tok.low in language.source_phrases
                # "keterangan tertulis OJK": what kind of document, not a verb
                or (tok.is_predicate and tok.low not in language.document_kinds)
            )
        ):
            break
        phrase.append(tok)
        index += 1
    return phrase


def _name_run(words: list[Tok], index: int, language: Language) -> bool:
    """Whether a capitalised time word at ``index`` opens a name ("Lalu Ahmad Fauzi", a
    Sasak title): another capitalised word that is no time word follows it."""
    return (
        index + 1 < len(words)
        and words[index + 1].is_word
        and words[index + 1].is_capitalized
        and not is_time_word(words[index + 1].low, language)
    )


def comma_name_end(toks: list[Tok], comma: int, language: Language) -> int | None:
    """Where the comma closing a name set off after a title ends (``Title, Name, C``: "Ketua
    Komisi II DPR, Agus Prasetyo, kabupaten …"): two to four capitalised words, no time
    word first unless a name follows it; else ``None``."""
    end = comma + 1
    while end < len(toks) and toks[end].is_word and toks[end].is_capitalized:
        end += 1
    words = end - comma - 1
    if not (2 <= words <= 4 and end + 1 < len(toks) and toks[end].text == ","):
        return None
    run = toks[comma + 1 : end]
    if toks[end + 1].is_capitalized or any(
        t.low in language.bodies or t.low in language.titles for t in run
    ):
        return None  # "Menurut Kepala BMKG, Jawa Barat, Jawa Tengah, dan …": a list, no name
    first = toks[comma + 1]
    if is_time_word(first.low, language) and not _name_run(toks, comma + 1, language):
        return None
    return end


# The longest place or date set off by commas inside a speaker phrase: "Kamis (8/10)".
_WHEN_AND_WHERE = 6


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
    words = speaker_phrase(toks, start, language)
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


def self_attributed(tok: Tok, language: Language) -> bool:
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
            if close is not None and when_or_where(toks[index + 1 : close], language):
                index = close  # its closing comma stays, before the verb or the next part
                continue
        kept.append(toks[index])
        index += 1
    return kept + toks[first:]


def when_or_where(segment: list[Tok], language: Language) -> bool:
    """Whether ``segment``, set off by commas, says only where or when: "di Jakarta",
    "Kamis (8/10)"."""
    return (
        bool(segment)
        and _outside_brackets(segment) <= _WHEN_AND_WHERE
        and (
            segment[0].low in language.attribution_trailers
            or is_time_word(segment[0].low, language)
        )
    )


def day_set_off(toks: list[Tok], start: int, end: int, language: Language) -> bool:
    """Whether ``toks[start:end]``, set off by commas, names a day: "Selasa (10/11/2026)",
    "Monday, Nov. 3" (not "during his regime": no day's name first)."""
    return (
        start < end
        and toks[start].is_capitalized
        and is_time_word(toks[start].low, language)
        and when_or_where(toks[start:end], language)
    )


def when_and_where_end(toks: list[Tok], comma: int, language: Language) -> int:
    """The comma that ends a source phrase ending at ``comma``, past the day its relative
    clause happened: "Menurut laporan BPK yang diserahkan kepada DPRD, Senin (16/11/2026), C".
    A time or place that opens with a preposition is the claim's own ("Menurut laporan itu,
    pada 2023, ekspor turun"), and so is any after a source without a relative clause."""
    if language.relativizers.isdisjoint(t.low for t in toks[:comma]):
        return comma
    close = next((k for k in range(comma + 1, len(toks) - 1) if toks[k].text == ","), None)
    if (
        close is not None
        and is_time_word(toks[comma + 1].low, language)
        and when_or_where(toks[comma + 1 : close], language)
    ):
        return close
    return comma


def _without_medium(toks: list[Tok], language: Language) -> list[Tok]:
    """``X dalam keterangan tertulis, Jumat (5/6), menyebut C``: the subject without the
    medium it spoke through (a statement is how it was said, not who said it)."""
    for index in range(1, min(len(toks) - 2, MAX_SPEAKER + 1)):
        if toks[index].low not in language.medium_prepositions:
            continue
        if any(t.is_predicate for t in toks[:index]):
            return toks
        end = index + 1
        if toks[end].low in language.determiners:
            end += 1  # "in a statement"
        if end >= len(toks) or toks[end].low not in language.documents:
            return toks
        end += 1
        while end < len(toks) and (
            toks[end].low in language.document_kinds or toks[end].low in language.phrase_closers
        ):
            end += 1  # "dalam keterangan tertulis", "dalam laporan itu"
        if end < len(toks) and (toks[end].text == "," or toks[end].low in language.reporting_verbs):
            return toks[:index] + toks[end:]
        return toks
    return toks


def concession_by_speaker(content: list[Tok], language: Language) -> tuple[int, int] | None:
    """``…, though she declined to say …`` in what a speaker said: a concession whose subject
    ("he", "she", "ia") declines to say more is about the speaker, and states what they did,
    not what they said. (Its comma, its verb), else ``None``."""
    for index in range(1, len(content) - 3):
        if content[index].text != ",":
            continue
        pronoun = index + 1 + match_phrase(content, index + 1, language.concessives)
        if (
            pronoun > index + 1
            and pronoun + 2 < len(content)
            and content[pronoun].low in language.singular_pronouns
            and match_phrase(content, pronoun + 1, language.withholdings)
        ):
            return index, pronoun + 1
    return None


def speakers_subject(content: list[Tok], language: Language, strict: bool = False) -> bool:
    """Whether what a speaker reports opens with their own act, its subject left out: an active
    verb, maybe after auxiliaries, negators and adverbs ("Ia mengaku telah menerima uang",
    "Budi mengaku tidak mengenal tersangka", "menyatakan siap mendukung"). Indonesian leaves
    the subject out; English says it again ("he said he had"). ``strict``: the first prefix
    only ("me": "mengaku bersalah" is a plea, not an act)."""
    if not language.active_prefixes:
        return False
    start = 0
    while start < len(content) - 1 and (
        content[start].low in language.auxiliaries
        or content[start].low in language.negators
        or content[start].low in language.adverbs
        or content[start].low in language.act_openers
    ):
        start += 1
    tok = content[start]
    prefixes = language.active_prefixes[:1] if strict else language.active_prefixes
    return tok.is_predicate and tok.low.startswith(prefixes)


def _second_verb_phrase(rest: list[Tok], verb: int, language: Language) -> bool:
    """Whether the first verb of ``rest`` opens a verb phrase after a coordinator ("12
    officers and (also) restores weekend hours"), not a clause with its own subject ("the city
    and the county will share")."""
    before = before_adverbs(rest, verb, language)
    return before > 0 and rest[before].low in language.clause_coordinators


def reporting_clause(
    toks: list[Tok], context: Context, said_after: bool = False
) -> tuple[list[Tok], list[Tok]] | None:
    """``X mengatakan (bahwa) C``: (subject tokens, content tokens), else ``None``.
    ``said_after``: a speaker named after the clause says all of it ("Balai mencatat populasi
    badak sebanyak 82 individu, kata Kepala Balai"), so an evidence verb's figure without a
    verb is what they said, not a report of its own."""
    language = context.language
    toks = _without_when_and_where(_without_medium(toks, language), language)
    # A titled name with its institution can be longer than any other subject.
    reach = speaker_reach(toks[0], language) if toks else 0
    for index, tok in enumerate(toks[: reach + 1]):
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
        if (
            tok.low in language.thing_reporting_verbs
            and index + 1 < len(toks)
            and toks[index + 1].low in language.prepositions
            and index
            and toks[index - 1].text == ","
        ):
            continue  # "The fund, estimated at $2 billion, …": a participle's aside
        previous = toks[index - 1].low if index else ""
        # "rejected claims that" / "the state" / "mendengar kata": not a reporting verb here.
        if index and toks[index - 1].is_predicate and previous not in language.adverbs:
            continue
        if (previous in language.denial_objects and not tok.is_predicate) or (
            previous in language.stopwords
            and previous not in language.pronouns
            and previous != language.body_pronoun  # "It said prices would not change"
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
            # a relative clause does not count: "Survei X yang dirilis di Medan, Rabu (…),
            # menunjukkan" (the date is gone already)
            relative = next(
                (k for k, t in enumerate(subject) if k and t.low in language.relativizers),
                len(subject),
            )
            if len([t for t in subject[:relative] if t.is_word]) > longest:
                continue
        named = subject[comma + 1 :]
        # "Direktur Penerimaan Mineral dan Batubara, Yusuf Hadiwinata, mengatakan": a title,
        # then the name, is one speaker
        if not (
            comma > 0
            and subject[0].low in language.titles
            and 0 < len(named) <= 4
            and all(t.is_capitalized for t in named)
        ) and not (
            # "Sekretaris Jenderal Kementerian Pendidikan Tinggi, Sains, dan Teknologi Lestari
            # Handayani mengatakan": commas inside an office's name
            subject
            and subject[0].low in language.titles
            and office([t for t in subject if t.is_word], language)
        ):
            subject = named
        if any(
            t.low in language.question_words and (k == 0 or t.low not in language.relativizers)
            for k, t in enumerate(subject)
        ):
            continue  # "what the secretary said": a free relative, no speaker
        said_that = any(t.low in language.complementizers for t in toks[index + 1 : index + 6])
        if _verb_before(toks, index, language, said_that):
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
            toks[content].text in ",:"
            or is_time_word(toks[content].low, language)
            # "said on Tuesday night it would …"
            or (
                toks[content].low in language.attribution_trailers
                and content + 1 < len(toks)
                and is_time_word(toks[content + 1].low, language)
            )
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
        # "menyebutkan stok beras … 1,2 juta ton": a figure's clause needs no verb, but has a
        # subject ("menambahkan 200 unit bus" adds a thing); a verb after a comma is the
        # figure's own ("… sebesar 62,4 persen, turun dari 71 persen")
        before_verb = len(rest) if verb is None else verb
        verbless_figure = (
            bool(language.verb_prefixes)
            and (verb is None or any(t.text == "," for t in rest[:verb]))
            and not is_figure(rest, 0, language)
            and any(is_figure(rest, k, language) for k in range(1, before_verb))
        )
        if (
            complementizer is None
            and verb is None
            and language.verb_prefixes
            and tok.low.startswith(language.verb_prefixes)
            and not verbless_figure
        ):
            # "menjelaskan rencana penyesuaian tarif": a prefixed verb's object is a thing, no
            # clause; but a clause may have no verb ("menyebutkan stok beras … 1,2 juta ton")
            return None
        if (
            complementizer is None
            and tok.low in language.thing_reporting_verbs
            and (verb is None or _second_verb_phrase(rest, verb, language))
        ):
            # "Employers added 150,000 jobs": a thing, no clause; "The plan adds 12 officers
            # and restores weekend hours": a thing, then a second verb phrase
            return None
        own_act = tok.low in language.reporting_verbs and speakers_subject(rest, language)
        if (
            complementizer is None
            and tok.low in language.self_reporting_verbs
            and not speakers_subject(rest, language, strict=True)
        ):
            return None  # "mengaku kaget", "mengaku bersalah": the author's sentence
        if (
            complementizer is None
            and verb == 0
            and rest[0].low not in language.negators
            and not own_act
        ):
            # "everything he just said is absolutely false", "found expired food": no clause
            # opens after the verb
            return None
        # "BPS mencatat produksi beras … hanya sekitar 1,1 juta ton": what the data shows
        # (but "mencatat laba Rp 55 triliun" records a thing)
        shown_figure = (
            verbless_figure
            and not said_after
            and any(
                rest[k - 1].low in language.figure_markers
                for k in range(1, before_verb)
                if is_figure(rest, k, language)
            )
        )
        if (
            complementizer is None
            and tok.low in language.evidence_verbs
            and not shown_figure
            and (
                verb is None  # "reported increased sales": a thing
                or verb > MAX_SUBJECT
                or any(t.text in ",;" or t.low in language.clause_coordinators for t in rest[:verb])
            )
        ):
            return None
        return subject, rest
    return None
