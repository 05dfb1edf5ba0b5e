"""Identity militias the dictionaries do not list: 'Twa militiamen', 'Amhara militia', 'Lou Nuer clan militia'.

A generic militia noun right after a capitalised community name no dictionary knows is that community's militia,
ACLED's '<Name> Ethnic Militia (<Country>)', identity militia (inter 4); the name joins the mention
(``form.ethnic_militia``). A clan or tribal noun ('Rahanweyn clan militia', 'Hawiye clansmen', 'Murad
tribesmen') takes '<Name> Clan Militia (<Country>)' or '<Name> Tribal Militia (<Country>)' (``form.clan_militia``,
``form.tribal_militia``) when those forms exist. The word lists are data: ``communal_names`` in
resources/dictionaries/actor_forms.json.

``actor.armed_named`` (:meth:`CommunalNamer.armed`): a people's name between 'armed' and a group noun ('armed
Meitei groups', 'armed Fulani men', 'Kuki armed groups', this order only for a people the dictionary knows) names that people's militia: the group the dictionary
lists for '<Name> militia' / '<Name> militants' / ... when there is one, else '<Name> Ethnic Militia (<Country>)'.
"""

from __future__ import annotations

import re
from typing import Any

from coder.match.actors import ActorMatcher, ActorMention, entry_mention
from coder.match.rows import IDENTITY_INTER, ActorForm

_GROUP_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?[ \t]){1,2})\Z")  # "Twa ", "Lou Nuer "
_REACH = 30  # characters before the noun searched for the community name
_NAME = r"((?:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?[ \t]){1,2})"
# "armed Meitei groups", "Armed Fulani men"; "Kuki armed groups"
_ARMED_NAMED = re.compile(r"(?<![\w-])[Aa]rmed[ \t]+" + _NAME + r"(?:groups?|men|militias?|militiamen|fighters|gangs|youths?)\b")
_NAMED_ARMED = re.compile(r"(?<![\w-])" + _NAME + r"armed[ \t]+(?:groups?|men|militias?|fighters|gangs|youths?)\b")
# "Dinka and ", "Hawiye and ": a second people named before another's militia ("Dinka and Nuer militias"); a
# capitalised word before it may begin a two-word name the dictionary lists ("Habar Gidir and Abgaal clan militias")
_PAIRED_BEFORE = re.compile(r"(?<![\w-])(?:([A-Z][a-z]{2,})[ \t]+)?([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)[ \t]+and[ \t]+\Z")
_PAIR_REACH = 30  # characters before a militia searched for the first people's name
# what the dictionary calls a people's militia: '<name> militia', '<name> militants', ...
_MILITIA_ALIASES = ("militia", "militants", "militiamen", "armed groups", "gunmen", "ethnic militia")
# "Kuki gunmen", "Meitei armed volunteers": a people's name before a noun for armed men (actor.people_armed_noun)
_PEOPLE_NOUN_WORDS = ("gunmen", "fighters", "volunteers")
_PEOPLE_NOUN = re.compile(r"(?<![\w-])" + _NAME + r"(?:armed[ \t]+|village[ \t]+)?(?:gunmen|fighters|volunteers)\b")


