"""Counts of dead across sentences and coordinated victims.

- ``fat.other_group`` (coder.match.assemble): a later sentence that counts dead of a group the event's toll has
  not counted (police, military, armed, civilians), when every dead of that toll belongs to a counted group, adds
  to the toll ("Police returned fire, killing two attackers. One policeman was killed." 3); the same group again
  is a rival figure (the larger stays), and a vague count ("a number of militants") names no group's count;
- a number-led count whose reading is rejected (a year: "On 2 May 2023, a man and his wife were killed") no
  longer hides the count that begins inside it (coder.match.fatalities ``_candidates``);
- "a woman and her two children were killed" counts 3 (fat.and_one with a possessive before the second count).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2023, 5, 3)


def _fat(rows):
    return [r["fatalities"] for r in rows]


def test_dead_of_another_group_told_next_are_more_dead(code):
    rows = code("On 2 May 2023, militants attacked a police post in Tank (Khyber Pakhtunkhwa). Police returned "
                "fire, killing three attackers. Two policemen were killed.")
    assert _fat(rows) == [5], rows
    rows = code("On 2 May 2023, JNIM militants killed 6 soldiers in an ambush near Diafarabe (Mopti). Three "
                "civilians were killed in the crossfire.")
    assert _fat(rows) == [9], rows


def test_the_same_group_again_is_no_more_dead(code):
    rows = code("On 2 May 2023, JNIM militants killed 6 soldiers in an ambush near Diafarabe (Mopti). Six "
                "soldiers were killed, a military source said.")
    assert _fat(rows) == [6], rows
    rows = code("On 2 May 2023, militants attacked an army camp in Tillia (Tahoua, Niger), killing 4 soldiers. "
                "The army said a number of militants were killed.")
    assert _fat(rows) == [4], rows


def test_a_year_before_a_coordinated_count_hides_nothing(code):
    rows = code("On 2 May 2023, a man and his wife were killed by gunmen in Kauru (Kaduna).")
    assert _fat(rows) == [2], rows
    rows = code("On 2 May 2023, a woman and her three children were killed when gunmen opened fire on their "
                "house in Kauru (Kaduna).")
    assert _fat(rows) == [4], rows


def test_the_whole_a_toll_is_part_of_is_no_dead(code):
    """ "Of the 20 hostages, 10 were killed": the 20 is the whole the dead were part of (fatalities, fat.passive's
    list)."""
    rows = code("On 2 May 2023, gunmen stormed a guesthouse in Kandahar (Kandahar, Afghanistan) and took 20 people "
                "hostage. Of the 20 hostages, 7 were killed.")
    assert _fat(rows) == [7], rows


def test_them_after_a_second_verb_is_the_group_told_before(code):
    """ "abducted 8 herders and killed them": 8 dead (fat.pronoun with 'them'), and the gunmen, not the herders,
    are the killers (roles: a second verb of the same subject)."""
    rows = code("On 2 May 2023, gunmen abducted 6 herders and killed them in Maru (Zamfara).")
    assert [(r["actor1"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 6)], rows
    rows = code("On 2 May 2023, gunmen tied up 5 herders and shot them dead in Maru (Zamfara).")
    assert [(r["actor1"], r["fatalities"]) for r in rows] == [("Unidentified Armed Group (Nigeria)", 5)], rows


def test_dead_along_with_a_count_are_more_dead(code):
    rows = code("On 2 May 2023, 6 civilians were killed along with the 3 attackers when gunmen stormed a hotel in "
                "Kismayo (Lower Juba).")
    assert _fat(rows) == [9], rows
