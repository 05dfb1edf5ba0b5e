"""Clause cues of wire-style articles: what a date, a trigger or a place in a sentence is attached to.

Each function reads the article's lower-cased text (same offsets as the text) around one match; nothing scans
the whole article. The ``*_GATE`` patterns hold the literal words the date, motive and modal/habit rules cannot match
without: the caller (coder.match.mentions) runs those rules only where the article's one cue-head walk found one
(``ArticleMatches.cue_possible``), so the rules here do not search for them again. The rules, each named by an id in ``rule_ids`` where it changes a mention:
- ``date.reported``: a date attached to a reporting verb ("officials said Tuesday", "the army said in a statement
  late on Tuesday") is when something was said, not when it happened; it dates an event only when the text
  gives no other day.
- ``event.motive``: what an event is said to avenge ("the bombing could be a retaliation for an operation on
  Friday in which troops killed 11") is an earlier event: the triggers after the cue are that event (coded on
  its own day when the sentence gives one, else background), the trigger before it only names the event already
  told.
- ``event.history_continued``: a sentence with no date of its own that goes on about the event of a sentence
  set in the past ("Marawi was largely destroyed in 2017 ... The five-month battle to retake the city killed
  more than 1,100") is history too.
- ``event.unreal_after``: a trigger whose own clause goes on with a modal or a habit ("an assault on the city
  would be catastrophic", "the shells fall every day") tells of no event that happened.
- ``event.speaker_aside``: a relative clause about a speaker ("said Naima, 24, who was taken captive in 2014")
  is the speaker's past, not an event of the article.
- ``event.reaction``: a sentence with no date of its own whose triggers all come after a reaction ("the president
  condemned what he called a cowardly attack", "X condemned the strike, and Y said attacks on civilians were war
  crimes", "offered condolences over the bombing") tells of an event already reported, or of none.
- ``event.year_named``: an event named with its year before it ("a 2014 bombing", "the October 2017 attack") is
  history, whatever day the sentence's trial or sentence is on.
- ``event.progressive_background``: past the lead, in a sentence with no date, an ongoing process in the present
  progressive ("France, which is withdrawing its troops from Mali") is background, not an event of one day.
- ``event.protest_object``: what a protest is against ("demonstrated in Idlib against the bombardment", "marched
  over the killings") is its grievance, not an event of the sentence.
- ``event.new_opener``: a sentence that opens by announcing another event ("On the same day,", "Separately,",
  "Elsewhere,", "In another attack,") tells of a new event, never of the one before it.
- ``event.appositive``: a relative clause about a side set off by commas (", a rebel group that has not signed the
  2018 peace agreement,") holds no event of the sentence when the sentence has a trigger outside it.
- ``event.recovered``: a weapon named among things recovered or seized ("a cache of arms, including an RPG, was
  recovered") is no attack.
- ``event.rite``: a sentence telling of a burial, a funeral or days of mourning (``rite_told``) tells of deaths
  reported before, not of a new event.
- ``place.origin``: where victims came from ("23 people, most of them from Punjab province") is not where the
  event happened.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from coder.match.actors import ActorMention
from coder.match.dates import DateMention
from coder.match.triggers import TriggerMention
from coder.text.gate import RegexGate

# a reporting verb and the words that may stand between it and its date ("said in a statement late on Tuesday")
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:[a-z]+\s+){0,2}?(?:reporters|journalists|the\s+\w+|a\s+\w+|\w+)|announced|reported|"
    r"added|confirmed|stated|claimed)\s+(?:(?:in|at|a|an|the|its|their|his|her|late|early|on|statement|briefing|"
    r"news|press|conference|interview|televised|telephone|by|phone|written|brief|short)\s+){0,6}$"
)
REPORTED_GATE = re.compile(r"sa(?:id|ys)|told|announced|reported|added|confirmed|stated|claimed")
# "... , officials said Tuesday." / "... said on Tuesday that ...": the verb closes or opens a report
_REPORTED_AFTER = re.compile(r"\s*(?:[.,;:)]|that\b|\"|$)")  # ")": "(as reported on 2 June)"


def reported_date(lower: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is attached to a reporting verb ("officials said Tuesday")."""
    if _REPORTED_AFTER.match(lower, end) is None:
        return False
    return _REPORTED_BEFORE.search(lower[max(sentence_start, start - 70):start]) is not None


# what an event avenges: "in retaliation for", "a reprisal for", "in response to", "to avenge"
_MOTIVE = re.compile(r"\b(?:(?:retaliation|revenge|reprisal|vengeance)\s+(?:for|against)|(?:in|a)\s+response\s+to|"
                     r"retaliat(?:ed|ing|e|es)\s+for|to\s+avenge|avenging)\b")
MOTIVE_GATE = re.compile(r"retaliat|reveng|repris|respons|aveng|vengea")
# between a trigger and the cue: the trigger is the subject of a guess about its motive ("the bombing could be a
# retaliation for", "the attack was in revenge for"), so it only names the event already told
_ABOUT_MOTIVE = re.compile(r"\s*,?\s*(?:(?:could|may|might|would|was|were|is|are|appeared|appears|seemed|seems|to|be|"
                           r"been|have|has|had|likely|probably|possibly|apparently|also|not|a|an|in|as|the|latest)\s+)*$")


