"""Rules found on incident summaries (notes_dev4's summaries, fixtures/summaries_dev5.jsonl), tested on sentences
of our own."""

import datetime

from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2022, 9, 13)  # a Tuesday


def _fat(text: str) -> list[tuple[int, str]]:
    return [(m.count, m.rule_id) for m in FatalityFinder().find(text)]


# -- fatalities ---------------------------------------------------------------------------------------------------
def test_bombers_blowing_themselves_up_beside_a_toll_are_not_added():
    # the reported toll excludes the attackers, as for "blew himself up, killing 12" (fat.self)
    text = "Three suicide bombers blew themselves up at a bus station in Gombe, killing 41 people."
    assert sum(c for c, _ in _fat(text)) == 41
    # alone, the attackers' deaths are the only ones reported
    assert _fat("Two suicide bombers blew themselves up near a checkpoint outside Kabul.") == [(2, "fat.self")]


def test_a_pronoun_after_a_kill_verb_is_one_death():
    assert sum(c for c, _ in _fat("A gunman stabbed four shoppers before officers shot him dead.")) == 1
    assert sum(c for c, _ in _fat("The gang abducted a nurse in Kaduna and later killed her.")) == 1
    assert sum(c for c, _ in _fat("A man rammed his car into a queue, killing 7 people before soldiers shot him "
                                  "dead.")) == 8
    # 'her' as a possessive, and a shot that kills no one, are no deaths
    assert _fat("Police shot him in the leg during the arrest.") == []
    assert ("fat.pronoun" not in {r for _, r in _fat("Gunmen killed her two brothers at the farm.")})


def test_the_attacker_shot_by_police_counts_in_the_event(code):
    row = code("On Saturday, a man drove a van into shoppers at a market in Lyon, France, killing 5 people before "
               "police shot him dead.")[0]
    assert row["fatalities"] == 6


# -- roles --------------------------------------------------------------------------------------------------------
def test_police_who_stop_the_attacker_are_not_the_target(code):
    row = code("On Sunday, a man drove a lorry into crowds at a festival in Marseille, France, killing 9 people "
               "before police shot him dead.")[0]
    assert row["event_type"] == "Violence against civilians" and row["sub_event_type"] == "Attack"
    assert row["actor2"] == "Civilians (France)" and row["civilian_targeting"] == "Civilian targeting"
    row = code("On Sunday, a gunman opened fire on worshippers at a church in Ondo, Nigeria, killing 12 people "
               "until soldiers arrested the attackers.")[0]
    assert row["actor2"] == "Civilians (Nigeria)"


def test_a_burned_police_station_names_no_side(code):
    row = code("On Sunday night, Al Shabaab militants raided Witu town, Lamu county, Kenya, torching shops and a "
               "police station and shooting dead 9 men.")[0]
    assert row["event_type"] == "Violence against civilians" and row["actor2"] == "Civilians (Kenya)"
    assert row["fatalities"] == 9
    # police who fight are a side
    row = code("On Sunday night, Al Shabaab militants attacked a police station in Witu town, Lamu county, Kenya, "
               "killing 3 police officers.")[0]
    assert row["event_type"] == "Battles" and row["actor2"] == "Police Forces of Kenya"


def test_the_bombers_named_again_are_not_the_target(code):
    row = code("On Sunday, suicide bombers attacked two mosques in Quetta city, Balochistan province, Pakistan, "
               "killing 20 people; the 3 bombers also died. Police blamed Lashkar-e-Jhangvi.")[0]
    assert row["actor2"] == "Civilians (Pakistan)" and row["inter2"] == 7
    assert row["fatalities"] == 23


# -- dates --------------------------------------------------------------------------------------------------------
def test_an_event_is_dated_by_its_start_not_its_end(code):
    row = code("On Friday night, militants stormed a hotel in Mogadishu, Somalia, and took guests hostage; 15 people "
               "were killed before troops ended the siege on Saturday morning.")[0]
    assert row["event_date"] == datetime.date(2022, 9, 9)
    row = code("On Sunday, gunmen abducted 30 pupils from a school in Katsina, Nigeria, and held them in a forest until Monday.")[0]
    assert row["event_date"] == datetime.date(2022, 9, 11)


# -- places -------------------------------------------------------------------------------------------------------
def test_a_town_before_its_county_is_the_location(code):
    row = code("On Sunday night, Al Shabaab militants raided Mpeketoni town, Lamu county, Kenya, shooting dead "
               "6 men.")[0]
    assert row["location"] == "Mpeketoni" and row["admin1"] == "Lamu" and row["geo_precision"] == 1


def test_an_oblast_named_after_its_city_is_that_region(code):
    row = code("On Friday, gunmen opened fire on shoppers in Krasnogorsk town, Moscow oblast, Russia, killing "
               "4 people.")[0]
    assert row["location"] == "Krasnogorsk" and row["admin1"] == "Moscow Oblast" and row["geo_precision"] == 1


def test_who_operates_alongside_the_subject_is_its_associate(code):
    row = code("On Monday, Wagner mercenaries operating alongside Malian troops executed 20 villagers near Djenne "
               "town, Mopti region, Mali.")[0]
    assert row["actor1"] == "Wagner Group" and row["assoc_actor_1"] == "Military Forces of Mali"
    assert row["actor2"] == "Civilians (Mali)"


def test_refugees_named_in_a_camp_name_are_no_side(code):
    row = code("On Sunday, Israeli forces raided the Nur Shams refugee camp near Tulkarm, West Bank, and clashed "
               "with Hamas militants; 3 militants were killed.")[0]
    assert row["actor1"] == "Military Forces of Israel" and row["inter1"] != 7


def test_what_a_protest_is_against_is_not_the_intervening_side(code):
    row = code("On Sunday, hundreds of students marched against the government in Yerevan, Armenia; police "
               "detained 30 protesters.")[0]
    assert row["sub_event_type"] == "Protest with intervention"
    assert row["actor1"] == "Protesters (Armenia)" and row["actor2"] == "Police Forces of Armenia"
    row = code("On Sunday, hundreds of students rallied against the government in Yerevan, Armenia.")[0]
    assert row["sub_event_type"] == "Peaceful protest" and row["actor2"] is None
