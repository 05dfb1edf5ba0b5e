"""The grammar of kill counts: cue vocabulary, the regex source of every fatality rule, the Aho-Corasick gate
that says which rules a sentence can match, and where number- and verb-led rules may start. FatalityFinder
(fatalities.py) compiles and applies them. Patterns are lower case and run on lower-cased text.

Number words live in numbers.json and month names in date_words.json.
"""

from __future__ import annotations

import re

import ahocorasick

from coder.match.dates import load_date_words
from coder.match.numbers import number_pattern, number_tables

# -- vocabulary --------------------------------------------------------------------------------------------
_STOP = (r"and|or|but|after|before|when|while|which|who|whom|whose|that|as|because|wounded|injured|hurt|"
         r"arrested|missing|abducted|kidnapped|detained|displaced|rescued|captured|said|says|say|told|not|no|if|"
         r"killed|dead|died|were|was|are|is|have|has|had|been|by|than|including|killing|bodies|deaths|"
         r"fatalities|casualties|lives|also|reportedly|later|allegedly|among|escaped|survived|fled|freed|released|"
         r"unharmed|unhurt|evacuated")
_TOKEN = rf"[\"#@]?(?!(?:{_STOP})\b)(?:\d+-)?[a-z][\w'-]*\"?"
_PASSIVE_VERB = (r"(?:killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down|murdered|executed|beheaded|massacred|"
                 r"slain|slaughtered|lynched|assassinated|martyred|drowned|(?:burn(?:ed|t)|stabbed|hacked|beaten|"
                 r"crushed|tortured|bludgeoned|starved)\s+to\s+death|burn(?:ed|t)\s+alive|died|dead|perished|"
                 r"lost\s+their\s+lives|lost\s+(?:his|her)\s+life|succumbed|killed\s+themselves|die|dies|"
                 r"perish|perishes|blew\s+themselves\s+up|"
                 # fighters "neutralised" were killed ("40 Maute gunmen neutralised"; a bomb neutralised was not)
                 r"(?:(?<=ts\s)|(?<=rs\s)|(?<=men\s)|(?<=ls\s)|(?<=ras\s)|(?<=es\s))(?<!devices\s)(?<!mines\s)"
                 r"(?<!bombs\s)(?<!threats\s)(?<!explosives\s)neutrali[sz]ed|"
                 # the fallen of a fight, in headlines ("3 soldiers fell", "13 marines fell in Marawi fighting"); not
                 # "fell back", "fell ill", "fell to the rebels", "fell in love"
                 r"fell(?=[\"'\u201d]?\s*(?:[;,.:]|$)|\s+(?:in|during)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:battle|fighting|"
                 r"clash(?:es)?|combat|action|attack|ambush|operation|offensive|gunfight|encounter|raid)s?\b))\b")
TRANSITIVE = frozenset({"killed", "murdered", "executed", "beheaded", "massacred", "slaughtered", "lynched",
                         "assassinated", "gunned down", "shot dead", "shot and killed", "drowned"})
_AUX = (r"(?:\s+(?:were|was|are|is|have|has|had|been|being|be|got|reportedly|also|all|later|allegedly|confirmed|"
        r"reported|believed|feared|thought|said|to|both|subsequently|eventually|ultimately|now|already|"
        r"apparently|initially|each|instantly|immediately|found|lay)\b){0,5}")
_TO_DEATH_VERB = (r"(?:beat|beating|stabbed|stabbing|hacked|hacking|stoned|stoning|clubbed|bludgeoned|burned|burnt|burning|"
                  r"tortured|torturing|kicked|kicking|strangled|strangling)")
# "neutralise"/"eliminate" kill only when fighters follow ("troops neutralise 11 terrorists"; a bomb or a threat is
# neutralised, not killed)
_NEUTRALISE = (r"(?:neutrali[sz](?:ed|ing|es|e)|eliminat(?:ed|ing|es|e))(?=(?:\s+[\w'-]+){1,4}?\s+(?:militants?|"
               r"terrorists?|insurgents?|rebels?|fighters?|jihadists?|bandits?|gunm[ae]n|attackers?|assailants?|"
               r"extremists?|combatants?|elements|infiltrators|ultras|naxals?|maoists?)\b)")
_ACTIVE_VERB = (rf"(?:{_NEUTRALISE}|kill(?:ed|ing|s)?|murder(?:ed|ing|s)?|massacr(?:ed|ing|es|e)|behead(?:ed|ing|s)?|"
                r"execut(?:ed|ing|es|e)|slaughter(?:ed|ing|s)?|lynch(?:ed|ing|es)?|assassinat(?:ed|ing|es|e)|"
                r"(?:shot|shooting|shoot|shoots)\s+dead|gun(?:ned|ning|s)?\s+down|"
                r"claim(?:ed|ing|s)?\s+the\s+lives\s+of|(?:slit|slitting|slits|cut|cutting|cuts)\s+the\s+throats?\s+of)\b")
PEOPLE = (r"people|persons|civilians|soldiers|troops|militants|fighters|insurgents|rebels|policemen|police|"
           r"officers|children|women|men|villagers|residents|protesters|demonstrators|others|victims|passengers|"
           r"workers|worshippers|students|pupils|members|jihadists|gunmen|attackers|assailants|personnel|"
           r"servicemen|farmers|herders|miners|pilgrims|guards|officials|terrorists|bandits|combatants|families")
