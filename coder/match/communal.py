"""Identity militias the dictionaries do not list: 'Twa militiamen', 'Amhara militia', 'Lou Nuer clan militia'.

A generic militia noun right after a capitalised community name no dictionary knows is that community's militia,
ACLED's '<Name> Ethnic Militia (<Country>)', identity militia (inter 4); the name joins the mention
(``form.ethnic_militia``). A clan or tribal noun ('Rahanweyn clan militia', 'Hawiye clansmen', 'Murad
tribesmen') takes '<Name> Clan Militia (<Country>)' or '<Name> Tribal Militia (<Country>)' (``form.clan_militia``,
``form.tribal_militia``) when those forms exist. The word lists are data: ``communal_names`` in
resources/dictionaries/actor_forms.json.
"""

from __future__ import annotations

import re
from typing import Any

from coder.match.actors import ActorMention
from coder.match.rows import ActorForm

_GROUP_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?[ \t]){1,2})\Z")  # "Twa ", "Lou Nuer "
_REACH = 30  # characters before the noun searched for the community name


class CommunalNamer:
    """Names the militias of communities the dictionaries do not know. Build once per Coder."""

    def __init__(self, forms: dict[str, ActorForm], data: dict[str, Any]) -> None:
        """``forms``: the generic name templates by form; ``data``: actor_forms.json's ``communal_names``."""
        self._forms = forms
        self._agents = frozenset(data["agents"])
        self._nouns = frozenset(data["militia_nouns"])
        self._kin_forms: dict[str, str] = dict(data["kin_forms"])
        self._not_community = frozenset(data["not_community"])

    def name(self, text: str, actors: list[ActorMention]) -> list[ActorMention]:
        """``actors`` with each militia noun after an unknown community name replaced by that community's militia."""
        form = self._forms.get("ethnic_militia")
        if form is None:
            return actors
        out: list[ActorMention] = []
        for actor in actors:
            if actor.entry_id in self._agents and actor.text.lower() in self._nouns and actor.start > 3:
                found = _GROUP_BEFORE.search(text, max(0, actor.start - _REACH), actor.start)
                words = found.group(1).split() if found else []
                if found and not any(w in self._not_community for w in words) \
                        and (not out or out[-1].end <= found.start()):
                    group = " ".join(words)
                    used = self._forms.get(self._kin_forms.get(actor.text.lower().split(" ", 1)[0], ""), form)
                    actor = ActorMention(found.start(), actor.end, text[found.start():actor.end],
                                         f"{used.entry_id}:{group}", "armed_group", used.name.replace("{group}", group),
                                         used.inter, None, used.cameo, "UAF")
            out.append(actor)
        return out
