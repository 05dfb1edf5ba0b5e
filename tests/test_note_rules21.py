"""Notes, notes_dev21's session: actor names and inter codes.

- a coalition, movement or group named after a member group and 'of'/'within' is no second side: 'MNDAA fighters
  of the Three Brotherhood Alliance' acted as the MNDAA, 'a Hizbul Ahrar faction of the TTP' as Hizbul Ahrar; a unit,
  cell or brigade of a group acts as the group ('a Katiba Macina unit of JNIM' is JNIM) (match.parent_groups);
- the Dyck Advisory Group is a private military company, External/Other forces (8), like Wagner (armed_groups.jsonl
  grp.dyck);
- Serbia's police and Gendarmerie are Police Forces of Serbia (state_organs.jsonl org.srb_pol);
- a presidential or republican guard is the state's military (agents.jsonl agt.military);
- an intelligence service ('agents of the General Intelligence Service') is a state force (agents.jsonl agt.police);
- an aid, humanitarian, relief or WFP convoy that is attacked is civilians (agents.jsonl agt.civilians).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2024, 6, 1)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


def test_member_of_a_coalition_is_the_side(code):
    row = _one(code("On 3 May 2024, MNDAA fighters of the Three Brotherhood Alliance seized Laukkai (Shan) from "
                    "junta troops."))
    assert row["actor1"].startswith("MNDAA")
    assert row["actor2"].startswith("Military Forces of Myanmar")
    assert (row["inter1"], row["inter2"]) == (2, 1)


def test_faction_of_a_movement_is_the_side(code):
    row = _one(code("On 2 May 2024, a Hizbul Ahrar faction of the TTP ambushed a police van in Bannu "
                    "(Khyber Pakhtunkhwa), killing 2 policemen."))
    assert row["actor1"] == "Hizbul Ahrar"
    assert row["actor2"].startswith("Police Forces of Pakistan")


def test_unit_of_a_group_acts_as_the_group(code):
    row = _one(code("On 2 May 2024, a Katiba Macina unit of JNIM attacked soldiers near Diafarabe (Mopti), "
                    "killing 4."))
    assert row["actor1"].startswith("JNIM")
    assert row["actor2"].startswith("Military Forces of Mali")


def test_two_opposed_groups_stay_two_sides(code):
    row = _one(code("On 2 May 2024, HTS fighters clashed with members of the Syrian National Army near Afrin "
                    "(Aleppo)."))
    assert {row["actor1"], row["actor2"]} == {"Hayat Tahrir al-Sham", "Syrian National Army"}


def test_private_military_company_is_external(code):
    row = _one(code("On 3 May 2020, a Dyck Advisory Group helicopter fired on a village near Macomia "
                    "(Cabo Delgado), killing 2 civilians."))
    assert (row["actor1"], row["inter1"]) == ("Dyck Advisory Group", 8)
    assert row["inter2"] == 7


def test_serbian_gendarmerie_is_police(code):
    row = _one(code("On 3 May 2025, Serbian Gendarmerie officers dispersed protesters blocking a highway near "
                    "Novi Sad (Vojvodina)."))
    assert row["sub_event_type"] == "Protest with intervention"
    assert (row["actor2"], row["inter2"]) == ("Police Forces of Serbia", 1)


def test_presidential_guard_is_the_military(code):
    row = _one(code("On 3 May 2024, the presidential guard clashed with gunmen near the palace in Niamey, "
                    "killing 3 of them."))
    assert {row["inter1"], row["inter2"]} == {1, 3}
    assert "Military Forces of Niger" in (row["actor1"], row["actor2"])


def test_intelligence_service_is_a_state_force(code):
    row = _one(code("On 12 March 2024, agents of the General Intelligence Service arrested a lawyer in "
                    "Kassala (Kassala)."))
    assert row["inter1"] == 1
    assert row["actor1"].startswith("Police Forces of Sudan")


def test_aid_convoy_is_civilians(code):
    row = _one(code("On 9 April 2024, gunmen ambushed a humanitarian convoy near Yambio (Western Equatoria), "
                    "killing one driver."))
    assert row["event_type"] == "Violence against civilians"
    assert (row["actor2"], row["inter2"]) == ("Civilians (South Sudan)", 7)
