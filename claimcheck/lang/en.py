"""English, as written in news reports and spoken in transcripts."""

from __future__ import annotations

from claimcheck.lang import Language, sides, words

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
insists confirmed confirms acknowledged acknowledges admitted admits warned warns
""")

_NEGATORS = words("""
not no never nobody nothing none neither nor without cannot can't don't doesn't
didn't isn't aren't wasn't weren't won't wouldn't hasn't haven't hadn't shouldn't couldn't n't""")

_DENIAL_VERBS = words("""
deny denies denied denying reject rejects rejected rejecting dismissed dismisses
dismiss refuted refutes disputed disputes rebuffed""")

_HEDGES = (
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
    "is not expected",
    "are not expected",
    "is expected",
    "are expected",
    "will",
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

# Irregular pasts of news verbs: a participle clause after a past one is written in the past
# ("…, beating its 6.8% target" → "… beat its 6.8% target").
_IRREGULAR_PASTS = dict(
    pair.split(":")
    for pair in """
beat:beat become:became begin:began break:broke bring:brought build:built buy:bought
catch:caught choose:chose come:came cut:cut deal:dealt do:did draw:drew drive:drove eat:ate
fall:fell feel:felt fight:fought find:found flee:fled fly:flew forbid:forbade forecast:forecast
get:got
give:gave go:went grow:grew hang:hung have:had hear:heard hide:hid hit:hit hold:held
keep:kept know:knew lay:laid lead:led leave:left lend:lent let:let lose:lost make:made
mean:meant meet:met pay:paid put:put quit:quit read:read ride:rode ring:rang rise:rose
run:ran say:said see:saw seek:sought sell:sold send:sent set:set shake:shook shed:shed
shoot:shot show:showed shut:shut sink:sank sit:sat sleep:slept speak:spoke spend:spent
spread:spread stand:stood steal:stole stick:stuck strike:struck swear:swore sweep:swept
take:took teach:taught tear:tore tell:told think:thought throw:threw undergo:underwent
understand:understood uphold:upheld upset:upset wear:wore win:won withdraw:withdrew
write:wrote oversee:oversaw overtake:overtook overcome:overcame overthrow:overthrew
withhold:withheld mislead:misled dig:dug forget:forgot sing:sang shrink:shrank feed:fed
rebuild:rebuilt repay:repaid undertake:undertook bind:bound freeze:froze forgive:forgave
swing:swung blow:blew hurt:hurt split:split spin:spun slide:slid bid:bid bet:bet cost:cost
broadcast:broadcast arise:arose bleed:bled breed:bred burst:burst cling:clung
foresee:foresaw grind:ground mistake:mistook outgrow:outgrew override:overrode
resell:resold retake:retook rerun:reran seek:sought shine:shone sling:slung slit:slit
speed:sped spit:spat spring:sprang sting:stung stink:stank stride:strode strive:strove
swim:swam tread:trod wake:woke weave:wove weep:wept wind:wound wring:wrung
""".split()
)

# Verbs of news prose and speeches, base form: their "-s" forms head predicates ("the plan adds
# 12 officers and restores weekend hours"). Irregular and frequent forms are predicate words.
_VERBS = words("""
abandon abolish accelerate accept accommodate accompany account accumulate accuse achieve
acquire act adapt add address adjust administer admit adopt advance advise advocate affect
afford agree aid aim alert allege allow alter amend analyze announce anticipate appeal appear
apply appoint appreciate approach approve argue arrange arrest arrive ask assemble assert
assess assign assist assume assure attach attack attempt attend attract authorize avoid await
award back ban bar bargain base beat become beg begin behave believe belong benefit bind blame
block blow boast bomb boost borrow bother bounce break breathe bring build burn bury buy
calculate call campaign cancel capture care carry catch cause cease celebrate challenge change
charge chase cheat check choose cite claim clarify clean clear climb cling close coach
collaborate collapse collect combine come comment commission commit communicate compare
compensate compete compile complain complete comply compose comprise conceal concede concern
conclude condemn conduct confess confirm confront confuse connect conserve consider consist
constitute construct consult consume contact contain contend contest continue contract
contradict contribute control convert convey convict convince cooperate coordinate cope correct
correspond cost count counter cover crash create criticize cross crush cure cut damage dare
deal debate decide decline decrease dedicate defeat defend defer define delay delegate delete
deliver demand demonstrate deny depend deploy deport deposit derive descend describe deserve
design desire destroy detain detect determine develop devote dictate die differ dig diminish
direct disagree disappear disclose discourage discover discuss dismiss display dispute
distinguish distribute disturb dive divert divide do donate double doubt draft drag drop drown
dump dwell earn ease educate elect eliminate embrace emerge emphasize employ enable enact
encounter encourage end endanger endorse endure enforce engage engineer enhance enjoy enlist
enrich enroll ensure enter entitle envision equal erase escalate escape establish estimate
evacuate evaluate evolve examine exceed exclude excuse execute exempt exhibit exist expand
expect expel experience explain exploit explore export expose express extend extract face fade
fail fall favor fear feature feed feel fetch fight file fill finalize finance find finish fire
fit fix flood flow fly focus fold follow force forecast forget forgive form formulate foster
found freeze fulfill fund gain gather gauge generate give glance go govern grab graduate grant
greet grow guarantee guess halt handle hang happen harm harvest hate head heal hear heat help
hide highlight hinder hire hit hold honor hope host house hunt hurry hurt identify ignore
illustrate imagine imitate implement imply import impose impress imprison improve include
incorporate increase incur indicate induce infect inflict influence inform inherit initiate
injure inquire insist inspect inspire install instruct insure integrate intend interfere
interpret interrupt introduce invade invent invest investigate invite involve isolate issue
jail join judge justify keep kidnap kill know lack launch lay lead leak lean learn leave
legalize lend let lie lift like limit link list live lobby locate lose love lower maintain make
manage manufacture march mark marry matter mean measure mediate meet mention merge migrate
minimize mislead miss mobilize modify monitor motivate move multiply murder name need negate
negotiate nominate note notice notify nurture oblige observe obtain occupy occur offend offer
omit open operate oppose oppress orchestrate order organize outlaw outline outnumber overcome
overhaul oversee overthrow overturn overwhelm owe own participate pass pay penalize perceive
perform permit persist persuade place plan play plead pledge point possess postpone pour pray
predict prefer prepare present preserve preside presume pretend prevail prevent prioritize
privatize probe proceed proclaim produce prohibit prolong promise promote pronounce propel
propose prosecute protect prove provide provoke publish pull punish purchase pursue push put
qualify quit raise rank reach read reassure rebuild recall receive reckon reclaim recognize
recommend reconcile record recover recruit redeem reduce refer reflect refuse regain register
regret regulate rehabilitate reinforce reinstate reject relate relax release relieve relocate
rely remain remark remember remind remove renew reopen repair repay repeal repeat replace
replicate report represent require rescind rescue resemble reserve resign resist resolve
respect respond rest restore restrict restructure result resume retain retaliate retire retreat
return reveal review revise revive revoke rip rise risk rotate rule run sacrifice satisfy save
say scan scrap smash prompt secure see seek seem seize select sell send separate serve set
settle shape
share shift shoot shout show shrink shut sign sing sit skip slash slow soar solicit solve speak
specify speculate spend spill split sponsor spread stabilize stand start state stay steal
stimulate stir stop strengthen stretch strike struggle study submit subsidize substitute
succeed sue suffer suggest summarize supervise supplement supply support suppose surge surpass
surround survive suspend sustain swallow swear sweep swing tackle take talk target teach tell
tend terminate testify thank threaten thrive tighten tolerate torture total touch trade train
transfer transform translate transport travel treat trigger trim triple triumph try turn
uncover underestimate undergo undermine understand undertake unite unveil uphold upset urge use
utilize vacate vary verify veto violate visit volunteer vote wait walk want warn waste watch
weaken wear weigh welcome widen win wish withdraw withhold work worry write
refund reimburse replant reforest rehire reroute resurface retrofit upgrade demolish renovate
dredge evict vaccinate disinfect quarantine compost recycle irrigate excavate
""")
_PASTS = frozenset(_IRREGULAR_PASTS.values())


def past_of_participle(word: str) -> str | None:
    """ "beating" → "beat", "smashing" → "smashed", "stopping" → "stopped", "closing" →
    "closed": the past of a known verb's "-ing" form, else ``None``."""
    if not word.endswith("ing") or len(word) < 5:
        return None
    stem = word[: -len("ing")]
    doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz"
    for lemma in (stem, stem + "e", stem[:-1] if doubled else ""):
        if lemma in _IRREGULAR_PASTS:
            return _IRREGULAR_PASTS[lemma]
        if lemma in _VERBS:
            if lemma.endswith("e"):
                return lemma + "d"
            if lemma.endswith("y") and lemma[-2] not in "aeiou":
                return lemma[:-1] + "ied"
            return stem + "ed"  # "stopp" + "ed", "smash" + "ed"
    return None


def is_past(word: str) -> bool:
    """Whether a word is a known verb's past: "earned", "closed", "stopped", "carried",
    "took"; not "need", "exceed", "feed"."""
    if word in _PASTS:
        return True
    if not word.endswith("ed") or len(word) < 5:
        return False
    stem = word[:-2]  # "earn", "clos", "stopp", "carri"
    lemmas = (stem, stem + "e", stem[:-1], stem[:-1] + "y")
    return any(lemma in _VERBS for lemma in lemmas)


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
    hedges=_HEDGES,
    # Not "yet": "is not yet approved" is one negated clause.
    clause_coordinators=frozenset({"and", "but", "while", "whereas"}),
    contrast_coordinators=frozenset({"while", "whereas"}),
    gerund_suffixes=("ing",),
    participle_suffixes=("ed",),
    addressee_verbs=frozenset(words("told tells tell")),
    reporting_participles=frozenset(
        words("saying adding noting insisting arguing explaining ruling claiming warning")
    ),
    verdict_participles=frozenset(
        words("calling describing terming labeling labelling dismissing")
    ),
    complementizers=frozenset({"that"}),
    pronouns=frozenset({"he", "she", "they"}),
    number_words=_NUMBER_WORDS,
    scale_words=_SCALE_WORDS,
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
        "until": "until",
        "till": "until",
        "before": "before",
        "after": "after",
    },
    directions=sides(
        """
rise: rose rise rises rising risen increase increased increases increasing grew grow grows
    growing climbed climbs jumped soared | fell falling fallen decrease decreased decreases
    decreasing declined decline declines declining dropped drops shrank dipped plunged slumped
high: higher highest | lower lowest
large: larger largest bigger biggest | smaller smallest
cheap: cheap cheaper cheapest | expensive costlier
open: opened opens reopened | closed closes
sex: male men man | female women woman
north: north northern | south southern
east: east eastern | west western
surplus: surplus | deficit
profit: profit profits profitable | loss losses
strong: strengthened strengthens | weakened weakens
above: above exceeding exceeded exceeds | below
""".replace("\n    ", " ")
    ),
    question_words=frozenset(words("what who whom whose when where why how which")),
    question_complementizers=frozenset({"whether"}),
    titles=frozenset(
        words(
            "president vice minister secretary governor mayor councilman councilwoman councillor "
            "senator sen representative rep director chief commissioner chairman chairwoman "
            "spokesman spokeswoman spokesperson judge general gen attorney sheriff superintendent "
            "coach dr doctor professor prof ceo deputy former police finance state city county "
            "economist analyst researcher"
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
    escalations=frozenset(words("even")),
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
            "week month year day weeks months years days ago"
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
    anaphors=("it", "this", "that"),
    credit_phrases=("thanked", "thanks", "thank", "praised", "credited", "blamed"),
    credit_linkers=frozenset({"for"}),
    appositive_openers=frozenset({"a", "an", "the", "his", "her", "its", "their"}),
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
    documents=frozenset(
        words("""report reports survey study analysis poll statement filing audit review data
        figures release memo letter""")
    ),
    document_kinds=frozenset(words("written joint annual official press")),
    author_prepositions=frozenset(words("by from")),
    body_pronoun="it",
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
    name_variants=_NAME_VARIANTS,
)
