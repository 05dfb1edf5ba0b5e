"""Long news articles, eleventh set: datelines with "--" or "(PTI):", rites for the dead, the seat of a speaker and
a hospital as places, weapons among things recovered, protests called for a later day, attackers' deaths counted
beyond six, open questions about deaths, rallies in a market.

Every text here is new, written for these tests (fixtures/long_dev6.jsonl measures the same rules on whole articles).
"""

import datetime

from coder.match.clauses import recovered_item
from coder.match.fatalities import FatalityFinder
from coder.match.sources import DATELINE

PUB = datetime.date(2025, 3, 13)  # a Thursday


def _counts(sentence):
    return [f.count for f in FatalityFinder().find(sentence)]


def _rows(rows):
    return [(r["event_date"], r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"], r["location"])
            for r in rows]


# ---------------------------------------------------------------------------------------------------- datelines
def test_datelines_with_a_double_dash_or_an_agency_colon():
    for text, head in [("GOMA, DR Congo, March 12 (Xinhua) -- Rebels shelled ...", "GOMA, DR Congo, March 12 (Xinhua) -- "),
                       ("COTABATO CITY, Mar. 12 (PNA) -- Soldiers ...", "COTABATO CITY, Mar. 12 (PNA) -- "),
                       ("SRINAGAR, Mar 12 (PTI): Two militants ...", "SRINAGAR, Mar 12 (PTI): "),
                       ("KABUL -- A bomb ...", "KABUL -- ")]:
        found = DATELINE.match(text)
        assert found is not None and text[:found.end()] == head, text
    # a country heading a note with a colon is no dateline: its name is the event's country
    assert DATELINE.match("NIGERIA: On 3 May, gunmen killed four farmers near Gusau.") is None


def test_an_agency_dateline_is_neither_the_date_nor_a_side(code):
    rows = code("ZAMBOANGA CITY, Mar. 13 (PNA) -- Three soldiers were killed when suspected Abu Sayyaf gunmen "
                "ambushed their patrol in Patikul, Sulu on Tuesday, the military said.")
    assert len(rows) == 1, _rows(rows)
    assert str(rows[0]["event_date"]) == "2025-03-11" and rows[0]["location"] == "Patikul", _rows(rows)
    assert "PNA" not in (rows[0]["actor1"] or "") + (rows[0]["actor2"] or "")


def test_a_pti_dateline_gives_way_to_the_weekday(code):
    rows = code("GUWAHATI, Mar 13 (PTI): Two policemen were shot dead by suspected militants in Kokrajhar "
                "district on Wednesday, officials said.")
    assert [str(r["event_date"]) for r in rows] == ["2025-03-12"], _rows(rows)


# ---------------------------------------------------------------------------------------------------- rites
def test_burials_and_funerals_are_no_new_event(code):
    rows = code("Gunmen killed 14 villagers in an attack near Bunia on Monday, local officials said. The victims "
                "were buried in a mass grave outside the village on Wednesday in the presence of the governor.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 14, _rows(rows)
    rows = code("Jihadists ambushed an army convoy near Djibo on Monday, killing nine soldiers. Funerals for the "
                "soldiers killed in the ambush were held on Wednesday at a barracks in Ouagadougou.")
    assert [r["location"] for r in rows] == ["Djibo"], _rows(rows)
    rows = code("A car bomb killed 20 people at a market in Mogadishu on Tuesday. The president condemned the "
                "bombing and declared three days of national mourning from Wednesday.")
    assert len(rows) == 1, _rows(rows)


def test_people_buried_alive_and_attacks_on_funerals_stay_events(code):
    rows = code("Militants attacked a funeral in the village of Gwoza on Tuesday, killing six mourners.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 6, _rows(rows)
    rows = code("On Tuesday, gunmen in Zamfara killed four herders, who were buried alive, police said.")
    assert len(rows) == 1, _rows(rows)


def test_an_anniversary_gathering_to_remember_victims_is_history(code):
    rows = code("Hundreds of students gathered at the university in Garissa on Wednesday to remember the 60 people "
                "who were killed when militants stormed the campus eight years ago.")
    assert rows == [], _rows(rows)


# ---------------------------------------------------------------------------------------------------- places
def test_the_seat_of_a_speaker_is_not_the_event_place(code):
    rows = code("Insurgents raided the town of Macomia on Monday, fighting soldiers for several hours. Six soldiers "
                "were killed in the fighting, a senior police officer in Pemba told AFP.")
    assert len(rows) == 1, _rows(rows)
    assert rows[0]["location"] == "Macomia" and rows[0]["fatalities"] == 6, _rows(rows)
    # a place after "in" that is not a speaker's seat stays the event's
    rows = code("Soldiers clashed with insurgents in Mocimboa da Praia on Tuesday, officials said.")
    assert [r["location"] for r in rows] == ["Mocimboa da Praia"], _rows(rows)


def test_the_hospital_where_a_victim_died_is_not_the_event_place(code):
    rows = code("Gunmen ambushed a police patrol in Aguililla on Monday, killing four officers. A fifth officer "
                "died of his wounds at a military hospital in Morelia on Wednesday.")
    assert [r["location"] for r in rows] == ["Aguililla"], _rows(rows)


# ---------------------------------------------------------------------------------------------------- recovered weapons
def test_weapons_among_things_recovered_are_no_attack(code):
    rows = code("Police said a large cache of arms, including assault rifles and an RPG, was recovered from a "
                "house in Imphal on Wednesday.")
    assert all(r["event_type"] != "Violence against civilians" and r["sub_event_type"] != "Armed clash"
               for r in rows), _rows(rows)
    rows = code("A bomb exploded at a church in Marawi on Sunday, killing three people. Fragments of a mortar round "
                "had been recovered at the site, police said.")
    assert [r["sub_event_type"] for r in rows] == ["Remote explosive/landmine/IED"], _rows(rows)


def test_bodies_of_people_shot_that_were_recovered_are_still_a_killing(code):
    lower = "the bodies of nine men who had been shot in the head were recovered from a ditch."
    shot = lower.index("shot")
    assert not recovered_item(lower, 0, len(lower), shot, shot + 4)  # a verb, not a weapon recovered
    lower = "police said two rifles and a grenade were recovered from the house."
    grenade = lower.index("grenade")
    assert recovered_item(lower, 0, len(lower), grenade, grenade + 7)
    rows = code("On Wednesday, gunmen shot dead nine men whose bodies were recovered from a ditch in Kirkuk, police "
                "said.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 9, _rows(rows)


# ---------------------------------------------------------------------------------------------------- plans
def test_a_protest_called_for_a_later_day_is_a_plan(code):
    rows = code("Traders in Peshawar announced a strike and a march for Saturday to protest against extortion.")
    assert rows == [], _rows(rows)
    # a day that is not a schedule still dates a protest
    rows = code("Traders in Peshawar marched on Tuesday to protest against extortion.")
    assert [str(r["event_date"]) for r in rows] == ["2025-03-11"], _rows(rows)


def test_a_strike_called_after_a_dated_clash_keeps_the_clash(code):
    rows = code("The opposition called a general strike for Monday after clashes between its supporters and "
                "police in Dhaka on Tuesday left two people dead.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 2, _rows(rows)


# ---------------------------------------------------------------------------------------------------- counts
def test_attackers_killed_beyond_six_are_more_dead(code):
    rows = code("Seven soldiers were killed when militants attacked an army post in Tank on Tuesday, the military "
                "said. All nine attackers were killed by security forces in the fighting that followed.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 16, _rows(rows)


def test_an_open_question_about_deaths_is_no_count():
    assert _counts("It was not clear whether anyone was killed.") == []
    assert _counts("Officials said it was unclear if there were any casualties.") == []
    assert _counts("It was not clear whether anyone was killed, but two soldiers died later in hospital.") == [2]


def test_a_clash_with_no_known_deaths(code):
    rows = code("Militiamen clashed with soldiers on the outskirts of Gondar on Tuesday, residents said. It was not "
                "clear whether anyone was killed.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 0, _rows(rows)


# ---------------------------------------------------------------------------------------------------- triggers
def test_a_rally_in_a_market_is_a_protest(code):
    rows = code("On Tuesday, hundreds of women held a rally in Imphal's main market to demand an end to the "
                "violence.")
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"], _rows(rows)
    assert code("Stock markets in Nairobi rallied on Tuesday after the central bank cut rates.") == []


def test_peacekeepers_arriving_at_the_scene_are_no_deployment(code):
    rows = code("Gunmen killed seven displaced people at a camp near Djugu on Monday. Soldiers and UN peacekeepers "
                "arrived at the scene on Tuesday morning, after the attackers had left.")
    assert len(rows) == 1 and rows[0]["event_type"] == "Violence against civilians", _rows(rows)
