"""Headline forms found on fixtures/headlines_dev2.jsonl: toll updates in headlines joined by ";"
(coder.match.toll_updates), present-tense headline verbs ("behead", "seize Kelbajar"). Every sentence is new (none
is a fixture's text)."""

from __future__ import annotations

from datetime import date

from coder.match.toll_updates import joined_toll_updates

PUB = date(2009, 5, 14)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- fat.toll_update (coder.match.toll_updates) ---------------------------------------------------------------
def test_a_later_headline_whose_toll_rose_gives_the_figure(code) -> None:
    row = _one(code("Suicide blast kills 12 at Kandahar mosque;Kandahar mosque blast toll climbs to 19"))
    assert row["fatalities"] == 19 and "fat.toll_update" in row["rule_ids"]


def test_a_toll_headline_with_no_event_word_updates_the_event_before_it(code) -> None:
    row = _one(code("Gunmen kill 6 soldiers near Diffa;Officials say Diffa toll now 8"))
    assert row["fatalities"] == 8 and row["country"] == "Niger"


def test_a_plain_toll_replaces_only_a_number_less_figure(code) -> None:
    assert _one(code("Soldiers killed in Menaka ambush;Ministry puts Menaka toll at 9"))["fatalities"] == 9
    # an explicit count and a toll with no word of change are rival reports: the conservative figure stays
    assert _one(code("Gunmen kill 14 villagers in Zamfara;Police put Zamfara toll at 9"))["fatalities"] == 14


def test_a_toll_after_headlines_that_disagree_updates_nothing(code) -> None:
    row = _one(code("Gunmen kill 7 in Kaduna village;Gunmen kill 12 in Kaduna villages;Kaduna toll rises to 15"))
    assert row["fatalities"] == 7 and "fat.toll_update" not in row["rule_ids"]


def test_a_toll_update_in_running_text_is_left_to_the_other_rules(code) -> None:
    # the rule reads headlines joined by ";" only
    row = _one(code("Gunmen killed 6 soldiers near Diffa on Monday. The army later gave a toll of 6."))
    assert "fat.toll_update" not in row["rule_ids"]


def test_joined_toll_updates_leaves_no_events_and_toll_less_texts_alone() -> None:
    joined_toll_updates([], "a;b", "a;b", [(0, 1), (2, 3)], lambda s: [])  # no event: nothing to do, no error


# -- present-tense headline verbs (triggers.jsonl, matcher_words.json before_cues) ------------------------------
def test_behead_in_the_present_is_a_killing(code) -> None:
    row = _one(code("Jihadists behead 4 herders near Mocimboa da Praia"))
    assert row["event_type"] == "Violence against civilians" and row["fatalities"] == 4
    assert row["country"] == "Mozambique"


def test_a_small_town_after_seize_is_the_place_and_gives_the_country(code) -> None:
    row = _one(code("Armenian troops seize Lachin; Baku says 12 killed", date(1992, 5, 19)))
    assert row["country"] == "Azerbaijan" and row["location"] == "Lachin"
    assert row["sub_event_type"] == "Non-state actor overtakes territory" and row["fatalities"] == 12


def test_seize_with_no_place_after_it_is_no_capture(code) -> None:
    assert all(r["sub_event_type"] != "Non-state actor overtakes territory"
               for r in code("Customs officers seize 40 kg of heroin at Lagos port"))


def test_a_bomb_that_kills_in_a_headline_is_an_explosion(code) -> None:
    row = _one(code("Bomb kills 4 rangers in Pattani"))
    assert row["sub_event_type"] == "Remote explosive/landmine/IED" and row["fatalities"] == 4
    assert row["country"] == "Thailand"


def test_aircraft_that_pound_or_hit_in_a_headline_make_an_air_strike(code) -> None:
    row = _one(code("Turkish jets pound PKK hideouts in Hakurk, 9 militants killed"))
    assert row["sub_event_type"] == "Air/drone strike" and row["fatalities"] == 9
    assert _one(code("Warplanes pound rebel positions near Kidal"))["sub_event_type"] == "Air/drone strike"
    # with no aircraft near it the verb makes no air strike
    assert all(r["sub_event_type"] != "Air/drone strike" for r in code("Floods pound Mombasa, 3 dead"))


# -- national newspapers and broadcasters heading a text (matcher_words.json agency_countries) -------------------
def test_a_national_newspaper_heading_a_text_gives_its_country_when_none_is_named(code) -> None:
    assert _one(code('Kathmandu Post, 2003-02-11: "Security forces kill 7 rebels in western hills"'))["country"] == "Nepal"
    assert _one(code('Daily Monitor (2 March 2004): "Rebels kill 9 in camp attack"'))["country"] == "Uganda"
    # the outlet's country is the state of the day: South Sudan's radio before July 2011 reports from Sudan
    assert _one(code('Radio Tamazuj, 2010-05-02: "Rebels kill 5 soldiers"'))["country"] == "Sudan"


def test_a_country_the_text_names_beats_the_newspapers(code) -> None:
    row = _one(code('Hindustan Times, 2009-06-01: "Taliban kill 6 Afghan police in Kunar"'))
    assert row["country"] == "Afghanistan"
