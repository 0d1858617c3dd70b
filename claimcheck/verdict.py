"""Decide each claim's verdict from its best ledger candidates.

The rules, in order (precision first: a verdict that fails a gate must be near-certain):

1. A claim that states the same thing as an entry with another number, year or quantity
   ("since 2018" against "first visit since 2019"; "ratusan" killed against "puluhan ribu")
   conflicts with it. The entry is found by a search that ignores numbers, so a changed
   number cannot hide the entry the claim is about.
2. No candidate at or above the match threshold: ``unverified`` ("no matching ledger entry").
3. The entry is stale (past ``review_by``) or not yet rated: ``unverified``, saying so. A
   match to an unrated entry counts only when it is firm: a loose one says nothing.
4. The claim's polarity is compared with the entry's: a negation or a denial on one side only
   flips what the claim asserts ("Putin rejected the claim that Moscow will swallow its
   neighbour" denies an entry rated false, so it is ``supported``); so does the other side
   of a scale ("fell" for "rose", :mod:`claimcheck.directions`) or the entry's parties in
   the other order (:mod:`claimcheck.roles`).
5. The entry's rating decides: true ratings support or are contradicted, false ratings refute
   or are denied, mixed ratings are ``disputed``.

``refuted`` and ``contradicted`` fail a gate, so they need firm evidence: a match score of at
least ``firm`` (where the matcher's matches are right four times in five or more), or, for a
number conflict, an entry whose other words the claim mostly repeats with the quantity
described in the same words. A hedged claim never fails a gate: it only speculates. Short of
firm evidence, the verdict is ``disputed`` and its reason says what it may be.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from claimcheck import lang
from claimcheck.directions import turned
from claimcheck.model import (
    FALSE_STATUSES,
    FLIP_STATUSES,
    MIXED_STATUSES,
    TRUE_STATUSES,
    Candidate,
    Claim,
    Entry,
    Stance,
)
from claimcheck.quantities import (
    Conflict,
    Quantity,
    added,
    conflicting,
    extract_quantities,
    unmatched,
)
from claimcheck.roles import substituted, swapped

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

# A number conflict is firm when the claim repeats this much of the entry's other words and
# describes the quantity as the entry does.
FIRM_CONFLICT_COVERAGE = 0.6
# A claim that repeats this much of an entry's words (IDF-weighted) is the entry's claim,
# whatever a model reads: asserting it, or its negation, is certain enough to fail a gate.
NEAR_VERBATIM = 0.8
# ... and, for a count or a percentage, match at least this well (politifact precision 0.70).
FIRM_CONFLICT_SCORE = 0.6
# Confidence in a stance read from negation words, multiplied into the match score.
_NEGATION_CONFIDENCE = 0.9
# Two candidates this close in score are equally good matches.
_RIVAL_MARGIN = 0.05


@dataclass(frozen=True)
class Verdict:
    verdict: str
    score: float
    reason: str
    entry: Entry | None = None
    stance: Stance | None = None  # how the stance model read the claim against the entry
    code: str = field(kw_only=True)  # why, for scripts: one of model.REASON_CODES


@dataclass(frozen=True)
class Thresholds:
    """The matcher's calibration: where a candidate matches, and where a match is firm."""

    match: float
    firm: float
    # With a stance model: the least chance (same + contradicts) that the claim is about the
    # entry's fact at all, and how sure a reading ("same", "contradicts") must be to count.
    stance_match: float = 0.0
    stance_decisive: float = 0.7
    # A match this strong stands even when the stance model doubts it (rewordings it reads as
    # "related": "a rare visit since 2019" for "the first visit since 2019").
    sure_match: float = 1.0


def is_negated(text: str, language: lang.Language) -> bool:
    """Whether ``text`` states the negation of its content (an odd number of negators, not
    counting those of idioms that negate nothing: "tidak lepas dari", "not only")."""
    words = _WORD.findall(lang.without_false_negations(text, language))
    return sum(1 for word in words if word in language.negators) % 2 == 1


def phrasing_language(entry: Entry, text: str) -> lang.Language:
    """The language of one of the entry's phrasings: an alias may be in another language."""
    if text == entry.claim and entry.lang in lang.SUPPORTED:
        return lang.get(entry.lang)
    default = entry.lang if entry.lang in lang.SUPPORTED else "en"
    return lang.get(lang.detect(text, default=default))


def _language_of(candidate: Candidate) -> lang.Language:
    """The language of the phrasing that matched."""
    return phrasing_language(candidate.entry, candidate.matched_text)


