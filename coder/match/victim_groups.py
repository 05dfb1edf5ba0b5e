"""Which group of dead a kill count names ("six police officers", "the number of dead bandits rose to six").

A toll update for one group ("raising the number of police killed to seven") replaces only that group's part
of an event's toll (``fat.group_toll``, coder.match.assemble). The nouns are data: resources/text/victim_groups.json.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from coder.match.numbers import parse_quantity

__all__ = ["victim_groups", "group_after", "group_within", "included_groups"]

_WORD = re.compile(r"[a-z][a-z'-]*")
_STOP = frozenset({"and", "or", "were", "was", "had", "have", "has", "killed", "dead", "died", "including", "who",
                   "in", "on", "at", "to", "from", "after", "while", "when", "as"})
_WIDTH = 4  # words after a count searched for its noun ("five Abu Sayyaf bandits")
_REACH = 200  # characters after a count those words lie in
_BREAK = re.compile(r"[,.;:(]")  # a clause break ends the search
# a part of a toll named by its group: "killing 12 people, including 2 gunmen", "among them three soldiers"
_INCLUDED = re.compile(r"\b(?:including|among\s+(?:them|whom|the\s+dead))\s+(?:at\s+least\s+)?([\w-]+)\s")


@functools.cache
def victim_groups() -> dict[str, str]:
    """Lower-case noun -> group id, from the shipped word list."""
    data = json.loads(resources.files("coder").joinpath("resources/text/victim_groups.json").read_text("utf-8"))
    table: dict[str, str] = {}
    for group in data["groups"]:
        for word in group["words"]:
            table[word] = group["id"]
    return table


def group_after(lower: str, pos: int) -> str | None:
    """The group named by the first few words at ``lower[pos:]`` (the words after a count), up to a clause break."""
    table = victim_groups()
    end = min(len(lower), pos + _REACH)
    found = _BREAK.search(lower, pos, end)
    if found is not None:
        end = found.start()
    for n, word in enumerate(_WORD.finditer(lower, pos, end)):
        if n >= _WIDTH or word.group() in _STOP:
            return None
        group = table.get(word.group())
        if group is not None:
            return group
    return None


def group_within(lower: str) -> str | None:
    """The one group a toll phrase names ("number of police killed to seven"): None when none or several."""
    table = victim_groups()
    found = {table[w.group()] for w in _WORD.finditer(lower) if w.group() in table}
    return next(iter(found)) if len(found) == 1 else None


def included_groups(lower: str, pos: int) -> list[tuple[str, int]]:
    """The groups a toll at ``lower[pos:]`` already counts as its part, up to the sentence's end ("killing 3
    policemen, including 2 gunmen": vg.armed 2), so that their dead told again later are no more dead (assemble
    ``fat.other_group``)."""
    end = lower.find(". ", pos)
    end = len(lower) if end < 0 else end
    if lower.find("includ", pos, end) < 0 and lower.find(" among ", pos, end) < 0:
        return []
    found: list[tuple[str, int]] = []
    for match in _INCLUDED.finditer(lower, pos, end):
        quantity = parse_quantity(match.group(1))
        group = group_after(lower, match.end(1)) if quantity is not None else None
        if group is not None and quantity is not None:
            found.append((group, int(quantity.value)))
    return found
