"""Who did what to whom inside one sentence: actor1 (initiator) and actor2 (target) around a trigger.

Rules, each with an id that lands in ``rule_ids``:
- ``role.between``: "clashes between X and Y" -> X, Y.
- ``role.fell_to``: "Goma fell to M23" -> the side after the phrase takes the place.
- ``role.passive``: "were killed by X" / "an attack by X on Y" -> the ``by`` side initiates.
- ``role.active``: the nearest side before the trigger initiates, the first side after it is the target.
- ``role.with_weapon``: "X hit Y with an IED" -> X, Y (the trigger is the weapon, after its target).
- ``role.clash_with``: "X were killed in a gunfight with Y" -> Y, X (a clash's other side follows "with").
- ``role.protest_object``: what a protest is against ("marched against the government") is no side of it.
- ``role.reported``: a side that only reports ("X said", "according to X") is never the initiator; nor is one
  that only responded ("... before police shot him dead") or a force named only by a building or vehicle that
  was burned ("setting fire to a police station") a side at all; the trigger's own unnamed agents named again
  ("suicide bombers attacked ...; the bombers also died") are never its target, nor are attackers counted among
  the dead ("killing 20 people, including the two suicide bombers").
Sides are runs of actor mentions joined by "and", ",", "as well as", "along with" ("Kataib Hezbollah and
Kataib Sayyid al-Shuhada" is one side: the first is the actor, the others associated actors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from coder.match.actors import CIVILIAN_INTER, IDENTITY_INTER, ActorMention
from coder.match.dead_sides import RULE_ID as DEAD_OF_BOTH_SIDES, both_sides_dead
from coder.match.grievances import GRIEVANCE_OBJECT, is_grievance_object
from coder.match.triggers import TriggerMention

# ("Wagner mercenaries operating alongside FACA troops raped ...": the subject leads, who it operates with is its
# associate)
_SECTION_JOINER = re.compile(r"\s+and\s+(?:[a-z'-]+\s+){1,2}")  # "... and Ngok " before a people's second section
_JOINER = re.compile(r"^\s*(?:,|and|&|as well as|(?:(?:mercenaries|fighters|troops|forces|soldiers|contractors|members|"
                     r"personnel|units)\s+)?(?:(?:operating|fighting|working|serving|acting|patrolling|deployed|"
                     r"embedded)\s+)?(?:along with|together with|alongside)|backed by|supported by|allied with|"
                     r",\s*and)\s*(?:the\s+)?(?:(?:local|allied|pro-government|friendly)\s+)?"
                     # "Georgian troops and Abkhaz separatists": one word of a people before the second (no verb)
                     r"(?:(?![a-z]+(?:ed|ing)\b|then\b|also\b|later\b|its\b|their\b|his\b|her\b)[a-z'-]{3,}\s+)?"
                     # "several soldiers and dozens of militants were killed": a count before the second is no break
                     r"(?:(?:(?:at\s+least|about|around|some|over|more\s+than)\s+)?(?:\d+|several|many|dozens\s+of|"
                     r"scores\s+of|hundreds\s+of|a\s+number\s+of|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                     # "SDF fighters and Turkish-backed SNA factions exchanged fire": a patron is no joiner's end
                     r"(?:[A-Za-z]+-(?:backed|allied|aligned|affiliated|sponsored|supported|linked)\s+)?$")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+|suspected\s+|alleged\s+)*$")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
_WITH_GAP = re.compile(r"\s+with\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$")  # "a gunfight with (the) police": the other side
_WITH_BEFORE = re.compile(r"\bwith\s+(?:an?\s+|the\s+|\w+\s+)?(?:[\w-]+\s+){0,2}$")  # '... with an IED': the weapon
# "a town on Myanmar's border with China": a country a border is shared with is a place, not a side
_LOCATIVE = re.compile(r"\b(?:in|near|at|from|across|into|inside|outside|to|throughout|within|of|around|along|over|above|"
                       r"(?:border|borders|frontier|boundary)\s+with|bordering)"
                       r"\s+(?:the\s+)?(?:[a-z]+\s+)?$")
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|reported|reports|announced|stated|according to|confirmed|quoted|"
    r"alleged|accused|blamed|denied|warned|added|noted|cited|"
    r"condemned|condemns|denounced|denounces|deplored|deplores|critici[sz]ed|mourned|decried)\b"
)
_POSSESSIVE_AFTER = re.compile(r"^'s?\b")
# "in Mandera town, Mandera county, Kenya, a bomb ...": a country closing a place chain is where, not who
_CHAIN_BEFORE = re.compile(r"(?:\b[A-Z][\w'\u2019.-]*|\b(?:province|state|region|county|district|governorate|"
                           r"department|oblast|division|city|town|village|territory|municipality|area|prefecture|"
                           r"township|parish|commune|zone|suburbs?|outskirts|neighbou?rhoods?|quarters?|camp|island|"
                           r"valley|peninsula|highway|settlement|\w+\s+\(\w[^()]*\)))\s*,\s*$")
_TERRITORY_CLASSES = frozenset({"nonstate_overtakes", "government_regains", "territory_transfer"})
_FELL_TO_STARTS = ("fell ", "falls ", "fallen ", "falling ")
# a side that is the subject of a passive violent verb is a victim, never the initiator
_VICTIM_AFTER = re.compile(
    r"(?:\s*,[^,]{0,40},)?\s+(?:\w+\s+){0,2}?(?:were|was|have been|has been|had been|are|is|being|got)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|abducted|kidnapped|shot|attacked|ambushed|targeted|hit|arrested|detained|"
    r"beheaded|executed|lynched|massacred|hacked|stabbed|burned|burnt|taken|seized|murdered|slain|hurt)\b"
    r"|\s+(?:died|die|dies|dead|perished|lost their lives)\b"
    # "an army vehicle struck a landmine", "soldiers stepped on an IED": the side that runs into the device
    r"|\s+(?:\w+\s+){0,2}?(?:struck|strikes|hit|hits|ran\s+over|runs\s+over|drove\s+over|drives\s+over|stepped\s+on|"
    r"steps\s+on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:landmines?|land\s+mines?|mines?|ieds?|improvised\s+"
    r"explosive\s+devices?|explosive\s+devices?|roadside\s+bombs?)\b"
)
# a side that only reports the event: "police said", "the army told reporters", "according to the army"
# ("the U.S. embassy also condemned the bombing": who condemns an event only speaks about it)
# ("the police chief's spokesman said", "the army's press office told": a possessive names who spoke for the side)
# ("local activists and a medical source said": a side named beside a co-source speaks too)
_SOURCE_AFTER = re.compile(r"\s*(?:,\s*)?(?:\w*['\u2019]s\s+(?:\w+\s+){0,2}?)?"
                           r"(?:\s*and\s+(?:an?\s+|the\s+|two\s+|three\s+|other\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:sources?|officials?|witnesses|residents|medics|doctors|activists|monitors|groups?)\s+)?"
                           # "United Nations Secretary-General Antonio Guterres condemned": who spoke for the side
                           r"(?:(?:secretary-general|spokes(?:man|woman|person)|chief|envoy|president|minister|"
                           r"commissioner|head|official|commander)\s+(?:[\w.'-]+\s+){0,3}?)?"
                           r"(?:\w+\s+)?(?:said|says?|told|reported|announced|"
                           r"stated|confirmed|claimed|"
                           # "the government called it a terrorist attack", "police blamed dissident republicans"
                           r"called\s+it|described\s+it|blame[ds]?|"
                           r"condemn(?:ed|s)|denounc(?:ed|es)|deplor(?:ed|es))\b(?!\s+responsibility)"
                           # "HTS announced its dissolution", "KH announced the suspension of its attacks": what a
                           # side announces of itself it does
                           r"(?!(?<=announced)\s+(?:(?:the\s+suspension|a\s+halt|an\s+end|a\s+cessation)\s+(?:of|to)\s+)?"
                           r"(?:its|their)\s)")
# an attribution clause after the event ("killed 14 people, local activists said, as ..."): the sides past it are in
# another clause, never the event's target (``role.attribution``)
# ("camps, home to people who fled fighting between the army and M23": nor past a relative pronoun)
_ATTRIBUTION = re.compile(r",\s[^,.;]{0,60}?\b(?:said|says|told|reported|added)\b|\b(?:who|whom|which|where)\b")


def _may_attribute(gap: str) -> bool:
    """Whether ``_ATTRIBUTION`` can match in ``gap``: its words are looked for first (it has no literal head, so
    `re` would try it at every position; it almost never matches)."""
    return "wh" in gap or ("," in gap and ("sa" in gap or "told" in gap or "reported" in gap or "added" in gap))


_ARRIVAL_BEFORE = re.compile(r"\b(?:before|after|until|when|once)\s+(?:the\s+)?$")
_ARRIVAL_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:arrived|arrive|arrives|reached|came)\b"
                            # "killing 86 people before police shot him dead": who stopped the attacker responded
                            # to the event; the attacker is its initiator, the people it harmed its target
                            r"|\s+(?:\w+\s+)?(?:shot|killed|gunned|arrested|captured|overpowered|subdued|"
                            r"neutrali[sz]ed|apprehended|detained|stopped|disarmed)\s+(?:him|her|them|the\s+"
                            r"(?:attackers?|assailants?|gunm[ae]n|driver|suspects?|perpetrators?|bombers?))\b")
# a force named only by a building that was burned or wrecked ("setting fire to hotels and a police station"): the
# building is property, not a side of the event (who was killed there says who the target was)
_BUILDING_AFTER = re.compile(r"\s+(?:stations?|posts?|headquarters|barracks|buildings?|offices?|compounds?|"
                             r"vehicles?|trucks?|cars?|"  # "set fire to a government secondary school"
                             r"(?:(?:primary|secondary|high|technical|district|regional|general)\s+)?"
                             r"(?:schools?|hospitals?|clinics?|health\s+cent(?:re|er)s?))\b")
# ... except when a crowd attacks it: "a mob stormed and set fire to a police station" is the crowd against the
# police (ACLED names the force whose station a mob or rioters attack); only a force's vehicle stays property there
_STATION_AFTER = re.compile(r"\s+(?:stations?|posts?|headquarters|barracks|offices?|compounds?)\b")
_CROWD_MEMBERS = re.compile(r"[\w\s-]*?\b(?:mob|crowd)(?:\s+of)?\s*"
                            r"(?:(?:angry|irate|enraged|armed|local|young|hundreds\s+of|dozens\s+of)\s+)*$")
# a clause dated apart from the event: "..., days after 2 students were killed by a bus" (also assemble.names_victims)
OFFSET_CLAUSE = re.compile(r"\b(?:days?|a\s+day|weeks?|a\s+week|months?|hours?)\s+(?:after|before)\b")
_CROWD_ACTS = frozenset({"mob_violence", "violent_demonstration", "peaceful_protest", "road_blockade_protest",
                         "strike_labour", "hunger_strike"})
_CROWD_CLASSES = frozenset({"mob_violence", "violent_demonstration"})
_CROWD_DEEDS = frozenset({"arson", "destruction", "attack"})
CROWD_AGENT_INTERS = frozenset({5, 6, 7})  # rioters, protesters, civilians ('residents', 'villagers', 'a crowd')
_PROPERTY_BEFORE = re.compile(r"\b(?:set(?:ting)?\s+(?:fire\s+to|ablaze)|torch(?:ed|ing|es)?|burn(?:ed|t|ing|s)?"
                              r"(?:\s+down)?|destroy(?:ed|ing|s)?|loot(?:ed|ing|s)?|ransack(?:ed|ing|s)?|"
                              r"vandali[sz](?:ed|ing|es)|raz(?:ed|ing|es)|demolish(?:ed|ing|es))\s+"
                              r"(?:[\w'-]+,?\s+){0,6}?$")
_SOURCE_BEFORE = re.compile(r"\b(?:according to|quoted|citing|cited by|told)\s+(?:the\s+|a\s+)?$")


@dataclass(slots=True)
class Side:
    """One side of an event: its main actor and associated actors (same side, named after it)."""

    actors: list[ActorMention] = field(default_factory=list)

    @property
    def main(self) -> ActorMention | None:
        return self.actors[0] if self.actors else None

    @property
    def start(self) -> int:
        return self.actors[0].start

    @property
    def end(self) -> int:
        return self.actors[-1].end


@dataclass(slots=True)
class Roles:
    side1: Side | None
    side2: Side | None
    rule_id: str


_PLACE_NOUN_AFTER = re.compile(r"\s+(?:province|state(?!\s+(?:media|television|tv|news|agency|run|owned))|region|county|district|governorate|department|oblast|"
                               r"division|city|town|territory|municipality|prefecture)\b")  # on lower-cased text


# a capital that names its airport or subway ("the Rome airport", "on the Tokyo subway"): a place, not its state
_TRANSIT_AFTER = re.compile(r"\s+(?:international\s+)?(?:airport|subway|metro|underground)\b")


# a capital in apposition to a place noun after a locative word ("in the Senegalese capital Dakar", "in Senegal's
# capital, Dakar", "in the capital, Dakar"): a place, not its state as a side (on lower-cased text)
_APPOSITION_BEFORE = re.compile(r"\b(?:in|near|at|across|into|inside|outside|around|throughout)\s+(?:the\s+)?"
                                r"(?:[\w'\u2019-]+\s+){0,3}?(?:capital|city|port|town),?\s+$")


# a country's adjective or name before a noun for a place ("the Senegalese capital", "withdrew towards the
# Cameroonian border", "the Armenian spa town of Jermuk") or people's homes ("demolished a Palestinian house"): where,
# not a side (``role.country_place``; the homes' owners are civilians: rows); a border force ("Pakistani border
# guards") stays a side
_COUNTRY_PLACE_AFTER = re.compile(r"(?:\s+[a-z-]+)?\s+(?:capital|city|town|village|port|border|frontier|coast|"
                                  r"territory|soil|waters|airspace|enclave|side\s+of\s+the\s+border|"
                                  # a civilian vessel or aircraft named by its flag ("the Italian cruise ship")
                                  r"cruise\s+ship|cruise\s+liner|liner|airliner|ferry|freighter|tanker|trawler|yacht|"
                                  r"(?:merchant|cargo|passenger|container)\s+(?:ship|vessel)|fishing\s+boat|"
                                  r"(?:houses?|homes?|homesteads?|shops?|farms?|farmland|propert(?:y|ies))\b(?!\s+of\b))\b"
                                  r"(?!\s+(?:police|guards?|forces|troops|patrols?|security|officials?|authorities|"
                                  r"agency|units?|posts?)\b)")


# civilians named only in a place's name: "a raid on the Jenin refugee camp", "a displaced persons camp"
_CAMP_AFTER = re.compile(r"\s+(?:camps?|settlements?|shelters?|sites?)\b")


def eligible_actors(text: str, mentions: Sequence[ActorMention], cased: str | None = None) -> list[ActorMention]:
    """Drop country mentions used as places ("in Syria", "..., Borno state, Nigeria, ...") or as possessives
    ("Syria's news channel"), and civilians named only in a camp's name ("the Jenin refugee camp"); ``text``
    lower-cased, ``cased`` the same text as written (place-chain check)."""
    kept = []
    for mention in mentions:
        if mention.kind == "agent" and mention.inter == CIVILIAN_INTER and _CAMP_AFTER.match(text, mention.end):
            continue
        if mention.kind == "country":
            start = max(0, mention.start - 25)
            before = text[start : mention.start]
            after = text[mention.end : mention.end + 16]
            capital = mention.text.lower() != (mention.name or "").lower()  # 'Baghdad', not 'Iraq' ('Iran town')
            if _LOCATIVE.search(before) or _POSSESSIVE_AFTER.match(after) \
                    or (capital and (_TRANSIT_AFTER.match(after)
                                     or _APPOSITION_BEFORE.search(text, max(0, mention.start - 60), mention.start))) \
                    or _COUNTRY_PLACE_AFTER.match(text, mention.end) is not None \
                    or _in_place_chain((cased or text)[start : mention.start], after, capital):
                continue
        kept.append(mention)
    return kept


# what may follow a country that closes a place chain: punctuation, the end, or the date ("near Sidakan, Iraq
# on Sunday")
_CHAIN_END = re.compile(r"\s*(?:[,.;:)]|\Z|(?:on|last|early|late|this|overnight|yesterday|today)\b)")


def _in_place_chain(before: str, after: str, capital: bool = True) -> bool:
    """'..., Borno state, Nigeria, killing ...' / '..., Yagha province, Burkina Faso.': a country after a comma
    that follows a place name, itself followed by punctuation or the end, names where the event was; so does a
    capital named as a region ('Baghdad governorate', 'Aden city')."""
    if (capital and _PLACE_NOUN_AFTER.match(after)) or before.endswith("("):
        return True  # "Tripoli (Tripoli)", "Kamenge, Bujumbura (Bujumbura Mairie)": a region in parentheses
    return _CHAIN_BEFORE.search(before) is not None and _CHAIN_END.match(after) is not None


def _is_property(text: str, side: Side, crowd: bool = False) -> bool:
    """'setting fire to hotels and a police station', 'torched two army trucks': a force's building or vehicle
    that was destroyed names no side; a station a crowd attacks (``crowd``) names the force it attacked."""
    main = side.main
    return main is not None and main.kind in ("agent", "state_organ") and len(side.actors) == 1 \
        and _BUILDING_AFTER.match(text, side.end) is not None \
        and not (crowd and _STATION_AFTER.match(text, side.end) is not None) \
        and _PROPERTY_BEFORE.search(text, max(0, side.start - 60), side.start) is not None


# a force or alliance naming whose installation was hit ("bombs exploded along the NATO fuel pipeline", "a blast at the
# army fuel depot"): the installation is property, not a side (``_is_property`` needs a verb of destruction; these
# nouns name things only, never people); not an army's ammunition depot, a military target: "drones struck a Russian
# army ammunition depot" strike the army
_INSTALLATION_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:pipelines?|pylons?|fuel\s+depots?|oil\s+depots?|"
                                 r"substations?|power\s+lines?|radar\s+stations?)\b")


def _is_installation(text: str, side: Side) -> bool:
    main = side.main
    return main is not None and main.kind in ("agent", "state_organ", "igo") and len(side.actors) == 1 \
        and _INSTALLATION_AFTER.match(text, side.end) is not None


# a country that an installation or cargo serves ("the gas pipeline that supplies Israel and Jordan", "a convoy
# bound for Syria", "halting exports to Turkey"): where the goods go, not a side of the attack (``role.destination``)
_DESTINATION_BEFORE = re.compile(r"\b(?:suppl(?:y|ies|ying|ied)|feed(?:s|ing)?|serv(?:es|ing)|exports?\s+to|"
                                 r"(?:bound|destined|headed)\s+for|(?:gas|oil|fuel|power|electricity)\s+to)\s+(?:the\s+)?$")


def _is_destination(text: str, side: Side) -> bool:
    main = side.main
    return main is not None and main.kind == "country" \
        and _DESTINATION_BEFORE.search(text, max(0, side.start - 30), side.start) is not None


def _is_source(text: str, side: Side) -> bool:
    if _SOURCE_BEFORE.search(text, max(0, side.start - 20), side.start):
        return True
    if _ARRIVAL_BEFORE.search(text, max(0, side.start - 16), side.start) and _ARRIVAL_AFTER.match(text, side.end):
        return True  # "the attackers fled before police arrived", "... before police shot him dead": who came
        # after the event, or stopped its attacker, took no part in it
    return _SOURCE_AFTER.match(text, side.end) is not None


# a preposition or possessive that makes a civilian side an object ("camps for displaced people", "checked
# passengers' identity cards"): civilians there are never the initiator (``role.civilians_object``)
_OBJECT_BEFORE = re.compile(r"\b(?:for|of|from|among|to|on|at|in|into|upon|through|towards?|against|with|including)\s+(?:the\s+|a\s+|an\s+|"
                            r"some\s+|many\s+|\d[\d,]*\s+|[a-z]+\s+)?$")


# "killing 20 people, including the two suicide bombers": the attackers counted among the dead are no target
# (``role.attackers_dead``)
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+(?:the\s+|all\s+|both\s+)*(?:\w+\s+)?$")
_ATTACKER_INTERS = frozenset({2, 3})


def _attackers_among_dead(text: str, side: Side) -> bool:
    main = side.main
    return main is not None and main.kind == "agent" and main.inter in _ATTACKER_INTERS \
        and _INCLUDING_BEFORE.search(text, max(0, side.start - 32), side.start) is not None


# "killing at least 54 people, including the Czech ambassador", "... 35 people, including a retired army general": one
# person named inside a toll of people is part of the victims, no side of their own: the toll's people are the
# target (``role.part_of_victims``); a counted group ("including 8 soldiers") may be the target and stays a side
_VICTIMS_INCLUDING_BEFORE = re.compile(
    r"\b(?:people|persons|civilians|passengers|worshippers|shoppers|pilgrims|villagers|residents|guests|tourists|"
    r"bystanders|others)\s*,\s*(?:(?:most|many|some)\s+of\s+them\s+\w+\s*,\s*)?including\s+"
    r"(?:the|a|an|one)\s+(?:[\w'-]+\s+){0,2}$")


def _part_of_victims(text: str, side: Side) -> bool:
    return text.find("including", max(0, side.start - 40), side.start) >= 0 \
        and _VICTIMS_INCLUDING_BEFORE.search(text, max(0, side.start - 90), side.start) is not None


# "stopped a bus carrying Ismaili passengers and opened fire": people a vehicle carries are its load, not a subject
_CARRYING_BEFORE = re.compile(r"\b(?:carrying|transporting|ferrying)\s+(?:[\w'-]+\s+){0,3}$")


# "separated 11 non-Muslim passengers and shot them dead", "tied up 9 farmers and hacked them to death": people a
# verb of rounding up handles are its object, not the subject of the killing that follows (``role.handled_people``)
_HANDLED_BEFORE = re.compile(r"\b(?:rounded up|tied up|lined up|separated|singled out|herded|dragged|marched|"
                             r"bound|blindfolded)\s+(?:the\s+|all\s+|\d[\d,]*\s+)*(?:[a-z'-]+\s+)?$")


def _civilians_as_object(text: str, side: Side) -> bool:
    main = side.main
    if main is None or main.kind != "agent" or main.inter != CIVILIAN_INTER:
        return False
    return text.startswith("'", side.end) or text.startswith("\u2019", side.end) \
        or _OBJECT_BEFORE.search(text, max(0, side.start - 24), side.start) is not None \
        or _HANDLED_BEFORE.search(text, max(0, side.start - 40), side.start) is not None \
        or (text.find("ing ", max(0, side.start - 48), side.start) >= 0
            and _CARRYING_BEFORE.search(text, max(0, side.start - 48), side.start) is not None)


def group_sides(text: str, mentions: Sequence[ActorMention]) -> list[Side]:
    """Group consecutive mentions joined only by connectors into sides (``text`` lower-cased)."""
    sides: list[Side] = []
    for mention in mentions:
        if sides and mention.inter == IDENTITY_INTER and sides[-1].actors[-1].entry_id == mention.entry_id \
                and _SECTION_JOINER.fullmatch(text, sides[-1].end, mention.start) is not None:
            # "Twic Dinka youth and Ngok Dinka youth clashed": two sections of one people, two sides of a clash
            sides[-1].actors.append(mention)
            continue
        if sides and _JOINER.match(text[sides[-1].end : mention.start]):
            if all(a.entry_id != mention.entry_id for a in sides[-1].actors):
                sides[-1].actors.append(mention)
            continue
        sides.append(Side([mention]))
    return sides


_CLASH_WITH = re.compile(r"\s+with\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$")  # "in a clash with (the) X": X fought them
_DEATH_REPORT = "trg.death_report"  # agentless counts ("15 dead"): the attack told after them names the sides


def trigger_roles(lower: str, roles: Roles, anchor: TriggerMention, trigger: TriggerMention,
                  actors: Sequence[ActorMention], symmetric: bool, text: str) -> Roles:
    """The sides of a sentence whose first trigger ``anchor`` found no initiator, completed from the roles around
    its event's own ``trigger`` ("... were killed when a mine planted by X exploded"); ``roles`` when they add none."""
    own = assign_roles(lower, trigger, actors, symmetric, text)
    if own.side1 is not None and (roles.side2 is None or own.side1.main is not roles.side2.main):
        return Roles(own.side1, roles.side2 or own.side2, own.rule_id)
    if own.side1 is not None and roles.side2 is not None and own.side1.main is roles.side2.main \
            and anchor.entry_id.startswith(_DEATH_REPORT):  # "15 dead as JVP rebels attack a police station"
        return Roles(own.side1, own.side2, "role.report_then_attack")
    if own.side1 is not None and own.side1.start < trigger.start < own.side1.end:
        return own  # "people died in an Israeli airstrike": the strike's owner is the initiator
    if own.side1 is not None and own.side2 is not None and roles.side2 is not None \
            and own.side1.main is roles.side2.main and symmetric \
            and _CLASH_WITH.match(lower, trigger.end, own.side2.start) is not None:
        # "23 soldiers killed in clash with Abu Sayyaf": who the dead fought is the other side
        return Roles(own.side2, roles.side2, "role.clash_with")
    return roles


