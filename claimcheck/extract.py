"""Atomic claims from sentences.

Each sentence goes through the same language-independent steps, driven by the word lists of
its :class:`~claimcheck.lang.Language`:

1. Questions are not claims.
2. Attribution is taken off and kept as ``speaker``: a quote followed by ``kata X`` / ``X said``,
   a leading ``X mengatakan (bahwa)`` / ``X said (that)``, a leading ``menurut X,`` /
   ``according to X,`` and a trailing ``, lapor X`` / ``, according to X``. A quoted passage of
   several sentences gives a claim per sentence, each attributed to the speaker.
3. A denial (``menolak klaim bahwa C``, ``denied that C``) gives ``C`` as a negated claim.
4. Coordinated clauses and verb phrases are split, with the subject carried over to a
   verb phrase that lacks one; coordinated objects after one verb are split too
   (``menyediakan A dan B untuk C``). Subject coordination and ``yang`` / ``which`` clauses
   are left whole.
5. Each piece keeps its exact source span; a claim is kept only when it is checkable.

Every step looks at a bounded window of tokens, so extraction is linear in the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.document import Document
from claimcheck.lang import Language
from claimcheck.model import Claim, Sentence
from claimcheck.segment import split_sentences, split_span

# Words (with inner hyphens, periods, commas, apostrophes: S-400, 2,5, 1.500, doesn't) or
# single punctuation marks. No nested quantifier can backtrack.
_TOKEN = re.compile(r"\w+(?:[-.,'’]\w+)*|[^\w\s]")
_OPEN_QUOTES = '“‘«"'
_CLOSE_QUOTES = '”’»"'
_TRIM = " \t\r\n.,;:–—-"
_PUNCT = ".,;:!?()[]“”‘’«»\"'–—-"
# Beyond these sizes a sentence is not analysed further (it still yields one claim).
_MAX_TOKENS = 400
_MAX_CHARS = 20_000
_MAX_SUBJECT = 12
_MAX_SPEAKER = 8
_WINDOW = 40
# Function words that may sit between a subject and its reporting verb ("Dia juga mengatakan").
_ADVERBS = frozenset({"juga", "also", "telah", "sudah", "has", "have", "had", "kali", "pun"})


class _Tok:
    """A token: its span in the document, its text and its lower-case form."""

    __slots__ = ("start", "end", "text", "low", "is_word", "is_capitalized")

    def __init__(self, start: int, end: int, text: str, low: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        first = text[0]
        self.is_word = first.isalnum() or first == "_"
        self.is_capitalized = first.isupper()


@dataclass
class _Piece:
    """A stretch of tokens that becomes one claim."""

    toks: list[_Tok]
    prefix: str = ""  # carried subject or shared verb phrase, put before the piece's text
    suffix: str = ""  # shared trailing modifier, put after it
    speaker: str | None = None
    negated: bool = False


class _Context:
    """What one sentence leaves for the next: the last named person and the last subject."""

    def __init__(self, language: Language, names: set[str]) -> None:
        self.language = language
        self.names = names  # words the document capitalises mid-sentence: proper names
        self.last_person: str | None = None
        self.last_subject: str | None = None


def extract_claims(document: Document, language: Language) -> list[Claim]:
    """The atomic claims of ``document``, in reading order."""
    text = document.text
    sentences = split_sentences(text, language)
    context = _Context(language, _proper_names(text, sentences))
    claims: list[Claim] = []
    for sentence in sentences:
        claims.extend(_sentence_claims(text, sentence, context))
    return claims


def _proper_names(text: str, sentences: list[Sentence]) -> set[str]:
    """Lower-cased words written with a capital letter somewhere other than a sentence start."""
    names: set[str] = set()
    for sentence in sentences:
        first = True
        end = min(sentence.end, sentence.start + _MAX_CHARS)
        for match in _TOKEN.finditer(text, sentence.start, end):
            word = match.group()
            if not word[0].isalnum():
                if word in _OPEN_QUOTES or word in ".!?":
                    first = True
                continue
            if not first and word[0].isupper():
                names.add(word.lower())
            first = False
    return names


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    toks = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        toks.append(_Tok(match.start(), match.end(), word, word.lower()))
    return toks


# ----------------------------------------------------------------------------- sentences


def _sentence_claims(text: str, sentence: Sentence, context: _Context) -> list[Claim]:
    if sentence.end - sentence.start > _MAX_CHARS:
        # Not prose (a dump, a table): one claim, judged on its opening words, no analysis.
        toks = _tokens(text, sentence.start, sentence.start + _MAX_CHARS)
        piece = _Piece(toks=toks)
        claim = _claim(text, sentence, piece, context, toks)
        if claim:
            claim.end = sentence.end
            claim.text = sentence.text
        return [claim] if claim else []
    toks = _tokens(text, sentence.start, sentence.end)
    if not toks or _is_question(toks):
        return []
    if len(toks) > _MAX_TOKENS:
        piece = _Piece(toks=toks)
        return [c for c in [_claim(text, sentence, piece, context, toks)] if c]
    quoted = _quote_with_attribution(text, toks, context)
    if quoted is not None:
        (inner_start, inner_end), speaker = quoted
        claims = []
        for part in split_span(text, inner_start, inner_end, context.language):
            part_toks = _tokens(text, part.start, part.end)
            if not part_toks or _is_question(part_toks):
                continue
            for piece in _clause_pieces(part_toks, speaker, context):
                claim = _claim(text, sentence, piece, context, part_toks)
                if claim:
                    claims.append(claim)
        if speaker:
            context.last_person = speaker
        return claims
    pieces = _clause_pieces(toks, None, context, top_level=True)
    claims = []
    for piece in pieces:
        claim = _claim(text, sentence, piece, context, toks)
        if claim:
            claims.append(claim)
    return claims


def _is_question(toks: list[_Tok]) -> bool:
    index = len(toks) - 1
    while index >= 0 and toks[index].text in _CLOSE_QUOTES + ")]":
        index -= 1
    return index >= 0 and toks[index].text == "?"


def _quote_with_attribution(
    text: str, toks: list[_Tok], context: _Context
) -> tuple[tuple[int, int], str | None] | None:
    """``“Q,” kata X.`` / ``"Q," X said.``: the span of Q and the speaker, else ``None``."""
    if toks[0].text not in _OPEN_QUOTES:
        return None
    closer = {"“": "”", "‘": "’", "«": "»", '"': '"'}[toks[0].text]
    close = next((i for i in range(1, len(toks)) if toks[i].text == closer), None)
    if close is None or close == len(toks) - 1:
        return None
    tail = [t for t in toks[close + 1 :] if t.is_word or t.text in ","]
    words = [t for t in tail if t.is_word]
    if not words:
        return None
    language = context.language
    verb = next(
        (i for i, t in enumerate(words[:_MAX_SPEAKER]) if t.low in language.reporting_verbs), None
    )
    if verb is None:
        return None
    speaker_toks = _phrase(words, 1, language) if verb == 0 else words[:verb]
    speaker = _speaker(speaker_toks, context)
    return (toks[0].end, toks[close].start), speaker


def _phrase(words: list[_Tok], start: int, language: Language) -> list[_Tok]:
    """The speaker phrase after a reporting verb: up to a preposition, verb or comma."""
    phrase: list[_Tok] = []
    for tok in words[start : start + _MAX_SPEAKER]:
        if not tok.is_word:
            break
        if phrase and (
            tok.low in language.prepositions
            or tok.low in language.reporting_verbs
            or tok.low in language.source_phrases
            or _is_predicate(tok, language)
        ):
            break
        phrase.append(tok)
    return phrase


def _speaker(toks: list[_Tok], context: _Context) -> str | None:
    """A speaker name from its tokens; a pronoun resolves to the last named person."""
    language = context.language
    words = [t for t in toks if t.is_word]
    if not words:
        return None
    if len(words) == 1 and words[0].low in language.pronouns:
        if words[0].low in language.singular_pronouns:
            return context.last_person
        return None
    # "Dia juga": trailing function words go; a lone pronoun is the last named person.
    while len(words) > 1 and words[-1].low in language.stopwords:
        words = words[:-1]
    if len(words) == 1 and words[0].low in language.pronouns:
        if words[0].low in language.singular_pronouns:
            return context.last_person
        return None
    # Drop trailing adverbs after the last capitalised word: "Lukashenko berulang kali".
    last_name = max(
        (i for i, t in enumerate(words) if t.is_capitalized and t.low not in language.stopwords),
        default=None,
    )
    if last_name is not None:
        words = words[: last_name + 1]
    while len(words) > 1 and words[0].low in language.clause_coordinators:
        words = words[1:]
    return " ".join(t.text for t in words) or None


# ------------------------------------------------------------------------------- clauses


def _clause_pieces(
    toks: list[_Tok], speaker: str | None, context: _Context, top_level: bool = False
) -> list[_Piece]:
    language = context.language
    toks = _strip_openers(toks, language)
    if not toks:
        return []
    # Leading source phrase: "Menurut X, C" / "According to X, C".
    source = _match_phrase(toks, 0, language.source_phrases)
    if source:
        comma = _find(toks, ",", source, _MAX_SPEAKER + source + 1)
        if comma is not None and comma + 1 < len(toks):
            speaker = _speaker(toks[source:comma], context) or speaker
            toks = _strip_openers(toks[comma + 1 :], language)
    # Trailing attribution: "C, lapor X" / "C, according to X" / "C, X said".
    if top_level:
        toks, trailing = _trailing_attribution(toks, context)
        speaker = trailing or speaker
    # Reporting clause: "X mengatakan (bahwa) C" / "X told reporters that C".
    reported = _reporting_clause(toks, context)
    if reported is not None:
        subject, toks = reported
        speaker = _speaker(subject, context) or speaker
        if speaker and top_level:
            context.last_person = speaker
    if not toks:
        return []
    pieces = _coordinated(toks, context, speaker)
    if top_level:
        subject = _subject(toks, language)
        if subject:
            # The trailing capitalised run of the subject names a person or body when it is
            # written capitalised mid-sentence: "Alexander Lukashenko", not "Rekaman".
            run = len(subject)
            while run > 0 and subject[run - 1].is_capitalized and len(subject) - run < 4:
                run -= 1
            name = subject[run:]
            if name and (run > 0 or any(t.low in context.names for t in name)):
                context.last_person = " ".join(t.text for t in name)
            anaphor = _match_phrase(toks, 0, language.anaphors)
            if not anaphor:
                context.last_subject = " ".join(t.text for t in subject)
    return pieces


def _strip_openers(toks: list[_Tok], language: Language) -> list[_Tok]:
    while toks:
        while toks and not toks[0].is_word and toks[0].text not in _OPEN_QUOTES:
            toks = toks[1:]
        if not toks:
            return toks
        length = _match_phrase(toks, 0, language.openers)
        if not length:
            return toks
        followed_by_comma = length < len(toks) and toks[length].text == ","
        if not (followed_by_comma or length > 1 or toks[0].low in language.clause_coordinators):
            return toks
        toks = toks[length + (1 if followed_by_comma else 0) :]
    return toks


_PHRASE_TABLES: dict[tuple[str, ...], dict[str, list[tuple[str, ...]]]] = {}


def _match_phrase(toks: list[_Tok], index: int, phrases: tuple[str, ...]) -> int:
    """Length in tokens of the longest phrase of ``phrases`` at ``toks[index]``, or 0."""
    if index >= len(toks):
        return 0
    table = _PHRASE_TABLES.get(phrases)
    if table is None:
        table = {}
        for phrase in phrases:
            words = tuple(phrase.split())
            table.setdefault(words[0], []).append(words)
        _PHRASE_TABLES[phrases] = table
    best = 0
    for words in table.get(toks[index].low, ()):
        if len(words) <= best or index + len(words) > len(toks):
            continue
        if all(toks[index + k].low == word for k, word in enumerate(words)):
            best = len(words)
    return best


def _find(toks: list[_Tok], text: str, start: int, stop: int) -> int | None:
    for index in range(start, min(stop, len(toks))):
        if toks[index].text == text:
            return index
    return None


def _trailing_attribution(toks: list[_Tok], context: _Context) -> tuple[list[_Tok], str | None]:
    language = context.language
    for index, tok in enumerate(toks):
        if tok.text != "," or index < 3:
            continue
        rest = toks[index + 1 : index + 2 + 2 * _MAX_SPEAKER]
        if not rest:
            break
        source = _match_phrase(rest, 0, language.source_phrases)
        if source or (rest[0].low in language.reporting_verbs and not rest[0].is_capitalized):
            skip = source or 1
            words = _phrase(rest, skip, language)
            # The attribution runs to the end of the sentence or to another comma.
            after = index + 1 + skip + len(words)
            if words and (after >= len(toks) or toks[after].text in ",.!;"):
                return toks[:index], _speaker(words, context)
        # "C, X said." with a short subject.
        limit = min(len(rest), 5)
        for k in range(1, limit):
            if rest[k].low in language.reporting_verbs and not rest[k].is_capitalized:
                if index + 2 + k >= len(toks) or all(not t.is_word for t in toks[index + 2 + k :]):
                    return toks[:index], _speaker(rest[:k], context)
                break
    return toks, None


def _reporting_clause(toks: list[_Tok], context: _Context) -> tuple[list[_Tok], list[_Tok]] | None:
    """``X mengatakan (bahwa) C``: (subject tokens, content tokens), else ``None``."""
    language = context.language
    for index, tok in enumerate(toks[: _MAX_SUBJECT + 1]):
        if tok.low in language.complementizers or tok.low in language.denial_verbs:
            return None
        if tok.low not in language.reporting_verbs or tok.is_capitalized and index:
            continue
        previous = toks[index - 1].low if index else ""
        # "rejected claims that" / "the state": not a reporting verb here.
        if previous in language.denial_objects or (
            previous in language.stopwords
            and previous not in language.pronouns
            and previous not in _ADVERBS
        ):
            continue
        subject = toks[:index]
        comma = max((i for i, t in enumerate(subject) if t.text == ","), default=-1)
        subject = subject[comma + 1 :]
        if any(
            _is_predicate(t, language)
            for t in toks[: max(0, index - 2)]
            if t.low not in language.negators
        ):
            return None  # "she wants X, even though she says Y": the verb is not the head
        content = index + 1
        # "told reporters that C": the complementizer comes within a few words.
        for k in range(content, min(content + 5, len(toks))):
            if toks[k].low in language.complementizers:
                content = k + 1
                break
        while content < len(toks) and toks[content].text in ",:":
            content += 1
        rest = toks[content:]
        if len([t for t in rest if t.is_word]) < 2:
            return None
        return subject, rest
    return None


_PREDICATES: dict[tuple[str, str, bool], bool] = {}


def _is_predicate(tok: _Tok, language: Language) -> bool:
    key = (language.code, tok.low, tok.is_capitalized)
    known = _PREDICATES.get(key)
    if known is None:
        known = _PREDICATES[key] = _predicate(tok, language)
    return known


def _predicate(tok: _Tok, language: Language) -> bool:
    low = tok.low
    if not tok.is_word or low in language.non_verbs:
        return False
    if low in language.predicate_words or low in language.negators:
        return True
    if low in language.stopwords:
        return False
    if low in language.reporting_verbs or low in language.denial_verbs:
        return True
    if len(low) >= 5 and not tok.is_capitalized:
        if any(low.startswith(prefix) for prefix in language.verb_prefixes):
            return True
        if any(low.endswith(suffix) for suffix in language.verb_suffixes):
            return True
    return False


def _subject(toks: list[_Tok], language: Language) -> list[_Tok]:
    """Tokens before the clause's first predicate, skipping predicates inside ``yang``."""
    first = _first_predicate(toks, 0, language)
    if first is None or first == 0 or first > _MAX_SUBJECT:
        return []
    subject = [t for t in toks[:first] if t.is_word or t.text in "-"]
    # "Rekaman yang disiarkan ...": a relative clause is part of the subject, but not its head.
    return subject


