"""Rules found on terrorism-database incident summaries of 1970-2018 (fixtures/summaries_dev8.jsonl: sabotage, acid
attacks, kidnappings told with their later outcome, attacks at sea), tested on sentences of our own."""

import datetime

from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2000, 1, 1)


def _fat(text: str) -> int:
    return sum(m.count for m in FatalityFinder().find(text) if not m.cumulative)


# -- fatalities ---------------------------------------------------------------------------------------------------
def test_a_count_closing_a_list_of_single_victims():
    assert _fat("The bomb went off under the prosecutor's car, killing him, his son and 2 police escorts.") == 4
    assert _fat("Gunmen ambushed the senator, killing her, her secretary and 3 bodyguards.") == 5
    # a count of time or of the wounded is no victim
    assert _fat("The mine killed him, his brother and 4 cows.") >= 2
    assert _fat("Gunmen shot the judge, killing him, his clerk and 3 hours later fled.") == 2
    assert _fat("The blast killed him, his driver and 2 others were wounded.") == 2


def test_a_bomber_who_died_along_with_his_victim():
    assert _fat("A suicide bomber blew himself up at the consulate gate, killing a security guard along with "
                "himself.") == 2
    assert _fat("The assailant detonated her vest, killing a shopkeeper along with herself.") == 2


def test_a_diplomatic_counsellor_is_a_person():
    assert _fat("A parcel bomb exploded at the consulate, killing the trade counsellor who opened it.") == 1


def test_victims_and_the_attacker_killed_together():
    assert _fat("Six pilgrims and the gunman were killed when commandos stormed the coach.") == 7
    assert _fat("3 guards and the suicide bomber were killed at the gate.") == 4
    assert _fat("Four passengers and the hijacker were wounded in the shootout.") == 0


