"""Speakers set off by commas, clauses a comma or "no one" opens, headlines' "-kan" verbs and
other forms of stop 20's second round (issue 10)."""

from __future__ import annotations

from claimcheck import lang
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def test_a_name_set_off_after_a_title_belongs_to_the_source():
    found = claims(
        "Menurut Ketua Komisi V DPR, Rudi Hartono, jalan tol itu akan dibuka pada Desember.", ID
    )
    assert found == [("jalan tol itu akan dibuka pada Desember", "Ketua Komisi V DPR Rudi Hartono")]


def test_a_name_opening_with_a_time_word_still_names_the_speaker():
    found = claims(
        "“Sebanyak 320 sekolah sudah direnovasi,” kata Kepala Dinas Pendidikan Lombok Barat, "
        "Lalu Muhammad Hasan.",
        ID,
    )
    assert found == [
        (
            "Sebanyak 320 sekolah sudah direnovasi",
            "Kepala Dinas Pendidikan Lombok Barat Lalu Muhammad Hasan",
        )
    ]
    dated = claims("Menurut Kepala BPS, Senin, inflasi naik 0,3 persen.", ID)
    assert dated == [("inflasi naik 0,3 persen", "Kepala BPS")]


def test_told_a_long_named_body_then_a_time_closes_the_attribution():
    found = claims(
        "Births in Maine fell 4 percent last year, and deaths rose 2 percent, State Economist "
        "Ray Dunn told the House Appropriations Committee on Tuesday. The population will "
        "likely shrink, he said.",
        EN,
    )
    assert [speaker for _, speaker in found] == ["State Economist Ray Dunn"] * 3
    assert found[1][0] == "deaths rose 2 percent"


def test_the_company_and_it_name_the_body_the_sentence_opens_with():
    found = claims(
        "Drone maker Skylark Aero, which has never turned a profit, delayed its first "
        "deliveries by two months, the company said on Monday. The delay could cost $3 "
        "million, it said.",
        EN,
    )
    assert {speaker for _, speaker in found} == {"Drone maker Skylark Aero"}
    # a place or the police is no company
    county = claims(
        "Officials in Orange County fined a restaurant chain $40,000. The company said it "
        "would appeal.",
        EN,
    )
    assert county[-1][1] == "The company"


def test_no_one_opens_a_clause_of_its_own():
    found = claims(
        "Crews cleared 40 tents under the bridge on Friday, and no one was arrested.", EN
    )
    assert found == [
        ("Crews cleared 40 tents under the bridge on Friday", None),
        ("no one was arrested", None),
    ]


def test_a_capitalised_verb_form_after_and_is_a_name():
    found = claims(
        "The repair will take six weeks and could cost $900,000, she said, and Grant Street "
        "will stay closed until then.",
        EN,
    )
    assert found[-1] == ("Grant Street will stay closed until then", "she")


def test_clauses_listed_with_commas_before_a_final_and_clause():
    found = claims(
        "Only 41% of jurors summoned showed up in May, judges postponed three trials, and the "
        "court may fine no-shows, Court Administrator Lee Park said.",
        EN,
    )
    assert [text for text, _ in found] == [
        "Only 41% of jurors summoned showed up in May",
        "judges postponed three trials",
        "the court may fine no-shows",
    ]
    condition = claims(
        "If you visit the county website, what you find is a list of 12 closed roads, and the "
        "list grows every day.",
        EN,
    )
    assert ("If you visit the county website", None) not in condition  # no claim of its own


def test_a_trailing_office_name_may_list_its_parts_with_a_comma_and_dan():
    found = claims(
        "Sebanyak 410 lampu jalan padam sejak Maret, jelas Kepala Dinas Perumahan, Kawasan "
        "Permukiman dan Pertanahan Kota Medan Andi Siregar.",
        ID,
    )
    assert found == [
        (
            "Sebanyak 410 lampu jalan padam sejak Maret",
            "Kepala Dinas Perumahan Kawasan Permukiman dan Pertanahan Kota Medan Andi Siregar",
        )
    ]


def test_a_counted_part_after_a_comma_is_a_clause_of_its_own():
    found = claims(
        "Laporan pencurian kendaraan sepanjang 2026 mencapai 518 kasus, 64 di antaranya terjadi "
        "di area parkir pasar.",
        ID,
    )
    assert found == [
        ("Laporan pencurian kendaraan sepanjang 2026 mencapai 518 kasus", None),
        ("64 di antara 518 kasus itu terjadi di area parkir pasar", None),
    ]
    share = claims(
        "Petugas menemukan 1.200 pohon yang keropos, sebagian besar diduga berumur lebih dari "
        "50 tahun.",
        ID,
    )
    assert [text for text, _ in share] == [
        "Petugas menemukan 1.200 pohon yang keropos",
        "sebagian besar diduga berumur lebih dari 50 tahun",
    ]
    assert claims("The storm damaged 300 homes, some beyond repair.", EN) == [
        ("The storm damaged 300 homes, some beyond repair", None)
    ]


def test_two_acronyms_coordinated_modify_one_head():
    found = claims(
        "Pemerintah kota menunda pembayaran insentif ketua RT dan RW selama dua bulan.", ID
    )
    assert found == [
        ("Pemerintah kota menunda pembayaran insentif ketua RT dan RW selama dua bulan", None)
    ]


def test_menjelang_is_no_verb_so_a_second_object_keeps_the_verb():
    found = claims(
        "Pemerintah kota membagikan 9.000 bendera dan 800 umbul-umbul menjelang HUT RI.", ID
    )
    assert found[-1] == ("Pemerintah kota membagikan 800 umbul-umbul menjelang HUT RI", None)


def test_a_headlines_verb_without_its_prefix():
    found = claims("Polisi Bubarkan Balap Liar di Pantai Indah, 31 Motor Disita", ID)
    assert found == [
        ("Polisi Bubarkan Balap Liar di Pantai Indah", None),
        ("31 Motor Disita", None),
    ]


def test_seperti_diberitakan_names_a_source():
    found = claims("Seperti diberitakan Antara, harga cabai di Medan naik 30 persen pekan ini.", ID)
    assert found == [("harga cabai di Medan naik 30 persen pekan ini", "Antara")]


def test_it_of_a_body_named_by_its_appositive_is_the_body():
    found = claims(
        "In a statement, PeakFit, a Denver-based company with 41 gyms, denied that it had "
        "billed former members.",
        EN,
    )
    assert found == [
        ("PeakFit is a Denver-based company with 41 gyms", None),
        ("PeakFit had billed former members", "PeakFit"),
    ]
    # a one-word speaker may be a person's surname: "it" stays
    assert claims("Smith said it would rain on Friday.", EN) == [
        ("it would rain on Friday", "Smith")
    ]
