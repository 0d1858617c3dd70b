"""English verbs: the base forms of news prose, the pasts of irregular ones, and the past of
an "-ing" form (what a participle clause becomes as a claim of its own)."""

from __future__ import annotations

from claimcheck.lang import words

# Irregular pasts of news verbs: a participle clause after a past one is written in the past
# ("…, beating its 6.8% target" → "… beat its 6.8% target").
IRREGULAR_PASTS = dict(
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
VERBS = frozenset(
    words("""
abandon abolish accelerate accept accommodate accompany account accumulate accuse achieve
acquire act adapt add address adjust administer admit adopt advance advise advocate affect
afford agree aid aim alert allege allow alter amend analyze announce anticipate appeal appear
apply appoint appreciate approach approve argue arrange arrest arrive ask assemble assert
assess assign assist assume assure attach attack attempt attend attract authorize avoid await
award back ban bar bargain base beat become beg begin behave believe belong benefit bind blame
block blow boast bomb boost borrow bother bounce break breathe bring build burn bury buy
calculate call campaign cancel cap capture care carry catch cause cease celebrate challenge change
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
)
PASTS = frozenset(IRREGULAR_PASTS.values())


def past_of_participle(word: str) -> str | None:
    """ "beating" → "beat", "smashing" → "smashed", "stopping" → "stopped", "closing" →
    "closed": the past of a known verb's "-ing" form, else ``None``."""
    if not word.endswith("ing") or len(word) < 5:
        return None
    stem = word[: -len("ing")]
    doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz"
    for lemma in (stem, stem + "e", stem[:-1] if doubled else ""):
        if lemma in IRREGULAR_PASTS:
            return IRREGULAR_PASTS[lemma]
        if lemma in VERBS:
            if lemma.endswith("e"):
                return lemma + "d"
            if lemma.endswith("y") and lemma[-2] not in "aeiou":
                return lemma[:-1] + "ied"
            return stem + "ed"  # "stopp" + "ed", "smash" + "ed"
    return None


def is_past(word: str) -> bool:
    """Whether a word is a verb's past: "earned", "posted", "carried", "took", "died"; not
    "need", "exceed", "feed" (but "agreed", "freed")."""
    if word in PASTS or word in _SHORT_PASTS:
        return True
    if not word.endswith("ed") or len(word) < 5:
        return False
    return not word.endswith("eed") or word[:-1] in VERBS


# Pasts of four letters or fewer ("-ed" words that short are mostly not verbs: "bed", "red").
_SHORT_PASTS = frozenset({"died", "owed", "sued", "tied", "lied", "aged", "used", "eyed"})