# -- triggers -----------------------------------------------------------------------------------------------------
def test_an_acid_attack_on_a_civilian_is_an_attack(code):
    rows = code("On Sunday, two men on a scooter threw acid on a nurse outside a hospital in Lahore, Punjab province, "
                "Pakistan, burning her face.", published=datetime.date(2013, 9, 9))
    assert len(rows) == 1
    row = rows[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert row["actor2"] == "Civilians (Pakistan)" and row["fatalities"] == 0 and row["location"] == "Lahore"


def test_dynamited_pylons_are_an_explosion(code):
    rows = code("On Friday night, guerrillas dynamited 3 electricity pylons near Ayacucho city, Ayacucho department, "
                "Peru. No one was hurt.", published=datetime.date(1989, 6, 10))
    assert len(rows) == 1
    assert rows[0]["event_type"] == "Explosions/Remote violence" and rows[0]["fatalities"] == 0
    assert rows[0]["location"] == "Ayacucho"


def test_a_track_blown_up_is_sabotage_even_when_a_train_derails(code):
    rows = code("On Sunday, militants blew up a stretch of railway line near Guwahati city, Assam, India, derailing "
                "the engine of a goods train. No one was hurt.", published=datetime.date(2001, 3, 12))
    assert len(rows) == 1
    assert rows[0]["event_type"] == "Explosions/Remote violence" and rows[0]["location"] == "Guwahati"
    # a derailment with an explosion and no one blowing anything up stays an accident
    rows = code("On Sunday, a goods train derailed near Guwahati city, Assam, India, and two tanker wagons exploded.",
                published=datetime.date(2001, 3, 12))
    assert rows == []


# -- days and places ----------------------------------------------------------------------------------------------
def test_a_body_found_days_after_a_kidnapping_is_no_event_of_its_own(code):
    rows = code("02/10/1975: Guerrillas kidnapped a factory manager as he left his home in Cordoba, Argentina. His "
                "body was found on a road near Rosario, Santa Fe, 20 days later.", published=None)
    assert [(r["sub_event_type"], r["location"], r["fatalities"]) for r in rows] == [
        ("Abduction/forced disappearance", "Cordoba", 0)]
    rows = code("On Monday, gunmen kidnapped 3 engineers near Jalalabad, Nangarhar province, Afghanistan. The three "
                "were killed in captivity months later.", published=datetime.date(2009, 5, 5))
    assert [r["fatalities"] for r in rows] == [0]


def test_a_killing_before_a_later_surrender_stays_the_events():
    from coder.match.clauses import captive_fate
    text = ("gunmen hijacked a ferry. the hijackers killed a passenger before surrendering three days later.")
    start = text.index("the hijackers")
    assert not captive_fate(text, start, len(text))
    text = "gunmen hijacked a ferry. the body of a passenger was found two days later."
    assert captive_fate(text, text.index("the body"), len(text))


def test_a_ship_attacked_off_a_town_is_near_it(code):
    rows = code("On Wednesday, pirates attacked a tanker off Lagos, Lagos state, Nigeria, and kidnapped 4 crew "
                "members.", published=datetime.date(2019, 4, 19))
    assert len(rows) == 1
    assert rows[0]["location"] == "Lagos" and rows[0]["geo_precision"] == 2


# -- actors -------------------------------------------------------------------------------------------------------
def test_a_claim_of_both_attacks_names_the_attacker(code):
    rows = code("On Sunday, bombs wrecked a bank branch in Cucuta, Norte de Santander department, Colombia. No one "
                "was hurt. The ELN claimed both attacks.", published=datetime.date(2001, 5, 7))
    assert rows and rows[0]["actor1"] == "ELN: National Liberation Army"
    rows = code("On Sunday, bombs wrecked a bank branch in Cucuta, Norte de Santander department, Colombia. No one "
                "was hurt. The ELN claimed these bombings.", published=datetime.date(2001, 5, 7))
    assert rows and rows[0]["actor1"] == "ELN: National Liberation Army"


def test_people_a_bus_carries_are_its_load_not_the_attackers(code):
    rows = code("On Friday, gunmen stopped a minibus carrying Hazara coal miners near Quetta, Balochistan province, "
                "Pakistan, and opened fire, killing 11 people.", published=datetime.date(2021, 1, 4))
    assert len(rows) == 1
    assert rows[0]["actor1"] == "Unidentified Armed Group (Pakistan)" and rows[0]["actor2"] == "Civilians (Pakistan)"


def test_a_groups_suicide_commandos_are_the_group(code):
    rows = code("On Monday, LTTE suicide commandos attacked an army camp near Trincomalee town, Eastern province, "
                "Sri Lanka, killing 9 soldiers.", published=datetime.date(2000, 2, 8))
    assert rows[0]["actor1"] == "LTTE: Liberation Tigers of Tamil Eelam"
    assert rows[0]["actor2"] == "Military Forces of Sri Lanka"
    # a state's commandos stay the state's
    rows = code("On Monday, army commandos attacked an LTTE camp near Trincomalee town, Eastern province, Sri Lanka, "
                "killing 9 rebels.", published=datetime.date(2000, 2, 8))
    assert rows[0]["actor1"] == "Military Forces of Sri Lanka"


def test_a_forces_installation_names_no_side(code):
    rows = code("On Tuesday, bombs exploded along the NATO fuel pipeline near Liege city, Wallonia, Belgium. No one "
                "was hurt.", published=datetime.date(1985, 5, 8))
    assert len(rows) == 1 and rows[0]["actor2"] is None and rows[0]["fatalities"] == 0
    # the alliance's soldiers stay a side
    rows = code("On Tuesday, a roadside bomb struck NATO troops near Kandahar city, Kandahar province, Afghanistan, "
                "killing 2.", published=datetime.date(2009, 5, 13))
    assert rows[0]["actor2"] == "NATO: North Atlantic Treaty Organization"


def test_an_embassy_seized_with_hostages_is_a_hostage_taking(code):
    rows = code("On Thursday, 6 gunmen seized the Iranian embassy in London, England, United Kingdom, taking 26 "
                "diplomats, staff and visitors hostage inside the building.", published=datetime.date(1980, 5, 2))
    assert len(rows) == 1
    assert rows[0]["sub_event_type"] == "Abduction/forced disappearance"
    # a town seized stays territory
    rows = code("On Thursday, rebels seized the town of Kidal, Kidal region, Mali.", published=datetime.date(2012, 3, 31))
    assert rows[0]["sub_event_type"] == "Non-state actor overtakes territory"


def test_a_counted_people_named_after_their_home_is_no_place(code):
    rows = code("On Friday, gunmen hijacked a tour bus in Luxor, Luxor governorate, Egypt. 5 Osaka tourists and the "
                "gunman were killed when police stormed the bus.", published=datetime.date(1997, 11, 22))
    assert [(r["location"], r["fatalities"]) for r in rows] == [("Luxor", 6)]
    # a place after "in" stays the place
    rows = code("On Friday, a bomb killed 5 tourists in Osaka, Japan.", published=datetime.date(1997, 11, 22))
    assert rows[0]["location"] == "Osaka"


def test_a_facility_named_after_a_place_gives_way_to_its_town(code):
    rows = code("07/14/1996: A bomb exploded in a crowded carriage at Saint-Lazare station in Paris, Ile-de-France, "
                "France, killing 2 people.", published=None)
    assert rows[0]["location"] == "Paris"
    # a town with no facility noun after it stays the place
    rows = code("07/14/1996: A bomb exploded at a market in Vitry-sur-Seine near Paris, Ile-de-France, France, "
                "killing 2 people.", published=None)
    assert rows[0]["location"] != "Paris"


# -- events -------------------------------------------------------------------------------------------------------
def test_an_action_of_another_kind_minutes_apart_is_another_event(code):
    rows = code("03/02/2004: A car bomb exploded outside a hotel in Karachi, Sindh, Pakistan, killing 4 people. "
                "Minutes later, gunmen fired rockets at the airport in Karachi; no one was hurt. The BLA claimed "
                "responsibility for both attacks.", published=None)
    assert [r["sub_event_type"] for r in rows] == ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack"]
    assert [r["actor1"] for r in rows] == ["BLA: Balochistan Liberation Army"] * 2
    # a second blast of the same kind minutes later stays the event's
    rows = code("03/02/2004: A bomb exploded outside a hotel in Karachi, Sindh, Pakistan, killing 4 people. Minutes "
                "later, a second bomb exploded in the crowd that had gathered.", published=None)
    assert len(rows) == 1


def test_a_civilian_ship_named_by_its_flag_is_no_state_side(code):
    rows = code("06/14/1985: Gunmen hijacked the Greek ferry Lindos off Piraeus, Attica, Greece, taking 300 passengers "
                "hostage.", published=None)
    assert rows[0]["sub_event_type"] == "Abduction/forced disappearance"
    assert rows[0]["inter2"] in (0, 7)
    # a navy's ship stays the state's
    rows = code("06/14/1985: Gunmen fired rockets at a Greek navy patrol boat off Piraeus, Attica, Greece.",
                published=None)
    assert rows and rows[0]["actor2"] == "Military Forces of Greece"
