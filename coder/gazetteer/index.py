"""The loaded gazetteer: ``Place`` and ``Gazetteer`` (exact normalised-name lookup, ranked candidates).

On-disk layout (built by :mod:`coder.gazetteer.build`, one pickle, protocol 5): entity attributes live in
parallel stdlib ``array`` columns (one row per place, then admin1 regions, then countries); the name
index is a sorted ``array('Q')`` of 64-bit blake2b hashes of the normalised keys, with an offsets column
into a postings column (``entity_id * 2 + is_main_name``), each posting list pre-sorted by static rank.
No per-name Python objects exist after loading, which keeps the index at a few tens of MB.
"""

from __future__ import annotations

import bisect
import hashlib
import pickle
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coder.errors import GazetteerError

KIND_PLACE, KIND_ADMIN1, KIND_COUNTRY, KIND_REGION, KIND_ADMIN2 = 0, 1, 2, 3, 4
# region: a named area that is not an admin1 unit (Darfur); admin2: a second-level unit no town or region names
KIND_NAMES = ("place", "admin1", "country", "region", "admin2")
_CACHE_LIMIT = 100_000
_BUCKETS, _BUCKET_SHIFT = 4096, 52  # the top 12 bits of a 64-bit key hash pick its bucket

_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "az", "at", "ash", "the"})
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
                       "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k", "ŋ": "ng", "ə": "e", "ɨ": "i", "ʻ": "",
                       "ʿ": "", "ʾ": "", "ʼ": "", "ʹ": "", "ˈ": "", "’": "", "‘": "", "`": "", "´": ""})
_PUNCT = re.compile(r"['\"]+")
_SEPARATORS = re.compile(r"[^a-z0-9']+")
_LATIN_KEY = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
# transliteration variants a loose key folds together: a doubled letter ("Ma'arrat"/"Ma'arat", "Qusayr"/"Qussayr"),
# and the Arabic article in any assimilated or vowel form before a word ("an-Nu'man", "ash-Shaykh", "ed-", "ul-")
_DOUBLED = re.compile(r"([a-z])\1+")
_ARTICLE_FORMS = re.compile(r"(?<![a-z])(?:el|ad|ar|as|an|az|at|ash|ath|adh|ed|en|er|es|et|ez|ul|ur|us|ud) ")
LOOSE_MARK = "~"  # loose keys live in their own namespace of the index: an exact spelling never meets them
SKELETON_MARK = "^"  # consonant skeletons of place names: a namespace of their own, looked up only within a region
_SKELETON_DROP = str.maketrans({"a": None, "e": None, "i": None, "o": None, "u": None, "y": None, " ": None,
                                "q": "k"})
INITIALS_MARK = "="  # "=di khan": a place of three or more words by the initials of all but its last ("D.I. Khan")
SKELETON_MIN = 3  # consonants a skeleton needs to be indexed and looked up ("bgr" for Bogra / Bogura)


def fold_place_name(text: str) -> str:
    """Casefold, strip accents, drop apostrophes/quotes, other punctuation to spaces (articles kept)."""
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PUNCT.sub("", text)
    return _SEPARATORS.sub(" ", text).strip()


def strip_article(key: str) -> str:
    """Drop one leading Arabic/English article ("al ", "el ", "the ", ...) from a folded key."""
    head, sep, rest = key.partition(" ")
    return rest if sep and head in _ARTICLES else key


def normalize_place_name(text: str) -> str:
    """The lookup key of a place name: ``"al-Bukamal"`` -> ``"bukamal"``; ``"Sana'a"`` -> ``"sanaa"``.

    Casefold, strip accents, remove apostrophes and quotes, hyphens and other punctuation to spaces,
    collapse spaces, drop a leading article (al/el/ad/ar/as/an/az/at/ash/the).
    """
    return strip_article(fold_place_name(text))


def loose_key(key: str) -> str:
    """The loose form of a normalised key, marked with ``LOOSE_MARK``: doubled letters written once, every form
    of the Arabic article before a word written "al", and no spaces (a hyphen or space inside a name comes and goes
    between spellings: "Petion-Ville" / "Petionville", "Tak Bai" / "Takbai"): "Ma'arrat an-Nu'man", "Maarat
    al-Numan" -> "~maratalnuman". The index holds it for names whose loose form differs from their key; it is looked
    up only when the exact key finds nothing."""
    if " " in key:
        key = _ARTICLE_FORMS.sub("al ", key).replace(" ", "")
    return LOOSE_MARK + _single_letters(key)


