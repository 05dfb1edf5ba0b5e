"""Long news articles, sixth set: dates of reporting verbs, motives, history told over two sentences, clauses
that go on with a modal or a habit, a speaker's past, the victims' home region.

Every text here is new, written for these tests (fixtures/long_dev*.jsonl measure the same rules on whole articles).
"""

import datetime

PUB = datetime.date(2022, 3, 9)  # a Wednesday


def test_a_reporting_verbs_date_gives_way_to_the_events_day(code):
    text = ("Gunmen shot dead nine traders on a road in Zamfara state, police said Wednesday. "
            "The attack, on Monday near the town of Gusau, was the third on the road this month.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["event_date"] == datetime.date(2022, 3, 7)
    assert "date.reported" in rows[0]["rule_ids"]


def test_a_statements_date_after_said_in_a_statement(code):
    text = ("Militants ambushed a patrol near Kidal, killing six soldiers, the army said in a statement late on "
            "Tuesday. The ambush took place on Sunday, a security source said.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["event_date"] == datetime.date(2022, 3, 6)


def test_a_reporting_date_alone_still_dates_the_event(code):
    rows = code("Gunmen shot dead nine traders on a road near Gusau in Zamfara state, police said Tuesday.")
    assert len(rows) == 1 and rows[0]["event_date"] == datetime.date(2022, 3, 8)


def test_a_date_before_the_verb_is_the_events(code):
    rows = code("On Tuesday gunmen shot dead nine traders near Gusau in Zamfara state, police said.")
    assert rows[0]["event_date"] == datetime.date(2022, 3, 8)
