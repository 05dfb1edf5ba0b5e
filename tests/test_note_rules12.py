"""Note rules, session 12 (found on fixtures/notes_dev9.jsonl: conflicts the note sets covered thinly). Every
sentence is new."""

import datetime

import pytest

PUB = datetime.date(2024, 6, 1)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- 1. '1 fatality.' closes many ACLED notes ---------------------------------------------------------------
def test_one_fatality_sentence_is_the_toll(code):
    row = _one(code("On 3 April 2024, an Israeli drone struck a car near Aitaroun (Nabatieh). 1 fatality.", PUB))
    assert row["fatalities"] == 1


def test_two_fatalities_sentence_is_the_toll(code):
    row = _one(code("On 9 March 2023, gunmen attacked a bus near Kajiado (Kajiado). 2 fatalities.", PUB))
    assert row["fatalities"] == 2


# -- 2. strike and protest forms of South Asia ---------------------------------------------------------------
def test_shutter_down_strike_is_a_peaceful_protest(code):
    row = _one(code("On 4 March 2024, traders observed a shutter-down strike in Rawalakot (Azad Kashmir) against "
                    "rising flour prices.", PUB))
    assert row["sub_event_type"] == "Peaceful protest" and row["actor1"] == "Protesters (Pakistan)"


def test_wheel_jam_strike_is_a_peaceful_protest(code):
    row = _one(code("On 2 February 2024, transporters held a wheel-jam strike in Quetta (Balochistan).", PUB))
    assert row["event_type"] == "Protests"


def test_hartal_enforcers_burning_buses_are_rioters(code):
    row = _one(code("On 5 November 2023, party activists enforcing a hartal torched a bus in Sylhet (Sylhet).", PUB))
    assert row["event_type"] == "Riots" and row["actor1"] == "Rioters (Bangladesh)"


# -- 3. strategic developments ------------------------------------------------------------------------------
def test_zakat_collection_by_an_armed_group_is_other(code):
    row = _one(code("On 2 August 2022, Al Shabaab militants collected zakat from farmers in Bulo Burte (Hiraan).",
                    PUB))
    assert row["sub_event_type"] == "Other" and row["actor1"] == "Al Shabaab"


def test_extradition_as_the_motive_is_no_arrest(code):
    row = _one(code("On 9 May 2022, gang members set fire to 3 lorries near Monteria (Cordoba) after the "
                    "extradition of their commander.", PUB))
    assert row["sub_event_type"] == "Looting/property destruction"


def test_fighters_handing_over_their_rifles_demobilise(code):
    row = _one(code("On 8 June 2023, 15 NPA rebels surrendered to the army in Baggao (Cagayan) and handed over "
                    "their rifles.", PUB))
    assert row["sub_event_type"] == "Change to group/activity"
    assert row["actor1"] == "NPA: New People's Army"


# -- 4. drones named as the weapon ---------------------------------------------------------------------------
def test_attack_with_drones_is_a_drone_strike(code):
    row = _one(code("On 11 May 2024, RSF fighters attacked army positions with drones in Shendi (River Nile).", PUB))
    assert row["sub_event_type"] == "Air/drone strike"


# -- 5. actors -----------------------------------------------------------------------------------------------
def test_a_count_before_a_singular_demonym_names_a_person(code):
    row = _one(code("On 6 June 2024, gunmen attacked a checkpoint near Nablus (West Bank). 1 Palestinian was "
                    "shot dead.", PUB))
    assert row["actor2"] == "Civilians (Palestine)" and row["event_type"] == "Violence against civilians"


def test_a_count_before_a_demonym_adjective_names_no_person(code):
    row = _one(code("On 3 January 2024, Ukrainian air defence shot down 12 Russian Shahed drones over Odesa (Odesa).",
                    PUB))
    assert not (row["actor2"] or "").startswith("Civilians")


def test_troops_after_a_rebel_group_are_its_troops(code):
    row = _one(code("On 4 April 2024, KIA troops and junta soldiers clashed near Waingmaw (Kachin).", PUB))
    assert row["actor1"] == "KIA: Kachin Independence Army"
    assert row["actor2"] == "Military Forces of Myanmar"


def test_what_a_fired_on_protest_was_against_is_no_side(code):
    row = _one(code("On 12 July 2022, soldiers opened fire on residents protesting against MONUSCO in Butembo "
                    "(North Kivu), killing 3 people.", PUB))
    assert row["sub_event_type"] == "Excessive force against protesters"
    assert row["actor2"].startswith("Military Forces of")


# -- 6. a village the gazetteer lacks, after a verb or a noun of people ------------------------------------
def test_unlisted_village_as_the_object_of_attacked(code):
    row = _one(code("On 7 May 2023, JNIM militants attacked Kourakou (Boucle du Mouhoun), killing 9 villagers.",
                    PUB))
    assert row["location"] == "Kourakou" and row["geo_precision"] == 3


