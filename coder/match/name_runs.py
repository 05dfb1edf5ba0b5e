"""Runs of capitalised words that may name a place ("Mocimboa da Praia", "al-Bukamal", "Sana'a"), found by one
fast scan: :func:`sequences` gives them to :mod:`coder.match.places`, which looks them up in the gazetteer."""

from __future__ import annotations

import re

_UPPER = ("A-ZÀ-ÖØ-Þ"  # Latin-1 capitals, then Latin Extended-A/Additional capitals common in place names
          "ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽḐḤṢṬẒ")
_ARTICLE = r"(?:al|el|ad|ar|as|an|az|at|ash|ed|en|er|es|et|ez|ul|ur|us|ud|um)"
CONNECTORS = ("da", "de", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "les", "el", "al", "es",
               "ez", "ed", "ad", "ar", "as", "an", "ash", "at", "of", "the", "and", "y", "van", "von", "der",
               "den", "bin", "ibn", "bou", "ben", "sur", "upon", "on")
_WORD_REST = r"[^\W\d_]*(?:['’][^\W\d_]+)*(?:[-‐‑][^\W\d_]+(?:['’][^\W\d_]+)*)*"
_WORD = rf"(?:{_ARTICLE}[-‐‑])?[{_UPPER}]{_WORD_REST}"
NAME_WORD = _WORD  # one capitalised word of a place name ("al-Bukamal", "Sana'a"), for matchers of names the index lacks


def _first_word() -> str:
    """``_WORD`` at a word start, written to begin with a character class: `re` then skips to the next
    capital (or article letter) at C speed, where a leading look-behind made it try every position (2x).
    The look-behind comes after the first character and spans it; the article's first letter picks its tail."""
    tails: dict[str, list[str]] = {}
    for article in _ARTICLE[3:-1].split("|"):
        tails.setdefault(article[0], []).append(article[1:])
    articles = "|".join(f"(?<={first})(?:{'|'.join(sorted(rest, key=len, reverse=True))})[-‐‑][{_UPPER}]"
                        for first, rest in sorted(tails.items()))
    return rf"[{_UPPER}{''.join(sorted(tails))}](?<![\w'’‐‑-].)(?:(?<=[{_UPPER}])|{articles}){_WORD_REST}"


_SEQUENCE = re.compile(rf"{_first_word()}(?:[ \u00a0](?:(?:{'|'.join(CONNECTORS)})[ \u00a0])*{_WORD})*")


def _capital_sequence(upper: str, flags: int = 0) -> re.Pattern[str]:
    """``_SEQUENCE``'s matches that begin with a capital, with ``upper`` as the capitals."""
    word = rf"(?:{_ARTICLE}[-‐‑])?[{upper}]{_WORD_REST}"
    return re.compile(rf"[{upper}](?<![\w'’‐‑-].){_WORD_REST}"
                      rf"(?:[ \u00a0](?:(?:{'|'.join(CONNECTORS)})[ \u00a0])*{word})*", flags)


# The capital-led sequences, found fast: `re` skips to a capital at C speed where ``_SEQUENCE``'s first class (a
# capital, or an article's letter a/e/u) stops at a third of all letters; on ASCII text the ASCII pattern reads the
# same (no capital outside A-Z; \w and [^\W\d_] agree there) and tests each character with a table lookup.
_CAPITAL_SEQUENCE = _capital_sequence(_UPPER)
_CAPITAL_SEQUENCE_ASCII = _capital_sequence("A-Z", re.ASCII)
# the hyphens an article-led sequence ("al-Qaim", "ash-Shaddadi") joins its article with
_HYPHENS = ("-", "‐", "‑")
_ARTICLES = frozenset(_ARTICLE[3:-1].split("|"))
_ARTICLE_LENGTHS = tuple(sorted({len(a) for a in _ARTICLES}))
_NOT_BEFORE = frozenset("'’‐‑-")


def sequences(text: str) -> list[tuple[int, str]]:
    """(start, text) of ``_SEQUENCE``'s matches in ``text``, as ``finditer`` gives them: the capital-led ones from
    the fast scan, merged with the article-led ones tried only where an article stands before a hyphen and a
    capital. A capital-led match inside an article-led one ends where it ends (both are greedy over the same
    words), so the leftmost-first merge is ``finditer``'s."""
    capital = _CAPITAL_SEQUENCE_ASCII if text.isascii() else _CAPITAL_SEQUENCE
    starts = _article_starts(text)
    if not starts:
        return [(m.start(), m.group()) for m in capital.finditer(text)]
    # one candidate per start, in text order: a capital-led match, or an article start still to be tried
    candidates: list[tuple[int, re.Match[str] | None]] = [(m.start(), m) for m in capital.finditer(text)]
    candidates += [(start, None) for start in starts]
    candidates.sort(key=_at)
    out: list[tuple[int, str]] = []
    pos = 0
    for at, found in candidates:
        if at < pos or (found is None and (found := _SEQUENCE.match(text, at)) is None):
            continue
        out.append((at, found.group()))
        pos = found.end()
    return out


def _at(candidate: tuple[int, re.Match[str] | None]) -> int:
    return candidate[0]


def _article_starts(text: str) -> list[int]:
    """Where a lower-case article joined by a hyphen to a capital may begin a word ("... in al-Qaim"): a superset
    (any upper-case letter after the hyphen), which ``_SEQUENCE.match`` then confirms."""
    starts: list[int] = []
    n = len(text)
    for hyphen in _hyphens(text):
        if hyphen + 1 >= n or not text[hyphen + 1].isupper():
            continue
        for length in _ARTICLE_LENGTHS:
            start = hyphen - length
            if start >= 0 and text[start:hyphen] in _ARTICLES and (
                    start == 0 or not (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE
                                       or text[start - 1] == "_")):
                starts.append(start)
                break
    return starts


def _hyphens(text: str) -> list[int]:
    """Offsets of the hyphens in ``text``, in order (``str.find`` runs at memchr speed; a regex over a class of
    hyphens tests every character)."""
    found: list[int] = []
    for hyphen in _HYPHENS:
        at = text.find(hyphen)
        while at >= 0:
            found.append(at)
            at = text.find(hyphen, at + 1)
    if len(found) > 1 and not text.isascii():
        found.sort()
    return found


def part_after(text: str, run: list[tuple[int, int, str]], j: int, connectors: frozenset[str],
               non_places: frozenset[str]) -> bool:
    """Whether the capitalised words from ``run[j]`` to the next lower-case connector are a listed non-place
    ("Aleppo Old City on Sunday"): a part of the town before them, no name the town is part of."""
    end = next((k for k in range(j, len(run)) if run[k][2] in connectors and text[run[k][0]].islower()), len(run))
    return " ".join(t[2] for t in run[j:end]) in non_places
