"""The mediator of a deal is no party to it: "signed a ceasefire under Chinese mediation", "a prisoner swap mediated
by the United Arab Emirates", "brokered by Turkey and Qatar", "a Qatar-brokered deal" (``actor.mediator``)."""

from __future__ import annotations

import re

from coder.match.actors import ActorMention

_MEDIATOR_BEFORE = re.compile(r"\b(?:mediated|brokered|facilitated|hosted)\s+by\s+(?:the\s+)?"
                              r"(?:[\w'-]+(?:\s+[\w'-]+){0,3},?\s+and\s+(?:the\s+)?)?$|"
                              r"\bunder\s+the\s+auspices\s+of\s+(?:the\s+)?$")
_MEDIATOR_AFTER = re.compile(r"(?:-|\s+)(?:mediated|brokered|mediation|mediators?)\b")


def is_mediator(actor: ActorMention, low: str) -> bool:
    """Whether ``actor`` is named as the mediator of a deal ("mediated by the United Arab Emirates", "under
    Chinese mediation", "Qatari mediators"), not as one of its parties."""
    return _MEDIATOR_BEFORE.search(low, max(0, actor.start - 70), actor.start) is not None \
        or _MEDIATOR_AFTER.match(low, actor.end) is not None


def names_mediation(low: str) -> bool:
    """The cheap literal test before :func:`is_mediator` runs on an article's actors (" mediat": not
    "immediately")."""
    return " mediat" in low or "-mediat" in low or "broker" in low or "auspices" in low
