"""Stop 27's extraction mends (issue 10): a relative clause that reports what someone says of
its head, and Indonesian nouns whose first letters look like a verb's prefix. See
docs/benchmarks.md, "Stop 27"."""

from __future__ import annotations

import pytest

from claimcheck import lang
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def test_a_relative_clause_that_reports_is_the_reporters_claim_about_the_head():
    assert claims("The firm, which he said had 12 employees, closed in May.", EN) == [
        ("The firm had 12 employees", "he"),
        ("The firm closed in May", None),
    ]
    assert claims("The bridge, which engineers say is unsafe, was closed on Monday.", EN) == [
        ("The bridge is unsafe", "engineers"),
        ("The bridge was closed on Monday", None),
    ]


def test_inside_a_report_the_relative_clause_keeps_its_own_reporter():
    assert claims(
        "Mayor Ocampo said the fund, which auditors said was short $2 million, was refilled.", EN
    ) == [
        ("the fund was short $2 million", "auditors"),
        ("the fund was refilled", "Mayor Ocampo"),
    ]


def test_a_relative_clause_with_its_own_subject_and_no_report_is_unchanged():
    assert claims("The house, which his father built in 1950, burned down.", EN) == [
        ("his father built The house in 1950", None),
        ("The house burned down", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Suhu dingin dan hujan deras melanda Bandung pada Senin.",
        "Sekolah menengah dan perguruan tinggi diliburkan selama dua pekan.",
        "Pemerintah akan menaikkan tarif listrik dan air pada tahun mendatang.",
    ],
)
def test_nouns_and_adjectives_that_open_like_a_verb_do_not_cut_a_clause(sentence: str):
    assert len(claims(sentence, ID)) == 1, claims(sentence, ID)


def test_a_wall_is_no_passive_verb():
    assert claims("Warga mengganti atap dan dinding rumah mereka.", ID) == [
        ("Warga mengganti atap", None),
        ("Warga mengganti dinding rumah mereka", None),
    ]


def test_a_semicolon_joins_a_headlines_clauses_as_a_comma_does():
    assert claims("Storm Cuts Power to 40,000 Homes; Schools Closed Friday", EN) == [
        ("Storm Cuts Power to 40,000 Homes", None),
        ("Schools Closed Friday", None),
    ]


def test_a_headline_verb_that_opens_like_a_nouns_confix():
    assert claims("Harga Cabai Melonjak, Pedagang Keluhkan Sepi Pembeli", ID) == [
        ("Harga Cabai Melonjak", None),
        ("Pedagang Keluhkan Sepi Pembeli", None),
    ]


def test_a_participle_set_off_inside_a_subordinate_clause_describes_its_subject():
    assert claims(
        "Thefts fell to 1,142 last year after a state law, passed that March, required dealers"
        " to photograph sellers, police said.",
        EN,
    ) == [
        ("a state law was passed that March", "police"),
        (
            "Thefts fell to 1,142 last year after a state law required dealers to photograph"
            " sellers",
            "police",
        ),
    ]
    assert claims("Prices rose because the new tariffs, imposed in January, raised costs.", EN)[
        0
    ] == ("the new tariffs were imposed in January", None)


def test_hearsay_set_off_after_a_noun_is_a_hedged_claim_about_it():
    from claimcheck.document import from_text
    from claimcheck.extract import extract_claims

    found = extract_claims(
        from_text("The painting, said to be worth $2 million, was stolen in 2019."), EN
    )
    assert [(c.text, c.hedged) for c in found] == [
        ("The painting is said to be worth $2 million", True),
        ("The painting was stolen in 2019", False),
    ]
    assert claims("The suspects, thought to be brothers, fled on foot.", EN)[0] == (
        "The suspects are thought to be brothers",
        None,
    )


def test_a_ranking_continued_after_its_first_figure_gives_each_item_its_own_claim():
    assert claims(
        "Kasus terbanyak ditemukan di Kecamatan Purwodadi dengan 118 kasus, disusul Kecamatan"
        " Gubug sebanyak 76 kasus dan Kecamatan Godong 63 kasus.",
        ID,
    ) == [
        ("Kasus terbanyak ditemukan di Kecamatan Purwodadi dengan 118 kasus", None),
        ("Kecamatan Gubug sebanyak 76 kasus", None),
        ("Kecamatan Godong 63 kasus", None),
    ]
    assert claims("Texas led with 40 deaths, followed by Florida with 22, officials said.", EN) == [
        ("Texas led with 40 deaths", "officials"),
        ("Florida with 22", "officials"),
    ]


