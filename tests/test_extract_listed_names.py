"""Names listed as a verb's objects (issue 10, stop 26): each is a claim with the subject and
the verb carried, and none is lost. The second name alone has no verb, and was dropped as a bare
name: "Polisi menangkap Budi dan Andi" gave only "Polisi menangkap Budi"."""

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
