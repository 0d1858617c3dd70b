"""Stop 21's extraction rules (issue 10): zero subjects, outlets and media of a statement,
long titled speakers, and documents whose author follows them."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def _negated(text: str, language) -> list[tuple[str, bool]]:  # noqa: ANN001
    return [(c.text, c.negated) for c in extract_claims(from_text(text), language)]


def test_a_negated_subject_opens_a_clause_of_its_own():
    assert _negated("The fire destroyed 12 homes and no resident was hurt.", EN) == [
        ("The fire destroyed 12 homes", False),
        ("no resident was hurt", True),
    ]
    paid = "All missing pay will be deposited by Friday, he added, and no employee was overpaid."
    assert [text for text, _ in claims(paid, EN)] == [
        "All missing pay will be deposited by Friday",
        "no employee was overpaid",
    ]
    fire = "Kebakaran itu menghanguskan 12 rumah, dan tidak seorang pun terluka, kata Kapolsek Budi"
    assert claims(fire + ".", ID) == [
        ("Kebakaran itu menghanguskan 12 rumah", "Kapolsek Budi"),
        ("tidak seorang pun terluka", "Kapolsek Budi"),
    ]
    # an object's "no" is no clause
    assert _negated("The plan has no money and no support.", EN) == [
        ("The plan has no money", True),
        ("The plan has no support", True),
    ]


def test_a_count_of_zero_is_a_claim_however_short():
    assert _negated("Tidak seorang pun terluka dalam kejadian itu.", ID) == [
        ("Tidak seorang pun terluka dalam kejadian itu", True)
    ]


def test_the_outlet_a_report_came_through_is_not_its_speaker():
    review = (
        "Pengulas bernama Dimas Arya itu membantah mengarang ulasannya dan menyebut dirinya "
        "membayar Rp412.000 untuk makanan yang ia ulas, seperti dilansir Antara, Senin (16/3/2026)."
    )
    found = extract_claims(from_text(review), ID)
    assert {c.speaker for c in found} == {"Dimas Arya"}
    assert [(c.negated, "Antara" in c.text) for c in found] == [(True, False), (False, False)]
    # with no speaker of its own, the clause is the outlet's
    assert claims("Harga beras naik 5 persen, seperti dilansir Antara, Senin (16/3/2026).", ID) == [
        ("Harga beras naik 5 persen", "Antara")
    ]
    quoted = "Menteri Budi mengatakan harga beras naik 5 persen, seperti dikutip dari Antara."
    assert claims(quoted, ID) == [("harga beras naik 5 persen", "Menteri Budi")]


def test_a_named_noun_keeps_its_verb_when_it_is_the_predicate():
    assert claims("Anaknya bernama Budi.", ID) == [("Anaknya bernama Budi", None)]


def test_the_medium_between_speaker_and_verb_is_not_the_speaker():
    qris = (
        "Kantor Perwakilan Bank Indonesia Provinsi Sumatera Barat dalam keterangan tertulis, "
        "Jumat (5/6/2026), menyebut jumlah pedagang pasar tradisional yang menerima pembayaran "
        "QRIS mencapai 18.240 orang per Mei 2026, naik 62 persen dibanding Mei tahun lalu."
    )
    speaker = "Kantor Perwakilan Bank Indonesia Provinsi Sumatera Barat"
    assert claims(qris, ID) == [
        (
            "jumlah pedagang pasar tradisional yang menerima pembayaran QRIS mencapai 18.240 "
            "orang per Mei 2026",
            speaker,
        ),
        (
            "jumlah pedagang pasar tradisional yang menerima pembayaran QRIS naik 62 persen "
            "dibanding Mei tahun lalu",
            speaker,
        ),
    ]
    assert claims("Polisi dalam laporan itu menyebut 12 orang ditangkap.", ID) == [
        ("12 orang ditangkap", "Polisi")
    ]
    assert claims("The ministry in a statement said 12 people were arrested.", EN) == [
        ("12 people were arrested", "The ministry")
    ]
    # a request in a letter reports nothing
    assert claims("Warga dalam surat itu meminta jalan diperbaiki.", ID)[0][1] is None


def test_an_office_name_with_commas_and_brackets_before_the_name_is_one_speaker():
    text = (
        "Direktur Pelacakan Aset, Pengelolaan Barang Bukti dan Eksekusi (Labuksi) KPK, Hendra "
        "Wiguna, memaparkan hasil lelang barang rampasan di Gedung Merah Putih KPK.\n"
        "Ia menyebut 14 mobil terjual senilai Rp21,6 miliar."
    )
    found = claims(text, ID)
    assert found[-1][0] == "14 mobil terjual senilai Rp21,6 miliar"
    assert found[-1][1].endswith("KPK Hendra Wiguna")  # "Ia" is the director
    assert found[-1][1].startswith("Direktur Pelacakan Aset")


def test_a_documents_author_after_when_it_was_released():
    audit = (
        "State agencies that ordered employees back to the office five days a week lost 19% of "
        "their staff within a year, while agencies that kept hybrid schedules lost 11%, a report "
        "released Wednesday by the Wisconsin Legislative Audit Bureau found."
    )
    bureau = "the Wisconsin Legislative Audit Bureau"
    assert claims(audit, EN) == [
        (
            "State agencies that ordered employees back to the office five days a week lost 19% "
            "of their staff within a year",
            bureau,
        ),
        ("agencies that kept hybrid schedules lost 11%", bureau),
    ]
    # a document word inside a body's name is the name's
    assert claims("Cases rose 4%, a state health department report released Monday found.", EN) == [
        ("Cases rose 4%", "state health department")
    ]


def test_a_concession_by_the_speaker_is_what_they_did_not_what_they_said():
    paper = (
        "Publisher Marcy Okafor said 14 of the paper's 22 newsroom jobs will be kept, though she "
        "declined to say how many subscribers the Ledger still has."
    )
    assert claims(paper, EN) == [
        ("14 of the paper's 22 newsroom jobs will be kept", "Publisher Marcy Okafor"),
        ("Publisher Marcy Okafor declined to say how many subscribers the Ledger still has", None),
    ]
    schools = (
        "Kepala Dinas Budi Santoso mengatakan 12 sekolah akan ditutup, meski ia menolak menyebut "
        "nama sekolah tersebut."
    )
    assert claims(schools, ID)[-1] == (
        "Kepala Dinas Budi Santoso menolak menyebut nama sekolah tersebut",
        None,
    )
    # a concession about someone else, or what the speaker went on to say, stays theirs
    fled = "Police said the suspect fled, though he was later arrested in Ohio."
    assert not any(text.startswith("Police was") for text, _ in claims(fled, EN))
    warned = "Economist Anna Berg said prices rose 4%, though she warned that growth could slow."
    assert {speaker for _, speaker in claims(warned, EN)} == {"Economist Anna Berg"}


def test_a_result_participle_after_a_perfect_is_a_claim_of_the_subject():
    portal = (
        "The city's new online permit portal has processed 2,930 applications since it launched "
        "in August, cutting the average wait for a fence permit from 19 days to four, said "
        "Planning Director Gwen Abara."
    )
    director = "Planning Director Gwen Abara"
    assert claims(portal, EN) == [
        (
            "The city's new online permit portal has processed 2,930 applications since it "
            "launched in August",
            director,
        ),
        (
            "The city's new online permit portal cut the average wait for a fence permit from 19 "
            "days to four",
            director,
        ),
    ]
    # a future is no perfect: nothing has happened
    assert len(claims("The city will hire 40 officers, bringing the force to 300.", EN)) == 1


def test_a_season_makes_a_pledge_a_dated_claim():
    found = extract_claims(from_text('"We will add electrical permits by spring," she said.'), EN)
    assert [(c.text, c.hedged) for c in found] == [
        ("We will add electrical permits by spring", True)
    ]


def test_a_negator_after_a_relative_clause_with_its_object_is_the_main_clauses():
    medan = (
        "Seluruh tempat hiburan malam di Kota Medan wajib tutup selama Ramadan, yang tahun ini "
        "dimulai 19 Februari 2026, dan 12 tempat karaoke yang melanggar aturan serupa tahun lalu "
        "tidak akan diberi izin perpanjangan, ujar Kepala Satpol PP Kota Medan Rudi Siregar."
    )
    found = extract_claims(from_text(medan), ID)
    assert [(c.text, c.negated) for c in found] == [
        ("Seluruh tempat hiburan malam di Kota Medan wajib tutup selama Ramadan", False),
        ("Ramadan tahun ini dimulai 19 Februari 2026", False),
        (
            "12 tempat karaoke yang melanggar aturan serupa tahun lalu tidak akan diberi izin "
            "perpanjangan",
            True,
        ),
    ]
    # inside the relative clause, the negator is the relative's
    assert _negated("Pedagang yang tidak mendapat kios akan direlokasi.", ID)[0][1] is False


def test_a_trailing_speaker_with_a_long_office_name():
    ojk = (
        "OJK mencabut izin PT Koinnusa, tetapi dana nasabah tidak dibekukan, tegas Kepala "
        "Eksekutif Pengawas Inovasi Teknologi Sektor Keuangan, Aset Keuangan Digital dan Aset "
        "Kripto OJK Rahmat Sudibyo."
    )
    found = claims(ojk, ID)
    assert [text for text, _ in found] == [
        "OJK mencabut izin PT Koinnusa",
        "dana nasabah tidak dibekukan",
    ]
    assert {speaker for _, speaker in found} == {
        "Kepala Eksekutif Pengawas Inovasi Teknologi Sektor Keuangan Aset Keuangan Digital dan "
        "Aset Kripto OJK Rahmat Sudibyo"
    }


def test_when_it_was_said_after_the_verb_is_not_what_was_said():
    found = claims(
        "Video game publisher Ironbark Interactive said on Wednesday it would delay its flagship "
        "title to 2027 and cut about 6% of its 3,100 employees.",
        EN,
    )
    assert [text for text, _ in found] == [
        "Video game publisher Ironbark Interactive would delay its flagship title to 2027",
        "Video game publisher Ironbark Interactive would cut about 6% of its 3,100 employees",
    ]


def test_the_last_plural_of_a_list_is_no_verb():
    found = claims(
        "Superintendent Karen Oduya said the district will spend about $85,000 replacing "
        "uniforms and signs, and students could vote on a new name in January.",
        EN,
    )
    assert [text for text, _ in found] == [
        "the district will spend about $85,000 replacing uniforms and signs",
        "students could vote on a new name in January",
    ]
    assert [text for text, _ in claims("The company makes cars and sells them.", EN)] == [
        "The company makes cars",
        "The company sells them",
    ]


def test_a_description_then_the_name_it_describes():
    fugitive = (
        "Buronan kasus pembunuhan di Medan, Rendra Halim (41), dipulangkan dari Kuala Lumpur "
        "setelah 14 bulan melarikan diri dan langsung diserahkan ke Polda Sumatera Utara."
    )
    assert [text for text, _ in claims(fugitive, ID)] == [
        "Rendra Halim adalah Buronan kasus pembunuhan di Medan",
        "Rendra Halim dipulangkan dari Kuala Lumpur setelah 14 bulan melarikan diri",
        "Rendra Halim langsung diserahkan ke Polda Sumatera Utara",
    ]
    # a place and its district, and a speaker's title, are no such description
    village = (
        "Sebanyak 43 warga Desa Sukamulya, Kecamatan Cibatu, mengalami keracunan setelah "
        "menyantap nasi kotak."
    )
    assert claims(village, ID)[0][0].startswith("Sebanyak 43 warga Desa Sukamulya")
    lawyer = (
        "Kuasa hukum terdakwa, Maria Simanjuntak, menampik tuduhan bahwa kliennya menerima suap."
    )
    assert claims(lawyer, ID) == [
        ("kliennya menerima suap", "Kuasa hukum terdakwa Maria Simanjuntak")
    ]


def test_a_carried_it_is_resolved_as_the_sentence_opening_it_is():
    grant = (
        "The grant is the largest in the school's 118-year history. It will pay for 30 graduate "
        "students and a new acoustics lab, she added."
    )
    assert [text for text, _ in claims(grant, EN)][1:] == [
        "The grant will pay for 30 graduate students",
        "The grant will pay for a new acoustics lab",
    ]


def test_a_titled_person_is_never_read_as_a_body():
    text = (
        "The foundation has awarded the university $12 million, university President Angela Moy "
        "said Monday. It will pay for a new acoustics lab, she added."
    )
    assert not any(t.startswith("university President") for t, _ in claims(text, EN))


def test_a_capitalised_document_word_inside_an_office_is_the_offices():
    found = claims(
        "Direktur Surat Utang Negara Kementerian Keuangan, Yudha Prasetya, mengatakan 38 persen "
        "pembelinya merupakan investor baru.",
        ID,
    )
    assert found == [
        (
            "38 persen pembelinya merupakan investor baru",
            "Direktur Surat Utang Negara Kementerian Keuangan Yudha Prasetya",
        )
    ]


def test_a_reported_party_is_a_noun_in_a_lawyers_title():
    found = claims(
        "Kuasa hukum salah satu terlapor, Hendra Gunawan, membantah kliennya ikut dalam "
        "kesepakatan itu.",
        ID,
    )
    assert found == [
        ("kliennya ikut dalam kesepakatan itu", "Kuasa hukum salah satu terlapor Hendra Gunawan")
    ]


def test_part_of_whom_a_verb_acts_on_and_a_dismissals_legal_name():
    judges = (
        "Komisi Yudisial merekomendasikan sanksi bagi 17 hakim sepanjang Januari hingga Juni 2026, "
        "dan tiga di antaranya direkomendasikan diberhentikan tidak dengan hormat."
    )
    found = extract_claims(from_text(judges), ID)
    assert (found[-1].text, found[-1].negated) == (
        "tiga di antara 17 hakim itu direkomendasikan diberhentikan tidak dengan hormat",
        False,
    )


def test_a_result_clause_after_a_comma_is_a_claim():
    quorum = (
        "Only 214 of the town's 9,800 registered voters showed up for Saturday's special town "
        "meeting, so a vote on a new public works garage was postponed to June 13."
    )
    assert [text for text, _ in claims(quorum, EN)] == [
        "Only 214 of the town's 9,800 registered voters showed up for Saturday's special town "
        "meeting",
        "a vote on a new public works garage was postponed to June 13",
    ]
    heroes = (
        "Presiden menganugerahkan gelar Pahlawan Nasional kepada enam tokoh, sehingga jumlah "
        "Pahlawan Nasional kini mencapai 212 orang."
    )
    assert [text for text, _ in claims(heroes, ID)][-1] == (
        "jumlah Pahlawan Nasional kini mencapai 212 orang"
    )
    # "so much that": no subject follows
    assert not any(
        t.startswith("much") for t, _ in claims("It rained, so much that the river rose.", EN)
    )


def test_a_police_ranks_abbreviation_ends_no_sentence():
    text = (
        "Kepala Biro Penerangan Masyarakat Divisi Humas Polri, Brigjen Pol. Eko Wibisono, "
        "memberikan keterangan pers di Mabes Polri.\nDensus 88 menangkap tujuh terduga teroris, "
        "jelasnya."
    )
    assert claims(text, ID)[-1] == (
        "Densus 88 menangkap tujuh terduga teroris",
        "Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Pol Eko Wibisono",
    )


def test_a_document_with_no_author_named_speaks_itself():
    found = extract_claims(
        from_text(
            "The state Department of Revenue could not account for 1,140 laptops, a legislative "
            "audit released Wednesday found."
        ),
        EN,
    )
    assert [c.speaker for c in found] == ["legislative audit"]
    # "could not verify": what nobody could confirm stays hedged
    unverified = extract_claims(
        from_text("Reuters could not verify the report that 40 soldiers were killed."),
        EN,
    )
    assert all(c.hedged for c in unverified)


def test_a_verb_phrase_with_its_own_period_carries_the_subject_without_the_first_one():
    carbon = (
        "Nilai transaksi di Bursa Karbon Indonesia pada Januari hingga Juni 2026 mencapai Rp96,4 "
        "miliar, naik 41 persen dari semester pertama 2025, dan sepanjang tahun ini diperkirakan "
        "melampaui Rp200 miliar, ungkap Direktur Maya Kurniasih."
    )
    assert claims(carbon, ID)[-1][0] == (
        "Nilai transaksi di Bursa Karbon Indonesia sepanjang tahun ini diperkirakan melampaui "
        "Rp200 miliar"
    )
    rice = "Produksi padi pada 2024 mencapai 5 juta ton dan tahun ini diperkirakan tumbuh 3 persen."
    assert claims(rice, ID)[-1][0] == "Produksi padi tahun ini diperkirakan tumbuh 3 persen"
    # a length is no period: "sepanjang 3,2 kilometer" stays with its object
    wall = (
        "Pemerintah akan membangun tanggul laut sepanjang 3,2 kilometer, dua rumah pompa, dan "
        "sebuah kolam retensi."
    )
    assert not any("sepanjang dua" in text for text, _ in claims(wall, ID))


def test_modifiers_coordinated_before_one_noun_are_one_claim():
    # seen in test16's errors after its one scoring (disclosed in docs/benchmarks.md)
    course = "The law requires only a 16-hour health and safety course."
    assert _texts(course) == ["The law requires only a 16-hour health and safety course"]
    ramps = "Volunteers built 58 wheelchair ramps for older and disabled residents of Linn County."
    assert _texts(ramps) == [
        "Volunteers built 58 wheelchair ramps for older and disabled residents of Linn County"
    ]
    # two objects, and two verb phrases, still split
    assert _texts("The city bought a 40-foot bus and two vans.") == [
        "The city bought a 40-foot bus",
        "The city bought two vans",
    ]
    assert _texts("The city hired staff and opened offices in May.") == [
        "The city hired staff",
        "The city opened offices in May",
    ]


def _texts(text: str) -> list[str]:
    return [claim for claim, _ in claims(text, EN)]
