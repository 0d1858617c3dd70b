"""Split a document's text into sentences with exact character spans.

Rules, each tested in ``tests/test_segment.py`` with real sentences:

- A line break ends a sentence: news text puts each paragraph (and the headline) on its own line.
- ``.``, ``!``, ``?`` and ``…`` end a sentence when white space and an upper-case letter, digit
  or opening quote follow; closing quotes and brackets after them stay with the sentence.
- A period after a known abbreviation (``Dr.``, ``Jl.``, ``U.S.``), a single initial (``J.``)
  or inside a number or code (``2.5``, ``1.500``, ``S-400``) does not end a sentence.
- A quoted passage is not split: ``“Rusia tidak tertarik ... Itu tidak layak,” kata Putin.`` is
  one sentence here, and extraction splits the quote and attributes each part to the speaker.
- A dateline (``Berita Baru, Minsk –``, ``JAKARTA, KOMPAS.com -``, ``Minsk (ANTARA) -``,
  ``Jakarta -``) at the start of one of the first paragraphs is not part of the sentence.
- A quote mark that does not close within a few thousand characters on its line is a stray mark.

The scan is a single linear pass (no regular expression can backtrack over a long input).
"""

from __future__ import annotations

import re

from claimcheck.lang import Language
from claimcheck.model import Sentence

_TERMINATORS = ".!?…"
_MARKS = re.compile('[.!?…“«"]')
_CLOSERS = "\"'”’)]»"
_OPENING_QUOTES = "“‘«"
_QUOTE_PAIRS = {"“": "”", "«": "»"}
_STRAIGHT_QUOTE = '"'

# A quote that does not close within this many characters is taken as a stray quote mark.
_QUOTE_WINDOW = 3000
# Datelines open one of the first paragraphs and are short.
_DATELINE_LINES = 3
_DATELINE_WIDTH = 80
_DASHES = "–—-"


def _word_before(text: str, index: int) -> str:
    """The token that ends at ``index`` (exclusive), letters, digits and inner periods."""
    start = index
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-"):
        start -= 1
        if index - start > 20:
            break
    return text[start:index]


def _is_abbreviation(word: str, language: Language) -> bool:
    lowered = word.lower().strip(".")
    if not lowered:
        return False
    if lowered in language.abbreviations:
        return True
    # A single letter is an initial (J. Smith); dotted letters are an acronym (U.S., a.n.).
    if len(lowered) == 1 and lowered.isalpha():
        return True
    parts = lowered.split(".")
    return len(parts) > 1 and all(len(part) <= 2 and part.isalpha() for part in parts)


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in _OPENING_QUOTES or char in "\"'(["


def dateline_end(text: str, start: int) -> int:
    """Offset just past a dateline at ``start`` (the start of a paragraph), or ``start``.

    A dateline is a few capitalised words (place, outlet, date) with a comma or a bracketed
    outlet, then a dash between spaces: ``Berita Baru, Minsk –``, ``JAKARTA, KOMPAS.com -``,
    ``Minsk (ANTARA) -``, ``LONDON, March 3 (Reuters) -``.
    """
    head = text[start : start + _DATELINE_WIDTH]
    for index, char in enumerate(head):
        if char == "\n":
            return start
        if char in _DASHES and 0 < index < len(head) - 1 and head[index + 1] == " ":
            prefix = head[:index].rstrip()
            stop = index + 1
            while stop < len(head) and head[stop] == " ":
                stop += 1
            if prefix and _is_dateline(prefix, head[stop : stop + 1]):
                return start + stop
            if char != "-" or head[index - 1] == " ":
                return start  # the first real dash decides
    return start


def _is_dateline(prefix: str, following: str) -> bool:
    words = prefix.replace(",", " ").split()
    if "," not in prefix and not prefix.endswith(")"):
        # "Jakarta - Direktur …" (detik.com's style): a place alone, a sentence after it
        return (
            len(words) == 1 and words[0][0].isupper() and words[0].isalpha() and following.isupper()
        )
    if not 1 < len(words) <= 7:
        return False
    return all(word[0].isupper() or word[0].isdigit() or word[0] == "(" for word in words)


def split_span(text: str, start: int, end: int, language: Language) -> list[Sentence]:
    """The sentences of ``text[start:end]`` (one line or part of one), each with its span."""
    sentences = []
    for span_start, span_end in _split_line(text, start, end, language):
        sentence = _trimmed(text, span_start, span_end)
        if sentence:
            sentences.append(sentence)
    return sentences


