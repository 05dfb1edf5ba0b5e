"""Rules from summaries_dev11 (incident summaries, 1998-2012), tested on new sentences: a government-run building
named by its kind ('a government girls' high school') is the target of an attack, never the Government as a side."""

import pytest

from coder.api import code_text


@pytest.mark.parametrize("building", [
    "a government girls' high school", "a government boys' primary school", "a government high school",
    "a government middle school", "a government degree college",
])
def test_a_government_school_or_college_is_no_side(building):
    rows = code_text(f"On Tuesday, militants blew up {building} near Charsadda town, Khyber Pakhtunkhwa, Pakistan. "
                     "No one was hurt.", published="2009-01-21")
    assert [r["actor2"] for r in rows] == [None]


def test_the_government_itself_is_still_a_side():
    rows = code_text("On 3 March 2009, militants shot dead a government official in Mingora, Swat, Pakistan.",
                     published="2009-03-04")
    assert [r["actor2"] for r in rows] == ["Government of Pakistan"]


# -- the oil company Shell is no shelling ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, sub_event_type", [
    ("On Sunday, militants kidnapped 4 Shell workers from an oil platform near Brass town, Bayelsa state, Nigeria.",
     "Abduction/forced disappearance"),
    ("On Sunday, gunmen in speedboats attacked a Shell flow station near Warri city, Delta state, Nigeria, killing "
     "6 soldiers guarding it.", "Armed clash"),
    ("On Sunday, militants blew up a Shell pipeline near Nembe town, Bayelsa state, Nigeria. No one was hurt.",
     "Remote explosive/landmine/IED"),
])
def test_shell_the_company_is_no_shelling(text, sub_event_type):
    rows = code_text(text, published="2006-01-16")
    assert [r["sub_event_type"] for r in rows] == [sub_event_type]


def test_shells_fired_are_still_shelling():
    rows = code_text("On Sunday, soldiers fired shells at rebel positions near Warri city, Delta state, Nigeria.",
                     published="2006-01-16")
    assert [r["sub_event_type"] for r in rows] == ["Shelling/artillery/missile attack"]


# -- plural suicide car and truck bombs -----------------------------------------------------------------------------
@pytest.mark.parametrize("bombs", ["2 suicide car bombs", "two suicide truck bombs"])
def test_plural_suicide_vehicle_bombs_are_suicide_bombs(bombs):
    rows = code_text(f"On Wednesday, {bombs} exploded near a police station in Baquba city, Diyala governorate, "
                     "Iraq, killing 9 people.", published="2007-04-12")
    assert [r["sub_event_type"] for r in rows] == ["Suicide bomb"]


# -- two facilities sharing one plural noun before their town -------------------------------------------------------
@pytest.mark.parametrize("text, country, location", [
    ("On Thursday, bombs exploded at Victoria and Waterloo stations in London, United Kingdom, killing 12 people.",
     "United Kingdom", "London"),
    ("On Monday, two bombers blew themselves up at Lubyanka and Park Kultury stations in Moscow, Russia, killing 30.",
     "Russia", "Moscow"),
])
def test_two_facilities_named_after_places_are_not_the_place(text, country, location):
    rows = code_text(text, published="2010-03-30")
    assert [(r["country"], r["location"]) for r in rows] == [(country, location)]


# -- a group blamed later ("was later blamed") and the KCP's acronym ------------------------------------------------
@pytest.mark.parametrize("text, actor1", [
    ("On Saturday night, a bomb exploded outside a bar in Legian town, Bali province, Indonesia, killing 4 people. "
     "Jemaah Islamiyah was later blamed.", "Jemaah Islamiyah"),
    ("On Saturday, a bomb exploded at a bus stop in Thoubal town, Manipur, India, wounding 3 people. Police blamed "
     "the KCP.", "KCP: Kangleipak Communist Party"),
    ("On Saturday, a grenade exploded outside a shop in Thoubal town, Manipur, India. The KCP was subsequently "
     "blamed for the attack.", "KCP: Kangleipak Communist Party"),
])
def test_a_group_blamed_after_the_event_is_actor1(text, actor1):
    rows = code_text(text, published="2005-10-02")
    assert [r["actor1"] for r in rows] == [actor1]


