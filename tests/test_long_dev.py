"""The long-article dev set (fixtures/long_dev.jsonl): 16 wire-style ~3 KB articles with lead, toll updates,
quotes, reactions and background. Floors are the values measured when they were set (rounded down): a regression
gate, raised as the coder improves, never lowered to make a change pass. See fixtures/README.md.
"""

import pytest

from coder.evaluate import evaluate
from coder.evaluate.gold import read_jsonl
from fixture_loader import REPO

LONG_DEV = REPO / "fixtures" / "long_dev.jsonl"

FLOORS = {"event_type": 0.89, "event_date": 0.94, "country": 1.0, "location": 0.94, "time_precision": 1.0,
          "fatalities": 0.8}


@pytest.fixture(scope="module")
def result(coder_instance):
    return evaluate(read_jsonl(LONG_DEV))


def test_dev_set_shape():
    articles = read_jsonl(LONG_DEV)
    assert len(articles) == 16
    assert all(2600 <= len(a.text) <= 3400 for a in articles)
    assert len({e["country"] for a in articles for e in a.gold}) >= 12
    assert sum(1 for a in articles if not a.gold) == 2


def test_event_recall_and_precision(result):
    assert result.overall.recall >= 0.95 and result.overall.precision >= 0.95


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_accuracy_floor(result, field):
    score = result.overall.fields[field]
    assert score.accuracy >= FLOORS[field], f"{field}: {score.accuracy:.3f} < {FLOORS[field]}"
