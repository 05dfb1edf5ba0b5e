"""Forms of ACLED's own notes and actor names inside a note.

- "Military Forces of Burkina Faso (2022-) and VDP": ACLED's period after an actor name is part of the name
  (coder.match.actors ``_PERIOD``), so the side joined by "and" still starts with it;
- state forces that "bombed" a place struck it from the air (rows ``type.state_bombed``); anyone else's bombing
  stays an explosive device.

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2023, 5, 4)


def test_acled_period_after_a_name_is_part_of_it(code):
    rows = code("On 3 May 2023, Military Forces of Burkina Faso (2022-) and VDP repelled an attack by JNIM on their "
                "base in Kaya (Sanmatenga, Centre-Nord).")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso")], rows
    rows = code("On 3 May 2023, Police Forces of Nigeria (2015-2023) arrested 12 IPOB members in Aba (Abia).")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("Police Forces of Nigeria", "IPOB: Indigenous People of Biafra")], rows


def test_state_forces_that_bombed_struck_from_the_air(code):
    rows = code("On 3 May 2023, the army bombed KIA positions near Laiza (Kachin).")
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"], rows
    rows = code("On 3 May 2023, unidentified militants bombed a railway bridge near Kutkai (Shan).")
    assert [r["sub_event_type"] for r in rows] == ["Remote explosive/landmine/IED"], rows


def test_a_state_forces_bombing_is_from_the_air(code):
    rows = code("Air force bombing kills 9 rebels near Mullaitivu, Sri Lanka", datetime.date(2008, 6, 2))
    assert [r["sub_event_type"] for r in rows] == ["Air/drone strike"], rows
