"""Place mentions: capitalised word sequences looked up in the gazetteer, with locative cues.

One compiled regex finds capitalised sequences ("al-Bukamal", "Deir Ez-Zor", "Sana'a", "Mocimboa da
Praia", "El Fasher", "Lashkar Gah"; a possessive "'s" ends a sequence). Inside a sequence the longest
sub-sequence (up to six tokens, starting and ending on a capitalised token) found in the index wins,
left to right. A match is kept when:

* its best candidate is a country, or
* a locative cue precedes it ("in", "near", "outskirts of", "town of", ...; see
  ``coder/resources/gazetteer/matcher_words.json``) or a kind suffix follows it ("X province",
  "X governorate", "X district"; the suffix becomes part of the mention and the preferred kind), or
* it spans two or more capitalised tokens, or
* it is a single token one of whose candidates is an admin1 region or a named region, or whose best is a place of population >=
  ``SINGLE_TOKEN_MIN_POPULATION`` (100 000), and it is not preceded inside its sequence by another
  capitalised token (a person's given name: "John Kirby"), or
* it is a single token followed by ACLED-style parentheses naming the admin1 region or admin2 district one of its
  candidates lies in ("raided Mokolo (Far North)", "Tougan (Sourou, Boucle du Mouhoun)"); those candidates rank first.

It is always dropped when it directly follows a title or given name ("President Biden", "Mr Kirby"),
when it is directly followed by an organisation word ("New York Times", "Kabul University"), or when a
single token is a listed non-place word (weekdays, months, function words, "Pentagon", ...).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from coder.gazetteer.build import admin2_display_name
from coder.gazetteer.index import (Gazetteer, Place, best_place, fold_place_name, loose_key,
                                   normalize_place_name, strip_article)
from coder.match.name_runs import CONNECTORS, NAME_WORD, part_after, sequences
from coder.match.place_chains import chain_country, chain_gap
from coder.match.place_forms import alone_in_parentheses, initials_mentions, parenthesised_region, road_mentions

SINGLE_TOKEN_MIN_POPULATION = 100_000
_NEXT_WORD = re.compile(r" ([A-Za-z]+)\b(?!')")  # the word after a name, not a possessive ("Kabul's")
MAX_TOKENS = 6
_WORDS_FILE = Path(__file__).resolve().parent.parent / "resources" / "gazetteer" / "matcher_words.json"

# prepositions written with a capital (sentence start, title-case headlines) that never sit inside a place name
_TITLE_PREPOSITIONS = frozenset({"In", "At", "Near", "On", "From", "To", "By", "With", "After", "During", "For",
                                 "Against", "Over", "Outside", "Inside", "Into", "Across", "Around", "Throughout",
                                 "Amid", "Along", "Toward", "Towards", "Since", "Before", "Between", "Among"})
_POSSESSIVE = ("'s", "’s")
_TOKEN_CACHE_LIMIT = 50_000
_Token = tuple[int, int, str]  # start, end, folded text
_Plan = tuple[tuple[tuple[_Token, ...], tuple[tuple[int, int, str], ...]], ...]  # runs + (i, j, key) matches


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]
    cue: str | None  # "in", "near", "outskirts of", ... or a suffix such as "province"

    def shifted(self, offset: int) -> PlaceMention:
        """This mention ``offset`` characters later (found in a slice of the text)."""
        return PlaceMention(self.start + offset, self.end + offset, self.text, self.candidates, self.cue)


def _start(mention: PlaceMention) -> int:
    return mention.start


@cache
def _words(path: Path = _WORDS_FILE) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@cache
def _kind_suffix_regex() -> re.Pattern[str]:
    return re.compile(rf"[ \u00a0]+(?:{_phrase_alternation(list(_words()['suffix_kinds']))})$", re.IGNORECASE)


def strip_kind_suffix(name: str) -> str:
    """A place mention's name without the kind words the matcher takes after it ("Kyiv city" -> "Kyiv", "Seoul
    subway" -> "Seoul", "Dadaab refugee camp" -> "Dadaab")."""
    return _kind_suffix_regex().sub("", name)