def _first_predicate(toks: list[_Tok], start: int, language: Language) -> int | None:
    in_relative = False
    relative_verb = False
    for index in range(start, min(len(toks), start + _WINDOW)):
        tok = toks[index]
        if tok.low in language.relativizers:
            in_relative, relative_verb = True, False
            continue
        if not _is_predicate(tok, language):
            if in_relative and relative_verb:
                relative_verb = False
                in_relative = "after"  # type: ignore[assignment]
            continue
        if in_relative is True:
            relative_verb = True
            continue
        return index
    return None


# -------------------------------------------------------------------------- coordination


def _credit_frame(toks: list[_Tok], context: _Context) -> tuple[list[_Tok], str, str | None] | None:
    """``X thanked Y for Z`` / ``X berterima kasih kepada Y karena Z``: (Z, Y, X) or None.

    What X credits (or blames) Y with is a claim about Y, asserted by X.
    """
    language = context.language
    for index in range(min(len(toks), _MAX_SUBJECT)):
        length = _match_phrase(toks, index, language.credit_phrases)
        if not length:
            continue
        start = index + length
        linker = next(
            (
                k
                for k in range(start, min(len(toks), start + _MAX_SPEAKER))
                if toks[k].low in language.credit_linkers
            ),
            None,
        )
        if linker is None or linker == start or linker + 2 >= len(toks):
            return None
        beneficiary = toks[start:linker]
        if not beneficiary[0].is_capitalized:
            return None
        credited_by = _speaker(toks[:index], context) if index else None
        return toks[linker + 1 :], " ".join(t.text for t in beneficiary), credited_by
    return None


