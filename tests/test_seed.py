"""The first user's article (Indonesian) against the shipped ledger, and doctored copies of it.

Each doctored copy changes one fact the way a careless draft would, and must get the verdict a
fact-checker would give it.
"""

from __future__ import annotations

import pytest

import claimcheck
from tests.conftest import LEDGER, SEED


@pytest.fixture(scope="module")
def ledger():
    return claimcheck.load_ledger(LEDGER, use_cache=False)


@pytest.fixture(scope="module")
def seed_report(ledger):
    return claimcheck.check_file(SEED, ledger)


def _by_entry(report, entry_id: str):
    return [c for c in report.claims if c.entry is not None and c.entry.id == entry_id]


def _verdicts(report, entry_id: str) -> set[str]:
    return {c.verdict for c in _by_entry(report, entry_id)}


def test_seed_is_indonesian_and_passes_the_gate(seed_report):
    assert seed_report.lang == "id"
    assert seed_report.claims
    assert not [c for c in seed_report.claims if c.verdict in ("refuted", "contradicted")]


def test_headline_question_is_not_a_claim(seed_report):
    assert all(c.line != 1 for c in seed_report.claims)


def test_dateline_is_not_part_of_the_first_claim(seed_report):
    first = min(seed_report.claims, key=lambda c: c.claim.start)
    assert "Berita Baru" not in first.claim.text
    assert first.line == 2


def test_first_visit_since_2019_is_supported(seed_report):
    assert _verdicts(seed_report, "putin-minsk-visit-first-since-2019") == {"supported"}


def test_iskander_and_s400_are_separate_supported_claims(seed_report):
    [iskander] = _by_entry(seed_report, "russia-supplied-iskander-to-belarus")
    [s400] = _by_entry(seed_report, "russia-supplied-s400-to-belarus")
    assert iskander.verdict == s400.verdict == "supported"
    assert "Iskander" in iskander.claim.text and "S-400" not in iskander.claim.text
    assert "S-400" in s400.claim.text and "Iskander" not in s400.claim.text
    assert iskander.claim.start != s400.claim.start


def test_merger_denied_by_putin_is_supported(seed_report):
    denials = _by_entry(seed_report, "russia-plans-to-absorb-belarus")
    assert denials, "the merger denial and 'Moscow ready to swallow' denial match the false entry"
    assert {c.verdict for c in denials} == {"supported"}
    assert all(c.claim.negated and c.claim.speaker == "Putin" for c in denials)
    texts = " ".join(c.claim.text for c in denials)
    assert "merger" in texts and "menelan" in texts


def test_speculation_is_hedged_and_never_fails(seed_report):
    [joining] = [c for c in seed_report.claims if "mengambil bagian" in c.claim.text]
    assert joining.claim.hedged
    assert joining.verdict in ("disputed", "unverified")


def test_stale_entry_gives_unverified_with_a_note(seed_report):
    pilots = _by_entry(seed_report, "belarus-pilots-trained-for-nuclear-warheads")
    assert pilots and all(c.verdict == "unverified" for c in pilots)
    assert "stale" in pilots[0].reason


def _doctored(ledger, old: str, new: str):
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    return claimcheck.check_text(text.replace(old, new), ledger, name="doctored.txt")


def test_another_year_is_contradicted(ledger):
    report = _doctored(ledger, "kunjungan langka sejak 2019", "kunjungan langka sejak 2018")
    [claim] = _by_entry(report, "putin-minsk-visit-first-since-2019")
    assert claim.verdict == "contradicted"
    assert "2018" in claim.reason and "2019" in claim.reason


def test_hundreds_killed_is_contradicted(ledger):
    report = _doctored(ledger, "membunuh puluhan ribu orang", "membunuh ratusan orang")
    [claim] = _by_entry(report, "ukraine-war-killed-tens-of-thousands")
    assert claim.verdict == "contradicted"


def test_negated_supply_is_contradicted_where_the_match_is_firm(ledger):
    report = _doctored(
        ledger,
        "Lukashenko berterima kasih kepada Putin karena telah menyediakan rudal",
        "Rusia tidak menyediakan rudal",
    )
    # Both claims restate their entries, negated: the stance model reads each as the opposite.
    for entry in ("russia-supplied-s400-to-belarus", "russia-supplied-iskander-to-belarus"):
        [claim] = _by_entry(report, entry)
        assert claim.verdict == "contradicted", claim
        assert "negates" in claim.reason


def test_repeating_the_false_rumour_is_refuted(ledger):
    report = _doctored(
        ledger,
        "“Rusia tidak tertarik dengan merger apa pun. Itu tidak layak,” kata Putin.",
        "Moskow siap menelan negara tetangganya, Belarusia.",
    )
    [claim] = [c for c in report.claims if c.line == 8]
    assert claim.verdict == "refuted"
    assert claim.entry.id == "russia-plans-to-absorb-belarus"


def test_a_loose_restatement_of_a_false_claim_is_only_disputed(ledger):
    report = _doctored(
        ledger,
        "“Rusia tidak tertarik dengan merger apa pun. Itu tidak layak,” kata Putin.",
        "Rusia berencana mencaplok Belarusia.",
    )
    [claim] = [c for c in report.claims if c.line == 8]
    assert claim.verdict == "disputed"
    assert claim.entry.id == "russia-plans-to-absorb-belarus"


def test_misleading_entry_is_disputed(ledger):
    report = _doctored(
        ledger,
        "Belarusia telah mengizinkan Moskow",
        "Putin terbang ke Minsk untuk meminta bantuan militer Belarusia dalam perang di Ukraina. "
        "Belarusia telah mengizinkan Moskow",
    )
    assert _verdicts(report, "putin-asked-belarus-for-help") == {"disputed"}


def test_new_fact_is_unverified(ledger):
    report = _doctored(
        ledger,
        "Belarusia telah mengizinkan Moskow",
        "Harga gandum di pasar Minsk naik 40 persen sejak Agustus. "
        "Belarusia telah mengizinkan Moskow",
    )
    [claim] = [c for c in report.claims if "gandum" in c.claim.text]
    assert claim.verdict == "unverified"
    assert claim.entry is None
