"""From event mentions to events: merge mentions of one event, fill the actors, type and code it.

Rules (ids land in ``rule_ids``):
- ``merge.coref``: a later mention joins an earlier event when it is of the same type or generic and its
  place and date do not conflict (exact days may differ by one: reports of one strike often do). An anaphoric
  mention ("the attacks had killed one child") joins the latest compatible event whatever other places its
  sentence names. Strikes at two towns stay two events.
- ``merge.coref`` (same scene): a violent mention with no place and no date of its own, in the sentence right after a
  violent event and naming no new actor ("A second attacker was shot dead by the guards after a gunfight" after a
  suicide bombing), goes on with that event's scene: it is part of it, not a second event.
- ``event.new_opener`` (mentions): a mention whose sentence opens "Separately,", "On the same day,", "In another
  attack," starts an event of its own; ``event.time_opener``: one that opens "Minutes earlier," or "Hours later,"
  does when its kind differs from the event's (a second blast of the same kind stays the event's).
- ``merge.other_side``: a mention of another kind of event led by another armed side is another event.
- ``merge.crowd_arrest``: arrests of the crowd ("Police detained around 40 of them") told in the sentence right
  after a protest or riot are its intervention (Protest with intervention, the arresting force as actor2).
- ``merge.crowd_response``: the state's answer to a riot in the sentence after it ("Police fired tear gas", "Police
  fired live rounds; 1 rioter was killed", "Gendarmes opened fire, killing 2 people") is the riot's intervention and
  toll, not a protest event or an attack of its own.
- ``actor.counter_protesters`` / ``type.communal_crowds`` (rows.py): counter-protesters are a protest's second side
  (66); two communities' crowds fighting with no armed or state side are mob violence, rioters vs rioters (55).
- ``fat.group_toll``: a toll update for one group ("raising the number of police killed to seven") replaces only
  that group's part of the event's toll (the other groups' dead + the new figure).
- ``fat.claim``: a count a non-state side claims in its own statement never raises the event's reported toll.
- ``fat.witness``: nor does a later eyewitness's figure ("another witness said 260 had died"): ACLED keeps the most
  conservative of conflicting reports; a toll update ("the toll rose to 35") still raises it.
- ``merge.coref`` (crowd toll): a killing with no perpetrator of its own after a protest or riot ("At least 50 people
  were killed") is that event's death toll, not a new attack.
- ``actor.claim`` / ``actor.self_report`` (claims.py): a group that claims the event, is blamed for it or speaks of it.
- ``place.told_town``: a later sentence about the event names its town: it replaces the region the lead named.
- ``actor.backfill``: a target side left empty or generic takes the named armed groups mentioned while the
  event is being described.
- ``actor.state_form``: a country named as an actor becomes its military, police or government, by event.
- ``actor.unidentified``: violence with no named perpetrator is "Unidentified Armed Group (country)".
- ``actor.protesters`` / ``actor.rioters``: protests and riots without a named side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from coder.match.actors import NON_STATE_ARMED_INTERS, STATE_INTER, ActorMention
from coder.match.clauses import CUE_VICTIMS, VICTIMS
from coder.match.numbers import parse_number
from coder.match.mentions import ArticleMatches, EventMention
from coder.match.resolved import ResolvedPlace
from coder.match.roles import CROWD_AGENT_INTERS, OFFSET_CLAUSE, Side

GENERIC_CLASSES = frozenset({"attack", "killing"})
_NON_LETHAL_CLASSES = frozenset({"abduction", "sexual_violence"})  # never the class of an event that killed
_PROPERTY_CLASSES = frozenset({"looting", "arson", "destruction"})  # a raid's damage: an attack once people died
_HARM = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|dead|died|hurt|lynch\w*|beat|beaten|beheaded|stabbed|hacked|shot|"
                   r"abduct\w*|kidnap\w*|raped|stoned|to\s+death|burn(?:ed|t)\s+alive)\b")
_NOT_MORE_DEAD = ("fat.vague", "fat.toll", "fat.claim", "fat.witness", "fat.toll_update")  # (``fat.other_group``)
_HURT = re.compile(r"\b(?:injur(?:ed|ing|ies)|wounded|hurt)\b")  # "Three worshippers were injured.": the victims
CASUALTY_CLASSES = frozenset({"attack", "killing", "killing_physical"})  # a sentence that may only report a toll
CROWD_TYPES = frozenset({"Protests", "Riots"})
_CROWD_TOLL_CLASSES = CASUALTY_CLASSES | {"excessive_force"}  # "protesters were shot dead" after a riot
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_ARREST_CLASS, _PEACEFUL_CLASS, _INTERVENTION_CLASS = "arrest", "peaceful_protest", "protest_intervention"
DISRUPTED_CLASSES = frozenset({"bomb_defused", "attack_foiled", "weapons_seizure"})  # Disrupted weapons use
_RESPONSE_CLASSES = frozenset({"protest_intervention", "excessive_force"})  # the state's answer to a crowd
_RIOT_CLASS, _SHOOTING_PREFIX = "violent_demonstration", "trg.opened_fire."  # "Gendarmes opened fire" after a riot
_CROWD_ACTS = frozenset({5, 6})  # rioters and protesters: a crowd whose assault is a riot (rows)
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})  # state forces, rebels, political and identity militias, external forces
REMOTE_TYPE = "Explosions/Remote violence"
CLAIM_WINDOW = 5  # sentences after the event's last in which a group may still claim responsibility (``actor.claim``)
BACKFILL_WINDOW = 1  # sentences after the last (non-anaphoric) mention still describing the event


@dataclass(slots=True)
class Event:
    """An event under construction: the merged mentions and the fields they settle."""

    mentions: list[EventMention]
    cls: str
    priority: int
    side1: Side | None
    side2: Side | None
    event_date: date | None
    time_precision: int | None
    place: ResolvedPlace | None
    fatalities: int | None
    rule_ids: list[str] = field(default_factory=list)
    side2_from_anaphor: bool = False  # the target was only named in a later reference ("the attacks killed a child")
    group_counts: dict[str, int] = field(default_factory=dict)  # dead by group ("six police officers")
    reports: list[int] = field(default_factory=list)  # the figures of joined headlines (``separate_reports``)

    @classmethod
    def start(cls, mention: EventMention) -> "Event":
        return cls([mention], mention.trigger.cls, mention.trigger.priority, mention.side1, mention.side2,
                   mention.event_date, mention.time_precision, mention.place, mention.fatalities,
                   list(mention.rule_ids), mention.anaphoric and mention.side2 is not None,
                   _group_counts(mention.groups))

    @property
    def first_sentence(self) -> int:
        return self.mentions[0].sentence_index

    @property
    def last_sentence(self) -> int:
        return self.mentions[-1].sentence_index


def _places_conflict(a: ResolvedPlace | None, b: ResolvedPlace | None) -> bool:
    if a is None or b is None:
        return False
    pa, pb = a.place, b.place
    if pa.iso2 != pb.iso2:
        return True
    if pa.kind == "place" and pb.kind == "place":
        return pa.geonameid != pb.geonameid
    if "place" in (pa.kind, pb.kind) and pa.admin1 and pb.admin1:
        return pa.admin1 != pb.admin1
    return False


def _dates_conflict(event: Event, mention: EventMention) -> bool:
    """Two exact days more than a day apart (reports of one strike often differ by a day: time zones)."""
    if mention.time_precision != 1 or event.time_precision != 1:
        return False
    if mention.event_date is None or event.event_date is None:
        return False
    return abs((mention.event_date - event.event_date).days) > 1


def _compatible(event: Event, mention: EventMention, event_type_of) -> bool:
    if "event.new_opener" in mention.rule_ids:
        return False  # "Separately, ...", "In another attack, ...": a new event
    if not mention.anaphoric and (_places_conflict(event.place, mention.place) or _dates_conflict(event, mention)):
        return False
    cls = mention.trigger.cls
    if "event.time_opener" in mention.rule_ids and cls != event.cls and cls not in GENERIC_CLASSES \
            and event.cls not in GENERIC_CLASSES:
        return False  # "Minutes earlier, assailants fired missiles at an airliner" after a suicide bombing: two events
    if cls != event.cls and cls not in GENERIC_CLASSES and event.cls not in GENERIC_CLASSES \
            and REMOTE_TYPE in (event_type_of(cls), event_type_of(event.cls)) and _other_initiator(event, mention):
        return False  # "RSF shelling killed 14 ... The army said its warplanes struck RSF positions": two events
    if cls == event.cls or event_type_of(cls) == event_type_of(event.cls):
        return True
    if _same_scene(event, mention, event_type_of):
        return True
    if _crowd_arrest(event, mention, event_type_of) or _crowd_response(event, mention, event_type_of):
        return True
    # ("... threw stones at riot police. 2 protesters were shot dead": the riot's toll, not a second event)
    if (cls in _CROWD_TOLL_CLASSES or _turns_violent(event, mention, event_type_of)) and _crowd_or_nobody(
            mention.side1) and event_type_of(event.cls) in CROWD_TYPES and not _names_new_actor(event, mention):
        return True  # "... clashed with police. A policeman was beaten to death.": the riot's toll
    if cls in GENERIC_CLASSES:  # "the attack killed ..." joins any violent event, and a raid that burned homes
        return event_type_of(event.cls) in VIOLENT_TYPES or (
            event.cls in _PROPERTY_CLASSES and not _names_new_actor(event, mention))
    if event.cls in GENERIC_CLASSES and event_type_of(cls) in VIOLENT_TYPES:
        return True
    # looting or burning during an attack is part of the attack, not a strategic development of its own
    return event_type_of(event.cls) in VIOLENT_TYPES and event_type_of(cls) == "Strategic developments" \
        and not _names_new_actor(event, mention)


def _same_scene(event: Event, mention: EventMention, event_type_of) -> bool:
    """The next sentence goes on with the event's scene: no place or date of its own, no new actor, both violent."""
    return mention.place is None and mention.sentence_index == event.last_sentence + 1 \
        and "date.sentence" not in mention.rule_ids and event_type_of(mention.trigger.cls) in VIOLENT_TYPES \
        and event_type_of(event.cls) in VIOLENT_TYPES and not _names_new_actor(event, mention)


