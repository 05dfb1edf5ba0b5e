"""A place resolved for an event, with its geo precision (ACLED: 1 the town itself, 2 near a town or in a district
named after it, 3 only the region), and the place of a sentence: the most specific of those it names
(:func:`sentence_place`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from coder.gazetteer.index import Place
from coder.match.clauses import origin_place
from coder.match.places import PlaceMention
from coder.text.normalize import lower_same_length

_NEAR = frozenset({"near", "road", "outside", "outskirts of", "on the outskirts of", "close to", "north of", "south of",
                   "east of", "west of", "around", "near the", "outskirts", "between", "coast of",
                   "off the coast of", "off", "shores of"})
_PEOPLE_OF_PLACE_AFTER = re.compile(r"\s+(?:tourists|pilgrims|nationals|citizens|workers|engineers|sailors|"
                                    r"fishermen|passengers|travell?ers|students|traders|labou?rers|missionaries)\b")
_COUNT_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|"
                           r"scores\s+of)\s+$")
_AREA_SUFFIXES = frozenset({"district", "districts", "county", "counties", "area", "lga", "tehsil", "taluka", "township",
                            "sub-district", "hromada", "raion", "rayon", "upazila"})
# "the Crater district of Aden": a part of a city (not "Shopian district of south Kashmir": a part of a region)
_OF_AFTER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
                       r"north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern|"
                       r"south-?western)\b)", re.IGNORECASE)
# a place named only as the town an event was near or in the countryside of: geo precision 2
_NEAR_BEFORE = re.compile(
    r"\b(?:(?:near|outside|close\s+to|around)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:town|city|village|port|"
    r"municipality)\s+of|(?:rural\s+areas?|hinterlands?|vicinity|outskirts|environs|countryside|surroundings|"
    r"forests?)\s+(?:of|around|near)|(?:in|across)\s+rural)\s+(?:the\s+)?$"  # "clashed in rural Fortul"
)
# a place named as where the wounded were taken, the speaker spoke or the mourners met is not where the event was
_ASIDE_PLACE = re.compile(
    r"\b(?:(?:taken|rushed|airlifted|evacuated|flown|transferred|admitted|moved)\s+to\s+(?:a\s+|the\s+)?"
    r"(?:\w+\s+){0,2}(?:hospitals?|clinics?|facility)|told\s+(?:reporters|journalists)|speaking|"
    r"(?:news|press)\s+conference|visit(?:ed|ing)?|visit\s+to|buried|funerals?|"
    # "a fifth soldier died of his wounds at a military hospital in X", "treated at a clinic in X"
    r"(?:died|treated|succumbed|recovering)\s+(?:[\w'-]+\s+){0,5}?(?:at|in)\s+(?:a\s+|the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:hospitals?|clinics?))\s+(?:in|at|to)?\s*(?:the\s+)?(?:city\s+of\s+)?$"
)
# a place named as where a speaker is ("a senior police officer in Pemba told AFP", "officials in Bunia said"): the
# speaker's seat, not the event's place (``place.speaker``); checked after the place first (a cheap anchored match)
_SPEAKS_AFTER = re.compile(r"\s+(?:told|said|says)\b")
_SPEAKER_BEFORE = re.compile(r"\b(?:officers?|officials?|spokes(?:man|woman|person)|sources?|commanders?|"
                             r"administrators?|correspondents?|reporters?|journalists?|authorities|doctors?)\s+"
                             r"(?:based\s+)?in\s+(?:the\s+)?(?:city\s+of\s+)?$")
_ASIDE_CUE = re.compile(r"hospital|clinic|facility|reporters|journalists|speaking|conference|visit|buried|funeral")
_THE_BEFORE = re.compile(r"\b(?:the|a)\s+district\s+of\s+$", re.IGNORECASE)
_IN_CITY = re.compile(r"\s+in\s+(?:the\s+)?(?:city\s+of\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?!\s+(?:province|state|"
                      r"region|governorate|district|county|oblast|department|prefecture)\b)(?![\w'-])")
_LAST_CUES = frozenset({"from", "road"})  # where attackers came from; a town named by a road between two
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
        # "in the district of Rueso": the same district, named before the town (not "the Crater district of Aden",
        # nor "the district of Sant Andreu in Barcelona": a part of a city named after it)
        if precision == 1 and cue == "district of" and text and _THE_BEFORE.search(
                text, max(0, mention.start - 20), mention.start) and not _IN_CITY.match(text, mention.end):
            precision = 2
        # "in Nad Ali district": a district named after its main town is coded at that town, as part of a region
        if precision == 1 and cue not in _CENTRE and mention.text.rsplit(None, 1)[-1].lower() in _AREA_SUFFIXES \
                and " " in mention.text and not _OF_AFTER.match(text, mention.end):
            precision = 2
    else:
        precision = 3
    return ResolvedPlace(place, precision, mention)


def sentence_place(found: Sequence[tuple[PlaceMention, ResolvedPlace]], text: str, lower: str,
                   sentence: tuple[int, int], before: int | None = None) -> ResolvedPlace | None:
    """The most specific of a sentence's resolved places ``found`` (those before offset ``before`` if given),
    checked against any admin1 named beside it; places where the wounded were taken, a speaker spoke or the victims
    came from are left out. ``text`` and ``lower`` are the article as written and lower-cased, ``sentence`` the
    sentence's span in them."""
    if not found:
        return None
    sentence_start, sentence_end = sentence
    if before is not None:
        found = [pair for pair in found if pair[0].start < before]
    if _ASIDE_CUE.search(lower, sentence_start, sentence_end) is not None:  # one scan per sentence
        found = [pair for pair in found if not _aside(lower, sentence_start, pair[0].start)]
    found = [pair for pair in found if not _speaker_seat(lower, sentence_start, pair[0])]  # (``place.speaker``)
    if lower.find(" from ", sentence_start, sentence_end) >= 0:  # "most of them from Punjab": the victims'
        found = [pair for pair in found if not origin_place(lower, sentence_start, pair[0].start)]
    # "8 Hong Kong tourists were killed", "two Lagos traders": a counted people named after their home (``place.origin``)
    found = [pair for pair in found if not (_PEOPLE_OF_PLACE_AFTER.match(lower, pair[0].end) is not None
                                            and _COUNT_BEFORE.search(lower, max(0, pair[0].start - 16), pair[0].start)
                                            is not None)]
    if not found:
        return None
    if len(found) > 1:  # "the car of Punjab chief minister X ... in Chandigarh": a region naming an office is no place
        office = [pair for pair in found if pair[1].place.kind == "admin1" and _OFFICE_AFTER.match(lower, pair[0].end)]
        if office and len(office) < len(found):
            found = [pair for pair in found if pair not in office]  # (``place.office_region``)
        # "at Saint-Michel station in Paris": a facility named after a place, then the town it is in
        starts = {other[0].start for other in found}
        named = []
        for pair in found:
            link = _FACILITY_IN.match(lower, pair[0].end)
            if link is not None and link.end() in starts:
                named.append(pair)
        if named:
            found = [pair for pair in found if pair not in named]  # (``place.facility_name``)
        # "in the Santa Fe neighbourhood of Tijuana": a part of a town named before the town; the town is the place
        # (a namesake town of the part may lie in the same region) (``place.part_of_town``)
        towns = {other[0].start for other in found if other[1].place.kind == "place"}
        parts = [pair for pair in found if pair[1].place.kind == "place" and (
            ((link := _PART_OF.match(lower, pair[0].end)) is not None and link.end() in starts)
            or ((link := _PARTS_OF.match(lower, pair[0].end)) is not None and link.end() in towns)
            or (_PARTS_END.search(lower, pair[0].start, pair[0].end) is not None
                and (link := _OF_TOWN.match(lower, pair[0].end)) is not None and link.end() in towns))]
        if parts and len(parts) < len(found):
            found = [pair for pair in found if pair not in parts]
    regions = {rp.place.admin1 for _, rp in found if rp.place.kind == "admin1"}
    # "in the Hydra district of Algiers, Algeria": a namesake in another country than the one closing its place
    # chain ranks below the places in it
    country_ends = [(m.start, rp.place.iso2) for m, rp in found if rp.place.kind == "country"]
    best: ResolvedPlace | None = None
    best_rank = (False, -1, False, False)
    for mention, resolved in found:
        inside = True
        if regions and resolved.place.kind == "place" and resolved.place.admin1 not in regions:
            within = next((c for c in mention.candidates if c.kind == "place" and c.admin1 in regions), None)
            if within is not None:
                resolved = ResolvedPlace(within, resolved.precision, mention)
            else:  # a namesake outside the named region ranks below every place inside it
                inside = False
        elif country_ends and resolved.place.kind != "country" and (chained := _chain_country(
                text, mention.end, country_ends)) is not None and resolved.place.iso2 != chained:
            within = next((c for c in mention.candidates if c.iso2 == chained), None)
            if within is not None:
                resolved = ResolvedPlace(within, resolved.precision, mention)
            else:
                inside = False
        # "raiders from Jonglei attacked a village in Tonj (Warrap)": where the attackers came from ranks last;
        # "Zamfara bandits attacked a village in Faskari (Katsina)": a name without a locative cue ranks below
        cue = mention.cue or ""
        # "blocked the Kaduna-Kano highway in Zaria": a town read off a road's name ranks below one the text places
        # the event in
        rank = (inside, resolved.specificity, cue not in _LAST_CUES, bool(cue) and not mention.text.lower().endswith(cue))
        if rank > best_rank:
            best, best_rank = resolved, rank
    return best


