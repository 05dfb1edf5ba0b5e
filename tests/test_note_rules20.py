"""Notes, notes_dev20's session: the sub-event types and actor forms the earlier note sets hold least.

- a munition named with its chemical load ('barrels filled with chlorine', 'rockets containing chlorine', 'shells
  filled with sarin') is a chemical weapon, not the air strike or shelling that delivered it
  (triggers.jsonl trg.chemical.filled);
- a named armed group before 'inmates', 'prisoners' or 'detainees' names its members held in a prison ('Los Choneros
  inmates', 'MS-13 inmates'): the side is the group, not Prisoners (<country>) (actors._HELD_MEMBERS);
- in 'X and Y clashed ..., leaving 31 inmates dead' the dead counted after the verb are no third side: the two joined
  sides stay the clash's two sides (roles.assign_roles, role.symmetric with roles._TOLL_GAP).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2024, 6, 1)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


def test_chemical_load_of_a_munition(code):
    row = _one(code("On 4 March 2019, regime aircraft dropped a bomb filled with chlorine on Kafr Zita (Hama), "
                    "injuring 9 civilians."))
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Chemical weapon")
    assert row["actor1"].startswith("Military Forces of Syria")
    row = _one(code("On 2 May 2018, government forces fired rockets containing chlorine at Douma (Rif Dimashq), "
                    "killing 3 people."))
    assert row["sub_event_type"] == "Chemical weapon"
    assert row["fatalities"] == 3
    row = _one(code("On 7 April 2017, helicopters dropped chlorine cylinders on Al-Lataminah (Hama)."))
    assert row["sub_event_type"] == "Chemical weapon"


def test_plain_air_strike_stays_air_strike(code):
    row = _one(code("On 4 March 2019, regime aircraft dropped a bomb on Kafr Zita (Hama), injuring 9 civilians."))
    assert row["sub_event_type"] == "Air/drone strike"


def test_gang_inmates_are_the_gang(code):
    row = _one(code("On 3 May 2022, Los Lobos inmates attacked Los Choneros inmates inside the prison in Latacunga "
                    "(Cotopaxi), killing 6."))
    assert (row["actor1"], row["actor2"]) == ("Los Lobos (Ecuador)", "Los Choneros")
    assert row["sub_event_type"] == "Armed clash"
    row = _one(code("On 9 April 2021, MS-13 and Barrio 18 inmates fought inside the prison in Izalco (Sonsonate), "
                    "leaving 4 dead."))
    assert {row["actor1"], row["actor2"]} == {"MS-13: Mara Salvatrucha", "Barrio 18"}


def test_plain_inmates_stay_prisoners(code):
    row = _one(code("On 9 April 2021, guards beat 2 inmates to death at the prison in Izalco (Sonsonate)."))
    assert row["actor2"] == "Prisoners (El Salvador)"


def test_dead_after_a_clash_are_no_third_side(code):
    row = _one(code("On 2 March 2022, MS-13 and Barrio 18 inmates clashed inside the prison in Izalco (Sonsonate), "
                    "leaving 4 inmates dead."))
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert {row["actor1"], row["actor2"]} == {"MS-13: Mara Salvatrucha", "Barrio 18"}
    assert row["fatalities"] == 4
    row = _one(code("On 25 July 2023, Los Choneros and Los Lobos inmates clashed in the prison of Turi in Cuenca "
                    "(Azuay), killing at least 12 prisoners."))
    assert {row["actor1"], row["actor2"]} == {"Los Choneros", "Los Lobos (Ecuador)"}
    assert row["sub_event_type"] == "Armed clash"
