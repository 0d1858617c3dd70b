"""Constructions a reader splits (or keeps whole) the same way every time, each tested with
real news sentences in Indonesian and English (issue 10)."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims

ID = lang.get("id")
EN = lang.get("en")


def claims(text, language):
    return [(c.text, c.speaker) for c in extract_claims(from_text(text), language)]


# ------------------------------------------------------------ verb phrases in the present


def test_present_tense_verb_phrases_split_with_the_subject_carried():
    found = claims(
        "Mayor Linda Ocampo said the plan adds 12 new police officers and restores weekend "
        "hours at all three public libraries.",
        EN,
    )
    assert found == [
        ("the plan adds 12 new police officers", "Mayor Linda Ocampo"),
        ("the plan restores weekend hours at all three public libraries", "Mayor Linda Ocampo"),
    ]


def test_plural_nouns_are_not_taken_for_verbs():
    found = claims("Riverton's water rates are the highest in the state.", EN)
    assert found == [("Riverton's water rates are the highest in the state", None)]
    found = claims("The cuts of the last decade left the city with 40 fewer teachers.", EN)
    assert found == [("The cuts of the last decade left the city with 40 fewer teachers", None)]


# ------------------------------------------------ coordination inside one noun phrase


def test_a_coordinated_modifier_keeps_the_noun_phrase_whole():
    for text, language in (
        ("The council approved $3 million for street and road maintenance.", EN),
        ("The budget pays for research and development programs.", EN),
        ("Pemerintah menyediakan Rp 2 triliun untuk pemeliharaan jalan dan jembatan.", ID),
    ):
        assert len(claims(text, language)) == 1, text


def test_coordinated_objects_with_heads_of_their_own_still_split():
    assert claims("Russia supplied missiles and air defence systems.", EN) == [
        ("Russia supplied missiles", None),
        ("Russia supplied air defence systems", None),
    ]
    assert claims("Pemerintah mengirim 500 tentara dan amunisi ke perbatasan.", ID) == [
        ("Pemerintah mengirim 500 tentara ke perbatasan", None),
        ("Pemerintah mengirim amunisi ke perbatasan", None),
    ]
