"""Long news articles, twelfth set: a sentence-initial month before a count ("In April, 29 rebels were killed"),
a pledge to reduce casualties, strikes and shutdowns called "to protest", days after publication, burials still to
come ("would be buried in a mass grave"), attacks stepped up or carried out many times in the present perfect.

Every text here is new, written for these tests (fixtures/long_dev7.jsonl measures the same rules on whole articles).
"""

import datetime

from coder.match.background_cues import after_publication, called_purpose
from coder.match.dates import DateResolver

PUB = datetime.date(2024, 10, 2)  # a Wednesday
FILLER = ("Residents said the town was calm on Tuesday. The army did not say how many attackers were killed. "
          "The region has been hit by violence since 2012. ")


def _rows(rows):
    return [(r["event_date"], r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"], r["location"])
            for r in rows]


# ------------------------------------------------------------------------------------------------ month first
def test_a_month_before_a_comma_and_a_count_is_a_month():
    found = DateResolver().find("In June, 14 soldiers were killed in an ambush.", PUB)
    assert [(m.text, m.precision) for m in found] == [("In June", 3)]
    # a year after the comma is still the month's year, and a day straight after the month is a day
    assert [m.date for m in DateResolver().find("In June, 2019, gunmen attacked the town.", PUB)] \
        == [datetime.date(2019, 6, 15)]
    assert [(m.date, m.precision) for m in DateResolver().find("In June 14 soldiers were killed.", PUB)] \
        == [(datetime.date(2024, 6, 14), 1)]


def test_an_earlier_month_then_a_count_past_the_lead_is_background(code):
    rows = code("Troops killed four militants in a gunfight near Bannu on Monday, police said. " + FILLER
                + "In July, 12 soldiers were killed in a single attack in Lakki Marwat district.")
    assert [r["location"] for r in rows] == ["Bannu"], _rows(rows)


# ------------------------------------------------------------------------------------------------- casualties
def test_a_pledge_to_reduce_casualties_is_no_death_report(code):
    assert code("Army and rebel delegates ended a round of talks in Addis Ababa on Tuesday with a commitment "
                "to minimise civilian casualties.") == []
    rows = code("Gunmen attacked a village near Kaduna on Tuesday, causing casualties, police said.")
    assert [r["sub_event_type"] for r in rows] == ["Attack"], _rows(rows)


# ----------------------------------------------------------------------------------- called, after publication
def test_a_strike_called_to_protest_is_no_protest(code):
    assert code("Traders' unions called for a shutdown of markets in Peshawar on Monday to protest against "
                "new taxes, their leaders said.") == []
    assert code("The rebels have called a general strike across the district from Friday to protest against "
                "the killings.") == []
    # a call that was answered: the march took place
    rows = code("On Monday, thousands of traders answered a call for a strike and marched through Peshawar to "
                "protest against new taxes, police said.")
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"], _rows(rows)
    rows = code("Hundreds of farmers blocked the highway near Multan on Monday to protest against low wheat prices.")
    assert len(rows) == 1, _rows(rows)


def test_called_purpose_and_after_publication_helpers():
    text = "the union called a bandh in the region on friday to protest against the arrests."
    assert called_purpose(text, 0, text.index("protest"))
    text = "workers answered a call for a strike and marched to protest against the arrests."
    assert not called_purpose(text, 0, text.index("protest"))
    assert after_publication(datetime.date(2024, 10, 5), PUB)
    assert not after_publication(PUB, PUB) and not after_publication(None, PUB)
    assert not after_publication(datetime.date(2025, 5, 2), PUB, "on 2 May 2025")  # its own year: kept


def test_a_rally_on_a_day_after_publication_is_not_yet_an_event(code):
    assert code("Opposition supporters will hold a rally in Lahore on October 6, party leaders said.") == []


# ------------------------------------------------------------------------------------------ burials to come
def test_a_burial_in_a_mass_grave_still_to_come_is_no_attack(code):
    rows = code("Gunmen killed nine farmers near Katsina-Ala on Monday, police said. The governor said the victims "
                "would be buried in a mass grave in Katsina-Ala on Thursday.")
    assert [(str(r["event_date"]), r["fatalities"]) for r in rows] == [("2024-09-30", 9)], _rows(rows)


# ------------------------------------------------------------------------------- repeated, in the perfect
def test_attacks_stepped_up_or_carried_out_many_times_are_background(code):
    lead = "Militants stormed an army post near Gao on Monday, killing six soldiers, the army said. "
    for tail in ("The air force has conducted several drone strikes on militant camps in the region.",
                 "The rebels have in turn stepped up rocket attacks on army bases."):
        rows = code(lead + FILLER + tail)
        assert [r["location"] for r in rows] == ["Gao"], (tail, _rows(rows))
    # one attack in the perfect, with its place and its dead, is still an event
    rows = code(lead + FILLER + "Militants have launched an attack on a checkpoint in Bannu, killing two officers.")
    assert "Bannu" in [r["location"] for r in rows], _rows(rows)


# ------------------------------------------------------------------------------------------ dispersed by itself
def test_a_crowd_that_dispersed_peacefully_met_no_intervention(code):
    rows = code("On Tuesday, about 500 people rallied outside the governor's office in Kandahar to demand the "
                "release of detained elders, and dispersed peacefully in the evening.")
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"], _rows(rows)
    rows = code("On Tuesday, police dispersed a rally of about 500 people outside the governor's office in "
                "Kandahar who demanded the release of detained elders.")
    assert [r["sub_event_type"] for r in rows] == ["Protest with intervention"], _rows(rows)


# ------------------------------------------------------------------------------ a count is no community's name
def test_a_count_before_militiamen_names_no_community(code):
    rows = code("Seven militiamen and two civilians were killed in fighting between rival militias near Uvira on "
                "Monday, officials said.")
    assert rows and all("Seven" not in (r["actor1"] or "") + (r["actor2"] or "") for r in rows), _rows(rows)


# -------------------------------------------------------------------------------------- a crowd's own words
def test_a_killing_word_in_a_placard_or_chant_is_the_crowds_words(code):
    rows = code('On Monday, about 300 students marched through Jos carrying banners reading "End the killings now" '
                "and demanding better security on campus.")
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"], _rows(rows)
    rows = code('On Monday, hundreds of women rallied in Maiduguri chanting "Stop the attacks on our farms".')
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"], _rows(rows)


def test_in_slogan_needs_an_opening_quote_after_a_slogan_word():
    from coder.match.background_cues import in_slogan
    text = 'they marched with placards reading "stop the killings" and went home.'
    assert in_slogan(text, 0, text.index("killings"))
    text = 'they marched after the killings, "we are tired", one said.'
    assert not in_slogan(text, 0, text.index("killings"))


# ------------------------------------------------------------------------- attackers killed, and a new total
def test_attackers_killed_with_a_new_total_give_the_total(code):
    lead = "Militants attacked an army post near Kidal on Monday, killing four soldiers, the army said. "
    rows = code(lead + "Three of the attackers were also killed, bringing the death toll to seven.")
    assert [r["fatalities"] for r in rows] == [7], _rows(rows)
    rows = code(lead + "Three of the attackers were also killed, the army said.")
    assert [r["fatalities"] for r in rows] == [7], _rows(rows)
