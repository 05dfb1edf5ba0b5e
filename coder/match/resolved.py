"""A place resolved for an event, with its geo precision (ACLED: 1 the town itself, 2 near a town or in a district
named after it, 3 only the region)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coder.gazetteer.index import Place
from coder.match.places import PlaceMention
from coder.text.normalize import lower_same_length

_NEAR = frozenset({"near", "outside", "outskirts of", "on the outskirts of", "close to", "north of", "south of",
                   "east of", "west of", "around", "near the", "outskirts", "between", "coast of",
                   "off the coast of", "shores of"})
_AREA_SUFFIXES = frozenset({"district", "districts", "county", "counties", "area", "lga", "tehsil", "taluka", "township",
                            "sub-district"})
# "the Crater district of Aden": a part of a city (not "Shopian district of south Kashmir": a part of a region)
_OF_AFTER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
                       r"north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern|"
                       r"south-?western)\b)", re.IGNORECASE)
# a place named only as the town an event was near or in the countryside of: geo precision 2
_NEAR_BEFORE = re.compile(
    r"\b(?:(?:near|outside|close\s+to|around)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:town|city|village|port|"
    r"municipality)\s+of|(?:rural\s+areas?|hinterlands?|vicinity|outskirts|environs|countryside|surroundings|"
    r"forests?)\s+(?:of|around|near))\s+(?:the\s+)?$"
)
_CENTRE = frozenset({"of", "centre of", "center of", "town of", "city of", "heart of"})  # "the centre of X district"


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    place: Place
    precision: int
    mention: PlaceMention | None

    @property
    def specificity(self) -> int:
        return {"place": 3, "admin2": 2, "region": 2, "admin1": 1}.get(self.place.kind, 0)


def resolve_place(mention: PlaceMention, place: Place | None, text: str = "") -> ResolvedPlace | None:
    """``place`` with its geo precision: 2 near a town or in a district named after it, 3 for a region. ``text``
    (the text the mention's offsets point into) tells "the X district of City" (the city: 1) from "X district"."""
    if place is None:
        return None
    if place.kind == "place":
        cue = (mention.cue or "").lower()
        precision = 2 if cue in _NEAR else 1
        if precision == 1 and text and _NEAR_BEFORE.search(lower_same_length(text[max(0, mention.start - 50):mention.start])):
            precision = 2  # "near the town of X", "in the hinterlands of X", "in a rural area of X" (``place.near``)
        # "in Nad Ali district": a district named after its main town is coded at that town, as part of a region
        if precision == 1 and cue not in _CENTRE and mention.text.rsplit(None, 1)[-1].lower() in _AREA_SUFFIXES \
                and " " in mention.text and not _OF_AFTER.match(text, mention.end):
            precision = 2
    else:
        precision = 3
    return ResolvedPlace(place, precision, mention)
