"""Mob justice: a crowd that beats, burns or lynches people it suspects of a crime commits mob violence, and its
victims are civilians (rows ``type.mob_justice``; fatality grammar: a suspect is a person who can be counted).

Every text here is new, written for these tests.
"""

import datetime

import pytest

from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2024, 11, 8)


def _rows(rows):
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"], r["location"]) for r in rows]


@pytest.mark.parametrize("text, country, dead", [
    ("On 3 February 2024, a mob lynched a suspected robber at a market in Gulu.", "Uganda", 1),
    ("On 3 February 2024, an irate crowd set ablaze two suspected motorcycle thieves in Onitsha.", "Nigeria", None),
    ("On 3 February 2024, residents of Eldoret beat to death a man accused of stealing a phone.", "Kenya", 1),
    ("On 3 February 2024, villagers stoned to death an elderly woman accused of witchcraft near Kakamega.",
     "Kenya", 1),
])
def test_mob_justice_is_mob_violence_against_civilians(code, text, country, dead):
    rows = code(text)
    assert len(rows) == 1, _rows(rows)
    assert (rows[0]["sub_event_type"], rows[0]["actor1"], rows[0]["actor2"], rows[0]["interaction"]) == (
        "Mob violence", f"Rioters ({country})", f"Civilians ({country})", 57), _rows(rows)
    if dead is not None:
        assert rows[0]["fatalities"] == dead, _rows(rows)


def test_a_suspect_killed_is_counted():
    assert [f.count for f in FatalityFinder().find("A mob killed a suspected kidnapper in the market.")] == [1]
    assert [f.count for f in FatalityFinder().find("Youths lynched a suspected burglar overnight.")] == [1]


def test_armed_suspects_and_arrests_are_untouched(code):
    rows = code("On 3 February 2024, suspected bandits killed five farmers in Maru (Zamfara).")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")], _rows(rows)
    rows = code("On 3 February 2024, police arrested three suspected thieves in Mombasa.")
    assert [r["sub_event_type"] for r in rows] == ["Arrests"], _rows(rows)
    assert rows[0]["actor1"] == "Police Forces of Kenya", _rows(rows)


@pytest.mark.parametrize("noun", ["gendarme", "peacekeeper", "medic", "miner", "hunter", "toddler", "pilot",
                                  "vigilante", "photographer", "pastoralist", "conscript", "watchman", "radio presenter",
                                  "correspondent", "schoolgirl", "human rights defender", "singer"])
def test_one_person_killed_is_counted_whatever_their_trade(noun):
    assert [f.count for f in FatalityFinder().find(f"Gunmen shot dead a {noun} on the road to the market.")] == [1]


def test_a_pronoun_beaten_to_death_is_one_dead():
    assert [f.count for f in FatalityFinder().find("Villagers caught the man and beat him to death.")] == [1]
    assert [f.count for f in FatalityFinder().find("Her neighbours stoned her to death on Friday.")] == [1]
    assert FatalityFinder().find("Police beat him and let him go.") == []


def test_a_labelled_death_toll_is_its_number():
    assert [(f.count, f.rule_id) for f in FatalityFinder().find("Death toll: 9.")] == [(9, "fat.label")]
    assert [f.count for f in FatalityFinder().find("Toll: at least 14 dead.")] == [14]