# a facility noun after a place's name, then "in" and the town ("Saint-Michel station in Paris", "Ninoy Aquino airport
# in Manila"); two such names may share one plural noun ("at Lubyanka and Park Kultury stations in Moscow")
_FACILITY_IN = re.compile(r"\s+(?:and\s+(?:[\w'-]+\s+){1,3}?)?(?:(?:railway|metro|underground|bus|train|international|"
                          r"central)\s+)?(?:station|airport|stadium|square|bridge|hotel|market|mosque|church|cathedral|"
                          r"temple|hospital|university|prison|barracks|terminal)(?:e?s)?\s+in\s+(?:the\s+)?")
# a part of a town, then "of" and the town ("the Santa Fe neighbourhood of Tijuana", "the Chamelecon sector of ...")
_PART_OF = re.compile(r"\s+(?:neighbou?rhood|suburb|quarter|sector|colonia|barrio|slum|favela|township)\s+of\s+(?:the\s+)?")
# "in the Magenta and Ducos districts of Noumea": parts of a town joined before the town by a plural unit noun, which
# may end the second part's own mention ("Ducos districts") (``place.part_of_town``)
_PLURAL_PARTS = r"(?:neighbou?rhoods|suburbs|quarters|sectors|districts|colonias|barrios|slums|favelas|townships)"
_PARTS_OF = re.compile(rf"(?:\s+and\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)?\s+{_PLURAL_PARTS}\s+of\s+(?:the\s+)?")
_PARTS_END = re.compile(rf"\s{_PLURAL_PARTS}$")
_OF_TOWN = re.compile(r"\s+of\s+(?:the\s+)?")
# a region's name before its office or office-holder ("Punjab chief minister", "the Borno state governor")
_OFFICE_AFTER = re.compile(r"\s+(?:state\s+|provincial\s+|regional\s+)?(?:chief\s+minister|deputy\s+chief\s+minister|"
                           r"governor|deputy\s+governor|premier|government|assembly|legislat\w+|lawmakers?|"
                           r"police\s+(?:chief|commissioner)|administration|authorities)\b")