def _phrase_alternation(phrases: Sequence[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_AREA_KINDS = frozenset({"admin1", "region"})  # a lone token naming one is a place mention without a cue
_REGION_PARENS = re.compile(r"[ \u00a0]?\(([A-Z][^()\n]{1,80})\)")  # 'Mokolo (Far North)', 'Tougan (Sourou, ...)'


def _parenthesised_names(text: str, end: int) -> set[str] | None:
    """The normalised names in ACLED-style parentheses right after offset ``end`` ('Town (District, Region)'), or
    None when none follow."""
    found = _REGION_PARENS.match(text, end)
    return None if found is None else {normalize_place_name(part) for part in found.group(1).split(",")}


# GeoNames second-level names: "Province of Surigao del Sur", "Kanker District"
_ADMIN2_AFFIX = re.compile(r"^(?:province|district|municipality|city|department)\s+of\s+|\s+(?:province|district)$",
                           re.IGNORECASE)


def _within(candidates: Sequence[Place], areas: set[tuple[str, str | None]],
            names: set[str] | frozenset[str] = frozenset()) -> list[Place]:
    """The places among ``candidates`` inside one of the admin1 ``areas`` (iso2, name) or an admin2 in ``names``."""
    return [p for p in candidates if p.kind == "place" and (
        (p.iso2, p.admin1) in areas or (p.admin2 is not None and normalize_place_name(p.admin2) in names))]


_CUE_REACH = 48  # characters before a name searched for its cue phrase


def _words_before(text: str, start: int) -> list[str]:
    """The lower-case words of the ``_CUE_REACH`` characters before ``start`` (a word the window cuts left out)."""
    words = text[max(0, start - _CUE_REACH):start].lower().split()
    return words[1:] if start > _CUE_REACH and words else words


def _first(inside: list[Place], candidates: tuple[Place, ...]) -> tuple[Place, ...]:
    return tuple(inside) + tuple(p for p in candidates if p not in inside)


_DIRECTIONS = frozenset({
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "north", "south", "east",
    "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
    "south-west", "restive", "neighbouring", "neighboring", "rural", "troubled", "volatile", "remote",
})


_COMPASS = frozenset(d for d in _DIRECTIONS if d not in {"restive", "neighbouring", "neighboring", "rural", "troubled",
                                                        "volatile", "remote"})


class PlaceMatcher:
    """Finds place mentions in text and chooses the best gazetteer entry for each."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        words = _words()
        self._titles = frozenset(words["titles"]) | frozenset(words.get("people_before", ()))  # a person or a people
        self._non_places = frozenset(words["non_places"])
        self._cue_required = frozenset(words.get("cue_required", ()))
        self._org_words = frozenset(words["org_words"])
        self._region_services = frozenset(words.get("region_services", ()))
        self._suffix_kinds: dict[str, str | None] = dict(words["suffix_kinds"])
        self._connectors = frozenset(CONNECTORS)
        self._cues_before = frozenset(words["before_cues"])
        self._cue_width = max(len(c.split()) for c in self._cues_before)
        self._place_nouns = frozenset(words.get("place_nouns", ()))
        self._apposition_heads = frozenset(words.get("apposition_heads", ()))
        self._capital_state_words = frozenset(words.get("capital_state_words", ()))
        self._identity_nouns = frozenset(words.get("identity_nouns", ()))
        self._folded: dict[str, str] = {}
        self._loose: dict[str, str] = {}  # bounded memo of _indexed's loose lookups (key -> indexed form or "")
        self._chunks: dict[str, _Plan] = {}
        self._cue_after = re.compile(
            rf"[ \u00a0]+({_phrase_alternation(list(self._suffix_kinds))})(?![\w])", re.IGNORECASE)
        # "Bunagana fell to M23", "Tessalit was captured by": a verb after the name that takes a place
        self._verb_after = re.compile(
            rf",?[ \u00a0]+({_phrase_alternation(list(words['after_cues']))})(?![\w])", re.IGNORECASE) \
            if words.get("after_cues") else None

    def __reduce__(self) -> tuple[Any, tuple[Gazetteer]]:
        return (PlaceMatcher, (self.gazetteer,))

    def find(self, text: str, capitals: bool = False) -> list[PlaceMention]:
        """Place mentions in ``text``, in order, non-overlapping. With ``capitals`` the text was written in capitals
        and is now in title case (:func:`coder.text.normalize.uncap`): every word is capitalised, so a name's case
        no longer sets it apart from the words around it ('Six Killed In Lima Car Bomb')."""
        out: list[PlaceMention] = []
        for start, words in sequences(text):
            self._scan(text, start, words, out, capitals)
        # "in D.I. Khan", "on the Djibo-Ouahigouya road (Soum, Sahel)": forms the scan cannot read as one name
        forms = initials_mentions(text, self.gazetteer, self._parenthesised_areas, self._cue)
        forms += road_mentions(text, self.gazetteer, self._parenthesised_areas)
        for s, e, found, cue in forms:
            out = [m for m in out if m.end <= s or m.start >= e] + [PlaceMention(s, e, text[s:e], found, cue)]
        if forms:
            out.sort(key=_start)
        unknown = set()
        for k in range(len(out) - 1):  # "Tripoli, Lebanon": the country qualifies the place before it
            here, nxt = out[k], out[k + 1]
            if here.candidates[0].kind == "country":
                continue
            gap = text[here.end:nxt.start].strip()
            if gap != "," and chain_gap(gap) or gap == "," and nxt.candidates[0].kind != "country":
                # "Soum province, Sahel region, Burkina Faso": the country that closes the chain holds each of its
                # places, so a namesake elsewhere (Soum in Senegal) is not this place (``place.chain_country``)
                iso2 = chain_country(text, out, k + 1)
                if iso2 and not any(p.iso2 == iso2 for p in here.candidates):
                    unknown.add(k)
                    continue
            if nxt.candidates[0].kind == "country" and gap == ",":
                iso2 = nxt.candidates[0].iso2
                if any(p.iso2 == iso2 for p in here.candidates):
                    ranked = tuple(sorted(here.candidates, key=lambda p: p.iso2 != iso2))
                    out[k] = replace(here, candidates=ranked)
                else:  # "Kech district, Pakistan": a namesake elsewhere (Ketsch, Germany) is not this place
                    unknown.add(k)
            elif gap == ",":  # "Beni, North Kivu": the town in that region, not a namesake (parentheses: _accept)
                inside = _within(here.candidates, {(p.iso2, p.admin1) for p in nxt.candidates if p.kind == "admin1"})
                if not inside and len(here.candidates) > 1:  # "Lamitan town, Basilan province": the second-level unit
                    unit = normalize_place_name(_ADMIN2_AFFIX.sub("", nxt.text))
                    inside = [p for p in here.candidates if p.kind == "place" and p.admin2
                              and normalize_place_name(_ADMIN2_AFFIX.sub("", p.admin2)) == unit]
                if inside:
                    out[k] = replace(here, candidates=_first(inside, here.candidates))
        return [m for k, m in enumerate(out) if k not in unknown] if unknown else out

    def locates(self, text: str, start: int, end: int) -> bool:
        """Whether a people's adjective at ``text[start:end]`` says where something is: it modifies a place noun
        ("an Azeri village", "the Syrian border town") or follows a compass direction after a locative cue ("in
        southern Afghan clash"), rather than naming a side ("Israeli strikes")."""
        after = text[end:end + 24].split(None, 1)
        if after and after[0].strip(",.;:").lower() in self._place_nouns:
            return True
        words = _words_before(text, start)
        if not words or words[-1] not in _COMPASS:
            return False
        words.pop()
        if words and words[-1] in ("a", "an", "the"):  # "in a northern Malian ambush"
            words.pop()
        return self._longest_cue(words) is not None

    def core_name(self, mention_text: str) -> str:
        """The mention's name without a kind suffix ("Savo camp" -> "Savo", "Borno State" -> "Borno")."""
        words = mention_text.split()
        if len(words) > 1 and words[-1].lower() in self._suffix_kinds:
            return " ".join(words[:-1])
        return mention_text

    def attributive(self, text: str, mention: PlaceMention) -> bool:
        """Whether a town's name is used as a modifier of the word after it ('Harare riot police', 'Kabul police
        chief', 'Sarajevo mortars'): a space and a word follow that is no verb or word that makes a capital stand
        for its state ('Kinshasa says', 'Khartoum denied', 'Manila troops'; ``capital_state_words``)."""
        if not any(p.kind == "place" for p in mention.candidates):
            return False
        word = _NEXT_WORD.match(text, mention.end)
        return word is not None and word.group(1).lower() not in self._capital_state_words

    def region_follows(self, text: str, mention: PlaceMention) -> bool:
        """Whether ACLED-style parentheses after ``mention`` name a region one of its readings lies in ('central
        London (England)'): the name is then a place, even where it could stand for its state ('London said')."""
        parens = self._parenthesised_areas(text, mention.end)
        return parens is not None and bool(_within(mention.candidates, *parens))

    def choose(self, mention: PlaceMention, countries: Sequence[str]) -> Place | None:
        """The best candidate given ISO2 country hints (most relevant first) and the mention's suffix; a name in
        ACLED-style parentheses is read as a region first (``place.parenthesised_admin1``)."""
        best = best_place(mention.candidates, countries, self._preferred_kind(mention.text))
        if mention.cue == "(" and best is not None and best.kind == "place":
            return parenthesised_region(mention.candidates, countries, best, SINGLE_TOKEN_MIN_POPULATION) or best
        return best

    # -- internals -----------------------------------------------------------------------------
    def _preferred_kind(self, mention_text: str) -> str | None:
        last = mention_text.rsplit(None, 1)[-1].lower()
        return self._suffix_kinds.get(last) if last != mention_text.lower() else None

    def _tokens(self, base: int, chunk: str) -> list[list[tuple[int, int, str]]]:
        """Split a sequence into runs of (start, end, folded token); a possessive ends a run, and a capitalised
        preposition ("In Kabul, ...", "Two Killed In Attack Near Kandahar") stands between runs, not in one."""
        runs: list[list[tuple[int, int, str]]] = [[]]
        pos = base
        for raw in chunk.replace("\u00a0", " ").split(" "):
            start, end, word = pos, pos + len(raw), raw
            pos = end + 1
            if word in _TITLE_PREPOSITIONS:
                if runs[-1]:
                    runs.append([])
                continue
            possessive = word.endswith(_POSSESSIVE)
            if possessive:
                word, end = word[:-2], end - 2
            folded = self._folded.get(word)
            if folded is None:
                if len(self._folded) >= _TOKEN_CACHE_LIMIT:
                    self._folded.clear()
                folded = self._folded[word] = fold_place_name(word)
            runs[-1].append((start, end, folded))
            if possessive:
                runs.append([])
        return runs

    def _scan(self, text: str, base: int, chunk: str, out: list[PlaceMention], capitals: bool = False) -> None:
        plan = self._chunks.get(chunk)
        if plan is None:
            plan = self._plan(chunk)
            if len(self._chunks) >= _TOKEN_CACHE_LIMIT:
                self._chunks.clear()
            self._chunks[chunk] = plan
        for run, matches in plan:
            absolute = [(s + base, e + base, f) for s, e, f in run]
            for i, j, key in matches:
                self._accept(text, absolute, i, j, key, out, capitals)

    def _plan(self, chunk: str) -> _Plan:
        """Context-free part of a sequence scan (cached per sequence string): token runs with
        chunk-relative offsets and the (start, end, key) of their longest indexed sub-sequences."""
        plan = []
        for run in self._tokens(0, chunk):
            matches = []
            i, n = 0, len(run)
            while i < n:
                if run[i][2] in self._connectors and chunk[run[i][0]].islower():
                    i += 1
                    continue
                j, key = self._longest(chunk, run, i)
                if j:
                    matches.append((i, j, key))
                    i = j
                else:
                    i += 1
            if matches:
                plan.append((tuple(run), tuple(matches)))
        return tuple(plan)

    def _longest(self, text: str, run: list[tuple[int, int, str]], i: int) -> tuple[int, str]:
        """End index (exclusive) and key of the longest indexed sub-sequence starting at ``i``."""
        if len(run) - i == 1:  # the common case: a lone capitalised word
            key = self._indexed(strip_article(run[i][2]))
            return (i + 1, key) if key else (0, "")
        for j in range(min(len(run), i + MAX_TOKENS), i, -1):
            last = run[j - 1]
            if not last[2] or (last[2] in self._connectors and text[last[0]].islower()):
                continue
            key = self._indexed(strip_article(" ".join(t[2] for t in run[i:j])))
            if key:
                return j, key
        return 0, ""

    def non_place(self, name: str) -> bool:
        """Whether ``name`` is a listed non-place word or phrase (a weekday, a month, 'Pentagon', 'Middle East')."""
        return fold_place_name(name) in self._non_places

    def _indexed(self, key: str) -> str:
        """``key`` when the index holds it; else its loose form that the index holds ("Ma'arat al-Nu'man" for
        "Ma'arrat an Nu'man", :func:`loose_key`), unless the word is a listed non-place; else ""."""
        lookup = self.gazetteer.candidates_key
        if lookup(key):
            return key
        if key in self._non_places:
            return ""
        found = self._loose.get(key)
        if found is None:  # a name the index lacks comes back article after article (people, organisations)
            if len(self._loose) >= _TOKEN_CACHE_LIMIT:
                self._loose.clear()
            loose = loose_key(key)
            found = loose if lookup(loose) else (loose[1:] if loose[1:] != key and lookup(loose[1:]) else "")
            self._loose[key] = found
        return found

    def _accept(self, text: str, run: list[tuple[int, int, str]], i: int, j: int, key: str,
                out: list[PlaceMention], capitals: bool = False) -> None:
        start, end = run[i][0], run[j - 1][1]
        single = j - i == 1
        if (key in self._non_places and not ((suffix := self._cue_after.match(text, end)) and self._suffix_kinds.get(
                " ".join(suffix.group(1).lower().split())) == "admin1")) or end - start < 2 \
                or (end < len(text) and text[end].isdigit()):  # ("Sahel region, Burkina Faso": the region)
            return  # "cut off M5 highway", "the A1": a letter, or a road's code, is no place
        before = run[i - 1][2] if i > 0 else self._previous_word(text, start)
        if before in self._titles:
            return
        after = run[j][2] if j < len(run) else None
        if after in self._org_words and after not in self._region_services:
            return
        if not single and run[i][2] == "the":  # "The United States" -> "United States"
            start = run[i + 1][0]
        candidates = self.gazetteer.candidates_key(key)
        if after in self._region_services:  # "Imo Police", "Sindh Police": the region's own police, in that region
            if not any(c.kind == "admin1" for c in candidates):
                return
            out.append(PlaceMention(start, end, text[start:end],
                                    tuple(sorted(candidates, key=lambda p: p.kind != "admin1")), after))
            return
        if candidates[0].kind == "country":
            region = self._region_of_town(text, start, candidates, out)
            if region is not None:  # "Atlanta (Fulton, Georgia)": the US state, not the country
                out.append(PlaceMention(start, end, text[start:end], _first([region], candidates), "("))
                return
            town = self._town_in_named_region(text, end, candidates)
            if town:  # "Salvador (Bahia)", "San Jose (Occidental Mindoro)": the town, not the state it may name
                out.append(PlaceMention(start, end, text[start:end], _first(town, candidates),
                                        self._cue(text, start) or "("))
                return
            out.append(PlaceMention(start, end, text[start:end], candidates, self._cue(text, start)))
            return
        word = None
        if after is not None and after in self._suffix_kinds:  # "Borno State"
            word, end = after, run[j][1]
        elif after is None:
            suffix = self._cue_after.match(text, end)  # "Idlib province"
            if suffix:
                word, end = " ".join(suffix.group(1).lower().split()), suffix.end()
        cue = self._cue(text, start)
        if cue is None and out and text[out[-1].end:start].strip(" ,") in ("", "and", "or") and not (
                "," in text[out[-1].end:start] and out[-1].text.rsplit(None, 1)[-1].lower() in self._suffix_kinds):
            # "in Monguno and Damboa": a coordinated place shares the cue; "Mpeketoni town, Lamu county" is a
            # chain of a town and its region, no coordination
            cue = out[-1].cue
        if cue is None and not word and single and self._verb_after is not None \
                and (verb := self._verb_after.match(text, end)) is not None:
            cue = verb.group(1).split(None, 1)[0].lower()  # "fell", "was": the verb phrase stands for the cue
        if word:
            cue = cue or word
            kind = self._suffix_kinds.get(word)
            if kind:
                candidates = tuple(sorted(candidates, key=lambda p: p.kind != kind))
                # "Moscow oblast": the region the gazetteer names with its suffix ('Moscow Oblast'), not the city's
                # own region that shares its name
                named = [p for p in self.gazetteer.candidates_key(f"{key} {word}") if p.kind == kind]
                if named:
                    candidates = _first(named, candidates)
        elif single and not self._single_ok(text, run, i, j, candidates) and not (
                capitals and self._capitalised_ok(run, i, cue, candidates)):
            return
        if start and text[start - 1] == "(" and any(c.kind == "admin1" for c in candidates):
            # "Tessalit (Kidal)": ACLED-style notes name the region in parentheses, so its region reading comes
            # first ("near Bannang Sata (Yala)": Thailand's Yala province, not a town in Nepal also called Yala)
            cue = cue or "("
            candidates = tuple(sorted(candidates, key=lambda p: p.kind != "admin1"))
        parens = self._parenthesised_areas(text, end)
        if parens is None:
            # "Lianga (Surigao del Sur)": a province or district GeoNames keeps below admin1 vouches for its town
            inside2 = self._in_parenthesised_admin2(text, end, candidates)
            if inside2:
                candidates, cue = _first(inside2, candidates), cue or "("
        if parens is not None:  # ACLED-style "Town (District, Region)"
            areas, names = parens
            inside = _within(candidates, areas, names)
            if not inside:  # "Batumi (Georgia)": the country, not the US state, vouches for the town
                named_countries = {c.iso2 for name in names for c in self.gazetteer.candidates_key(name)[:1]
                                   if c.kind == "country"}
                inside = [p for p in candidates if p.iso2 in named_countries]
            if inside:
                candidates = _first(inside, candidates)  # "Mokolo (Far North)", "Ariha (Idleb)": the region vouches
            elif len({iso2 for iso2, _ in areas}) == 1 or (
                    cue is None and single and (key in self._cue_required or self._weak_single(text, start, end,
                                                                                                candidates))):
                return  # "Boni (Mopti)": a town the gazetteer lacks, not a namesake elsewhere (Bonn)
        elif cue is None and single and alone_in_parentheses(text, start, end) and (
                text[end] == ")" or (in_region := self._in_region_after(text, start, candidates))):
            # "Mayikengo (Lubero)", "Qabatiya (Jenin)": a town named as the area of the name before it; first of
            # several ("Sinam (Jiribam, Manipur)") only when it lies in the region the parentheses go on to name
            cue = "("
            if text[end] == ",":
                candidates = in_region
        elif cue is None and single:
            if key in self._cue_required or self._weak_single(text, start, end, candidates):
                return
            if candidates[0].kind not in _AREA_KINDS and candidates[0].population < SINGLE_TOKEN_MIN_POPULATION:
                # kept for its region reading ("Sinaloa", not the village Sinaloa de Leyva): the region comes first
                candidates = tuple(sorted(candidates, key=lambda p: p.kind not in _AREA_KINDS))
        out.append(PlaceMention(start, end, text[start:end], candidates, cue))

    def _single_ok(self, text: str, run: list[tuple[int, int, str]], i: int, j: int,
                   candidates: tuple[Place, ...]) -> bool:
        """A single token inside a longer capitalised run is a person or organisation name part."""
        if j < len(run) and not (run[j][2] in self._connectors and text[run[j][0]].islower()) \
                and not (j + 1 == len(run) and run[j][2] in self._identity_nouns) \
                and not part_after(text, run, j, self._connectors, self._non_places):
            return False  # "Usman Abba", "Goma Airport" (but "Belfast Catholic", "Aleppo Old City": the town's)
        return i == 0 or (run[i - 1][2] in self._connectors and text[run[i - 1][0]].islower())

    def _capitalised_ok(self, run: list[tuple[int, int, str]], i: int, cue: str | None,
                        candidates: tuple[Place, ...]) -> bool:
        """In text that was written in capitals, a lone name inside a longer run ('In Lima Car Bomb', 'Shelling
        Of Zakho') is a place when a locative cue precedes it or it follows a connector ('Of'): the words after it
        are capitalised only because every word is; so is a big town or a region that opens the run ('Sarajevo
        Mortars Kill 14': a modifier, as 'Sarajevo mortars' would be in lower case)."""
        if cue is not None or (i > 0 and run[i - 1][2] in self._connectors):
            return True
        best = candidates[0]
        return i == 0 and (best.kind in _AREA_KINDS or best.population >= SINGLE_TOKEN_MIN_POPULATION)

    @staticmethod
    def _weak_single(text: str, start: int, end: int, candidates: tuple[Place, ...]) -> bool:
        """A lone token without cue needs an admin1 region or a big place, and no acronym look. A town that
        shares its name with a region ("Daraa", "Guanajuato", "Kandahar": a capital named after its province)
        counts as that region: either reading puts the event in the same country."""
        best = candidates[0]
        if best.kind not in _AREA_KINDS and best.population < SINGLE_TOKEN_MIN_POPULATION and not any(
                c.kind in _AREA_KINDS for c in candidates):
            return True
        return text[start:end].isupper() and end - start <= 5

    @staticmethod
    def _region_of_town(text: str, start: int, candidates: tuple[Place, ...],
                        out: list[PlaceMention]) -> Place | None:
        """The admin1 reading of a country's name standing in ACLED-style parentheses right after a town ('Atlanta
        (Fulton, Georgia)', 'Tbilisi (Georgia)' stays the country) when the town has a reading inside that admin1
        of another country: the parentheses name the town's regions, not a foreign state."""
        opened = text.rfind("(", max(0, start - 80), start)
        # the name before the parentheses (a town first in them, 'Fulton' in '(Fulton, Georgia)', is not it)
        before = next((m for m in reversed(out) if m.end <= opened), None)
        if opened < 0 or before is None or ")" in text[opened:start] or text[before.end:opened].strip():
            return None
        country = candidates[0].iso2
        town = {(p.iso2, p.admin1) for p in before.candidates if p.kind == "place"}
        return next((c for c in candidates if c.kind == "admin1" and c.iso2 != country
                     and (c.iso2, c.admin1) in town), None)

    def _in_region_after(self, text: str, start: int, candidates: tuple[Place, ...]) -> tuple[Place, ...]:
        """``candidates`` with those inside a region the parentheses ``start`` opens name first ('Jiribam' in
        '(Jiribam, Manipur)'), or () when none lies there ('Soum' in '(Soum, Sahel)' is no Senegalese town)."""
        parens = self._parenthesised_areas(text, start - 2)
        inside = _within(candidates, parens[0]) if parens is not None else []
        return _first(inside, candidates) if inside else ()

    def _town_in_named_region(self, text: str, end: int, candidates: tuple[Place, ...]) -> list[Place]:
        """``place.country_name_town``: the towns among a country's name's readings ('Salvador', 'San Jose') that
        lie in a region of another country the ACLED-style parentheses right after it name ('(Bahia)',
        '(Occidental Mindoro)'), or []."""
        parens = self._parenthesised_areas(text, end) if text[end:end + 2] == " (" else None
        if parens is None:
            return []
        areas, names = parens
        country = candidates[0].iso2
        if any(iso2 == country for iso2, _ in areas):
            return []  # "Kuwait (Al Asimah)": the country's own region, the country's capital stays
        return [p for p in _within(candidates, areas, names) if p.iso2 != country]

    def _parenthesised_areas(self, text: str, end: int) -> tuple[set[tuple[str, str | None]], set[str]] | None:
        """The admin1 regions (iso2, name) and the names of ACLED-style parentheses right after a name ('Town
        (District, Region)'), or None when no parentheses follow or they name no region."""
        names = _parenthesised_names(text, end)
        if names is None:
            return None
        areas: set[tuple[str, str | None]] = {(p.iso2, p.admin1) for name in names
                                               for p in self.gazetteer.candidates_key(name)
                                               if p.kind in _AREA_KINDS and p.admin1}
        return (areas, names) if areas else None

    @staticmethod
    def _in_parenthesised_admin2(text: str, end: int, candidates: tuple[Place, ...]) -> list[Place]:
        """The candidates whose second-level unit ('Province of Surigao del Sur', 'Bishnupur') is named in
        ACLED-style parentheses right after the name."""
        names = _parenthesised_names(text, end)
        if names is None:
            return []
        return [p for p in candidates if p.admin2 and (normalize_place_name(_ADMIN2_AFFIX.sub("", p.admin2)) in names
                                                       or normalize_place_name(admin2_display_name(p.admin2)) in names)]

    def _cue(self, text: str, start: int) -> str | None:
        """The longest listed cue phrase ending right before ``start`` (an optional "the" skipped)."""
        words = _words_before(text, start)
        if words and words[-1].rstrip(",") in self._apposition_heads:
            self._drop_apposition(words)  # "in the Libyan capital Tripoli", "in Senegal's capital, Dakar"
        if words and words[-1][-1] in ",;:":
            return None  # "Mpeketoni town, Lamu county": the word before a comma is another name's suffix, no cue
        if words and words[-1] == "the":
            words.pop()
        if words and words[-1].rstrip(",") in _DIRECTIONS:  # "in northern DR Congo", "in the restive north-west"
            words.pop()
            if words and words[-1] == "the":
                words.pop()
        return self._longest_cue(words)

    @staticmethod
    def _drop_apposition(words: list[str]) -> None:
        """Pop a head noun the name stands in apposition to and its determiner: 'in the Libyan capital Tripoli',
        'in Senegal's capital, Dakar', 'in the port city Aden' then read as 'in Tripoli' (``words`` lower case). The
        words are kept when no 'the' or possessive comes within three words of the head ('rebels attacked city
        Dakar' has none)."""
        for back in range(2, min(len(words), 5) + 1):
            word = words[-back]
            if word == "the" or word.endswith(("'s", "\u2019s")):
                del words[-back:]
                if word != "the" and words and words[-1] == "the":  # "in the country's capital"
                    words.pop()
                return
            if not word.replace("-", "").isalpha():
                return

    def _longest_cue(self, words: list[str]) -> str | None:
        """The longest listed cue phrase the (lower-case) ``words`` end with."""
        for width in range(min(self._cue_width, len(words)), 0, -1):
            phrase = " ".join(words[-width:]).strip(",;:")
            if phrase in self._cues_before:
                return phrase
        return None

    @staticmethod
    def _previous_word(text: str, start: int) -> str:
        """The word just before ``start`` (lower case, a trailing period dropped), "" if none."""
        window = text[max(0, start - 24):start]
        if not window or not window[-1].isspace():
            return ""
        words = window.split()
        return words[-1].rstrip(".").lower() if words else ""
