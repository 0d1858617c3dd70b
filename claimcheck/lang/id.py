"""Indonesian (Bahasa Indonesia), as written in news reports."""

from __future__ import annotations

from claimcheck.lang import Language, words
from claimcheck.lang.id_lexicon import (
    DETECTION_WORDS,
    DIRECTIONS,
    NAME_VARIANTS,
    SYMMETRIC_WORDS,
    UNIT_CONCEPTS,
)

_STOPWORDS = words("""
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
""")

_ABBREVIATIONS = words("""
dll dsb dst tsb yth a.n u.p no hlm jl kab kec prov dr prof ir h hj s.h m.si tbk rp sdr bpk
ibu st drs dra mr mrs ms s.e s.pd s.kom m.m m.h m.a ph.d kol let jend brigjen mayjen letjen
kapt kompol akbp kombes irjen komjen no. tel telp hal mis vol bag ttd
pol inf kav pnb mar cpm
""")

_REPORTING_VERBS = words("""
kata ujar ucap ungkap tutur jelas tegas sebut imbuh tambah tambahnya lanjut lanjutnya katanya
ujarnya ucapnya ungkapnya tuturnya jelasnya tegasnya sebutnya imbuhnya papar paparnya terang
terangnya mengatakan menyatakan menegaskan menjelaskan mengungkapkan menyebut menyebutkan
mengklaim menambahkan melaporkan memaparkan menuturkan mengungkap menerangkan mengakui
lapor menilai mengaku
""")

# The bare forms come before their speaker ("…, kata Menteri"), never after a subject.
_INVERTED_REPORTING_VERBS = words("""
kata ujar ucap ungkap tutur jelas tegas sebut imbuh tambah lanjut papar terang lapor katanya
ujarnya ucapnya ungkapnya tuturnya jelasnya tegasnya sebutnya imbuhnya tambahnya lanjutnya
paparnya terangnya
""")

_NEGATORS = words("""tidak tak bukan belum tanpa jangan tiada bukanlah tidaklah""")

_DENIAL_VERBS = words("""
menolak membantah menyangkal menepis dibantah ditolak disangkal ditepis membantahnya menampik
""")

_HEDGES = (
    "beredar kabar",
    "kabar yang beredar",
    "beredar isu",
    "isu yang beredar",
    "beredar informasi",
    "besar kemungkinan",
    "kemungkinan besar",
    "kemungkinan",
    "mungkin",
    "diperkirakan",
    "diduga",
    "disebut-sebut",
    "dilaporkan",
    "dikabarkan",
    "konon",
    "kabarnya",
    "tampaknya",
    "sepertinya",
    "berpotensi",
    "bisa jadi",
    "akan",
    "bakal",
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
        words(
            "januari februari maret april mei juni juli agustus september oktober november desember"
        ),
        start=1,
    )
}

# Words that head a predicate: auxiliaries, copulas, modals and common verbs without an affix.
_PREDICATE_WORDS = words("""
adalah ialah merupakan menjadi jadi ada telah sudah akan sedang masih pernah bisa dapat harus
perlu mau ingin hendak siap sepakat turun naik pindah tiba datang pergi pulang tewas mati hilang
punya suka kunjungi minta tolak bantah kirim beri bantu jual beli bayar lahir tinggal hidup
tidak tak bukan belum tetap terus mampu gagal berhasil kalah menang bakal tampil hadir ikut masuk
keluar jatuh tumbuh lulus muncul wafat runtuh rusak tenggelam meliputi selesai luka-luka
kosong penuh habis cukup tutup ambruk roboh longsor padam kabur
""")

# Superlatives: no verbs, but a headline's predicate ("Jakarta Terpadat, Bali Termahal").
_SUPERLATIVES = words("""
terbanyak terbaik tertua termuda terdekat terdepan terluas tercepat terkaya teratas terparah
terpadat terendah terkecil terburuk terbawah terawal terpanas termahal termurah tertinggi terbesar
""")