def assign_roles(text: str, trigger: TriggerMention, mentions: Sequence[ActorMention],
                 symmetric: bool = False, cased: str | None = None) -> Roles:
    """Pick the initiating and target sides around ``trigger`` (all spans relative to ``text``).

    ``text`` is the article lower-cased (``coder.text.normalize.lower_same_length``): the cue patterns are
    written in lower case and run without re.IGNORECASE, which costs 2-4x in ``re``.

    ``symmetric`` triggers (clashes, fighting) take "X and Y clashed" as two sides. ``cased`` is the text as
    written, for the checks that need capitals (a country closing a "Town, Province, Country" chain).
    """
    # (or a crowd that burns or attacks: "residents set fire to a police station" is the crowd against the police)
    crowd = trigger.cls in _CROWD_CLASSES or (trigger.cls in _CROWD_DEEDS and any(
        m.kind == "agent" and m.inter in CROWD_AGENT_INTERS and m.end <= trigger.start for m in mentions))
    sides = [s for s in group_sides(text, eligible_actors(text, mentions, cased))
             if (not _is_source(text, s) or (s.end <= trigger.start
                                             and _COORDINATED.match(text, s.end, trigger.start) is not None))
             and not _is_property(text, s, crowd) and not _is_installation(text, s) and not _is_destination(text, s)
             and not _attackers_among_dead(text, s)
             and not _part_of_victims(text, s)
             # "students blocked the Dhaka-Chittagong highway and vandalised buses": a crowd acts against a force
             # or people, and no state named bare is its side
             and not (trigger.cls in _CROWD_ACTS and s.main is not None and s.main.kind == "country")]
    victims = [s for s in sides if _VICTIM_AFTER.match(text, s.end)]
    # a side whose span runs into the trigger ("a Turkish drone struck": actor 'Turkish drone', trigger 'drone
    # struck') names the weapon's owner: it stands before the trigger
    before = [s for s in sides if s.start < trigger.start and not _civilians_as_object(text, s)]
    if trigger.cls in _CROWD_ACTS and len(before) > 1:
        # "protesters against the suspension of EU accession talks fired fireworks at police": what the crowd is
        # against is not the crowd (``role.protest_object``)
        acting = [s for s in before if not is_grievance_object(text, s.start)]
        before = acting or before
    after = [s for s in sides if s.start >= trigger.end]
    if after:  # "suicide bombers attacked three churches ...; the 6 bombers also died": the trigger's own unnamed
        # agents named again are the attackers, never the target
        own = {m.entry_id for m in mentions if m.kind == "agent" and m.start < trigger.end and trigger.start < m.end}
        if own:
            after = [s for s in after if s.main is None or s.main.entry_id not in own]
    if after and (text.find("after", trigger.end, after[-1].start) >= 0
                  or text.find("before", trigger.end, after[-1].start) >= 0):
        # "..., days after 2 students were killed by a bus": who a clause dated apart names is no target (the
        # words are looked for first: the regex, with no literal head, would be tried at every position)
        offset = OFFSET_CLAUSE.search(text, trigger.end, after[-1].start)
        if offset is not None:
            after = [s for s in after if s.start < offset.start()]
            victims = [s for s in victims if s.start < offset.start() or s.end <= trigger.start]
    if after and crowd and after[0].start - trigger.end <= 40 \
            and _CROWD_MEMBERS.match(trigger.text + text[trigger.end : after[0].start]):
        after = after[1:]  # "a mob of villagers attacked a police station": who the crowd is made of is no target
    if after and _may_attribute(text[trigger.end : after[-1].start]):
        attribution = _ATTRIBUTION.search(text, trigger.end, after[-1].start)
        if attribution is not None:  # "..., activists said, as the battle for the city held by the army went on"
            after = [s for s in after if s.start < attribution.start()]

    gap = text[trigger.end : after[0].start] if after else ""
    # "... camps, home to people who fled fighting between the army and M23": a 'between' in another clause is
    # another trigger's
    # ("heavy fighting broke out along the line of contact near Fuzuli (Nagorno-Karabakh) between X and Y": a place
    # and its parentheses may stand before the 'between')
    if after and _BETWEEN.search(gap[-20:]) is not None and len(gap) <= 90 and "," not in gap and ";" not in gap:
        first = after[0]
        if len(first.actors) > 1:
            return Roles(Side([first.actors[0]]), Side(first.actors[1:]), "role.between")
        if len(after) > 1:
            return Roles(first, after[1], "role.between")

    if after and trigger.cls in _TERRITORY_CLASSES and trigger.text.lower().startswith(_FELL_TO_STARTS) \
            and _near(text, trigger.end, after[0].start):
        # "Goma fell to M23 rebels", "the base fell into the hands of JNIM": who comes after takes the place
        return Roles(after[0], _nearest_initiator(text, before, trigger), "role.fell_to")
    by_side = next((s for s in after if _BY_BEFORE.search(text[max(0, s.start - 30) : s.start])
                    and _near(text, trigger.end, s.start)), None)
    target_after = next((s for s in after if s is not by_side), None)
    victim_ids = {id(s) for s in victims}  # identity: a run-on text can hold thousands of sides
    initiator_before = _nearest_initiator(text, [s for s in before if id(s) not in victim_ids], trigger)
    victim = next((s for s in victims if s is not by_side), None)
    if by_side is not None and not trigger.passive and initiator_before is not None \
            and _repelled_attack(text, trigger):
        # "peacekeepers repelled an attack by CODECO militiamen": the attack is CODECO's, the repelling side its
        return Roles(by_side, initiator_before, "role.repelled_attack")  # target
    if by_side is None and not trigger.passive and initiator_before is not None and target_after is not None \
            and _REPEL_VERB.match(text, trigger.start) is not None and _near(text, trigger.end, target_after.start) \
            and _ATTACK_NOUN_AFTER.match(text, target_after.end) is not None:
        # "Ukrainian forces repelled a Russian assault", "repelled an Al Shabaab attack": the attack's side attacked
        return Roles(target_after, initiator_before, "role.repelled_attack")
    if by_side is not None and not trigger.passive and initiator_before is not None:
        by_side = None  # "X struck a depot used by Y": the verb has its own subject
        target_after = after[0] if after else None
    if trigger.passive or by_side is not None:
        if by_side is not None:
            target = initiator_before if trigger.passive else (target_after or initiator_before)
            return Roles(by_side, victim or target, "role.passive")
        target = victim or _nearest_initiator(text, before, trigger)
        pair = both_sides_dead(text, trigger.start, target, before)  # "8 soldiers, 30 PKK fighters killed": both sides fought
        if pair is not None:
            return Roles(pair[0], pair[1], DEAD_OF_BOTH_SIDES)
        return Roles(None, target, "role.passive")
    if symmetric and initiator_before is not None and len(initiator_before.actors) > 1 and (
            target_after is None or (trigger.cls in _EXCHANGE_CLASSES and _only_people(target_after))
            # "Tajik and Kyrgyz border guards clashed near Vorukh, the Tajik exclave": a side named again after
            # the verb is no third party (role.symmetric)
            or (target_after.main is not None
                and target_after.main.entry_id in {a.entry_id for a in initiator_before.actors})
            # "Los Lobos and Los Choneros inmates clashed ..., leaving 31 inmates dead": the dead are no third side
            or (_only_people(target_after) and _TOLL_GAP.match(text, trigger.end, target_after.start) is not None)):
        # "the Houthis and the government exchanged 1,000 prisoners": who is exchanged is no party to the deal
        actors = initiator_before.actors
        return Roles(Side([actors[0]]), Side(actors[1:]), "role.symmetric")
    if initiator_before is None and victim is not None:
        if symmetric and target_after is not None and _WITH_GAP.match(text, trigger.end, target_after.start):
            return Roles(target_after, victim, "role.clash_with")  # "militants were killed in a gunfight with police"
        return Roles(None, victim, "role.victim")
    if initiator_before is not None and target_after is None and _WITH_BEFORE.search(text, initiator_before.end,
                                                                                     trigger.start):
        subject = _nearest_initiator(text, [s for s in before if s.end <= initiator_before.start
                                            and id(s) not in victim_ids], trigger)
        if subject is not None:  # "JNIM hit an army convoy with an IED": the side before 'with' is the object
            return Roles(subject, initiator_before, "role.with_weapon")
    if initiator_before is not None \
            and _AT_OBJECT.search(text, max(0, initiator_before.start - 12), initiator_before.start) \
            and _AND_THEN.match(text, initiator_before.end, trigger.start):
        subject = _nearest_initiator(text, [s for s in before if s.end <= initiator_before.start
                                            and id(s) not in victim_ids], trigger)
        if subject is not None:  # "rioters threw bricks at police ... and set fire to a van": the verbs share the
            return Roles(subject, target_after or initiator_before,  # subject; 'at police' is the object
                         "role.coordinated_object")
    if initiator_before is not None and text.startswith(_PARTICIPLES, trigger.start) \
            and text.startswith(", ", trigger.start - 2) and _HIDEOUT_AFTER.match(text, initiator_before.end):
        subject = _nearest_initiator(text, [s for s in before if s.end <= initiator_before.start
                                            and id(s) not in victim_ids], trigger)
        if subject is not None:  # "Danab commandos raided an Al Shabaab hideout near Jowhar, killing 6 militants":
            return Roles(subject, initiator_before, "role.owner_object")  # the hideout's group is the object
    return Roles(initiator_before, target_after or victim, "role.active")


