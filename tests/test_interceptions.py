"""Launches told with their interception (coder.match.interceptions, event.intercepted_launch), and counted
launches ('launched 4 drones', 'fired 12 rockets': counted_phrases of trg.drone_launched, trg.rocket.fired and
trg.missile.fired).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2024, 3, 2)


def _rows(rows):
    return [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"], r["location"], r["fatalities"])
            for r in rows]


def test_counted_launches_are_strikes(code):
    rows = code("On 1 March 2024, Hezbollah launched 6 drones at Metula (Northern). No casualties were reported.")
    assert [(r["sub_event_type"], r["actor1"], r["location"]) for r in rows] == [
        ("Air/drone strike", "Hezbollah", "Metula")], _rows(rows)
    rows = code("On 1 March 2024, Houthi forces fired three missiles at Najran (Najran, Saudi Arabia).")
    assert [(r["sub_event_type"], r["location"]) for r in rows] == [
        ("Shelling/artillery/missile attack", "Najran")], _rows(rows)
    rows = code("On 1 March 2024, militants fired dozens of rockets at Ashkelon (Southern).")
    assert [r["sub_event_type"] for r in rows] == ["Shelling/artillery/missile attack"], _rows(rows)


def test_launch_then_interception_of_all_is_one_disrupted_weapons_use(code):
    rows = code("On 1 March 2024, Hamas fired rockets from Gaza towards Netivot (Southern). The rockets were "
                "intercepted by the Iron Dome. No injuries were reported.")
    assert _rows(rows) == [("Strategic developments", "Disrupted weapons use", "Military Forces of Israel",
                            "Hamas Movement", "Netivot", 0)]
    rows = code("On 1 March 2024, Hezbollah launched 3 drones at Nahariya (Northern). All of them were shot down "
                "by Israeli air defences.")
    assert _rows(rows) == [("Strategic developments", "Disrupted weapons use", "Military Forces of Israel",
                            "Hezbollah", "Nahariya", 0)]


def test_launch_and_interception_in_one_sentence(code):
    rows = code("On 1 March 2024, Hamas fired rockets towards Ashdod (Southern); the Iron Dome intercepted them. "
                "No injuries were reported.")
    assert _rows(rows) == [("Strategic developments", "Disrupted weapons use", "Military Forces of Israel",
                            "Hamas Movement", "Ashdod", 0)]


def test_partial_interception_keeps_the_strike(code):
    rows = code("On 1 March 2024, Hamas fired 15 rockets at Sderot (Southern), and the Iron Dome intercepted most "
                "of them.")
    assert [r["sub_event_type"] for r in rows] == ["Shelling/artillery/missile attack"], _rows(rows)
    rows = code("On 1 March 2024, Hezbollah launched 4 drones at Safed (Northern). Israeli air defences shot down "
                "three of them.")
    assert "Air/drone strike" in [r["sub_event_type"] for r in rows], _rows(rows)


def test_an_interception_elsewhere_stays_its_own_event(code):
    rows = code("On 1 March 2024, Russian forces shelled Kherson city (Kherson). Ukrainian air defence shot down "
                "12 Shahed drones over Odesa oblast (Odesa).")
    assert sorted(r["sub_event_type"] for r in rows) == [
        "Disrupted weapons use", "Shelling/artillery/missile attack"], _rows(rows)
