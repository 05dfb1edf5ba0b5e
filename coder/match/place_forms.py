"""Place names written in forms the capitalised-sequence scan of :mod:`coder.match.places` cannot read as one name.

* Initials: Pakistani and Indian towns of three or more words are written with the initials of all but their last
  word ("D.I. Khan" for Dera Ismail Khan, "D.G. Khan", "T.T. Singh"). The gazetteer indexes every place's main name of
  three or more words under that form too (:func:`coder.gazetteer.index.initials_key`); a written "D.I. Khan" is
  looked up there and kept as a mention when a locative cue or ACLED-style parentheses naming one of its regions
  vouch for it.
* Roads between two towns: "on the Djibo-Ouahigouya road (Soum, Sahel)", "the Gwoza-Pulka road". ACLED codes such an
  event near one of the two towns: the one inside the region the parentheses after the road word name. The mention
  is that town with the cue "road" (geo precision 2, :mod:`coder.match.resolved`). Without such parentheses the road
  names no town: in wire copy the reading split one event in two on the blind long-article set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from coder.gazetteer.index import Gazetteer, Place, initials_key, normalize_place_name

# "D.I. Khan", "D. G. Khan", "T.T.Singh": two or three capital initials with periods, then a capitalised word
_INITIALS = re.compile(r"[A-Z](?<![\w.][A-Z])\.\s?((?:[A-Z]\.\s?){1,2})([A-Z][a-z]{2,})\b")
# "the Djibo-Ouahigouya road", "the Maiduguri-Damboa highway": two capitalised names joined by a hyphen, ending right
# before a road word (searched only in the few characters before one: a scan of the whole text costs 2% of an article)
_ROAD = re.compile(r"(?<![\w'-])([A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)[-–]([A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)\s+$")
_ROAD_WORDS = (" road", " highway", " axis", " route", " motorway", " corridor", " expressway")
_ROAD_REACH = 50
Areas = Callable[[str, int], "tuple[set[tuple[str, str | None]], set[str]] | None"]
Mention = tuple[int, int, tuple[Place, ...], str]  # start, end, ranked candidates, cue


def _initials(text: str) -> list[re.Match[str]]:
    """``_INITIALS``'s matches, tried only at a capital before a period that another capital follows ("D.I"): a scan
    of the periods (``str.find``) instead of a regex over every capital of the text."""
    found: list[re.Match[str]] = []
    n = len(text)
    at = text.find(".", 1)
    while 0 < at < n - 1:
        if text[at - 1].isupper() and (text[at + 1].isupper() or (text[at + 1] == " " and text[at + 2:at + 3].isupper())):
            hit = _INITIALS.match(text, at - 1)
            if hit is not None:
                found.append(hit)
                at = hit.end()
        at = text.find(".", at + 1)
    return found


def _roads(text: str) -> list[re.Match[str]]:
    """``_ROAD``'s matches ending right before a road word ("... Djibo-Ouahigouya| road"), in text order."""
    found: list[re.Match[str]] = []
    for word in _ROAD_WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            low = max(0, at - _ROAD_REACH)
            if (end == len(text) or not text[end].isalpha()) and ("-" in text[low:at] or "–" in text[low:at]):
                hit = _ROAD.search(text, low, at + 1)
                if hit is not None:
                    found.append(hit)
            at = text.find(word, end)
    if len(found) > 1:
        found.sort(key=_match_start)
    return found


def _match_start(found: re.Match[str]) -> int:
    return found.start()


def _inside(candidates: Sequence[Place], parens: tuple[set[tuple[str, str | None]], set[str]] | None) -> list[Place]:
    if parens is None:
        return []
    areas, names = parens
    return [p for p in candidates if p.kind == "place" and (
        (p.iso2, p.admin1) in areas or (p.admin2 is not None and normalize_place_name(p.admin2) in names))]


def _ranked(inside: list[Place], candidates: tuple[Place, ...]) -> tuple[Place, ...]:
    return tuple(inside) + tuple(p for p in candidates if p not in inside)


