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
    verb_phrase: bool = False  # opens with a verb its context marks ("after pleading ...")
    quoted: bool = False  # inside a direct quote: its "he" is not the one quoted
    own_clause: bool = False  # what a speaker went on to say: nothing before it hedges it
    carried_verb: bool = False  # the prefix holds the verb: "Polisi menangkap" + "Andi"


class Context:
    """What one sentence leaves for the next: the last named person and the last subject."""

    def __init__(self, language: Language, names: set[str]) -> None:
        self.language = language
        self.names = names  # words the document capitalises mid-sentence: proper names
        self.last_person: str | None = None
        self.last_subject: str | None = None
        self.sentence_toks: list[Tok] = []  # the sentence being read
        self.previous_toks: list[Tok] = []  # the one before it ("The automaker denied …")
        # Its words, lower-cased: a construction whose word the sentence lacks is not looked
        # for in any part of it (most sentences have no denial verb, no "yang", no "after").
        self.lows: set[str] = set()
        self.first_person = True  # whether it has "I", "we", "saya", "kami" ...
        # who the sentence just read says said the one before it ("Hal itu disampaikan X")
        self.back_speaker: str | None = None
        # who the sentence just read quotes ("“Q1,” kata X."): a bare quote after it is X's
        self.quote_speaker: str | None = None
        # surname → the full speaker it stands for later in the document ("Whitcomb")
        self.people: dict[str, str] = {}
        # the last body that spoke ("Orbital Forge …, the company said"): what "it said" names
        self.last_body: str | None = None
