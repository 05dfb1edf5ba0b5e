"""Clashes of parties' members and students (triggers.jsonl, actor_forms.json, coder.match.rows).

- a party named "League" is no sports league: "students clashed with Chhatra League activists" is an event (the
  clash triggers' sports veto names leagues, matches and titles, no longer the bare word);
- students who clash with a party's activists are a crowd against a crowd: mob violence, rioters against rioters
  (ACLED 55);
- students who clash with the police riot (fighting_civilians): a violent demonstration, rioters against police.

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2022, 4, 12)


def _rows(rows):
    return [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows]


def test_a_party_called_league_is_no_sports_league(code):
    rows = code("On 11 April 2022, students clashed with Chhatra League activists in Sylhet (Sylhet), leaving 12 "
                "injured.")
    assert _rows(rows) == [("Riots", "Mob violence", "Rioters (Bangladesh)", "Rioters (Bangladesh)")]
    rows = code("On 11 April 2022, Muslim League workers clashed with PPP supporters in Multan (Punjab).")
    assert [r["sub_event_type"] for r in rows] == ["Mob violence"], _rows(rows)
    assert code("Arsenal clashed with Chelsea in a league match on Sunday.") == []


def test_students_against_police_riot(code):
    rows = code("On 11 April 2022, students clashed with police at Rajshahi University (Rajshahi).")
    assert _rows(rows) == [("Riots", "Violent demonstration", "Rioters (Bangladesh)", "Police Forces of Bangladesh")]
