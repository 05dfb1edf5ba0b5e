"""The second long-article dev set (fixtures/long_dev2.jsonl): 18 wire-style articles from 17 countries (2006-2025)
with background attacks, cumulative tolls, toll updates, claims and second events. Floors are the values measured
when they were set (rounded down): a regression gate, raised as the coder improves, never lowered to make a change
pass. See fixtures/README.md.
"""

import pytest

from coder.evaluate import evaluate
from coder.evaluate.gold import read_jsonl
from fixture_loader import REPO

LONG_DEV2 = REPO / "fixtures" / "long_dev2.jsonl"

FLOORS = {"event_type": 0.92, "event_date": 0.92, "country": 1.0, "admin1": 0.96, "location": 0.92,
          "time_precision": 1.0, "inter_pair": 0.77, "fatalities": 0.78, "fatalities_died": 0.81,
          "fatalities_died_within1": 0.95, "cameo_root": 0.92}


@pytest.fixture(scope="module")
def result(coder_instance):
    return evaluate(read_jsonl(LONG_DEV2))


def test_dev_set_shape():
    articles = read_jsonl(LONG_DEV2)
    assert len(articles) == 18
    assert all(2500 <= len(a.text) <= 4000 for a in articles)
    assert len({e["country"] for a in articles for e in a.gold}) >= 12
    assert sum(1 for a in articles if not a.gold) == 1


def test_event_recall_and_precision(result):
    assert result.overall.recall >= 0.99 and result.overall.precision >= 0.9


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_accuracy_floor(result, field):
    score = result.overall.fields[field]
    assert score.accuracy >= FLOORS[field], f"{field}: {score.accuracy:.3f} < {FLOORS[field]}"