# Words that look like verbs by their affix but are not.
_NON_VERBS = (
    words("""
berita beras berat bersenjata berbagai beberapa bersama beserta berapa bergantung menteri media
meja medis merah mereka meskipun meski melalui menurut mengenai menuju merdeka metode mesin
melainkan distrik diskon disiplin diskusi distribusi distributor dividen divisi dialog diesel
dimensi dinamika diagnosis
direktur diplomat diplomasi digital dinas dinasti diri dirinya dia dimana diantara dibandingkan
teroris terorisme terminal teritorial tersebut terhadap termasuk terkait tertinggi terbesar
menit menara merek meriam melati memori mentega mercusuar teras ternak terowongan berdasarkan
berkat
terakhir terbaru terutama tertentu terus terlalu perang persen pertama perdana pernah perlu
peran perusahaan pertemuan persiapan pertanyaan periode perbatasan perempuan pers
tersangka terdakwa terpidana tertuduh terlapor tergugat direksi menjelang
dinding dingin diabetes dioksida difteri disleksia diuretik diploma diplomatik diantaranya
disana diluar dibawah diseluruh diberbagai dibidang diakhir
mendatang mendadak menerus mental menengah mentah mendalam menyeluruh meriah merdu merica
melayu melanin merger mentoring menurutnya berikut berikutnya
teror teritori terjemahan terobosan tersier
""")
    + _SUPERLATIVES
)

# meN- before a root: "mem" before b, f, v (p drops: "memukul"), "men" before d, c, j, z (t
# drops: "menulis"), "meng" before g, h, k and vowels, "meny" for s; plain "me" before l, m, n,
# r, w, y. A word opening with "me" and any other consonant is no such verb ("meter", "medan",
# "mesjid", "megawatt").
_NOT_MEN = tuple("me" + c for c in "bcdfghjkpqstvxz")


def _prefix_fits(word: str) -> bool:
    return not word.startswith(_NOT_MEN)


_PREPOSITIONS = words("""
untuk kepada ke di dari pada dengan dalam bagi oleh terhadap tentang sejak selama hingga sampai
menuju melalui demi tanpa atas menjelang
""")

# Discourse openers that carry no content of their own.
_OPENERS = (
    "meski demikian",
    "meskipun demikian",
    "walaupun demikian",
    "namun demikian",
    "di samping itu",
    "selain itu",
    "untuk diketahui",
    "sementara itu",
    "dengan demikian",
    "oleh karena itu",
    "karena itu",
    "akan tetapi",
    "sebelumnya",
    "kemudian",
    "namun",
    "tetapi",
    "tapi",
    "dan",
    "lalu",
    "bahkan",
    "adapun",
    "padahal",
    "bagaimanapun juga",
    "bagaimanapun",
    "faktanya",
)


