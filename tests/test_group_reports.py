"""An armed group that reports the state's dead fought them (coder.match.reporters ``actor.group_report``), as a
state force that reports its enemies' dead does (``actor.state_report``): "Maoist rebels say 12 policemen killed",
"the ELN says it killed 4 soldiers". A headline's source told after it counts too ("9 rebels killed near Kitgum -
army", "...: police", "..., Taliban say"). A civilian source ("residents say") names no side.

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2004, 3, 2)


def _sides(rows):
    return [(r["actor1"], r["inter1"], r["actor2"], r["inter2"]) for r in rows]


def test_rebels_who_report_soldiers_dead_are_the_other_side(code):
    rows = code("Maoist rebels say 12 policemen killed in ambush in Rolpa, Nepal")
    assert [(r["inter1"], r["actor2"]) for r in rows] == [(2, "Police Forces of Nepal")], _sides(rows)
    rows = code("AFP 2004-03-01 \"ELN says it killed 4 soldiers in Arauca\"")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("ELN: National Liberation Army", "Military Forces of Colombia")], _sides(rows)


def test_residents_who_report_the_dead_are_no_side(code):
    rows = code("Residents say 5 soldiers killed in attack near Gao, Mali")
    assert [r["actor1"] for r in rows] != ["Civilians (Mali)"] and all(r["inter1"] != 7 for r in rows), _sides(rows)


def test_a_headlines_source_after_it_is_the_side_that_counts(code):
    rows = code("Nine rebels killed in clash near Kitgum - army")
    assert [(r["actor1"], r["inter2"]) for r in rows] == [("Military Forces of Uganda", 2)], _sides(rows)
    rows = code("Six Taliban killed in Kandahar clash: police")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Police Forces of Afghanistan", "Taliban")], _sides(rows)
    rows = code("Seven soldiers killed in Kunar ambush, Taliban say")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Taliban", "Military Forces of Afghanistan")], _sides(rows)


def test_a_group_the_police_blame_in_a_headline_is_the_attacker(code):
    rows = code("Market bomb kills 11 in Vavuniya; police blame LTTE", datetime.date(2008, 6, 2))
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("LTTE: Liberation Tigers of Tamil Eelam", "Civilians (Sri Lanka)")], _sides(rows)


def test_police_who_say_are_a_source(code):
    rows = code("Blast kills 6 in Peshawar, police say 40 wounded", datetime.date(2008, 6, 2))
    assert [r["actor2"] for r in rows] != ["Police Forces of Pakistan"], _sides(rows)