def _final_appositive(toks: list[_Tok], language: Language) -> int | None:
    """Index of the comma before a sentence-final appositive that describes the event
    (``..., sebuah kunjungan langka sejak 2019``), or None."""
    for index in range(len(toks) - 2, max(0, len(toks) - _WINDOW), -1):
        tok = toks[index]
        if tok.text in ";:)]”»":
            return None
        if tok.text != ",":
            continue
        rest = toks[index + 1 :]
        if (
            rest[0].low in language.appositive_openers
            and _first_predicate(rest, 0, language) is None
            and _first_predicate(toks[:index], 0, language) is not None
            and _has_content(rest[1:], language)
        ):
            return index
        return None
    return None


def _clause_head(toks: list[_Tok], language: Language) -> str:
    """The subject, first predicate and object of a clause: what an appositive describes."""
    verb = _first_predicate(toks, 0, language)
    if verb is None:
        return ""
    end = verb + 1
    while end < len(toks) and end - verb <= _MAX_SPEAKER and toks[end].is_word:
        tok = toks[end]
        if tok.low in language.prepositions and end + 1 < len(toks):
            if not toks[end + 1].is_capitalized:
                break
            end += 2  # "travelled to Minsk", "kunjungi ... di Minsk": the place belongs
            continue
        if tok.low in language.stopwords or _is_predicate(tok, language):
            break
        end += 1
    return _span_text(toks[:end])


