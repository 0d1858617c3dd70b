"""Score claim extraction against a gold set of the atomic claims a careful reader would list.

    python bench/extraction.py [GOLD_DIR] [--threshold 0.8] [--show] [--speed]
                               [--second ANNOTATIONS]

GOLD_DIR (default bench/extraction/dev) holds ``items.jsonl`` (``id``, ``source``, ``lang``,
``context``, ``text``) and ``annotations.jsonl`` (``id``, ``claims``: ``text``, ``speaker``,
``negated``, ``hedged``), written to bench/extraction/GUIDELINES.md. Each item is extracted
with the real library, its context line (the previous line of the article or transcript)
before it so that a pronoun can find its referent; only the claims inside the item count.
A baseline of one claim per sentence is scored in the same run. See bench/README.md for the
definitions (matching, speaker comparison, duplicates, junk).

``--second`` scores a second annotator's ``annotations.jsonl`` of the same items (written blind
to the first's) as one more system in the same run: how far two careful readers agree under the
same guidelines, the ceiling a tool can be held to on this measure.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import lang as languages
from claimcheck.document import from_text
from claimcheck.extract import extract_claims
from claimcheck.model import Claim
from claimcheck.segment import split_sentences

DEFAULT_GOLD = Path(__file__).parent / "extraction" / "dev"
DEFAULT_THRESHOLD = 0.8  # content-word F1 at which a predicted claim matches a gold claim
STRICT = 0.9  # the same, demanding nearly the gold claim's words: shows where cuts are loose
NEAR_IDENTICAL = 0.9  # two predictions of one item this alike are one claim reported twice
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass
class Tally:
    """Counts for one group of items (a language, a source, everything)."""

    items: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    matched_strict: int = 0
    speaker_right: int = 0
    negated_right: int = 0
    hedged_right: int = 0
    duplicates: int = 0
    junk: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "items gold predicted matched matched_strict speaker_right negated_right hedged_right "
            "duplicates junk"
        ).split():
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self) -> list[str]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        strict = 2 * self.matched_strict / (self.gold + self.predicted) if self.gold else 0.0

        def share(right: int) -> str:
            return f"{right / self.matched:.3f}" if self.matched else "-"

        return [
            str(self.items),
            str(self.gold),
            str(self.predicted),
            f"{precision:.3f}",
            f"{recall:.3f}",
            f"{f1:.3f}",
            f"{strict:.3f}",
            share(self.speaker_right),
            share(self.negated_right),
            share(self.hedged_right),
            str(self.duplicates),
            str(self.junk),
        ]


def _plain(text: str) -> str:
    """Typographic apostrophes as plain ones: "there’s" and "there's" are one word."""
    return text.replace("’", "'").replace("‘", "'")


def content_words(text: str, language: languages.Language) -> frozenset[str]:
    """Lower-cased, stemmed words of ``text`` that are not stop words: what a claim says."""
    words = [w for w in _WORD.findall(_plain(text).lower()) if w not in language.stopwords]
    return frozenset(language.stem_words(words))


def overlap_f1(left: frozenset[str], right: frozenset[str]) -> float:
    shared = len(left & right)
    if not shared:
        return 0.0
    return 2 * shared / (len(left) + len(right))


def normalised_speaker(speaker: str | None, language: languages.Language) -> str:
    """A speaker as compared: lower case, punctuation and stop words ("the", "para") dropped."""
    if not speaker:
        return ""
    words = _WORD.findall(_plain(speaker).lower())
    return " ".join(w for w in words if w not in language.stopwords)


def is_junk(text: str, language: languages.Language) -> bool:
    """A claim that cannot be checked: no verb (not even a copula) and either one content word
    or only capitalised ones (a bare name or title: "Finance Director Priya Nair"). With a
    verb, one content word can be a claim ("Bullying is up", "Belum ada yang meninggal"), and
    so can names joined by a copula ('Moto Olimpiade adalah "Citius, Altius, Fortius"'): the
    gold set lists all three."""
    found = _WORD.findall(text)
    verbs = language.predicate_words | language.copulas | language.existentials
    if any(w.lower() in verbs for w in found):
        return not [w for w in found if w.lower() not in language.stopwords]
    words = [w for w in found if w.lower() not in language.stopwords]
    return len(words) < 2 or all(w[0].isupper() for w in words)


def align(
    gold: list[frozenset[str]], predicted: list[frozenset[str]], threshold: float
) -> dict[int, int]:
    """One-to-one alignment, predicted index → gold index: greedily the most alike pair first,
    among pairs whose content-word F1 reaches ``threshold``."""
    pairs = sorted(
        ((overlap_f1(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    taken_gold: set[int] = set()
    matched: dict[int, int] = {}
    for score, gi, pi in pairs:
        if score < threshold:
            break
        if gi in taken_gold or pi in matched:
            continue
        taken_gold.add(gi)
        matched[pi] = gi
    return matched


def score_item(item: dict, gold: list[dict], predicted: list[Claim], threshold: float) -> Tally:
    language = languages.get(item["lang"])
    gold_words = [content_words(c["text"], language) for c in gold]
    predicted_words = [content_words(p.text, language) for p in predicted]
    matched = align(gold_words, predicted_words, threshold)
    tally = Tally(
        items=1,
        gold=len(gold),
        predicted=len(predicted),
        matched=len(matched),
        matched_strict=len(align(gold_words, predicted_words, max(threshold, STRICT))),
    )
    for pi, gi in matched.items():
        claim, truth = predicted[pi], gold[gi]
        same_speaker = normalised_speaker(claim.speaker, language) == normalised_speaker(
            truth.get("speaker"), language
        )
        tally.speaker_right += same_speaker
        tally.negated_right += claim.negated == bool(truth.get("negated"))
        tally.hedged_right += claim.hedged == bool(truth.get("hedged"))
        if not same_speaker:
            tally.errors.append(
                f"  speaker {claim.speaker!r} ≠ gold {truth.get('speaker')!r}: {claim.text}"
            )
        if claim.negated != bool(truth.get("negated")):
            tally.errors.append(f"  negated {claim.negated} ≠ gold: {claim.text}")
        if claim.hedged != bool(truth.get("hedged")):
            tally.errors.append(f"  hedged {claim.hedged} ≠ gold: {claim.text}")
    for pi, claim in enumerate(predicted):
        # what the annotator listed is checkable by definition ("Polisi Bubarkan Balap Liar
        # di Kalimalang": a title-case headline, its verb capitalised)
        junk = pi not in matched and is_junk(claim.text, language)
        tally.junk += junk
        duplicate = pi not in matched and (
            any(
                overlap_f1(predicted_words[pi], gold_words[gi]) >= threshold
                for gi in matched.values()
            )
            or any(
                overlap_f1(predicted_words[pi], predicted_words[other]) >= NEAR_IDENTICAL
                for other in range(pi)
            )
        )
        tally.duplicates += duplicate
        if pi not in matched:
            label = "junk" if junk else "duplicate" if duplicate else "spurious"
            tally.errors.append(f"  {label}: {claim.text!r} [{claim.speaker}]")
    matched_gold = set(matched.values())
    for gi, truth in enumerate(gold):
        if gi not in matched_gold:
            tally.errors.append(f"  missed: {truth['text']!r} [{truth.get('speaker')}]")
    return tally


def extracted(item: dict) -> list[Claim]:
    """claimcheck's claims for the item, extracted after its context line."""
    language = languages.get(item["lang"])
    context = item.get("context") or ""
    offset = len(context) + 1 if context else 0
    text = f"{context}\n{item['text']}" if context else item["text"]
    return [c for c in extract_claims(from_text(text), language) if c.start >= offset]


