"""Headline and one-line lead forms (found on fixtures/headlines_dev1.jsonl): possessives written without their
apostrophe, capitals used as modifiers, wire headlines in capitals, national agencies heading a text before a date.
Every sentence is new (none is a fixture's text)."""

from __future__ import annotations

import pickle
from datetime import date

from coder.match.sources import head_agency_countries, source_heads
from coder.text.possessives import PossessiveRepair

PUB = date(2011, 3, 9)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- possessives without apostrophe (coder.text.possessives) ---------------------------------------------------
def test_a_country_name_and_a_bare_s_is_that_countrys_possessive() -> None:
    repair = PossessiveRepair(["Chad", "Somalia", "South Sudan", "Sudan", "Philippines", "Korea", "Mali"])
    assert repair("Somalias President; Malis army") == "Somalia's President; Mali's army"  # (capitals are uncapped first)
    assert repair("in South Sudans Jonglei") == "in South Sudan's Jonglei"
    assert repair("the two Koreas and the Philippines") == "the two Koreas and the Philippines"  # plurals, names
    assert repair("Somalis fled; Malians voted; Sudan's army") == "Somalis fled; Malians voted; Sudan's army"
    assert pickle.loads(pickle.dumps(repair))("Malis army") == "Mali's army"


def test_possessive_without_apostrophe_gives_the_country(code) -> None:
    row = _one(code("MALIS ARMY SAYS 12 JIHADISTS KILLED NEAR TIMBUKTU"))
    assert row["country"] == "Mali"
    row = _one(code("Car bomb kills nine in Somalias capital"))
    assert row["country"] == "Somalia"


# -- capitals used as modifiers (PlaceMatcher.attributive, matcher_words.json capital_state_words) -------------
def test_a_capital_used_as_a_modifier_places_the_event_when_no_other_place_is_named(code) -> None:
    row = _one(code("Nairobi riot police shoot dead a student"))
    assert row["country"] == "Kenya" and row["location"] == "Nairobi" and row["geo_precision"] == 1
    row = _one(code("Baghdad market bombing kills 12"))
    assert row["location"] == "Baghdad"


def test_a_capital_that_stands_for_its_state_is_no_place(code) -> None:
    row = _one(code("Kampala says its troops killed 30 rebels"))
    assert row["country"] == "Uganda" and row["location"] == "Uganda" and row["geo_precision"] == 3
    row = _one(code("Nairobi police shot dead two robbers in Kisumu"))  # another place is named: that one
    assert row["location"] == "Kisumu"


# -- wire headlines in capitals (PlaceMatcher.find(capitals=True)) ---------------------------------------------
def test_a_lone_name_after_a_cue_in_a_capitals_headline_is_a_place(code) -> None:
    row = _one(code("EIGHT KILLED IN MOGADISHU HOTEL SIEGE"))
    assert row["country"] == "Somalia" and row["location"] == "Mogadishu"
    row = _one(code("TWELVE DEAD IN ARMY SHELLING OF KISMAYO"))
    assert row["location"] == "Kismayo"


# -- an agency heading the text before a date (coder.match.sources.source_heads) -------------------------------
def test_an_agency_before_a_date_at_the_head_is_a_source_span() -> None:
    text = 'PNA, 2012-06-03: "Soldiers clash with rebels"'
    assert [text[s:e] for s, e in source_heads(text)] == ["PNA"]
    text = 'IRNA (4 March 2009): "Police kill smugglers"; AFP, 2009-03-05, "Border clash"'
    assert [text[s:e] for s, e in source_heads(text)] == ["IRNA", "AFP"]
    assert source_heads("On 4 March 2009, police killed three smugglers") == []
    assert head_agency_countries("APP 2011-01-02 x", [(0, 3)]) == ["PK"]


def test_a_national_agency_is_no_side_and_gives_its_country_when_the_text_names_none(code) -> None:
    row = _one(code('PNA, 2012-06-03: "Five soldiers killed in clash with rebels in Jolo"'))
    assert row["country"] == "Philippines" and "Pa-O" not in (row["actor1"] or "") + (row["actor2"] or "")
    row = _one(code('APP 2011-01-02: "Troops kill 8 militants in operation"', None))
    assert row["country"] == "Pakistan" and row["event_date"] == date(2011, 1, 2)
    row = _one(code('KUNA 2015-04-02 "Coalition air strikes kill 7 rebels in Yemens Aden"'))
    assert row["country"] == "Yemen"  # the text names the country: the agency's does not count


