"""Armed groups that became a state's forces (``armed_groups.jsonl`` ``state_since``): from the day they took
power, ACLED names their fighters as the state's ("Taliban" from 16 August 2021, the day after Kabul fell, are
Military Forces of Afghanistan (2021-), inter 1), while the same words before that day (the takeovers of 15 August)
stay the rebel group."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coder.dictionaries.actors import ActorDictionary
    from coder.match.roles import Side
    from coder.match.rows import ActorFields, ActorForm

RULE = "actor.group_became_state"


def successor_forms(dictionary: "ActorDictionary") -> dict[str, tuple[date, "ActorForm"]]:
    """Armed-group id -> (the first day it is the state organ, that organ's form), from ``state_since``."""
    from coder.match.rows import ActorForm

    out: dict[str, tuple[date, ActorForm]] = {}
    for entry in dictionary.entries:
        if entry.state_since is None:
            continue
        organ = dictionary.by_id[entry.state_since[1]]
        out[entry.id] = (date.fromisoformat(entry.state_since[0]),
                         ActorForm(organ.id, organ.name, organ.cameo or "", organ.inter, "group"))
    return out


def as_state(fields: "ActorFields", side: "Side | None", when: date | None,
             successors: dict[str, tuple[date, "ActorForm"]]) -> "ActorFields | None":
    """The state organ's fields when ``side``'s main actor is a group that was the state on ``when`` and the row
    still names the group itself (not a namesake picked by the country: the Taliban in Pakistan are the TTP)."""
    if when is None or side is None or side.main is None or not successors:
        return None
    entry = successors.get(side.main.entry_id)
    if entry is None or when < entry[0] or fields.name != side.main.name:
        return None
    from coder.match.rows import ActorFields

    form = entry[1]
    return ActorFields(form.name, fields.assoc, form.inter, form.cameo)
