"""Cues of what is not an event of the article: protests and strikes only called, events dated after
publication, and attacks stepped up or carried out many times (in the present perfect).

- ``event.called``: a protest verb that is the purpose of a strike, shutdown or march someone has called ("the
  union has called a bandh in the region on Friday to protest against the arrests", "notables called for a general
  strike on Thursday to protest against the insecurity") is the call's aim, not a protest that took place. A call
  someone answered ("answered a call for a strike to protest ...") is not this rule's: "call" must be a verb.
- ``event.future``: an event the sentence dates after the article's publication ("a bandh on September 10" in a
  text of 4 September) has not happened yet; a date written with its year ("on 2 May 2019") is left as it is.
- repeated attacks in the present perfect ("the United States has carried out several air strikes in support of
  the operation", "Ukraine has in turn stepped up drone attacks on refineries"): many events, none of them told;
  :data:`REPEATED_PERFECT` joins ``coder.match.mentions``' perfect-tense background cues (undated sentences past
  the lead only).
"""

from __future__ import annotations

import datetime
import re

__all__ = ["REPEATED_PERFECT", "called_purpose", "after_publication", "in_slogan"]

# searched at the end of the 50 characters before a trigger (with coder.match.mentions' _PERFECT_BEFORE)
REPEATED_PERFECT = (
    r"(?:has|have)\s+(?:(?:also|since|now|already|repeatedly|recently|in\s+turn)\s+)?"
    r"(?:(?:stepped\s+up|intensified|escalated|increased)\s+(?:its\s+|their\s+)?|"
    r"(?:carried\s+out|conducted|launched|mounted|staged)\s+(?:several|many|numerous|multiple|repeated|frequent|"
    r"regular|a\s+series\s+of|a\s+wave\s+of|dozens\s+of|hundreds\s+of|scores\s+of)\s+)(?:[a-z-]+\s+){0,2}$")

_YEAR = re.compile(r"\d{4}")
_CALLED = re.compile(
    r"(?<!\ban )(?<!\ba )(?<!\bthe )\bcall(?:s|ed|ing)?\s+(?:for\s+)?(?:an?|the)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:strike|bandh|shutdown|hartal|stay-away|stayaway|lockdown|march|rally|protest|demonstration|sit-in)s?\b"
    r"[^;]*\bto\s+$")


def called_purpose(lower: str, sentence_start: int, trigger_start: int) -> bool:
    """``event.called``: the trigger at ``trigger_start`` is the "to protest" aim of a called strike or march."""
    if not lower.endswith("to ", sentence_start, trigger_start):
        return False
    head = lower.find("call", sentence_start, trigger_start)
    while head >= 0:
        if _CALLED.match(lower, head, trigger_start) is not None:
            return True
        head = lower.find("call", head + 4, trigger_start)
    return False


def after_publication(day: datetime.date | None, published: datetime.date | None, written: str = "") -> bool:
    """``event.future``: the event's own date, written without a year (``written``: its text), is after the
    publication date. A date with its own year is the text's word against a publication date that may be wrong."""
    return day is not None and published is not None and day > published and _YEAR.search(written) is None


_SLOGAN_HEAD = re.compile(r"\b(?:reading|read|saying|said|chanting|chanted|chants\s+of|shouting|shouted|slogans?|"
                          r"banners?|placards?|signs?|posters?)[\s:,]*\Z")
_OPENING_QUOTES = ('"', "\u201c")


def in_slogan(lower: str, sentence_start: int, position: int) -> bool:
    """``event.slogan``: ``position`` lies inside a quotation opened right after a slogan word ('placards reading
    "Stop the killings"'); only an opening quote counts (an even number of straight quotes before it)."""
    quote = max(lower.rfind(q, sentence_start, position) for q in _OPENING_QUOTES)
    if quote < 0 or (lower[quote] == '"' and lower.count('"', sentence_start, quote) % 2):
        return False
    return _SLOGAN_HEAD.search(lower, max(sentence_start, quote - 30), quote) is not None
