"""Places the gazetteer does not list, named before the region they lie in (coder/match/unlisted.py): the row
names them, at the region's coordinates (geo precision 3) or a listed town's named beside them (2)."""

import pytest

from coder.api import code_text


def _rows(text: str, published: str = "2023-06-20") -> list[dict]:
    return code_text(text, published=published)


def _one(text: str) -> dict:
    rows = _rows(text)
    assert len(rows) == 1, rows
    return rows[0]



@pytest.mark.parametrize("text, country, admin1, location", [
    ("On 2 May 2023, gunmen shot dead a trader in Ruwan Dorawa (Zamfara).", "Nigeria", "Zamfara", "Ruwan Dorawa"),
    ("On 9 April 2023, Al Shabaab militants attacked a police post in Bulo Qoorey (Lower Shabelle).",
     "Somalia", "Lower Shabelle", "Bulo Qoorey"),
    ("On 4 June 2023, herders killed three farmers near Tse-Ukpo settlement (Guma, Benue).",
     "Nigeria", "Benue", "Tse-Ukpo"),
    ("On 11 June 2023, a roadside bomb killed two soldiers near Tell al-Khadra, Nineveh province, Iraq.",
     "Iraq", "Nineveh", "Tell al-Khadra"),
    ("On Sunday, in the village of Dar es-Sakhra, Dhi Qar governorate, Iraq, gunmen killed a tribal elder.",
     "Iraq", "Dhi Qar", "Dar es-Sakhra"),
])
def test_an_unlisted_village_before_its_region_is_the_location(text, country, admin1, location):
    row = _one(text)
    assert (row["country"], row["admin1"], row["location"]) == (country, admin1, location)
    assert row["geo_precision"] == 3 and "place.unlisted" in row["rule_ids"]


def test_its_coordinates_are_the_regions_or_a_listed_town_named_beside_it():
    village = _one("On 2 May 2023, gunmen shot dead a trader in Ruwan Dorawa (Zamfara).")
    region = _one("On 2 May 2023, gunmen shot dead a trader in Zamfara state.")
    assert (village["latitude"], village["longitude"]) == (region["latitude"], region["longitude"])
    beside = _one("On 4 June 2023, herders killed three farmers near Tse-Ukpo settlement (Makurdi, Benue).")
    town = _one("On 4 June 2023, herders killed three farmers in Makurdi.")
    assert beside["location"] == "Tse-Ukpo" and beside["geo_precision"] == 2
    assert (beside["latitude"], beside["longitude"]) == (town["latitude"], town["longitude"])


def test_a_listed_town_keeps_its_own_reading():
    row = _one("On 2 May 2023, Al Shabaab attacked Somali troops in Afgooye (Lower Shabelle).")
    assert row["location"] == "Afgooye" and row["geo_precision"] == 1 and "place.unlisted" not in row["rule_ids"]


@pytest.mark.parametrize("text", [
    "On 2 May 2023, ISWAP fighters in Borno (Borno) attacked soldiers in Damboa (Borno).",  # the region itself
    "On 2 May 2023, soldiers clashed with fighters of Ansaru (Kaduna) in Birnin Gwari (Kaduna).",  # a side
    "On 2 May 2023, protesters marched in Kano (Kano) against fuel prices.",  # listed
])
def test_a_region_a_side_or_a_listed_town_is_no_unlisted_place(text):
    for row in _rows(text):
        assert "place.unlisted" not in row["rule_ids"], row


def test_a_name_without_a_locative_cue_or_a_region_is_not_taken():
    no_cue = _one("On 2 May 2023, Ruwan Dorawa (Zamfara) residents said gunmen shot dead a trader in Zamfara state.")
    assert no_cue["location"] != "Ruwan Dorawa"
    no_region = _one("On 2 May 2023, gunmen shot dead a trader in Ruwan Dorawa, Nigeria.")
    assert "place.unlisted" not in no_region["rule_ids"]


def test_two_unlisted_villages_are_two_places():
    rows = _rows("On 2 May 2023, gunmen killed a trader in Ruwan Dorawa (Zamfara). On 9 May 2023, gunmen killed "
                 "two farmers in Kwanar Maje (Sokoto).")
    assert sorted(r["location"] for r in rows) == ["Kwanar Maje", "Ruwan Dorawa"]


def test_a_listed_town_in_parentheses_places_the_name_near_it():
    # a capital in ACLED-style parentheses is the town, not the state as a side
    row = _one("On 6 August 2023, a mob beat a suspected thief to death in Nateete (Kampala).")
    town = _one("On 6 August 2023, a mob beat a suspected thief to death in Kampala.")
    assert (row["location"], row["geo_precision"], row["admin1"]) == ("Nateete", 2, town["admin1"])
    assert (row["latitude"], row["longitude"]) == (town["latitude"], town["longitude"])
    part = _one("On 6 August 2023, gunmen killed a shopkeeper in Wadajir district (Mogadishu).")
    assert (part["country"], part["location"], part["geo_precision"]) == ("Somalia", "Wadajir", 2)


@pytest.mark.parametrize("text, admin1, town_text", [
    ("On 3 March 2007, Maoists shot dead a village council head near Chhindwada town, Madhya Pradesh, India.",
     "Madhya Pradesh", "On 3 March 2007, Maoists shot dead a village council head near Chhindwara town, Madhya Pradesh, India."),
    ("On 10 May 2006, a bomb exploded outside a temple in Bhilwada town, Rajasthan, India.",
     "Rajasthan", "On 10 May 2006, a bomb exploded outside a temple in Bhilwara town, Rajasthan, India."),
])
def test_a_south_asian_flap_written_d_finds_the_town_written_r(text, admin1, town_text):
    # the retroflex flap is written d or r between vowels (Dantewada / Dantewara): the listed town of the named
    # region, at its own coordinates, not the region's centre
    row, town = _one(text), _one(town_text)
    assert row["admin1"] == admin1 and row["geo_precision"] < 3
    assert (row["latitude"], row["longitude"]) == (town["latitude"], town["longitude"])


def test_the_flap_respelling_is_tried_only_in_south_asia():
    row = _one("On 2 May 2023, gunmen shot dead a trader in Kadona (Zamfara).")
    assert row["location"] == "Kadona" and row["geo_precision"] == 3


def test_the_town_of_a_mayor_is_the_place():
    """ "the mayor of X (Region)": the town the gazetteer lacks is the place (unlisted ``mayor of``), not the region."""
    rows = _rows("On 3 April 2024, the mayor of Xochitepec Nuevo (Guerrero) was shot dead by unidentified gunmen.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Guerrero", "Xochitepec Nuevo")], rows
