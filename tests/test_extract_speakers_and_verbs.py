"""Speakers and clauses of the later rounds: titles, trailing attributions at length, verb
phrases after a modal, partitives and corrections (issue 10)."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


# ------------------------------------------------------------ stop 14: speakers and clauses


def test_a_long_indonesian_title_stays_with_its_name_before_a_time_phrase():
    found = claims(
        "Stok beras di gudang Jawa Timur cukup untuk tiga bulan, kata Kepala Bidang "
        "Distribusi Dinas Ketahanan Pangan Provinsi Jawa Timur Slamet Riyadi pada Kamis "
        "(6/3/2025).",
        ID,
    )
    assert found == [
        (
            "Stok beras di gudang Jawa Timur cukup untuk tiga bulan",
            "Kepala Bidang Distribusi Dinas Ketahanan Pangan Provinsi Jawa Timur Slamet Riyadi",
        )
    ]


def test_a_verb_inside_a_capitalised_name_does_not_end_the_speaker():
    found = claims(
        "Kepala Dinas Lingkungan Hidup Kota Malang Ahmad Fauzi mengatakan volume sampah "
        "turun 12 persen.",
        ID,
    )
    assert found == [
        ("volume sampah turun 12 persen", "Kepala Dinas Lingkungan Hidup Kota Malang Ahmad Fauzi")
    ]


def test_an_attribution_inside_the_sentence_covers_the_clause_after_it():
    assert claims(
        "Bus ridership rose 9 percent in March, the transit director said, and two new "
        "routes will open in May.",
        EN,
    ) == [
        ("Bus ridership rose 9 percent in March", "the transit director"),
        ("two new routes will open in May", "the transit director"),
    ]
    assert claims(
        "Jumlah penumpang kereta naik 9 persen, kata Direktur Operasional Rina Wulandari, "
        "dan dua rute baru dibuka pada Mei.",
        ID,
    ) == [
        ("Jumlah penumpang kereta naik 9 persen", "Direktur Operasional Rina Wulandari"),
        ("dua rute baru dibuka pada Mei", "Direktur Operasional Rina Wulandari"),
    ]


def test_while_and_sedangkan_open_a_clause_whose_subject_has_a_prepositional_phrase():
    assert claims(
        "Exports from the port rose 4 percent while imports at the two terminals fell 7 percent.",
        EN,
    ) == [
        ("Exports from the port rose 4 percent", None),
        ("imports at the two terminals fell 7 percent", None),
    ]
    assert claims(
        "Harga cabai di Pasar Beringharjo naik 10 persen, sedangkan harga bawang di pasar "
        "tradisional turun 5 persen.",
        ID,
    ) == [
        ("Harga cabai di Pasar Beringharjo naik 10 persen", None),
        ("harga bawang di pasar tradisional turun 5 persen", None),
    ]


def test_what_a_denier_goes_on_to_say_is_their_claim_and_not_denied():
    found = extract_claims(
        from_text(
            "The school board denied that the district had closed the library, but "
            "acknowledged that its opening hours were cut by half."
        ),
        EN,
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        ("the district had closed the library", "The school board", True),
        ("its opening hours were cut by half", "The school board", False),
    ]
    found = extract_claims(
        from_text(
            "Direktur rumah sakit membantah bahwa pasien ditolak, seraya menegaskan bahwa "
            "ruang IGD sedang penuh."
        ),
        ID,
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        ("pasien ditolak", "Direktur rumah sakit", True),
        ("ruang IGD sedang penuh", "Direktur rumah sakit", False),
    ]


def test_a_source_phrase_keeps_what_describes_the_source():
    assert claims(
        "The plant will cut 300 jobs, according to three people familiar with the plan.", EN
    ) == [("The plant will cut 300 jobs", "three people familiar with the plan")]
    assert claims(
        "Mortgage rates will stay high, according to the state Department of Commerce's "
        "latest outlook.",
        EN,
    ) == [("Mortgage rates will stay high", "the state Department of Commerce's latest outlook")]


def test_a_relative_clause_on_the_speaker_stays_with_the_speaker():
    assert claims(
        "A nurse who treated the patients said the clinic ran out of oxygen twice.", EN
    ) == [("the clinic ran out of oxygen twice", "A nurse who treated the patients")]
    assert claims("What the minister said was not true.", EN) == [
        ("What the minister said was not true", None)
    ]


def test_a_long_titled_name_with_an_aside_is_the_speaker_and_the_aside_is_about_the_person():
    assert claims(
        "Dr. Hana Sato, a virologist at Kyoto University, told reporters that the outbreak "
        "may have peaked.",
        EN,
    ) == [
        ("Hana Sato is a virologist at Kyoto University", None),
        ("the outbreak may have peaked", "Dr. Hana Sato"),
    ]
    assert claims(
        "Pengamat Institute for Development of Economics and Finance (Indef) Rudi Hartono, "
        "yang pernah bekerja di Kementerian Keuangan, menilai defisit anggaran akan melebar.",
        ID,
    ) == [
        ("Rudi Hartono pernah bekerja di Kementerian Keuangan", None),
        (
            "defisit anggaran akan melebar",
            "Pengamat Institute for Development of Economics and Finance (Indef) Rudi Hartono",
        ),
    ]


def test_what_the_subject_says_in_a_participle_after_its_clause_is_its_claim():
    assert claims(
        "The airline grounded six jets on Friday, saying inspections had found cracks in "
        "two engines.",
        EN,
    ) == [
        ("The airline grounded six jets on Friday", None),
        ("inspections had found cracks in two engines", "The airline"),
    ]
    assert claims(
        "Pemerintah daerah menutup jembatan itu, seraya mengatakan bahwa retakan ditemukan "
        "pada dua tiang penyangga.",
        ID,
    ) == [
        ("Pemerintah daerah menutup jembatan itu", None),
        ("retakan ditemukan pada dua tiang penyangga", "Pemerintah daerah"),
    ]


def test_when_it_was_said_is_not_what_was_said():
    assert claims(
        "Governor Lena Ortiz said Monday the state will close two prisons next year.", EN
    ) == [("the state will close two prisons next year", "Governor Lena Ortiz")]


def test_denials_with_a_time_word_or_an_act_and_what_the_denier_said_next():
    found = extract_claims(
        from_text(
            "Mayor Tom Reyes denied accepting gifts from the developer and said he had "
            "reported every meeting to the ethics board."
        ),
        EN,
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        ("Tom Reyes accepting gifts from the developer", "Mayor Tom Reyes", True),
        (
            "Mayor Tom Reyes had reported every meeting to the ethics board",
            "Mayor Tom Reyes",
            False,
        ),
    ]
    found = extract_claims(
        from_text("Kepala Dinas Pendidikan Budi Hartono membantah menerima uang Rp500 juta."), ID
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        ("Budi Hartono menerima uang Rp500 juta", "Kepala Dinas Pendidikan Budi Hartono", True)
    ]
    found = extract_claims(
        from_text("The utility denied Friday that the outage was caused by a cyberattack."), EN
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        ("the outage was caused by a cyberattack", "The utility", True)
    ]


def test_a_speaker_ends_before_when_and_where_it_was_said():
    assert claims(
        "“Stok darah aman hingga Lebaran,” kata Kepala PMI Kota Solo dr. Rina Astuti seusai "
        "rapat di Balai Kota, Senin (3/3/2025).",
        ID,
    ) == [("Stok darah aman hingga Lebaran", "Kepala PMI Kota Solo dr. Rina Astuti")]


def test_a_second_that_clause_and_a_verbless_contrast_are_claims_of_their_own():
    assert claims(
        "Officials said the stadium will open in May, and that ticket prices have doubled.", EN
    )[1] == ("ticket prices have doubled", "Officials")
    assert claims(
        "Bupati Rina Sari mengatakan 300 rumah rusak, sementara dana bantuan hanya Rp2 miliar.",
        ID,
    ) == [
        ("300 rumah rusak", "Bupati Rina Sari"),
        ("dana bantuan hanya Rp2 miliar", "Bupati Rina Sari"),
    ]


def test_a_wish_states_neither_of_its_verb_phrases():
    assert (
        claims(
            "“Kami berharap warga tetap tenang dan menunggu hasil pemeriksaan,” ujar Kapolsek "
            "Tembalang Kompol Andi Saputra.",
            ID,
        )
        == []
    )


def test_a_trailing_speaker_is_who_he_is_in_the_next_sentence():
    assert claims(
        "Corn growers in western Iowa harvested 180 bushels an acre this fall, state "
        "agronomist Lisa Moreno said. Prices are likely to fall through the winter, she added.",
        EN,
    ) == [
        (
            "Corn growers in western Iowa harvested 180 bushels an acre this fall",
            "state agronomist Lisa Moreno",
        ),
        ("Prices are likely to fall through the winter", "state agronomist Lisa Moreno"),
    ]


def test_a_negator_after_a_complete_relative_clause_negates_the_main_clause():
    def negated(text, language):
        return [c.negated for c in extract_claims(from_text(text), language)]

    assert negated(
        "Vaksin yang telah mendapat izin edar dari BPOM sejak 2022 belum masuk program "
        "imunisasi nasional.",
        ID,
    ) == [True]
    assert negated("Penumpang yang tidak terluka dievakuasi ke Stasiun Kroya.", ID) == [False]
    assert negated("Pompa yang sudah tidak berfungsi diganti pada Senin.", ID) == [False]
    assert negated("Workers who were not injured returned to the plant on Monday.", EN) == [False]
    assert negated("Workers who were injured in the blast were not paid for March.", EN) == [True]


# ------------------------------------------------ attributions after the claim, at length


def test_trailing_attribution_by_a_body_whose_name_holds_a_reporting_verb():
    # "state" is a noun here: the attribution is "the state Department of Health said".
    found = claims(
        "No measles cases were found at the school, the state Department of Health said, but "
        "two staff members may have been exposed.",
        EN,
    )
    assert found == [
        ("No measles cases were found at the school", "the state Department of Health"),
        ("two staff members may have been exposed", "the state Department of Health"),
    ]


def test_trailing_attribution_with_an_addressee_or_a_described_document():
    found = claims(
        "The reservoir is at 41 percent of capacity, district engineer Maria Lopez told "
        "reporters Thursday.",
        EN,
    )
    speaker = "district engineer Maria Lopez"
    assert found == [("The reservoir is at 41 percent of capacity", speaker)]
    found = claims(
        "Wheat exports fell 8 percent in 2025, state economist Dr. Paul Brandt noted in a "
        "report released Monday.",
        EN,
    )
    assert found == [("Wheat exports fell 8 percent in 2025", "state economist Dr. Paul Brandt")]


def test_what_a_trailing_speaker_went_on_to_say_is_theirs():
    found = claims(
        "The fare rise will add $2 to a monthly pass, the transit agency said, adding that "
        "it had not raised fares since 2018.",
        EN,
    )
    # a body's "it" is the body
    assert found[1] == ("the transit agency had not raised fares since 2018", "the transit agency")
    found = claims(
        "Perusahaan menutup dua gudang di Bekasi, kata Direktur Operasional Rina Hapsari, "
        "seraya menegaskan tidak ada karyawan yang dirumahkan.",
        ID,
    )
    assert found == [
        ("Perusahaan menutup dua gudang di Bekasi", "Direktur Operasional Rina Hapsari"),
        ("tidak ada karyawan yang dirumahkan", "Direktur Operasional Rina Hapsari"),
    ]


def test_when_it_was_said_is_not_part_of_the_speaker():
    found = claims(
        "Former county clerk Ann Cole on Tuesday denied destroying the ballots, but said she "
        "had kept copies.",
        EN,
    )
    assert {speaker for _, speaker in found} == {"Former county clerk Ann Cole"}


# ------------------------------------------------ verb phrases after a modal, partitives


def test_base_form_verb_phrases_after_a_modal_split_with_the_modal_carried():
    found = claims(
        "The port authority will dredge the north channel this year and extend the container "
        "quay by 300 meters.",
        EN,
    )
    assert found == [
        ("The port authority will dredge the north channel this year", None),
        ("The port authority will extend the container quay by 300 meters", None),
    ]
    # the modal is carried when the second verb is a predicate word too ("cut")
    found = claims("The agency will close two offices and cut 40 jobs.", EN)
    assert found[1] == ("The agency will cut 40 jobs", None)


def test_a_noun_after_and_is_no_verb_phrase():
    # "maintenance" is the verb's second object, not a verb: each claim keeps "will fund"
    found = claims("The ministry will fund repairs and maintenance of rural bridges.", EN)
    assert found and all("The ministry will fund" in text for text, _ in found)


def test_a_partitive_subject_opens_a_clause():
    found = claims(
        "Sebanyak 40 warga dirawat di puskesmas, dan lima di antaranya dirujuk ke rumah sakit.",
        ID,
    )
    assert [text for text, _ in found] == [
        "Sebanyak 40 warga dirawat di puskesmas",
        "lima di antara 40 warga itu dirujuk ke rumah sakit",  # the whole named (stop 19)
    ]
    found = claims("Police questioned 12 people, and three of them were charged.", EN)
    assert [text for text, _ in found] == [
        "Police questioned 12 people",
        "three of the 12 people were charged",  # the whole named (stop 20)
    ]


def test_a_long_institution_name_denies_in_its_own_name():
    found = claims(
        "PT Kereta Api Indonesia (Persero) Daerah Operasi 8 Surabaya membantah bahwa "
        "perjalanan kereta dihentikan selama libur Natal.",
        ID,
    )
    assert found == [
        (
            "perjalanan kereta dihentikan selama libur Natal",
            "PT Kereta Api Indonesia (Persero) Daerah Operasi 8 Surabaya",
        )
    ]


def test_a_reported_would_is_a_prediction():
    found = extract_claims(
        from_text("Senator Ruth Alvarez said the bill would cut property taxes for 2 million."),
        EN,
    )
    assert [(c.text, c.hedged) for c in found] == [
        ("the bill would cut property taxes for 2 million", True)
    ]


def test_a_correction_states_what_is_the_case():
    # "X bukan A, melainkan B": X is not A, and X is B with what B shares carried over
    found = extract_claims(
        from_text(
            "Kepala BPBD Arif Nugroho mengatakan banjir di Kampung Pulo bukan disebabkan "
            "tanggul jebol, melainkan hujan deras semalaman."
        ),
        ID,
    )
    assert [(c.text, c.negated) for c in found] == [
        ("banjir di Kampung Pulo bukan disebabkan tanggul jebol", True),
        ("banjir di Kampung Pulo disebabkan hujan deras semalaman", False),
    ]
    found = claims("Kenaikan harga cabai bukan karena panen gagal, tetapi karena hujan.", ID)
    assert [text for text, _ in found] == [
        "Kenaikan harga cabai bukan karena panen gagal",
        "Kenaikan harga cabai karena hujan",
    ]
    # a clause of its own after "tetapi" is no correction
    found = claims("Harga beras bukan yang tertinggi, tetapi pemerintah menambah impor.", ID)
    assert "Harga beras pemerintah menambah impor" not in [text for text, _ in found]


def test_a_subordinate_clause_gives_no_subject_for_it_to_point_back_to():
    text = (
        "When the river floods, the town closes the bridge. It may take a week, but the road "
        "stays open."
    )
    found = claims(text, EN)
    assert not any(t.startswith("When") for t, _ in found[1:])


def test_an_adjective_made_with_a_negator_negates_nothing():
    found = extract_claims(
        from_text("Biaya perbaikan jembatan Rp 3 miliar diambil dari dana tak terduga."), ID
    )
    assert [c.negated for c in found] == [False]
    found = extract_claims(from_text("Biaya perbaikan jembatan tidak diambil dari APBD."), ID)
    assert [c.negated for c in found] == [True]


def test_an_attribution_set_inside_the_clause_is_taken_out_and_the_clause_goes_on():
    found = claims(
        "Produksi garam di Kabupaten Rembang, kata Kepala Dinas Kelautan Sri Wahyuni, "
        "diperkirakan turun 20 persen tahun ini.",
        ID,
    )
    assert found == [
        (
            "Produksi garam di Kabupaten Rembang diperkirakan turun 20 persen tahun ini",
            "Kepala Dinas Kelautan Sri Wahyuni",
        )
    ]
    found = claims("The new ferry terminal, the port director said, will open in May.", EN)
    assert found == [("The new ferry terminal will open in May", "the port director")]
    # a date after the attribution closes the sentence: nothing goes on
    found = claims("Harga garam naik 5 persen, kata Sri Wahyuni, Senin (3/3/2025).", ID)
    assert found == [("Harga garam naik 5 persen", "Sri Wahyuni")]
    # frequency adverbs are not the speaker
    found = claims("And you very often say, we will cut the budget by $3 billion.", EN)
    assert all(speaker in (None, "you") for _, speaker in found)


def test_a_verb_phrase_after_a_time_phrase_without_a_preposition_keeps_its_subject():
    found = claims(
        "Ekspor kopi Lampung mencapai 110.000 ton pada 2025, dan tahun ini diperkirakan naik "
        "8 persen.",
        ID,
    )
    assert [text for text, _ in found] == [
        "Ekspor kopi Lampung mencapai 110.000 ton pada 2025",
        "Ekspor kopi Lampung tahun ini diperkirakan naik 8 persen",
    ]
    found = claims("The port handled 2 million containers in 2024 and last year added a berth.", EN)
    assert found[1][0] == "The port last year added a berth"


def test_a_sentence_opening_with_while_states_both_clauses():
    found = claims(
        "While the council debated the levy, the county quietly raised its own fees by 6 percent.",
        EN,
    )
    assert [text for text, _ in found] == [
        "the council debated the levy",
        "the county quietly raised its own fees by 6 percent",
    ]


def test_irregular_past_forms_head_a_second_verb_phrase():
    found = claims("The mill has closed its sawmill in Bend and laid off 85 workers.", EN)
    assert [text for text, _ in found] == [
        "The mill has closed its sawmill in Bend",
        "The mill has laid off 85 workers",
    ]


def test_he_inside_a_direct_quote_is_not_the_one_quoted():
    found = claims(
        "“The defendant sold forged permits to 14 builders,” said Ann Wu. “He earned "
        "$600,000 selling forged permits to builders,” she added.",
        EN,
    )
    assert not any(text.startswith("Ann Wu earned") for text, _ in found)


def test_a_list_after_meliputi_gives_a_claim_per_item():
    found = claims(
        "Komoditas unggulan Kabupaten Gayo Lues meliputi kopi, nilam, serai wangi, dan tembakau.",
        ID,
    )
    assert [text for text, _ in found] == [
        "Komoditas unggulan Kabupaten Gayo Lues meliputi kopi",
        "Komoditas unggulan Kabupaten Gayo Lues meliputi nilam",
        "Komoditas unggulan Kabupaten Gayo Lues meliputi serai wangi",
        "Komoditas unggulan Kabupaten Gayo Lues meliputi tembakau",
    ]
    # "distrik" starts like a di- passive but is a noun: it does not stop the list
    found = claims(
        "Wilayah itu meliputi distrik Tolikara, distrik Karubaga, dan distrik Bokondini.", ID
    )
    assert len(found) == 3


def test_a_relative_clause_after_an_attribution_describes_the_speaker_not_the_claim():
    found = claims(
        "Harga garam naik 5 persen, kata Sri Wahyuni, yang juga menjabat Ketua Koperasi Petambak.",
        ID,
    )
    assert ("Harga garam naik 5 persen", "Sri Wahyuni") in found
    assert not any("menjabat" in text for text, _ in found if text.startswith("Harga"))


def test_a_source_after_an_attribution_is_not_the_clause_going_on():
    found = claims(
        "Harga tiket kereta naik 10 persen, lapor kantor berita Antara, mengutip PT KAI.", ID
    )
    assert found == [("Harga tiket kereta naik 10 persen", "kantor berita Antara")]
    found = claims("Fares will rise 4 percent in July, the agency said, citing fuel costs.", EN)
    assert found == [("Fares will rise 4 percent in July", "the agency")]


def test_a_plural_noun_before_a_verb_that_is_no_noun_is_the_subject():
    # "exports" was taken for the verb: "The county's top exports soybeans" came out
    found = claims("The county's top exports include corn, soybeans and pork.", EN)
    assert [text for text, _ in found] == [
        "The county's top exports include corn",
        "The county's top exports include soybeans",
        "The county's top exports include pork",
    ]


def test_a_speaker_phrase_may_hold_where_and_when_it_was_said():
    speaker = "Direktur Jenderal Pajak Kementerian Keuangan Rudy Hartanto"
    assert claims(
        "TEMPO.CO, Jakarta - Direktur Jenderal Pajak Kementerian Keuangan, Rudy Hartanto, di "
        "Jakarta, Kamis (8/10), mengatakan program pengungkapan sukarela tahap ketiga telah "
        "diikuti 41.200 wajib pajak dan menghasilkan penerimaan Rp9,4 triliun hingga akhir "
        "September.",
        ID,
    ) == [
        ("program pengungkapan sukarela tahap ketiga telah diikuti 41.200 wajib pajak", speaker),
        (
            "program pengungkapan sukarela tahap ketiga telah menghasilkan penerimaan Rp9,4 "
            "triliun hingga akhir September",
            speaker,
        ),
    ]


def test_menurutnya_is_according_to_the_person_last_named():
    speaker = "Direktur Utama Dana Pensiun Pelita Nusantara Hendra Gunawan"
    found = claims(
        "Direktur Utama Dana Pensiun Pelita Nusantara, Hendra Gunawan, menepis kabar bahwa "
        "lembaganya gagal membayar manfaat pensiun. Menurutnya, pembayaran hanya tertunda tiga "
        "hari akibat gangguan sistem perbankan.",
        ID,
    )
    assert found[-1] == (
        "pembayaran hanya tertunda tiga hari akibat gangguan sistem perbankan",
        speaker,
    )


def test_a_long_office_before_a_comma_name_and_a_prefixed_verbs_object_is_no_speaker():
    speaker = "Direktur Utama PT Tol Batang Semarang Nusantara Fajar Nugroho"
    assert claims(
        "Direktur Utama PT Tol Batang Semarang Nusantara, Fajar Nugroho, mengatakan tarif itu "
        "akan naik Rp3.500.",
        ID,
    ) == [("tarif itu akan naik Rp3.500", speaker)]
    # "…, menjelaskan rencana …": what is explained, not who explains; "jelasnya" after it is
    # the named director
    found = claims(
        "Direktur Utama PT Tol Batang Semarang Nusantara, Fajar Nugroho, menjelaskan rencana "
        "penyesuaian tarif di ruas tol tersebut. Tarif itu akan naik Rp3.500, jelasnya.",
        ID,
    )
    assert found[-1] == ("Tarif itu akan naik Rp3.500", speaker)


def test_a_reported_clause_may_have_no_verb_but_a_figure():
    assert claims(
        "Arief menyebutkan stok cadangan beras pemerintah saat ini sekitar 1,2 juta ton.", ID
    ) == [("stok cadangan beras pemerintah saat ini sekitar 1,2 juta ton", "Arief")]
