"""Clauses and their parts (issue 10, stop 26). Names listed as a verb's objects: each is a
claim with the subject and the verb carried, and none is lost (the second name alone has no
verb, and was dropped as a bare name: "Polisi menangkap Budi dan Andi" gave only "Polisi
menangkap Budi"). A day set off by commas, a relative clause inside a coordinated clause, and
"sehingga" without a comma."""

from __future__ import annotations

from claimcheck import lang
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def test_two_names_as_objects_are_two_claims():
    assert claims("Polisi menangkap Budi dan Andi.", ID) == [
        ("Polisi menangkap Budi", None),
        ("Polisi menangkap Andi", None),
    ]
    assert claims("The Yankees beat Boston and Toronto.", EN) == [
        ("The Yankees beat Boston", None),
        ("The Yankees beat Toronto", None),
    ]


def test_a_list_of_names_as_objects_loses_none():
    assert [text for text, _ in claims("Police arrested Budi, Andi and Citra.", EN)] == [
        "Police arrested Budi",
        "Police arrested Andi",
        "Police arrested Citra",
    ]
    assert len(claims("Polisi menangkap Budi, Andi, dan Citra.", ID)) == 3


def test_a_verb_phrase_after_a_day_set_off_by_commas_carries_the_subject():
    said = (
        "Jakarta terpilih sebagai tuan rumah Kejuaraan Dunia Senam Artistik 2029 di Lausanne, "
        "Sabtu (24/10/2026), mengalahkan Doha dan Kopenhagen."
    )
    assert [text for text, _ in claims(said, ID)] == [
        "Jakarta terpilih sebagai tuan rumah Kejuaraan Dunia Senam Artistik 2029 di Lausanne, "
        "Sabtu (24/10/2026)",
        "Jakarta mengalahkan Doha",
        "Jakarta mengalahkan Kopenhagen",
    ]
    # a phrase that is no day's name stays a stretch of its own
    assert len(claims("We have, during his regime, doubled our national debt.", EN)) == 1


def test_a_relative_clause_inside_a_coordinated_clause_is_about_its_subject():
    said = (
        "Athletes signed 286 deals last year, and quarterback Devin Okafor, who has a deal with "
        "a regional car dealer, earned the most, said director Janet Cole."
    )
    assert [text for text, _ in claims(said, EN)] == [
        "Athletes signed 286 deals last year",
        "quarterback Devin Okafor earned the most",
        "quarterback Devin Okafor has a deal with a regional car dealer",
    ]


def test_sehingga_opens_a_result_clause_without_a_comma():
    assert claims(
        "Anggaran sudah habis sejak September sehingga 74 terdakwa kemungkinan besar menjalani "
        "sidang tanpa pengacara.",
        ID,
    ) == [
        ("Anggaran sudah habis sejak September", None),
        ("74 terdakwa kemungkinan besar menjalani sidang tanpa pengacara", None),
    ]
    # no subject after it: one claim
    assert len(claims("Harga naik sehingga perlu dievaluasi.", ID)) == 1
    # English "so" needs its comma ("so much")
    assert len(claims("Prices rose so much that 40 stores closed.", EN)) == 1