def _crowd_arrest(event: Event, mention: EventMention, event_type_of) -> bool:
    """``merge.crowd_arrest``: arrests told in the sentence right after a protest or riot ("... staged a protest
    outside the court. Police detained around 40 of them") are the state's intervention in it (ACLED), not an
    Arrests event of their own: by the state or nobody named, of the crowd (mentions: ``arrest.crowd``)."""
    if mention.trigger.cls != _ARREST_CLASS or mention.sentence_index != event.last_sentence + 1 \
            or event_type_of(event.cls) not in CROWD_TYPES:
        return False
    side1 = mention.side1
    if side1 is not None and side1.main is not None and side1.main.inter != STATE_INTER:
        return False
    return "arrest.crowd" in mention.rule_ids  # the arrested are the crowd ("around 40 of them")


def _crowd_response(event: Event, mention: EventMention, event_type_of) -> bool:
    """``merge.crowd_response``: the state's answer to a riot told in the sentence after it ("... burned tyres in
    Cetinje. Police fired tear gas", "Police fired live rounds; 1 rioter was killed") is part of the riot (ACLED: the
    intervention and the rioters its force killed belong to the demonstration event), not a protest event of its
    own: tear gas, water cannon or live fire by the state or by nobody named."""
    side1 = mention.side1
    if _state_shooting(event, mention):
        return True
    if mention.trigger.cls not in _RESPONSE_CLASSES or not _crowd_event(event, event_type_of) \
            or not event.last_sentence <= mention.sentence_index <= event.last_sentence + 1:
        return False
    return side1 is None or side1.main is None or side1.main.inter == STATE_INTER \
        or (side1.main.kind == "agent" and side1.main.inter in CROWD_AGENT_INTERS)


