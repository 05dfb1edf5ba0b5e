"""A group named as part of another (``actor.parent_group``): "TNLA fighters of the Three Brotherhood Alliance",
"a Jamaat-ul-Ahrar faction of the TTP", "a Katiba Macina unit of JNIM". Two names are one side, never two
opponents. A member of a coalition, or a faction or wing named in its own right, is the side that acted and the
coalition or movement after it only says whose member it is; a unit, cell, brigade or battalion acts as its group
(ACLED codes a JNIM katiba's attack as JNIM's), so there the group after it is the side. Only two different
non-state armed groups joined by 'of' or 'within' count; a state force is never dropped."""

from __future__ import annotations

import re

from coder.match.actors import STATE_INTER, ActorMention

_GROUP_KIND = "armed_group"
_MAX_GAP = 40  # characters between the two names
# the whole gap between the member's mention (member nouns already absorbed) and the parent's name
_PART_OF = re.compile(r"[ \t]{1,3}(?:(?P<faction>faction|wing|splinter[ \t]group|splinter[ \t]faction|member[ \t]group)"
                      r"[ \t]{1,3}|(?P<unit>unit|cell|brigade|battalion|katiba|company)[ \t]{1,3})?(?:of|within)[ \t]{1,3}"
                      r"(?:the[ \t]{1,3})?")


def _non_state_group(actor: ActorMention) -> bool:
    return actor.kind == _GROUP_KIND and actor.inter != STATE_INTER


def drop_parent_groups(actors: list[ActorMention], low: str) -> list[ActorMention]:
    """``actors`` without the one of two adjacent non-state group names that is not the side (see the module).
    The caller gates on the literal " of " or " within " in ``low`` (the text lower-cased, same length)."""
    dropped: set[int] = set()
    for i in range(1, len(actors)):
        member, parent = actors[i - 1], actors[i]
        if (_non_state_group(member) and _non_state_group(parent) and member.entry_id != parent.entry_id
                and 0 < parent.start - member.end <= _MAX_GAP):
            found = _PART_OF.match(low, member.end, parent.start)
            if found is not None and found.end() == parent.start:
                dropped.add(i - 1 if found.group("unit") else i)  # a unit acts as its group: the group is the side
    if not dropped:
        return actors
    return [a for i, a in enumerate(actors) if i not in dropped]
