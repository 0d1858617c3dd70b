"""Speakers named through titles, documents and acronyms: stop 20's third round (issue 10)."""

from __future__ import annotations

from claimcheck import lang
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def test_a_title_set_off_before_a_name_then_the_reporting_verb():
    found = claims(
        "Juru bicara Kementerian Kesehatan, Rina Lestari menyebut, pasien yang meninggal "
        "didominasi usia 41-60 tahun.",
        ID,
    )
    assert found == [
        (
            "pasien yang meninggal didominasi usia 41-60 tahun",
            "Juru bicara Kementerian Kesehatan Rina Lestari",
        )
    ]


def test_demikian_names_the_document_and_an_acronym_is_spelled_out():
    found = claims(
        "PT Kereta Cepat Nusantara (KCN) menunda operasi komersial hingga Maret 2027, demikian "
        "keterangan tertulis KCN, Senin (9/11/2026).",
        ID,
    )
    assert found == [
        (
            "PT Kereta Cepat Nusantara (KCN) menunda operasi komersial hingga Maret 2027",
            "PT Kereta Cepat Nusantara (KCN)",
        )
    ]
    message = claims(
        "Itulah yang saya rencanakan untuk 2026, demikian pesan yang ia kirimkan kepada 40 "
        "orang itu.",
        ID,
    )
    assert [speaker for _, speaker in message] == [None]


def test_a_joint_circular_speaks_for_its_bodies():
    found = claims(
        "Layanan data seluler di Bali akan dihentikan selama 24 jam, menurut surat edaran "
        "bersama Pemerintah Provinsi Bali dan Majelis Desa Adat.",
        ID,
    )
    assert found == [
        (
            "Layanan data seluler di Bali akan dihentikan selama 24 jam",
            "Pemerintah Provinsi Bali dan Majelis Desa Adat",
        )
    ]


def test_a_reports_finding_is_its_authors():
    found = claims(
        "One in four wells tested last year had arsenic above the federal limit, a state "
        "health department report released Monday found, and 12 towns have never tested.",
        EN,
    )
    assert [speaker for _, speaker in found] == ["state health department"] * 2
    assert claims("The annual report said sales rose 5 percent.", EN) == [
        ("sales rose 5 percent", "The annual report")
    ]


def test_a_counted_part_with_adverbs_after_dan_is_a_clause():
    found = claims(
        "Sebanyak 11 bahasa daerah di provinsi itu berstatus terancam punah dan dua di antaranya "
        "kini hanya dituturkan oleh kurang dari 50 orang.",
        ID,
    )
    assert [text for text, _ in found] == [
        "Sebanyak 11 bahasa daerah di provinsi itu berstatus terancam punah",
        "dua di antara 11 bahasa itu kini hanya dituturkan oleh kurang dari 50 orang",
    ]


def test_a_ter_state_ends_a_relative_clause_before_a_negator():
    found = claims(
        "Pemerintah kota akan mengganti nama 12 ruas jalan, dan warga yang terdampak tidak perlu "
        "membayar biaya pengurusan KTP.",
        ID,
    )
    assert found[-1] == ("warga yang terdampak tidak perlu membayar biaya pengurusan KTP", None)
    kept = claims("Bantuan diberikan kepada lansia dan warga yang tergolong tidak mampu.", ID)
    assert len(kept) == 1


def test_it_said_and_a_denier_after_but():
    found = claims(
        "Snack maker Crunchwell Foods will shrink its bags by 6% in January, the company said on "
        "Monday. It said prices would not change.",
        EN,
    )
    assert found[-1] == ("prices would not change", "Snack maker Crunchwell Foods")
    denied = claims(
        "Three bidders sued on Friday, alleging the scoring was rigged, but board chair Ana "
        "Ruiz denied that any bid had been ignored.",
        EN,
    )
    assert denied[1:] == [
        ("the scoring was rigged", "Three bidders"),
        ("any bid had been ignored", "board chair Ana Ruiz"),
    ]
    assert claims("It is too early to say whether the plant will reopen.", EN) == []