def claim_language(claim: Claim) -> lang.Language:
    return lang.get(claim.lang if claim.lang in lang.SUPPORTED else "en")


def judge(
    claim: Claim,
    candidates: list[Candidate],
    thresholds: Thresholds,
    today: dt.date | None = None,
    number_blind: Sequence[Candidate] = (),
) -> Verdict:
    """The verdict for ``claim``.

    ``candidates`` are the matcher's best entries for the claim, best first; ``number_blind``
    those of a search that ignored numbers, consulted only for number conflicts.
    """
    for candidate in number_blind[:1]:
        # Only a firm conflict with a fact the ledger holds true is reported from here: a
        # search that ignores numbers finds loose neighbours, and those stay quiet.
        if candidate.score >= thresholds.match and candidate.entry.status in TRUE_STATUSES:
            conflict = entry_conflict(claim, candidate)
            if (
                conflict is not None
                and not candidate.entry.is_stale(today)
                and _firm_conflict(candidate, conflict, thresholds)
            ):
                return _quantity_verdict(claim, candidate, conflict, thresholds)
    # A loose match to an entry nobody has rated tells the editor nothing: only a firm one
    # is reported ("logged, not yet rated"); otherwise the next, rated, entry is judged.
    matches = [
        c
        for c in candidates
        if c.score >= thresholds.match
        and (c.entry.status != "unverified" or c.score >= thresholds.firm)
        and (
            c.stance is None
            or c.stance.match >= thresholds.stance_match
            or c.score >= thresholds.sure_match
        )
    ]
    if not matches:
        best = candidates[0] if candidates else None
        if best is None:
            return Verdict("unverified", 1.0, "no matching ledger entry", code="no-match")
        unrated = ", logged but not yet rated" if best.entry.status == "unverified" else ""
        return Verdict(
            "unverified",
            round(1.0 - best.score, 3),
            f"no matching ledger entry (closest: {best.entry.id}{unrated}, score {best.score:.2f})",
            code="no-match",
        )
    best = matches[0]
    verdict = _judge_match(claim, best, thresholds, today, candidates)
    return _conflicting_rival(claim, best, verdict, matches[1:], thresholds, today) or verdict


def entry_conflict(claim: Claim, candidate: Candidate) -> Conflict | None:
    """A number, date or quantity of the claim that the candidate's entry states otherwise.

    Every phrasing of the entry (claim, title, aliases) states its fact, so the claim is held
    against the quantities of all of them: "ratusan orang" conflicts with an entry whose
    English claim says "tens of thousands dead" and whose Indonesian alias says "puluhan ribu
    orang", described alike.
    """
    ours = extract_quantities(claim.text, claim_language(claim))
    if not ours:
        return None
    return conflicting(ours, _entry_quantities(candidate))


def _phrasings(candidate: Candidate) -> list[tuple[str, lang.Language]]:
    """Every phrasing of the candidate's entry (the matched one first), with its language."""
    entry = candidate.entry
    return [
        (text, phrasing_language(entry, text))
        for text in dict.fromkeys([candidate.matched_text, *entry.texts()])
    ]


def _entry_quantities(candidate: Candidate) -> list[Quantity]:
    """The quantities every phrasing of the candidate's entry states, each in its language."""
    return [
        quantity
        for text, language in _phrasings(candidate)
        for quantity in extract_quantities(text, language)
    ]


def _firm_conflict(candidate: Candidate, conflict: Conflict, thresholds: Thresholds) -> bool:
    """Whether a number conflict is certain enough to fail a gate.

    A firm match is; so is a claim that repeats most of the entry's other words and describes
    the quantity in the entry's words, when that is a year with the same preposition ("sejak
    2018" / "sejak 2019") or the match is good besides. On politifact, counts and percentages
    described by a common unit ("percent", "people") alone were mostly different facts. A
    candidate matched by meaning needs more than a close vector, which same-shaped sentences
    about other statistics have ("unemployment fell to 3.9 percent" / "violent crime fell 12
    percent"): the claim must repeat most of the entry's other words, or read as the same
    fact once the entry's number is put in.
    """
    if candidate.stance is None and candidate.score >= thresholds.firm:
        return True
    if candidate.stance is not None:
        # Matched by meaning: the quantity described alike, and the claim the entry's fact
        # but for the number: it repeats most of the entry's other words, or, with the
        # entry's number put in, the stance model reads it as the same fact, decisively.
        restated = candidate.restated
        return conflict.aligned and (
            candidate.coverage >= FIRM_CONFLICT_COVERAGE
            or (restated is not None and restated.same >= thresholds.stance_decisive)
        )
    if not conflict.aligned or candidate.coverage < FIRM_CONFLICT_COVERAGE:
        return False
    return conflict.ours.kind == "year" or candidate.score >= FIRM_CONFLICT_SCORE


