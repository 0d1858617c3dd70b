"""Atomic claim extraction on the seed article (Indonesian) and English news and transcripts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimcheck import lang
from claimcheck.document import from_text
from claimcheck.extract import extract_claims

ID = lang.get("id")
EN = lang.get("en")
SEED_PATH = Path("/work/shared/seed/000_cd2d7f48518f9a1e.txt")

SEED = """Putin Akhirnya Kunjungi Negara Sahabat Belarusia Setelah Bertahun-tahun, Minta Bantuan?
Berita Baru, Minsk – Pemimpin tertinggi Rusia Vladimir Putin akhirnya kunjungi negara sahabat Belarusia setelah bertahun-tahun untuk untuk melakukan pembicaraan dengan Pemimpin Belarusia Alexander Lukashenko, sebuah kunjungan langka sejak 2019.
Lukashenko mengatakan bahwa, meskipun ada “beberapa titik sulit”, Belarusia dan Rusia telah berhasil menanggapi semua ancaman.
Putin mengatakan dia dan Lukashenko membahas pembentukan “satu ruang pertahanan” di wilayah tersebut tetapi menolak klaim bahwa Moskow siap menelan tetangganya.
“Rusia tidak tertarik dengan merger apa pun. Itu tidak layak,” kata Putin.
Lukashenko berterima kasih kepada Putin karena telah menyediakan rudal jarak pendek Iskander dan sistem pertahanan udara S-400 untuk militernya. Dia juga mengatakan negara-negara sepakat untuk terus mengadakan latihan militer bersama.
Beberapa pengamat mengatakan bahwa besar kemungkinan Belarusia akan turut mengambil bagian dari Perang Ukraina karena menginginkan tanah.
Meski demikian, Lukashenko berulang kali mengatakan dia tidak berniat mengirim tentara ke Ukraina.
Di samping itu, Rusia juga menolak anggapan bahwa Putin ingin mendorong Belarusia agar berperan lebih aktif dalam konflik tersebut.
Tetapi, untuk diketahui, tentara Rusia yang pindah ke Belarus pada bulan Oktober akan melakukan latihan taktis batalion, lapor kantor berita Rusia Interfax, mengutip kementerian pertahanan Rusia. Tidak segera jelas kapan mereka akan mulai.
Konflik 10 bulan di Ukraina adalah yang paling signifikan di Eropa sejak Perang Dunia II. Itu telah membunuh puluhan ribu orang, mengusir jutaan orang dari rumah mereka dan menghancurkan kota-kota menjadi reruntuhan.
"""  # noqa: E501 - real article lines


def claims(text, language=ID):
    return extract_claims(from_text(text), language)


@pytest.fixture(scope="module")
def seed():
    text = SEED_PATH.read_text(encoding="utf-8") if SEED_PATH.exists() else SEED
    document = from_text(text)
    return document, extract_claims(document, lang.get(lang.detect(text)))


def find(found, *words):
    hits = [c for c in found if all(w in c.text for w in words)]
    assert hits, f"no claim with {words}: {[c.text for c in found]}"
    return hits[0]


def test_seed_is_indonesian():
    assert lang.detect(SEED) == "id"


def test_every_span_is_exact_source_text_within_its_sentence(seed):
    document, found = seed
    for claim in found:
        span = document.text[claim.start : claim.end]
        assert span and span in claim.sentence
        assert span.split()[-1].strip(".,") in claim.text or claim.negated


def test_headline_question_is_not_a_claim(seed):
    _, found = seed
    assert not any("Minta Bantuan" in c.text for c in found)


def test_dateline_excluded_from_first_claim(seed):
    document, found = seed
    first = find(found, "kunjungan langka sejak 2019")
    assert first.text.startswith("Pemimpin tertinggi Rusia Vladimir Putin")
    assert "Berita Baru" not in document.text[first.start : first.end]
    assert "Putin" in first.text


def test_coordinated_objects_split_into_iskander_and_s400(seed):
    document, found = seed
    iskander = find(found, "Iskander")
    s400 = find(found, "S-400")
    assert iskander is not s400
    assert "S-400" not in iskander.text and "Iskander" not in s400.text
    assert "menyediakan" in s400.text and "untuk militernya" in iskander.text
    assert document.text[s400.start : s400.end] == "sistem pertahanan udara S-400 untuk militernya"
    assert document.text[iskander.start : iskander.end].endswith("rudal jarak pendek Iskander")


def test_what_someone_is_thanked_for_is_a_claim_about_them(seed):
    _, found = seed
    for claim in (find(found, "Iskander"), find(found, "S-400")):
        assert claim.text.startswith("Putin telah menyediakan")
        assert claim.speaker == "Lukashenko"


def test_english_thanked_for_splits_objects_with_the_beneficiary_as_subject():
    found = claims(
        "Lukashenko thanked Putin for supplying Iskander missiles and S-400 systems.", EN
    )
    assert [c.text for c in found] == [
        "Putin supplying Iskander missiles",
        "Putin supplying S-400 systems",
    ]
    assert {c.speaker for c in found} == {"Lukashenko"}


def test_merger_denied_in_multi_sentence_quote(seed):
    _, found = seed
    merger = find(found, "merger")
    assert merger.text == "Rusia tidak tertarik dengan merger apa pun"
    assert merger.negated and merger.speaker == "Putin"
    assert not any("kata Putin" in c.text for c in found)


def test_denial_of_moscow_swallowing_neighbour(seed):
    _, found = seed
    denied = find(found, "Moskow siap menelan")
    assert denied.text == "Moskow siap menelan tetangganya"
    assert denied.negated and denied.speaker == "Putin"
    discussed = find(found, "membahas pembentukan")
    assert not discussed.negated and discussed.speaker == "Putin"
    assert "menolak" not in discussed.text


def test_denial_of_anggapan(seed):
    _, found = seed
    denied = find(found, "Putin ingin mendorong Belarusia")
    assert denied.negated and denied.speaker == "Rusia"
    assert not denied.text.startswith("Rusia")


def test_reporting_clause_removed_and_pronouns_resolved(seed):
    _, found = seed
    troops = find(found, "tidak berniat mengirim tentara")
    assert troops.speaker == "Lukashenko" and troops.negated
    assert troops.text.startswith("Lukashenko tidak berniat")
    exercises = find(found, "latihan militer bersama")
    assert exercises.speaker == "Lukashenko"
    assert "mengatakan" not in exercises.text


def test_hedged_statements(seed):
    _, found = seed
    assert find(found, "Belarusia akan turut mengambil bagian").hedged
    battalion = find(found, "latihan taktis batalion")
    assert battalion.hedged and "Interfax" in battalion.speaker
    assert "lapor" not in battalion.text
    assert not find(found, "Moskow siap").hedged


def test_nothing_checkable_is_dropped(seed):
    _, found = seed
    assert not any("kapan mereka akan mulai" in c.sentence and "kapan" in c.text for c in found)


def test_verb_phrase_list_gives_three_claims_with_resolved_subject(seed):
    _, found = seed
    killed = find(found, "membunuh puluhan ribu orang")
    displaced = find(found, "mengusir jutaan orang")
    destroyed = find(found, "menghancurkan kota-kota")
    assert len({id(killed), id(displaced), id(destroyed)}) == 3
    for claim in (killed, displaced, destroyed):
        assert claim.text.startswith("Konflik 10 bulan di Ukraina")


def test_subject_coordination_is_not_split(seed):
    _, found = seed
    threats = find(found, "menanggapi semua ancaman")
    assert "Belarusia dan Rusia telah berhasil" in threats.text
    assert threats.speaker == "Lukashenko"


def test_subject_drop_in_second_clause():
    found = claims(
        "Rekaman yang disiarkan oleh televisi negara Rusia menunjukkan Putin turun dari pesawat "
        "pada hari Senin di bandara di Minsk dan disambut dengan hangat oleh sekutu dekatnya, "
        "Lukashenko."
    )
    welcomed = find(found, "disambut")
    assert welcomed.text.startswith("Putin disambut")


def test_yang_relative_clause_not_split():
    found = claims(
        "Putin mendukung proposal untuk melatih awak pesawat yang telah dimodifikasi dan "
        "dilengkapi hulu ledak khusus."
    )
    assert len(found) == 1


def test_seed_extraction_is_fast(seed):
    document, _ = seed
    # CPU time: a busy shared machine (CI) must not fail it
    started = time.process_time()
    for _ in range(10):
        extract_claims(document, ID)
    assert (time.process_time() - started) / 10 < 0.05


# ---------------------------------------------------------------------------- English


def test_english_said_and_according_to():
    found = claims(
        "Putin said that Russia was not interested in any merger. According to Reuters, "
        "Belarus received 12 Iskander missiles in 2022. Shares fell 3 percent, the ministry said.",
        EN,
    )
    merger = find(found, "merger")
    assert merger.speaker == "Putin" and merger.negated
    assert merger.text == "Russia was not interested in any merger"
    assert find(found, "Iskander").speaker == "Reuters"
    shares = find(found, "Shares fell")
    assert shares.text == "Shares fell 3 percent" and shares.speaker == "the ministry"


def test_english_quote_with_attribution_and_pronoun():
    found = claims(
        "Belarusian leader Alexander Lukashenko met Putin in Minsk. "
        '"Belarus will never join Russia. We sent 2,000 troops to the border," he said.',
        EN,
    )
    troops = find(found, "2,000 troops")
    assert troops.speaker == "Alexander Lukashenko"
    never = find(found, "never join")
    assert never.negated and never.hedged and never.speaker == "Alexander Lukashenko"


def test_english_denial():
    found = claims("The Kremlin denied that Moscow planned to annex Belarus.", EN)
    assert len(found) == 1
    assert found[0].text == "Moscow planned to annex Belarus"
    assert found[0].negated and found[0].speaker == "The Kremlin"
    found = claims("Putin rejected claims that Russia wants to absorb its neighbour.", EN)
    assert found[0].text == "Russia wants to absorb its neighbour" and found[0].negated


def test_english_hedges():
    assert claims("Belarus is likely to send troops to Ukraine next year.", EN)[0].hedged
    assert not claims("Belarus sent 5,000 troops to Ukraine in 2022.", EN)[0].hedged


@pytest.mark.parametrize(
    "text",
    ["Thank you, everybody.", "[Applause]", "(Laughter.)", "What happened?", "Questions remain."],
)
def test_english_nothing_checkable(text):
    assert claims(text, EN) == []


@pytest.mark.parametrize(
    "line",
    [
        "We're the highest taxed nation in the world.",
        "Four Americans are dead, including an American ambassador.",
        "America has spent approximately $6 trillion in the Middle East, all the while our "
        "infrastructure at home is crumbling.",
        "92 percent — 92 percent of the jobs lost during Barack Obama's first term belonged "
        "to women.",
        "You have to remember, ObamaCare doesn't work.",
        "In Chicago, they've had thousands of shootings, thousands since January 1st.",
        "First, Donald Trump said wages are too high.",
        "And now she wants to sign TPP, even though she says now she's for it.",
        "I have nothing to do with Russia.",
    ],
)
def test_transcript_lines_keep_a_claim(line):
    text = "Good evening.\n" + line + "\n"
    found = claims(text, EN)
    on_line = [c for c in found if c.start >= len("Good evening.\n")]
    assert on_line, line
    assert max(c.end - c.start for c in on_line) >= len(line.split(",")[-1].strip()) // 2


def test_transcript_set_is_fast():
    docs = sorted(Path("/work/shared/bench/politifact/docs").glob("*.txt"))[:5]
    if not docs:
        pytest.skip("benchmark transcripts not available")
    for path in docs:
        document = from_text(path.read_text(encoding="utf-8"))
        # CPU time: other processes on a shared machine do not make it fail
        started = time.process_time()
        extract_claims(document, EN)
        assert time.process_time() - started < 1.0


def test_pathological_inputs_finish_quickly():
    long_sentence = "Putin " + " ".join(
        f"mengirim rudal{i} dan" if i % 3 else f"berkata, “kata{i}" for i in range(5000)
    )
    # 2 MB without sentence ends, commas everywhere, unbalanced quotes.
    blob = ("dan, “menolak klaim bahwa " + "kata " * 40 + ", said that ") * 6000
    # CPU time: a busy shared machine (CI) must not fail it
    started = time.process_time()
    claims(long_sentence)
    claims("and " * 5000 + "said that " * 2000, EN)
    claims(blob[:2_000_000])
    assert time.process_time() - started < 2.0


def test_dense_news_text_is_linear():
    sentence = (
        "Lukashenko mengatakan bahwa Rusia dan Belarusia telah mengirim 1.500 tentara, "
        "tetapi menolak klaim bahwa Moskow siap menyerang. "
    )
    # CPU time: a busy shared machine (CI) must not fail it
    started = time.process_time()
    small = claims(sentence * 500)
    middle = time.process_time()
    large = claims(sentence * 2500)
    ended = time.process_time()
    assert len(large) == 5 * len(small)
    assert ended - middle < 8 * (middle - started) + 0.2  # five times the text, not 25
    assert ended - middle < 2.0


def test_sentence_final_appositive_is_its_own_claim_about_the_event(seed):
    document, found = seed
    rare = find(found, "kunjungan langka sejak 2019")
    assert rare.text.startswith("Pemimpin tertinggi Rusia Vladimir Putin akhirnya kunjungi")
    assert document.text[rare.start : rare.end] == "sebuah kunjungan langka sejak 2019"
    main = find(found, "melakukan pembicaraan")
    assert "2019" not in main.text


def test_english_appositive():
    found = claims("Putin visited Minsk on Monday, his first visit to Belarus since 2019.", EN)
    assert [c.text for c in found] == [
        "Putin visited Minsk on Monday",
        "Putin visited Minsk on Monday, his first visit to Belarus since 2019",
    ]


def test_objects_of_one_preposition_split_and_keep_the_verb():
    found = claims(
        "Russia has supplied Belarus with Iskander missiles and S-400 air defence systems.", EN
    )
    assert [c.text for c in found] == [
        "Russia has supplied Belarus with Iskander missiles",
        "Russia has supplied Belarus with S-400 air defence systems",
    ]


def test_between_a_and_b_stays_one_claim():
    for text, language in (
        ("Trade between Russia and Belarus grew by 10 percent.", EN),
        ("Perdagangan antara Rusia dan Belarusia tumbuh 10 persen.", ID),
    ):
        assert len(claims(text, language)) == 1


def test_a_verb_phrase_after_and_keeps_the_auxiliary():
    found = claims(
        "The war in Ukraine has killed tens of thousands of people and driven millions "
        "from their homes.",
        EN,
    )
    assert [c.text for c in found] == [
        "The war in Ukraine has killed tens of thousands of people",
        "The war in Ukraine has driven millions from their homes",
    ]


def test_a_sentence_plainly_in_the_other_language_is_read_in_it():
    # An Indonesian sentence in an English article (and the other way round) keeps its
    # negation: read with the document's words only, "tidak" would be no negator at all.
    found = claims(
        "The minister spoke on Monday about the region and the economy.\n"
        "Rusia tidak memasok rudal Iskander ke Belarusia.\n",
        EN,
    )
    rudal = next(c for c in found if "Iskander" in c.text)
    assert (rudal.lang, rudal.negated) == ("id", True)
    found = claims(
        "Menteri itu berbicara pada hari Senin tentang kawasan dan ekonomi.\n"
        "Russia has not supplied Belarus with any missiles.\n"
    )
    missiles = next(c for c in found if "missiles" in c.text)
    assert (missiles.lang, missiles.negated) == ("en", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin met Lukashenko at the Palace of Independence in Minsk.",
        "The agreement, known as Satu Data Indonesia, was signed in Jakarta.",
        "He said the word 'tidak' means no.",
    ],
)
def test_a_name_or_a_loanword_does_not_switch_the_language(sentence):
    found = claims(sentence, EN)
    assert found and {c.lang for c in found} == {"en"}
