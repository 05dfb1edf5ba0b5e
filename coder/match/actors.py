"""Find actor mentions in text: one Aho-Corasick pass over every alias of the actor dictionaries.

Rules, in order:
1. Matching is case-insensitive on the lower-cased text, except for ALL-CAPS acronyms ("KH", "IS", "AA",
   "PDF", "U.S.") and aliases flagged ambiguous ("Jordan", "Chad", "Turkey"), which must match as written.
2. A match must stand alone: no word character right before or after it (``(?<!\\w)``/``(?!\\w)``), so
   "al-Shabaab's" matches "al-Shabaab" and "crisis" does not match "ISIS".
3. Leftmost-longest, non-overlapping selection ("Islamic State Sahel Province" beats "Islamic State").
4. A country name or demonym directly followed by an agent that takes a country composes one mention
   ("Syrian army" -> Military Forces of Syria, SYRMIL); ``compose_only`` agents ("forces", "drones") exist
   only in such a composition. A named group directly followed by a non-state agent absorbs it
   ("Al-Shabaab militants", "ADF-linked gunmen" are one mention of the group); a named state organ or a
   composed force absorbs an agent of its own sector ("Sudanese army troops", "US Army soldiers").
   A generic agent right before a name is a descriptor of it ("the paramilitary Frontier Corps", "the
   rebel group M23"), and so are member nouns joined by "of"/"from" ("fighters of the Rapid Support
   Forces", "troops of the Malian army"): the name's mention starts at the descriptor.
5. An ambiguous title-case alias not composed is dropped when it sits in a run of capitalised words
   ("Michael Jordan", "Niger State" style): the previous word (mid-sentence) or the next word is capitalised.
6. A name repeated as a bracketed acronym right after it ("Rapid Support Forces (RSF)") is one mention.
7. ``exclude`` phrases ("New Mexico", "Latin American") win the longest match and are then dropped.
Country, capital and demonym mentions stay kind ``country``: the event engine decides actor or place.
Agents without a composed country keep their ``{country}`` templates and ``country=None``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick

from coder.dictionaries.actors import ActorDictionary, ActorEntry, load_actor_dictionary
from coder.text.normalize import lower_same_length, title_words
from coder.text.scan import unfolded

# roles of a surface form
_ALIAS, _DEMONYM, _CAPITAL, _EXCLUDE = 0, 1, 2, 3
_COMPOSE_GAP = re.compile(r"(?:'s|’s)?[ \t]{1,3}\Z")
_ABSORB_GAP = re.compile(r"[ \t]{1,3}\Z")
_PERIOD = re.compile(r" \((?:1[89]|20)\d\d-(?:(?:1[89]|20)\d\d)?\)")  # " (2015-2023)", " (2022-)"
# "ADF-linked gunmen", "IS-affiliated militants": the hyphenated tie names the group itself
_AFFILIATE_GAP = re.compile(r"(?:[ \t]{1,3}|-(?:affiliated|linked|allied|aligned)[ \t]{1,3})\Z")
# plural nouns naming a group's members, absorbed after a group name ("Hezbollah fighters")
# ("LTTE suicide commandos": the group's own raiders, not a state's commandos)
_MEMBER_WORDS = re.compile(r"(?:-(?:affiliated|linked|allied|aligned))?[ \t]{1,3}(?:suicide[ \t]{1,3}(?=commandos))?"
                           r"(?:fighters|members|operatives|cadres|elements|loyalists|commanders|affiliates|units|forces"
                           r"|troops|soldiers|commandos)(?!\w)")
# a group alias ending in a plural member noun ("Anglophone separatists") also names the group in its singular,
# modifier form before a member noun ("Anglophone separatist fighters", "a Houthi rebel commander")
_SINGULAR_MODIFIER = {"separatists": "separatist", "rebels": "rebel", "militants": "militant",
                      "insurgents": "insurgent", "jihadists": "jihadist", "islamists": "islamist",
                      "guerrillas": "guerrilla", "militias": "militia", "secessionists": "secessionist"}
# a generic agent used as a descriptor before a name: "the paramilitary Frontier Corps", "rebel group M23"
_DESCRIPTOR_GAP = re.compile(r"[ \t]{1,3}(?:(?:group|outfit|faction|movement|organi[sz]ation)[ \t]{1,3})?\Z")
# member nouns before a name: "fighters of the Rapid Support Forces", "troops from the Sudanese army"
_MEMBERS_OF = re.compile(r"(?<![\w-])(?:fighters|militants|militiamen|militia|militias|members|gunmen|troops"
                         r"|soldiers|combatants|elements|units|rebels|insurgents|operatives|cadres|commandos"
                         r"|forces|loyalists)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)
_MEMBERS_OF_REACH = 40
_MEMBERS_OF_TAILS = ("of ", "the ", "from ")
_TAIL_LETTERS = frozenset("femFEM")  # last letters of those words: a cheap test before the regex
_NAMED_KINDS = frozenset({"armed_group", "state_organ", "igo"})
_CROWD = "agt.crowd"  # 'supporters', 'a crowd of': whom supporters back (_SUPPORT_OF) is no side of their acts
_SUPPORTED_KINDS = frozenset({"armed_group", "state_organ", "agent"})
_SUPPORT_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
NON_STATE_ARMED_INTERS = frozenset({2, 3, 4})  # rebels, political militias, identity militias
CIVILIAN_INTER = 7
STATE_INTER = 1
IDENTITY_INTER = 4  # identity (communal, ethnic, clan) militias
_DESCRIPTOR_INTERS = frozenset({1, 2, 3, 4})  # agents that can describe an armed name (not civilians, crowds)
# an ambiguous alias followed by a place noun names the place ("in Miraflores district"), no actor
_PLACE_WORD_AFTER = re.compile(r"\s+(?:district|town|city|village|province|neighbou?rhood|suburb|department|county|"
                               r"municipality)\b")
# a country or demonym that opens a company's name ("Indian Oil Corporation", "British Petroleum Company")
_COMPANY_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w&'-]*){0,3}[ \t]+(?:Corporation|Company|Companies|Airlines|Airways|"
                            r"Railways|Limited|Ltd|Inc|Bank|Petroleum|Oil)\b")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")
_PREV_WORD = re.compile(r"([^\W\d_][\w'.-]*)[ \t]+\Z")
_PREV_CONTEXT = 40
_NAME_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")  # a word of a person's name after a title ("President Nyusi")
_NAME_WORDS_MAX = 4
# lower-case particles inside personal names ("al-Sharaa", "bin Salman", "ould Ghazouani", "da Silva", "van der")
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "az", "an", "ar", "at", "bin", "ibn", "bint", "ould", "ag",
                             "abu", "de", "da", "das", "dos", "do", "del", "della", "di", "du", "van", "von", "der",
                             "den", "la", "le"})
PARTY_PREFIX = "pty."  # entry ids of parties (parties.jsonl): a mention of a party's members
PARTY_UNRESOLVED = "?"  # entry-id tail of a party mention whose name several parties share (resolved by country)
_PARTY_FORMS = "actor_forms.json"  # its party_members block: the member nouns
TITLED = ":title"  # entry-id suffix of a title before a person's name ("President Nyusi" -> agt.government_weak:title)
_NON_STATE_SECTORS, _HELD_MEMBERS = frozenset({"UAF", "REB"}), frozenset({"agt.prisoners"})  # ("IS detainees")
_TITLED_MIN = 3  # shorter acronyms ("IS", "AA") read as words once uncapped


# treated as immutable; not frozen, because a frozen dataclass's __init__ costs 5x and matchers make many
@dataclass(slots=True, unsafe_hash=True)
class ActorMention:
    start: int
    end: int
    text: str
    entry_id: str
    kind: str
    name: str
    inter: int
    country: str | None  # ISO3
    cameo: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class _Form:
    entry: int  # index into the matcher's entry list
    role: int
    exact: str | None  # the written form when case must match
    ambiguous: bool
    titled: str | None = None  # an acronym as text written in capitals reads once uncapped ('UNITA' -> 'Unita')
    party: bool = False  # the phrase also names a party (parties.jsonl): it names a side with a member noun


def _is_acronym(form: str) -> bool:
    return any(c.isupper() for c in form) and not any(c.islower() for c in form)


def _surface_forms(entry: ActorEntry) -> list[tuple[str, int]]:
    forms: list[tuple[str, int]] = []
    if "{" not in entry.name:
        forms.append((entry.name, _ALIAS))
    forms += [(a, _ALIAS) for a in entry.aliases]
    forms += [(d, _DEMONYM) for d in entry.demonyms]
    forms += [(c, _CAPITAL) for c in entry.capitals]
    forms += [(x, _EXCLUDE) for x in entry.exclude]
    return forms


class ActorMatcher:
    """Finds actor mentions; build once per dictionary, call :meth:`find` per text. Pickles as a path."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._entries: tuple[ActorEntry, ...] = dictionary.entries
        self._party_ids, self._party_after, self._party_of, self._shared_after = self._party_patterns()
        self._phrases = self._lexicon()
        self._automaton = ahocorasick.Automaton()
        for key, value in self._phrases.items():
            self._automaton.add_word(key, value)
        self._automaton.make_automaton()

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str(self.dictionary.path),))

    def _party_patterns(self) -> tuple[dict[str, str], re.Pattern[str] | None, re.Pattern[str] | None,
                                       re.Pattern[str] | None]:
        """Lower-cased party name -> the entry id its members' mention takes (``pty.x``, or ``pty.x|pty.y|?`` when
        several parties share it or it is ambiguous: the article's country picks, coder.pipeline); and the member
        nouns after a party's name and before it with 'of', and those after a name an armed group shares, from
        actor_forms.json's ``party_members``."""
        ids: dict[str, list[str]] = {}
        unsure: set[str] = set()
        for entry in self._entries:
            if entry.kind != "party":
                continue
            for form in (*entry.aliases, entry.name):
                key = lower_same_length(form.strip())
                if entry.id not in ids.setdefault(key, []):
                    ids[key].append(entry.id)
                if form in entry.ambiguous_aliases:
                    unsure.add(key)
        party_ids = {k: v[0] if len(v) == 1 and k not in unsure else "|".join(v) + "|" + PARTY_UNRESOLVED
                     for k, v in ids.items()}
        path = self.dictionary.path / _PARTY_FORMS
        block = json.loads(path.read_text(encoding="utf-8")).get("party_members") if path.exists() else None
        if not block or not party_ids:
            return party_ids, None, None, None
        def alternation(words: list[str]) -> str:
            return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
        after = re.compile(rf"(?:[ \t]+party)?[ \t]+(?:{alternation(block['nouns'])})(?!\w)", re.IGNORECASE)
        mods = alternation(block.get("of_modifiers", []))
        before = re.compile(rf"(?<![\w-])(?:{alternation(block['of_nouns'])})[ \t]+of[ \t]+(?:the[ \t]+)?"
                            rf"(?:(?:{mods})[ \t]+)*\Z", re.IGNORECASE)
        shared = re.compile(rf"(?:[ \t]+party)?[ \t]+(?:{alternation(block.get('shared_nouns', []))})(?!\w)",
                            re.IGNORECASE) if block.get("shared_nouns") else None
        return party_ids, after, before, shared

    def _lexicon(self) -> dict[str, tuple[int, tuple[_Form, ...]]]:
        """Lower-cased phrase -> (length, its forms): what the automaton stores."""
        table: dict[str, list[_Form]] = {}
        for index, entry in enumerate(self._entries):
            ambiguous_forms = set(entry.ambiguous_aliases)
            for form, role in _surface_forms(entry):
                form = form.strip()
                if not form:
                    continue
                ambiguous = entry.ambiguous or form in ambiguous_forms
                acronym = _is_acronym(form)
                exact = form if (acronym or ambiguous) else None
                titled = title_words(form) if acronym and not ambiguous and len(form) >= _TITLED_MIN else None
                key = lower_same_length(form)
                forms = table.setdefault(key, [])
                if all(f.entry != index or f.exact != exact for f in forms):
                    forms.append(_Form(index, role, exact, ambiguous and not acronym,
                                       titled if titled != exact else None, key in self._party_ids))
        for index, entry in enumerate(self._entries):  # "Anglophone separatist fighters": the singular modifier
            if entry.kind != "armed_group" or entry.ambiguous:
                continue
            for alias in entry.aliases:
                words = alias.split()
                singular = _SINGULAR_MODIFIER.get(words[-1].lower()) if len(words) >= 2 else None
                derived = lower_same_length(" ".join(words[:-1] + [singular])) if singular else None
                if derived is not None and derived not in table and alias not in entry.ambiguous_aliases:
                    table[derived] = [_Form(index, _ALIAS, None, False)]  # only where no entry has that phrase
        out: dict[str, tuple[int, tuple[_Form, ...]]] = {}
        for key, forms in table.items():
            real = [f for f in forms if f.role != _EXCLUDE]
            out[key] = (len(key), tuple(real or forms[:1]))  # a real alias beats an exclusion of the same phrase
        return out

    def is_agent_phrase(self, phrase: str) -> bool:
        """Whether ``phrase`` (lower-cased) is an alias of a generic agent ("suicide bomber", "gunmen")."""
        hit = self._phrases.get(phrase)
        return hit is not None and any(self._entries[f.entry].kind == "agent" and f.role == _ALIAS for f in hit[1])

    def lexicon(self) -> dict[str, tuple[int, tuple[_Form, ...]]]:
        """Every lower-cased phrase the matcher looks for, with the value its automaton stores: for a shared
        walk (coder.text.scan), whose hits :meth:`find` takes."""
        return dict(self._phrases)

    # -- matching -------------------------------------------------------------------------------------
    def _candidates(self, text: str, low: str, folded: str, hits: list | None,
                    capitals: bool) -> list[tuple[int, int, _Form]]:
        n = len(text)
        found: list[tuple[int, int, _Form]] = []
        hit: tuple[int, tuple[int, tuple[_Form, ...]]]
        for hit in self._automaton.iter(low) if hits is None else hits:
            end: int = hit[0] + 1
            start: int = end - hit[1][0]
            if start:
                ch = text[start - 1]
                if ch.isalnum() or ch == "_":
                    continue
            if end < n:
                ch = text[end]
                if ch.isalnum() or ch == "_":
                    continue
            if hits is not None and not unfolded(low, folded, start, end):  # across a line break
                continue
            for form in hit[1][1]:
                if (form.exact is None or text[start:end] == form.exact
                        or (capitals and form.titled is not None and text[start:end] == form.titled)):
                    period = _PERIOD.match(text, end) if text.startswith(" (", end) else None  # "(2021-)"
                    found.append((start, end if period is None else period.end(), form))
                    break
        return found

    @staticmethod
    def _select(found: list[tuple[int, int, _Form]]) -> list[tuple[int, int, _Form]]:
        found.sort(key=lambda c: (c[0], c[0] - c[1]))
        chosen: list[tuple[int, int, _Form]] = []
        edge = -1
        for cand in found:
            if cand[0] >= edge:
                chosen.append(cand)
                edge = cand[1]
        return chosen

    def find(self, text: str, capitals: bool = False, low: str | None = None, folded: str | None = None,
             hits: list | None = None) -> list[ActorMention]:
        """Actor mentions in ``text``, in order: longest, word-boundary-correct, non-overlapping. ``capitals``:
        the text was written in capitals and uncapped (:func:`coder.text.normalize.uncap`), so an acronym of
        three or more letters not flagged ambiguous also matches in title case ('TROOPS KILL UNITA REBELS').
        ``hits`` are those of :meth:`lexicon`'s phrases in ``folded``, a folding of ``low`` =
        ``lower_same_length(text)`` (a shared walk, coder.text.scan), when the caller has them."""
        if not text:
            return []
        if low is None:
            low = lower_same_length(text)
        chosen = self._select(self._candidates(text, low, folded if folded is not None else low,
                                               hits if folded is not None else None, capitals))
        out: list[ActorMention] = []
        i, count = 0, len(chosen)
        entries = self._entries
        carry: int | None = None  # start of a descriptor agent the next name absorbs
        named = _NAMED_KINDS
        while i < count:
            start, end, form = chosen[i]
            entry = entries[form.entry]
            nxt = chosen[i + 1] if i + 1 < count else None
            nxt_entry = entries[nxt[2].entry] if nxt else None
            if form.role == _EXCLUDE or (out and out[-1].entry_id == _CROWD and entry.kind in _SUPPORTED_KINDS
                                         and _SUPPORT_OF.fullmatch(low, out[-1].end, start) is not None
                                         and low.startswith("supporter", out[-1].start)):
                i += 1  # "supporters of the junta attacked the embassy": the crowd acts, not the junta it backs
                continue
            if form.party:
                party_end, party_start, nxt_i = self._party_span(text, low, start, end, i, chosen, out,
                                                                 entry.kind != "party")
                if party_end > 0:  # "BNP supporters", "supporters of the APC", "TMC and BJP workers"
                    while out and out[-1].end > party_start:
                        out.pop()  # the generic noun of "supporters of the APC"
                    out.append(self._party_mention(text, low, party_start, party_end, start, end))
                    i = nxt_i
                    continue
                if entry.kind == "party":  # a bare party name ("the APC won") is no side
                    i += 1
                    continue
            if (entry.kind == "country" and form.role != _CAPITAL and nxt is not None and nxt_entry is not None
                    and nxt_entry.requires_country and nxt[2].role == _ALIAS
                    and _COMPOSE_GAP.match(text, end, nxt[0]) is not None):
                mention = self._compose(text, start, nxt[1], entry, nxt_entry)
                i += 2
                if i < count:
                    mention.end, i = self._absorb_same_sector(text, mention.end, i, chosen, nxt_entry)
                    mention.text = text[start:mention.end]
                if start > 3 and text[start - 2] in _TAIL_LETTERS and text[start - 1] == " ":
                    mention = self._with_members(text, mention, out)
                out.append(mention)
                continue
            kind = entry.kind
            if kind == "agent" and entry.compose_only:
                name_end = self._titled_name_end(text, low, start, end, entry) if entry.titles else -1
                i += 1
                if name_end > 0:  # "President Nyusi": the government of the country
                    out.append(ActorMention(start, name_end, text[start:name_end], entry.id + TITLED, entry.kind,
                                            entry.name, entry.inter, entry.country, entry.cameo, entry.sector))
                    while i < count and chosen[i][0] < name_end:
                        i += 1
                continue
            if form.ambiguous and (self._in_capitalised_run(text, start, end)
                                   or _PLACE_WORD_AFTER.match(text, end) is not None):
                # ("Miraflores district, Lima": a place that shares its name with a seat of government, not it)
                i += 1
                continue
            if kind == "country" and _COMPANY_AFTER.match(text, end) is not None:
                i += 1  # "an Indian Oil Corporation executive": a company's name, not the state
                continue
            if kind in named:
                if out and out[-1].entry_id == entry.id and _is_bracketed_repeat(text, out[-1].end, start, end):
                    # "the Rapid Support Forces (RSF)": one mention, with a member noun after it ("... (ISSP) militants")
                    out[-1].end, i = self._absorb(text, end + 1, i, chosen, entry)
                    out[-1].text = text[out[-1].start:out[-1].end]
                    i += 1
                    continue
                end, i = self._absorb(text, end, i, chosen, entry)
                if carry is not None:
                    start, carry = carry, None
                mention = entry_mention(start, end, text[start:end], entry)
                if start > 3 and text[start - 2] in _TAIL_LETTERS and text[start - 1] == " ":
                    mention = self._with_members(text, mention, out)  # "... of the", "... from"
                out.append(mention)
            elif (nxt is not None and nxt_entry is not None and nxt_entry.kind in named and kind == "agent"
                    and entry.inter in _DESCRIPTOR_INTERS and not nxt[2].ambiguous
                    and _DESCRIPTOR_GAP.match(text, end, nxt[0]) is not None):
                carry = start if carry is None else carry
            else:
                out.append(entry_mention(start, end, text[start:end], entry))
            i += 1
        return out

    def _party_span(self, text: str, low: str, start: int, end: int, i: int, chosen: list,
                    out: list[ActorMention], shared: bool) -> tuple[int, int, int]:
        """(end, start, next candidate index) of the mention of a party's members around the party name at
        ``start:end``: a member noun after it ("ZANU-PF youths", "a CNL party member"), an 'of' phrase before it
        ("supporters of the ruling APC"), or another party's members joined by 'and' ("TMC and BJP workers",
        "supporters of the APC and PDP"); (-1, start, i) when none (the name alone names no side). A name an armed
        group ``shared`` names the party only before a crowd noun ("RENAMO supporters", not "RENAMO leader")."""
        after = self._shared_after if shared else self._party_after
        if after is None:
            return -1, start, i
        member = after.match(text, end)
        if member is not None:
            stop, j = member.end(), i + 1
            while j < len(chosen) and chosen[j][0] < stop:
                if chosen[j][1] > stop:
                    return -1, start, i
                j += 1
            return stop, start, j
        if start > 3 and self._party_of is not None and low.endswith(("of ", "the ", "ing ", "on ", "in "), 0, start):
            found = self._party_of.search(text, max(0, start - 48), start)
            if found is not None and all(m.kind == "agent" or m.end <= found.start() for m in out[-1:]):
                return end, found.start(), i + 1
        gap = low[end:end + 5]
        if gap == " and " and i + 1 < len(chosen) and chosen[i + 1][2].party and chosen[i + 1][0] == end + 5 \
                and after.match(text, chosen[i + 1][1]) is not None:
            return end, start, i + 1  # "TMC and BJP workers": the first party's members too
        if out and out[-1].entry_id.startswith(PARTY_PREFIX) and low[out[-1].end:start] in (" and ", " and the "):
            return end, start, i + 1  # "supporters of the APC and PDP"
        return -1, start, i

    def _party_mention(self, text: str, low: str, start: int, end: int, name_start: int,
                       name_end: int) -> ActorMention:
        """A party's members as an unnamed crowd of people (inter 7, like 'supporters') whose entry id names the
        party (or its candidates, ``...|?``); the event engine names them (coder.match.rows)."""
        entry_id = self._party_ids[low[name_start:name_end]]
        civilians = self.dictionary.by_id.get("agt.civilians")
        party = self.dictionary.by_id.get(entry_id)
        return ActorMention(start, end, text[start:end], entry_id, "agent",
                            civilians.name if civilians else "Civilians ({country})", CIVILIAN_INTER,
                            party.country if party is not None else None,
                            civilians.cameo if civilians else None, civilians.sector if civilians else None)

    def _with_members(self, text: str, mention: ActorMention, out: list[ActorMention]) -> ActorMention:
        """Start a name's mention at a member noun joined by 'of'/'from' ("fighters of the RSF"), dropping
        the generic agent already found on that noun."""
        if not text[max(0, mention.start - 5):mention.start].lower().endswith(_MEMBERS_OF_TAILS):
            return mention  # cheap test first: the regex below runs on a few mentions only
        found = _MEMBERS_OF.search(text, max(0, mention.start - _MEMBERS_OF_REACH), mention.start)
        if found is None:
            return mention
        while out and out[-1].end > found.start():
            if out[-1].kind != "agent" or out[-1].start < found.start():
                return mention
            out.pop()
        mention.start = found.start()
        mention.text = text[mention.start:mention.end]
        return mention

    def _absorb_same_sector(self, text: str, end: int, i: int, chosen: list, entry: ActorEntry) -> tuple[int, int]:
        """Extend a state organ or composed force over an agent of its own sector ("Sudanese army troops")."""
        if i < len(chosen):
            nstart, nend, nform = chosen[i]
            nentry = self._entries[nform.entry]
            if (nentry.kind == "agent" and nentry.requires_country and not nentry.compose_only
                    and nentry.sector == entry.sector and nform.role == _ALIAS and _ABSORB_GAP.match(text, end, nstart) is not None):
                return nend, i + 1
        return end, i

    def _absorb(self, text: str, end: int, i: int, chosen: list, entry: ActorEntry) -> tuple[int, int]:
        """Extend a group mention over a following member noun or non-state agent ("Houthi fighters")."""
        if entry.kind == "armed_group" and entry.inter != 1:
            if i + 1 < len(chosen):
                nstart, nend, nform = chosen[i + 1]
                nentry = self._entries[nform.entry]
                if (nentry.kind == "agent" and (nentry.sector in _NON_STATE_SECTORS or nentry.id in _HELD_MEMBERS)
                        and _AFFILIATE_GAP.match(text, end, nstart) is not None):
                    return nend, i + 1
        elif entry.kind == "state_organ" or entry.inter == 1:
            new_end, new_i = self._absorb_same_sector(text, end, i + 1, chosen, entry)
            if new_i != i + 1:
                return new_end, new_i - 1
        member = _MEMBER_WORDS.match(text, end)
        if member is None:
            return end, i
        while i + 1 < len(chosen) and chosen[i + 1][0] < member.end():
            if chosen[i + 1][1] > member.end():
                return end, i
            i += 1
        return member.end(), i

    @staticmethod
    def _titled_name_end(text: str, low: str, start: int, end: int, entry: ActorEntry) -> int:
        """The end of a person's name after a capitalised title of ``entry`` ("President Filipe Nyusi"), or -1
        when the title is lower-case, no capitalised name follows, or a blocker word comes before it
        ("former President X", "Vice-President X", "protests against President X")."""
        if not text[start].isupper() or low[start:end] not in entry.titles:
            return -1
        if start and text[start - 1] == "-":  # "Vice-President", "ex-President", "then-President"
            return -1
        prev = _PREV_WORD.search(text, max(0, start - _PREV_CONTEXT), start)
        if prev is not None and prev.group(1).lower().rstrip(".") in entry.title_blockers:
            return -1
        name_end = -1
        pos = end
        for _ in range(_NAME_WORDS_MAX):
            word = _NAME_WORD.match(text, pos)
            if word is None:
                break
            first = word.group(1)
            if not first[0].isupper():
                # "President Ahmed al-Sharaa", "Prime Minister Abiy Ahmed", "President Mohamed ould Ghazouani": a
                # lower-case particle inside a name (never its first word) when a capital follows it
                head, hyphen, rest = first.partition("-")
                if name_end < 0 or head not in _NAME_PARTICLES:
                    break
                if not hyphen:
                    after = _NAME_WORD.match(text, word.end())
                    if after is None or not after.group(1)[0].isupper():
                        break
                elif not rest[:1].isupper():
                    break
            name_end = pos = word.end()
        return name_end

    @staticmethod
    def _in_capitalised_run(text: str, start: int, end: int) -> bool:
        following = _NEXT_WORD.match(text, end)
        if following is not None and following.group(1).isupper():
            return True
        prev = _PREV_WORD.search(text, max(0, start - _PREV_CONTEXT), start)
        if prev is None or not prev.group(1)[0].isupper() or prev.group(1)[-1] == ".":
            return False
        before = text[max(0, prev.start() - 3):prev.start()].rstrip()
        return bool(before) and before[-1] not in ".!?:;\"“(\n"

    def armed_group(self, name: str, nouns: tuple[str, ...]) -> ActorEntry | None:
        """The unambiguous armed group whose alias is ``name`` followed by one of ``nouns`` ('Kuki' +
        'militants'), if the dictionary lists one; not a state's force ('Amhara militia' also names the Amhara
        regional special forces: "Amhara and Oromo ethnic militiamen" are the peoples' militias)."""
        for noun in nouns:
            hit = self._phrases.get(lower_same_length(name + " " + noun))
            if hit is None:
                continue
            for form in hit[1]:
                entry = self._entries[form.entry]
                if entry.kind == "armed_group" and form.role == _ALIAS and not form.ambiguous \
                        and entry.inter != STATE_INTER:
                    return entry
        return None


    @staticmethod
    def _compose(text: str, start: int, end: int, country: ActorEntry, agent: ActorEntry) -> ActorMention:
        return ActorMention(start, end, text[start:end], f"{agent.id}:{country.iso3}", agent.kind,
                            agent.fill(agent.name, country) or agent.name, agent.inter, country.iso3,
                            agent.fill(agent.cameo, country), agent.sector)


