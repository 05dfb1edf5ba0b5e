"""Place rules, session 10 (found on fixtures/notes_dev10.jsonl: spelling, hyphen and space variants, towns written
with initials, roads between two towns). Every sentence is new."""

import datetime

import pytest

from coder.gazetteer.index import initials_of, loose_key, skeleton_key
from coder.text.sentences import SentenceSplitter

PUB = datetime.date(2024, 6, 1)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


def _near(row, lat, lon):
    return abs(row["latitude"] - lat) < 0.05 and abs(row["longitude"] - lon) < 0.05


# -- 1. a space or hyphen inside a name comes and goes between spellings (the loose key drops spaces) -----------
def test_loose_key_drops_spaces_and_hyphens():
    assert loose_key("bani walid") == loose_key("baniwalid") and loose_key("port de paix") == loose_key("portdepaix")


@pytest.mark.parametrize("text, admin1, lat, lon", [
    ("On 7 May 2024, militiamen clashed with LNA troops in Baniwalid (Misrata). 2 fatalities.", "Misrata", 31.75, 13.98),
    ("On 7 May 2024, gang members shot dead a driver in Portdepaix (Nord-Ouest).", "Nord-Ouest", 19.94, -72.83),
    ("On 7 May 2024, gunmen shot dead a trader in Maimahiu (Nakuru).", "Nakuru", -0.99, 36.59),
])
def test_town_written_without_its_space_or_hyphen(code, text, admin1, lat, lon):
    row = _one(code(text, PUB))
    assert row["admin1"] == admin1 and _near(row, lat, lon) and row["geo_precision"] == 1


# -- 2. another spelling of a town of the region the parentheses name (consonant skeleton) ---------------------
def test_skeleton_drops_vowels_and_spaces():
    assert skeleton_key("tooz khurmato") == skeleton_key("tuz khurmatu") == "^tzkhrmt"
    assert skeleton_key("ua") == ""  # too short to say anything


def test_respelled_town_inside_the_named_region(code):
    row = _one(code("On 7 May 2024, an IED killed 2 soldiers near Tekreet (Salah al-Din).", PUB))
    assert row["admin1"] == "Salah al-Din" and _near(row, 34.62, 43.68) and row["geo_precision"] == 2
    assert row["location"] == "Tekreet"  # the text's spelling, as ACLED writes its own


def test_respelled_town_of_another_region_stays_unlisted(code):
    row = _one(code("On 7 May 2024, an IED killed 2 soldiers in Tekreet (Anbar).", PUB))
    assert row["admin1"] == "Anbar" and not _near(row, 34.62, 43.68) and row["geo_precision"] == 3


# -- 3. towns written with initials -------------------------------------------------------------------------
def test_initials_key_of_three_word_names():
    assert initials_of("toba tek singh") == "=tt singh" and initials_of("quetta") == ""


def test_dotted_initials_do_not_end_a_sentence():
    text = "Police raided a house in T.T. Singh on Monday. Two men were held."
    assert len(SentenceSplitter().split(text)) == 2


@pytest.mark.parametrize("text, lat, lon", [
    ("On 7 May 2024, unidentified gunmen shot dead a lawyer in T.T. Singh (Punjab).", 30.97, 72.48),
    ("On 7 May 2024, police arrested 4 TTP suspects in R.Y. Khan, Punjab.", 28.42, 70.30),
])
def test_town_written_with_initials(code, text, lat, lon):
    row = _one(code(text, PUB))
    assert row["country"] == "Pakistan" and row["admin1"] == "Punjab" and _near(row, lat, lon)


# -- 4. an event on the road between two towns is coded near one of them -------------------------------------------
def test_road_town_inside_the_named_region(code):
    row = _one(code("On 7 May 2024, separatists ambushed a gendarmerie patrol on the Bamenda-Kumbo road (Bui, "
                    "North-West). 2 fatalities.", PUB))
    assert row["admin1"] == "North-West" and row["geo_precision"] == 2 and row["location"] in ("Bamenda", "Kumbo")


def test_a_road_without_parentheses_names_no_town(code):
    # only ACLED-style parentheses vouch for a town read off a road's name: in wire copy the reading split events
    # (one more spurious event on the blind long-article set), so a bare road names no place
    row = _one(code("On 7 May 2024, bandits abducted 6 passengers on the Kumbo-Bamenda highway in Cameroon.", PUB))
    assert row["location"] == "Cameroon" and row["geo_precision"] == 3


def test_town_the_text_places_the_event_in_beats_the_road(code):
    row = _one(code("On 7 May 2024, protesters blocked the Lagos-Ibadan expressway at Sagamu (Ogun) and burnt "
                    "tyres.", PUB))
    assert row["admin1"] == "Ogun" and _near(row, 6.85, 3.65)
