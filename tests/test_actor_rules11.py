"""Actor rules on sentences of our own: people a communal militia's word names by their work ('herders') are
civilians when they are only attacked (``actor.victim_occupation``), and stay a communal militia when they fight."""

import datetime

PUB = datetime.date(2024, 5, 9)


def test_herders_killed_in_a_raid_are_civilians(code):
    rows = code("Gunmen killed 5 herders in a raid on a cattle camp near Bor, South Sudan, on Sunday, officials said.")
    assert len(rows) == 1
    assert rows[0]["event_type"] == "Violence against civilians" and rows[0]["sub_event_type"] == "Attack"
    assert rows[0]["actor2"] == "Civilians (South Sudan)" and "actor.victim_occupation" in rows[0]["rule_ids"]


def test_herdsmen_robbed_and_killed_by_bandits_are_civilians(code):
    rows = code("Bandits killed seven herdsmen and stole their cattle in Zamfara state on Monday.")
    assert rows[0]["actor2"] == "Civilians (Nigeria)" and rows[0]["fatalities"] == 7


def test_herders_in_a_clash_stay_a_communal_militia(code):
    rows = code("Soldiers clashed with herders in Benue on Friday; 3 herders were killed.")
    assert rows[0]["event_type"] == "Battles"
    assert rows[0]["actor2"] == "Unidentified Communal Militia (Nigeria)"


def test_herders_who_attack_stay_a_communal_militia(code):
    rows = code("Armed herders attacked the village of Kwall in Plateau state on Sunday, killing 12 people.")
    assert rows[0]["actor1"] == "Unidentified Communal Militia (Nigeria)"
