"""Rules found on the second description dev set (fixtures/notes_dev2.jsonl), tested on sentences of our own."""

import datetime

from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2023, 5, 10)  # a Wednesday


# -- places --------------------------------------------------------------------------------------------------
def test_small_town_vouched_for_by_parenthesised_region(code):
    row = code("On 4 May 2023, JNIM militants stormed Solenzo (Boucle du Mouhoun) and burned the town hall.")[0]
    assert row["location"] == "Solenzo" and row["admin1"] == "Boucle du Mouhoun" and row["geo_precision"] == 1
    row = code("On 1 May 2023, ISWAP fighters overran Dikwa (Borno) after the army pulled out.")[0]
    assert row["location"] == "Dikwa" and row["admin1"] == "Borno"


def test_parentheses_naming_another_region_do_not_vouch_for_a_small_namesake(coder_instance):
    mentions = coder_instance.places.find("Fighters raided Dikwa (Katsina) at night.")
    assert [m.text for m in mentions if m.text == "Dikwa"] == []


def test_allegation_after_the_event_keeps_the_place_but_not_its_count(code):
    row = code("On 2 May 2023, a mob lynched a man suspected of kidnapping in Gumla (Jharkhand).")[0]
    assert row["location"] == "Gumla" and row["sub_event_type"] == "Mob violence"
    row = code("On 2 May 2023, a mob lynched a man accused of killing two children in Gumla (Jharkhand).")[0]
    assert row["location"] == "Gumla" and row["fatalities"] == 1


# -- fatalities ----------------------------------------------------------------------------------------------
def test_active_to_death_counts_its_victims():
    finder = FatalityFinder()
    assert finder.total("Villagers beat a suspected thief to death in Gumla.") == 1
    assert finder.total("Militiamen hacked 5 villagers to death near Djugu.") == 5
    assert finder.total("An angry crowd stoned to death two men accused of theft.") == 2
    assert finder.total("Rioters burned the market to the ground.") is None


# -- actors --------------------------------------------------------------------------------------------------
def test_capital_inside_a_longer_place_name_is_no_state_actor(code):
    row = code("On 3 May 2023, insurgents attacked the town of Mocimboa da Praia (Cabo Delgado), killing 2 civilians.")[0]
    assert row["location"] == "Mocimboa da Praia" and row["country"] == "Mozambique"
    assert "Cape Verde" not in (row["actor1"] or "") + (row["actor2"] or "")
    assert row["inter2"] == 7


def test_group_suspected_or_claiming_the_attack_in_a_later_sentence_is_actor1(code):
    row = code("On Monday, a bomb exploded at a bus stop in Maroua, Far North region, Cameroon, killing 3 people. "
               "ISWAP was suspected.")[0]
    assert row["actor1"] == "Islamic State West Africa Province"
    assert row["inter1"] == 2 and row["inter2"] == 7
    row = code("On Sunday, a car bomb killed 4 soldiers at a checkpoint near Baiji, Iraq. Islamic State claimed the "
               "bombing.")[0]
    assert row["actor1"] == "Islamic State (Iraq)" and row["actor2"] == "Military Forces of Iraq"
    row = code("On Sunday, gunmen killed 5 farmers near Gwoza, Borno state, Nigeria. Police blamed the attack on "
               "Boko Haram.")[0]
    assert row["actor1"].startswith("Boko Haram") and row["inter1"] == 2


def test_a_named_initiator_is_not_replaced_by_a_suspected_group(code):
    row = code("On Sunday, soldiers killed 5 gunmen near Gwoza, Borno state, Nigeria. Boko Haram was suspected.")[0]
    assert row["actor1"] == "Military Forces of Nigeria"


# -- roles ---------------------------------------------------------------------------------------------------
def test_side_that_runs_into_a_mine_is_the_target(code):
    row = code("On 6 May 2023, a Malian army truck struck a landmine near Douentza (Mopti). 3 soldiers were killed.")[0]
    assert row["sub_event_type"] == "Remote explosive/landmine/IED"
    assert row["actor2"] == "Military Forces of Mali" and row["inter1"] == 3 and row["inter2"] == 1
    row = code("On 6 May 2023, Burkinabe soldiers stepped on an IED near Djibo, Burkina Faso.")[0]
    assert row["actor2"] == "Military Forces of Burkina Faso" and row["actor1"] != row["actor2"]