def _is_bracketed_repeat(text: str, prev_end: int, start: int, end: int) -> bool:
    """The name's acronym in brackets right after it: 'Sudanese Armed Forces (SAF)'."""
    return text[end:end + 1] == ")" and text[prev_end:start] in (" (", "(")


def _rebuild(path: str) -> ActorMatcher:
    return ActorMatcher(load_actor_dictionary(Path(path)))


# "the district of Miraflores", "the city of Kabul": a name after a place noun is the place, no side (actor.place_of)
_PLACE_OF_BEFORE = re.compile(r"\b(?:district|town|city|village|neighbou?rhood|suburb|municipality|commune|quarter|"
                              r"township|locality)\s+of\s+$")
# "outside the United States embassy": a building where it happened, not a side (actor.building)
_BUILDING_AT = re.compile(r"\b(?:outside|at|near|in|inside|into|on|by|opposite|beside)\s+(?:the\s+|an?\s+)?$")
_BUILDINGS = ("embassy", "embassies", "consulate", "consulates")
_PLACE_REACH = 24  # characters looked back for the place noun or preposition


def names_a_place(actor: ActorMention, low: str) -> bool:
    """A state or group name that names a place ('the district of Miraflores') or a building where an event happened
    ('outside the United States embassy'), not a side of it. Literal tests first: the rule runs on every actor."""
    reach = max(0, actor.start - _PLACE_REACH)
    if low.endswith(_BUILDINGS, actor.start, actor.end):
        return _BUILDING_AT.search(low, reach, actor.start) is not None
    if actor.kind == "agent" or low.find(" of ", reach, actor.start) < 0:
        return False
    return _PLACE_OF_BEFORE.search(low, reach, actor.start) is not None


