"""Long news articles: background, reactions and habits told after the lead are not events of their own.

Every text here is new, written for these tests; the lead event is the same so each rule is seen alone.
"""

import datetime

import pytest

PUB = datetime.date(2023, 3, 6)  # a Monday
LEAD = "Gunmen killed four traders at a cattle market in Funtua on Sunday, police said. "


BACKGROUND = [
    "Malumfashi has been hit by repeated attacks on traders and farmers.",
    "In a similar attack, bandits shot dead seven herders near Malumfashi.",
    "The violence in the northwest has killed more than eight thousand people, according to a rights group.",
    "Armed gangs have killed thousands of villagers across Zamfara and Sokoto.",
    "Bandits have abducted hundreds of pupils from schools in Kebbi in recent months.",
    "In the weeks that followed, fighting spread to villages near Gusau.",
    "Sokoto has seen a wave of kidnappings on its highways.",
    "Gangs have raided villages near Kankara over the past decade.",
]
REACTIONS_HABITS_ALLEGATIONS = [
    "Security was tightened in Katsina on Monday.",
    "Relatives gathered outside the mortuary in Katsina on Monday to collect the bodies.",
    "Troops regularly clash with the gangs in the forests near Dutsinma.",
    "Both the army and the gangs have been accused of abuses, including the killing of villagers near Kankara.",
    "Months of talks between the state and the gangs in Katsina have not produced a ceasefire.",
    "Trade has slowed since the gangs began attacking lorries near Malumfashi with rifles.",
    "Soldiers were supposed to be deployed along the road to Katsina, residents said.",
]


@pytest.mark.parametrize("sentence", BACKGROUND + REACTIONS_HABITS_ALLEGATIONS)
def test_background_reactions_habits_and_allegations_after_the_lead_are_not_events(code, sentence):
    assert code(sentence) == []  # not an event on its own
    rows = code(LEAD + sentence)
    assert len(rows) == 1
    assert rows[0]["location"] == "Funtua" and rows[0]["fatalities"] == 4


def test_a_gathering_outside_a_government_building_is_still_a_protest(code):
    rows = code("Hundreds of traders gathered outside the governor's office in Katsina on Monday, demanding protection.")
    assert len(rows) == 1 and rows[0]["event_type"] == "Protests"


def test_an_anniversary_is_not_the_remembered_event(code):
    text = ("Hundreds of mourners gathered in Garissa on Sunday to mark the eighth anniversary of an assault on a "
            "college that killed dozens of students. Survivors laid flowers at a memorial, and security was tightened "
            "around the campus.")
    assert code(text) == []


def test_an_attack_on_the_commemoration_day_is_still_an_event(code):
    rows = code("Gunmen killed two guards at a school in Garissa on Sunday, police said.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 2


def test_weapons_seized_from_troops_do_not_make_a_territory_takeover(code):
    text = ("Militants killed three soldiers in an ambush near Dikwa on Saturday, the army said. "
            "Its commanders said online that their men had carried out the ambush, and posted images of weapons they "
            "said had been seized from the troops.")
    rows = code(text)
    assert len(rows) == 1
    assert rows[0]["sub_event_type"] not in {"Non-state actor overtakes territory", "Government regains territory"}
    assert rows[0]["fatalities"] == 3


def test_seizing_a_town_is_still_a_takeover(code):
    rows = code("Militants seized the town of Dikwa on Saturday after driving out the army, residents said.")
    assert rows and rows[0]["sub_event_type"] == "Non-state actor overtakes territory"


@pytest.mark.parametrize("aside", [
    "Eleven wounded villagers were rushed to a hospital in Maiduguri, where two of them died.",
    "\"They shot my brother in front of me,\" a survivor told reporters in Maiduguri.",
    "The governor condemned the killings during a visit to Maiduguri on Monday.",
])
def test_where_the_wounded_were_taken_or_the_speaker_spoke_is_not_the_event_place(code, aside):
    lead = "Gunmen killed four traders in an attack on a cattle market in Borno State on Sunday, police said. "
    rows = code(lead + aside)
    assert len(rows) == 1
    assert rows[0]["location"] != "Maiduguri"  # the state the lead names, not the hospital's or speaker's town
    assert rows[0]["geo_precision"] == 3


def test_an_attacked_hospital_is_still_the_event_place(code):
    rows = code("Gunmen attacked a hospital in Katsina on Sunday, killing two nurses, police said.")
    assert len(rows) == 1 and rows[0]["location"] == "Katsina" and rows[0]["geo_precision"] == 1


def test_count_and_place_of_an_earlier_event_in_the_same_sentence_stay_with_it(code):
    text = LEAD + "The attack came a week after bandits killed twelve herders near Malumfashi."
    rows = code(text)
    assert len(rows) == 1
    assert rows[0]["location"] == "Funtua" and rows[0]["fatalities"] == 4


def test_last_month_past_the_lead_is_background(code):
    text = (LEAD + "The traders had come from villages across the state. Residents said the market had reopened only "
            "recently. Last month, bandits killed nine farmers near Malumfashi.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["fatalities"] == 4


def test_last_month_in_the_lead_is_still_an_event(code):
    rows = code("Bandits killed nine farmers near Malumfashi last month, a rights group said on Monday.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 9


@pytest.mark.parametrize("update", [
    "By Tuesday the toll had risen to nine, a hospital official said.",
    "Officials said on Tuesday that the toll has climbed to nine.",
])
def test_a_later_toll_update_is_the_event_figure(code, update):
    text = LEAD + "The attackers fled on motorcycles before soldiers arrived. " + update
    rows = code(text)
    assert len(rows) == 1
    assert rows[0]["fatalities"] == 9 and rows[0]["location"] == "Funtua"


def test_a_raid_that_killed_stays_an_attack_when_later_sentences_tell_of_abductions_and_a_rescue(code):
    text = ("Bandits killed nine villagers in a raid on Gidan Bawa village in Katsina state on Saturday, police said. "
            "The gunmen, who arrived on motorcycles, stormed the village in Danmusa local government area and shot "
            "residents. Police said troops had been deployed to rescue the residents who were kidnapped. "
            "Residents said at least 20 people were abducted.")
    rows = code(text)
    assert len(rows) == 1, rows
    row = rows[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert row["actor2"] == "Civilians (Nigeria)" and row["fatalities"] == 9


def test_a_name_used_as_a_modifier_is_no_side(code):
    row = code("Government forces shelled rebel-held villages near Hama on Saturday, killing 6 civilians.")[0]
    assert row["actor2"] == "Civilians (Syria)"
    militia = code("Iran-backed militiamen attacked a checkpoint in Diyala on Saturday.")[0]
    assert militia["actor1"] != "Military Forces of Iran"


def test_victims_named_in_the_event_are_its_target_not_a_group_named_nearby(code):
    text = ("Airstrikes on a market in Ariha in Idlib province killed 11 civilians on Saturday, rescuers said. "
            "The province is controlled by Hayat Tahrir al-Sham, a former al-Qaeda affiliate.")
    rows = code(text)
    assert rows and rows[0]["actor2"] == "Civilians (Syria)"


def test_a_raid_that_burned_homes_and_killed_is_one_attack(code):
    text = ("Militants raided Tungushe village in Borno state on Saturday and set fire to houses, residents said. "
            "Police later said eleven people were killed.")
    rows = code(text)
    assert len(rows) == 1, rows
    assert (rows[0]["event_type"], rows[0]["fatalities"]) == ("Violence against civilians", 11)