# -- a building seized with hostages is a hostage-taking ------------------------------------------------------------
def test_a_school_seized_with_hostages_in_a_named_town_is_an_abduction():
    rows = code_text("On Wednesday, armed militants seized a school in Mozdok town, North Ossetia, Russia, taking more "
                     "than 300 pupils and teachers hostage.", published="2003-09-04")
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Abduction/forced disappearance", "Civilians (Russia)")]


def test_a_town_seized_with_hostages_is_still_a_takeover():
    rows = code_text("On Wednesday, rebels seized the town of Rutshuru, North Kivu, DR Congo, and took 20 soldiers "
                     "hostage.", published="2008-10-24")
    assert [r["sub_event_type"] for r in rows] == ["Non-state actor overtakes territory"]


# -- 'paramilitary' names the state's own forces in Pakistan, India and Thailand ------------------------------------
@pytest.mark.parametrize("text, actor2", [
    ("On Friday, 2 suicide bombers attacked a paramilitary training centre in Shabqadar town, Khyber Pakhtunkhwa, "
     "Pakistan, killing 30 cadets.", "Military Forces of Pakistan"),
    ("On Friday, Maoists ambushed a paramilitary patrol near Latehar town, Jharkhand, India, killing 4 troopers.",
     "Police Forces of India"),
    ("On Friday, a roadside bomb wounded 3 paramilitary rangers near Rueso town, Narathiwat province, Thailand.",
     "Military Forces of Thailand"),
])
def test_paramilitaries_of_the_state(text, actor2):
    rows = code_text(text, published="2011-05-14")
    assert [r["actor2"] for r in rows] == [actor2]


def test_paramilitaries_elsewhere_are_an_armed_group():
    rows = code_text("On Friday, paramilitaries killed 8 peasants near Barrancabermeja city, Santander department, "
                     "Colombia.", published="2000-05-14")
    assert [(r["actor1"], r["inter1"]) for r in rows] == [("Unidentified Armed Group (Colombia)", 3)]


# -- a force's post raided: the force is the target -----------------------------------------------------------------
@pytest.mark.parametrize("text, actor2", [
    ("On Sunday, NPA rebels raided a police station in Lagawe town, Ifugao province, Philippines, seizing 10 rifles. "
     "No one was hurt.", "Police Forces of the Philippines"),
    ("On Sunday, suspected insurgents raided an army camp in Rueso district, Narathiwat province, Thailand, killing "
     "2 soldiers and stealing 30 rifles.", "Military Forces of Thailand"),
])
def test_a_raided_post_names_its_force_as_the_target(text, actor2):
    rows = code_text(text, published="2011-01-31")
    assert [(r["event_type"], r["actor2"]) for r in rows] == [("Battles", actor2)]


def test_police_raiding_a_house_is_no_attack_on_police():
    rows = code_text("On Sunday, police raided a house in Lagawe town, Ifugao province, Philippines, and arrested 2 "
                     "NPA rebels.", published="2011-01-31")
    assert all(r["actor2"] != "Police Forces of the Philippines" for r in rows)


# -- "N of them" after a count is a part of it ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, total", [
    ("14 marines were killed, 10 of them beheaded.", 14),
    ("9 villagers were killed, 4 of whom were children.", 9),
])
def test_a_part_of_a_count_told_before_adds_no_dead(sentence, total):
    rows = code_text(f"On Tuesday, Abu Sayyaf gunmen attacked a village near Patikul town, Sulu province, Philippines. "
                     f"{sentence}", published="2007-07-11")
    assert [r["fatalities"] for r in rows] == [total]
