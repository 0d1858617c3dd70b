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
        # exclusive values, and two words in a row (bench/pairs.py's dev part)
        (
            "Atlet panjat tebing Siti Marlina meraih perunggu nomor speed putri",
            ID,
            "Rock climber Siti Marlina won gold in the women's speed event",
            EN,
            ("perunggu", "gold"),
        ),
        (
            "Attendance at the Indonesian MotoGP fell to 121,000",
            EN,
            "121,000 spectators attended the Indonesian MotoGP, up from 102,000 in 2023",
            EN,
            ("fell", "up from"),
        ),
        (
            "Indonesia recorded annual deflation in March 2025",
            EN,
            "BPS mencatat inflasi tahunan Indonesia pada Maret 2025 sebesar 1,03 persen",
            ID,
            ("deflation", "inflasi"),
        ),
        (
            "Councilwoman Priya Shah voted in favor of the Eastfield rezoning",
            EN,
            "Councilwoman Priya Shah cast the only vote against the Eastfield rezoning",
            EN,
            ("in favor", "vote against"),
        ),
        (
            "Gary Tillman was acquitted of defrauding the school district",
            EN,
            "Judge Miriam Okafor sentenced Gary Tillman to 14 years in prison",
            EN,
            ("acquitted", "sentenced"),
        ),
        (
            "PPDB Kota Palembang menerima 9.300 siswa baru di SMA negeri",
            ID,
            "PPDB Kota Palembang menerima 9.300 siswa baru di SMP negeri.",
            ID,
            ("sma", "smp"),
        ),
        (
            "Weekend ridership averaged 61,300 in January",
            EN,
            "Rata-rata penumpang pada hari kerja mencapai 61.300 orang pada Januari",
            ID,
            ("weekend", "hari kerja"),
        ),
        # another country: the README's example
        (
            "Rusia telah menyediakan rudal Iskander untuk Polandia",
            ID,
            "Russia supplied Iskander missiles to Belarus",
            EN,
            ("polandia", "belarus"),
        ),
        (
            "Korea Selatan menembakkan rudal",
            ID,
            "North Korea fired a missile",
            EN,
            ("korea selatan", "north korea"),
        ),
        # another province
        (
            "Sebagian besar titik panas di Kalimantan pada 28 September 2023 berada di Kalimantan"
            " Barat",
            ID,
            "BMKG detected 1,036 hotspots across Kalimantan, most of them in Central Kalimantan",
            EN,
            ("kalimantan barat", "central kalimantan"),
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
        # a comparison swaps sides with the order of what is compared (a shape of IndoNLI
        # train's entailments)
        (
            "Penjualan mobil pada Februari lebih rendah dibandingkan pada Maret",
            ID,
            "Dibandingkan dengan Februari, penjualan mobil pada Maret naik 4 persen",
            ID,
        ),
        # the pace of a change is not the change
        (
            "Indonesia's economy grew 5.03% in 2024, slightly slower than in 2023",
            EN,
            "Pertumbuhan ekonomi Indonesia 2024 sebesar 5,03 persen, melambat dari 5,05 persen",
            ID,
        ),
        # the same countries, and a country the entry does not name beside the ones it does
        ("Indonesia and Malaysia signed the deal", EN, "Indonesia dan Malaysia menandatangani", ID),
        ("Rusia memasok Iskander ke Belarusia, kata Ukraina", ID, "Russia supplied Belarus", EN),
        # a country's name inside a longer one ("Korea Utara" is no north)
        ("Korea Utara menembakkan rudal", ID, "North Korea fired a missile south", EN),
        # several values in the entry: the claim's is one of them
        ("Marlina won silver in the relay", EN, "Marlina won gold and silver", EN),
    ],
)
def test_no_other_side(claim, claim_language, entry, entry_language):
    assert turned(claim, claim_language, [(entry, entry_language)]) is None


def test_a_table_line_may_list_several_values_and_two_word_phrases():
    table = lang.sides("medal: gold | silver | bronze\nrise: rose up_from | fell down_from")
    assert {table["gold"], table["silver"], table["bronze"]} == {
        ("medal", "0"),
        ("medal", "1"),
        ("medal", "2"),
    }
    assert table["up from"] == ("rise", "0")
    assert table["down from"] == ("rise", "1")
