"""The library behind the CLI: what editorial scripts import.

>>> import claimcheck
>>> ledger = claimcheck.load_ledger("claims")
>>> report = claimcheck.check_text("Putin mengunjungi Minsk, kunjungan pertama sejak 2019.", ledger)
>>> [(c.verdict, c.entry.id if c.entry else None) for c in report.claims]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck import lang as languages
from claimcheck.document import MAX_ARTICLE_MB, Document, from_text, read_document
from claimcheck.errors import ClaimcheckError
from claimcheck.extract import extract_claims as _extract
from claimcheck.extract import iter_claims
from claimcheck.ledger import Ledger
from claimcheck.model import Candidate, CheckedClaim, Claim, Entry, FileReport, Report

if TYPE_CHECKING:
    from claimcheck.verdict import Verdict

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
    "search_many",
]

DEFAULT_LEDGER = "claims"
_CANDIDATES = 5  # how many entries the verdict stage weighs per claim
_STANCE_CANDIDATES = 3  # ... when each costs a pass of the stance model


def load_ledger(
    *paths: str | Path,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    matcher: str = "semantic",
    model: str | None = None,
    readonly: bool = False,
) -> Ledger:
    """The ledger at ``paths`` (default ``claims/``), read through its on-disk index: built on
    first use, updated where a ledger file changed (see :mod:`claimcheck.index`).

    ``matcher`` is ``semantic`` (keyword index and sentence vectors, then a stance model;
    lexical when no embedding model is installed) or ``lexical``; ``model`` a local model
    directory instead of the bundled one (see :func:`claimcheck.embed.load_embedder`).
    ``readonly`` opens the index as it is, without looking at the ledger files: for the
    workers of a run that brought it up to date already.
    """
    from claimcheck.index import open_ledger, open_readonly_ledger
    from claimcheck.semantic import Matching

    sources = [Path(p) for p in paths] or [Path(DEFAULT_LEDGER)]
    directory = Path(cache_dir) if cache_dir else None
    matching = Matching(matcher, model, directory)
    if readonly:
        ledger = open_readonly_ledger(sources, directory)
    else:
        ledger = open_ledger(sources, directory, use_cache=use_cache)
    ledger.matching = matching
    return ledger


def prepare(ledger: Ledger) -> None:
    """Do now what the first check would do: embed the ledger's phrasings that have no vector
    yet (with semantic matching). Worker processes that open the index read-only need it done."""
    _semantic(ledger)


def _semantic(ledger: Ledger):  # noqa: ANN202 - a claimcheck.semantic.SemanticMatcher or None
    """The ledger's semantic matcher; None for lexical matching."""
    if ledger.matching is None:
        from claimcheck.semantic import Matching

        ledger.matching = Matching()
    return ledger.matching.semantic_matcher(ledger)


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


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: matching allocates millions of short-lived
    objects without cycles, and the collections they trigger walk every object the run
    holds (the article, its claims, the candidates' records) for nothing: 10-15% of a long
    article's matching. Reference counting still frees everything as it goes. Nested pauses
    are one: the outermost restarts the collector."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def judge_claims(
    claims: Iterable[Claim],
    ledger: Ledger,
    language: languages.Language,
    today: dt.date | None = None,
) -> list[Verdict]:
    """The verdict of each of ``claims`` (of a document in ``language``) against ``ledger``."""
    from claimcheck.quantities import extract_quantities
    from claimcheck.verdict import Thresholds, judge

    claims = list(claims)
    with cyclic_gc_paused():
        matcher = ledger.matcher
        semantic = _semantic(ledger)
        if semantic is not None:
            from claimcheck.semantic import RETRIEVAL_FLOOR

            thresholds = semantic.thresholds
            found = semantic.search(claims, _STANCE_CANDIDATES, RETRIEVAL_FLOOR, by_match=True)
        else:
            thresholds = Thresholds(matcher.MATCH_THRESHOLD, matcher.FIRM_SCORE)
            found = [matcher.search(c.text, lang=c.lang, limit=_CANDIDATES) for c in claims]
        verdicts = []
        for claim, candidates in zip(claims, found, strict=True):
            # A changed number must not hide the entry a claim is about: the keyword index
            # looks again without them (vectors barely see numbers, so the semantic pool has
            # them).
            blind = (
                matcher.search(claim.text, lang=claim.lang, limit=1, ignore_numbers=True)
                if semantic is None and extract_quantities(claim.text, language)
                else []
            )
            verdicts.append(judge(claim, candidates, thresholds, today, blind))
        return verdicts


# How a document's claims are judged: judge_claims, or a stand-in for it that shares the
# work among processes (see claimcheck.batch). The claims come as they are extracted.
Judge = Callable[[Iterable[Claim], Ledger, languages.Language, "dt.date | None"], "list[Verdict]"]


def check_document(
    document: Document,
    ledger: Ledger,
    lang: str | None = None,
    today: dt.date | None = None,
    judge: Judge = judge_claims,
) -> FileReport:
    """Extract the claims of ``document`` and judge each against ``ledger``."""
    language = _language_for(document, lang)
    claims: list[Claim] = []

    def extracted() -> Iterator[Claim]:
        for claim in iter_claims(document, language):
            claims.append(claim)
            yield claim

    verdicts = judge(extracted(), ledger, language, today)
    results = [
        _located(
            document,
            claim,
            verdict=verdict.verdict,
            score=verdict.score,
            reason=verdict.reason,
            entry=verdict.entry,
            stance=verdict.stance,
            reason_code=verdict.code,
        )
        for claim, verdict in zip(claims, verdicts, strict=True)
    ]
    return _file_report(document, language, results)


def check_text(
    text: str, ledger: Ledger, lang: str | None = None, name: str = "<text>"
) -> FileReport:
    """Check an article given as a string."""
    return check_document(from_text(text, name), ledger, lang)


def check_file(
    path: str | Path,
    ledger: Ledger,
    lang: str | None = None,
    max_mb: float = MAX_ARTICLE_MB,
    judge: Judge = judge_claims,
) -> FileReport:
    """Check the article at ``path`` (``-`` for stdin); one over ``max_mb`` MB is refused."""
    return check_document(read_document(str(path), max_mb=max_mb), ledger, lang, judge=judge)


def check_files(paths: Iterable[str | Path], ledger: Ledger, lang: str | None = None) -> Report:
    """Check several articles; one :class:`FileReport` each, in order."""
    return Report([check_file(path, ledger, lang) for path in paths])


def extract_claims(text: str, lang: str | None = None) -> list[Claim]:
    """The atomic claims of ``text``."""
    return [checked.claim for checked in extract_document(from_text(text), lang).claims]


def search_ledger(text: str, ledger: Ledger, limit: int = 5) -> list[Candidate]:
    """The ledger entries most like ``text``, best first."""
    return search_many([text], ledger, limit)[0]


def search_many(texts: list[str], ledger: Ledger, limit: int = 5) -> list[list[Candidate]]:
    """:func:`search_ledger` for several texts at once (embedded in one batch). A text with
    no word in it finds nothing: a vector of nothing is near some entries all the same."""
    semantic = _semantic(ledger)
    if semantic is None:
        return [ledger.matcher.search(text, limit=limit) for text in texts]
    asked = [i for i, t in enumerate(texts) if any(c.isalnum() for c in t)]
    queries = [
        Claim(text=t, start=0, end=len(t), sentence=t, lang=languages.detect(t))
        for t in (texts[i] for i in asked)
    ]
    found: list[list[Candidate]] = [[] for _ in texts]
    for i, results in zip(asked, semantic.search(queries, limit=limit), strict=True):
        found[i] = results
    return found
