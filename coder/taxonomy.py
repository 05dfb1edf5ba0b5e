"""ACLED, inter-code and CAMEO taxonomies and the event-class table, loaded once from ``schemas/``.

Files (columns and sources in ``schemas/README.md``):
- ``acled_event_types.csv``: event_type, sub_event_type, disorder_type, description (the 25 sub-event types)
- ``inter_codes.csv``: code, name, description (0-8)
- ``cameo_codes.csv``: code, name, root, quad_class, goldstein, source (every CAMEO code)
- ``event_classes.csv``: trigger class -> ACLED type and CAMEO code, civilian targeting, priority
- ``event_class_overrides.csv``: (class, target kind) -> a different ACLED type / CAMEO code

Everything is validated on load; a bad row raises :class:`~coder.errors.SchemaError` naming file and line.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from coder.errors import SchemaError
from coder.schema import read_schema_table, schemas_dir

FILES = (
    "acled_event_types.csv",
    "inter_codes.csv",
    "cameo_codes.csv",
    "event_classes.csv",
    "event_class_overrides.csv",
)
TARGET_KINDS: Mapping[str, frozenset[int]] = MappingProxyType(
    {
        "state": frozenset({1}),
        "armed": frozenset({2, 3, 4, 8}),
        "protesters": frozenset({6}),
        "civilians": frozenset({7}),
    }
)
QUAD_CLASS_NAMES: Mapping[int, str] = MappingProxyType(
    {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class EventClass:
    """A trigger class resolved to ACLED and CAMEO codes (the row of event_classes.csv or an override)."""

    name: str
    event_type: str
    sub_event_type: str
    cameo_code: str
    civilian_targeting: bool
    priority: int
    description: str = ""
    target_kind: str | None = None  # set on override rows: the target kind that selected this row


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """Read-only lookups over the taxonomy tables. Build with :func:`load_taxonomy`."""

    sub_event_types: Mapping[str, tuple[str, str]]  # sub_event_type -> (event_type, disorder_type)
    inter_codes: Mapping[int, str]
    cameo_codes: Mapping[str, CameoCode]
    classes: Mapping[str, EventClass]
    overrides: Mapping[tuple[str, str], EventClass]
    versions: Mapping[str, str] = field(default_factory=dict)  # file name -> sha256 prefix

    def __reduce__(self) -> tuple:
        # the mappings are read-only proxies (not picklable); a taxonomy is shipped data, so rebuild it
        return (load_taxonomy, ())

    @property
    def version(self) -> str:
        """One content hash over all taxonomy files."""
        joined = "|".join(f"{name}:{digest}" for name, digest in sorted(self.versions.items()))
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]

    def disorder_type(self, sub_event_type: str) -> str:
        try:
            return self.sub_event_types[sub_event_type][1]
        except KeyError:
            raise KeyError(f"unknown ACLED sub-event type {sub_event_type!r}") from None

    def event_type_of(self, sub_event_type: str) -> str:
        return self.sub_event_types[sub_event_type][0]

    def event_class(self, class_name: str) -> EventClass:
        try:
            return self.classes[class_name]
        except KeyError:
            raise KeyError(f"unknown event class {class_name!r} (schemas/event_classes.csv)") from None

    def resolve(self, class_name: str, target_inter: int | None) -> EventClass:
        """The class's coding given the target's inter code (an override row when one applies).

        Returns the very object of :meth:`event_class` when no override applies.
        """
        base = self.event_class(class_name)
        kind = target_kind(target_inter)
        if kind is None:
            return base
        return self.overrides.get((class_name, kind), base)

    def cameo(self, code: str) -> CameoCode:
        try:
            return self.cameo_codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r} (schemas/cameo_codes.csv)") from None

    def inter_name(self, code: int) -> str:
        try:
            return self.inter_codes[int(code)]
        except KeyError:
            raise KeyError(f"unknown inter code {code!r} (schemas/inter_codes.csv)") from None

    def quad_class_name(self, quad_class: int) -> str:
        return QUAD_CLASS_NAMES[quad_class]


def target_kind(inter: int | None) -> str | None:
    """``civilians`` / ``protesters`` / ``state`` / ``armed`` for an inter code; None for 0, 5 and None."""
    if inter is None:
        return None
    for kind, codes in TARGET_KINDS.items():
        if inter in codes:
            return kind
    return None


# -- loading ------------------------------------------------------------------------------------------------
def _bool(value: str, where: str) -> bool:
    text = (value or "").strip().lower()
    if text not in {"true", "false"}:
        raise SchemaError(f"{where}: civilian_targeting must be true or false, got {value!r}")
    return text == "true"


def _int(value: str, where: str, column: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise SchemaError(f"{where}: {column} must be an integer, got {value!r}") from None


def _rows(name: str, required: tuple[str, ...]) -> list[tuple[str, dict[str, str]]]:
    """Rows with a location string ("schemas/x.csv line N") each; checks the header."""
    rows = read_schema_table(name)
    if rows:
        missing = [c for c in required if c not in rows[0]]
        if missing:
            raise SchemaError(f"schemas/{name}: missing columns {missing}")
    out = []
    for lineno, row in enumerate(rows, start=2):
        where = f"schemas/{name} line {lineno}"
        if any(row.get(c) is None for c in required):
            raise SchemaError(f"{where}: row has too few fields")
        out.append((where, {k: (v or "").strip() for k, v in row.items() if k is not None}))
    return out


def _load_sub_event_types() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for where, row in _rows("acled_event_types.csv", ("event_type", "sub_event_type", "disorder_type")):
        if not row["event_type"] or not row["sub_event_type"] or not row["disorder_type"]:
            raise SchemaError(f"{where}: event_type, sub_event_type and disorder_type must be set")
        if row["sub_event_type"] in out:
            raise SchemaError(f"{where}: duplicate sub_event_type {row['sub_event_type']!r}")
        out[row["sub_event_type"]] = (row["event_type"], row["disorder_type"])
    return out


def _load_inter_codes() -> dict[int, str]:
    out: dict[int, str] = {}
    for where, row in _rows("inter_codes.csv", ("code", "name")):
        code = _int(row["code"], where, "code")
        if not 0 <= code <= 8 or code in out:
            raise SchemaError(f"{where}: inter code must be a new integer 0-8, got {row['code']!r}")
        out[code] = row["name"]
    return out


def _load_cameo() -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    for where, row in _rows("cameo_codes.csv", ("code", "name", "root", "quad_class", "goldstein")):
        code, root = row["code"], row["root"]
        if not (code.isdigit() and 2 <= len(code) <= 4) or code in out:
            raise SchemaError(f"{where}: code must be a new 2-4 digit string, got {code!r}")
        if root != code[:2]:
            raise SchemaError(f"{where}: root {root!r} is not the first two digits of {code!r}")
        quad = _int(row["quad_class"], where, "quad_class")
        if quad not in QUAD_CLASS_NAMES:
            raise SchemaError(f"{where}: quad_class must be 1-4, got {quad}")
        try:
            goldstein = float(row["goldstein"])
        except ValueError:
            raise SchemaError(f"{where}: goldstein must be a number, got {row['goldstein']!r}") from None
        if not -10.0 <= goldstein <= 10.0:
            raise SchemaError(f"{where}: goldstein must lie in -10..10, got {goldstein}")
        out[code] = CameoCode(code, row["name"], root, quad, goldstein)
    return out


def _check_coding(where: str, row: dict[str, str], subs: Mapping[str, tuple[str, str]],
                  cameo: Mapping[str, CameoCode]) -> None:
    sub = row["sub_event_type"]
    if sub not in subs:
        raise SchemaError(f"{where}: unknown sub_event_type {sub!r} (schemas/acled_event_types.csv)")
    if subs[sub][0] != row["event_type"]:
        raise SchemaError(f"{where}: sub_event_type {sub!r} belongs to {subs[sub][0]!r}, not {row['event_type']!r}")
    if row["cameo_code"] not in cameo:
        raise SchemaError(f"{where}: CAMEO code {row['cameo_code']!r} is not in schemas/cameo_codes.csv")


def _load_classes(subs: Mapping[str, tuple[str, str]], cameo: Mapping[str, CameoCode]) -> dict[str, EventClass]:
    out: dict[str, EventClass] = {}
    required = ("class", "event_type", "sub_event_type", "cameo_code", "civilian_targeting", "priority")
    for where, row in _rows("event_classes.csv", required):
        name = row["class"]
        if not name or name in out:
            raise SchemaError(f"{where}: class must be a new non-empty name, got {name!r}")
        _check_coding(where, row, subs, cameo)
        out[name] = EventClass(name, row["event_type"], row["sub_event_type"], row["cameo_code"],
                               _bool(row["civilian_targeting"], where), _int(row["priority"], where, "priority"),
                               row.get("description", ""))
    return out


def _load_overrides(classes: Mapping[str, EventClass], subs: Mapping[str, tuple[str, str]],
                    cameo: Mapping[str, CameoCode]) -> dict[tuple[str, str], EventClass]:
    out: dict[tuple[str, str], EventClass] = {}
    required = ("class", "target_kind", "event_type", "sub_event_type", "cameo_code", "civilian_targeting")
    for where, row in _rows("event_class_overrides.csv", required):
        name, kind = row["class"], row["target_kind"]
        if name not in classes:
            raise SchemaError(f"{where}: unknown class {name!r} (schemas/event_classes.csv)")
        if kind not in TARGET_KINDS:
            raise SchemaError(f"{where}: target_kind must be one of {sorted(TARGET_KINDS)}, got {kind!r}")
        if (name, kind) in out:
            raise SchemaError(f"{where}: duplicate override for ({name}, {kind})")
        _check_coding(where, row, subs, cameo)
        base = classes[name]
        out[(name, kind)] = EventClass(name, row["event_type"], row["sub_event_type"], row["cameo_code"],
                                       _bool(row["civilian_targeting"], where), base.priority, base.description,
                                       kind)
    return out


def _file_versions() -> dict[str, str]:
    folder = schemas_dir()
    out = {}
    for name in FILES:
        path = folder / name
        if not path.is_file():
            raise SchemaError(f"schema file {path} is missing")
        out[name] = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return out


@functools.cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy from ``schemas/`` (validated; cached: the files are shipped, read-only data)."""
    versions = _file_versions()
    subs = _load_sub_event_types()
    inter = _load_inter_codes()
    cameo = _load_cameo()
    classes = _load_classes(subs, cameo)
    overrides = _load_overrides(classes, subs, cameo)
    return Taxonomy(
        sub_event_types=MappingProxyType(subs),
        inter_codes=MappingProxyType(inter),
        cameo_codes=MappingProxyType(cameo),
        classes=MappingProxyType(classes),
        overrides=MappingProxyType(overrides),
        versions=MappingProxyType(versions),
    )
