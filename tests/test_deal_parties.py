"""The unnamed state side of an agreement (coder.match.rows ``_party_country``, ``actor.deal_country``): the
government of the non-state party's home country ("the government and the ELN signed a ceasefire in Mexico
City": Colombia's), unless the party named bare is another group in the event's country ("the Taliban" in
Pakistan are the TTP, so "the government" there is Pakistan's).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2008, 5, 22)


def test_the_government_of_a_deal_abroad_is_the_partys_home(code):
    rows = code("On 21 May 2008, the government and the FARC signed a prisoner exchange deal in Havana, Cuba.")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Government of Colombia", "FARC: Revolutionary Armed "
                                                                                       "Forces of Colombia")], rows


def test_the_taliban_in_pakistan_make_the_government_pakistans(code):
    rows = code("05/21/2008: The government signed a peace agreement with the Taliban in Mingora, Swat district, "
                "Khyber Pakhtunkhwa, Pakistan.")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Government of Pakistan", "TTP: Tehreek-e-Taliban "
                                                                                     "Pakistan")], rows
