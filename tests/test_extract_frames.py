"""A speaker's frame around what they assert (issue 10, stop 25): fillers that open a line
("Let me tell you,", "The fact is that", "Bagaimanapun juga,") say nothing of their own."""

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


def test_a_filler_before_a_comma_only():
    # "Di sisi lain jembatan" is a place; "The fact is disputed" a claim
    assert _claims("Di sisi lain jembatan, polisi menemukan dua korban.", ID) == [
        ("Di sisi lain jembatan, polisi menemukan dua korban", False)
    ]
    assert _claims("The fact is disputed by several historians.", EN) == [
        ("The fact is disputed by several historians", False)
    ]
    assert _claims("The truth is, he voted for the Iraq war.", EN) == [
        ("he voted for the Iraq war", False)
    ]
