"""Engine rules on short texts of our own: datelines, namesakes, victims, roles, anaphora, history."""

import datetime

import pytest

PUB = datetime.date(2023, 3, 6)  # a Monday


def test_dateline_is_not_actor_place_or_date(code):
    rows = code("BAMAKO, March 6 - A roadside bomb killed three soldiers near Gao on Saturday, the army said.")
    assert len(rows) == 1
    row = rows[0]
    assert row["event_date"] == datetime.date(2023, 3, 4)
    assert row["location"] == "Gao" and row["country"] == "Mali"
    assert row["actor1"] == "Unidentified Armed Group (Mali)"  # not the dateline's capital as a state actor


def test_unnamed_victims_are_civilians(code):
    row = code("Gunmen killed twelve people at a market in Maiduguri on Sunday.")[0]
    assert row["actor2"] == "Civilians (Nigeria)" and row["inter2"] == 7
    assert row["event_type"] == "Violence against civilians" and row["civilian_targeting"] == "Civilian targeting"


def test_passive_voice_roles(code):
    row = code("Four soldiers were killed by Al Shabaab fighters near Afgooye on Sunday.")[0]
    assert row["actor1"] == "Al Shabaab" and row["actor2"] == "Military Forces of Somalia"
    assert row["fatalities"] == 4


def test_reporting_source_is_not_a_target(code):
    row = code("Gunmen attacked a village near Jos on Sunday, killing five people, police said.")[0]
    assert row["actor2"] != "Police Forces of Nigeria"


