"""Long news articles, third set: partial toll updates, the named day of a night attack, "near" places.

Every text here is new, written for these tests (fixtures/long_dev.jsonl and long_dev2.jsonl measure the same
rules on whole articles).
"""

import datetime

import pytest

PUB = datetime.date(2023, 3, 9)  # a Thursday
FILLER = "The attackers fled into the forest after the fighting, witnesses said. "


@pytest.mark.parametrize("update, expected", [
    # only the soldiers' part changes: 4 soldiers + 3 militants -> 6 soldiers + 3 militants
    ("A wounded soldier died on Wednesday, raising the number of soldiers killed to six, the army said.", 9),
    # only the militants' part changes: 4 + 3 -> 4 + 5
    ("Troops later found two more bodies, bringing the number of dead militants to five, the army said.", 9),
])
def test_a_toll_update_for_one_group_changes_only_its_part(code, update, expected):
    lead = ("Militants attacked an army post in Kidal on Tuesday, sparking a gunfight that killed four soldiers "
            "and three militants, officials said. ")
    rows = code(lead + FILLER + update, PUB)
    assert len(rows) == 1 and rows[0]["fatalities"] == expected
    assert "fat.group_toll" in rows[0]["rule_ids"]


def test_a_whole_toll_update_still_replaces_the_toll(code):
    lead = ("Militants attacked an army post in Kidal on Tuesday, sparking a gunfight that killed four soldiers "
            "and three militants, officials said. ")
    rows = code(lead + FILLER + "By Wednesday the death toll had risen to 12, the governor said.", PUB)
    assert len(rows) == 1 and rows[0]["fatalities"] == 12


def test_a_group_update_lower_than_the_first_count_changes_nothing(code):
    lead = ("Gunmen ambushed a police patrol in Kidal on Tuesday, killing five policemen and two civilians, "
            "officials said. ")
    rows = code(lead + FILLER + "The number of police killed stood at five, the ministry said.", PUB)
    assert len(rows) == 1 and rows[0]["fatalities"] == 7


def test_the_named_day_dates_an_overnight_attack(code):
    text = ("Gunmen killed 14 villagers in an overnight raid on a village in Kidal region late on Monday, "
            "officials said. " + FILLER + "The army sent reinforcements to the area, a spokesman said.")
    rows = code(text, PUB)
    assert rows and rows[0]["event_date"] == datetime.date(2023, 3, 6)


def test_overnight_alone_is_still_the_night_before_publication(code):
    rows = code("Gunmen killed 14 villagers in an overnight raid on a village near Kidal, officials said.", PUB)
    assert rows and rows[0]["event_date"] == datetime.date(2023, 3, 8)


@pytest.mark.parametrize("phrase", [
    "near the town of Gao",
    "in the hinterlands of Gao",
    "in a rural area of Gao",
    "near the river port town of Gao",
])
def test_a_place_the_event_was_only_near_has_geo_precision_2(code, phrase):
    rows = code(f"Gunmen killed six villagers {phrase} on Tuesday, officials said.", PUB)
    assert rows and rows[0]["location"] == "Gao" and rows[0]["geo_precision"] == 2


def test_a_place_in_the_town_itself_keeps_geo_precision_1(code):
    rows = code("Gunmen killed six villagers in the town of Gao on Tuesday, officials said.", PUB)
    assert rows and rows[0]["location"] == "Gao" and rows[0]["geo_precision"] == 1


@pytest.mark.parametrize("blame", [
    "The army blamed the blast on the outlawed Kurdistan Workers' Party (PKK).",
    "Officials blamed the explosion on the banned Kurdistan Workers' Party (PKK).",
])
def test_a_group_blamed_with_an_adjective_is_the_initiator(code, blame):
    rows = code("A roadside bomb killed three soldiers near Yuksekova on Tuesday. " + blame, PUB)
    assert len(rows) == 1 and rows[0]["actor1"] == "PKK: Kurdistan Workers' Party"



LEAD3 = ("Jihadists seized the town of Menaka after a three-day battle with the army on Tuesday, officials said. " +
         FILLER + "The army sent reinforcements to the area, a spokesman said. ")


@pytest.mark.parametrize("background", [
    "Rights groups have accused both the jihadists and the soldiers of abuses against civilians in Gao region, "
    "including beheadings by the jihadists and torture by soldiers.",
    "Amnesty International has accused the army of abuses against herders in the region, including torture and "
    "summary executions.",
    "Mali's military rulers have expelled French troops and turned to Russia for security support, and have formed "
    "an alliance with the juntas of Niger and Burkina Faso.",
    "\"Each attack drives more families from the villages,\" said a nurse in Bamako.",
])
def test_background_sentences_make_no_rows(code, background):
    rows = code(LEAD3 + background, PUB)
    assert len(rows) == 1 and rows[0]["location"] == "Menaka"


def test_a_dated_perfect_past_the_lead_is_still_an_event(code):
    rows = code(LEAD3 + "On Wednesday militants have attacked an army post in Kidal, killing two soldiers, the army said.",
                PUB)
    assert len(rows) == 2


@pytest.mark.parametrize("condemner", ["The U.S. embassy also condemned the bombing.",
                                       "The French government denounced the bombing as cowardly."])
def test_who_condemns_an_unclaimed_bombing_is_not_its_initiator(code, condemner):
    rows = code("A car bomb exploded in a crowded market in Baghdad on Tuesday, killing 12 people, police said. "
                + condemner, PUB)
    assert len(rows) == 1 and rows[0]["actor1"] == "Unidentified Armed Group (Iraq)"


def test_a_capital_inside_a_longer_place_name_is_no_state(code):
    # "Praia" is Cape Verde's capital; "Mocimboa da Praia" is a town in Mozambique
    rows = code("Troops launched an operation on Tuesday to retake Mocimboa da Praia from insurgents, "
                "and at least 10 soldiers were killed in the fighting, residents said.", PUB)
    assert rows and rows[0]["country"] == "Mozambique"
    assert all("Cape Verde" not in (r[k] or "") for r in rows for k in ("actor1", "actor2"))


CELAYA = "Gunmen opened fire inside a bar in Irapuato late on Saturday, killing six people, the prosecutor's office said. "


@pytest.mark.parametrize("sentence", [
    "Witnesses said the attackers fled before police arrived and that the shooting lasted a minute.",
    "Prosecutors said they were investigating whether the attack was linked to a feud between criminal groups.",
])
def test_who_came_later_or_might_be_linked_is_no_side(code, sentence):
    rows = code(CELAYA + sentence, datetime.date(2024, 8, 5))
    assert len(rows) == 1 and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["actor2"] == "Civilians (Mexico)"


@pytest.mark.parametrize("speaker", [
    "the police chief's spokesman said",
    "the army's press office told reporters",
    "the governor's office said in a statement",
])
def test_who_speaks_for_a_side_through_a_possessive_is_no_side(code, speaker):
    rows = code(f"Gunmen killed eight people in a bar in Celaya on Saturday, {speaker}.", PUB)
    assert len(rows) == 1
    assert rows[0]["sub_event_type"] == "Attack" and rows[0]["inter2"] == 7


def test_a_possessive_side_that_acts_is_still_a_side(code):
    rows = code("The army's special forces killed eight gunmen in Celaya on Saturday.", PUB)
    assert len(rows) == 1 and rows[0]["inter1"] == 1
