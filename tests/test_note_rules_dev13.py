"""Notes, notes_dev13's session: the inter-code pair and the admin1 of ACLED-style notes in the conflicts that
produce most of ACLED's rows.

- a fight over land, grazing, cattle or water is a clash (trg.clash.over_resource), though 'clashed over' alone is a
  dispute of words;
- the force that runs 'an operation against' a group is actor1 and the group actor2, when the sentence tells a death
  or an exchange of fire (trg.engagement.operation_against);
- '<People> gunmen / fighters / (armed) volunteers' is that people's militia when the dictionary lists one
  (actor.people_armed_noun), so 'Meitei and Kuki gunmen' are two identity militias;
- a town alone, or first, in ACLED-style parentheses after a name is a place even when small ('Mayikengo (Lubero)'):
  an unlisted village before it takes its region (place.town_in_parentheses);
- a country's name that is also a town of the region the parentheses name is the town ('Salvador (Bahia)')
  (place.country_name_town).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2024, 11, 8)


def _rows(rows):
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["inter1"], r["inter2"], r["admin1"], r["location"])
            for r in rows]


def test_a_fight_over_land_or_grazing_is_a_clash(code):
    rows = code("On 14 May 2024, Dir and Hawadle clan militias clashed over grazing land near Jalalaqsi (Hiiraan), "
                "killing 3 people.")
    assert [(r["sub_event_type"], r["inter1"], r["inter2"]) for r in rows] == [("Armed clash", 4, 4)], _rows(rows)
    rows = code("On 14 May 2024, Tiv and Jukun militias clashed over farmland in Wukari (Taraba). 6 people were "
                "killed.")
    assert [(r["sub_event_type"], r["inter1"], r["inter2"], r["fatalities"]) for r in rows] == [
        ("Armed clash", 4, 4, 6)], _rows(rows)


def test_clashed_over_a_policy_is_still_no_event(code):
    assert code("On 14 May 2024, opposition lawmakers clashed over land reform in Nairobi.") == []
    assert code("Cabinet ministers clashed over the budget on Tuesday.") == []


def test_the_force_running_an_operation_against_a_group_is_actor1(code):
    rows = code("On 3 June 2024, soldiers launched an operation against Al Shabaab in Jamaame (Lower Juba), killing "
                "7 militants.")
    assert [(r["actor1"], r["actor2"], r["inter1"], r["inter2"]) for r in rows] == [
        ("Military Forces of Somalia", "Al Shabaab", 1, 2)], _rows(rows)
    rows = code("On 3 June 2024, police conducted an operation against the Comando Vermelho in Duque de Caxias "
                "(Rio de Janeiro), killing 2 suspected drug dealers.")
    assert [(r["sub_event_type"], r["inter1"], r["inter2"]) for r in rows] == [("Armed clash", 1, 3)], _rows(rows)


def test_an_operation_without_a_death_or_a_fight_is_no_clash(code):
    rows = code("On 3 June 2024, police launched an operation against drug trafficking in Recife (Pernambuco), "
                "arresting 9 people.")
    assert all(r["event_type"] != "Battles" for r in rows), _rows(rows)


def test_a_known_peoples_gunmen_are_its_militia(code):
    rows = code("On 21 March 2024, Meitei and Kuki gunmen exchanged fire near Tengnoupal (Manipur). No casualties "
                "reported.")
    assert [(r["actor1"], r["actor2"], r["inter1"], r["inter2"]) for r in rows] == [
        ("Meitei Ethnic Militia (India)", "Kuki Ethnic Militia (India)", 4, 4)], _rows(rows)
    rows = code("On 21 March 2024, Kuki armed volunteers fired at Meitei farmers near Bishnupur (Manipur), wounding "
                "1.")
    assert [(r["actor1"], r["inter1"], r["inter2"]) for r in rows] == [("Kuki Ethnic Militia (India)", 4, 7)], \
        _rows(rows)


def test_a_countrys_gunmen_stay_an_unidentified_armed_group(code):
    rows = code("On 21 March 2024, Somali gunmen ambushed a bus near Elwak (Mandera), killing 4 passengers.")
    assert rows and all(r["inter1"] == 3 for r in rows), _rows(rows)


def test_a_village_before_a_town_in_parentheses_takes_the_towns_region(code):
    rows = code("On 8 July 2024, ADF fighters killed 6 civilians in Mamove (Beni).")
    assert [(r["admin1"], r["location"], r["geo_precision"]) for r in rows] == [("North Kivu", "Mamove", 2)], \
        _rows(rows)
    rows = code("On 8 July 2024, Israeli forces raided Burqin (Jenin), killing 1 Palestinian.")
    assert [(r["country"], r["admin1"], r["inter1"]) for r in rows] == [("Palestine", "West Bank", 8)], _rows(rows)


def test_a_country_named_town_in_a_named_region_is_the_town(code):
    rows = code("On 8 July 2024, gunmen shot dead 2 men in Salvador (Bahia).")
    assert [(r["country"], r["admin1"], r["location"]) for r in rows] == [("Brazil", "Bahia", "Salvador")], \
        _rows(rows)
    rows = code("On 8 July 2024, gunmen shot dead 2 men in San Salvador (San Salvador).")
    assert [r["country"] for r in rows] == ["El Salvador"], _rows(rows)


def test_a_town_first_in_the_parentheses_counts_only_inside_the_region_they_name(code):
    rows = code("On 8 July 2024, suspected Kuki militants shot dead a farmer in Leimaram (Bishnupur, Manipur).")
    assert [(r["admin1"], r["location"], r["geo_precision"]) for r in rows] == [("Manipur", "Leimaram", 2)], \
        _rows(rows)
    # a first part that names no town of the region ('Soum', a province) is no namesake abroad
    rows = code("On 8 July 2024, JNIM militants ambushed a convoy near Arbinda (Soum, Sahel).")
    assert [(r["country"], r["admin1"]) for r in rows] == [("Burkina Faso", "Sahel")], _rows(rows)


def test_a_region_in_parentheses_abroad_is_where_a_foreign_force_struck(code):
    rows = code("On 8 July 2024, US forces struck an Islamic State cell in the Cal Miskaad hills (Bari), killing 3 "
                "militants.")
    assert [(r["country"], r["admin1"], r["inter1"]) for r in rows] == [("Somalia", "Bari", 8)], _rows(rows)


def test_a_name_in_parentheses_is_read_as_the_region_before_a_namesake_town(code):
    rows = code("On 8 July 2024, Russian forces shelled Kurdiumivka (Donetsk), killing 1 civilian.")
    assert [(r["country"], r["admin1"]) for r in rows] == [("Ukraine", "Donetsk")], _rows(rows)
    rows = code("On 8 July 2024, a Ukrainian drone struck a fuel depot in Liski district (Voronezh). No casualties "
                "reported.")
    assert [(r["country"], r["admin1"]) for r in rows] == [("Russia", "Voronezh")], _rows(rows)


def test_acled_myanmar_region_halves_are_their_state(code):
    rows = code("On 8 July 2024, TNLA fighters clashed with the military near Kyaukme (Shan-North). Fatalities "
                "unknown.")
    assert [r["admin1"] for r in rows] == ["Shan"], _rows(rows)
    rows = code("On 8 July 2024, military jets bombed Ywathit village (Karenni), killing 3 civilians.")
    assert [r["admin1"] for r in rows] == ["Kayah"], _rows(rows)


def test_soldiers_in_palestine_are_israels_unless_named_palestinian(code):
    rows = code("On 8 July 2024, soldiers raided Askar camp (Nablus) and shot dead a Palestinian youth.")
    assert [(r["actor1"], r["inter1"], r["inter2"]) for r in rows] == [("Military Forces of Israel", 8, 7)], \
        _rows(rows)
    rows = code("On 8 July 2024, Palestinian security forces exchanged fire with gunmen in Tammun (Tubas). No "
                "casualties reported.")
    assert rows and rows[0]["actor1"] != "Military Forces of Israel", _rows(rows)


def test_a_countrys_checkpoint_or_positions_are_its_military(code):
    rows = code("On 8 July 2024, gunmen fired at an Israeli checkpoint near Huwara (Nablus). No casualties reported.")
    assert [(r["sub_event_type"], r["actor2"], r["inter2"]) for r in rows] == [
        ("Armed clash", "Military Forces of Israel", 8)], _rows(rows)
