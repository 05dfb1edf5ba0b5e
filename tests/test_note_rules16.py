"""Notes, notes_dev16's session: explosions/remote violence and strategic developments of 2022-2025 (interceptions,
drone attacks on infrastructure, ship seizures, a group's dissolution, deals with a mediator).

- what air defence destroys or neutralises, or 'shot them down', is a disrupted weapons use
  (trg.attack_foiled.air_defence_ctx, trg.attack_foiled.intercepted_ctx), not property destruction; an air defence
  system destroyed by a strike stays the strike's;
- Israel's Iron Dome and David's Sling are Israel's forces (org.isr_mil aliases);
- a weapon system one side alone fires in a war names that side ('12 Shahed drones' over Ukraine are Russia's,
  'ATACMS missiles' over Russia are Ukraine's; weapon_users.jsonl, actor.weapon_user);
- 'drones attacked' is a drone strike (trg.drone_struck), so a drone attack on a refinery has no civilian target;
- a country's name in '-flagged' / '-made' names no side ('a Liberia-flagged tanker', 'Iranian-made drones');
- a ship seized at sea is property seized (trg.looting.vessel_seized); weapons seized stay a weapons seizure;
- 'X announced its dissolution': X is the initiator of that change to its group (trg.demobilization.dissolution);
- the mediator of a deal is no party to it (actor.mediator: 'under Qatari mediation', 'brokered by Turkey');
- a former army named by what it left ('former army barracks') names no side, no civilians;
- a listed town first in the parentheses after 'X village' places the village near it (geo precision 2), as after
  'X' alone (place.town_in_parentheses);
- 'hit the X fuel port (Region)', 'the X air base (Region)': the unlisted name of a port or base is the location
  (place.unlisted);
- an army's ammunition depot is a military target, so the army is the strike's other side (roles
  _INSTALLATION_AFTER no longer lists ammunition depots; pipelines and fuel depots stay property).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2025, 2, 10)


def _rows(rows):
    return [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"], r["inter1"], r["inter2"],
             r["location"]) for r in rows]


def test_air_defence_destroying_drones_is_a_disrupted_weapons_use(code):
    rows = code("On 7 February 2025, Ukrainian air defence destroyed 21 drones over Poltava oblast (Poltava). No "
                "casualties reported.")
    assert [(r["sub_event_type"], r["actor1"], r["inter1"]) for r in rows] == [
        ("Disrupted weapons use", "Military Forces of Ukraine", 1)], _rows(rows)
    rows = code("On 7 February 2025, Russian air defences neutralised 9 drones over Voronezh (Voronezh).")
    assert [r["sub_event_type"] for r in rows] == ["Disrupted weapons use"], _rows(rows)


def test_shot_them_down_is_an_interception(code):
    rows = code("On 6 February 2025, Kataib Hezbollah launched two drones at Ain al-Asad air base (Anbar); US air "
                "defences shot them down.")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("Disrupted weapons use", "Military Forces of the United States", "Kataib Hezbollah")], _rows(rows)


def test_a_strike_that_destroys_an_air_defence_system_is_no_interception(code):
    rows = code("On 8 February 2025, Ukrainian drones destroyed a Russian air defence system near Dzhankoi (Crimea).")
    assert rows and all(r["sub_event_type"] != "Disrupted weapons use" for r in rows), _rows(rows)


def test_iron_dome_is_israels_forces(code):
    rows = code("On 4 February 2025, the Iron Dome intercepted 3 rockets fired by Hamas at Ashkelon (Southern).")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"], r["inter1"]) for r in rows] == [
        ("Disrupted weapons use", "Military Forces of Israel", "Hamas Movement", 1)], _rows(rows)


def test_a_weapon_one_side_fires_names_that_side(code):
    rows = code("On 2 February 2025, Ukrainian air defence shot down 30 Geran drones over Odesa oblast (Odesa).")
    assert [(r["actor1"], r["actor2"], r["inter2"]) for r in rows] == [
        ("Military Forces of Ukraine", "Military Forces of Russia", 8)], _rows(rows)
    rows = code("On 2 February 2025, an Iskander missile struck a hotel in Kharkiv city (Kharkiv), killing 2 civilians.")
    assert [(r["actor1"], r["inter1"], r["actor2"]) for r in rows] == [
        ("Military Forces of Russia", 8, "Civilians (Ukraine)")], _rows(rows)
    rows = code("On 2 February 2025, Russian air defence intercepted 4 Storm Shadow missiles over Bryansk (Bryansk).")
    assert [(r["actor1"], r["actor2"], r["inter2"]) for r in rows] == [
        ("Military Forces of Russia", "Military Forces of Ukraine", 8)], _rows(rows)


def test_a_weapon_name_outside_its_war_names_no_side(code):
    rows = code("On 2 February 2025, the Iron Dome intercepted a Shahed drone over Eilat (Southern).")
    assert all(r["actor2"] != "Military Forces of Russia" for r in rows), _rows(rows)
    rows = code("On 2 February 2025, Russian forces shelled Kherson city (Kherson), a doctor told the Lancet.")
    assert [r["actor1"] for r in rows] == ["Military Forces of Russia"], _rows(rows)


def test_drones_attacking_a_refinery_is_a_drone_strike_without_civilians(code):
    rows = code("On 5 February 2025, Ukrainian drones attacked an oil depot in Liski (Voronezh). No casualties "
                "reported.")
    assert [(r["event_type"], r["sub_event_type"], r["actor2"]) for r in rows] == [
        ("Explosions/Remote violence", "Air/drone strike", None)], _rows(rows)


def test_flag_and_maker_states_are_no_sides(code):
    rows = code("On 3 February 2025, Houthi forces fired a missile at a Liberia-flagged tanker off Mocha (Taiz).")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Houthi Movement", None)], _rows(rows)
    rows = code("On 3 February 2025, Russian forces launched Iranian-made drones at Sumy city (Sumy).")
    assert all("Iran" not in str(r["actor2"]) for r in rows), _rows(rows)


def test_a_ship_seized_at_sea_is_property_seized(code):
    rows = code("On 1 February 2025, IRGC naval forces seized an oil tanker in the Strait of Hormuz off Bandar Abbas "
                "(Hormozgan).")
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [
        ("Looting/property destruction", "Military Forces of Iran")], _rows(rows)
    rows = code("On 1 February 2025, coast guards seized weapons from a fishing vessel off Bosaso (Bari).")
    assert [r["sub_event_type"] for r in rows] == ["Disrupted weapons use"], _rows(rows)


def test_a_group_announcing_its_dissolution_is_the_initiator(code):
    rows = code("On 9 February 2025, Ahrar al-Sham announced its dissolution in Idlib city (Idlib).")
    assert [(r["sub_event_type"], r["inter1"]) for r in rows] == [("Change to group/activity", 2)], _rows(rows)
    rows = code("On 9 February 2025, the PKK announced its dissolution at a congress in Duhok (Duhok).")
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [
        ("Change to group/activity", "PKK: Kurdistan Workers' Party")], _rows(rows)


def test_the_mediator_of_a_deal_is_no_party(code):
    rows = code("On 6 February 2025, M23 and the Congolese army agreed to a ceasefire in Goma (North Kivu) under "
                "Qatari mediation.")
    assert rows and all("Qatar" not in str(r["actor1"]) + str(r["actor2"]) for r in rows), _rows(rows)
    rows = code("On 6 February 2025, Russia and Ukraine exchanged 150 prisoners of war in Sumy oblast (Sumy) in a "
                "swap brokered by Turkey and the United Arab Emirates.")
    assert rows and all(r["actor1"] not in ("Government of Turkey", "Government of United Arab Emirates")
                        and r["actor2"] not in ("Government of Turkey", "Government of United Arab Emirates")
                        for r in rows), _rows(rows)


def test_a_former_army_named_by_what_it_left_is_no_side(code):
    rows = code("On 4 February 2025, Israeli aircraft struck former Syrian army barracks near Qardaha (Latakia).")
    assert [(r["actor1"], r["actor2"], r["civilian_targeting"]) for r in rows] == [
        ("Military Forces of Israel", None, None)], _rows(rows)
    rows = code("On 4 February 2025, gunmen shot dead a former army officer in Homs (Homs).")
    assert [r["actor2"] for r in rows] == ["Civilians (Syria)"], _rows(rows)


def test_a_listed_town_after_a_village_word_places_the_village_near_it(code):
    rows = code("On 1 February 2025, junta troops burned 40 houses in Nyaung Pin Thar village (Monywa, Sagaing). No "
                "casualties reported.")
    assert [(r["location"], r["admin1"], r["geo_precision"], round(r["latitude"], 1)) for r in rows] == [
        ("Nyaung Pin Thar", "Sagaing", 2, 22.1)], _rows(rows)
    rows = code("On 1 February 2025, gunmen killed 2 farmers in Tse Akaa village (Makurdi, Benue).")
    assert [(r["location"], r["geo_precision"]) for r in rows] == [("Tse Akaa", 2)], _rows(rows)


def test_a_port_or_base_named_before_its_region_is_the_location(code):
    rows = code("On 30 January 2025, US aircraft hit the Ras Kathib naval base (Al Hudaydah). Fatalities unknown.")
    assert [(r["location"], r["admin1"], r["geo_precision"]) for r in rows] == [
        ("Ras Kathib", "Al Hudaydah", 3)], _rows(rows)
    rows = code("On 30 January 2025, drones struck the Tiyas air base (Homs). No casualties reported.")
    assert [(r["location"], r["admin1"]) for r in rows] == [("Tiyas", "Homs")], _rows(rows)


def test_an_armys_ammunition_depot_struck_from_the_air_strikes_the_army(code):
    rows = code("On 28 January 2025, Ukrainian drones struck a Russian army ammunition depot near Kotluban "
                "(Volgograd). Fatalities unknown.")
    assert [(r["actor1"], r["actor2"], r["inter2"]) for r in rows] == [
        ("Military Forces of Ukraine", "Military Forces of Russia", 1)], _rows(rows)
    rows = code("On 28 January 2025, Ukrainian drones struck an oil depot in Liski (Voronezh). No casualties "
                "reported.")
    assert [r["actor2"] for r in rows] == [None], _rows(rows)