def _coordinated(toks: list[_Tok], context: _Context, speaker: str | None) -> list[_Piece]:
    """Split ``toks`` into atomic pieces: credits, denials, appositives, coordinated clauses
    and objects."""
    language = context.language
    comma = _final_appositive(toks, language)
    if comma is not None:
        main = _coordinated(toks[:comma], context, speaker)
        head = _clause_head(toks[:comma], language)
        return [*main, _Piece(toks=toks[comma + 1 :], prefix=head + ",", speaker=speaker)]
    credit = _credit_frame(toks, context)
    if credit is not None:
        credited, beneficiary, credited_by = credit
        speaker = speaker or credited_by
        gerund = credited[0].low.endswith(language.object_verb_suffixes or ("\0",))
        if gerund and _first_predicate(credited, 0, language) is None:
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
        for k in range(index + 1, min(index + 5, len(toks))):
            if toks[k].low in language.complementizers:
                comp = k
                break
            if not (toks[k].low in language.denial_objects or toks[k].low in language.stopwords):
                break
        if comp is None or comp + 1 >= len(toks):
            continue
        before = toks[:index]
        while before and (
            before[-1].low in language.clause_coordinators
            or before[-1].low in ("juga", "also")
            or not before[-1].is_word
        ):
            before = before[:-1]
        denier = _speaker(before, context) if before and len(before) <= 3 else None
        pieces = []
        if before and len(before) > 3:
            pieces.extend(_coordinated(before, context, speaker))
        denied = toks[comp + 1 :]
        for piece in _coordinated(denied, context, denier or speaker):
            piece.negated = not piece.negated
            pieces.append(piece)
        return pieces
    return _split_clauses(toks, context, speaker)


