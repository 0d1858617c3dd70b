"""Verb phrases and objects a reader splits: irregular past forms in a series, two full noun
phrases each with its own place, and sums of money as figures (issue 10)."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims

EN = lang.get("en")


def claims(text, language=EN):
    return [c.text for c in extract_claims(from_text(text), language)]


def test_an_irregular_past_form_opens_a_verb_phrase_of_its_own():
    assert claims("The railroad has replaced 14 miles of track and rebuilt two trestles.") == [
        "The railroad has replaced 14 miles of track",
        "The railroad has rebuilt two trestles",
    ]


def test_a_series_of_verb_phrases_splits_with_each_auxiliary_where_it_belongs():
    found = claims(
        "The Cascade Valley Railroad, general manager Teresa Vogel said, has replaced 14 miles "
        "of track, rebuilt two trestles near Dunmore and will reopen its freight line on Dec. 7."
    )
    assert found == [
        "The Cascade Valley Railroad has replaced 14 miles of track",
        "The Cascade Valley Railroad has rebuilt two trestles near Dunmore",
        "The Cascade Valley Railroad will reopen its freight line on Dec. 7",
    ]


def test_two_full_noun_phrases_each_keep_their_own_place():
    assert claims(
        "The firm will close its bakery in Dayton and a distribution center in Toledo by June."
    ) == [
        "The firm will close its bakery in Dayton by June",
        "The firm will close a distribution center in Toledo by June",
    ]
    # one preposition with two objects still shares it
    assert claims("Russia supplied Belarus with missiles and air defence systems.") == [
        "Russia supplied Belarus with missiles",
        "Russia supplied Belarus with air defence systems",
    ]


def test_a_sum_of_money_is_a_figure_to_check():
    assert claims("It cost $500, Smith said.") == ["It cost $500"]


def test_a_participle_before_a_noun_describes_it():
    # the list splits because "expired" and "broken" are not verbs here; where and when,
    # after the last item, hold for each
    assert claims(
        "Inspectors found expired food, a broken freezer and evidence of rodents at the Blue "
        "Heron Diner last week."
    ) == [
        "Inspectors found expired food at the Blue Heron Diner last week",
        "Inspectors found a broken freezer at the Blue Heron Diner last week",
        "Inspectors found evidence of rodents at the Blue Heron Diner last week",
    ]
    assert claims("The plant has closed two lines.") == ["The plant has closed two lines"]


def test_a_reported_thing_is_no_reported_clause():
    # "reported increased sales": what was reported is a thing, the company's act the claim
    found = extract_claims(from_text("The company reported increased sales in May."), EN)
    assert [(c.text, c.speaker) for c in found] == [
        ("The company reported increased sales in May", None)
    ]
    found = extract_claims(
        from_text("The ministry said no new cases had been recorded since June 3."), EN
    )
    assert [(c.text, c.speaker) for c in found] == [
        ("no new cases had been recorded since June 3", "The ministry")
    ]
    # what was said, as a subject: no one is quoted
    found = extract_claims(
        from_text("I'm not surprised, because everything he just said is absolutely false."), EN
    )
    assert [(c.text, c.speaker) for c in found] == [
        ("I'm not surprised, because everything he just said is absolutely false", None)
    ]


def test_an_appositive_on_a_name_inside_the_subject_describes_that_name():
    found = extract_claims(
        from_text(
            "The merger with Northfield Bank, a regional lender with 41 branches in Ohio and "
            "Indiana, could close by June, Chief Executive Paula Grant said."
        ),
        EN,
    )
    speaker = "Chief Executive Paula Grant"
    assert [(c.text, c.speaker) for c in found] == [
        ("Northfield Bank is a regional lender with 41 branches in Ohio and Indiana", speaker),
        ("The merger with Northfield Bank could close by June", speaker),
    ]


def test_serta_merta_is_no_coordinator():
    found = extract_claims(
        from_text(
            "ISS Indonesia rupanya tak serta merta menerima seluruh pengajuan kerja sama yang "
            "datang kepada perusahaan."
        ),
        lang.get("id"),
    )
    assert len(found) == 1 and found[0].negated


def test_an_appositive_on_an_object_is_a_claim_about_it_and_the_clause_goes_on():
    assert claims(
        "The Michigan Gaming Control Board fined LuckyReel, an unlicensed slots app based in "
        "Malta, $2.4 million on Tuesday and ordered the app to refund $415,000 to players and "
        "block Michigan users.",
    ) == [
        "The Michigan Gaming Control Board fined LuckyReel $2.4 million on Tuesday",
        "The Michigan Gaming Control Board ordered the app to refund $415,000 to players",
        # the verb and object before the infinitive go with its second verb phrase
        "The Michigan Gaming Control Board ordered the app to block Michigan users",
        "LuckyReel is an unlicensed slots app based in Malta",
    ]
    indonesian = lang.get("id")
    found = extract_claims(
        from_text("Presiden Prabowo bertemu Vladimir Putin, Presiden Rusia, di Moskow pada Senin."),
        indonesian,
    )
    assert [c.text for c in found] == [
        "Presiden Prabowo bertemu Vladimir Putin di Moskow pada Senin",
        "Vladimir Putin adalah Presiden Rusia",
    ]
    # A list of places is not a name and its description.
    assert claims("Putin visited Minsk, the capital, and Grodno last week.")[-1] == (
        "Putin visited Grodno last week"
    )


def test_an_appositive_after_a_place_describes_the_thing_not_the_place():
    found = extract_claims(
        from_text(
            "Bendungan Wae Lengkeng di Manggarai Barat, salah satu proyek strategis nasional di "
            "Nusa Tenggara Timur, diperkirakan rampung pada pertengahan 2028."
        ),
        lang.get("id"),
    )
    assert [c.text for c in found] == [
        "Bendungan Wae Lengkeng adalah salah satu proyek strategis nasional di Nusa Tenggara Timur",
        "Bendungan Wae Lengkeng di Manggarai Barat diperkirakan rampung pada pertengahan 2028",
    ]
    # after another preposition, the name is what is described
    assert claims(
        "The merger with Northfield Bank, a regional lender with 41 branches in Ohio and "
        "Indiana, could close by June."
    )[0] == ("Northfield Bank is a regional lender with 41 branches in Ohio and Indiana")


def test_a_reporting_word_before_a_preposition_and_its_clauses_verb_is_a_noun():
    assert claims("The inspection reports from 2024 and 2025 were all clean.") == [
        "The inspection reports from 2024 and 2025 were all clean"
    ]
    # still a verb when what it reports follows
    found = extract_claims(
        from_text("The ministry reports in a statement that exports rose 4 percent."), EN
    )
    assert [(c.text, c.speaker) for c in found] == [("exports rose 4 percent", "The ministry")]


def test_an_objects_relative_clause_is_a_claim_and_the_clause_resumes_at_its_infinitive():
    assert claims(
        "A Jefferson County judge on Friday ordered Blue Ridge Timber Co., which logged 300 "
        "acres of state forest without a permit in 2025, to pay $2.7 million in restitution and "
        "replant the site within two years."
    ) == [
        "A Jefferson County judge on Friday ordered Blue Ridge Timber Co. to pay $2.7 million in "
        "restitution",
        "A Jefferson County judge on Friday ordered Blue Ridge Timber Co. to replant the site "
        "within two years",
        "Blue Ridge Timber Co. logged 300 acres of state forest without a permit in 2025",
    ]


def test_a_second_relative_clause_after_a_restricted_subject_is_about_the_name():
    found = extract_claims(
        from_text(
            "Jumlah wisatawan yang menyeberang ke Pulau Padar, yang sejak Juli dikenai tiket "
            "Rp250.000 per orang, turun 18,6 persen pada kuartal III 2026, kata Ketua Asosiasi "
            "Pemandu Wisata Manggarai Barat Felix Jehadu."
        ),
        lang.get("id"),
    )
    speaker = "Ketua Asosiasi Pemandu Wisata Manggarai Barat Felix Jehadu"
    assert [(c.text, c.speaker) for c in found] == [
        ("Pulau Padar sejak Juli dikenai tiket Rp250.000 per orang", speaker),
        (
            "Jumlah wisatawan yang menyeberang ke Pulau Padar turun 18,6 persen pada kuartal "
            "III 2026",
            speaker,
        ),
    ]


def test_an_appositive_on_the_event_keeps_the_figures_mark():
    found = claims(
        "Lobster landings at the state's three largest ports fell 9.4% in October to 11.2 "
        "million pounds, the lowest monthly total since 2015, the director said."
    )
    # the change keeps its "%"; the appositive is a claim about the total it reached
    assert found == [
        "Lobster landings at the state's three largest ports fell 9.4% in October to 11.2 million "
        "pounds",
        "Lobster landings at the state's three largest ports, at 11.2 million pounds, was the "
        "lowest monthly total since 2015",
    ]


def test_an_office_after_an_objects_name_may_be_lower_case_and_hold_a_relative_clause():
    found = extract_claims(
        from_text(
            "Majelis hakim Pengadilan Negeri Medan menjatuhkan vonis tujuh tahun penjara kepada "
            "Rudi Hartanto, direktur koperasi simpan pinjam yang menghimpun dana Rp86 miliar dari "
            "sekitar 1.200 anggota tanpa izin, dalam sidang pada Rabu (19/2/2025)."
        ),
        lang.get("id"),
    )
    assert [c.text for c in found] == [
        "Majelis hakim Pengadilan Negeri Medan menjatuhkan vonis tujuh tahun penjara kepada "
        "Rudi Hartanto dalam sidang pada Rabu (19/2/2025)",
        "Rudi Hartanto adalah direktur koperasi simpan pinjam yang menghimpun dana Rp86 miliar "
        "dari sekitar 1.200 anggota tanpa izin",
    ]


def test_a_clause_resumes_with_its_own_verb_phrase_after_an_objects_relative_clause():
    assert claims(
        "The Coast Guard has opened an investigation into the ferry Island Queen, which struck a "
        "pier at Bremerton on Saturday with 214 passengers aboard, and has barred the vessel from "
        "carrying passengers."
    ) == [
        "The Coast Guard has opened an investigation into the ferry Island Queen",
        "The Coast Guard has barred the vessel from carrying passengers",
        "the ferry Island Queen struck a pier at Bremerton on Saturday with 214 passengers aboard",
    ]


def test_a_name_set_off_as_an_appositive_is_not_described_by_the_second_object():
    found = claims(
        "On Wednesday, Mrs Justice Hollins granted the port's operator, Harwick Port Holdings, "
        "an interim injunction, finding that the union's notice had failed."
    )
    assert not any(text.startswith("Harwick Port Holdings is") for text in found)


def test_a_list_whose_last_item_has_no_place_of_its_own_keeps_the_preposition():
    found = extract_claims(
        from_text(
            "Sekitar 1.450 warga kini bertahan di 11 titik pengungsian, sebagian besar di tenda "
            "darurat dan balai desa."
        ),
        lang.get("id"),
    )
    assert found[-1].text.endswith("bertahan di balai desa")