LANGUAGE = Language(
    code="id",
    name="Indonesian",
    stemmer="indonesian",
    stopwords=frozenset(_STOPWORDS),
    detection_words=DETECTION_WORDS,
    abbreviations=frozenset(_ABBREVIATIONS),
    reporting_verbs=frozenset(_REPORTING_VERBS),
    source_phrases=(
        "menurut",
        "dikutip dari",
        "seperti dikutip dari",
        "seperti dilansir",
        "dilansir dari",
        "dilansir",
        "mengutip",
        "seperti diberitakan",
        "seperti dilaporkan",
        "sebagaimana diberitakan",
        "sebagaimana dilaporkan",
        "demikian",  # "…, demikian keterangan tertulis LIB": what closes a report
    ),
    negators=frozenset(_NEGATORS),
    denial_verbs=frozenset(_DENIAL_VERBS),
    hedges=_HEDGES,
    clause_coordinators=frozenset(
        words("dan serta tetapi tapi namun sedangkan sementara padahal lalu kemudian bahkan")
    ),
    contrast_coordinators=frozenset({"sedangkan", "sementara", "padahal"}),
    reporting_participles=frozenset(words("seraya sembari sambil")),
    complementizers=frozenset({"bahwa", "bahwasanya"}),
    pronouns=frozenset({"dia", "ia", "beliau", "dirinya", "mereka"}),
    number_words=_NUMBER_WORDS,
    scale_words=_SCALE_WORDS,
    compact_scales={"jt": 1e6, "rb": 1e3},
    compact_money_scales={"m": 1e9, "t": 1e12},  # "Rp4,6M": miliar, "Rp2T": triliun
    approximate_quantities=_APPROXIMATE,
    months=_MONTHS,
    time_units=frozenset(words("detik menit jam hari minggu pekan bulan tahun dekade abad")),
    clock_before=frozenset(words("pukul pkl")),
    clock_after=("wib", "wita", "wit"),
    time_prepositions={
        "sejak": "since",
        "semenjak": "since",
        "pada": "in",
        "tahun": "in",
        "di": "in",
        "hingga": "until",
        "sampai": "until",
        "sebelum": "before",
        "setelah": "after",
        "sesudah": "after",
        "sepanjang": "in",  # "sepanjang 2025": throughout it
        "selama": "in",
    },
    unit_compounds=frozenset(
        {
            "rumah sakit",
            "rumah ibadah",
            "rumah makan",
            "rumah susun",
            "rumah tangga",
            "rumah potong",
            "rumah pompa",
            "rumah adat",
            "kapal selam",
            "kapal induk",
            "orang tua",
        }
    ),
    unit_concepts=UNIT_CONCEPTS,
    directions=DIRECTIONS,
    symmetric_words=SYMMETRIC_WORDS,
    passive_agents=frozenset({"oleh"}),
    question_words=frozenset(words("apa apakah siapa kapan mengapa kenapa bagaimana berapa mana")),
    question_complementizers=frozenset({"apakah"}),
    titles=frozenset(
        words(
            "presiden wakil menteri gubernur bupati wali walikota kepala ketua direktur dirut "
            "sekretaris juru kapolri kapolda kapolres jaksa hakim panglima komandan pelatih "
            "dokter anggota camat lurah rektor duta mantan pemimpin pimpinan kapten jenderal "
            "ekonom pengamat peneliti analis dosen profesor komisioner kapolsek kasatreskrim "
            "kabid kadis kasi kabag plt penjabat deputi asisten koordinator manajer"
        )
    ),
    passive_prefixes=("di",),
    undergoer_prefixes=("di", "ter"),
    existentials=frozenset({"ada"}),
    vague_subjects=frozenset(words("itu ini anda kamu kalian mereka")),
    spokespersons=frozenset(words("juru jubir humas")),
    honorifics=frozenset(words("pak bu bapak ibu saudara saudari bung")),
    escalations=frozenset(words("bahkan")),
    second_person=frozenset(words("anda kamu kalian engkau saudara")),
    opinion_openers=(
        "saya yakin",
        "kami yakin",
        "saya kira",
        "saya pikir",
        "saya percaya",
        "menurut saya",
        "saya rasa",
        "hendaknya",
        "sebaiknya",
        "ada baiknya",
        "jangan",
        "mari",
        "marilah",
    ),
    exhortations=("mari", "marilah", "ayo", "ayolah"),
    courtesies=(
        "terima kasih",
        "selamat pagi",
        "selamat siang",
        "selamat sore",
        "selamat malam",
        "assalamualaikum",
    ),
    first_person=frozenset(words("saya aku kami kita")),
    deontic_modals=frozenset(words("seharusnya semestinya sepatutnya sebaiknya hendaknya")),
    time_deictics=frozenset(words("ini itu depan lalu mendatang")),
    partitives=("di antaranya", "di antara mereka", "dari jumlah itu", "dari jumlah tersebut"),
    verbless_partitives=True,
    restatement_markers=frozenset({"atau"}),
    age_words=("berusia", "tahun"),
    aside_openers=frozenset(words("selain kecuali bersama beserta berbeda")),
    cleft_relativizers=frozenset({"yang"}),
    ranking_continuations=("disusul oleh", "disusul", "diikuti oleh", "diikuti"),
    inclusion_markers=("termasuk",),
    result_coordinators=frozenset({"sehingga"}),
    bare_result_coordinators=frozenset({"sehingga"}),
    target_verbs=frozenset(words("menargetkan mengharapkan berharap merencanakan berencana")),
    unrealised_markers=frozenset(words("akan bakal bisa dapat harus mampu boleh perlu")),
    recipient_prepositions=frozenset(words("bagi untuk kepada terhadap")),
    partitive_wholes={"di antaranya": "di antara {} itu"},
    advisories=("diimbau", "dianjurkan", "diingatkan untuk", "diminta untuk"),
    feelings=frozenset(
        words(
            "senang bangga bahagia sedih kecewa menyukai cinta mencintai benci membenci "
            "gembira prihatin menghargai bersyukur terharu"
        )
    ),
    futures=("akan", "bakal"),
    intentions=("ingin", "mau", "hendak", "harus", "perlu", "berharap", "akan terus berusaha"),
    causal_subordinators=frozenset(words("karena sebab lantaran mengingat")),
    event_subordinators=frozenset(words("setelah sesudah sebelum usai seusai sambil sejak")),
    subordinators=frozenset(
        words(
            "ketika saat jika kalau apabila bila sebelum sesudah setelah karena meski meskipun "
            "walaupun"
        )
    ),
    concessives=("kendati", "meskipun", "meski", "walaupun", "walau", "sekalipun", "biarpun"),
    phrase_negators=frozenset({"tanpa"}),
    # "X bukan A, melainkan B": X is B
    contrastive_negators=frozenset(words("bukan bukanlah")),
    correction_markers=frozenset(words("melainkan tetapi tapi namun")),
    adversatives=frozenset(words("namun tetapi tapi")),
    false_negations=(
        # "diberhentikan tidak dengan hormat": a dismissal's legal name, no negation
        "tidak dengan hormat",
        "tidak lepas dari",
        "tak lepas dari",
        "tidak terlepas dari",
        "tak terlepas dari",
        "tidak hanya",
        "tak hanya",
        "bukan hanya",
        "bukan saja",
        "tidak saja",
        "tidak sedikit",
        "tak sedikit",
        "tidak kalah",
        "tak kalah",
        "tidak lain",
        "tak lain",
        "bukan lain",
        "tidak jarang",
        "tak jarang",
        "tidak pelak",
        "tak pelak",
        "tidak heran",
        "tak heran",
        "tak ayal",
        "tidak ayal",
        # adjectives made with a negator: "dana tak terduga" is a contingency fund
        "tak terduga",
        "tidak terduga",
        "tak terhingga",
        "tidak terhingga",
        "tak terhitung",
        "tidak terhitung",
        "tak menentu",
        "tidak menentu",
    ),
    purpose_markers=frozenset({"untuk", "agar", "supaya"}),
    unknown_markers=("jelas", "diketahui", "dipastikan"),
    inverted_reporting_verbs=frozenset(_INVERTED_REPORTING_VERBS),
    # Their object may be a thing ("mengungkap kasus narkoba"), so only a clause is reported.
    evidence_verbs=frozenset(words("menunjukkan mencatat memperlihatkan mengungkap melaporkan")),
    time_words=frozenset(
        words("hari pekan bulan tahun senin selasa rabu kamis jumat sabtu minggu kemarin lalu")
    ),
    attribution_trailers=frozenset(words("pada di kepada dalam saat usai seusai ketika setelah")),
    enclitic_pronoun="nya",
    predicate_words=frozenset(_PREDICATE_WORDS),
    verb_prefixes=("me", "ber", "di", "ter"),
    prefix_fits=_prefix_fits,
    active_prefixes=("me", "ber"),
    act_openers=frozenset(words("siap mulai")),
    self_reporting_verbs=frozenset(words("mengaku")),
    figure_markers=frozenset(words("sebesar sebanyak senilai sekitar kira-kira hampir hanya")),
    verb_suffixes=(),
    non_verbs=frozenset(_NON_VERBS),
    superlatives=frozenset(_SUPERLATIVES),
    onset_verbs=frozenset({"mulai"}),
    clause_denials=frozenset(words("membantah menyangkal menampik")),
    naming_words=frozenset({"bernama"}),
    attributive_verbs=frozenset(
        words(
            "bernama berusia berjudul bertajuk berukuran berjumlah berdiameter berwarna "
            "berlantai bernilai berkapasitas berpenduduk berbentuk berbahan berlabel "
            "bermagnitudo berkekuatan"
        )
    ),
    comparison_participles=frozenset(words("dibandingkan dibanding")),
    copula="adalah",
    transitive_prefixes=("me",),
    document_sources=("demikian",),
    withholdings=(
        "menolak menyebut",
        "menolak merinci",
        "menolak menjelaskan",
        "menolak berkomentar",
        "enggan",
        "tidak merinci",
        "tidak menyebut",
        "tidak menjelaskan",
        "belum merinci",
        "belum menyebut",
    ),
    medium_prepositions=frozenset(words("dalam melalui lewat")),
    channel_sources=(
        "seperti dilansir",
        "dilansir dari",
        "dilansir",
        "dikutip dari",
        "seperti dikutip dari",
    ),
    report_openers=(
        "seperti diberitakan",
        "seperti dilaporkan",
        "sebagaimana diberitakan",
        "sebagaimana dilaporkan",
    ),
    headline_verb_suffixes=("kan",),
    noun_prefixes=("ke", "pe"),
    negative_subjects=(
        "tidak seorang pun",
        "tak seorang pun",
        "tidak ada seorang pun",
        "tidak ada yang",
        "tak ada yang",
    ),
    shares=(
        "sebagian besar",
        "sebagian",
        "separuh",
        "setengah",
        "mayoritas",
        "kebanyakan",
        "hampir semua",
        "hampir seluruhnya",
        "sisanya",
    ),
    headline_verbs=frozenset(
        words(
            "bongkar gagalkan tangkap ringkus sita amankan tetapkan resmikan luncurkan bantah "
            "tolak minta pastikan ungkap gelar salurkan bagikan naikkan turunkan tunda larang "
            "cabut segel tutup buka catat raih bangun perbaiki tambah kurangi temukan selamatkan "
            # bare verbs headlines use without their prefix
            "tembus antre peras raup capai bobol gasak lampaui serbu desak kecam tuntut gugat "
            "rampas pecat tahan periksa panggil kirim terima jual beli bakar curi tipu "
            # ke-/per- verbs a noun's confix would hide ("Pedagang Keluhkan …")
            "keluhkan kerahkan kembalikan keluarkan kenalkan kerjakan pertanyakan persoalkan "
            "perketat perpanjang perluas pertahankan peringatkan perbarui"
        )
    ),
    complement_verbs=frozenset(
        words(
            "dinyatakan dilaporkan disebut diduga dianggap dinilai ditetapkan terbukti "
            "diketahui dikabarkan diklaim berjanji berencana memutuskan sepakat ingin mau "
            "hendak berusaha mencoba memilih mengaku terancam bersedia enggan diminta "
            "dilarang tergolong termasuk terbukti tercatat"
        )
    ),
    change_verbs=frozenset(
        words("naik turun meningkat menurun bertambah berkurang anjlok melonjak merosot")
    ),
    measure_verbs=frozenset(words("tercatat mencapai berjumlah sebesar menjadi adalah")),
    figure_of="{subject} sebesar {figure}",
    level_prepositions=frozenset({"menjadi", "ke", "hingga", "sampai"}),
    figure_comparisons=(
        *(
            f"{how}{most}"
            for how in ("", "yang ")
            for most in words(
                "tertinggi terendah terbanyak terbesar terkecil tersedikit terburuk terbaik"
            )
        ),
        *(
            f"{how}{what}"
            for how in ("", "hampir ", "lebih dari ")
            for what in ("dua kali lipat", "tiga kali lipat", "separuh", "setengah")
        ),
        # "jauh di bawah target", not "jauh di atas permukiman" (a place)
        *(
            f"{how}di {side} {reference}"
            for how in ("", "jauh ", "sedikit ")
            for side in ("atas", "bawah")
            for reference in words("target rata-rata anggaran kapasitas proyeksi perkiraan")
        ),
        "rekor",
    ),
    copulas=frozenset(words("adalah ialah merupakan yakni yaitu")),
    determiners=frozenset(words("sebuah seorang suatu para sang si")),
    phrase_closers=frozenset(words("itu ini tersebut")),
    relativizers=frozenset({"yang"}),
    prepositions=frozenset(_PREPOSITIONS),
    pair_words=frozenset({"antara", "baik"}),
    list_openers=frozenset(words("seperti termasuk yaitu yakni lain sebagai")),
    example_openers=(
        "antara lain",
        "di antaranya",
        "diantaranya",
        "seperti",
        "termasuk",
        "misalnya",
        "contohnya",
        "salah satunya",
    ),
    denial_objects=frozenset(
        words(
            "klaim anggapan tuduhan tudingan laporan kabar isu rumor spekulasi pernyataan "
            "informasi berita hoaks desas-desus"
        )
    ),
    openers=_OPENERS,
    comma_openers=("di sisi lain",),
    anaphors=("hal itu", "hal ini", "itu", "ini"),
    credit_phrases=(
        "berterima kasih kepada",
        "berterima kasih pada",
        "mengucapkan terima kasih kepada",
        "memuji",
        "menyalahkan",
    ),
    credit_linkers=frozenset({"karena", "atas"}),
    appositive_openers=frozenset({"sebuah", "suatu", "yakni", "yaitu", "merupakan"}),
    place_prepositions=frozenset({"di", "dekat"}),
    fronted_appositive_openers=("salah satu", "sebuah", "seorang", "suatu", "sebagai"),
    gloss_labels=frozenset(words("bahasa bhs")),
    role_markers=frozenset(words("sebagai selaku")),
    adverbs=frozenset(
        words(
            "juga telah sudah pun kali berulang kembali hanya masih lalu kemudian langsung bahkan "
            "sempat segera lagi pernah sebelumnya kini akhirnya mungkin serta-merta merta"
        )
    ),
    idioms=("serta merta", "bakal calon"),  # "bakal calon": a prospective candidate, no future
    back_references=("hal itu", "hal tersebut", "hal ini", "pernyataan itu", "pernyataan tersebut"),
    passive_reporting_verbs=frozenset(
        words(
            "disampaikan diungkapkan dikatakan dijelaskan ditegaskan dinyatakan disebutkan "
            "dikemukakan diutarakan"
        )
    ),
    agent_marker="oleh",
    corporate_words=frozenset(words("pt tbk persero cv")),
    bodies=frozenset(
        words(
            "perusahaan kementerian lembaga badan dinas instansi komisi otoritas bank "
            "organisasi asosiasi partai yayasan pabrik pt cv tbk persero perum bumn"
        )
    ),
    auxiliaries=frozenset(
        "telah sudah akan bakal sedang masih pernah bisa dapat harus mampu".split()
    ),
    singular_pronouns=frozenset({"dia", "ia", "beliau", "dirinya"}),
    documents=frozenset(
        words(
            "laporan survei studi kajian riset analisis data catatan rilis pernyataan audit "
            "keterangan siaran surat"
        )
    ),
    document_kinds=frozenset(
        words("tertulis resmi pers tahunan bersama edaran hasil pemeriksaan keuangan kinerja")
    ),
    author_prepositions=frozenset(words("dari oleh")),
    currencies=frozenset(words("rp idr usd us$ eur")),
    comparatives=frozenset(words("lebih kurang setara sama")),
    standard_markers=frozenset(words("daripada dibanding dibandingkan ketimbang")),
    name_variants=NAME_VARIANTS,
)
