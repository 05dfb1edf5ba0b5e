"""Long news articles, second set: counts, aggregates, recalled events, and claims after the lead.

Every text here is new, written for these tests (fixtures/long_dev2.jsonl measures the same rules on whole
articles).
"""

import datetime

import pytest

PUB = datetime.date(2023, 3, 6)  # a Monday
LEAD = "Jihadists killed five soldiers in an ambush near Djibo on Sunday, the army said. "
FILLER = ("The patrol was returning to its base when it came under fire. "
          "Two other soldiers were wounded and flown to Ouagadougou. ")


def test_a_count_before_a_comma_is_read(code):
    rows = code(LEAD + FILLER + "By Monday the death toll had risen to 7, a military source said.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 7


@pytest.mark.parametrize("aggregate", [
    "More than 12,000 people have been killed in the conflict.",
    "The United Nations says more than 900 civilians were killed in the first nine months of 2022.",
    "The ministry says 400 soldiers have died in the same period.",
    "Rights groups say more than 2,000 people have been killed in the north since the junta took power.",
])
def test_aggregate_tolls_are_not_the_events_dead(code, aggregate):
    rows = code(LEAD + FILLER + aggregate)
    assert len(rows) == 1 and rows[0]["fatalities"] == 5


def test_an_earlier_calendar_date_past_the_lead_is_recalled_history(code):
    rows = code(LEAD + FILLER + "On February 18, a roadside bomb killed six soldiers near Kaya.")
    assert len(rows) == 1 and rows[0]["location"] == "Djibo"


def test_a_weekday_past_the_lead_is_still_a_second_event(code):
    rows = code(LEAD + FILLER + "On Saturday, a roadside bomb killed six soldiers near Kaya.")
    assert {r["location"] for r in rows} == {"Djibo", "Kaya"}


@pytest.mark.parametrize("sentence", [
    "Roads were blocked with burning tyres in several parts of the country on Sunday.",
    "The army said the operation aimed to free hostages still held by the group near Arbinda.",
    "Trade in Arbinda has collapsed since the ambush.",
    "Analysts say the group has turned to suicide bombings in Arbinda.",
    "Relatives said they would not bury the dead until the army took control of Arbinda.",
])
def test_background_and_conditions_are_not_events(code, sentence):
    rows = code(LEAD + sentence)
    assert len(rows) == 1 and rows[0]["location"] == "Djibo"


def test_a_groups_own_claim_does_not_raise_the_toll(code):
    rows = code(LEAD + "A spokesman for the army said two militants were also killed. "
                "JNIM said in a statement that its fighters had killed 30 soldiers.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 7


def test_tear_gas_shells_are_not_shelling(code):
    rows = code("Youths threw stones at police in Sopore on Sunday, who fired tear gas shells to disperse them.")
    assert len(rows) == 1 and rows[0]["event_type"] == "Riots"