PERSON = (r"person|civilian|soldier|fighter|militant|insurgent|rebel|policeman|policewoman|police\s+officer|officer|"
           r"child|woman|man|boy|girl|villager|resident|protester|demonstrator|passenger|worker|student|member|"
           r"commander|guard|official|farmer|herder|journalist|teacher|trader|driver|pilgrim|worshipper|"
           r"jihadist|gunman|attacker|assailant|bandit|combatant|leader|chief|doctor|nurse|priest|imam|teenager|volunteer|"
           r"policeman|cop|trooper|sergeant|captain|colonel|general|journalist|activist|terrorist|marine|teen|"
           r"elder|militiaman|guerrilla|separatist|extremist|islamist|maoist|youth|lawmaker|politician|"
           r"businessman|cleric|judge|mayor|governor|councillor|chieftain|major|lieutenant|sheikh|aide|catholic|"
           r"protestant|muslim|christian|hindu|sikh|shiite|sunni|employee|shopkeeper|vendor|labou?rer|tailor|"
           r"contractor|engineer|lawyer|pastor|monk|fisherman|shepherd|herdsman|tapper|constable|ranger|jawan|"
           r"tribesman|motorcyclist|businesswoman|headman|migrant|refugee|tourist|hostage|prisoner|inmate|"
           r"detainee|informant|suspect|vaccinator|surveyor|settler|nun|missionary|bishop|deacon|seminarian|"
           r"bomber|hijacker|bodyguard|(?:village|district|ward|community|family|household)\s+head|"
           r"traditional\s+ruler|emir|informer|spy|magnate|tycoon|unionist|industrialist|banker|executive|chairman|"
           r"prosecutor|magistrate|editor|professor|academic|economist|adviser|advisor|attache|consul|envoy|"
           r"legislator|congressman|councilman|commissioner|superintendent|warden|candidate|campaigner|broadcaster|"
           r"writer|scientist|physician|surgeon|manager|director|landowner|rancher|clerk|secretary|accountant|"
           r"schoolteacher|principal|headmaster|headmistress|headteacher|peasant|shopper|workman|thief|robber|kidnapper|rustler|criminal|burglar|rapist|witch|wizard|smuggler|poacher|"
           r"abductor|gendarme|peacekeeper|legionnaire|paramilitary|sentry|conscript|recruit|cadet|reservist|"
           r"watchman|vigilante|agent|medic|ex-combatant|deputy|councilor|rabbi|abbot|cameraman|photographer|"
           r"blogger|nomad|pastoralist|hunter|miner|baby|infant|toddler|motorist|cyclist|sailor|pilot|seaman|"
           r"reporter|correspondent|presenter|columnist|singer|musician|footballer|artist|coach|referee|poet|"
           r"comedian|rapper|pupil|schoolboy|schoolgirl|defender|humanitarian|counsellor|counselor|trafficker|"
           r"dealer|pusher|peddler|owner|proprietor|storekeeper|mechanic|carpenter|barber|butcher|waiter|gangster|gang\s+member|gang\s+leader|hitman|assassin|sniper|cartel\s+member|drug\s+lord|kingpin|"
           r"fugitive|outlaw|raider|looter|arsonist|deserter|defector|collaborator|mercenary|"
           # South Asian local office-holders: "shot dead a village sarpanch", "killed the tehsildar"
           r"sarpanch|panch|pradhan|mukhiya|tehsildar|patwari|lambardar|numberdar|"
           # "the head of the district administration", "the head of a village council": an office-holder
           r"head(?=\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,3}?(?:administration|council|district|"
           r"municipality|village|town|city|province|region|department|office|agency|police|committee|tribe|clan)\b)")
# office-holders: the object of an active kill verb ("killing president X"), not a subject of "died" (a natural death)
_TITLES = r"president|minister|ambassador|archbishop|senator|diplomat"
_UNITS = (r"years?|yrs?|months?|weeks?|days?|hours?|minutes?|km|kilomet\w*|miles?|met(?:re|er)s?|percent|"
          r"per\s+cent|[ap]\.?m\b\.?|o'clock|gmt|utc|tonnes?|tons?|kg|kilos?|mm|st|nd|rd|th|times|storey|floors?|"
          r"lakhs?|crores?|rupees|dollars|naira|shillings|euros")
CUMULATIVE = (r"\b(?:since|so\s+far\s+this\s+(?:year|month)|so\s+far\s+in\s+\d{4}|in\s+total|to\s+date|"
               r"over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?)|"
               r"in\s+recent\s+(?:years|months|weeks)|this\s+year\s+alone|cumulative|altogether|"
               # "1,000 civilians were killed in the first six months of 2009", "600 police died in the same period"
               r"in\s+the\s+first\s+(?:\w+\s+)?(?:months?|weeks?|half|quarter)|in\s+the\s+same\s+period|"
               r"(?:so\s+far\s+)?this\s+year|last\s+year|"
               # what a whole operation or war killed: "the operation had killed hundreds of rebels"
               r"(?:operation|offensive|campaign|crackdown|insurgency|war|conflict)(?:\s+[\w'-]+){0,4}?\s+(?:has|had|have)\s+"
               r"(?:so\s+far\s+|now\s+|already\s+)?(?:killed|left))\b")
