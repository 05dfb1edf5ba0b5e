"""notes_dev15's rules (African conflicts): a fight told with its length, a takeover fought for beside a withdrawal,
supporters of a force as a crowd, state fire told after a protest, a bomber listed with his dead, a town followed by
its own region, two sections of one people, and a people's militia that is no state force.

Every text here is new, written for these tests.
"""

import datetime

import pytest

from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2024, 5, 20)


@pytest.mark.parametrize("length", ["several hours", "hours", "most of the day", "two days"])
def test_a_fight_told_with_its_length_is_a_clash(code, length):
    rows = code(f"On 14 May 2024, Fano militiamen and government soldiers fought for {length} near Debre Tabor (Amhara).")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("Armed clash", "Fano Militia", "Military Forces of Ethiopia")]


def test_fighting_for_a_cause_is_still_no_clash(code):
    rows = code("On 14 May 2024, veterans who fought for independence marched in Asmara (Maekel).")
    assert all(r["event_type"] != "Battles" for r in rows)


def test_a_takeover_after_fighting_beside_a_withdrawal_is_fought_for(code):
    rows = code("On 14 May 2024, OLA fighters took control of Dembi Dolo (Oromia) after a day of fighting with "
                "federal troops, who withdrew from the town.")
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [
        ("Non-state actor overtakes territory", "OLA: Oromo Liberation Army")]


@pytest.mark.parametrize("how", ["after federal troops withdrew from the town",
                                 "after federal troops withdrew from the town without a fight"])
def test_a_takeover_beside_a_withdrawal_alone_stays_non_violent(code, how):
    rows = code(f"On 14 May 2024, OLA fighters took control of Dembi Dolo (Oromia) {how}.")
    assert [r["sub_event_type"] for r in rows] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("force", ["the ruling junta", "the army", "the presidential guard"])
def test_supporters_of_a_force_are_a_crowd_not_the_force(code, force):
    rows = code(f"On 14 May 2024, supporters of {force} attacked the Nigerian embassy in Niamey (Niamey).")
    assert [(r["event_type"], r["inter1"]) for r in rows] == [("Riots", 5)]


def test_soldiers_who_support_no_one_stay_soldiers(code):
    rows = code("On 14 May 2024, soldiers attacked supporters of the opposition in Zinder (Zinder).")
    assert [(r["actor1"], r["inter1"]) for r in rows] == [("Military Forces of Niger", 1)]


def test_state_fire_told_after_a_protest_is_excessive_force(code):
    rows = code("On 14 May 2024, traders protested against new taxes in Dessie (Amhara). Federal police fired live "
                "rounds to disperse them, killing 3 traders.")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Excessive force against protesters", "Protesters (Ethiopia)", "Police Forces of Ethiopia", 3)]


def test_protesters_who_open_fire_are_still_rioters(code):
    rows = code("On 14 May 2024, protesters opened fire on police in Dessie (Amhara), killing 2 officers.")
    assert [(r["event_type"], r["inter1"]) for r in rows] == [("Riots", 5)]


@pytest.mark.parametrize("text, total", [
    ("A suicide bomber detonated his vest at a checkpoint, killing himself and 6 soldiers.", 7),
    ("The attacker set off his explosives in the mosque, killing 9 worshippers and himself.", 10),
    ("A female bomber killed herself and 2 guards at the gate.", 3),
])
def test_a_bomber_listed_with_the_dead_is_counted(text, total):
    assert sum(f.count for f in FatalityFinder().find(text)) == total


def test_a_bomber_who_blew_himself_up_beside_a_toll_is_not_added():
    assert sum(f.count for f in FatalityFinder().find("A bomber blew himself up in the market, killing 11.")) == 11


@pytest.mark.parametrize("town, region, country", [("Kara", "Kara", "Togo"), ("Mango", "Savanes", "Togo"),
                                                   ("Kandi", "Alibori", "Benin")])
def test_a_town_followed_by_its_own_region_is_no_namesake_abroad(code, town, region, country):
    rows = code(f"On 14 May 2024, JNIM militants killed 4 herders near {town} ({region}).")
    assert [(r["country"], r["admin1"], r["location"]) for r in rows] == [(country, region, town)]


def test_two_sections_of_one_people_are_two_sides_of_a_clash(code):
    rows = code("On 14 May 2024, Apuk Dinka youth and Aguok Dinka youth clashed near Gogrial (Warrap), killing 8.")
    assert [(r["actor1"], r["actor2"], r["interaction"], r["fatalities"]) for r in rows] == [
        ("Dinka Ethnic Militia (South Sudan)", "Dinka Ethnic Militia (South Sudan)", 44, 8)]


def test_a_peoples_militia_named_beside_another_is_no_state_force(code):
    rows = code("On 14 May 2024, Amhara and Qemant ethnic militiamen clashed near Gondar (Amhara).")
    assert [(r["actor1"], r["inter1"], r["inter2"]) for r in rows] == [("Amhara Ethnic Militia (Ethiopia)", 4, 4)]


@pytest.mark.parametrize("building", ["a government primary school", "a government hospital"])
def test_a_burned_government_school_or_hospital_is_property_not_a_side(code, building):
    rows = code(f"On 14 May 2024, separatists set fire to {building} in Mbengwi (North-West). No one was hurt.")
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Looting/property destruction", None)]


def test_a_mob_that_burns_a_police_station_still_faces_the_police(code):
    rows = code("On 14 May 2024, a mob set fire to a police station in Mbengwi (North-West).")
    assert [r["actor2"] for r in rows] == ["Police Forces of Cameroon"]


def test_attackers_killing_themselves_and_others_add_no_count_of_their_own():
    assert sum(f.count for f in FatalityFinder().find("Two bombers detonated their vests, killing themselves "
                                                      "and 7 worshippers.")) == 7


@pytest.mark.parametrize("who", ["separatists", "separatist fighters", "secessionists"])
def test_unnamed_separatists_in_cameroon_are_the_ambazonian_separatists(code, who):
    rows = code(f"On 14 May 2024, {who} abducted 3 farmers near Wum (North-West).")
    assert [(r["actor1"], r["inter1"]) for r in rows] == [("Ambazonian Separatists", 2)]


def test_unnamed_separatists_elsewhere_stay_an_unidentified_rebel_group(code):
    rows = code("On 14 May 2024, separatists attacked a police post near Kidal (Kidal).")
    assert [(r["actor1"], r["inter1"]) for r in rows] == [("Unidentified Rebel Group (Mali)", 2)]
