"""Deaths a crowd's sentence tells as its cause, not its toll: "marched to protest the killing of a trader", "rioted
after a colleague was killed", "a mob torched a police station after a suspect died in custody"
(``fat.grievance``). Read for protests, strikes and mob violence; "after police opened fire, killing 2" stays the
crowd event's own toll."""

from __future__ import annotations

import re
from typing import Sequence

from coder.match.fatalities import FatalityMention

PROTEST_CLASSES = frozenset({"peaceful_protest", "protest_intervention", "violent_demonstration"})
STRIKE_CLASSES = frozenset({"road_blockade_protest", "strike_labour", "hunger_strike"})  # protests too
CROWD_CLASSES = PROTEST_CLASSES | STRIKE_CLASSES | {"mob_violence"}
# a grievance before a count: "to protest (over) the killing of a trader", "clashed with police over the police
# killing of a teenager"
_GRIEVANCE = re.compile(r"\b(?:(?:protest\w*|ralli\w*|rally|march\w*|demonstrat\w*|outrage|anger|angered)\s+(?:against|over|at|"
                        r"after|following|about)|protest(?:s|ed|ing)?|denounc\w*|condemn\w*|decr(?:y|ying|ied)|"
                        r"over)\s+(?:the\s+)?(?:recent\s+|alleged\s+)?(?:police\s+|army\s+|military\s+)?$")
# a death told as the cause: "a day after 3 girls were killed", "after a colleague was killed", "the collision that
# killed 57 people" (not "the riots that killed 4": the event itself)
_GRIEVANCE_CAUSE = re.compile(r"\b(?:(?:after|following)(?:\s+(?:a|an|the|his|her|their|one|two|[\w'-]+)){0,3}|"
                              r"(?!(?:riots?|clash\w*|violence|unrest|crackdown|protests?|"
                              r"demonstrations?|fighting|shooting|firing)\b)[a-z]+\s+(?:that|which))\s+$")


def without_grievances(lower: str, start: int, found: Sequence[FatalityMention]) -> list[FatalityMention]:
    """``found`` (offsets in the sentence starting at ``start`` of ``lower``) without the deaths told as the
    crowd's grievance or cause."""
    return [f for f in found
            if _GRIEVANCE.search(lower, max(start, start + f.start - 50), start + f.start) is None
            and _GRIEVANCE_CAUSE.search(lower, max(start, start + f.start - 30), start + f.start) is None]


# the object of a protest's grievance ("marched against the government", "rallied to denounce the junta",
# "protesters against the suspension of EU accession talks")
GRIEVANCE_OBJECT = re.compile(r"\b(?:against|denounc\w*|condemn\w*|criticis\w*|criticiz\w*|"
                              r"(?:resignation|ouster|removal)\s+of)\s+(?:the\s+)?(?:[a-z'-]+\s+)?(?:of\s+(?:the\s+)?)?$")


def is_grievance_object(text: str, start: int) -> bool:
    """``role.protest_object``'s test alone: the words before ``start`` make it what a protest is against
    ("people protesting against MONUSCO")."""
    return GRIEVANCE_OBJECT.search(text, max(0, start - 40), start) is not None
