"""Notes, notes_dev17's session: Latin America, the Caribbean and South and Southeast Asia, 2019-2025.

- an armed group that became a state's forces is named as them from that day (armed_groups.jsonl ``state_since``,
  coder.match.successors, rule actor.group_became_state): the Taliban from 16 August 2021 are Military Forces of
  Afghanistan (inter 1); before that day they stay the Taliban (2), and in Pakistan 'Taliban' still names the TTP;
- 'X claimed a grenade attack', 'claimed the suicide bombing': a claim of an attack named with a weapon word or two
  before it makes X actor1 (assemble._CLAIM_AFTER), not 'claimed a series of attacks';
- 'attacked a police station with hand grenades and small arms': grenades used with guns on an armed side are a
  fight (trg.grenade.with blockers), while 'attacked ... with grenades' alone stays a grenade attack;
- 'in the Santa Fe neighbourhood of Tijuana': a part of a town named before the town is no place of its own, even
  when a namesake town lies in the same region (resolved._PART_OF);
- 'clashed in rural Fortul': the countryside of a town is near it (geo precision 2; resolved._NEAR_BEFORE);
- 'a transition to civilian life', 'gunmen in civilian clothes' name no civilians (agt.civilians exclude);
- 'Ansar al-Islam' in Bangladesh is the Ansarullah Bangla Team, in Iraq its own group (by_country);
- a killed owner, pusher or peddler is a person (fatality_grammar.PERSON): 'shot dead a shop owner' is 1 dead;
- a clandestine or secret grave found is a mass grave (trg.massacre.grave): an attack on civilians with its dead;
- 'arrested 12 gang members and seized rifles': the arrest outranks the seizure (event_classes.csv priorities),
  while a seizure alone stays a disrupted weapons use;
- two factions of one group named apart on both sides ('Los Chapitos clashed with La Mayiza gunmen') are both that
  group (rows._distinct_generics), not one side;
- troops that arrive 'to join' or 'to reinforce' a force are deployed (trg.deployment.arrived_ctx); a leader's
  arrival is no deployment.

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2024, 6, 1)


def _rows(rows):
    return [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"], r["inter1"], r["inter2"],
             r["fatalities"], r["location"], r["geo_precision"]) for r in rows]


def test_taliban_after_august_2021_are_the_state(code):
    rows = code("On 12 March 2024, IS-K militants ambushed a Taliban patrol near Jalalabad (Nangarhar), killing 2 "
                "Taliban fighters.")
    assert [(r["event_type"], r["actor1"], r["actor2"], r["inter2"]) for r in rows] == [
        ("Battles", "Islamic State Khorasan Province", "Military Forces of Afghanistan", 1)], _rows(rows)


def test_taliban_before_august_2021_stay_the_rebel_group(code):
    rows = code("On 12 March 2020, Taliban fighters attacked a police checkpoint in Maidan Shahr (Wardak), "
                "killing 3 policemen.", datetime.date(2020, 3, 13))
    assert [(r["actor1"], r["inter1"], r["actor2"]) for r in rows] == [
        ("Taliban", 2, "Police Forces of Afghanistan")], _rows(rows)


def test_taliban_in_pakistan_stay_the_ttp_after_2021(code):
    rows = code("On 2 February 2024, Taliban gunmen attacked a police post in Lakki Marwat (Khyber Pakhtunkhwa), "
                "killing a constable.")
    assert [(r["actor1"], r["inter1"]) for r in rows] == [("TTP: Tehreek-e-Taliban Pakistan", 2)], _rows(rows)


def test_claimed_grenade_attack_names_the_claimer(code):
    rows = code("On 4 April 2024, the BLA claimed a grenade attack on a Frontier Corps vehicle in Turbat "
                "(Balochistan). No casualties were reported.")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("Grenade", "BLA: Balochistan Liberation Army", "Military Forces of Pakistan")], _rows(rows)


def test_claimed_series_of_attacks_is_no_claim_of_this_one(code):
    rows = code("On 4 April 2024, gunmen shot dead 2 policemen in Turbat (Balochistan). The BLA has claimed a "
                "series of attacks in the district this year.")
    assert [r["actor1"] for r in rows] == ["Unidentified Armed Group (Pakistan)"], _rows(rows)


def test_grenades_and_small_arms_on_an_armed_side_are_a_fight(code):
    rows = code("On 9 May 2024, militants attacked an army camp in Rajouri (Jammu and Kashmir) with grenades and "
                "automatic weapons, killing a soldier.")
    assert [(r["event_type"], r["sub_event_type"], r["fatalities"]) for r in rows] == [
        ("Battles", "Armed clash", 1)], _rows(rows)


def test_grenades_alone_stay_a_grenade_attack(code):
    rows = code("On 9 May 2024, militants attacked a police post in Rajouri (Jammu and Kashmir) with grenades.")
    assert [r["sub_event_type"] for r in rows] == ["Grenade"], _rows(rows)


def test_neighbourhood_of_a_town_is_the_town(code):
    rows = code("On 20 May 2024, gunmen shot dead a shopkeeper in the Santa Fe neighbourhood of Tijuana (Tijuana, "
                "Baja California).")
    assert [(r["location"], r["admin1"]) for r in rows] == [("Tijuana", "Baja California")], _rows(rows)


def test_rural_town_is_near_the_town(code):
    rows = code("On 14 May 2024, soldiers clashed with EMC dissidents in rural Suarez (Cauca). 2 dissidents were "
                "killed.")
    assert [(r["location"], r["geo_precision"]) for r in rows] == [("Suárez", 2)] or \
        [(r["admin1"], r["geo_precision"]) for r in rows] == [("Cauca", 2)], _rows(rows)


def test_civilian_life_names_no_civilians(code):
    rows = code("On 10 May 2024, the government and the Comuneros del Sur signed an agreement in Pasto (Narino) on "
                "the fighters' return to civilian life.")
    assert [(r["sub_event_type"], r["actor2"], r["inter2"]) for r in rows] == [
        ("Agreement", "Comuneros del Sur", 2)], _rows(rows)


def test_ansar_al_islam_in_bangladesh_is_the_abt(code):
    rows = code("On 3 March 2024, police arrested 2 suspected Ansar al-Islam members in Gazipur (Dhaka).")
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Arrests", "Ansarullah Bangla Team")], _rows(rows)


def test_killed_owner_is_one_dead(code):
    rows = code("On 11 May 2024, riding-in-tandem gunmen shot dead a sari-sari store owner in Cebu City (Cebu).")
    assert [(r["event_type"], r["fatalities"]) for r in rows] == [("Violence against civilians", 1)], _rows(rows)


def test_clandestine_grave_is_an_attack_with_its_dead(code):
    rows = code("On 2 May 2024, volunteers searching for missing relatives found a clandestine grave with 7 bodies in "
                "Irapuato (Irapuato, Guanajuato).")
    assert [(r["sub_event_type"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Attack", "Civilians (Mexico)", 7)], _rows(rows)


def test_arrest_with_weapons_seized_is_an_arrest(code):
    rows = code("On 6 May 2024, police arrested 5 suspected Tren de Aragua members and seized pistols and grenades in "
                "Maracay (Aragua).")
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Arrests", "Tren de Aragua")], _rows(rows)


def test_weapons_seized_alone_stay_a_disrupted_weapons_use(code):
    rows = code("On 6 May 2024, soldiers seized 60 rifles and 3 tonnes of explosives in a warehouse in Maracay "
                "(Aragua).")
    assert [r["sub_event_type"] for r in rows] == ["Disrupted weapons use"], _rows(rows)


def test_two_factions_of_one_cartel_are_both_sides(code):
    rows = code("On 8 May 2024, members of Los Chapitos clashed with La Mayiza gunmen in Elota (Elota, Sinaloa).")
    assert [(r["actor1"], r["actor2"], r["inter2"]) for r in rows] == [
        ("Sinaloa Cartel", "Sinaloa Cartel", 3)], _rows(rows)


def test_troops_arriving_to_join_a_force_are_deployed(code):
    rows = code("On 9 May 2024, 80 Bahamian soldiers landed in Port-au-Prince (Ouest) to reinforce the MSS.")
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [
        ("Change to group/activity", "Military Forces of the Bahamas")], _rows(rows)


def test_a_leader_arriving_is_no_deployment(code):
    rows = code("On 9 May 2024, the prime minister arrived in Port-au-Prince (Ouest) to join the talks.")
    assert rows == [], _rows(rows)
