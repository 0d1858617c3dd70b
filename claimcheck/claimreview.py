"""ClaimReview: fact-checkers' ratings in and out of the ledger (CSV imports and the plain
exports are in :mod:`claimcheck.ledger_exchange`).

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

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.model import FALSE_STATUSES, TRUE_STATUSES, Entry
from claimcheck.safe_text import json_text

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
CONTEXT = "https://schema.org"


# --------------------------------------------------------------------------- ratings


def normal_text(text: str) -> str:
    """``text`` lower-cased, punctuation and runs of spaces, hyphens or underscores made one
    space: how rating words and claims are compared."""
    return " ".join(_SPACES.sub(" ", _NON_WORD.sub(" ", text.lower().replace("-", " "))).split())


def status_for_text(text: Any) -> str | None:
    """The status a rating text names ("Mostly True", "Incorrect", "Salah"), else ``None``."""
    from claimcheck.ledger import normalize_status

    if not isinstance(text, str) or not text.strip():
        return None
    for candidate in (text, _HEAD.split(text, 1)[0]):
        normal = normal_text(candidate)
        status = normalize_status(normal) or RATING_WORDS.get(normal)
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


def _first(rating: Any) -> Any:
    """A rating given as a list (several reviews of one claim) is its first."""
    if isinstance(rating, list):
        return rating[0] if rating else None
    return rating


def status_for_rating(rating: Any) -> tuple[str | None, str | None]:
    """(status, the rating as text) for a schema.org Rating object or a rating text."""
    rating = _first(rating)
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


def add_date(record: dict[str, Any], key: str, value: Any, item: Imported) -> None:
    """``record[key]``, the date ``value`` (left out, with a warning, if it is none)."""
    if value in (None, ""):
        return
    text = _date_text(value)
    if text is None:
        item.warnings.append(f"{item.where}: '{value}' is not a YYYY-MM-DD date; {key} left out")
    else:
        record[key] = dt.date.fromisoformat(text)


def add_rating(record: dict[str, Any], rating: Any, item: Imported) -> None:
    """``record["status"]`` for ``rating`` (``unverified``, with a warning, if none maps)."""
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
        by_value = _value_status(rating)
        pair = {status, by_value}
        if pair & TRUE_STATUSES and pair & FALSE_STATUSES:  # true one way, false the other
            item.warnings.append(
                f"{item.where}: rating '{shown}' says {status} but its ratingValue says "
                f"{by_value}; imported as {status} (the text wins)"
            )


def _value_status(rating: Any) -> str | None:
    """The status a Rating object's ``ratingValue`` alone gives, if it has one."""
    rating = _first(rating)
    if not isinstance(rating, Mapping) or rating.get("ratingValue") in (None, ""):
        return None
    return status_for_value(
        rating.get("ratingValue"), rating.get("bestRating"), rating.get("worstRating")
    )


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
    add_rating(record, node.get("reviewRating"), item)
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
    add_date(record, "checked", node.get("datePublished"), item)
    add_date(record, "review_by", node.get("expires"), item)
    keywords = node.get("keywords")
    tags = [t.strip() for t in keywords.split(",")] if isinstance(keywords, str) else keywords
    if _texts(tags):
        record["tags"] = _texts(tags)
    claimant = _name(item_reviewed.get("author"))
    if claimant:
        record["claimant"] = claimant
    add_date(record, "claim_date", item_reviewed.get("datePublished"), item)
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
    add_rating(record, first.get("textualRating"), item)
    lang = _lang(first.get("languageCode"))
    if lang:
        record["lang"] = lang
    if isinstance(first.get("title"), str) and first["title"].strip():
        record["title"] = first["title"].strip()
    sources = [r["url"].strip() for r in reviews if isinstance(r.get("url"), str)]
    if sources:
        record["sources"] = list(dict.fromkeys(s for s in sources if s))
    add_date(record, "checked", first.get("reviewDate"), item)
    if isinstance(claim.get("claimant"), str) and claim["claimant"].strip():
        record["claimant"] = claim["claimant"].strip()
    add_date(record, "claim_date", claim.get("claimDate"), item)
    publisher = _name(first.get("publisher"))
    if publisher:
        record["publisher"] = publisher
    return item
