"""Who said it and what else the sentence says of them: attribution set inside a short
clause, a document through which a body speaks, a relative clause on the speaker, a body's
"it", what a speaker went on to say, and a denial's judgement (issue 10)."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


def test_a_short_subject_goes_on_after_an_attribution_set_inside_its_clause():
    assert claims("The railroad, the mayor said, will open a second line in March.", EN) == [
        ("The railroad will open a second line in March", "the mayor")
    ]
    assert claims("Harga beras, kata dia, akan naik 5 persen bulan depan.", ID) == [
        ("Harga beras akan naik 5 persen bulan depan", "dia")
    ]


def test_the_body_behind_a_document_is_the_speaker():
    found = claims(
        "About 38,000 doses of RSV vaccine may expire unused by March, according to a report "
        "released Monday by the Northwest Pharmacy Alliance.",
        EN,
    )
    assert found == [
        (
            "About 38,000 doses of RSV vaccine may expire unused by March",
            "the Northwest Pharmacy Alliance",
        )
    ]
    found = claims(
        "Prices in the city rose 5 percent last year, according to a survey by the central bank.",
        EN,
    )
    assert found[0][1] == "the central bank"
    found = claims(
        "Harga beras di Jakarta naik 5 persen pekan ini, menurut laporan Badan Pusat Statistik.",
        ID,
    )
    assert found == [("Harga beras di Jakarta naik 5 persen pekan ini", "Badan Pusat Statistik")]


def test_who_surveyed_is_not_the_speaker():
    found = claims(
        "Most voters oppose the toll, according to a survey of 1,000 voters in the county.", EN
    )
    assert found[0][1] == "a survey of 1,000 voters"


def test_a_relative_clause_on_the_speaker_is_the_authors_claim_about_them():
    found = claims(
        "Cobalt Fiber has connected only 2,300 of the 9,000 rural homes, said county broadband "
        "coordinator Rachel Okafor, who oversees the $48 million state grant.",
        EN,
    )
    assert found == [
        (
            "Cobalt Fiber has connected only 2,300 of the 9,000 rural homes",
            "county broadband coordinator Rachel Okafor",
        ),
        ("Rachel Okafor oversees the $48 million state grant", None),
    ]
    found = claims(
        "Antrean kapal di Pelabuhan Tanjung Emas mencapai 23 kapal pada Rabu pagi, ungkap "
        "General Manager PT Dermaga Jawa Tengah, Bonifasius Sitorus, yang baru menjabat sejak "
        "September.",
        ID,
    )
    assert found[1] == ("Bonifasius Sitorus baru menjabat sejak September", None)


def test_a_hedge_before_the_speaker_does_not_reach_what_is_said_of_them():
    extracted = extract_claims(
        from_text(
            "About 38,000 doses may expire by March, according to a report by the Northwest "
            "Pharmacy Alliance, which represents 412 independent drugstores."
        ),
        EN,
    )
    assert [(c.text, c.hedged) for c in extracted] == [
        ("About 38,000 doses may expire by March", True),
        ("Northwest Pharmacy Alliance represents 412 independent drugstores", False),
    ]


def test_what_a_speaker_went_on_to_say_is_not_hedged_by_the_first_claim():
    extracted = extract_claims(
        from_text(
            "Pine Lake Lodge will stay closed through April, park superintendent Laura Kim "
            "said, adding that the park has never before shut all three in winter."
        ),
        EN,
    )
    assert [(c.text, c.hedged, c.negated) for c in extracted] == [
        ("Pine Lake Lodge will stay closed through April", True, False),
        ("the park has never before shut all three in winter", False, True),
    ]


def test_a_bodys_it_is_the_body():
    found = claims(
        "Northgate Foods said it will close its bakery in Dayton by the end of June.", EN
    )
    assert found == [
        ("Northgate Foods will close its bakery in Dayton by the end of June", "Northgate Foods")
    ]
    found = claims(
        "Corbin Logistics denied Thursday that it had dumped diesel waste into the Fox River.",
        EN,
    )
    assert found == [
        ("Corbin Logistics had dumped diesel waste into the Fox River", "Corbin Logistics")
    ]


def test_a_persons_it_or_an_empty_it_stays_as_written():
    # a person's "it" is something else; "it is too early" is no one's
    assert claims("Smith said it would cost $5 million.", EN) == [
        ("it would cost $5 million", "Smith")
    ]
    assert claims("The company said it was too early to say.", EN) == []


def test_a_denials_judgement_is_no_claim():
    found = claims(
        "The hospital denied reports that it had turned away uninsured patients, calling them "
        "“completely false.”",
        EN,
    )
    assert found == [("The hospital had turned away uninsured patients", "The hospital")]


def test_a_concession_after_the_attribution_is_the_authors():
    found = extract_claims(
        from_text(
            "The county spends more on jails than on parks and libraries combined, Commissioner "
            "Alan Price said, though he did not provide figures."
        ),
        EN,
    )
    assert [(c.text, c.speaker, c.negated) for c in found] == [
        (
            "The county spends more on jails than on parks and libraries combined",
            "Commissioner Alan Price",
            False,
        ),
        ("Commissioner Alan Price did not provide figures", None, True),
    ]
    found = claims(
        "Harga beras di Pasar Induk Cipinang naik 10 persen, kata Kepala Dinas Budi Santoso, "
        "meskipun ia tidak merinci data.",
        ID,
    )
    assert found == [
        ("Harga beras di Pasar Induk Cipinang naik 10 persen", "Kepala Dinas Budi Santoso"),
        ("Kepala Dinas Budi Santoso tidak merinci data", None),
    ]


def test_a_sentence_that_says_who_said_the_one_before():
    found = claims(
        "Jakarta - Jumlah penumpang kereta rel listrik sepanjang Oktober 2026 naik 14,2 persen. "
        "Hal itu disampaikan Direktur Operasional Rudi Hartawan di Stasiun Manggarai, Selasa "
        "(24/11/2026), seraya menyebut 12 rangkaian baru sudah tiba.",
        ID,
    )
    speaker = "Direktur Operasional Rudi Hartawan"
    assert found == [
        ("Jumlah penumpang kereta rel listrik sepanjang Oktober 2026 naik 14,2 persen", speaker),
        ("12 rangkaian baru sudah tiba", speaker),
    ]


def test_a_clause_with_its_own_subject_is_not_hedged_by_the_one_before():
    found = extract_claims(
        from_text(
            "Cakupan imunisasi campak diperkirakan baru mencapai 71,4 persen pada akhir November, "
            "sedangkan target nasional 95 persen."
        ),
        ID,
    )
    assert [(c.text, c.hedged) for c in found] == [
        (
            "Cakupan imunisasi campak diperkirakan baru mencapai 71,4 persen pada akhir November",
            True,
        ),
        ("target nasional 95 persen", False),
    ]


def test_the_named_speaker_is_who_she_added_refers_to():
    found = claims(
        "Badan Geologi menaikkan status Gunung Lokon menjadi Siaga mulai Kamis, kata Kepala Badan "
        "Geologi Rahmat Santoso. “Radius bahaya kami perluas menjadi 3,5 kilometer,” imbuhnya.",
        ID,
    )
    assert found[-1] == (
        "Radius bahaya kami perluas menjadi 3,5 kilometer",
        "Kepala Badan Geologi Rahmat Santoso",
    )


def test_the_body_a_definite_description_stands_for_is_the_speaker():
    found = claims(
        "The Norfolk Coastal Resilience Authority has finished 2.1 miles of its floodwall, the "
        "authority said.",
        EN,
    )
    assert found == [
        (
            "The Norfolk Coastal Resilience Authority has finished 2.1 miles of its floodwall",
            "Norfolk Coastal Resilience Authority",
        )
    ]
    found = claims(
        "PT Sandang Prima Mandiri membantah telah merumahkan karyawan. Perusahaan itu menyatakan "
        "pesanan dari Amerika Serikat justru naik 9 persen pada Oktober.",
        ID,
    )
    assert found[-1] == (
        "pesanan dari Amerika Serikat justru naik 9 persen pada Oktober",
        "PT Sandang Prima Mandiri",
    )
    # a person is no body: "the company" stays as written
    found = claims("John Smith will step down in May, the company said.", EN)
    assert found == [("John Smith will step down in May", "the company")]


def test_an_appositive_after_the_speaker_says_what_they_are():
    found = claims(
        "Nearly 40% of the coral colonies died this summer, according to a survey released "
        "Monday by the Coral Futures Institute, a nonprofit based in Miami.",
        EN,
    )
    assert found == [
        ("Nearly 40% of the coral colonies died this summer", "the Coral Futures Institute"),
        ("Coral Futures Institute is a nonprofit based in Miami", None),
    ]


def test_a_verb_phrase_with_its_own_auxiliary_is_not_hedged_by_the_one_before():
    found = extract_claims(
        from_text(
            "Crop insurance payouts could top $410 million this year and have never before "
            "exceeded $300 million in a single year."
        ),
        EN,
    )
    assert [(c.hedged, c.negated) for c in found] == [(True, False), (False, True)]


def test_what_the_subject_said_after_what_it_did_is_theirs():
    found = claims(
        "Scientist Maya Lindqvist raised the alert level for Mount Spurr on Wednesday and said "
        "the volcano could erupt within weeks.",
        EN,
    )
    assert found == [
        ("Scientist Maya Lindqvist raised the alert level for Mount Spurr on Wednesday", None),
        ("the volcano could erupt within weeks", "Scientist Maya Lindqvist"),
    ]


def test_a_title_and_a_name_set_off_by_commas_are_one_speaker():
    found = claims(
        "Direktur Penerimaan Mineral dan Batubara, Yusuf Hadiwinata, yang baru dilantik bulan "
        "lalu, mengatakan penerimaan royalti nikel hingga akhir September mencapai Rp9,7 triliun.",
        ID,
    )
    assert found == [
        ("Yusuf Hadiwinata baru dilantik bulan lalu", None),
        (
            "penerimaan royalti nikel hingga akhir September mencapai Rp9,7 triliun",
            "Direktur Penerimaan Mineral dan Batubara Yusuf Hadiwinata",
        ),
    ]


def test_a_pronoun_speaker_takes_the_office_of_the_person_named_before():
    found = claims(
        "Port director Samuel Okoye walked reporters through the new terminal on Wednesday. The "
        "terminal can hold 4,000 refrigerated containers, he told reporters.",
        EN,
    )
    assert found[-1] == (
        "The terminal can hold 4,000 refrigerated containers",
        "Port director Samuel Okoye",
    )
    speaker = "Kepala Dinas Tenaga Kerja dan Transmigrasi Jawa Timur Bambang Sulistyo"
    found = claims(
        f"{speaker} menyerahkan rekomendasi dewan pengupahan kepada gubernur, Jumat. Kenaikan "
        "upah minimum provinsi tahun 2027 diperkirakan sebesar 6,5 persen, jelasnya.",
        ID,
    )
    assert found[-1] == (
        "Kenaikan upah minimum provinsi tahun 2027 diperkirakan sebesar 6,5 persen",
        speaker,
    )


def test_the_company_is_the_body_the_sentence_opens_with_before_an_aside():
    found = claims(
        "Cedarline Foods, which operates 38 grocery stores in Oregon and Washington, has closed "
        "its Salem distribution center, the company announced Friday.",
        EN,
    )
    assert {speaker for _, speaker in found} == {"Cedarline Foods"}
    # a person the sentence opens with is not the company
    assert claims("John Smith, the founder, will step down, the company said.", EN)[-1][1] == (
        "the company"
    )


def test_the_company_may_be_the_body_that_spoke_in_the_sentence_before():
    found = claims(
        "Northgate Foods said it will close its bakery in Dayton by the end of June. About 340 "
        "jobs will be cut, the company said.",
        EN,
    )
    assert found[-1] == ("About 340 jobs will be cut", "Northgate Foods")


def test_a_relative_clause_inside_what_a_speaker_reports_is_theirs():
    speaker = "Direktur Reserse Siber Polda Kepulauan Riau Komisaris Besar Andreas Lumban"
    found = claims(
        "Polisi telah menangkap Rudi Hartanto, yang diduga mengelola 14 situs judi daring dari "
        f"sebuah ruko di Batam Center, kata {speaker}.",
        ID,
    )
    assert {s for _, s in found} == {speaker}
    assert any(text.startswith("Rudi Hartanto diduga mengelola 14 situs") for text, _ in found)


def test_a_clause_joined_without_a_comma_to_a_later_report_is_reported_too():
    found = claims(
        "A landslide buried a quarter-mile stretch of Highway 1 early Sunday, and a Caltrans "
        "spokeswoman said no vehicles were caught in the slide but the road could stay closed "
        "for at least three months.",
        EN,
    )
    assert found == [
        ("A landslide buried a quarter-mile stretch of Highway 1 early Sunday", None),
        ("no vehicles were caught in the slide", "a Caltrans spokeswoman"),
        ("the road could stay closed for at least three months", "a Caltrans spokeswoman"),
    ]
    # a comma before the coordinator ends the report
    assert claims(
        "The dam broke on Monday, and the governor said 40 homes were flooded, but the army "
        "arrived within hours.",
        EN,
    )[-1] == ("the army arrived within hours", None)


def test_what_a_trailing_speaker_reports_in_a_relative_clause_is_theirs():
    speaker = "Kepala Bagian Perekonomian Baiq Nurul Aini"
    assert claims(
        f"Harga elpiji 3 kilogram di Kota Mataram mencapai Rp35.000 per tabung, ungkap {speaker}, "
        "yang menyebut kenaikan itu bukan akibat kekurangan pasokan dari agen.",
        ID,
    ) == [
        ("Harga elpiji 3 kilogram di Kota Mataram mencapai Rp35.000 per tabung", speaker),
        ("kenaikan itu bukan akibat kekurangan pasokan dari agen", speaker),
    ]
    assert claims(
        "Rents rose 9 percent, said Dana Hill, who added that vacancies hit a record low.", EN
    )[-1] == ("vacancies hit a record low", "Dana Hill")
