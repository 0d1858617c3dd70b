"""Relative clauses on a name or a noun phrase: "the Trump Foundation, which took money …",
"McGregor yang merupakan petarung kidal …", "drop the Red Raiders mascot, which has been used
since 1954": the clause without it, and what it says of the name (``coordination.py`` makes it
a claim of its own)."""

from __future__ import annotations

from claimcheck.extract.descriptions import resumes_clause, subject_relative
from claimcheck.extract.tokens import MAX_SPEAKER, WINDOW, Tok, is_figure, is_time_word
from claimcheck.lang import Language


def named_relative(
    toks: list[Tok], language: Language, names: frozenset[str] | set[str] = frozenset()
) -> tuple[list[Tok], list[Tok]] | None:
    """``... X, yang C`` / ``... X, which C`` after a name X (maybe quoted: ``"Steering
    Group", yang C``): the clause before the comma, and X followed by C, the author's claim
    about X ("the Trump Foundation, which took money" → "the Trump Foundation took money").
    A name needs no comma: ``McGregor yang merupakan petarung kidal mungkin ...`` (a relative
    clause cannot restrict what a name already picks out)."""
    for index in range(2, min(len(toks) - 2, WINDOW)):
        if toks[index].text != "," or toks[index + 1].low not in language.relativizers:
            continue
        quoted = _quoted_name(toks, index)
        last = index - 2 if toks[index - 1].text == "." else index - 1  # "Blue Ridge Timber Co."
        start = quoted if quoted is not None else _noun_phrase_start(toks, index, language)
        set_off_object = _set_off_object(toks, index, language)
        if set_off_object is not None:
            start = set_off_object
        elif (
            not toks[last].is_capitalized
            and quoted is None
            and not _set_off_subject(toks, start, index, language)
        ):
            return None  # after a common noun "yang" may restrict it: left whole
        name = toks[start:index]
        if not subject_relative(toks[index + 1 :], language):
            return None  # "Minsk, which Putin called …": its own subject, nothing of Minsk
        # "McGregor, yang merupakan petarung kidal, mungkin menyebabkan ...": the clause
        # resumes after the relative clause.
        # Only a subject's relative clause ends in its own clause's predicate; the name is one
        # when no verb comes between it and where its clause opens ("bahwa McGregor, yang").
        opens = max(
            (
                k
                for k in range(index)
                if toks[k].low in language.complementizers or _clause_opener(toks, k, language)
            ),
            default=-1,
        )
        subject = not any(t.is_predicate for t in toks[opens + 1 : index])
        for close in range(index + 3, min(len(toks) - 1, index + WINDOW)):
            # "ordered Blue Ridge Timber Co., which logged …, to pay …": an object's clause
            # resumes with the infinitive it takes
            resumes = (
                resumes_clause(toks[close + 1 :], language)
                if subject
                else _resumes_object_clause(toks[index + 2 : close], toks[close + 1 :], language)
            )
            if toks[close].text == "," and resumes:
                return toks[:index] + toks[close + 1 :], name + toks[index + 2 : close]
        return toks[:index], name + toks[index + 2 :]
    return _bare_named_relative(toks, language, names)


def _set_off_subject(toks: list[Tok], start: int, index: int, language: Language) -> bool:
    """English sets off with a comma only what does not restrict: "The state's tax amnesty,
    which waived penalties, brought in …" (the sentence's subject, a determiner first, no
    verb in it) is described, not narrowed."""
    return (
        start == 0
        and toks[index + 1].low in language.comma_relativizers
        and (toks[0].low in language.determiners or toks[0].low.endswith("'s"))
        and not any(t.is_predicate or t.text in ",;" for t in toks[:index])
    )


def _set_off_object(toks: list[Tok], index: int, language: Language) -> int | None:
    """Where an object set off by the comma at ``index`` opens (its determiner): "… to drop
    the Red Raiders mascot, which has been used since 1954", "arrested a 34-year-old man,
    who …": English sets off what it describes, not what it narrows. The object opens with a
    determiner after the clause's verb, with only words between ("which" after a bare noun may
    be about the whole event: "raised taxes, which angered residents"), and the relative
    clause has a verb of its own ("the first time, which is, you know, …" has none)."""
    if toks[index + 1].low not in language.comma_relativizers or index + 3 >= len(toks):
        return None
    if not toks[index + 2].is_predicate or toks[index + 3].text == ",":
        return None
    if (
        toks[index + 1].low not in language.person_relativizers
        and not toks[index - 1].is_capitalized  # after a name "which" is about the name
        and _takes_object(toks, index + 2, language)
    ):
        return None  # "cut the dividend, which sent its shares down": the event did that
    for k in range(index - 1, max(0, index - MAX_SPEAKER) - 1, -1):
        tok = toks[k]
        if tok.low in language.determiners:
            verb = any(t.is_predicate for t in toks[:k])
            return k if verb and index - k >= 2 else None
        if (
            not tok.is_word
            or tok.is_predicate
            or tok.low in language.prepositions
            or tok.low in language.stopwords
        ):
            return None
    return None


