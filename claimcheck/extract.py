"""Atomic claims from sentences (first cut: one claim per declarative sentence)."""

from __future__ import annotations

from claimcheck.document import Document
from claimcheck.lang import Language
from claimcheck.model import Claim
from claimcheck.segment import split_sentences


def extract_claims(document: Document, language: Language) -> list[Claim]:
    """The atomic claims of ``document``, in reading order."""
    claims = []
    for sentence in split_sentences(document.text, language):
        if sentence.text.rstrip("”\"’') ").endswith("?"):
            continue
        claims.append(
            Claim(
                text=sentence.text,
                start=sentence.start,
                end=sentence.end,
                sentence=sentence.text,
                lang=language.code,
            )
        )
    return claims