# a total over the last few days ("18 dead since Sunday"): no one event's toll, but the deaths are the report's news
RECENT_TOTAL = (r"\bsince\s+(?:(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+night|dawn|"
                r"(?:this|early\s+this)\s+morning|the\s+weekend)\b")
# "in total" / "altogether" is a running total only when the sentence also spans time or many events ("in total,
# 300 have died in attacks since 2019"); a total of one event ("in total, 27 were killed in the attack") is its toll
TOTAL_CUES = ("in total", "altogether")
TOTAL_SPAN = (r"\b(?:since|so\s+far|to\s+date|this\s+(?:year|month)|last\s+(?:year|month)|over\s+the|"
              r"in\s+the\s+(?:past|last|first|same)|in\s+recent|during\s+the|throughout|across|"
              r"separate|several|various|multiple|a\s+series|"
              r"attacks|clashes|raids|strikes|airstrikes|air\s+strikes|bombings|killings|incidents|operations|"
              r"battles|assaults|ambushes|massacres|shootings|explosions|blasts|fighting|violence|conflict|war|"
              r"insurgency|campaign|offensive|crackdown|unrest|crisis|days|weeks|months|years|decades|\d{4})\b")
# a sentence right after an event that tells its attackers' own deaths ("The bomber also died.", "Both attackers
# were killed.", "The gunmen were later shot dead by the army"): ACLED counts everyone the event killed, the
# perpetrators included, so these are more dead (``fat.perpetrators``). Every match holds a PERPETRATOR_WORDS word.
PERPETRATOR_WORDS = ("attacker", "bomber", "gunm", "assailant", "hijacker", "militant", "fighter", "insurgent",
                     "rebel", "jihadist", "terrorist", "bandit", "soldier", "troops", "police")
_FIGHTERS = (r"(?:militants?|fighters?|insurgents?|rebels?|jihadists?|terrorists?|bandits?|soldiers?|troops|"
             r"policem[ae]n|police\s+officers?|security\s+personnel)")
_ATTACKERS = r"attackers?|(?:suicide\s+)?bombers?|gunm[ae]n|assailants?|hijackers?"
_FEW = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+"  # "All ten attackers were killed"
PERPETRATOR_DEATH = (r"\s*(?:(?:later|however|meanwhile|eventually)\s*,?\s+)?"
                     # a source's word first: "The army said 15 attackers were killed."
                     r"(?:(?:the\s+)?(?:army|military|police|(?:\w+\s+)?ministry|officials?|authorities|(?:security\s+)?"
                     r"sources?)\s+(?:said|says|added|reported|stated|claimed)\s+(?:that\s+)?)?"
                     rf"(?:(?:the|both|all|{_FEW})\s+(?:of\s+the\s+|the\s+)?)?"
                     rf"(?:(?:{_FEW}|suicide|armed|other|remaining)\s+)*"
                     rf"(?:{_ATTACKERS})\s+"
                     r"(?:(?:also|later|all|both|too|then|subsequently|eventually)\s+)*"
                     # passive ("were later killed"; "the gunmen killed four villagers" is active: their victims)
                     r"(?:(?:were|was|(?:had|have|has)\s+been)\s+(?:(?:also|later|all|both|too|then|subsequently|"
                     r"eventually)\s+)*(?:killed|shot\s+dead|gunned\s+down|slain)|"
                     r"(?:(?:had|have|has)\s+)?(?:died|blew\s+(?:himself|herself|themselves)\s+up|"
                     r"killed\s+(?:himself|herself|themselves)))\b"
                     # active, by those who answered the attack: "Police killed 2 of the assailants", "Soldiers
                     # later shot dead both attackers"
                     r"|\s*(?:[\w'-]+\s+){1,4}?(?:(?:later|then|also|subsequently)\s+)?(?:killed|shot\s+dead|"
                     r"gunned\s+down|neutrali[sz]ed)\s+"
                     rf"(?:(?:the|both|all|{_FEW})\s+(?:of\s+the\s+|the\s+)?)?(?:(?:{_FEW}|suicide|armed|other)\s+)*"
                     rf"(?:{_ATTACKERS})\b"
                     # either armed side's dead in the fight that followed: "4 militants were killed in the exchange
                     # of fire", "2 soldiers were killed in the ensuing gunfight"
                     rf"|\s*(?:(?:the|both|all|{_FEW})\s+(?:of\s+the\s+)?)?(?:(?:{_FEW})\s+)?{_FIGHTERS}\s+"
                     r"(?:were|was)\s+(?:(?:also|later)\s+)?(?:killed|shot\s+dead)\s+(?:in|during)\s+the\s+"
                     r"(?:ensuing\s+|subsequent\s+|resulting\s+|heavy\s+)?(?:exchange\s+of\s+fire|gunfight|firefight|"
                     r"shootout|gun\s*battle|counter-?attack|retaliatory\s+fire|return\s+fire)\b")
# a toll that already counts the attackers ("killing 12, including the two bombers", "among them the gunman"):
# their deaths told next are no more dead
ATTACKERS_COUNTED = (r"\b(?:including|includ(?:es|ed)|among\s+them|among\s+the\s+dead(?:\s+(?:were|was))?)\s+"
                     rf"(?:the\s+|a\s+|an\s+|one\s+|two\s+|three\s+|both\s+|\d+\s+)?(?:\w+\s+)?"
                     rf"(?:{_ATTACKERS}|perpetrators?)\b")
