"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other static-analysis UIs.

One run; the tool's rules are the four verdicts worth a look (``refuted``, ``contradicted``,
``disputed``, ``unverified``). Supported claims are left out: a result is a finding, and a
claim the ledger backs is not one. Each result's level comes from :mod:`claimcheck.gate`
(refuted and contradicted ``error``, disputed ``warning``, unverified ``note``; a claim that
fails the gate ``error``; one a baseline accepts ``note``, with ``baselineState`` set).

Regions are the claim's span: 1-based ``startLine``/``startColumn``, and ``endLine``/
``endColumn`` where, as SARIF says, ``endColumn`` is the column *after* the last character.
Columns count Unicode code points (``columnKind: unicodeCodePoints``), as Python does. For
plain-text articles the region also carries ``charOffset``/``charLength`` and a ``snippet``;
for Markdown, HTML and Word files those are left out, since the analysed text is not the
file's own bytes. Artifact URIs are paths relative to the current directory (the repository
root in CI) with forward slashes, percent-encoded; a file outside it gets a ``file://`` URI.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import quote

from claimcheck import __version__
from claimcheck.baseline import claim_fingerprint
from claimcheck.gate import SARIF_LEVELS, Gate
from claimcheck.model import CheckedClaim, Report
from claimcheck.safe_text import json_text

SCHEMA = (
    "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
)
VERSION = "2.1.0"
INFORMATION_URI = "https://pypi.org/project/claimcheck/"
FINGERPRINT_KEY = "claimcheck/claim/v1"
MARKUP_SUFFIXES = frozenset({".md", ".markdown", ".html", ".htm", ".docx"})

RULES = {
    "refuted": (
        "Claim refuted by the claims ledger",
        "The claim matches a ledger entry that fact-checkers rated false (or mostly false).",
    ),
    "contradicted": (
        "Claim contradicts the claims ledger",
        "The claim matches a ledger entry rated true but states a different number, date or "
        "the opposite of it.",
    ),
    "disputed": (
        "Claim disputed in the claims ledger",
        "The claim matches a ledger entry rated mixed (half true, misleading, unproven), or a "
        "hedged claim conflicts with the ledger.",
    ),
    "unverified": (
        "Claim not found in the claims ledger",
        "No ledger entry matches the claim closely enough, or the matching entry is stale or "
        "not yet rated: a fact-checker should look at it.",
    ),
}
RULE_IDS = tuple(RULES)


def _rule(rule_id: str) -> dict:
    short, full = RULES[rule_id]
    return {
        "id": rule_id,
        "name": rule_id.capitalize() + "Claim",
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": full + " See the claim's ledger entry, or add one to the ledger."},
        "defaultConfiguration": {"level": SARIF_LEVELS[rule_id]},
        "properties": {"tags": ["fact-check", rule_id]},
    }


def artifact_uri(file: str) -> str:
    """A URI reference for ``file``: relative with forward slashes when below the cwd."""
    if file.startswith("<"):  # <stdin>
        return quote(file, safe="")
    path = Path(file).resolve()
    try:
        return quote(path.relative_to(Path.cwd().resolve()).as_posix())
    except ValueError:
        return path.as_uri()


def message(claim: CheckedClaim) -> str:
    text = f'{claim.verdict}: "{claim.claim.text}"'
    if claim.claim.speaker:
        text += f" ({claim.claim.speaker})"
    if claim.reason:
        text += f" — {claim.reason}"
    if claim.entry:
        text += f". Ledger entry {claim.entry.id} ({claim.entry.status}): {claim.entry.claim}"
    return text


def _region(claim: CheckedClaim, source: str, exact: bool) -> dict:
    region = {
        "startLine": claim.line,
        "startColumn": claim.column,
        "endLine": claim.end_line,
        "endColumn": claim.end_column + 1,  # SARIF: the column after the last character
    }
    if exact:
        region["charOffset"] = claim.claim.start
        region["charLength"] = claim.claim.end - claim.claim.start
        region["snippet"] = {"text": source[claim.claim.start : claim.claim.end]}
    return region


def sarif_log(report: Report, gate: Gate | None = None, baseline: bool = False) -> dict:
    """The SARIF log of ``report`` as a dict."""
    gate = gate or Gate()
    rules = [_rule(rule_id) for rule_id in RULE_IDS]
    results = []
    seen: Counter[str] = Counter()
    index = 0
    for file in report.files:
        exact = Path(file.file).suffix.lower() not in MARKUP_SUFFIXES and bool(file.text)
        uri = artifact_uri(file.file)
        for claim in file.claims:
            level = gate.sarif_level(index, claim)
            if level is not None:
                key = claim_fingerprint(claim)
                seen[key] += 1
                result = {
                    "ruleId": claim.verdict,
                    "ruleIndex": RULE_IDS.index(claim.verdict),
                    "level": level,
                    "message": {"text": message(claim)},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri},
                                "region": _region(claim, file.text, exact),
                            }
                        }
                    ],
                    "partialFingerprints": {FINGERPRINT_KEY: f"{key}:{seen[key]}"},
                    "properties": {
                        "verdict": claim.verdict,
                        "score": round(claim.score, 3),
                        "reasonCode": claim.reason_code,
                        "ledgerId": claim.entry.id if claim.entry else None,
                        "ledgerStatus": claim.entry.status if claim.entry else None,
                        "speaker": claim.claim.speaker,
                    },
                }
                if baseline:
                    result["baselineState"] = "unchanged" if index in gate.baselined else "new"
                results.append(result)
            index += 1
    notes = [note for file in report.files for note in file.notes]
    return {
        "$schema": SCHEMA,
        "version": VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": True,
                        "toolExecutionNotifications": [
                            {"level": "note", "message": {"text": note}} for note in notes
                        ],
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(
    report: Report,
    *,
    color: bool = False,
    checked: bool = True,
    gate: Gate | None = None,
    baseline: bool = False,
) -> str:
    return json_text(sarif_log(report, gate, baseline), indent=2) + "\n"
