"""What a speaker says of themselves (issue 10, stop 25): Indonesian leaves out the subject of
what is reported when it is the speaker's own ("Ia mengaku telah menerima uang"); the claim
names them again, as a reader writes it down."""

from __future__ import annotations

from claimcheck import lang
from claimcheck.extract.tokens import tokens
from tests.conftest import claims

ID = lang.get("id")


def test_the_speaker_is_the_subject_of_what_they_report():
    assert claims("Budi mengaku tidak mengenal tersangka.", ID) == [
        ("Budi tidak mengenal tersangka", "Budi")
    ]
    assert claims(
        "Menteri Keuangan Sri Mulyani mengatakan akan menaikkan tarif cukai rokok.", ID
    ) == [
        (
            "Menteri Keuangan Sri Mulyani akan menaikkan tarif cukai rokok",
            "Menteri Keuangan Sri Mulyani",
        )
    ]
    assert claims("Kapolda mengaku telah memeriksa 12 saksi dan menyita dua unit mobil.", ID) == [
        ("Kapolda telah memeriksa 12 saksi", "Kapolda"),
        ("Kapolda telah menyita dua unit mobil", "Kapolda"),  # the auxiliary is both acts'
    ]
    assert claims("Polisi menyebut menemukan 5 kilogram sabu di rumah tersangka.", ID) == [
        ("Polisi menemukan 5 kilogram sabu di rumah tersangka", "Polisi")
    ]


def test_a_passive_an_event_or_a_state_is_not_the_speakers_act():
    # the review's cases: "Kapolres telah diamankan tiga tersangka" said the chief was arrested
    for text in (
        "Kapolres mengatakan telah diamankan tiga tersangka.",
        "Ia mengatakan terjadi kebakaran di gudang.",
        "Kadis Pendidikan mengatakan diperlukan 5.000 guru.",
        "Ia menyebut terdapat 15 korban luka.",
        # "mengaku" says something of the speaker only as an act: a plea, a feeling, a role
        # are the author's sentence
        "Terdakwa mengaku bersalah di persidangan.",
        "Ia mengaku kaget mendengar kabar itu.",
        "Pelaku mengaku sebagai anggota polisi untuk menipu korban.",
        "Perusahaan itu mengaku rugi Rp 2 triliun.",
    ):
        assert claims(text, ID) == [(text.rstrip("."), None)], text
    assert claims("Ia menegaskan tidak ditemukan unsur pidana dalam kasus itu.", ID) == [
        ("tidak ditemukan unsur pidana dalam kasus itu", "Ia")
    ]


def test_what_others_did_set_against_the_speakers_account_is_the_authors():
    text = (
        "Tersangka mengaku tidak pernah menerima uang, namun penyidik menemukan bukti transfer "
        "Rp 1 miliar."
    )
    assert claims(text, ID) == [
        ("Tersangka tidak pernah menerima uang", "Tersangka"),
        ("penyidik menemukan bukti transfer Rp 1 miliar", None),
    ]
    text = (
        "Ketua KPK mengatakan telah menetapkan dua tersangka, sementara Kejaksaan Agung "
        "menahan satu orang."
    )
    assert claims(text, ID)[1] == ("Kejaksaan Agung menahan satu orang", None)


def test_what_is_not_the_speakers_own_act_keeps_its_words():
    # "there is no school that …": no one's act
    assert claims("Kepala dinas menegaskan tidak ada sekolah yang menerima titipan siswa.", ID) == [
        ("tidak ada sekolah yang menerima titipan siswa", "Kepala dinas")
    ]
    # a role, not a clause: the sentence is the author's
    assert claims("Ia mengaku sebagai anggota polisi.", ID) == [
        ("Ia mengaku sebagai anggota polisi", None)
    ]


def test_the_company_a_director_speaks_for_is_who_the_company_is():
    text = (
        "Direktur Utama PT Bersih Mandiri Lestari, Yudha Kusnadi, menampik tuduhan bahwa "
        "perusahaannya membuang air lindi ke sungai. Perusahaan itu mengaku hanya membuang air "
        "olahan yang sudah diuji laboratorium."
    )
    assert claims(text, ID)[-1] == (
        "Perusahaan itu hanya membuang air olahan yang sudah diuji laboratorium",
        "PT Bersih Mandiri Lestari",
    )


def test_units_and_nouns_that_open_with_me_are_no_verbs():
    # "meter" was a verb (the "me" of "menulis"): the subject was cut before it
    assert claims(
        "Jembatan sepanjang 120 meter itu dibangun dengan anggaran Rp25 miliar dan ditargetkan "
        "rampung Desember.",
        ID,
    ) == [
        ("Jembatan sepanjang 120 meter itu dibangun dengan anggaran Rp25 miliar", None),
        ("Jembatan sepanjang 120 meter itu ditargetkan rampung Desember", None),
    ]
    text = "meter medan mesjid megawatt menit menulis mengklaim memperoleh melihat menyatakan"
    verbs = [t.text for t in tokens(text, 0, len(text), ID) if t.is_predicate]
    assert verbs == ["menulis", "mengklaim", "memperoleh", "melihat", "menyatakan"]
