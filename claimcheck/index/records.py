"""What the index keeps of one entry: its fields as JSON, and its phrasings analysed once.

The analysis (:func:`claimcheck.analyze.analyze`: stems with alternatives, name variants,
numbers) is the expensive part of indexing, so it is done when an entry is indexed and kept
as one compact string, the *terms record*: one line per phrasing (claim, title, aliases, in
:meth:`~claimcheck.model.Entry.texts` order), terms separated by a space, a term's
alternative stems by ``|``, a number's term marked with a leading ``#``. Stems never hold
white space, ``|`` or a leading ``#`` (the analyser splits on them), so the record needs no
escaping. The lexical engine indexes the same stems, whitespace-separated.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from claimcheck import analyze
from claimcheck.model import Entry

# A term of a phrasing: its alternative stems, and whether it is a number or quantity.
Term = tuple[tuple[str, ...], bool]


def _languages(texts: list[str], lang: str | None) -> list[str]:
    """The language of each of an entry's texts: an alias may be in another language."""
    from claimcheck import lang as languages

    claim_lang = lang if lang in languages.SUPPORTED else languages.detect(texts[0])
    return [claim_lang] + [languages.detect(text, claim_lang) for text in texts[1:]]


def terms_record(texts: list[str], lang: str | None) -> str:
    """An entry's texts (:meth:`~claimcheck.model.Entry.texts`) and declared language
    analysed, as a terms record (see the module docs)."""
    return "\n".join(
        " ".join(analyze.rendered_terms(text, code, _term_text))
        for text, code in zip(texts, _languages(texts, lang), strict=True)
    )


def _term_text(term: analyze.Term) -> str:
    """A term as the record writes it: alternatives joined by ``|``, a number marked ``#``."""
    return ("#" if term.number else "") + "|".join(term.stems)


def parse_terms(record: str) -> list[list[Term]]:
    """A terms record back as one list of terms per phrasing."""
    out = []
    for line in record.split("\n"):
        terms: list[Term] = []
        for word in line.split():
            number = word[0] == "#"
            terms.append((tuple((word[1:] if number else word).split("|")), number))
        out.append(terms)
    return out


def lexical_text(record: str) -> str:
    """Every stem of a terms record, whitespace-separated: what the lexical engine indexes."""
    return record.replace("|", " ").replace("#", "").replace("\n", " ")


_DATES = ("checked", "review_by")
# One encoder for every entry (json.dumps with options would make one per call).
_JSON = json.JSONEncoder(ensure_ascii=False, default=str, separators=(",", ":"))


def entry_json(entry: Entry) -> str:
    """The entry's fields (all but its file, which the index keeps per file) as JSON."""
    data: dict[str, Any] = {
        "id": entry.id,
        "claim": entry.claim,
        "status": entry.status,
        "line": entry.line,
    }
    for name in ("title", "aliases", "lang", "sources", "notes", "tags", *_DATES, "extra"):
        value = getattr(entry, name)
        if value:
            data[name] = value.isoformat() if isinstance(value, dt.date) else value
    # Unknown fields are kept as they were read; what JSON cannot hold (a YAML set or binary)
    # is kept as its text (_JSON's default).
    return _JSON.encode(data)


def entry_from_json(text: str, file: str) -> Entry:
    data = json.loads(text)
    for name in _DATES:
        if name in data:
            data[name] = dt.date.fromisoformat(data[name])
    return Entry(file=file, **data)
