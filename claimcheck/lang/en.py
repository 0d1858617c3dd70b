"""English, as written in news reports and spoken in transcripts."""

from __future__ import annotations

from claimcheck.lang import Language, words
from claimcheck.lang.en_lexicon import (
    DETECTION_WORDS,
    DIRECTIONS,
    NAME_VARIANTS,
    SYMMETRIC_WORDS,
    UNIT_CONCEPTS,
)
from claimcheck.lang.en_verbs import VERBS, is_past, past_of_participle

_STOPWORDS = words("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves also would could shall may might must us s t don
""")

_ABBREVIATIONS = words("""
mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp
no nos vol vols p pp fig figs ed eds est approx dept univ inc ltd co corp bros jan feb mar apr
jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun u.s u.k u.n e.g i.e etc vs v
a.m p.m ph.d b.a m.a d.c
""")

_REPORTING_VERBS = words("""
said says say told tells tell stated states state added adds claimed claims claim announced
announces reported reports wrote writes explained explains noted notes argued argues insisted
insists confirmed confirms acknowledged acknowledges admitted admits warned warns estimated
estimates
""")

_NEGATORS = words("""
not no never nobody nothing none neither nor without cannot can't don't doesn't
didn't isn't aren't wasn't weren't won't wouldn't hasn't haven't hadn't shouldn't couldn't n't""")

_DENIAL_VERBS = words("""
deny denies denied denying reject rejects rejected rejecting dismissed dismisses
dismiss refuted refutes disputed disputes rebuffed""")

_HEDGES = (
    "as i understand it",
    "rumours circulated",
    "rumors circulated",
    "rumoured",
    "rumored",
    "likely",
    "unlikely",
    "may",
    "might",
    "could",
    "possibly",
    "perhaps",
    "probably",
    "reportedly",
    "allegedly",
    "apparently",
    "appears to",
    "seems to",
    "is expected to",
    "are expected to",
    # "The suspect, believed to be 19," → "The suspect is believed to be 19": hearsay
    "is believed to",
    "are believed to",
    "is thought to",
    "are thought to",
    "is said to",
    "are said to",
    "is alleged to",
    "are alleged to",
    "is rumored to",
    "are rumored to",
    "is rumoured to",
    "are rumoured to",
    "is not expected",
    "are not expected",
    "is expected",
    "are expected",
    "will",
    "won't",
    "won’t",
    # "said the bill would cut taxes": a prediction reported, not a fact stated
    "would",
)

_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_NUMBER_WORDS.update(
    {
        word: value
        for word, value in zip(
            words("twenty thirty forty fifty sixty seventy eighty ninety"),
            range(20, 100, 10),
            strict=True,
        )
    }
)
_NUMBER_WORDS.update({"a dozen": 12, "dozen": 12})

_SCALE_WORDS = {
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

_APPROXIMATE = {
    "dozens": (24, 99),
    "tens": (10, 99),
    "hundreds": (100, 999),
    "thousands": (1000, 9999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999),
    "millions": (1_000_000, 9_999_999),
    "tens of millions": (10_000_000, 99_999_999),
    "billions": (1_000_000_000, 9_999_999_999),
}

_MONTHS = {
    name: index
    for index, name in enumerate(
        words(
            "january february march april may june july august september october november december"
        ),
        start=1,
    )
}

# Words that head a predicate: auxiliaries, copulas, modals and common verbs.
_PREDICATE_WORDS = words("""
is are was were be been being am has have had having do does did will would shall should can
could may might must isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't
wouldn't can't cannot couldn't shouldn't ain't
want wants get gets got make makes go goes went come comes came give gives gave take takes took
see sees saw know knows knew think thinks thought need needs lose loses lost win wins won
pay pays paid cut cuts put puts run runs ran grow grows grew fell rise rises rose spend spends
spent keep keeps kept bring brings brought buy buys bought sell sells sold build builds built
lead leads leave leaves left send sends sent hold holds held become becomes became begin began
raise raises vote votes support supports oppose opposes believe believes voted
meet meets met fight fights fought hit hits sign signs signed join joins
drive drives drove driven give gives given take takes taken seen known show shows shown grown
throw throws threw thrown write writes wrote written speak speaks spoke spoken break breaks
broke broken choose chooses chose chosen steal steals stole stolen hide hides hid hidden
sued died owed used
risen fall falls fallen beat beats beaten done gone made say said tell tells told find finds
found flee flees fled die dies died strike strikes struck draw draws drew drawn begun
swear swore sworn tear tore torn fly flies flew flown withdraw withdrew withdrawn
undertook undertaken laid led sought caught taught dealt meant lent swept stood
understood oversaw upheld include seem appear exceed involve contain comprise
withheld forgave forgot arose froze hung
shake shook shaken forbid forbade forbidden sink sank sunk stick sticks stuck spin spun
rebuilt rewrote rewritten resold retook retaken reran underwent undergone overtook overtaken
outgrew outsold mistook misled overrode overridden dug slid heard slept wore worn ate eaten
drank sang swam forgotten foresaw foreseen
""")

_NON_VERBS = words("""
need red bed hundred united shed seed speed feed weed sacred wicked naked indeed hatred
kindred creed wed ted
""")

_PREPOSITIONS = words("""
for to in on at from with by into onto over under about against during since until through
across after before without within among per
""")

# Discourse openers that carry no content of their own.
_OPENERS = (
    "of course",
    "by the way",
    "in fact",
    "as a matter of fact",
    "you know",
    "i mean",
    "look",
    "well",
    "now",
    "and",
    "but",
    "so",
    "also",
    "however",
    "meanwhile",
    "still",
    "yes",
    "no",
    "okay",
    "ok",
    # a speaker's frame around what they assert: "Let me tell you, we spent $6 trillion"
    "let me tell you",
    "let me just tell you",
    "let me say",
    "let me just say",
    "i can tell you",
    "i will tell you",
    "i'll tell you",
    "i have to tell you",
    "i must say",
    "frankly",
    "honestly",
    "as i understand it",
    "as you know",
    "the fact is that",
    "the truth is that",
)


LANGUAGE = Language(
    code="en",
    name="English",
    stemmer="english",
    stopwords=frozenset(_STOPWORDS),
    detection_words=DETECTION_WORDS,
    abbreviations=frozenset(_ABBREVIATIONS),
    reporting_verbs=frozenset(_REPORTING_VERBS),
    source_phrases=("according to", "citing", "as reported by"),
    reason_sources=("citing",),
    withholdings=(
        "declined",
        "refused",
        "would not say",
        "would not disclose",
        "would not comment",
        "did not say",
        "did not specify",
        "did not disclose",
        "did not elaborate",
        "gave no",
    ),
    medium_prepositions=frozenset(words("in through")),
    channel_sources=("as reported by",),
    complement_verbs=frozenset(
        words(
            "found deemed declared ruled considered judged said reported believed expected "
            "promised pledged vowed planned decided chose agreed tried asked wanted"
        )
    ),
    negators=frozenset(_NEGATORS),
    denial_verbs=frozenset(_DENIAL_VERBS),
    clause_denials=frozenset({"deny", "denies", "denied"}),
    participle_past=past_of_participle,
    is_past=is_past,
    non_participles=frozenset(
        words(
            "including according following regarding concerning excluding beginning "
            "starting citing finding"
        )
    ),
    object_participle_verbs=frozenset(
        words("found find finds saw see sees seen discovered spotted caught heard showed")
    ),
    plural_pronouns=frozenset({"they"}),
    object_pronouns=frozenset(words("them it him her us me")),
    hedges=_HEDGES,
    # Not "yet": "is not yet approved" is one negated clause.
    clause_coordinators=frozenset({"and", "but", "while", "whereas"}),
    adversatives=frozenset({"but"}),
    contrast_coordinators=frozenset({"while", "whereas"}),
    gerund_suffixes=("ing",),
    participle_suffixes=("ed",),
    adjective_suffixes=("er", "ly", "al", "ic", "ous", "ive", "ful", "less", "ed"),
    perfect_auxiliaries=frozenset(words("has have had")),
    addressee_verbs=frozenset(words("told tells tell")),
    reporting_participles=frozenset(
        words(
            "saying adding noting insisting arguing explaining ruling claiming warning "
            "admitting acknowledging alleging asserting contending"
        )
    ),
    verdict_participles=frozenset(
        words("calling describing terming labeling labelling dismissing")
    ),
    complementizers=frozenset({"that"}),
    pronouns=frozenset({"he", "she", "they"}),
    number_words=_NUMBER_WORDS,
    scale_words=_SCALE_WORDS,
    compact_scales={"bn": 1e9, "tn": 1e12, "trn": 1e12},
    compact_money_scales={"m": 1e6, "k": 1e3},
    approximate_quantities=_APPROXIMATE,
    months=_MONTHS,
    clock_after=("a.m.", "p.m.", "am", "pm", "o'clock"),
    time_units=frozenset(
        words(
            "second seconds minute minutes hour hours day days week weeks month months year "
            "years decade decades century centuries"
        )
    ),
    time_prepositions={
        "since": "since",
        "in": "in",
        "during": "in",
        "throughout": "in",
        "until": "until",
        "till": "until",
        "before": "before",
        "after": "after",
    },
    unit_compounds=frozenset({"home games", "home runs", "house seats", "school districts"}),
    unit_concepts=UNIT_CONCEPTS,
    directions=DIRECTIONS,
    symmetric_words=SYMMETRIC_WORDS,
    passive_agents=frozenset({"by"}),
    question_words=frozenset(words("what who whom whose when where why how which")),
    question_complementizers=frozenset({"whether"}),
    titles=frozenset(
        words(
            "president vice minister secretary governor mayor councilman councilwoman councillor "
            "senator sen representative rep director chief commissioner chairman chairwoman "
            "spokesman spokeswoman spokesperson judge general gen attorney sheriff superintendent "
            "coach dr doctor professor prof ceo deputy former police finance state city county "
            "economist analyst researcher inspector detective sergeant sgt lieutenant lt "
            "captain capt auditor treasurer comptroller"
        )
    ),
    vague_subjects=frozenset(words("you it this that they")),
    spokespersons=frozenset(words("spokesman spokeswoman spokesperson spokespeople aide")),
    honorifics=frozenset(words("mr mrs ms madam sir miss")),
    trend_words=frozenset(words("up down")),
    change_verbs=frozenset(
        words(
            "fell falls fall rose rises rise dropped drops declined declines decreased increased "
            "increases grew grows climbed climbs jumped jumps surged slid slipped plunged "
            "soared tumbled"
        )
    ),
    measure_verbs=frozenset(
        words("reached reaches totaled totals stood stands hit is was are were")
    ),
    figure_of="{subject}, at {figure},",
    figure_comparisons=(
        # (not a bare "half": "50,000 people, half of them from out of state" counts within
        # the figure)
        *(
            f"{how}{what}"
            for how in ("", "nearly ", "almost ", "more than ")
            for what in ("double", "triple", "twice")
        ),
        *(f"{how} half" for how in ("nearly", "almost", "more than")),
        *(
            f"the {most}"
            for most in words("highest lowest most fewest largest smallest biggest best worst")
        ),
        "a record",
        "a record high",
        "a record low",
        "an all-time high",
        "an all-time low",
        *(f"{how} {side}" for how in ("well", "far", "just") for side in ("below", "above")),
        "below target",
        "above target",
        "short of",
    ),
    figure_copulas=("is", "was"),
    past_copulas=frozenset({"was", "were"}),
    level_prepositions=frozenset({"to", "above", "below"}),
    multiples=frozenset(words("twice double triple")),
    escalations=frozenset(words("even")),
    range_closers=frozenset(words("older younger over above up more fewer less under below")),
    second_person=frozenset(words("you your you've you're you'd you’ve you’re you’d")),
    passive_auxiliaries=frozenset(words("is are was were be been being get gets got")),
    opinion_openers=(
        "i think",
        "i believe",
        "i'm sure",
        "i am sure",
        "i feel",
        "in my opinion",
        "i guess",
        "we believe",
        "let's",
        "let’s",
        "let me",
        "let us",
    ),
    exhortations=("let's", "let’s", "let us"),
    # not "thanks" ("Thanks to the new levy, …") nor "welcome" ("Welcome Center visits rose")
    courtesies=("thank you", "god bless", "good evening", "good morning", "good afternoon"),
    first_person=frozenset(words("i we")),
    deontic_modals=frozenset(words("should shouldn't ought")),
    modals=frozenset(words("will would can could may might must should shall")),
    time_deictics=frozenset(words("this next last coming")),
    partitives=("of them", "among them", "of whom", "of which"),
    advisories=(
        "are encouraged to",
        "is encouraged to",
        "are advised to",
        "is advised to",
        "are urged to",
        "is urged to",
        "are asked to",
        "is asked to",
        "are reminded to",
        "is reminded to",
    ),
    feelings=frozenset(
        words(
            "like love loved hate hated proud happy glad sad pleased delighted honored honoured "
            "grateful thankful excited disappointed sorry respect admire enjoy appreciate"
        )
    ),
    futures=("will", "shall", "are going to", "am going to", "going to"),
    intentions=(
        "want to",
        "wanted to",
        "would like",
        "'d like",
        "’d like",
        "'ve got to",
        "’ve got to",
        "have got to",
        "got to",
        "have to",
        "need to",
        "must",
        "should",
        "hope",
        "be happy to",
        "would love to",
    ),
    infinitive_negators=frozenset({"not", "never"}),
    causal_subordinators=frozenset({"because"}),
    event_subordinators=frozenset(words("after before while since upon")),
    subordinators=frozenset(
        words("when if unless whenever once because although though after before while since")
    ),
    # "While Trump was building a TV show, my brother was building ...": both are claims.
    concessives=("although", "though", "even though", "even if", "despite the fact that", "while"),
    phrase_negators=frozenset({"without"}),
    false_negations=(
        "not only",
        "no less than",
        "not least",
        "no doubt",
        "nothing short of",
        "not to mention",
        "no sooner",
    ),
    purpose_markers=frozenset({"to"}),
    unknown_markers=("unclear", "clear", "known", "unknown", "certain", "sure"),
    # Their object may be a thing ("reported 40 new cases"), so only a clause is reported.
    evidence_verbs=frozenset(words("show shows showed found finds reported reports")),
    reporting_nouns=frozenset(words("state states claim claims report reports note notes")),
    time_words=frozenset(
        words(
            "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
            "week month year day weeks months years days ago spring summer autumn winter "
            "morning afternoon evening night"
        )
    ),
    attribution_trailers=frozenset(words("on in at during after to")),
    predicate_words=frozenset(_PREDICATE_WORDS),
    verb_prefixes=(),
    verb_suffixes=("ed", "n't", "n’t"),
    verb_clitics=tuple(
        f"{apostrophe}{clitic}" for apostrophe in "'’" for clitic in ("s", "re", "ve", "ll", "m")
    ),
    non_verbs=frozenset(_NON_VERBS),
    verbs=VERBS,
    verb_futures=("going to",),
    linking_verbs=frozenset(words("remains stays seems appears looks becomes gets keeps")),
    places_gone_to=frozenset(words("work school church waste court trial war market press")),
    restatement_markers=frozenset({"or"}),
    age_words=("is", ""),
    aside_openers=frozenset(words("unlike along alongside besides except despite plus")),
    ranking_continuations=("followed by",),
    inclusion_markers=("including",),
    result_coordinators=frozenset({"so"}),
    recipient_prepositions=frozenset(words("for to against")),
    partitive_wholes={"of them": "of the {}"},
    determiners=frozenset(
        words("a an the his her its their our my your this these those every each many several")
    ),
    noun_complement_markers=frozenset({"of"}),
    modifiers_precede_head=True,
    comparison_participles=frozenset(words("compared")),
    release_participles=frozenset(words("released published issued unveiled posted made")),
    method_participles=frozenset(
        words("adjusted measured calculated weighted ranked estimated seasonally compared")
    ),
    plural_past_copula="were",
    hearsay_participles=frozenset(words("believed thought said alleged reported rumored rumoured")),
    plural_copula="are",
    thing_reporting_verbs=frozenset(
        words("""
        added adds claimed claims claim announced announces reported reports confirmed confirms
        noted notes wrote writes explained explains acknowledged acknowledges admitted admits
        warned warns estimated estimates""")
    ),
    plural_suffixes=("s",),
    irregular_plurals=frozenset(words("men women children people police")),
    plural_quantifiers=frozenset(words("some many most others both all few several")),
    adverb_suffixes=("ly",),
    possessive_relativizers=frozenset({"whose"}),
    participle_adverbs=frozenset(words("once formerly previously originally first newly")),
    copula="is",
    copulas=frozenset(words("is are was were be been am")),
    relativizers=frozenset({"who", "which", "whose", "whom"}),
    comma_relativizers=frozenset({"which", "who"}),
    prepositions=frozenset(_PREPOSITIONS),
    pair_words=frozenset({"between", "both", "either", "neither"}),
    list_openers=frozenset(words("as including like namely")),
    example_openers=(
        "such as",
        "including",
        "like",
        "for example",
        "for instance",
        "among them",
        "among others",
        "e.g",
    ),
    denial_objects=frozenset(
        words(
            "claim claims allegation allegations report reports suggestion suggestions charge "
            "charges accusation accusations notion idea assertion the rumor rumors rumour "
            "rumours speculation"
        )
    ),
    openers=_OPENERS,
    comma_openers=("the fact is", "the truth is"),
    anaphors=("it", "this", "that"),
    credit_phrases=("thanked", "thanks", "thank", "praised", "credited", "blamed"),
    credit_linkers=frozenset({"for"}),
    appositive_openers=frozenset({"a", "an", "the", "his", "her", "its", "their"}),
    person_relativizers=frozenset({"who", "whom", "whose"}),
    place_prepositions=frozenset({"in", "at", "near", "outside"}),
    fronted_appositive_openers=("a", "an", "one of"),
    adverbs=frozenset(
        words(
            "also has have had again repeatedly only then still later even previously earlier "
            "recently already just now often usually always sometimes very"
        )
    ),
    auxiliaries=frozenset(
        "has have had is are was were will would can could may might must should shall".split()
    ),
    elliptical_auxiliaries=frozenset(
        words("did does do is are was were has have had can could will would")
    ),
    infinitive_marker="to",
    inflections=("s", "ed"),
    singular_pronouns=frozenset({"he", "she"}),
    negative_subjects=("no one", "nobody", "none of", "nothing", "no one else"),
    negative_determiners=frozenset({"no"}),
    negative_adverbs=("no longer", "no more"),
    shares=("most", "many", "some", "half", "nearly half", "nearly all", "the rest", "all"),
    documents=frozenset(
        words("""report reports survey study analysis poll statement filing audit review data
        figures release memo letter""")
    ),
    document_kinds=frozenset(words("written joint annual official press")),
    author_prepositions=frozenset(words("by from")),
    body_pronoun="it",
    do_support=frozenset(words("did does do")),
    corporate_words=frozenset(words("inc corp corporation co ltd llc plc holdings")),
    bodies=frozenset(
        words("""
        company companies firm corporation corp inc co ltd llc group holdings industries foods
        logistics energy power utility airline airlines railroad railway bank insurer fund
        agency ministry department council government administration committee commission
        board authority office bureau police army navy court union party association alliance
        institute university hospital school district city county state center centre service
        foundation coalition network league club team store chain retailer manufacturer maker
        developer operator carrier publisher studio lab laboratory clinic port works mills
        automaker carmaker drugmaker pharmacy brewery refinery supplier distributor producer
        motors motor drug drugs pharma pharmaceuticals airways telecom steel oil mining media
        systems technologies partners capital brands stores markets healthcare software
        """)
    ),
    currencies=frozenset(words("usd us$ eur gbp")),
    comparatives=frozenset(
        words("higher lower more less fewer larger smaller bigger up down twice double triple")
    ),
    standard_markers=frozenset({"than"}),
    object_verb_suffixes=("ing",),
    name_variants=NAME_VARIANTS,
)
