"""Mends after scoring the held-out test18 (issue 10, stop 26), each a general construction:
a figure approximated by a preposition opens a coordinated clause's subject ("and about 1.3
million households remain"); a base-form "state"/"claim"/"report" after a singular phrase is a
noun ("A new state law"); an Indonesian relative clause's active verb followed by a passive or
stative one ends there ("platform yang melanggar terancam denda")."""

from __future__ import annotations

from claimcheck import lang
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def test_about_a_figure_opens_a_coordinated_clause():
    said = (
        "Seven states have exhausted their federal heating-assistance funds for the winter, the "
        "association said on Tuesday, and about 1.3 million households remain on waiting lists."
    )
    assert claims(said, EN) == [
        (
            "Seven states have exhausted their federal heating-assistance funds for the winter",
            "the association",
        ),
        ("about 1.3 million households remain on waiting lists", "the association"),
    ]
    assert claims("Sales fell sharply, and over 200 stores closed.", EN) == [
        ("Sales fell sharply", None),
        ("over 200 stores closed", None),
    ]
    # a year after "in" is when the clause happened, not its subject (left as it was)
    assert len(claims("Sales fell in 2019, and in 2020 they rose again.", EN)) == 1


def test_a_base_form_reporting_noun_after_a_singular_phrase_is_a_noun():
    law = (
        "A new state law ending cash bail for most misdemeanors takes effect Jan. 1 in New Mexico."
    )
    assert claims(law, EN) == [(law.rstrip("."), None)]
    assert claims("Critics claim the vote was rigged.", EN) == [("the vote was rigged", "Critics")]
    assert claims("The new report states that 40 people died.", EN) == [
        ("40 people died", "The new report")
    ]


def test_a_passive_or_stative_verb_after_a_relative_clauses_active_verb_is_the_main_one():
    assert claims(
        "Anak tidak akan bisa membuat akun, dan platform yang melanggar terancam denda hingga "
        "Rp10 miliar.",
        ID,
    ) == [
        ("Anak tidak akan bisa membuat akun", None),
        ("platform yang melanggar terancam denda hingga Rp10 miliar", None),
    ]


def test_what_someone_is_after_a_copula_and_an_article_is_a_claim():
    assert claims(
        "State Rep. Colin Hargrove, a Democrat from Duluth, was arrested Sunday.", EN
    ) == [
        ("Colin Hargrove is a Democrat from Duluth", None),
        ("State Rep. Colin Hargrove was arrested Sunday", None),
    ]
    assert claims("I'm Megyn Kelly.", EN) == []


def test_a_lower_case_title_opens_a_trailing_speaker_not_an_inverted_verb():
    said = (
        "Pennsylvania is holding $4.1 billion in unclaimed property, state Treasurer Dana "
        "Whitfield, a Republican in her second term, said Tuesday."
    )
    assert claims(said, EN) == [
        (
            "Pennsylvania is holding $4.1 billion in unclaimed property",
            "state Treasurer Dana Whitfield",
        ),
        ("state Treasurer Dana Whitfield is a Republican in her second term", None),
    ]