def _crowd_event(event: Event, event_type_of) -> bool:
    """A protest or riot, or violence a crowd commits ("protesters stormed the akimat building": an attack until the
    row names the crowd rioters, rows ``type.protesters_attack``)."""
    if event_type_of(event.cls) in CROWD_TYPES:
        return True
    side1 = event.side1
    return event.cls in GENERIC_CLASSES | _PROPERTY_CLASSES and side1 is not None and side1.main is not None \
        and side1.main.kind == "agent" and side1.main.inter in _CROWD_ACTS


def _state_shooting(event: Event, mention: EventMention) -> bool:
    """``merge.crowd_response``: state forces opening fire in the sentence right after a violent demonstration
    ("youths attacked a gendarmerie post with stones. Gendarmes opened fire, killing 2 people") answer that riot:
    its toll, not an attack on civilians of its own."""
    side1 = mention.side1
    return event.cls == _RIOT_CLASS and mention.trigger.entry_id.startswith(_SHOOTING_PREFIX) \
        and mention.sentence_index == event.last_sentence + 1 and side1 is not None and side1.main is not None \
        and side1.main.inter == STATE_INTER


def _other_initiator(event: Event, mention: EventMention) -> bool:
    """``merge.other_side``: a mention of another kind of event (one of them a remote one) that strikes the event's
    initiator ("its warplanes struck RSF positions" after an RSF shelling), or that another named armed side leads,
    tells of a second event, even on the same day and place."""
    own, other = event.side1, mention.side1
    if own is None or other is None or own.main is None or other.main is None or same_actor(own, other):
        return False
    if own.main.inter not in ARMED_INTERS or other.main.inter not in ARMED_INTERS:
        return False
    if same_actor(own, mention.side2) and other.main.inter != own.main.inter:
        return True  # the roles are reversed: the event's initiator is this mention's target
    return own.main.kind != "agent" and other.main.kind != "agent"


