"""Long news articles, ninth set: what a wire story tells beside its events. A capital named in apposition ("in the
Libyan capital Tripoli", "in Senegal's capital, Dakar") is where the event was, not the country as a whole or its
state as a side.

Every text here is new, written for these tests (fixtures/long_dev5.jsonl measures the same rules on whole articles).
"""

import datetime

PUB = datetime.date(2024, 11, 8)  # a Friday


def _places(rows):
    return [(r["event_type"], r["location"], r["admin1"]) for r in rows]


def test_a_capital_in_apposition_is_the_place(code):
    for text in ("Gunmen shot dead two traders in the capital Bamako on Wednesday, police said.",
                 "Gunmen shot dead two traders in the Malian capital Bamako on Wednesday, police said.",
                 "Gunmen shot dead two traders in Mali's capital Bamako on Wednesday, police said.",
                 "Gunmen shot dead two traders in the capital, Bamako, on Wednesday, police said."):
        rows = code(text)
        assert len(rows) == 1 and rows[0]["location"] == "Bamako" and rows[0]["geo_precision"] == 1, (text, _places(rows))


def test_a_capital_in_apposition_is_no_state_side(code):
    rows = code("Gunmen shot dead two traders in Mali's capital, Bamako, on Wednesday, police said.")
    assert len(rows) == 1 and rows[0]["actor2"] == "Civilians (Mali)", [(r["actor1"], r["actor2"]) for r in rows]


def test_a_city_noun_with_a_determiner_keeps_its_cue(code):
    rows = code("Police fired tear gas at students in the port city Mombasa on Thursday.")
    assert [r["location"] for r in rows] == ["Mombasa"], _places(rows)
