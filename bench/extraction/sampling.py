"""Draw the sampled items of a held-out extraction test set (PolitiFact lines, IndoNLI
premises), as each set's ``select.py`` records them: 15 transcript lines of 12 words or more
and 10 one- or two-sentence premises, drawn with the set's seed after every candidate whose
``source`` string appears in an earlier set (by default dev, test, test2 … the one before) is
excluded (only the ``source`` field of those files is read). The written items of a set are not
sampled: they are in its items.jsonl only.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def earlier_sets(number: int) -> tuple[str, ...]:
    """The sets drawn before test set ``number``: dev, test, test2 … test<number - 1>."""
    return ("dev", "test", *(f"test{i}" for i in range(2, number)))


def sampled_items(
    data: Path, number: int, seed: int, earlier: tuple[str, ...] | None = None
) -> list[dict]:
    """The sampled items of test set ``number`` (ids ``pfN-…``, ``indonliN-…``), drawn after
    the sources of the ``earlier`` sets (default: :func:`earlier_sets`) are excluded."""
    used: set[str] = set()
    for name in earlier_sets(number) if earlier is None else earlier:
        with (HERE / name / "items.jsonl").open(encoding="utf-8") as rows:
            used.update(json.loads(row)["source"] for row in rows if row.strip())

    candidates = []
    for path in sorted((data / "politifact" / "docs").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        candidates += [
            (path.name, i, lines)
            for i, line in enumerate(lines)
            if len(line.split()) >= 12 and f"politifact docs/{path.name} line {i + 1}" not in used
        ]
    out = [
        {
            "id": f"pf{number}-{name[:-4]}-{i + 1}",
            "source": f"politifact docs/{name} line {i + 1}",
            "lang": "en",
            "context": lines[i - 1] if i > 0 else "",
            "text": lines[i],
        }
        for name, i, lines in random.Random(seed).sample(candidates, 15)
    ]
    premises: dict[int, str] = {}
    with (data / "indonli" / "train.jsonl").open(encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            if row["sentence_size"] in ("single", "double"):
                premises.setdefault(row["premise_id"], row["premise"])
    ids = sorted(pid for pid in premises if f"indonli train.jsonl premise_id {pid}" not in used)
    for pid in random.Random(seed).sample(ids, 10):
        source = f"indonli train.jsonl premise_id {pid}"
        out.append({"id": f"indonli{number}-{pid}", "source": source, "lang": "id", "context": ""})
        out[-1]["text"] = premises[pid]
    return out


def main(number: int, seed: int, earlier: tuple[str, ...] | None = None) -> None:
    """Print test set ``number``'s sampled items, one JSON line each (DATA_DIR: the first
    argument, ../shared/bench by default)."""
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "bench"
    for item in sampled_items(data, number, seed, earlier):
        print(json.dumps(item, ensure_ascii=False))
