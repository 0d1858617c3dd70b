"""Denials: "Finance Director Priya Nair denied that the city had borrowed money", "menolak
klaim bahwa C", "denied pressuring regulators". Found here: the denied statement or act, who
denies, and what comes before; ``coordination.py`` makes the denied content negated claims,
theirs."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.extract.conjuncts import is_clause
from claimcheck.extract.pieces import Context
from claimcheck.extract.speaker_names import speaker_name
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    Tok,
    span_text,
    without_fronted_circumstances,
    without_title,
    without_when,
)
from claimcheck.lang import Language

# Words between a denial verb and its "that": the object and what describes it.
_DENIAL_REACH = 14


@dataclass
class Denial:
    """A denial found in a clause."""

    complement: int  # the token before the denied content ("that", or the verb itself)
    clause_before: bool  # a clause of its own comes before it ("… but he denied that C")
    before: list[Tok]  # what comes before the denial verb, who denies or that clause
    denier: str | None
    actor: str  # who did (or did not do) a denied act ("membantah menerima uang")


def find_denial(toks: list[Tok], context: Context) -> Denial | None:
    """The first denial in ``toks`` whose denied statement or act can be found: "... menolak
    klaim bahwa C", "denied (claims) that C", "denied pressuring regulators", "menyangkal
    kliennya pernah memalsukan akta"; else ``None``."""
    language = context.language
    for index, tok in enumerate(toks):
        if tok.low not in language.denial_verbs:
            continue
        comp = None
        named_object = False  # "kabar", "reports": what follows may describe it
        for k in range(index + 1, min(index + _DENIAL_REACH, len(toks))):
            low = toks[k].low
            if low in language.complementizers:
                comp = k
                break
            if low in language.denial_objects:
                named_object = True
            elif not (
                low in language.stopwords
                or (named_object and toks[k].is_word)
                or low in language.time_words  # "denied Thursday that C"
            ):
                break  # "menepis kabar yang beredar di media sosial bahwa C" reads on
        act = comp is None and _denied_act(toks, index, language)
        if act:
            comp = index  # "denied pressuring regulators", "membantah menerima uang"
        elif comp is None and index and _denied_clause(toks, index, language):
            comp = index  # "menyangkal kliennya pernah memalsukan akta": a clause, no "bahwa"
        if comp is None or comp + 1 >= len(toks):
            continue
        before = toks[:index]
        while before and (
            before[-1].low in language.clause_coordinators
            or before[-1].low in language.adverbs
            or not before[-1].is_word
        ):
            before = before[:-1]
        # "Finance Director Priya Nair denied that C": a noun phrase before the denial verb is
        # who denies; a clause there ("dia membahas X tetapi menolak") is a claim of its own.
        clause_before = any(t.is_predicate for t in before)
        # "C, but commission chair Elaine Porter denied that C2": the noun phrase after the
        # last ", but" is who denies
        turn = next(
            (
                k
                for k in range(len(before) - 2, 0, -1)
                if before[k].low in language.clause_coordinators and before[k - 1].text == ","
            ),
            None,
        )
        denier = None
        if (
            turn is not None
            and clause_before
            and not any(t.is_predicate for t in before[turn + 1 :])
            and any(t.is_capitalized for t in before[turn + 1 :])
            and _speaker_length(before[turn + 1 :])
        ):
            denier = speaker_name(before[turn + 1 :], context)
            before = before[: turn - 1]
        if not clause_before:
            # "Dalam sidang di …, Kamis (6/3), mantan Kepala … membantah", "On Monday, Mayor
            # John Smith of Springfield, Illinois, denied": where and when come first
            before = without_fronted_circumstances(before, language)
        if before and not clause_before and _speaker_length(before):
            denier = speaker_name(before, context)
        # A denied act has no subject of its own: the denier did it, or did not.
        actor = ""
        if act and denier:
            who = without_when(before, language)
            named = without_title(who, language)
            # "Ketua DPRD": a title and its body, no name to keep
            actor = span_text(named if len([t for t in named if t.is_word]) > 1 else who)
        return Denial(comp, clause_before, before, denier, actor)
    return None


def _speaker_length(toks: list[Tok]) -> bool:
    """Whether a noun phrase is short enough to be who speaks: a few words, or a longer name
    of an institution or a titled person, written capitalised ("PT PLN (Persero) Unit Induk
    Distribusi Bali")."""
    words = [t for t in toks if t.is_word]
    lower = sum(not t.is_capitalized for t in words)
    return len(words) <= MAX_SPEAKER or (len(words) <= 2 * MAX_SPEAKER and lower <= 2)


def _denied_clause(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether the denial verb at ``index`` takes a clause without "that": "denied the
    defect had caused crashes", "menyangkal kliennya pernah memalsukan akta"; not a thing a
    participle describes ("denied a permit requested by Acme", "denied bail sought by …")."""
    if toks[index].low not in language.clause_denials or not is_clause(toks, index + 1, language):
        return False
    verb = next(k for k in range(index + 1, len(toks)) if toks[k].is_predicate)
    # a participle has its agent after it, or ends the clause ("bail sought by …"); a verb of
    # the denied clause has an object ("the defect caused crashes")
    following = toks[verb + 1] if verb + 1 < len(toks) else None
    return (
        following is not None
        and following.is_word
        and (following.low not in language.author_prepositions)
    )


def _denied_act(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether the denial verb at ``index`` takes an act, not a clause: "denied pressuring
    regulators" (a gerund), "membantah menerima uang" (a verb)."""
    if index + 1 >= len(toks) or index == 0:
        return False
    following = toks[index + 1]
    return following.is_word and (
        following.low.endswith(language.gerund_suffixes or ("\0",))
        or (following.is_predicate and following.low not in language.negators)
    )


def next_statement(denied: list[Tok], language: Language, verb_phrases: bool = True) -> int:
    """Where a statement ends at a comma that opens what its subject said next (", saying
    …", ", seraya menegaskan …") or, with ``verb_phrases``, did next (", but acknowledged
    that …", ", namun mengakui …"); else its length."""
    depth = 0
    for index, tok in enumerate(denied[:-1]):
        if tok.text in "([“«":
            depth += 1
        elif tok.text in ")]”»" and depth:
            depth -= 1
        elif (
            verb_phrases
            and not depth
            and tok.low in language.clause_coordinators
            and denied[index + 1].low in language.reporting_verbs
            and denied[index + 1].is_predicate
        ):
            return index  # "denied C and said C2"
        elif tok.text == "," and not depth:
            following = denied[index + 1]
            if (
                following.low in language.reporting_participles
                or following.low in language.verdict_participles
            ):
                return index
            if (
                verb_phrases
                and following.low in language.clause_coordinators
                and index + 2 < len(denied)
                and denied[index + 2].is_predicate
                and denied[index + 2].low not in language.negators
            ):
                return index
    return len(denied)