# every CUMULATIVE cue holds one of these: a sentence without them is not scanned (the \b-led scan is slow in `re`)
CUMULATIVE_WORDS = ("since", "far", "total", "date", "past", "last", "recent", "alone", "cumulative", "altogether",
                    "first", "period", "year", "operation", "offensive", "campaign", "crackdown", "insurgency",
                    "war ", "conflict")
_KILL_STEMS = ("kill", "neutrali", "eliminat", "fell", "murder", "massacr", "behead", "execut", "slaughter", "lynch", "assassinat", "shot", "shoot",
               "gun", "slain", "martyr", "drown", "to death", "alive", "died", " die", "dead", "perish", "lives", "life",
               "succumb", "themselves")
_ACTIVE_STEMS = ("kill", "neutrali", "eliminat", "murder", "massacr", "behead", "execut", "slaughter", "lynch", "assassinat", "shot",
                 "shoot", "gun", "claim", "slit", "cut the throat", "cutting the throat", "cuts the throat")
# every fat.singular match ends with a verb holding one of these ("shot dead" -> "dead", "stabbed to death" -> "death")
_SINGULAR_VERBS = ("killed", "dead", "murdered", "executed", "beheaded", "slain", "gunned", "lynched", "assassinated",
                   "death", "died", "perished", "life", "succumbed")
_DEATH_NOUNS = ("casualt", "fatalit", "deaths")
_NEGATIONS = ("no ", "no-one", "nobody", "none", "without", "zero", "nor ")
_HARM = ("kill", "dead", "died", "death", "casualt", "fatalit", "injur", "hurt", "harm", "wound", "life", "lives")
# rule -> the cue stems that must occur in the lowercased sentence for the rule to be tried
_GATES: dict[str, tuple[str, ...]] = {
    "fat.toll": ("toll", "number of", "bringing to"),
    "fat.passive": _KILL_STEMS,
    "fat.and_one": (" and a ", " and an ", " and his ", " and her ", " and their ", " and one ", " and two ",
                    " and three ", " and four ", " and five ", " and the hijacker", " and the bomber", " and the gunman",
                    " and the attacker", " and the assailant", " and the suicide", " and the kidnapper"),
    "fat.label": ("fatalities:", "deaths:", "dead:", "killed:", "fatalities :", "fatalities=", "toll:"),
    "fat.active": _ACTIVE_STEMS,
    "fat.bodies": ("bodies", "corpses"),
    "fat.bodies_of": ("bodies of", "corpses of", "remains of"),
    "fat.killings_of": ("killing of", "killings of", "murder of", "murders of", "massacre of", "deaths of",
                        "death of", "slaying of", "slayings of", "body of", "corpse of"),
    "fat.noun": _DEATH_NOUNS,
    "fat.lives": ("lives",),
    "fat.lives_lost": ("lives",),
    "fat.self": ("himself", "herself", "themselves"),
    "fat.active_one": _ACTIVE_STEMS,
    "fat.pronoun": _ACTIVE_STEMS,
    "fat.headline_one": _KILL_STEMS + ("died", "dies", "slain"),
    "fat.singular": _SINGULAR_VERBS,
    "fat.to_death": ("to death",),
    "fat.zero": _NEGATIONS,
    "fat.vague": _KILL_STEMS + _DEATH_NOUNS + ("found dead", "death toll"),
}
# matched only where a verb stem begins a word: every _ACTIVE_VERB begins with one of _ACTIVE_STEMS (their gate),
# every fat.headline_one verb with one of _HEADLINE_STEMS; trying a few anchored positions (the starts of both,
# a harmless superset for each rule) beats a scan of every position in `re`
_HEADLINE_STEMS = ("kill", "shot", "slain", "gun", "died", "dies", "behead", "lynch", "succumb")
VERB_LED = ("fat.active", "fat.active_one", "fat.headline_one", "fat.pronoun")
_VERB_STEMS = frozenset(_ACTIVE_STEMS + _HEADLINE_STEMS)
NUMBER_LED = ("fat.passive", "fat.and_one", "fat.bodies", "fat.noun", "fat.lives_lost")  # only where a number starts
SAME_HANDLER = {name: "bodies" for name in ("noun", "bodies_of", "lives", "lives_lost", "label")}  # rules read alike
# every number-led match holds one of these after its number (the passive verb's stem, "bodies", "deaths", ...;
# "death" for "to  death"; " die" only after a space, see find), so a number after the last of them starts none
AFTER_NUMBER = frozenset(_KILL_STEMS + ("death",) + _GATES["fat.bodies"] + _DEATH_NOUNS)

# a count of people who speak, not of the dead: "two security sources told Reuters", "three officials said"
_REPORT_VERBS = r"told|said|says|say|reported|confirmed|added|stated|quoted"
_SPEAKERS = rf"(?:\s+{_TOKEN}){{1,4}}?\s+(?:{_REPORT_VERBS})\b"

_KIN = (r"son|daughter|wife|husband|brother|sister|father|mother|child|baby|bodyguard|driver|aide|nephew|niece|cousin|"
        r"uncle|grandson|granddaughter|companion")
_KIN_PLURAL = (r"sons|daughters|wives|brothers|sisters|children|babies|bodyguards|guards|drivers|aides|nephews|nieces|"
               r"cousins|grandsons|granddaughters|grandchildren|companions|relatives|parents")


