"""Places the gazetteer does not list, named beside the region they lie in.

ACLED-style notes and incident summaries name a village and then its region: "in Xawaadley (Lower Shabelle)",
"in Kpankpanga village (Guma, Benue)", "in Bir al-Abed, North Sinai governorate, Egypt". GeoNames' cities1000
lists towns of a thousand people and more; many villages where events happen are smaller. When the region is
resolved and the name before it is not, the name is still the event's location: it is kept as a place of that
region, with the coordinates of the best-known point the text gives (a listed town of the same region named in the
parentheses: geo precision 2; else the region's own: geo precision 3), as ACLED codes a place it can only locate
within a larger area. A listed town alone in the parentheses ("in Kawempe (Kampala)") places the name near it (2).
Rows give the rule id ``place.unlisted`` instead of a GeoNames id.

Before a name is kept as unlisted, the region's own towns are searched for another spelling of it: a listed town
of that region whose main name has the same consonant skeleton (:func:`coder.gazetteer.index.skeleton_key`:
"Bogura (Rajshahi)" is Bogra, "Tooz Khurmato (Salah al-Din)" is Tuz Khurmatu, "Bint Jbail (Nabatieh)" is Bent
Jbail) is the place, with its own coordinates and GeoNames id. In South Asia the retroflex flap between vowels is
written d or r, so there the skeleton with the other letter is tried too ("Dantewada, Chhattisgarh" is Dantewara).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import replace

from coder.gazetteer.index import Place
from coder.match.places import NAME_WORD, PlaceMatcher, PlaceMention
from coder.match.resolved import ResolvedPlace, resolve_place

UNLISTED_RULE = "place.unlisted"
_ID_BASE = -(1 << 40)  # synthetic ids below every admin1 id (-1 - row): distinct per name, never a GeoNames id
_REGION_KINDS = frozenset({"admin1", "region"})
_REACH = 90  # characters before the region looked at for the name
# South Asian spellings write the retroflex flap between vowels as d or r ("Dantewada" / "Dantewara", "Kupwada" /
# "Kupwara", "Chhindwada" / "Chhindwara"): inside a named region of these countries the other letter is tried too
_FLAP_COUNTRIES = frozenset({"IN", "PK", "NP", "BD"})
_INTERVOCALIC_D = re.compile(r"([aeiou])d(?=[aeiou])")
_INTERVOCALIC_R = re.compile(r"([aeiou])r(?=[aeiou])")
# the locative cue (or a verb whose object is the place: "attacked Tole (Oromia)"), an optional "the village of",
# the name (one to four words, joined by a few lower-case connectors: "Mocimboa da Praia", "Bir al-Abed"), an
# optional kind word, then "(" or ", " before the region
_SETTLEMENT = r"(?:village|town|locality|settlement|community|hamlet)"
_NAME_BEFORE = re.compile(
    rf"(?:^|[\s(,])(?P<cue>in|near|at|around|outside|inside|on|(?:{_SETTLEMENT}|residents|inhabitants|villagers|"
    rf"people|outskirts|suburbs|control|mayor|municipality|commune)\s+of|attacked|raided|stormed|overran|shelled|bombed|struck|targeted|besieged|"
    rf"burned|torched|looted|entered|captured|seized|retook|recaptured|liberated|hit)\s+(?:the\s+)?(?:{_SETTLEMENT}\s+of\s+)?"
    rf"(?P<name>{NAME_WORD}(?:\s+(?:(?:da|de|do|del|di|du|la|le|el|al|bin|ibn|ben|bou)\s+)?{NAME_WORD}){{0,3}})"
    rf"(?:\s+(?:{_SETTLEMENT}|area|camp|district|neighbou?rhood|suburb|quarter|"
    # "the Ras Isa fuel port (Al Hudaydah)", "the Ain al-Asad air base (Anbar)": a port or base named after its place
    rf"(?:(?:fuel|oil|naval|military|army)\s+)?(?:port|harbou?r|terminal|air\s*base|base|airport|airfield)))?"
    rf"(?P<link>\s*\(\s*[^()]*|,\s*)\Z"
)


def is_unlisted(place: Place) -> bool:
    """Whether ``place`` is a name the gazetteer does not list (made by :func:`unlisted_places`)."""
    return place.geonameid <= _ID_BASE


def unlisted_places(text: str, places: Sequence[tuple[PlaceMention, ResolvedPlace]], taken: Sequence[tuple[int, int]],
                    matcher: PlaceMatcher) -> list[tuple[PlaceMention, ResolvedPlace]]:
    """The places named right before a resolved region ("in X (Region)", "in X village (District, Region)",
    "in X, Region province") or a listed town in parentheses ("in Kawempe (Kampala)": a part of it or a village
    near it) that no other mention covers, as places of that region or near that town; ``taken`` are the spans of
    the article's actor mentions (a name that is a side is no place); ``matcher``'s non-place words (weekdays,
    months, ...) and gazetteer readings (a name of a region or a country is none of these: "in Borno (Borno)")
    rule names out."""
    regions = [(m, rp) for m, rp in places if rp.place.kind in _REGION_KINDS
               or (rp.place.kind == "place" and text[max(0, m.start - 1):m.start] == "(")]
    if not regions:
        return []
    placed = [(m.start, m.end, rp.place.iso2) for m, rp in places]
    out: list[tuple[PlaceMention, ResolvedPlace]] = []
    seen: set[int] = set()
    for mention, resolved in regions:
        found = _NAME_BEFORE.search(text, max(0, mention.start - _REACH), mention.start)
        if found is None or found.start("name") in seen:
            continue
        link = found.group("link")
        if resolved.place.kind == "place" and link.strip() != "(":  # a town only alone in them: "in Kawempe (Kampala)"
            continue
        start, end = found.span("name")
        name = found.group("name")
        # a name read as a namesake in another country than its region's is not covered ("El Paraiso town,
        # Chalatenango department": no Paradise in the United States)
        covered = [(a, b) for a, b, iso2 in placed if iso2 == resolved.place.iso2 or not (a <= start < b)]
        covered += taken
        # (a region or country of that name in the same country is the region itself: "in Borno (Borno)"; a region
        # of another country is a namesake: "El Paraiso town, Chalatenango department" is no Honduran department)
        if matcher.non_place(name) or _overlaps(covered, start, end) or any(
                c.kind != "place" and (c.iso2 == resolved.place.iso2 or c.kind == "country")
                for c in matcher.gazetteer.candidates(name)):
            continue
        respelled = _respelled(matcher, name, resolved.place) if resolved.place.kind != "place" else None
        if respelled is not None:
            mention_of = PlaceMention(start, end, name, (respelled,), found.group("cue").lower())
            out.append((mention_of, resolve_place(mention_of, respelled, text) or ResolvedPlace(respelled, 1, mention_of)))
            seen.add(start)
            continue
        if resolved.place.kind == "place":
            near: ResolvedPlace | None = replace(resolved, precision=2)
        else:
            near = _listed_town_between(places, found.end("name"), mention, resolved.place) if "(" in link else None
        base = near.place if near is not None else resolved.place
        place = Place(_ID_BASE - zlib.crc32(name.lower().encode("utf-8")), name, "place", base.iso2, base.iso3,
                      base.country, resolved.place.admin1 or base.admin1, base.admin2 if near is not None else None,
                      base.latitude, base.longitude, 0)
        unlisted = PlaceMention(start, end, name, (place,), found.group("cue").lower())
        out.append((unlisted, ResolvedPlace(place, 2 if near is not None else 3, unlisted)))
        seen.add(start)
    return out


def _respelled(matcher: PlaceMatcher, name: str, region: Place) -> Place | None:
    """The best-ranked listed town of ``region`` (an admin1 unit or a named region inside one) whose main name has
    ``name``'s consonant skeleton, or None."""
    if region.admin1 is None:
        return None
    names = [name]
    if region.iso2 in _FLAP_COUNTRIES:
        names += [flapped for flapped in (_INTERVOCALIC_D.sub(r"\1r", name), _INTERVOCALIC_R.sub(r"\1d", name))
                  if flapped != name]
    return next((p for n in names for p in matcher.gazetteer.skeleton_candidates(n)
                 if p.kind == "place" and p.iso2 == region.iso2 and p.admin1 == region.admin1), None)


def _listed_town_between(places: Sequence[tuple[PlaceMention, ResolvedPlace]], after: int, region: PlaceMention,
                         area: Place) -> ResolvedPlace | None:
    """A listed town of the region named in the same parentheses before it ('(Guma, Benue)'): the nearer point."""
    for mention, resolved in places:
        if after <= mention.start < region.start and resolved.place.kind == "place" \
                and resolved.place.iso2 == area.iso2 and resolved.place.admin1 == area.admin1:
            return replace(resolved, precision=2)
    return None


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
