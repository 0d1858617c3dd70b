"""Whether a claim's words state something one could look up: a predicate or a number, with a
name, a number or enough content words; not an open question, a pronoun's statement with
nothing to look up, or a bare name or title."""

from __future__ import annotations

from claimcheck.extract import modality
from claimcheck.extract.pieces import Context
from claimcheck.extract.tokens import Tok, contracted_subject
from claimcheck.lang import Language
from claimcheck.model import Sentence

# What a lower-case word counts as in ``checkable``, by language: words repeat, so each is
# judged once.
_WORD_KINDS: dict[str, dict[str, int]] = {}
_OTHER, _CONTENT, _NUMBER, _QUANTITY = range(4)


def _word_kind(w: str, language: Language) -> int:
    """A number that is a content word ("2019", "lima"), a content word, a quantity that is
    no content word (a stop word such as "se"), or neither."""
    # "$5", "€40", "rp5": a sum is a number
    digits = w.lstrip("$€£¥").removeprefix("rp")
    quantity = (
        digits[:1].isdigit() or w in language.number_words or w in language.approximate_quantities
    )
    content = (
        (w[0].isalnum() or digits[:1].isdigit())
        and w not in language.stopwords
        and w not in language.negators
        and w not in language.pronouns
        and w not in language.question_words
    )
    if quantity:
        return _NUMBER if content else _QUANTITY
    return _CONTENT if content else _OTHER


def _none_exist(words: list[str], language: Language) -> bool:
    """A negated existential: "belum ada yang meninggal", "tidak ada korban jiwa"."""
    return any(
        w in language.existentials and previous in language.negators
        for previous, w in zip(words, words[1:])  # noqa: B905 - one shorter
    )


def _negative_subject(words: list[str], language: Language) -> bool:
    """A count of zero as the subject: "tidak seorang pun terluka", "no one was hurt"."""
    opening = " ".join(words[:4])
    return any(
        opening == phrase or opening.startswith(phrase + " ")
        for phrase in language.negative_subjects
    )


def _names_only(
    raw_words: list[str], content: set[str], toks: list[Tok], language: Language, quoted: bool
) -> bool:
    """Every content word capitalised and no verb but a copula: "I'm Megyn Kelly". Quoted
    words are a motto or a title, not a name ('Moto Olimpiade adalah "Citius, Altius"')."""
    if not all(w[0].isupper() for w in raw_words if w[0].isalpha() and w.lower() in content):
        return False
    if quoted:
        return False
    # "David Teo adalah Ketua MIG": that someone holds a title is a claim.
    lows = [w.lower() for w in raw_words]
    copula = next((i for i, w in enumerate(lows) if w in language.copulas), None)
    if copula is not None and not language.titles.isdisjoint(lows[copula + 1 :]):
        return False
    # "Colin Hargrove is a Democrat from Duluth": what someone is, not who
    if copula is not None and copula + 2 < len(lows) and lows[copula + 1] in language.determiners:
        return False
    return not any(
        t.is_predicate and t.low not in language.copulas and not contracted_subject(t, language)
        for t in toks
    )


def checkable(
    raw_words: list[str],
    words: list[str],
    toks: list[Tok],
    context: Context,
    sentence: Sentence,
    quoted: bool = False,
    verb_phrase: bool = False,
) -> bool:
    """A predicate (or a number) plus a name, a number or enough content words; not an open
    question ("tidak jelas kapan mereka akan mulai", "it is unclear when they will decide");
    not a pronoun's statement with neither a name nor a number in it; not a bare name or
    title ("I'm Megyn Kelly", "Former Florida Governor Jeb Bush"). ``words`` are
    ``raw_words`` lower-cased."""
    language = context.language
    if not language.question_words.isdisjoint(words):
        for index, word in enumerate(words[:-1]):
            if word in language.question_words and modality.follows_unknown(words, index, language):
                return False
    kinds = _WORD_KINDS.setdefault(language.code, {})
    content = []
    number = False
    for w in words:
        kind = kinds.get(w)
        if kind is None:
            kind = kinds[w] = _word_kind(w, language)
        if kind == _CONTENT:
            content.append(w)
        elif kind == _NUMBER:
            content.append(w)
            number = True
        elif kind == _QUANTITY:
            number = True
    # "belum ada yang meninggal": a count of zero
    zero = (not language.existentials.isdisjoint(words) and _none_exist(words, language)) or (
        # "no one was hurt", "tidak seorang pun terluka" (not "Nothing is off the table")
        _negative_subject(words, language)
        and any(
            t.is_predicate and t.low not in language.copulas and t.low not in language.negators
            for t in toks
        )
    )
    number = number or zero
    # "Bullying is up": the change after a copula is what is said.
    if not language.trend_words.isdisjoint(words):
        content += [
            w
            for previous, w in zip(words, words[1:])  # noqa: B905 - one shorter
            if w in language.trend_words and previous in language.copulas
        ]
    name = False
    for t in toks:
        if (
            t.is_capitalized
            and t.low not in language.stopwords
            and (t.start != sentence.start or t.low in context.names)
        ):
            name = True
            break
    # A carried subject may bring the verb: "Slamet adalah" + "seorang petani di Karawang".
    predicate = (
        verb_phrase
        or any(t.is_predicate for t in toks)
        or len(content) >= 4
        or not language.predicate_words.isdisjoint(words)
    )
    if not (predicate or number):
        return False
    if words[0] in language.vague_subjects and not (number or name):
        return False  # "it was lies", "that just wasn't the fact": nothing to look up
    if not number and _names_only(raw_words, set(content), toks, language, quoted):
        return False  # names and titles, at most a copula: who, not what
    if len(content) >= 3 or (len(content) >= 2 and (name or number or predicate)):
        return True
    return bool(content) and (name or zero) and predicate
