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


# -- 2. the attackers' own deaths told in the sentence after the event are more of its dead -----------------------
def test_perpetrator_death_sentences_are_read():
    finder = FatalityFinder()
    assert [(m.count, m.rule_id) for m in finder.perpetrator_deaths("The bomber also died.")] == [(1, "fat.perpetrators")]
    assert [m.count for m in finder.perpetrator_deaths("Both assailants were killed.")] == [2]
    assert [m.count for m in finder.perpetrator_deaths("Two of the gunmen were later shot dead by police.")] == [2]
    # not about the attackers' deaths: the attackers killing others, or someone else dying
    assert finder.perpetrator_deaths("The gunmen killed four more villagers as they fled.") == []
    assert finder.perpetrator_deaths("A policeman was also killed.") == []
    assert finder.perpetrator_deaths("None of the attackers were killed.") == []


def test_the_bomber_also_died_adds_one(code):
    rows = code("A suicide bomber struck a wedding hall in Kandahar on Saturday, killing 8 guests. The bomber also "
                "died.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 9


def test_both_attackers_were_killed_adds_two(code):
    rows = code("Two gunmen opened fire on a bus near Peshawar on Sunday, killing 6 passengers. Both attackers were "
                "killed.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 8


def test_a_given_number_of_attackers_is_added(code):
    rows = code("Militants raided a police post in Bannu on Sunday, killing 4 policemen. Three of the attackers were "
                "later killed by soldiers.")
    assert sum(row["fatalities"] for row in rows) == 7


def test_attackers_dying_in_a_separate_incident_are_not_added(code):
    rows = code("Gunmen attacked a market in Maiduguri on Sunday, killing 10 traders. In a separate incident in "
                "Kano, two gunmen were killed by police on Monday.")
    assert rows[0]["fatalities"] == 10


def test_attackers_already_in_the_toll_are_not_added_again(code):
    rows = code("A suicide bomber struck a market in Maiduguri on Monday, killing 12 people, including the two "
                "attackers. Both attackers were killed.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 12
    rows = code("Gunmen stormed a hotel in Mogadishu on Friday, killing 9 people, among them the three gunmen. The "
                "gunmen were killed by security forces.")
    assert sum(row["fatalities"] for row in rows) == 9
