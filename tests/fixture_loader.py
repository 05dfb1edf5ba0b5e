"""Read the annotated fixture articles (fixtures/articles.jsonl); see fixtures/README.md for the format.

Not a test module: a helper the tests import (``from fixture_loader import load_fixtures``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures" / "articles.jsonl"
SAMPLES = REPO / "fixtures" / "sample_articles.jsonl"

ARTICLE_KEYS = ("id", "published", "text", "covers", "expected")
EVENT_KEYS = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2",
    "fatalities", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "cameo_root",
    "civilian_targeting",
)


def _read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: invalid JSON: {exc}") from exc
            missing = [key for key in required if key not in row]
            if missing:
                raise ValueError(f"{path}:{lineno}: missing keys {missing}")
            rows.append(row)
    return rows


def load_fixtures(path: Path | None = None) -> list[dict[str, Any]]:
    """The annotated articles, in file order; every expected event has all of EVENT_KEYS.

    Fields listed in an event's ``uncertain`` list are genuinely ambiguous: tests should not score them.
    """
    path = path or FIXTURES
    rows = _read_jsonl(path, ARTICLE_KEYS)
    for row in rows:
        for index, event in enumerate(row["expected"]):
            missing = [key for key in EVENT_KEYS if key not in event]
            if missing:
                raise ValueError(f"{path}: {row['id']} event {index}: missing keys {missing}")
    return rows


def load_samples(path: Path | None = None) -> list[dict[str, Any]]:
    """The longer unannotated demo articles (id, published, text) that `make demo` codes."""
    return _read_jsonl(path or SAMPLES, ("id", "published", "text"))


def scored_fields(event: dict[str, Any]) -> dict[str, Any]:
    """The expected fields of one event that a test should compare (EVENT_KEYS minus its ``uncertain`` list)."""
    skip = set(event.get("uncertain", ()))
    return {key: event[key] for key in EVENT_KEYS if key not in skip}
