"""English words that claims and ledger entries are compared by, in either language: names
in their canonical spelling, what a figure counts, the two sides of a scale or an outcome,
and the frequent news words that tell a short text's language. The grammar the extractor
reads stays in :mod:`claimcheck.lang.en`.
"""

from __future__ import annotations

from claimcheck.lang import concepts, sides, values

# Spellings and adjectives of names → the canonical form shared with the other languages (see
# lang/id.py): "Russian troops" is about Russia, as "tentara Rusia" is.
NAME_VARIANTS = {
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

# Frequent words of English news that no Indonesian text uses (see Language.detection_words).
DETECTION_WORDS = frozenset(
    """
said year state million county city new monday people told two last since one tuesday board
police according department president council denied school pay next percent budget three
company district country back years wednesday first health voted members director end money
every chief thursday time added vote office week say hours six fell workers march friday four
day starting cut june well found never months sunday street open fire states rose released
world officers water cost average federal near deal jobs billion close days took center
need second plan public staff residents national party care secretary high tax town former
still mayor road good closed teachers students many law january expected line won summer stay
reporters family approved highest change report five patients hospital court right likely lost
season saturday manager least weeks rates without fund month officials service project east
spent regional largest strike weekend home schools working within october eight executive
paid history middle number security taxes great general families night opened shares
based stores yet job labor winter short officer case senate spring plant even commission third
""".split()
)

UNIT_CONCEPTS = concepts(
    """
person: people persons person residents resident citizens villagers individuals
passenger: passengers passenger
student: students student pupils pupil
teacher: teachers teacher
patient: patients patient
worker: workers worker employees employee
victim: victims victim
case: cases case
house: houses house homes home
building: buildings building
school: schools school
vehicle: vehicles vehicle
car: cars car
family: families family
vote: votes vote
seat: seats seat
tree: trees tree
tourist: tourists tourist visitors visitor
flight: flights flight
company: companies company firms firm
village: villages village
ship: ships ship vessels vessel
soldier: soldiers soldier troops
tonne: tonnes tonne tons ton
hectare: hectares hectare ha
kilogram: kilograms kilogram kg kilo kilos
kilometre: kilometres kilometre kilometers kilometer km
metre: metres metre meters meter
litre: litres litre liters liter
"""
)

# Scales and outcomes (two sides each) and small sets of exclusive values, as word lists.
_SCALES = sides(
    """
rise: rose rise rises rising risen increase increased increases increasing grew grow grows
    growing climbed climbs jumped soared raised hiked up_from | fell falling fallen decrease
    decreased decreases decreasing declined decline declines declining dropped drop drops
    shrank dipped plunged slumped lowered reduced slashed cut cuts eased down_from
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
approve: approved approves approval endorsed ratified | rejected rejects refused refuses vetoed
    vetoes
verdict: convicted convicts sentenced jailed | acquitted acquits
inflation: inflation | deflation
medal: gold | silver | bronze
improve: improved improves improving | worsened worsens worsening deteriorated
week: weekday weekdays | weekend weekends
origin: domestic | foreign
degree: undergraduate | graduate postgraduate
support: supports supported backs backed favour favours favor favors in_favor in_favour voted_for |
    oppose opposes opposed voted_against vote_against
""".replace("\n    ", " ")
)

# Words of a relation that reads the same both ways: "A and B" is "B and A".
SYMMETRIC_WORDS = frozenset(
    """
and or with vs versus v between met meet meets meeting against drew tied faced faces face married
""".split()
)

# Countries, each a value of "country" (a claim naming another country than its entry is not
# vouched for by it: claimcheck/directions.py): names and demonyms that name one country only
# (not "Georgia", a US state too, nor "Jordan", "Chad", "Polish", "Korean"). Lines "canonical:
# spellings", several words joined by "_".
COUNTRIES = concepts(
    """
afghanistan: afghanistan afghan
argentina: argentina argentine argentinian
australia: australia australian
austria: austria austrian
bahrain: bahrain
bangladesh: bangladesh bangladeshi
belarus: belarus belarusian
belgium: belgium belgian
brazil: brazil brazilian
brunei: brunei
cambodia: cambodia cambodian
canada: canada canadian
chile: chile chilean
china: china chinese
colombia: colombia colombian
cuba: cuba cuban
denmark: denmark danish
egypt: egypt egyptian
finland: finland finnish
france: france french
germany: germany german
greece: greece greek
hungary: hungary hungarian
india: india
indonesia: indonesia indonesian
iran: iran iranian
iraq: iraq iraqi
ireland: ireland irish
israel: israel israeli
italy: italy italian
japan: japan japanese
kenya: kenya kenyan
kuwait: kuwait kuwaiti
laos: laos
lebanon: lebanon lebanese
libya: libya libyan
malaysia: malaysia malaysian
mexico: mexico mexican
morocco: morocco moroccan
myanmar: myanmar burma
nepal: nepal
netherlands: netherlands dutch
new_zealand: new_zealand
nigeria: nigeria nigerian
north_korea: north_korea
norway: norway norwegian
pakistan: pakistan pakistani
palestine: palestine palestinian
papua_new_guinea: papua_new_guinea
peru: peru
philippines: philippines philippine filipino
poland: poland
portugal: portugal portuguese
qatar: qatar qatari
romania: romania romanian
russia: russia russian
saudi_arabia: saudi_arabia saudi
singapore: singapore singaporean
south_africa: south_africa
south_korea: south_korea
spain: spain spanish
sri_lanka: sri_lanka
sudan: sudan sudanese
sweden: sweden swedish
switzerland: switzerland swiss
syria: syria syrian
taiwan: taiwan taiwanese
thailand: thailand thai
timor-leste: timor-leste east_timor
turkey: turkey turkish türkiye
ukraine: ukraine ukrainian
united_arab_emirates: united_arab_emirates uae
britain: britain british united_kingdom
united_states: united_states
venezuela: venezuela venezuelan
vietnam: vietnam vietnamese
yemen: yemen yemeni
"""
)

# Indonesia's provinces, each a value of "province", as "country" above. Not the bare names of
# regions that are provinces too ("Papua", "Maluku"), nor "Sumatra" or "Kalimantan", islands.
PROVINCES = concepts(
    """
aceh: aceh
north_sumatra: north_sumatra
west_sumatra: west_sumatra
riau: riau
riau_islands: riau_islands
jambi: jambi
south_sumatra: south_sumatra
bengkulu: bengkulu
lampung: lampung
bangka_belitung: bangka_belitung
banten: banten
jakarta: jakarta
west_java: west_java
central_java: central_java
yogyakarta: yogyakarta
east_java: east_java
bali: bali
west_nusa_tenggara: west_nusa_tenggara
east_nusa_tenggara: east_nusa_tenggara
west_kalimantan: west_kalimantan
central_kalimantan: central_kalimantan
south_kalimantan: south_kalimantan
east_kalimantan: east_kalimantan
north_kalimantan: north_kalimantan
north_sulawesi: north_sulawesi
central_sulawesi: central_sulawesi
south_sulawesi: south_sulawesi
southeast_sulawesi: southeast_sulawesi
west_sulawesi: west_sulawesi
gorontalo: gorontalo
north_maluku: north_maluku
west_papua: west_papua
southwest_papua: southwest_papua
central_papua: central_papua
highland_papua: highland_papua
south_papua: south_papua
"""
)

# Every word that states a side or a value (Language.directions): scales, countries, provinces.
DIRECTIONS = {**_SCALES, **values("country", COUNTRIES), **values("province", PROVINCES)}