def test_anaphoric_mention_merges(code):
    rows = code("Warplanes struck the town of Ariha in Syria on Sunday. The strikes killed four civilians.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 4


def test_two_places_two_events(code):
    rows = code("Militants attacked a police post in Bannu, Pakistan on Sunday. On Monday, militants attacked "
                "an army checkpoint in Quetta.")
    assert {r["location"] for r in rows} == {"Bannu", "Quetta"}


def test_history_and_threats_are_not_events(code):
    assert code("The group has carried out many attacks in the past. It vowed to attack Kabul.") == []


def test_foreign_forces_are_external(code):
    row = code("Russian forces shelled Kharkiv, Ukraine on Sunday, killing two civilians.")[0]
    assert row["actor1"] == "Military Forces of Russia" and row["inter1"] == 8


def test_unnamed_side_retaking_a_town_is_the_state(code):
    row = code("Its forces recaptured the village of Yatskivka in the Donetsk region of Ukraine on Sunday.")[0]
    assert row["sub_event_type"] == "Government regains territory"
    assert row["actor1"] == "Military Forces of Ukraine" and row["inter1"] == 1


def test_parenthetical_region_with_variant_spelling(code):
    row = code("On 5 March 2023, Al Shabaab militants attacked a base in Xyzville (Lower Shabelle). "
               "Three soldiers were killed.")[0]
    assert row["country"] == "Somalia" and row["admin1"] == "Lower Shabelle" and row["geo_precision"] == 3


@pytest.mark.parametrize("text,fatalities", [
    ("Nine villagers die in renewed tribal fighting near Jos", 9),
    ("Eight dead in Maiduguri market", 8),
    ("Bloody weekend in Kaduna leaves 14 dead", 14),
    ("Reuters, 11/2/1997 Twenty guerrillas, three police die in Peru", 23),
    ("Toll rises to 30 in Baidoa", 30),
])
def test_death_report_without_attack_verb_is_an_event(code, text, fatalities):
    rows = code(text)
    assert len(rows) == 1 and rows[0]["fatalities"] == fatalities
    assert rows[0]["event_type"] in {"Violence against civilians", "Battles"}


def test_soldiers_who_die_are_the_target(code):
    row = code("Six soldiers die in Mopti")[0]
    assert row["actor2"] == "Military Forces of Mali" and row["event_type"] == "Battles"


@pytest.mark.parametrize("text", [
    "Three people died of cholera in Maiduguri on Sunday.",
    "The former minister died in Nairobi on Sunday.",          # no count: an obituary, not an event
    "Floods left 14 dead in Kaduna state.",
    "No deaths were reported in Mopti.",
])
def test_death_words_alone_are_no_event(code, text):
    assert code(text) == []


def test_death_in_the_next_sentence_belongs_to_the_event_before(code):
    rows = code("An angry mob stormed a police station in Kano on Saturday. One officer died at the scene.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 1 and rows[0]["event_type"] == "Riots"


def test_each_joined_headline_is_one_report(code):
    rows = code("Four soldiers killed in Garissa raid;Four Kenyan soldiers killed in attack on Garissa camp")
    assert [r["fatalities"] for r in rows] == [4]


@pytest.mark.parametrize("text", [
    'Reuters 2023-03-05 "Rebels kill 4 soldiers in Kidal',
    'AFP, 5 March 2023, "Rebels kill 4 soldiers in Kidal',
    'Press Agency of Mali (5 March 2023): "Rebels kill 4 soldiers in Kidal".',
    'Some report;Reuters 2023-03-05 "Rebels kill 4 soldiers in Kidal',
])
def test_source_citation_date_is_not_the_event_date(code, text):
    row = code(text)[0]
    assert row["event_date"] == PUB and row["time_precision"] == 2 and row["fatalities"] == 4


def test_event_date_after_a_preposition_is_kept(code):
    row = code("On 2 March 2023, rebels killed 4 soldiers in Kidal.")[0]
    assert row["event_date"] == datetime.date(2023, 3, 2) and row["time_precision"] == 1


@pytest.mark.parametrize("text,fatalities", [
    ("Gunmen gun down village chief in Zamfara", 1),
    ("Loyalists say they killed a Catholic in Belfast.", 1),          # 'Protestant'-like words are no protest cue
    ("Protestant paramilitaries killed a Catholic taxi driver in Belfast.", 1),
    ("Wounded soldier succumbs to injuries in Kunduz", 1),
])
def test_headline_killing_forms(code, text, fatalities):
    rows = code(text)
    assert len(rows) == 1 and rows[0]["fatalities"] == fatalities
    assert rows[0]["event_type"] != "Protests"


def test_deaths_reported_as_also_killed_are_added(code):
    rows = code("Gunmen attacked a police post in Garissa on Sunday, killing 4 officers. Two attackers were also killed.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 6
    rows = code("Gunmen attacked a police post in Garissa on Sunday, killing 4 officers. Two of the officers were "
                "killed at the gate.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 4                  # a detail of the same dead


@pytest.mark.parametrize("text, actor1", [
    ("A Turkish drone struck a pickup near Amuda, Syria on Sunday, killing three SDF fighters.",
     "Military Forces of Turkey"),
    ("Four people died in a Russian missile strike on Sumy, Ukraine on Sunday.", "Military Forces of Russia"),
    ("Two shepherds were killed in an Iranian drone attack near Zakho, Iraq on Sunday.", "Military Forces of Iran"),
])
def test_weapon_owner_initiates(code, text, actor1):
    row = code(text)[0]
    assert row["actor1"] == actor1 and row["inter1"] == 8  # a state's forces acting abroad are external


def test_descriptor_before_a_state_force_is_not_a_second_actor(code):
    row = code("Militants attacked a checkpoint of the paramilitary Frontier Corps in Turbat, Pakistan on "
               "Sunday, killing two soldiers.")[0]
    assert row["actor2"] == "Military Forces of Pakistan" and row["inter2"] == 1


def test_members_of_a_named_force_clash(code):
    row = code("Sudanese army troops and fighters of the Rapid Support Forces clashed in Kadugli on Sunday, "
               "killing nine people.")[0]
    assert {row["actor1"], row["actor2"]} == {"Military Forces of Sudan", "Rapid Support Forces"}
    assert sorted((row["inter1"], row["inter2"])) == [1, 2]


def test_affiliated_gunmen_are_the_group(code):
    row = code("ADF-linked gunmen killed eleven villagers near Oicha on Sunday.")[0]
    assert row["actor1"] == "ADF: Allied Democratic Forces" and row["inter1"] == 2 and row["inter2"] == 7


def test_country_closing_a_place_chain_before_the_date_is_where(code):
    row = code("Two shepherds were killed in an Iranian drone attack near Zakho, Iraq on Sunday.")[0]
    assert row["actor2"] == "Civilians (Iraq)"  # not Iraq's military: the country says where


def test_government_and_group_sign_an_agreement(code):
    row = code("Niger's government and the Front for Change and Concord in Chad (FACT) signed a ceasefire "
               "agreement in Niamey on Sunday.")[0]
    assert {row["actor1"], row["actor2"]} == {"Government of Niger", "FACT: Front for Change and Concord in Chad"}


def test_an_article_without_a_trigger_codes_to_no_rows_early():
    from coder.api import default_coder
    coder = default_coder()
    text = "The finance minister presented the budget in Nairobi on Monday; markets rose in Lagos and Accra."
    assert coder.match(text, None, events_only=True) is None
    assert coder.match(text, None) is not None and coder.code_article("a", text, None) == []