def one_per_sentence(item: dict) -> list[Claim]:
    """The baseline: every sentence is one claim, no speaker, neither negated nor hedged."""
    language = languages.get(item["lang"])
    return [
        Claim(s.text, s.start, s.end, s.text, item["lang"])
        for s in split_sentences(item["text"], language)
    ]


def second_annotator(path: Path) -> Callable[[dict], list[Claim]]:
    """A system that answers each item with another annotator's claims for it."""
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    claims = {row["id"]: row["claims"] for row in rows}

    def answer(item: dict) -> list[Claim]:
        return [
            Claim(
                c["text"],
                0,
                0,
                c["text"],
                item["lang"],
                c.get("speaker"),
                bool(c.get("negated")),
                bool(c.get("hedged")),
            )
            for c in claims[item["id"]]
        ]

    return answer


def source_of(item: dict) -> str:
    """The item's source kind: the first word of its ``source`` (seed, politifact, ...)."""
    return (item.get("source") or item["id"]).split()[0].lower()


def load(gold_dir: Path) -> list[tuple[dict, list[dict]]]:
    def rows(name: str) -> list[dict]:
        with open(gold_dir / name, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]

    annotations = {row["id"]: row["claims"] for row in rows("annotations.jsonl")}
    items = [item for item in rows("items.jsonl") if item["id"] in annotations]
    return [(item, annotations[item["id"]]) for item in items]


