"""The result model every stage produces and every renderer reads.

The field names of :meth:`CheckedClaim.to_dict` are a public contract (the JSON output):
keep them stable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# Verdicts, in the order reports list their counts.
VERDICTS = ("supported", "refuted", "contradicted", "disputed", "unverified")

# Why a claim got its verdict, for scripts: the ``reason_code`` of the JSON output (the
# ``reason`` beside it says the same in words, with the entry and figures). A public contract.
REASON_CODES = {
    "no-match": "no entry matches the claim",
    "below-min-score": "the best match scored under --min-score",
    "stale-entry": "the matching entry is past its review date",
    "not-rated": "the matching entry is logged but not yet rated",
    "consistent-position": "the entry rates a position as consistent (no-flip)",
    "position-changed": "the entry rates a change of position (half-flip, full-flop)",
    "mixed-rating": "the entry is rated half-true, misleading, unproven or disputed",
    "agrees": "the claim states the true entry's fact",
    "denies-false": "the claim denies what a false entry asserts",
    "asserts-false": "the claim asserts what the entry rates false",
    "negates": "the claim negates the true entry (or turns its scale: fell for rose)",
    "number-differs": "a number, date or amount differs from the entry's",
    "figure-not-in-entry": "the claim carries a figure the entry does not vouch for",
    "other-name": "the claim names another person, place or body where the entry names one",
    "may-contradict": "the claim may contradict the true entry, not surely",
    "may-assert-false": "the claim may assert what the entry rates false, not surely",
    "may-deny-false": "the claim may deny a false entry, not surely",
    "polarity-unclear": "a negated claim against the other side of the entry's scale",
    "entries-disagree": "two equally good entries lead to opposite verdicts",
}

# Ledger statuses (fact-checkers' ratings, ClaimReview-compatible) and how each one reads.
TRUE_STATUSES = frozenset({"true", "mostly-true"})
FALSE_STATUSES = frozenset({"false", "mostly-false", "pants-on-fire"})
MIXED_STATUSES = frozenset({"half-true", "misleading", "unproven", "disputed"})
FLIP_STATUSES = frozenset({"full-flop", "half-flip", "no-flip"})
UNRATED_STATUSES = frozenset({"unverified"})
STATUSES = (
    "true",
    "mostly-true",
    "half-true",
    "misleading",
    "mostly-false",
    "false",
    "pants-on-fire",
    "unproven",
    "disputed",
    "unverified",
    "full-flop",
    "half-flip",
    "no-flip",
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the document: ``text[start:end]``, with surrounding white space trimmed."""

    start: int
    end: int
    text: str


@dataclass
class Claim:
    """One atomic, checkable assertion extracted from a sentence.

    ``text`` is the asserted content, with a dropped subject carried over where needed;
    ``start``/``end`` is the exact span of the document it comes from. ``negated`` is true when
    the sentence asserts the opposite of ``text`` (a negation, or a denial such as "Putin
    rejected the claim that ..."), and ``hedged`` when it only speculates.
    """

    text: str
    start: int
    end: int
    sentence: str
    lang: str
    speaker: str | None = None
    negated: bool = False
    hedged: bool = False


@dataclass
class Entry:
    """One ledger entry. ``extra`` keeps fields claimcheck does not know, untouched."""

    id: str
    claim: str
    status: str
    file: str
    line: int
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    lang: str | None = None
    sources: list[str] = field(default_factory=list)
    checked: dt.date | None = None
    review_by: dt.date | None = None
    notes: str | None = None
    tags: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"

    def is_stale(self, today: dt.date | None = None) -> bool:
        return self.review_by is not None and self.review_by < (today or dt.date.today())

    def texts(self) -> list[str]:
        """Every phrasing the entry can be matched by: claim, title and aliases."""
        return [self.claim, *([self.title] if self.title else []), *self.aliases]


STANCE_LABELS = ("same", "contradicts", "related", "unrelated")


@dataclass(frozen=True)
class Stance:
    """How a claim reads against a ledger entry: probabilities over :data:`STANCE_LABELS`.

    *same*: the claim states the entry's fact; *contradicts*: the opposite, another number,
    another outcome; *related*: the same topic but another fact, or more than the entry says;
    *unrelated*.
    """

    same: float
    contradicts: float
    related: float
    unrelated: float

    @property
    def match(self) -> float:
        """The chance the claim is about the entry's fact at all (same or contradicting)."""
        return self.same + self.contradicts

    @property
    def label(self) -> str:
        values = (self.same, self.contradicts, self.related, self.unrelated)
        return STANCE_LABELS[values.index(max(values))]

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, **{k: getattr(self, k) for k in STANCE_LABELS}}


@dataclass(frozen=True)
class Candidate:
    """A ledger entry retrieved for a claim, with its match ``score`` in 0..1."""

    entry: Entry
    score: float
    matched_text: str  # which of the entry's phrasings matched best
    coverage: float = 0.0  # share of that phrasing's words (IDF-weighted) the text contains
    similarity: float | None = None  # cosine of claim and phrasing vectors (semantic matching)
    lexical: float | None = None  # the keyword index's confidence (semantic matching)
    stance: Stance | None = None  # how the claim reads against the phrasing (semantic matching)
    # ... and with its conflicting number replaced by the entry's: is that the only difference?
    restated: Stance | None = None


@dataclass
class CheckedClaim:
    """A claim with its verdict: the unit every output format reports."""

    claim: Claim
    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    verdict: str | None  # None when claims are only extracted, not checked
    score: float
    reason: str
    entry: Entry | None = None
    stance: Stance | None = None
    reason_code: str | None = None  # one of REASON_CODES; None when not checked

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract, in its documented field order; ``None`` where empty."""
        entry = self.entry
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.claim.start,
            "end": self.claim.end,
            "text": self.claim.text,
            "sentence": self.claim.sentence,
            "speaker": self.claim.speaker,
            "lang": self.claim.lang,
            "verdict": self.verdict,
            "ledger_id": entry.id if entry else None,
            "ledger_claim": entry.claim if entry else None,
            "ledger_status": entry.status if entry else None,
            "score": round(self.score, 3) if self.verdict is not None else None,
            "reason": self.reason or None,
            "reason_code": self.reason_code,
            "negated": self.claim.negated,
            "hedged": self.claim.hedged,
            "stance": self.stance.to_dict() if self.stance else None,
        }


@dataclass
class FileReport:
    """The checked claims of one document, plus what the reader should know about it."""

    file: str
    lang: str
    claims: list[CheckedClaim]
    notes: list[str] = field(default_factory=list)
    text: str = field(default="", repr=False)  # the analysed text that claim offsets index
    warnings: list[str] = field(default_factory=list)  # reading problems, also in notes


@dataclass
class Report:
    """The result of one run over one or more documents."""

    files: list[FileReport]
    warnings: list[str] = field(default_factory=list)  # about the run, not one file

    @property
    def claims(self) -> list[CheckedClaim]:
        return [claim for file in self.files for claim in file.claims]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        for claim in self.claims:
            if claim.verdict is not None:
                counts[claim.verdict] += 1
        return counts

    def summary(self) -> dict[str, Any]:
        return {"files": len(self.files), "claims": len(self.claims), **self.counts()}

    def failing(self, fail_on: frozenset[str]) -> list[CheckedClaim]:
        return [claim for claim in self.claims if claim.verdict in fail_on]