def test_target_before_the_weapon_is_actor2(code):
    row = code("On 6 May 2023, Al Shabaab militants hit an army convoy with an IED near Afgooye, Somalia.")[0]
    assert row["actor1"] == "Al Shabaab" and row["actor2"] == "Military Forces of Somalia"


# -- event types ---------------------------------------------------------------------------------------------
def test_attack_with_grenades_is_a_grenade_event(code):
    row = code("On 6 May 2023, gunmen attacked a police post with grenades in Bujumbura, Burundi.")[0]
    assert row["sub_event_type"] == "Grenade"
    assert row["event_type"] == "Explosions/Remote violence" and row["inter2"] == 1
    assert code("On 6 May 2023, police fired stun grenades at protesters in Bujumbura, Burundi.")[0][
        "sub_event_type"] != "Grenade"


def test_attacks_a_deployment_is_meant_to_counter_are_no_event(code):
    row = code("On 6 May 2023, the Nigerian army deployed 500 troops to Gwoza (Borno) to curb Boko Haram attacks.")[0]
    assert row["sub_event_type"] == "Change to group/activity" and row["actor1"] == "Military Forces of Nigeria"


def test_community_leaders_and_activists_killed_are_civilians(code):
    row = code("On 7 May 2023, gunmen shot dead a human rights defender in Tumaco (Narino).")[0]
    assert row["actor2"] == "Civilians (Colombia)" and row["inter2"] == 7
    row = code("On 7 May 2023, suspected militants killed 2 youth leaders near Gwoza (Borno).")[0]
    assert row["inter2"] == 7 and row["event_type"] == "Violence against civilians"


# -- geo precision -------------------------------------------------------------------------------------------
def test_a_district_named_after_its_town_is_precision_2_a_city_district_is_the_city(code):
    row = code("On 7 May 2023, Taliban fighters attacked a police checkpoint in Nahr-e Saraj district (Helmand).")[0]
    assert row["geo_precision"] == 2
    row = code("On Sunday, in the Wadajir district of Mogadishu, Banadir region, Somalia, a car bomb killed 3 "
               "civilians.")[0]
    assert row["location"] == "Mogadishu" and row["geo_precision"] == 1
    row = code("On 7 May 2023, Taliban fighters attacked a police checkpoint in Lashkar Gah (Helmand).")[0]
    assert row["geo_precision"] == 1


def test_party_supporters_or_stone_throwers_clashing_with_police_riot(code):
    rows = code("On 3 May 2023, opposition party supporters clashed with police and torched vehicles in Chittagong, "
                "Bangladesh. A policeman was beaten to death.")
    assert len(rows) == 1
    row = rows[0]
    assert row["sub_event_type"] == "Violent demonstration" and row["inter1"] == 5 and row["inter2"] == 1
    assert row["fatalities"] == 1
    row = code("On 3 May 2023, youths clashed with police and hurled stones in Srinagar (Jammu and Kashmir).")[0]
    assert row["event_type"] == "Riots" and row["actor1"] == "Rioters (India)"


# -- what is not this sentence's event -----------------------------------------------------------------------
def test_rescue_trial_and_protest_subject_are_not_the_event(code):
    assert code("On 7 May 2023, soldiers rescued 9 abducted farmers near Zaria, Nigeria.") == []
    assert code("On 7 May 2023, a court in Bunia, DR Congo sentenced 2 militiamen for the massacre of villagers.") == []
    row = code("On 7 May 2023, traders marched in Kisumu, Kenya to protest over the killing of a trader by police.")[0]
    assert row["sub_event_type"] == "Peaceful protest" and row["fatalities"] == 0
    row = code("On 7 May 2023, gunmen kidnapped 6 travellers near Zaria, Nigeria; troops later rescued 2 of them.")[0]
    assert row["sub_event_type"] == "Abduction/forced disappearance"


def test_region_the_attackers_came_from_is_not_the_event_place(code):
    row = code("On 7 May 2023, raiders from Jonglei attacked a cattle camp in Tonj (Warrap), killing 9 herders.")[0]
    assert row["admin1"] == "Warrap"


def test_a_worker_killed_is_a_civilian(code):
    row = code("On 7 May 2023, militants shot dead a migrant labourer in Shopian (Jammu and Kashmir).")[0]
    assert row["actor2"] == "Civilians (India)"


