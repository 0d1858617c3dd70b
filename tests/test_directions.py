"""The other side of a scale ("fell" for "rose"), in each language and across them."""

from __future__ import annotations

import pytest

from claimcheck import lang
from claimcheck.directions import turned

ID = lang.get("id")
EN = lang.get("en")


@pytest.mark.parametrize(
    ("claim", "claim_language", "entry", "entry_language", "words"),
    [
        ("Harga beras naik 5 persen", ID, "Rice prices fell 5 percent", EN, ("naik", "fell")),
        ("Inflation rose to 3.1 percent", EN, "Inflasi turun ke 3,1 persen", ID, ("rose", "turun")),
        ("Ekspor mencatat surplus", ID, "Exports showed a deficit", EN, ("surplus", "deficit")),
        (
            "Pasien laki-laki 40 orang",
            ID,
            "Pasien perempuan 40 orang",
            ID,
            ("laki-laki", "perempuan"),
        ),
        (
            "The bridge reopened on Monday",
            EN,
            "Jembatan ditutup pada Senin",
            ID,
            ("reopened", "ditutup"),
        ),
        (
            "Rupiah melemah terhadap dolar",
            ID,
            "The rupiah strengthened",
            EN,
            ("melemah", "strengthened"),
        ),
        # outcomes, and a change stated as a deed (bench/stance-data's contradictions)
        (
            "Dewan Kota Galway menolak usulan tarif parkir €2 per jam",
            ID,
            "Galway City Council approved a €2 hourly parking charge",
            EN,
            ("menolak", "approved"),
        ),
        (
            "Malang's city council rejected the plastic-bag bylaw",
            EN,
            "DPRD Kota Malang mengesahkan perda larangan kantong plastik",
            ID,
            ("rejected", "mengesahkan"),
        ),
        (
            "A Banda Aceh court convicted village head Zulfikar Daud",
            EN,
            "The Banda Aceh court acquitted village head Zulfikar Daud",
            EN,
            ("convicted", "acquitted"),
        ),
        (
            "Northmere Gas menurunkan tarif standar rumah tangga sebesar 6,4 persen",
            ID,
            "Northmere Gas raised its standard household tariff by 6.4%",
            EN,
            ("menurunkan", "raised"),
        ),
        (
            "Mayoritas pemilih mendukung rencana tarif tol",
            ID,
            "A poll found 58% of voters oppose the proposed toll",
            EN,
            ("mendukung", "oppose"),
        ),
    ],
)
def test_the_other_side_is_named(claim, claim_language, entry, entry_language, words):
    reason = turned(claim, claim_language, [(entry, entry_language)])
    assert reason is not None
    assert all(word in reason for word in words)


@pytest.mark.parametrize(
    ("claim", "claim_language", "entry", "entry_language"),
    [
        ("Harga beras naik 5 persen", ID, "Rice prices rose 5 percent", EN),
        # both sides in the claim: which is the entry's fact is not read
        ("Prices rose while wages fell", EN, "Wages fell", EN),
        # the entry states both sides in its phrasings
        ("Harga naik", ID, "Harga sempat turun lalu naik lagi", ID),
        # no scale word in common
        ("The plant will hire 300 workers", EN, "Pabrik itu turun produksi", ID),
        # the same outcome in other words
        ("Usulan itu disetujui DPRD", ID, "The council approved the proposal", EN),
        ("Hakim menyatakan terdakwa tidak bersalah", ID, "The court acquitted him", EN),
    ],
)
def test_no_other_side(claim, claim_language, entry, entry_language):
    assert turned(claim, claim_language, [(entry, entry_language)]) is None
