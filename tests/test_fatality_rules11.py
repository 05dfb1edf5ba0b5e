"""Fatality rules on sentences of our own: one event's total, and the attackers' own deaths told after the event."""

import datetime

from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2023, 3, 6)  # a Monday


def _current(text: str) -> list[int]:
    return [m.count for m in FatalityFinder().find(text) if not m.cumulative]


# -- 1. "in total" / "altogether": one event's toll unless the sentence spans time or many events ---------------
def test_in_total_of_one_event_is_its_toll():
    assert _current("In total, 19 villagers were killed in the raid on the camp, officials said.") == [19]
    assert _current("Altogether, 8 soldiers died in the ambush near the bridge.") == [8]
    assert _current("Eleven people were killed in total when the lorry bomb went off.") == [11]


def test_in_total_over_time_or_many_events_stays_a_running_total():
    assert _current("In total, 340 people have been killed in attacks on villages since March.") == []
    assert _current("Altogether, 95 miners died in clashes over the past two years.") == []
    assert _current("In total, 60 civilians were killed in several raids across the district.") == []
    assert _current("In total, 120 people have died in the conflict this year.") == []


def test_in_total_sentence_codes_the_event_toll(code):
    rows = code("Militants stormed a cattle market near Gao on Sunday. In total, 23 herders were killed in the "
                "attack, the mayor said.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 23