def motive_cue(lower: str, start: int, end: int) -> tuple[int, int] | None:
    """``event.motive``: the span of the first motive cue in ``lower[start:end]``, if any."""
    found = _MOTIVE.search(lower, start, end)
    return None if found is None else (found.start(), found.end())


def names_the_event(lower: str, trigger_end: int, cue_start: int) -> bool:
    """Whether the words from a trigger to a motive cue only guess at its motive ("the bombing could be a")."""
    return _ABOUT_MOTIVE.fullmatch(lower, trigger_end, cue_start) is not None


def split_motive(lower: str, sentence: tuple[int, int], live: list[TriggerMention],
                 dates: Sequence[DateMention]) -> tuple[list[TriggerMention], list[str]]:
    """``event.motive``: triggers after a motive cue ("in retaliation for an operation in which troops killed 11")
    are an earlier event, not this one; when the trigger before the cue only names the event already told ("the
    bombing could be a retaliation for"), the sentence tells of that earlier event, coded when it has a day of
    its own among the sentence's ``dates`` (else it is background)."""
    cue = motive_cue(lower, *sentence)
    if cue is None:
        return live, []
    before = [t for t in live if t.end <= cue[0]]
    after = [t for t in live if t.start >= cue[1]]
    if not after:
        return live, []
    last = max(before, key=lambda t: t.end, default=None)
    if last is not None and not names_the_event(lower, last.end, cue[0]):
        return before, ["event.motive"]  # the sentence's own event first, what it avenges after it
    dated = any(d.start >= cue[1] and not getattr(d, "year_only", False) for d in dates)
    return (after if dated else []), ["event.motive"]


# a sentence that opens on a definite description of an event ("The five-month battle to retake the city", "That
# offensive", "The siege"): it goes on about an event already told
_DEFINITE_OPENING = re.compile(r"\s*[\"']?(?:the|that|this|those|these)\s+(?:[\w'-]+\s+){0,3}$")


