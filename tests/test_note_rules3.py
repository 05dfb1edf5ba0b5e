"""Rules found on the third description dev set (fixtures/notes_dev3.jsonl), tested on sentences of our own."""


import datetime

from coder.dictionaries.actors import SCHEMAS, load_actor_dictionary
from coder.match.actors import ActorMatcher
from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2023, 5, 10)


# -- fatalities ----------------------------------------------------------------------------------------------
def test_shot_dead_a_person_named_by_an_occupation_is_one_death():
    finder = FatalityFinder()
    assert finder.total("Gunmen shot dead a shopkeeper outside his store in Pulwama.") == 1
    assert finder.total("Militants gunned down a bank employee in Kulgam.") == 1
    assert finder.total("Troops killed a suspected informant near Bamenda.") == 1
    assert finder.total("Gunmen shot at a shopkeeper in Pulwama.") is None


# -- event types and roles -----------------------------------------------------------------------------------
def test_armed_group_firing_on_protesters_attacks_civilians(code):
    row = code("On 4 March 2019, Imbonerakure militiamen opened fire on opposition demonstrators in Ngozi (Ngozi), "
               "killing 3 protesters.")[0]
    assert row["event_type"] == "Violence against civilians" and row["sub_event_type"] == "Attack"
    assert row["actor1"] == "Imbonerakure" and row["inter1"] == 3
    assert row["actor2"] == "Protesters (Burundi)" and row["inter2"] == 6 and row["fatalities"] == 3


def test_state_forces_firing_on_protesters_stay_excessive_force(code):
    row = code("On 4 March 2019, police opened fire on opposition demonstrators in Ngozi (Ngozi), killing 3 "
               "protesters.")[0]
    assert row["sub_event_type"] == "Excessive force against protesters"
    assert row["actor1"] == "Protesters (Burundi)" and row["inter2"] == 1


def test_a_government_building_is_a_place_not_the_target(code):
    row = code("On 2 June 2022, militants shot dead a teacher inside a government school in Kulgam (Jammu and "
               "Kashmir).")[0]
    assert row["event_type"] == "Violence against civilians" and row["actor2"] == "Civilians (India)"
    assert row["fatalities"] == 1


def test_occupations_are_civilian_victims(code):
    row = code("On 5 May 2021, gunmen shot dead 3 rubber tappers in Yala (Yala).")[0]
    assert row["actor2"] == "Civilians (Thailand)" and row["inter2"] == 7
    row = code("On 5 May 2021, militants abducted a shopkeeper near Sopore (Jammu and Kashmir).")[0]
    assert row["actor2"] == "Civilians (India)"


# -- actors named by country -----------------------------------------------------------------------------------
def test_maoists_are_the_maoist_insurgency_of_their_country(code):
    row = code("On 2 March 2021, Maoists blew up a road-building truck near Dantewada (Chhattisgarh).")[0]
    assert row["actor1"] == "CPI (Maoist): Communist Party of India (Maoist)" and row["inter1"] == 2
    row = code("On 6 April 2004, Maoist rebels attacked a police post near Tulsipur (Mid Western). "
               "4 policemen were killed.")[0]
    assert row["actor1"] == "CPN-M: Communist Party of Nepal (Maoist)" and row["actor2"] == "Police Forces of Nepal"
    row = code("On 6 April 2004, Maoist rebels attacked a police post near Ayacucho (Ayacucho).")[0]
    assert row["actor1"] == "Unidentified Rebel Group (Peru)" and row["inter1"] == 2


def test_by_country_must_name_armed_groups():
    check = SCHEMAS["agents.jsonl"].extra_checks[-1]
    base = {"requires_country": True, "by_country": {"IND": "grp.cpi_maoist"}}
    assert check(base) is None
    assert "armed-group ids" in check({**base, "by_country": {"India": "grp.cpi_maoist"}})
    assert "requires_country" in check({"by_country": {"IND": "grp.cpi_maoist"}})


def test_splinter_keeps_its_own_name():

    matcher = ActorMatcher(load_actor_dictionary())
    assert [m.name for m in matcher.find("the CPN-Maoist (Chand) cadres")] == ["CPN-Maoist (Chand)"]
    assert [m.name for m in matcher.find("the Communist Party of Nepal (Maoist) in 2001")] == [
        "CPN-M: Communist Party of Nepal (Maoist)"]