def _split_clauses(toks: list[_Tok], context: _Context, speaker: str | None) -> list[_Piece]:
    language = context.language
    subject = _subject(toks, language)
    subject_text = _resolved_subject(subject, context)
    first = _first_predicate(toks, 0, language)
    if first is None:
        return [_Piece(toks=toks, speaker=speaker)]
    cuts: list[tuple[int, int, bool]] = []  # (conjunct start, cut token, verb phrase?)
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
            and segment_verb
            and tok.low in language.clause_coordinators
            and index + 1 < len(toks)
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
            elif _is_predicate(following, language):
                cuts.append((index + 1, index, True))
            elif _is_clause(toks, index + 1, language):
                cuts.append((index + 1, index, False))
        elif _is_predicate(tok, language):
            segment_verb = True
        index += 1
    # A serial list of verb phrases: "membunuh A, mengusir B dan menghancurkan C".
    if any(vp for _, _, vp in cuts):
        last_vp = max(cut for _, cut, vp in cuts if vp)
        for index in range(first + 1, last_vp):
            if (
                toks[index].text == ","
                and index + 1 < len(toks)
                and _is_predicate(toks[index + 1], language)
                and toks[index + 1].low not in language.reporting_verbs
            ):
                cuts.append((index + 1, index, True))
        cuts.sort()
    if not cuts:
        return _split_objects(toks, first, context, speaker)
    pieces = []
    start = 0
    carried = ""
    for conjunct_start, cut, verb_phrase in [*cuts, (len(toks), len(toks), False)]:
        part = toks[start:cut]
        if part:
            for piece in _split_objects(
                part, _first_predicate(part, 0, language), context, speaker
            ):
                if carried and not piece.prefix:
                    piece.prefix = carried
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
    subject: str, toks: list[_Tok], first: int, conjunct: int, language: Language
) -> str:
    """The subject, with the auxiliaries its first verb phrase opens with when the next verb
    phrase has none: "The war has killed X and driven Y" carries "The war has"."""
    if not subject or conjunct >= len(toks) or toks[conjunct].low in language.auxiliaries:
        return subject
    end = first
    while end < len(toks) and toks[end].low in language.auxiliaries:
        end += 1
    if end == first or end >= len(toks) or not _is_predicate(toks[end], language):
        return subject  # "has" as the main verb ("has 5 members") is no auxiliary
    return " ".join([subject, *(t.text for t in toks[first:end])])


