"""What an event's sentences say about its crowds, for the naming rules of :mod:`coder.match.rows`: a crowd that is
the subject of an attack or a destruction (``type.crowd_attacks``), victims named as suspects of a crime
(``type.mob_justice``), a party's members as a side, counter-protesters, sides that are all unarmed people."""

from __future__ import annotations

import re

from coder.match.actors import CIVILIAN_INTER, PARTY_PREFIX, STATE_INTER
from coder.match.assemble import Event
from coder.match.mentions import ArticleMatches
from coder.match.roles import CROWD_AGENT_INTERS, Side

PROPERTY_SUBTYPES = frozenset({"Looting/property destruction", "Mob violence"})


def crowd_attacks(event: Event, sub_event_type: str, violent_crowds: frozenset[str], lower: str) -> bool:
    """``type.crowd_attacks``: the initiator is an unorganised crowd (``violent_crowds``), its sentence's subject
    (not "drove a lorry into crowds"), and the event is an attack, destruction, or force used on protesters."""
    side = event.side1
    if side is not None and side.main is not None and side.main.entry_id.startswith(PARTY_PREFIX) \
            and sub_event_type in PROPERTY_SUBTYPES:
        return _OBJECT_BEFORE.search(lower, max(0, side.main.start - 12), side.main.start) is None  # "PASTEF
        # supporters set fire to a bank": a crowd's destruction is mob violence (party members attacking people are
        # its militia: coder.match.rows)
    if side is None or side.main is None \
            or _OBJECT_BEFORE.search(lower, max(0, side.main.start - 12), side.main.start) is not None:
        return False
    if side.main.entry_id not in violent_crowds:
        # "residents set fire to a police station", "villagers attacked a police post": unarmed people who burn or
        # attack as the active subject are a mob, whatever they burn, and against the state's force when they attack
        target = event.side2.main if event.side2 is not None else None
        return side.main.kind == "agent" and side.main.inter == CIVILIAN_INTER and len(side.actors) == 1 \
            and event.mentions[0].trigger.cls in _DEEDS and not event.mentions[0].trigger.passive \
            and side.main.end <= event.mentions[0].trigger.start \
            and (sub_event_type == "Looting/property destruction" or (
                sub_event_type in _CROWD_ATTACKS and target is not None and target.inter == STATE_INTER))
    return sub_event_type in _CROWD_ATTACKS or sub_event_type in PROPERTY_SUBTYPES


def fighting_civilians(event: Event, words: frozenset[str]) -> frozenset[int]:
    """``actor.civilians_fight``: which sides (1, 2) are only civilians named by one of ``words`` ('farmers',
    'villagers', 'residents'; actor_forms.json ``fighting_civilians``): in a clash they fight, so they are no
    civilians."""
    return frozenset(number for number, side in ((1, event.side1), (2, event.side2))
                     if side is not None and side.main is not None and len(side.actors) == 1
                     and side.main.inter == CIVILIAN_INTER and side.main.text.lower() in words)


_DEEDS = frozenset({"attack", "arson", "destruction", "looting"})  # what a mob of civilians is told doing
_CROWD_ATTACKS = frozenset({"Attack", "Armed clash", "Excessive force against protesters"})
_OBJECT_BEFORE = re.compile(r"\b(?:into|at|on|upon|against|among|through|towards|toward|of|by|from|with)\s+(?:the\s+|a\s+)?$")


def names_suspects(event: Event, matches: ArticleMatches) -> bool:
    """Whether one of the event's sentences names its victims as suspects of a crime ("a suspected thief", "two
    alleged kidnappers", "a man accused of witchcraft")."""
    lower = matches.lower
    for mention in event.mentions:
        start, end = matches.sentences[mention.sentence_index]
        if (lower.find("suspect", start, end) >= 0 or lower.find("alleged", start, end) >= 0
                or lower.find("accused", start, end) >= 0) and _SUSPECTS.search(lower, start, end) is not None:
            return True
    return False


_SUSPECTS = re.compile(r"\b(?:suspected|alleged|accused\s+of)\s+(?:[a-z-]+\s+){0,2}?(?:thie(?:f|ves)|robb(?:er|ers|ery)|"
                       r"kidnap(?:per|pers|ping)|rustl(?:er|ers|ing)|criminals?|witch(?:es|craft)?|wizards?|"
                       r"sorcer(?:er|ers|y)|rap(?:e|ist|ists)|burglar(?:s|y)?|theft|stealing|murder(?:ers?)?|"
                       r"abduct(?:or|ors|ion)|child\s+abductors?|blasphemy|cattle)\b")


