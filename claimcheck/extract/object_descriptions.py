"""What a clause says of its object or of a figure in it: an appositive on the object ("won
the Golden Boot, the award for the top scorer"), on a figure ("12 teams, the most since 2019"),
and a figure restated after ", atau" / ", or". Found here; ``coordination.py`` makes each a
claim of its own beside the clause."""

from __future__ import annotations

from itertools import takewhile

from claimcheck.extract.pieces import Piece
from claimcheck.extract.tokens import (
    MAX_SPEAKER,
    WINDOW,
    Tok,
    first_predicate,
    has_content,
    is_figure,
    is_number,
    is_time_word,
    is_year,
    match_phrase,
    name_start,
    span_text,
    without_title,
)
from claimcheck.lang import Language


def object_appositive(toks: list[Tok], language: Language) -> tuple[list[Tok], Piece] | None:
    """``V Name, an APPOSITIVE, REST`` / ``V Name, Presiden Rusia, REST``: the clause without
    the appositive, and the appositive as a claim about the name ("fined LuckyReel, an
    unlicensed slots app based in Malta, $2.4 million" → "LuckyReel is an unlicensed slots
    app based in Malta")."""
    for index in range(2, min(len(toks) - 3, WINDOW)):
        if toks[index].text != "," or not toks[index - 1].is_capitalized:
            continue
        opener = toks[index + 1]
        if not (opener.low in language.determiners or opener.low in language.titles):
            continue
        start = name_start(toks[:index])
        if not any(t.is_predicate for t in toks[:start]):
            return None  # a subject's: see parenthetical
        if start and toks[start - 1].text == ",":
            # "granted the port's operator, Harwick Port Holdings, an interim injunction": the
            # name is the appositive, and a second object follows
            return None
        close = next(
            (
                k
                for k in range(index + 2, min(len(toks), index + WINDOW // 2))
                if toks[k].text == ","
            ),
            None,
        )
        if close is None or close + 1 >= len(toks):
            return None
        inner, rest = toks[index + 1 : close], toks[close + 1 :]
        if (
            rest[0].low
            in language.clause_coordinators  # "visited Minsk, the capital, and …": a list
            or rest[0].is_capitalized  # "met A, the minister, B, …"
            # a verb only as a participle or in its own relative clause ("direktur koperasi
            # yang menghimpun dana Rp86 miliar")
            or any(
                t.is_predicate and not t.low.endswith(language.participle_suffixes or ("\0",))
                for t in inner[: _relative_at(inner, language)]
            )
            or not all(t.is_word or t.low[0].isdigit() for t in inner)
            or not has_content(inner[1:], language)
        ):
            return None
        name = span_text(without_title(toks[start:index], language))
        return toks[:index] + rest, Piece(toks=inner, prefix=f"{name} {language.copula}")
    return None


def _relative_at(toks: list[Tok], language: Language) -> int:
    """Where a relative clause opens in ``toks`` (``len(toks)`` if none)."""
    return next((k for k, t in enumerate(toks) if t.low in language.relativizers), len(toks))


def figure_appositive(toks: list[Tok], language: Language) -> tuple[list[Tok], Piece] | None:
    """``V FIGURE, nearly double X, REST``: the clause without the appositive, and the
    appositive as a claim about the figure ("took in 2,140 dogs, nearly double its capacity"
    → "2,140 dogs was nearly double its capacity"). After a verb of measure, or of change to
    a level, the figure is the subject's: "enrollment rose to 11,240 students, the highest
    since 2010" → "enrollment, at 11,240 students, was the highest since 2010"."""
    if not any(is_number(t.low, language) for t in toks):
        return None  # no figure, nothing to compare
    verb = first_predicate(toks, 0, language)
    for comma in range(2, len(toks) - 2):
        if toks[comma].text != ",":
            continue
        # "sets aside $3.1 million for roads, up 8 percent from last year"
        trend = toks[comma + 1].low in language.trend_words and is_figure(toks, comma + 2, language)
        if not (trend or match_phrase(toks, comma + 1, language.figure_comparisons)):
            continue
        close = next((k for k in range(comma + 1, len(toks)) if toks[k].text in ",;"), len(toks))
        inner = toks[comma + 1 : close]
        if (
            len(inner) < 2
            # (a relative clause's verb is its own: "tertinggi di antara 10 kota yang disurvei",
            # "the highest of any district that reported")
            or any(
                t.is_predicate
                for t in takewhile(
                    lambda t: (
                        t.low not in language.relativizers and t.low not in language.complementizers
                    ),
                    inner,
                )
            )
            # "half of them from out of state": a part of the count, not a comparison
            or any(match_phrase(inner, k, language.partitives) for k in range(len(inner)))
            # "3 goals against Boston, the best team in the East": the name's description (not
            # a unit, "31.000 MW", or a month)
            or (
                toks[comma - 1].is_capitalized
                and not toks[comma - 1].text.isupper()
                and not is_time_word(toks[comma - 1].low, language)
            )
            # "arrested 3 times since 2019, twice for assault": a count within the figure
            or (inner[1].low in language.prepositions and inner[0].low in language.multiples)
        ):
            continue
        figure = _compared_figure(toks, comma, language)
        if figure is None or verb is None or verb >= figure:
            continue
        measure = next(
            (
                k
                for k in range(verb, figure)
                if toks[k].is_predicate
                and (toks[k].low in language.change_verbs or toks[k].low in language.measure_verbs)
            ),
            0,
        )
        changed = measure and toks[measure].low in language.change_verbs
        if measure and trend:
            continue  # "rose to 312, up 27 percent": a second figure of the change
        if changed and toks[figure - 1].low not in language.level_prepositions:
            continue  # "dropped 20 percent, the largest decline": the change's, not a level
        measured = span_text(toks[figure:comma])
        if measure:
            measured = language.figure_of.format(subject=span_text(toks[:measure]), figure=measured)
        verbs = toks[verb:figure]
        past = any(t.low in language.past_copulas for t in verbs) or (
            language.is_past is not None and any(language.is_past(t.low) for t in verbs)
        )
        link = language.figure_copulas[1 if past else 0]
        prefix = f"{measured} {link}" if link else measured
        return toks[: comma + 1] + toks[close + 1 :], Piece(toks=inner, prefix=prefix)
    return None


def restated_figure(toks: list[Tok], language: Language) -> tuple[list[Tok], Piece] | None:
    """``S V FIGURE …, atau 81 persen dari target, REST`` / ``…, or 12% of its budget``: the
    clause without the restatement, and the clause again with the restated figure in place of
    the first ("Penyaluran KUR mencapai 81 persen dari target tahunan hingga akhir Oktober",
    "The county spent 12% of its police budget on overtime last year")."""
    for comma in range(2, len(toks) - 2):
        if toks[comma].text != "," or toks[comma + 1].low not in language.restatement_markers:
            continue
        start = comma + 2
        while (
            start < min(len(toks), comma + 4)
            and not is_figure(toks, start, language)
            and (
                toks[start].low in language.figure_markers
                or toks[start].low in language.prepositions
            )
        ):
            start += 1  # "atau sekitar 18 persen", "or about 12%"
        if start >= len(toks) or not is_figure(toks, start, language):
            continue
        close = next((k for k in range(start, len(toks)) if toks[k].text in ",;"), len(toks))
        inner = toks[comma + 2 : close]
        figure = _compared_figure(toks, comma, language)
        if (
            figure is None
            or len(inner) > 2 * MAX_SPEAKER
            or any(t.is_predicate for t in inner)
            or not any(t.is_predicate for t in toks[:figure])
        ):
            return None
        # what follows the figure's noun ("hingga akhir Oktober", "on overtime last year")
        # holds for the restated figure too
        noun_end = next(
            (k for k in range(figure + 1, comma) if toks[k].low in language.prepositions), comma
        )
        restated = Piece(
            toks=inner,
            prefix=span_text(toks[:figure]),
            suffix=span_text(toks[noun_end:comma]),
            carried_verb=True,
        )
        return toks[:comma] + toks[close:], restated
    return None


def _compared_figure(toks: list[Tok], comma: int, language: Language) -> int | None:
    """Where the figure an appositive at ``comma`` compares opens: the nearest one before the
    comma that is no year ("fell to 9,800 in 2023, the lowest since 1990": 9,800), with only
    words after it ("this fall" is a season); ``None`` if there is none."""
    for k in range(comma - 1, max(0, comma - MAX_SPEAKER) - 1, -1):
        tok = toks[k]
        if tok.text in ",;" or (tok.is_predicate and toks[k - 1].low not in language.determiners):
            return None
        if is_figure(toks, k, language) and not is_year(tok.low):
            return k - 1 if k and is_figure(toks, k - 1, language) else k  # "$6.3 million"
    return None


def ranking_continued(toks: list[Tok], language: Language) -> tuple[list[Tok], list[Piece]] | None:
    """``S V … 118 kasus, disusul Kecamatan Gubug sebanyak 76 kasus dan Kecamatan Godong 63
    kasus`` / ``…, followed by Florida with 22``: the clause without the ranking's
    continuation, and each ranked item with its figure as a claim of its own ("Kecamatan
    Godong 63 kasus"). Only after a clause with a figure, and only when every item has one:
    a ranking, not any "followed by"."""
    for index in range(2, len(toks) - 2):
        if toks[index].text != ",":
            continue
        marker = match_phrase(toks, index + 1, language.ranking_continuations)
        if not marker:
            continue
        if not any(is_figure(toks, k, language) for k in range(index)):
            return None
        items: list[list[Tok]] = [[]]
        for tok in toks[index + 1 + marker :]:
            if tok.text in ",;" or tok.low in language.clause_coordinators:
                if items[-1]:
                    items.append([])
            elif tok.text not in ".!?":
                items[-1].append(tok)
        items = [item for item in items if item]
        # a ranked item is named ("Florida with 22", "Kecamatan Gubug sebanyak 76 kasus"); "two
        # aftershocks of magnitude 4.5" after "followed by" is what came next, no ranking
        if not items or not all(
            item[0].is_capitalized
            and any(is_figure(item, k, language) for k in range(len(item)))
            and not any(t.is_predicate for t in item)
            for item in items
        ):
            return None
        return toks[:index], [Piece(toks=item, own_clause=True) for item in items]
    return None
