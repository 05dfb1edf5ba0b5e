"""Weapon systems named without their owner: "air defence shot down 12 Shahed drones", "a Kalibr cruise missile
struck Odesa". In a war where one side alone fires a system, its name names that side's forces.

Lexicon: ``coder/resources/dictionaries/weapon_users.jsonl``, one weapon system per line::

    {"id": "wpn.shahed", "names": ["shahed", "geran"], "users": {"UKR": "org.rus_mil"}, "needs_noun": false,
     "source": "..."}

- ``names``: lower-case names, matched word-boundary correct, with an optional model suffix ("Shahed-136",
  "Iskander-M") and the weapon noun after ("drones", "cruise missiles"), which the mention spans.
- ``users``: the event country (ISO3) -> the actor entry whose forces fire the system there. A name both sides
  fire in that country is left out of the lexicon.
- ``needs_noun``: a name that is also a common word ("Lancet", "Neptune") counts only before a weapon noun.

:meth:`WeaponUsers.with_users` adds the user's mention (``actor.weapon_user``) where the article's country has one,
in place of the generic agent the weapon noun matched ("drones": the forces of the article's country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from coder.dictionaries.actors import ActorEntry
from coder.dictionaries.loader import Field, Schema, read_jsonl
from coder.errors import DictionaryError
from coder.match.actors import ActorMention, entry_mention

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "resources" / "dictionaries" / "weapon_users.jsonl"
SCHEMA = Schema("weapon_users", {
    "id": Field((str,), non_empty=True),
    "names": Field((list,), items=str, non_empty=True),
    "users": Field((dict,)),
    "needs_noun": Field((bool,), required=False),
    "source": Field((str,), non_empty=True),
}, id_prefix="wpn.")
_MODEL = r"(?:-?\d+[a-z]?\d*|-[a-z]\b)?"
_NOUN = (r"\s+(?:(?:attack|kamikaze|suicide|strike|cruise|ballistic|hypersonic|guided|anti-ship|long-range)\s+)?"
         r"(?:drones?|uavs?|missiles?|rockets?|munitions?|loitering\s+munitions?)\b")


@dataclass(frozen=True, slots=True)
class _Weapon:
    entry_id: str
    users: Mapping[str, str]  # ISO3 event country -> actor entry id
    pattern: re.Pattern[str]
    heads: tuple[str, ...]  # literal names: the cheap test before the pattern runs


class WeaponUsers:
    """The weapon lexicon, compiled once; :meth:`with_users` applies it to one article's actors."""

    def __init__(self, entries: Mapping[str, ActorEntry], path: Path = DEFAULT_LEXICON) -> None:
        weapons = []
        for record in read_jsonl(path, SCHEMA):
            data = record.data
            for user in data["users"].values():
                if user not in entries:
                    raise DictionaryError(f"{record.where()}: unknown actor entry {user!r}")
            names = sorted(data["names"], key=len, reverse=True)
            noun = _NOUN if data.get("needs_noun") else f"(?:{_NOUN})?"
            pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")" + _MODEL + noun + r"(?![\w-])")
            weapons.append(_Weapon(data["id"], dict(data["users"]), pattern, tuple(names)))
        self._weapons = tuple(weapons)
        self._entries = entries
        self.countries = frozenset(iso3 for w in weapons for iso3 in w.users)  # where any system has a user

    def with_users(self, actors: list[ActorMention], text: str, low: str, iso3: str) -> list[ActorMention]:
        """``actors`` with the user of each weapon system named in ``low`` (in the article's country ``iso3``) added;
        a generic agent inside the weapon's span ("drones") gives way to it."""
        found: list[ActorMention] = []
        for weapon in self._weapons:
            user = weapon.users.get(iso3)
            if user is None or not any(head in low for head in weapon.heads):
                continue
            entry = self._entries[user]
            for match in weapon.pattern.finditer(low):
                found.append(entry_mention(match.start(), match.end(), text[match.start():match.end()], entry))
        if not found:
            return actors
        kept = [a for a in actors if not any(a.start < m.end and m.start < a.end and a.kind == "agent" for m in found)]
        spans = [(a.start, a.end) for a in kept]
        found = [m for m in found if not any(s < m.end and m.start < e for s, e in spans)]
        return sorted(kept + found, key=lambda a: (a.start, a.end))
