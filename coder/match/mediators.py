"""The mediator of a deal is no party to it: "signed a ceasefire under Chinese mediation", "a prisoner swap mediated
by the United Arab Emirates", "brokered by Turkey and Qatar", "a Qatar-brokered deal", "after mediation by Amal and
Hezbollah" (``actor.mediator``)."""

from __future__ import annotations

import re

from coder.match.actors import ActorMention

_MEDIATOR_BEFORE = re.compile(r"\b(?:(?:mediated|brokered|facilitated|hosted)\s+by|mediation\s+(?:by|of|from))\s+(?:the\s+)?"
                              r"(?:[\w'-]+(?:\s+[\w'-]+){0,3},?\s+and\s+(?:the\s+)?)?$|"
                              r"\bunder\s+the\s+auspices\s+of\s+(?:the\s+)?$")
_MEDIATOR_AFTER = re.compile(r"(?:-|\s+)(?:mediated|brokered|mediation|mediators?)\b")


def is_mediator(actor: ActorMention, low: str) -> bool:
    """Whether ``actor`` is named as the mediator of a deal ("mediated by the United Arab Emirates", "under
    Chinese mediation", "Qatari mediators"), not as one of its parties."""
    return _MEDIATOR_BEFORE.search(low, max(0, actor.start - 70), actor.start) is not None \
        or _MEDIATOR_AFTER.match(low, actor.end) is not None


# literal cues for the article's shared walk (coder.text.scan): the rules below run only where their words are
CUES = {" mediat": "mediation", "-mediat": "mediation", "broker": "mediation", "auspices": "mediation",  # not "immediate"
        "found": "finding", "discover": "finding", "recovered": "finding", "earthed": "finding", "uncovered": "finding",
        "bod": "remains", "grave": "remains", "corpse": "remains", "remains": "remains",
        "accused of": "accused", "suspected of": "accused", "alleged": "accused"}


def names_mediation(literals: frozenset[str]) -> bool:
    """The cheap test before :func:`is_mediator` runs on an article's actors: the walk found a word of mediation
    (``literals``: the values of :data:`CUES` it found)."""
    return "mediation" in literals


# the finder of the dead is no side of their killing: "police found the bodies of 6 men", "GNA authorities found
# mass graves", "villagers discovered a mass grave" (``actor.finder``); up to two words between the name and the
# verb ("authorities", "search teams"), and up to three before the remains ("the bodies", "a mass grave")
_FINDER_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:found|discovered|unearthed|uncovered|exhumed|recovered)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:bodies|body|corpses?|remains|(?:mass\s+)?graves?)\b")
# the side a victim was accused of helping is no side of the attack on him: "beheaded a man accused of collaborating
# with the army", "killed two villagers suspected of spying for the Houthis" (``actor.accused_link``)
_ACCUSED_LINK_BEFORE = re.compile(r"\b(?:accused|suspected|alleged)\s+(?:of\s+)?(?:collaborating|cooperating|"
                                  r"working|spying|informing|colluding)\s+(?:with|for|on)\s+(?:the\s+)?$")


def is_bystander(actor: ActorMention, low: str) -> bool:
    """Whether ``actor`` only found the dead ("police found the bodies") or is the side a victim was accused of
    helping ("a man accused of collaborating with the army"): no party to the killing either way."""
    return _FINDER_AFTER.match(low, actor.end) is not None \
        or _ACCUSED_LINK_BEFORE.search(low, max(0, actor.start - 50), actor.start) is not None


def names_bystander(literals: frozenset[str]) -> bool:
    """The cheap test before :func:`is_bystander` runs on an article's actors (``literals``: see
    :func:`names_mediation`): a finding of remains, or an accusation."""
    return ("finding" in literals and "remains" in literals) or "accused" in literals
