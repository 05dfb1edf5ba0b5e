"""Crowds and marches on short texts of our own: a station a crowd attacks names its force, who a crowd is made of
is no target, a march "through" a town is there."""

import datetime

PUB = datetime.date(2024, 4, 10)


def test_mob_burning_a_police_station_targets_the_police(code):
    row = code("On 9 April 2024, a mob of angry traders stormed and burned a police post in Kisii after a hawker "
               "was shot.")[0]
    assert row["event_type"] == "Riots"
    assert row["actor1"] == "Rioters (Kenya)" and row["actor2"] == "Police Forces of Kenya"


def test_crowd_members_are_not_the_target(code):
    row = code("On 9 April 2024, a mob of villagers attacked a police station in Nakuru.")[0]
    assert row["actor1"] == "Rioters (Kenya)" and row["actor2"] == "Police Forces of Kenya"
    assert row["inter2"] == 1


def test_armed_attackers_burning_a_station_still_name_no_side(code):
    # a station burned in an armed attack is property: the people killed say who the target was
    row = code("On 9 April 2024, gunmen killed four villagers and set fire to a police station in Zurmi.")[0]
    assert row["actor2"] == "Civilians (Nigeria)"


def test_marched_through_a_town_is_the_place(code):
    row = code("On 9 April 2024, about 3000 nurses marched through central Lusaka to demand better pay.")[0]
    assert row["event_type"] == "Protests"
    assert row["location"] == "Lusaka" and row["country"] == "Zambia" and row["geo_precision"] == 1


def test_passing_through_a_town_is_no_place_cue(code):
    row = code("On 9 April 2024, militants passed through Kandahar before an attack on a checkpoint in Spin "
               "Boldak.")[0]
    assert row["location"] != "Kandahar"


def test_object_of_a_first_verb_is_not_the_subject_of_the_second(code):
    # "... at police ... and set fire to": both verbs are the rioters'; the police are the object of the first
    row = code("On 9 April 2024, rioters threw bricks and fireworks at police near a shopping centre in Bolton "
               "(England) and set fire to a police van.")[0]
    assert row["event_type"] == "Riots"
    assert row["actor1"] == "Rioters (United Kingdom)" and row["actor2"] == "Police Forces of the United Kingdom"


def test_crowd_making_a_demand_that_wrecks_property_riots(code):
    row = code("On 9 April 2024, traders demanding lower market fees smashed the windows of council offices in "
               "Kumasi.")[0]
    assert row["event_type"] == "Riots" and row["sub_event_type"] == "Violent demonstration"
    assert row["actor1"] == "Rioters (Ghana)"


def test_armed_men_making_a_demand_are_no_crowd(code):
    rows = code("On 9 April 2024, gunmen demanding a ransom torched three houses in Gusau.")
    assert rows and all(r["event_type"] != "Riots" for r in rows)


def test_a_death_days_before_is_no_target_and_a_capital_in_a_road_no_side(code):
    row = code("On 9 April 2024, pupils demanding speed bumps blocked the Lusaka-Kafue road and smashed two "
               "minibuses in Chilanga, days after 3 pupils were killed by a lorry.")[0]
    assert row["event_type"] == "Riots"
    assert row["actor2"] is None and row["civilian_targeting"] is None


def test_what_a_protest_is_about_is_no_event_of_it(code):
    rows = code("On 9 April 2024, hundreds of residents protested in Zaria after gunmen killed a village chief.")
    assert len(rows) == 1
    row = rows[0]
    assert row["sub_event_type"] == "Peaceful protest" and row["actor1"] == "Protesters (Nigeria)"
    assert row["fatalities"] == 0


def test_a_protest_about_a_downing_is_a_protest(code):
    row = code("On 9 April 2024, thousands marched in Isfahan against the downing of a passenger jet, which was "
               "shot down by the IRGC.")[0]
    assert row["event_type"] == "Protests" and row["actor1"] == "Protesters (Iran)"


def test_a_gathering_to_commemorate_is_an_event_of_its_day(code):
    row = code("On 9 April 2024, hundreds of students gathered outside a university in Shiraz to commemorate the "
               "victims of a bus shot at by soldiers and chanted slogans against the authorities.")[0]
    assert row["event_type"] == "Protests" and row["sub_event_type"] == "Peaceful protest"
    assert row["event_date"].isoformat() == "2024-04-09" and row["location"] == "Shiraz"


def test_a_capitals_subway_places_the_event_in_the_capital(code):
    row = code("On 9 April 2024, a man released a toxic gas on the Seoul subway, killing 2 commuters.")[0]
    assert row["location"] == "Seoul" and row["geo_precision"] == 1
