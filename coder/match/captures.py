"""Triggers bound to a place: "M23 rebels captured Goma", "Goma fell to the rebels".

A capture verb with no word for a place near it ("town", "base": the ``requires_context`` of triggers.jsonl) is
still an event when its object is a place the gazetteer knows. The lexicon marks such entries with
``requires_place``: "after" when the place follows the phrase ("captured Goma", "seized most of Marawi"), "before"
when it comes right ahead of it ("Goma fell to M23"); a passive capture names its place before the verb ("Goma
was captured by M23"). A side must be named in the sentence too: "the photographer captured Paris at night" is no
event. Elsewhere ("police seized 2 kg of heroin", "captured the hearts of") the phrase is dropped.
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, Sequence

from coder.match.actors import ActorMention
from coder.match.clauses import TRANSFER_CLASSES
from coder.match.triggers import TriggerMention

_PEACEFUL_TRANSFER = "territory_transfer"
_WITHDRAWAL = "troop_withdrawal"
_NO_FIGHT = "trg.handover.without"  # "without a fight": no fighting told beside it makes it one

# what may stand between the verb and its place: "captured the strategic town of" is the lexicon's own context;
# here only articles and quantities of the place ("seized most of Marawi", "overran parts of Kidal")
_GAP_AFTER = re.compile(r"\s+(?:(?:the|most|much|all|parts?|large|of)\s+){0,4}")
# between the place and a verb after it: "Goma has fallen to", "Kidal was briefly captured by"
_GAP_BEFORE = re.compile(r"(?:'s)?,?\s+(?:(?:was|were|has|had|have|been|is|are|reportedly|finally|eventually|briefly|"
                         r"also|then|later|quickly|soon)\s+){0,3}")


def place_bound(triggers: list[TriggerMention], bound: dict[str, str], text: str, places: Sequence[tuple],
                actors: Sequence[ActorMention], sentences: list[tuple[int, int]]) -> list[TriggerMention]:
    """``triggers`` without the place-bound ones (``bound``: entry id -> "after"/"before") whose place is not
    there or whose sentence names no side; ``places`` are the article's (mention, resolved place) pairs."""
    if not bound or not any(t.entry_id in bound for t in triggers):
        return triggers
    spans = [(m.start, m.end) for m, resolved in places if resolved.place.kind != "country"]
    starts = [start for start, _ in sentences]
    return [t for t in triggers if t.entry_id not in bound or (
        _has_place(t, bound[t.entry_id], text, spans) and _has_side(t, actors, sentences, starts))]


def _has_side(trigger: TriggerMention, actors: Sequence[ActorMention], sentences: list[tuple[int, int]],
              starts: list[int]) -> bool:
    at = bisect.bisect_right(starts, trigger.start) - 1
    start, end = sentences[at] if at >= 0 else (0, trigger.end)
    return any(start <= a.start and a.end <= end and a.kind != "country" for a in actors)


def _has_place(trigger: TriggerMention, side: str, text: str, spans: list[tuple[int, int]]) -> bool:
    if side == "after" and not trigger.passive:
        return any(start > trigger.end and start - trigger.end < 30
                   and _GAP_AFTER.fullmatch(text, trigger.end, start) is not None for start, _ in spans)
    return any(end < trigger.start and trigger.start - end < 40
               and _GAP_BEFORE.fullmatch(text, end, trigger.start) is not None for _, end in spans)


def peaceful_transfer(trigger: TriggerMention, live: Sequence[TriggerMention],
                      dead: Callable[[], bool]) -> tuple[TriggerMention, str | None]:
    """A takeover said to happen without a fight, or beside a withdrawal or handover in a sentence that names no
    fighting and no deaths (``dead``: whether it names some), is a non-violent transfer of territory; otherwise the takeover stands ("seized the town
    after hours of fighting with the soldiers, who withdrew from the town": ``event.fought_takeover``)."""
    peaceful = next((t for t in live if t.cls == _PEACEFUL_TRANSFER), None)
    if peaceful is not None and any(t.entry_id == _NO_FIGHT for t in live):
        return peaceful, None
    if peaceful is None and not any(t.cls == _WITHDRAWAL for t in live):
        return trigger, None
    if any(t.cls not in TRANSFER_CLASSES for t in live) or dead():
        return trigger, None if peaceful is None else "event.fought_takeover"
    if peaceful is not None:
        return peaceful, None
    return TriggerMention(trigger.start, trigger.end, trigger.text, trigger.entry_id, _PEACEFUL_TRANSFER,
                          trigger.priority, trigger.voice_sensitive, trigger.passive), "event.withdrawal_takeover"


# a building, vehicle or ship seized (not a town): with hostages taken it is a hostage-taking
_SEIZED_BUILDING = re.compile(r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:school|theat(?:re|er)|hospital|hotel|church|mosque|"
                              r"embassy|consulate|bank|bus|train|ship|vessel|building|office|supermarket|mall|restaurant)\b")


def seized_hostages(trigger: TriggerMention, live: Sequence[TriggerMention], lower: str) -> TriggerMention | None:
    """``event.seized_hostages``: a building, vehicle or ship seized ("seized a school, taking 1,100 people
    hostage") with hostages taken in the same sentence is a hostage-taking, not a takeover of territory: the
    sentence's hostage-taking trigger, or None."""
    if _SEIZED_BUILDING.match(lower, trigger.end) is None:
        return None
    return next((t for t in live if t.cls == "abduction" and "hostage" in t.text.lower()), None)
