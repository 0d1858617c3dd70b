"""Text → normalised, stemmed terms for matching claims against the ledger.

What the analyser does, in order:

- Unicode NFKC, accents stripped, lower case; URLs and ``pic.twitter.com`` links dropped.
- ``@handles`` and ``#hashtags`` are split into their words ("#AustralianFires" → "australian
  fires"), so the names and topics they carry still count.
- Numbers are kept as terms: "4,000" → ``4000``, "70%" → ``70`` + ``percent``.
- Stop words *and negators* are dropped: the match is about what a claim is about; its polarity
  is the verdict stage's business.
- Words are reduced to their Snowball stem. Indonesian "meN-"/"peN-" prefixes drop the first
  consonant of the root ("mengunjungi" → "unjung" but "kunjungan" → "kunjung"), so such a
  word carries every plausible root as alternatives: a :class:`Term` is a tuple of stems of
  which the matcher counts the best one.
- A term remembers whether it looked like a name (capitalised inside the text) or a number:
  the matcher gives those more weight in a query.
- Names meet across languages. A capitalised word also carries its unstemmed form as an
  alternative (the English stemmer turns "Iskander" into "iskand", the Indonesian one keeps
  "iskander"), and the spellings of place names in the languages' ``name_variants``
  ("Rusia", "Russian", "Amerika Serikat") become one canonical, unstemmed form ("russia",
  "united states") on both sides, ledger and query.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from claimcheck import lang as languages

_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.IGNORECASE)
# A token: a word (letters/digits, with inner apostrophes or hyphens kept for now), a number
# with thousands separators or decimals, or a tag/handle. The alternatives start with
# different characters, so their order only matters for speed: the commonest first. (Written
# as runs of \w, which the regex engine matches fastest.)
_TOKEN = re.compile(
    r"[^\W\d_]\w*(?:['’][^\W\d_]\w*)*"  # word, with inner apostrophes before a letter
    r"|\d+(?:[.,]\d+)*%?"  # number, maybe with separators, maybe a percentage
    r"|[#@][^\W_]\w*",  # hashtag or handle
)
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_VOWELS = frozenset("aeiou")
# Characters after which a capital letter starts a sentence rather than a name.
_BREAKS = frozenset('.!?\n"“:')
# Clitics and endings that carry no meaning for matching.
_APOSTROPHE_ENDINGS = ("'s", "'re", "'ve", "'ll", "'d", "'m")
# Words beyond the languages' stop lists that say nothing about what a claim is about.
_EXTRA_STOP = frozenset({"amp", "rt", "via"})


@dataclass(frozen=True)
class Term:
    """One word of the text: its stem alternatives, and whether it is a name or a number."""

    stems: tuple[str, ...]
    name: bool = False
    number: bool = False


def fold(text: str) -> str:
    """NFKC, accents stripped (``é`` → ``e``), typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _split_tag(tag: str) -> list[str]:
    """'#AustralianFires' → ['Australian', 'Fires']; '@realDonald' → ['real', 'Donald']."""
    body = tag[1:].replace("_", " ")
    parts: list[str] = []
    for chunk in body.split():
        parts.extend(_CAMEL.findall(chunk) or [chunk])
    return parts


@dataclass(frozen=True)
class _LangData:
    code: str
    stop: frozenset[str]
    stem_words: object  # Language.stem_words
    quantity_words: frozenset[str]  # "puluhan", "ribu", "thousands": parts of a quantity


@lru_cache(maxsize=8)
def _lang_data(code: str) -> _LangData:
    language = languages.get(code)
    negators: set[str] = set()
    for other in languages.SUPPORTED:
        negators |= languages.get(other).negators
    # Reporting verbs ("says", "kata") only frame a claim: fact-checks start with "Says ...".
    stop = language.stopwords | negators | language.reporting_verbs | _EXTRA_STOP
    quantity_words = {
        word
        for phrase in (
            *language.number_words,
            *language.scale_words,
            *language.approximate_quantities,
        )
        for word in phrase.split()
    } - stop
    return _LangData(code, frozenset(stop), language.stem_words, frozenset(quantity_words))