def fatality_patterns() -> dict[str, str]:
    months = "|".join(sorted(load_date_words().months, key=len, reverse=True))
    # no year ("1998 Eleven killed" is a dateline's year, then the count) and no part of a slashed date
    n = rf"(?<![/:\d-])(?!(?:19|20)\d\d(?![\d,]))(?:{number_pattern()})(?![:/]\d)(?!\s*%)(?!(?:-|\s)*(?:{_UNITS})\b)(?!\s+(?:of\s+)?(?:{months})\b)"
    # "10 soldiers and policemen were killed": a second noun coordinated inside the counted phrase
    coord = rf"\s+and\s+(?!(?:a|an|one|the|his|her|their|its|some|several|many|dozens|scores|hundreds)\b)(?!{n}){_TOKEN}"
    gap = rf"(?:\s+{_TOKEN}|{coord}){{0,7}}?"
    # "12 people, including 3 children,", "four passengers, all Hazara Shia,", "seven people, two of them women,"
    incl = (r"(?:\s*,\s*(?:including|among\s+them|among\s+whom|mostly|mainly|most\s+of\s+them|all|both|"
            rf"(?:many|some|several|{_FEW})\s+of\s+(?:them|whom))\b[^,;.]{{0,80}},)?")
    item = rf"{n}(?:\s+{_TOKEN}|{coord}){{0,3}}?"
    sep = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
    return {
        "n": n,
        "fat.toll": (rf"\b(?:(?:death|casualty|fatality)\s+)?toll\b[^.;]{{0,60}}?\b(?:to|at|reached|hit|of|is|was|"
                     rf"stands\s+at|stood\s+at|now)\s+(?P<n>{n})|\bbringing\s+to\s+(?P<n2>{n})\s+the\s+(?:death\s+toll|"
                     rf"number|toll|total)|\bnumber\s+of\s+(?:\w+\s+){{0,3}}?(?:killed|dead|deaths|fatalities)\b"
                     rf"[^.;]{{0,40}}?\b(?:to|at|reached|hit|is|was)\s+(?P<n3>{n})"),
        "fat.passive": (rf"(?P<list>(?:{item}{sep})*)(?P<n>{n}){gap}{incl}(?P<aux>{_AUX})\s+(?P<verb>{_PASSIVE_VERB})"),
        "fat.and_one": (rf"(?:(?P<n>{n})|(?P<one>a|an|one))(?:\s+{_TOKEN}){{0,3}}?"
                        rf"(?P<more>(?:\s*,\s*(?:a|an|one|his|her|their)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{PERSON}|{_KIN})\b)*)"
                        rf",?\s+and\s+(?:(?:(?:his|her|their)\s+)?(?P<n2>{n})|"  # "a woman and her two children"
                        # "8 tourists and the hijacker were killed" (9: ACLED counts all sides)
                        r"the\s+(?:suicide\s+)?(?:attacker|bomber|gunman|assailant|hijacker|kidnapper)\b|"
                        rf"(?:a|an|one|his|her|their)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{PERSON}|{_KIN})\b)"
                        rf"(?:\s+{_TOKEN}){{0,3}}?(?P<aux>{_AUX})\s+(?P<verb>{_PASSIVE_VERB})"),
        "fat.active": (rf"\b{_ACTIVE_VERB}(?:\s+and\s+(?P<v2>[a-z]+))?\s+[\"']?(?:(?P<n>{n})|(?P<self>himself|herself|themselves)\b)"
                       rf"(?P<np>(?:\s+(?:of\s+)?{_TOKEN}){{0,3}})"),
        # ("killing 35 people, many of them children": a part of the dead, not more of them)
        # ("killing two soldiers, two security sources told Reuters": a count of speakers is no toll)
        "conj": (rf"{sep}(?P<n>{n})(?!\s+of\s+(?:them|whom|those|these)\b)(?!{_SPEAKERS})(?P<np>(?:\s+{_TOKEN}){{1,3}}?)(?!\s+(?:(?:were|was|are|had|have|been|also|"
                 rf"reportedly)\s+)*(?:wounded|injured|hurt|missing|arrested|abducted|kidnapped|detained|displaced|"
                 rf"rescued|captured)\b)"),
        "fat.bodies": rf"(?P<n>{n})(?:\s+{_TOKEN}){{0,2}}?\s+(?:bodies|corpses)\b",
        "fat.bodies_of": rf"\b(?:bodies|corpses|remains)\s+of\s+(?P<n>{n})",
        "fat.killings_of": (rf"\b(?:killings?|murders?|massacres?|deaths?|slayings?)\s+of\s+(?P<n>{n})|"
                            rf"\b(?:killing|murder|death|slaying|body|corpse)\s+of\s+(?P<one>a|an|one)\s"),
        "fat.noun": rf"(?P<n>{n})(?:\s+{_TOKEN}){{0,2}}?\s+(?:deaths|fatalit(?:y|ies)|casualties)\b",  # '1 fatality.'
        "fat.label": rf"\b(?:fatalities|deaths|dead|killed|(?:death\s+)?toll)\s*[:=]\s*(?P<n>{n})",
        "fat.lives": rf"\bclaim(?:ed|ing|s)?\s+(?P<n>{n})(?:\s+\w+)?\s+lives\b",
        "fat.lives_lost": rf"(?P<n>{n})\s+lives\s+(?:were|have\s+been|had\s+been)\s+lost\b",
        "fat.self": r"\b(?:blew|blowing|blown|blows)\s+(?:himself|herself|themselves)\s+up\b",
        # "killing a 25-year-old protester": an age before the person is no count
        "fat.active_one": (rf"\b{_ACTIVE_VERB}\s+(?:(?:a|an|the|one)\s+)?(?:\d{{1,3}}-(?:year|month)-old\s+)?(?P<mods>(?:[a-z'-]+\s+){{0,3}}?)"
                           rf"(?:{PERSON}|{_TITLES})\b(?!-)"),
        # after fat.active_one's person: one more ("... leader Fernando Buesa and his bodyguard") or N more ("...
        # president Akhmad Kadyrov and at least 6 other people"); not a kinsman who was only hurt or seized
        "one_and_more": (rf"(?:\s+{_TOKEN}){{0,3}}?\s+and\s+(?:(?:his|her|their)\s+(?P<kn>{n})\s+(?:{_KIN_PLURAL})\b"
                         rf"(?!\s+(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt|arrested|abducted|kidnapped|"
                         rf"detained|rescued|captured|unharmed))|"  # "a man and his two sons" (3)
                         # "killing him and 2 of his guards" (3)
                         rf"(?P<on>{n})\s+of\s+(?:his|her|their)\s+(?:[a-z'-]+\s+)?(?:{_KIN_PLURAL}|{PEOPLE}|escorts|followers|"
                         rf"colleagues|employees|associates|supporters|deputies|companions)\b"
                         rf"(?!\s+(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt|arrested|abducted|kidnapped|"
                         rf"detained|rescued|captured|unharmed))|"
                         rf"(?P<kin>(?:his|her|their)\s+(?:[a-z'-]+\s+)?"
                         rf"(?:{_KIN}|{PERSON}))\b(?!\s+(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt|"
                         rf"arrested|abducted|kidnapped|detained|rescued|captured|unharmed))|"
                         rf"(?P<n>{n})\s+others?\b(?:\s+(?:{PEOPLE}))?(?!\s+(?:(?:were|was|are|had|have|been|also)\s+)*"
                         r"(?:wounded|injured|hurt|missing|arrested|abducted|kidnapped|detained|rescued|captured)\b)|"
                         # "... a police officer and a party activist": a second singular victim
                         rf"(?P<one>(?:a|an|one)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{PERSON}))\b(?!-)"
                         rf"(?!\s+(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt|arrested|abducted|kidnapped|"
                         rf"detained|rescued|captured|unharmed))(?!\s+(?:{_REPORT_VERBS})\b))"),
        # singular victims listed after the first one before "and": "killing him, his driver and a bodyguard"
        "one_list": (rf"(?:\s*,\s*(?:a|an|one|his|her|their)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{PERSON}|{_KIN})\b(?!-))+"
                     rf"(?=\s*,?\s+and\s)"),
        # one more person after a count: "killing 43 soldiers and a US military adviser" (44), "killing four
        # policemen and the bomber" (5: an attacker named with "the", ACLED counts all sides; "... and himself" too)
        "and_one_more": (rf",?\s+(?:and|as\s+well\s+as)\s+(?:(?:a|an|one)\s+(?:[a-z'-]+\s+){{0,3}}?(?:{PERSON}|{_TITLES})|"
                         r"the\s+(?:suicide\s+)?(?:attacker|bomber|gunman|assailant|hijacker)|himself|herself)\b(?![-'])"
                         rf"(?!\s+(?:(?:was|were)\s+(?:\w+\s+)?)?(?:wounded|injured|hurt|arrested|abducted|kidnapped|"
                         rf"detained|rescued|captured|unharmed|escaped|survived)\b)(?!\s+(?:{_REPORT_VERBS})\b)"),
        # one person named by a pronoun: "... before police shot him dead", "abducted a teacher and killed her";
        # "her" only where a clause or phrase ends after it ("killed her husband" is no pronoun object)
        "fat.pronoun": (rf"\b(?:(?:shot|shooting|shoots?)\s+(?:him|her|(?P<them>them))\s+dead\b|{_ACTIVE_VERB}\s+(?:him|her|(?P<them2>them))"
                        r"(?=\s*(?:[,.;:)]|$)|\s+(?:dead|and|before|after|as|when|while|in|at|on|near|outside|inside|"
                        r"with|instantly|immediately|later|too|also)\b))"),
        # found at the verb; _c_headline_one checks the person noun before it (a long alternation tried at
        # every position is slow)
        "fat.headline_one": (r"\b(?:killed|shot\s+dead|slain|gunned\s+down|dies|died|beheaded|lynched|succumbs|"
                             r"succumbed)\b"),
        # active, the victims beside "to death": "beat a woman to death", "hacked 5 villagers to death", "beat to
        # death a man" (the passive "was beaten to death" is fat.singular / fat.passive)
        "fat.to_death": (rf"\b{_TO_DEATH_VERB}\s+(?:(?P<n>{n})|(?P<them>them)(?=\s+to\s)|(?P<one>a|an|one|the|him|her)(?=\s))"
                         rf"(?:\s*{_TOKEN}(?:\([a-z]{{1,3}}\))?){{0,5}}?"  # "a CPI(M) activist"
                         rf"\s+to\s+death\b|"
                         rf"\b{_TO_DEATH_VERB}\s+to\s+death\s+(?:(?P<n2>{n})|(?P<one2>a|an|one|the)\s)"),
        "fat.singular": (r"\b(?:was|has\s+been|had\s+been|is)\s+(?:(?:reportedly|also|allegedly|later|subsequently|"
                         r"confirmed|believed|said|to|have|been|found|shot\s+and)\s+){0,4}"
                         r"(?:killed|shot\s+dead|murdered|executed|beheaded|slain|gunned\s+down|lynched|assassinated|"
                         r"dead|(?:stabbed|beaten|burned|hacked|tortured)\s+to\s+death)\b|"
                         r"\b(?:a|an|he|she)\s+(?:[a-z][\w'-]*\s+){0,3}?(?:later\s+)?"
                         r"(?:died|perished|lost\s+(?:his|her)\s+life|succumbed)\b|"
                         rf"\bthe\s+(?:[a-z][\w'-]*\s+){{0,2}}?(?:{PERSON}|victim)\s+(?:later\s+|also\s+)?"
                         r"(?:died|perished|lost\s+(?:his|her)\s+life|succumbed)\b"),
        "fat.zero": (r"\b(?:no|zero|without|nor)\s+(?:(?:immediate|reported|known|other|further|human|civilian|"
                     r"military|official|confirmed|any)\s+){0,3}(?:(?:material\s+)?(?:damage|injur(?:y|ies)|deaths?)\s+(?:or|and)\s+)?(?:reports?\s+of\s+(?:any\s+)?(?:(?:immediate|human|"
                     r"civilian)\s+)?)?(?:casualt(?:y|ies)|deaths?|fatalit(?:y|ies)|injur(?:y|ies)|loss(?:es)?\s+of\s+"
                     r"(?:human\s+)?life|lives\s+(?:were\s+)?lost|(?:one|body|person|people|civilians?|soldiers?)\s+"
                     r"(?:\w+\s+){0,2}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:reported\s+)?(?:killed|hurt|"
                     r"injured|harmed|wounded|dead))\b|\b(?:no\s+one|no-one|nobody|none)\s+(?:else\s+)?(?:(?:was|were|"
                     r"has\s+been|have\s+been|had\s+been|is|reportedly|being)\s+)*(?:killed|hurt|injured|harmed|"
                     r"wounded|died|dead)\b"),
        "fat.vague": (rf"\b(?:were|have\s+been|had\s+been|are)\s+(?:(?:reportedly|also|all|allegedly|later|confirmed|"
                      rf"feared|believed|said|to|have|been)\s+){{0,4}}(?:killed|shot\s+dead|murdered|executed|slain|"
                      rf"massacred|dead|gunned\s+down|beheaded|lynched)\b|\b(?:{PEOPLE})\s+(?:also\s+)?(?:died|"
                      rf"perished|lost\s+their\s+lives)\b|\b{_ACTIVE_VERB}\s+(?:(?:the|some|many|more|scores\s+of)\s+)?"
                      rf"(?:[a-z]+\s+)?(?:{PEOPLE})\b|\b(?:casualties|fatalities|deaths)\s+(?:were|have\s+been|"
                      rf"had\s+been)\s+(?:reported|confirmed|recorded)\b|\b(?:caus|inflict|suffer|sustain|report|leav)\w*\s+"
                      rf"(?:(?:heavy|many|several|some|human|civilian|serious|significant)\s+)?"
                      rf"(?:casualties|fatalities|deaths)\b|"
                      rf"\bthere\s+(?:were|have\s+been)\s+(?:\w+\s+)?(?:casualties|fatalities|deaths)\b|"
                      rf"\b(?:heavy|many|numerous|mass|civilian|several)\s+(?:casualties|fatalities|deaths)\b|\bfound\s+dead\b|\bdeath\s+toll\b|\bmore\s+casualties\s+in\b|"
                      rf"\b(?=killed|slain|shot\s)(?:(?<=s\s)(?<!was\s)(?<!has\s)(?<!\bis\s)|(?<=men\s)|(?<=people\s)|"
                      rf"(?<=children\s)|(?<=police\s)|(?<=ese\s))(?:killed|slain|shot\s+dead)\s+(?:in|as|by|at|near|during|after|while|when|on)\b|\b(?:wave|spate|series|string)\s+of\s+(?:[a-z-]+\s+){{0,3}}?killings\b"),
    }


