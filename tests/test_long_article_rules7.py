"""Long news articles, seventh set: people-named armed groups in either word order, an earlier reporting date
that is not the event's, mourners at a funeral who do not protest.

Every text here is new, written for these tests (fixtures/long_dev*.jsonl measure the same rules on whole articles).
"""

import datetime

import pytest

PUB = datetime.date(2023, 6, 14)  # a Wednesday


def _actors(row):
    return {row["actor1"], row["actor2"]}


@pytest.mark.parametrize("text, name", [
    ("Armed Meitei groups torched houses in a village in Bishnupur district of Manipur on Tuesday.",
     "Meitei Ethnic Militia (India)"),
    ("Suspected armed Kuki groups burned down homes in Churachandpur, Manipur on Tuesday.",
     "Kuki Ethnic Militia (India)"),
    ("Police said Kuki armed groups attacked a village near Moreh in Manipur on Tuesday, killing two men.",
     "Kuki Ethnic Militia (India)"),
    ("Residents said armed Fulani men killed eleven farmers in a village near Bokkos, Plateau state, on Tuesday.",
     "Fulani Ethnic Militia (Nigeria)"),
    ("Villagers said armed Zandra men killed four farmers near Bokkos in Plateau state on Tuesday.",
     "Zandra Ethnic Militia (Nigeria)"),
])
def test_armed_people_named_groups_in_either_order(code, text, name):
    rows = code(text)
    assert rows and name in _actors(rows[0]), rows[0]
    assert rows[0]["inter1"] == 4 or rows[0]["inter2"] == 4


def test_a_number_before_armed_men_is_no_people(code):
    rows = code("Two armed men killed a trader in a market in Maiduguri, Borno state, on Tuesday.")
    assert rows and not any("Ethnic Militia" in a for a in _actors(rows[0]) if a)


def test_a_country_demonym_after_armed_is_no_people(code):
    rows = code("Armed Sudanese men attacked a village near Birao in the Central African Republic on Tuesday.")
    assert rows and not any("Sudanese Ethnic Militia" in (a or "") for a in _actors(rows[0]))


def test_an_earlier_reporting_date_does_not_date_the_event(code):
    text = ("Gunmen killed seven villagers in an attack near Kajuru in Kaduna state on Monday, police said. "
            "A local vigilante group said last week that it had driven the gunmen from two villages near Kajuru.")
    rows = code(text)
    assert rows and all(r["event_date"] >= datetime.date(2023, 6, 12) for r in rows), \
        [(r["event_date"], r["sub_event_type"]) for r in rows]


@pytest.mark.parametrize("text", [
    "Hundreds of mourners chanting slogans carried the coffins of the five victims through Jenin on Tuesday.",
    "Thousands of mourners marched through the streets of Nablus on Tuesday at the funeral of a slain fighter.",
    "Mourners gathered in Jenin on Tuesday, chanting slogans at the burial of two men killed in a raid.",
])
def test_mourners_at_a_funeral_are_no_protest(code, text):
    rows = code(text)
    assert not any(r["event_type"] == "Protests" for r in rows), [(r["sub_event_type"], r["rule_ids"]) for r in rows]


def test_mourners_who_protest_are_a_protest(code):
    rows = code("After the funeral in Jenin on Tuesday, hundreds of mourners protested against the army raid.")
    assert any(r["event_type"] == "Protests" for r in rows)
