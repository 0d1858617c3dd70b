"""Numbers, years and approximate quantities in a claim, as value ranges.

"sejak 2019" → a year 2019; "puluhan ribu orang" → a count of 10,000..99,999 people;
"Selasa (4/3/2025)", "4 Maret 2025" and "March 4, 2025" → one date;
"1.500" in Indonesian is 1500 and "2,5" is 2.5, while English writes "1,500" and "2.5".
Two quantities conflict when they are of the same kind, about the same thing, and their
ranges do not overlap. The verdict stage uses this to tell "since 2018" from "since 2019".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.lang import Language

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A number with its separators ("1.500", "2,5") or a word ("kota-kota", "S-400" splits).
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_PERCENT_WORDS = frozenset({"%", "percent", "persen"})


@dataclass(frozen=True)
class Quantity:
    """A number or range in a text.

    ``unit`` is the stemmed noun it counts ("orang", "troop"); ``before`` is the word in front
    of it ("sejak", "since"), which tells what a year is about.
    """

    low: float
    high: float
    # "date", "day", "year", "percent", "duration" ("10 bulan"), "count"; "label": a year that
    # names a thing ("APBD 2025")
    kind: str
    unit: str | None
    text: str
    before: str | None = None
    # what the unit names as a concept shared across languages ("=person" for "warga" and for
    # "people"): quantities alike by concept only need more to be aligned (see conflicting)
    concept: str | None = None

    def overlaps(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high


def _parse_number(token: str, language: Language) -> float | None:
    """A digit string in the language's convention (id: 1.500 and 2,5; en: 1,500 and 2.5)."""
    thousands, decimal = (".", ",") if language.code == "id" else (",", ".")
    groups = token.split(thousands)
    whole_groups = groups[1:] if decimal not in token else groups[1:-1]
    if len(groups) > 1 and all(len(group) == 3 for group in whole_groups):
        token = "".join(groups)
    other = "," if thousands == "." else "."
    if token.count(decimal) == 1:
        token = token.replace(decimal, ".")
    elif token.count(other) >= 1 and all(len(g) == 3 for g in token.split(other)[1:]):
        token = token.replace(other, "")  # the other convention's thousands separators
    try:
        return float(token)
    except ValueError:
        return None


_PERCENT_AFTER = re.compile(r"\s*(?:percent|per cent|persen)\b", re.IGNORECASE)


def canonical_numbers(text: str, language: Language) -> str:
    """``text`` with its numbers written one way whatever the language's convention: no
    thousands separators, a decimal point, "%" for percent ("512.436 orang" → "512436 orang",
    "61,2 persen" → "61.2%", "61.2 percent" → "61.2%"). A model reading two texts then sees
    the same number as the same tokens, and another number as other tokens."""
    text = _spelled_as_digits(text, language)

    def one(match: re.Match[str]) -> str:
        value = _parse_number(match.group(0), language)
        if value is None:
            return match.group(0)
        number = f"{value:.6f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))
        return number + ("%" if _PERCENT_AFTER.match(text, match.end()) else "")

    out = _NUMBER.sub(one, text)
    # the percent word itself, now written as "%" after its number
    return re.sub(r"%\s*(?:percent|per cent|persen)\b", "%", out, flags=re.IGNORECASE)


def _spelled_as_digits(text: str, language: Language) -> str:
    """``text`` with its numbers under a thousand that are written in words written in digits
    ("nine miles" → "9 miles", "dua puluh lima" → "25", "twenty-three" → "23"). "One" and
    "satu" alone stay words: they are mostly not numbers ("one of", "salah satu")."""
    spans = []
    words = list(_WORD.finditer(text))
    index = 0
    while index < len(words):
        consumed, value = _spelled_number(words, index, text, language)
        if consumed and value > 1 or consumed > 1:
            spans.append((words[index].start(), words[index + consumed - 1].end(), value))
        index += consumed or 1
    for start, end, value in reversed(spans):
        text = text[:start] + str(value) + text[end:]
    return text


