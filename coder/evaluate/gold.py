"""Gold-standard readers for ``coder evaluate``: our own JSONL, the UCDP GED dev half and the PLOVER GSR dev half.

Every reader returns ``list[GoldArticle]``; each gold event is a plain dict whose keys are the field names the
scorer knows (see :mod:`coder.evaluate.score`), with values already typed (``datetime.date``, ``int``,
``float``, ``str``). Keys a gold event does not have are simply absent: a field is only scored on the gold
events that carry it.

Format notes (also printed in the report):

- ``jsonl``: one article a line, ``id``, ``text``, ``published`` and ``gold`` (or ``expected``, as in
  ``fixtures/articles.jsonl``), a list of events with any of event_date, event_type, sub_event_type, actor1,
  actor2, inter1, inter2, fatalities, country, admin1, location, latitude, longitude, cameo_code. An optional
  ``event_date_end`` makes the date a range (a prediction anywhere inside it is correct).
- ``ucdp``: one article = one gold event. UCDP gives no publication date, so ``date_end`` is used as the
  publication date; the gold date is the range ``event_date`` .. ``date_end`` (exact when date_prec is 1).
  fatalities = ``best``; admin1 = ``adm_1`` with its "governorate"/"province"/"state"/"region"/... suffix
  stripped at comparison time; location is scored by coordinates only (within 25 km): UCDP's
  ``where_description`` is free text, not a place name. UCDP's type_of_violence does not map onto ACLED
  event types one to one (a bombing of civilians is one-sided for UCDP and Explosions/Remote violence for
  ACLED), so event_type is scored only coarsely, as ``violent`` (the prediction is a political-violence
  type); the type is kept as ``violence_type`` for the confusion matrix. Actor names are not scored (UCDP's
  "Government of Syria" / "Syrian insurgents" are not ACLED-style names). Articles carry the subset
  ``informative`` / ``uninformative`` from ``text_informative``.
- ``plover``: the texts are CAMEO-manual example sentences without a publication date: a fixed date
  (:data:`PLOVER_PUBLISHED`) is passed and event_date is not scored. Scored: ``plover_event`` (our
  cameo_code mapped through ``plover_map.csv``), ``actor1_country`` / ``actor2_country`` (the country prefix
  of the source / target actor codes against the first three letters of actor1_code / actor2_code) and
  fatalities where ``dead`` is given.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from coder.dictionaries.loader import iter_json_lines
from coder.errors import InputError

FORMATS = ("jsonl", "ucdp", "plover")
PLOVER_PUBLISHED = dt.date(2000, 1, 1)
UCDP_VIOLENCE = {"1": "state-based", "2": "non-state", "3": "one-sided"}
DEFAULT_FILES = {"ucdp": ("data", "ucdp", "ucdp_ged_dev.jsonl"), "plover": ("data", "plover", "plover_gsr_dev.jsonl")}

_STRING_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "country", "iso3", "admin1", "location",
                  "cameo_code", "cameo_root", "civilian_targeting", "plover_event", "violence_type")
_INT_FIELDS = ("inter1", "inter2", "fatalities", "time_precision", "geo_precision")
# an explicit null (or "") for these means "none expected" (no actor2 in a one-sided event), not "not coded"
EMPTY_MEANS_NONE = ("actor2", "civilian_targeting")
_FLOAT_FIELDS = ("latitude", "longitude")
_DATE_FIELDS = ("event_date", "event_date_end")
_NUMERIC = re.compile(r"^[+-]?\d+(\.\d+)?$")


@dataclass(slots=True)
class GoldArticle:
    """One article to code and the events a human coded from it."""

    id: str
    text: str
    published: dt.date | None
    gold: list[dict[str, Any]]
    subset: str | None = None  # e.g. "informative" / "uninformative" for UCDP; reported separately
    meta: dict[str, Any] = field(default_factory=dict)


# ----------------------------------------------------------------------------------------------- value parsing
def parse_date(value: object) -> dt.date | None:
    """A date from a date/datetime or an ISO string ("2020-05-09", "2020-05-09T10:00Z"); None when missing."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _to_int(value: object) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else int(round(value))
    text = str(value).strip()
    return int(round(float(text))) if _NUMERIC.match(text) else None


