"""Constructions a reader splits (or keeps whole) the same way every time, each tested with
real news sentences in Indonesian and English (issue 10): verb phrases, coordination inside a
noun phrase, speakers, clauses, sources, negation, concessions, relative clauses."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


# ------------------------------------------------------------ verb phrases in the present


def test_present_tense_verb_phrases_split_with_the_subject_carried():
    found = claims(
        "Mayor Linda Ocampo said the plan adds 12 new police officers and restores weekend "
        "hours at all three public libraries.",
        EN,
    )
    assert found == [
        ("the plan adds 12 new police officers", "Mayor Linda Ocampo"),
        ("the plan restores weekend hours at all three public libraries", "Mayor Linda Ocampo"),
    ]


def test_plural_nouns_are_not_taken_for_verbs():
    found = claims("Riverton's water rates are the highest in the state.", EN)
    assert found == [("Riverton's water rates are the highest in the state", None)]
    found = claims("The cuts of the last decade left the city with 40 fewer teachers.", EN)
    assert found == [("The cuts of the last decade left the city with 40 fewer teachers", None)]


# ------------------------------------------------ coordination inside one noun phrase


def test_a_coordinated_modifier_keeps_the_noun_phrase_whole():
    for text, language in (
        ("The council approved $3 million for street and road maintenance.", EN),
        ("The budget pays for research and development programs.", EN),
        ("Pemerintah menyediakan Rp 2 triliun untuk pemeliharaan jalan dan jembatan.", ID),
    ):
        assert len(claims(text, language)) == 1, text


def test_coordinated_objects_with_heads_of_their_own_still_split():
    assert claims("Russia supplied missiles and air defence systems.", EN) == [
        ("Russia supplied missiles", None),
        ("Russia supplied air defence systems", None),
    ]
    assert claims("Pemerintah mengirim 500 tentara dan amunisi ke perbatasan.", ID) == [
        ("Pemerintah mengirim 500 tentara ke perbatasan", None),
        ("Pemerintah mengirim amunisi ke perbatasan", None),
    ]


# ----------------------------------------------------------------------------- speakers


def test_a_title_before_a_name_belongs_to_who_denies():
    found = extract_claims(
        from_text(
            "Finance Director Priya Nair denied that the city had borrowed money to cover the "
            "shortfall."
        ),
        EN,
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        ("the city had borrowed money to cover the shortfall", "Finance Director Priya Nair", True)
    ]
    found = extract_claims(
        from_text(
            "Kepala Bulog Budi Waseso membantah bahwa pemerintah mengimpor beras dari Vietnam."
        ),
        ID,
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        ("pemerintah mengimpor beras dari Vietnam", "Kepala Bulog Budi Waseso", True)
    ]


def test_a_relative_clause_on_the_speaker_is_the_authors_claim_about_them():
    assert claims(
        "Councilman Derek Hale, who voted against the plan, said Riverton's water rates are the "
        "highest in the state.",
        EN,
    ) == [
        ("Derek Hale voted against the plan", None),
        ("Riverton's water rates are the highest in the state", "Councilman Derek Hale"),
    ]
    assert claims(
        "Budi Waseso, yang menjabat Kepala Bulog sejak 2018, mengatakan stok beras mencapai 1,2 "
        "juta ton.",
        ID,
    ) == [
        ("Budi Waseso menjabat Kepala Bulog sejak 2018", None),
        ("stok beras mencapai 1,2 juta ton", "Budi Waseso"),
    ]


def test_a_relative_clause_on_any_subject_is_left_out_of_its_clause():
    assert claims("Hale, who voted against the plan, called the vote a mistake.", EN) == [
        ("Hale voted against the plan", None),
        ("Hale called the vote a mistake", None),
    ]


def test_an_appositive_on_the_speaker_is_a_claim_with_a_copula():
    assert claims(
        "Priya Nair, the city's finance director, said the shortfall was $2 million.", EN
    ) == [
        ("Priya Nair is the city's finance director", None),
        ("the shortfall was $2 million", "Priya Nair"),
    ]
    assert claims(
        "Slamet, seorang petani di Karawang, mengatakan harga gabah turun menjadi Rp 5.000 per "
        "kilogram.",
        ID,
    ) == [
        ("Slamet adalah seorang petani di Karawang", None),
        ("harga gabah turun menjadi Rp 5.000 per kilogram", "Slamet"),
    ]


def test_a_time_or_place_phrase_after_the_attribution_is_not_part_of_the_claim():
    for text, language, speaker in (
        (
            "Harga beras naik 10 persen sejak Januari, kata Menteri Perdagangan pada hari Rabu.",
            ID,
            "Menteri Perdagangan",
        ),
        ("Impor gula naik 20 persen, kata Menteri Perdagangan Rabu.", ID, "Menteri Perdagangan"),
        (
            "Stok beras nasional mencapai 1,2 juta ton, ujar Kepala Bulog Budi Waseso kepada "
            "wartawan di Jakarta, Selasa (12/3).",
            ID,
            "Kepala Bulog Budi Waseso",
        ),
        (
            "The city borrowed $5 million last year, the finance director said on Wednesday.",
            EN,
            "the finance director",
        ),
        (
            "Unemployment fell to 4 percent, Deputy Finance Minister Anna Lee said.",
            EN,
            "Deputy Finance Minister Anna Lee",
        ),
    ):
        [(claim, said_by)] = claims(text, language)
        assert said_by == speaker, text
        assert claim == text[: text.index(", ", text.index(" "))], text


def test_ujarnya_names_the_last_person():
    assert claims(
        "Presiden Joko Widodo meresmikan bendungan itu pada 2021. Bendungan itu mengairi 5.000 "
        "hektare sawah, ujarnya.",
        ID,
    )[-1] == ("Bendungan itu mengairi 5.000 hektare sawah", "Presiden Joko Widodo")


# ------------------------------------------------------------------- clauses and verbs


def test_a_verb_phrase_after_a_time_phrase_carries_the_subject():
    found = claims(
        "Kota itu terletak di Provinsi Jawa Barat dan pada tahun 2020 memiliki penduduk 73.438 "
        "jiwa.",
        ID,
    )
    assert found[1] == ("Kota itu pada tahun 2020 memiliki penduduk 73.438 jiwa", None)
    found = claims("The company closed its Ohio plant and in 2019 opened a second one.", EN)
    assert found[1] == ("The company in 2019 opened a second one", None)


def test_two_verbs_sharing_one_object_each_get_it():
    assert claims("Ekosistem mangrove mampu menyerap dan menyimpan karbon.", ID) == [
        ("Ekosistem mangrove mampu menyerap karbon", None),
        ("Ekosistem mangrove mampu menyimpan karbon", None),
    ]
    assert claims("Pelaku ditangkap dan diserahkan ke polisi.", ID) == [
        ("Pelaku ditangkap", None),
        ("Pelaku diserahkan ke polisi", None),
    ]
    assert claims("The county manager was arrested and charged with battery.", EN) == [
        ("The county manager was arrested", None),
        ("The county manager was charged with battery", None),
    ]


def test_kata_after_a_verb_is_the_noun_word():
    found = claims("Warga mendengar kata evakuasi dari pengeras suara masjid pada pukul 05.00.", ID)
    assert found == [
        ("Warga mendengar kata evakuasi dari pengeras suara masjid pada pukul 05.00", None)
    ]


def test_a_bare_verb_after_plans_to_stays_under_it():
    assert claims(
        "The school district plans to close two elementary schools and cut 45 teaching positions.",
        EN,
    ) == [
        ("The school district plans to close two elementary schools", None),
        ("The school district plans to cut 45 teaching positions", None),
    ]
    assert claims("The city wants to build 300 homes and has bought the land.", EN)[1] == (
        "The city has bought the land",
        None,
    )


def test_an_auxiliary_is_carried_in_indonesian_too():
    found = extract_claims(
        from_text(
            "Pemerintah akan menaikkan harga BBM dan menambah subsidi untuk angkutan umum, kata "
            "Menteri Energi pada hari Senin."
        ),
        ID,
    )
    assert [(c.text, c.speaker, c.hedged) for c in found] == [
        ("Pemerintah akan menaikkan harga BBM", "Menteri Energi", True),
        ("Pemerintah akan menambah subsidi untuk angkutan umum", "Menteri Energi", True),
    ]


def test_a_month_is_no_hedge():
    [claim] = extract_claims(from_text("Smith met the auditors in May."), EN)
    assert not claim.hedged
    [claim] = extract_claims(from_text("Smith may meet the auditors."), EN)
    assert claim.hedged


def test_an_unresolved_pronoun_speaker_is_the_pronoun():
    assert claims("He said the payments were never made.", EN) == [
        ("the payments were never made", "He")
    ]
    assert claims("Mereka mengatakan pembayaran itu tidak pernah dilakukan.", ID) == [
        ("pembayaran itu tidak pernah dilakukan", "Mereka")
    ]


def test_a_clause_after_a_comma_and_a_coordinator_splits():
    assert claims(
        "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram, "
        "sementara harga bawang merah turun 10 persen.",
        ID,
    ) == [
        ("Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram", None),
        ("harga bawang merah turun 10 persen", None),
    ]
    assert claims("Revenue rose 4 percent, but spending grew 9 percent.", EN) == [
        ("Revenue rose 4 percent", None),
        ("spending grew 9 percent", None),
    ]


def test_a_noun_with_a_verb_prefix_after_a_number_is_an_object():
    assert claims("Polisi menangkap tiga tersangka dan menyita 5 kilogram sabu.", ID) == [
        ("Polisi menangkap tiga tersangka", None),
        ("Polisi menyita 5 kilogram sabu", None),
    ]


def test_a_contracted_pronoun_after_but_opens_a_clause_of_its_own():
    assert claims("So I want to do something, but it's got to be done intelligently.", EN) == [
        ("So I want to do something", None),
        ("it's got to be done intelligently", None),
    ]


def test_no_aside_after_a_pronoun_or_a_subordinate_clause():
    for text in (
        "We call that the American Dream, although, it's built on the universal dream of a "
        "better life.",
        "If elected president, I will expand Social Security benefits for 60 million seniors.",
    ):
        assert not any(" is " in claim for claim, _ in claims(text, EN)), text


# ------------------------------------------------------------- sources without a voice


def test_evidence_verbs_attribute_a_reported_clause_to_their_subject():
    assert claims(
        "Kendati demikian, hasil pemodelan BMKG menunjukkan bahwa gempa bumi ini tidak "
        "berpotensi tsunami.",
        ID,
    ) == [("gempa bumi ini tidak berpotensi tsunami", "hasil pemodelan BMKG")]
    assert claims("The audit found the city had overpaid contractors by $2 million.", EN) == [
        ("the city had overpaid contractors by $2 million", "The audit")
    ]


def test_an_evidence_verb_with_a_thing_for_object_reports_nothing():
    [(claim, speaker)] = claims(
        "Sebuah tim peneliti dari The University of Glasgow mengungkap kaitan antara dampak "
        "jangka panjang dengan lama rawat inap pasien COVID-19.",
        ID,
    )
    assert speaker is None and claim.startswith("Sebuah tim peneliti")
    [(claim, speaker)] = claims("The ministry reported 40 new cases on Monday.", EN)
    assert speaker is None and claim.startswith("The ministry reported")


def test_kata_and_ujar_never_follow_their_speaker():
    [(claim, speaker)] = claims(
        "Evidence Summit merupakan tindak lanjut dari kajian bersama antara AIPI dan NAS.", ID
    )
    assert speaker is None and claim.startswith("Evidence Summit merupakan tindak lanjut")


def test_dilaporkan_hedges_rather_than_attributes():
    [claim] = extract_claims(
        from_text("Google dilaporkan menghapus 100 aplikasi di Google Play Store."), ID
    )
    assert claim.speaker is None and claim.hedged


def test_an_open_question_is_not_a_claim():
    assert claims("Tidak segera jelas kapan pasukan itu akan mulai berlatih.", ID) == []
    assert claims("It is unclear when regulators will decide on the vaccine.", EN) == []


def test_a_trailing_source_keeps_its_bracketed_abbreviation_and_description():
    assert claims(
        "Inflasi tahunan pada Oktober 2026 tercatat 2,4 persen, menurut Badan Pusat Statistik "
        "(BPS).",
        ID,
    ) == [("Inflasi tahunan pada Oktober 2026 tercatat 2,4 persen", "Badan Pusat Statistik (BPS)")]
    assert claims(
        "The new stadium could cost taxpayers as much as $600 million, according to an "
        "independent audit released Wednesday.",
        EN,
    ) == [("The new stadium could cost taxpayers as much as $600 million", "an independent audit")]


# ---------------------------------------------------------------------------- negation


def negated(text, language):
    return [c.negated for c in extract_claims(from_text(text), language)]


def test_a_negator_in_a_relative_clause_does_not_negate_the_claim():
    assert negated(
        "Selera Tiongkok yang tak pernah terpuaskan terhadap ayam goreng merupakan alasan besar "
        "investor mencintai Yum Brands.",
        ID,
    ) == [False]
    assert negated(
        "The agency released 300 people who were not detained for deportation in 2015.", EN
    ) == [False]


def test_a_demonstrative_closes_the_relative_clause_before_the_main_negator():
    assert negated(
        "Pasokan beras yang masuk ke pasar induk itu tidak berkurang dibandingkan bulan lalu.", ID
    ) == [True]
    assert negated("Warga yang tidak terdaftar itu ikut mencoblos di dua TPS.", ID) == [False]


def test_a_purpose_clause_or_a_phrase_negator_does_not_negate_the_claim():
    assert negated(
        "Pada tahun 1538, Penyelidikan Spanyol mengingatkan anggotanya untuk tidak mempercayai "
        "Malleus.",
        ID,
    ) == [False]
    assert negated("Sang pemain keyboard tanpa disangka memainkan lagu daerah Jawa.", ID) == [False]
    assert negated("The senator decided not to run for a third term in 2018.", EN) == [False]
    assert negated("Rusia tidak tertarik dengan merger apa pun.", ID) == [True]


# ------------------------------------------------------------------------- concessions


def test_a_leading_concession_is_a_claim_of_its_own():
    assert claims(
        "Kendati gempa bumi ini berlokasi di laut, hasil pemodelan BMKG menunjukkan bahwa gempa "
        "bumi ini tidak berpotensi tsunami.",
        ID,
    ) == [
        ("gempa bumi ini berlokasi di laut", None),
        ("gempa bumi ini tidak berpotensi tsunami", "hasil pemodelan BMKG"),
    ]
    assert claims(
        "Although the council approved the budget, Mayor Linda Ocampo said the city will borrow "
        "$5 million.",
        EN,
    ) == [
        ("the council approved the budget", None),
        ("the city will borrow $5 million", "Mayor Linda Ocampo"),
    ]


def test_a_concession_without_a_subject_is_no_claim_but_leaves_the_clause():
    assert claims(
        "Lukashenko mengatakan bahwa, meskipun ada “beberapa titik sulit”, Belarusia dan Rusia "
        "telah berhasil menanggapi semua ancaman.",
        ID,
    ) == [("Belarusia dan Rusia telah berhasil menanggapi semua ancaman", "Lukashenko")]


# --------------------------------------------------- relative clauses describing a name


def test_a_relative_clause_after_a_name_is_the_authors_claim_about_it():
    assert claims(
        "Pimpinan Eksekutif kontes ini adalah Svante Stockselius, yang juga merupakan kepala "
        "bidang dari Steering Group.",
        ID,
    ) == [
        ("Pimpinan Eksekutif kontes ini adalah Svante Stockselius", None),
        ("Svante Stockselius juga merupakan kepala bidang dari Steering Group", None),
    ]
    assert claims(
        "The mayor compared the plan with the Trump Foundation, which took money from donors "
        "and bought a six-foot portrait.",
        EN,
    ) == [
        ("The mayor compared the plan with the Trump Foundation", None),
        ("the Trump Foundation took money from donors", None),
        ("the Trump Foundation bought a six-foot portrait", None),
    ]


def test_a_relative_clause_inside_a_denied_clause_is_taken_out_of_it():
    found = extract_claims(
        from_text(
            "Mayweather menepis anggapan bahwa McGregor, yang merupakan petarung kidal, mungkin "
            "menyebabkan masalah baginya."
        ),
        ID,
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        ("McGregor mungkin menyebabkan masalah baginya", "Mayweather", True),
        ("McGregor merupakan petarung kidal", None, False),
    ]


def test_the_claim_about_a_titled_speaker_names_the_person():
    assert claims(
        "Wali Kota Surabaya Dimas Prasetyo, yang baru dilantik bulan lalu, mengatakan pemkot akan "
        "membangun 15 taman kota baru.",
        ID,
    ) == [
        ("Dimas Prasetyo baru dilantik bulan lalu", None),
        ("pemkot akan membangun 15 taman kota baru", "Wali Kota Surabaya Dimas Prasetyo"),
    ]


def test_a_later_clause_reports_in_its_own_voice():
    assert claims(
        "Revenue rose 4 percent, and the treasurer said spending fell 2 percent.", EN
    ) == [
        ("Revenue rose 4 percent", None),
        ("spending fell 2 percent", "the treasurer"),
    ]
    assert claims(
        "Harga beras naik 5 persen, sementara Kepala Bulog Budi Waseso mengatakan stok beras "
        "mencapai 1,2 juta ton.",
        ID,
    ) == [
        ("Harga beras naik 5 persen", None),
        ("stok beras mencapai 1,2 juta ton", "Kepala Bulog Budi Waseso"),
    ]


def test_a_pronoun_becomes_a_named_speaker_only():
    found = claims("Putin mengatakan dia tidak berniat mengirim tentara ke Ukraina.", ID)
    assert found == [("Putin tidak berniat mengirim tentara ke Ukraina", "Putin")]
    found = claims("A spokesman said he had resigned from the board in 2019.", EN)
    assert found == [("he had resigned from the board in 2019", "A spokesman")]


def test_a_verb_phrase_after_a_comma_carries_the_subject():
    assert claims(
        "APBD Kota Bandung 2027 ditetapkan sebesar Rp 7,4 triliun, naik 5,2 persen dibandingkan "
        "tahun sebelumnya.",
        ID,
    ) == [
        ("APBD Kota Bandung 2027 ditetapkan sebesar Rp 7,4 triliun", None),
        ("APBD Kota Bandung 2027 naik 5,2 persen dibandingkan tahun sebelumnya", None),
    ]


def test_an_existential_clause_carries_no_subject():
    found = claims(
        "Kasus demam berdarah naik dua kali lipat dibanding tahun lalu, tetapi belum ada pasien "
        "yang meninggal di Bekasi.",
        ID,
    )
    assert found == [
        ("Kasus demam berdarah naik dua kali lipat dibanding tahun lalu", None),
        ("belum ada pasien yang meninggal di Bekasi", None),
    ]


def test_an_opinion_is_not_a_claim():
    assert claims("“Saya yakin tim kita bisa juara musim ini,” kata pelatih Persib.", ID) == []
    assert claims("I think we will win Ohio by 10 points.", EN) == []


def test_a_final_appositive_with_the_describes_the_clause():
    found = claims(
        "Election officials said turnout reached 61 percent, the highest for a midterm since 1994.",
        EN,
    )
    assert found == [
        ("turnout reached 61 percent", "Election officials"),
        ("turnout, at 61 percent, was the highest for a midterm since 1994", "Election officials"),
    ]


def test_a_relative_clause_on_a_name_in_object_position_runs_to_the_end():
    found = claims(
        "Pimpinan kontes ini adalah Svante Stockselius, yang memimpin Steering Group, menentukan "
        "penyiar, dan memantau produksi.",
        ID,
    )
    assert found[0] == ("Pimpinan kontes ini adalah Svante Stockselius", None)
    assert all(text.startswith("Svante Stockselius") for text, _ in found[1:])


def test_a_wish_or_duty_of_the_speaker_is_not_a_claim():
    for text, language in (
        ("I want to break up the Wall Street banks.", EN),
        ("Now we've got to get individual costs down.", EN),
        ("Kami ingin membangun 100 sekolah baru di Papua.", ID),
        ("Hendaknya para gembala mempertimbangkan aspirasi kaum awam.", ID),
    ):
        assert claims(text, language) == [], text
    assert claims("The mayor wants to build 300 homes by 2027.", EN) != []


def test_nothing_to_do_with_negates_not_to_run_does_not():
    assert negated("I have nothing to do with Russia.", EN) == [True]
    assert negated("The senator decided not to run for a third term in 2018.", EN) == [False]


def test_when_the_words_were_said_is_not_the_speaker():
    found = claims(
        "Hillary Clinton six months ago said the vets are being treated essentially just fine, "
        "there's no real problem.",
        EN,
    )
    assert found[0] == ("the vets are being treated essentially just fine", "Hillary Clinton")
    assert found[1] == ("there's no real problem", "Hillary Clinton")


def test_a_free_relative_is_no_speaker():
    found = claims(
        "Let me agree with much of what the secretary said, but we differ on the war in Iraq.", EN
    )
    assert all(speaker is None for _, speaker in found)


def test_a_verb_after_an_appositive_comma_is_not_a_new_verb_phrase():
    found = claims(
        "Irene menjelaskan, bahwa dirinya tidak pernah mengetahui hal ini, sampai kakaknya, "
        "Paula, memberitahunya.",
        ID,
    )
    assert found == [
        ("Irene tidak pernah mengetahui hal ini, sampai kakaknya, Paula, memberitahunya", "Irene")
    ]


def test_a_pronouns_statement_without_a_name_or_number_is_not_checkable():
    assert claims("Well, that just wasn't the fact.", EN) == []
    assert claims("It was lies, and it was fiction.", EN) == []
    assert claims("It cost the city $4 million in 2019.", EN) != []