def _spelled_number(
    words: list[re.Match[str]], index: int, text: str, language: Language, below: int = 1000
) -> tuple[int, int]:
    """(words consumed, value) of a number under ``below`` written in words at ``index``;
    (0, 0) when none starts there."""
    units = {w: v for w, v in language.number_words.items() if w not in ("se", "dozen")}
    parts = words[index].group(0).lower().split("-")
    if any(units.get(part, below) >= below for part in parts):
        return 0, 0
    value = 0
    for part in parts:  # "twenty-three"
        value = value + units[part] if value % 10 == 0 and units[part] < 10 else units[part]
    consumed = 1

    def following() -> str | None:
        at = index + consumed
        if at < len(words) and text[words[at - 1].end() : words[at].start()] == " ":
            return words[at].group(0).lower()
        return None

    word = following()
    if word == "belas" and value < 10:
        value, consumed = value + 10, consumed + 1  # dua belas
    elif word == "puluh" and value < 10:
        value, consumed = value * 10, consumed + 1  # dua puluh
        if units.get(following() or "", 10) < 10:
            value, consumed = value + units[following()], consumed + 1  # dua puluh lima
    elif value >= 20 and value % 10 == 0 and value < 100 and units.get(word or "", 10) < 10:
        value, consumed = value + units[word], consumed + 1  # twenty three
    if language.scale_words.get(following() or "") == 100 and value < 10:
        value, consumed = value * 100, consumed + 1  # tiga ratus, three hundred
    if value >= 100 and value % 100 == 0 and index + consumed < len(words) and following():
        more, rest = _spelled_number(words, index + consumed, text, language, below=100)
        value, consumed = value + rest, consumed + more  # seratus dua puluh
    return consumed, value


def _kind(value: float, token: str, unit: str | None) -> str:
    if unit in _PERCENT_WORDS:
        return "percent"
    if token.isdigit() and len(token) == 4 and 1800 <= value <= 2100:
        return "year"
    return "count"


def extract_quantities(text: str, language: Language) -> list[Quantity]:
    """Every number, number word phrase and approximate quantity in ``text``, in order."""
    quantities: list[Quantity] = []
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    index = 0
    while index < len(words):
        consumed, quantity = _quantity_at(words, index, text, language)
        if quantity is not None:
            before = words[index - 1][0] if index else None
            before = language.time_prepositions.get(before or "", before)
            quantities.append(replace(quantity, before=before))
        index += consumed
    return quantities


_PHRASE_STARTS: dict[str, frozenset[str]] = {}


def _phrase_starts(language: Language) -> frozenset[str]:
    """First words of the language's approximate quantities: only these can start one."""
    starts = _PHRASE_STARTS.get(language.code)
    if starts is None:
        starts = frozenset(phrase.split()[0] for phrase in language.approximate_quantities)
        _PHRASE_STARTS[language.code] = starts
    return starts


def _next_word(words: list[tuple[str, int, int]], index: int) -> str | None:
    return words[index][0] if index < len(words) else None


def _is_clock_time(
    words: list[tuple[str, int, int]], index: int, text: str, language: Language
) -> bool:
    """Whether the number at ``index`` is a time of day ("pukul 21.00", "9 p.m.")."""
    if index and words[index - 1][0] in language.clock_before:
        return True
    after = text[words[index][2] : words[index][2] + 8].lstrip().lower()
    if after[:1] == ":" and after[1:3].isdigit():
        return True  # "10:30"
    return any(
        after.startswith(mark) and not after[len(mark) : len(mark) + 1].isalpha()
        for mark in language.clock_after
    )


def _is_time_unit(words: list[tuple[str, int, int]], index: int, language: Language) -> bool:
    following = _next_word(words, index)
    return following is not None and following in language.time_units


def _names_something(
    words: list[tuple[str, int, int]], index: int, text: str, language: Language
) -> bool:
    """Whether a year is part of what a claim is about rather than a value it states: after a
    name ("APBD Surabaya 2025", "Pemilu 2024") or between a determiner and a noun ("the 2024
    budget"). "APBD 2025" and "APBD 2024" are two budgets, not one budget's two years."""
    if not index:
        return False
    previous, start, _ = words[index - 1]
    raw = text[start : start + len(previous)]
    sentence_start = start == 0 or text[:start].rstrip()[-1:] in ".!?\n"
    if raw[:1].isupper() and not sentence_start and previous not in language.stopwords:
        return True
    return previous in language.determiners and index + 1 < len(words)


