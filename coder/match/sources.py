"""Source metadata in a text: media names ("Agence France Presse", "Radio Pakistan") and citations (a broadcast
citation "Afghan Islamic Press news agency, Peshawar, in Pashto 0940 gmt 21 Jun 10", an outlet with its city before a
filing date, a copyright notice, a word count) and a wire story's dateline ("NAIROBI, May 9 (Reuters) - "). Their
spans give no actor, place, country or date: they say who reported and when, not where or when the event was.
Word lists in coder/resources/gazetteer/matcher_words.json."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from coder.text.normalize import lower_same_length

_CITATION_LEAD = 300  # characters at the head of a text searched for an outlet-and-city citation
_CITATION_REACH = 100  # characters looked back from a broadcast time for the citation's start


@functools.cache
def _matcher_words() -> dict[str, Any]:
    """resources/gazetteer/matcher_words.json, read once for the lists this module uses."""
    return json.loads(resources.files("coder").joinpath("resources/gazetteer/matcher_words.json").read_text("utf-8"))


@functools.cache
def media_automaton() -> Any:
    """An Aho-Corasick automaton of the (lower-case) media names in the place matcher's word lists."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in _matcher_words()["media_names"]:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


def media_spans(automaton: Any, text: str) -> list[tuple[int, int]]:
    """Spans of media names in ``text`` (whole words, case-insensitive), sorted and non-overlapping."""
    spans: list[tuple[int, int]] = []
    lowered = lower_same_length(text)
    for end, length in automaton.iter(lowered):
        start, stop = end + 1 - length, end + 1
        if (start and lowered[start - 1].isalnum()) or (stop < len(text) and lowered[stop].isalnum()):
            continue
        if spans and start < spans[-1][1]:
            if stop - start > spans[-1][1] - spans[-1][0]:
                spans[-1] = (start, stop)
            continue
        spans.append((start, stop))
    return spans


@dataclass(frozen=True, slots=True)
class Citations:
    """Source metadata patterns (see ``citation_patterns``); each runs only when its literal head is in the text."""

    gmt: re.Pattern[str]
    filed: re.Pattern[str]
    outlet: re.Pattern[str]
    notice: re.Pattern[str]
    words: re.Pattern[str]
    outlet_heads: tuple[str, ...]  # "tv,", "news agency,": an outlet's name followed by its city


@functools.cache
def citation_patterns() -> Citations:
    """Source metadata in a text: a broadcast citation's time and date ("in Pashto 0940 gmt 21 Jun 10"), an
    outlet with its city before a filing date ("Albanian TV, Tirana 1999-03-11"; outlet words from
    matcher_words.json), a copyright notice ("(c) 2008 The British Broadcasting Corporation. All Rights Reserved.
    No material may be reproduced ...") and a word count ("162 words")."""
    words = sorted(_matcher_words()["outlet_words"], key=len, reverse=True)
    outlet = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return Citations(
        gmt=re.compile(r"\b\d{3,4}\s*(?:gmt|GMT)\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{2,4}\b"),
        filed=re.compile(r"\b(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})\b"),
        outlet=re.compile(rf"\b(?i:{outlet}),\s*[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?,?\s+$"),
        notice=re.compile(r"(?:\([cC]\)|\u00a9|\bCopyright\b)[^\n]{0,160}?(?:(?=\n)|$|(?<=[A-Za-z]{2})\.(?=\s|$))"
                          r"|\b(?i:all\s+(?:reproduction\s+and\s+presentation\s+)?rights\s+reserved)\.?"
                          r"(?:\s*No material may be reproduced[^\n.]{0,160}\.)?"),
        words=re.compile(r"\d\s+words(?![a-z])"),
        outlet_heads=tuple(dict.fromkeys(w.split()[-1] + "," for w in words)))


def merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


_CITATION_START = re.compile(r"[;/(\n\"\u201c:]|\.\s")  # where a citation's segment begins, looking back
_NUMBER_START = re.compile(r"\d+$")


