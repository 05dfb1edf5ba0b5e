"""The description dev set (fixtures/descriptions.jsonl): ACLED-style notes and incident summaries, scored field
by field per subset.

Floors are the accuracies measured when they were set (rounded down): a regression gate, raised as the coder
improves, never lowered to make a change pass. See fixtures/README.md for how the set was written.
"""

import pytest

from coder.evaluate import evaluate
from coder.evaluate.gold import read_jsonl
from fixture_loader import REPO

DESCRIPTIONS = REPO / "fixtures" / "descriptions.jsonl"

FLOORS = {
    "acled": {
        "event_type": 0.95, "sub_event_type": 0.95, "event_date": 0.97, "time_precision": 0.97, "actor1": 0.87,
        "actor2": 0.84, "inter1": 0.87, "inter_pair": 0.87, "fatalities": 0.97, "fatalities_died": 0.99,
        "country": 0.97, "admin1": 0.97, "location": 0.97, "cameo_root": 0.91, "civilian_targeting": 0.95,
        "geo_precision": 0.95,
    },
    "summary": {
        "event_type": 1.0, "sub_event_type": 0.96, "event_date": 1.0, "time_precision": 1.0, "actor1": 0.96,
        "actor2": 0.96, "inter1": 0.96, "inter_pair": 0.96, "fatalities": 0.93, "fatalities_died": 0.92,
        "country": 1.0, "admin1": 1.0, "location": 0.9, "cameo_root": 1.0, "civilian_targeting": 0.96,
        "geo_precision": 0.7,
    },
}


@pytest.fixture(scope="module")
def result(coder_instance):
    return evaluate(read_jsonl(DESCRIPTIONS))


def test_dev_set_shape():
    articles = read_jsonl(DESCRIPTIONS)
    subsets = {a.subset for a in articles}
    assert subsets == {"acled", "summary"} and len(articles) >= 75
    assert len({e["country"] for a in articles for e in a.gold}) >= 25
    assert any(a.published is None for a in articles)


@pytest.mark.parametrize("subset, field", [(s, f) for s, fields in FLOORS.items() for f in sorted(fields)])
def test_field_accuracy_floor(result, subset, field):
    score = result.subsets[subset].fields[field]
    assert score.accuracy >= FLOORS[subset][field], f"{subset} {field}: {score.accuracy:.3f} < {FLOORS[subset][field]}"


def test_event_recall_and_precision(result):
    assert result.overall.recall >= 0.98 and result.overall.precision >= 0.97