_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")


def _date(year: int | None, month: int, day: int | None, text: str) -> Quantity | None:
    """A calendar date as a range of yyyymmdd numbers (a whole month when the day is not
    given); kind ``date``, or ``day`` when the year is not given (then mmdd)."""
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    low, high = (day, day) if day is not None else (1, 31)
    if year is None:
        return Quantity(month * 100 + low, month * 100 + high, "day", None, text)
    base = year * 10000 + month * 100
    return Quantity(base + low, base + high, "date", None, text)


def _year_at(words: list[tuple[str, int, int]], index: int) -> int | None:
    word = _next_word(words, index)
    if word and word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100:
        return int(word)
    return None


def _date_at(
    words: list[tuple[str, int, int]], index: int, text: str, language: Language
) -> tuple[int, Quantity | None]:
    """A date starting at ``words[index]``: "4/3/2025" (day first in Indonesian, month first
    in English), "4 Maret 2025", "March 4, 2025", "Maret 2025"; (0, None) when none."""
    word, start, _ = words[index]
    months = language.months
    if word.isdigit():
        slash = _SLASH_DATE.match(text, start)
        if slash:
            first, second, year_text = slash.groups()
            day, month = (int(first), int(second))
            if language.code == "en":
                day, month = month, day
            year = int(year_text) if year_text else None
            if year is not None and year < 100:
                year += 2000
            consumed = 3 if year_text else 2
            return consumed, _date(year, month, day, slash.group())
        month = months.get(_next_word(words, index + 1) or "")
        if month and int(word) <= 31:
            year = _year_at(words, index + 2)
            consumed = 3 if year else 2
            return consumed, _date(
                year, month, int(word), text[start : words[index + consumed - 1][2]]
            )
        return 0, None
    month = months.get(word)
    if month is None:
        return 0, None
    following = _next_word(words, index + 1)
    if following and following.isdigit() and int(following) <= 31 and len(following) <= 2:
        year = _year_at(words, index + 2)
        consumed = 3 if year else 2
        return consumed, _date(
            year, month, int(following), text[start : words[index + consumed - 1][2]]
        )
    year = _year_at(words, index + 1)
    if year:
        return 2, _date(year, month, None, text[start : words[index + 1][2]])
    return 0, None


def _quantity_at(
    words: list[tuple[str, int, int]], index: int, text: str, language: Language
) -> tuple[int, Quantity | None]:
    word, start, end = words[index]
    consumed, date = _date_at(words, index, text, language)
    if consumed:
        return consumed, date
    # Approximate quantities first: the longest phrase wins ("puluhan ribu" over "puluhan").
    starts_phrase = word in _phrase_starts(language)
    for length in range(min(3, len(words) - index) if starts_phrase else 0, 0, -1):
        phrase = " ".join(w for w, _, _ in words[index : index + length])
        if phrase in language.approximate_quantities:
            low, high = language.approximate_quantities[phrase]
            unit, concept = _unit(words, index + length, language)
            return length, Quantity(low, high, "count", unit, phrase, concept=concept)
    if _NUMBER.fullmatch(word):
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
            return 1, None  # a code or a name (S-400, Covid-19), not a quantity
        if _is_clock_time(words, index, text, language):
            return 1, None
        token = word
        # A "%" right after the digits is not a word character: look at the raw text.
        after = text[end : end + 1]
        value = _parse_number(token, language)
        if value is None:
            return 1, None
        consumed = 1
        following = _next_word(words, index + 1) or ""
        scale = language.scale_words.get(following) or _compact_scale(words, index, text, language)
        if scale:
            value *= scale
            consumed += 1
            end = words[index + 1][2]  # "9 billion", "1,2 juta", "£4.5m": the text says the scale
        unit, concept = ("%", None) if after == "%" else _unit(words, index + consumed, language)
        if unit is not None and unit.startswith("per "):
            # a price: its currency and what it is per ("Rp 16.100 per kg", "Rp 15,600 per
            # kilogram") say what it is about in any language
            unit = f"{_currency(words, index, text)} {unit}"
        kind = _kind(value, token, unit)
        if kind == "year" and _names_something(words, index, text, language):
            kind = "label"
        elif kind == "count" and _is_time_unit(words, index + consumed, language):
            kind = "duration"
        return consumed, Quantity(value, value, kind, unit, text[start:end], concept=concept)
    if word in language.number_words:
        value = float(language.number_words[word])
        consumed = 1
        following = _next_word(words, index + 1)
        if following in language.number_words and language.number_words[following] < 10 <= value:
            value += language.number_words[following]  # twenty three
            consumed += 1
            following = _next_word(words, index + consumed)
        if following in language.scale_words:
            scale = language.scale_words[following]
            value = value + scale if following == "belas" else value * scale
            consumed += 1
        if value == 1 and consumed == 1:
            return 1, None  # "one" / "satu" alone is rarely a checkable quantity
        unit, concept = _unit(words, index + consumed, language)
        return consumed, Quantity(value, value, "count", unit, word, concept=concept)
    return 1, None


