"""``event.intercepted_launch``: rockets, missiles or drones told as fired, then as all intercepted, are one
Disrupted weapons use.

ACLED codes an interception as Strategic developments / Disrupted weapons use, with the side that intercepts as
actor1 and the side whose weapons were intercepted as actor2 (the notes_dev16 conventions: "the Iron Dome
intercepted 5 rockets fired by Hezbollah at Metula"). A note often tells the launch first and the interception
after it, in the same sentence or the next: "Hamas fired rockets towards Sderot. The rockets were intercepted by
the Iron Dome." Read alone, the first clause is a missile attack and the second a disrupted weapons use: two
events for one. When the interception refers back to the weapons ("the rockets", "them", "all of them", "both")
and nothing says that some got through ("three of them", "the others", "the rest") and the launch killed no
one, the launch becomes the disrupted weapons use: the interceptor is actor1, the launcher actor2, and the place
and date stay the launch's.
"""

from __future__ import annotations

import re
from coder.match.assemble import Event, same_actor
from coder.match.mentions import ArticleMatches, EventMention
from coder.match.roles import Side
from coder.match.triggers import TriggerMention

RULE_ID = "event.intercepted_launch"
# the trigger entries of an interception in the air (triggers.jsonl), not a foiled plot on the ground
INTERCEPTION_ENTRIES = frozenset({"trg.attack_foiled.intercepted_ctx", "trg.attack_foiled.air_defence_ctx"})
LAUNCH_CLASSES = frozenset({"missile_attack", "drone_strike", "shelling", "air_strike"})
_BACK = re.compile(r"\b(?:them|it|all|both|(?:the|these|those)\s+(?:[\w-]+\s+){0,2}(?:rockets?|missiles?|drones?|"
                   r"projectiles?|uavs?|shells?))\b")
_NEAR = 12  # characters between the interceptor's name and its verb ("air defences shot", "the Iron Dome intercepted")
_PARTIAL = re.compile(r"\b(?:some|most|several|many|one|two|three|four|five|six|seven|eight|nine|ten|\d+|part|half|"
                      r"a number|the majority)\s+of\s+(?:them|the)\b|\b(?:the\s+)?(?:others?|rest|remaining)\b")


def _interceptions(event: Event) -> list[EventMention]:
    return [m for m in event.mentions if m.trigger.entry_id in INTERCEPTION_ENTRIES]


def _all_stopped(matches: ArticleMatches, index: int) -> bool:
    start, end = matches.sentences[index]
    sentence = matches.lower[start:end]
    return _BACK.search(sentence) is not None and _PARTIAL.search(sentence) is None


def _turn(event: Event, cls: str, priority: int, interceptor: Side | None) -> None:
    launcher = event.side1
    event.cls, event.priority = cls, priority
    event.side1 = interceptor
    event.side2 = launcher
    event.rule_ids.append(RULE_ID)


def _caught_after(matches: ArticleMatches, mention: EventMention) -> TriggerMention | None:
    """An interception told after the launch in the launch's own sentence ("...; the Iron Dome intercepted them")."""
    end = matches.sentences[mention.sentence_index][1]
    return next((t for t in matches.triggers if t.entry_id in INTERCEPTION_ENTRIES
                 and mention.trigger.end <= t.start < end), None)


def _subject_before(matches: ArticleMatches, after: int, start: int) -> Side | None:
    """The actor named right before an interception's verb, after the launch ("...; US air defences shot them
    down")."""
    near = [a for a in matches.actors if after <= a.start and a.end <= start and start - a.end <= _NEAR]
    return Side([near[-1]]) if near else None


def intercepted_launches(events: list[Event], matches: ArticleMatches) -> list[Event]:
    """``events`` with each launch that was all intercepted told as one disrupted weapons use (see the module)."""
    if not any(t.entry_id in INTERCEPTION_ENTRIES for t in matches.triggers):
        return events
    out: list[Event] = []
    for event in events:
        caught = _interceptions(event)
        if event.cls in LAUNCH_CLASSES and not event.fatalities and not caught:
            # one sentence: "Hamas fired rockets at Sderot; the Iron Dome intercepted them" (the other side named)
            launch = next((m for m in event.mentions if m.trigger.cls == event.cls), None)
            trigger = _caught_after(matches, launch) if launch is not None else None
            if launch is not None and trigger is not None and _all_stopped(matches, launch.sentence_index):
                interceptor = _subject_before(matches, launch.trigger.end, trigger.start) or event.side2
                if interceptor is not None:
                    _turn(event, trigger.cls, trigger.priority, interceptor)
        elif event.cls in LAUNCH_CLASSES and not event.fatalities and caught:
            mention = caught[0]
            if _all_stopped(matches, mention.sentence_index):
                interceptor = next((m.side1 for m in caught if m.side1 is not None and m.side1.main is not None
                                    and not same_actor(m.side1, event.side1)), event.side2)
                _turn(event, mention.trigger.cls, mention.trigger.priority, interceptor)
        elif caught and len(caught) == len(event.mentions) and out:
            launch_event = out[-1]
            mention = caught[0]
            if launch_event.cls in LAUNCH_CLASSES and not launch_event.fatalities \
                    and not _interceptions(launch_event) \
                    and launch_event.last_sentence in (mention.sentence_index, mention.sentence_index - 1) \
                    and _all_stopped(matches, mention.sentence_index):
                # "Hamas fired rockets towards Sderot. The rockets were intercepted by the Iron Dome."
                interceptor = mention.side1 if mention.side1 is not None and mention.side1.main is not None \
                    and not same_actor(mention.side1, launch_event.side1) else launch_event.side2
                _turn(launch_event, mention.trigger.cls, mention.trigger.priority, interceptor)
                launch_event.mentions.append(mention)
                if launch_event.place is None:
                    launch_event.place = event.place
                continue
        out.append(event)
    return out