_HEADER = "group items gold pred P R F1 F1@.9 speaker negated hedged dup junk".split()
_WIDTHS = [20, *(max(7, len(h) + 1) for h in _HEADER[1:])]


def _line(cells: list[str]) -> str:
    return cells[0].ljust(_WIDTHS[0]) + "".join(
        cell.rjust(width) for cell, width in zip(cells[1:], _WIDTHS[1:], strict=True)
    )


def report(name: str, tallies: dict[str, Tally]) -> None:
    print(f"\n{name}")
    print(_line(_HEADER))
    for group, tally in tallies.items():
        print(_line([group, *tally.row()]))


def run(
    data: list[tuple[dict, list[dict]]],
    system: Callable[[dict], list[Claim]],
    threshold: float,
    show: bool,
) -> dict[str, Tally]:
    groups: dict[str, Tally] = defaultdict(Tally)
    for item, gold in data:
        tally = score_item(item, gold, system(item), threshold)
        for group in ("all", f"lang {item['lang']}", f"source {source_of(item)}"):
            groups[group].add(tally)
        if show and tally.errors:
            print(f"{item['id']}: {item['text']}")
            print("\n".join(tally.errors))
    return dict(sorted(groups.items(), key=lambda kv: (kv[0] != "all", kv[0])))


def speed(data: list[tuple[dict, list[dict]]]) -> None:
    """Extraction time per MB: each language's item texts, one per line, repeated to 1 MB;
    the best of five runs in CPU time of this process, so other work on the machine counts
    less."""
    for code in sorted({item["lang"] for item, _ in data}):
        lines = "\n".join(item["text"] for item, _ in data if item["lang"] == code) + "\n"
        document = from_text((lines * (1_000_000 // len(lines) + 1))[:1_000_000])
        language = languages.get(code)
        best = float("inf")
        for _ in range(5):
            started = time.process_time()
            extract_claims(document, language)
            best = min(best, time.process_time() - started)
        print(f"extraction speed, {code}: {best:.2f} s per MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--show", action="store_true", help="print each item's errors")
    parser.add_argument("--speed", action="store_true", help="also time extraction per MB")
    parser.add_argument("--second", type=Path, help="a second annotator's annotations.jsonl")
    args = parser.parse_args(argv)
    if not (args.gold_dir / "annotations.jsonl").exists():
        print(f"no annotations.jsonl in {args.gold_dir}", file=sys.stderr)
        return 2
    data = load(args.gold_dir)
    print(f"{len(data)} items from {args.gold_dir}, match at content-word F1 ≥ {args.threshold}")
    report("claimcheck", run(data, extracted, args.threshold, args.show))
    report("baseline: one claim per sentence", run(data, one_per_sentence, args.threshold, False))
    if args.second:
        second = second_annotator(args.second)
        report(f"second annotator: {args.second}", run(data, second, args.threshold, args.show))
    if args.speed:
        speed(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