def _crowd_or_nobody(side: Side | None) -> bool:
    """No initiator, or an unnamed crowd ('residents had beaten the pair to death' after a lynching)."""
    return side is None or side.main is None or (side.main.kind == "agent" and side.main.inter in CROWD_AGENT_INTERS)


def _turns_violent(event: Event, mention: EventMention, event_type_of) -> bool:
    """"Farmers protested in Brussels. Some protesters set fire to hay bales.": the protest turned violent (ACLED
    codes the whole gathering a violent demonstration), told with no place or date of its own."""
    return mention.place is None and "date.sentence" not in mention.rule_ids \
        and mention.sentence_index == event.last_sentence + 1 and mention.side1 is not None \
        and (event_type_of(event.cls), event_type_of(mention.trigger.cls)) == ("Protests", "Riots")


def _names_new_actor(event: Event, mention: EventMention) -> bool:
    known = {a.entry_id for side in (event.side1, event.side2) if side for a in side.actors}
    return any(a.kind != "agent" and a.entry_id not in known  # (nor a people named as the dead: "A Palestinian ...")
               and not (side is mention.side2 and a.kind == "country")
               for side in (mention.side1, mention.side2) if side for a in side.actors)


def merge_mentions(mentions: list[EventMention], event_type_of, separate_reports: bool = False) -> list[Event]:
    """Fold mentions into events, most recent compatible event first. ``separate_reports``: the text joins the
    headlines of several sources ("Seven soldiers killed in attack;Six soldiers killed in raid"), whose differing
    figures for one event are conflicting reports: the event keeps the figure most of them give, the most
    conservative of those when several are given as often (``fat.reported``, ``fat.conservative``)."""
    events: list[Event] = []
    for mention in mentions:
        target = next((e for e in reversed(events) if _compatible(e, mention, event_type_of)), None)
        if target is None:
            events.append(Event.start(mention))
            continue
        _absorb(target, mention, event_type_of, separate_reports)
    return events


