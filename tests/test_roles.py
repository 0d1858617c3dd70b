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
        # acronyms differ by a letter: another bank
        (
            "Bank BNI mencatat laba Rp21 triliun.",
            ID,
            "Bank BRI mencatat laba Rp21 triliun.",
            "Bank BNI",
            "Bank BRI",
        ),
        # a short sentence of names is no headline
        (
            "Manchester City won the Premier League.",
            EN,
            "Manchester United won the Premier League.",
            "Manchester City",
            "Manchester United",
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
        # a headline in title case: its capitals do not mark names
        (
            "Presiden Prabowo Resmikan 3 Bendungan di Jawa Tengah",
            ID,
            "Presiden Prabowo Subianto meresmikan tiga bendungan di Jawa Tengah.",
        ),
        # a day is not part of a name; nor is a currency before its amount
        (
            "President Biden Tuesday signed the infrastructure bill into law.",
            EN,
            "President Joe Biden signed the infrastructure bill into law.",
        ),
        (
            "Harga Pertalite Rp 10.000 per liter mulai hari ini.",
            ID,
            "Harga Pertalite Rp10.000 per liter mulai hari ini.",
        ),
        # the same person, named more or less fully
        (
            "Presiden RI Prabowo meresmikan Bendungan Jlantah.",
            ID,
            "Presiden Prabowo Subianto meresmikan Bendungan Jlantah.",
        ),
        (
            "Kapolri Listyo Sigit Prabowo melantik 12 kapolda baru.",
            ID,
            "Kapolri Jenderal Listyo Sigit melantik 12 kapolda baru.",
        ),
        # another name the place, person or day goes by (Language.name_variants)
        (
            "Kota Pahlawan mencatat inflasi 2,1 persen pada Mei.",
            ID,
            "Kota Surabaya mencatat inflasi 2,1 persen pada Mei.",
        ),
        ("Gubernur Ahok meresmikan Simpang Susun Semanggi.", ID, "Gubernur Basuki meresmikannya."),
        (
            "President Jokowi inaugurated the new capital's palace in August.",
            EN,
            "President Widodo inaugurated the new capital's palace in August.",
        ),
        (
            "Hari Raya Lebaran jatuh pada 31 Maret 2025.",
            ID,
            "Hari Raya Idulfitri jatuh pada 31 Maret 2025.",
        ),
        # abbreviated, or accented
        (
            "Manchester Utd sacked manager Erik ten Hag on Monday.",
            EN,
            "Manchester United sacked manager Erik ten Hag on Monday.",
        ),
        ("Tol Japek ditutup sementara.", ID, "Tol Jakarta-Cikampek ditutup sementara."),
        # another of the kind named in passing, not in the entry's name's place
        (
            "President Trump signed the order, reversing a policy of President Joe Biden.",
            EN,
            "President Donald Trump signed the executive order.",
        ),
        (
            "Presiden Prabowo meresmikan Bendungan Jlantah yang dibangun sejak era Presiden Joko"
            " Widodo.",
            ID,
            "Presiden Prabowo Subianto meresmikan Bendungan Jlantah.",
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
    """The user-visible effect: every word shared but the name after the head word. Not the
    entry's opposite either: not a gate verdict."""
    entry = {
        "id": "unair-guru-besar",
        "claim": "Universitas Airlangga mengukuhkan 11 guru besar baru pada Selasa.",
        "status": "true",
    }
    claim = verify_against(
        tmp_path, entry, "Universitas Diponegoro mengukuhkan 11 guru besar baru pada Selasa."
    )
    assert claim["verdict"] == "disputed"
    assert claim["reason_code"] == "other-name"
    assert claim["reason"].startswith(
        "“Universitas Diponegoro” where the entry says “Universitas Airlangga”"
    )


def test_another_name_neither_asserts_nor_denies_a_false_entry(tmp_path: Path) -> None:
    """An eruption of Mount Hood is not the false claim that Mount Rainier erupted, nor its
    denial."""
    entry = {
        "id": "rainier-eruption-hoax",
        "claim": "Mount Rainier erupted on Monday.",
        "status": "false",
    }
    claim = verify_against(tmp_path, entry, "Mount Hood erupted on Monday.")
    assert claim["verdict"] == "unverified"
    assert claim["reason_code"] == "other-name"
    assert "“Mount Hood” where the entry says “Mount Rainier”" in claim["reason"]
