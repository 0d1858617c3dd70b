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
