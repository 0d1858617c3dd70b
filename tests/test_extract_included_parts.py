"""Parts of a count and restated figures (issue 10, stop 26). A part of a counted object set
off by "including"/"termasuk": the verb acts on it too, and what is said of the whole after its
noun holds for it. A figure restated after "or"/"atau": the clause again with it. An Indonesian
part of a count needs no verb ("…, 14 di antaranya warga negara Vietnam"). The clause goes on
without each."""

from __future__ import annotations

from claimcheck import lang
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def test_the_verb_acts_on_the_included_part():
    assert claims("The storm killed 12 people, including two children.", EN) == [
        ("The storm killed 12 people", None),
        ("The storm killed two children", None),
    ]
    said = (
        "Police collected 412 firearms, including 37 assault-style rifles, at a gun buyback "
        "Saturday, Chief Tanya Brooks said."
    )
    assert claims(said, EN) == [
        ("Police collected 412 firearms at a gun buyback Saturday", "Chief Tanya Brooks"),
        ("Police collected 37 assault-style rifles", "Chief Tanya Brooks"),
    ]


def test_what_is_said_of_the_whole_after_its_noun_holds_for_the_part():
    awarded = (
        "Presiden menganugerahkan gelar Pahlawan Nasional kepada enam tokoh di Istana Negara, "
        "Selasa (10/11/2026), termasuk dua pejuang perempuan asal Sulawesi Selatan, sehingga "
        "jumlah Pahlawan Nasional kini mencapai 212 orang."
    )
    assert [text for text, _ in claims(awarded, ID)] == [
        "Presiden menganugerahkan gelar Pahlawan Nasional kepada enam tokoh di Istana Negara, "
        "Selasa (10/11/2026)",
        "jumlah Pahlawan Nasional kini mencapai 212 orang",
        "Presiden menganugerahkan gelar Pahlawan Nasional kepada dua pejuang perempuan asal "
        "Sulawesi Selatan di Istana Negara, Selasa (10/11/2026)",
    ]


def test_no_part_without_a_count_after_a_total_or_in_a_list_of_parts():
    # no figure: "its stake" is not counted
    assert len(claims("The company sold its stake, including voting rights, to a rival.", EN)) == 1
    # a total ("sebanyak 82 individu") includes the part; the verb does not act on it
    total = claims(
        "Balai Taman Nasional mencatat populasi badak jawa sebanyak 82 individu sepanjang 2026, "
        "termasuk empat anak yang lahir tahun ini.",
        ID,
    )
    assert not any(text.startswith("Balai Taman Nasional mencatat empat") for text, _ in total)
    listed = claims(
        "Asian Games 2018 menampilkan 484 nomor dalam 42 cabang olahraga, termasuk 28 cabang "
        "Olimpiade, lima cabang tambahan, serta cabang non-Olimpiade lainnya.",
        ID,
    )
    assert not any("dalam 28 cabang" in text for text, _ in listed)


def test_a_figure_restated_after_or_is_the_clause_again_with_it():
    said = (
        "Penyaluran KUR di Sulawesi Tenggara mencapai Rp4,8 triliun hingga November 2026, atau "
        "91 persen dari target, kata Kepala Kanwil Laode Rasyid."
    )
    assert claims(said, ID) == [
        (
            "Penyaluran KUR di Sulawesi Tenggara mencapai Rp4,8 triliun hingga November 2026",
            "Kepala Kanwil Laode Rasyid",
        ),
        (
            "Penyaluran KUR di Sulawesi Tenggara mencapai 91 persen dari target hingga November "
            "2026",
            "Kepala Kanwil Laode Rasyid",
        ),
    ]
    assert claims(
        "The county spent $4.2 million on overtime last year, or 12% of its budget.", EN
    ) == [
        ("The county spent $4.2 million on overtime last year", None),
        ("The county spent 12% of its budget on overtime last year", None),
    ]
    # "or more" restates nothing
    assert len(claims("The county spent $4.2 million or more on overtime.", EN)) == 1


def test_an_indonesian_part_of_a_count_needs_no_verb():
    deported = (
        "Kantor Imigrasi mendeportasi 23 warga negara asing selama Oktober 2026, 14 di antaranya "
        "warga negara Vietnam."
    )
    assert claims(deported, ID) == [
        ("Kantor Imigrasi mendeportasi 23 warga negara asing selama Oktober 2026", None),
        ("14 di antara 23 warga itu warga negara Vietnam", None),
    ]
    # English needs a verb for it ("two of them were teenagers"): left as it was
    assert len(claims("Police arrested 12 people, two of them teenagers.", EN)) == 1
    # a clause that ends in its comma is no count's part
    assert claims("Harga beras naik 5 persen,", ID) == [("Harga beras naik 5 persen", None)]


def test_cap_is_a_verb():
    # "caps" was no verb: the second clause of a headline had none
    assert claims("Drone deliveries take off in Fenwick, but FAA caps flights at 40 a day", EN) == [
        ("Drone deliveries take off in Fenwick", None),
        ("FAA caps flights at 40 a day", None),
    ]
    assert claims("He wore baseball caps and sunglasses.", EN) == [
        ("He wore baseball caps", None),
        ("He wore sunglasses", None),
    ]
