"""ClaimReview: fact-checkers' ratings in and out of the ledger, and CSV imports.

**Ratings to statuses.** A rating's text (``reviewRating.alternateName``, or the Google Fact
Check Tools API's ``textualRating``) is matched first: the ledger's own status names in any
case or spacing ("Mostly True", "pants_on_fire"), then :data:`RATING_WORDS`, common words of
fact-checkers in English and Indonesian ("Incorrect" → ``false``, "Missing context" →
``misleading``, "Hoaks" → ``false``). A longer text counts by its head ("False. The photo is
from 2015" → ``false``). Only when no text maps, ``ratingValue`` is placed on the
``worstRating``..``bestRating`` scale (schema.org's defaults 1..5) and read in five buckets:

==========  ==================
bucket      status
==========  ==================
1 (worst)   ``false``
2           ``mostly-false``
3           ``half-true``
4           ``mostly-true``
5 (best)    ``true``
==========  ==================

A rating that maps to nothing becomes ``unverified``; the original is kept in the entry's
``rating`` field and the import warns.

**Statuses to ratings** (:func:`rating_for_status`): ``alternateName`` is the status's label
("Mostly True", "Pants on Fire"); ``ratingValue`` on the 1..5 scale is given for the statuses
on the true/false scale (``pants-on-fire`` and ``false`` are 1, ``mostly-false`` 2,
``half-true`` 3, ``mostly-true`` 4, ``true`` 5) and left out for the others, which the label
alone carries back.

**Export** (:func:`to_claimreview`) writes the entry's id as ``identifier``, its first source
as ``url`` and the others as ``citation``, ``checked`` as ``datePublished``, ``review_by`` as
``expires``, ``tags`` as ``keywords``, ``aliases`` as the claim's ``alternateName``. Editors'
``notes`` are internal and are not exported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from claimcheck.errors import ClaimcheckError
from claimcheck.ledger_write import slugify, unique_id
from claimcheck.model import Entry
from claimcheck.safe_text import csv_text, json_text, unguard_cell

STATUS_LABELS = {
    "true": "True",
    "mostly-true": "Mostly True",
    "half-true": "Half True",
    "misleading": "Misleading",
    "mostly-false": "Mostly False",
    "false": "False",
    "pants-on-fire": "Pants on Fire",
    "unproven": "Unproven",
    "disputed": "Disputed",
    "unverified": "Unverified",
    "full-flop": "Full Flop",
    "half-flip": "Half Flip",
    "no-flip": "No Flip",
}
STATUS_VALUES = {
    "pants-on-fire": 1,
    "false": 1,
    "mostly-false": 2,
    "half-true": 3,
    "mostly-true": 4,
    "true": 5,
}
BUCKETS = {1: "false", 2: "mostly-false", 3: "half-true", 4: "mostly-true", 5: "true"}

# Fact-checkers' rating words (normalised: lowercase, punctuation dropped) → status.
RATING_WORDS = {
    # English
    "correct": "true",
    "accurate": "true",
    "right": "true",
    "verified": "true",
    "mostly correct": "mostly-true",
    "mostly accurate": "mostly-true",
    "largely true": "mostly-true",
    "largely accurate": "mostly-true",
    "half truth": "half-true",
    "partly true": "half-true",
    "partially true": "half-true",
    "partly false": "half-true",
    "partially false": "half-true",
    "partly correct": "half-true",
    "mixture": "half-true",
    "mixed": "half-true",
    "incorrect": "false",
    "inaccurate": "false",
    "wrong": "false",
    "fake": "false",
    "fake news": "false",
    "not true": "false",
    "untrue": "false",
    "hoax": "false",
    "fabricated": "false",
    "fabrication": "false",
    "altered": "false",
    "manipulated": "false",
    "doctored": "false",
    "scam": "false",
    "baseless": "false",
    "mostly incorrect": "mostly-false",
    "largely false": "mostly-false",
    "largely inaccurate": "mostly-false",
    "pants on fire": "pants-on-fire",
    "missing context": "misleading",
    "needs context": "misleading",
    "lacks context": "misleading",
    "out of context": "misleading",
    "false context": "misleading",
    "cherry picks": "misleading",
    "exaggerated": "misleading",
    "exaggeration": "misleading",
    "distorts the facts": "misleading",
    "spins the facts": "misleading",
    "unsupported": "unproven",
    "unsubstantiated": "unproven",
    "no evidence": "unproven",
    "unproved": "unproven",
    "unfounded": "unproven",
    "contested": "disputed",
    "in dispute": "disputed",
    "unverifiable": "unverified",
    "not verified": "unverified",
    "four pinocchios": "false",
    "three pinocchios": "mostly-false",
    "two pinocchios": "half-true",
    "one pinocchio": "mostly-true",
    "geppetto checkmark": "true",
    # Indonesian
    "benar": "true",
    "fakta": "true",
    "sebagian benar": "half-true",
    "setengah benar": "half-true",
    "salah": "false",
    "keliru": "false",
    "hoaks": "false",
    "palsu": "false",
    "konten palsu": "false",
    "konten yang dimanipulasi": "false",
    "konten tiruan": "false",
    "disinformasi": "false",
    "menyesatkan": "misleading",
    "konten menyesatkan": "misleading",
    "konten yang menyesatkan": "misleading",
    "konteks yang salah": "misleading",
    "koneksi yang salah": "misleading",
    "tidak terbukti": "unproven",
    "belum terbukti": "unproven",
    "tidak ada bukti": "unproven",
}

_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"[\s_\-]+", re.UNICODE)
_HEAD = re.compile(r"[.:;,(\u2013\u2014!]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEB_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)
CONTEXT = "https://schema.org"


# --------------------------------------------------------------------------- ratings


def _normal(text: str) -> str:
    return " ".join(_SPACES.sub(" ", _NON_WORD.sub(" ", text.lower().replace("-", " "))).split())


def status_for_text(text: Any) -> str | None:
    """The status a rating text names ("Mostly True", "Incorrect", "Salah"), else ``None``."""
    from claimcheck.ledger import normalize_status

    if not isinstance(text, str) or not text.strip():
        return None
    for candidate in (text, _HEAD.split(text, 1)[0]):
        status = normalize_status(_normal(candidate)) or RATING_WORDS.get(_normal(candidate))
        if status:
            return status
    return None


def status_for_value(value: Any, best: Any = None, worst: Any = None) -> str | None:
    """The status of ``value`` on the ``worst``..``best`` scale (default 1..5), in 5 buckets."""
    try:
        number = float(value)
        high = float(best) if best not in (None, "") else 5.0
        low = float(worst) if worst not in (None, "") else 1.0
    except (TypeError, ValueError):
        return None
    if high == low or not min(low, high) <= number <= max(low, high):
        return None
    bucket = 1 + int(4 * (number - low) / (high - low) + 0.5)
    return BUCKETS[bucket]


def status_for_rating(rating: Any) -> tuple[str | None, str | None]:
    """(status, the rating as text) for a schema.org Rating object or a rating text."""
    if isinstance(rating, list):
        rating = rating[0] if rating else None
    if isinstance(rating, Mapping):
        names = [rating.get("alternateName"), rating.get("name"), rating.get("ratingExplanation")]
        for name in names:
            status = status_for_text(name)
            if status:
                return status, name
        value = rating.get("ratingValue")
        status = status_for_value(value, rating.get("bestRating"), rating.get("worstRating"))
        shown = next((str(n) for n in names if isinstance(n, str) and n.strip()), None)
        if shown is None and value not in (None, ""):
            scale = f"{rating.get('worstRating', 1)}..{rating.get('bestRating', 5)}"
            shown = f"{value} on {scale}"
        return status, shown
    if isinstance(rating, (int, float)) and not isinstance(rating, bool):
        return status_for_value(rating), str(rating)
    if isinstance(rating, str) and rating.strip():
        status = status_for_text(rating)
        if status is None and re.fullmatch(r"\s*\d+(\.\d+)?\s*", rating):
            status = status_for_value(rating)
        return status, rating.strip()
    return None, None


def rating_for_status(status: str) -> dict[str, Any]:
    """A schema.org Rating for ``status``: its label, and its place on 1..5 where it has one."""
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": STATUS_LABELS.get(status, status),
    }
    if status in STATUS_VALUES:
        rating.update(ratingValue=STATUS_VALUES[status], bestRating=5, worstRating=1)
    return rating


# --------------------------------------------------------------------------- export


def to_claimreview(entry: Entry, publisher: str | None = None) -> dict[str, Any]:
    """``entry`` as a schema.org ClaimReview object (see the module docstring for the fields)."""
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": entry.id,
        "claimReviewed": entry.claim,
        "reviewRating": rating_for_status(entry.status),
    }
    item: dict[str, Any] = {"@type": "Claim"}
    claimant = entry.extra.get("claimant")
    if isinstance(claimant, str) and claimant.strip():
        item["author"] = {"@type": "Person", "name": claimant.strip()}
    claim_date = _date_text(entry.extra.get("claim_date"))
    if claim_date:
        item["datePublished"] = claim_date
    if entry.aliases:
        item["alternateName"] = list(entry.aliases)
    review["itemReviewed"] = item
    publisher = publisher or entry.extra.get("publisher")
    if isinstance(publisher, str) and publisher.strip():
        review["author"] = {"@type": "Organization", "name": publisher.strip()}
    if entry.sources:
        review["url"] = entry.sources[0]
    if len(entry.sources) > 1:
        review["citation"] = list(entry.sources[1:])
    if entry.checked:
        review["datePublished"] = entry.checked.isoformat()
    if entry.review_by:
        review["expires"] = entry.review_by.isoformat()
    if entry.lang:
        review["inLanguage"] = entry.lang
    if entry.title:
        review["name"] = entry.title
    if entry.tags:
        review["keywords"] = list(entry.tags)
    return review


def export_claimreview(entries: Iterable[Entry], publisher: str | None = None) -> str:
    """A JSON-LD list of ClaimReview objects, one per entry."""
    data = [to_claimreview(entry, publisher) for entry in entries]
    return json_text(data, indent=2) + "\n"


def _export_record(entry: Entry) -> dict[str, Any]:
    from claimcheck.ledger import entry_record

    record = entry_record(entry)
    for key in ("checked", "review_by"):
        if record[key] is not None:
            record[key] = record[key].isoformat()
    return {k: v for k, v in record.items() if v not in (None, "", [], {})}


def export_jsonl(entries: Iterable[Entry]) -> str:
    """One ledger entry per line, as the ``.jsonl`` ledger format reads it."""
    return "".join(json_text(_export_record(entry)) + "\n" for entry in entries)


def export_csv(entries: Sequence[Entry], formula_guard: bool = True) -> tuple[str, list[str]]:
    """The entries as a ``.csv`` ledger (lists joined by ``|``), and warnings for what a CSV
    cannot carry (a ``|`` inside a list item, a nested extra field). With ``formula_guard``,
    cells a spreadsheet would run as formulas start with ``'`` (the ledger's CSV reader and
    ``ledger import`` drop it again)."""
    from claimcheck.ledger_formats import CSV_LIST_SEPARATOR, LIST_FIELDS
    from claimcheck.ledger_write import FIELD_ORDER

    warnings: list[str] = []
    extras: list[str] = []
    for entry in entries:
        extras += [key for key in entry.extra if key not in extras and key not in FIELD_ORDER]
    rows: list[list[str]] = [[*FIELD_ORDER, *extras]]
    for entry in entries:
        record = _export_record(entry)
        row = []
        for key in (*FIELD_ORDER, *extras):
            value = record.get(key)
            if key in LIST_FIELDS and value:
                if any(CSV_LIST_SEPARATOR in item for item in value):
                    warnings.append(
                        f"{entry.location}: entry '{entry.id}': an item of '{key}' contains "
                        f"'{CSV_LIST_SEPARATOR}' and will read back as two items"
                    )
                value = CSV_LIST_SEPARATOR.join(value)
            elif isinstance(value, (list, dict)):
                warnings.append(
                    f"{entry.location}: entry '{entry.id}': field '{key}' is written as JSON text"
                )
                value = json.dumps(value, ensure_ascii=False)
            elif isinstance(value, bool):
                value = "true" if value else "false"
            row.append("" if value is None else str(value))
        rows.append(row)
    return csv_text(rows, guard=formula_guard), warnings


# --------------------------------------------------------------------------- import


@dataclass
class Imported:
    """One record read from an import file; ``where`` says where, for warnings."""

    record: dict[str, Any]
    where: str
    explicit_id: bool = False
    warnings: list[str] = field(default_factory=list)


def _date_text(value: Any) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        match = _ISO_DATE.match(value.strip())
        if match:
            try:
                return dt.date.fromisoformat(match.group()).isoformat()
            except ValueError:
                return None
    return None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("alternateName")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _lang(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("alternateName") or value.get("name")
    if isinstance(value, str) and value.strip():
        return re.split(r"[-_]", value.strip())[0].lower()
    return None


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def _is_claimreview(node: Mapping[str, Any]) -> bool:
    kinds = node.get("@type", ())
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return any(
        isinstance(k, str) and k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "ClaimReview"
        for k in kinds
    )


def _claimreview_nodes(data: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _claimreview_nodes(item)
    elif isinstance(data, Mapping):
        if _is_claimreview(data):
            yield data
            return
        for value in data.values():
            if isinstance(value, (list, Mapping)):
                yield from _claimreview_nodes(value)


def _date_field(record: dict[str, Any], key: str, value: Any, item: Imported) -> None:
    if value in (None, ""):
        return
    text = _date_text(value)
    if text is None:
        item.warnings.append(f"{item.where}: '{value}' is not a YYYY-MM-DD date; {key} left out")
    else:
        record[key] = dt.date.fromisoformat(text)


def _rated(record: dict[str, Any], rating: Any, item: Imported) -> None:
    status, shown = status_for_rating(rating)
    if status is None:
        record["status"] = "unverified"
        if shown:
            record["rating"] = shown
            item.warnings.append(
                f"{item.where}: rating '{shown}' maps to no status; imported as unverified"
            )
        else:
            item.warnings.append(f"{item.where}: no rating; imported as unverified")
    else:
        record["status"] = status


def read_claimreview(data: Any, name: str = "input") -> list[Imported]:
    """The records of ClaimReview JSON-LD (an object, a list, a ``@graph``, ClaimReviews nested
    in other nodes) or of a Google Fact Check Tools API ``claims`` response."""
    if isinstance(data, Mapping) and isinstance(data.get("claims"), list):
        api = [c for c in data["claims"] if isinstance(c, Mapping) and "claimReview" in c]
        if api or not data["claims"]:
            return [_from_api(claim, f"{name}: claims[{n}]") for n, claim in enumerate(api)]
    found = []
    for number, node in enumerate(_claimreview_nodes(data)):
        found.append(_from_jsonld(node, f"{name}: ClaimReview #{number + 1}"))
    if not found:
        raise ClaimcheckError(
            f'{name}: no ClaimReview objects found (expected JSON-LD with "@type": '
            '"ClaimReview", or a Fact Check Tools API response with "claims")'
        )
    return found


def _from_jsonld(node: Mapping[str, Any], where: str) -> Imported:
    item = Imported({}, where)
    record = item.record
    item_reviewed = node.get("itemReviewed")
    if isinstance(item_reviewed, list):
        item_reviewed = item_reviewed[0] if item_reviewed else None
    item_reviewed = item_reviewed if isinstance(item_reviewed, Mapping) else {}
    claim = node.get("claimReviewed") or item_reviewed.get("name") or item_reviewed.get("text")
    if isinstance(claim, str):
        record["claim"] = claim.strip()
    identifier = node.get("identifier")
    if isinstance(identifier, (str, int)) and str(identifier).strip():
        record["id"] = str(identifier).strip()
        item.explicit_id = True
    _rated(record, node.get("reviewRating"), item)
    lang = _lang(node.get("inLanguage"))
    if lang:
        record["lang"] = lang
    title = _name(node.get("name")) or _name(node.get("headline"))
    if title:
        record["title"] = title
    aliases = _texts(item_reviewed.get("alternateName"))
    if aliases:
        record["aliases"] = aliases
    sources = _texts(node.get("url")) + _texts(node.get("citation"))
    if sources:
        record["sources"] = list(dict.fromkeys(sources))
    _date_field(record, "checked", node.get("datePublished"), item)
    _date_field(record, "review_by", node.get("expires"), item)
    keywords = node.get("keywords")
    tags = [t.strip() for t in keywords.split(",")] if isinstance(keywords, str) else keywords
    if _texts(tags):
        record["tags"] = _texts(tags)
    claimant = _name(item_reviewed.get("author"))
    if claimant:
        record["claimant"] = claimant
    _date_field(record, "claim_date", item_reviewed.get("datePublished"), item)
    publisher = _name(node.get("author")) or _name(node.get("publisher"))
    if publisher:
        record["publisher"] = publisher
    return item


def _from_api(claim: Mapping[str, Any], where: str) -> Imported:
    item = Imported({}, where)
    record = item.record
    if isinstance(claim.get("text"), str):
        record["claim"] = claim["text"].strip()
    reviews = [r for r in claim.get("claimReview") or () if isinstance(r, Mapping)]
    first = reviews[0] if reviews else {}
    _rated(record, first.get("textualRating"), item)
    lang = _lang(first.get("languageCode"))
    if lang:
        record["lang"] = lang
    if isinstance(first.get("title"), str) and first["title"].strip():
        record["title"] = first["title"].strip()
    sources = [r["url"].strip() for r in reviews if isinstance(r.get("url"), str)]
    if sources:
        record["sources"] = list(dict.fromkeys(s for s in sources if s))
    _date_field(record, "checked", first.get("reviewDate"), item)
    if isinstance(claim.get("claimant"), str) and claim["claimant"].strip():
        record["claimant"] = claim["claimant"].strip()
    _date_field(record, "claim_date", claim.get("claimDate"), item)
    publisher = _name(first.get("publisher"))
    if publisher:
        record["publisher"] = publisher
    return item


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    """``["claim=Statement", ...]`` → ``{"claim": "Statement"}``; raises on a bad pair."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        target, sep, column = pair.partition("=")
        target, column = target.strip(), column.strip()
        if not sep or not target or not column:
            raise ClaimcheckError(f"--map takes FIELD=COLUMN, e.g. claim=Statement; got {pair!r}")
        if not re.fullmatch(r"[A-Za-z_][\w-]*", target):
            raise ClaimcheckError(f"--map: {target!r} is not a field name")
        mapping[target] = column
    return mapping


