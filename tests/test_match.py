"""Matching: word forms, names and numbers, aliases, negators, scores, cross-language aliases."""

from __future__ import annotations

import pytest

from claimcheck.match import MATCH_THRESHOLD, Matcher
from claimcheck.model import Entry


def _entry(id_: str, claim: str, lang: str = "id", **kw) -> Entry:  # noqa: ANN003
    return Entry(
        id=id_, claim=claim, status=kw.pop("status", "true"), file="t.yaml", line=1, lang=lang, **kw
    )


LEDGER = [
    _entry("putin-belarus", "Putin mengunjungi Belarus pada Juni 2023."),
    _entry(
        "iskander", "Rusia memasok rudal Iskander ke Belarus.", title="Rudal Iskander di Belarus"
    ),
    _entry("s400", "Rusia memasok sistem pertahanan udara S-400 ke Belarus."),
    _entry(
        "merger",
        "Rusia tertarik dengan merger dengan Belarus.",
        aliases=["penyatuan Rusia dan Belarus"],
    ),
    _entry("inflation", "Inflasi Indonesia mencapai 5,5 persen pada 2022."),
    _entry(
        "wheat",
        "Ukraine supplied 10 million tonnes of wheat to Africa in 2021.",
        lang="en",
        aliases=["Ukraina memasok gandum ke Afrika"],
    ),
    _entry("vaccine", "The vaccine was approved by the regulator in March.", lang="en"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(LEDGER)


def _top(matcher: Matcher, text: str, lang: str | None = None) -> str:
    results = matcher.search(text, lang)
    assert results, text
    return results[0].entry.id


@pytest.mark.parametrize(
    "text",
    [
        "Kunjungan Putin ke Belarus pada Juni 2023",
        "Putin berkunjung ke Belarus pada Juni 2023",
        "Putin mengunjungi Belarus Juni 2023",
    ],
)
def test_indonesian_word_forms_match(matcher: Matcher, text: str) -> None:
    results = matcher.search(text, "id")
    assert results[0].entry.id == "putin-belarus"
    assert results[0].score >= MATCH_THRESHOLD


def test_english_word_forms_match(matcher: Matcher) -> None:
    results = matcher.search("Ukraine supplies 10 million tonnes of wheat to Africa", "en")
    assert results[0].entry.id == "wheat"
    assert results[0].score >= MATCH_THRESHOLD


def test_names_and_numbers_weigh(matcher: Matcher) -> None:
    assert _top(matcher, "Rusia memasok rudal Iskander ke Belarus", "id") == "iskander"
    assert _top(matcher, "Belarus menerima sistem S-400 dari Rusia", "id") == "s400"
    assert _top(matcher, "Inflasi mencapai 5,5 persen", "id") == "inflation"


def test_title_and_alias_match(matcher: Matcher) -> None:
    results = matcher.search("rudal Iskander di Belarus", "id")
    assert results[0].entry.id == "iskander"
    assert results[0].matched_text == "Rudal Iskander di Belarus"
    results = matcher.search("penyatuan Rusia dan Belarus", "id")
    assert results[0].entry.id == "merger"
    assert results[0].matched_text == "penyatuan Rusia dan Belarus"


def test_negators_do_not_block_a_match(matcher: Matcher) -> None:
    results = matcher.search("Rusia tidak tertarik dengan merger apa pun dengan Belarus", "id")
    assert results[0].entry.id == "merger"
    assert results[0].score >= MATCH_THRESHOLD
    results = matcher.search("The vaccine was not approved by the regulator in March", "en")
    assert results[0].entry.id == "vaccine"
    assert results[0].score >= MATCH_THRESHOLD


def test_scores_in_range_and_sorted(matcher: Matcher) -> None:
    results = matcher.search("Rusia memasok rudal ke Belarus", "id", limit=5)
    assert 1 < len(results) <= 5
    scores = [c.score for c in results]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores == sorted(scores, reverse=True)
    assert len({c.entry.id for c in results}) == len(results)


def test_unrelated_text_scores_below_threshold(matcher: Matcher) -> None:
    for text in ["Cuaca di Bandung cerah sepanjang hari ini.", "The match ended in a draw.", ""]:
        assert all(c.score < MATCH_THRESHOLD for c in matcher.search(text))


def test_cross_language_alias(matcher: Matcher) -> None:
    results = matcher.search("Ukraina memasok gandum ke Afrika", "id")
    assert results[0].entry.id == "wheat"
    assert results[0].matched_text == "Ukraina memasok gandum ke Afrika"
    assert results[0].score >= MATCH_THRESHOLD


def test_limit(matcher: Matcher) -> None:
    found = [matcher.search(text, limit=1) for text in ("Putin mengunjungi Belarus", "wheat")]
    assert [len(r) for r in found] == [1, 1]
    assert found[0][0].entry.id == "putin-belarus"


def test_empty_ledger() -> None:
    assert Matcher([]).search("anything") == []


def test_names_meet_across_languages() -> None:
    from claimcheck.analyze import analyze

    english = {
        s for t in analyze("Russia supplied Iskander missiles to Belarus.", "en") for s in t.stems
    }
    indonesian = {
        s for t in analyze("Rusia memasok rudal Iskander ke Belarusia.", "id") for s in t.stems
    }
    assert {"russia", "iskander", "belarus"} <= english & indonesian
    place = {s for t in analyze("Amerika Serikat dan Tiongkok", "id") for s in t.stems}
    assert {"united", "states", "china"} <= place


def test_english_entry_found_from_indonesian_names() -> None:
    matcher = Matcher(
        [
            _entry("iskander", "Russia has supplied Belarus with Iskander missiles.", lang="en"),
            _entry("wheat", "Ukraine exported wheat to Egypt.", lang="en"),
        ]
    )
    [top, *_] = matcher.search("Rusia menyediakan rudal Iskander untuk Belarusia", "id")
    assert top.entry.id == "iskander"


def test_confidence_barely_depends_on_ledger_size() -> None:
    # The same query against the same entries, alone and among 2,000 unrelated entries.
    padding = [
        _entry(
            f"pad-{i}",
            f"Council {i} approved budget item {i} for road works in district {i}.",
            lang="en",
        )
        for i in range(2000)
    ]
    small, big = Matcher(LEDGER), Matcher(LEDGER + padding)
    for text in ["Rusia memasok rudal Iskander ke Belarus", "Ukraina memasok gandum ke Afrika"]:
        a, b = small.search(text, "id", 1)[0], big.search(text, "id", 1)[0]
        assert a.entry.id == b.entry.id
        assert abs(a.score - b.score) < 0.15
        assert min(a.score, b.score) >= MATCH_THRESHOLD
