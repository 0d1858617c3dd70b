"""Verb phrases and objects a reader splits: irregular past forms in a series, two full noun
phrases each with its own place, and sums of money as figures (issue 10)."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims

EN = lang.get("en")


def claims(text, language=EN):
    return [c.text for c in extract_claims(from_text(text), language)]


def test_an_irregular_past_form_opens_a_verb_phrase_of_its_own():
    assert claims("The railroad has replaced 14 miles of track and rebuilt two trestles.") == [
        "The railroad has replaced 14 miles of track",
        "The railroad has rebuilt two trestles",
    ]


def test_a_series_of_verb_phrases_splits_with_each_auxiliary_where_it_belongs():
    found = claims(
        "The Cascade Valley Railroad, general manager Teresa Vogel said, has replaced 14 miles "
        "of track, rebuilt two trestles near Dunmore and will reopen its freight line on Dec. 7."
    )
    assert found == [
        "The Cascade Valley Railroad has replaced 14 miles of track",
        "The Cascade Valley Railroad has rebuilt two trestles near Dunmore",
        "The Cascade Valley Railroad will reopen its freight line on Dec. 7",
    ]


def test_two_full_noun_phrases_each_keep_their_own_place():
    assert claims(
        "The firm will close its bakery in Dayton and a distribution center in Toledo by June."
    ) == [
        "The firm will close its bakery in Dayton by June",
        "The firm will close a distribution center in Toledo by June",
    ]
    # one preposition with two objects still shares it
    assert claims("Russia supplied Belarus with missiles and air defence systems.") == [
        "Russia supplied Belarus with missiles",
        "Russia supplied Belarus with air defence systems",
    ]


def test_a_sum_of_money_is_a_figure_to_check():
    assert claims("It cost $500, Smith said.") == ["It cost $500"]
