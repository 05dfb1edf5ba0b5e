"""Breadth found by probing new notes and headlines in session 12 (coder.match.places, the dictionaries).

- "the Old City" is a part of a town, never a place of its own (matcher_words.json ``non_places``): "Aleppo Old
  City" and "the Old City of Damascus" are Aleppo and Damascus, not the 'Old City' GeoNames lists in the West
  Bank; a town before it stands alone, as before a people's word ("Belfast Catholic");
- "citizens" are civilians (agents.jsonl agt.civilians); "Chechen fighters" are the Chechen separatists of the
  two wars (armed_groups.jsonl grp.ichkeria); "Border Guard Police" are police (agt.police); the Real IRA, the
  New IRA and the Continuity IRA are three groups, no longer all "New IRA";
- livestock seized or stolen is looting (triggers.jsonl trg.looting.stole, with counted forms);
- a listed non-place followed by a first-level unit word is that unit ("Sahel region, Burkina Faso").

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2015, 3, 2)


def test_the_old_city_is_its_towns(code):
    rows = code("Mortar shells killed 3 civilians in Homs Old City on Sunday")
    assert [(r["country"], r["location"]) for r in rows] == [("Syria", "Homs")], rows
    rows = code("A rocket killed 2 civilians in the Old City of Aleppo on Sunday")
    assert [(r["country"], r["location"]) for r in rows] == [("Syria", "Aleppo")], rows


def test_citizens_are_civilians_and_chechen_fighters_the_separatists(code):
    rows = code("Shelling killed 4 citizens in Douma on Sunday")
    assert [r["actor2"] for r in rows] == ["Civilians (Syria)"], rows
    rows = code("Troops killed 11 Chechen fighters near Vedeno, Chechnya", datetime.date(2000, 3, 2))
    assert [(r["actor2"], r["inter2"]) for r in rows] == [("Chechen Republic of Ichkeria", 2)], rows


def test_border_guard_police_are_police(code):
    rows = code("On 1 March 2015, KIA fighters attacked a Border Guard Police post near Muse (Shan), killing 2 "
                "officers.")
    assert [(r["actor2"], r["inter2"]) for r in rows] == [("Police Forces of Myanmar", 1)], rows


def test_livestock_seized_is_looting(code):
    rows = code("On 1 March 2015, Al Shabaab militants seized livestock from herders near Luuq (Gedo).")
    assert [r["sub_event_type"] for r in rows] == ["Looting/property destruction"], rows
    rows = code("On 1 March 2015, bandits stole 150 head of cattle from herders in Maru (Zamfara).")
    assert [r["sub_event_type"] for r in rows] == ["Looting/property destruction"], rows


def test_the_ira_dissident_groups_are_named_apart(code):
    rows = code("On 1 March 2015, the Continuity IRA claimed a pipe bomb attack on a police car in Lurgan (Northern "
                "Ireland).")
    assert [r["actor1"] for r in rows] == ["Continuity IRA"], rows
    rows = code("08/15/1998: A car bomb exploded in Banbridge town, County Down, Northern Ireland, United Kingdom. The "
                "Real IRA claimed responsibility.", datetime.date(1998, 8, 16))
    assert [r["actor1"] for r in rows] == ["Real IRA"], rows


def test_a_macro_region_word_named_as_a_region_is_that_region(code):
    """ "Sahel" alone is the macro-region (no place), but "Sahel region, Burkina Faso" is Burkina Faso's region."""
    rows = code("03/01/2015: Assailants attacked a gendarmerie post in Tin-Akoff village, Oudalan province, Sahel "
                "region, Burkina Faso, killing 3 gendarmes.")
    assert [(r["country"], r["admin1"]) for r in rows] == [("Burkina Faso", "Sahel")], rows
