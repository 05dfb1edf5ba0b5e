"""Rules found on the second demonstrations-and-riots dev set (fixtures/notes_dev14.jsonl), tested on sentences of
our own."""

import datetime

import pytest

PUB = datetime.date(2023, 9, 20)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- a crowd's violence at a commemoration (``event.commemoration_crowd``) ----------------------------------------
@pytest.mark.parametrize("text, country", [
    ("On 11 September 2023, on the 50th anniversary of the military coup, hooded youths threw stones at police and "
     "erected burning barricades in Valparaiso (Valparaiso).", "Chile"),
    ("On 17 November 2022, youths threw petrol bombs at riot police in Thessaloniki (Central Macedonia) after a march "
     "marking the anniversary of the 1973 student uprising.", "Greece"),
])
def test_violence_at_a_commemoration_is_the_days_riot(code, text, country):
    row = _one(code(text))
    assert row["sub_event_type"] == "Violent demonstration" and row["actor1"] == f"Rioters ({country})"
    assert row["event_date"].year in (2022, 2023) and row["geo_precision"] == 1


def test_the_remembered_riot_stays_history(code):
    row = _one(code("On 27 October 2022, hundreds of people marched in Clichy-sous-Bois (Ile-de-France) to mark the "
                    "anniversary of the 2005 riots."))
    assert row["sub_event_type"] == "Peaceful protest" and row["event_date"] == datetime.date(2022, 10, 27)


# -- projectiles and barricades ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On 14 March 2023, demonstrators fired fireworks at police outside parliament in Yerevan (Yerevan).",
    "On 14 March 2023, demonstrators set barricades alight on the main avenue of Yerevan (Yerevan).",
])
def test_fireworks_at_police_and_burning_barricades_are_a_riot(code, text):
    row = _one(code(text))
    assert row["sub_event_type"] == "Violent demonstration" and row["actor1"] == "Rioters (Armenia)"


def test_fireworks_without_a_target_are_no_riot(code):
    rows = code("On 31 December 2022, fireworks lit up the sky over Yerevan (Yerevan).")
    assert all(r["sub_event_type"] != "Violent demonstration" for r in rows)


# -- arrests at a street blockade --------------------------------------------------------------------------------
def test_arresting_street_blockaders_is_an_intervention(code):
    row = _one(code("On 3 June 2023, police detained 40 members of the movement who were blocking streets in "
                    "Tbilisi (Tbilisi)."))
    assert row["sub_event_type"] == "Protest with intervention"
    assert row["actor1"] == "Protesters (Georgia)" and row["actor2"] == "Police Forces of Georgia"


# -- a deadline is not the day of the event ----------------------------------------------------------------------
def test_a_date_after_before_is_a_deadline(code):
    row = _one(code("On 9 May 2023, hundreds of students marched in Nairobi (Nairobi) demanding that fees be cut "
                    "before 1 June."))
    assert row["event_date"] == datetime.date(2023, 5, 9)


# -- a crowd that assaults in a protest sentence (``event.protest_assault``) -------------------------------------
@pytest.mark.parametrize("text, country, actor2_start", [
    ("On 5 July 2023, young men taking part in the fuel protests attacked a police station with stones in Kumasi "
     "(Ashanti).", "Ghana", "Police Forces"),
    ("On 5 July 2023, supporters of the opposition leader stormed the electoral commission office in Kumasi "
     "(Ashanti) in protest against the results.", "Ghana", None),
])
def test_a_crowd_assault_in_a_protest_sentence_is_a_riot(code, text, country, actor2_start):
    row = _one(code(text))
    assert row["sub_event_type"] == "Violent demonstration" and row["actor1"] == f"Rioters ({country})"
    if actor2_start:
        assert row["actor2"].startswith(actor2_start)


def test_counter_protesters_who_attack_police_riot(code):
    row = _one(code("On 8 April 2023, hundreds of counter-protesters tried to block a far-right march in Dresden "
                    "(Saxony); some of them attacked police officers, who used pepper spray."))
    assert row["sub_event_type"] == "Violent demonstration"
    assert row["actor1"] == "Rioters (Germany)" and row["actor2"] == "Police Forces of Germany"


def test_police_assaulting_a_rally_is_not_the_crowds_riot(code):
    rows = code("On 8 April 2023, police attacked protesters with batons at a rally in Dresden (Saxony).")
    assert rows and all(r["actor1"] != "Rioters (Germany)" for r in rows)


# -- roles -------------------------------------------------------------------------------------------------------
def test_what_rioters_are_against_is_not_the_crowd(code):
    row = _one(code("On 2 February 2023, protesters against the closure of the UN mission threw stones at police "
                    "in Goma (North Kivu)."))
    assert row["actor1"] == "Rioters (Democratic Republic of Congo)" and row["inter1"] == 5


def test_a_subjunctive_demand_is_no_intervention(code):
    row = _one(code("On 6 March 2023, hundreds of farmers rallied in Lyon (Auvergne-Rhone-Alpes) demanding that the "
                    "minister be dismissed."))
    assert row["sub_event_type"] == "Peaceful protest"


# -- France's 2016 regions (admin1_names.tsv) --------------------------------------------------------------------
@pytest.mark.parametrize("town, admin1", [
    ("Toulouse", "Occitanie"), ("Bordeaux", "Nouvelle-Aquitaine"), ("Strasbourg", "Grand Est"),
    ("Lille", "Hauts-de-France"), ("Rouen", "Normandy"), ("Dijon", "Bourgogne-Franche-Comte"),
    ("Lyon", "Auvergne-Rhone-Alpes"), ("Tours", "Centre-Val de Loire"),
])
def test_french_towns_give_the_2016_region(code, town, admin1):
    row = _one(code(f"On 7 March 2023, thousands of workers marched in {town} against the pension reform."))
    assert row["country"] == "France" and row["admin1"] == admin1


# -- the state opening fire right after a riot (``merge.crowd_response``) ----------------------------------------
def test_forces_opening_fire_after_a_riot_give_its_toll(code):
    row = _one(code("On 4 May 2023, youths threw stones at a police post in Kisumu (Kisumu). Police opened fire, "
                    "killing 3 people."))
    assert row["sub_event_type"] == "Violent demonstration" and row["fatalities"] == 3
    assert row["actor2"] == "Police Forces of Kenya"


def test_a_shooting_elsewhere_on_another_day_stays_apart(code):
    rows = code("On 4 May 2023, rioters threw stones at police in Kisumu (Kisumu). On 6 May 2023, police opened fire "
                "on a car in Kisii (Kisii), killing 3 people.")
    assert len(rows) == 2 and {r["location"] for r in rows} == {"Kisumu", "Kisii"}
