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
_SPECIAL = re.compile("[" + "".join(chr(code) for code in _TRANSLATION) + "]")  # finds them at C speed
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# ASCII text has a control character when deleting every other byte leaves something (bytes.translate: C speed,
# 10x quicker than the regex scan)
_NOT_CONTROL = bytes(b for b in range(128) if _CONTROL.match(chr(b)) is None)
_SPACES = re.compile(r"[ \t]{2,}|\t")
# "Jabal al- Akrad", "Ma'arat al- Nu'man": the Arabic article cut from its name by a stray space
_ARTICLES = frozenset({"al", "el", "ash", "ad", "an", "ar", "as", "at", "az"})
_DASH_CAPITAL = re.compile(r"- [A-Z]")
_ARTICLE_END = re.compile(r"(?:^|[^\w'])([A-Za-z]{2,3})$")  # searched in the 4 characters before "- "


def normalize_text(text: str) -> str:
    """Straighten quotes and dashes, drop control and zero-width characters, fold runs of spaces, close the space
    after an Arabic article ("Jabal al- Akrad" -> "Jabal al-Akrad")."""
    if not text.isascii() and _SPECIAL.search(text):
        # a per-occurrence replacement: str.translate walks every character through a dict on non-ASCII text
        text = _SPECIAL.sub(lambda m: _TRANSLATION[ord(m.group())], text)
    if (not text.isascii() or text.encode("ascii").translate(None, _NOT_CONTROL)) and _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "Reuters" in text:  # UCDP GED's sources: "R " became "Reuters" ("FouReutersSri Lanka", "Reuters11 April")
        text = _GLUED_REUTERS.sub(_unglue, text)
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return _join_articles(text)


# a replacement of "R " by "Reuters" in UCDP GED's source lines glued the word to what was around it: inside a word
# it stands for the letter r and a space ("KashmiReutersshrine" for "Kashmir shrine"), before a date for the
# agency ("Reuters12/7/1993"); "ThomsonReuters" is the company's name
_GLUED_REUTERS = re.compile(r"(?<=[A-Za-z])(?<!Thomson)Reuters(?=[A-Za-z])|(?<![A-Za-z])Reuters(?=\d)")


def _unglue(match: re.Match[str]) -> str:
    start = match.start()
    if start and match.string[start - 1].isalpha():
        return "R " if match.string[start - 1].isupper() else "r "
    return "Reuters "


def _join_articles(text: str) -> str:
    """``text`` with the space after an Arabic article and its hyphen removed when a capital follows."""
    parts: list[str] = []
    done = 0
    for gap in _DASH_CAPITAL.finditer(text):  # a literal-led pattern: `re` skips to each "- " at C speed
        at = gap.start()
        if at < 2 or text[at - 1] not in "ldnrstzh":
            continue
        word = _ARTICLE_END.search(text, max(0, at - 4), at)
        if word is not None and word.group(1).lower() in _ARTICLES:
            parts.append(text[done:at + 1])
            done = at + 2
    return "".join(parts) + text[done:] if parts else text


_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_UPPER_SHARE = 0.6
_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_LOWER = bytes(range(ord("a"), ord("z") + 1))


def uncap(text: str) -> str:
    """Wire-service text in capitals ('SIX SEPARATISTS KILLED IN TURKEY') in title case, so that the case-aware
    matchers (places, acronyms) see names as names. Same length, so offsets stay valid; other text unchanged."""
    # capitals show from the first lines; a dateline alone does not make the text capitals
    sample = text[:400].encode("ascii", "ignore")
    upper = len(sample) - len(sample.translate(None, _UPPER))  # letters counted by deleting them: C speed
    lower = len(sample) - len(sample.translate(None, _LOWER))
    if not upper or upper < (upper + lower) * _UPPER_SHARE:
        return text
    return title_words(text)


def title_words(text: str) -> str:
    """Every word of ``text`` in title case, as :func:`uncap` writes capitals ('UNITA REBELS' -> 'Unita Rebels')."""
    return _WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), text)


def lower_same_length(text: str) -> str:
    """``text.lower()`` with offsets kept: the few characters that lower-case to two ('İ') stay as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