# a group named as the owner of the place a first verb hit ("raided an Al Shabaab hideout"), before a participle
# of killing: the participle's subject is the sentence's earlier side (``role.owner_object``)
_PARTICIPLES = ("killing", "wounding", "injuring")
_HIDEOUT_AFTER = re.compile(r"(?:'s|’s)?\s+(?:hide-?outs?|bases?|camps?|positions?|strongholds?|training\s+camps?|"
                            r"compounds?|dens?|cells?)\b")


# a side fends off an attack a 'by' names ("repelled an attack by militants", "foiled an assault by rebels")
_REPELLED_BEFORE = re.compile(r"\b(?:repell?(?:ed|ing|s)?|repuls(?:ed|ing|es?)|fended\s+off|fought\s+off|beat\s+back|"
                              r"thwart(?:ed|ing|s)?|foil(?:ed|ing|s)?|resist(?:ed|ing|s)?|pushed\s+back)\s+"
                              r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
_REPEL_VERB = re.compile(r"(?:repell?|repuls|thwart|foil)\w*|(?:fended|fought|beat|pushed)\s+(?:off|back)")
_ATTACK_BY_AFTER = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|offensives?|raids?|"
                             r"incursions?|advances?|attempts?)\s+by\s")
_ATTACK_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|offensives?|raids?|incursions?|advances?|"
                                r"attempts?)\b")