def _absorb(event: Event, mention: EventMention, event_type_of, separate_reports: bool = False) -> None:
    # a scene of another kind within the event ("the guards shot dead a second attacker"): not the event's sides
    scene = event_type_of(mention.trigger.cls) != event_type_of(event.cls) \
        and _same_scene(event, mention, event_type_of)
    shooting = _state_shooting(event, mention)  # (asked before the mention joins: it reads the event's last sentence)
    turned = _turns_violent(event, mention, event_type_of)
    event.mentions.append(mention)
    event.rule_ids += [r for r in mention.rule_ids if r not in event.rule_ids] + ["merge.coref"]
    if mention.trigger.cls == _ARREST_CLASS and event_type_of(event.cls) in CROWD_TYPES:  # merged by _crowd_arrest
        if event.cls == _PEACEFUL_CLASS or (event.cls not in _RESPONSE_CLASSES and event_type_of(event.cls) == "Protests"):
            event.cls = _INTERVENTION_CLASS  # (a strike or a sit-in the police broke up, as a march)
        if _crowd_or_nobody(event.side2) and _crowd_or_nobody(event.side1) and mention.side1 is not None \
                and mention.side1.main is not None:
            event.side2 = mention.side1  # who arrests is the other side, unless the event already names the state
        event.rule_ids.append("merge.crowd_arrest")
    if (mention.trigger.cls in _RESPONSE_CLASSES and _crowd_event(event, event_type_of)
            and event_type_of(mention.trigger.cls) != event_type_of(event.cls)) \
            or shooting:  # merged by _crowd_response
        side1 = mention.side1
        if _crowd_or_nobody(event.side2) and side1 is not None and side1.main is not None \
                and side1.main.inter == STATE_INTER:
            event.side2 = side1  # "rioters burned tyres. Police fired tear gas": the police are the other side
        event.rule_ids.append("merge.crowd_response")
    if event.cls in _PROPERTY_CLASSES and mention.trigger.cls in GENERIC_CLASSES and (mention.fatalities or 0) > 0:
        # "raided the village and set fire to houses. Residents counted 30 bodies": a deadly attack, not looting
        event.cls, event.priority = mention.trigger.cls, mention.trigger.priority
    elif mention.trigger.priority > event.priority and mention.trigger.cls not in GENERIC_CLASSES \
            and (event.cls in GENERIC_CLASSES or event_type_of(mention.trigger.cls) == event_type_of(event.cls) or turned) \
            and (event_type_of(mention.trigger.cls) in VIOLENT_TYPES | {event_type_of(event.cls)} or turned) \
            and not (event.fatalities and mention.trigger.cls in _NON_LETHAL_CLASSES):
        # (an attack that killed stays the killing when a later sentence tells of its abductions: see
        # event.abduction_killed)
        event.cls, event.priority = mention.trigger.cls, mention.trigger.priority
    # sides come from sentences about the event itself: not from a deployment or rescue told after it
    # ("security forces were deployed to rescue those kidnapped" names no target of the raid)
    answered = "fat.perpetrators" in mention.rule_ids and event.side1 is not None  # "Police killed 2 of the assailants"
    same_kind = not scene and not answered and (
        event_type_of(mention.trigger.cls) == event_type_of(event.cls)
        or {event_type_of(mention.trigger.cls), event_type_of(event.cls)} <= VIOLENT_TYPES)
    if same_kind and (event.side1 is None or _weaker(event.side1, mention.side1)):
        event.side1 = mention.side1 or event.side1
    if same_kind and (event.side2 is None or _weaker(event.side2, mention.side2)):
        if mention.side2 is not None and event_type_of(event.cls) in CROWD_TYPES and _crowd_or_nobody(mention.side2) \
                and mention.side1 is not None and mention.side1.main is not None \
                and mention.side1.main.inter == STATE_INTER:
            # "Police arrested 12 of the protesters": the crowd is the event's own side, the police the other
            event.side2 = mention.side1
        elif mention.side2 is not None:
            event.side2, event.side2_from_anaphor = mention.side2, mention.anaphoric
        elif event.side2 is None and mention.side1 is not None and mention.side1.main is not None \
                and event.side1 is not None and not same_actor(event.side1, mention.side1):
            # "... marched in Lusaka. Police fired tear gas": who acts in the later sentence is the other side
            event.side2 = mention.side1
    if mention.place is not None and (event.place is None or mention.place.specificity > event.place.specificity):
        if not _places_conflict(event.place, mention.place):
            event.place = mention.place
        elif _town_of_told_event(event, mention):
            event.place = mention.place
            event.rule_ids.append("place.told_town")
    if mention.time_precision is not None and (event.time_precision is None
                                               or mention.time_precision < event.time_precision):
        event.event_date, event.time_precision = mention.event_date, mention.time_precision
    if mention.fatalities is not None:
        other_group = _other_group(event, mention)
        old = event.group_counts.get(mention.toll_group) if mention.toll_group is not None else None
        for group, count in mention.groups:
            event.group_counts[group] = max(event.group_counts.get(group, 0), count)
        if old is not None and mention.toll_group is not None and event.fatalities:
            # "raising the number of police killed to seven": only the police's part of the toll changes
            if mention.fatalities > old:
                event.fatalities += mention.fatalities - old
                event.group_counts[mention.toll_group] = mention.fatalities
                event.rule_ids.append("fat.group_toll")
        elif ("fat.also" in mention.rule_ids or "fat.perpetrators" in mention.rule_ids) and event.fatalities:
            # 'Two attackers were also killed', 'Both attackers were killed' (the next sentence): more dead
            event.fatalities += mention.fatalities
        elif "fat.claim" in mention.rule_ids and event.fatalities is not None:
            pass  # a side's own claim ('the Taliban said they killed 20') never raises the reported toll
        elif separate_reports and event.fatalities and mention.fatalities:
            # the figure most headlines give ("kills 22 Islamists;... kill 22 militants;Army kills leader of ..."),
            # the most conservative among the most given (``fat.reported``, ``fat.conservative``)
            if not event.reports:
                event.reports.append(event.fatalities)
            event.reports.append(mention.fatalities)
            figure = min(event.reports, key=lambda n: (-event.reports.count(n), n))
            if figure != event.fatalities:
                event.rule_ids.append("fat.conservative" if figure < event.fatalities else "fat.reported")
                event.fatalities = figure
        elif "fat.witness" in mention.rule_ids and event.fatalities:
            pass  # 'another witness said 260 had died' after the officials' 150: the most conservative figure stays
        elif other_group and event.fatalities:
            event.fatalities += mention.fatalities  # "..., killing two attackers. One policeman was killed."
            event.rule_ids.append("fat.other_group")
        else:
            event.fatalities = max(event.fatalities or 0, mention.fatalities)


