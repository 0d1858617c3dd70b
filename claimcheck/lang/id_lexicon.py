"""Indonesian words that claims and ledger entries are compared by, in either language: names
in their canonical spelling, what a figure counts, the two sides of a scale or an outcome,
and the frequent news words that tell a short text's language. The grammar the extractor
reads stays in :mod:`claimcheck.lang.id`.
"""

from __future__ import annotations

from claimcheck.lang import concepts, sides, values

# Indonesian spellings of place and body names → the canonical (English) form the matcher uses
# in every language, so "Rusia" meets "Russia" and "Amerika Serikat" meets "United States";
# also other names for the same thing (claimcheck/roles.py reads them too).
NAME_VARIANTS = {
    "rusia": "russia",
    "belarusia": "belarus",
    "belarus": "belarus",
    "ukraina": "ukraine",
    "moskow": "moscow",
    "moskwa": "moscow",
    "kiev": "kyiv",
    "kyiv": "kyiv",
    "amerika serikat": "united states",
    "amerika": "america",
    "tiongkok": "china",
    "cina": "china",
    "china": "china",
    "inggris": "britain",
    "britania raya": "britain",
    "prancis": "france",
    "perancis": "france",
    "jerman": "germany",
    "jepang": "japan",
    "belanda": "netherlands",
    "polandia": "poland",
    "suriah": "syria",
    "mesir": "egypt",
    "turki": "turkey",
    "arab saudi": "saudi arabia",
    "korea utara": "north korea",
    "korea selatan": "south korea",
    "selandia baru": "new zealand",
    "kanada": "canada",
    "meksiko": "mexico",
    "brasil": "brazil",
    "afrika": "africa",
    "eropa": "europe",
    "uni eropa": "european union",
    "perserikatan bangsa-bangsa": "united nations",
    "pbb": "united nations",
    "nato": "nato",
    # Names Indonesian news uses for the same place, person or day as the ledger's name:
    # "Kota Pahlawan" is Surabaya, "Jokowi" is Joko Widodo, "Lebaran" is Idulfitri.
    "kota pahlawan": "surabaya",
    "kota kembang": "bandung",
    "kota hujan": "bogor",
    "kota gudeg": "yogyakarta",
    "jogja": "yogyakarta",
    "jogjakarta": "yogyakarta",
    "yogya": "yogyakarta",
    "kota solo": "surakarta",
    "kota bengawan": "surakarta",
    "kota lumpia": "semarang",
    "kota udang": "cirebon",
    "kota batik": "pekalongan",
    "kota daeng": "makassar",
    "kota minyak": "balikpapan",
    "kota tepian": "samarinda",
    "kota khatulistiwa": "pontianak",
    "kota seribu sungai": "banjarmasin",
    "pulau dewata": "bali",
    "bumi cenderawasih": "papua",
    "serambi mekkah": "aceh",
    "soetta": "soekarno hatta",
    "jokowi": "joko widodo",
    "sby": "susilo bambang yudhoyono",
    "ahy": "agus harimurti yudhoyono",
    "ahok": "basuki tjahaja purnama",
    "gus dur": "abdurrahman wahid",
    "kang emil": "ridwan kamil",
    "kdm": "dedi mulyadi",
    "lebaran": "idulfitri",
    "idul fitri": "idulfitri",
    "lebaran haji": "iduladha",
    "idul adha": "iduladha",
    "hari raya kurban": "iduladha",
    "idul kurban": "iduladha",
    "tahun baru imlek": "imlek",
    "tahun baru china": "imlek",
    "tahun baru cina": "imlek",
    "tahun baru islam": "tahun baru hijriah",
    "ramadhan": "ramadan",
    "bulan puasa": "ramadan",
}