def _local_subject(toks: list[_Tok], language: Language) -> str:
    """A name right before the last predicate of a conjunct that follows another predicate:
    "menunjukkan Putin turun dari pesawat ... dan disambut" carries "Putin"."""
    predicates = [i for i, t in enumerate(toks) if _is_predicate(t, language)]
    for last in reversed(predicates[-_MAX_SUBJECT:]):
        name_start = last
        while name_start > 0 and toks[name_start - 1].is_capitalized and last - name_start < 3:
            name_start -= 1
        if name_start == last or name_start == 0:
            continue
        if _is_predicate(toks[name_start - 1], language):
            return " ".join(t.text for t in toks[name_start:last])
    return ""


def _resolved_subject(subject: list[_Tok], context: _Context) -> str:
    language = context.language
    if not subject or len(subject) > _MAX_SUBJECT:
        return ""
    words = [t for t in subject if t.low not in ("juga", "also")]
    if len(words) == 1 and words[0].low in language.singular_pronouns and context.last_person:
        return context.last_person
    if _match_phrase(words, 0, language.anaphors) == len(words) and context.last_subject:
        return context.last_subject
    return " ".join(t.text for t in words)


def _is_clause(toks: list[_Tok], start: int, language: Language) -> bool:
    """A subject and its predicate within the next few tokens: "dan Y membahas ..."."""
    if toks[start].low in language.relativizers:
        return False
    for index in range(start + 1, min(len(toks), start + 5)):
        tok = toks[index]
        if tok.text in ",;" or tok.low in language.prepositions:
            return False
        if _is_predicate(tok, language):
            return True
    return False


def _split_objects(
    toks: list[_Tok], verb: int | None, context: _Context, speaker: str | None
) -> list[_Piece]:
    """``V A dan B (P ...)``: one piece for A and one for B, each with the verb phrase."""
    language = context.language
    whole = [_Piece(toks=toks, speaker=speaker)]
    if verb is None:
        return whole
    last_verb = verb
    for index in range(verb, min(len(toks), verb + _WINDOW)):
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
                or _is_predicate(toks[right_end], language)
                or toks[right_end].low in language.clause_coordinators
            ):
                right_end += 1
            if right_end < len(toks) and (
                toks[right_end].low in language.relativizers
                or toks[right_end].low in language.clause_coordinators
                or _is_predicate(toks[right_end], language)
            ):
                return whole
            right = toks[index + 1 : right_end]
            if not _has_content(left, language) or not _has_content(right, language):
                return whole
            shared = toks[right_end:]
            shared_text = _span_text(shared)
            head = toks[: anchor + 1]
            first = _Piece(toks=toks[:index], suffix=shared_text, speaker=speaker)
            second = _Piece(toks=toks[index + 1 :], prefix=_span_text(head), speaker=speaker)
            return [first, second]
        if _is_predicate(tok, language) or (
            tok.is_word
            and len(tok.low) > 5
            and tok.low.endswith(language.object_verb_suffixes or ("\0",))
        ):
            last_verb = index
        elif tok.text in ",;" or tok.low in language.relativizers:
            return whole
    return whole