def _town_of_told_event(event: Event, mention: EventMention) -> bool:
    """``place.told_town``: a sentence that refers back to the event ("The workers were shot ... in Sugapa") names
    the town where it was; the region the lead named ("in Indonesia's restive Papua region") is looser, even when
    the gazetteer files the town under another first-level unit (a region since split, a loose regional name)."""
    if not mention.anaphoric or event.place is None or mention.place is None:
        return False
    told, lead = mention.place.place, event.place.place
    return told.kind == "place" and lead.kind != "place" and lead.kind != "country" and told.iso2 == lead.iso2


def _other_group(event: Event, mention: EventMention) -> bool:
    """``fat.other_group``: the mention counts dead of a group (police, military, armed, civilians) the event's
    toll has not counted, and every dead of that toll belongs to a counted group ("Police returned fire, killing two
    attackers. One policeman was killed."): more dead, not a rival figure. Not for a vague, toll, claimed or
    witnessed figure."""
    if not mention.groups or not event.group_counts or not event.fatalities \
            or sum(event.group_counts.values()) != event.fatalities \
            or any(r in mention.rule_ids for r in _NOT_MORE_DEAD):
        return False
    return all(group not in event.group_counts for group, _ in mention.groups) \
        and sum(count for _, count in mention.groups) == mention.fatalities


