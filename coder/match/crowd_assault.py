"""``event.protest_assault``: a sentence that tells a protest and an assault by its crowd is a violent demonstration.

"youths taking part in the GenZ 212 protests attacked a gendarmerie post", "supporters of the cleric stormed the
embassy in protest against ...", "counter-protesters tried to block the congress; some of them attacked police
officers, who used pepper spray": the protest word (priority 40) or the police response (46) outranks the bare
assault verb (30), but what the crowd did is the event, and demonstrators who attack are rioters (ACLED). The
assault keeps its place in the sentence (its actors and target); only its class changes.

Not when an armed side is named before the assault ("gunmen attacked the rally", "police assaulted marchers": the
state or an armed group acts, and the existing rules code it), nor for a passive ("the rally was attacked by ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from coder.match.actors import ActorMention
from coder.match.triggers import TriggerMention

VIOLENT_DEMONSTRATION = "violent_demonstration"
# gatherings (a rally, a march, a sit-in): a crowd's assault in the sentence outranks them, and so does violence that
# takes one as its object (coder.match.clauses.attacked_gatherings)
GATHERING_CLASSES = frozenset({"peaceful_protest", "protest_intervention"})
# direct assaults a crowd commits (not shooting: "opened fire" near a protest is the state's force)
_ASSAULT_ENTRIES = frozenset({"trg.attack.attack", "trg.attack.assault", "trg.stormed.stormed",
                              "trg.stormed.present_ctx"})
_ARMED_INTERS = frozenset({1, 2, 3, 4, 8})  # state, rebel, political and identity militias, external forces


def crowd_assault(trigger: TriggerMention, live: Sequence[TriggerMention], actors: Sequence[ActorMention],
                  sentence_start: int) -> TriggerMention | None:
    """The crowd's assault of ``trigger``'s sentence as a violent-demonstration trigger, or None."""
    if trigger.cls not in GATHERING_CLASSES:
        return None
    assault = next((t for t in live if t.entry_id in _ASSAULT_ENTRIES and not t.passive), None)
    if assault is None or (trigger.cls != "peaceful_protest" and assault.start > trigger.start):
        return None  # a response told before the assault ("police used tear gas and attacked ...") is the state's
    if any(a.inter in _ARMED_INTERS and sentence_start <= a.start < assault.start for a in actors):
        return None
    return TriggerMention(assault.start, assault.end, assault.text, assault.entry_id, VIOLENT_DEMONSTRATION,
                          max(trigger.priority, assault.priority), assault.voice_sensitive, assault.passive)