def _quantity_verdict(
    claim: Claim, candidate: Candidate, conflict: Conflict, thresholds: Thresholds
) -> Verdict:
    entry, score = candidate.entry, candidate.score
    differs = conflict.describe()
    rated = f"{entry.id}, rated {entry.status}"
    if entry.status not in TRUE_STATUSES:
        return Verdict(
            "unverified",
            score,
            f"near {entry.id} ({entry.status}), but {differs}",
            entry,
            code="number-differs",
        )
    if _firm_conflict(candidate, conflict, thresholds) and not claim.hedged:
        return Verdict(
            "contradicted",
            score,
            f"{differs} ({rated})",
            entry,
            candidate.stance,
            code="number-differs",
        )
    return Verdict(
        "disputed",
        score,
        f"{differs} ({rated}; not certain it is the same fact)",
        entry,
        candidate.stance,
        code="number-differs",
    )


def _other_name_verdict(candidate: Candidate, other: str) -> Verdict:
    """A claim that names another one of a kind where its entry names one: like a number
    conflict that is never firm (a nickname or a renamed place reads as another name)."""
    entry, score = candidate.entry, candidate.score
    if entry.status not in TRUE_STATUSES:
        reason = f"near {entry.id} ({entry.status}), but {other}"
        return Verdict("unverified", score, reason, entry, code="other-name")
    reason = f"{other} ({entry.id}, rated {entry.status}; not certain it is the same fact)"
    return Verdict("disputed", score, reason, entry, candidate.stance, code="other-name")


def _conflicting_rival(
    claim: Claim,
    best: Candidate,
    verdict: Verdict,
    others: list[Candidate],
    thresholds: Thresholds,
    today: dt.date | None,
) -> Verdict | None:
    """``disputed`` when an almost equally good entry leads to the opposite verdict."""
    for other in others:
        if best.score - other.score > _RIVAL_MARGIN:
            break
        if (
            best.stance is not None
            and entry_conflict(claim, other) is not None
            and entry_conflict(claim, best) is None
        ):
            continue  # another figure of a neighbouring fact (February's, not January's)
        other_verdict = _judge_match(claim, other, thresholds, today)
        pair = {verdict.verdict, other_verdict.verdict}
        if "supported" in pair and pair & {"refuted", "contradicted"}:
            return Verdict(
                "disputed",
                round(min(verdict.score, other_verdict.score), 3),
                f"ledger entries disagree: {best.entry.id} ({best.entry.status}) "
                f"and {other.entry.id} ({other.entry.status})",
                best.entry,
                code="entries-disagree",
            )
    return None


def _unvouched(
    ours: list[Quantity], theirs: list[Quantity], others: Sequence[Candidate]
) -> Quantity | None:
    """A figure of the claim that its entry has nothing of the kind for and that no other
    candidate entry states either: a claim that carries a second fact ("the 15 percent rise
    was announced at the palace") is vouched for when the ledger holds that fact too."""
    for quantity in added(ours, theirs):
        if not any(
            quantity.overlaps(other)
            for candidate in others
            for other in _entry_quantities(candidate)
        ):
            return quantity
    return None


def _unshared_phrase_negator(claim: Claim, candidate: Candidate) -> str | None:
    """A word that negates a phrase of the claim ("without", "tanpa") and that no phrasing
    of the entry has; else ``None``."""
    language = claim_language(claim)
    words = set(_WORD.findall(claim.text.lower()))
    found = words & language.phrase_negators
    if not found:
        return None
    entry_words = set(_WORD.findall(" ".join(t for t, _ in _phrasings(candidate)).lower()))
    return None if entry_words & _all_phrase_negators() else min(found)


def _left_out_is_stated(claim: Claim, without: str, candidate: Candidate) -> bool:
    """Whether a word of what "without" leaves out ("without touching the city's rainy-day
    fund") is in the entry too, compared by its first four letters ("raising" / "raised")."""
    words = _WORD.findall(claim.text.lower())
    language = claim_language(claim)
    after = words[words.index(without) + 1 :] if without in words else []
    left_out = {w[:4] for w in after[:5] if len(w) >= 4 and w not in language.stopwords}
    entry = {w[:4] for text, _ in _phrasings(candidate) for w in _WORD.findall(text.lower())}
    return bool(left_out & entry)