_EXCHANGE_CLASSES = frozenset({"prisoner_exchange"})
_TOLL_GAP = re.compile(r"[^.;]{0,80}?,\s+(?:leaving|killing)\s+(?:at\s+least\s+|some\s+|about\s+)?[\w-]+\s+$")


def _repelled_attack(text: str, trigger: TriggerMention) -> bool:
    """Whether the trigger is an attack a side fends off ('repelled an attack by', 'the assault ... was foiled')."""
    if _REPELLED_BEFORE.search(text, max(0, trigger.start - 40), trigger.start) is not None:
        return True  # trigger 'attack' after 'repelled an'
    verb = _REPEL_VERB.match(text, trigger.start)  # trigger 'repelled' or 'repelled an attack', then 'by'
    return verb is not None and _ATTACK_BY_AFTER.match(text, verb.end()) is not None


def _only_people(side: Side) -> bool:
    """Whether every actor of the side is civilians or prisoners (inter 7): people a deal is about."""
    return all(actor.inter == CIVILIAN_INTER for actor in side.actors)


# the object of a first verb ("threw bricks at police", "opened fire on soldiers") before a second verb joined by
# "and": the object is not the second verb's subject (``role.coordinated_object``)
_AT_OBJECT = re.compile(r"\b(?:at|on|upon)\s+(?:the\s+|a\s+|an\s+)?$")
_AND_THEN = re.compile(r"[^.;]{0,80}?,?\s+and\s+(?:then\s+|later\s+|also\s+)?$")
_MAX_BY_GAP_WORDS = 4


