"""Language knowledge, one module per language.

Each module (``en.py``, ``id.py``) defines ``LANGUAGE``, a :class:`Language` holding the word
lists that segmentation, extraction and matching need. Adding a language is adding a module
and its code to ``SUPPORTED``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import import_module

SUPPORTED = ("id", "en")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Language:
    """What the pipeline needs to know about one language. All word lists are lower case."""

    code: str
    name: str
    stemmer: str  # Snowball algorithm name for PyStemmer
    stopwords: frozenset[str]
    abbreviations: frozenset[str]  # tokens that end in a period without ending a sentence
    reporting_verbs: frozenset[str]  # "said", "kata": attribute a statement to a speaker
    source_phrases: tuple[str, ...]  # "according to", "menurut": open a source phrase
    negators: frozenset[str]  # "not", "tidak"
    denial_verbs: frozenset[str]  # "denied", "membantah": the object is a denied claim
    hedges: tuple[str, ...]  # "likely", "kemungkinan": speculative statement (phrases)
    clause_coordinators: frozenset[str]  # "and", "but", "dan", "tetapi"
    complementizers: frozenset[str]  # "that", "bahwa"
    pronouns: frozenset[str]  # "he", "dia": point back to the last named person
    number_words: dict[str, int] = field(default_factory=dict)
    # Frequent news words of the language that are not stop words and not words of the other
    # language ("tahun", "mencatat"; "said", "year"): with the stop words they tell which
    # language a short text is in (a headline, a one-line claim: "BPS mencatat inflasi 2,57
    # persen." has no Indonesian stop word). Detection only, never dropped from the index.
    detection_words: frozenset[str] = frozenset()
    # Coordinators that only ever join clauses ("while", "sedangkan"): what follows has a
    # subject of its own, however long ("while revenue at the company fell").
    contrast_coordinators: frozenset[str] = frozenset()
    # Participles that go on to what a speaker said: ", saying …", ", seraya …".
    reporting_participles: frozenset[str] = frozenset()
    # Participles that only judge what was denied (", calling them baseless"): no claim.
    verdict_participles: frozenset[str] = frozenset()
    gerund_suffixes: tuple[str, ...] = ()  # "ing": "denied taking" denies an act
    # Words that open a clause stating a result after a comma (", so a vote … was postponed",
    # ", sehingga jumlah … kini mencapai 212 orang"): a claim of its own
    result_coordinators: frozenset[str] = frozenset()
    # ... those that open one even without the comma, after a clause with its own verb ("sudah
    # habis sejak September sehingga 74 terdakwa …"; English "so" then may be "so much")
    bare_result_coordinators: frozenset[str] = frozenset()
    # verbs of aiming at an outcome ("menargetkan", "aims"): what follows is not yet a fact;
    # nor is what "akan", "harus", "bisa" put before a verb
    target_verbs: frozenset[str] = frozenset()
    unrealised_markers: frozenset[str] = frozenset()
    # Prepositions before whom or what a verb acts on ("sanksi bagi 17 hakim", "fines for 40
    # firms"): the counted things there can be a partitive's whole, unlike a place's
    recipient_prepositions: frozenset[str] = frozenset()
    # Auxiliaries of the perfect ("has processed"): with a past participle, something that
    # happened, as a past tense is
    perfect_auxiliaries: frozenset[str] = frozenset()
    participle_suffixes: tuple[str, ...] = ()
    # Endings of adjectives ("older", "elderly", "rural", "chronic"): one before "and" and a
    # participle describes one noun with it ("older and disabled residents")
    adjective_suffixes: tuple[str, ...] = ()  # "ed": "a report released Wednesday"
    # Reporting verbs followed by whom it was said to: "told reporters", "told jurors".
    addressee_verbs: frozenset[str] = frozenset()
    scale_words: dict[str, int] = field(default_factory=dict)
    # A scale written onto a number, as news abbreviates it: "$3bn" always; "£4.5m", "Rp4,6M"
    # only after a currency ("300m" may be metres)
    compact_scales: dict[str, float] = field(default_factory=dict)
    compact_money_scales: dict[str, float] = field(default_factory=dict)
    # Approximate plural quantities ("tens of thousands", "puluhan ribu") as (low, high).
    approximate_quantities: dict[str, tuple[int, int]] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    # Units of time: "10 bulan", "three years" is a duration, not a count of things.
    time_units: frozenset[str] = frozenset()
    # Words in front of a year, mapped to one meaning across languages ("sejak" → "since"),
    # so "sejak 2018" and "since 2019" are known to be about the same thing.
    time_prepositions: dict[str, str] = field(default_factory=dict)
    # Words that state one side of a scale or an order, as (concept, side): "naik" and "fell"
    # are the two sides of "rise"; "perunggu" and "silver" two values of "medal", "Polandia"
    # and "Belarus" of "country". Concepts are shared across languages, so an Indonesian
    # claim is held against an English entry (see claimcheck/directions.py).
    directions: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Words of a relation that reads the same both ways ("and", "met", "melawan"): "A met B"
    # and "B met A" state one fact (see claimcheck/roles.py).
    symmetric_words: frozenset[str] = frozenset()
    # Who a passive's deed is by ("by", "oleh"): "B was bought by A" states "A bought B" in
    # the other order (with passive_prefixes and passive_auxiliaries, below).
    passive_agents: frozenset[str] = frozenset()
    # What a count or a measure is of, as a concept shared across languages ("warga" and
    # "people" are both "person"; "ton" and "tonnes" both "tonne"), so that "2.150 warga" is
    # known to state the count that "3,150 people" states (see claimcheck/quantities.py).
    unit_concepts: dict[str, str] = field(default_factory=dict)
    # Compounds that open with such a word and name something else ("rumah sakit": hospitals)
    unit_compounds: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    # Words that open an embedded question: what follows is asked, not said ("belum memutuskan
    # apakah harga BBM akan dinaikkan": no prediction of a price rise).
    question_complementizers: frozenset[str] = frozenset()
    # Negators that negate a phrase, not the claim: "tanpa disangka", "without warning".
    phrase_negators: frozenset[str] = frozenset()
    # "bukan A, melainkan B": the negator a correction replaces, and what opens the correction
    contrastive_negators: frozenset[str] = frozenset()
    correction_markers: frozenset[str] = frozenset()
    adversatives: frozenset[str] = frozenset()  # "namun", "but": a clause set against another
    # Phrases whose negator negates nothing ("tidak lepas dari" = owing to, "not only").
    false_negations: tuple[str, ...] = ()
    # Words around a negator that make it a purpose clause's: "untuk tidak", "not to".
    purpose_markers: frozenset[str] = frozenset()
    # "tidak jelas", "unclear": before a question word, the sentence asks rather than claims.
    unknown_markers: tuple[str, ...] = ()
    # Verbs whose subject is the source of a reported clause without saying it: "hasil
    # pemodelan BMKG menunjukkan bahwa C", "the audit found C" (not stop words for matching).
    evidence_verbs: frozenset[str] = frozenset()
    # Reporting verbs that only come before their speaker ("…, kata Putin"), never after it.
    inverted_reporting_verbs: frozenset[str] = frozenset()
    # Reporting verbs that are nouns as well ("a single state", "the report", "claims of
    # fraud"): each heads a predicate only where its context makes it a verb.
    reporting_nouns: frozenset[str] = frozenset()
    # Days and relative days: a time phrase after an attribution ("kata X pada hari Rabu").
    time_words: frozenset[str] = frozenset()
    # Prepositions that open when, where or to whom something was said, after an attribution:
    # "kata X kepada wartawan di Jakarta", "X said on Wednesday".
    attribution_trailers: frozenset[str] = frozenset()
    enclitic_pronoun: str = ""  # "nya": "ujarnya" is "he said", naming the last person
    # Clause structure, for atomic claim extraction (see extract.py).
    predicate_words: frozenset[str] = frozenset()  # auxiliaries, copulas, common bare verbs
    verb_prefixes: tuple[str, ...] = ()  # "me", "di": a word with one is a verb (min. 5 letters)
    verb_suffixes: tuple[str, ...] = ()  # "ed", "n't": a lower-case word ending so is a verb
    verb_clitics: tuple[str, ...] = ()  # "'s", "'re": a verb when attached to a function word
    non_verbs: frozenset[str] = frozenset()  # exceptions to the affix rules ("berita", "need")
    superlatives: frozenset[str] = frozenset()  # "terbesar": a headline's part may end in one
    # Verbs that describe the noun right before them like an adjective ("dua cucu bernama Ewa",
    # "seorang pria berusia 40 tahun"): a predicate only after a name, a pronoun or a function
    # word ("Jakarta berpenduduk 10 juta jiwa", "Buku itu berjudul ...").
    attributive_verbs: frozenset[str] = frozenset()
    # Words that give a noun its name ("pengulas bernama Dimas Arya", "a reviewer named X"):
    # as a speaker, the name is who spoke
    naming_words: frozenset[str] = frozenset()
    # Verbs that are prepositions before a time ("mulai giling" but "mulai Januari 2027",
    # "mulai 1 Juli"): a predicate unless a time word or a number follows.
    onset_verbs: frozenset[str] = frozenset()
    # A partitive pronoun → how to name the whole it points to ("di antaranya" → "di antara
    # {} itu": "19 di antara 2.418 warga itu").
    partitive_wholes: dict[str, str] = field(default_factory=dict)
    # Verbs of a change in a figure ("fell", "rose"): ", down from 5.1 hours" after one is the
    # same change, not a second claim.
    change_verbs: frozenset[str] = frozenset()
    # Verbs that give a subject's measure ("tercatat", "reached"): a figure after one is the
    # subject's, named with ``figure_of`` ("enrollment, at 11,240 students,", "inflasi sebesar
    # 2,71 persen").
    measure_verbs: frozenset[str] = frozenset()
    figure_of: str = "{subject} {figure}"
    # What opens an appositive that compares a figure ("nearly double its capacity", "the
    # highest since 2010", "jauh di bawah target"), and the copulas (present, past) that join
    # the figure to it ("" where the language needs none).
    figure_comparisons: tuple[str, ...] = ()
    figure_copulas: tuple[str, str] = ("", "")
    past_copulas: frozenset[str] = frozenset()  # "was": the figure's claim is in the past
    multiples: frozenset[str] = frozenset()  # "twice", "double": "twice the national average"
    # What comes before the level a change reaches ("rose to 11,240", "naik menjadi 2.000")
    level_prepositions: frozenset[str] = frozenset()
    # Thanks and greetings: words to the listener that state nothing ("thank you", "terima
    # kasih").
    courtesies: tuple[str, ...] = ()
    # A participle clause after a clause in the past is written in the past ("…, beating its
    # target" → "beat its target"): the "-ing" form's past, and whether a verb is past
    # (``None``: no participle clauses in this language).
    participle_past: Callable[[str], str | None] | None = None
    is_past: Callable[[str], bool] | None = None
    # Whether a word's verb prefix can be one (``verb_prefixes`` says which it opens with):
    # Indonesian meN- keeps only the consonants its sound rules allow ("menulis", not
    # "meter", "medan", "mentega").
    prefix_fits: Callable[[str], bool] | None = None
    # "-ing" words after a comma that open no clause of the subject's ("including", "according")
    non_participles: frozenset[str] = frozenset()
    # Verbs whose object a following participle describes ("found two men at the scene,
    # suffering from gunshot wounds": the men suffered)
    object_participle_verbs: frozenset[str] = frozenset()
    # Third-person plural pronouns, a verb's base form agrees with ("they remain")
    plural_pronouns: frozenset[str] = frozenset()
    # Pronouns as objects ("train them"): an object opens with one
    object_pronouns: frozenset[str] = frozenset()
    # Relative pronouns that, after a comma, never restrict the noun before them ("the
    # amnesty, which waived penalties"): the clause is a claim of its own even after a common
    # noun.
    comma_relativizers: frozenset[str] = frozenset()
    # Denial verbs that take a clause without "that" ("denied the defect had caused crashes",
    # "menyangkal kliennya pernah memalsukan akta"); "rejected a raise offered by …" takes a
    # thing.
    clause_denials: frozenset[str] = frozenset()
    # Base forms whose third-person "-s" form heads a predicate ("adds", "restores") unless the
    # context makes it a plural noun: after a determiner, before a verb or a noun complement.
    verbs: frozenset[str] = frozenset()
    # Futures that hedge only before a verb's base form: "is going to build" (but "money
    # going to schools")
    verb_futures: tuple[str, ...] = ()
    # Nouns that are verbs too, where "going to" goes ("going to work", "going to waste")
    places_gone_to: frozenset[str] = frozenset()
    # Verbs a participle or an adjective completes ("remains closed"): a verb after "and"
    # even before another predicate
    linking_verbs: frozenset[str] = frozenset()
    # Source phrases that may give a reason instead ("citing safety concerns"): a source only
    # when a name follows ("citing the Health Ministry")
    reason_sources: tuple[str, ...] = ()
    # Source phrases that name a document, or nothing ("demikian keterangan tertulis X")
    document_sources: tuple[str, ...] = ()
    # What a speaker does in declining to say more ("declined to say", "menolak menyebut"):
    # after ", though she", the author's claim about the speaker, not the speaker's
    withholdings: tuple[str, ...] = ()
    # Prepositions that give the medium of a statement between speaker and verb ("BI dalam
    # keterangan tertulis menyebut", "the ministry in a statement said")
    medium_prepositions: frozenset[str] = frozenset()
    # Source phrases that name the outlet a report came through ("seperti dilansir Antara",
    # "as reported by"): after a clause that names its own speaker, a channel, not who spoke
    channel_sources: tuple[str, ...] = ()
    # Source phrases that may open a sentence without naming anyone ("Seperti diberitakan
    # sebelumnya,"): a source only with a name
    report_openers: tuple[str, ...] = ()
    # Verbs that take a complement, negated or not ("dinyatakan tidak layak", "found not
    # guilty"): a negator after one inside a relative clause is still the relative's
    complement_verbs: frozenset[str] = frozenset()
    do_support: frozenset[str] = frozenset()  # "did", "does": "who transferred did not lose"
    # Verbs a headline uses without their affixes ("Polisi Bongkar Sindikat …")
    headline_verbs: frozenset[str] = frozenset()
    # A headline's verbs without their prefix end so ("Bubarkan"); nouns with a confix open
    # so ("Kebijakan", "Pendidikan")
    headline_verb_suffixes: tuple[str, ...] = ()
    noun_prefixes: tuple[str, ...] = ()
    # Prefixes of verbs that take an object ("me-"): only such a verb shares the object of the
    # verb coordinated after it ("menyerap dan menyimpan karbon"); empty: any verb may
    transitive_prefixes: tuple[str, ...] = ()
    # Relative pronouns only a person takes ("who"): an appositive with one describes a person
    person_relativizers: frozenset[str] = frozenset()
    # Subjects that are a negated quantity ("no one", "tidak seorang pun"): a clause opens
    # with one, though a negator usually opens a verb phrase
    negative_subjects: tuple[str, ...] = ()
    # Determiners that negate the noun after them ("no employee"): a clause opens with one
    negative_determiners: frozenset[str] = frozenset()
    # ... unless they open an adverb that negates a verb phrase ("and no longer makes engines")
    negative_adverbs: tuple[str, ...] = ()
    # Shares of a whole that can be a clause's subject ("sebagian besar", "most")
    shares: tuple[str, ...] = ()
    determiners: frozenset[str] = frozenset()  # "the", "their": a noun follows
    # Demonstratives that close a noun phrase after its relative clause: "pasokan yang masuk
    # ke pasar itu tidak berkurang" (the negator is the main clause's, not the relative's).
    phrase_closers: frozenset[str] = frozenset()
    noun_complement_markers: frozenset[str] = frozenset()  # "of": "costs of" is a noun
    # Where a noun's modifiers go: before the head ("road maintenance") or after it
    # ("pemeliharaan jalan"); decides which side of "A and B N" is a coordinated modifier.
    modifiers_precede_head: bool = False
    # Reporting verbs that also take a thing for object: with no clause after them (no verb,
    # no "that") they report nothing ("Employers added 150,000 jobs", "claimed 12 lives").
    thing_reporting_verbs: frozenset[str] = frozenset()
    # A reported clause with no subject of its own is the speaker's own act when it opens with
    # one of these prefixes, maybe after auxiliaries ("mengaku telah menerima uang"); not with a
    # passive ("mengatakan telah diamankan tiga tersangka") or a state ("mengaku kaget").
    active_prefixes: tuple[str, ...] = ()
    act_openers: frozenset[str] = frozenset()  # "siap", "mulai": before the act's own verb
    # Reporting verbs that say something of the speaker ("mengaku"): they report a clause only
    # after "bahwa" or as the speaker's own act ("mengaku sebagai polisi", "mengaku bersalah"
    # are the author's).
    self_reporting_verbs: frozenset[str] = frozenset()
    # Words that put a figure as a clause's predicate when the clause has no verb: "tingkat
    # kepuasan sebesar 62,4 persen" states a level; "laba Rp 55 triliun" only names a profit.
    figure_markers: frozenset[str] = frozenset()
    # What opens a part of a counted object set off by a comma ("…, including a man …")
    inclusion_markers: tuple[str, ...] = ()
    # What continues a ranking after its first figure: "…, followed by Gubug with 76 and
    # Godong with 63", "…, disusul Kecamatan Gubug sebanyak 76 kasus".
    ranking_continuations: tuple[str, ...] = ()
    # words opening a phrase between commas that qualifies the clause ("the company, along
    # with two partners, will build", "unlike its neighbors"): no description of the subject
    aside_openers: frozenset[str] = frozenset()
    # a bare number set off after a name is an age: the verb and unit that say so
    age_words: tuple[str, str] = ("", "")
    # What restates a figure another way after a comma ("…, atau 81 persen dari target")
    restatement_markers: frozenset[str] = frozenset()
    # Whether a part of a count states what it is without a verb ("…, 14 di antaranya warga
    # negara Vietnam"); English needs one ("two of them were teenagers")
    verbless_partitives: bool = False
    # "whose": a relative clause about what its head has, not about the head
    possessive_relativizers: frozenset[str] = frozenset()
    # plurals without the plural suffix ("men", "people"): they take a plural copula
    irregular_plurals: frozenset[str] = frozenset()
    plural_quantifiers: frozenset[str] = frozenset()  # "Some in the state claim …"
    adverb_suffixes: tuple[str, ...] = ()  # "shortly", "sharply"
    # adverbs of time before a participle set off by commas ("The land, once used for …")
    participle_adverbs: frozenset[str] = frozenset()
    # How a document comes out ("A survey released Monday by Gallup showed that"): a
    # participle of these after a document is its own, not the sentence's verb ("A study
    # funded by the oil industry found" names who paid, not who found).
    release_participles: frozenset[str] = frozenset()
    # Participles of method after a subject ("Prices, adjusted for inflation, rose"): how a
    # figure is counted, no claim of their own.
    method_participles: frozenset[str] = frozenset()
    plural_past_copula: str = ""  # "were": "The bridges, built in 1932," → "… were built"
    # Participles of hearsay before "to" ("The suspect, believed to be 19,"): what the phrase
    # says of its noun is a hedged claim in the present ("The suspect is believed to be 19").
    hearsay_participles: frozenset[str] = frozenset()
    plural_copula: str = ""  # "are": "The suspects, thought to be brothers," → "… are thought"
    # Participles that open a comparison after a comma, and are no verb of their own: "a
    # loss of $45 million, compared with a profit of $12 million" is one claim.
    comparison_participles: frozenset[str] = frozenset()
    plural_suffixes: tuple[str, ...] = ()  # "s": a plural noun heads a noun phrase of its own
    copula: str = ""  # "is", "adalah": joins a name to its appositive as a claim
    copulas: frozenset[str] = frozenset()  # every form: "it's Hillary Clinton" says only who
    relativizers: frozenset[str] = frozenset()  # "yang", "which": open a relative clause
    # What makes a counted noun and its relative clause a clause of its own ("Baru 1.240 dari
    # 9.000 kafe yang membayar royalti": only 1,240 pay), which a coordinator may follow.
    cleft_relativizers: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()  # open a modifier shared by coordinated objects
    pair_words: frozenset[str] = frozenset()
    # Words after which a list of examples or parts opens: "seperti", "including", "such as".
    list_openers: frozenset[str] = frozenset()  # "antara", "between": "X and Y" is one argument
    # Phrases that open examples of what comes before them: "14 lokasi, antara lain masjid,
    # sekolah, dan kantor kelurahan", "programs such as A, B and C". The examples stay in one
    # claim: a claim per example would repeat the rest, and a gate would report one wrong
    # number once per example.
    example_openers: tuple[str, ...] = ()
    denial_objects: frozenset[str] = frozenset()  # "klaim", "claims": "denied claims that"
    openers: tuple[str, ...] = ()  # discourse openers dropped from a claim ("meski demikian")
    # Openers that are fillers only before a comma: "Di sisi lain, …" (but "Di sisi lain
    # jembatan, …" is a place), "The truth is, …" (but "The fact is disputed").
    comma_openers: tuple[str, ...] = ()
    anaphors: tuple[str, ...] = ()  # sentence-initial "itu", "it": the previous subject
    # "X berterima kasih kepada Y karena Z" / "X thanked Y for Z": Z is asserted of Y.
    credit_phrases: tuple[str, ...] = ()
    credit_linkers: frozenset[str] = frozenset()
    # What makes a verb passive: a prefix ("di"), or an auxiliary before it ("was").
    passive_prefixes: tuple[str, ...] = ()
    # Verbs whose subject undergoes the act, passive or stative ("dihukum", "terancam")
    undergoer_prefixes: tuple[str, ...] = ()
    passive_auxiliaries: frozenset[str] = frozenset()
    # Verbs of existence that take no subject: "belum ada yang meninggal".
    existentials: frozenset[str] = frozenset()
    # Words after a copula that state a change: "Bullying is up", "crime is down".
    trend_words: frozenset[str] = frozenset()
    # Words that raise a coordinated item on one scale of the same fact: "double digits and
    # even triple digits" is one claim.
    escalations: frozenset[str] = frozenset()
    # What closes an open range after a number and a coordinator ("riders 21 and older",
    # "50 or more employees"): one bound, not a list.
    range_closers: frozenset[str] = frozenset()
    # Subjects that name nothing a record could hold: "it", "that", "you", "itu".
    vague_subjects: frozenset[str] = frozenset()
    # Words that open a title before a name ("Wali Kota", "Finance Director" start with one).
    titles: frozenset[str] = frozenset()
    # Titles of people who speak for someone else: "a spokesman said he had resigned" is
    # about another person.
    spokespersons: frozenset[str] = frozenset()
    # The pronoun a body uses of itself in reported speech ("the company said it would close
    # the plant": it is the company), and words that make a speaker a body, not a person.
    # A document through which a body speaks ("according to a report released Monday by
    # X", "menurut data BPS"): the speaker is X; the prepositions that name its author.
    documents: frozenset[str] = frozenset()
    # What kind of document, between it and its author ("keterangan tertulis OJK", "a joint
    # statement from"): part of the source, even where it looks like a verb ("tertulis").
    document_kinds: frozenset[str] = frozenset()
    author_prepositions: frozenset[str] = frozenset()
    body_pronoun: str = ""
    bodies: frozenset[str] = frozenset()
    # Words only a company's name holds ("Inc", "Tbk")
    corporate_words: frozenset[str] = frozenset()
    # Forms of address ("Mr.", "Madam", "Pak", "Bu") and the second person ("you", "Anda"): a
    # title or an address set off at the edge of a clause speaks to someone ("..., Senator.",
    # "Secretary Clinton, you have ..."), it is not part of the claim.
    honorifics: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    # A first-person subject before one of ``intentions`` states a wish or a duty, not a
    # fact: "I want to", "we've got to", "kami ingin".
    first_person: frozenset[str] = frozenset()
    intentions: tuple[str, ...] = ()
    # What a speaker's own promise opens with after "I"/"we" ("will", "are going to", "akan"):
    # with nothing in it to look up, it is no claim ("We will support our veterans").
    futures: tuple[str, ...] = ()
    # What a speaker's own feeling says after "I"/"we" ("proud", "like", "bangga"): with
    # nothing in it to look up, it is no claim ("we're very proud of it").
    feelings: frozenset[str] = frozenset()
    # Advice to the public, which states no fact: "Warga diimbau tetap waspada", "Parents are
    # encouraged to contact their child's school".
    advisories: tuple[str, ...] = ()
    # Negators whose scope is the infinitive after them: "not to run".
    infinitive_negators: frozenset[str] = frozenset()
    # Modals of what ought to be: a claim with one recommends, it does not state a fact.
    deontic_modals: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()  # "will", "could": a base-form verb follows
    partitives: tuple[str, ...] = ()  # "di antaranya", "of them": which of a number
    # Openers of an opinion, an exhortation or advice, not a claim: "saya yakin", "I think",
    # "hendaknya", "let's".
    opinion_openers: tuple[str, ...] = ()
    # Exhortations ("let's", "mari"): reported, what was proposed is no claim, the proposing
    # is ("Secretary Clinton said let's raise it to $12").
    exhortations: tuple[str, ...] = ()
    # Conjunctions of a reason clause, a fact of its own: "karena", "because".
    causal_subordinators: frozenset[str] = frozenset()
    # Conjunctions of time before a verb phrase that states an event of its own, done by the
    # clause's subject: "was sentenced after pleading guilty", "ditahan setelah mengaku".
    event_subordinators: frozenset[str] = frozenset()
    # Words that open a subordinate clause ("when", "if", "ketika", "jika"): what follows them
    # is no subject of the sentence.
    subordinators: frozenset[str] = frozenset()
    time_deictics: frozenset[str] = frozenset()  # "tahun ini", "this year", "bulan depan"
    # Conjunctions of a leading concessive clause: "kendati X, Y", "although X, Y".
    concessives: tuple[str, ...] = ()
    # Phrases that open a description fronted before its subject: "Salah satu bentuk dari
    # sepak bola rugbi, olahraga ini ...", "A former surgeon, the minister ...".
    fronted_appositive_openers: tuple[str, ...] = ()
    # Words that give a role right after a name, before its verb: "David Teo sebagai penerbit
    # dan juga CEO MIG menganggap ..." says David Teo is both.
    role_markers: frozenset[str] = frozenset()
    # Labels of a gloss in brackets after a name: "Tanjung Arkona (bahasa Jerman: Kap
    # Arkona)" says what the name is in another language.
    gloss_labels: frozenset[str] = frozenset()
    # Words that open a sentence-final appositive describing the event: ", sebuah kunjungan
    # langka sejak 2019" / ", his first visit since 2019".
    appositive_openers: frozenset[str] = frozenset()
    # Prepositions of place: "Bendungan X di Manggarai Barat, salah satu proyek …" describes
    # the dam, not the place.
    place_prepositions: frozenset[str] = frozenset()
    # Adverbs that sit between a subject and its verb ("Dia juga mengatakan", "Lukashenko
    # berulang kali mengatakan") or open a verb phrase ("dan hanya mengirim perwakilan").
    adverbs: frozenset[str] = frozenset()
    # A sentence that attributes the one before it: "Hal itu disampaikan Rudi di Stasiun
    # Manggarai, Selasa." (what points back, and the passive reporting verbs after it).
    back_references: tuple[str, ...] = ()
    passive_reporting_verbs: frozenset[str] = frozenset()
    agent_marker: str = ""  # "oleh": "disampaikan oleh X"
    # Adverbs of two words whose first is otherwise a coordinator ("tak serta merta
    # menerima": not at once): the first word is read as the hyphenated whole, an adverb.
    idioms: tuple[str, ...] = ()
    # What a comparison is made against ("than", "daripada"): "more on jails than on parks
    # and libraries combined" compares with one thing.
    standard_markers: frozenset[str] = frozenset()
    # Auxiliaries a subject carries into the next verb phrase ("has", "telah").
    auxiliaries: frozenset[str] = frozenset()
    # A clock time's marks: a word before it ("pukul 21.00") or after it ("21.00 WIB",
    # "9 p.m."; compared with the raw text, full stops included). A time of day is not a
    # count: "pukul 21.00" is not 21 of anything.
    clock_before: frozenset[str] = frozenset()
    clock_after: tuple[str, ...] = ()
    # Currencies written as words before an amount ("Rp 7,4 triliun", "US$ 5"); signs ("$",
    # "€") are not words and are known anyway.
    currencies: frozenset[str] = frozenset()
    # Words that open a comparison without a verb after a comma: ", lebih rendah dari bulan
    # sebelumnya", ", higher than a year earlier": a second predicate of the subject.
    comparatives: frozenset[str] = frozenset()
    # Auxiliaries that stand for the verb phrase of the clause before: "Food stamp recipients
    # didn't cause the crisis; recklessness on Wall Street did."
    elliptical_auxiliaries: frozenset[str] = frozenset()
    # "to": a verb phrase coordinated after "plans to close X" without its own inflection
    # ("and cut Y") is under "plans to" too; ``inflections`` are the endings a bare verb lacks.
    infinitive_marker: str = ""
    inflections: tuple[str, ...] = ()
    singular_pronouns: frozenset[str] = frozenset()  # "dia", "he": the last named person
    object_verb_suffixes: tuple[str, ...] = ()  # "ing": "for supplying A and B" heads objects
    # Spellings of names (places, bodies) in this language, lower case and maybe several words,
    # mapped to one canonical form shared by every language ("rusia" → "russia"): the matcher
    # indexes and searches the canonical form, so "Rusia" meets "Russia" (see analyze.py).
    name_variants: dict[str, str] = field(default_factory=dict)

    @cached_property
    def detection_vocabulary(self) -> frozenset[str]:
        """The words :func:`detect` counts for this language: stop words and detection words."""
        return self.stopwords | self.detection_words

    @cached_property
    def _stemmer(self):  # noqa: ANN202 - PyStemmer has no type hints
        import Stemmer

        return Stemmer.Stemmer(self.stemmer)

    def stem(self, word: str) -> str:
        """The Snowball stem of a lower-case word."""
        return self._stemmer.stemWord(word)

    def stem_words(self, words: list[str]) -> list[str]:
        return self._stemmer.stemWords(words)


def without_false_negations(text: str, language: Language) -> str:
    """``text`` (lower case) with the language's false negations blanked out."""
    lower = text.lower()
    for phrase in language.false_negations:
        if phrase in lower:
            lower = re.sub(rf"\b{re.escape(phrase)}\b", " ", lower)
    return lower


