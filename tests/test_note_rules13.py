"""Notes, thirteenth set: a country named inside a place's parentheses is where the event was, not a side; weapon
names that are also GeoNames places ('Grad' rockets, 'Buk' missiles) are never places.

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2024, 11, 8)


def _rows(rows):
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["location"], r["country"]) for r in rows]


def test_a_country_in_a_place_parenthesis_is_no_side(code):
    rows = code("On 2 January 2024, Israeli drones struck a car in Beit Lahia (North Gaza), killing 3 people.")
    assert len(rows) == 1 and rows[0]["actor1"] == "Military Forces of Israel", _rows(rows)
    assert rows[0]["actor2"] != "Military Forces of Palestine" and rows[0]["location"] == "Beit Lahia", _rows(rows)
    rows = code("On 2 January 2024, RSF fighters attacked a market in Omdurman (Khartoum, Sudan), killing 6 people.")
    assert [(r["actor1"], r["actor2"], r["country"]) for r in rows] == [
        ("Rapid Support Forces", "Civilians (Sudan)", "Sudan")], _rows(rows)


def test_weapon_names_are_no_places(code):
    rows = code("On 9 March 2024, Russian forces fired Grad rockets at Nikopol (Dnipropetrovsk), wounding 4 "
                "civilians.")
    assert [(r["country"], r["location"]) for r in rows] == [("Ukraine", "Nikopol")], _rows(rows)
    rows = code("On 9 March 2024, a Buk missile hit a convoy near Horlivka, killing 2 soldiers.")
    assert rows and all(r["country"] == "Ukraine" for r in rows), _rows(rows)
    rows = code("On 9 March 2024, Russian forces shelled Kherson with Tornado rockets, killing 2 civilians.")
    assert rows and all(r["country"] == "Ukraine" for r in rows), _rows(rows)


def test_arsonists_and_assassins_are_an_unidentified_armed_group(code):
    rows = code("On 6 May 2024, unknown arsonists torched a polling office in Owerri (Imo).")
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [
        ("Looting/property destruction", "Unidentified Armed Group (Nigeria)")], _rows(rows)
    rows = code("On 6 May 2024, assassins shot dead a radio presenter in Beledweyne (Hiraan).")
    assert [(r["actor1"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Unidentified Armed Group (Somalia)", "Civilians (Somalia)", 1)], _rows(rows)


def test_a_side_that_condemns_an_attack_did_not_carry_it_out(code):
    rows = code("On 6 May 2024, US members of Congress condemned the airstrike that killed 12 civilians in Khan Younis.")
    assert rows and all(r["actor1"] != "Military Forces of the United States" for r in rows), _rows(rows)
    rows = code("On 6 May 2024, Pakistan denounced the suicide bombing in Kabul that killed 30 worshippers.")
    assert rows and rows[0]["actor1"] == "Unidentified Armed Group (Afghanistan)", _rows(rows)


def test_a_road_code_is_no_place(code):
    rows = code("On 6 May 2024, clashes between the army and HTS cut off M5 highway near Saraqeb (Idleb).")
    assert rows and all(r["country"] == "Syria" for r in rows), _rows(rows)