# Frequent words of Indonesian news that no English text uses (see Language.detection_words).
DETECTION_WORDS = frozenset(
    """
kepala tahun kota persen kabupaten dinas menurut mengatakan hari mencapai baru dua pemerintah
warga sekitar orang harga ketua rumah selasa juta miliar triliun ribu direktur sepanjang
sebanyak naik turun provinsi tengah badan senin bulan kementerian besar daerah mulai satu
negeri kesehatan timur ujar ujarnya sekolah anak kamis membantah desa negara akhir rabu pasar
sebesar barat kecamatan merupakan perusahaan kabar jalan pekan jumlah nasional hasil
diperkirakan kasus wilayah pendidikan dunia jumat selatan rata bidang sebagian tingkat kerja
minggu listrik kemungkinan akibat pertama menyebut menerima jam utama menegaskan tetap daya
makanan pengadilan lima kenaikan petani hujan kantor salah malam kapal mencatat tercatat panen
tinggi dibandingkan dibanding sebelumnya suara gempa tenggara tarif pusat produksi masuk
anggaran keluarga memiliki luar balai tenaga hukum polisi tutur imbuhnya mengalami korban
lokasi undang dasar bumi tanah anggota kawasan kali meninggal izin umum sabtu keuangan
tersangka bagian menemukan kereta penumpang utara pukul waktu gedung guru siswa gubernur cepat
tempat menetapkan ditetapkan berada jenderal menaikkan usaha industri laut terjadi pangan
paling rapat raya maret induk pedagang sekretaris lembaga kini enam pulau ekspor sumber musim
sistem bawah menyatakan laporan pelabuhan pasokan dilakukan beredar katanya pendapatan wali
sungai resmi pekerja asal hidup uang agustus perempuan hakim menggunakan pekerjaan sejumlah
menjelaskan tiba februari stok rakyat mahasiswa pajak penjara dihukum diduga terkait inflasi
tahunan upah menjuarai memenangi mencabut meningkat menurun bertambah berkurang
""".split()
)

UNIT_CONCEPTS = concepts(
    """
person: orang warga jiwa penduduk individu
passenger: penumpang
student: siswa murid pelajar mahasiswa
teacher: guru
patient: pasien
worker: pekerja karyawan buruh pegawai
victim: korban
case: kasus
house: rumah
building: gedung bangunan
school: sekolah
vehicle: kendaraan
car: mobil
family: keluarga
vote: suara
seat: kursi
tree: pohon
tourist: wisatawan turis pengunjung wisman
flight: penerbangan
company: perusahaan
village: desa
ship: kapal
soldier: tentara prajurit
tonne: ton
hectare: hektare hektar ha
kilogram: kilogram kg kilo
kilometre: kilometer km
metre: meter
litre: liter
"""
)

# Scales and outcomes (two sides each) and small sets of exclusive values, as word lists.
_SCALES = sides(
    """
rise: naik kenaikan meningkat peningkatan bertambah pertambahan melonjak lonjakan tumbuh
    menaikkan dinaikkan meningkatkan ditingkatkan menambah ditambah | turun penurunan menurun
    berkurang pengurangan merosot anjlok menyusut menurunkan diturunkan memangkas dipangkas
    mengurangi dikurangi melandai
high: tinggi tertinggi | rendah terendah
large: terbesar | terkecil
cheap: murah termurah | mahal termahal
open: dibuka membuka pembukaan | ditutup menutup penutupan
sex: pria laki-laki putra | wanita perempuan putri
north: utara | selatan
east: timur | barat
surplus: surplus | defisit
profit: laba untung keuntungan | rugi kerugian
strong: menguat penguatan | melemah pelemahan
above: melebihi | kurang
approve: menyetujui disetujui persetujuan mengesahkan disahkan meratifikasi | menolak ditolak
    memveto
support: mendukung didukung | menentang ditentang
inflation: inflasi | deflasi
medal: emas | perak | perunggu
improve: membaik | memburuk
week: hari_kerja | akhir_pekan
origin: domestik nusantara | asing mancanegara
degree: sarjana | pascasarjana
school: sd | smp | sma | smk
""".replace("\n    ", " ")
)

# Words of a relation that reads the same both ways: "A dan B" is "B dan A"; so is a copula
# ("A adalah B").
SYMMETRIC_WORDS = frozenset(
    """
dan atau serta dengan vs versus melawan kontra antara bertemu menemui berhadapan bermain imbang
menikah adalah merupakan ialah yaitu yakni
""".split()
)