def _near(text: str, end: int, start: int) -> bool:
    """A 'by' agent belongs to the trigger when only a few words, and no infinitive, stand between."""
    gap = text[end:start].split()
    return len(gap) <= _MAX_BY_GAP_WORDS + 1 and "to" not in gap


def _nearest_initiator(text: str, before: list[Side], trigger: TriggerMention) -> Side | None:
    """The closest side before the trigger that does not merely report it."""
    if not before:
        return None
    gap = text[before[-1].end : trigger.start]
    if len(before) > 1 and _AND_AGAIN.fullmatch(gap) is not None and _PRONOUN_OBJECT.match(text, trigger.end):
        return before[-2]  # "gunmen tied up 8 herders and shot them dead": the herders are the first verb's object
    if _REPORTING.search(gap) is None or "responsibility" in gap or _COORDINATED.match(gap) is not None \
            or _ANNOUNCED_OWN.fullmatch(gap) is not None:
        return before[-1]
    return None


_AND_AGAIN, _PRONOUN_OBJECT = re.compile(r"\s+and\s+(?:then\s+|later\s+)?"), re.compile(r"\s*(?:them|him|her)\b")


# "HTS announced its dissolution", "the groups declared their merger": what a side announces of itself it does
# (``its``/``their`` before the trigger points back to the side), so it is the initiator, not only the reporter
_ANNOUNCED_OWN = re.compile(r"\s+(?:\w+ly\s+)?(?:announced|declared)\s+(?:its|their)\s+(?:own\s+)?")