class CommunalNamer:
    """Names the militias of communities the dictionaries do not know. Build once per Coder."""

    def __init__(self, forms: dict[str, ActorForm], data: dict[str, Any], matcher: ActorMatcher | None = None) -> None:
        """``forms``: the generic name templates by form; ``data``: actor_forms.json's ``communal_names``;
        ``matcher``: the actor matcher, whose militia aliases name a known people ('Kuki militants')."""
        self._forms = forms
        self._matcher = matcher
        self._agents = frozenset(data["agents"])
        self._nouns = frozenset(data["militia_nouns"])
        self._kin_forms: dict[str, str] = dict(data["kin_forms"])
        self._not_community = frozenset(data["not_community"])

    def name(self, text: str, actors: list[ActorMention]) -> list[ActorMention]:
        """``actors`` with each militia noun after an unknown community name replaced by that community's militia."""
        form = self._forms.get("ethnic_militia")
        if form is None:
            return actors
        out: list[ActorMention] = []
        for actor in actors:
            if actor.entry_id in self._agents and actor.text.lower() in self._nouns and actor.start > 3:
                found = _GROUP_BEFORE.search(text, max(0, actor.start - _REACH), actor.start)
                words = found.group(1).split() if found else []
                if found and not any(w in self._not_community for w in words) \
                        and (not out or out[-1].end <= found.start()):
                    group = " ".join(words)
                    used = self._forms.get(self._kin_forms.get(actor.text.lower().split(" ", 1)[0], ""), form)
                    actor = ActorMention(found.start(), actor.end, text[found.start():actor.end],
                                         f"{used.entry_id}:{group}", "armed_group", used.name.replace("{group}", group),
                                         used.inter, None, used.cameo, "UAF")
            out.append(actor)
        return out

    def paired(self, text: str, actors: list[ActorMention]) -> list[ActorMention]:
        """``actor.paired_militias``: ``actors`` with the first people of '<Name> and <Name> <militia noun>'
        ('Dinka and Nuer militias', 'Hawiye and Darod clan militias') named as a militia of its own: the group the
        dictionary lists for '<Name> <noun>', else the same form (ethnic, clan, tribal) as the second people's."""
        out: list[ActorMention] = []
        for actor in actors:
            if actor.inter == IDENTITY_INTER and actor.kind == "armed_group" and actor.start > 5 \
                    and text.startswith("and", actor.start - 4):
                found = _PAIRED_BEFORE.search(text, max(0, actor.start - _PAIR_REACH), actor.start)
                mention = self._paired_mention(text, found, actor, actors) if found else None
                if mention is not None and (not out or out[-1].end <= mention.start):
                    out.append(mention)
            out.append(actor)
        return out

    def _paired_mention(self, text: str, found: re.Match[str], actor: ActorMention,
                        actors: list[ActorMention]) -> ActorMention | None:
        name = found.group(2)
        if name in self._not_community or any(a.start < found.end(2) and a.end > found.start(2) for a in actors):
            return None  # a country, a named force, a generic word: no people
        start, end = found.start(2), found.end(2)
        parts = actor.text.split(None, 1)
        nouns = ((parts[1],) if len(parts) == 2 else ()) + _MILITIA_ALIASES
        if found.group(1) is not None and self._matcher is not None:  # "Habar Gidir": a listed two-word name
            entry = self._matcher.armed_group(text[found.start(1):end], nouns)
            if entry is not None:
                return entry_mention(found.start(1), end, text[found.start(1):end], entry)
        entry = self._matcher.armed_group(name, nouns) if self._matcher is not None else None
        if entry is not None:
            return entry_mention(start, end, text[start:end], entry)
        form_id = actor.entry_id.split(":", 1)[0]
        form = next((f for f in self._forms.values() if f.entry_id == form_id), self._forms.get("ethnic_militia"))
        if form is None:
            return None
        return ActorMention(start, end, text[start:end], f"{form.entry_id}:{name}", "armed_group",
                            form.name.replace("{group}", name), form.inter, None, form.cameo, "UAF")

    def people_nouns(self, text: str, actors: list[ActorMention]) -> list[ActorMention]:
        """``actor.people_armed_noun``: '<People> gunmen' / '<People> fighters' / '<People> (armed) volunteers'
        ('Kuki gunmen', 'Meitei armed volunteers') as that people's militia, for a people whose militia the
        dictionary lists ('Kuki militants' -> Kuki Ethnic Militia (India), identity militia) and no other word;
        an unknown name before the noun stays what the noun is ('gunmen': an unidentified armed group)."""
        if self._matcher is None or not any(noun in text for noun in _PEOPLE_NOUN_WORDS):
            return actors  # a literal scan first
        found: list[ActorMention] = []
        for noun in _PEOPLE_NOUN_WORDS:
            at = text.find(noun)
            while at > 3:
                match = _PEOPLE_NOUN.search(text, max(0, at - _REACH), at + len(noun) + 1)
                if match is not None and match.end() > at and (not found or found[-1].end <= match.start()):
                    mention = self._people_mention(text, match, actors)
                    if mention is not None:
                        found.append(mention)
                at = text.find(noun, at + len(noun))
        found.sort(key=lambda a: a.start)
        return with_mentions(actors, found)

    def _people_mention(self, text: str, match: re.Match[str], actors: list[ActorMention]) -> ActorMention | None:
        words = match.group(1).split()
        if any(word in self._not_community for word in words):
            return None
        for actor in actors:  # a country's demonym or a named group before the noun: not a people
            if actor.start < match.end(1) and actor.end > match.start(1) and actor.kind != "agent":
                return None
        assert self._matcher is not None
        entry = self._matcher.armed_group(" ".join(words), _MILITIA_ALIASES)
        if entry is None or entry.inter != IDENTITY_INTER:
            return None
        return entry_mention(match.start(), match.end(), text[match.start():match.end()], entry)

    def armed(self, text: str, actors: list[ActorMention]) -> list[ActorMention]:
        """``actor.armed_named``: ``actors`` with 'armed <Name> <noun>' / '<Name> armed <noun>' as that people's
        militia, where the name is no country, no dictionary actor of another kind and no generic word."""
        if text.find("rmed ") < 0:  # a literal scan first: the phrase is rare
            return actors
        form = self._forms.get("ethnic_militia")
        if form is None:
            return actors
        found: list[ActorMention] = []
        for pattern in (_ARMED_NAMED, _NAMED_ARMED):
            for start, end, name_start, name_end in _around_armed(pattern, text):
                mention = self._armed_mention(text, start, end, name_start, name_end,
                                              actors, form if pattern is _ARMED_NAMED else None)
                if mention is not None:
                    found.append(mention)
        return with_mentions(actors, found)

    def people_militia(self, text: str, start: int, end: int, name_start: int, name_end: int,
                       actors: list[ActorMention]) -> ActorMention | None:
        """The militia of the people named at ``text[name_start:name_end]``, as a mention spanning ``start:end``."""
        return self._armed_mention(text, start, end, name_start, name_end, actors, self._forms.get("ethnic_militia"))

    def tribe_militia(self, text: str, start: int, end: int, name_start: int, name_end: int,
                      actors: list[ActorMention]) -> ActorMention | None:
        """The militia of the tribe named at ``text[name_start:name_end]`` ('Bani Malik', 'Al Garamsha' without
        its article, 'Al Bu Muhammad' with it), '<Name> Tribal Militia (<Country>)', as a mention over
        ``start:end``."""
        if text.startswith("Al ", name_start) and not text.startswith("Al Bu ", name_start):
            name_start += 3
        return self._armed_mention(text, start, end, name_start, name_end, actors, self._forms.get("tribal_militia"))

    def _armed_mention(self, text: str, start: int, end: int, name_start: int, name_end: int,
                       actors: list[ActorMention], form: ActorForm | None) -> ActorMention | None:
        """The militia 'armed <Name> <noun>' names; ``form`` None: only a people the dictionary knows (the
        name before 'armed' may be any capitalised word: 'Two armed men')."""
        words = text[name_start:name_end].split()
        for word in words:
            if word in self._not_community:
                return None
        group = " ".join(words)
        entry = self._matcher.armed_group(group, _MILITIA_ALIASES) if self._matcher is not None else None
        if entry is not None:
            return entry_mention(start, end, text[start:end], entry)
        if form is None:
            return None
        for actor in actors:  # a country's demonym, a named force: not a people the rule may name
            if actor.start < name_end and actor.end > name_start and actor.kind != "agent":
                return None
        return ActorMention(start, end, text[start:end], f"{form.entry_id}:{group}", "armed_group",
                            form.name.replace("{group}", group), form.inter, None, form.cameo, "UAF")


