"""Verb forms that are nouns too, read in their sentence: "plans" (the city plans to hire; the
plans), "remain" (water temperatures remain; the remain vote), "state" and "claims" (the report
states that; a new state law). ``tokens.py`` asks these after its word lists have spoken."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.extract.limits import WINDOW
from claimcheck.lang import Language

if TYPE_CHECKING:
    from claimcheck.extract.tokens import Tok


def before_adverbs(toks: list[Tok], index: int, language: Language) -> int:
    """Where the words before ``index`` stop being adverbs (at most two back; an auxiliary is
    no adverb here): "and still expects" → the index of "and"."""
    before = index - 1
    while (
        before > 0
        and index - before <= 2
        and toks[before].low in language.adverbs
        and toks[before].low not in language.auxiliaries
    ):
        before -= 1
    return before


def inflected_verb(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether a verb form (see ``third_person_form``) heads a predicate: "the city plans to hire 40
    teachers", "the plan adds 12 officers and restores weekend hours".

    The same form is a plural noun after a determiner, a number or a possessive ("the plans",
    "12 cuts"), before a verb or "of" ("budget cuts are"), and wherever its clause has another
    verb ("raises property taxes"), unless a coordinator opens a verb phrase with it.
    """
    if index:
        previous = toks[index - 1]
        if previous.low in language.determiners or previous.low[0].isdigit():
            return False
        if previous.low.endswith(("'s", "’s")) or previous.low in language.number_words:
            return False
        # "and still expects a loss": the coordinator before the adverbs opens the verb phrase
        previous = toks[before_adverbs(toks, index, language)]
        if (
            previous.low in language.clause_coordinators
            and previous.low not in language.contrast_coordinators
        ):
            # "and restores weekend hours", "and remains closed"; but "and arrests rose",
            # "while imports fell": nouns
            following = toks[index + 1] if index + 1 < len(toks) else None
            return (
                following is None
                or not following.is_predicate
                or toks[index].low in language.linking_verbs
            )
    if index + 1 < len(toks):
        following = toks[index + 1]
        if following.is_predicate or following.low in language.noun_complement_markers:
            return False
    return not _clause_has_verb(toks, index, language)


def _plural_subject(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether a plural opens the words before ``index`` back to the clause's start
    ("Lawmakers in the state", "Members of the team", "they", "Some in the state")."""
    for k in range(index - 1, max(-1, index - 7), -1):
        tok = toks[k]
        if not tok.is_word or tok.is_predicate:
            return False
        low = tok.low
        if low in language.plural_pronouns or low in language.plural_quantifiers:
            return True
        if len(low) > 3 and low.endswith(language.plural_suffixes or ("\0",)) and "'" not in low:
            return True
    return False


def plural_present(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether a verb's base form heads a predicate after a plural subject: "water
    temperatures remain too warm", "they remain", but not "the remain vote", "will remain"
    (the auxiliary is the predicate), "plans to hire" (no subject before it)."""
    if not index or index + 1 >= len(toks):
        return False
    previous, following = toks[index - 1], toks[index + 1]
    plural = previous.low in language.plural_pronouns or (
        previous.is_word
        and not previous.is_predicate
        and (not previous.is_capitalized or index == 1)
        and len(previous.low) >= 4
        and previous.low.endswith("s")
        and not previous.low.endswith(("ss", "us", "is", "'s", "’s"))
        and previous.low not in language.stopwords
    )
    if not plural or not following.is_word or following.is_predicate:
        return False
    # no other verb in its clause ("the budget cuts remain vote" has none to spare)
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(toks) and abs(k - index) <= WINDOW:
            tok = toks[k]
            if tok.text in ",;:()" or _opens_clause(tok, language):
                break
            if tok.is_predicate and tok.low not in language.negators:
                return False
            k += step
    return True


def reporting_verb(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether a reporting verb that is a noun as well (see ``Language.reporting_nouns``) is
    a verb here: "the report states that", "Trump claims the vote was rigged", but not "merge
    into a single state", "the claims", "reports of fraud", "reports say"."""
    if not index or toks[index - 1].text in ",;:(":
        return False  # "…, state agronomist Paul Decker said": no subject, so no verb
    if index:
        previous = toks[index - 1].low
        if (
            previous in language.determiners
            or previous in language.prepositions
            or previous in language.noun_complement_markers  # "Secretary of State"
            or previous[0].isdigit()
            or previous.endswith(("'s", "’s"))
            or previous in language.number_words
        ):
            return False
        if toks[index].low in language.verbs and not (
            # a base form is a present verb only after a plural subject, "I", "you", or an
            # auxiliary: "they claim", "did not report", "Lawmakers in the state claim"; not
            # "A new state law"
            previous in language.first_person
            or previous in language.auxiliaries
            or previous in language.negators
            or previous == language.infinitive_marker
            or _plural_subject(toks, index, language)
        ):
            return False
    if index + 1 < len(toks):
        following = toks[index + 1]
        if following.low in language.complementizers or following.text == ":":
            return True
        if following.is_predicate or following.low in language.noun_complement_markers:
            return False
        if following.low in language.prepositions and _verb_follows(toks, index + 2, language):
            return False  # "The inspection reports from 2024 and 2025 were all clean"
        if (
            index + 2 < len(toks)
            and following.is_word
            and not following.is_capitalized
            and following.low not in language.stopwords
            and toks[index + 2].is_predicate
        ):
            return False  # "Michigan state police said": a noun before the subject's head
    # Another verb before it in its clause makes it the object's noun ("plans to merge with
    # Belarus into a single state").
    k = index - 1
    while k >= 0 and index - k <= WINDOW:
        tok = toks[k]
        if tok.text in ",;:()" or _opens_clause(tok, language):
            break
        if tok.is_predicate and tok.low not in language.negators:
            return False
        k -= 1
    return True


def _verb_follows(toks: list[Tok], start: int, language: Language) -> bool:
    """Whether a predicate comes from ``start`` on, before the clause ends (punctuation, or a
    "that" a reporting verb would take)."""
    for tok in toks[start : start + WINDOW]:
        if tok.text in ",;:()" or tok.low in language.complementizers:
            return False
        if tok.is_predicate:
            return True
    return False


def _clause_has_verb(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether ``toks[index]``'s clause (bounded by punctuation, coordinators, "that" and
    relative pronouns) has another predicate, or no subject for it: after "and", bare nouns
    make a compound ("research and development programs"), "the city" a subject."""
    subject = False
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(toks) and abs(k - index) <= WINDOW:
            tok = toks[k]
            if tok.text in ",;:()" or _opens_clause(tok, language):
                if step < 0 and tok.low in language.clause_coordinators and not subject:
                    return True
                break
            if tok.is_predicate and tok.low not in language.negators:
                return True
            subject = subject or tok.is_capitalized or tok.low in language.stopwords
            k += step
    return False


def _opens_clause(tok: Tok, language: Language) -> bool:
    low = tok.low
    return (
        low in language.clause_coordinators
        or low in language.complementizers
        or low in language.relativizers
    )


def named_subject(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether the sentence's first word is a noun that the attributive word at ``index``
    names, a predicate following the name: "Pengulas bernama Dimas Arya itu membantah"."""
    if index != 1:
        return False
    end = index + 1
    while end < len(toks) and toks[end].is_capitalized and toks[end].is_word:
        end += 1
    if end == index + 1:
        return False
    if end < len(toks) and toks[end].low in language.phrase_closers:
        end += 1
    return end < len(toks) and toks[end].is_predicate and not toks[end].is_capitalized