def opens_on_told_event(lower: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the sentence's first trigger stands in a definite description at its start ("The battle ...")."""
    return trigger_start - sentence_start <= 45 and \
        _DEFINITE_OPENING.fullmatch(lower, sentence_start, trigger_start) is not None


# a trigger after a determiner and at most two words ("the attack", "these two raids"): it refers back to an event
_ANAPHOR = re.compile(r"\b(?:the|these|those|this|that|such|its|their|both)\s+(?:[\"'\w-]+\s+){0,2}[\"']?$")


def refers_back(lower: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the trigger at ``trigger_start`` stands after a determiner ("the attack"): an anaphoric mention."""
    return _ANAPHOR.search(lower, max(sentence_start, trigger_start - 40), trigger_start) is not None


# a sentence that opens by announcing another event: "On the same day,", "Separately,", "Elsewhere in the north,",
# "In another attack,", "In a separate incident,", "Also on Tuesday,"
_NEW_EVENT_OPENER = re.compile(
    r"\s*[\"']?(?:(?:on\s+)?the\s+same\s+(?:day|night|morning|afternoon|evening)|separately|elsewhere(?:\s+in\s+[^,.;]{1,40})?|"
    r"in\s+(?:another|a\s+separate|a\s+second|a\s+further|an\s+unrelated)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|incidents?|"
    r"raids?|clash(?:es)?|strikes?|bombings?|ambush(?:es)?|developments?|operations?|cases?|shootings?|assaults?|"
    r"explosions?|blasts?)|(?:also|later)\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|"
    r"evening|night))?)\s*,")


def opens_new_event(lower: str, sentence_start: int) -> bool:
    """``event.new_opener``: the sentence opens by announcing another event ("Separately, ..."): what it tells is
    no further report of the event before it, even when it names a group or a place the article named."""
    return _NEW_EVENT_OPENER.match(lower, sentence_start) is not None


# a sentence that opens by placing itself minutes or hours apart from the one before ("Minutes earlier, assailants fired
# missiles at an airliner"): an action of another kind told so is another event (``event.time_opener``)
_TIME_OPENER = re.compile(r"\s*(?:(?:a\s+few\s+|several\s+|some\s+|\d+\s+|two\s+|three\s+)?(?:minutes|moments|hours)|"
                          r"an\s+hour|half\s+an\s+hour|shortly)\s+(?:earlier|later|before|afterwards?)\s*,")


def opens_apart_in_time(lower: str, sentence_start: int) -> bool:
    """``event.time_opener``: the sentence opens "Minutes earlier," / "Hours later,"."""
    return _TIME_OPENER.match(lower, sentence_start) is not None


# a relative clause set off by commas, after a name or an appositive noun phrase: ", a rebel group that has not
# signed the 2018 peace agreement,", ", which has waged an insurgency since 2009,": what the side is, not an event
_APPOSITIVE_CLAUSE = re.compile(r",\s+(?:(?:a|an|the)\s+[^,;.()\"]{0,60}?\s+)?(?:that|which|who)\s+[^,;.()\"]{1,120},")


def background_spans(lower: str, sentence_start: int, sentence_end: int, index: int) -> list[tuple[int, int]]:
    """The parts of sentence ``index`` whose triggers tell of no event of their own: an opener announcing another
    event ("In another attack,": ``event.new_opener``) and relative clauses about a side (``event.appositive``)."""
    opener, aside = _opener_and_asides(lower, sentence_start, sentence_end, index)
    return opener + aside


def _opener_and_asides(lower: str, sentence_start: int, sentence_end: int,
                       index: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The span of sentence ``index``'s opener announcing another event (none in the first sentence), and its
    relative clauses about a side."""
    found = _NEW_EVENT_OPENER.match(lower, sentence_start) if index else None
    return ([found.span()] if found is not None else []), appositive_spans(lower, sentence_start, sentence_end)


def appositive_spans(lower: str, sentence_start: int, sentence_end: int) -> list[tuple[int, int]]:
    """``event.appositive``: relative clauses about a side set off by commas (", which has waged an insurgency
    since 2009,")."""
    if lower.find(" wh", sentence_start, sentence_end) < 0 and lower.find(" that ", sentence_start, sentence_end) < 0:
        return []
    return [m.span() for m in _APPOSITIVE_CLAUSE.finditer(lower, sentence_start, sentence_end)]


# a sentence that opens by naming the kind of event it tells of ("In a coordinated attack, militants stormed ...",
# "During the raid, soldiers killed ..."): the sentence's own verbs tell it, with their sides (``event.frame_opener``)
_FRAME_OPENER = re.compile(r"\s*[\"']?(?:in|during)\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|raids?|"
                           r"assaults?|ambush(?:es)?|offensives?|incidents?|operations?)(?:\s+(?:on|in|at|near|early|late|last)\s[^,;.]{1,40})?\s*,")


def event_triggers(lower: str, sentence_start: int, sentence_end: int, index: int,
                   triggers: list[TriggerMention]) -> list[TriggerMention]:
    """The triggers of sentence ``index`` that may tell of its event: none in an opener announcing another event
    ("In another attack, gunmen killed ...") unless the sentence has no other, none in a relative clause about a
    side (", a group that signed the 2018 deal,"): a sentence whose triggers all stand in one has no event."""
    opener, aside = _opener_and_asides(lower, sentence_start, sentence_end, index)
    frame = _FRAME_OPENER.match(lower, sentence_start) if not opener else None
    spans = opener + aside + ([frame.span()] if frame is not None else [])
    if not spans:
        return triggers
    kept = [t for t in triggers if not within_spans(t.start, spans)]
    return kept or [t for t in triggers if not within_spans(t.start, aside)]


# "gunmen attacked a rally of the opposition", "police attacked protesters with batons at a rally", "troops opened
# fire on a march": a gathering that is the object of a violent verb is where the event happened, not the event
_GATHERING_OBJECT = re.compile(r"\s+(?:(?:on|at|upon|into)\s+)?(?:(?:an?|the|their|his|her)\s+)?"
                               r"(?:(?!(?:who|which|that|had|has|have|was|were)\b)[\w'-]+\s+){0,5}?"
                               r"(?:(?:at|during|on)\s+(?:an?|the)\s+)?\Z")
_GATHERING_REACH = 60


def attacked_gatherings(lower: str, triggers: list[TriggerMention], gatherings: frozenset[str],
                        violent: frozenset[str]) -> list[TriggerMention]:
    """``event.attacked_gathering``: ``triggers`` without the protest triggers (classes ``gatherings``) that a
    violent trigger before them (classes ``violent``) takes as its object or scene: the violence is the event."""
    if len(triggers) < 2:
        return triggers
    blows = [t for t in triggers if t.cls in violent]
    if not blows:
        return triggers
    return [t for t in triggers if t.cls not in gatherings or not any(
        b.end <= t.start <= b.end + _GATHERING_REACH and _GATHERING_OBJECT.match(lower, b.end, t.start) is not None
        for b in blows)]


# a side's backer set off by commas ("the Somali army, backed by AMISOM, recaptured"): never the verb's subject
_BACKED_ASIDE = re.compile(r",\s*(?:(?:heavily|reportedly)\s+)?(?:backed|supported|assisted|aided|accompanied)\s+by\s+"
                           r"[^,;.()]{1,60},")


def outside_asides(lower: str, sentence_start: int, sentence_end: int, items: list[ActorMention]) -> list[ActorMention]:
    """``items`` without those in a relative clause about a side (", a rebel group that has not signed ...,") or in
    its backer (", backed by AMISOM,"): the clause restates a side named before it, it is no side of its own."""
    aside = appositive_spans(lower, sentence_start, sentence_end)
    if lower.find(" by ", sentence_start, sentence_end) >= 0:
        aside = aside + [m.span() for m in _BACKED_ASIDE.finditer(lower, sentence_start, sentence_end)]
    return [item for item in items if not within_spans(item.start, aside)] if aside else items


def within_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def search_outside(pattern: re.Pattern[str], lower: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pattern`` matches in ``lower[start:end]`` outside ``spans`` (clauses that tell of no event)."""
    return any(not within_spans(m.start(), spans) for m in pattern.finditer(lower, start, end)) if spans \
        else pattern.search(lower, start, end) is not None


# a trigger whose clause goes on with a habit: "the shells fall every day", "are shelled almost daily"
_HABIT_AFTER = re.compile(r"(?:\s+[\w'-]+){0,8}?\s+(?:(?:almost|nearly)\s+)?(?:every\s+(?:single\s+)?(?:day|night|week|"
                          r"morning|evening|hour)|daily|nightly|each\s+(?:day|night|week))\b")
# an indefinite trigger whose clause goes on with a modal: "an assault on El Fasher would be catastrophic"
_MODAL_AFTER = re.compile(r"(?:\s+[\w'-]+){0,5}?\s+(?:would|could|might)\s+(?:not\s+)?(?:be|have|cause|mean|lead|"
                          r"spark|trigger|result|leave|bring|put|kill|endanger|threaten|displace|risk|worsen|"
                          r"devastate)\b")
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|any|another|such\s+an?)\s+(?:[\w-]+\s+){0,2}$")
AFTER_GATE = re.compile(r"every|daily|nightly|each |would|could|might")  # one scan before the two patterns


# a trigger word that modifies another noun or names a sound: "protest-related violence", "protest organisers",
# "explosions echoed across the city", "gunfire could be heard" (``event.modifier``)
_MODIFIER_AFTER = re.compile(r"(?:-(?:related|linked)\b|s?\s+(?:organi[sz]ers|leaders|movements?)\b|"
                             r"s?\s+(?:\w+\s+){0,2}?(?:echo(?:ed|es|ing)?|(?:could|can|were|was)\s+(?:be\s+)?heard|"
                             r"r(?:a|i)ng\s+out)\b)")
# every match of _MODIFIER_AFTER holds one of these words (a gate: coder.text.gate, CUE_MODIFIER)
MODIFIER_GATE = re.compile(r"-related|-linked|organi|leaders|movement|echo|heard|ng out")
MODIFIER_REACH = 200  # characters after the trigger in which the rule looks (two words and the verb: far less)


def modifier_after(lower: str, end: int) -> bool:
    """``event.modifier``: the trigger ending at ``end`` modifies a noun after it or names a sound heard. The
    caller first asks the cue gate whether one of the rule's words begins within ``MODIFIER_REACH`` (the regex's
    lazy word loop costs per trigger)."""
    return _MODIFIER_AFTER.match(lower, end, end + MODIFIER_REACH) is not None


def unreal_after(lower: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """``event.unreal_after``: the trigger at ``start:end`` is a habit ("the shells fall every day") or an
    indefinite thing a modal weighs ("an assault on the city would be catastrophic"), told in its own clause."""
    stop = min(sentence_end, end + 60)
    clause_end = min((i for i in (lower.find(",", end, stop), lower.find(";", end, stop)) if i >= 0), default=stop)
    if _HABIT_AFTER.match(lower, end, clause_end) is not None:
        return True
    return _MODAL_AFTER.match(lower, end, clause_end) is not None and \
        _INDEFINITE_BEFORE.search(lower, max(sentence_start, start - 30), start) is not None


# a relative clause about a speaker: "said Naima, 24, who was taken captive by the jihadists"
_SPEAKER_ASIDE = re.compile(r"\b(?:said|says|told\s+[\w ]{1,30}?)\s+[^.;\"]{1,60}?,\s*who\s+(?:[\w'-]+\s+){0,5}$")
# "that day", "the same night": the day of the event told just before
_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:day|night|morning|evening|afternoon)\b")


def speaker_aside(lower: str, sentence_start: int, trigger_start: int) -> bool:
    """``event.speaker_aside``: the trigger stands in a relative clause about the one who speaks."""
    lo = max(sentence_start, trigger_start - 110)
    return lower.find("who", lo, trigger_start) >= 0 and _SPEAKER_ASIDE.search(lower, lo, trigger_start) is not None


def says_that_day(lower: str, start: int, end: int) -> bool:
    """Whether the sentence dates itself by the event told before ("about 400 men were killed that day")."""
    if lower.find("that ", start, end) < 0 and lower.find("same ", start, end) < 0:
        return False
    return _THAT_DAY.search(lower, start, end) is not None


# where the victims came from: "23 people, most of them from the eastern Punjab province", "workers who were from
# Sindh", "labourers hailing from Bihar"
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:most|many|all|some|several|one|two|three|four|five|half|none|each|majority)\s+of\s+(?:them|whom)(?:\s+\w+)?|"
    r"who\s+(?:(?:were|was|are|is|had)\s+)?(?:all\s+|mostly\s+|originally\s+)?(?:come|came|comes|hail(?:ed|s)?|"
    r"were|was|are|is|moved|travell?ed)|hailing|originally|natives?\s+of|those|"
    r"(?:workers|labou?rers|passengers|travell?ers|pilgrims|migrants|settlers|truckers)(?=\s+from))\s+"
    r"(?:(?:all|mostly|originally)\s+)?"
    r"(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)


def origin_place(lower: str, sentence_start: int, place_start: int) -> bool:
    """``place.origin``: the place names where the victims came from, not where the event happened."""
    lo = max(sentence_start, place_start - 70)
    return lower.find("from", lo, place_start) >= 0 and _ORIGIN_BEFORE.search(lower, lo, place_start) is not None


# a count attributed to an eyewitness: "another witness said at least 260 people had died", "one survivor told the
# AP he had counted more than 230 bodies"
_EYEWITNESS = re.compile(r"\b(?:eye)?witness(?:es)?\b|\bsurvivors?\b|\bresidents?\b|\bvillagers?\b|\blocals\b")
_EYEWITNESS_WORDS = ("witness", "survivor", "resident", "villager", "locals")  # what every _EYEWITNESS match holds
_SAYS = re.compile(r"\b(?:said|says|say|told|counted|reported|estimated)\b")


def eyewitness_count(lower: str, start: int, end: int) -> bool:
    """``fat.witness``: the sentence gives its count on an eyewitness's word (a figure that conflicts with the
    lead's; ACLED keeps the most conservative one)."""
    if not any(lower.find(word, start, end) >= 0 for word in _EYEWITNESS_WORDS):  # str.find first: cheap
        return False
    found = _EYEWITNESS.search(lower, start, end)
    return found is not None and _SAYS.search(lower, start, end) is not None


# a weapon named among things recovered ("a cache of arms, including AK rifles and an RPG, was recovered",
# "fragments of a mortar round had been recovered at the site"): evidence or a haul, not an attack (``event.recovered``)
_RECOVERED_BEFORE = re.compile(r"\b(?:caches?|stockpiles?|hauls?|fragments?|remnants?|shrapnel|pieces|parts|debris|"
                               r"casings?)\s+of\s+(?:[\w'-]+,?\s+){0,8}$")
_RECOVERED_AFTER = re.compile(r"(?:,?\s+[\w'-]+){0,6}?,?\s+(?:was|were|(?:had|have|has)\s+been)\s+(?:also\s+)?"
                              r"(?:recovered|seized|confiscated|collected)\b")
_RECOVERED_WORDS = ("recovered", "seized", "confiscated", "collected")
# the trigger is a noun: a determiner, a number, "of" or a list before it ("an RPG", "fragments of a mortar round"),
# not a verb ("the bodies of men who had been shot were recovered": a killing)
_NOUN_BEFORE = re.compile(r"(?:\b(?:a|an|the|one|two|three|four|five|several|of|and|or)|,)\s+(?:[\w'-]+\s+)?$")


def recovered_item(lower: str, sentence_start: int, sentence_end: int, trigger_start: int, trigger_end: int) -> bool:
    """``event.recovered``: the trigger names a weapon among things recovered or seized, not an attack."""
    if not any(lower.find(word, trigger_end, sentence_end) >= 0 for word in _RECOVERED_WORDS):
        return False
    if _NOUN_BEFORE.search(lower, max(sentence_start, trigger_start - 20), trigger_start) is None:
        return False
    return _RECOVERED_BEFORE.search(lower, max(sentence_start, trigger_start - 80), trigger_start) is not None \
        or _RECOVERED_AFTER.match(lower, trigger_end, sentence_end) is not None


# a reaction to an event told before: condemnation, condolences (``event.reaction``)
_REACTION = re.compile(r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|"
                       r"decr(?:y|ies|ied|ying)|condolences)\b")
_REACTION_HEADS = ("condemn", "denounc", "deplor", "decr", "condolen")


def reaction_before(lower: str, sentence_start: int, first_trigger: int) -> bool:
    """``event.reaction``: a reaction word stands before the sentence's first trigger (the caller asks only for a
    sentence with no date of its own)."""
    return _words_then(_REACTION, _REACTION_HEADS, lower, sentence_start, first_trigger)


def _words_then(pattern: re.Pattern[str], words: tuple[str, ...], lower: str, lo: int, hi: int) -> bool:
    """Whether ``pattern`` matches in ``lower[lo:hi]``, searched only when one of ``words`` (literals every match
    holds) is written there: a regex with no literal head is otherwise tried at every position."""
    return any(lower.find(word, lo, hi) >= 0 for word in words) and pattern.search(lower, lo, hi) is not None


# "a 2014 bombing", "the October 2017 attack", "the 2016 Karrada bombing": an event named by its year
_YEAR_NAMED = re.compile(r"\b(?:a|an|the|its|their|that)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\s+(?:[a-z'-]+\s+)?$")


def year_named(lower: str, sentence_start: int, trigger_start: int) -> bool:
    """``event.year_named``: the trigger is named with its year before it."""
    return _words_then(_YEAR_NAMED, (" 19", " 20"), lower, max(sentence_start, trigger_start - 40), trigger_start)


# an ongoing process: "which is withdrawing its troops", "the army is deploying", "are now pulling out"
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:(?:also|now|already|still|gradually|currently|slowly)\s+)?$")


def progressive_before(lower: str, sentence_start: int, trigger_start: int) -> bool:
    """``event.progressive_background``: the trigger is the -ing form of a present progressive."""
    return _words_then(_PROGRESSIVE_BEFORE, ("is ", "are "), lower, max(sentence_start, trigger_start - 30),
                       trigger_start)


# the grievance of a protest told before it in the sentence: "against the bombardment", "over the recent killings"
_PROTEST_OBJECT = re.compile(r"\b(?:against|over|denounc(?:e|ed|es|ing)|condemn(?:ed|s|ing)?|decry(?:ing)?)\s+"
                             r"(?:[\w'-]+\s+){0,2}$")


def protest_object(lower: str, protest_end: int, trigger_start: int) -> bool:
    """``event.protest_object``: the trigger is what the protest ending at ``protest_end`` is against."""
    lo = max(protest_end, trigger_start - 40)
    return _PROTEST_OBJECT.search(lower, lo, trigger_start) is not None


# -- the cue regexes searched once per trigger or sentence, gated on their literal heads by the article's shared
# walk (coder.text.gate, coder.text.scan); coder.match.mentions applies them
HYPOTHETICAL = re.compile(
    r"\b(?:will|would|could|might|may|threaten(?:ed|s|ing)? to|vow(?:ed|s|ing)? to|plan(?:s|ned|ning)? to|"
    r"intend(?:s|ed)? to|warn(?:ed|s|ing)? (?:of|against)|fear(?:s|ed|ing)?|prevent(?:ed|ing)?|to prevent|"
    r"if|unless|until|aim(?:s|ed)? to|to (?:counter|combat|curb|tackle|deter|repel|stop|fight|halt|end|denounce|condemn|decry)|"
    # the subject of a protest or a trial is not this sentence's event
    r"protest(?:s|ed|ing)? (?:against|over|at)|in protest (?:against|over|at)|justice for|release of|funerals? (?:of|for)|burial of|"
    r"(?:sentenc(?:e|es|ed|ing)|convict(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|acquitt(?:ed|ing)|prosecut(?:e|es|ed|ing))(?:\s+[\w-]+){0,3}\s+(?:for|over|of)|"
    r"convict(?:s|ed|ing)?|acquitt(?:ed|al of)|trial (?:of|for|over)|tried for|tr(?:y|ies|ied|ying) to|call(?:s|ed)? for|urged?|against any|possible|potential|"
    r"accused of|suspected of|charged with|convicted of|sentenced for|blamed for|wanted for|responsible for|"
    r"foil(?:ed|s|ing)?|thwart(?:ed|s|ing)?|avert(?:ed|s|ing)?|intercept(?:ed|s|ing)?|shot down|shooting down|downed|"
    r"supposed to|(?:not|never|failed to)\s+(?:yet\s+)?(?:produced?|reach(?:ed)?|secured?|signed?|agreed?\s+(?:on|to))|"
    r"anniversary of|in memory of|commemorat\w+|"
    # a kind of event, not one event: "each attack pushes more families to the towns"
    r"each|every|"
    # uncertain: "investigating whether the attack was linked to a dispute between criminal groups"
    r"whether|"
    # a denial names what did not happen by the speaker's account: "the ministry denied attacking civilians"
    r"den(?:y|ies|ied|ying)|"
    # what talks are about, and a strike or rally called, is no event yet: "talks on a peace treaty", "called a
    # general strike for Tuesday"
    r"(?:talks|negotiations|consultations)\s+(?:on|about|over|towards?|for)|call(?:s|ed|ing)?\s+(?:a|an)|"
    # a demand in the subjunctive is no event: "counter-protesters demanding that he be detained"
    r"that\s+(?:[\w'-]+\s+){1,3}be)"
    r"\s+(?:\w+\s+){0,3}$"
)
RESCUED = re.compile(r"\b(?:rescu(?:e|es|ed|ing)|free(?:s|d|ing)?|releas(?:e|es|ed|ing)|reunit(?:e|es|ed|ing)|"
                     r"return(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}$")
GOVERNOR_CUE = re.compile(r"often|usually|regularly|routinely|frequently|typically|since| after | before |accused|"
                          r"suspected|charged|convicted|turn|resort")
HISTORY = re.compile(
    r"\b(?:an earlier|a previous|previous(?:ly)?|in the past|last year|years? ago|decades? ago|anniversary|in memory of|"
    r"in recent years|over the years|since (?:19|20)\d\d|in (?:19|20)\d\d|had been (?:killed|attacked)|"
    r"the (?:19|20)\d\d|in recent (?:months|weeks)|(?:over|in|during) the (?:past|last) (?:decade|\w+ (?:years|decades)|years|decades)|"
    r"in the (?:months|weeks|years) (?:that|which) followed|a similar (?:attack|incident|case|raid|assault|strike|"
    r"air\s?strike|bombing|blast|ambush)|another similar (?:attack|incident|case|raid|assault|strike|air\s?strike|"
    r"bombing|blast|ambush)|last (?:spring|summer|autumn|fall|winter)|"
    r"for (?:several|many) years|throughout the (?:war|conflict|insurgency))\b"
)
# ("a similar ..." and "another similar ..." are written apart: as "(?:a|another) similar", `re` would factor out their
# common "a", and the cue gate would wake at every letter a)
# a word every match of mentions._SPREAD_OR_ONGOING holds at a word start (its own heads, "in", are everywhere): the gate
SPREAD_GATE = re.compile(r"\b(?:several|many|various|different|other|numerous|still|remain)")
# commemorations: the remembered event is history, whatever day the commemoration is on
REMEMBERED = re.compile(r"anniversary of|in memory of|commemorat|to remember ")
# rites for the dead ("the victims were buried in a mass grave", "funerals for soldiers killed in Monday's ambush
# were held", "announced three days of national mourning"): the deaths they are for were told before (``event.rite``)
_RITE = re.compile(r"\b(?:(?:were|was|been|being|be)\s+(?:buried|cremated)\b(?!\s+(?:alive|under|beneath|in\s+rubble))|"
                   r"laid\s+to\s+rest|funeral\s+prayers|funerals?\s+(?:for|of)\s[^.;]{0,80}?\b(?:were|was)\s+held|"
                   r"days?\s+of\s+(?:national\s+)?mourning)")
_RITE_WORDS = ("buried", "cremated", "laid to rest", "funeral", "mourning")


def rite_told(lower: str, start: int, end: int) -> bool:
    """``event.rite``: ``lower[start:end]`` tells of a burial, a funeral or mourning for the dead."""
    return _words_then(_RITE, _RITE_WORDS, lower, start, end)
# unnamed people named as victims ("killing twelve people", "shot dead a young man", "a social leader"), on
# lower-cased text; the gate holds the nouns, which every match has (the regex's own heads are "a" and "one")
_VICTIM_PLURALS = (
    r"people|persons|civilians|villagers|residents|passers-by|bystanders|men|women|children|worshippers|"
    r"passengers|traders|shoppers|pupils|students|farmers|famil(?:y|ies)|pilgrims|mourners|workers|labou?rers|"
    r"nationals|foreigners|migrants|immigrants|tourists|inmates|prisoners|"
    r"teachers|journalists|doctors|nurses|drivers|shopkeepers|vendors|shepherds|fishermen|miners|refugees|"
    # crowds and a party's or a team's followers ("attacked opposition supporters", "drove into crowds")
    r"supporters|crowds?|diners|guests|bathers|beachgoers|fans|revellers|spectators|concert-?goers|voters")
_VICTIM_SINGULARS = (
    r"man|woman|boy|girl|person|civilian|resident|villager|trader|farmer|teenager|child|worker|labou?rer|driver|"
    r"shopkeeper|vendor|journalist|teacher|student|doctor|nurse|pastor|priest|imam|cleric|herder|shepherd|fisherman|"
    r"businessman|businesswoman|motorist|passenger|pilgrim|refugee|lawyer|activist|blogger|writer|professor|"
    r"engineer|contractor|tourist|politician|councillor|councilor|candidate")
_VICTIM_ROLES = r"leaders?|activists?|defenders?|chiefs?"
VICTIMS = re.compile(
    rf"\b(?:{_VICTIM_PLURALS}|(?:a|one|1|an?\s+[\w-]+)\s+(?:{_VICTIM_SINGULARS})|"
    # civilian office-holders and activists ACLED notes name as victims ("shot dead a social leader")
    r"(?:social|community|local|religious|village|traditional|indigenous|civic|civil\s+society|human\s+rights|"
    rf"environmental|land|peasant|union|trade\s+union|youth)\s+(?:{_VICTIM_ROLES})|"
    r"(?:human\s+rights|environmental|land|political)\s+defenders?)\b")
VICTIM_GATE = re.compile(rf"\b(?:{_VICTIM_PLURALS}|{_VICTIM_SINGULARS}|{_VICTIM_ROLES})")


# the later fate of captives, told after their abduction ("one was found beheaded a month later", "two hostages were
# executed and the rest released after six weeks", "several hostages were later beheaded; others were freed after
# ransoms were paid"): deaths on other, unnamed days, not the abduction's (``event.captive_fate``)
_CAPTIVE_WORDS = ("hostage", "captiv", "abductee")
_SPAN = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|\d+)\s+(?:days?|weeks?|months?|years?)"
_CAPTIVE_FATE = re.compile(
    rf"\b(?:hostages?|captives?|abductees?)\b[^.;]*?(?:\b{_SPAN}\s+later\b|\bafter\s+(?:{_SPAN}|(?:days|weeks|months|years))\b|"
    rf"\bin\s+captivity\b|\blater\b[^.]*?\b(?:ransoms?|negotiat\w*)\b)")


