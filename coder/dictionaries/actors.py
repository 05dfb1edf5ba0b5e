"""Typed actor entries and the validated loader of the four actor dictionaries.

Files (``coder/resources/dictionaries``): ``countries.jsonl`` (``cty.<ISO3>``), ``state_organs.jsonl``
(``org.*`` state organs and ``igo.*`` international forces), ``armed_groups.jsonl`` (``grp.*``) and
``agents.jsonl`` (``agt.*`` generic agents whose name takes a country: ``Military Forces of {country}``) and
``parties.jsonl`` (``pty.*`` political parties and their youth and student wings, ``wing_of`` the party: named as a
side only with their members, coder.match.actors).
Versions come from ``MANIFEST.json``. Field meanings: docs/ARCHITECTURE.md ("Actors") and MANIFEST.json.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from coder.dictionaries.loader import Field, Record, Schema, load_manifest, read_jsonl
from coder.errors import DictionaryError

ACTOR_FILES = ("countries.jsonl", "state_organs.jsonl", "armed_groups.jsonl", "agents.jsonl", "parties.jsonl")
KINDS = ("country", "state_organ", "armed_group", "agent", "igo", "party")
# inter codes a kind may carry (ACLED: 1 state, 2 rebel, 3 political militia, 4 identity militia, 5 rioters,
# 6 protesters, 7 civilians, 8 external/other)
ALLOWED_INTER = {
    "country": {1},
    "state_organ": {1},
    "igo": {7, 8},
    "armed_group": {1, 2, 3, 4, 8},
    "agent": {1, 2, 3, 4, 5, 6, 7, 8},  # 8: private security, ACLED's "Private Security Forces (<Country>)"
    "party": {3},  # a party's members acting violently as a group: a political militia named after the party
}
_STR, _OPT_STR = (str,), (str, type(None))
_LIST = (list,)


def _common_fields() -> dict[str, Field]:
    return {
        "id": Field(_STR, non_empty=True),
        "name": Field(_STR, non_empty=True),
        "aliases": Field(_LIST, items=str),
        "kind": Field(_STR),
        "inter": Field((int,)),
        "country": Field(_OPT_STR),
        "cameo": Field(_OPT_STR),
        "sector": Field(_OPT_STR),
        "source": Field(_STR, non_empty=True),
        "requires_country": Field((bool,), required=False),
        "compose_only": Field((bool,), required=False),
        "ambiguous": Field((bool,), required=False),
        "ambiguous_aliases": Field(_LIST, required=False, items=str),
        "exclude": Field(_LIST, required=False, items=str),
        "by_country": Field((dict,), required=False),
        "state_since": Field((dict,), required=False),
        "titles": Field(_LIST, required=False, items=str),
        "title_blockers": Field(_LIST, required=False, items=str),
        "note": Field(_STR, required=False),
    }


def _check_kind_inter(data: dict) -> str | None:
    kind, inter = data["kind"], data["inter"]
    if kind not in KINDS:
        return f"kind {kind!r} is not one of {', '.join(KINDS)}"
    if not 0 <= inter <= 8:
        return f"bad inter code {inter} (must be 0-8)"
    if inter not in ALLOWED_INTER[kind]:
        return f"bad inter code {inter} for kind {kind!r} (allowed: {sorted(ALLOWED_INTER[kind])})"
    return None


def _check_country_code(data: dict) -> str | None:
    country = data.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        return f"country {country!r} must be an ISO3 code or null"
    forms = [data["name"], *data["aliases"], *data.get("demonyms", ()), *data.get("capitals", ())]
    for form in data.get("ambiguous_aliases", ()):
        if form not in forms:
            return f"ambiguous alias {form!r} is not one of the entry's surface forms"
    return None


def _check_country_entry(data: dict) -> str | None:
    if data["kind"] != "country":
        return "countries.jsonl holds only kind 'country'"
    if not re.fullmatch(r"[A-Z]{2}", data["iso2"]) or not re.fullmatch(r"[A-Z]{3}", data["iso3"]):
        return f"bad iso2/iso3 {data['iso2']!r}/{data['iso3']!r}"
    if data["id"] != f"cty.{data['iso3']}" or data["country"] != data["iso3"]:
        return f"country id must be 'cty.{data['iso3']}' and country must equal iso3"
    return None


def _check_templates(data: dict) -> str | None:
    templated = "{country}" in data["name"] or "{cameo_country}" in (data.get("cameo") or "")
    if data.get("requires_country") and not templated:
        return "requires_country entries need '{country}' in name or '{cameo_country}' in cameo"
    if data.get("compose_only") and not data.get("requires_country"):
        return "compose_only needs requires_country"
    return None


def _check_by_country(data: dict) -> str | None:
    by_country = data.get("by_country")
    if by_country is None:
        return None
    if not data.get("requires_country") and data.get("kind") != "armed_group":
        return "by_country needs requires_country or an armed group (the country picks the group)"
    for iso3, group in by_country.items():
        if not re.fullmatch(r"[A-Z]{3}", iso3) or not isinstance(group, str) or not group.startswith(("grp.", "org.")):
            return (f"by_country maps ISO3 codes to armed-group ids or state-organ ids ('IND': 'grp...', 'BRA': 'org...'), "
                    f"not {iso3!r}: {group!r}")
    return None


def _check_titles(data: dict) -> str | None:
    titles = data.get("titles")
    if titles is None:
        return None
    if not data.get("compose_only"):
        return "titles need compose_only (the title names the actor only before a person's name)"
    aliases = {a.lower() for a in data["aliases"]}
    missing = [t for t in titles if t.lower() not in aliases]
    return f"titles must be aliases of the entry: {missing!r} are not" if missing else None


def _check_party_entry(data: dict) -> str | None:
    if data["kind"] != "party" or not data.get("country"):
        return "parties.jsonl holds only kind 'party', each with its home country"
    wing = data.get("wing_of")
    if wing is not None and not wing.startswith("pty."):
        return f"wing_of must be a party id ('pty.*'), not {wing!r}"
    return None


def _check_state_since(data: dict) -> str | None:
    since = data.get("state_since")
    if since is None:
        return None
    if data.get("kind") != "armed_group" or set(since) != {"date", "organ"} \
            or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(since["date"])) or not str(since["organ"]).startswith("org."):
        return "state_since is an armed group's {'date': 'YYYY-MM-DD', 'organ': 'org...'}: the state organ it became"
    return None


COMMON_CHECKS = (_check_kind_inter, _check_country_code, _check_templates, _check_titles, _check_state_since,
                 _check_by_country)
SCHEMAS = {
    "countries.jsonl": Schema("countries", {
        **_common_fields(), "iso2": Field(_STR), "iso3": Field(_STR),
        "demonyms": Field(_LIST, items=str), "capitals": Field(_LIST, items=str),
        "of_name": Field(_STR, required=False)},
        id_prefix="cty.", extra_checks=(*COMMON_CHECKS, _check_country_entry)),
    "state_organs.jsonl": Schema("state organs", _common_fields(), extra_checks=COMMON_CHECKS),
    "armed_groups.jsonl": Schema("armed groups", _common_fields(), id_prefix="grp.", extra_checks=COMMON_CHECKS),
    "agents.jsonl": Schema("agents", _common_fields(), id_prefix="agt.", extra_checks=COMMON_CHECKS),
    "parties.jsonl": Schema("parties", {**_common_fields(), "wing_of": Field(_STR, required=False)}, id_prefix="pty.",
                            extra_checks=(*COMMON_CHECKS, _check_party_entry)),
}


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor dictionary entry. ``name``/``cameo`` may hold ``{country}``/``{cameo_country}``."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    inter: int
    country: str | None
    cameo: str | None
    sector: str | None
    source: str
    requires_country: bool = False
    compose_only: bool = False
    ambiguous: bool = False
    ambiguous_aliases: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    by_country: tuple[tuple[str, str], ...] = ()  # agent: ISO3 -> the named group it means there ('Maoists')
    state_since: tuple[str, str] | None = None  # armed group: (ISO date, organ id) from when it is that state organ
    # compose_only agent: aliases that, capitalised before a person's name, name it ("President Nyusi"), unless
    # one of title_blockers is the word just before ("former President X", "supporters of President X")
    titles: frozenset[str] = frozenset()
    title_blockers: frozenset[str] = frozenset()
    iso2: str | None = None
    iso3: str | None = None
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    of_name: str | None = None  # the name after "of" in ACLED names: "Military Forces of the Philippines"
    wing_of: str | None = None  # a party's youth or student wing: the party's id
    note: str | None = None
    file: str = ""
    line: int = 0

    @classmethod
    def from_record(cls, record: Record) -> "ActorEntry":
        d = record.data
        return cls(
            id=d["id"], name=d["name"], aliases=tuple(d["aliases"]), kind=d["kind"], inter=d["inter"],
            country=d["country"], cameo=d["cameo"], sector=d["sector"], source=d["source"],
            requires_country=d.get("requires_country", False), compose_only=d.get("compose_only", False),
            ambiguous=d.get("ambiguous", False), ambiguous_aliases=tuple(d.get("ambiguous_aliases", ())),
            exclude=tuple(d.get("exclude", ())), by_country=tuple(sorted((d.get("by_country") or {}).items())),
            state_since=(d["state_since"]["date"], d["state_since"]["organ"]) if d.get("state_since") else None,
            titles=frozenset(t.lower() for t in d.get("titles", ())),
            title_blockers=frozenset(t.lower() for t in d.get("title_blockers", ())),
            iso2=d.get("iso2"), iso3=d.get("iso3"),
            demonyms=tuple(d.get("demonyms", ())), capitals=tuple(d.get("capitals", ())),
            of_name=d.get("of_name"), wing_of=d.get("wing_of"), note=d.get("note"),
            file=record.file, line=record.line)

    def fill(self, template: str | None, country: "ActorEntry | None") -> str | None:
        """``template`` with ``{country}``/``{cameo_country}`` replaced from a country entry."""
        if template is None or country is None or "{" not in template:
            return template
        return fill_country(template, country.name, country.cameo or "", country.of_name)


def fill_country(template: str, name: str, cameo: str, of_name: str | None = None) -> str:
    """An actor name or code template with its country filled in: 'Military Forces of {country}' takes the
    country's ``of_name`` ('the Philippines'), '{cameo_country}MIL' its CAMEO code."""
    if of_name and "of {country}" in template:
        template = template.replace("of {country}", f"of {of_name}")
    return template.replace("{country}", name).replace("{cameo_country}", cameo)


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    """All actor entries (file order), by id, with the dictionary directory and file versions."""

    entries: tuple[ActorEntry, ...]
    by_id: dict[str, ActorEntry]
    versions: dict[str, str]
    path: Path

    def countries(self) -> tuple[ActorEntry, ...]:
        return tuple(e for e in self.entries if e.kind == "country")

    def country(self, iso3: str) -> ActorEntry | None:
        return self.by_id.get(f"cty.{iso3}")


