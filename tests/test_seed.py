"""The seed article (../shared/seed/article.txt, published 2021-06-28) codes right through the CLI."""

import datetime
import math

import pyarrow.parquet as pq
import pytest

from coder.cli import main


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def seed_rows(shared_dir, tmp_path_factory, coder_instance):
    article = shared_dir / "seed" / "article.txt"
    if not article.is_file():
        pytest.skip(f"{article} is absent")
    out = tmp_path_factory.mktemp("seed") / "seed.parquet"
    assert main(["code", str(article), "--published", "2021-06-28", "-o", str(out), "--workers", "1"]) == 0
    return pq.read_table(out).to_pylist()


def _strikes(rows):
    return [r for r in rows if r["sub_event_type"] == "Air/drone strike"]


def test_strike_events_bounded(seed_rows):
    strikes = _strikes(seed_rows)
    assert 1 <= len(strikes) <= 3
    assert all(r["event_type"] == "Explosions/Remote violence" for r in strikes)


def test_main_strike_fields(seed_rows):
    syria = [r for r in _strikes(seed_rows) if r["country"] == "Syria"]
    assert len(syria) >= 1
    row = syria[0]
    assert row["actor1_code"] == "USAMIL"
    assert "United States" in row["actor1"]
    named = " ".join(filter(None, [row["actor2"], row["assoc_actor_2"]]))
    assert "Kataib Hezbollah" in named or "Kataib Sayyid al-Shuhada" in named
    assert row["admin1"] == "Deir ez-Zor"
    assert _km(row["latitude"], row["longitude"], 34.45, 40.92) < 25
    assert row["event_date"] in (datetime.date(2021, 6, 27), datetime.date(2021, 6, 28))
    assert row["fatalities"] == 1
    assert row["cameo_root"] == "19" and row["quad_class"] == 4


def test_history_not_coded_as_today(seed_rows):
    for row in seed_rows:
        if "Soleimani" in (row["sentence"] or "") or "earlier US drone attack" in (row["sentence"] or ""):
            assert row["event_date"] < datetime.date(2021, 1, 1)
