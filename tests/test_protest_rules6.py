"""Rules found on the demonstrations-and-riots dev set (fixtures/notes_dev6.jsonl), tested on sentences of our own."""

import datetime

import pytest

PUB = datetime.date(2022, 6, 15)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- protest triggers ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On 8 March 2021, thousands of women took part in the Aurat March in Karachi (Sindh) demanding equal pay.",
    "On 4 June 2022, several thousand people joined the Pride March in Warsaw (Mazovia).",
    "On 12 June 2022, about 300 residents took part in a rally in Mombasa (Mombasa) against land grabbing.",
])
def test_named_marches_and_joining_a_rally_are_peaceful_protests(code, text):
    row = _one(code(text))
    assert row["sub_event_type"] == "Peaceful protest" and row["inter1"] == 6 and row["actor2"] is None


def test_a_blockade_with_a_demand_is_a_protest_and_a_plain_one_is_not(code):
    row = _one(code("On 2 May 2022, hundreds of traders blocked the main bridge in Kisii (Kisii) to demand the "
                    "reopening of the market. [size=hundreds]"))
    assert row["sub_event_type"] == "Peaceful protest" and row["actor1"] == "Protesters (Kenya)"
    assert code("On 2 May 2022, a landslide blocked the main road in Kisii (Kisii).") == []


def test_police_dispersing_marchers_is_an_intervention(code):
    row = _one(code("On 9 May 2022, police dispersed nurses marching to the health ministry in Harare (Harare) "
                    "over unpaid allowances."))
    assert row["sub_event_type"] == "Protest with intervention"
    assert row["actor1"] == "Protesters (Zimbabwe)" and row["actor2"] == "Police Forces of Zimbabwe"


# -- riots ---------------------------------------------------------------------------------------------------
def test_angry_protesters_burning_banks_riot_rather_than_mob(code):
    row = _one(code("On 3 May 2022, protesters angry at soaring bread prices set fire to two banks in Sidon "
                    "(South Lebanon) and threw stones at soldiers."))
    assert row["sub_event_type"] == "Violent demonstration" and row["inter1"] == 5
    # an angry crowd with no protest is still a mob
    row = _one(code("On 3 May 2022, angry villagers set fire to the house of a suspected thief in Kakamega "
                    "(Kakamega)."))
    assert row["sub_event_type"] == "Mob violence"


def test_party_supporters_who_vandalise_riot(code):
    row = _one(code("On 14 May 2022, supporters of the ousted governor broke into and vandalised the county "
                    "assembly in Kisumu (Kisumu); police fired tear gas."))
    assert row["sub_event_type"] == "Violent demonstration"
    assert row["actor1"] == "Rioters (Kenya)" and row["actor2"] == "Police Forces of Kenya"


def test_a_clash_far_into_a_protesters_sentence_is_a_violent_demonstration(code):
    row = code("On 10 June 2022, several thousand people protesting against the new land acquisition law "
               "marched through Bhubaneswar (Odisha), blocked the national highway for hours and clashed with "
               "police near the secretariat.")[0]
    assert row["event_type"] == "Riots" and row["actor1"] == "Rioters (India)"
    assert row["actor2"] == "Police Forces of India"


def test_carabineros_are_chiles_police(code):
    row = _one(code("On 5 June 2022, Carabineros used water cannon to disperse students protesting in "
                    "Valparaiso (Valparaiso)."))
    assert row["actor2"] == "Police Forces of Chile" and row["inter2"] == 1


def test_police_custody_names_no_police_side(code):
    row = _one(code("On 1 June 2022, a mob dragged a suspected thief out of police custody and beat him to death in "
                    "Kakamega (Kakamega)."))
    assert row["sub_event_type"] == "Mob violence" and row["inter2"] != 1
    assert "Police" not in (row["actor2"] or "")


# -- admin1 display names ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, admin1", [
    ("On 2 June 2022, hundreds of taxi drivers protested in Latina (Lazio) against a new licence fee.", "Lazio"),
    ("On 2 June 2022, hundreds of farmers protested in Subotica (Vojvodina) over fuel prices.", "Vojvodina"),
    ("On 2 June 2022, dozens of teachers protested in Kobuleti (Adjara) over unpaid wages.", "Adjara"),
])
def test_admin1_takes_the_common_english_name(code, text, admin1):
    assert _one(code(text))["admin1"] == admin1


# -- a protest's grievance is not its toll -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On 6 June 2022, hundreds of residents marched in Eldoret (Uasin Gishu) two days after 4 pupils were killed "
    "by a speeding lorry, demanding speed bumps.",
    "On 6 June 2022, thousands of people rallied in Patras (West Greece) over the ferry fire that killed 12 "
    "passengers, demanding an inquiry.",
    "On 6 June 2022, traders blocked the main road in Kisii (Kisii) to demand justice, a day after 2 hawkers were "
    "killed in a robbery.",
])
def test_deaths_that_caused_a_protest_are_not_its_fatalities(code, text):
    row = _one(code(text))
    assert row["event_type"] == "Protests" and row["fatalities"] == 0


def test_deaths_in_the_riot_itself_still_count(code):
    row = code("On 6 June 2022, rioters clashed with police in Kano (Kano) in riots that killed 3 people.")[0]
    assert row["event_type"] == "Riots" and row["fatalities"] == 3


# -- a cause is no side --------------------------------------------------------------------------------------
def test_pro_and_anti_name_a_cause_not_a_country_or_side(code):
    row = _one(code("On 3 June 2022, police cleared a pro-Palestinian protest camp at a university in Montreal "
                    "(Quebec) and arrested 30 protesters."))
    assert row["country"] == "Canada" and row["actor1"] == "Protesters (Canada)"
    assert row["actor2"] == "Police Forces of Canada"
    row = _one(code("On 3 June 2022, dozens of anti-EU activists protested outside the parliament in Chisinau "
                    "(Chisinau)."))
    assert row["actor1"] == "Protesters (Moldova)" and row["actor2"] is None
