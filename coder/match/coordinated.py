"""One sentence that tells the same act at two places: two events (``event.coordinated_places``).

CODING_RULES.md: one event is one place; "strikes at two towns = two events". Incident summaries often tell both in
one sentence: "two car bombs exploded minutes apart in Kirkuk city, Kirkuk governorate, and in Tuz Khurmatu town,
Salah ad Din governorate", "bombs damaged a bank branch in Medellin, Antioquia department, and an electricity
substation near Cali". The event mention of such a sentence holds the first place; :func:`coordinated_places` finds
the towns joined to it, and :func:`split_mention` makes one mention per town, the sentence's toll shared evenly
(ACLED's practice for a figure given for several places together, the remainder to the first).

A sentence right after that opens on "The first" and goes on with "the second" gives each event its own toll
(:func:`ordinal_tolls`: "The first killed 4 people near a party office; the second killed 2 and wounded 14").
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable, Sequence

from coder.match.fatalities import FatalityMention
from coder.match.mentions import ArticleMatches, EventMention, sentence_fatalities
from coder.match.resolved import ResolvedPlace
from coder.match.roles import Side

RULE = "event.coordinated_places"
ORDINAL_RULE = "fat.ordinal_tolls"
# what may stand between the first town and "and": its kind word and the regions and country that place it
# (", Kirkuk governorate", ", Antioquia department"), capitalised names or a region noun only
_REGION_NOUNS = r"province|governorate|state|region|district|department|county|division|oblast|prefecture"
_QUALIFIERS = (r"(?:\s+(?:city|town|village|district|port))?"
               rf"(?:\s*,\s*(?:[A-Z][\w'.-]*\s+){{0,3}}(?:[A-Z][\w'.-]*|{_REGION_NOUNS}))*")
# "..., and in", "and near", "and an electricity substation near", "and a market in"
_JOIN = re.compile(_QUALIFIERS + r",?\s+and\s+(?:(?:a|an|the|another)\s+(?:[a-z-]+\s+){0,3}?)?"
                   r"(?:(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?)?$")
# after the last town and its regions the sentence ends or goes on with the act's own words ("..., Iraq, killing 6"),
# not a clause of its own ("and in Baghdad police arrested 3 suspects": another act, not the same one)
_CHAIN_END = re.compile(_QUALIFIERS + r"(?:\s*[,.;:)]|\s*$|\s+(?:killing|wounding|injuring|leaving|destroying|"
                        r"damaging|on|during|as|after|before|within|minutes|hours|late|early|overnight)\b)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?$")
_APART_DEGREES = 0.15  # towns closer than this (about 15 km: quarters of one city) are one event's place
_FIRST = re.compile(r"\s*the\s+first\b")
_SECOND = re.compile(r"[;,]\s+(?:and\s+|while\s+|whereas\s+)?the\s+second\b")


def coordinated_places(matches: ArticleMatches, index: int, place: ResolvedPlace | None) -> list[ResolvedPlace]:
    """The towns of sentence ``index`` joined by "and" in one chain with the event's town ``place``, in text order
    (the event's own among them), each in its own place; empty when the event's town stands alone."""
    if place is None or place.place.kind != "place":
        return []
    start, end = matches.sentences[index]
    if matches.lower.find(" and ", start, end) < 0:  # (cheap gate)
        return []
    towns = [resolved for mention, resolved in matches.in_sentence(matches.places, index)
             if resolved.place.kind == "place" and resolved.mention is not None]
    for first, town in enumerate(towns):
        if _LOCATIVE_BEFORE.search(matches.lower, max(start, town.mention.start - 40), town.mention.start) is None:
            continue
        chain = [town]
        for other in towns[first + 1:]:
            if _JOIN.fullmatch(matches.text, chain[-1].mention.end, other.mention.start) is not None \
                    and not any(_close(other, kept) for kept in chain):
                chain.append(other)
        if len(chain) > 1 and any(kept.place.geonameid == place.place.geonameid for kept in chain) \
                and _CHAIN_END.match(matches.text, chain[-1].mention.end) is not None:
            return chain
    return []


def _close(a: ResolvedPlace, b: ResolvedPlace) -> bool:
    pa, pb = a.place, b.place
    return pa.geonameid == pb.geonameid or (
        abs(pa.latitude - pb.latitude) < _APART_DEGREES and abs(pa.longitude - pb.longitude) < _APART_DEGREES)


def split_mention(mention: EventMention, places: Sequence[ResolvedPlace]) -> list[EventMention]:
    """One mention per place of ``places`` (the chain :func:`coordinated_places` found); a toll is shared."""
    shares = _shares(mention.fatalities, len(places))
    return [dataclasses.replace(mention, place=place, fatalities=share, rule_ids=mention.rule_ids + [RULE], groups=())
            for place, share in zip(places, shares)]


def _shares(count: int | None, parts: int) -> list[int | None]:
    if count is None:
        return [None] * parts
    share = count // parts
    shares: list[int | None] = [count - share * (parts - 1)]
    return shares + [share] * (parts - 1)


def ordinal_tolls(matches: ArticleMatches, index: int, mention: EventMention, split: Sequence[EventMention],
                  fatalities: Callable[[], Sequence[FatalityMention]]) -> list[EventMention] | None:
    """Sentence ``index`` ("The first ...; the second ...") after a sentence split in two: one mention per event,
    each at its event's place with the toll its own clause gives; None when the sentence is not such a pair."""
    if len(split) != 2:
        return None
    start, end = matches.sentences[index]
    lower = matches.lower
    if _FIRST.match(lower, start) is None:
        return None
    second = _SECOND.search(lower, start, end)
    if second is None:
        return None
    cut = second.start() - start  # fatality offsets are the sentence's
    found = list(fatalities())
    before = [f for f in found if f.start < cut]
    after = [f for f in found if f.start >= cut]
    spans = ((start, start + cut), (start + cut, end))
    return [dataclasses.replace(mention, place=event.place, fatalities=sentence_fatalities(part)[0] if part else 0,
                                side1=_within(mention.side1, span), side2=_within(mention.side2, span),
                                rule_ids=mention.rule_ids + [ORDINAL_RULE], groups=(), anaphoric=False)
            for event, part, span in zip(split, (before, after), spans)]


def _within(side: Side | None, span: tuple[int, int]) -> Side | None:
    """The side when its main actor is named in the clause ``span`` (the other clause's is not this event's)."""
    return side if side is not None and side.main is not None and span[0] <= side.main.start < span[1] else None
