"""``fat.toll_update``: in headlines joined by ";" a later headline that updates the toll gives the event's figure.

UCDP GED's source field joins the headlines of several reports of one event ("Twin car bombs kill 31 in
Karrada;Karrada bombing toll climbs to 42", "Nine police killed in Kunduz attack;Officials say toll now 11"). The
joined figures are otherwise read as conflicting reports (``coder.match.assemble``: the figure most of them give,
the most conservative). A headline whose toll says it changed ("rises to", "climbs to", "now", "up to", "reaches")
is no rival report but the later count, so it replaces the figure; a toll with no such word ("Army puts toll at
11") replaces only a number-less figure (the 3 of "soldiers killed"). The headline may hold no event word of its
own ("Officials say toll now 11"): it belongs to the latest event told before it. A side's own claim
(``fat.claim``), totals over days (cumulative counts) and a toll after headlines that already disagree ("kill
10;...kill 20;...toll rises to 16": the headlines may not tell one incident, so the conservative figure stays) are
left alone.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from coder.match.assemble import Event
from coder.match.fatalities import FatalityMention

RULE_ID = "fat.toll_update"
_UPDATE = re.compile(r"\b(?:ris(?:es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed)|reach(?:es|ed)|mount(?:s|ed)|"
                     r"now|up\s+to|increase[sd]?|swell(?:s|ed))\b")


def _owner(events: Sequence[Event], index: int) -> Event | None:
    """The event a headline's toll belongs to: the one told in that headline, else the latest told before it."""
    best: Event | None = None
    best_first = -1
    for event in events:
        sentences = [m.sentence_index for m in event.mentions]
        if index in sentences:
            return event
        first = min(sentences, default=index)
        if best_first < first < index:
            best, best_first = event, first
    return best


def joined_toll_updates(events: Sequence[Event], text: str, lower: str, sentences: Sequence[tuple[int, int]],
                        find: Callable[[str], list[FatalityMention]]) -> None:
    """Apply ``fat.toll_update`` to ``events`` (the events of one text whose headlines are joined by ";")."""
    if not events or "toll" not in lower:
        return
    for index, (start, end) in enumerate(sentences):
        if index == 0 or lower.find("toll", start, end) < 0:
            continue
        tolls = [f for f in find(text[start:end]) if f.rule_id == "fat.toll" and f.count > 0 and not f.cumulative]
        if len(tolls) != 1:
            continue
        event = _owner(events, index)
        if event is None or event.fatalities == tolls[0].count or "fat.claim" in event.rule_ids:
            continue
        if len(set(event.reports) - {tolls[0].count}) > 1:
            continue  # the headlines before it disagree ("kill 10;...kill 20;toll rises to 16"): no one count to update
        updated = _UPDATE.search(tolls[0].text.lower()) is not None
        vague_only = event.fatalities is None or (
            "fat.vague" in event.rule_ids and event.fatalities == 3 and not event.reports)
        if updated or vague_only:
            event.fatalities = tolls[0].count
            event.reports = [tolls[0].count]
            event.rule_ids.append(RULE_ID)


def joined_headlines(text: str, sentences: list[tuple[int, int]]) -> bool:
    """The text joins the headlines of several sources with glued semicolons ("...in Kabul;Three soldiers
    killed"): a sentence begins right after a ";"."""
    return ";" in text and any(start and text[start - 1] == ";" for start, _ in sentences)
