"""What a reported clause says of its own subject (issue 10, stop 26): a relative clause, a
participle or an appositive set off by commas inside what a speaker reports is the speaker's
claim about the subject, as it is the author's at the start of a sentence; a connective set
off by commas describes nothing. "used" is a verb; "Rp80.000" a figure; "that reported"
names no speaker; ", one of …" after a trailing speaker stays with the claim, and ", dr. Name"
after an office is its holder."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def test_a_relative_clause_on_the_reported_subject_is_the_speakers_claim():
    said = (
        "Superintendent Mark Delaney said the change, which drew 260 parents to a public "
        "hearing in October, would help the district recruit teachers."
    )
    speaker = "Superintendent Mark Delaney"
    assert claims(said, EN) == [
        ("the change drew 260 parents to a public hearing in October", speaker),
        ("the change would help the district recruit teachers", speaker),
    ]
    assert claims(
        "Kepala Dinas Lilis Suryani mengatakan jembatan itu, yang dibangun pada 1932, akan "
        "ditutup pada Mei.",
        ID,
    ) == [
        ("jembatan itu dibangun pada 1932", "Kepala Dinas Lilis Suryani"),
        ("jembatan itu akan ditutup pada Mei", "Kepala Dinas Lilis Suryani"),
    ]


def test_a_participle_or_an_appositive_on_the_reported_subject():
    assert claims("The mayor said the bridge, built in 1932, will be replaced next year.", EN) == [
        ("the bridge was built in 1932", "The mayor"),
        ("the bridge will be replaced next year", "The mayor"),
    ]
    assert claims(
        "She said the company, a regional lender with 41 branches, would cut 200 jobs.", EN
    ) == [
        ("the company is a regional lender with 41 branches", "She"),
        ("the company would cut 200 jobs", "She"),
    ]


def test_a_connective_between_commas_describes_nothing():
    assert claims("The law, however, does not apply to schools.", EN) == [
        ("The law, however, does not apply to schools", None)
    ]
    assert claims("He said the law, however, does not apply to schools.", EN) == [
        ("the law, however, does not apply to schools", "He")
    ]
    assert claims("Pemerintah, meski demikian, tidak akan menaikkan harga.", ID) == [
        ("Pemerintah, meski demikian, tidak akan menaikkan harga", None)
    ]


def test_used_is_a_verb_so_the_final_appositive_describes_the_name():
    # "used" was no verb: the clause had none, and the appositive stayed inside it
    said = (
        "Investigators used genetic genealogy to identify a suspect in the 1994 killing of "
        "Tamara Lynch, a 19-year-old college student, District Attorney Alan Pryce said Friday."
    )
    speaker = "District Attorney Alan Pryce"
    assert claims(said, EN) == [
        (
            "Investigators used genetic genealogy to identify a suspect in the 1994 killing of "
            "Tamara Lynch",
            speaker,
        ),
        ("Tamara Lynch is a 19-year-old college student", speaker),
    ]
    # a used thing is still no verb
    assert claims("The city sold 40 used buses to a private operator.", EN) == [
        ("The city sold 40 used buses to a private operator", None)
    ]


def test_a_comparison_after_a_figure_with_a_currency_word_or_a_relative_clause():
    # "Rp80.000" is one word, and was no figure: the comparison stayed in the claim
    assert claims(
        "Harga cabai rawit naik menjadi Rp80.000 per kilogram, tertinggi sejak 2022.", ID
    ) == [
        ("Harga cabai rawit naik menjadi Rp80.000 per kilogram", None),
        ("Harga cabai rawit sebesar Rp80.000 per kilogram tertinggi sejak 2022", None),
    ]
    # the relative clause's verb is no verb of the comparison
    assert claims(
        "Indeks kebahagiaan Kota Yogyakarta tercatat 74,8 poin, tertinggi di antara 10 kota yang "
        "disurvei.",
        ID,
    )[1] == (
        "Indeks kebahagiaan Kota Yogyakarta sebesar 74,8 poin tertinggi di antara 10 kota "
        "yang disurvei",
        None,
    )


def test_a_relative_clauses_reporting_verb_names_no_speaker():
    # "…, the highest of any district that reported": the district did not say it
    assert claims(
        "Enrollment rose to 11,240 students, the highest of any district that reported.", EN
    ) == [
        ("Enrollment rose to 11,240 students", None),
        ("Enrollment, at 11,240 students, was the highest of any district that reported", None),
    ]
    assert claims("Sales rose 4%, the chain said.", EN) == [("Sales rose 4%", "the chain")]


def test_one_of_after_a_trailing_speaker_stays_with_the_claim_and_keeps_the_speaker():
    # ", one of …" after an attribution most often says something of what was said (", one of
    # the sharpest increases in a decade"); it stays with the claim, whose speaker is kept
    # (it was the claim's own clause going on, or lost the speaker). When it describes the
    # speaker instead ("one of two Democrats who voted against it") it is still glued on:
    # the words do not tell the two apart.
    assert claims("Prices rose 4 percent, the ministry said, one of the sharpest rises.", EN) == [
        ("Prices rose 4 percent , one of the sharpest rises", "the ministry")
    ]
    assert claims("Harga naik 10 persen, kata BPS, salah satu kenaikan tertinggi.", ID) == [
        ("Harga naik 10 persen , salah satu kenaikan tertinggi", "BPS")
    ]


def test_a_name_with_a_lower_case_title_after_the_office_is_the_speakers():
    said = "Sebanyak 1.318 orang tidak lulus, ucap Ketua Panitia, dr. Wahyu Hidayat, di Jakarta."
    assert claims(said, ID) == [
        ("Sebanyak 1.318 orang tidak lulus", "Ketua Panitia dr Wahyu Hidayat")
    ]


def test_a_relative_clause_on_an_object_set_off_by_a_comma_describes_it():
    assert claims(
        "The Westfield school board voted 5-2 Monday to drop the Red Raiders mascot, which has "
        "been used since 1954.",
        EN,
    ) == [
        ("The Westfield school board voted 5-2 Monday to drop the Red Raiders mascot", None),
        ("the Red Raiders mascot has been used since 1954", None),
    ]
    # what the clause says of the object is not hedged by the clause's "will"
    reopened = extract_claims(
        from_text(
            "The city will hire 10 firefighters this year and reopen the Wayne Avenue fire "
            "station, which closed in 2019."
        ),
        EN,
    )
    assert [(c.text, c.hedged) for c in reopened][-1] == (
        "the Wayne Avenue fire station closed in 2019",
        False,
    )
    # "which" after a bare noun may be about the whole event; a filler is no verb
    assert len(claims("The council raised taxes, which angered residents.", EN)) == 1
    filler = claims("I got more votes than the first time, which is, you know, a lot.", EN)
    assert not any(text.startswith("the first time") for text, _ in filler)
