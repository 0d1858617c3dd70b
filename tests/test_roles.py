"""Swapped roles (the entry's two parties in the other order, joined by the same words) and
another name after the entry's head word."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import lang
from claimcheck.roles import substituted, swapped
from tests.conftest import verify_against

ID = lang.get("id")
EN = lang.get("en")


@pytest.mark.parametrize(
    ("claim", "language", "entry", "first"),
    [
        # bench/stance-data (newsroom pairs' dev part)
        (
            "Greenleaf Brands agreed to buy Tessaro Foods for $1.85 billion in cash",
            EN,
            "Tessaro Foods agreed to buy snack maker Greenleaf Brands for $1.85 billion in cash,"
            " the companies announced Monday",
            "Tessaro Foods",
        ),
        (
            "Tim voli putri Surabaya Bhayangkari menjuarai Proliga 2024 usai menang 3-1 atas"
            " Bandung Srikandi",
            ID,
            "Tim voli putri Bandung Srikandi menjuarai Proliga 2024 usai menang 3-1 atas"
            " Surabaya Bhayangkari.",
            "Bandung Srikandi",
        ),
        # a shorter name for the same party
        (
            "1.153.000 penumpang menyeberang dari Bakauheni ke Merak",
            ID,
            "ASDP mencatat 1.153.000 penumpang menyeberang dari Pelabuhan Merak ke Bakauheni",
            "Merak",
        ),
        (
            "Pada 2019, Persik Kediri mengalahkan Persela.",
            ID,
            "Pada 2019, Madura United dan Persela mengalahkan Persik Kediri.",
            "Persela",
        ),
    ],
)
def test_the_parties_in_the_other_order_are_named(claim, language, entry, first):
    reason = swapped(claim, language, [(entry, language)])
    assert reason is not None
    assert f"the entry has “{first}” first" in reason


@pytest.mark.parametrize(
    ("claim", "language", "entry"),
    [
        (
            "Tessaro Foods agreed to buy Greenleaf Brands",
            EN,
            "Tessaro Foods agreed to buy Greenleaf Brands",
        ),
        # a relation that reads the same both ways
        ("Putin met Lukashenko in Minsk", EN, "Lukashenko met Putin in Minsk"),
        ("Persija bermain imbang melawan Persib", ID, "Persib bermain imbang melawan Persija"),
        # a passive states the same deed in the other order
        ("Greenleaf was bought by Tessaro", EN, "Tessaro bought Greenleaf"),
        ("Tessaro bought Greenleaf", EN, "Greenleaf was bought by Tessaro"),
        ("Bahrain dikalahkan Indonesia 0-1", ID, "Indonesia mengalahkan Bahrain 1-0"),
        # other words: another verb, a copula, a relative clause (shapes of IndoNLI train's
        # entailments)
        (
            "Kota Solo melangsungkan Festival Payung.",
            ID,
            "Festival Payung berlangsung di Kota Solo setiap tahun.",
        ),
        (
            "Salah satu bank daerah di Jawa Tengah adalah Bank Jateng.",
            ID,
            "Bank Jateng adalah bank daerah milik Jawa Tengah.",
        ),
        (
            "Jalan Malioboro terletak di Yogyakarta.",
            ID,
            "Pameran digelar di sebuah galeri di Yogyakarta yang terletak di Jalan Malioboro.",
        ),
        (
            "a federal jury in Houston found Dale Rourke, a former executive at Tarrant Oil,"
            " guilty of wire fraud",
            EN,
            "A federal jury in Houston convicted former Tarrant Oil executive Dale Rourke of wire"
            " fraud.",
        ),
    ],
)
def test_no_swap(claim, language, entry):
    assert swapped(claim, language, [(entry, language)]) is None


def test_phrasings_in_another_language_are_not_compared():
    entry = "Tessaro Foods setuju membeli Greenleaf Brands"
    assert swapped("Greenleaf Brands agreed to buy Tessaro Foods", EN, [(entry, ID)]) is None


def test_a_swapped_deal_is_not_supported(tmp_path: Path) -> None:
    """The user-visible effect: the buyer and the bought swapped, every word shared."""
    entry = {
        "id": "tessaro-buys-greenleaf",
        "claim": "Tessaro Foods agreed to buy snack maker Greenleaf Brands for $1.85 billion.",
        "status": "true",
    }
    claim = verify_against(
        tmp_path, entry, "Greenleaf Brands agreed to buy Tessaro Foods for $1.85 billion."
    )
    assert claim["verdict"] in ("contradicted", "disputed")
    assert "“Greenleaf Brands” and “Tessaro Foods” swapped" in claim["reason"]


@pytest.mark.parametrize(
    ("claim", "language", "entry", "said", "meant"),
    [
        # bench/stance-data (newsroom pairs' dev part)
        (
            "Park rangers rescued 42 hikers stranded by snow on Mount Hood, the forest service"
            " said on Sunday.",
            EN,
            "Park rangers rescued 42 hikers stranded by snow on Mount Rainier.",
            "Mount Hood",
            "Mount Rainier",
        ),
        (
            "Universitas Diponegoro mengukuhkan 11 guru besar baru dalam sidang terbuka.",
            ID,
            "Universitas Airlangga mengukuhkan 11 guru besar baru.",
            "Universitas Diponegoro",
            "Universitas Airlangga",
        ),
        (
            "PVMBG menaikkan status Gunung Ruang di Kepulauan Sitaro dari Siaga menjadi Awas.",
            ID,
            "PVMBG menaikkan status Gunung Ibu di Halmahera Barat dari Siaga menjadi Awas.",
            "Gunung Ruang",
            "Gunung Ibu",
        ),
        # IndoNLI train (contradiction)
        (
            "Semenanjung Melayu adalah semenanjung yang terletak di Asia Timur.",
            ID,
            "Semenanjung Malaka, atau Semenanjung Melayu, adalah semenanjung besar di daerah Asia"
            " Tenggara.",
            "Asia Timur",
            "Asia Tenggara",
        ),
    ],
)
def test_another_name_after_the_same_head_word_is_named(claim, language, entry, said, meant):
    reason = substituted(claim, language, [(entry, language)])
    assert reason == f"“{said}” where the entry says “{meant}”"


@pytest.mark.parametrize(
    ("claim", "language", "entry"),
    [
        # the same name, written another way (IndoNLI train's entailments, misspelt)
        ("Gunung Batu Jonggol berada di Bogor.", ID, "Gunung Batu Joggol berada di Bogor."),
        ("Jang Do Yoon adalah seorang aktor film.", ID, "Jang Dong Yoon adalah aktor."),
        ("Presiden Jokowi meresmikan bendungan itu.", ID, "Presiden Joko meresmikannya."),
        # an acronym against the words it stands for
        (
            "Menurut BMKG Jakarta, hujan masih akan turun.",
            ID,
            "Menurut Badan Meteorologi Jakarta, hujan masih akan turun.",
        ),
        # a longer or shorter form is not compared
        ("Banjir melanda Kabupaten Bandung Barat.", ID, "Banjir melanda Kabupaten Bandung."),
        # the claim's name is in the entry, elsewhere or in another phrasing
        (
            "Sidang digelar di Pengadilan Negeri Surabaya.",
            ID,
            "Pengadilan Negeri Sidoarjo memindahkan sidang ke Pengadilan Negeri Surabaya.",
        ),
        # the entry lists several of the kind
        (
            "Saham mereka diperdagangkan di Bursa Saham Internasional.",
            ID,
            "Saham mereka diperdagangkan di Bursa Saham Tokyo, Bursa Saham New York, dan Osaka.",
        ),
        # names in other clauses do not run together
        (
            "Ludruk berasal dari Jawa. Barat adalah arah.",
            ID,
            "Ludruk berasal dari Jawa. Timur adalah arah.",
        ),
    ],
)
def test_no_other_name(claim, language, entry):
    assert substituted(claim, language, [(entry, language)]) is None


def test_a_name_another_phrasing_of_the_entry_gives_is_the_entrys():
    """ "Bupati Kustini" is not another regent than "Bupati Sleman": an alias names her."""
    phrasings = [
        ("Bupati Sleman meresmikan Pasar Prambanan pada Senin.", ID),
        ("Bupati Kustini meresmikan Pasar Prambanan di Sleman.", ID),
    ]
    claim = "Bupati Kustini meresmikan Pasar Prambanan pada Senin."
    assert substituted(claim, ID, phrasings) is None
    assert substituted(claim, ID, phrasings[:1]) is not None


def test_another_university_is_not_supported(tmp_path: Path) -> None:
    """The user-visible effect: every word shared but the name after the head word."""
    entry = {
        "id": "unair-guru-besar",
        "claim": "Universitas Airlangga mengukuhkan 11 guru besar baru pada Selasa.",
        "status": "true",
    }
    claim = verify_against(
        tmp_path, entry, "Universitas Diponegoro mengukuhkan 11 guru besar baru pada Selasa."
    )
    assert claim["verdict"] in ("contradicted", "disputed")
    assert (
        "“Universitas Diponegoro” where the entry says “Universitas Airlangga”" in claim["reason"]
    )
