"""Sentence segmentation: one rule per test, each with a real sentence."""

from __future__ import annotations

import time

import pytest

from claimcheck import lang
from claimcheck.segment import split_sentences

ID = lang.get("id")
EN = lang.get("en")


def texts(text, language=ID):
    return [s.text for s in split_sentences(text, language)]


def test_spans_are_exact():
    text = "Putin tiba di Minsk.  Lukashenko menyambutnya.\nIa tersenyum."
    for sentence in split_sentences(text, ID):
        assert text[sentence.start : sentence.end] == sentence.text


def test_several_sentences_on_one_line():
    text = (
        "Lukashenko berterima kasih kepada Putin. Dia juga mengatakan negara-negara sepakat "
        "untuk terus mengadakan latihan militer bersama."
    )
    assert len(texts(text)) == 2


def test_line_break_ends_headline():
    text = (
        "Putin Akhirnya Kunjungi Negara Sahabat Belarusia Setelah Bertahun-tahun, Minta Bantuan?\n"
        "Belarusia telah mengizinkan Moskow untuk menggunakan negaranya."
    )
    assert texts(text)[0].endswith("Minta Bantuan?")


@pytest.mark.parametrize(
    "text",
    [
        "Rusia mengirim sistem pertahanan udara S-400 ke Belarusia.",
        "Inflasi naik 2.5 persen pada bulan Oktober.",
        "Sebanyak 1.500 tentara Rusia pindah ke Belarus.",
        "Kantornya berada di Jl. Merdeka No. 3 di Jakarta.",
        "Menurut Prof. Dr. Budi, angka itu benar.",
        "The U.S. Army sent 2.5 million rounds to Kyiv on Monday.",
        "Mr. Putin met Gen. Smith in Minsk.",
    ],
)
def test_abbreviations_decimals_and_codes_do_not_split(text):
    assert texts(text, ID if "Rusia" in text or "Jl." in text else EN) == [text]


def test_a_quote_that_ends_its_sentence_ends_it():
    text = (
        "“Kami sudah mengajukan tambahan 5.000 dosis, tetapi dinas belum menjawab.” Stok "
        "vaksin di Pidie Jaya hanya cukup untuk dua minggu."
    )
    assert texts(text) == [
        "“Kami sudah mengajukan tambahan 5.000 dosis, tetapi dinas belum menjawab.”",
        "Stok vaksin di Pidie Jaya hanya cukup untuk dua minggu.",
    ]
    # the quote ends, the sentence goes on
    assert len(texts("He called it “a disgrace.” and walked out.", EN)) == 1


def test_quote_with_attribution_after_stays_one_sentence():
    text = "“Rusia tidak tertarik dengan merger apa pun. Itu tidak layak,” kata Putin."
    assert texts(text) == [text]


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("Berita Baru, Minsk – Pemimpin tertinggi Rusia Vladimir Putin tiba.", "Pemimpin"),
        ("JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jalan tol.", "Presiden"),
        ("Minsk (ANTARA) - Putin tiba di Minsk pada hari Senin.", "Putin"),
        ("LONDON, March 3 (Reuters) - Shares fell sharply.", "Shares"),
        ("Jakarta - Direktur Operasional Rudi Hartawan mengatakan tarif naik.", "Direktur"),
    ],
)
def test_dateline_excluded(line, first):
    sentences = split_sentences(line, ID)
    assert sentences[0].text.startswith(first)


def test_dash_in_transcript_is_not_a_dateline():
    text = "Well, you just — you just listed a litany of discredited attacks."
    assert texts(text, EN) == [text]
    text = "Inflation - the old enemy - is back."
    assert texts(text, EN) == [text]


def test_dateline_only_opens_the_article():
    text = "a\nb\nc\nd\nWASHINGTON (AP) - Shares fell."
    assert texts(text, EN)[-1] == "WASHINGTON (AP) - Shares fell."


def test_stray_quote_does_not_swallow_the_line():
    text = 'He said "maybe. ' + "Prices rose 3 percent. " * 400
    assert len(texts(text, EN)) > 300


def test_long_sentence_and_large_text_are_linear():
    words = " ".join(f"kata{i} dan" for i in range(5000))
    big = ("Putin tiba di Minsk pada hari Senin. “Rusia tidak tertarik,” kata Putin. " * 30000)[
        :2_000_000
    ]
    # CPU time: a busy shared machine (CI) must not fail it
    started = time.process_time()
    assert len(split_sentences(words, ID)) == 1
    assert len(split_sentences(big, ID)) > 50000
    assert len(split_sentences("." * 1_000_000 + " A" * 100_000, EN)) >= 1
    assert time.process_time() - started < 2.0
