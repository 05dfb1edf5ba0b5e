"""Political-violence notes in ACLED's style from the big conflicts (Myanmar, Syria, the Sahel, Ukraine, Colombia,
Afghanistan): rules and dictionary data, each on sentences of our own."""

import datetime

PUB = datetime.date(2024, 5, 20)


def test_junta_military_nouns_are_the_military(code):
    row = code("On 12 May 2024, PDF fighters attacked a junta outpost near Monywa (Sagaing).")[0]
    assert row["actor2"] == "Military Forces of Myanmar" and row["inter2"] == 1
    row = code("On 14 May 2024, KNLA fighters clashed with military junta soldiers near Myawaddy (Kayin).")[0]
    assert row["actor2"] == "Military Forces of Myanmar"


def test_bracketed_acronym_keeps_its_member_noun(code):
    row = code("On 3 April 2024, Islamic State Sahel Province (ISSP) militants raided Dori (Sahel) and killed 5 "
               "civilians.")[0]
    assert row["actor1"] == "Islamic State Sahel Province" and row["inter1"] == 2
    assert row["actor2"] == "Civilians (Burkina Faso)"


def test_blame_on_a_named_unit_of_a_group(code):
    row = code("On 3 May 2024, a car bomb exploded near a police station in Suarez (Cauca). Police blamed the "
               "Carlos Patino front of the FARC dissidents.")[0]
    assert row["actor1"] == "FARC Dissidents" and row["inter1"] == 2
    assert row["sub_event_type"] == "Remote explosive/landmine/IED"


def test_named_group_suicide_bomber_is_a_suicide_bomb(code):
    row = code("On 2 May 2024, an ISKP suicide bomber attacked a mosque in Kabul (Kabul), killing 12 worshippers.")[0]
    assert row["sub_event_type"] == "Suicide bomb" and row["actor1"] == "Islamic State Khorasan Province"
    assert row["fatalities"] == 12


def test_guided_aerial_bombs_are_an_air_strike(code):
    row = code("On 11 May 2024, Russian aircraft dropped 3 guided aerial bombs on Kupiansk (Kharkiv), killing 3 "
               "people.")[0]
    assert row["sub_event_type"] == "Air/drone strike" and row["actor1"] == "Military Forces of Russia"
    assert row["inter1"] == 8 and row["fatalities"] == 3


def test_heavy_exchange_of_fire_is_a_clash(code):
    row = code("On 4 May 2024, JNIM fighters and soldiers exchanged heavy fire near Boni (Mopti).")[0]
    assert row["sub_event_type"] == "Armed clash"
    assert {row["actor1"], row["actor2"]} == {"JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali"}


def test_titled_name_with_a_particle_is_the_government(code):
    row = code("On 10 May 2024, President Ahmed al-Sharaa and SDF commander Mazloum Abdi signed an agreement in "
               "Damascus (Damascus).")[0]
    assert row["sub_event_type"] == "Agreement"
    assert row["actor1"] == "Government of Syria" and row["inter1"] == 1 and row["inter2"] == 2


def test_a_side_that_announced_and_then_acted_initiates(code):
    row = code("On 2 May 2024, the French army announced the end of its operation and withdrew its troops from "
               "Abeche (Ouaddai).")[0]
    assert row["sub_event_type"] == "Change to group/activity"
    assert row["actor1"] == "Military Forces of France" and row["inter1"] == 8


def test_announcement_alone_still_only_reports(code):
    row = code("Gunmen attacked a village near Jos on Sunday, killing five people, the army announced.",
               PUB)[0]
    assert row["actor1"] == "Unidentified Armed Group (Nigeria)"
