"""Where a clause breaks without a coordinator, and what the pieces share: a dash or a
semicolon between clauses, a speaker's restart or echo, a figure or a comparison after the
last comma (gapping: "$500 billion with China, $75 billion with Japan"), an elliptical clause
("… but Wall Street did"), and the clause a wh-cleft states. The splitting itself is
``coordination.py``'s."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.extract.asides import is_dash
from claimcheck.extract.conjuncts import is_clause
from claimcheck.extract.tokens import (
    WINDOW,
    Tok,
    contracted_subject,
    first_predicate,
    is_figure,
    span_text,
    subject_tokens,
)
from claimcheck.lang import Language

DASHES = frozenset("–—-")


# How far back a restart may repeat the words it restarts ("we are going to have — we are gonna
# have"), and how many of them are compared.
_RESTART_REACH = 8


_RESTART_WORDS = 3


def comma_break_possible(toks: list[Tok], language: Language) -> bool:
    """Whether what follows the last comma may be taken apart: a figure or a comparison
    without a verb, or a clause standing for the verb phrase before it ("..., we do")."""
    comma = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].text == ","), None)
    if comma is None:
        return False
    end = len(toks)
    while end > comma + 1 and not toks[end - 1].is_word:
        end -= 1
    return (
        is_figure(toks, comma + 1, language)
        or toks[comma + 1].low in language.comparatives
        or toks[end - 1].low in language.elliptical_auxiliaries
    )


def top_level_breaks(toks: list[Tok]) -> list[int]:
    """Indices of the semicolons, dashes and commas outside brackets and quotes; not a dash
    between numbers ("1—3 meter") or a hyphen ("--" counts once, at its first "-")."""
    breaks = []
    depth = 0
    straight = False  # inside "..."
    for index, tok in enumerate(toks):
        if tok.is_word:
            continue  # most tokens: one attribute look-up
        text = tok.text
        if text == '"':
            straight = not straight
        elif text in "([“«":
            depth += 1
        elif text in ")]”»":
            depth = max(0, depth - 1)
        elif depth or straight or index == 0 or index + 2 >= len(toks):
            continue
        elif text in ",;":
            breaks.append(index)
        elif text in "–—" or (text == "-" and is_dash(toks, index)):
            after = index + 2 if text == "-" else index + 1
            if not (toks[index - 1].low[0].isdigit() and toks[after].low[0].isdigit()):
                breaks.append(index)
    return breaks


def opens_clause(toks: list[Tok], language: Language) -> bool:
    """A subject and its predicate ("these are individuals ...", "it's a lot of money"); not a
    "that" clause, which belongs to the clause before it."""
    if toks[0].low in language.complementizers:
        return False
    return (
        is_clause(toks, 0, language, after_comma=True)
        or contracted_subject(toks[0], language)
        or (toks[0].low in language.pronouns and toks[1].is_predicate)
    )


def abandoned_at(left: list[Tok], language: Language) -> int | None:
    """Where a fragment the speaker gave up before a dash starts, when ``left`` ends in a
    function word ("I'm going to —", "but in all —"): after its last comma, else at 0."""
    if left[-1].low not in language.stopwords:
        return None
    return max((i + 1 for i, t in enumerate(left) if t.text in ",;"), default=0)


def clause_subject(toks: list[Tok], language: Language) -> list[Tok]:
    """The subject of the last clause of ``toks`` ("the other person said he never spoke to
    Russia" → "he")."""
    start = max((i + 1 for i, t in enumerate(toks) if t.low in language.complementizers), default=0)
    return subject_tokens(toks[start:], language)


def gapped(left: list[Tok], right: list[Tok], language: Language) -> str:
    """What a figure without a verb after a semicolon (or the last comma) shares with the
    clause before it: "We're losing over $500 billion with China, $75 billion a year with
    Japan" → "We're losing over" (one figure per claim). The figure is counted in the unit of
    one in the clause before it ("billion", "persen"); else ``right`` is an appositive ("...,
    dua mobil produk mereka") and this is empty."""
    words = [t for t in right if t.is_word]
    if (
        not words
        or not is_figure(right, 0, language)
        or any(
            t.is_predicate or t.text in ",;" or t.low in language.clause_coordinators for t in right
        )
        or len([t for t in words if not t.low[0].isdigit()]) < 2
    ):
        return ""
    segment = max((i + 1 for i, t in enumerate(left) if t.text in ",;"), default=0)
    verb = first_predicate(left, segment, language)
    if verb is None:
        return ""
    if any(t.low in language.comparatives for t in words):
        # "naik menjadi Rp 60.000, Rp 10.000 lebih mahal dari pekan lalu": compares the subject
        return span_text(left[:verb]) if verb and not segment else ""
    unit = _unit(right, 0, language)
    for k in range(verb + 1, len(left)):
        if is_figure(left, k, language) and (k == 0 or not is_figure(left, k - 1, language)):
            if unit and _unit(left, k, language) == unit:
                return span_text(left[:k])
            return ""
    return ""


def _unit(toks: list[Tok], index: int, language: Language) -> str:
    """What the figure at ``index`` counts: its first word that is no digit, number word or
    currency ("$500 billion" → "billion", "61 percent" → "percent", "tiga belas gelar" →
    "belas": the same wording counts alike)."""
    halves = toks[index].low.split("-", 1)
    if len(halves) == 2 and halves[0][:1].isdigit() and halves[1].isalpha():
        return halves[1]  # "40-percent"
    for tok in toks[index : index + 4]:
        low = tok.low
        if (
            tok.is_word
            and not low[0].isdigit()
            and low not in language.currencies
            and low not in language.number_words
        ):
            return low
    return ""


def compared(left: list[Tok], right: list[Tok], language: Language) -> str:
    """The subject a comparison without a verb after a comma describes: "Inflasi tahunan
    tercatat 2,4 persen, lebih rendah dari bulan sebelumnya" → "Inflasi tahunan"."""
    if right[0].low not in language.comparatives or any(
        t.is_predicate or t.text in ",;" for t in right
    ):
        return ""
    if any(t.text in ",;" for t in left):
        return ""  # "more peaceful, more just, and more free": a list
    verb = first_predicate(left, 0, language)
    if (
        verb is not None
        and right[0].low in language.trend_words
        and len(right) > 1
        and right[1].low in language.prepositions
    ):
        # "fell to 3.4 hours, down from 5.1 hours": one change, from and to; "received 1,200
        # applications, up from 800": one figure and the one before it (but "rose to 312, up
        # 27 percent": a second figure)
        return ""
    return span_text(left[:verb]) if verb else ""


def restart_at(left: list[Tok], right: list[Tok], language: Language) -> int | None:
    """Where the words a speaker restarts with open in ``left``: "I was against -- I was
    against the war" restarts at 0, "every case that we've filed, that — that has been
    decided" at the second "that". Two words must repeat, or one function word right before
    the dash, or all of a fragment ("I helped -- I helped Mitt Romney")."""
    words = [t.low for t in right if t.is_word]
    for size in range(min(len(words), _RESTART_WORDS), 0, -1):
        for start in range(len(left) - size, max(-1, len(left) - _RESTART_REACH - 1), -1):
            if [t.low for t in left[start : start + size]] != words[:size]:
                continue
            fragment = [t.low for t in left[start:] if t.is_word]
            if size >= 2 or (len(fragment) > 1 and fragment == words[: len(fragment)]):
                return start
            if start == len(left) - 1 and words[0] in language.stopwords:
                return start
    return None


def echo(fragment: list[Tok], right: list[Tok]) -> bool:
    """Whether ``right`` only repeats words of the fragment before the dash ("61 percent since
    Inauguration Day -- 61 percent")."""
    words = [t.low for t in right if t.is_word]
    before = {t.low for t in fragment}
    return len(words) <= _RESTART_WORDS and all(w in before for w in words)


def elliptical(toks: list[Tok], language: Language) -> bool:
    """A clause whose verb phrase is only an auxiliary: "recklessness on Wall Street did"."""
    words = [t for t in toks if t.is_word]
    if len(words) < 2 or words[-1].low not in language.elliptical_auxiliaries:
        return False
    if words[0].low in language.adverbs or words[0].low in language.clause_coordinators:
        return False  # "always have, always will": no subject of its own
    return not any(t.is_predicate for t in words[:-1])


def elided_verb_phrase(toks: list[Tok], language: Language) -> str:
    """The verb phrase after a clause's auxiliaries and negators, which an elliptical clause
    stands for: "didn't cause the financial crisis" → "cause the financial crisis"."""
    first = first_predicate(toks, 0, language)
    if first is None or toks[first].low not in language.elliptical_auxiliaries | language.negators:
        return ""
    if any(t.text in ",;" or t.low in language.clause_coordinators for t in toks[first:]):
        return ""  # which clause's verb phrase it stands for is not clear
    start = first + 1
    while start < len(toks) and (
        toks[start].low in language.negators
        or toks[start].low in language.adverbs
        or toks[start].low in language.auxiliaries
    ):
        start += 1
    return span_text(toks[start:]) if start < len(toks) else ""


def pseudo_cleft(toks: list[Tok], language: Language) -> list[Tok] | None:
    """The clause a wh-cleft states: "where we have a different background on this issue is
    we differ on the war in Iraq" → "we differ on the war in Iraq"; "what we know is that
    the plant closed" → "the plant closed"."""
    if not toks or toks[0].low not in language.question_words:
        return None
    for index in range(2, min(len(toks) - 2, WINDOW)):
        tok = toks[index]
        if tok.text in ",;":
            return None
        if tok.low not in language.copulas:
            continue
        if not any(t.is_predicate for t in toks[1:index]):
            continue  # "What Ted is really telling you is ...": the relative's own verb
        start = index + 1
        if toks[start].low in language.complementizers:
            start += 1
        if start + 1 >= len(toks):
            return None
        subject, verb = toks[start], toks[start + 1]
        pronoun = subject.low in language.pronouns or subject.low in language.first_person
        if is_clause(toks, start, language):
            return toks[start:]
        if pronoun and verb.low in language.verbs:
            verb.is_predicate = True  # "... is we differ on the war": a verb after "we"
            return toks[start:]
        return None
    return None


def participle_clause(toks: list[Tok], language: Language) -> tuple[int, str] | None:
    """``The fund earned 8.2%, beating its 6.8% target``: a clause in the past tense, then,
    after its last comma, a participle with its own fact. (That comma, the participle in the
    past tense: "beat"), else ``None``. Only where the main verb is past (the participle then
    reports something that happened as well), its subject opens the sentence (not "After the
    plant closed, …"), and the participle describes the subject, not an object the main verb
    found ("Police found two men, suffering from …") nor a gerund opening a clause of its own
    ("…, spending on roads fell by half")."""
    past_of, is_past = language.participle_past, language.is_past
    if past_of is None or is_past is None:
        return None
    comma = next((i for i in range(len(toks) - 3, 1, -1) if toks[i].text == ","), None)
    if comma is None:
        return None
    verb = toks[comma + 1]
    if (
        verb.is_capitalized
        or verb.low in language.prepositions
        # ", ruling that …": what was said (but ", alleging discrimination" states a thing)
        or (
            verb.low in language.reporting_participles
            and any(t.is_predicate for t in toks[comma + 2 :])
        )
        or verb.low in language.verdict_participles  # ", calling them false"
        or verb.low in language.non_participles
    ):
        return None
    past = past_of(verb.low)
    rest = toks[comma + 2 :]
    if (
        past is None
        or not any(t.is_word for t in rest)
        # "on roads, housing and 40 new schools": a list's last items, no participle
        or any(t.low in language.clause_coordinators for t in rest)
        or _opens_clause_with_gerund(rest, language, is_past)
    ):
        return None
    first = first_predicate(toks, 0, language)
    if first is not None and toks[first].low in language.perfect_auxiliaries:
        first += 1  # "has processed 2,930 applications …, cutting the wait": it happened
    if (
        first is None
        or first >= comma
        or not is_past(toks[first].low)
        or toks[first].low in language.object_participle_verbs
        or toks[0].low in language.subordinators
        or any(t.text == "," for t in toks[:first])
    ):
        return None
    return comma, past


def _opens_clause_with_gerund(
    rest: list[Tok], language: Language, is_past: Callable[[str], bool]
) -> bool:
    """Whether a finite verb follows the "-ing" word before any subordinator: "…, spending on
    roads fell by half" (a gerund subject) but not "…, smashing two cases before an alarm
    sounded", "…, ordering it to pay $1 million", "…, missing forecasts"."""
    for index, tok in enumerate(rest):
        if (
            tok.low in language.subordinators
            or tok.low in language.event_subordinators
            or tok.low in language.relativizers
            or tok.low in language.complementizers
        ):
            return False
        infinitive = index > 0 and rest[index - 1].low == language.infinitive_marker
        if (
            tok.is_predicate
            and not infinitive
            and (is_past(tok.low) or tok.low in language.auxiliaries or tok.low in language.copulas)
        ):
            return True
    return False