def split_sentences(text: str, language: Language) -> list[Sentence]:
    """The sentences of ``text``, in order, each with its span."""
    sentences: list[Sentence] = []
    paragraphs = 0
    for line_start, line_end in _lines(text):
        start = line_start
        if paragraphs < _DATELINE_LINES and not text[line_start:line_end].isspace():
            paragraphs += 1
            start = dateline_end(text, line_start)
        for span_start, span_end in _split_line(text, start, line_end, language):
            sentence = _trimmed(text, span_start, span_end)
            if sentence:
                sentences.append(sentence)
    return sentences


def _lines(text: str):
    start = 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end == -1:
            end = length
        yield start, end
        start = end + 1


def _split_line(text: str, start: int, end: int, language: Language):
    sentence_start = start
    index = start
    while True:
        # Jump to the next mark that can end a sentence or open a quote.
        mark = _MARKS.search(text, index, end)
        if mark is None:
            break
        index = mark.start()
        char = text[index]
        if char in _QUOTE_PAIRS or (
            char == _STRAIGHT_QUOTE and (index == start or not text[index - 1].isalnum())
        ):
            closer = _QUOTE_PAIRS.get(char, _STRAIGHT_QUOTE)
            # Only a quote that closes soon on this line holds its sentences together.
            close = text.find(closer, index + 1, min(end, index + _QUOTE_WINDOW))
            if close != -1:
                index = close + 1
                # “… belum memberikan jawaban.” Harga beras …: a quote that ends its own
                # sentence, then a capital, ends the sentence there
                if (
                    text[close - 1] in _TERMINATORS
                    and _ends_sentence(text, close - 1, index, end, language)
                    and not _attribution_follows(text, index, end, language)
                ):
                    yield sentence_start, index
                    sentence_start = index
                continue
        elif char in _TERMINATORS:
            stop = index + 1
            while stop < end and text[stop] in _TERMINATORS:
                stop += 1
            while stop < end and text[stop] in _CLOSERS:
                stop += 1
            if _ends_sentence(text, index, stop, end, language):
                yield sentence_start, stop
                sentence_start = stop
                index = stop
                continue
        index += 1
    yield sentence_start, end


# "“…!” Mayor Ellen Cho said.": the most words an attribution after a quote may have.
_ATTRIBUTION_WORDS = 7
_WORDS = re.compile(r"[^\W\d_]+|[,.;:!?\n]")


def _attribution_follows(text: str, index: int, end: int, language: Language) -> bool:
    """Whether what follows ``index`` up to the end of its sentence is only a quote's
    attribution: a reporting verb with a name before it or after it, and at most a time or a
    place ("Mayor Ellen Cho said.", "said Marcus Bell.", "Bupati Ahmad Yani menegaskan di
    Jakarta."), not a sentence of its own ("Critics say the inspection was rushed.")."""
    words: list[str] = []
    for match in _WORDS.finditer(text, index, min(end, index + 200)):
        word = match.group()
        if not word[0].isalpha():
            if word in ".!?" or word == "\n":
                break
            return False  # a comma: more than an attribution follows
        words.append(word)
        if len(words) > _ATTRIBUTION_WORDS:
            return False
    verb = next((k for k, w in enumerate(words) if w.lower() in language.reporting_verbs), None)
    if verb is None:
        return False
    before, after = words[:verb], words[verb + 1 :]
    named = all(w[0].isupper() or w.lower() in language.titles for w in before)
    circumstance = all(
        w[0].isupper() or w.lower() in language.prepositions or w.lower() in language.time_words
        for w in after
    )
    return (verb == 0 and bool(after) or bool(before) and named) and circumstance


def _ends_sentence(text: str, index: int, stop: int, end: int, language: Language) -> bool:
    if stop >= end:
        return True
    if not text[stop].isspace():
        return False  # 2.5, S-400, KOMPAS.com: no space after the period
    following = stop
    while following < end and text[following].isspace():
        following += 1
    if following >= end:
        return True
    if text[index] == "." and _is_abbreviation(_word_before(text, index), language):
        return False
    return _starts_sentence(text[following])


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return Sentence(start=start, end=end, text=text[start:end])