def sides(table: str) -> dict[str, tuple[str, str]]:
    """A ``directions`` table from lines "concept: words of one side | words of the other"
    (or of each of several exclusive values: "medal: gold | silver | bronze"); a side is named
    by its place in the line ("0", "1", …), the same in every language. A word may be several
    joined by ``_`` ("lebih_sedikit"): the words in a row state that side."""
    out: dict[str, tuple[str, str]] = {}
    for line in table.strip().splitlines():
        concept, values = line.split(":")
        for side, group in enumerate(values.split("|")):
            for word in group.split():
                out[word.replace("_", " ")] = (concept.strip(), str(side))
    return out


def values(concept: str, names: dict[str, str]) -> dict[str, tuple[str, str]]:
    """A ``directions`` table of exclusive values named in any language: each spelling →
    (concept, its canonical name), so "Polandia" and "Poland" are one value of "country".
    Several words are joined by ``_`` in ``names``, as in :func:`sides`."""
    return {
        spelling.replace("_", " "): (concept, canonical.replace("_", " "))
        for spelling, canonical in names.items()
    }


def concepts(table: str) -> dict[str, str]:
    """A ``unit_concepts`` table from lines "concept: the words that name it"."""
    out: dict[str, str] = {}
    for line in table.strip().splitlines():
        concept, names = line.split(":")
        out.update({word: concept.strip() for word in names.split()})
    return out


