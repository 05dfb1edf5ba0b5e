"""Regex gates: where in a text a cue regex can match at all, found for many regexes in one pass.

A cue regex such as ``\\b(?:will|would|threaten(?:ed|s)? to|...)\\s+(?:\\w+\\s+){0,3}$`` is searched in a small
window before every trigger. ``re`` tries it at each position of the window, which costs about 40 ns a
character; on a wire article the few cue regexes searched that way took a tenth of the time. Every match of
such a regex begins with one of a few literal *heads* ("will", "would", "threaten", ...), read from the regex
itself (:func:`literal_heads`). One Aho-Corasick pass over the article finds where the heads of all gated
regexes occur (:meth:`RegexGate.starts`); :func:`may_match` then tells, for a window, whether one of them
begins there at a word start. When none does the regex cannot match and is not run, so the gate never changes
an answer: it only skips searches that must fail. A regex whose heads cannot be read (a match may begin with a
character class, an optional part, a case-blind flag) is never gated.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

import ahocorasick

_MAX_HEADS = 400  # a regex with more literal heads than this is gated on shorter ones


def literal_heads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` starts with, or None when there are none to
    read (or ``re``'s parser is not available)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser as parser  # type: ignore[attr-defined]  # Python 3.11+
    except ImportError:  # pragma: no cover - older Pythons name it sre_parse
        return None
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a compiled pattern always parses
        return None
    found = _sequence(list(tree), parser)
    if found is None or "" in found[0]:
        return None
    return frozenset(found[0])


def leading_boundary(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` begins with ``\\b`` (then a match starts at a word start, or at the window's start)."""
    return pattern.pattern.startswith(r"\b")


def _sequence(items: list[Any], parser: Any) -> tuple[set[str], bool] | None:
    """(prefixes, complete) for a sequence of parsed items: every match starts with one of the prefixes, and when
    ``complete`` the prefixes are the whole match. None when a match may start with a non-literal. (``re._parser``
    re-exports the opcode constants: LITERAL, BRANCH, ...)"""
    prefixes = {""}
    for op, av in items:
        if op is parser.LITERAL:
            prefixes = {p + chr(av) for p in prefixes}
            continue
        if op is parser.AT and av is parser.AT_BOUNDARY and prefixes == {""}:
            continue  # a leading \b: see leading_boundary
        sub: tuple[set[str], bool] | None = None
        if op is parser.SUBPATTERN:
            sub = _sequence(list(av[-1]), parser)
        elif op is parser.BRANCH:
            parts = [_sequence(list(branch), parser) for branch in av[1]]
            if all(part is not None for part in parts):
                sub = (set().union(*(part[0] for part in parts if part is not None)),
                       all(part[1] for part in parts if part is not None))
        if sub is None or "" in sub[0]:
            return None if prefixes == {""} else (prefixes, False)
        extended = {p + h for p in prefixes for h in sub[0]}
        if len(extended) > _MAX_HEADS:
            return None if prefixes == {""} else (prefixes, False)
        prefixes = extended
        if not sub[1]:
            return prefixes, False
    return prefixes, True


class RegexGate:
    """The heads of several regexes in one Aho-Corasick automaton. Build once; :meth:`starts` per text."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.count = len(patterns)
        self.gated: list[bool] = []
        self.boundary: list[bool] = []
        table: dict[str, list[int]] = {}
        for index, pattern in enumerate(patterns):
            heads = literal_heads(pattern)
            self.gated.append(heads is not None)
            self.boundary.append(leading_boundary(pattern))
            for head in heads or ():
                table.setdefault(head, []).append(index)
        self._heads = {head: (len(head), tuple(indices)) for head, indices in table.items()}
        self._automaton = ahocorasick.Automaton()
        for head, value in self._heads.items():
            self._automaton.add_word(head, value)
        if table:
            self._automaton.make_automaton()

    def lexicon(self) -> dict[str, tuple[int, tuple[int, ...]]]:
        """Every head, with the value the automaton stores: for a shared walk (coder.text.scan), whose hits
        :meth:`starts` takes."""
        return dict(self._heads)

    def starts(self, text: str, hits: list | None = None) -> list[list[int]]:
        """Per regex, the sorted offsets in ``text`` where one of its heads begins (at a word start or not).
        ``hits`` are those of :meth:`lexicon`'s heads in ``text``, or in a text that has the heads wherever
        ``text`` has them and perhaps elsewhere too (a folding of it): more offsets only make the gate let more
        searches run, never skip one that would match."""
        out: list[list[int]] = [[] for _ in range(self.count)]
        if hits is None and self._automaton.kind != ahocorasick.AHOCORASICK:
            return out
        hit: tuple[int, tuple[int, tuple[int, ...]]]
        for hit in self._automaton.iter(text) if hits is None else hits:
            start: int = hit[0] - hit[1][0] + 1
            for index in hit[1][1]:
                found = out[index]
                if not found or found[-1] != start:
                    found.append(start)
        for found in out:  # a shorter head ending earlier can begin later: keep each list sorted
            found.sort()
        return out

    def may_match(self, index: int, starts: list[list[int]], text: str, lo: int, hi: int) -> bool:
        """Whether regex ``index`` can match in ``text[lo:hi]`` (searched as a slice, or with pos/endpos): one
        of its heads begins there, at a word start when the regex begins with ``\\b``. Always True for a
        regex that is not gated."""
        if not self.gated[index]:
            return True
        positions = starts[index]
        at = bisect.bisect_left(positions, lo)
        boundary = self.boundary[index]
        while at < len(positions) and positions[at] < hi:
            start = positions[at]
            if not boundary or start == lo or not _is_word(text[start - 1]):
                return True
            at += 1
        return False


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"