def gate_automaton() -> ahocorasick.Automaton:
    by_stem: dict[str, set[str]] = {}
    for rule, stems in _GATES.items():
        for stem in stems:
            by_stem.setdefault(stem, set()).add(rule)
    for stem in _HARM:
        by_stem.setdefault(stem, set()).add("harm")
    for stem in AFTER_NUMBER:
        by_stem.setdefault(stem, set())
    automaton = ahocorasick.Automaton()
    for stem, rules in by_stem.items():
        automaton.add_word(stem, (len(stem), frozenset(rules), stem in AFTER_NUMBER, stem in _VERB_STEMS))
    automaton.make_automaton()
    return automaton


def number_start_words() -> frozenset[str]:
    """Words a number-led match can begin with: number words and the first words of phrases. Qualifiers are
    left out: a match that could start at "at least 12" also starts at "12", with the same value."""
    tables = number_tables()
    words = set(tables.words) | set(tables.scales) | {"a", "an", "between"}
    words.update(p.split()[0] for p in tables.phrases)
    return frozenset(words)


def number_start_regex(words: frozenset[str]) -> re.Pattern[str]:
    """Where a number-led match can begin, in one scan: a digit or one of ``words`` at a word start. A bare
    "a"/"an" (group ``weak``) begins only "a soldier and his wife" (fat.and_one); a number begins with it only
    before a scale or the next word of a phrase or qualifier ("a dozen", "a total of", "a hundred")."""
    whole = sorted((w for w in words - {"a", "an"} if re.fullmatch(r"\w+", w)), key=lambda w: (-len(w), w))
    return re.compile(rf"(?<!\w)(?:\d|(?:{'|'.join(whole)})(?!\w)|an?(?=\s+(?:{_after_a()}))|(?P<weak>an?)(?!\w))")