@lru_cache(maxsize=1)
def _all_phrase_negators() -> frozenset[str]:
    """Every language's phrase negators: an entry may be in another language."""
    return frozenset().union(*(lang.get(code).phrase_negators for code in lang.SUPPORTED))


def _judge_match(
    claim: Claim,
    candidate: Candidate,
    thresholds: Thresholds,
    today: dt.date | None,
    others: Sequence[Candidate] = (),
) -> Verdict:
    verdict = _judge_rated(claim, candidate, thresholds, today, others)
    without = _unshared_phrase_negator(claim, candidate)
    if without is None or verdict.verdict in ("disputed", "unverified"):
        return verdict
    if verdict.verdict != "supported" and not _left_out_is_stated(claim, without, candidate):
        # "cut funding … without consulting lawmakers" against a false "cut funding": what
        # "without" leaves out is no part of the entry, so the claim still asserts it
        return verdict
    # "built this budget without touching the rainy-day fund" against "the budget taps the
    # rainy-day fund": what "without" leaves out may be what the entry states, so neither
    # support nor a gate verdict is sure
    rated = f"{candidate.entry.id} (rated {candidate.entry.status})"
    reason = f'"{without}" is in the claim, not in {rated}: polarity unclear'
    return Verdict(
        "disputed",
        verdict.score,
        reason,
        candidate.entry,
        candidate.stance,
        code="polarity-unclear",
    )


def _judge_rated(
    claim: Claim,
    candidate: Candidate,
    thresholds: Thresholds,
    today: dt.date | None,
    others: Sequence[Candidate] = (),
) -> Verdict:
    entry, score = candidate.entry, candidate.score
    status = entry.status
    if entry.is_stale(today):
        return Verdict(
            "unverified",
            score,
            f"matches {entry.id}, but the entry is stale (review by {entry.review_by})",
            entry,
            code="stale-entry",
        )
    if status == "unverified":
        reason = f"matches {entry.id}, logged but not yet rated"
        return Verdict("unverified", score, reason, entry, code="not-rated")
    rated = f"{entry.id} (rated {status})"
    if status in FLIP_STATUSES:
        if status == "no-flip":
            reason = f"matches {rated}: a consistent position"
            return Verdict("supported", score, reason, entry, code="consistent-position")
        reason = f"matches {rated}: the position changed"
        return Verdict("disputed", score, reason, entry, code="position-changed")
    if status in MIXED_STATUSES:
        return Verdict("disputed", score, f"matches {rated}", entry, code="mixed-rating")
    language = claim_language(claim)
    ours = extract_quantities(claim.text, language)
    theirs = _entry_quantities(candidate) if ours else []
    conflict = conflicting(ours, theirs) if ours else None
    if conflict is not None:
        return _quantity_verdict(claim, candidate, conflict, thresholds)
    # A quantity the entry states otherwise, not surely about the same thing (so no conflict
    # above), or one it cannot vouch for: it keeps the claim from being supported.
    odd = (unmatched(ours, theirs) or _unvouched(ours, theirs, others)) if ours else None
    # "fell" where the entry says "rose" (the other side of the entry's scale), or the
    # entry's two parties in the other order ("B bought A" for "A bought B").
    phrasings = _phrasings(candidate)
    turn = turned(claim.text, language, phrasings) or swapped(claim.text, language, phrasings)
    negation_differs = claim.negated != is_negated(candidate.matched_text, _language_of(candidate))
    if turn is not None and negation_differs:
        # "did not fall" against "rose": not the same claim, not surely its opposite.
        reason = f"{turn}, and one of them is negated ({rated})"
        return Verdict("disputed", score, reason, entry, code="polarity-unclear")
    # Another name after the entry's head word ("Mount Hood" for "Mount Rainier"): not the
    # opposite of the entry's claim, and not surely the same.
    other = None if turn else substituted(claim.text, language, phrasings)
    if other is not None:
        return _other_name_verdict(candidate, other)
    if candidate.stance is not None:
        return _stance_verdict(claim, candidate, thresholds, odd, turn)
    opposite = negation_differs or turn is not None
    negates = f"{turn} ({rated})" if turn else f"negates {rated}"
    firm = score >= thresholds.firm and not claim.hedged
    if status in TRUE_STATUSES:
        if odd is not None and not opposite:
            reason = f"{odd.text} is not in {rated}"
            return Verdict("disputed", score, reason, entry, code="figure-not-in-entry")
        if not opposite:
            return Verdict("supported", score, f"agrees with {rated}", entry, code="agrees")
        if firm:
            confidence = round(score * _NEGATION_CONFIDENCE, 3)
            return Verdict("contradicted", confidence, negates, entry, code="negates")
        may = f"may contradict: {negates}" if turn else f"may negate {rated}"
        return Verdict("disputed", score, may, entry, code="may-contradict")
    if status in FALSE_STATUSES:
        if opposite:
            confidence = round(score * _NEGATION_CONFIDENCE, 3)
            reason = f"denies {rated}"
            return Verdict("supported", confidence, reason, entry, code="denies-false")
        if firm:
            reason = f"asserts {rated}"
            return Verdict("refuted", score, reason, entry, code="asserts-false")
        reason = f"may assert {rated}"
        return Verdict("disputed", score, reason, entry, code="may-assert-false")
    reason = f"matches {entry.id} ({status})"  # pragma: no cover
    return Verdict("unverified", score, reason, entry, code="not-rated")  # pragma: no cover


