"""Appositives that compare a figure, the subject a verb phrase carries after a later clause,
and hedges that stay in their own clause (issue 10, stop 20)."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def _claims(text: str, language: lang.Language) -> list:
    return list(extract_claims(from_text(text), language))


def test_an_appositive_comparing_an_object_figure_is_a_claim_about_the_figure():
    found = claims(
        "The food bank handed out 9,800 meal kits in November, nearly double its usual "
        "monthly total, and has extended its hours through January.",
        EN,
    )
    assert found == [
        ("The food bank handed out 9,800 meal kits in November", None),
        ("The food bank has extended its hours through January", None),
        ("9,800 meal kits in November was nearly double its usual monthly total", None),
    ]


def test_a_figure_after_a_verb_of_change_is_the_subjects():
    found = claims(
        "Ridership rose 6% in October to 48,300 trips a day, the highest since 2019.", EN
    )
    assert found == [
        ("Ridership rose 6% in October to 48,300 trips a day", None),
        ("Ridership, at 48,300 trips a day, was the highest since 2019", None),
    ]


def test_a_currency_opens_the_figure():
    found = claims(
        "The county spent $4.1 million on snow removal last winter, well above its budget.",
        EN,
    )
    assert ("$4.1 million on snow removal last winter was well above its budget", None) in found


def test_indonesian_figure_appositives():
    measured = claims(
        "Angka pengangguran terbuka di Kota Medan tercatat 8,4 persen, tertinggi sejak 2021.",
        ID,
    )
    assert measured == [
        ("Angka pengangguran terbuka di Kota Medan tercatat 8,4 persen", None),
        ("Angka pengangguran terbuka di Kota Medan sebesar 8,4 persen tertinggi sejak 2021", None),
    ]
    counted = claims(
        "Dinas Pendidikan baru menyalurkan 1.250 laptop hingga September, jauh di bawah target "
        "5.000 unit tahun ini.",
        ID,
    )
    assert counted == [
        ("Dinas Pendidikan baru menyalurkan 1.250 laptop hingga September", None),
        ("1.250 laptop hingga September jauh di bawah target 5.000 unit tahun ini", None),
    ]


def test_a_verb_phrase_after_a_sedangkan_clause_carries_that_clauses_subject():
    found = claims(
        "Sebanyak 120 sekolah telah menerima bantuan komputer, sedangkan 45 sekolah lainnya "
        "belum menerima bantuan dan masih menunggu verifikasi data.",
        ID,
    )
    assert found[-1] == ("45 sekolah lainnya masih menunggu verifikasi data", None)


def test_a_verb_phrase_after_a_noun_phrase_list_keeps_the_sentences_subject():
    found = claims(
        "The city will keep the Elm Road and Bay Street courts closed this winter and has "
        "repaired only 3 of the 12 lights, Parks Director Ana Ruiz said.",
        EN,
    )
    assert ("The city has repaired only 3 of the 12 lights", "Parks Director Ana Ruiz") in found


def test_a_denial_after_a_hedged_clause_is_not_hedged():
    found = _claims(
        "Transit Director Omar Haddad said the agency will add six buses by June, but he denied "
        "that the route loses money.",
        EN,
    )
    denied = [c for c in found if c.text == "the route loses money"]
    assert len(denied) == 1
    assert denied[0].negated and not denied[0].hedged
    assert any(c.hedged for c in found if "six buses" in c.text)


def test_an_attribution_inside_the_clause_may_end_with_a_time():
    found = claims(
        "Bicycle thefts downtown, police Sgt. Maria Lopez said Wednesday, fell to 96 this "
        "year from 140 in 2025.",
        EN,
    )
    assert found == [
        ("Bicycle thefts downtown fell to 96 this year from 140 in 2025", "police Sgt. Maria Lopez")
    ]


def test_a_plural_possessive_speaker_inside_the_clause():
    found = claims(
        "Home prices in the county, the realtors' association said, dropped 4% in October.", EN
    )
    assert found == [
        ("Home prices in the county dropped 4% in October", "the realtors association")
    ]


def test_going_to_before_a_verb_and_wont_hedge():
    found = {
        c.text: c
        for c in _claims(
            "“We're going to open the Northside pool every weekend through August, and entry "
            "fees won't rise next year,” said Aquatics Manager Rosa Bell. The money is going to "
            "lifeguard training, she said.",
            EN,
        )
    }
    opened = found["We're going to open the Northside pool every weekend through August"]
    fees = found["entry fees won't rise next year"]
    assert opened.hedged and not opened.negated
    assert fees.hedged and fees.negated
    assert not found["The money is going to lifeguard training"].hedged


def test_a_headlines_closing_say_names_its_speaker():
    found = claims("Two Arrested After Warehouse Fire, Officials Say", EN)
    assert found == [("Two Arrested After Warehouse Fire", "Officials")]


def test_a_counted_part_of_them_names_its_whole():
    found = claims(
        "Inspectors said they had closed 23 street food stalls since June and that eight of "
        "them had no running water.",
        EN,
    )
    assert found[-1] == ("eight of the 23 street food stalls had no running water", "Inspectors")


def test_a_plural_noun_after_and_before_a_verb_is_a_subject():
    found = claims("Burglaries fell 12 percent, and arrests rose 4 percent, the sheriff said.", EN)
    assert found == [
        ("Burglaries fell 12 percent", "the sheriff"),
        ("arrests rose 4 percent", "the sheriff"),
    ]


def test_citing_a_reason_names_no_speaker():
    assert claims("The ferry line canceled 14 sailings Monday, citing safety concerns.", EN) == [
        ("The ferry line canceled 14 sailings Monday, citing safety concerns", None)
    ]
    assert claims("The army moved 30 tanks north, citing the Defence Ministry.", EN) == [
        ("The army moved 30 tanks north", "the Defence Ministry")
    ]


def test_a_negator_after_a_subjects_relative_clause_negates_the_main_clause():
    found = _claims(
        "Kepala Dinas Perdagangan Kota Solo Rina Astuti menegaskan pedagang yang dipindahkan "
        "tidak dikenai biaya sewa.",
        ID,
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        (
            "pedagang yang dipindahkan tidak dikenai biaya sewa",
            "Kepala Dinas Perdagangan Kota Solo Rina Astuti",
            True,
        )
    ]
    evacuated = _claims("Tenants who were evacuated were not allowed back until Sunday.", EN)
    assert [c.negated for c in evacuated] == [True]
    inside = _claims("Students who were found not eligible for the grant will reapply in May.", EN)
    assert [c.negated for c in inside] == [False]
    kept = _claims("Siswa yang dinyatakan tidak lulus akan mengikuti ujian ulang pada Juli.", ID)
    assert [c.negated for c in kept] == [False]


def test_a_clause_after_dan_may_open_with_a_subjects_relative_clause():
    found = _claims(
        "Pendaftaran beasiswa akan dibuka pekan depan, dan pelamar yang ditolak tidak akan dapat "
        "mendaftar lagi tahun ini.",
        ID,
    )
    assert [(c.text, c.negated, c.hedged) for c in found] == [
        ("Pendaftaran beasiswa akan dibuka pekan depan", False, True),
        ("pelamar yang ditolak tidak akan dapat mendaftar lagi tahun ini", True, True),
    ]


def test_an_appositive_on_a_subject_after_where_and_when():
    found = claims(
        "In a statement, Harlow Mills, the county's largest employer, denied that it had "
        "dumped dye into the creek.",
        EN,
    )
    assert found == [
        ("Harlow Mills is the county's largest employer", None),
        ("Harlow Mills had dumped dye into the creek", "Harlow Mills"),
    ]


def test_state_after_of_is_part_of_a_title():
    found = claims("Secretary of State Mia Long said the embassy will reopen in May.", EN)
    assert found == [("the embassy will reopen in May", "Secretary of State Mia Long")]


def test_a_headlines_comma_joins_two_claims_with_title_case_verbs():
    found = claims("Polisi Ringkus Komplotan Pencuri Kabel, 12 Gulung Tembaga Disita", ID)
    assert found == [
        ("Polisi Ringkus Komplotan Pencuri Kabel", None),
        ("12 Gulung Tembaga Disita", None),
    ]
    # a place after a preposition stays a name, even one that looks like a verb
    assert claims("Tiga Pengedar Ditangkap di Medan, 2 Kilogram Sabu Disita", ID) == [
        ("Tiga Pengedar Ditangkap di Medan", None),
        ("2 Kilogram Sabu Disita", None),
    ]
    # bare verbs a headline writes without their prefix (stop 26)
    assert claims(
        "Harga Emas Tembus Rp2,4 Juta per Gram, Warga Rela Antre Sejak Subuh di Butik Antam", ID
    ) == [
        ("Harga Emas Tembus Rp2,4 Juta per Gram", None),
        ("Warga Rela Antre Sejak Subuh di Butik Antam", None),
    ]


def test_a_headlines_hedge_stays_in_its_own_part():
    found = extract_claims(
        from_text("Diduga Peras 12 Pedagang Pasar, Dua Polisi Gadungan Ditangkap di Tegal"), ID
    )
    assert [(c.text, c.hedged) for c in found][-1] == (
        "Dua Polisi Gadungan Ditangkap di Tegal",
        False,
    )


def test_a_relative_clause_on_a_quotes_speaker_ends_before_where_and_when():
    found = claims(
        "“Sebanyak 860 hotel di Lombok sudah membayar royalti musik,” kata Komisioner Lembaga "
        "Manajemen Kolektif Nasional (LMKN) Sari Wulandari, yang membidangi lisensi, di Mataram, "
        "Rabu.",
        ID,
    )
    assert found[-1] == ("Sari Wulandari membidangi lisensi", None)


def test_a_verb_phrase_after_an_intransitive_verb_keeps_its_own_object_and_subject():
    found = claims(
        "Plafon aula sekolah ambruk saat upacara berlangsung dan melukai lima siswa serta "
        "seorang guru.",
        ID,
    )
    assert found == [
        ("Plafon aula sekolah ambruk saat upacara berlangsung", None),
        ("Plafon aula sekolah melukai lima siswa", None),
        ("Plafon aula sekolah melukai seorang guru", None),
    ]
    seized = claims(
        "Polisi menangkap 12 pemuda dan menyita tiga parang serta dua senapan angin.", ID
    )
    assert seized[-1] == ("Polisi menyita dua senapan angin", None)


def test_a_final_appositive_describing_a_person_is_a_claim_about_the_person():
    found = claims(
        "The district agreed to pay $900,000 to the family of Owen Park, a 16-year-old "
        "sophomore who collapsed at football practice in 2023.",
        EN,
    )
    assert found == [
        ("The district agreed to pay $900,000 to the family of Owen Park", None),
        ("Owen Park is a 16-year-old sophomore who collapsed at football practice in 2023", None),
    ]
    event = claims("Putin arrived in Minsk on Friday, a rare trip since 2019.", EN)
    assert event[-1] == ("Putin arrived in Minsk on Friday, a rare trip since 2019", None)


def test_the_company_names_a_body_from_the_sentence_before_and_alleging_reports():
    found = claims(
        "Tenants of property manager Harbor Point Holdings LLC sued the company on Monday, "
        "alleging it kept $1.2 million in deposits. The company denied that it broke the law.",
        EN,
    )
    assert found == [
        ("Tenants of property manager Harbor Point Holdings LLC sued the company on Monday", None),
        (
            "it kept $1.2 million in deposits",
            "Tenants of property manager Harbor Point Holdings LLC",
        ),
        ("Harbor Point Holdings LLC broke the law", "Harbor Point Holdings LLC"),
    ]


def test_a_change_after_an_object_figure_is_the_figures():
    found = claims(
        "The county sets aside $2.2 million for park repairs, up 6 percent from last year.", EN
    )
    assert found[-1] == ("$2.2 million for park repairs is up 6 percent from last year", None)
    changed = claims("Ticket sales rose to 4,100, up 12 percent.", EN)
    assert changed[-1] == ("Ticket sales up 12 percent", None)