_CHAIN_LINK = re.compile(r"(?:\s+(?:(?:district|area|neighbou?rhood|suburb|quarter|city|town|province|region|state)"
                         r"\s+)?(?:of\s+)?|,\s*)(?:[A-Z][\w'-]*(?:\s+|,\s*))*")


def _chain_country(text: str, end: int, country_ends: list[tuple[int, str]]) -> str | None:
    """The country closing the place chain a name ends at ('Hydra| district of Algiers, Algeria'), if any."""
    for start, iso2 in country_ends:
        if start >= end and start - end <= 60:
            link = _CHAIN_LINK.match(text, end, start)
            if link is not None and link.end() == start:
                return iso2
    return None


def _aside(lower: str, sentence_start: int, place_start: int) -> bool:
    """'taken to hospital in Maiduguri', 'told reporters in Kano', 'during a visit to Goma': not the event's place."""
    return _ASIDE_PLACE.search(lower, max(sentence_start, place_start - 60), place_start) is not None


def _speaker_seat(lower: str, sentence_start: int, mention: PlaceMention) -> bool:
    """'a police officer in Pemba told AFP', 'officials in Bunia said': where the speaker is (``place.speaker``)."""
    return _SPEAKS_AFTER.match(lower, mention.end) is not None and _SPEAKER_BEFORE.search(
        lower, max(sentence_start, mention.start - 40), mention.start) is not None
