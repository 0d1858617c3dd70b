"""Indonesian (Bahasa Indonesia), as written in news reports."""

from __future__ import annotations

from claimcheck.lang import Language

_STOPWORDS = """
ada adalah agar akan akhirnya aku anda antara apa apakah atas atau bagai bagaimana bagi bahkan
bahwa baik banyak beberapa begitu belum berbagai bersama beserta bisa boleh bukan cukup dalam dan
dapat dari demikian dengan di dia dirinya ditemukan hal hampir hanya harus hingga ia ialah
ini itu jadi jika juga justru kalau kami kamu kan kapan karena kata ke kemudian kenapa kepada
ketika kita lagi lain lalu lebih maka mana masih meliputi melalui memang mengapa menjadi mereka
meski meskipun mungkin namun nya oleh pada para pernah pula pun saat saja sampai sangat saya
se sebagai sebelum sebuah secara sedang sedangkan sehingga sejak sekali selama seluruh semua
sementara sendiri seorang seperti serta sesuatu setelah setiap sudah supaya tak tanpa tapi
telah tentang terhadap termasuk tersebut terus tetapi tidak untuk walau walaupun yaitu yakni
yang sang si per dll dsb dst tsb pun lah kah tah
""".split()

_ABBREVIATIONS = """
dll dsb dst tsb yth a.n u.p no hlm jl kab kec prov dr prof ir h hj s.h m.si tbk rp sdr bpk
ibu st drs dra mr mrs ms s.e s.pd s.kom m.m m.h m.a ph.d kol let jend brigjen mayjen letjen
kapt kompol akbp kombes irjen komjen no. tel telp hal mis vol bag ttd
""".split()

_REPORTING_VERBS = """
kata ujar ucap ungkap tutur jelas tegas sebut imbuh tambah tambahnya lanjut lanjutnya katanya
ujarnya ucapnya ungkapnya tuturnya jelasnya tegasnya sebutnya imbuhnya papar paparnya terang
terangnya mengatakan menyatakan menegaskan menjelaskan mengungkapkan menyebut menyebutkan
mengklaim menambahkan melaporkan memaparkan menuturkan mengungkap menerangkan mengakui
dikatakan disebutkan dilaporkan diungkapkan dinyatakan lapor
""".split()

_NEGATORS = """tidak tak bukan belum tanpa jangan tiada bukanlah tidaklah""".split()

_DENIAL_VERBS = """
menolak membantah menyangkal menepis dibantah ditolak disangkal ditepis membantahnya menampik
""".split()

_HEDGES = (
    "besar kemungkinan",
    "kemungkinan besar",
    "kemungkinan",
    "mungkin",
    "diperkirakan",
    "diduga",
    "disebut-sebut",
    "konon",
    "kabarnya",
    "tampaknya",
    "sepertinya",
    "berpotensi",
    "bisa jadi",
    "akan",
)

_NUMBER_WORDS = {
    "nol": 0,
    "satu": 1,
    "se": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
    "sejuta": 1_000_000,
}

_SCALE_WORDS = {
    "belas": 10,  # dua belas = 12 is handled by the number parser as 2 + 10
    "puluh": 10,
    "ratus": 100,
    "ribu": 1000,
    "juta": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
    "triliun": 1_000_000_000_000,
}

_APPROXIMATE = {
    "puluhan": (10, 99),
    "ratusan": (100, 999),
    "ribuan": (1000, 9999),
    "puluhan ribu": (10_000, 99_999),
    "ratusan ribu": (100_000, 999_999),
    "jutaan": (1_000_000, 9_999_999),
    "puluhan juta": (10_000_000, 99_999_999),
    "ratusan juta": (100_000_000, 999_999_999),
    "miliaran": (1_000_000_000, 9_999_999_999),
}

_MONTHS = {
    name: index
    for index, name in enumerate(
        "januari februari maret april mei juni juli agustus september oktober november desember".split(),
        start=1,
    )
}

LANGUAGE = Language(
    code="id",
    name="Indonesian",
    stemmer="indonesian",
    stopwords=frozenset(_STOPWORDS),
    abbreviations=frozenset(_ABBREVIATIONS),
    reporting_verbs=frozenset(_REPORTING_VERBS),
    source_phrases=("menurut", "dikutip dari", "seperti dilansir", "dilansir dari", "dilansir", "mengutip"),
    negators=frozenset(_NEGATORS),
    denial_verbs=frozenset(_DENIAL_VERBS),
    hedges=_HEDGES,
    clause_coordinators=frozenset(
        "dan serta tetapi tapi namun sedangkan sementara lalu kemudian bahkan".split()
    ),
    complementizers=frozenset({"bahwa", "bahwasanya"}),
    pronouns=frozenset({"dia", "ia", "beliau", "mereka"}),
    number_words=_NUMBER_WORDS,
    scale_words=_SCALE_WORDS,
    approximate_quantities=_APPROXIMATE,
    months=_MONTHS,
    question_words=frozenset("apa apakah siapa kapan mengapa kenapa bagaimana berapa mana".split()),
)
