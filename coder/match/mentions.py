"""Event mentions: one per sentence that holds a trigger, with its roles, date, place and fatalities.

Everything here works on one article's precomputed matches (:class:`ArticleMatches`); nothing scans the
text again. The rules, each named by an id in ``rule_ids``:
- ``event.hypothetical``: a trigger governed by a modal or threat ("vowed to attack") is not an event.
- ``event.history``: a sentence about the past ("an earlier drone attack", "last year", a year-only date, "in a
  similar attack", "a similar strike last summer", "has been hit by several attacks", "the fighting has killed
  thousands", a month before the article's or the article's own past the lead, the anniversary of an event) is not
  coded as an event of the article's day.
- habits, allegations and things not done ("they often impose", "accused of abuses, including the killing of",
  "have not produced a ceasefire", "since the rebels began attacking", "a week after bandits killed") are not
  events; the count and place after such a trigger are not given to the sentence's event.
- the whole scope of an accusation ("accused both sides of abuses against civilians in X, including torture"), a
  kind of event rather than one ("each attack pushes families to the towns"), and background in the present
  perfect past the lead in a sentence with no date ("the junta has expelled French troops and has formed an
  alliance") are not events.
- places where the wounded were taken, a speaker spoke or mourners met ("taken to hospital in X") are not the event's.
- ``date.sentence`` / ``date.lead`` / ``date.published`` (``date.anchor``): the sentence's own date, else the article's
  lead date, else the publication date with precision 2.
- ``place.sentence``: the most specific place named in the sentence; a town the event was only near ("near the
  town of X", "in the hinterlands of X", "in a rural area of X") has geo precision 2.
- an "overnight" attack the sentence also dates by a named day ("late on Tuesday") is dated by that day; an event
  the sentence dates twice, its end in a clause of its own ("... before commandos ended the siege on Saturday
  morning"), is dated by its start.
- the counts by group of dead ("six police officers") travel with the mention, so that a toll update for one
  group ("raising the number of police killed to seven") changes only that group's part (``fat.group_toll``).
- a territory change said to happen without fighting ("retook X without resistance") is a non-violent transfer
  of territory (ACLED), whoever takes the place; so is one beside a withdrawal when the sentence names no
  fighting and no deaths ("forces withdrew from X, which the rebels then took over": ``event.withdrawal_takeover``).
- an attack foiled, thwarted or intercepted did not happen: the trigger it governs is not an event ("police
  foiled a suicide attack", "air defences intercepted two ballistic missiles").
- ``event.captive_fate``: a later sentence telling what became of hostages weeks or months on ("one was found
  beheaded a month later", "two hostages were executed and the rest freed after six weeks") tells of other days:
  its deaths are not the abduction's.
- ``event.seized_hostages``: a building, vehicle or ship seized with hostages taken in the same sentence ("seized a school,
  taking 1,100 people hostage") is a hostage-taking, not a takeover of territory.
- ``event.abduction_killed``: an abduction whose sentence also reports a killing ("abducted and later killed a
  worker", "killed three villagers and abducted ten") is coded by the killing (ACLED: an abduction with
  reported deaths is an attack).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Sequence

from coder.match.actors import NON_STATE_ARMED_INTERS, TITLED, ActorMention
from coder.match.clauses import (CAUSE_LIST, CROWD_FORCE_CLASSES, CUE_AFTER, CUE_GOVERNOR, CUE_HISTORY,
                                 CUE_HYPOTHETICAL, CUE_MODIFIER, CUE_MOTIVE, CUE_REMEMBERED, CUE_REPORTED, CUE_RESCUED, CUE_SPREAD, HISTORY,
                                 HYPOTHETICAL, MEASURE_CLASSES, MODIFIER_REACH, PEACEFUL_CROWD, REMEMBERED, RESCUED,
                                 TERRITORY_CLASSES, background_spans, captive_fate, cue_gate,
                                 drop_causes, eyewitness_count, modifier_after, opens_apart_in_time, opens_new_event, opens_on_told_event,
                                 outside_asides, progressive_before, protest_object, reaction_before, recovered_item,
                                 refers_back, reported_date, rite_told, says_that_day, search_outside, speaker_aside,
                                 split_motive, unreal_after, within_remembered, within_spans, year_named)
from coder.match.background_cues import REPEATED_PERFECT, after_publication, called_purpose, in_slogan
from coder.match.captures import peaceful_transfer, seized_hostages
from coder.match.crowd_assault import crowd_assault
from coder.match.dates import DateMention
from coder.match.fatalities import FatalityMention
from coder.match.grievances import CROWD_CLASSES, PROTEST_CLASSES, STRIKE_CLASSES, without_grievances
from coder.match.places import PlaceMention
from coder.match.resolved import ResolvedPlace, sentence_place
from coder.match.roles import Roles, Side, assign_roles, protest_roles, trigger_roles
from coder.match.triggers import TriggerMention
from coder.match.victim_groups import group_after, group_within, included_groups
from coder.text.normalize import lower_same_length

# the whole scope of an accusation: "accused both the insurgents and the soldiers of abuses against civilians in X,
# including beheadings and torture" (``event.alleged``)
_ACCUSATION_SCOPE = re.compile(r"\baccus(?:ed|es|ing|e)\s+(?:[\w'-]+\s+){0,8}?of\s[^.;]*$")
# "a mob dragged a man accused of burning the Quran out of custody and stoned him": a verb in the past after "and"
# goes back to the main clause (the accusation's gerund would go on: "accused of raping and killing a girl")
_PAST_VERB = re.compile(r"[a-z]+ed|shot|beat|burnt|set|hit")  # "and stoned him": not "and torture by soldiers"
_BACK_TO_MAIN = re.compile(r"\baccused\s+(?:[\w'-]+\s+){0,8}?of\s+(?!having\b|being\b)[^.;]*\s(?:and|then)\s+$")
# background in the present perfect past the lead, in a sentence with no date: "the junta has expelled French troops
# and has formed an alliance with ...", "the junta has responded with airstrikes", "the town has been hit by shelling"
# (``event.perfect_background``)
_PERFECT_BEFORE = re.compile(r"\b(?:(?:has|have)\s+(?:been\s+)?(?:repeatedly|frequently|often|regularly|routinely)\s+"
                             r"(?:been\s+)?$|"  # "convoys have repeatedly been ambushed": a habit, no one day's event
                             r"(?:has|have)\s+(?:(?:also|since|now|already|repeatedly|long|recently)\s+)?"
                             r"(?:(?:been\s+)?[a-z]+(?:ed|en)\s+(?:with|by|to)\s+(?:(?:the|a|an|its|their)\s+)?"
                             r"(?:[a-z-]+\s+){0,3})?$|" + REPEATED_PERFECT + ")")
# a date a protest is scheduled for: "called a strike for Friday", "a march set for Monday" (``event.scheduled``)
# "the SDF and the SNA exchanged artillery fire": an exchange has two sides, whatever the weapon (``role.symmetric``)
_EXCHANGED_BEFORE = re.compile(r"\bexchang(?:ed|ing|es?\s+of)\s+(?:heavy\s+|intense\s+|sporadic\s+)?$")
_SCHEDULED_FOR = re.compile(r"\bfor\s+(?:(?:next|this|coming|this\s+coming)\s+)?$")
# an allegation reaches across a list ("accused of abuses, including the killing of civilians")
_ALLEGED = re.compile(r"\b(?:accused|suspected|charged|convicted) (?:of|with)\s+(?:[\w'-]+,?\s+){0,3}$")
# a habit, not an occurrence ("a measure they often impose to protest"), or what started before the news
# ("since the Houthis began attacking ships"): the trigger it governs is not an event of the article
_HABITUAL = re.compile(
    r"\b(?:often|usually|regularly|routinely|frequently|typically|since\s+(?:\w+\s+){0,3}(?:began|started)|"
    r"(?:days?|weeks?|months?|years?) (?:after|before)|(?:turn(?:ed|s|ing)?|resort(?:ed|s|ing)?) to)"
    r"\s+(?:[\w'-]+\s+){0,5}$"
    # "fled since the attack", "have grown since the peace deal was signed": an event named as a time anchor
    r"|\bsince\s+(?:the|that|this|its|their)\s+(?:[\w'-]+\s+){0,2}$"
)
# background in the perfect: a run of attacks or an aggregate toll, searched only in sentences with 'has'/'have'
_PERFECT_HISTORY = re.compile(
    r"\b(?:(?:has|have) (?:long )?been (?:hit|targeted|struck|rocked|plagued|shaken|attacked) by (?:several|repeated|"
    r"numerous|many|multiple|frequent|a (?:series|string|spate|wave)|dozens)|(?:has|have) seen (?:repeated|several|"
    r"numerous|many|a (?:series|string|spate|wave))|(?:war|conflict|fighting|violence|insurgency|crisis)\W+(?:\w+\W+){0,6}"
    r"(?:has|have) (?:so far )?killed|(?:has|have) killed (?:more than |over |at least |some )?(?:hundreds|thousands|tens of)|"
    # "more than 40,000 people have been killed in the conflict", "... have been killed in Ituri since 2017"
    r"(?:has|have) (?:so far )?(?:been killed|died) (?:in|during|throughout|over) the (?:conflict|war|insurgency|"
    r"violence|fighting|unrest|crisis|same period)|(?:has|have) (?:so far )?been killed\b[^.;]{0,60}\bsince)\b"
)
# not one event at one place: "roads were blocked in several parts of the country", "hostages still held by the group"
_SPREAD_OR_ONGOING = re.compile(
    r"\b(?:(?:in|across|throughout|on|along)\s+(?:several|many|various|different|other|numerous)\s+(?:other\s+)?"
    r"(?:parts|areas|regions|provinces|cities|towns|districts|sections|sectors|stretches)\s+of|still\s+(?:being\s+)?held|still\s+holding|remain(?:s|ed)?\s+in\s+captivity)\b"
)
# a non-state side's own statement ("Taliban spokesman X said the militants had killed 20 officers"): a claim
_GROUP_SPEAKS = re.compile(r"(?:'s)?,?\s+(?:(?:spokes(?:man|woman|person)|commander|statement)\b[^.;]{0,60}?\b)?"
                           r"(?:said|says|claimed|claims|told)\b")
_CALENDAR_DATE_RULES = frozenset({"date.day_month", "date.month_day", "date.iso", "date.numeric", "date.numeric.us",
                                  # with the year written out ("on August 3, 2014", "on 9 May 2020")
                                  "date.day_month_year", "date.month_day_year"})
RECALLED_DAYS = 2
# the clause a date ends, when the sentence also dates the start: "until Saturday", "before troops ended the siege on
# Saturday", "the standoff ended on Sunday"
_ENDING_BEFORE = re.compile(r"\b(?:until|till|(?:before|when|as|and)\s+(?:[\w'-]+\s+){0,4}?(?:end(?:ed|ing|s)?|"
                            r"lift(?:ed|ing|s)?|broke|break(?:ing|s)?|stormed)|end(?:ed|ing)|was\s+over|"
                            r"were\s+over|concluded)\s+(?:[\w'-]+\s+){0,4}?$|"
                            # a deadline or a day ahead: "demanding that the election be held before 2 April"
                            r"\b(?:before|no\s+later\s+than|ahead\s+of)\s+(?:the\s+)?$")
# who is arrested, right after the verb: the crowd told of before ("detained around 40 of them", "arrested
# dozens of the protesters", "arrested 12 demonstrators")
_CROWD_ARRESTED = re.compile(
    r"\s+(?:(?:around|about|some|over|more\s+than|at\s+least|nearly|almost|up\s+to|[\w,-]+)\s+){0,3}?"
    r"(?:of\s+(?:them|(?:the\s+)?(?:protesters|protestors|demonstrators|marchers|participants|rioters|crowd|"
    r"strikers))|them|\d[\d,]*(?=[.;]|,\s|$)|"  # (a bare count ending its clause: "Police arrested 12.")
    r"(?:protesters|protestors|demonstrators|marchers|participants|rioters|strikers|people)\b"
    r"(?!\s+(?:suspected|accused|wanted|linked|believed|for|over|in\s+connection)\b))\b")
_ABDUCTION = "abduction"
_KILLING_CLASSES = frozenset({"killing", "killing_physical"})
LEAD_SENTENCES = 3
HISTORY_DAYS = 45


@dataclass(slots=True)
class ArticleMatches:
    """All matches of one article, bucketed by sentence."""

    text: str
    published: date | None
    sentences: list[tuple[int, int]]
    actors: list[ActorMention]
    triggers: list[TriggerMention]
    dates: list[DateMention]
    places: list[tuple[PlaceMention, ResolvedPlace]]
    countries: list[str]  # ISO2 hints, most relevant first
    lower: str = ""  # the text lower-cased, same offsets: what the case-blind cue patterns run on
    reference: date | None = None  # the day relative dates were resolved against: publication, else text's own
    _starts: list[int] = field(default_factory=list)
    _buckets: dict[int, dict[int, list]] = field(default_factory=dict)
    _cue_starts: list[list[int]] | None = None  # where the gated cue regexes' heads begin (see cue_gate)
    _reported: dict[int, bool] = field(default_factory=dict)  # date start -> attached to a reporting verb

    def __post_init__(self) -> None:
        self._starts = [start for start, _ in self.sentences]
        if len(self.lower) != len(self.text):
            self.lower = lower_same_length(self.text)
        if self.reference is None:
            self.reference = self.published

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def in_sentence(self, items: Sequence, index: int) -> list:
        """The items (mentions, or (mention, resolved) pairs) lying wholly inside sentence ``index``; the
        items are bucketed by sentence once per list."""
        buckets = self._buckets.get(id(items))
        if buckets is None:
            buckets = {}
            for item in items:
                start, end = _span(item)
                sentence = self.sentence_of(start)
                if end <= self.sentences[sentence][1]:
                    buckets.setdefault(sentence, []).append(item)
            self._buckets[id(items)] = buckets
        return buckets.get(index, [])

    def set_cue_hits(self, hits: list) -> None:
        """Where the gated cue regexes' heads begin, from the hits of the gate's heads (``cue_gate().lexicon()``)
        found by a shared walk over this text, lower-cased and folded (coder.text.scan)."""
        self._cue_starts = cue_gate().starts(self.lower, hits)

    def cue_possible(self, cue: int, lo: int, hi: int) -> bool:
        """Whether gated cue regex ``cue`` (``_CUE_*``) can match in ``lower[lo:hi]``; one Aho-Corasick pass
        over the article, on first use, finds where all of them can begin."""
        gate = cue_gate()
        if self._cue_starts is None:
            self._cue_starts = gate.starts(self.lower)
        return gate.may_match(cue, self._cue_starts, self.lower, lo, hi)


def _span(item: object) -> tuple[int, int]:
    if isinstance(item, tuple):
        item = item[0]
    return item.start, item.end  # type: ignore[attr-defined]


@dataclass(slots=True)
class EventMention:
    sentence_index: int
    trigger: TriggerMention
    side1: Side | None
    side2: Side | None
    event_date: date | None
    time_precision: int | None
    place: ResolvedPlace | None
    fatalities: int | None
    rule_ids: list[str]
    anaphoric: bool = False  # "the attacks had killed ...": refers back to an event already described
    groups: tuple[tuple[str, int], ...] = ()  # the counts by group of dead ("six police officers": vg.police 6)
    toll_group: str | None = None  # a toll update for one group ("the number of police killed rose to seven")


def _definite_agent(text: str, side: Side | None) -> bool:
    """'the attackers', 'the marchers': a generic agent with a definite article refers back to an earlier event."""
    return side is not None and side.main is not None and side.main.kind == "agent" \
        and text[max(0, side.main.start - 4) : side.main.start] == "the "


def lead_date(matches: ArticleMatches) -> DateMention | None:
    """The first day-or-week date in the lead sentences that lies within a fortnight before publication."""
    if not matches.sentences or matches.reference is None:
        return None
    lead_end = matches.sentences[min(LEAD_SENTENCES, len(matches.sentences)) - 1][1]
    reported: DateMention | None = None  # "officials said Tuesday": only when the lead gives no other day
    for mention in matches.dates:
        if mention.start > lead_end:
            break
        if getattr(mention, "year_only", False) or mention.precision == 3:
            continue
        if timedelta(0) <= matches.reference - mention.date <= timedelta(days=14):
            if mention.rule_id == "date.overnight":  # "an overnight attack ... late on Tuesday": the named day
                return _named_day_beside(matches, mention) or mention
            if _reported(matches, mention):
                reported = reported or mention
                continue
            return mention
    return reported


def _reported(matches: ArticleMatches, mention: DateMention) -> bool:
    """``date.reported``: the date of a reporting verb ("officials said Tuesday"), not of the event."""
    memo = matches._reported
    if mention.start not in memo:  # asked for the lead's dates once per mention
        start = matches.sentences[matches.sentence_of(mention.start)][0]
        memo[mention.start] = matches.cue_possible(CUE_REPORTED, max(start, mention.start - 70), mention.start) \
            and reported_date(matches.lower, start, mention.start, mention.end)
    return memo[mention.start]


def _named_day_beside(matches: ArticleMatches, night: DateMention) -> DateMention | None:
    index = matches.sentence_of(night.start)
    return next((d for d in matches.in_sentence(matches.dates, index) if d is not night and d.precision == 1
                 and not getattr(d, "year_only", False) and d.rule_id != "date.overnight"), None)


def sentence_date(matches: ArticleMatches, index: int, trigger: TriggerMention,
                  default: DateMention | None = None) -> DateMention | None:
    """The date in the sentence closest to the trigger (year-only dates excluded); a reporting verb's date
    ("officials said Tuesday", "said last week that") gives way to the article's lead date ``default`` when that
    is no later or is told before it."""
    candidates = [d for d in matches.in_sentence(matches.dates, index) if not getattr(d, "year_only", False)]
    if not candidates:
        return None
    # "01/21/1991: 17 November fired a rocket ...": an incident summary's header is its incident's day; a day
    # and month in the sentence are a name or background, never a second date (``date.numeric.header``)
    header = next((d for d in candidates if d.rule_id.startswith("date.numeric") and not matches.text[:d.start].strip()
                   and matches.text.startswith(":", d.end)), None)
    if header is not None:
        return header
    if len(candidates) > 1:
        # "an overnight attack ... late on Tuesday": the named day dates the night (``date.night_named``)
        named = [d for d in candidates if d.rule_id != "date.overnight"]
        candidates = named or candidates
        # "On Friday night, gunmen stormed a cafe ... before commandos ended the siege on Saturday morning": an event is
        # dated by its start, not by the day it ended
        sentence_start = matches.sentences[index][0]
        started = [d for d in candidates if _ENDING_BEFORE.search(matches.lower, max(sentence_start, d.start - 60),
                                                                   d.start) is None]
        if started and len(started) < len(candidates):
            candidates = started
    # "..., officials said Tuesday": a reporting verb's date dates the event only when nothing else does
    told = [d for d in candidates if not _reported(matches, d)]
    if not told and default is not None and (default.date <= candidates[0].date or default.start < candidates[0].start):
        # the lead's day, as if the sentence named it (``date.reported``); an earlier report ("the group said last
        # week that it had ...") is when it was said too: the lead, told before it, dates the event
        return default
    return min(told or candidates, key=lambda d: abs(d.start - trigger.start))


def _scheduled(matches: ArticleMatches, mention: DateMention) -> bool:
    """``event.scheduled``: a date something is planned for ("called a strike for Tuesday", "a march for next
    Friday"), not a possessive ("blamed for Monday's attack": the day of an event)."""
    lo = max(0, mention.start - 25)
    return matches.lower.find("for ", lo, mention.start) >= 0 and not matches.lower.startswith("'s", mention.end) \
        and _SCHEDULED_FOR.search(matches.lower, lo, mention.start) is not None


def is_history(matches: ArticleMatches, index: int, own_date: DateMention | None,
               lead: DateMention | None = None, rite: bool = False) -> bool:
    """A sentence about the past: history cue words, or only old/year-only dates, and no recent date; or no single
    event ("in several parts of the country", "hostages still held")."""
    start, end = matches.sentences[index]
    if matches.cue_possible(CUE_SPREAD, start, end) \
            and _SPREAD_OR_ONGOING.search(matches.lower, start, end) is not None:
        return True
    if index > 0 and own_date is None and captive_fate(matches.lower, start, end):
        return True  # ``event.captive_fate``
    if own_date is not None and lead is not None and index >= LEAD_SENTENCES and own_date.rule_id in _CALENDAR_DATE_RULES \
            and own_date.date < lead.date - timedelta(days=RECALLED_DAYS):
        # "On June 27, a missile hit a mall in Kremenchuk" past the lead of a story dated by its lead: an earlier
        # event recalled as background, already reported in its own day's news (``event.recalled``)
        return True
    if not rite and rite_told(matches.lower, start, end):
        return True  # "the victims were buried on Thursday", "funerals were held" (``event.rite``)
    if own_date is not None and matches.reference is not None:
        if not rite and matches.cue_possible(CUE_REMEMBERED, start, end) \
                and REMEMBERED.search(matches.lower, start, end) is not None:
            return True  # "gathered on Tuesday to mark the anniversary of a bombing that killed ...": today is the rite's
        if own_date.date < matches.reference - timedelta(days=HISTORY_DAYS):
            # an explicit, complete date codes the event on its own day (ACLED-style descriptions)
            return own_date.precision != 1
        # "Last month, gunmen killed nine farmers", "an attack in Herat earlier this month killed 30": past the lead,
        # an event dated only by a month (the article's own or an earlier one) is background
        return index >= LEAD_SENTENCES and own_date.precision == 3 \
            and (own_date.date.year, own_date.date.month) <= (matches.reference.year, matches.reference.month)
    lower, aside = matches.lower, background_spans(matches.lower, start, end, index)  # (``event.appositive``)
    if any(getattr(d, "year_only", False) and not within_spans(d.start, aside)
           for d in matches.in_sentence(matches.dates, index)):
        return True
    if matches.cue_possible(CUE_HISTORY, start, end) and search_outside(HISTORY, lower, start, end, aside):
        return True
    return (lower.find(" has ", start, end) >= 0 or lower.find(" have ", start, end) >= 0) \
        and search_outside(_PERFECT_HISTORY, lower, start, end, aside)


def is_hypothetical(matches: ArticleMatches, trigger: TriggerMention) -> bool:
    (start, end), after = matches.sentences[matches.sentence_of(trigger.start)], trigger.end
    if matches.cue_possible(CUE_MODIFIER, after, after + MODIFIER_REACH) and modifier_after(matches.lower, after):
        return True  # "protest-related violence", "protest organisers", "explosions echoed across the city"
    if (matches.cue_possible(CUE_AFTER, trigger.end, min(end, trigger.end + 60))
            and unreal_after(matches.lower, trigger.start, trigger.end, start, end)) \
            or speaker_aside(matches.lower, start, trigger.start):
        return True  # "the shells fall every day", "an assault on X would be ...", "said Naima, who was taken ..."
    if not trigger.text.endswith("ed") and recovered_item(matches.lower, start, end, trigger.start, trigger.end):
        return True  # "a cache of arms, including an RPG, was recovered" (``event.recovered``)
    lo = max(start, trigger.start - 60)
    window = matches.lower[lo : trigger.start]
    if matches.cue_possible(CUE_HYPOTHETICAL, lo, trigger.start) and HYPOTHETICAL.search(window) is not None \
            and not _main_again(window, trigger):
        return True
    if trigger.cls == _ABDUCTION and matches.cue_possible(CUE_RESCUED, lo, trigger.start) \
            and RESCUED.search(window) is not None:
        return True  # "troops rescued 12 kidnapped passengers": the rescue, not a kidnapping
    if matches.lower.find("accus", start, trigger.start) >= 0 \
            and _ACCUSATION_SCOPE.search(matches.lower, start, trigger.start) is not None \
            and not (_BACK_TO_MAIN.search(matches.lower, start, trigger.start) is not None
                     and _PAST_VERB.fullmatch(trigger.text.split(None, 1)[0].lower()) is not None):
        return True
    wide_start = max(start, trigger.start - 80)
    if not matches.cue_possible(CUE_GOVERNOR, wide_start, trigger.start):  # one of its words first
        return False
    return (_ALLEGED.search(window) is not None and not _main_again(window, trigger)) \
        or _HABITUAL.search(matches.lower[wide_start : trigger.start]) is not None


def _main_again(window: str, trigger: TriggerMention) -> bool:
    """"caught 2 men suspected of stealing cattle and beat them to death": a past verb after the suspicion's "and"
    goes back to the main clause (its gerund would go on: "suspected of stealing and killing")."""
    return window.endswith(" and ") and _ALLEGED.search(window) is not None \
        and _PAST_VERB.fullmatch(trigger.text.split(None, 1)[0].lower()) is not None


_OBJECT_GAP = re.compile(r"\s+(?:(?:an?|the|another|planned|possible|major|would-be|imminent|potential|"
                         r"terrorist|terror|coordinated|large-scale|fresh|new)\s+){0,3}")


def _alleged(matches: ArticleMatches, trigger: TriggerMention) -> bool:
    """A trigger named as what someone is accused or suspected of ("a man suspected of theft")."""
    start = matches.sentences[matches.sentence_of(trigger.start)][0]
    return _ALLEGED.search(matches.lower, max(start, trigger.start - 60), trigger.start) is not None


def sentence_fatalities(found: Sequence[FatalityMention]) -> tuple[int | None, list[str]]:
    """Sum the distinct, non-cumulative kill counts of one sentence (0 when it says nobody died)."""
    counted = [f for f in found if not getattr(f, "cumulative", False)]
    if not counted:
        return None, []
    return sum(f.count for f in counted), [f.rule_id for f in counted]


def build_mention(
    matches: ArticleMatches,
    index: int,
    triggers: Sequence[TriggerMention],
    fatalities: Callable[[], Sequence[FatalityMention]],
    default_date: DateMention | None,
    symmetric_classes: frozenset[str] = frozenset(),
) -> EventMention | None:
    """The event mention of sentence ``index``, or None when it is not an event.

    The highest-priority trigger gives the event its class; the earliest one (usually the main clause's verb:
    "JNIM killed four soldiers in an ambush") anchors the roles (``role.anchor``).
    """
    live = [t for t in triggers if not is_hypothetical(matches, t)]
    if not live:
        return None
    lower, (sentence_start, sentence_end) = matches.lower, matches.sentences[index]
    named_by_year = None  # a year can only be written after a space: "a 2014 bombing"
    if lower.find(" 20", sentence_start, sentence_end) >= 0 or lower.find(" 19", sentence_start, sentence_end) >= 0:
        named_by_year = next((t.start for t in triggers if year_named(lower, sentence_start, t.start)), None)
    if named_by_year is not None:  # "for their role in a 2014 bombing that killed 70": that event and what it did
        live = [t for t in live if t.start < named_by_year]
    protest = next((t for t in live if t.cls in PROTEST_CLASSES), None)
    if protest is not None:  # "demonstrated in Idlib against the bombardment" (``event.protest_object``)
        live = [t for t in live if t.start < protest.end or t.cls in PROTEST_CLASSES or not (
            protest_object(lower, protest.end, t.start) or in_slogan(lower, sentence_start, t.start))]
    undated = not matches.in_sentence(matches.dates, index)
    if live and index > 0 and undated and reaction_before(lower, sentence_start, min(t.start for t in live)):
        return None  # "the president condemned what he called a cowardly attack" (``event.reaction``)
    if live and index >= LEAD_SENTENCES and undated:
        kept, perfect_end = [], -1  # "has responded with airstrikes and artillery fire": both in the perfect
        for t in sorted(live, key=lambda t: t.start):
            if _PERFECT_BEFORE.search(matches.lower, max(sentence_start, t.start - 50), t.start) is not None or (
                    t.text.endswith("ing") and progressive_before(matches.lower, sentence_start, t.start)) or (
                    perfect_end >= 0 and CAUSE_LIST.fullmatch(matches.lower, perfect_end, t.start) is not None):
                perfect_end = t.end
            else:
                kept.append(t)
        live = kept
    if not live:
        return None
    motive_rule: list[str] = []
    if matches.cue_possible(CUE_MOTIVE, *matches.sentences[index]):
        live, motive_rule = split_motive(matches.lower, matches.sentences[index], live,
                                         matches.in_sentence(matches.dates, index))
    if not live:
        return None
    named = live  # a takeover "after the army withdrew following heavy fighting" was fought for (``captures.peaceful_transfer``)
    live, cause_rule = drop_causes(matches.lower, matches.sentences[index][0], live)
    trigger = max(live, key=lambda t: (t.priority, -t.start))
    assault = crowd_assault(trigger, live, matches.in_sentence(matches.actors, index), sentence_start)
    if assault is not None:  # "youths taking part in the protests attacked a police post" (``event.protest_assault``)
        trigger, cause_rule = assault, cause_rule + ["event.protest_assault"]
    # "The attack came a week after insurgents killed twelve fishermen near Monguno": the count and place after a
    # trigger that is no event belong to it, not to the event of the sentence (``event.governed_clause``)
    live_ids = {id(t) for t in live}  # identity, not field equality: a run-on text can hold thousands of triggers
    governed = [t for t in triggers if t.start > trigger.start and id(t) not in live_ids]
    cut = min((t.start for t in governed), default=None)
    # "lynched a man suspected of child abduction in Gumla": an allegation is no other event, its place is this
    # event's; its count stays cut ("a man accused of killing two children": not this event's dead)
    # nor is the attack a verb takes as its object ("police foiled a suicide attack in Peshawar")
    place_cut = min((t.start for t in governed if not _alleged(matches, t)
                     and _OBJECT_GAP.fullmatch(matches.lower, trigger.end, t.start) is None), default=None)
    extra_rule = None
    if trigger.cls == "nonstate_overtakes" and (hostages := seized_hostages(trigger, live, lower)) is not None:
        trigger, extra_rule = hostages, "event.seized_hostages"  # "seized a school ..., taking 1,100 people hostage"
    if trigger.cls in TERRITORY_CLASSES:  # "took control of X without a fight": no armed interaction
        trigger, extra_rule = peaceful_transfer(trigger, named, lambda: bool(sentence_fatalities(fatalities())[0]))
    elif trigger.cls == _ABDUCTION:
        killing = next((t for t in live if t.cls in _KILLING_CLASSES), None)
        if killing is not None:
            trigger, extra_rule = killing, "event.abduction_killed"
    anchor = min(live, key=lambda t: t.start)
    own_date = sentence_date(matches, index, trigger, default_date)
    if own_date is None and index > 0 and says_that_day(matches.lower, *matches.sentences[index]):
        own_date = _day_told_before(matches, index)  # ``date.that_day``
    # a gathering to commemorate is itself an event of its day ("rallied to commemorate the victims of ..."), and so
    # is a crowd's violence there when it is not the remembered event (``event.commemoration_crowd``)
    rite = trigger.cls in PEACEFUL_CROWD or (
        trigger.cls in CROWD_FORCE_CLASSES and matches.cue_possible(CUE_REMEMBERED, *matches.sentences[index])
        and not within_remembered(matches.lower, *matches.sentences[index], trigger.start))
    if is_history(matches, index, own_date, default_date, rite) or (
            own_date is None and _history_continued(matches, index, anchor)):
        return None
    start, end = matches.sentences[index]
    if own_date is not None and (trigger.cls in PROTEST_CLASSES or trigger.cls in STRIKE_CLASSES) \
            and all(_scheduled(matches, d) for d in matches.in_sentence(matches.dates, index)):
        return None  # "announced a strike and a march for Friday": a plan, not a protest (``event.scheduled``)
    if (called_purpose(lower, start, trigger.start) and trigger.cls in PROTEST_CLASSES | STRIKE_CLASSES) or (
            own_date is not None and after_publication(own_date.date, matches.published, own_date.text)):
        return None  # "called a bandh on Friday to protest" (``event.called``), "on September 10" (``event.future``)
    actors = outside_asides(matches.lower, start, end, matches.in_sentence(matches.actors, index))  # (event.appositive)
    if rite and matches.cue_possible(CUE_REMEMBERED, start, end):  # "on the anniversary of the military coup, youths
        # threw stones": who is remembered is no side of the day's event (``event.commemoration_crowd``)
        actors = [a for a in actors if not within_remembered(matches.lower, start, end, a.start)]
    if trigger.cls not in MEASURE_CLASSES:  # "President X" is a side of a deal or a measure, not of fighting
        actors = [a for a in actors if not a.entry_id.endswith(TITLED)]
    symmetric = trigger.cls in symmetric_classes or _EXCHANGED_BEFORE.search(
        matches.lower, max(0, anchor.start - 24), anchor.start) is not None
    roles = assign_roles(matches.lower, anchor, actors, symmetric, matches.text)
    if roles.side1 is None and trigger is not anchor:  # "... were killed when a mine planted by X exploded"
        roles = trigger_roles(matches.lower, roles, anchor, trigger, actors, trigger.cls in symmetric_classes,
                              matches.text)
    if trigger.cls in PROTEST_CLASSES and roles.side2 is not None:  # "marched against the government"
        roles = protest_roles(matches.lower, roles, trigger if trigger is not anchor else None,
                              matches.in_sentence(matches.actors, index), start, matches.text)
    rule_ids = [trigger.entry_id, roles.rule_id] + ([extra_rule] if extra_rule else []) + cause_rule + motive_rule
    event_date: date | None
    precision: int | None
    if own_date is not None:
        event_date, precision = own_date.date, own_date.precision
        rule_ids += ["date.sentence", own_date.rule_id]
        if own_date is default_date and matches.sentence_of(own_date.start) != index:
            rule_ids.append("date.reported")
    elif default_date is not None:
        event_date, precision = default_date.date, default_date.precision
        rule_ids += ["date.lead", default_date.rule_id]
    else:
        event_date, precision = matches.reference, 2 if matches.reference else None
        rule_ids.append("date.published" if matches.published else "date.anchor")
    found = fatalities() if cut is None else [f for f in fatalities() if f.start < cut - start]  # sentence offsets
    if found and trigger.cls in CROWD_CLASSES:  # "marched to protest over the killing of a trader": the grievance
        found = without_grievances(matches.lower, start, found)
    count, fatality_rules = sentence_fatalities(found)  # counted only for real event mentions
    rule_ids += fatality_rules
    groups, toll_group = _fatality_groups(matches, start, found) if count else ((), None)
    if count and _group_claim(matches, index):
        rule_ids.append("fat.claim")
    elif count and index > 0 and "fat.toll" not in fatality_rules and eyewitness_count(matches.lower, start, end):
        rule_ids.append("fat.witness")
    place = sentence_place(matches.in_sentence(matches.places, index), matches.text, matches.lower,
                           matches.sentences[index], place_cut)
    if place is not None:
        rule_ids.append("place.sentence")
    # the first sentence has no earlier event to refer back to ("when their patrol stepped on a landmine")
    if index > 0 and opens_new_event(matches.lower, start):  # "Separately, ...": another event
        rule_ids.append("event.new_opener")
    elif index > 0 and opens_apart_in_time(matches.lower, start):  # "Minutes earlier, ...": apart in time
        rule_ids.append("event.time_opener")
    anaphoric = index > 0 and "event.new_opener" not in rule_ids and (
        refers_back(matches.lower, start, trigger.start)
        or any(_definite_agent(matches.lower, side) for side in (roles.side1, roles.side2)))
    if trigger.cls == "arrest" and _CROWD_ARRESTED.match(matches.lower, trigger.end, end) is not None:
        rule_ids.append("arrest.crowd")  # "detained around 40 of them": the crowd told of before
    return EventMention(index, trigger, roles.side1, roles.side2, event_date, precision, place, count, rule_ids,
                        anaphoric, groups, toll_group)


def _fatality_groups(matches: ArticleMatches, start: int, found: Sequence[FatalityMention],
                     ) -> tuple[tuple[tuple[str, int], ...], str | None]:
    """The sentence's counts by group of dead, and the group a toll update names (``fat.group_toll``)."""
    groups: list[tuple[str, int]] = []
    toll_group: str | None = None
    for f in found:
        if getattr(f, "cumulative", False) or f.rule_id == "fat.perpetrators" or getattr(f, "vague", False):
            continue  # (the next sentence's attackers; "a number of terrorists": no group's count)
        if matches.text[start + f.start : start + f.end] != f.text:
            return (), None  # counts read from the next sentence: their offsets are not this sentence's
        if f.rule_id == "fat.toll":
            toll_group = group_within(matches.lower[start + f.start : start + f.end])
            continue
        group = group_after(matches.lower, start + f.end) or group_within(f.text.lower())  # "one policeman was killed"
        if group is not None:
            groups.append((group, f.count))
    if groups:  # "killing 3 policemen, including 2 gunmen": the gunmen are counted already
        groups += included_groups(matches.lower, start + found[0].start)
    return tuple(groups), toll_group


def _group_claim(matches: ArticleMatches, index: int) -> bool:
    """The sentence reports what an armed non-state group says ('Taliban spokesman X said ...', 'the BLA claimed')."""
    for actor in matches.in_sentence(matches.actors, index):
        if actor.kind == "armed_group" and actor.inter in NON_STATE_ARMED_INTERS \
                and _GROUP_SPEAKS.match(matches.text, actor.end):
            return True
    return False


def _day_told_before(matches: ArticleMatches, index: int) -> DateMention | None:
    """The last day (not a bare year) dated in the two sentences before sentence ``index``: what "that day" is."""
    for before in range(index - 1, max(-1, index - 3), -1):
        dates: list[DateMention] = matches.in_sentence(matches.dates, before)
        for mention in reversed(dates):
            if not mention.year_only:
                return mention
    return None


def _history_continued(matches: ArticleMatches, index: int, anchor: TriggerMention) -> bool:
    """``event.history_continued``: past the lead, a sentence with no date that opens on a definite description
    of an event ("The five-month battle to retake the city killed ...") right after a sentence set in the past (a
    year, or a date more than ``HISTORY_DAYS`` old, and no recent one) goes on about that past."""
    if index < LEAD_SENTENCES or matches.reference is None or matches.in_sentence(matches.dates, index):
        return False
    if not opens_on_told_event(matches.lower, matches.sentences[index][0], anchor.start):
        return False
    before = matches.in_sentence(matches.dates, index - 1)
    old = matches.reference - timedelta(days=HISTORY_DAYS)
    return bool(before) and all(getattr(d, "year_only", False) or d.date < old for d in before)