def _unit(
    words: list[tuple[str, int, int]], index: int, language: Language
) -> tuple[str | None, str | None]:
    """What a quantity counts: the next word, past a stop word ("of people"), stemmed ("per X"
    for a rate: "Rp 15,600 per kilogram"); and the concept shared across languages it names
    ("=person" for "warga" and for "people"), unless it opens a compound that names something
    else ("4 rumah sakit", "40 home games": hospitals, games)."""
    for at, (word, _, _) in enumerate(words[index : index + 2], index):
        following = _next_word(words, at + 1)
        if word == "per":
            # "per cent" is a percentage; "Rp 15,600 per kilogram" is a price of the next word.
            if following == "cent":
                return "percent", None
            concept = language.unit_concepts.get(following or "")
            # (a price's concept is its unit: see _alike_by_concept)
            return (f"per ={concept}" if concept else None), None
        if word not in language.stopwords:
            if _NUMBER.fullmatch(word):
                return None, None
            concept = language.unit_concepts.get(word)
            if concept is not None and f"{word} {following}" not in language.unit_compounds:
                return language.stem(word), f"={concept}"
            return language.stem(word), None
    return None, None


# Currency words and signs, one code each: the same in every language.
_CURRENCIES = {"rp": "idr", "idr": "idr", "usd": "usd", "us$": "usd", "$": "usd", "eur": "eur"}
_CURRENCIES |= {"€": "eur", "gbp": "gbp", "£": "gbp"}


def _compact_scale(
    words: list[tuple[str, int, int]], index: int, text: str, language: Language
) -> float | None:
    """The scale written onto the number at ``index`` ("£4.5m", "$3bn", "Rp4,6M"), if any."""
    if index + 1 >= len(words) or words[index + 1][1] != words[index][2]:
        return None  # not attached
    suffix = words[index + 1][0]
    if suffix in language.compact_scales:
        return language.compact_scales[suffix]
    if suffix in language.compact_money_scales and _currency(words, index, text):
        return language.compact_money_scales[suffix]
    return None


def _currency(words: list[tuple[str, int, int]], index: int, text: str) -> str | None:
    """The currency written before the number at ``index`` ("Rp 14.200", "$4.2")."""
    start = words[index][1]
    sign = text[start - 1 : start]
    if sign in _CURRENCIES:
        return _CURRENCIES[sign]
    if index and words[index - 1][2] >= start - 1:
        return _CURRENCIES.get(words[index - 1][0])
    return None


@dataclass(frozen=True)
class Conflict:
    """Two quantities, one from each side, that state different values for one thing.

    ``aligned`` when the texts say what the quantities are about in the same words ("sejak
    2018" / "sejak 2019", "ratusan orang" / "puluhan ribu orang"); otherwise each is merely
    the only quantity of its kind on its side.
    """

    ours: Quantity
    theirs: Quantity
    aligned: bool

    def describe(self) -> str:
        return f"number differs: {self.ours.text} vs {self.theirs.text}"