def _takes_object(toks: list[Tok], verb: int, language: Language) -> bool:
    """Whether the verb group opening at ``verb`` ("sent", "has been used", "will start")
    goes on with an object, not a preposition, an adverb, a time or the clause's end. After an
    object, "which" is often about the whole event ("which angered residents", "which caused
    delays", "which will cost $3 million"); without one it describes the noun ("which closed in
    2019", "which has been used since 1954", "which will start very shortly")."""
    after = verb
    while after < len(toks) and (
        toks[after].is_predicate
        or (after > verb and toks[after].low in language.verbs)  # "will start"
        or toks[after].low in language.adverbs
        or toks[after].low.endswith(language.adverb_suffixes or ("\0",))  # "very shortly"
    ):
        after += 1
    if after >= len(toks):
        return False
    if not toks[after].is_word:
        return is_figure(toks, after, language)  # "which will cost $3 million"
    following = toks[after].low
    return not (
        following in language.prepositions
        or following in language.adverbs
        or is_time_word(following, language)
        or following in language.subordinators
    )


def _resumes_object_clause(relative: list[Tok], rest: list[Tok], language: Language) -> bool:
    """After an object's relative clause, the clause goes on with the infinitive the object
    takes ("ordered Blue Ridge Timber Co., which logged …, to pay …") or a verb phrase of the
    subject's (", which struck a pier …, and has barred the vessel"; but after "yang bertugas
    menetapkan …, menentukan …," a list of the clause's own goes on)."""
    return bool(rest) and (
        rest[0].low == language.infinitive_marker
        or (
            len(rest) > 1
            and "," not in (t.text for t in relative)
            and rest[0].low in language.clause_coordinators
            and (rest[1].is_predicate or rest[1].low in language.auxiliaries)
        )
    )


def _quoted_name(toks: list[Tok], index: int) -> int | None:
    """Where a quoted name that ends right before ``toks[index]`` starts (at its opening
    quote): '"Steering Group",', '"Citius, Altius, Fortius",'."""
    close = toks[index - 1].text
    if close not in '"”':
        return None
    opener = '"' if close == '"' else "“"
    start = next(
        (
            k
            for k in range(index - 2, max(-1, index - MAX_SPEAKER - 2), -1)
            if toks[k].text == opener
        ),
        None,
    )
    if start is None or start + 1 >= index - 1 or not toks[start + 1].is_capitalized:
        return None
    return start


def _bare_named_relative(
    toks: list[Tok], language: Language, names: frozenset[str] | set[str]
) -> tuple[list[Tok], list[Tok]] | None:
    """``McGregor yang merupakan petarung kidal mungkin menyebabkan ...``: a relative clause
    right after a name that opens its clause is the author's claim about it; the clause goes
    on without it."""
    for index in range(1, min(len(toks) - 2, WINDOW)):
        if toks[index].low not in language.relativizers or not toks[index - 1].is_capitalized:
            continue
        opens = max(
            (
                k
                for k in range(index)
                if toks[k].low in language.complementizers or toks[k].is_predicate
            ),
            default=-1,
        )
        name = toks[opens + 1 : index]
        if (
            not name
            or len(name) > MAX_SPEAKER
            or not all(t.is_capitalized for t in name)
            # At a sentence's start a capitalised word may be any word ("Pemerintah", "Tentara
            # Rusia"): it names only when the text capitalises it elsewhere too.
            or (opens < 0 and name[0].low not in names and name[0].low not in language.titles)
        ):
            return None
        verb = index + 1
        while verb < len(toks) and (
            toks[verb].low in language.adverbs or toks[verb].low in language.negators
        ):
            verb += 1
        if verb >= len(toks) or not toks[verb].is_predicate:
            return None
        # The clause resumes at the next predicate after the relative clause's own words.
        end = verb + 1
        while end < len(toks) and toks[end].is_predicate:
            end += 1
        resume = next(
            (
                k
                for k in range(end + 1, min(len(toks), end + WINDOW))
                if toks[k].is_predicate
                and toks[k - 1].text not in ",;"
                # "yang diluncurkan pada 2006 dan diimplementasikan pada 2007": still the
                # relative clause's
                and toks[k - 1].low not in language.clause_coordinators
            ),
            None,
        )
        if resume is None or any(
            t.text in ",;" or t.low in language.relativizers for t in toks[end:resume]
        ):
            return None
        while resume - 1 > end and toks[resume - 1].low in language.adverbs:
            resume -= 1  # "... kidal mungkin menyebabkan"
        return toks[:index] + toks[resume:], name + toks[index + 1 : resume]
    return None


def _clause_opener(toks: list[Tok], index: int, language: Language) -> bool:
    """Whether a coordinated clause opens after ``index``: ", and" / ", dan"."""
    return (
        index > 0
        and toks[index].low in language.clause_coordinators
        and toks[index - 1].text == ","
    )


def _noun_phrase_start(toks: list[Tok], end: int, language: Language) -> int:
    """Where the noun phrase ending at ``end`` starts: after the last verb (or "that") before
    it, or after the first preposition that follows ("diturunkan dari kata monce dalam bahasa
    Sami"), with no determiner; at most a speaker's length."""
    verb = max(
        (
            k
            for k in range(end)
            if toks[k].is_predicate
            or toks[k].low in language.complementizers
            or _clause_opener(toks, k, language)  # "…, and quarterback Devin Okafor, who"
        ),
        default=-1,
    )
    start = verb + 1
    preposition = next((k for k in range(start, end) if toks[k].low in language.prepositions), None)
    if preposition is not None:
        start = preposition + 1
    start = max(start, end - MAX_SPEAKER)
    while start < end - 1 and toks[start].low in language.determiners:
        start += 1
    return start