# Countries, each a value of "country" (a claim naming another country than its entry is not
# vouched for by it: claimcheck/directions.py), canonical names as in English: not "AS", which
# lower-cased is the English "as". Lines "canonical: spellings", several words joined by "_".
COUNTRIES = concepts(
    """
afghanistan: afghanistan afganistan
argentina: argentina
australia: australia
austria: austria
bahrain: bahrain
bangladesh: bangladesh
belarus: belarus belarusia
belgium: belgia
brazil: brasil
brunei: brunei
cambodia: kamboja
canada: kanada
chile: cile chili
china: china tiongkok cina
colombia: kolombia
cuba: kuba
denmark: denmark
egypt: mesir
finland: finlandia
france: prancis perancis
germany: jerman
greece: yunani
hungary: hungaria
india: india
indonesia: indonesia
iran: iran
iraq: irak
ireland: irlandia
israel: israel
italy: italia
japan: jepang
kenya: kenya
kuwait: kuwait
laos: laos
lebanon: lebanon libanon
libya: libya
malaysia: malaysia
mexico: meksiko
morocco: maroko
myanmar: myanmar
nepal: nepal
netherlands: belanda
new_zealand: selandia_baru
nigeria: nigeria
north_korea: korea_utara
norway: norwegia
pakistan: pakistan
palestine: palestina
papua_new_guinea: papua_nugini
peru: peru
philippines: filipina
poland: polandia
portugal: portugal
qatar: qatar
romania: rumania
russia: rusia
saudi_arabia: arab_saudi
singapore: singapura
south_africa: afrika_selatan
south_korea: korea_selatan korsel
spain: spanyol
sri_lanka: sri_lanka
sudan: sudan
sweden: swedia
switzerland: swiss
syria: suriah
taiwan: taiwan
thailand: thailand
timor-leste: timor-leste timor_leste
turkey: turki
ukraine: ukraina
united_arab_emirates: uni_emirat_arab uea
britain: inggris britania_raya
united_states: amerika_serikat
venezuela: venezuela
vietnam: vietnam
yemen: yaman
"""
)

# Indonesia's provinces, each a value of "province", as "country" above. Not the bare names of
# regions that are provinces too ("Papua", "Maluku"), nor "Sumatra" or "Kalimantan", islands.
PROVINCES = concepts(
    """
aceh: aceh nad
north_sumatra: sumatera_utara sumut
west_sumatra: sumatera_barat sumbar
riau: riau
riau_islands: kepulauan_riau kepri
jambi: jambi
south_sumatra: sumatera_selatan sumsel
bengkulu: bengkulu
lampung: lampung
bangka_belitung: bangka_belitung babel
banten: banten
jakarta: jakarta dki
west_java: jawa_barat jabar
central_java: jawa_tengah jateng
yogyakarta: yogyakarta yogya diy jogja jogjakarta
east_java: jawa_timur jatim
bali: bali
west_nusa_tenggara: nusa_tenggara_barat ntb
east_nusa_tenggara: nusa_tenggara_timur ntt
west_kalimantan: kalimantan_barat kalbar
central_kalimantan: kalimantan_tengah kalteng
south_kalimantan: kalimantan_selatan kalsel
east_kalimantan: kalimantan_timur kaltim
north_kalimantan: kalimantan_utara kaltara
north_sulawesi: sulawesi_utara sulut
central_sulawesi: sulawesi_tengah sulteng
south_sulawesi: sulawesi_selatan sulsel
southeast_sulawesi: sulawesi_tenggara sultra
west_sulawesi: sulawesi_barat sulbar
gorontalo: gorontalo
north_maluku: maluku_utara malut
west_papua: papua_barat
southwest_papua: papua_barat_daya
central_papua: papua_tengah
highland_papua: papua_pegunungan
south_papua: papua_selatan
"""
)

# Every word that states a side or a value (Language.directions): scales, countries, provinces.
DIRECTIONS = {**_SCALES, **values("country", COUNTRIES), **values("province", PROVINCES)}
