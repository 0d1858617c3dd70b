"""A speaker's frame around what they assert (issue 10, stop 25): fillers that open a line
("Let me tell you,", "The fact is that", "Bagaimanapun juga,"), and a belief that holds a
figure one could look up ("I think we've lost 70,000 factories"), hedged."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims

ID = lang.get("id")
EN = lang.get("en")


def _claims(text: str, language) -> list[tuple[str, bool]]:  # noqa: ANN001
    return [(c.text, c.hedged) for c in extract_claims(from_text(text), language)]


def test_a_frame_that_says_nothing_leaves_the_claim():
    assert _claims("Let me tell you, we spent $6 trillion in the Middle East.", EN) == [
        ("we spent $6 trillion in the Middle East", False)
    ]
    assert _claims("Well, the fact is that crime is down 20 percent in my state.", EN) == [
        ("crime is down 20 percent in my state", False)
    ]
    assert _claims("Frankly, the deficit has doubled under this president.", EN) == [
        ("the deficit has doubled under this president", False)
    ]
    assert _claims("Bagaimanapun juga, dia telah dikritik oleh para pemimpin agama.", ID) == [
        ("dia telah dikritik oleh para pemimpin agama", False)
    ]
    assert _claims("Di sisi lain, jumlah wisatawan asing naik 20 persen.", ID) == [
        ("jumlah wisatawan asing naik 20 persen", False)
    ]
    # "as I understand it" hedges what it frames
    assert _claims("As I understand it, the bill cuts Medicaid by $800 billion.", EN) == [
        ("the bill cuts Medicaid by $800 billion", True)
    ]


def test_a_belief_with_a_figure_is_a_hedged_claim():
    assert _claims("I think we've lost 70,000 factories since China entered the WTO.", EN) == [
        ("we've lost 70,000 factories since China entered the WTO", True)
    ]
    assert _claims("I believe that crime went up 15 percent last year.", EN) == [
        ("crime went up 15 percent last year", True)
    ]
    assert _claims("Saya kira jumlah pengangguran naik menjadi 8 juta orang.", ID) == [
        ("jumlah pengangguran naik menjadi 8 juta orang", True)
    ]
    # nothing to look up, an exhortation, what ought to be: no claim
    for text, language in (
        ("I think we can win this.", EN),
        ("I think we will win Ohio by 10 points.", EN),  # a forecast
        ("Saya yakin kita akan menang dengan selisih 10 poin.", ID),
        ("I think he's a great guy.", EN),
        ("Let's cut taxes by 20 percent.", EN),
        ("Saya yakin tim kita bisa juara.", ID),
        ("Hendaknya para gembala mempertimbangkan aspirasi kaum awam (Lumen Gentium 37).", ID),
    ):
        assert _claims(text, language) == [], text
