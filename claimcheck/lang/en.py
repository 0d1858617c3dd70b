"""English, as written in news reports and spoken in transcripts."""

from __future__ import annotations

from claimcheck.lang import Language, words

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
abandon abolish accelerate accommodate accompany account accumulate acknowledged acknowledges
adapt added adds adjust administer admits admitted advise advocate aid alert allege alter amend
analyze announced announces anticipate appeal appreciate approach argued argues arrange
assemble assert assess assign assist assure attach attempt authorize await award balance
bargain bear beat beg behave bet bid bind blow boast bomb bother bounce bow breathe brief
broadcast bury calculate capture cast catch cease challenge chase cheat cite claim claimed
claims clarify clean clear climb cling coach collaborate comment commission communicate
compensate compile comply compose comprise conceal concede conduct confess confirmed confirms
confront confuse conserve constitute construct consult consume contact contend contest contract
contradict convert convey convict cooperate coordinate cope correct correspond counter crash
create credit crush cure dance dare debate decrease dedicate defeat defer define delay delegate
delete demonstrate deport deposit derive descend desire detain detect devote dictate differ dig
diminish direct disagree disclose discourage dispute distinguish distribute disturb dive divert
divide donate doubt draft drag dream dress drink drown dump dwell educate elect embrace emerge
emphasize enact encounter endanger endure engineer enhance enlist enrich enroll entitle
envision erase escalate escape evacuate evaluate evolve examine exclude excuse execute exempt
exercise exhibit expel experience explained explains exploit explore express extract fade favor
fear feed fetch finalize fit flag flood flow fly fold forecast forgive formulate foster freeze
fulfill gather gauge glance govern grab graduate greet guard guess guide halt hand hang harvest
heal heat highlight hinder honor hunt hurry illustrate imagine imitate implement imply import
impress imprison incorporate incur index induce infect inflict influence inherit initiate
injure inquire insisted insists inspect inspire instruct insure integrate interfere interpret
interrupt interview invade invent investigate isolate jail joke jump justify kick kidnap knock
label land last laugh lay leak lean lease legalize license lift light limit load loan lobby
locate lock log lower manufacture march marry master match mediate merge migrate mine minimize
mislead mobilize modify monitor motivate mount multiply murder negate nominate noted notes
notify nurture object oblige observe occupy offend omit oppress orchestrate organize outlaw
outline overcome overhaul oversee overthrow overwhelm pack paint pardon park patrol pause
penalize perceive persist pick picture pile plant plunge poll pose possess post postpone pour
practice praise pray predict preside presume pretend prevail print prioritize privatize probe
proceed process proclaim profit program prohibit project prolong pronounce propel prosecute
protest provoke punish pursue qualify quit quote race rally reassure rebuild recall reckon
reclaim recommend reconcile recruit redeem refer reform refund regain register regret
rehabilitate reinforce reinstate relate relax relieve relocate remark remind renew rent reopen
repair repay repeat replicate reported reports rescind resemble resist respect restructure
resume retaliate retreat revise revive revoke reward ride ring rip roll rotate rush sacrifice
said sanction satisfy say says scan schedule score scrap screen search secure select separate
shape shelter shoot shout sing skip slow smuggle soar solicit sort spark specify speculate
spill sponsor stabilize stage stake state stated states stem stimulate stir store strain stress
stretch strip submit subsidize substitute sue summarize supervise supplement surround survey
sustain swallow swear sweep swing tackle tap tax tear tell tells terminate test testify thank
thrive tie tighten told tolerate top torture touch tour track transform translate transport
trap trigger trim triumph trust uncover underestimate undergo undertake unite unveil update
upgrade uphold upset utilize vacate value verify view violate volunteer wage warned warns
weaken wear weigh welcome widen withdraw withhold witness wound wrap writes wrote yield
""")

_NEGATORS = words("""
not no never nobody nothing none neither nor without cannot can't don't doesn't
didn't isn't aren't wasn't weren't won't wouldn't hasn't haven't hadn't shouldn't couldn't n't""")

_DENIAL_VERBS = words("""
deny denies denied denying reject rejects rejected rejecting dismissed dismisses
dismiss refuted refutes disputed disputes rebuffed""")

