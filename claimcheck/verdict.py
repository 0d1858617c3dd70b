"""Decide each claim's verdict from its best ledger candidates.

The rules, in order (precision first: a verdict that fails a gate must be near-certain):

1. No candidate at or above the match threshold: ``unverified`` ("no matching ledger entry").
2. The entry is stale (past ``review_by``) or not yet rated: ``unverified``, saying so.
3. The claim's polarity is compared with the entry's: a negation or a denial on one side only
   flips what the claim asserts ("Putin rejected the claim that Moscow will swallow its
   neighbour" denies an entry rated false, so it is ``supported``).
4. Numbers, years and quantities are compared: a different value for the same thing
   ("since 2018" against "first visit since 2019") conflicts with a true entry.
5. The entry's rating then decides: true ratings support or are contradicted, false ratings
   refute or are denied, mixed ratings are ``disputed``. A hedged claim never fails a gate
   on its own: it speculates, so a conflict with it is ``disputed``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimcheck import lang
from claimcheck.model import (
    FALSE_STATUSES,
    FLIP_STATUSES,
    MIXED_STATUSES,
    TRUE_STATUSES,
    Candidate,
    Claim,
    Entry,
)
from claimcheck.quantities import conflicting, extract_quantities

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

# A verdict that fails a gate needs a firmer match than one that only informs.
GATE_MARGIN = 0.05
# Confidence in the stance itself, multiplied into the match score.
_NEGATION_CONFIDENCE = 0.9
_QUANTITY_CONFIDENCE = 0.95


@dataclass(frozen=True)
class Verdict:
    verdict: str
    score: float
    reason: str
    entry: Entry | None = None


def is_negated(text: str, language: lang.Language) -> bool:
    """Whether ``text`` states the negation of its content (an odd number of negators)."""
    words = (word.lower() for word in _WORD.findall(text))
    return sum(1 for word in words if word in language.negators) % 2 == 1


def _language_of(candidate: Candidate) -> lang.Language:
    """The language of the phrasing that matched: an alias may be in another language."""
    entry = candidate.entry
    if candidate.matched_text == entry.claim and entry.lang in lang.SUPPORTED:
        return lang.get(entry.lang)
    default = entry.lang if entry.lang in lang.SUPPORTED else "en"
    return lang.get(lang.detect(candidate.matched_text, default=default))


def judge(
    claim: Claim,
    candidates: list[Candidate],
    threshold: float,
    today: dt.date | None = None,
) -> Verdict:
    """The verdict for ``claim`` given its candidates (best first) and the match threshold."""
    matches = [c for c in candidates if c.score >= threshold]
    if not matches:
        best = candidates[0] if candidates else None
        if best is None:
            return Verdict("unverified", 1.0, "no matching ledger entry")
        return Verdict(
            "unverified",
            round(1.0 - best.score, 3),
            f"no matching ledger entry (closest: {best.entry.id}, score {best.score:.2f})",
        )
    best = matches[0]
    verdict = _judge_match(claim, best, threshold, today)
    rival = _conflicting_rival(claim, best, verdict, matches[1:], threshold, today)
    if rival is not None:
        return rival
    return verdict


def _conflicting_rival(
    claim: Claim,
    best: Candidate,
    verdict: Verdict,
    others: list[Candidate],
    threshold: float,
    today: dt.date | None,
) -> Verdict | None:
    """``disputed`` when an almost equally good entry leads to the opposite verdict."""
    for other in others:
        if best.score - other.score > GATE_MARGIN:
            break
        other_verdict = _judge_match(claim, other, threshold, today)
        pair = {verdict.verdict, other_verdict.verdict}
        if "supported" in pair and pair & {"refuted", "contradicted"}:
            return Verdict(
                "disputed",
                round(min(verdict.score, other_verdict.score), 3),
                f"ledger entries disagree: {best.entry.id} ({best.entry.status}) "
                f"and {other.entry.id} ({other.entry.status})",
                best.entry,
            )
    return None


def _judge_match(
    claim: Claim, candidate: Candidate, threshold: float, today: dt.date | None
) -> Verdict:
    entry, score = candidate.entry, candidate.score
    status = entry.status
    if entry.is_stale(today):
        return Verdict(
            "unverified",
            score,
            f"matches {entry.id}, but the entry is stale (review by {entry.review_by})",
            entry,
        )
    if status == "unverified":
        return Verdict("unverified", score, f"matches {entry.id}, not yet rated", entry)

    claim_language = lang.get(claim.lang) if claim.lang in lang.SUPPORTED else lang.get("en")
    entry_language = _language_of(candidate)
    opposite = claim.negated != is_negated(candidate.matched_text, entry_language)
    conflict = conflicting(
        extract_quantities(claim.text, claim_language),
        extract_quantities(candidate.matched_text, entry_language),
    )
    firm = score >= threshold + GATE_MARGIN
    rated = f"{entry.id} is rated {status}"

    if status in FLIP_STATUSES:
        if status == "no-flip":
            return Verdict("supported", score, f"{rated}: a consistent position", entry)
        return Verdict("disputed", score, f"{rated}: the position changed", entry)
    if status in MIXED_STATUSES:
        return Verdict("disputed", score, rated, entry)
    if conflict is not None:
        ours, theirs = conflict
        differs = f"number differs: {ours.text} vs {theirs.text}"
        if status in TRUE_STATUSES and firm and not claim.hedged:
            confidence = round(score * _QUANTITY_CONFIDENCE, 3)
            return Verdict("contradicted", confidence, f"{differs} ({rated})", entry)
        if status in TRUE_STATUSES:
            return Verdict("disputed", score, f"{differs} ({rated}; weak or hedged match)", entry)
        return Verdict("unverified", score, f"near {entry.id} ({status}), but {differs}", entry)
    if status in TRUE_STATUSES:
        if not opposite:
            return Verdict("supported", score, f"agrees with {rated}", entry)
        if firm and not claim.hedged:
            return Verdict(
                "contradicted",
                round(score * _NEGATION_CONFIDENCE, 3),
                f"negates {rated}",
                entry,
            )
        return Verdict("disputed", score, f"may negate {rated}", entry)
    if status in FALSE_STATUSES:
        if opposite:
            return Verdict(
                "supported", round(score * _NEGATION_CONFIDENCE, 3), f"denies {rated}", entry
            )
        if firm and not claim.hedged:
            return Verdict("refuted", score, f"asserts what {rated}", entry)
        return Verdict("disputed", score, f"may assert what {rated}", entry)
    return Verdict("unverified", score, f"matches {entry.id} ({status})", entry)  # pragma: no cover