def entry_mention(start: int, end: int, text: str, entry: ActorEntry) -> ActorMention:
    """A mention of dictionary ``entry`` spanning ``start:end``, written ``text``."""
    return ActorMention(start, end, text, entry.id, entry.kind, entry.name, entry.inter, entry.country, entry.cameo,
                        entry.sector)


# "a former army officer", "a retired police colonel", "an ex-soldier": no longer a state force, a civilian (ACLED)
_FORMER_BEFORE = re.compile(r"\b(?:former|retired|ex-)\s*(?:[a-z]+\s+){0,1}\Z")
# "a demobilised FARC combatant": a member of an armed group who laid down arms is a civilian; not "former" or
# "ex-", which also name active factions ('ex-Seleka', 'former Seleka rebels')
_DEMOBILISED_BEFORE = re.compile(r"\b(?:demobili[sz]ed|reintegrated|disarmed)\s*(?:[a-z]+\s+){0,1}\Z")
# "a former FSA commander", "an ex-FARC member": one person who was of the group ("former Seleka rebels", plural,
# are an active faction)
_ONE_MEMBER_AFTER = re.compile(r"\s+(?:local\s+|senior\s+|top\s+)?(?:commander|leader|member|fighter|militant|"
                               r"official|spokesman|spokesperson|chief|combatant|rebel|guerrilla|cadre)\b(?!-)")