_HEDGES = (
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
    "will",
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
risen fall falls fallen beat beats beaten done gone made say said tell tells told find finds
found flee flees fled strike strikes struck draw draws drew drawn begun swear swore sworn
tear tore torn fly flies flew flown withdraw withdrew withdrawn undertook undertaken
shake shook shaken forbid forbade forbidden sink sank sunk stick sticks stuck spin spun
""")

# Verbs of news prose and speeches, base form: their "-s" forms head predicates ("the plan adds
# 12 officers and restores weekend hours"). Irregular and frequent forms are predicate words.
_VERBS = words("""
accept accuse achieve acquire act add address admit adopt advance affect afford agree aim
allow announce appear apply appoint approve argue arrest arrive ask assume attack attend
attract avoid back ban bar base become begin believe belong benefit block blame boost borrow
break bring build burn buy call campaign cancel care carry cause celebrate change charge
check choose claim close collapse collect combine come commit compare compete complain
complete concern conclude condemn confirm connect consider consist contain continue
contribute control convince cost count cover create criticize cross cut damage deal decide
decline defend deliver demand deny depend deploy describe deserve design destroy determine
develop die disappear discover discuss dismiss display do double drop earn ease eliminate
employ enable encourage end endorse enforce engage enjoy ensure enter equal establish
estimate exceed exist expand expect explain export expose extend face fail fall feature feel
fight file fill finance find finish fire fix focus follow force forget form found fund gain
generate give go govern grant grow guarantee handle happen harm hate head hear help hide hire
hit hold hope host house hurt identify ignore impose improve include increase indicate
inform insist install intend introduce invest invite involve issue join judge keep kill know
lack launch lead learn leave lend let lie like limit link list live lose love maintain make
manage mark matter mean measure meet mention miss move name need negotiate note notice
obtain occur offer open operate oppose order outnumber overturn owe own participate pass pay
perform permit persuade place plan play plead pledge point prefer prepare present preserve
prevent produce promise promote propose protect prove provide publish pull purchase push put
raise rank reach read receive recognize recommend record recover reduce reflect refuse
regulate reject release rely remain remember remove repeal replace report represent require
rescue reserve resign resolve respond rest restore restrict result retain retire return
reveal review rise risk rule run save say see seek seem seize sell send serve set settle
share shift show shrink shut sign sit slash solve speak spend split spread stand start state
stay steal stop strengthen strike struggle study succeed suffer suggest supply support
suppose surge surpass survive suspend take talk target teach tell tend threaten total trade
train transfer travel treat triple try turn undermine understand use urge vary veto visit
vote wait walk want warn waste watch win wish work worry write
""")

# Words that look like verbs by their ending but are not.
_NON_VERBS = words("""
need red bed hundred united shed seed speed feed weed sacred wicked naked indeed hatred
kindred creed bled led fled wed ted
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
)

# Spellings and adjectives of names → the canonical form shared with the other languages (see
# lang/id.py): "Russian troops" is about Russia, as "tentara Rusia" is.
_NAME_VARIANTS = {
    "russia": "russia",
    "russian": "russia",
    "belarus": "belarus",
    "belarusian": "belarus",
    "ukraine": "ukraine",
    "ukrainian": "ukraine",
    "moscow": "moscow",
    "kiev": "kyiv",
    "kyiv": "kyiv",
    "united states": "united states",
    "america": "america",
    "china": "china",
    "britain": "britain",
    "great britain": "britain",
    "united nations": "united nations",
    "european union": "european union",
}

LANGUAGE = Language(
    code="en",
    name="English",
    stemmer="english",
    stopwords=frozenset(_STOPWORDS),
    abbreviations=frozenset(_ABBREVIATIONS),
    reporting_verbs=frozenset(_REPORTING_VERBS),
    source_phrases=("according to", "citing", "as reported by"),
    negators=frozenset(_NEGATORS),
    denial_verbs=frozenset(_DENIAL_VERBS),
    hedges=_HEDGES,
    clause_coordinators=frozenset({"and", "but", "while", "whereas", "yet"}),
    complementizers=frozenset({"that"}),
    pronouns=frozenset({"he", "she", "they"}),
    number_words=_NUMBER_WORDS,
    scale_words=_SCALE_WORDS,
    approximate_quantities=_APPROXIMATE,
    months=_MONTHS,
    time_prepositions={
        "since": "since",
        "in": "in",
        "during": "in",
        "until": "until",
        "till": "until",
        "before": "before",
        "after": "after",
    },
    question_words=frozenset(words("what who whom whose when where why how which")),
    time_words=frozenset(
        words(
            "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
            "week month year"
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
    verbs=frozenset(_VERBS),
    determiners=frozenset(
        words("a an the his her its their our my your this these those every each many several")
    ),
    noun_complement_markers=frozenset({"of"}),
    modifiers_precede_head=True,
    plural_suffixes=("s",),
    copula="is",
    relativizers=frozenset({"who", "which", "whose", "whom"}),
    prepositions=frozenset(_PREPOSITIONS),
    pair_words=frozenset({"between", "both", "either", "neither"}),
    denial_objects=frozenset(
        words(
            "claim claims allegation allegations report reports suggestion suggestions charge "
            "charges accusation accusations notion idea assertion the"
        )
    ),
    openers=_OPENERS,
    anaphors=("it", "this", "that"),
    credit_phrases=("thanked", "thanks", "thank", "praised", "credited", "blamed"),
    credit_linkers=frozenset({"for"}),
    appositive_openers=frozenset({"a", "an", "his", "her", "its", "their"}),
    auxiliaries=frozenset(
        "has have had is are was were will would can could may might must should shall".split()
    ),
    infinitive_marker="to",
    inflections=("s", "ed"),
    singular_pronouns=frozenset({"he", "she"}),
    object_verb_suffixes=("ing",),
    name_variants=_NAME_VARIANTS,
)
