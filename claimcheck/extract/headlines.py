"""Headlines: title case hides which words are verbs ("Man Charged in Three Bank Robberies",
"Polisi Bubarkan Balap Liar di Kalimalang, 46 Sepeda Motor Disita"), and a comma joins
their clauses. Found here; ``__init__`` marks a headline's verbs and splits its clauses."""

from __future__ import annotations

from claimcheck.extract.tokens import Tok, read_in_lower_case
from claimcheck.lang import Language


def is_headline(toks: list[Tok]) -> bool:
    """A headline: title case ("Polisi Bongkar Sindikat Curanmor, 37 Sepeda Motor Disita"),
    at least three longer words, no closing full stop."""
    if not toks or toks[-1].text in ".!?" or not toks[-1].is_capitalized:
        return False  # most sentences: a full stop, or a lower-case last word
    longer = [t for t in toks if t.is_word and len(t.text) > 3]
    return len(longer) >= 3 and sum(t.is_capitalized for t in longer) * 4 >= len(longer) * 3


def headline_clauses(toks: list[Tok]) -> list[list[Tok]] | None:
    """A headline's clauses, where commas or semicolons join them ("Polisi Bongkar Sindikat
    Curanmor, 37 Sepeda Motor Disita"): each part between them with a predicate of its own;
    ``None`` for anything else."""
    if not is_headline(toks):
        return None
    parts: list[list[Tok]] = [[]]
    for tok in toks:
        if tok.text in ",;":  # "Census Recount Adds 4,200 Residents; City Still Short of …"
            parts.append([])
        else:
            parts[-1].append(tok)
    if len(parts) < 2 or not all(any(t.is_predicate for t in part) for part in parts):
        return None
    return parts


def mark_headline_verbs(toks: list[Tok], language: Language) -> None:
    """In a headline every word is capitalised, verbs too: in each comma-separated part with
    no predicate yet, the first word a verb's form marks ("Man Charged in …", "… Sepeda Motor
    Disita", "Ledakan Susulan Terdengar") heads it, else the first that may be one ("Polisi
    Bubarkan …", "Senate Passes Budget"); not after a preposition ("di Medan")."""
    part: list[int] = []
    for index in [*range(len(toks)), len(toks)]:
        if index < len(toks) and toks[index].text not in ",;:":
            part.append(index)
            continue
        if part and not any(toks[k].is_predicate for k in part):
            strong, weak = None, None
            for k in part[1:] if part[0] == 0 else part:
                tok = toks[k]
                if not tok.is_capitalized or toks[k - 1].low in language.prepositions:
                    continue
                read = read_in_lower_case(tok.low, language)
                if strong is None and (read == 2 or tok.low in language.headline_verbs):
                    strong = k
                if weak is None and (
                    read == 1
                    or _affix_dropped(tok.low, language)
                    or tok.low in language.superlatives  # "Jakarta Terpadat, Bali Termahal"
                ):
                    weak = k
            chosen = strong if strong is not None else weak
            if chosen is not None:
                toks[chosen].is_predicate = True
        part = []


def _affix_dropped(low: str, language: Language) -> bool:
    """A verb a headline writes without its prefix ("Bubarkan", "Amankan"): a verb suffix,
    but not a noun's confix ("Kebijakan", "Pendidikan")."""
    return (
        len(low) >= 6
        and low.endswith(language.headline_verb_suffixes or ("\0",))
        and not low.startswith(language.noun_prefixes or ("\0",))
    )
