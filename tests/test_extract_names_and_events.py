"""Relative clauses on names, short claims that count, lists closed before a clause, reported
proposals, event phrases and descriptions before a subject (issue 10)."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims
from tests.conftest import claims

ID = lang.get("id")
EN = lang.get("en")


# ------------------------------------------------------------- relative clauses on names


def test_a_relative_clause_on_a_name_needs_no_comma_to_be_a_claim_of_its_own():
    found = extract_claims(
        from_text(
            "Mayweather menepis anggapan bahwa McGregor yang merupakan petarung kidal mungkin "
            "menyebabkan masalah baginya."
        ),
        ID,
    )
    assert [(c.text, c.speaker, c.negated, c.hedged) for c in found] == [
        ("McGregor mungkin menyebabkan masalah baginya", "Mayweather", True, True),
        ("McGregor merupakan petarung kidal", None, False, False),
    ]
    # A common noun's relative clause may say which one is meant: it stays.
    for text in (
        "Tentara Rusia yang pindah ke Belarus pada bulan Oktober akan melakukan latihan taktis.",
        "Pemerintah yang baru akan menaikkan harga BBM pada Januari 2027.",
    ):
        assert len(claims(text, ID)) == 1, text


def test_a_quoted_name_takes_its_relative_clause_and_one_description_leads_to_the_next():
    assert claims(
        "Pimpinan Eksekutif kontes ini adalah Svante Stockselius, yang juga merupakan kepala "
        'bidang dari "Steering Group", yang bertugas untuk menetapkan aturan kontes ini.',
        ID,
    ) == [
        ("Pimpinan Eksekutif kontes ini adalah Svante Stockselius", None),
        ('Svante Stockselius juga merupakan kepala bidang dari "Steering Group"', None),
        ('"Steering Group" bertugas untuk menetapkan aturan kontes ini', None),
    ]
    assert claims(
        'The Olympic motto is "Citius, Altius, Fortius", which is a Latin phrase meaning '
        '"Faster, Higher, Stronger".',
        EN,
    ) == [
        ('The Olympic motto is "Citius, Altius, Fortius"', None),
        ('"Citius, Altius, Fortius" is a Latin phrase meaning "Faster, Higher, Stronger"', None),
    ]


# ------------------------------------------------------------- short claims that count


def test_a_subjects_relative_clause_is_about_the_whole_subject_and_the_clause_goes_on():
    # The subject ends in a place ("di Sumenep"), so the clause is about the output, not the
    # place; the clause resumes after a time phrase; after "Menurut X," it opens in lower
    # case; both claims are the source's.
    speaker = "Ketua Asosiasi Petambak Garam Madura Abdul Karim"
    assert claims(
        f"Menurut {speaker}, produksi garam rakyat di Sumenep, yang tahun lalu mencapai "
        "410.000 ton, tahun ini diperkirakan tak sampai 130.000 ton karena hujan masih turun "
        "hingga Agustus.",
        ID,
    ) == [
        ("produksi garam rakyat di Sumenep tahun lalu mencapai 410.000 ton", speaker),
        (
            "produksi garam rakyat di Sumenep tahun ini diperkirakan tak sampai 130.000 ton "
            "karena hujan masih turun hingga Agustus",
            speaker,
        ),
    ]
    assert claims(
        "Rice output in Karawang, which reached 1.2 million tons last year, this year fell to "
        "900,000 tons because of floods, the agriculture chief said.",
        EN,
    ) == [
        ("Rice output in Karawang reached 1.2 million tons last year", "the agriculture chief"),
        (
            "Rice output in Karawang this year fell to 900,000 tons because of floods",
            "the agriculture chief",
        ),
    ]
    # Opening in lower case, only a relative clause is taken for an aside ("Di sisi lain,"
    # says nothing).
    assert claims("Di sisi lain, pemerintah, kata dia, akan menambah subsidi pupuk.", ID) == [
        ("pemerintah akan menambah subsidi pupuk", "dia")
    ]


def test_a_change_after_a_copula_and_a_count_of_none_are_claims():
    assert claims("Bullying is up.", EN) == [("Bullying is up", None)]
    assert claims("Crime was down 12 percent in 2019.", EN) == [
        ("Crime was down 12 percent in 2019", None)
    ]
    found = extract_claims(
        from_text(
            "“Kasusnya naik dua kali lipat dibanding tahun lalu, tetapi belum ada yang "
            "meninggal,” ujar dokter spesialis anak dr. Maya Sari."
        ),
        ID,
    )
    assert [(c.text, c.negated) for c in found] == [
        ("Kasusnya naik dua kali lipat dibanding tahun lalu", False),
        ("belum ada yang meninggal", True),
    ]


def test_an_item_raised_with_even_is_the_same_claim():
    for text, language in (
        ("Premiums will soar double digits and even triple digits in many cases.", EN),
        ("Harga cabai naik 20 persen dan bahkan 30 persen di beberapa pasar.", ID),
    ):
        assert claims(text, language) == [(text.rstrip("."), None)]


# ----------------------------------------------------------- a list closed before a clause


def test_a_list_runs_to_its_last_item_before_a_clause_of_its_own():
    assert claims(
        "We've seen an economy stifled by more taxes, more regulation, a war on coal, and a "
        "failing health care reform come to be known as Obamacare, and the unemployment rate "
        "rose to 9 percent.",
        EN,
    ) == [
        ("We've seen an economy stifled by more taxes", None),
        ("We've seen an economy stifled by more regulation", None),
        ("We've seen an economy stifled by a war on coal", None),
        (
            "We've seen an economy stifled by a failing health care reform come to be known as "
            "Obamacare",
            None,
        ),
        ("the unemployment rate rose to 9 percent", None),
    ]
    assert claims(
        "The storm hit Riverton, Lakeside, and Elm Grove, and the governor declared an emergency.",
        EN,
    ) == [
        ("The storm hit Riverton", None),
        ("The storm hit Lakeside", None),
        ("The storm hit Elm Grove", None),
        ("the governor declared an emergency", None),
    ]
    assert claims(
        "Mereka punya satu anak perempuan, Marta Kaczyńska-Dubieniecka, dan dua cucu bernama "
        "Ewa dan Martyna.",
        ID,
    )[-1] == ("Mereka punya dua cucu bernama Ewa dan Martyna", None)
    # A last item with a subject and verb of its own is a clause.
    for text in (
        "Kemenangan AC Milan atas Juventus tercipta 5 Februari 1950, dengan skor 7-1, dan "
        "Gunnar Nordahl mencetak hattrick.",
        "Sejumlah 15,68 persen pasien meninggal memiliki penyakit jantung, 9,19 persen sakit "
        "paru kronis dan 8,65 persen mempunyai penyakit ginjal.",
    ):
        assert not [
            c for c, _ in claims(text, ID) if "tercipta Gunnar" in c or "memiliki 8,65" in c
        ]


def test_a_verb_that_describes_the_noun_before_it_opens_no_clause():
    assert claims("Seorang pria berusia 40 tahun ditangkap polisi di Bekasi.", ID) == [
        ("Seorang pria berusia 40 tahun ditangkap polisi di Bekasi", None)
    ]
    assert claims("Polisi menangkap dua pria dan seorang wanita berusia 40 tahun.", ID) == [
        ("Polisi menangkap dua pria", None),
        ("Polisi menangkap seorang wanita berusia 40 tahun", None),
    ]
    # After a name or a function word it is the predicate.
    assert claims("Jakarta berpenduduk lebih dari 10 juta jiwa.", ID) == [
        ("Jakarta berpenduduk lebih dari 10 juta jiwa", None)
    ]


# ------------------------------------------------------------------ reported proposals


def test_a_reported_proposal_is_the_authors_claim_that_it_was_proposed():
    for text, language in (
        ("Secretary Clinton said let's raise it to $12.", EN),
        ("Sanders said we want to break up the Wall Street banks.", EN),
        ("Gubernur Jawa Barat mengatakan mari kita turunkan harga beras menjadi Rp 10.000.", ID),
        ("Menteri mengatakan kami ingin menurunkan harga BBM tahun depan.", ID),
    ):
        assert claims(text, language) == [(text.rstrip("."), None)], text
    # A reported statement keeps its speaker.
    assert claims("Trump said the wall would cost $12 billion.", EN) == [
        ("the wall would cost $12 billion", "Trump")
    ]


# ------------------------------------------------------------------------ event phrases


def test_an_event_phrase_after_the_verb_is_its_subjects_claim_of_its_own():
    assert claims(
        "Former police officer Ryan Tate was sentenced to 18 months in prison on Friday after "
        "pleading guilty to assault.",
        EN,
    ) == [
        ("Former police officer Ryan Tate was sentenced to 18 months in prison on Friday", None),
        ("Ryan Tate pleading guilty to assault", None),
    ]
    assert claims(
        "Tim Korea Selatan menjuarai Piala Sudirman 2017 setelah mengalahkan tim Cina 3-2 di "
        "Gold Coast.",
        ID,
    ) == [
        ("Tim Korea Selatan menjuarai Piala Sudirman 2017", None),
        ("Tim Korea Selatan mengalahkan tim Cina 3-2 di Gold Coast", None),
    ]
    assert claims(
        "We have defended other nations' borders while refusing to defend our own.", EN
    ) == [
        ("We have defended other nations' borders", None),
        ("We refusing to defend our own", None),
    ]


def test_an_event_phrase_stays_where_the_subject_did_not_do_it():
    for text, language in (
        # The agent of a passive did it, not the subject.
        (
            "Piala Thomas 2016 dimenangkan oleh Denmark setelah mengalahkan Indonesia di partai "
            "final.",
            ID,
        ),
        # A time, or a clause with its own subject.
        ("Putin tiba di Minsk setelah bertahun-tahun.", ID),
        ("The mayor spoke after the council voted.", EN),
    ):
        assert claims(text, language) == [(text.rstrip("."), None)], text


def test_a_pronoun_refers_to_the_person_the_sentence_opened_with():
    found = extract_claims(
        from_text("The governor has not signed the bill, and a spokesman said she may veto it."),
        EN,
    )
    assert [(c.text, c.speaker, c.negated, c.hedged) for c in found] == [
        ("The governor has not signed the bill", None, True, False),
        ("The governor may veto it", "a spokesman", False, True),
    ]
    assert claims(
        "Gubernur belum menandatangani peraturan itu, dan juru bicaranya mengatakan dia akan "
        "menolaknya.",
        ID,
    )[-1] == ("Gubernur akan menolaknya", "juru bicaranya")
    assert claims("The minister said she would resign in March.", EN) == [
        ("The minister would resign in March", "The minister")
    ]
    # Not a body, and not a spokesman, who speaks for someone else.
    assert claims("The company said he was fired on Monday.", EN) == [
        ("he was fired on Monday", "The company")
    ]


def test_what_an_evidence_verb_records_may_have_a_long_subject():
    assert claims(
        "KPU Kota Semarang mencatat tingkat partisipasi pemilih pada pemungutan suara ulang di 12 "
        "TPS mencapai 71,3 persen.",
        ID,
    ) == [
        (
            "tingkat partisipasi pemilih pada pemungutan suara ulang di 12 TPS mencapai 71,3 "
            "persen",
            "KPU Kota Semarang",
        )
    ]
    # A thing recorded, then a clause of its own, is no report.
    assert claims(
        "Pemerintah federal melaporkan level gaji untuk masing-masing departemen, namun postingan "
        "web terakhir adalah untuk 2013-2014.",
        ID,
    )[0] == ("Pemerintah federal melaporkan level gaji untuk masing-masing departemen", None)


# ------------------------------------------------ descriptions before a subject, glosses


def test_a_description_fronted_before_its_subject_is_a_claim_about_it():
    assert claims(
        "Salah satu bentuk dari sepak bola rugbi, olahraga ini didasarkan pada berlari dengan "
        "bola di tangan.",
        ID,
    ) == [
        ("olahraga ini adalah Salah satu bentuk dari sepak bola rugbi", None),
        ("olahraga ini didasarkan pada berlari dengan bola di tangan", None),
    ]
    assert claims(
        "One of the oldest cities in Europe, Plovdiv was founded in the 4th millennium BC.", EN
    ) == [
        ("Plovdiv is One of the oldest cities in Europe", None),
        ("Plovdiv was founded in the 4th millennium BC", None),
    ]
    # A time or an example opens no description.
    for text, language in (
        ("A year later, the company opened a second plant in Ohio.", EN),
        ("Sebagai contoh, harga beras naik 10 persen pada Januari.", ID),
    ):
        assert claims(text, language) == [(text.rstrip("."), None)], text


def test_a_gloss_of_a_name_is_a_claim_of_its_own():
    assert claims(
        "Tanjung Arkona (bahasa Jerman: Kap Arkona) merupakan sebuah tanjung di atas pulau Rügen.",
        ID,
    ) == [
        ("Tanjung Arkona bahasa Jerman: Kap Arkona", None),
        ("Tanjung Arkona merupakan sebuah tanjung di atas pulau Rügen", None),
    ]


def test_a_label_and_a_name_between_commas_before_the_verb_are_the_speaker():
    assert claims(
        "Gubernur DKI Jakarta, Anies Baswedan, mengatakan pihaknya memfokuskan pada penanganan "
        "korban bencana.",
        ID,
    ) == [
        (
            "pihaknya memfokuskan pada penanganan korban bencana",
            "Gubernur DKI Jakarta Anies Baswedan",
        )
    ]
    assert claims("The minister, Mr. Smith, said the plan adds 12 officers.", EN) == [
        ("the plan adds 12 officers", "The minister Mr Smith")
    ]


def test_a_wh_cleft_states_the_clause_after_its_copula():
    assert claims(
        "But where we have a different background on this issue is we differ on the war in Iraq.",
        EN,
    ) == [("we differ on the war in Iraq", None)]
    assert claims("What we know is that the plant closed in 2019.", EN) == [
        ("the plant closed in 2019", None)
    ]
    # A free relative with a copula of its own is no cleft.
    assert claims("What the mayor said is not true.", EN) == [
        ("What the mayor said is not true", None)
    ]


def test_a_figure_after_a_semicolon_counted_like_a_hyphenated_one_is_its_own_claim():
    assert claims(
        "-- 50 days -- we've already experienced an unprecedented 40-percent reduction in "
        "illegal immigration on our Southern border; 61 percent since Inauguration Day -- 61 "
        "percent.",
        EN,
    ) == [
        (
            "we've already experienced an unprecedented 40-percent reduction in illegal "
            "immigration on our Southern border",
            None,
        ),
        ("we've already experienced an unprecedented 61 percent since Inauguration Day", None),
    ]


def test_a_reason_after_a_clause_without_a_verb_stays_in_its_claim():
    # a reason clause is part of its claim (the gold sets' convention, stop 20); the clause
    # coordinated after it is a claim of its own
    assert claims(
        "“Peran aplikasi ini sangat penting mengingat Tokopedia saat ini menjadi rumah untuk 7,8 "
        "juta penjual dan lebih dari setengahnya me-manage bisnisnya dari aplikasi,” kata "
        "Priscilla Anais.",
        ID,
    ) == [
        (
            "Peran aplikasi ini sangat penting mengingat Tokopedia saat ini menjadi rumah untuk "
            "7,8 juta penjual",
            "Priscilla Anais",
        ),
        ("lebih dari setengahnya me-manage bisnisnya dari aplikasi", "Priscilla Anais"),
    ]


def test_a_role_given_after_a_name_is_a_claim_per_role():
    assert claims(
        "David Teo sebagai penerbit dan juga Ketua Pegawai Esekutif (CEO) Metrowealth "
        "International Group (MIG) juga menganggap Cicak-Man sebagai satu keajaiban.",
        ID,
    ) == [
        ("David Teo adalah penerbit", None),
        (
            "David Teo adalah Ketua Pegawai Esekutif (CEO) Metrowealth International Group (MIG)",
            None,
        ),
        ("David Teo juga menganggap Cicak-Man sebagai satu keajaiban", None),
    ]
    assert claims(
        "Andi Saputra selaku ketua panitia mengatakan acara itu dihadiri 3.000 orang.", ID
    ) == [
        ("Andi Saputra adalah ketua panitia", None),
        ("acara itu dihadiri 3.000 orang", "Andi Saputra"),
    ]
    # Names alone stay no claim.
    assert claims("I'm Megyn Kelly.", EN) == []


def test_a_subject_resumes_after_its_relative_clause_with_a_hedge():
    assert claims(
        "Proyek PLTS di Waduk Gajah Mungkur, yang disebut-sebut sebagai yang terbesar "
        "di Jawa Tengah, kemungkinan beroperasi pada kuartal III 2026.",
        ID,
    ) == [
        (
            "Proyek PLTS di Waduk Gajah Mungkur disebut-sebut sebagai yang terbesar di Jawa Tengah",
            None,
        ),
        (
            "Proyek PLTS di Waduk Gajah Mungkur kemungkinan beroperasi pada kuartal III 2026",
            None,
        ),
    ]


def test_a_long_subject_with_a_restrictive_clause_carries_to_a_second_figure():
    speaker = "Manajer Humas KAI Daop 6 Yogyakarta Hendra Saputra"
    subject = (
        "jumlah penumpang kereta jarak jauh yang berangkat dari Stasiun Yogyakarta selama masa "
        "angkutan Lebaran 2025"
    )
    assert claims(
        f"Menurut {speaker}, {subject} mencapai 412.000 orang, naik 12,5 persen dibanding tahun "
        "sebelumnya.",
        ID,
    ) == [
        (f"{subject} mencapai 412.000 orang", speaker),
        (f"{subject} naik 12,5 persen dibanding tahun sebelumnya", speaker),
    ]