def words(text: str) -> list[str]:
    """The white-space separated words of ``text``: how language modules write word lists."""
    return text.split()


_loaded: dict[str, Language] = {}


def get(code: str) -> Language:
    """The language with ISO 639-1 ``code``; raises ``KeyError`` for an unsupported one."""
    if code not in SUPPORTED:
        raise KeyError(code)
    if code not in _loaded:
        _loaded[code] = import_module(f"claimcheck.lang.{code}").LANGUAGE
    return _loaded[code]


def detect(text: str, default: str = "en") -> str:
    """The supported language whose stop words and frequent news words
    (``Language.detection_words``) cover most of ``text``'s words."""
    text = text[:20000]
    if text.isascii():  # lower case first is the same, and faster, where letters are ASCII
        words = _WORD.findall(text.lower())
    else:
        words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return default
    best, best_hits = default, 0
    for code in SUPPORTED:
        hits = sum(map(get(code).detection_vocabulary.__contains__, words))
        if hits > best_hits:
            best, best_hits = code, hits
    return best


# A sentence is read in another language than its document's only when that language's words
# (stop words and detection words, as :func:`detect` counts) are this many and at least twice
# the document language's (or two, where the document language has none): a name, a loanword
# or a short quote does not switch it.
_SWITCH_HITS = 3


def sentence_language(words: set[str], document: str) -> str:
    """The language of one sentence, given its distinct lower-case words, of a document in
    ``document``: the document's, unless the sentence is plainly in another ("Rusia tidak
    memasok rudal Iskander ke Belarusia." in an English article), whose negations and
    attributions it needs."""
    hits = {code: len(words & get(code).detection_vocabulary) for code in SUPPORTED}
    own = hits.get(document, 0)
    best = max(hits, key=hits.__getitem__)
    needed = _SWITCH_HITS if own else _SWITCH_HITS - 1
    if best != document and hits[best] >= needed and hits[best] >= 2 * own:
        return best
    return document
