"""Text normalisation applied once per article before any matching."""

from __future__ import annotations

import re

_TRANSLATION = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": " - ", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\ufeff": "", "\u00ad": "",
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]{2,}|\t")


def normalize_text(text: str) -> str:
    """Straighten quotes and dashes, drop control and zero-width characters, fold runs of spaces."""
    if not text.isascii():
        text = text.translate(_TRANSLATION)
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(" ", text)


_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_UPPER_SHARE = 0.6
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")


def uncap(text: str) -> str:
    """Wire-service text in capitals ('SIX SEPARATISTS KILLED IN TURKEY') in title case, so that the case-aware
    matchers (places, acronyms) see names as names. Same length, so offsets stay valid; other text unchanged."""
    sample = text[:400]  # capitals show from the first lines; a dateline alone does not make the text capitals
    upper = len(_UPPER.findall(sample))
    if not upper or upper < (upper + len(_LOWER.findall(sample))) * _UPPER_SHARE:
        return text
    return _WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), text)