def read_csv(text: str, mapping: Mapping[str, str], name: str = "input") -> list[Imported]:
    """The records of a CSV file: a field comes from the column ``mapping`` names for it, or
    else from a column named like the field (case does not matter). List fields split on
    ``|``; the status column is read as a rating ("Pants on Fire", "Salah", 1..5)."""
    from claimcheck.ledger import KNOWN_FIELDS
    from claimcheck.ledger_formats import CSV_LIST_SEPARATOR, LIST_FIELDS

    sample = text[:4096].splitlines()[0] if text.strip() else ""
    delimiter = max((",", ";", "\t"), key=sample.count) if sample else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [cell.strip() for cell in next(reader, [])]
    except csv.Error as error:
        raise ClaimcheckError(f"{name}:1: CSV syntax error: {error}") from None
    if not any(header):
        raise ClaimcheckError(f"{name}: no header row")
    by_name = {column.lower(): index for index, column in reversed(list(enumerate(header)))}
    columns: dict[str, int] = {}
    for target, column in mapping.items():
        if column.lower() not in by_name:
            raise ClaimcheckError(
                f"{name}: no column {column!r} for --map {target}={column} "
                f"(columns: {', '.join(c for c in header if c)})"
            )
        columns[target] = by_name[column.lower()]
    mapped = set(columns.values())
    for known in sorted(KNOWN_FIELDS):
        index = by_name.get(known)
        if known not in columns and index is not None and index not in mapped:
            columns[known] = index
    if "claim" not in columns:
        raise ClaimcheckError(
            f"{name}: no 'claim' column; name the column with --map claim=COLUMN "
            f"(columns: {', '.join(c for c in header if c)})"
        )
    found: list[Imported] = []
    line = reader.line_num + 1
    try:
        for row in reader:
            item = Imported({}, f"{name}:{line}")
            line = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            record = item.record
            for target, index in columns.items():
                cell = unguard_cell(row[index].strip()) if index < len(row) else ""
                if not cell or target == "status":
                    continue
                if target in LIST_FIELDS:
                    record[target] = [
                        p.strip() for p in cell.split(CSV_LIST_SEPARATOR) if p.strip()
                    ]
                elif target in ("checked", "review_by"):
                    _date_field(record, target, cell, item)
                else:
                    record[target] = cell
            if "id" in record:
                item.explicit_id = True
            status_index = columns.get("status")
            status_cell = (
                unguard_cell(row[status_index].strip())
                if status_index is not None and status_index < len(row)
                else ""
            )
            _rated(record, status_cell or None, item)
            found.append(item)
    except csv.Error as error:
        raise ClaimcheckError(f"{name}:{reader.line_num}: CSV syntax error: {error}") from None
    return found


