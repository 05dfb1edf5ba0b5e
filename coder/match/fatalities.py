"""Kill counts in one sentence, with ACLED's conventions (CODING_RULES.md, Fatalities).

:meth:`FatalityFinder.find` returns one :class:`FatalityMention` per distinct group of dead; the engine sums the
non-cumulative ones of a sentence (``coder.match.mentions.sentence_fatalities``), as does
:meth:`FatalityFinder.total`. Conventions:

- numbers go through :mod:`coder.match.numbers` ("a dozen" 12, "dozens" 12 vague, "at least 5" 5, "more than
  20" 20, "between 10 and 20" 10);
- coordinated groups are separate mentions the engine sums: "12 soldiers and 3 civilians were killed" -> 12 and
  3 (15); "killed 5 soldiers and 3 civilians" likewise; "including three children" inside a counted group is a
  subset and is not counted again;
- a death toll ("the death toll rose from 5 to 12", "bringing the toll to 12") is the event's final figure: when
  a sentence has one, it is the only positive mention returned;
- the wounded, injured, missing, arrested, abducted never count;
- "killed himself" / "blew himself up" (a suicide bomber) = 1 when the sentence reports no other death; beside a
  reported toll ("blew himself up, killing 12") the toll is the figure (CODING_RULES.md: the most conservative
  reported number; the attacker's death is implied, not reported)
- the active "to death" forms count their victims: "beat a woman to death" = 1, "hacked 5 villagers to death" = 5,
  "beat to death a man" = 1 (``fat.to_death``);
- singular passives ("a 12-year-old boy was killed", "the commander was shot dead") = 1; ages, dates, times
  and measures are never counts ("killed on 12 June" is not 12);
- deaths without a number ("people were killed", "killing civilians", "casualties were reported", "heavy
  casualties", "the death toll" with no figure) = 3, ``vague=True``, and only when the sentence has no explicit
  count;
- "no casualties", "no one was killed", "no deaths", "without casualties" = an explicit mention with count 0;
- a count in the scope of "since", "so far this year", "in total", "to date", "over the past", ... is flagged
  ``cumulative=True`` (each cue goes to the nearest count): totals over many days are not this event's; "in
  total" / "altogether" is such a cue only when the sentence also spans time or many events ("since", "this
  year", "in attacks"): "in total, 27 were killed in the attack" is that event's toll;
- "N killed and wounded" / "killed and injured N" / "N deaths and injuries" give one figure for both: how many died is not said, so it is
  coded as an unspecified number of deaths, at most 3 (``fat.killed_wounded``, vague);
- one person named by a pronoun after a kill verb ("before police shot him dead", "abducted a teacher and killed
  her") = 1 (``fat.pronoun``), with the singular victims listed after it ("killing him, his driver and a bodyguard"
  3) or N others ("killing him and 14 other people" 15); one more person after a count ("killing 43 soldiers and a
  US military adviser" 44); a victim named by work or office after an active verb ("shot dead shipping magnate X" 1,
  and its subject is no count); "N bombers blew themselves up" beside a reported toll is ``fat.self`` like "blew
  himself up" (the reported toll excludes the attackers);
- "were also killed" / "was also killed" is tagged ``fat.also``: more dead reported apart, which the engine adds
  to the event's figure (``coder.match.assemble``) instead of taking the larger one;
- :meth:`FatalityFinder.perpetrator_deaths` reads a sentence about the attackers' own deaths ("The bomber also
  died." 1, "Both attackers were killed." 2), ``fat.perpetrators``: told right after an event, the engine adds
  them to its figure (ACLED counts all sides, the perpetrators included);
- a rival claim about the same victims in one sentence ("..., while a Taliban spokesman claimed that more than
  20 soldiers had died") is not more deaths: the conservative figure for that group stays;
- headline forms: "Seven die in ...", "Thirty rebels, four soldiers die", "Army kills rebel commander" (title
  case, no article: 1), "killings of 5", "the death of 3 soldiers", "the body of a man" (1), "a farmer and his
  son were killed" (2), "Fatalities: 7"; a dateline's year, parts of dates and money ("Rs 4 lakh") are no counts;
  "among eight killed" is the eight;
- an open question about deaths ("it was not clear whether anyone was killed") reports none (``fat.open_question``).

The cue vocabulary and the patterns are in fatality_grammar.py; this module applies them (priorities, the
handlers that read counts, the choice between overlapping and rival figures).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from coder.match.dates import load_date_words
from coder.match.fatality_grammar import (CUMULATIVE, CUMULATIVE_WORDS, NEUTRALISED, NUMBER_LED, PEOPLE,
                                           PERPETRATOR_DEATH, PERPETRATOR_WORDS, PERSON, SAME_HANDLER, TOTAL_CUES,
                                           TOTAL_SPAN, TRANSITIVE, VERB_LED, NumberStarts, as_killed,
                                           attackers_counted_before, fatality_patterns, gate_automaton,
                                           number_start_words)
from coder.match.numbers import parse_quantity
from coder.text.normalize import lower_same_length

__all__ = ["FatalityMention", "FatalityFinder"]

# -- priorities: lower wins an overlap ----------------------------------------------------------------------
_ZERO, _TOLL, _COUNT, _SELF, _SINGLE, _VAGUE = range(6)
# one attacker listed before a count of dead (fat.with_attacker: "the bomber and |three soldiers were killed"; one
# listed after it is the count's coordination, and_one_more)
_ATTACKER_AND_BEFORE = re.compile(r"\b(?:the|a|one)\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman|hijacker)"
                                  r"\s+and\s+$")
# words that cannot modify a person noun: a pronoun victim or a coordination comes first ("killing him and his aide")
_NOT_MODIFIERS = frozenset({"him", "them", "and", "or"})
_ALONG_WITH = re.compile(r"\s+(?:along|together)\s+with\s+(?:the\s+|their\s+|all\s+)?")
_THEM_REACH = 120  # characters looked back from "beat them to death" for the count of "them" ("2 men", "three thieves")
_THEM_GROUP = re.compile(rf"\s+(?:[a-z'-]+\s+){{0,2}}?(?:{PEOPLE}|(?!(?:days|weeks|months|years|hours|minutes|times|"
                         rf"kilometres|kilometers|miles|metres|meters)\b)[a-z]+s)\b")
# words after a passive verb that start an adjunct, not an object ("Two civilians killed as security officers fired")
_FUNCTION_WORDS = (r"in|on|at|by|as|near|after|before|during|when|while|and|or|but|since|from|with|without|for|to|"
                   r"into|outside|inside|over|across|along|amid|following|last|this|early|late|overnight|yesterday|"
                   r"today|tonight|earlier|later|also|reportedly|allegedly|because|until|between|among|under|around|"
                   r"behind|beside|near|off|out|up|down|through|throughout|per|via|according|said|says|police|army|"
                   r"security|government|troops")


# treated as immutable; not frozen, because a frozen dataclass's __init__ costs 5x and matchers make many
@dataclass(slots=True, unsafe_hash=True)
class FatalityMention:
    start: int
    end: int
    text: str
    count: int
    vague: bool
    rule_id: str
    cumulative: bool = False  # a total over a period ("since 2014, 3,000 have been killed"): not this event's


@dataclass(slots=True)
class _Candidate:
    priority: int
    start: int
    end: int
    mentions: list[FatalityMention]


# an open question about deaths ("it was not clear whether anyone was killed", "unclear if there were any
# casualties"): no death is reported, so no count (``fat.open_question``)
# a count after a list of victims that tells who was only hurt or taken ("... and 2 others were wounded")
_HURT_WORDS = re.compile(r"\b(?:were|was|wounded|injured|hurt|missing|arrested|abducted|kidnapped|detained|rescued|"
                         r"captured)\b", re.IGNORECASE)
_PART_OF_COUNT = re.compile(r"\S+\s+of\s+(?:them|whom)\b")  # "10 of them", "ten of whom"
_OPEN_QUESTION = re.compile(r"\b(?:whether|if)\s+(?:anyone|anybody|any\s+[a-z]+)?\s*$")

class FatalityFinder:
    """Finds kill counts in a sentence. Build once (compiles its regexes); :meth:`find` per sentence."""

    def __init__(self) -> None:
        flags = 0  # patterns are lower case and run on lower-cased text (see find)
        patterns = fatality_patterns()
        self._gate = gate_automaton()
        self._number_starts = number_start_words()
        self._number_start = NumberStarts(self._number_starts)
        self._people = frozenset(PEOPLE.split("|"))
        self._rival_claim = re.compile(r"\b(?:while|but|whereas)\b[^.;]{0,60}?\b(?:claimed|claims|said|says|insisted|"
                                       r"put\s+the\s+(?:toll|number))\b", flags)
        self._toll_update = re.compile(r"\b(?:rose|risen|rises|climbed|increased|jumped|later|now|updated|revised)\b",
                                       flags)  # "the toll later rose to 9": an update, not a rival figure
        self._superlative_before = re.compile(r"\b(?:worst|deadliest|bloodiest|heaviest|fiercest|biggest|largest|"
                                              r"most\s+[a-z]+|first)\b[^.;]*$", flags)
        self._next_word = re.compile(r"\s+(?:[a-z-]+\s+)??([a-z]+(?:s|men|people|children))\b", flags)
        self._person_before = re.compile(rf"(?<![\w-])(?:{PERSON})(?:\s+member)?\s+$", flags)
        # "A major in the regime forces killed": one person with a modifier before the headline verb
        self._person_phrase_before = re.compile(rf"(?<![\w-])(?:a|an|one)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{PERSON})"
                                                rf"\s+(?:in|of|from|with)\s+(?:[a-z'-]+\s+){{1,4}}$", flags)
        self._and_wounded = re.compile(r"\s*(?:,|and|or|and/or)\s+(?:(?:were|was)\s+)?(?:wounded|wounds?|injured|injur(?:y|ies)|hurt)\b",
                                       flags)
        self._number = re.compile(patterns.pop("n"), flags)
        self._conj = re.compile(patterns.pop("conj"), flags)
        self._one_and_more = re.compile(patterns.pop("one_and_more"), flags)
        self._one_list = re.compile(patterns.pop("one_list"), flags)
        self._and_one_more = re.compile(patterns.pop("and_one_more"), flags)
        # "Two gunmen shot dead shipping magnate X": a person noun a word or two after the verb is its object
        self._object_person = re.compile(rf"(?!(?:{_FUNCTION_WORDS})\b)(?:[a-z'-]+\s+){{0,2}}(?:{PERSON})\b(?!-)", flags)
        self._rules = {rule: re.compile(source, flags) for rule, source in patterns.items()}
        self._handlers = {rule: getattr(self, "_c_" + SAME_HANDLER.get(name, name))
                          for rule in self._rules for name in [rule.split(".")[1]]}
        self._cumulative = re.compile(CUMULATIVE, flags)
        self._total_span = re.compile(TOTAL_SPAN, flags)
        self._perpetrator_death = re.compile(PERPETRATOR_DEATH, flags)
        months = "|".join(sorted(load_date_words().months, key=len, reverse=True))
        self._month_before = re.compile(rf"\b(?:{months})\.?\s+(?:the\s+)?$", flags)
        self._non_fatal_before = re.compile(r"\b(?:arrested|injured|wounded|detained|abducted|kidnapped|captured|"
                                            r"rescued|evacuated|displaced|freed|released|hurt|treated)\s+$", flags)

    def __reduce__(self) -> tuple[Any, ...]:
        return (FatalityFinder, ())

    # -- public -------------------------------------------------------------------------------------------
    def find(self, sentence: str) -> list[FatalityMention]:
        """The kill counts of one sentence, in text order (see the module docstring for the conventions)."""
        if not sentence:
            return []
        # every pattern is written in lower case and run without re.IGNORECASE, which costs 2-4x in `re`
        original, sentence = sentence, lower_same_length(sentence)
        if "neutrali" in sentence or "eliminat" in sentence or "liquidat" in sentence:  # "neutralised 12 terrorists"
            sentence = NEUTRALISED.sub(as_killed, sentence)
        cues: set[str] = set()
        verb_starts: set[int] = set()  # where a VERB_LED verb can begin: its stem at a word start
        limit = 0  # number-led matches begin before the end of the last AFTER_NUMBER stem
        hit: tuple[int, tuple[int, frozenset[str], bool, bool]]
        for hit in self._gate.iter(sentence):  # typed: compiled, the loop runs on native ints
            last: int = hit[0]
            length, rules, after_number, verb = hit[1]
            cues.update(rules)
            if after_number:
                limit = last
            if verb:
                start = last - length + 1
                if not start or not (sentence[start - 1].isalnum() or sentence[start - 1] == "_"):
                    verb_starts.add(start)
        if "fat.zero" in cues and "harm" not in cues:
            cues.discard("fat.zero")
        cues.discard("harm")
        if not cues:
            return []
        if not sentence.isprintable():
            limit = len(sentence)  # a verb after a newline or tab ("were\tdie") has no " die" stem
        candidates = self._candidates(sentence, cues, sorted(verb_starts), limit)
        candidates.sort(key=lambda c: (c.priority, c.start, -c.end))
        accepted: list[_Candidate] = []
        for cand in candidates:
            if not any(cand.start < a.end and a.start < cand.end for a in accepted):
                accepted.append(cand)
        found = self._select(sentence, accepted)
        if any(f.rule_id != "fat.self" and f.count > 0 and not f.cumulative for f in found):
            # the most conservative reported figure: "blew himself up, killing 12" is 12, as reported
            found = [f for f in found if f.rule_id != "fat.self"]
        if len(found) > 1 and (" of them" in sentence or " of whom" in sentence):
            # "14 marines were killed, 10 of them beheaded": a part of a count told before, not more dead
            found = [f for i, f in enumerate(found) if not (_PART_OF_COUNT.match(sentence, f.start) and any(
                g.count >= f.count and not g.vague for g in found[:i]))]
        if found and ("whether" in sentence or "if " in sentence):  # "unclear whether anyone was killed": no report
            found = [f for f in found if _OPEN_QUESTION.search(sentence, max(0, f.start - 30), f.start) is None]
        if found and ("bomber" in sentence or "attacker" in sentence or "assailant" in sentence
                      or "gunman" in sentence or "hijacker" in sentence):
            found = [self._with_attacker(sentence, f) for f in found]
        return [FatalityMention(f.start, f.end, original[f.start : f.end], f.count, f.vague, f.rule_id, f.cumulative)
                for f in found]

    def _with_attacker(self, s: str, f: FatalityMention) -> FatalityMention:
        """``fat.with_attacker``: a count the text extends by one attacker listed before it ('The bomber and three
        soldiers were killed'): ACLED counts the dead of all sides."""
        if f.cumulative or f.count <= 0 or f.vague \
                or _ATTACKER_AND_BEFORE.search(s, max(0, f.start - 40), f.start) is None:
            return f
        return dataclasses.replace(f, count=f.count + 1, rule_id="fat.with_attacker")

    def total(self, sentence: str) -> int | None:
        """Sum of the sentence's non-cumulative counts; 0 when it says nobody died; None when it says nothing."""
        counted = [m.count for m in self.find(sentence) if not m.cumulative]
        return sum(counted) if counted else None

    def perpetrator_deaths(self, sentence: str) -> list[FatalityMention]:
        """The attackers' own deaths, when the sentence is about them ("Both attackers were killed." 2, "The bomber
        also died." 1), tagged ``fat.perpetrators``; [] for any other sentence. Told right after an event, they are
        more of its dead (CODING_RULES.md, Fatalities: all sides); a new total ("bringing the toll to 7") stays one."""
        low = sentence.lower()
        if not any(word in low for word in PERPETRATOR_WORDS) or self._perpetrator_death.match(low) is None:
            return []
        return [f if f.rule_id == "fat.toll" else dataclasses.replace(f, rule_id="fat.perpetrators")
                for f in self.find(sentence) if f.count > 0 and not f.cumulative]

    # -- candidates ---------------------------------------------------------------------------------------
    def _candidates(self, s: str, cues: set[str], verb_starts: list[int], limit: int) -> list[_Candidate]:
        out: list[_Candidate] = []
        starts: list[int] | None = None
        weak: list[int] = []
        for rule, regex in self._rules.items():
            if rule not in cues:
                continue
            if rule == "fat.vague" and any(c.priority in (_COUNT, _TOLL, _SELF, _SINGLE) for c in out):
                continue  # number-less deaths only count when the sentence gives no explicit figure
            handler = self._handlers[rule]
            if rule in NUMBER_LED or rule in VERB_LED:
                if rule in VERB_LED:
                    at_starts = verb_starts
                else:
                    if starts is None:  # (s is lower-cased: see find)
                        starts, weak = self._number_start.find(s, limit)
                    at_starts = sorted(starts + weak) if weak and rule == "fat.and_one" else starts
                pos = 0  # non-overlapping, as finditer; a match its handler rejects ("2023, a man and his wife
                for at in at_starts:  # were killed": a year) hides no later start ("a man and his wife")
                    if at < pos:
                        continue
                    m = regex.match(s, at)
                    if m is None:
                        continue
                    cand = handler(s, m, rule)
                    if cand is not None:
                        pos = max(m.end(), at + 1)
                        if cand.mentions:
                            out.append(cand)
                continue
            for m in regex.finditer(s):
                cand = handler(s, m, rule)
                if cand is not None and cand.mentions:
                    out.append(cand)
        return out

    def _quantity(self, s: str, m: re.Match[str], group: str, rule: str, span: tuple[int, int] | None = None,
                  ) -> FatalityMention | None:
        return self._quantity_at(s, *m.span(group), rule, span)

    def _quantity_at(self, s: str, start: int, end: int, rule: str, span: tuple[int, int] | None = None,
                     ) -> FatalityMention | None:
        """The count written at s[start:end]; None for dates ("June 12"), years and non-numbers."""
        text = s[start:end]
        if text[0].isdigit():
            if self._month_before.search(s, max(0, start - 14), start) is not None:
                return None  # "June 12": a date
            if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
                return None  # a year
        quantity = parse_quantity(text)
        if quantity is None:
            return None
        a, b = span if span is not None else (start, end)
        return FatalityMention(a, b, s[a:b], quantity.value, quantity.vague, rule)

    def _c_toll(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        group = next((name for name in ("n", "n2", "n3") if m.group(name) is not None), None)
        found = self._quantity(s, m, group, rule, m.span()) if group else None
        return None if found is None else _Candidate(_TOLL, m.start(), m.end(), [found])

    def _c_passive(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        verb = " ".join(m.group("verb").lower().split())
        if not m.group("aux").strip() and verb in TRANSITIVE and self._looks_active(s, m.end()):
            return None  # "2 militants killed 12 soldiers": the verb is active, its subject is no count
        mentions: list[FatalityMention] = []
        if m.group("list") and self._non_fatal_before.search(s, max(0, m.start() - 20), m.start()) is None:
            for item in self._number.finditer(s, m.start("list"), m.end("list")):
                if s.endswith("of the ", 0, item.start()) or s.endswith("of ", 0, item.start()):
                    continue  # "Of the 20 hostages, 10 were killed": the whole the dead were part of
                found = self._quantity_at(s, item.start(), item.end(), rule)
                if found is not None:
                    mentions.append(found)
        last = self._quantity(s, m, "n", rule, (m.start("n"), m.end()) if not mentions else None)
        if last is None:
            return None
        if "also" in m.group("aux").split():  # 'Two attackers were also killed': more dead, not a new figure
            mentions = [dataclasses.replace(f, rule_id="fat.also") for f in mentions]
            last = dataclasses.replace(last, rule_id="fat.also")
        elif verb.endswith("themselves up") or verb.endswith("themselves"):
            # 'two suicide bombers blew themselves up, killing 103': the attackers' own deaths, implied like
            # "blew himself up" (fat.self): counted only when the sentence reports no other death
            mentions = [dataclasses.replace(f, rule_id="fat.self") for f in mentions]
            last = dataclasses.replace(last, rule_id="fat.self")
        mentions.append(last)
        along = _ALONG_WITH.match(s, m.end())  # "5 civilians were killed along with the 4 attackers": more dead
        if along is not None and (counted := self._number.match(s, along.end())) is not None \
                and _THEM_GROUP.match(s, counted.end()) is not None \
                and (more := self._quantity_at(s, counted.start(), counted.end(), rule)) is not None:
            mentions.append(more)
        if self._and_wounded.match(s, m.end()):  # "Ten soldiers killed and wounded": how many died is not said
            count = min(3, sum(f.count for f in mentions))
            return _Candidate(_COUNT, m.start(), m.end(), [FatalityMention(m.start(), m.end(), m.group(), count, True,
                                                                           "fat.killed_wounded")])
        return _Candidate(_COUNT, m.start(), m.end(), mentions)

    def _looks_active(self, s: str, pos: int) -> bool:
        rest = s[pos : pos + 40].lstrip().lower()
        if not rest or not rest[0].isalnum():
            return False
        word = rest.split(None, 1)[0]
        return word in ("the", "a", "an", "his", "her", "their", "its", "him", "them", "at", "one", "two", "three",
                        "several", "dozens", "scores", "many", "some") or word[0].isdigit() or \
            word in PEOPLE.split("|") or self._object_person.match(rest) is not None

    def _c_headline_one(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        """Headline style, no article or number: 'NPA rebel killed in clash', 'Officer killed, 4 hurt'."""
        person = self._person_before.search(s, max(0, m.start() - 40), m.start())
        if person is None:
            person = self._person_phrase_before.search(s, max(0, m.start() - 80), m.start())
            if person is None:
                return None
        start = person.start()
        return _Candidate(_SINGLE, start, m.end(), [FatalityMention(start, m.end(), s[start : m.end()], 1, False, rule)])

    def _c_active_one(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        """'killing a fighter' (one person), possibly followed by more: 'killing a soldier and two fighters';
        headline style without an article: 'Force Kills Taliban IED Cell Leader'."""
        if any(w in self._number_starts or w in self._people or w in _NOT_MODIFIERS for w in m.group("mods").split()):
            return None  # 'killed two people and a soldier': a count comes first; 'killing him and his bodyguard'
        end, count = self._and_more(s, m.end(), rule)
        return self._continue(s, [FatalityMention(m.start(), end, s[m.start() : end], count, False, rule)], m.start(),
                              end, rule)

    def _and_more(self, s: str, end: int, rule: str) -> tuple[int, int]:
        """Where one named victim's phrase ends and how many it counts: 1, plus the singular victims listed after it
        ("him, his driver and a police bodyguard": 3) and one more or N more joined by "and" ("leader X and his
        bodyguard": 2, "him and 14 other people": 15)."""
        count = 1
        if s.startswith(" along with ", end) and s.startswith(("himself", "herself"), end + 12):
            # "killing a security guard along with himself": the bomber died too (2)
            return end + 19, 2
        if " and " not in s[end : end + 160]:
            return end, count
        listed = self._one_list.match(s, end) if s.startswith(",", end) else None
        if listed is not None:
            end, count = listed.end(), count + listed.group().count(",")
        more = self._one_and_more.match(s, end)
        if more is not None:
            group = next((g for g in ("n", "kn", "on") if more.group(g) is not None), None)
            found = self._quantity(s, more, group, rule) if group is not None else None
            if more.group("kin") is not None or more.group("one") is not None or found is not None:
                end, count = more.end(), count + (found.count if found is not None else 1)
        elif listed is not None:  # "killing him, his wife and 3 police bodyguards": a count ends the list (5)
            conj = self._conj.match(s, end)
            found = self._quantity(s, conj, "n", rule) if conj is not None else None
            if conj is not None and found is not None and _HURT_WORDS.search(s, conj.start(), conj.end() + 24) is None:
                end, count = conj.end(), count + found.count
        return end, count

    def _c_active(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        first: FatalityMention | None
        if m.group("self") is not None:  # "killing himself" (fat.self); "killing himself and 4 civilians": listed
            # with the dead, he is one of the reported toll (5); "killing themselves and 9 guests" says not how many
            listed = m.group("self") != "themselves" and self._conj.match(s, m.end()) is not None
            first = FatalityMention(m.start(), m.end("self"), m.group()[: m.end("self") - m.start()], 1, False,
                                    "fat.self_listed" if listed else "fat.self")
            end, count = self._and_more(s, m.end("self"), "fat.self_listed") \
                if m.group("self") != "themselves" and s.startswith((" and ", ", "), m.end("self")) else (0, 1)
            if count > 1:  # "killing himself and his driver" (2)
                return _Candidate(_COUNT, m.start(), end, [FatalityMention(m.start(), end, s[m.start():end], count,
                                                                           False, "fat.self_listed")])
        else:
            first = self._quantity(s, m, "n", rule, (m.start(), m.end("n")))
            if first is None:
                return None
            if (m.group("v2") or "").startswith(("wound", "injur", "hurt", "maim")):  # 'killed and wounded 20'
                return _Candidate(_COUNT, m.start(), m.end("n"), [FatalityMention(
                    first.start, first.end, first.text, min(3, first.count), True, "fat.killed_wounded")])
        return self._continue(s, [first], m.start(), m.end(), rule)

    def _continue(self, s: str, mentions: list[FatalityMention], start: int, end: int, rule: str) -> _Candidate:
        """Add the counts coordinated after a first one ('killing 5 soldiers and 3 civilians')."""
        while True:
            conj = self._conj.match(s, end)
            if conj is None:
                one = self._and_one_more.match(s, end) if " and " in s[end : end + 8] or " as well as " in \
                    s[end : end + 14] else None
                if one is not None:  # 'killing 43 soldiers and a US military adviser', '... and the bomber': one more
                    mentions.append(FatalityMention(one.start(), one.end(), s[one.start() : one.end()], 1, False, rule))
                    end = one.end()
                elif s.startswith(" and themselves", end) and (n := attackers_counted_before(s, start)):
                    mentions.append(FatalityMention(end + 5, end + 15, "themselves", n, False, "fat.and_themselves"))
                    end += 15  # "Two suicide bombers ..., killing 11 civilians and themselves" (13)
                break
            found = self._quantity(s, conj, "n", rule)
            if found is None:
                break
            mentions.append(found)
            end = conj.end()
        return _Candidate(_COUNT, start, end, mentions)

    def _c_bodies(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        found = self._quantity(s, m, "n", rule.replace("_of", "").replace("_lost", ""), m.span())
        if found is None:
            return None
        if rule == "fat.noun" and self._and_wounded.match(s, m.end()):  # "40 deaths and injuries": dead and hurt
            found = FatalityMention(found.start, found.end, found.text, min(3, found.count), True, "fat.killed_wounded")
        return _Candidate(_COUNT, m.start(), m.end(), [found])

    def _c_killings_of(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        """'the killings of 5 traders', 'the death of a soldier', 'the body of a man' (1)."""
        if m.group("one") is None:
            return self._c_bodies(s, m, rule)
        one = FatalityMention(m.start(), m.end("one"), s[m.start() : m.end("one")], 1, False, "fat.killings")
        return _Candidate(_SINGLE, m.start(), m.end("one"), [one])

    def _c_and_one(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        """'A soldier and his wife were killed' (2), 'Two policemen and a civilian were killed' (3), 'a commander,
        his aide and two guards were killed' (4: each singular person listed before "and" is one)."""
        verb = " ".join(m.group("verb").lower().split())
        if not m.group("aux").strip() and verb in TRANSITIVE and self._looks_active(s, m.end()):
            return None  # 'a bomb and a grenade killed 5': the verb is active
        counts = []
        for group in ("n", "n2"):
            if m.group(group) is None:
                counts.append(1)
                continue
            found = self._quantity(s, m, group, rule)
            if found is None:
                return None
            counts.append(found.count)
        counts.append(m.group("more").count(","))
        return _Candidate(_COUNT, m.start(), m.end(), [FatalityMention(m.start(), m.end(), m.group(), sum(counts),
                                                                       False, rule)])

    def _c_self(self, s: str, m: re.Match[str], rule: str) -> _Candidate:
        return _Candidate(_SELF, m.start(), m.end(), [FatalityMention(m.start(), m.end(), m.group(), 1, False, rule)])

    def _c_pronoun(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        """'police shot him dead', 'abducted a trader and killed him' (1); 'killing him and 14 other people' (15),
        'killing him, his driver and a bodyguard' (3); 'abducted 8 herders and killed them' (8: the count told
        before, as for 'beat them to death')."""
        if m.group("them") is not None or m.group("them2") is not None:
            return None if (found := self._told_them(s, m, rule)) is None else _Candidate(_COUNT, m.start(), m.end(), [found])
        end, count = self._and_more(s, m.end(), rule) if not m.group().endswith("dead") else (m.end(), 1)
        return _Candidate(_SINGLE if count == 1 else _COUNT, m.start(), end,
                          [FatalityMention(m.start(), end, s[m.start() : end], count, False, rule)])

    def _c_singular(self, s: str, m: re.Match[str], rule: str) -> _Candidate:
        rule = "fat.also" if " also " in m.group() else rule  # 'the bomber was also killed': one more
        return _Candidate(_SINGLE, m.start(), m.end(), [FatalityMention(m.start(), m.end(), m.group(), 1, False,
                                                                        rule)])

    def _c_to_death(self, s: str, m: re.Match[str], rule: str) -> _Candidate | None:
        """'beat a woman to death' (1), 'hacked 5 villagers to death' (5), 'beat to death a man' (1)."""
        group = "n" if m.group("n") is not None else "n2" if m.group("n2") is not None else None
        if m.group("them") is not None:  # "caught 2 men ... and beat them to death": the count told before
            found = self._told_them(s, m, rule)
            return None if found is None else _Candidate(_SINGLE, m.start(), m.end(), [found])
        if group is None:
            one = FatalityMention(m.start(), m.end(), m.group(), 1, False, rule)
            person = self._object_person.match(s, m.end()) if m.group("one2") is not None else None
            end = person.end() if person is not None else m.end()
            more = self._continue(s, [one], m.start(), end, rule)  # 'hacked to death a man and three women'
            return more if len(more.mentions) > 1 else _Candidate(_SINGLE, m.start(), m.end(), [one])
        found = self._quantity(s, m, group, rule, m.span())
        # 'stabbed to death a couple and three of their children' (5)
        return None if found is None else self._continue(s, [found], m.start(), m.end(), rule)

    def _told_them(self, s: str, m: re.Match[str], rule: str) -> FatalityMention | None:
        """The count of the group told before "them" ("caught 2 men and beat them to death"), once ("lynched them,
        burning them to death" is 2: a "them" already said of the group counts it)."""
        told = [c for c in self._number.finditer(s, max(0, m.start() - _THEM_REACH), m.start())
                if _THEM_GROUP.match(s, c.end()) is not None]
        if not told or " them" in s[told[-1].end():m.start()]:
            return None
        return self._quantity_at(s, *told[-1].span(), rule, m.span())

    def _c_zero(self, s: str, m: re.Match[str], rule: str) -> _Candidate:
        return _Candidate(_ZERO, m.start(), m.end(), [FatalityMention(m.start(), m.end(), m.group(), 0, False, rule)])

    def _c_vague(self, s: str, m: re.Match[str], rule: str) -> _Candidate:
        return _Candidate(_VAGUE, m.start(), m.end(), [FatalityMention(m.start(), m.end(), m.group(), 3, True, rule)])

    # -- selection ----------------------------------------------------------------------------------------
    def _select(self, s: str, accepted: list[_Candidate]) -> list[FatalityMention]:
        """A current death toll replaces the other counts; explicit counts replace number-less vague ones."""
        ranked = sorted(((cand.priority, mention) for cand in accepted for mention in cand.mentions),
                        key=lambda pm: pm[1].start)
        flags = self._cumulative_flags(s, [mention for _, mention in ranked])
        ranked, flags = self._rival_toll(s, ranked, flags)
        current = [(p, f) for (p, f), cumulative in zip(ranked, flags) if not cumulative]
        if any(p == _TOLL for p, _ in current):
            drop = {_COUNT, _SELF, _SINGLE, _VAGUE}
        elif any(p in (_COUNT, _SELF, _SINGLE, _TOLL) for p, _ in ranked):
            drop = {_VAGUE}
        else:
            drop = set()
        out = []
        for (priority, f), cumulative in zip(ranked, flags):
            if cumulative:
                out.append(FatalityMention(f.start, f.end, f.text, f.count, f.vague, f.rule_id, True))
            elif priority not in drop:
                out.append(f)
        return self._competing(s, out) if len(out) > 1 else out

    def _rival_toll(self, s: str, ranked: list[tuple[int, FatalityMention]], flags: list[bool],
                    ) -> tuple[list[tuple[int, FatalityMention]], list[bool]]:
        """A toll another source gives in a rival clause ('killing at least 19 people, state media said, while a
        rights group put the toll at 41') is no update of the count before it: the most conservative figure
        stays (CODING_RULES.md, Fatalities), so a higher rival toll is dropped."""
        if not any(p == _TOLL for p, _ in ranked):
            return ranked, flags
        cue = self._rival_claim.search(s)
        if cue is None:
            return ranked, flags
        before = sum(f.count for (p, f), cumulative in zip(ranked, flags)
                     if not cumulative and p in (_COUNT, _SINGLE) and f.end <= cue.start())
        if before <= 0:
            return ranked, flags
        keep = [not (p == _TOLL and f.start >= cue.start() and f.count >= before and not cumulative
                     and self._toll_update.search(f.text) is None)
                for (p, f), cumulative in zip(ranked, flags)]
        return ([pf for pf, k in zip(ranked, keep) if k], [c for c, k in zip(flags, keep) if k])

    def _competing(self, s: str, found: list[FatalityMention]) -> list[FatalityMention]:
        """A rival claim about the same victims ('two soldiers were killed, according to the ministry, while a
        Taliban spokesman claimed that more than 20 soldiers had died') is not more deaths: the most conservative
        figure for that group stays, the claim is dropped."""
        cue = self._rival_claim.search(s)
        if cue is None:
            return found
        before = {self._victim_noun(s, f): i for i, f in enumerate(found) if f.end <= cue.start() and not f.cumulative}
        out: list[FatalityMention | None] = list(found)
        for i, f in enumerate(found):
            noun = self._victim_noun(s, f) if f.start >= cue.end() and not f.cumulative else None
            j = before.get(noun) if noun else None
            if j is not None:
                first = out[j]
                if first is not None and f.count < first.count:
                    out[j] = FatalityMention(first.start, first.end, first.text, f.count, f.vague, first.rule_id)
                out[i] = None
        return [f for f in out if f is not None]

    def _victim_noun(self, s: str, f: FatalityMention) -> str | None:
        """The noun after a count ('20 soldiers' -> 'soldier'), singular, lower case."""
        number = self._number.match(s, f.start)
        word = self._next_word.match(s, number.end() if number else f.end)
        return word.group(1).lower().rstrip("s") or None if word else None

    def _spans_time(self, s: str, a: int, b: int) -> bool:
        """The sentence of an "in total" / "altogether" cue at s[a:b] spans time or many events elsewhere."""
        return any(m.start() >= b or m.end() <= a for m in self._total_span.finditer(s))

    def _cumulative_flags(self, s: str, mentions: list[FatalityMention]) -> list[bool]:
        """Each cumulative cue ("since", "to date", ...) marks the count nearest to it."""
        flags = [False] * len(mentions)
        if not mentions or not any(word in s for word in CUMULATIVE_WORDS):
            return flags
        for cue in self._cumulative.finditer(s):
            a, b = cue.span()
            if s.startswith("since", a) and self._superlative_before.search(s, max(0, a - 60), a) is not None:
                continue  # "the worst fighting since their 2020 war": a comparison, not a total since then
            if s.startswith(TOTAL_CUES, a) and not self._spans_time(s, a, b):
                continue  # "in total, 27 were killed in the attack": that one event's toll
            # a count of no one ("none of the deaths") totals nothing: the cue goes to the nearest real count
            counted = [i for i in range(len(mentions)) if mentions[i].count > 0] or list(range(len(mentions)))
            nearest = min(counted, key=lambda i: max(0, mentions[i].start - b, a - mentions[i].end))
            flags[nearest] = True
        return flags