_ARMED_REACH = 60  # characters searched before an 'armed' for the name and after it for the noun
# "members of the Hema community", "youths from the Tiv community"; "Kuki community members"
_MEMBER = r"(?:members|youths?|men|fighters|militiamen|vigilantes)"
_MEMBERS_OF_THE = r"(?<![\w-])(?i:" + _MEMBER[3:-1] + r")[ \t]+(?:of|from)[ \t]+the[ \t]+"  # any case: a sentence start
_MEMBERS_OF = re.compile(_MEMBERS_OF_THE + _NAME + r"(?:community|communities|ethnic[ \t]+group|tribe)\b")
_COMMUNITY_MEMBERS = re.compile(r"(?<![\w-])" + _NAME + r"(?:community|communities)[ \t]+" + _MEMBER + r"\b")
# "members of the Kuki and Meitei communities": the two peoples' militias
_MEMBERS_OF_TWO = re.compile(_MEMBERS_OF_THE + r"([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)[ \t]+and[ \t]+" + _NAME
                             + r"communities\b")
# "members of the Bani Malik tribe", "gunmen from the Al Bu Muhammad tribe", "members of the Bani Malik and Al
# Garamsha tribes": a tribe's name may open with Al, Bani, Beni, Bu or Albu (actor.tribe_side)
_TRIBE = r"((?:(?:Al|Bani|Beni|Bu|Albu|Abu)[ \t]+){0,2}[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?:[ \t][A-Z][a-z]{2,})?)"
_TRIBE_MEMBERS_OF = _MEMBERS_OF_THE.replace("vigilantes", "vigilantes|gunmen|tribesmen")
_MEMBERS_OF_TRIBE = re.compile(_TRIBE_MEMBERS_OF + _TRIBE + r"[ \t]+tribe\b")
_MEMBERS_OF_TWO_TRIBES = re.compile(_TRIBE_MEMBERS_OF + _TRIBE + r"[ \t]+and[ \t]+(?:the[ \t]+)?" + _TRIBE
                                    + r"[ \t]+tribes\b")
# the other side of a fight: "clashed with the Sawaed tribe", "fought gunmen of the Bani Kaab tribe"
_WITH_TRIBE = re.compile(r"\b(?:clashed|clashes|fought|fighting|exchanged\s+fire)\s+(?:with\s+|against\s+)?"
                         r"(?:(?:members|gunmen|fighters|tribesmen)\s+(?:of|from)\s+)?the[ \t]+" + _TRIBE
                         + r"[ \t]+tribe\b")