def conflicting(a: list[Quantity], b: list[Quantity]) -> Conflict | None:
    """The first pair of quantities in ``a`` and ``b`` that state different values for one thing.

    Only pairs that are surely about the same thing count: neither agrees with any value on
    the other side, and they are of the same kind with the same unit word (or, for dates and
    years, the same word in front), or the only quantity of their kind on each side ("2.150
    warga ... 14 lokasi" against "3.150 warga ... 14 titik": the people conflict, the 14
    agree). Anything less certain is no conflict: a wrong "contradicted" costs an editor's
    trust.
    """
    for kind in ("date", "day", "year", "percent", "duration", "count"):
        left = [q for q in a if q.kind == kind]
        right = [q for q in b if q.kind == kind]
        only_ones = len(left) == 1 and len(right) == 1
        for q in left:
            if any(q.overlaps(r) for r in right):
                continue  # this value agrees with one of theirs
            for r in right:
                if any(r.overlaps(other) for other in left):
                    continue  # theirs agrees with another of ours
                aligned = _described_alike(q, r) or _alike_by_concept(q, r, left, right)
                if aligned or only_ones:
                    return Conflict(q, r, aligned)
    return None


def unmatched(a: list[Quantity], b: list[Quantity]) -> Quantity | None:
    """A date, year, percentage, duration or count of ``a`` that ``b`` states otherwise: ``b``
    has quantities of that kind and none agrees with it (for counts, see below). Looser than
    :func:`conflicting` (it need not be about the same thing: "2.150 warga" against "3,150
    people" cannot be aligned by their words across languages), so it only stops a claim
    from being supported."""
    for q in a:
        same_kind = [r for r in b if r.kind in _kinds(q)]
        if not same_kind or any(q.overlaps(r) for r in same_kind):
            continue
        if q.kind in ("date", "day", "year", "label", "percent"):
            return q
        if q.kind in ("duration", "count") and q.low >= _SMALL_COUNT:
            # A count may be about anything ("lantai dua", "three hours of comment"): it must
            # meet a count of theirs that no value of ours confirms, of a like size ("2.150
            # warga" / "3,150 people"; "32 penumpang" / "23 passengers").
            for r in same_kind:
                alike = max(q.low, r.low) <= _LIKE_SIZE * max(min(q.low, r.low), 1.0)
                if alike and not any(r.overlaps(other) for other in a):
                    return q
    return None


def added(a: list[Quantity], b: list[Quantity]) -> list[Quantity]:
    """The years, percentages and counts of ten or more of ``a`` that ``b`` has nothing of
    their kind for ("500 Iskander systems" against "Iskander systems"): figures ``b`` cannot
    vouch for."""
    return [
        q
        for q in a
        if (q.kind in ("year", "percent") or (q.kind == "count" and q.low >= _SMALL_COUNT))
        and not any(r.kind in _kinds(q) for r in b)
    ]


def _kinds(q: Quantity) -> set[str]:
    # A year that names a thing is a year still: "APBD 2025" is not the 2024 budget.
    return _YEARS if q.kind in _YEARS else {q.kind}


_YEARS = {"year", "label"}
# Counts under this are too often labels or asides ("nomor urut 3", "lantai dua") to hold
# against an entry; sizes within this factor of each other may be one count misstated.
_SMALL_COUNT = 10
_LIKE_SIZE = 10


def _described_alike(q: Quantity, r: Quantity) -> bool:
    if q.kind in ("year", "date", "day"):
        # "sejak 2018" / "sejak 2019": the word in front says what the year is about.
        return q.before is not None and q.before == r.before
    if q.unit is not None and "=" in q.unit:
        return False  # a price per a concept: see _alike_by_concept
    return q.unit is not None and q.unit == r.unit


def _alike_by_concept(
    q: Quantity, r: Quantity, ours: list[Quantity], theirs: list[Quantity]
) -> bool:
    """Two counts of one concept ("2.150 warga" / "3,150 people") or two prices per one
    ("Rp 16.100 per kg" / "Rp 15,600 per kilogram"), each the only one of it on its side: a
    concept is broad ("12 people killed, 300 residents evacuated"), so only a lone pair is
    known to be about the same thing."""

    def key(quantity: Quantity) -> str | None:
        if quantity.unit is not None and "=" in quantity.unit:
            return quantity.unit
        return quantity.concept

    mine = key(q)
    return (
        mine is not None
        and mine == key(r)
        and sum(key(other) == mine for other in ours) == 1
        and sum(key(other) == mine for other in theirs) == 1
    )
