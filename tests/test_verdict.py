"""Verdict rules on real sentences: polarity, quantities, ratings, staleness, rival entries."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import lang
from claimcheck.model import Candidate, Claim, Entry, Stance
from claimcheck.quantities import conflicting, extract_quantities
from claimcheck.verdict import Thresholds, judge

THRESHOLDS = Thresholds(match=0.15, firm=0.8)
TODAY = dt.date(2026, 11, 25)


def _entry(claim: str, status: str, entry_id: str = "e1", **fields) -> Entry:
    return Entry(id=entry_id, claim=claim, status=status, file="claims/x.yaml", line=1, **fields)


def _claim(text: str, code: str = "id", **fields) -> Claim:
    return Claim(text=text, start=0, end=len(text), sentence=text, lang=code, **fields)


def _judge(claim: Claim, entry: Entry, score: float = 0.9, *others: Candidate):
    return judge(claim, [Candidate(entry, score, entry.claim), *others], THRESHOLDS, TODAY)


VISIT = "Kunjungan Putin ke Minsk pada Desember 2022 adalah kunjungan pertamanya sejak 2019."


def test_agreeing_with_a_true_entry_is_supported():
    verdict = _judge(
        _claim("Putin mengunjungi Belarusia, kunjungan langka sejak 2019."), _entry(VISIT, "true")
    )
    assert verdict.verdict == "supported"
    assert verdict.entry.id == "e1"
    assert 0 < verdict.score <= 1


def test_another_year_contradicts_a_true_entry():
    verdict = _judge(
        _claim("Putin mengunjungi Belarusia, kunjungan langka sejak 2018."), _entry(VISIT, "true")
    )
    assert verdict.verdict == "contradicted"
    assert "2018" in verdict.reason and "2019" in verdict.reason


def test_hundreds_killed_contradicts_tens_of_thousands():
    entry = _entry("Perang di Ukraina telah menewaskan puluhan ribu orang.", "true")
    verdict = _judge(_claim("Perang di Ukraina telah menewaskan ratusan orang."), entry)
    assert verdict.verdict == "contradicted"
    assert "ratusan" in verdict.reason


def test_english_quantities_conflict_too():
    entry = _entry("The war in Ukraine has killed tens of thousands of people.", "true")
    verdict = _judge(_claim("The war in Ukraine has killed hundreds of people.", "en"), entry)
    assert verdict.verdict == "contradicted"


def test_negating_a_true_entry_contradicts_it():
    entry = _entry("Rusia memasok rudal Iskander ke Belarusia.", "true")
    verdict = _judge(
        _claim("Rusia tidak memasok rudal Iskander ke Belarusia.", negated=True), entry
    )
    assert verdict.verdict == "contradicted"
    assert "negates" in verdict.reason


def test_asserting_a_false_entry_is_refuted():
    entry = _entry("Russia plans to merge with Belarus.", "false")
    verdict = _judge(_claim("Russia plans to merge with Belarus.", "en"), entry)
    assert verdict.verdict == "refuted"


def test_denying_a_false_entry_is_supported():
    entry = _entry("Moscow is ready to swallow its neighbour Belarus.", "false")
    claim = _claim("Moskow siap menelan tetangganya", negated=True, speaker="Putin")
    verdict = _judge(claim, entry)
    assert verdict.verdict == "supported"
    assert "denies" in verdict.reason


@pytest.mark.parametrize("status", ["half-true", "misleading", "unproven", "disputed"])
def test_mixed_ratings_are_disputed(status):
    verdict = _judge(
        _claim("Belarusia akan ikut berperang di Ukraina."),
        _entry("Belarus will join the war", status),
    )
    assert verdict.verdict == "disputed"


def test_stale_entry_is_unverified_with_a_note():
    entry = _entry(VISIT, "true", review_by=dt.date(2024, 1, 1))
    verdict = _judge(_claim("Putin mengunjungi Belarusia, kunjungan langka sejak 2019."), entry)
    assert verdict.verdict == "unverified"
    assert "stale" in verdict.reason
    assert verdict.entry is entry


def test_unrated_entry_is_unverified():
    verdict = _judge(
        _claim("Putin mengunjungi Minsk."), _entry("Putin visited Minsk", "unverified")
    )
    assert verdict.verdict == "unverified"
    assert "not yet rated" in verdict.reason
    assert verdict.entry is not None


def test_a_loose_match_to_an_unrated_entry_gives_way_to_a_rated_one():
    unrated = _entry("Putin visited Minsk in secret", "unverified", "logged")
    rated = _entry("Putin visited Minsk in December 2022", "true", "rated")
    claim = _claim("Putin visited Minsk in December 2022", "en")
    candidates = [Candidate(unrated, 0.4, unrated.claim), Candidate(rated, 0.3, rated.claim)]
    verdict = judge(claim, candidates, THRESHOLDS, TODAY)
    assert (verdict.verdict, verdict.entry.id) == ("supported", "rated")
    alone = judge(claim, candidates[:1], THRESHOLDS, TODAY)
    assert alone.entry is None
    assert "logged but not yet rated" in alone.reason


def test_no_match_is_unverified():
    weak = Candidate(_entry(VISIT, "true"), 0.1, VISIT)
    verdict = judge(_claim("Harga beras naik 10 persen."), [weak], THRESHOLDS, TODAY)
    assert verdict.verdict == "unverified"
    assert verdict.entry is None
    assert "no matching ledger entry" in verdict.reason


def test_weak_match_never_fails_the_gate():
    entry = _entry("Russia plans to merge with Belarus.", "false")
    verdict = _judge(_claim("Russia plans to merge with Belarus.", "en"), entry, 0.5)
    assert verdict.verdict == "disputed"


def test_hedged_claim_never_fails_the_gate():
    entry = _entry("Russia plans to merge with Belarus.", "false")
    verdict = _judge(_claim("Russia may plan to merge with Belarus.", "en", hedged=True), entry)
    assert verdict.verdict == "disputed"


def test_equally_good_entries_that_disagree_are_disputed():
    true_entry = _entry("Russia supplied Belarus with Iskander missiles.", "true", "a")
    false_entry = _entry("Russia supplied Belarus with Iskander missiles in 2019.", "false", "b")
    claim = _claim("Russia supplied Belarus with Iskander missiles.", "en")
    rival = Candidate(false_entry, 0.89, false_entry.claim)
    verdict = _judge(claim, true_entry, 0.9, rival)
    assert verdict.verdict == "disputed"
    assert "disagree" in verdict.reason


def test_indonesian_number_conventions():
    indonesian = lang.get("id")
    values = [
        q.low
        for q in extract_quantities("Rp 1.500 dan 2,5 persen serta dua belas tentara", indonesian)
    ]
    assert values == [1500, 2.5, 12]


def test_a_scale_written_onto_the_number():
    # "£4.5m" read as 4.5 made a correct claim a conflict with "£4.5 million" (stop 25)
    english, indonesian = lang.get("en"), lang.get("id")
    money = "an extra £4.5m for the board, a $3bn deal, a $40k salary and €1.2tn of debt"
    assert [q.low for q in extract_quantities(money, english)] == [4.5e6, 3e9, 4e4, 1.2e12]
    # without a currency "m" and "k" may be metres and a race
    assert [q.low for q in extract_quantities("a 300m tower and a 5k race", english)] == [300, 5]
    rupiah = "Rp4,6M dan Rp2T serta gaji 10jt"
    assert [q.low for q in extract_quantities(rupiah, indonesian)] == [4.6e9, 2e12, 1e7]
    million = extract_quantities("Morag Lindsay announced an extra £4.5 million.", english)
    assert (
        conflicting(extract_quantities("announced an additional £4.5m", english), million) is None
    )


def test_codes_are_not_quantities():
    english = lang.get("en")
    assert extract_quantities("S-400 air defence and Covid-19", english) == []


def test_unrelated_numbers_do_not_conflict():
    english = lang.get("en")
    a = extract_quantities("In 2022 Russia sent 1,500 troops and 30 tanks.", english)
    b = extract_quantities("Russia sent 30 tanks in 2022.", english)
    assert conflicting(a, b) is None


def test_negation_is_read_in_the_language_of_the_matching_alias():
    alias = "Lukashenko menyatakan tidak berniat mengirim tentara Belarusia ke Ukraina."
    entry = _entry(
        "Lukashenko has said he does not intend to send troops to Ukraine.",
        "true",
        lang="en",
        aliases=[alias],
    )
    claim = _claim("Lukashenko tidak berniat mengirim tentara ke Ukraina", negated=True)
    verdict = judge(claim, [Candidate(entry, 0.9, alias)], THRESHOLDS, TODAY)
    assert verdict.verdict == "supported"


def test_an_approximate_quantity_at_the_very_end():
    [quantity] = extract_quantities("He was right four times out of hundreds", lang.get("en"))[1:]
    assert (quantity.low, quantity.high) == (100, 999)


def test_a_year_conflict_found_without_numbers_is_firm_when_described_alike():
    entry = _entry("Kunjungan pertama Putin ke Belarusia sejak 2019.", "true")
    claim = _claim("Putin kunjungi Belarusia, sebuah kunjungan langka sejak 2018")
    loose = Candidate(entry, 0.2, entry.claim, coverage=0.65)
    verdict = judge(claim, [], THRESHOLDS, TODAY, number_blind=[loose])
    assert verdict.verdict == "contradicted"
    assert verdict.reason.startswith("number differs: 2018 vs 2019")


def test_a_count_conflict_also_needs_a_good_match():
    entry = _entry("Perang di Ukraina telah membunuh puluhan ribu orang.", "true")
    claim = _claim("Konflik di Ukraina telah membunuh ratusan orang")
    good = Candidate(entry, 0.65, entry.claim, coverage=0.7)
    verdict = judge(claim, [], THRESHOLDS, TODAY, number_blind=[good])
    assert verdict.verdict == "contradicted"
    assert verdict.reason.startswith("number differs: ratusan vs puluhan ribu")
    loose = Candidate(entry, 0.4, entry.claim, coverage=0.7)
    assert judge(claim, [], THRESHOLDS, TODAY, number_blind=[loose]).verdict == "unverified"


def test_a_weak_number_conflict_among_the_matches_is_only_disputed():
    entry = _entry("The top 1 percent in our country pay 40 percent of the income tax.", "true")
    claim = _claim("The top 1.5 percent will pay more in taxes", "en")
    verdict = judge(claim, [Candidate(entry, 0.5, entry.claim, coverage=0.6)], THRESHOLDS, TODAY)
    assert verdict.verdict == "disputed"
    assert verdict.reason.startswith("number differs")


def test_number_blind_candidates_without_a_conflict_are_ignored():
    entry = _entry("Inflasi tahunan Indonesia pada Desember 2022 mencapai 5,51 persen.", "true")
    claim = _claim("Harga beras di Jakarta naik tajam")
    blind = Candidate(entry, 0.5, entry.claim, coverage=0.2)
    verdict = judge(claim, [], THRESHOLDS, TODAY, number_blind=[blind])
    assert verdict.verdict == "unverified"
    assert verdict.entry is None


def test_a_negation_below_the_firm_score_is_only_disputed():
    entry = _entry("Rusia memasok rudal Iskander ke Belarusia.", "true")
    claim = _claim("Rusia tidak memasok rudal Iskander ke Belarusia.", negated=True)
    verdict = _judge(claim, entry, 0.5)
    assert verdict.verdict == "disputed"
    assert "may negate" in verdict.reason


def test_a_misstated_count_across_languages_is_contradicted_by_a_firm_match():
    # "warga" and "people" are one concept, so the counts are known to be about one thing.
    entry = _entry(
        "By Tuesday afternoon, 3,150 people had been displaced and were staying in 14 shelters.",
        "true",
        lang="en",
    )
    claim = _claim("Hingga Selasa sore, sebanyak 2.150 warga mengungsi ke 14 lokasi pengungsian")
    verdict = _judge(claim, entry, 0.95)
    assert verdict.verdict == "contradicted"
    assert verdict.reason.startswith("number differs: 2.150 vs 3,150")
    assert _judge(claim, entry, 0.5).verdict == "disputed"
    same = _claim("Hingga Selasa sore, sebanyak 3.150 warga mengungsi ke 14 lokasi pengungsian")
    assert _judge(same, entry, 0.95).verdict == "supported"


def test_counts_and_prices_are_aligned_by_what_they_are_of_across_languages():
    indonesian, english = lang.get("id"), lang.get("en")

    def conflict(ours: str, theirs: str):  # noqa: ANN202
        return conflicting(
            extract_quantities(ours, indonesian), extract_quantities(theirs, english)
        )

    injured = conflict("sebanyak 32 penumpang mengalami luka-luka", "left 23 passengers injured")
    assert (injured.ours.text, injured.theirs.text, injured.aligned) == ("32", "23", True)
    stock = conflict("stok beras sekitar 1,2 juta ton", "Bulog held roughly 1.7 million tonnes")
    assert stock.aligned
    price = conflict(
        "beras premium dijual rata-rata Rp 16.100 per kg",
        "Premium rice sold for an average of Rp 15,600 per kilogram on February 11, 2025.",
    )
    assert (price.ours.text, price.theirs.text, price.aligned) == ("16.100", "15,600", True)
    # another currency, or a count of something else, is not described alike
    assert not conflict("dijual Rp 16.100 per kg", "sold for $15.60 per kilogram").aligned
    other = conflict("sebanyak 32 penumpang dan 4 kereta", "23 people and 4 carriages")
    assert other is None or not other.aligned


def test_small_counts_and_clock_times_do_not_block_a_support():
    entry = _entry("The gauge at the Katulampa weir read 250 cm at 9 p.m. on Monday.", "true")
    claim = _claim("Katulampa mencapai 250 sentimeter pada Senin pukul 21.00 WIB, lantai dua")
    assert _judge(claim, entry, 0.95).verdict == "supported"


def test_clock_times_are_not_counts():
    assert extract_quantities("pukul 21.00 WIB", lang.get("id")) == []
    assert extract_quantities("at 9 p.m. and 10:30 am", lang.get("en")) == []
    assert [q.kind for q in extract_quantities("5 per cent", lang.get("en"))] == ["percent"]
    assert [q.kind for q in extract_quantities("Rp 15,600 per kilogram", lang.get("en"))] == [
        "count"
    ]


BUDGET = "Surabaya's city budget (APBD) for 2024 stood at Rp 11.3 trillion."


def test_a_year_naming_a_budget_is_not_another_years_figure():
    # "APBD 2025" names the 2025 budget: an entry about 2024's never supports it, however
    # sure the match and the model's reading.
    entry = _entry(BUDGET, "true", lang="en")
    sure = Stance(same=0.9, contradicts=0.02, related=0.06, unrelated=0.02)

    def read(text: str):
        candidate = Candidate(entry, 0.9, entry.claim, coverage=0.3, stance=sure)
        return judge(_claim(text), [candidate], THRESHOLDS, TODAY)

    verdict = read("APBD Surabaya 2025 disahkan, pendidikan dapat porsi terbesar")
    assert verdict.verdict == "disputed"
    assert "2025" in verdict.reason
    assert read("APBD Surabaya 2024 sebesar Rp 11,3 triliun").verdict == "supported"


RICE = "Rice prices in Jakarta rose 5 percent in January."


def test_the_other_side_of_a_scale_is_never_supported_across_languages():
    # "turun" (fell) against an entry that says "rose": the model may read them as the same
    # fact; the verdict never vouches for it, and names both words.
    entry = _entry(RICE, "true", lang="en")
    sure = Stance(same=0.9, contradicts=0.05, related=0.04, unrelated=0.01)

    def read(text: str, score: float = 0.9, coverage: float = 0.3, stance=sure):
        candidate = Candidate(entry, score, entry.claim, coverage=coverage, stance=stance)
        return judge(_claim(text), [candidate], THRESHOLDS, TODAY)

    verdict = read("Harga beras di Jakarta turun 5 persen pada Januari")
    assert verdict.verdict == "disputed"
    assert "turun" in verdict.reason and "rose" in verdict.reason
    assert read("Harga beras di Jakarta naik 5 persen pada Januari").verdict == "supported"
    # Read as a contradiction by the model, with a firm match: a gate failure that says why.
    contrary = Stance(same=0.05, contradicts=0.9, related=0.04, unrelated=0.01)
    verdict = read("Harga beras di Jakarta turun 5 persen pada Januari", stance=contrary)
    assert verdict.verdict == "contradicted"
    assert "turun" in verdict.reason
    # A negated other side ("did not fall") is not surely the entry's opposite either.
    verdict = read("Harga beras di Jakarta tidak turun pada Januari")
    assert verdict.verdict == "disputed"


def test_the_other_side_of_a_scale_without_a_model_fails_the_gate_only_when_firm():
    entry = _entry("Rice prices in Jakarta rose 5 percent in January.", "true", lang="en")
    claim = _claim("Rice prices in Jakarta fell 5 percent in January.", "en")
    assert _judge(claim, entry, 0.9).verdict == "contradicted"
    verdict = _judge(claim, entry, 0.5)
    assert verdict.verdict == "disputed"
    assert "fell" in verdict.reason
    # Both sides in the claim: which one is the entry's fact is not read.
    both = _claim("Rice prices rose 5 percent in January while wages fell.", "en")
    assert _judge(both, entry, 0.9).verdict == "supported"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Russia has supplied Belarus with 500 Iskander short-range missile systems.", "500"),
        ("Russia supplied Iskander missile systems to Belarus in 1995.", "1995"),
        ("Russia has supplied 40 percent of Belarus's Iskander missile systems.", "40"),
    ],
)
def test_a_figure_the_entry_does_not_hold_is_never_vouched_for(text, figure):
    entry = _entry("Russia has supplied Belarus with Iskander short-range missile systems.", "true")
    verdict = _judge(_claim(text, "en"), entry)
    assert verdict.verdict == "disputed"
    assert f"{figure} is not in" in verdict.reason


def test_a_weekday_or_a_small_count_added_to_an_entry_still_agrees():
    entry = _entry("Russia has supplied Belarus with Iskander short-range missile systems.", "true")
    for text in (
        "On Tuesday, Russia said it has supplied Belarus with Iskander missile systems.",
        "Russia has supplied Belarus with two Iskander short-range missile systems.",
    ):
        assert _judge(_claim(text, "en"), entry).verdict == "supported", text


def test_a_figure_another_candidate_entry_states_is_vouched_for():
    announced = _entry("The fuel price rise was announced by the energy minister.", "true")
    rise = _entry("Pertalite rose 15 percent, to Rp 11,500 a litre.", "true", entry_id="e2")
    claim = _claim("The 15 percent rise was announced by the energy minister.", "en")
    alone = judge(claim, [Candidate(announced, 0.9, announced.claim)], THRESHOLDS, TODAY)
    assert alone.verdict == "disputed" and "15 is not in" in alone.reason
    both = judge(
        claim,
        [Candidate(announced, 0.9, announced.claim), Candidate(rise, 0.4, rise.claim)],
        THRESHOLDS,
        TODAY,
    )
    assert both.verdict == "supported" and both.entry is announced


def test_a_figure_with_a_scale_is_named_with_it():
    entry = _entry("Russia has supplied Belarus with Iskander short-range missile systems.", "true")
    claim = _claim("Russia has supplied Belarus with Iskander systems worth $9 billion.", "en")
    assert "9 billion is not in" in _judge(claim, entry).reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("We built this budget without touching the city's rainy-day fund", "en"),
        ("Pemkot menyusun anggaran tanpa memakai dana cadangan kota", "id"),
    ],
)
def test_without_what_the_entry_states_is_never_supported(text, code):
    entry = _entry(
        "The budget taps the city's reserve, or rainy-day, fund for $1.2 million.", "true"
    )
    verdict = _judge(_claim(text, code), entry)
    assert verdict.verdict == "disputed"
    assert verdict.code == "polarity-unclear"
    # both sides saying "without" are compared as usual
    same = _entry("The city built its budget without touching the rainy-day fund.", "true")
    assert _judge(_claim(text, code), same).code != "polarity-unclear"


def test_without_does_not_take_a_gate_verdict_away():
    entry = _entry("Governor Ray Ellis cut state school funding by 12 percent in 2023.", "false")
    claim = _claim(
        "Governor Ray Ellis cut state school funding by 12 percent in 2023 without consulting "
        "lawmakers",
        "en",
    )
    assert _judge(claim, entry).verdict == "refuted"


def test_without_what_a_false_entry_states_is_no_gate_verdict():
    entry = _entry("The council's budget raised taxes.", "false")
    verdict = _judge(_claim("The council passed the budget without raising taxes", "en"), entry)
    assert verdict.verdict == "disputed" and verdict.code == "polarity-unclear"