def _after_a() -> str:
    """The words after which "a"/"an" begins a number: the scales and the second words of phrases and qualifiers
    ("a dozen", "a total of", "a hundred"), as an alternation, longest first."""
    tables = number_tables()
    after_a = set(tables.scales)
    after_a.update(p.split()[1] for p in (*tables.phrases, *tables.qualifiers) if p.split()[0] in ("a", "an"))
    return "|".join(sorted(after_a, key=lambda w: (-len(w), w)))


_DIGIT_START = re.compile(r"\d(?<!\w\d)")  # a digit at a word start; begins with a class: `re` skips at C speed
_A_WORD = re.compile(r"a(?<!\wa)n?(?!\w)")  # "a" / "an" as a word; its literal head is found by a fast search


class NumberStarts:
    """What :func:`number_start_regex` finds, found faster: that regex must be tried at every position (its
    alternatives begin with a look-behind and a hundred words), so the number words are found here by one
    Aho-Corasick pass and kept at word starts and ends, digits and "a"/"an" by two regexes with fast heads."""

    def __init__(self, words: frozenset[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in words - {"a", "an"}:
            if re.fullmatch(r"\w+", word):
                self._automaton.add_word(word, len(word))
        self._automaton.make_automaton()
        self._second = re.compile(rf"\s+(?:{_after_a()})")

    def find(self, s: str, limit: int) -> tuple[list[int], list[int]]:
        """(starts, weak starts) before ``limit``, in text order: as ``number_start_regex`` finds them, weak
        where its group ``weak`` matched (a bare "a"/"an")."""
        starts: list[int] = []
        weak: list[int] = []
        n = len(s)
        hit: tuple[int, int]
        for hit in self._automaton.iter(s):
            last: int = hit[0]
            start = last - hit[1] + 1
            if start < limit and not (start and _word_char(s[start - 1])) \
                    and not (last + 1 < n and _word_char(s[last + 1])):
                starts.append(start)
        for m in _DIGIT_START.finditer(s, 0, limit):
            starts.append(m.start())
        if "a" in s:
            for m in _A_WORD.finditer(s):
                if m.start() >= limit:
                    break
                (starts if self._second.match(s, m.end()) is not None else weak).append(m.start())
        starts.sort()
        return starts, weak


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# "two suicide bombers blew themselves up ..., killing 11 civilians and themselves": the attackers counted before
# the toll are listed with its dead (``fat.and_themselves``; looked for only after a literal " and themselves")
_COUNTED_ATTACKERS = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:suicide\s+)?"
                                r"(?:bombers|attackers|assailants|gunmen|militants|fighters)\b", re.IGNORECASE)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def attackers_counted_before(sentence: str, end: int) -> int:
    """How many attackers the sentence counts before ``end`` ('Two suicide bombers ...': 2), 0 when it counts none."""
    found = None
    for found in _COUNTED_ATTACKERS.finditer(sentence, 0, end):
        pass
    if found is None:
        return 0
    word = found.group(1).lower()
    return int(word) if word.isdigit() else _SMALL_NUMBERS[word]