def test_unlisted_village_after_residents_of_is_near_its_listed_town(code):
    row = _one(code("On 2 October 2023, gang members shot dead 4 residents of Bercy (Saint-Marc, Artibonite).", PUB))
    assert row["location"] == "Bercy" and row["geo_precision"] == 2 and row["admin1"] == "Artibonite"


def test_unlisted_village_bombed_on_is_near_its_township_town(code):
    row = _one(code("On 4 March 2024, a military jet dropped bombs on Ohn Taw village (Kanbalu township, Sagaing), "
                    "killing 3 civilians.", PUB))
    assert row["location"] == "Ohn Taw" and row["geo_precision"] == 2


# -- 7. two rival crowds: mob violence, rioters on both sides ----------------------------------------------
def test_supporters_of_two_rival_leaders_clashing_are_two_rioter_sides(code):
    row = _one(code("On 9 February 2024, supporters of two rival councillors clashed with bamboo sticks in "
                    "Sirajganj (Rajshahi). 12 people were injured.", PUB))
    assert row["sub_event_type"] == "Mob violence"
    assert row["actor1"] == row["actor2"] == "Rioters (Bangladesh)"


# -- 8. geo precision of areas named after their centre -----------------------------------------------------
def test_a_hromada_is_the_area_of_its_centre_town(code):
    row = _one(code("On 6 May 2024, Russian forces shelled Vovchansk hromada (Chuhuivskyi raion, Kharkiv), "
                    "injuring 2 civilians.", PUB))
    assert row["location"] == "Vovchansk" and row["geo_precision"] == 2


def test_a_province_below_admin1_in_parentheses_vouches_for_its_town(code):
    row = _one(code("On 19 July 2023, soldiers clashed with NPA rebels in Sitio Mabuhay, Lianga "
                    "(Surigao del Sur).", PUB))
    assert row["location"] == "Lianga" and row["admin1"] == "Caraga"


# -- 9. settlers ---------------------------------------------------------------------------------------------
def test_bare_settlers_in_the_west_bank_are_israeli_settlers(code):
    row = _one(code("On 21 April 2023, settlers set fire to 3 cars in Turmus Ayya (West Bank).", PUB))
    assert row["actor1"] == "Settlers (Israel)" and row["inter1"] == 4


def test_settlers_elsewhere_are_a_communal_militia(code):
    row = _one(code("On 2 June 2022, settlers clashed with Fulani herders near Barkin Ladi (Plateau).", PUB))
    assert row["actor1"] == "Unidentified Communal Militia (Nigeria)"


# -- 10. the location as the text spells it --------------------------------------------------------------------
@pytest.mark.parametrize("text, location", [
    # the text's spelling of the town, and its common English name
    ("On 2 March 2024, Russian forces shelled Kupiansk (Kharkiv), injuring 1 civilian.", "Kupiansk"),
    ("On 19 June 2023, Israeli forces raided Jenin (West Bank) and clashed with militants.", "Jenin"),
    # a kind word after the town is not part of its name
    ("On 8 May 2024, a Russian drone hit a house in Kherson city (Kherson), killing 1 civilian.", "Kherson"),
    # a town in capitals takes the gazetteer's name
    ("On 8 May 2024, gunmen killed 2 traders in KADUNA (Kaduna).", "Kaduna"),
    # a longer local name the gazetteer shortens is kept, and so is a capitalised city word of the name
    ("On 4 July 2024, gunmen shot dead 3 men in Frontera Comalapa (Chiapas).", "Frontera Comalapa"),
    ("On 4 July 2024, police dispersed a rally of jeepney drivers in Quezon City (Metro Manila).", "Quezon City"),
])
def test_the_location_is_the_town_as_the_text_names_it(code, text, location):
    assert _one(code(text, PUB))["location"] == location


def test_the_texts_spelling_keeps_the_gazetteers_region(code):
    row = _one(code("On 2 March 2024, Russian forces shelled Kupiansk (Kharkiv), injuring 1 civilian.", PUB))
    assert row["admin1"] == "Kharkiv"


def test_farc_dissidents_of_a_named_structure_are_that_structure(code):
    row = _one(code("On 21 February 2024, EMC FARC dissidents ambushed a police patrol near Suarez (Cauca).", PUB))
    assert row["actor1"] == "EMC: Central General Staff"
    row = _one(code("On 9 June 2024, FARC dissidents of the Segunda Marquetalia clashed with the army near "
                    "Tumaco (Narino).", PUB))
    assert row["actor1"] == "Segunda Marquetalia"