@lru_cache(maxsize=1)
def name_variants() -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """Every language's name spellings (as folded, lower-case word tuples) → canonical words
    ("kota pahlawan" → "surabaya"); and the longest spelling's length in words."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for code in languages.SUPPORTED:
        for spelling, canonical in languages.get(code).name_variants.items():
            words = tuple(_TOKEN.findall(fold(canonical).lower()))
            table[tuple(_TOKEN.findall(fold(spelling).lower()))] = words
            table[words] = words
    return table, max((len(k) for k in table), default=0)


@lru_cache(maxsize=1)
def _variant_starts() -> frozenset[str]:
    """The words a name spelling can start with: only there is a variant looked up."""
    return frozenset(key[0] for key in name_variants()[0])


# A word as the tokenizer sees it, before any language's stop list or stemmer: (lower case
# without clitics, looks like a name, is a number, capitalised), capitalised None for the
# words of a canonical name (see _canonical).
_RawWord = tuple[str, bool, bool, "bool | None"]


def _shape(token: str) -> tuple[str, bool, bool, bool]:
    """(lower case without clitics, capitalised, short acronym, all capitals)."""
    lower = token.lower()
    if "'" in lower:
        for ending in _APOSTROPHE_ENDINGS:
            if lower.endswith(ending):
                lower = lower[: -len(ending)]
                break
    # "don't", "isn't" stay whole here, for the negator check; the stemmer sees no apostrophe.
    all_caps = token.isupper()
    return lower, token[0].isupper(), all_caps and 1 < len(token) <= 5, all_caps


def _token_words(token: str, sentence_start: bool) -> tuple[_RawWord, ...]:
    """The words of one token (a tag has several, a percentage two)."""
    first = token[0]
    if first in "#@":
        words: list[_RawWord] = []
        for part in _split_tag(token):
            if part.isdigit():
                words.append((part, False, True, False))
            else:
                upper = part[:1].isupper()
                words.append((part.lower(), upper, False, upper))
        return tuple(words)
    if first.isdigit():
        number = token.rstrip("%")
        if _THOUSANDS.match(number):
            number = number.replace(",", "")
        number = number.rstrip(".,")
        if token.endswith("%"):
            return ((number, False, True, False), ("percent", False, False, False))
        return ((number, False, True, False),)
    lower, capitalised, acronym, all_caps = _shape(token)
    name = capitalised and not sentence_start and not all_caps or acronym
    return ((lower, name, False, capitalised),)


# token → its words, for the tokens (most) whose words are the same wherever they stand;
# (token, at a sentence start) → its words, for the others (capitalised words).
_TOKEN_WORDS: dict[str, tuple[_RawWord, ...]] = {}
_PLACED_WORDS: dict[tuple[str, bool], tuple[_RawWord, ...]] = {}


def _placed_token_words(token: str, sentence_start: bool) -> tuple[_RawWord, ...]:
    """:func:`_token_words`, remembered (by token alone where its place does not matter)."""
    if len(_TOKEN_WORDS) > _TERM_CACHE_SIZE or len(_PLACED_WORDS) > _TERM_CACHE_SIZE:
        _TOKEN_WORDS.clear()
        _PLACED_WORDS.clear()
    words = _token_words(token, sentence_start)
    if words == _token_words(token, not sentence_start):
        _TOKEN_WORDS[token] = words
    else:
        _PLACED_WORDS[token, sentence_start] = words
    return words


def _may_hold_url(text: str) -> bool:
    """Whether ``text`` holds what every match of _URL holds ("/" or "w."): a cheap test that
    spares most texts the regular expression's scan."""
    return "/" in text or "w." in text or "W." in text


def _raw_words(text: str) -> list[_RawWord]:
    """(lower-case word, looks like a name, is a number, capitalised) for each word."""
    out: list[_RawWord] = []
    clean = fold(text)
    if _may_hold_url(clean):
        clean = _URL.sub(" ", clean)
    known, placed = _TOKEN_WORDS, _PLACED_WORDS
    sentence_start = True  # the first token starts a sentence
    for match in _TOKEN.finditer(clean):
        token = match.group()
        words = known.get(token)
        if words is None:
            # A capital right after sentence-ending punctuation is no evidence of a name.
            at = match.start()
            if at and (clean[at - 1] in _BREAKS or (at > 1 and clean[at - 2] in _BREAKS)):
                sentence_start = True
            words = placed.get((token, sentence_start))
            if words is None:
                words = _placed_token_words(token, sentence_start)
        out.extend(words)
        sentence_start = False
    return out


