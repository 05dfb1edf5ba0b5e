"""Long news articles, fifth set: co-sources, a second remote event led by the other side, civilians named as
objects, claims "by" a group, a 'between' in another clause, officials who condemn.

Every text here is new, written for these tests (fixtures/long_dev3.jsonl measures the same rules on whole articles).
"""

import datetime

PUB = datetime.date(2022, 3, 9)  # a Wednesday


def test_a_side_named_beside_a_co_source_only_speaks(code):
    rows = code("Gunmen killed nine villagers in Kutum in North Darfur on Monday, local activists and a medical "
                "source said.")
    assert len(rows) == 1 and rows[0]["actor2"] == "Civilians (Sudan)" and rows[0]["inter2"] == 7


def test_a_remote_strike_by_the_other_side_is_a_second_event(code):
    text = ("Shelling by the Rapid Support Forces killed seven people in El Fasher on Monday, doctors said. "
            "The army said its warplanes struck RSF positions east of El Fasher on Monday.")
    rows = sorted(code(text), key=lambda r: r["sub_event_type"])
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike", "Shelling/artillery/missile attack"]
    assert rows[0]["actor1"] == "Military Forces of Sudan" and rows[0]["fatalities"] == 0
    assert rows[1]["actor1"] == "Rapid Support Forces" and rows[1]["fatalities"] == 7


def test_a_second_sentence_of_the_same_side_still_merges(code):
    text = ("Shelling by the Rapid Support Forces killed seven people in El Fasher on Monday, doctors said. "
            "RSF rockets also hit a market in the city, residents said.")
    assert len(code(text)) == 1


def test_civilians_named_as_an_object_are_not_the_initiator(code):
    text = ("Bombs struck a camp for displaced families near Goma on Monday, killing 11 people, officials said. "
            "The government blamed the M23 rebels for the attack.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["actor1"] == "M23: March 23 Movement" and rows[0]["inter2"] == 7


def test_passengers_whose_papers_were_checked_are_the_victims(code):
    text = ("Gunmen stopped a bus in Balochistan, checked passengers' identity cards and shot dead nine people on "
            "Monday, officials said. The attack was claimed by the outlawed Baloch Liberation Army.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["actor1"] == "BLA: Balochistan Liberation Army"
    assert rows[0]["actor2"] == "Civilians (Pakistan)" and rows[0]["event_type"] == "Violence against civilians"


def test_a_between_in_another_clause_names_no_sides(code):
    text = ("Shells hit a camp near Goma, home to thousands of people who fled fighting between the army and M23 "
            "rebels, on Monday, killing six people, aid workers said.")
    rows = code(text)
    assert rows and rows[0]["actor1"] != "Military Forces of the Democratic Republic of Congo"


def test_an_official_who_condemns_an_event_is_no_side(code):
    text = ("Gunmen killed six traders in Kutum in North Darfur on Monday, residents said. United Nations "
            "Secretary-General Antonio Guterres condemned the attack.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["actor1"] != "United Nations" and rows[0]["inter2"] == 7
