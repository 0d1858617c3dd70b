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
from dataclasses import dataclass
from functools import lru_cache

from claimcheck import lang as languages

_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.IGNORECASE)
# A token: a word (letters/digits, with inner apostrophes or hyphens kept for now), a number
# with thousands separators or decimals, or a tag/handle.
_TOKEN = re.compile(
    r"[#@][^\W_][\w]*"  # hashtag or handle
    r"|\d+(?:[.,]\d+)*%?"  # number, maybe with separators, maybe a percentage
    r"|[^\W\d_](?:[\w]|['’](?=[^\W\d_]))*",  # word, with inner apostrophes
    re.UNICODE,
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
def _variants() -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """Every language's name spellings (as word tuples) → canonical words; longest key."""
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
    return frozenset(key[0] for key in _variants()[0])


# token → (lower case without clitics, capitalised, short acronym, all capitals)
_SHAPES: dict[str, tuple[str, bool, bool, bool]] = {}


def _shape(token: str) -> tuple[str, bool, bool, bool]:
    lower = token.lower()
    if "'" in lower:
        for ending in _APOSTROPHE_ENDINGS:
            if lower.endswith(ending):
                lower = lower[: -len(ending)]
                break
    # "don't", "isn't" stay whole here, for the negator check; the stemmer sees no apostrophe.
    all_caps = token.isupper()
    return lower, token[0].isupper(), all_caps and 1 < len(token) <= 5, all_caps


def _raw_words(text: str) -> list[tuple[str, bool, bool, bool]]:
    """(lower-case word, looks like a name, is a number, capitalised) for each word."""
    out: list[tuple[str, bool, bool, bool]] = []
    sentence_start = True
    clean = _URL.sub(" ", fold(text))
    for match in _TOKEN.finditer(clean):
        token = match.group()
        # A capital right after sentence-ending punctuation is no evidence of a name.
        at = match.start()
        if at and (clean[at - 1] in _BREAKS or (at > 1 and clean[at - 2] in _BREAKS)):
            sentence_start = True
        first = token[0]
        if first in "#@":
            for part in _split_tag(token):
                if part.isdigit():
                    out.append((part, False, True, False))
                else:
                    upper = part[:1].isupper()
                    out.append((part.lower(), upper, False, upper))
            sentence_start = False
            continue
        if first.isdigit():
            percent = token.endswith("%")
            number = token.rstrip("%")
            if _THOUSANDS.match(number):
                number = number.replace(",", "")
            number = number.rstrip(".,")
            out.append((number, False, True, False))
            if percent:
                out.append(("percent", False, False, False))
            sentence_start = False
            continue
        shape = _SHAPES.get(token)
        if shape is None:
            if len(_SHAPES) > _TERM_CACHE_SIZE:
                _SHAPES.clear()
            shape = _SHAPES[token] = _shape(token)
        lower, capitalised, acronym, all_caps = shape
        name = capitalised and not sentence_start and not all_caps or acronym
        out.append((lower, name, False, capitalised))
        sentence_start = False
    return out


def _canonical(words: list[tuple[str, bool, bool, bool]]) -> list[tuple[str, bool, bool, bool]]:
    """``words`` with name spellings replaced by their canonical words (marked: not stemmed).

    A replaced word comes back as (word, True, False, None): a name, never stemmed.
    """
    table, longest = _variants()
    if not longest:
        return words
    firsts = _variant_starts()
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
    code = lang if lang in languages.SUPPORTED else languages.detect(text)
    data = _lang_data(code)
    words = [w for w in _canonical(_raw_words(text)) if w[3] is None or w[0] not in data.stop]
    if not words:
        return []
    terms: list[Term] = []
    known = _TERMS.setdefault(code, {})
    for word in words:
        # A word's term depends only on the word and its language: made once, then reused.
        term = known.get(word, _MISSING)
        if term is _MISSING:
            if len(known) > _TERM_CACHE_SIZE:
                known.clear()
            term = known[word] = _term(word, data)
        if term is not None:
            terms.append(term)
    return terms


_MISSING = object()
_TERM_CACHE_SIZE = 200_000
# language code → (word, name, number, capitalised) → its Term, or None for a dropped word
_TERMS: dict[str, dict[tuple[str, bool, bool, bool | None], Term | None]] = {}


def _term(raw: tuple[str, bool, bool, bool | None], data: _LangData) -> Term | None:
    word, name, number, capitalised = raw
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
