"""Actors on short texts of our own: an armed group whose name the event's country reads ('Taliban' in Pakistan)."""

import datetime

PUB = datetime.date(2024, 4, 10)


def test_taliban_in_pakistan_are_the_ttp(code):
    row = code("On 9 April 2024, Taliban militants ambushed a police patrol near Tank (Khyber Pakhtunkhwa), "
               "killing two officers.")[0]
    assert row["actor1"] == "TTP: Tehreek-e-Taliban Pakistan" and row["inter1"] == 2


def test_taliban_in_afghanistan_stay_the_taliban(code):
    row = code("On 9 April 2019, Taliban fighters overran a police checkpoint in Ghazni, killing six officers.")[0]
    assert row["actor1"] == "Taliban"


def test_afghan_taliban_keep_their_name_abroad(code):
    row = code("On 9 April 2019, Afghan Taliban fighters fired on Pakistani border guards near Torkham.")[0]
    assert row["actor1"] == "Taliban"
    # from 16 August 2021 they are Afghanistan's forces, never the TTP (armed_groups.jsonl state_since)
    row = code("On 9 April 2024, Afghan Taliban fighters fired on Pakistani border guards near Torkham.")[0]
    assert row["actor1"] == "Military Forces of Afghanistan"


def test_unnamed_soldiers_are_the_speaking_foreign_army(code):
    row = code("On 9 April 2024, soldiers shot dead a Palestinian man near Tubas (West Bank). The Israeli army "
               "said he had fired at a patrol.")[0]
    assert row["actor1"] == "Military Forces of Israel"


def test_unnamed_soldiers_stay_home_when_home_troops_are_named(code):
    row = code("On 9 April 2024, troops killed three gunmen near Garissa. Kenyan soldiers later combed the area, "
               "the Somali military said.")[0]
    assert row["actor1"] == "Military Forces of Kenya"


def test_a_possessive_owner_is_no_foreign_speaker(code):
    row = code("On 9 April 2024, soldiers killed four gunmen near Culiacan, Mexico's Defense Department said.")[0]
    assert row["actor1"] == "Military Forces of Mexico"


def test_a_capitals_airport_or_subway_is_no_state_side(code):
    row = code("On 9 April 2024, gunmen attacked the Madrid airport, killing 5 travellers.")[0]
    assert row["actor2"] != "Military Forces of Spain" and row["inter2"] != 1
    row = code("On 9 April 2024, a man released a toxic gas on the Seoul subway, killing 2 commuters.")[0]
    assert row["actor2"] != "Military Forces of South Korea" and row["inter2"] != 1
