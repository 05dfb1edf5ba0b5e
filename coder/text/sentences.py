"""Sentence splitting: one compiled regex plus an abbreviation list kept as data."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and an
# upper-case letter, digit or opening quote; or at a line break (headlines, datelines, web debris), unless the
# break only wraps a long line of prose (the next line starts in lower case); or at a semicolon glued to a
# capitalised word ("...in Kabul;Three soldiers killed"): headlines of several sources joined into one text.
_HARD_WRAP = 60
# (the pattern starts with one character class holding every boundary character, and look-behinds then pick
# the branch: `re` skips ahead to such a character at C speed, where a leading alternation made it try every
# position, 2x slower)
_BOUNDARY = re.compile(r"""[.!?;\n](?:(?<=[.!?])(["')\]]*)\s+(?=["'(\[]?[A-Z0-9])"""
                       r"""|(?<=\n)\s*|(?<=;)(?=["'(\[#]?[A-Z0-9]))""")
_LAST_TOKEN = re.compile(r"(\S+)\.[\"')\]]*$")  # what _is_abbreviation reads, without the regex (tests)


def _initials(token: str) -> bool:
    """Whether ``token`` (a word before a final period, lower case) is dotted initials: 'd.i', 'd.g', 't.t'."""
    return 3 <= len(token) <= 5 and token[1::2] == "." * (len(token) // 2) and token[::2].isalpha()


@functools.cache
def _abbreviations() -> frozenset[str]:
    data = json.loads(resources.files("coder").joinpath("resources/text/abbreviations.json").read_text("utf-8"))
    return frozenset(a.lower().rstrip(".") for a in data["abbreviations"])


class SentenceSplitter:
    """Splits text into sentence spans. Built once; ``split`` is pure."""

    def __init__(self) -> None:
        self._abbrev = _abbreviations()

    def split(self, text: str) -> list[tuple[int, int]]:
        """Return (start, end) spans of the non-empty sentences of ``text``."""
        spans: list[tuple[int, int]] = []
        start = 0
        for match in _BOUNDARY.finditer(text):
            end = match.end(1) if match.group(1) is not None else match.start()
            if "\n" not in match.group(0):
                if self._is_abbreviation(text, start, end):
                    continue
            elif self._is_wrap(text, start, match):
                continue
            self._add(text, start, end, spans)
            start = match.end()
        self._add(text, start, len(text), spans)
        return spans

    @staticmethod
    def _is_wrap(text: str, start: int, match: re.Match[str]) -> bool:
        following = text[match.end() : match.end() + 1]
        line_start = text.rfind("\n", start, match.start()) + 1
        return following.islower() and match.start() - line_start >= _HARD_WRAP and text[match.start() - 1] not in ".!?:"

    def _is_abbreviation(self, text: str, start: int, end: int) -> bool:
        # Look at the token ending the candidate sentence ("Gen.", "U.S.", "Jan.", single initials "J.").
        tail = text[max(start, end - 12) : end].rstrip("\"')]")
        if not tail.endswith("."):
            return False
        body = tail[:-1]  # the token is the run of non-space characters glued to the final dot (_LAST_TOKEN)
        if not body or body[-1].isspace():
            return False
        token = body.split()[-1].lower().lstrip("(\"'")
        # single initials ("J."), and dotted ones ("D.I." of "D.I. Khan", "D.G. Khan")
        return token in self._abbrev or (len(token) == 1 and token.isalpha()) or _initials(token)

    @staticmethod
    def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))


# "Arrests: On 12 May 2023, ...", "Property destruction: Around 4 April ...": a short label (a capitalised word and
# up to three lower-case ones) opening a sentence before its date; it names the kind of event, not a part of it
_LABEL = re.compile(r"[A-Z][a-z]+(?:[ /-][a-z]+){0,3}:\s+(?=(?:On|Around|Between|As|Overnight|During|Since|From|"
                    r"Sometime|Early|Late|Last|Yesterday|In|At)\b|\d)")
_LABEL_REACH = 45


def heading_labels(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The labels opening sentences ('Arrests: On 12 May 2023, police arrested ...') as (start, end, end of
    their sentence); a trigger word inside one ('Arrests') is no part of the sentence's clauses."""
    out: list[tuple[int, int, int]] = []
    for start, end in sentences:
        colon = text.find(": ", start, min(end, start + _LABEL_REACH))
        if colon >= 0 and _LABEL.match(text, start, end) is not None:
            out.append((start, colon + 1, end))
    return out