def _group_counts(groups: tuple[tuple[str, int], ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for group, count in groups:
        counts[group] = counts.get(group, 0) + count
    return counts


def _weaker(current: Side, other: Side | None) -> bool:
    """A generic agent side gives way to a named side of the same kind ('insurgents' -> 'ISWAP', 'troops' ->
    'Military Forces of Nigeria'), never to a different kind of actor named elsewhere in the article."""
    if other is None or current.main is None or other.main is None:
        return False
    if current.main.kind != "agent" or other.main.kind == "agent":
        return False
    a, b = current.main.inter, other.main.inter
    return a == b or (a in NON_STATE_ARMED_INTERS and b in NON_STATE_ARMED_INTERS)


def same_actor(a: Side | None, b: Side | None) -> bool:
    if a is None or b is None or a.main is None or b.main is None:
        return False
    if a.main.entry_id == b.main.entry_id:
        return True
    return a.main.kind in {"country", "state_organ"} and b.main.kind in {"country", "state_organ"} \
        and a.main.country == b.main.country


def names_victims(event: Event, matches: ArticleMatches, busy: frozenset[int] | None = None) -> bool:
    """Whether a sentence of the event names unnamed people as killed or hurt ('killing twelve people'); with
    ``busy`` (the sentences of other events), also the sentence right after the event when it told the event's
    dead or hurt ('The army shelled the village. A seven-year-old girl was killed.')."""
    indexes = [mention.sentence_index for mention in event.mentions]
    after = event.last_sentence + 1
    if busy is not None and after < len(matches.sentences) and after not in busy and (
            event.fatalities or _HURT.search(matches.lower, *matches.sentences[after]) is not None):
        indexes.append(after)
    for index in indexes:
        start, end = matches.sentences[index]
        if matches.cue_possible(CUE_VICTIMS, start, end) and VICTIMS.search(matches.lower, start, end) and any(
                _OFFSET_CLAUSE.search(matches.lower, max(start, harm.start() - 80), harm.start()) is None
                for harm in _HARM.finditer(matches.lower, start, end)):
            return True
        if matches.lower.find("kill", start, end) >= 0 and any(
                parse_number(m.group(1)) for m in _BARE_COUNT.finditer(matches.lower, start, end)):
            return True  # "Car bomb kills 25 in Baghdad market": a headline's count without its noun is people
    return False


# a headline's count with no noun after an active kill verb ("kills 25 in", "kill seven;", "killing 14 as")
_BARE_COUNT = re.compile(r"\bkill(?:s|ed|ing)?\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+)?"
                         r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?=\s+(?:in|as|at|near|after|during|on|outside|inside|when|"
                         r"while|across|overnight)\b|\s*[,;:.\"]|\s*$)")


# a death told as what came days before ("..., days after 2 students were killed by a bus"): background, no victim
_OFFSET_CLAUSE = re.compile(OFFSET_CLAUSE.pattern + r"[^,;.]*$")  # ending right before the harm


def backfill_target(event: Event, matches: ArticleMatches, busy: frozenset[int] = frozenset()) -> None:
    """Name the target side from armed groups mentioned while the event is described (not in sentences that
    describe another event: ``busy``). A target named in the event's own sentences stays."""
    side2 = event.side2
    generic_armed = side2 is not None and side2.main is not None and side2.main.kind == "agent" \
        and side2.main.inter in NON_STATE_ARMED_INTERS  # "Iraqi resistance groups" -> the groups the article names
    if side2 is not None and side2.main is not None and not same_actor(event.side1, side2) \
            and (side2.main.kind != "agent" or not (event.side2_from_anaphor or generic_armed)):
        return
    if side2 is None and names_victims(event, matches):
        return  # "airstrikes killed 15 civilians": the victims are the target, not a group named nearby
    first = event.first_sentence
    described = [m.sentence_index for m in event.mentions if not m.anaphoric] or [first]
    last = min(len(matches.sentences) - 1, max(described) + BACKFILL_WINDOW)
    start, end = matches.sentences[first][0], matches.sentences[last][1]
    taken = {a.entry_id for a in (event.side1.actors if event.side1 else [])}
    groups: list[ActorMention] = []
    for actor in matches.actors:
        if start <= actor.start < end and actor.kind == "armed_group" and actor.entry_id not in taken \
                and matches.sentence_of(actor.start) not in busy:
            if all(g.entry_id != actor.entry_id for g in groups):
                groups.append(actor)
    if groups:
        event.side2 = Side(groups)
        event.rule_ids.append("actor.backfill")