# "the army neutralised 12 terrorists", "7 bandits were eliminated": killed, when armed people are the object or
# the subject (a bomb neutralised is defused); read as "killed" padded to the same length, so offsets hold
_ARMED_PEOPLE = (r"(?:terrorists?|militants?|jihadists?|insurgents?|fighters?|assailants?|attackers?|gunm[ae]n|"
                 r"bandits?|rebels?|combatants?|enem(?:y|ies)|criminals?|elements|kidnappers?|suspects?|soldiers?|"
                 r"servicem[ae]n|troops|mercenar(?:y|ies))")
_KILL_WORDS = r"(?:neutrali[sz]ed|eliminated|liquidated)"
NEUTRALISED = re.compile(rf"\b(?P<a>{_KILL_WORDS})\b(?=\s+(?:[\w'-]+\s+){{0,3}}?{_ARMED_PEOPLE}\b)"
                         rf"|\b(?P<who>{_ARMED_PEOPLE}\s+(?:were|was|have\s+been|had\s+been)\s+)(?P<p>{_KILL_WORDS})\b")


def as_killed(m: re.Match[str]) -> str:
    """A match of :data:`NEUTRALISED` as "killed", padded to the same length."""
    if m.group("a") is not None:
        return "killed".ljust(len(m.group("a")))
    return m.group("who") + "killed".ljust(len(m.group("p")))