def initials_key(letters: str, last: str) -> str:
    """The index key of a name written with initials ("D.I. Khan" -> ``initials_key("di", "khan")``)."""
    return f"{INITIALS_MARK}{letters} {last}"


def initials_of(key: str) -> str:
    """The initials key of a normalised key of three or more words ("dera ismail khan" -> "=di khan"), else ""."""
    words = key.split(" ")
    if len(words) < 3 or len(words) > 4:
        return ""
    return initials_key("".join(w[0] for w in words[:-1]), words[-1])


def skeleton_key(key: str) -> str:
    """The consonant skeleton of a normalised key, marked with ``SKELETON_MARK``: no vowels (nor y), no spaces, q
    written k, doubled letters once ("Tooz Khurmato" and "Tuz Khurmatu" -> "^tzkhrmt", "Bogura" and "Bogra" ->
    "^bgr", "Bint Jbail" and "Bent Jbail" -> "^bntjbl"); "" when fewer than ``SKELETON_MIN`` consonants remain or
    the key has digits. Transliterations of one name differ mostly in their vowels; so do many different names, so
    the index is asked for a skeleton only inside a region the text names (:mod:`coder.match.unlisted`)."""
    bare = _single_letters(key.translate(_SKELETON_DROP))
    if len(bare) < SKELETON_MIN or not bare.isalpha():
        return ""
    return SKELETON_MARK + bare


def _single_letters(key: str) -> str:
    """``key`` with every run of one letter a-z written once (what ``_DOUBLED.sub(r"\\1", key)`` gives, without
    the per-match template expansion ``re`` runs in Python)."""
    out: list[str] = []
    previous = ""
    for ch in key:
        if ch != previous or not ("a" <= ch <= "z"):
            out.append(ch)
        previous = ch
    return "".join(out)


def is_latin_key(key: str) -> bool:
    return _LATIN_KEY.fullmatch(key) is not None


def key_hash(key: str) -> int:
    """Stable 64-bit hash of a normalised key (the index stores hashes, not strings)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry. Admin1 regions carry a synthetic negative ``geonameid`` (-1 - row)."""

    geonameid: int
    name: str
    kind: str  # "place" | "admin1" | "country" | "region"
    iso2: str
    iso3: str
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    population: int


