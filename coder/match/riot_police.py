"""The police a riot meets (``actor.riot_police``): "rioters smashed the windows of a hotel housing asylum seekers
... and threw bricks at police", "inmates rioted ...; riot police stormed the colony". When a violent demonstration
keeps no second side (the people the roles found were the building's occupants or the rioters themselves), a police
force named in the event's sentences is the side the crowd fought, as ACLED codes a riot the police confront. A force
that only speaks ("police said") is a source, not a side."""

from __future__ import annotations

import re

from coder.match.actors import STATE_INTER, ActorMention
from coder.match.assemble import Event
from coder.match.mentions import ArticleMatches

_POLICE_SECTOR = "POL"
_SPEAKS = re.compile(r"(?:'s)?\s+(?:says?|said|claims?|claimed|reports?|reported|told|added|stated|confirmed)\b")
_GATE = "police"  # literal gate: the word is in the text


def riot_police(event: Event, matches: ArticleMatches) -> ActorMention | None:
    """The first police force named in the event's sentences that does not only speak, or None."""
    if _GATE not in matches.lower:
        return None
    start = matches.sentences[event.first_sentence][0]
    end = matches.sentences[event.last_sentence][1]
    for actor in matches.actors:
        if start <= actor.start < end and actor.inter == STATE_INTER and actor.sector == _POLICE_SECTOR \
                and not _SPEAKS.match(matches.lower, actor.end):
            return actor
    return None
