"""``role.dead_of_both_sides``: a headline that counts each side's dead in one list names both sides of the fight.

"8 soldiers, 30 PKK terrorists killed in Hakkari clashes", "12 ADF rebels, 5 soldiers killed", "11 MILF rebels and 2
soldiers dead": the passive verb has no agent, and the side nearest it is its target; the other armed side counted
in the same list ("N X, M Y", "N X and M Y") fought it, so it is the other side of the event rather than an
unidentified group. A side named by its deed ("20 assailants") attacked and stands first; else no initiator is
told, and the state's forces stand first, as the gold sets write them.
Civilians counted beside fighters ("49 soldiers, 1 civilian killed") are victims, no side: only armed actors
(inter 1-3) pair, one of them named (a group or a state organ, not only "soldiers" and "militants"), and only in the
first sentence (a headline or a lead; headlines joined by ";" are one): later the article has told who fought.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from coder.match.numbers import number_pattern

if TYPE_CHECKING:  # roles imports this module
    from coder.match.actors import ActorMention
    from coder.match.roles import Side

RULE_ID = "role.dead_of_both_sides"
_ARMED = frozenset({1, 2, 3})


@lru_cache(maxsize=1)
def _list_gap() -> re.Pattern[str]:
    """The words between two counted sides of one list: ", 30 ", " and 2 ", ", and at least 4 "."""
    return re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:at\s+least\s+)?(?:{number_pattern()})\s+$", re.IGNORECASE)


def both_sides_dead(text: str, start: int, target: Side | None, before: Sequence[Side]) -> tuple[Side, Side] | None:
    """``(side1, side2)`` when two armed actors before the verb are counted in one list of dead, the passive
    verb's ``target`` (a ``coder.match.roles.Side``) among them, else None. The list may have been read as one side
    with an associate ("12 PKK militants, 5 soldiers") or as two sides. ``text`` is the lower-cased article."""
    if target is None or target.main is None or target.main.inter not in _ARMED:
        return None
    if text.rfind(". ", 0, start) >= 0:
        return None  # a headline's or a lead's first sentence only: later, the article has told who fought
    side_type = type(target)
    if len(target.actors) > 1:
        if _paired(text, target.actors[0], target.actors[1]):
            return _ordered(side_type(target.actors[:1]), side_type(target.actors[1:]))
        return None
    for other in before:
        if other is target or other.main is None:
            continue
        left, right = (other, target) if other.end <= target.start else (target, other)
        if _paired(text, left.actors[-1], right.actors[0]):
            return _ordered(left, right)
    return None


def _paired(text: str, first: ActorMention, second: ActorMention) -> bool:
    """Two actor mentions of different armed actors with only a list's joiner and a count between them."""
    if first.inter not in _ARMED or second.inter not in _ARMED or first.entry_id == second.entry_id:
        return False
    if first.kind == "agent" and second.kind == "agent":
        return False  # "5 soldiers and 30 militants": no named side, the list says nothing the roles lack
    between = text[first.end : second.start]
    if len(between) > 24 or ("," not in between and " and " not in between):
        return False
    return _list_gap().fullmatch(between) is not None


# a side named by its deed ("20 assailants", "the attackers") attacked: it stands first
_ATTACKER_WORDS = ("assailant", "attacker", "gunm", "raider", "bomber")


def _ordered(first: Side, second: Side) -> tuple[Side, Side]:
    """Attackers named as such first, else the state's forces first."""
    for side, other in ((first, second), (second, first)):
        if side.actors[0].text.lower().startswith(_ATTACKER_WORDS):
            return side, other
    if second.actors[0].inter == 1 and first.actors[0].inter != 1:
        return second, first
    return first, second
