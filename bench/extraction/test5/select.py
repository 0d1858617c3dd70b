"""Draw the sampled items of this test set (PolitiFact lines, IndoNLI premises) again.

Usage: python bench/extraction/test5/select.py [DATA_DIR] > selected.jsonl
(DATA_DIR: ../shared/bench by default). The written items are not sampled: they are in
items.jsonl only.

Candidates whose `source` string already appears in
bench/extraction/{dev,test,test2,test3,test4}/items.jsonl are excluded before sampling (only the
`source` field of those files is read).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared" / "bench"

used: set[str] = set()
for name in ("dev", "test", "test2", "test3", "test4"):
    with (HERE.parent / name / "items.jsonl").open(encoding="utf-8") as rows:
        used.update(json.loads(row)["source"] for row in rows if row.strip())

candidates = []
for path in sorted((DATA / "politifact" / "docs").glob("*.txt")):
    lines = path.read_text(encoding="utf-8").split("\n")
    candidates += [
        (path.name, i, lines)
        for i, line in enumerate(lines)
        if len(line.split()) >= 12 and f"politifact docs/{path.name} line {i + 1}" not in used
    ]
out = [
    {
        "id": f"pf5-{name[:-4]}-{i + 1}",
        "source": f"politifact docs/{name} line {i + 1}",
        "lang": "en",
        "context": lines[i - 1] if i > 0 else "",
        "text": lines[i],
    }
    for name, i, lines in random.Random(2029).sample(candidates, 15)
]
premises: dict[int, str] = {}
with (DATA / "indonli" / "train.jsonl").open(encoding="utf-8") as rows:
    for row in map(json.loads, rows):
        if row["sentence_size"] in ("single", "double"):
            premises.setdefault(row["premise_id"], row["premise"])
ids = sorted(pid for pid in premises if f"indonli train.jsonl premise_id {pid}" not in used)
for pid in random.Random(2029).sample(ids, 10):
    source = f"indonli train.jsonl premise_id {pid}"
    out.append({"id": f"indonli5-{pid}", "source": source, "lang": "id", "context": ""})
    out[-1]["text"] = premises[pid]
for item in out:
    print(json.dumps(item, ensure_ascii=False))