# the fate of a person kidnapped earlier in the text, told with how much later it came ("His body was found in a car
# 43 days later", "The three were killed in captivity weeks later"): another day's news, not the abduction's
_TAKEN_WORDS = ("kidnap", "abduct", "hostage", "hijack")
_FATE_LATER = re.compile(
    rf"\b(?:{_SPAN}|days|weeks|months|years)\s+later\b|\bin\s+captivity\b")
_FATE_WORDS = re.compile(r"\b(?:body|bodies|remains|killed|murdered|executed|beheaded|died|dead|freed|released)\b")


def captive_fate(lower: str, start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` tells the later fate of captives (``event.captive_fate``), or of people the text
    told of being kidnapped before it."""
    if any(lower.find(w, start, end) >= 0 for w in _CAPTIVE_WORDS) \
            and _CAPTIVE_FATE.search(lower, start, end) is not None:
        return True
    # (not "killed a passenger before surrendering two days later": the killing came first)
    return (lower.find("later", start, end) >= 0 or lower.find("captivity", start, end) >= 0) \
        and lower.find(" before ", start, end) < 0 and lower.find(" until ", start, end) < 0 \
        and any(lower.find(w, 0, start) >= 0 for w in _TAKEN_WORDS) \
        and _FATE_LATER.search(lower, start, end) is not None and _FATE_WORDS.search(lower, start, end) is not None


@functools.cache
def cue_gate() -> RegexGate:
    """The cue regexes searched once per trigger or sentence, gated on their literal heads (coder.text.gate)."""
    return RegexGate([HYPOTHETICAL, RESCUED, HISTORY, AFTER_GATE, MOTIVE_GATE, REPORTED_GATE, SPREAD_GATE,
                      GOVERNOR_CUE, REMEMBERED, VICTIM_GATE, MODIFIER_GATE])


CUE_HYPOTHETICAL, CUE_RESCUED, CUE_HISTORY, CUE_AFTER, CUE_MOTIVE, CUE_REPORTED = 0, 1, 2, 3, 4, 5
CUE_SPREAD, CUE_GOVERNOR, CUE_REMEMBERED, CUE_VICTIMS, CUE_MODIFIER = 6, 7, 8, 9, 10


TERRITORY_CLASSES = frozenset({"government_regains", "nonstate_overtakes"})
# measures a sentence can report with their cause after them ("imposed a curfew after ethnic clashes", "arrested
# five men following the bombing"): the cause is background, the measure is the event (``event.measure_cause``)
MEASURE_CLASSES = frozenset({"curfew", "state_of_emergency", "troop_deployment", "arrest", "agreement", "ceasefire",
                             "change_to_group"})
# ... or with what it forestalls ("imposed a curfew ahead of planned protests": no protest yet). A takeover keeps its
# class over the fighting or strikes that led to it ("recaptured Kidal after days of air strikes")
_CAUSE_BEFORE = re.compile(r"\b(?:after|following|amid|amidst|in\s+the\s+wake\s+of|in\s+response\s+to|ahead\s+of|"
                           r"in\s+anticipation\s+of|to\s+(?:prevent|forestall|head\s+off))\s+"
                           r"(?:[a-z'-]+\s+){0,3}$")
# a crowd's violence, or force against a crowd, at a commemoration ("on the anniversary of the uprising, hooded youths
# threw stones at police") is the day's event, like the peaceful gathering, unless it is what is remembered ("the
# anniversary of the 2005 riots"): ``event.commemoration_crowd``
CROWD_FORCE_CLASSES = frozenset({"violent_demonstration", "protest_intervention", "excessive_force"})
_REMEMBERED_STOP = re.compile(r"[,;:]")


def within_remembered(lower: str, start: int, end: int, pos: int) -> bool:
    """``pos`` lies in what a commemoration remembers: from "anniversary of" / "in memory of" / "commemorating" to
    the next comma, semicolon or colon, or the sentence end (``lower[start:end]``)."""
    for found in REMEMBERED.finditer(lower, start, end):
        if found.start() > pos:
            return False
        stop = _REMEMBERED_STOP.search(lower, found.end(), end)
        if pos < (stop.start() if stop is not None else end):
            return True
    return False


PEACEFUL_CROWD = frozenset({"peaceful_protest", "road_blockade_protest", "strike_labour", "hunger_strike"})
_PROTEST_CAUSE = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of|in\s+response\s+to|over|against|"
                            r"victims\s+of|(?:to|and)\s+(?:protest|denounce|condemn|mourn|commemorate))\s+"
                            r"(?:[a-z'-]+\s+){0,3}$")
CAUSE_LIST = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or)\s+)(?:[a-z'-]+\s+){0,2}$")
# the classes a sentence about a withdrawal and a takeover may hold and still be a non-violent transfer
TRANSFER_CLASSES = TERRITORY_CLASSES | {"territory_transfer", "troop_withdrawal", "troop_deployment", "base_established"}


def drop_causes(lower: str, sentence_start: int,
                live: list[TriggerMention]) -> tuple[list[TriggerMention], list[str]]:
    """Triggers in a cause clause after a measure ("imposed a curfew after ethnic clashes") are not the event
    (``event.measure_cause``); ``lower`` is the lower-cased article, ``live`` the sentence's triggers."""
    first = min((t for t in live if t.cls in MEASURE_CLASSES or t.cls in TERRITORY_CLASSES
                 or t.cls in PEACEFUL_CROWD), key=lambda t: t.start, default=None)
    if first is None:
        return live, []
    measure = first.start
    # "protested in Tehran after a jet was shot down by the IRGC": what a protest is about is no event of it
    cause = _PROTEST_CAUSE if first.cls in PEACEFUL_CROWD else _CAUSE_BEFORE
    # a withdrawal beside a takeover is no cause but the handover itself: ``_peaceful_transfer`` weighs it
    keep_transfers = first.cls in TERRITORY_CLASSES
    dropped: set[int] = set()
    cause_end = -1  # end of the last trigger dropped as a cause: "after air strikes and shelling" drops both
    for t in sorted(live, key=lambda t: t.start):
        if t.start <= measure or (keep_transfers and t.cls in TRANSFER_CLASSES):
            continue
        if cause.search(lower, max(sentence_start, t.start - 40), t.start) is not None or (
                cause_end >= 0 and CAUSE_LIST.match(lower, cause_end, t.start) is not None):
            dropped.add(t.start)
            cause_end = t.end
    if not dropped:
        return live, []
    return [t for t in live if t.start not in dropped], ["event.measure_cause"]