def _url_slug(url: str) -> str | None:
    try:
        parts = [p for p in urlsplit(url).path.split("/") if p]
    except ValueError:
        return None
    for part in reversed(parts):
        part = _WEB_SUFFIX.sub("", part)
        slug = slugify(part)
        if slug != "claim" and not slug.isdigit() and slug not in ("index", "amp"):
            return slug
    return None


def plan_import(
    items: Sequence[Imported], existing: Sequence[Entry]
) -> tuple[list[dict], list[str]]:
    """The records to write, with ids unique against ``existing``, and warnings.

    A record without a claim is skipped. A record whose own id is taken, whose claim (compared
    without case and punctuation) an entry already has, or whose derived id (the slug of its
    first source URL, else of its claim) belongs to an entry with a shared source, is already
    in the ledger: skipped with a warning. Other taken derived ids get ``-2``, ``-3`` ...
    """
    warnings: list[str] = []
    by_id = {entry.id: entry for entry in existing}
    by_claim = {_normal(entry.claim): entry.id for entry in existing}
    written: dict[str, dict[str, Any]] = {}
    records: list[dict[str, Any]] = []
    for item in items:
        record = dict(item.record)
        if not record.get("claim"):
            warnings.append(f"{item.where}: no claim text; skipped")
            continue
        if item.explicit_id:
            entry_id = record["id"]
            if entry_id in by_id:
                warnings.append(
                    f"{item.where}: id '{entry_id}' is already in the ledger at "
                    f"{by_id[entry_id].location}; skipped"
                )
                continue
            if entry_id in written:
                warnings.append(f"{item.where}: id '{entry_id}' appears twice; skipped")
                continue
        elif _normal(record["claim"]) in by_claim:
            warnings.append(
                f"{item.where}: the claim is already in the ledger as "
                f"'{by_claim[_normal(record['claim'])]}'; skipped"
            )
            continue
        else:
            sources = record.get("sources") or []
            base = (_url_slug(sources[0]) if sources else None) or slugify(record["claim"])
            same = _same_claim(record, by_id.get(base)) or _same_claim(record, written.get(base))
            if same:
                warnings.append(f"{item.where}: '{base}' is already in the ledger; skipped")
                continue
            entry_id = unique_id(base, [*by_id, *written])
        record = {"id": entry_id, **{k: v for k, v in record.items() if k != "id"}}
        warnings += item.warnings  # only for what is written: a skipped item says why
        written[entry_id] = record
        by_claim.setdefault(_normal(record["claim"]), entry_id)
        records.append(record)
    return records, warnings


def _same_claim(record: Mapping[str, Any], other: Entry | Mapping[str, Any] | None) -> bool:
    if other is None:
        return False
    if isinstance(other, Entry):
        claim, sources = other.claim, other.sources
    else:
        claim, sources = other.get("claim", ""), other.get("sources") or []
    if _normal(claim) == _normal(record.get("claim", "")):
        return True
    return bool(set(sources) & set(record.get("sources") or []))