def _has_content(toks: list[_Tok], language: Language) -> bool:
    return any(t.is_word and t.low not in language.stopwords for t in toks)


def _span_text(toks: list[_Tok]) -> str:
    if not toks:
        return ""
    parts = [toks[0].text]
    for previous, tok in zip(toks, toks[1:]):  # noqa: B905 - lengths differ by one
        parts.append((" " if tok.start > previous.end else "") + tok.text)
    return "".join(parts)


# -------------------------------------------------------------------------------- claims


def _claim(
    text: str, sentence: Sentence, piece: _Piece, context: _Context, scope: list[_Tok]
) -> Claim | None:
    language = context.language
    toks = piece.toks
    while toks and (toks[-1].text in _TRIM or toks[-1].text in _CLOSE_QUOTES + ")]"):
        if toks[-1].text in ")]" and any(t.text in "([" for t in toks):
            break
        toks = toks[:-1]
    while toks and toks[0].text in _TRIM:
        toks = toks[1:]
    if not toks:
        return None
    toks = _strip_openers(toks, language) or toks
    start, end = toks[0].start, toks[-1].end
    body = text[start:end]
    # An opening quote without its closer (or the reverse) is dropped from the text.
    if body.count("“") != body.count("”"):
        body = body.replace("“", "").replace("”", "")
    words = [t for t in toks if t.is_word]
    first = words[0] if words else None
    if first is not None and not piece.prefix:
        anaphor = _match_phrase(toks, 0, language.anaphors)
        if (
            first.low in language.singular_pronouns
            and (piece.speaker or context.last_person)
            and len(words) > 1
        ):
            name = piece.speaker or context.last_person
            body = name + body[len(first.text) :]
        elif anaphor and context.last_subject and toks[0].start == sentence.start:
            previous_head = context.last_subject.split()[0].lower()
            if len(context.last_subject.split()) > 1 and previous_head not in context.names:
                cut = toks[anaphor - 1].end - start
                body = context.last_subject + body[cut:]
    claim_text = " ".join(x for x in (piece.prefix, body, piece.suffix) if x)
    claim_text = claim_text.strip(_TRIM)
    all_words = [w for w in (w.strip(_PUNCT) for w in claim_text.lower().split()) if w]
    if not _checkable(all_words, words, context, sentence):
        return None
    negated = any(w in language.negators for w in all_words) != piece.negated
    hedged = _hedged(all_words, language) or _hedged(
        [t.low for t in scope if t.start < start and t.is_word], language
    )
    return Claim(
        text=claim_text,
        start=start,
        end=end,
        sentence=sentence.text,
        lang=language.code,
        speaker=piece.speaker,
        negated=negated,
        hedged=hedged,
    )


_HEDGE_TABLES: dict[tuple[str, ...], tuple[frozenset[str], tuple[str, ...]]] = {}


def _hedged(words: list[str], language: Language) -> bool:
    table = _HEDGE_TABLES.get(language.hedges)
    if table is None:
        single = frozenset(h for h in language.hedges if " " not in h)
        multi = tuple(f" {h} " for h in language.hedges if " " in h)
        table = _HEDGE_TABLES[language.hedges] = (single, multi)
    single, multi = table
    if not single.isdisjoint(words):
        return True
    if not multi:
        return False
    joined = " " + " ".join(words) + " "
    return any(hedge in joined for hedge in multi)


def _checkable(words: list[str], toks: list[_Tok], context: _Context, sentence: Sentence) -> bool:
    """A predicate (or a number) plus a name, a number or enough content words."""
    language = context.language
    content = [
        w
        for w in words
        if w[0].isalnum()
        and w not in language.stopwords
        and w not in language.negators
        and w not in language.pronouns
        and w not in language.question_words
    ]
    number = any(
        w[0].isdigit() or w in language.number_words or w in language.approximate_quantities
        for w in words
    )
    name = False
    for t in toks:
        if (
            t.is_capitalized
            and t.low not in language.stopwords
            and (t.start != sentence.start or t.low in context.names)
        ):
            name = True
            break
    predicate = any(_is_predicate(t, language) for t in toks) or len(content) >= 4
    if not (predicate or number):
        return False
    if len(content) >= 3 or (len(content) >= 2 and (name or number or predicate)):
        return True
    return bool(content) and name and predicate