def party_side(side: Side | None) -> bool:
    """Whether the side is a party's members ('ZANU-PF youths', 'supporters of the APC')."""
    return side is not None and side.main is not None and side.main.entry_id.startswith(PARTY_PREFIX)


def counter_crowd(event: Event, matches: ArticleMatches, cues: tuple[str, ...]) -> bool:
    """Whether the event's sentences, or the one right after them, tell of counter-protesters."""
    if not cues:
        return False
    last = min(event.last_sentence + 1, len(matches.sentences) - 1)
    indexes = {m.sentence_index for m in event.mentions} | {last}
    for index in indexes:
        start, end = matches.sentences[index]
        if matches.lower.find("counter", start, end) >= 0:
            sentence = matches.lower[start:end]
            if any(cue in sentence for cue in cues):
                return True
    return False


def unarmed_sides(event: Event) -> bool:
    """No side of the event is named or armed: only unnamed crowds and people, if anyone."""
    for side in (event.side1, event.side2):
        for actor in side.actors if side else ():
            if actor.kind != "agent" or actor.inter not in CROWD_AGENT_INTERS:
                return False
    return True


# what makes force on protesters excessive (CODING_RULES: live fire or lethal force), beside a death
LETHAL_FORCE = re.compile(r"\b(?:shot|shooting|shoots?|gunfire|gunshots?|live\s+(?:fire|rounds|ammunition|bullets)|"
                          r"bullets?|opened\s+fire|fired\s+(?:on|at|into)|killed|killing|dead|died|death|lethal|"
                          r"critically|seriously\s+(?:injured|wounded|hurt)|stabbed|machetes?|rifles?)\b")


def in_event(event: Event, matches: ArticleMatches, pattern: re.Pattern[str]) -> bool:
    for mention in event.mentions:
        start, end = matches.sentences[mention.sentence_index]
        if pattern.search(matches.lower, start, end) is not None:
            return True
    return False


def state_force(event: Event) -> bool:
    """``type.state_force``: the force of an excessive-force event is told with the state as its subject ("...
    protested in the square. Soldiers fired live rounds to disperse the crowd, killing 2"): the crowd that the
    event's earlier sentence names is its target, not a crowd that attacked."""
    return any(m.trigger.cls == event.cls and m.side1 is not None and m.side1.main is not None
               and m.side1.main.inter == STATE_INTER for m in event.mentions)


def words_regex(words: list[str]) -> re.Pattern[str]:
    """Whole words or phrases from a word list, longest first, on lower-cased text."""
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


def crowd_pair_regex(data: dict) -> re.Pattern[str]:
    """Two communities named together ('hindu and muslim groups', 'christians and muslims'), two unnamed ones
    ('members of two communities') or two parties' supporters clashing, from actor_forms.json's ``crowd_sides``;
    matched on lower-cased text."""
    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    community, nouns = alternation(data["communities"]), alternation(data["community_nouns"])
    sup = alternation(data.get("supporter_nouns", ["supporters"]))
    # two parties' supporters: "BNP supporters clashed with Awami League activists", "BNP and Awami League
    # supporters clashed", "clashes between ruling party and opposition supporters"
    parties = (rf"(?:{sup})\b[^.;]{{0,40}}?\bclash(?:ed|es)?\s+with\b[^.;]{{0,40}}?\b(?:{sup})|"
               rf"(?:{sup})\s+of\s+(?:the\s+)?[\w-]+\s+and\s+(?:the\s+)?[\w-]+\s+(?:clashed|clash|fought)|"
               rf"and\s+(?:[\w-]+\s+){{1,3}}?(?:{sup})\s+(?:clashed|clash|fought)|"
               rf"clash(?:es)?\s+between\s+[^.;]{{0,50}}?\band\b[^.;]{{0,40}}?\b(?:{sup})")
    return re.compile(rf"\b(?:(?:{community})s?(?:\s+(?:{nouns}))?\s+and\s+(?:{community})s?|"
                      rf"(?:{alternation(data['pair_phrases'])})|{parties})\b")