# "Wagner announced the end of its mission and withdrew its fighters": a side that announced a thing and then did
# the event (the verbs share their subject) is its initiator, not only its reporter
_COORDINATED = re.compile(r"\s+(?:\w+ly\s+)?(?:announced|declared|confirmed)\s+(?:the|its|their|a|an)\s+[^,;]{0,80}?"
                          r"\band\s+(?:then\s+|later\s+|also\s+)?$")


def protest_roles(text: str, roles: Roles, intervention: TriggerMention | None, mentions: Sequence[ActorMention],
                  sentence_start: int, cased: str | None = None) -> Roles:
    """``role.protest_object``: "protesters marched against the government ...; police arrested 50": what a protest
    is against is no side of it; who intervened (the initiator before the ``intervention`` trigger) is."""
    side2 = roles.side2
    if side2 is None or side2.main is None \
            or GRIEVANCE_OBJECT.search(text, max(sentence_start, side2.start - 40), side2.start) is None:
        return roles
    other: Side | None = None
    if intervention is not None:
        own = assign_roles(text, intervention, mentions, False, cased)
        if own.side1 is not None and own.side1.main is not None and own.side1.main is not side2.main \
                and (roles.side1 is None or own.side1.main is not roles.side1.main):
            other = own.side1
    return Roles(roles.side1, other, "role.protest_object")
