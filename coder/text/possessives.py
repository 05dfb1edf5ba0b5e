"""Possessives written without their apostrophe in headlines and wire copy: 'SUDANS ARMY SAYS ...', 'Yemens Saada',
'South Sudans Raja County'. A country's name directly followed by "s" is read as that country's possessive
("Sudan's army"), so the actor forms and the place matcher see the name they know.

Only country names (and their aliases) are repaired, never a people's plural ('Afghans', 'Angolans' are
demonyms) nor a word that is itself a name or a common plural ('Philippines', 'the two Koreas', 'the Americas').
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# a capitalised word ending in a bare "s" that no apostrophe follows (C-speed scan; set look-ups decide)
_PLURAL_LOOKING = re.compile(r"\b([A-Z][A-Za-z]+)s\b(?!')")
# plurals of a country's name that are ordinary English ('the Americas', 'the two Koreas', 'guineas')
_EXCLUDED = frozenset({"americas", "koreas", "guineas", "congos", "chads", "jordans", "georgias"})
# last words whose plural is everywhere in news ('banks', 'the US' in 'discuss'): no cue for the shared walk; names of
# three letters or fewer ('US', 'UK', 'CAR') are left out the same way
_COMMON_LAST = frozenset({"bank", "eire"})


class PossessiveRepair:
    """Writes "Sudan's" for "Sudans" when the word before the "s" ends a known country name."""

    __slots__ = ("_by_last", "_whole")

    def __init__(self, names: Iterable[str]) -> None:
        by_last: dict[str, set[str]] = {}
        whole: set[str] = set()
        for name in names:
            low = " ".join(name.lower().split())
            if not low or not low[-1].isalpha():
                continue
            whole.add(low)
            by_last.setdefault(low.rsplit(" ", 1)[-1], set()).add(low)
        self._whole = frozenset(whole)
        self._by_last = {last: tuple(sorted(full, key=len, reverse=True)) for last, full in by_last.items()}

    def cues(self) -> dict[str, str]:
        """Lower-case forms that may be a possessive written without its apostrophe ('sudans', 'yemens'), as
        literal cues for the shared walk (value ``"possessive"``): an article without one is never rewritten."""
        return {last + "s": "possessive" for last in self._by_last
                if len(last) > 3 and last not in _COMMON_LAST and last + "s" not in self._whole
                and last + "s" not in _EXCLUDED}

    def __reduce__(self) -> tuple:
        return (_rebuild, (tuple(sorted(self._whole)),))

    def __call__(self, text: str) -> str:
        """``text`` with an apostrophe inserted before the "s" of each country possessive written without one."""
        parts: list[str] = []
        done = 0
        low = None
        for match in _PLURAL_LOOKING.finditer(text):
            word = match.group(1).lower()
            fulls = self._by_last.get(word)
            if fulls is None or word + "s" in self._whole or word + "s" in _EXCLUDED:
                continue
            if low is None:
                low = text.lower()
            end = match.end(1)
            if not any(low.endswith(full, 0, end) and (end == len(full) or not low[end - len(full) - 1].isalnum())
                       for full in fulls):
                continue
            parts.append(text[done:end])
            parts.append("'")
            done = end
        if not parts:
            return text
        parts.append(text[done:])
        return "".join(parts)


def _rebuild(names: tuple[str, ...]) -> PossessiveRepair:
    return PossessiveRepair(names)


def country_names(entries: Iterable) -> list[str]:
    """The names and aliases of the dictionary's country entries (``kind == 'country'``)."""
    return [name for entry in entries if entry.kind == "country" for name in (entry.name, *entry.aliases)]