def test_people_named_by_a_plural_demonym_are_civilians_as_targets(code):
    row = code("On 7 May 2023, Israeli forces detained 4 Palestinians in Hebron (Hebron).")[0]
    assert row["sub_event_type"] == "Arrests" and row["actor2"] == "Civilians (Palestine)" and row["inter2"] == 7
    row = code("On 7 May 2023, gunmen abducted 3 Pakistanis near Zaranj, Afghanistan.")[0]
    assert row["actor2"] == "Civilians (Pakistan)"
    row = code("On 7 May 2023, Russian forces shelled Kherson, Ukraine.")[0]
    assert row["actor1"] == "Military Forces of Russia"  # a demonym as the initiator stays the state


def test_unknown_community_before_militia_names_an_ethnic_militia(code):
    row = code("On 7 May 2023, Twa militiamen killed 4 civilians near Nyunzu (Tanganyika).")[0]
    assert row["actor1"] == "Twa Ethnic Militia (Democratic Republic of Congo)" and row["inter1"] == 4
    row = code("On 7 May 2023, Gabra militia clashed with Borana militia near Moyale, Kenya. 3 people were killed.")[0]
    assert row["inter1"] == 4 and row["inter2"] == 4 and row["actor1"] == "Gabra Ethnic Militia (Kenya)"
    row = code("On 7 May 2023, armed militiamen attacked a village near Djugu (Ituri), killing 3 villagers.")[0]
    assert row["actor1"] == "Unidentified Armed Group (Democratic Republic of Congo)"  # an adjective, no community


def test_parenthesised_region_is_read_in_the_note_country(code):
    row = code("On 7 May 2023, unidentified men burned a school in Bamenda (North-West).")[0]
    assert row["country"] == "Cameroon" and row["admin1"] == "North-West" and row["location"] == "Bamenda"
    # a group pointing to Mali, a region only Burkina Faso (next door) has
    row = code("On 7 May 2023, JNIM militants attacked a gendarmerie post in Koutougou (Soum, Sahel).")[0]
    assert row["country"] == "Burkina Faso" and row["admin1"] == "Sahel"


def test_lga_and_township_suffixes_make_a_district_place(code):
    row = code("On 7 May 2023, Zamfara bandits attacked a village in Faskari LGA (Katsina), killing 5 villagers.")[0]
    assert row["location"] == "Faskari" and row["admin1"] == "Katsina" and row["geo_precision"] == 2
    row = code("On 7 May 2023, the military shelled villages in Kanbalu township (Sagaing).")[0]
    assert row["location"] == "Kanbalu" and row["geo_precision"] == 2


def test_month_first_numeric_date_when_day_first_is_after_publication(code):
    row = code("05/12/2015: Assailants attacked a village near Gwoza, Borno state, Nigeria, killing 4 villagers.",
               datetime.date(2015, 5, 14))[0]
    assert row["event_date"] == datetime.date(2015, 5, 12)
    row = code("On 05/12/2015, assailants attacked a village near Gwoza, Borno state, Nigeria.",
               datetime.date(2016, 1, 10))[0]
    assert row["event_date"] == datetime.date(2015, 12, 5)  # day first when both readings are past


def test_blogger_or_politician_attacked_is_a_civilian(code):
    row = code("On 7 May 2023, assailants hacked a blogger to death in Dhaka, Bangladesh.")[0]
    assert row["actor2"] == "Civilians (Bangladesh)" and row["fatalities"] == 1
    row = code("On 7 May 2023, gunmen abducted a local politician near Kaduna, Nigeria.")[0]
    assert row["actor2"] == "Civilians (Nigeria)"


def test_election_workers_killed_are_civilians(code):
    row = code("On 7 May 2023, assailants attacked a polling station in Kandahar, Afghanistan. Three election workers "
               "were killed.")[0]
    assert row["actor2"] == "Civilians (Afghanistan)" and row["event_type"] == "Violence against civilians"


def test_people_named_by_a_demonym_in_a_gunbattle_stay_a_fighting_side(code):
    row = code("On 7 May 2023, Serb forces killed three ethnic Albanians in a gunbattle near Presevo, Serbia.")[0]
    assert row["event_type"] == "Battles" and row["inter2"] != 7
