"""Officials attacked: a one-sided attack on a government's people is violence against civilians
(``type.officials_attacked``).

"Gunmen shot dead the head of the district administration": the side the coder names "Government of X" (inter 1,
CAMEO ...GOV) is an official, not the state's armed forces. ACLED codes attacks on unarmed officials as violence
against civilians; a battle needs two armed sides. The side keeps the government's name (ACLED names the official's
affiliation); only the event class is resolved as against civilians.
"""

from __future__ import annotations

import re

from coder.match.actors import NON_STATE_ARMED_INTERS
from coder.match.assemble import Event
from coder.taxonomy import EventClass

# "government positions", "government troops": the state's forces, whom a battle is fought with; "the government
# headquarters": a guarded compound, whose attack the engine types as before
_FORCE_AFTER = re.compile(r"\s+(?:positions?|forces?|troops?|soldiers?|posts?|bases?|checkpoints?|outposts?|camps?|"
                          r"convoys?|patrols?|units?|militias?|fighters?|lines?|garrisons?|barracks|headquarters|compounds?|"
                          r"complex|buildings?|offices|premises)\b")


def officials_attacked(event: Event, base: EventClass, lower: str) -> bool:
    """A one-sided attack or killing (not a battle word, not a strike or shelling) by armed men on the government's
    people, not its forces ("government positions", "government troops"): the officials are unarmed, so ACLED codes
    violence against civilians; their side keeps the government's name. ``lower``: the article, lower-cased."""
    target = event.side2.main if event.side2 is not None else None
    own = event.side1.main if event.side1 is not None else None
    return (base.event_type == "Violence against civilians" and target is not None
            and (target.cameo or "").endswith("GOV") and _FORCE_AFTER.match(lower, target.end) is None
            and own is not None and own.inter in NON_STATE_ARMED_INTERS)
