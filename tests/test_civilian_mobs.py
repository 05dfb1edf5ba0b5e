"""Unarmed people who burn or attack (coder.match.crowd_cues ``type.crowd_attacks``, coder.match.roles): "residents
set fire to a police station", "villagers attacked a police post" are mob violence by rioters against the police
(ACLED names no civilians as an initiator), and the station names the force a crowd attacks. Civilians who are
the dead ("villagers hacked to death") or who only protest stay as they were.

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2023, 5, 3)


def _rows(rows):
    return [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows]


def test_residents_burning_a_police_station_are_a_mob_against_the_police(code):
    rows = code("On 2 May 2023, residents set fire to a police station in Ikare (Ondo) after a suspect died in "
                "custody.")
    assert _rows(rows) == [("Riots", "Mob violence", "Rioters (Nigeria)", "Police Forces of Nigeria")]


def test_villagers_attacking_a_police_post_are_a_mob(code):
    rows = code("On 2 May 2023, villagers attacked a police post in Ikare (Ondo), accusing officers of extortion.")
    assert _rows(rows) == [("Riots", "Mob violence", "Rioters (Nigeria)", "Police Forces of Nigeria")]


def test_residents_burning_a_house_are_a_mob(code):
    rows = code("On 2 May 2023, residents set fire to the house of a suspected witch in Ikare (Ondo).")
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [("Mob violence", "Rioters (Nigeria)")], _rows(rows)


def test_civilians_killed_are_no_mob(code):
    rows = code("On 2 May 2023, gunmen attacked villagers in Ikare (Ondo), killing 4.")
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Attack", "Civilians (Nigeria)")], _rows(rows)