class Gazetteer:
    """Exact lookup of normalised names over GeoNames cities1000 + admin1 regions + countries + the shipped
    table of well-known regions that are not admin1 units."""

    version: str

    def __init__(self, data: dict[str, Any], path: Path) -> None:
        self.path = path
        self.version = data["version"]
        self._hashes = data["hashes"]
        # where each 1/4096th of the hash range begins in the sorted hashes: a lookup bisects ~110 hashes, not all
        hashes = self._hashes
        self._buckets = [bisect.bisect_left(hashes, bucket << _BUCKET_SHIFT) for bucket in range(_BUCKETS + 1)]
        self._offsets = data["offsets"]
        self._postings = data["postings"]
        self._names: list[str] = data["names"]
        self._geonameid = data["geonameid"]
        self._kind = data["kind"]
        self._cc = data["country_index"]
        self._admin1 = data["admin1_index"]
        self._admin2 = data["admin2_index"]
        self._lat = data["latitude"]
        self._lon = data["longitude"]
        self._pop = data["population"]
        self._countries: list[tuple[str, str, str]] = data["countries"]  # (iso2, iso3, name)
        self._admin1_names: list[str] = data["admin1_names"]
        self._admin2_names: list[str] = data["admin2_names"]
        self._country_entity: dict[str, int] = data["country_entity"]
        self._places: dict[int, Place] = {}
        self._lookups: dict[str, tuple[Place, ...]] = {}
        self._regions: dict[str, dict[str, Place]] | None = None

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Load the on-disk index, building it first if it is missing (see :func:`build_index`)."""
        from coder.gazetteer.build import INDEX_FORMAT, build_index

        target = build_index(path)
        try:
            with open(target, "rb") as fh:
                data = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            raise GazetteerError(f"{target}: cannot load gazetteer index ({exc}); rebuild it with "
                                 "`coder gazetteer build --force`") from exc
        if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
            raise GazetteerError(f"{target}: not a gazetteer index; rebuild with `coder gazetteer build --force`")
        return cls(data, Path(target))

    def __reduce__(self) -> tuple[Any, tuple[Path]]:
        return (Gazetteer.load, (self.path,))

    def __len__(self) -> int:
        return len(self._kind)

    # -- lookups -------------------------------------------------------------------------------
    def candidates(self, name: str) -> tuple[Place, ...]:
        """All entries whose normalised name equals ``name``'s, best first (static rank); when none does, those
        whose name has the same loose form (:func:`loose_key`: "Ma'arat al-Nu'man" finds "Ma'arrat an Nu'man")."""
        key = normalize_place_name(name)
        return self.candidates_key(key) or self.candidates_loose(key)

    def candidates_loose(self, key: str) -> tuple[Place, ...]:
        """The entries a normalised ``key`` finds through its loose form: names that loosen to it, else names
        written in the loose form itself."""
        loose = loose_key(key)
        return self.candidates_key(loose) or (self.candidates_key(loose[1:]) if loose[1:] != key else ())

    def skeleton_candidates(self, name: str) -> tuple[Place, ...]:
        """The places whose main name has the consonant skeleton of ``name``'s (:func:`skeleton_key`), best first;
        only meaningful filtered to a region the text names."""
        skeleton = skeleton_key(normalize_place_name(name))
        return self.candidates_key(skeleton) if skeleton else ()

    def candidates_key(self, key: str) -> tuple[Place, ...]:
        """Like :meth:`candidates` for an already normalised key (the matcher's hot path)."""
        hit = self._lookups.get(key)
        if hit is not None:
            return hit
        found: tuple[Place, ...] = ()
        if key:
            h = key_hash(key)
            bucket = h >> _BUCKET_SHIFT
            i = bisect.bisect_left(self._hashes, h, self._buckets[bucket], self._buckets[bucket + 1])
            if i < len(self._hashes) and self._hashes[i] == h:
                found = tuple(self.place(p >> 1) for p in self._postings[self._offsets[i]:self._offsets[i + 1]])
        if len(self._lookups) >= _CACHE_LIMIT:
            self._lookups.clear()
        self._lookups[key] = found
        return found

    def resolve(self, name: str, countries: Sequence[str] = ()) -> Place | None:
        """The best entry for ``name``; ``countries`` are ISO2 hints, most relevant first."""
        return best_place(self.candidates(name), countries)

    def country(self, iso2: str) -> Place | None:
        entity = self._country_entity.get(iso2.upper())
        return None if entity is None else self.place(entity)

    def admin1_regions(self, iso2: str) -> dict[str, Place]:
        """A country's admin1 regions by normalised name (built on first use for all countries, then cached)."""
        if self._regions is None:
            regions: dict[str, dict[str, Place]] = {}
            for entity, kind in enumerate(self._kind):
                if KIND_NAMES[kind] == "admin1":
                    place = self.place(entity)
                    regions.setdefault(place.iso2, {})[normalize_place_name(place.name)] = place
            self._regions = regions
        return self._regions.get(iso2, {})

    def place(self, entity: int) -> Place:
        """The ``Place`` of an internal entity row (cached on this object)."""
        cached = self._places.get(entity)
        if cached is not None:
            return cached
        iso2, iso3, country = self._countries[self._cc[entity]]
        kind = self._kind[entity]
        a1, a2 = self._admin1[entity], self._admin2[entity]
        place = Place(
            geonameid=self._geonameid[entity], name=self._names[entity], kind=KIND_NAMES[kind],
            iso2=iso2, iso3=iso3, country=country,
            admin1=self._admin1_names[a1] if a1 >= 0 else None,
            admin2=self._admin2_names[a2] if a2 >= 0 else None,
            latitude=self._lat[entity], longitude=self._lon[entity], population=self._pop[entity],
        )
        if len(self._places) >= _CACHE_LIMIT:
            self._places.clear()
        self._places[entity] = place
        return place


def best_place(candidates: Sequence[Place], countries: Sequence[str] = (), prefer: str | None = None) -> Place | None:
    """Pick from ranked ``candidates``: a country always wins; then a candidate of kind ``prefer``
    (e.g. "admin1" after "X province") in a hinted country; then the first candidate in the most
    relevant hinted country (hints beat population); then the static rank."""
    if not candidates:
        return None
    first = candidates[0]
    if first.kind == "country":
        return first
    hints = [c.upper() for c in countries if c]
    pool: Sequence[Place] = candidates
    for iso2 in hints:
        in_country = [c for c in candidates if c.iso2 == iso2]
        if in_country:
            pool = in_country
            break
    if prefer:
        for cand in pool:
            if cand.kind == prefer:
                return cand
    return pool[0]