def _to_float(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


PAIR_UNCERTAIN = "_inter_pair_uncertain"  # marker key: the gold's inter pair is not scored


def clean_event(raw: dict[str, Any]) -> dict[str, Any]:
    """A gold event with typed values. Empty and unparsable values are dropped (= field not given), except
    that an explicit null actor2 / civilian_targeting becomes "" (= none expected); fields listed in the
    event's ``uncertain`` list (fixtures) are dropped, so they are not scored."""
    event: dict[str, Any] = {}
    uncertain = set(raw.get("uncertain") or ())
    if uncertain & {"inter1", "inter2"}:
        event[PAIR_UNCERTAIN] = True  # an uncertain inter code leaves no pair to score (an absent inter2 is 0)
    for key, value in raw.items():
        if key in uncertain or key == "uncertain":
            continue
        if key in EMPTY_MEANS_NONE and (value is None or str(value).strip() == ""):
            event[key] = ""
            continue
        if key in _STRING_FIELDS:
            parsed: Any = str(value).strip() if value is not None else None
        elif key in _INT_FIELDS:
            parsed = _to_int(value)
        elif key in _FLOAT_FIELDS:
            parsed = _to_float(value)
        elif key in _DATE_FIELDS:
            parsed = parse_date(value)
        else:
            parsed = value
        if parsed is not None and parsed != "":
            event[key] = parsed
    return event


# ----------------------------------------------------------------------------------------------- file access
def _lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise InputError(f"{path}: gold file not found")
    return iter_json_lines(path, InputError)


def _unique_id(raw: object, number: int, seen: dict[str, int]) -> str:
    """The article id; a repeated id (the PLOVER dev file has one) gets '#2', '#3', ... appended."""
    base = str(raw) if raw not in (None, "") else f"line{number}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}#{seen[base]}"


def shared_dir() -> Path | None:
    """``../shared`` beside the repository (or beside the working directory); None when absent."""
    for root in (Path(__file__).resolve().parents[2].parent, Path.cwd().parent, Path.cwd()):
        candidate = root / "shared"
        if candidate.is_dir():
            return candidate
    return None


def default_path(fmt: str) -> Path:
    """The dev file a format reads when no GOLD path is given (ucdp, plover)."""
    if fmt not in DEFAULT_FILES:
        raise InputError(f"format {fmt!r} needs a GOLD file path")
    shared = shared_dir()
    if shared is None:
        raise InputError(f"--format {fmt}: no GOLD path given and ../shared is absent")
    return shared.joinpath(*DEFAULT_FILES[fmt])


# ----------------------------------------------------------------------------------------------- readers
def read_jsonl(path: str | Path) -> list[GoldArticle]:
    """Our own gold format; events under ``gold`` or (fixtures) ``expected``."""
    path = Path(path)
    articles: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for number, record in _lines(path):
        events = record.get("gold", record.get("expected", []))
        if events is None:
            events = []
        if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
            raise InputError(f"{path}:{number}: 'gold' must be a list of objects")
        text = record.get("text")
        if not isinstance(text, str):
            raise InputError(f"{path}:{number}: missing 'text'")
        articles.append(GoldArticle(
            id=_unique_id(record.get("id"), number, seen), text=text, published=parse_date(record.get("published")),
            gold=[clean_event(e) for e in events], subset=record.get("subset"),
        ))
    return articles


def read_ucdp(path: str | Path | None = None, informative_only: bool = False) -> list[GoldArticle]:
    """The UCDP GED dev half: one article and one gold event per line (see the module notes)."""
    path = Path(path) if path is not None else default_path("ucdp")
    articles: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for number, r in _lines(path):
        informative = str(r.get("text_informative", "")).strip() == "1"
        if informative_only and not informative:
            continue
        start, end = parse_date(r.get("event_date")), parse_date(r.get("date_end"))
        event = clean_event({
            "event_date": start,
            "event_date_end": end if end and start and end > start else None,
            "fatalities": r.get("best"),
            "country": r.get("country"),
            "admin1": r.get("adm_1"),
            "latitude": r.get("latitude"),
            "longitude": r.get("longitude"),
            "violence_type": UCDP_VIOLENCE.get(str(r.get("type_of_violence", "")).strip()),
        })
        event["violent"] = True
        articles.append(GoldArticle(
            id=_unique_id(r.get("event_id"), number, seen), text=str(r.get("text") or ""), published=end or start,
            gold=[event], subset="informative" if informative else "uninformative",
            meta={"side_a": r.get("side_a"), "side_b": r.get("side_b"), "where": r.get("where_description"),
                  "date_prec": r.get("date_prec")},
        ))
    return articles


def _codes(value: object) -> list[str]:
    """'JOR | GBR' -> ['JOR', 'GBR']; the country (or IGO/NGO) prefix of each actor code."""
    return [part.strip()[:3].upper() for part in str(value or "").split("|") if part.strip()]


def read_plover(path: str | Path | None = None) -> list[GoldArticle]:
    """The PLOVER gold standard records dev half: one article and one gold event per line."""
    path = Path(path) if path is not None else default_path("plover")
    articles: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for number, r in _lines(path):
        event = clean_event({"plover_event": str(r.get("plover_event") or "").upper(), "fatalities": r.get("dead")})
        for key, source in (("actor1_country", "source_actor_code"), ("actor2_country", "target_actor_code")):
            codes = _codes(r.get(source))
            if codes:
                event[key] = codes
        articles.append(GoldArticle(
            id=_unique_id(r.get("event_id"), number, seen), text=str(r.get("text") or ""), published=PLOVER_PUBLISHED,
            gold=[event], meta={"plover_mode": r.get("plover_mode"), "event_text": r.get("event_text")},
        ))
    return articles


def read_gold(path: str | Path | None, fmt: str = "jsonl", informative_only: bool = False) -> list[GoldArticle]:
    """Dispatch on ``fmt``; ``path`` may be None for ucdp / plover (the ../shared dev file)."""
    if fmt == "jsonl":
        if path is None:
            raise InputError("--format jsonl needs a GOLD file path")
        return read_jsonl(path)
    if fmt == "ucdp":
        return read_ucdp(path, informative_only=informative_only)
    if fmt == "plover":
        return read_plover(path)
    raise InputError(f"unknown gold format {fmt!r} (one of {', '.join(FORMATS)})")