_COMMUNITY_REACH = 70  # characters before a 'communit' searched for its phrase
_SUBJECT_GAP = re.compile(r"[ \t]*(?:(?:have|has|had|reportedly|allegedly|also|then|on|[A-Z][a-z]+day|[\d,]+)[ \t]+)*\Z")
# what a community's members do as a side: fight, attack, kill, abduct, burn (not protest, riot or sign)
SIDE_CLASSES = frozenset({"massacre", "ethnic_cleansing", "sexual_violence", "abduction", "ambush", "armed_clash",
                          "assassination", "assassination_attempt", "attack", "killing", "killing_physical", "looting",
                          "arson", "destruction", "nonstate_overtakes"})


def community_subjects(namer: CommunalNamer, text: str, actors: list[ActorMention],
                       triggers: list[Any]) -> list[ActorMention]:
    """``actor.community_side``: the militias of peoples named as '<members> of the <Name> community' / '<Name>
    community members' ('<Name> Ethnic Militia (<Country>)', or the group the dictionary lists) where the phrase is
    the subject of a fight or an attack told right after it ('members of the Hema community attacked ...'); as
    victims or protesters they stay who they are (civilians, protesters). ``actors`` tell a people's name from a
    country's or a named force's. Searched only around each 'communit' (a rare word)."""
    found = _subjects(namer, text, actors, triggers, " tribe", (_MEMBERS_OF_TRIBE, _MEMBERS_OF_TWO_TRIBES))
    if found and " tribe" in text:  # the tribe a tribe's militia fought
        for match in _WITH_TRIBE.finditer(text):
            other = namer.tribe_militia(text, match.start(1), match.end(), match.start(1), match.end(1), actors)
            if other is not None and all(other.end <= m.start or other.start >= m.end for m in found):
                found.append(other)
        found.sort(key=lambda a: a.start)
    return found + _subjects(namer, text, actors, triggers, "ommunit",
                             (_MEMBERS_OF, _COMMUNITY_MEMBERS, _MEMBERS_OF_TWO))


def _subjects(namer: CommunalNamer, text: str, actors: list[ActorMention], triggers: list[Any], cue: str,
              patterns: tuple[re.Pattern[str], ...]) -> list[ActorMention]:
    """The militias :func:`community_subjects` finds around each ``cue`` with ``patterns`` (the last of which names
    two peoples or tribes); tribes take the tribal form."""
    found: list[ActorMention] = []
    tribal = cue == " tribe"
    name = namer.tribe_militia if tribal else namer.people_militia
    at = text.find(cue)
    while at >= 0 and triggers:
        lo, hi = max(0, at - _COMMUNITY_REACH, found[-1].end if found else 0), min(len(text), at + 30)
        for pattern in patterns:
            match = pattern.search(text, lo, hi)
            if match is None or match.start() > at or match.end() <= at:
                continue
            trigger = next((t for t in triggers if t.start >= match.end()), None)
            if trigger is None or trigger.cls not in SIDE_CLASSES or trigger.start - match.end() > 40 \
                    or _SUBJECT_GAP.match(text[match.end():trigger.start]) is None:
                continue
            if pattern is patterns[-1]:  # each people's militia over its own name
                pair = [name(text, match.start(i), match.end(i), match.start(i), match.end(i), actors)
                        for i in (1, 2)]
                found.extend(m for m in pair if m is not None)
            else:
                mention = name(text, match.start(), match.end(), match.start(1), match.end(1), actors)
                if mention is not None:
                    found.append(mention)
            break
        at = text.find(cue, max(at + len(cue), found[-1].end if found else 0))
    return found


def with_mentions(actors: list[ActorMention], found: list[ActorMention]) -> list[ActorMention]:
    """``actors`` with the mentions ``found`` (militias the namer composed) in place of those they cover."""
    if not found:
        return actors
    out = [a for a in actors if all(a.end <= m.start or a.start >= m.end for m in found)] + found
    out.sort(key=lambda a: a.start)
    return out


def _around_armed(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, name start, name end) of ``pattern``'s non-overlapping matches, as ``finditer`` over the text
    gives them, searched only around each 'armed ': every match holds one, and a scan of the whole text from
    every capital letter costs more than the rest of the rule."""
    out: list[tuple[int, int, int, int]] = []
    at = text.find("rmed ")
    while at >= 0:
        pos = max(0, at - 1 - _ARMED_REACH, out[-1][1] if out else 0)
        match = pattern.search(text, pos, min(len(text), at + 5 + _ARMED_REACH))
        while match is not None and match.start() <= at:
            if not out or match.start() >= out[-1][1]:
                out.append((match.start(), match.end(), match.start(1), match.end(1)))
            match = pattern.search(text, match.end(), min(len(text), at + 5 + _ARMED_REACH))
        at = text.find("rmed ", at + 5)
    return out