def test_followed_by_without_figures_is_no_ranking():
    assert claims("The speech was followed by a parade.", EN) == [
        ("The speech was followed by a parade", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("We love our veterans and we are proud of them.", EN),
        ("I'm very happy with the result.", EN),
        ("Kami sangat bangga dengan capaian ini.", ID),
    ],
)
def test_a_speakers_own_feeling_with_nothing_to_look_up_is_no_claim(sentence, language):
    assert claims(sentence, language) == []


def test_a_feeling_about_a_fact_keeps_the_fact():
    assert claims(
        "I signed criminal justice reform in Indiana, and we're very proud of it.", EN
    ) == [("I signed criminal justice reform in Indiana", None)]
    assert claims("I'm proud that we hired 40 teachers.", EN) == [
        ("I'm proud that we hired 40 teachers", None)
    ]


def test_a_counted_cleft_then_a_clause_of_its_own_are_two_claims():
    assert claims(
        "Hanya 40 persen warga yang sudah divaksin, dan pemerintah akan menambah pasokan vaksin.",
        ID,
    ) == [
        ("Hanya 40 persen warga yang sudah divaksin", None),
        ("pemerintah akan menambah pasokan vaksin", None),
    ]


def test_coordinated_counted_subjects_stay_one_clause():
    assert (
        len(
            claims(
                "Sebanyak 12 orang yang terluka, dan dua orang yang tewas, dibawa ke rumah sakit.",
                ID,
            )
        )
        == 1
    )


def test_a_number_and_older_is_one_bound_not_a_list():
    assert claims(
        "The bill would let riders 21 and older skip helmets if they carry $20,000 in coverage.",
        EN,
    ) == [
        (
            "The bill would let riders 21 and older skip helmets if they carry $20,000 in coverage",
            None,
        )
    ]
    assert claims("The clinic serves patients 65 and older.", EN) == [
        ("The clinic serves patients 65 and older", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "City crews filled 9,400 potholes but still have a backlog of 2,100 potholes.",
            "City crews still have a backlog of 2,100 potholes",
        ),
        (
            "The company cut 40 jobs and now has 200 workers.",
            "The company now has 200 workers",
        ),
        (
            "The company cut 40 jobs and still expects a loss of $2 million.",
            "The company still expects a loss of $2 million",
        ),
    ],
)
def test_adverbs_before_a_second_verb_phrase_keep_its_subject(sentence: str, second: str):
    assert claims(sentence, EN)[1] == (second, None)


def test_adds_with_an_object_then_a_second_verb_phrase_is_no_report():
    assert claims("The plan adds 12 officers and restores weekend hours.", EN) == [
        ("The plan adds 12 officers", None),
        ("The plan restores weekend hours", None),
    ]
    assert claims("Smith adds the city and the county will share the cost.", EN) == [
        ("the city and the county will share the cost", "Smith")
    ]


def test_cukup_is_a_predicate_and_adverbs_open_a_verb_phrase_after_a_comma():
    assert claims("Stok beras cukup hingga Lebaran, ujar Kepala Bulog Budi Waseso.", ID) == [
        ("Stok beras cukup hingga Lebaran", "Kepala Bulog Budi Waseso")
    ]
    assert claims(
        "Stok darah PMI tinggal 410 kantong, hanya cukup untuk dua hari, sementara golongan"
        " darah O tidak tersedia.",
        ID,
    ) == [
        ("Stok darah PMI tinggal 410 kantong", None),
        ("Stok darah PMI hanya cukup untuk dua hari", None),
        ("golongan darah O tidak tersedia", None),
    ]
    assert claims("The plant closed in 2019, then reopened in 2021.", EN)[1] == (
        "The plant then reopened in 2021",
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("I'm glad nobody was hurt.", EN),
        ("We're sorry the plant closed.", EN),
        ("Kami bersyukur tidak ada korban jiwa dalam kebakaran itu.", ID),
    ],
)
def test_a_feeling_about_a_fact_stays_a_claim(sentence, language):
    assert len(claims(sentence, language)) == 1


def test_what_came_next_is_no_ranking_and_superlatives_head_a_headline():
    assert claims("The quake struck at 3 a.m., followed by two aftershocks of magnitude 4.5.", EN)[
        1
    ] == ("The quake followed by two aftershocks of magnitude 4.5", None)
    assert claims("Jakarta Terpadat, Bali Termahal untuk Sewa Rumah", ID) == [
        ("Jakarta Terpadat", None),
        ("Bali Termahal untuk Sewa Rumah", None),
    ]
