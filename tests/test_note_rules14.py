"""Session 10's note rules outside the crowd rules: killings told by what was done to the dead ('tortured a
detainee to death', 'dumped 6 bodies').

Every text here is new, written for these tests.
"""

import datetime

import pytest

from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2024, 4, 20)


@pytest.mark.parametrize("text, count", [
    ("Guards tortured a prisoner to death in his cell.", 1),
    ("The militia tortured 3 captives to death.", 3),
    ("A student was tortured to death in custody.", 1),
    ("Soldiers kicked a vendor to death at the checkpoint.", 1),
])
def test_killed_by_torture_or_beating_is_counted(text, count):
    assert [f.count for f in FatalityFinder().find(text)] == [count]


def test_bodies_dumped_by_killers_are_a_killing(code):
    rows = code("On 12 April 2024, suspected cartel gunmen dumped 9 bodies near a bridge in Celaya (Guanajuato).")
    assert [(r["sub_event_type"], r["fatalities"], r["location"]) for r in rows] == [("Attack", 9, "Celaya")]
    rows = code("On 12 April 2024, residents dumped rubbish outside the town hall in Celaya (Guanajuato) in protest.")
    assert all(r["event_type"] != "Violence against civilians" for r in rows)


def test_robbers_in_a_shootout_are_an_armed_group(code):
    rows = code("On 12 April 2024, police killed 2 suspected robbers in a shootout in Ikeja (Lagos).")
    assert [(r["actor1"], r["actor2"], r["interaction"]) for r in rows] == [
        ("Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)", 13)]


@pytest.mark.parametrize("second", ["Several soldiers and dozens of militants were killed.",
                                    "5 soldiers and 30 militants were killed."])
def test_a_count_before_the_second_of_two_victims_keeps_them_one_list(code, second):
    # the list's first is the victim side: the attackers' own dead do not make them their own target
    rows = code(f"On 12 April 2024, JNIM militants attacked Djibo (Sahel). {second}")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso")]


def test_a_demobilised_combatant_is_a_civilian(code):
    rows = code("On 12 April 2024, Clan del Golfo gunmen killed a demobilised FARC combatant in Caucasia (Antioquia).")
    assert [(r["sub_event_type"], r["actor2"], r["interaction"]) for r in rows] == [
        ("Attack", "Civilians (Colombia)", 37)]
    rows = code("On 12 April 2024, former Seleka rebels killed 4 herders near Bambari (Ouaka).")
    assert [r["actor1"] for r in rows] == ["Ex-Seleka Militia"]  # "former" names an active faction too


@pytest.mark.parametrize("text, actor1, location", [
    ("On 12 April 2024, Ukrainian air defence shot down 14 drones over Kharkiv (Kharkiv).",
     "Military Forces of Ukraine", "Kharkiv"),
    ("On 12 April 2024, Israel's army intercepted a drone over Beirut.", "Military Forces of Israel", "Beirut"),
])
def test_what_is_shot_down_over_a_city_is_placed_there(code, text, actor1, location):
    # 'air defence' names the army (agents 1.19.0); a city after 'over' is a place, not its state as a side
    rows = code(text)
    assert [(r["sub_event_type"], r["actor1"], r["location"]) for r in rows] == [
        ("Disrupted weapons use", actor1, location)]
    assert rows[0]["actor2"] != "Government of Ukraine"


def test_the_unnamed_government_of_a_deal_abroad_is_the_rebels_home_state(code):
    rows = code("On 12 April 2024, the government and the ELN signed a ceasefire agreement in Caracas.")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("Agreement", "Government of Colombia", "ELN: National Liberation Army")]


def test_suspected_describing_the_dead_is_no_blame(code):
    rows = code("On 12 April 2024, a drone struck a vehicle near Jilib (Middle Juba), killing 3 suspected Al Shabaab "
                "fighters.")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [(None, "Al Shabaab")]
    rows = code("On 12 April 2024, gunmen killed 2 soldiers in Bama (Borno). Suspected Boko Haram militants were blamed.")
    assert [r["actor1"] for r in rows] == ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]


@pytest.mark.parametrize("second, dead", [("Police killed 2 of the assailants.", 3),
                                          ("Soldiers later shot dead both attackers.", 3)])
def test_attackers_killed_by_those_who_answered_are_more_dead_not_new_sides(code, second, dead):
    rows = code(f"On 12 April 2024, gunmen shot dead a village chief in Ndop (North-West). {second}")
    assert [(r["sub_event_type"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Attack", "Civilians (Cameroon)", dead)]


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 12 April 2024, Kataib Hezbollah launched drones at a US base near Tanf (Homs).", "Air/drone strike"),
    ("On 12 April 2024, Israeli strikes hit an arms depot near Masyaf (Hama).", "Air/drone strike"),
    ("On 12 April 2024, Russian strikes on Kharkiv (Kharkiv) killed 3 civilians.", "Air/drone strike"),
])
def test_a_states_strikes_and_launched_drones_are_strikes(code, text, sub_event_type):
    assert [r["sub_event_type"] for r in code(text)] == [sub_event_type]


def test_a_unions_strikes_are_no_air_strike(code):
    rows = code("On 12 April 2024, teachers' strikes hit schools across Kisumu (Kisumu).")
    assert all(r["event_type"] != "Explosions/Remote violence" for r in rows)


def test_a_former_member_of_a_rebel_group_is_a_civilian(code):
    rows = code("On 12 April 2024, gunmen shot dead a former FSA commander in Tafas (Daraa).")
    assert [(r["actor2"], r["interaction"]) for r in rows] == [("Civilians (Syria)", 37)]


@pytest.mark.parametrize("text, actor2", [
    ("On 12 April 2024, militants fired rockets at a Turkish base near Bashiqa (Nineveh).", "Military Forces of Turkey"),
    ("On 12 April 2024, Iraqi militias launched drones at a US base near Tanf (Homs).",
     "Military Forces of the United States"),
])
def test_a_countrys_base_is_its_military(code, text, actor2):
    assert [r["actor2"] for r in code(text)] == [actor2]


def test_the_side_whose_attack_was_repelled_attacked(code):
    # as "repelled an attack by X" (role.repelled_attack): "repelled a Russian assault", "an Al Shabaab attack"
    rows = code("On 12 April 2024, Ukrainian forces repelled a Russian assault near Chasiv Yar (Donetsk).")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Military Forces of Russia", "Military Forces of Ukraine")]
    rows = code("On 12 April 2024, soldiers repelled an Al Shabaab attack on their base in Mahas (Hiraan).")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Al Shabaab", "Military Forces of Somalia")]


def test_two_different_armed_groups_named_alike_stay_two_sides(code):
    rows = code("On 12 April 2024, vigilantes killed 4 bandits in an ambush near Anka (Zamfara).")
    assert [(r["actor1"], r["actor2"], r["interaction"]) for r in rows] == [
        ("Unidentified Armed Group (Nigeria)", "Unidentified Armed Group (Nigeria)", 33)]
