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


# -- 3. incident summaries: targets, perpetrators named by a claim, attackers among the dead -----------------------
def test_named_village_headman_and_his_son_are_civilians(code):
    row = _one(code("On 2 February 2022, gunmen shot dead a village headman and his son outside their house near "
                    "Bannu (Khyber Pakhtunkhwa).", PUB))
    assert row["actor2"] == "Civilians (Pakistan)" and row["interaction"] == 37


def test_a_titled_victim_named_by_name_is_a_civilian(code):
    row = _one(code("On 9 October 2021, an unknown gunman shot dead Mayor Ana Ruiz in Celaya (Guanajuato).", PUB))
    assert row["actor2"] == "Civilians (Mexico)"


def test_families_of_soldiers_are_civilians(code):
    row = _one(code("On 4 March 2022, a bomb exploded in a housing block for families of soldiers in Quetta "
                    "(Balochistan), killing 6 people.", PUB))
    assert row["actor2"] == "Civilians (Pakistan)" and row["inter2"] == 7


def test_a_place_named_like_a_state_organ_is_no_side(code):
    row = _one(code("On 3 July 2022, a grenade exploded in a bar in the district of Miraflores in Lima (Lima), "
                    "wounding 4 people.", PUB))
    assert row["inter1"] != 1 and row["inter1"] != 8


def test_an_embassy_where_a_bomb_went_off_is_no_side(code):
    row = _one(code("On 5 September 2022, a suicide bomber blew himself up outside the Russian embassy in Kabul "
                    "(Kabul), killing 6 people. The Islamic State claimed responsibility.", PUB))
    assert row["actor1"].startswith("Islamic State") and row["actor2"] == "Civilians (Afghanistan)"


def test_attackers_counted_among_the_dead_are_no_target(code):
    row = _one(code("On 8 May 2021, two bombs went off at a bus station in Maiduguri (Borno), killing 14 people, "
                    "including the three suicide bombers.", PUB))
    assert row["inter2"] == 7


def test_a_claim_two_sentences_later_names_the_perpetrator(code):
    # (dated before 16 August 2021: the Taliban as a rebel group; armed_groups.jsonl state_since)
    row = _one(code("On 18 July 2021, a suicide bomber struck a wedding hall in Kunduz (Kunduz), killing 11 "
                    "guests. The attacker also died. The Taliban claimed responsibility.", PUB))
    assert row["actor1"] == "Taliban" and row["actor2"] == "Civilians (Afghanistan)"


def test_a_claim_after_another_side_is_named_stays_with_that_sentence(code):
    rows = code("On 18 August 2021, a bomb exploded at a market in Kunduz (Kunduz), killing 4 people. Officials "
                "of the Afghan army visited the site. Al Shabaab claimed responsibility for a raid in Somalia.", PUB)
    assert rows[0]["actor1"] != "Al Shabaab"


def test_group_blamed_for_a_defused_bomb_is_the_other_side(code):
    row = _one(code("On 11 March 2023, army bomb disposal experts defused an IED left near a checkpoint in "
                    "Miranshah (Khyber Pakhtunkhwa). The TTP was blamed.", PUB))
    assert row["sub_event_type"] == "Disrupted weapons use"
    assert row["inter1"] == 1 and row["inter2"] == 2 and "Tehreek" in row["actor2"]
