"""Note rules, session 10: the police's answer to a riot told in the next sentence, two communal militias in one
clash, and incident summaries' perpetrators and targets. Every sentence is new."""

import datetime

PUB = datetime.date(2024, 6, 1)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- 1. the state's answer to a riot in the next sentence is part of the riot -----------------------------------
def test_tear_gas_after_a_riot_is_no_event_of_its_own(code):
    row = _one(code("On 2 March 2023, youths burned tyres and blocked roads in Gulu (Gulu). Police fired tear gas.",
                    PUB))
    assert row["event_type"] == "Riots" and row["location"] == "Gulu"
    assert row["actor1"] == "Rioters (Uganda)" and row["actor2"] == "Police Forces of Uganda"
    assert row["interaction"] == 15


def test_rioter_killed_by_police_live_fire_is_the_riots_toll(code):
    row = _one(code("On 7 August 2022, demonstrators hurled rocks at the governor's office in Kisumu (Kisumu). "
                    "Police responded with live bullets; 2 rioters were killed.", PUB))
    assert row["event_type"] == "Riots" and row["fatalities"] == 2
    assert row["actor2"].startswith("Police Forces of Kenya")


def test_water_cannon_after_a_peaceful_march_is_an_intervention(code):
    row = _one(code("On 14 May 2023, teachers marched to parliament in Accra (Greater Accra) over unpaid wages. "
                    "Police used water cannon to disperse them.", PUB))
    assert row["sub_event_type"] == "Protest with intervention"
    assert row["actor1"] == "Protesters (Ghana)" and row["inter2"] == 1


def test_a_later_police_action_elsewhere_stays_its_own_event(code):
    rows = code("On 2 March 2023, youths burned tyres in Gulu (Gulu). On 5 March 2023, police fired tear gas at "
                "traders marching in Lira (Lira).", PUB)
    assert len(rows) == 2
    assert {r["location"] for r in rows} == {"Gulu", "Lira"}


# -- 2. two communal militias in one clash ---------------------------------------------------------------------
def test_rival_clans_clash_is_communal_militia_against_communal_militia(code):
    row = _one(code("On 12 January 2023, fighters from rival clans clashed at a water point near Dhusamareb "
                    "(Galgaduud). Four people died.", PUB))
    assert row["actor1"] == row["actor2"] == "Unidentified Communal Militia (Somalia)"
    assert row["interaction"] == 44 and row["fatalities"] == 4


def test_members_of_two_tribes_fought(code):
    row = _one(code("On 8 July 2022, members of two tribes fought with spears and guns near Mendi "
                    "(Southern Highlands).", PUB))
    assert row["event_type"] == "Battles"
    assert row["inter1"] == row["inter2"] == 4


def test_two_named_peoples_militias_are_two_sides(code):
    row = _one(code("On 30 April 2022, Hawiye and Darod clan militias clashed near Beledweyne (Hiraan).", PUB))
    assert {row["actor1"], row["actor2"]} == {"Hawiye Clan Militia (Somalia)", "Darod Clan Militia (Somalia)"}


def test_dictionary_peoples_named_together(code):
    row = _one(code("On 19 March 2022, Dinka and Murle militias fought near Pibor (Jonglei).", PUB))
    assert row["actor1"].startswith("Dinka") and row["actor2"].startswith("Murle")
    assert row["interaction"] == 44


def test_a_single_communal_militia_against_the_police_keeps_the_police(code):
    row = _one(code("On 4 April 2023, tribesmen clashed with police near Mendi (Southern Highlands).", PUB))
    assert row["inter2"] == 1


def test_a_count_of_dead_is_no_second_side(code):
    row = _one(code("On 4 April 2023, Fulani militiamen clashed with soldiers near Bankass (Mopti), "
                    "killing two soldiers.", PUB))
    assert row["interaction"] == 14
