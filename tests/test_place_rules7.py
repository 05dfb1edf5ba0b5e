"""Place readings in ACLED-style parentheses and district phrases, on new sentences of our own."""

import datetime

PUB = datetime.date(2021, 6, 14)


def test_country_name_in_parentheses_is_the_towns_state(code):
    # Georgia is a country and a US state: after a US town, the parentheses name the state
    rows = code("On 12 June 2021, protesters blocked a highway in Savannah (Chatham, Georgia) to denounce "
                "a police shooting.", PUB)
    assert rows and rows[0]["country"] == "United States"
    assert rows[0]["admin1"] == "Georgia" and rows[0]["location"] == "Savannah"
    assert rows[0]["actor1"].endswith("(United States)")


def test_country_name_in_parentheses_after_its_own_town_stays_the_country(code):
    rows = code("On 12 June 2021, protesters marched in Batumi (Georgia) against a new media law.", PUB)
    assert rows and rows[0]["country"] == "Georgia" and rows[0]["location"] == "Batumi"


def test_capital_before_parentheses_naming_its_region_is_the_place(code):
    # a capital can stand for its state ('Paris said'); before '(Region)' it is where the event was
    rows = code("On 12 June 2021, thousands of people marched through central Paris (Ile-de-France) "
                "against the health pass.", PUB)
    assert rows and rows[0]["country"] == "France" and rows[0]["location"] == "Paris"
    assert rows[0]["geo_precision"] == 1


def test_parenthesised_region_named_in_full_over_its_head(code):
    # 'Buenos Aires F.D.' (the federal district), not the province whose name is its first two words
    rows = code("On 12 June 2021, retirees rallied outside the Congress in Buenos Aires (Buenos Aires F.D.) "
                "to demand higher pensions.", PUB)
    assert rows and rows[0]["admin1"] == "Buenos Aires F.D." and rows[0]["location"] == "Buenos Aires"
    assert abs(rows[0]["latitude"] - -34.6) < 0.2


def test_the_district_of_a_town_is_geo_precision_two(code):
    rows = code("On Sunday, in the district of Tak Bai in Narathiwat province, Thailand, suspected insurgents "
                "shot dead a rubber tapper.", PUB)
    assert rows and rows[0]["location"] == "Tak Bai" and rows[0]["geo_precision"] == 2


def test_the_district_of_a_city_part_stays_the_place(code):
    rows = code("On Sunday, in the Crater district of Aden, Yemen, gunmen shot dead a police officer.", PUB)
    assert rows and rows[0]["country"] == "Yemen" and rows[0]["geo_precision"] == 1


def test_past_verb_after_and_leaves_the_accusation(code):
    # "a man accused of X ... and beat him": the beating is the mob's act, the place after it this event's
    rows = code("On 12 June 2021, a mob seized a man accused of stealing a motorbike from the market and "
                "lynched him in Sheikhupura (Sheikhupura, Punjab).", PUB)
    assert rows and rows[0]["country"] == "Pakistan" and rows[0]["location"] in ("Sheikhupura", "Shekhupura")


def test_accused_gerunds_stay_the_accusation(code):
    rows = code("Rights groups accused soldiers of abuses in the region, including torture and beheadings "
                "by insurgents, in a report published on Monday.", PUB)
    assert not any(r["event_type"] == "Violence against civilians" for r in rows)
