"""Which language a short text is in: a headline or a one-line claim often has no stop word.

A misread language is not cosmetic: "2,57 persen" read as English is not 2.57 percent, and an
Indonesian negation or direction word is not seen. The sentences are real newsroom phrasings
(bench/stance-data) that stop words alone read as English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import lang
from claimcheck.quantities import extract_quantities
from tests.conftest import verify_against

INDONESIAN = [
    "Kuota beasiswa LPDP 2025 bertambah dibanding tahun sebelumnya.",
    "BPS mencatat inflasi tahunan Desember 2024 mencapai 2,57 persen.",
    "Kemendagri mencabut moratorium pemekaran daerah mulai 2025.",
    "Eks Kadis PUPR Blora Dihukum Enam Tahun Penjara",
    "Pj Gubernur DKI menetapkan upah minimum provinsi 2025 sebesar Rp5.396.761.",
    "Jonatan Christie menjuarai nomor tunggal putra All England 2024.",
]
ENGLISH = [
    "Attendance at the 2024 Indonesian MotoGP at Mandalika fell to 121,000.",
    "Jakarta police said 12 people were arrested.",
    "Bali tourism board reports record arrivals",
    "Prabowo Subianto sworn in as Indonesia's president",
]


@pytest.mark.parametrize("text", INDONESIAN)
def test_short_indonesian_texts_are_read_as_indonesian(text: str) -> None:
    assert lang.detect(text) == "id"


@pytest.mark.parametrize("text", ENGLISH)
def test_short_english_texts_stay_english(text: str) -> None:
    assert lang.detect(text) == "en"


def test_detection_words_belong_to_one_language_only() -> None:
    english, indonesian = lang.get("en"), lang.get("id")
    assert not english.detection_words & (indonesian.detection_words | indonesian.stopwords)
    assert not indonesian.detection_words & (english.detection_words | english.stopwords)


def test_a_one_line_indonesian_article_reads_its_figures_the_indonesian_way(
    tmp_path: Path,
) -> None:
    """The user-visible effect: a one-line Indonesian article against an entry of 2.57%."""
    text = "BPS mencatat inflasi tahunan Desember 2024 mencapai 2,57 persen."
    found = extract_quantities(text, lang.get(lang.detect(text)))
    assert [(q.low, q.kind) for q in found if q.kind == "percent"] == [(2.57, "percent")]
    entry = {"id": "inflasi-2024", "claim": text, "status": "true", "lang": "id"}
    claim = verify_against(tmp_path, entry, text.replace("2,57", "3,57"))
    assert claim["lang"] == "id"
    assert claim["verdict"] == "contradicted"
    assert "3,57" in claim["reason"] and "2,57" in claim["reason"]


def test_an_indonesian_sentence_without_stop_words_in_an_english_article() -> None:
    """A quoted Indonesian sentence is read in Indonesian (its figures, its negations) by the
    same words :func:`lang.detect` counts, not by stop words alone."""
    words = set("bps mencatat inflasi tahunan desember 2024 mencapai 2,57 persen".split())
    assert lang.sentence_language(words, "en") == "id"
    # A name or a loanword does not switch an English sentence.
    words = set("the bps said inflation reached 2.57 percent".split())
    assert lang.sentence_language(words, "en") == "en"