def _segment_start(text: str, start: int) -> int:
    """Where the citation ending before ``start`` begins: the last delimiter within 100 characters."""
    lo = max(0, start - _CITATION_REACH)
    starts = [m.end() for m in _CITATION_START.finditer(text, lo, start)]
    return starts[-1] if starts else (0 if lo == 0 else start)


# the literal cues of the citation patterns, lower case: each pattern is searched only where one is in the text
CITATION_CUES = {"gmt": "gmt", "(c)": "notice", "\u00a9": "notice", "copyright": "notice", "reserved": "notice",
                 " words": "words"}


def citation_cues_in(text: str) -> frozenset[str]:
    """The values of ``CITATION_CUES`` whose phrases ``text`` holds (what a shared walk's hits give at once)."""
    low = text.lower()
    return frozenset(value for phrase, value in CITATION_CUES.items() if phrase in low)


def source_spans(patterns: Citations, text: str, cues: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Spans of source metadata (see ``citation_patterns``), sorted and non-overlapping. A broadcast time or an
    outlet-and-city reaches back to the start of its segment: the outlet's name and city are part of it
    ("Afghan Islamic Press news agency, Peshawar, in Pashto 0940 gmt 21 Jun 10"). ``cues``: the values of the
    ``CITATION_CUES`` the text holds, when a shared walk found them (:func:`citation_cues_in` otherwise)."""
    if cues is None:
        cues = citation_cues_in(text)
    spans: list[tuple[int, int]] = []
    if "gmt" in cues:
        spans.extend((_segment_start(text, m.start()), m.end()) for m in patterns.gmt.finditer(text))
    lead = text[:_CITATION_LEAD].lower()  # an outlet-and-city citation heads the text, like a dateline
    if any(head in lead for head in patterns.outlet_heads):
        for m in patterns.filed.finditer(text, 0, _CITATION_LEAD + 40):
            head = patterns.outlet.search(text, max(0, m.start() - 80), m.start())
            if head is not None:
                spans.append((_segment_start(text, head.start()), head.end()))
    if "notice" in cues:
        spans.extend(m.span() for m in patterns.notice.finditer(text))
    if "words" in cues:
        for m in patterns.words.finditer(text):
            number = _NUMBER_START.search(text, max(0, m.start() - 6), m.start() + 1)
            spans.append((number.start() if number is not None else m.start(), m.end()))
    return merged_spans(spans) if spans else spans


# the dateline of a wire story: "MOGADISHU, Feb 20 (Reuters) - ", "BUNIA, Feb. 3 (Xinhua) -- ", "IMPHAL, Nov 12
# (PTI): " (a colon only after the agency: "NIGERIA: On 3 May ..." heads a note, not a dateline)
_DATELINE_END = r"\s*(?:\([\w .]+\)\s*(?::|--?|[\u2013\u2014])|--?|[\u2013\u2014])\s"
DATELINE = re.compile(r"\s*[A-Z][A-Z .'\u2019-]{2,40}(?:,\s*[A-Z][\w .'-]{1,30})?,?\s*(?:[A-Z][a-z]{2,8}"
                      r"\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})?" + _DATELINE_END)
_DATELINE_DATE_END = re.compile(_DATELINE_END)


def _is_dateline_date(text: str, mention) -> bool:
    """The dateline's date ("NAIROBI, May 9 (Reuters) - ") is the filing date, not the event's."""
    return mention.start < 80 and _DATELINE_DATE_END.match(text, mention.end) is not None


def is_filing_date(text: str, mention) -> bool:
    """A dateline's or a source citation's date: when the story was filed, not when the event happened."""
    return _is_dateline_date(text, mention) or _is_source_date(text, mention)


# A source citation before a headline: "Reuters 1989-05-17 \"", "AFP, 2008-09-03, \"", "Press Trust of India (29
# October 2000): \"", "VDC 2014-02-12;". The words before the date name the source (capitalised, with "of"/"the"/
# "and"), not a preposition or a day ("On 3 March 2023," is an event date); punctuation or a capital follows.
_SOURCE_WORDS = re.compile(r"(?:\(\d\)\s*)?(?!(?:On|In|At|By|Since|From|Between|Until|During|Around|Before|After|"
                           r"Late|Early|Last|This|The|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                           r"Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][\w.&'-]*(?:[\s,]+(?:[A-Z][\w.&'-]*|of|the|and|mon|"
                           r"monitoring|news|newswires|agency|website))*[\s,(]*")
_SOURCE_DATE_END = re.compile(r"\s*(?:[)\"',:;/]|[A-Z0-9])")


def _is_source_date(text: str, mention) -> bool:
    """Whether a date stands in a source citation before a headline (see ``_SOURCE_WORDS``)."""
    lo = max(text.rfind(";", 0, mention.start), text.rfind("/", 0, mention.start - 1),
             text.rfind("\n", 0, mention.start)) + 1
    if mention.start - lo > 60 or _SOURCE_DATE_END.match(text, mention.end) is None:
        return False
    head = text[lo : mention.start].lstrip()
    return bool(head) and _SOURCE_WORDS.fullmatch(head) is not None


# the date of a source citation before a headline: "2009-08-13", "4/13/1998", "12 May 2006", "(29 October 2000)",
# "May 12, 2006"; searched in the first characters of the text only
_HEAD_DATE = re.compile(r"\(?(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
                        r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\b")
_HEAD_REACH = 120  # characters at the head of a text (or of a ';'-joined segment) searched for a cited date


def source_heads(text: str) -> list[tuple[int, int]]:
    """Spans of the source names that head a text before a date ("PNA, 2009-08-13:", "KUNA 1991-02-20",
    "Press Trust of India (29 October 2000):", "Reuters, 4/13/1998"; see ``_SOURCE_WORDS``): an agency, not a
    side. Only a span that begins the text, or a segment after ';' or '", ', is taken."""
    spans: list[tuple[int, int]] = []
    for m in _HEAD_DATE.finditer(text, 0, min(len(text), _HEAD_REACH)):
        quote = text.rfind('", ', 0, m.start())
        lo = max(text.rfind(";", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1, quote + 3 if quote >= 0 else 0)
        head = text[lo:m.start()]
        stripped = head.lstrip()
        if stripped and _SOURCE_WORDS.fullmatch(stripped) is not None and _SOURCE_DATE_END.match(text, m.end()):
            start = lo + len(head) - len(stripped)
            spans.append((start, start + len(stripped.rstrip(" ,(")))) 
    return spans


@functools.cache
def agency_countries() -> dict[str, str]:
    """National news agencies (lower case) -> the ISO2 code of their country (matcher_words.json agency_countries)."""
    return dict(_matcher_words().get("agency_countries", {}))


def head_agency_countries(text: str, heads: list[tuple[int, int]]) -> list[str]:
    """The ISO2 codes of the national agencies that the source heads ``heads`` name ("PTI", "KUNA"), in order."""
    table = agency_countries()
    found = [table.get(" ".join(text[start:end].lower().split())) for start, end in heads]
    return list(dict.fromkeys(code for code in found if code))


@functools.cache
def era_cues() -> tuple[tuple[tuple[str, ...], str, date, date | None], ...]:
    """(phrases, ISO2, from, until) of matcher_words.json ``era_cues``: words that say which country a text is about
    in the years given ('regime forces' in Syria's war)."""
    return tuple((tuple(cue["phrases"]), cue["iso2"], date.fromisoformat(cue["from"]),
                  date.fromisoformat(cue["until"]) if cue.get("until") else None)
                 for cue in _matcher_words().get("era_cues", ()))


def era_countries(low: str, when: date | None) -> list[str]:
    """The ISO2 codes whose era cues the lower-cased text ``low`` holds on the date ``when`` ("138 died yesterday,
    including 44 of the regime forces" in 2014: Syria); none without a date."""
    if when is None:
        return []
    return [iso2 for phrases, iso2, since, until in era_cues()
            if since <= when and (until is None or when < until) and any(p in low for p in phrases)]