# "former Syrian army weapons depots", "a former army base": a place or thing the force once held, no person
_THING_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:depots?|bases?|barracks|positions?|posts?|warehouses?|stockpiles?|"
                          r"facilit(?:y|ies)|sites?|airbases?|air\s+bases?|airfields?|headquarters|compounds?|"
                          r"camps?|stores?|arsenals?|hangars?|installations?|equipment|vehicles?|tanks?)\b")
FORMER_CUES = {"former ": "former", "retired ": "former", "ex-": "former", "demobili": "former",
               "reintegrated ": "former"}  # a shared walk's literal cues


def former_as_civilians(actors: list[ActorMention], low: str, civilians: ActorEntry) -> list[ActorMention]:
    """``actor.former_force``: ``actors`` with each state force named as what someone used to be ('a former army
    officer', 'an ex-soldier'), and each rebel or militia member who laid down arms ('a demobilised FARC
    combatant'), as a civilian of that country; a former force named by what it left ('former Syrian army weapons
    depots') is dropped; ``civilians`` is the civilians' dictionary entry."""
    out: list[ActorMention] = []
    for actor in actors:
        if actor.kind != "country" and actor.start > 3 and (
                (actor.inter == 1 and _FORMER_BEFORE.search(low, max(0, actor.start - 24), actor.start) is not None)
                or (actor.inter in (2, 3) and (
                    _DEMOBILISED_BEFORE.search(low, max(0, actor.start - 24), actor.start) is not None
                    or (_FORMER_BEFORE.search(low, max(0, actor.start - 24), actor.start) is not None
                        and _ONE_MEMBER_AFTER.match(low, actor.end) is not None)))):
            if actor.inter == 1 and _THING_AFTER.match(low, actor.end) is not None:
                continue  # "former Syrian army weapons depots": a force that is no more names no side
            actor = ActorMention(actor.start, actor.end, actor.text, civilians.id + ":former", civilians.kind,
                                 civilians.name, civilians.inter, actor.country, civilians.cameo, civilians.sector)
        out.append(actor)
    return out


def armed_namesake(matcher: "ActorMatcher", actor: ActorMention, countries: set[str]) -> ActorMention | None:
    """The armed group or state force of the article's countries (ISO3 ``countries``) that shares the acronym of an
    unresolved party's members ("2 SDF members" in Syria: the Syrian Democratic Forces, not Cameroon's SDF party
    members): the span ``actor`` as that group's mention, or None."""
    head = actor.text.split(None, 1)[0]
    for found in matcher.find(head):
        if found.kind in ("armed_group", "state_organ") and found.country in countries:
            return ActorMention(actor.start, actor.end, actor.text, found.entry_id, found.kind, found.name,
                                found.inter, found.country, found.cameo, found.sector)
    return None
