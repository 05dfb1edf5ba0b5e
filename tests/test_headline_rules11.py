"""Headline forms (session 11): a group named without a count before a reduced passive is the target ("Burkinabe
soldiers ambushed in Soum": ``triggers._reduced_passive``), and the words of blame that name the attackers.

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2019, 4, 2)


def _sides(rows):
    return [(r["actor1"], r["actor2"]) for r in rows]


def test_a_group_without_count_before_a_reduced_passive_is_the_target(code):
    rows = code("Malian soldiers ambushed near Boni; 9 killed")
    assert len(rows) == 1 and rows[0]["actor2"] == "Military Forces of Mali", _sides(rows)
    assert rows[0]["actor1"] != "Military Forces of Mali", _sides(rows)
    rows = code("Policemen shot dead in Peshawar, officials say")
    assert len(rows) == 1 and rows[0]["actor2"] == "Police Forces of Pakistan", _sides(rows)


def test_the_same_group_before_an_object_is_the_attacker(code):
    rows = code("Malian soldiers ambushed jihadists near Boni, killing 9.")
    assert rows and rows[0]["actor1"] == "Military Forces of Mali", _sides(rows)


def test_a_group_blamed_at_the_end_of_a_headline_is_the_attacker(code):
    rows = code("Bus station bombing kills 14 in Maiduguri; Boko Haram blamed")
    assert len(rows) == 1 and rows[0]["actor1"].startswith("Boko Haram"), _sides(rows)
    assert rows[0]["actor2"] == "Civilians (Nigeria)", _sides(rows)
    rows = code("Car bomb kills 6 at Mogadishu checkpoint; Al Shabaab suspected")
    assert len(rows) == 1 and rows[0]["actor1"] == "Al Shabaab", _sides(rows)


def test_tigers_in_sri_lanka_are_the_ltte(code):
    rows = code("Sri Lankan troops kill 23 Tigers in Mullaitivu fighting", published=datetime.date(2008, 9, 2))
    assert len(rows) == 1 and rows[0]["actor2"] == "LTTE: Liberation Tigers of Tamil Eelam", _sides(rows)
    assert rows[0]["event_type"] == "Battles" and rows[0]["actor1"] == "Military Forces of Sri Lanka", _sides(rows)


def test_a_maoist_ambush_in_india_is_cpi_maoist(code):
    rows = code("Nine policemen killed in Maoist ambush in Gadchiroli", published=datetime.date(2009, 10, 9))
    assert len(rows) == 1 and rows[0]["actor1"] == "CPI (Maoist): Communist Party of India (Maoist)", _sides(rows)


def test_a_sports_clash_is_no_event(code):
    assert code("Pakistan edge Sri Lanka in Colombo cricket clash as rain stops play") == []


def test_an_attack_told_after_an_agentless_toll_names_the_sides(code):
    rows = code("Eleven dead as Al Shabaab fighters storm police post in Mandera")
    assert len(rows) == 1 and rows[0]["actor1"] == "Al Shabaab", _sides(rows)
    assert rows[0]["actor2"] == "Police Forces of Kenya" and rows[0]["fatalities"] == 11, _sides(rows)


def test_named_groups_of_the_ucdp_actor_list(code):
    rows = code("Police clashed with Bundu dia Kongo followers in Matadi, leaving 4 dead.")
    assert rows and rows[0]["actor2"] == "BDK: Bundu dia Kongo", _sides(rows)
    rows = code("UCK fighters ambushed a police patrol near Decani on 3 August 1998, killing two officers.")
    assert rows and rows[0]["actor1"] == "KLA: Kosovo Liberation Army", _sides(rows)
    rows = code("Forces of the Presidential Leadership Council repelled a Houthi attack in Marib, killing 8.")
    assert rows and "Military Forces of Yemen" in _sides(rows)[0], _sides(rows)


def test_a_school_named_after_the_army_is_no_army(code):
    rows = code("On Monday, gunmen stormed an Army Public School in Quetta, Balochistan, Pakistan, killing 9 pupils.")
    assert len(rows) == 1 and rows[0]["actor2"] == "Civilians (Pakistan)", _sides(rows)


def test_the_raf_of_west_germany_and_black_september(code):
    rows = code("10/11/1981: RAF militants shot dead a judge in Frankfurt, Hesse, West Germany.",
                published=datetime.date(1981, 10, 12))
    assert rows and rows[0]["actor1"] == "RAF: Red Army Faction", _sides(rows)
    rows = code("03/02/1973: Gunmen killed three diplomats in Khartoum, Sudan. Black September claimed the attack.",
                published=datetime.date(1973, 3, 3))
    assert rows and rows[0]["actor1"] == "Black September Organization", _sides(rows)


def test_the_armed_remnants_of_a_fallen_regime_are_an_armed_group(code):
    rows = code("On 7 March 2025, General Security forces clashed with remnants of the former regime near Qardaha "
                "(Latakia). 9 were killed.", published=datetime.date(2025, 3, 8))
    assert len(rows) == 1 and rows[0]["event_type"] == "Battles", _sides(rows)
    assert rows[0]["actor2"] == "Unidentified Armed Group (Syria)", _sides(rows)
    rows = code("On 7 March 2025, gunmen loyal to the former regime attacked a checkpoint near Jableh (Latakia), killing "
                "3 soldiers.", published=datetime.date(2025, 3, 8))
    assert rows and rows[0]["actor1"] == "Unidentified Armed Group (Syria)", _sides(rows)


def test_a_count_after_around_is_the_object_of_an_active_verb(code):
    rows = code("On 6 March 2023, nurses protested outside the health ministry in Lusaka (Lusaka). Police detained "
                "around 30 of them.", published=datetime.date(2023, 3, 7))
    assert len(rows) == 1 and rows[0]["actor2"] == "Police Forces of Zambia", _sides(rows)


def test_a_state_or_its_capital_that_reports_enemy_dead_fought_them(code):
    rows = code("Kabul says 35 Taliban killed in Kandahar fighting", published=datetime.date(2009, 6, 3))
    assert len(rows) == 1 and rows[0]["actor1"] == "Military Forces of Afghanistan", _sides(rows)
    assert rows[0]["actor2"] == "Taliban", _sides(rows)
    rows = code("Sri Lanka says 14 Tigers killed near Vavuniya", published=datetime.date(2008, 6, 3))
    assert len(rows) == 1 and rows[0]["actor1"] == "Military Forces of Sri Lanka", _sides(rows)
    # a civilian source names no side
    rows = code("Residents say 12 bandits killed in Zamfara fighting", published=datetime.date(2021, 6, 3))
    assert rows and rows[0]["actor1"] != "Civilians (Nigeria)", _sides(rows)


def test_an_encounter_is_a_fight_of_the_security_forces(code):
    rows = code("Two Hizbul militants killed in Pulwama encounter", published=datetime.date(2017, 5, 2))
    assert len(rows) == 1 and rows[0]["actor1"] == "Military Forces of India", _sides(rows)
    assert "actor.encounter_forces" in rows[0]["rule_ids"]
    rows = code("Police killed a gangster in an encounter in Ghaziabad on Sunday.", published=datetime.date(2017, 5, 2))
    assert rows and rows[0]["actor1"] == "Police Forces of India", _sides(rows)
    assert "actor.encounter_forces" not in rows[0]["rule_ids"]


def test_an_air_base_or_army_camp_is_the_military(code):
    rows = code("On Tuesday, militants attacked the Shindand air base in Herat province, Afghanistan.",
                published=datetime.date(2011, 7, 27))
    assert len(rows) == 1 and rows[0]["actor2"] == "Military Forces of Afghanistan", _sides(rows)
    assert rows[0]["event_type"] == "Battles", rows[0]["event_type"]
    rows = code("On Tuesday, gunmen stormed an army camp near Damboa, Borno state, Nigeria, killing 6 soldiers.",
                published=datetime.date(2019, 7, 27))
    assert rows and rows[0]["actor2"] == "Military Forces of Nigeria", _sides(rows)


def test_members_of_an_acronym_a_party_and_an_armed_group_share(code):
    rows = code("On 1 March 2024, a Turkish drone struck a car in Kobani (Aleppo), killing 3 SDF members.",
                published=datetime.date(2024, 3, 2))
    assert rows and rows[0]["actor2"] == "QSD: Syrian Democratic Forces", _sides(rows)
    rows = code("On 1 March 2024, SDF members attacked a CPDM rally in Bamenda (North-West), injuring 3.",
                published=datetime.date(2024, 3, 2))
    assert rows and rows[0]["actor1"] == "SDF: Social Democratic Front", _sides(rows)


def test_a_protest_that_turns_violent_in_the_next_sentence_is_one_violent_demonstration(code):
    rows = code("On 3 March 2024, several thousand farmers protested in Madrid (Madrid) against EU rules. Some "
                "protesters threw stones and set fire to bales of straw.", published=datetime.date(2024, 3, 4))
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Violent demonstration", _sides(rows)
    assert rows[0]["location"] == "Madrid", rows[0]["location"]
    # a riot told elsewhere is another event
    rows = code("On 3 March 2024, farmers protested in Madrid (Madrid). In Valencia, rioters set fire to cars.",
                published=datetime.date(2024, 3, 4))
    assert len(rows) == 2, _sides(rows)


def test_a_backer_set_off_by_commas_is_not_the_subject(code):
    rows = code("On 4 June 2022, the Malian army, backed by Russian mercenaries, recaptured Hombori (Douentza, Mopti) "
                "from JNIM.", published=datetime.date(2022, 6, 5))
    assert rows and rows[0]["actor1"] == "Military Forces of Mali", _sides(rows)


def test_a_peoples_word_before_the_second_of_two_sides(code):
    rows = code("Russian troops and Chechen separatists clash near Argun; 9 killed", published=datetime.date(1995, 3, 2))
    assert len(rows) == 1 and rows[0]["actor1"] == "Military Forces of Russia", _sides(rows)
    assert rows[0]["actor2"] == "Chechen Republic of Ichkeria", _sides(rows)
    rows = code("Georgian troops and Abkhaz separatists clash near Gali; 6 killed", published=datetime.date(1998, 5, 22))
    assert len(rows) == 1 and rows[0]["actor1"] == "Military Forces of Georgia", _sides(rows)
    assert rows[0]["actor2"] is not None and rows[0]["inter2"] == 2, _sides(rows)