# -- a headline's reduced passive (coder.match.triggers._reduced_passive) ----------------------------------------
def test_a_counted_group_before_a_bare_participle_is_its_object(code) -> None:
    row = _one(code("Eleven Al Shabaab fighters killed in Lower Juba clash"))
    assert row["event_type"] == "Battles" and "Al Shabaab" in (row["actor1"], row["actor2"])
    assert row["fatalities"] == 11
    row = _one(code("Police say 14 bandits killed in Zamfara forest"))
    assert row["event_type"] == "Battles" and 7 not in (row["inter1"], row["inter2"])
    row = _one(code("6 policemen killed, 9 hurt in Maoist landmine blast in Sukma"))
    assert row["actor2"] == "Police Forces of India" and row["fatalities"] == 6


def test_an_active_verb_with_its_object_stays_active(code) -> None:
    row = _one(code("Two gunmen killed at least 8 worshippers in a mosque in Kano"))
    assert row["event_type"] == "Violence against civilians" and row["inter2"] == 7
    row = _one(code("On 2 May 2019, four gunmen opened fire on shoppers in Kano, killing 3"))
    assert row["event_type"] == "Violence against civilians" and row["inter2"] == 7


# -- a state force that reports its enemies' dead (coder.match.reporters) ----------------------------------------
def test_a_force_that_reports_non_state_dead_is_the_other_side(code) -> None:
    row = _one(code("Chadian army says 30 Boko Haram fighters killed near Lake Chad"))
    assert row["actor1"] == "Military Forces of Chad" and row["inter2"] == 2 and row["fatalities"] == 30
    row = _one(code("Kenyan police say 4 Al Shabaab militants killed in Garissa"))
    assert row["actor1"] == "Police Forces of Kenya" and row["actor2"] == "Al Shabaab"


def test_who_reports_without_being_a_force_adds_no_side(code) -> None:
    row = _one(code("Villagers say 6 bandits killed in Katsina"))
    assert row["inter1"] != 1 and row["inter2"] != 1


# -- the dead and who they fought (coder.match.mentions: role.clash_with for a headline's passive) ---------------
def test_who_the_dead_fought_in_a_clash_with_is_the_other_side(code) -> None:
    row = _one(code("Nine policemen killed in gunbattle with Maoists in Gadchiroli"))
    assert row["actor1"] == "CPI (Maoist): Communist Party of India (Maoist)"
    assert row["actor2"] == "Police Forces of India"
    row = _one(code("12 soldiers killed in clash with Al Shabaab near Kismayo"))
    assert row["actor1"] == "Al Shabaab" and row["inter2"] == 1



def test_a_capital_used_as_a_modifier_is_no_side(code) -> None:
    row = _one(code("Kabul car bomb kills 9 near ministry"))
    assert row["actor1"] != "Military Forces of Afghanistan" and row["location"] == "Kabul"
    row = _one(code("Kabul says its troops killed 30 Taliban in Helmand"))  # the capital for its state
    assert row["actor1"] == "Military Forces of Afghanistan"


# -- a headline's count without its noun (coder.match.assemble.names_victims, _BARE_COUNT) -----------------------
def test_a_bare_count_after_kills_is_people(code) -> None:
    row = _one(code("Suicide bomber kills 19 in Quetta mosque"))
    assert row["actor2"] == "Civilians (Pakistan)" and row["fatalities"] == 19
    row = _one(code("Missile strike kills twelve in Odesa"))
    assert row["actor2"] == "Civilians (Ukraine)"


def test_a_count_with_its_armed_noun_stays_that_side(code) -> None:
    row = _one(code("Roadside bomb kills 4 soldiers in Kunar"))
    assert row["actor2"] == "Military Forces of Afghanistan"


# -- a town's people (matcher_words.json identity_nouns) -----------------------------------------------------------
def test_a_town_before_a_religious_word_is_where_its_people_live(code) -> None:
    row = _one(code("Mosul Christians shot dead at checkpoint"))
    assert row["country"] == "Iraq" and row["location"] == "Mosul"
    row = _one(code("Gunmen kill 6 Quetta Hazaras near bus stop"))
    assert row["location"] == "Quetta"


def test_a_given_name_before_a_surname_is_still_no_place(code) -> None:
    row = _one(code("Gunmen shot dead Kano Abubakar, a trader, on Monday"))
    assert row["location"] != "Kano"


def test_a_big_town_opening_a_capitals_headline_is_a_place(code) -> None:
    row = _one(code("KANDAHAR BLAST KILLS SEVEN POLICEMEN"))
    assert row["country"] == "Afghanistan" and row["location"] == "Kandahar"


# -- the Bosnian Serb forces (armed_groups.jsonl grp.vrs) -----------------------------------------------------------
def test_bosnian_serb_forces_are_the_vrs(code) -> None:
    row = _one(code("Bosnian Serb forces shelled Bihac, killing 4 civilians"))
    assert row["actor1"] == "VRS: Army of Republika Srpska" and row["inter1"] == 2
    assert row["country"] == "Bosnia and Herzegovina"
