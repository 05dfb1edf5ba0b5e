"""The state's answer to a crowd's assault (coder.match.assemble ``merge.crowd_response``): "protesters stormed the
town hall. Police fired tear gas" is one violent demonstration, the police its other side, even though the
assault is an attack until the row names the crowd rioters (``type.protesters_attack``).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2023, 6, 2)


def _rows(rows):
    return [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"], r["location"], r["fatalities"])
            for r in rows]


def test_tear_gas_after_protesters_storm_a_building_is_the_riots_response(code):
    rows = code("On 1 June 2023, protesters stormed the regional administration building in Osh (Osh, Kyrgyzstan) "
                "and set it on fire. Police fired tear gas and stun grenades.")
    assert _rows(rows) == [("Riots", "Violent demonstration", "Rioters (Kyrgyzstan)", "Police Forces of Kyrgyzstan",
                            "Osh", 0)]


def test_the_riots_dead_join_it(code):
    rows = code("On 1 June 2023, demonstrators attacked the governor's office in Karakol (Issyk-Kul, Kyrgyzstan). "
                "Police used water cannon. Two police officers were killed.")
    assert [(r["sub_event_type"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Violent demonstration", "Police Forces of Kyrgyzstan", 2)], _rows(rows)


def test_armed_attackers_are_no_crowd(code):
    rows = code("On 1 June 2023, gunmen attacked a police post in Osh (Osh, Kyrgyzstan). Police fired back.")
    assert all(r["event_type"] != "Riots" for r in rows), _rows(rows)


def test_a_bare_count_arrested_after_a_strike_is_the_crowd(code):
    """ "Police arrested 15." right after a strike with road blocks: the strikers, so the protest is one with
    intervention (mentions ``arrest.crowd``; a strike or sit-in is upgraded as a march is)."""
    rows = code("On 1 June 2023, bus drivers went on strike and blocked roads in Mombasa (Mombasa, Kenya) to protest "
                "new levies. Police arrested 15.")
    assert _rows(rows) == [("Protests", "Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya",
                            "Mombasa", 0)]
    # people arrested as suspects of a crime are no crowd's members (the guard after the people word holds)
    rows = code("On 1 June 2023, traders protested in Eldoret (Uasin Gishu, Kenya) over new levies. Police arrested "
                "12 people suspected of looting shops.")
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest", "Arrests"], _rows(rows)


def test_a_release_demanded_is_no_arrest_now(code):
    """ "demanding the release of colleagues detained by the navy": the detention is what the protest is about
    (clauses HYPOTHETICAL ``release of``), not an intervention in it."""
    rows = code("On 1 June 2023, hundreds of fishermen protested in Jaffna (Northern, Sri Lanka) demanding the "
                "release of colleagues detained by the Indian Coast Guard.")
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Peaceful protest", None)], _rows(rows)


def test_what_a_meeting_denounces_and_a_funerals_dead_are_no_event_now(code):
    """ "held a press conference to denounce the arrest of its leader": the arrest is what is denounced; "the
    funeral of a slain activist": the killing is past (clauses HYPOTHETICAL 'to denounce', 'funeral of'). A funeral
    attacked is still an attack."""
    assert code("On 1 June 2023, the opposition held a press conference in Ndola (Copperbelt, Zambia) to denounce the "
                "arrest of its leader.") == []
    rows = code("On 1 June 2023, hundreds of people attended the funeral of a slain activist in Erbil (Erbil, Iraq).")
    assert all(r["fatalities"] == 0 for r in rows), _rows(rows)
    rows = code("On 1 June 2023, gunmen attacked mourners at a funeral in Kauru (Kaduna, Nigeria), killing 4.")
    assert [(r["sub_event_type"], r["fatalities"]) for r in rows] == [("Attack", 4)], _rows(rows)