def _stance_verdict(
    claim: Claim,
    candidate: Candidate,
    thresholds: Thresholds,
    odd: Quantity | None,
    turn: str | None = None,
) -> Verdict:
    """The verdict for a match the stance model has read (number conflicts are handled first).

    The model read the claim's words; a denial ("Nair denied that the city borrowed money")
    asserts the opposite of them, so for a denied claim *same* and *contradicts* swap. A claim
    agrees with its entry unless their polarity differs (a negation on one side only) or the
    model reads a contradiction (at least ``stance_decisive``, above *same*). A gate
    verdict needs hard evidence the model confirms: a polarity difference read as a
    contradiction, with a firm match; a contradiction the model reads alone, in words it
    cannot point at, is only ``disputed``. ``odd``, a quantity of the claim the entry states
    otherwise (not surely about the same thing), keeps an agreeing claim from support;
    ``turn``, the other side of a scale than the entry's ("fell" for "rose") or its parties
    swapped, counts as a polarity difference.
    """
    entry, stance = candidate.entry, candidate.stance
    assert stance is not None
    denial = claim.negated and not is_negated(claim.text, claim_language(claim))
    same, contradicts = (
        (stance.contradicts, stance.same) if denial else (stance.same, stance.contradicts)
    )
    polarity_differs = turn is not None or claim.negated != is_negated(
        candidate.matched_text, _language_of(candidate)
    )
    read_contrary = contradicts >= thresholds.stance_decisive and contradicts > same
    agrees = not polarity_differs and not read_contrary
    firm = candidate.score >= thresholds.firm and not claim.hedged
    # Decisive: the stance model is sure, or the claim repeats the entry nearly word for word.
    verbatim = candidate.coverage >= NEAR_VERBATIM
    rated = f"{entry.id} (rated {entry.status})"
    # The model's most likely reading of the four, as the claim means it (denial applied).
    readings = {
        "same": same,
        "contradicts": contradicts,
        "related": stance.related,
        "unrelated": stance.unrelated,
    }
    reading = max(readings, key=readings.__getitem__)
    how = f"stance: {reading} {readings[reading]:.2f}"

    def verdict(name: str, reason: str, code: str) -> Verdict:
        return Verdict(name, candidate.score, reason, entry, stance, code=code)

    if entry.status in TRUE_STATUSES:
        if agrees and odd is not None:
            return verdict(
                "disputed", f"{odd.text} is not in {rated}; {how}", "figure-not-in-entry"
            )
        if agrees:
            return verdict("supported", f"agrees with {rated}; {how}", "agrees")
        sure = contradicts >= thresholds.stance_decisive or (verbatim and contradicts > same)
        negates = f"{turn} ({rated})" if turn else f"negates {rated}"
        if polarity_differs and sure and firm:
            return verdict("contradicted", f"{negates}; {how}", "negates")
        if turn:
            return verdict("disputed", f"may contradict: {negates}; {how}", "may-contradict")
        return verdict("disputed", f"may contradict {rated}; {how}", "may-contradict")
    # A claim rated false (or mostly false).
    if polarity_differs and contradicts > same:
        return verdict("supported", f"denies {rated}; {how}", "denies-false")
    if agrees and firm and (same >= thresholds.stance_decisive or verbatim):
        return verdict("refuted", f"asserts {rated}; {how}", "asserts-false")
    if agrees:
        return verdict("disputed", f"may assert {rated}; {how}", "may-assert-false")
    return verdict("disputed", f"may deny {rated}; {how}", "may-deny-false")
