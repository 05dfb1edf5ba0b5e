"""Rules found on terrorism-database incident summaries of 1972-2017 (fixtures/summaries_dev7.jsonl), tested on
sentences of our own."""

import datetime

import pandas as pd

from coder.evaluate import evaluate
from coder.evaluate.gold import GoldArticle, clean_event
from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2000, 1, 1)


def _fat(text: str) -> int:
    return sum(m.count for m in FatalityFinder().find(text) if not m.cumulative)


# -- fatalities ---------------------------------------------------------------------------------------------------
def test_a_pronoun_victim_and_the_others_killed_with_him():
    assert _fat("A grenade hit the motorcade of the provincial governor, killing him and 6 other people.") == 7
    assert _fat("The device went off under the judge's car, killing her, her driver and a court clerk.") == 3
    assert _fat("Gunmen ambushed the mayor, killing him and his bodyguard.") == 2
    # who only came after, or was only hurt, is no death
    assert _fat("Gunmen shot the mayor, killing him and wounding his bodyguard.") == 1
    assert _fat("Police shot him dead and arrested two other men.") == 1


def test_one_more_person_after_a_count():
    assert _fat("Rebels attacked the garrison, killing 12 soldiers and a French military adviser.") == 13
    assert _fat("The bomb killed 4 policemen as well as a passing schoolteacher.") == 5
    # nor a person who speaks or survived
    assert _fat("A bomb exploded in the market, killing 9 people, a police spokesman said.") == 9
    assert _fat("Militants killed 3 soldiers and a civilian was injured.") == 3


def test_an_active_kill_of_a_person_named_by_work_or_office():
    assert _fat("Two gunmen on a scooter shot dead newspaper editor Luis Moreno outside his office.") == 1
    assert _fat("Masked men shot dead steel magnate Pietro Landi as he left church.") == 1
    assert _fat("A sniper killed public prosecutor Ana Ruiz near the courthouse.") == 1
    # the passive headline reading stays where no person follows the verb
    assert _fat("Two gunmen shot dead near the border post.") == 2
    assert _fat("Three farmers killed as soldiers fired on the village.") == 3


def test_stabbed_to_death_a_couple_and_their_children():
    assert _fat("An intruder stabbed to death a couple and two of their children in their farmhouse.") == 4
    assert _fat("Attackers hacked to death a man and three women with machetes.") == 4


def test_slit_throats_is_a_kill_verb():
    assert _fat("Militants set up a false checkpoint near Medea and slit the throats of 9 travellers.") == 9
    assert _fat("Raiders cut the throat of a shepherd and his son at dawn.") == 2
    assert _fat("Gunmen slit the tyres of 3 buses at the depot.") == 0


def test_a_survivor_listed_first_is_no_death():
    assert _fat("One guard escaped, one was shot dead at the gate.") == 1
    assert _fat("Two passengers survived, three were killed in the crash of the bus.") == 3


def test_the_later_fate_of_hostages_is_not_the_abduction_day(code):
    rows = code("On Monday, gunmen kidnapped 8 aid workers from their compound near Kidal, Kidal region, Mali. "
                "Two of the hostages were killed in captivity and the others were freed after five months.",
                published=datetime.date(2012, 4, 10))
    assert len(rows) == 1
    row = rows[0]
    assert row["sub_event_type"] == "Abduction/forced disappearance" and row["fatalities"] == 0
    rows = code("On Monday, gunmen kidnapped 8 aid workers from their compound near Kidal, Kidal region, Mali. "
                "Several hostages were later executed; the rest were released after a ransom was paid.",
                published=datetime.date(2012, 4, 10))
    assert [(r["sub_event_type"], r["fatalities"]) for r in rows] == [("Abduction/forced disappearance", 0)]
    # a killing of the hostages with no time apart stays the event's
    rows = code("On Monday, gunmen stormed a hotel in Bamako, Mali, and took guests hostage. "
                "Five hostages were killed when troops stormed the building.", published=datetime.date(2015, 11, 24))
    assert sum(r["fatalities"] for r in rows) == 5


# -- actors -------------------------------------------------------------------------------------------------------
def test_a_disguise_is_no_side(code):
    row = code("03/14/1996: Militants dressed as soldiers stopped a bus near Medea, Medea province, Algeria, and "
               "shot dead 11 passengers.", published=None)[0]
    assert row["actor1"] == "Unidentified Armed Group (Algeria)" and row["actor2"] == "Civilians (Algeria)"
    row = code("05/02/2004: Gunmen disguised as police officers kidnapped a businessman from his home in Kirkuk, "
               "Kirkuk governorate, Iraq.", published=None)[0]
    assert row["actor1"] == "Unidentified Armed Group (Iraq)" and "Police" not in (row["actor2"] or "")


def test_an_airline_names_no_country(code):
    row = code("09/05/1986: Gunmen hijacked an Air India jet at the airport in Karachi, Sindh, Pakistan, and "
               "killed 2 passengers.", published=None)[0]
    assert row["actor2"] == "Civilians (Pakistan)" and row["event_type"] == "Violence against civilians"