def test_a_measure_is_the_event_not_the_clashes_that_caused_it(code):
    row = code("On 8 May 2023, authorities imposed a curfew in Churachandpur (Manipur) following deadly clashes.")[0]
    assert row["sub_event_type"] == "Change to group/activity" and row["actor1"] == "Government of India"
    row = code("On 8 May 2023, police arrested 7 men in Maiduguri (Borno) after the bombing of a mosque.")[0]
    assert row["sub_event_type"] == "Arrests"
    # a death after a bomb is still the bomb's
    row = code("On 8 May 2023, 3 soldiers died after a roadside bomb struck their truck near Bama (Borno).")[0]
    assert row["sub_event_type"] == "Remote explosive/landmine/IED" and row["fatalities"] == 3


def test_state_forces_blamed_in_a_later_sentence_are_actor1(code):
    row = code("On Sunday, a rocket struck a school in Tovuz city, Azerbaijan, killing 2 children. Baku blamed "
               "Armenian troops.")[0]
    assert row["actor1"] == "Military Forces of Armenia" and row["inter1"] == 8 and row["inter2"] == 7
    row = code("On Sunday, gunmen shot dead 3 farmers near Gwoza, Borno state, Nigeria. Residents blamed "
               "soldiers.")[0]
    assert row["actor1"] == "Unidentified Armed Group (Nigeria)"  # a named initiator is not replaced


def test_protesters_shot_dead_after_a_riot_are_its_toll(code):
    rows = code("On 3 May 2023, demonstrators burned tyres and stoned police in Tabriz (East Azerbaijan). "
                "3 protesters were shot dead.")
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Violent demonstration" and rows[0]["fatalities"] == 3


# -- places and victims --------------------------------------------------------------------------------------
def test_a_namesake_abroad_gives_way_to_the_country_closing_the_chain(code):
    row = code("On Monday, a car bomb exploded in the Hydra district of Algiers, Algeria, killing 4 people.")[0]
    assert row["country"] == "Algeria" and row["location"] == "Algiers"


def test_off_the_coast_of_a_town_is_near_it(code):
    row = code("On 9 April 2018, pirates abducted 3 sailors off the coast of Jolo (Sulu).")[0]
    assert row["location"] == "Jolo" and row["geo_precision"] == 2


def test_foreign_nationals_killed_by_a_mob_are_its_civilian_victims(code):
    row = code("On 4 May 2019, a mob burned shops in Durban (KwaZulu-Natal), killing 3 foreign nationals.")[0]
    assert row["sub_event_type"] == "Mob violence" and row["actor2"] == "Civilians (South Africa)"


def test_the_killing_a_riot_is_over_is_not_its_toll(code):
    row = code("On 3 July 2023, rioters burned cars and clashed with police in Lyon (Auvergne-Rhone-Alpes) over the police killing "
               "of a driver.")[0]
    assert row["event_type"] == "Riots" and row["fatalities"] == 0


def test_a_government_building_stormed_by_rioters_is_no_actor(code):
    row = code("On 6 January 2022, rioters set fire to the city administration building in Aktobe (Aqtobe).")[0]
    assert row["event_type"] == "Riots" and row["actor2"] is None


def test_the_side_entering_a_place_another_left_takes_it_over(code):
    # (dated before the Taliban became the state on 16 August 2021: armed_groups.jsonl state_since)
    row = code("On 2 May 2020, government troops entered Ghazni (Ghazni) after Taliban fighters withdrew from the "
               "town.")[0]
    assert row["sub_event_type"] == "Non-violent transfer of territory"
    assert row["actor1"] == "Military Forces of Afghanistan" and row["actor2"] == "Taliban"
    row = code("On 2 May 2022, soldiers entered Mopti (Mopti) and searched several houses.")
    assert all(r["sub_event_type"] != "Non-violent transfer of territory" for r in row)


def test_gunmen_of_a_rival_clan_are_a_communal_militia(code):
    row = code("On Sunday, gunmen from a rival tribe attacked a hamlet near Mendi, Southern Highlands province, "
               "Papua New Guinea, killing 6 villagers.")[0]
    assert row["actor1"] == "Unidentified Communal Militia (Papua New Guinea)" and row["inter1"] == 4
    assert row["inter2"] == 7
