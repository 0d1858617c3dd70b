"""PolitiFact transcripts: pair precision / recall / F1 of (doc, line, ledger_id), by gold label.

Usage: python bench/politifact.py [DATA_DIR]   (default: ../shared/bench relative to the repo)

For now each transcript line is one claim, matched with claimcheck's Matcher in-process and
reported when its top candidate scores >= MATCH_THRESHOLD; the baseline is bm25s top-1 with
no threshold (recall ceiling) and with the best threshold on these documents.
TODO: switch to the real ``claimcheck verify --format jsonl`` CLI once it lands.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def prf(pairs: set, gold: dict) -> tuple[float, float, float]:
    tp = sum(p in gold for p in pairs)
    p = tp / len(pairs) if pairs else 0.0
    r = tp / len(gold)
    return p, r, (2 * p * r / (p + r) if tp else 0.0)


def main() -> None:
    from claimcheck.ledger import load_ledger
    from claimcheck.match import MATCH_THRESHOLD, Matcher

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "bench"
    data = data / "politifact" if (data / "politifact").is_dir() else data
    gold = {}
    for line in (data / "gold.tsv").read_text().splitlines()[1:]:
        doc, n, entry_id, label = line.split("\t")
        gold[(doc, int(n), entry_id)] = label
    lines = []
    for path in sorted((data / "docs").glob("*.txt")):
        for n, text in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if text.strip():
                lines.append((path.stem, n, text))
    ledger = load_ledger([data / "ledger" / "politifact.jsonl", data / "ledger" / "snopes.jsonl"])
    t = time.perf_counter()
    matcher = Matcher(ledger.entries)
    ours = set()
    for doc, n, text in lines:
        top = matcher.search(text, "en", 1)
        if top and top[0].score >= MATCH_THRESHOLD:
            ours.add((doc, n, top[0].entry.id))
    ours_time = time.perf_counter() - t

    import bm25s
    import Stemmer

    t = time.perf_counter()
    stemmer = Stemmer.Stemmer("english")
    corpus = [e.claim + " " + (e.title or "") for e in ledger.entries]
    bm = bm25s.BM25()
    bm.index(
        bm25s.tokenize(corpus, stopwords="en", stemmer=stemmer, show_progress=False),
        show_progress=False,
    )
    docs, scores = bm.retrieve(
        bm25s.tokenize([x[2] for x in lines], stopwords="en", stemmer=stemmer, show_progress=False),
        k=1,
        show_progress=False,
    )
    base_time = time.perf_counter() - t
    scored = [
        (scores[i][0], (d, n, ledger.entries[docs[i][0]].id)) for i, (d, n, _) in enumerate(lines)
    ]
    best = max(
        (
            (prf({p for s, p in scored if s >= th}, gold), th)
            for th in {round(s, 1) for s, _ in scored}
        ),
        key=lambda x: x[0][2],
    )
    systems = {
        f"claimcheck (threshold {MATCH_THRESHOLD})": ours,
        "bm25s top-1, no threshold": {p for _, p in scored},
        f"bm25s top-1, best threshold {best[1]:.1f}": {p for s, p in scored if s >= best[1]},
    }
    labels = Counter(gold.values())
    print(
        "| system | P | R | F1 | "
        + " | ".join(f"R {lab} ({labels[lab]})" for lab in sorted(labels))
        + " |"
    )
    print("|---|---|---|---|" + "---|" * len(labels))
    for name, pairs in systems.items():
        p, r, f = prf(pairs, gold)
        per = [
            sum(1 for g, lab in gold.items() if lab == want and g in pairs) / labels[want]
            for want in sorted(labels)
        ]
        print(
            f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | "
            + " | ".join(f"{x:.3f}" for x in per)
            + " |"
        )
    print(f"\nclaimcheck {ours_time:.1f}s (index + {len(lines)} lines), bm25s {base_time:.1f}s")


if __name__ == "__main__":
    main()
