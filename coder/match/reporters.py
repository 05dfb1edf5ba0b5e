"""A state force that reports its enemies' dead is the other side of the fight (``actor.state_report``): "Army says
45 rebels killed in Darfur clash", "Nepali army says 9 Maoists killed", "Police say 14 bandits killed". The headline
names no one who killed them; the force that counts them is the side that fought them. Only a force (an agent or a
named state organ with inter 1), or a state or its capital standing for its government ('Colombo says 60 Tigers
killed', 'Sri Lanka says'), that speaks ('says', 'said', 'claims', 'reports') before the dead are named counts; a
civilian source ('residents said') does not."""

from __future__ import annotations

import re

from coder.match.actors import NON_STATE_ARMED_INTERS, ActorMention
from coder.match.assemble import Event
from coder.match.mentions import ArticleMatches
from coder.match.roles import Side
from coder.match.rows import STATE_INTER

_SPEAKS = re.compile(r"(?:'s)?\s+(?:says?|said|claims?|claimed|reports?|reported)\b", re.IGNORECASE)
_SPEECH = ("say", "said", "claim", "report")  # literal gate: one of these is in the sentence
_FORCE_KINDS = frozenset({"agent", "state_organ"})
_ATTRIBUTED = re.compile(r"(?:( -|:)|,)\s+(?:the\s+)?(?:[A-Za-z]+\s+)?\Z")
_ENDS = re.compile(r"\s*(?:say|said|says)?[\s\"'.]*\Z")
_ATTRIBUTION_REACH = 40  # characters before the source searched for its " - ", ":" or ","
_SAYS_ENDS = re.compile(r"\s+(?:say|said|says)[\s\"'.]*\Z")
_GROUP_KINDS = frozenset({"agent", "armed_group"})  # rebels, or a named group, who report the state's dead


def state_reported_by(event: Event, matches: ArticleMatches) -> None:
    """Make the state force that reports the event's non-state dead its first side, when the event has none; and
    the armed group that reports the state's dead ("Ivorian rebels say 18 government soldiers killed", "SPLA-IO
    says it killed 32 government troops": ``actor.group_report``)."""
    side2 = event.side2
    if event.side1 is not None or side2 is None or side2.main is None \
            or (side2.main.inter not in NON_STATE_ARMED_INTERS and side2.main.inter != STATE_INTER):
        return
    start, end = matches.sentences[event.first_sentence]
    spoken = any(matches.lower.find(word, start, side2.start) >= 0 for word in _SPEECH)
    if not spoken and matches.text.find(" - ", side2.end, end) < 0 and matches.text.find(": ", side2.end, end) < 0 \
            and matches.text.find(", ", side2.end, end) < 0:
        return
    state_dead = side2.main.inter == STATE_INTER
    for actor in matches.actors:
        if not ((spoken and start <= actor.start < side2.start and _SPEAKS.match(matches.text, actor.end))
                or (side2.end <= actor.start < end and _source_after(matches.text, actor, start, end))):
            continue
        if (actor.inter in NON_STATE_ARMED_INTERS and actor.kind in _GROUP_KINDS) if state_dead else (
                actor.kind == "country" or (actor.inter == STATE_INTER and actor.kind in _FORCE_KINDS)):
            event.side1 = Side([actor])
            event.rule_ids.append("actor.group_report" if state_dead else "actor.state_report")
            return


def _source_after(text: str, actor: ActorMention, start: int, end: int) -> bool:
    """A headline's source told after it: "12 rebels killed near Gulu - army", "...: police", "..., police say"."""
    attributed = _ATTRIBUTED.search(text, max(start, actor.start - _ATTRIBUTION_REACH), actor.start)
    tail = _ENDS if attributed is not None and attributed.group(1) else _SAYS_ENDS
    return attributed is not None and tail.match(text, actor.end, end) is not None


_ENCOUNTER = "trg.gun_battle.encounter_"  # South Asian 'encounter': a gunfight of security forces (triggers.jsonl)


def encounter_state_side(event: Event, military: ActorMention) -> None:
    """``actor.encounter_forces``: an 'encounter' ("Three ultras killed in Kupwara encounter") is by definition a
    gunfight of the security forces with militants or criminals; when the text names only the non-state side, the
    state's military (``military``: the agent, placed at the trigger) is the other."""
    trigger = next((m.trigger for m in event.mentions if m.trigger.entry_id.startswith(_ENCOUNTER)), None)
    if trigger is None:
        return
    mains = [side.main for side in (event.side1, event.side2) if side is not None and side.main is not None]
    if len(mains) > 1 or any(main.inter not in NON_STATE_ARMED_INTERS for main in mains):
        return  # (no side at all: "Three ultras killed in Kupwara encounter")
    force = Side([ActorMention(trigger.start, trigger.end, trigger.text, military.entry_id, military.kind,
                               military.name, military.inter, None, military.cameo, military.sector)])
    if event.side1 is None or event.side1.main is None:
        event.side1 = force
    else:
        event.side2 = force
    event.rule_ids.append("actor.encounter_forces")
