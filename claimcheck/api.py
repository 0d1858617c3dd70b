"""The library behind the CLI: what editorial scripts import.

>>> import claimcheck
>>> ledger = claimcheck.load_ledger("claims")
>>> report = claimcheck.check_text("Putin mengunjungi Minsk, kunjungan pertama sejak 2019.", ledger)
>>> [(c.verdict, c.entry.id if c.entry else None) for c in report.claims]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from claimcheck import lang as languages
from claimcheck.document import Document, from_text, read_document
from claimcheck.errors import ClaimcheckError
from claimcheck.extract import extract_claims as _extract
from claimcheck.ledger import Ledger
from claimcheck.model import Candidate, CheckedClaim, Claim, Entry, FileReport, Report

__all__ = [
    "CheckedClaim",
    "Claim",
    "ClaimcheckError",
    "Entry",
    "FileReport",
    "Ledger",
    "Report",
    "check_document",
    "check_file",
    "check_files",
    "check_text",
    "extract_claims",
    "load_ledger",
    "search_ledger",
]

DEFAULT_LEDGER = "claims"
_CANDIDATES = 5  # how many entries the verdict stage weighs per claim


def load_ledger(
    *paths: str | Path, cache_dir: str | Path | None = None, use_cache: bool = True
) -> Ledger:
    """The ledger at ``paths`` (default ``claims/``), read through its on-disk index: built on
    first use, updated where a ledger file changed (see :mod:`claimcheck.index`)."""
    from claimcheck.index import open_ledger

    sources = [Path(p) for p in paths] or [Path(DEFAULT_LEDGER)]
    return open_ledger(sources, Path(cache_dir) if cache_dir else None, use_cache=use_cache)


def _language_for(document: Document, lang: str | None) -> languages.Language:
    if lang is None or lang == "auto":
        return languages.get(languages.detect(document.text))
    try:
        return languages.get(lang)
    except KeyError:
        raise ClaimcheckError(
            f"unsupported language {lang!r} (choose from {', '.join(languages.SUPPORTED)})"
        ) from None


def _located(document: Document, claim: Claim, **verdict) -> CheckedClaim:  # noqa: ANN003
    line, column = document.position(claim.start)
    end_line, end_column = document.end_position(claim.end)
    return CheckedClaim(
        claim=claim,
        file=document.name,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        **verdict,
    )


def _file_report(
    document: Document, language: languages.Language, claims: list[CheckedClaim]
) -> FileReport:
    notes = list(document.warnings)
    if not document.text.strip():
        notes.append(f"{document.name}: empty article, no claims")
    elif not claims:
        notes.append(f"{document.name}: no checkable claims found")
    return FileReport(
        document.name, language.code, claims, notes, document.text, list(document.warnings)
    )


def extract_document(document: Document, lang: str | None = None) -> FileReport:
    """The claims of a document, located, without verdicts."""
    language = _language_for(document, lang)
    claims = _extract(document, language)
    located = [_located(document, claim, verdict=None, score=0.0, reason="") for claim in claims]
    return _file_report(document, language, located)


def check_document(
    document: Document,
    ledger: Ledger,
    lang: str | None = None,
    today: dt.date | None = None,
) -> FileReport:
    """Extract the claims of ``document`` and judge each against ``ledger``."""
    from claimcheck.quantities import extract_quantities
    from claimcheck.verdict import Thresholds, judge

    language = _language_for(document, lang)
    claims = _extract(document, language)
    matcher = ledger.matcher
    thresholds = Thresholds(matcher.MATCH_THRESHOLD, matcher.FIRM_SCORE)
    results = []
    for claim in claims:
        candidates = matcher.search(claim.text, lang=claim.lang, limit=_CANDIDATES)
        # A changed number must not hide the entry a claim is about: look again without them.
        blind = (
            matcher.search(claim.text, lang=claim.lang, limit=1, ignore_numbers=True)
            if extract_quantities(claim.text, language)
            else []
        )
        verdict = judge(claim, candidates, thresholds, today, blind)
        results.append(
            _located(
                document,
                claim,
                verdict=verdict.verdict,
                score=verdict.score,
                reason=verdict.reason,
                entry=verdict.entry,
            )
        )
    return _file_report(document, language, results)


def check_text(
    text: str, ledger: Ledger, lang: str | None = None, name: str = "<text>"
) -> FileReport:
    """Check an article given as a string."""
    return check_document(from_text(text, name), ledger, lang)


def check_file(path: str | Path, ledger: Ledger, lang: str | None = None) -> FileReport:
    """Check the article at ``path`` (``-`` for stdin)."""
    return check_document(read_document(str(path)), ledger, lang)


def check_files(paths: Iterable[str | Path], ledger: Ledger, lang: str | None = None) -> Report:
    """Check several articles; one :class:`FileReport` each, in order."""
    return Report([check_file(path, ledger, lang) for path in paths])


def extract_claims(text: str, lang: str | None = None) -> list[Claim]:
    """The atomic claims of ``text``."""
    return [checked.claim for checked in extract_document(from_text(text), lang).claims]


def search_ledger(text: str, ledger: Ledger, limit: int = 5) -> list[Candidate]:
    """The ledger entries most like ``text``, best first."""
    return ledger.matcher.search(text, limit=limit)
