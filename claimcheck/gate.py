"""The CI gate: which claims fail a run, and how loud each one is in CI annotations.

``Gate`` bundles the verdicts that fail (``--fail-on``) with the claims a baseline accepts.
Annotation levels (SARIF ``level``, GitHub ``::error``/``::warning``) follow the verdict:
refuted and contradicted claims are errors, disputed and unverified ones warnings (SARIF:
disputed ``warning``, unverified ``note``); any claim that fails the gate is an error, and a
claim the baseline accepts is a note. Supported claims are not annotated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.model import CheckedClaim, Report

DEFAULT_FAIL_ON = frozenset({"refuted", "contradicted"})
SARIF_LEVELS = {
    "refuted": "error",
    "contradicted": "error",
    "disputed": "warning",
    "unverified": "note",
}


@dataclass
class Gate:
    fail_on: frozenset[str] = DEFAULT_FAIL_ON
    baselined: set[int] = field(default_factory=set)  # indices into report.claims

    def failing(self, report: Report) -> list[CheckedClaim]:
        return [
            claim
            for index, claim in enumerate(report.claims)
            if claim.verdict in self.fail_on and index not in self.baselined
        ]

    def fails(self, index: int, claim: CheckedClaim) -> bool:
        return claim.verdict in self.fail_on and index not in self.baselined

    def sarif_level(self, index: int, claim: CheckedClaim) -> str | None:
        """``error``, ``warning``, ``note``, or ``None`` for a claim not to annotate."""
        if claim.verdict not in SARIF_LEVELS:
            return None
        if index in self.baselined:
            return "note"
        if self.fails(index, claim):
            return "error"
        return SARIF_LEVELS[claim.verdict]


def apply_min_score(report: Report, min_score: float | None) -> int:
    """Make claims whose match scored below ``min_score`` unverified; how many changed.

    The score compared is the verdict's own (the ``score`` of the JSON output): the match
    score of the entry the verdict rests on. Claims already unverified keep their verdict.
    """
    if not min_score:
        return 0
    changed = 0
    for file in report.files:
        for claim in file.claims:
            if claim.verdict in (None, "unverified") or claim.score >= min_score:
                continue
            what = f"{claim.entry.id} " if claim.entry else ""
            claim.reason = (
                f"best match {what}scored {claim.score:.2f}, below --min-score {min_score:.2f}"
            )
            claim.verdict = "unverified"
            claim.reason_code = "below-min-score"
            claim.score = round(1.0 - claim.score, 3)
            claim.entry = None
            changed += 1
    return changed