def initials_mentions(text: str, gazetteer: Gazetteer, areas: Areas,
                      cue_of: Callable[[str, int], str | None]) -> list[Mention]:
    """Mentions of towns written with initials ("in D.I. Khan (Khyber Pakhtunkhwa)"): ``areas`` reads the
    parentheses after a name, ``cue_of`` the locative cue before it."""
    out: list[Mention] = []
    for found in _initials(text):
        letters = text[found.start()] + "".join(ch for ch in found.group(1) if ch.isalpha())
        candidates = gazetteer.candidates_key(initials_key(letters.lower(), normalize_place_name(found.group(2))))
        if not candidates:
            continue
        start, end = found.span()
        parens = areas(text, end)
        inside = _inside(candidates, parens)
        cue = cue_of(text, start)
        if inside:
            out.append((start, end, _ranked(inside, candidates), cue or "("))
        elif cue is not None and parens is None:
            out.append((start, end, candidates, cue))
    return out


def road_mentions(text: str, gazetteer: Gazetteer, areas: Areas) -> list[Mention]:
    """The town an event on the road between two towns is coded at ("on the Djibo-Ouahigouya road (Soum, Sahel)":
    Djibo, inside Soum), as a mention with the cue "road"."""
    out: list[Mention] = []
    for found in _roads(text):
        road_end = found.end() + len(text[found.end():found.end() + 20].split(None, 1)[0])  # "road", "highway"
        parens = areas(text, road_end)  # "the Djibo-Ouahigouya road (Soum, Sahel)": after the road word
        towns = []
        for group in (1, 2):
            candidates = tuple(p for p in gazetteer.candidates(found.group(group)) if p.kind == "place")
            if candidates:
                towns.append((found.span(group), candidates, _inside(candidates, parens)))
        if not towns:
            continue
        (start, end), candidates, inside = next((t for t in towns if t[2]), towns[0])
        if not inside:
            continue  # no parentheses, or they name another region: neither town is vouched for as the place
        out.append((start, end, _ranked(inside, candidates), "road"))
    return out


def alone_in_parentheses(text: str, start: int, end: int) -> bool:
    """``place.town_in_parentheses``: whether ``text[start:end]`` stands first in ACLED-style parentheses right
    after a capitalised name, or a name and its kind word ('Mayikengo (Lubero)', 'Qabatiya (Jenin)', 'Sinam
    (Jiribam, Manipur)', 'Let Yet Kone village (Shwebo, Sagaing)'): the town
    whose area the name lies in, a place even when small and without a locative cue."""
    if start < 3 or text[start - 2:start] != " (" or text[end:end + 1] not in (")", ","):
        return False
    word = text.rfind(" ", 0, start - 2)
    if text[word + 1:start - 2] in _KIND_WORDS and word > 0:  # "Let Yet Kone village (Shwebo, Sagaing)"
        start, word = word + 2, text.rfind(" ", 0, word)
    return text[word + 1:word + 2].isupper() and text[start - 3].isalpha()


# a kind word between the name and the parentheses: "Kpankpanga village (Guma, Benue)"
_KIND_WORDS = frozenset({"village", "town", "locality", "settlement", "hamlet", "camp"})


def parenthesised_region(candidates: Sequence[Place], countries: Sequence[str], best: Place,
                         min_population: int) -> Place | None:
    """The admin1 reading of a name in ACLED-style parentheses that the hints would read as a town: the region of
    a hinted country ('Russian forces shelled X (Donetsk)': Ukraine's oblast, not Donetsk town in Rostov), or the
    one region of that name when the town is a small namesake ('Ukrainian drones struck X (Voronezh)')."""
    regions = [c for c in candidates if c.kind == "admin1"]
    if not regions:
        return None
    for iso2 in countries:
        hinted = [c for c in regions if c.iso2 == iso2]
        if hinted:
            return hinted[0]
    return regions[0] if len(regions) == 1 and best.population < min_population else None