def test_a_dignitary_among_the_dead_is_part_of_the_victims(code):
    row = code("11/02/2009: A car bomb exploded outside a bank in Rawalpindi, Punjab, Pakistan, killing 35 people, "
               "including a retired army general.", published=None)[0]
    assert row["actor2"] == "Civilians (Pakistan)" and row["inter2"] == 7
    row = code("11/02/2009: A bomb exploded in a hotel lobby in Kabul, Afghanistan, killing 8 people, including "
               "the Norwegian ambassador.", published=None)[0]
    assert row["actor2"] == "Civilians (Afghanistan)"


def test_foreigners_named_by_a_demonym_and_their_work_are_civilians(code):
    row = code("On Tuesday, militants abducted 4 Japanese road engineers near Jalalabad, Nangarhar province, "
               "Afghanistan.", published=datetime.date(2008, 8, 27))[0]
    assert row["actor2"] == "Civilians (Japan)" and row["inter2"] == 7
    # a force named by its country stays the force
    row = code("On Tuesday, militants ambushed a convoy of Turkish army engineers near Kunduz, Kunduz province, "
               "Afghanistan, killing 2.", published=datetime.date(2008, 8, 27))[0]
    assert row["actor2"] != "Civilians (Turkey)"


def test_a_province_of_the_islamic_state_in_database_style():
    from coder.dictionaries.actors import load_actor_dictionary
    from coder.match.actors import ActorMatcher
    matcher = ActorMatcher(load_actor_dictionary())
    for text, entry in (("Khorasan Province of the Islamic State claimed the attack.", "grp.iskp"),
                        ("West Africa Province of the Islamic State claimed the raid.", "grp.iswap"),
                        ("Sinai Province of the Islamic State claimed responsibility.", "grp.wilayat_sinai")):
        assert [a.entry_id for a in matcher.find(text)] == [entry]


# -- places -------------------------------------------------------------------------------------------------------
def test_a_country_after_a_suburb_closes_the_place_chain(code):
    row = code("On Sunday, a car bomb exploded in a market in the northern suburbs of Tripoli, Lebanon, killing "
               "9 people.", published=datetime.date(1986, 7, 14))[0]
    assert row["actor2"] == "Civilians (Lebanon)" and row["location"] == "Tripoli"


def test_a_region_naming_an_office_is_not_the_place(code):
    row = code("08/09/1992: A bomb exploded beside the car of the Sindh chief minister outside the assembly in "
               "Karachi, Pakistan, killing 4 people.", published=None)[0]
    assert row["location"] == "Karachi"
    row = code("On Monday, gunmen attacked the convoy of the Borno state governor near Konduga, Nigeria, killing 2 "
               "police officers.", published=datetime.date(2020, 9, 28))[0]
    assert row["location"] == "Konduga"


def test_a_namesake_abroad_does_not_hide_an_unlisted_town(code):
    # GeoNames lists a Bella Vista in Argentina and elsewhere, but none in El Salvador's San Miguel department
    row = code("On Tuesday, guerrillas attacked the garrison in Bella Vista town, San Miguel department, "
               "El Salvador, killing 6 soldiers.", published=datetime.date(1984, 5, 2))[0]
    assert (row["location"], row["admin1"], row["country"]) == ("Bella Vista", "San Miguel", "El Salvador")


# -- event types --------------------------------------------------------------------------------------------------
def test_a_bomb_that_destroyed_property_is_an_explosion(code):
    row = code("On Tuesday night, a bomb destroyed an empty holiday home near Calvi, Haute-Corse department, "
               "Corsica, France. No one was hurt.", published=datetime.date(1983, 6, 8))[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence",
                                                          "Remote explosive/landmine/IED")
    assert row["fatalities"] == 0


def test_a_raid_on_a_police_station_seizing_guns_is_a_clash(code):
    row = code("On Friday, about 30 NPA rebels raided the police station in Guihulngan town, Negros Oriental "
               "province, Philippines, and seized 12 rifles. One policeman was killed.", published=datetime.date(1988, 2, 13))[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert row["actor1"] == "NPA: New People's Army" and row["actor2"] == "Police Forces of the Philippines"


# -- scoring ------------------------------------------------------------------------------------------------------
def test_an_uncertain_inter_code_leaves_no_pair_to_score():
    gold = [GoldArticle("a", "text", PUB, [clean_event({"event_type": "Battles", "inter1": 2, "inter2": 7,
                                                        "uncertain": ["inter2"]})]),
            GoldArticle("b", "text", PUB, [clean_event({"event_type": "Protests", "inter1": 6})])]
    rows = [{"article_id": "a", "event_type": "Battles", "inter1": 2, "inter2": 1},
            {"article_id": "b", "event_type": "Protests", "inter1": 6, "inter2": None}]
    result = evaluate(gold, lambda df: pd.DataFrame(rows))
    pair = result.overall.fields["inter_pair"]
    assert (pair.gold, pair.correct) == (1, 1)  # only b's pair (6, 0) is scored
