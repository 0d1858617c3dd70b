"""What extraction carries: a stretch of tokens becoming one claim, and what one sentence
leaves for the next."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.extract.tokens import Tok
from claimcheck.lang import Language


@dataclass
class Piece:
    """A stretch of tokens that becomes one claim."""

    toks: list[Tok]
    prefix: str = ""  # carried subject or shared verb phrase, put before the piece's text
    suffix: str = ""  # shared trailing modifier, put after it
    speaker: str | None = None
    negated: bool = False


class Context:
    """What one sentence leaves for the next: the last named person and the last subject."""

    def __init__(self, language: Language, names: set[str]) -> None:
        self.language = language
        self.names = names  # words the document capitalises mid-sentence: proper names
        self.last_person: str | None = None
        self.last_subject: str | None = None