def _canonical(words: list[_RawWord]) -> list[_RawWord]:
    """``words`` with name spellings replaced by their canonical words (marked: not stemmed).

    A replaced word comes back as (word, True, False, None): a name, never stemmed.
    """
    table, longest = name_variants()
    firsts = _variant_starts()
    if not longest or firsts.isdisjoint(map(itemgetter(0), words)):  # most texts: no name
        return words
    out: list = []
    i = 0
    while i < len(words):
        if words[i][0] not in firsts:
            out.append(words[i])
            i += 1
            continue
        for size in range(min(longest, len(words) - i), 0, -1):
            key = tuple(w[0] for w in words[i : i + size])
            canonical = table.get(key)
            if canonical is not None and not any(w[2] for w in words[i : i + size]):
                out.extend((word, True, False, None) for word in canonical)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _indonesian_alternatives(word: str) -> list[str]:
    """Roots a meN-/peN- word may come from, for the consonants the prefix swallowed."""
    alts: list[str] = []
    for prefix in ("meng", "peng"):
        if word.startswith(prefix) and len(word) > 5 and word[4] in _VOWELS:
            alts.append("k" + word[4:])
    for prefix in ("meny", "peny"):
        if word.startswith(prefix) and len(word) > 5 and word[4] in _VOWELS:
            alts.append("ny" + word[4:])
            alts.append("s" + word[4:])
    for prefix in ("men", "pen"):
        if word.startswith(prefix) and len(word) > 4 and word[3] in _VOWELS:
            alts.append("t" + word[3:])
    return alts


def analyze(text: str, lang: str | None = None) -> list[Term]:
    """The terms of ``text`` in order; ``lang`` is detected when not given."""
    return _analysed(text, lang, None)


def rendered_terms(text: str, lang: str | None, render: Callable[[Term], str]) -> list[str]:
    """``[render(term) for term in analyze(text, lang)]``, made faster by remembering each
    word's rendering: ``render`` must depend on the term alone (as an index's format does)."""
    return _analysed(text, lang, render)


def _analysed(text: str, lang: str | None, render: Callable[[Term], str] | None) -> list:
    """The terms of ``text``, or with ``render`` their renderings."""
    code = lang if lang in languages.SUPPORTED else languages.detect(text)
    # A word's term depends only on the word and its language: made once, then reused.
    known = _TERMS.get((code, render))
    if known is None:
        known = _TERMS[code, render] = {}
    out = []
    for word in _canonical(_raw_words(text)):
        value = known.get(word, _MISSING)
        if value is _MISSING:
            if len(known) > _TERM_CACHE_SIZE:
                known.clear()
            term = _term(word, _lang_data(code))
            value = known[word] = term if render is None or term is None else render(term)
        if value is not None:
            out.append(value)
    return out


_MISSING = object()
_TERM_CACHE_SIZE = 200_000
# (language code, rendering or None) → word → its Term (or rendering), None for a dropped word
_TERMS: dict[tuple[str, Callable | None], dict[_RawWord, object]] = {}


def _term(raw: _RawWord, data: _LangData) -> Term | None:
    word, name, number, capitalised = raw
    if capitalised is not None and word in data.stop:  # stop words and negators: dropped
        return None
    if number:
        return Term((word,), False, True)
    if capitalised is None:  # a canonical name: the same in every language, unstemmed
        return Term((word,), True, False)
    plain = word.replace("'", "")
    stem = data.stem_words([plain])[0]
    if word in data.quantity_words:  # "puluhan ribu": a quantity, compared as one
        return Term((stem,), False, True)
    if len(stem) < 2 and not name:
        return None
    alternatives = (stem,)
    if capitalised:
        alternatives = tuple(dict.fromkeys((stem, plain)))
    if data.code == "id":
        extra = _indonesian_alternatives(word)
        if extra:
            alternatives = tuple(dict.fromkeys((*alternatives, *data.stem_words(extra))))
    return Term(alternatives, name, False)


def stems(text: str, lang: str | None = None) -> list[str]:
    """Every stem of ``text``, alternatives included: what an index stores for a text."""
    return [stem for term in analyze(text, lang) for stem in term.stems]