def default_dictionary_dir() -> Path:
    return Path(str(resources.files("coder").joinpath("resources/dictionaries")))


def load_actor_dictionary(resource_dir: Path | None = None) -> ActorDictionary:
    """Load and validate the actor dictionaries in ``resource_dir`` (default: the shipped ones); cached."""
    directory = Path(resource_dir) if resource_dir is not None else default_dictionary_dir()
    return _load(directory.resolve())


@functools.cache
def _load(directory: Path) -> ActorDictionary:
    manifest = load_manifest(directory)
    seen: dict[str, str] = {}
    entries: list[ActorEntry] = []
    versions: dict[str, str] = {}
    for name in ACTOR_FILES:
        if name not in manifest:
            raise DictionaryError(f"MANIFEST.json: no entry for {name}")
        versions[name.removesuffix(".jsonl")] = manifest[name]["version"]
        entries.extend(ActorEntry.from_record(r) for r in read_jsonl(directory / name, SCHEMAS[name], seen))
    by_id = {e.id: e for e in entries}
    for entry in entries:
        if entry.country is not None and entry.kind != "country" and f"cty.{entry.country}" not in by_id:
            raise DictionaryError(f"{entry.file}:{entry.line}: unknown country {entry.country!r}")
        for iso3, group in entry.by_country:
            if f"cty.{iso3}" not in by_id or group not in by_id:
                raise DictionaryError(f"{entry.file}:{entry.line}: by_country {iso3!r} -> {group!r}: unknown id")
        if entry.state_since is not None and entry.state_since[1] not in by_id:
            raise DictionaryError(f"{entry.file}:{entry.line}: state_since {entry.state_since[1]!r}: unknown id")
        wing = by_id.get(entry.wing_of) if entry.wing_of is not None else None
        if entry.wing_of is not None and (wing is None or wing.kind != "party"):
            raise DictionaryError(f"{entry.file}:{entry.line}: wing_of {entry.wing_of!r}: no such party")
    return ActorDictionary(tuple(entries), by_id, versions, directory)
