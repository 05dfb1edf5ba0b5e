"""Incident summaries, summaries_dev12's session: the wars of 2013-2021.

- the country that closes a comma chain of places ("X province, Y region, Country") holds every place of the
  chain, also past names the gazetteer lacks or lists as no place ('Sahel region'): a namesake abroad of one of
  them (Soum in Senegal) is not that place (places._chain_country, place.chain_country), and that country, named
  after a region with its unit word ('Sahel region, Burkina Faso'), says where (pipeline._CHAIN_END);
- people seized ("gunmen seized 5 crew members of a trawler") are abducted, not territory captured
  (trg.abducted.seized_crew; crew members, crewmen, sailors and fishermen block trg.captured_ctx);
- diners, customers, crew members and crewmen are civilians (agt.civilians);
- people a verb of rounding up handles ("separated 11 passengers and shot them dead", "tied up 9 farmers and hacked
  them to death") are its object, not the subject of the killing after it (roles._HANDLED_BEFORE,
  role.handled_people);
- "X said it planted / set off / detonated the bomb" claims the event, and so does "X and Y both claimed
  responsibility" (claims._CLAIM_AFTER);
- "two suicide bombers ..., killing 11 civilians and themselves" lists the counted attackers with the dead (13;
  fatality_grammar.attackers_counted_before, fat.and_themselves); uncounted attackers add nothing.

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2019, 3, 12)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


def test_chain_country_rules_out_a_namesake_abroad(code):
    row = _one(code("On Monday, gunmen attacked a gendarmerie post in Soum province, Sahel region, Burkina Faso, "
                    "killing 3 gendarmes."))
    assert row["country"] == "Burkina Faso"
    assert row["location"] != "Soum"


def test_chain_country_after_a_region_with_its_unit_word(code):
    row = _one(code("On Monday, JNIM militants ambushed an army patrol near Ndaki village, Gourma-Rharous "
                    "province, Sahel region, Burkina Faso, killing 6 soldiers."))
    assert (row["country"], row["actor2"]) == ("Burkina Faso", "Military Forces of Burkina Faso")


def test_people_seized_are_abducted(code):
    row = _one(code("On Sunday, Abu Sayyaf gunmen seized 4 Vietnamese crew members of a cargo ship off Pangutaran "
                    "town, Sulu province, Philippines."))
    assert (row["event_type"], row["sub_event_type"], row["inter2"]) == (
        "Violence against civilians", "Abduction/forced disappearance", 7)
    row = _one(code("On Sunday, pirates snatched 3 crewmen from an oil supply vessel off Brass town, Bayelsa state, "
                    "Nigeria."))
    assert row["sub_event_type"] == "Abduction/forced disappearance"


def test_a_town_seized_is_still_captured(code):
    row = _one(code("On Sunday, al-Shabaab fighters seized Leego town, Bay region, Somalia, after a battle with "
                    "government troops."))
    assert row["event_type"] == "Battles"


def test_diners_and_customers_are_civilians(code):
    row = _one(code("On Sunday night, a gunman opened fire on diners at a cafe in Hanau city, Hesse, Germany, "
                    "killing 4 people."))
    assert (row["event_type"], row["inter2"], row["civilian_targeting"]) == (
        "Violence against civilians", 7, "Civilian targeting")
    row = _one(code("On Sunday night, gunmen opened fire on customers in a bar in Jos city, Plateau state, Nigeria, "
                    "killing 5."))
    assert (row["actor2"], row["inter2"]) == ("Civilians (Nigeria)", 7)


def test_people_rounded_up_are_the_object(code):
    row = _one(code("On Sunday, Boko Haram gunmen stopped a minibus near Gwoza town, Borno state, Nigeria, "
                    "separated 7 Christian passengers and shot them dead."))
    assert (row["actor1"], row["inter1"], row["actor2"]) == (
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2, "Civilians (Nigeria)")
    row = _one(code("On Sunday, gunmen tied up 8 farmers near Kauru town, Kaduna state, Nigeria, and hacked them "
                    "to death."))
    assert (row["inter1"], row["inter2"], row["fatalities"]) == (3, 7, 8)


def test_said_it_planted_claims_the_bomb(code):
    row = _one(code("On Sunday, a landmine struck a police truck near Hulugho town, Garissa county, Kenya, "
                    "killing 4 officers. Al-Shabaab said it planted the mine."))
    assert (row["actor1"], row["inter1"]) == ("Al Shabaab", 2)
    row = _one(code("On Sunday, a bomb went off at a bus stop in Turbat town, Balochistan, Pakistan, killing 2 "
                    "people. The BLA said it detonated the device."))
    assert row["actor1"] == "BLA: Balochistan Liberation Army"


def test_both_claimed_names_a_claimant(code):
    row = _one(code("On Sunday, a bomb exploded at a bus stop in Quetta city, Balochistan, Pakistan, killing 3 "
                    "people. The BLA and the BLF both claimed responsibility."))
    assert row["inter1"] == 2


def test_attackers_counted_before_and_themselves(code):
    row = _one(code("On Sunday, two suicide bombers blew themselves up at a cattle market in Kolofata town, Far North "
                    "region, Cameroon, killing 8 traders and themselves."))
    assert row["fatalities"] == 10
    row = _one(code("On Sunday, attackers opened fire on a minibus near Waza town, Far North region, Cameroon, "
                    "killing 3 passengers and themselves."))
    assert row["fatalities"] == 3  # how many attackers died is not said
