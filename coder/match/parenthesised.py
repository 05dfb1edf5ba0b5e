"""Regions named in ACLED-style parentheses after a place ("Janaale (Lower Shabelle)", "Koutougou (Soum, Sahel)",
"Jabalia (North Gaza)"): they give an event's admin1, and its location when the town is unknown; a country named
in them is where the event was, not a side."""

from __future__ import annotations

import bisect
import difflib
import re

from coder.gazetteer.index import Gazetteer, Place, normalize_place_name
from coder.match.places import PlaceMention
from coder.match.resolved import ResolvedPlace

_PARENTHESIS = re.compile(r"\(([A-Z][^()\n]{1,80})\)")
_CLOSE_CUTOFF = 0.85  # how alike a parenthesised name and an admin1 name must be (difflib ratio), _close_region
_MEMO_LIMIT = 50_000


class ParenthesisedRegions:
    """Reads the regions named in parentheses against the gazetteer's admin1 names of an article's main countries,
    allowing small spelling differences; remembers its answers per name (bounded), as the same parentheses come back
    article after article."""

    def __init__(self, gazetteer: Gazetteer, neighbours: dict[str, frozenset[str]]) -> None:
        self.gazetteer = gazetteer
        self._neighbours = neighbours
        self._close_regions: dict[tuple[str, tuple[str, ...]], str | None] = {}  # bounded memo, _close_region
        self._neighbour_regions: dict[tuple[str, str], Place | None] = {}  # bounded memo, _neighbour_region

    def places_with(self, text: str, sentences: list[tuple[int, int]], runs: list[tuple[int, int]],
                    countries: list[str], places: list) -> list:
        """``places`` with the regions named in ACLED-style parentheses ('Janaale (Lower Shabelle)', '(Douentza,
        Mopti)'): a place inside them is read as the region when it is one, and other names are matched to the
        main countries' admin1 names allowing small spelling differences ('Shabelle' / 'Shabeelle'). They give
        the admin1, and the location when the town is unknown."""
        groups = [g for first, last in runs
                  for g in _PARENTHESIS.finditer(text, sentences[first][0], sentences[last][1])]
        if not groups or not countries:
            return places
        main = countries[:2]
        regions = {key: place for iso2 in main for key, place in self.gazetteer.admin1_regions(iso2).items()}
        taken = sorted((m.start, m.end) for m, _ in places)
        out = []
        group_starts = [g.start(1) for g in groups]  # in text order: bisect finds the group around a mention
        for mention, resolved in places:
            at = bisect.bisect_right(group_starts, mention.start) - 1
            if at >= 0 and mention.start < groups[at].end(1) and (whole := _whole_part(
                    text, groups[at], mention, regions)) is not None:  # "(Buenos Aires F.D.)": the whole name
                mention, resolved = whole
            elif (resolved.place.kind != "admin1" or resolved.place.iso2 != main[0]) and at >= 0 \
                    and mention.start < groups[at].end(1):  # "(North-West)": Cameroon's, not South Africa's
                region = next((c for iso2 in main for c in mention.candidates if c.kind == "admin1" and c.iso2 == iso2),
                              None)
                if region is not None:
                    resolved = ResolvedPlace(region, 3, mention)
            out.append((mention, resolved))
        for group in groups:
            offset = group.start(1)
            for part in group.group(1).split(","):
                start, end = offset + len(part) - len(part.lstrip()), offset + len(part.rstrip())
                offset += len(part) + 1
                name = text[start:end]
                if not name or any(ch.isdigit() for ch in name) or _overlaps(start, end, taken):
                    continue
                key = self._close_region(normalize_place_name(name), tuple(main), regions)
                region = regions[key] if key is not None else self._neighbour_region(name, main)
                if region is not None:
                    mention = PlaceMention(start, end, name, (region,), "(")
                    out.append((mention, ResolvedPlace(region, 3, mention)))
        return out

    def _neighbour_region(self, name: str, main: list[str]) -> Place | None:
        """The admin1 region of a country next to the main one spelled exactly ``name`` ('JNIM attacked Koutougou
        (Soum, Sahel)': JNIM points to Mali, the region is Burkina Faso's), when only one such region exists."""
        key = normalize_place_name(name)
        memo = self._neighbour_regions
        if (key, main[0]) not in memo:  # the same parentheses come back article after article ('(Reuters)')
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            near = self._neighbours.get(main[0], frozenset())
            found = [p for p in self.gazetteer.candidates_key(key) if p.kind == "admin1" and p.iso2 in near]
            memo[(key, main[0])] = found[0] if len(found) == 1 else None
        return memo[(key, main[0])]

    def _close_region(self, name: str, main: tuple[str, ...], regions: dict) -> str | None:
        """The admin1 key of ``regions`` spelled like ``name`` (difflib ratio >= _CLOSE_CUTOFF), remembered per name
        and countries: the same parentheses come back article after article ('(Reuters)', '(Lower Shabelle)')."""
        memo = self._close_regions
        if (name, main) not in memo:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            if name in regions:
                close = [name]
            else:  # only names of a length difflib's own first test (real_quick_ratio) lets through: same answer
                size = len(name)
                near = [key for key in regions if 2.0 * min(size, len(key)) / (size + len(key)) >= _CLOSE_CUTOFF]
                close = difflib.get_close_matches(name, near, n=1, cutoff=_CLOSE_CUTOFF) if near else []
            memo[(name, main)] = close[0] if close else None
        return memo[(name, main)]


def _whole_part(text: str, group: re.Match[str], mention: PlaceMention,
                regions: dict[str, Place]) -> tuple[PlaceMention, ResolvedPlace] | None:
    """The admin1 region a parenthesised part names in full when ``mention`` matched only its head ('Buenos Aires
    F.D.': the federal district, not the province the first two words name), else None."""
    offset = group.start(1)
    for part in group.group(1).split(","):
        start, end = offset + len(part) - len(part.lstrip()), offset + len(part.rstrip())
        offset += len(part) + 1
        if start <= mention.start and mention.end <= end:
            if (start, end) == (mention.start, mention.end):
                return None
            region = regions.get(normalize_place_name(text[start:end]))
            if region is None:
                return None
            whole = PlaceMention(start, end, text[start:end], (region,), "(")
            return whole, ResolvedPlace(region, 3, whole)
    return None


def in_parentheses(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside an ACLED-style parenthesis after a name ("Jabalia (North Gaza)")."""
    opened = text.rfind("(", max(0, start - 40), start)
    return opened > 0 and text.find(")", opened, start) < 0 and text[opened - 2: opened].strip()[-1:].isalpha() \
        and 0 <= text.find(")", end, end + 40) and text.find("(", end, text.find(")", end, end + 40)) < 0


def names_own_region(text: str, end: int, place: Place) -> bool:
    """Whether ACLED-style parentheses right after a town name the town's own admin1 ("Dapaong (Savanes)", "Kerou
    (Atakora)", "Mora (Mayo-Sava, Far North)"): the pair says which of the region's namesakes is meant, and that the
    town is no namesake abroad (``place.own_region``)."""
    if not place.admin1 or not text.startswith(" (", end):
        return False
    close = text.find(")", end + 2, end + 84)
    region = normalize_place_name(place.admin1)
    return close > 0 and any(normalize_place_name(part) == region for part in text[end + 2 : close].split(","))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` (sorted by start, non-overlapping)."""
    at = bisect.bisect_left(spans, (end,)) - 1
    return at >= 0 and spans[at][1] > start
