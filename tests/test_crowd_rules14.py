"""Civilians who fight are no civilians: ACLED codes civilians only as victims. People named by where they live or
what they do ('farmers', 'villagers', 'residents') who are a side of a clash are a communal militia (Battles, inter
4), or, against state forces, a crowd that riots (Riots / Violent demonstration, Rioters): rows
``actor.civilians_fight`` and ``type.civilians_fight_state``; the words are actor_forms.json ``fighting_civilians``.

Every text here is new, written for these tests.
"""

import datetime

import pytest

PUB = datetime.date(2024, 4, 20)


def _rows(rows):
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["interaction"]) for r in rows]


@pytest.mark.parametrize("text, country", [
    ("On 14 April 2024, farmers clashed with herders in Agatu (Benue), leaving 4 people dead.", "Nigeria"),
    ("On 14 April 2024, pastoralists clashed with villagers near Mopti (Mopti). 3 were killed.", "Mali"),
    ("On 14 April 2024, villagers clashed with bandits in Tsafe (Zamfara), killing 2 of the bandits.", "Nigeria"),
])
def test_civilians_in_a_clash_are_a_communal_militia(code, text, country):
    rows = code(text)
    assert len(rows) == 1, _rows(rows)
    row = rows[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash"), _rows(rows)
    assert f"Unidentified Communal Militia ({country})" in (row["actor1"], row["actor2"]), _rows(rows)
    assert "Civilians" not in f"{row['actor1']} {row['actor2']}", _rows(rows)
    assert row["inter1"] != 7 and row["inter2"] != 7, _rows(rows)


def test_a_named_militia_against_farmers_is_a_battle_not_an_attack(code):
    rows = code("On 14 April 2024, Fulani herdsmen clashed with farmers in Bokkos (Plateau), leaving 6 dead.")
    assert _rows(rows) == [("Armed clash", "Fulani Ethnic Militia (Nigeria)",
                            "Unidentified Communal Militia (Nigeria)", 44)]


def test_residents_who_fight_soldiers_riot(code):
    rows = code("On 14 April 2024, residents clashed with soldiers in Maiduguri (Borno) after a boy was shot.")
    assert _rows(rows) == [("Violent demonstration", "Rioters (Nigeria)", "Military Forces of Nigeria", 15)]


def test_civilians_attacked_or_caught_in_a_battle_stay_civilians(code):
    rows = code("On 14 April 2024, gunmen attacked farmers in Agatu (Benue), killing 3.")
    assert _rows(rows) == [("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 37)]
    rows = code("On 14 April 2024, soldiers clashed with militants in Agatu (Benue), killing 3 villagers.")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")], _rows(rows)


@pytest.mark.parametrize("text, sides, location", [
    ("On 14 April 2024, the SDF and Turkish-backed factions exchanged artillery fire near Manbij (Aleppo).",
     ("QSD: Syrian Democratic Forces", "Syrian National Army"), "Manbij"),
    ("On 14 April 2024, Indian and Pakistani troops exchanged heavy shelling across the Line of Control in Poonch.",
     ("Military Forces of India", "Military Forces of Pakistan"), "Poonch"),
])
def test_an_exchange_of_fire_has_two_sides_whatever_the_weapon(code, text, sides, location):
    # (and 'the Line of Control' is no place: matcher_words.json non_places)
    rows = code(text)
    assert [(r["actor1"], r["actor2"], r["location"]) for r in rows] == [(*sides, location)], _rows(rows)


@pytest.mark.parametrize("text, expected", [
    ("In a coordinated attack on 12 April 2024, militants stormed two police stations in Tillaberi region, Niger, "
     "killing 14 police officers.",
     ("Armed clash", "Unidentified Armed Group (Niger)", "Police Forces of Niger", 13)),
    ("In a deadly attack on Friday, gunmen shot dead 3 traders in Kaduna, Nigeria.",
     ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 37)),
])
def test_an_opener_naming_the_attack_yields_to_the_sentence_verbs(code, text, expected):
    # "In a coordinated attack," (clauses ``event.frame_opener``): the sides are the sentence's own verbs'
    assert _rows(code(text)) == [expected]


@pytest.mark.parametrize("text, sub_event_type, actor1", [
    ("On 14 April 2024, gunmen attacked a rally of the opposition in Kibera (Nairobi), wounding 6 people.",
     "Attack", "Unidentified Armed Group (Kenya)"),
    ("On 14 April 2024, troops opened fire on a march in Omdurman (Khartoum), killing 3 protesters.",
     "Excessive force against protesters", "Protesters (Sudan)"),
    ("On 14 April 2024, ruling party supporters attacked a sit-in by nurses in Bulawayo (Bulawayo).",
     "Mob violence", "Rioters (Zimbabwe)"),
])
def test_a_gathering_attacked_is_the_scene_not_the_event(code, text, sub_event_type, actor1):
    # (clauses ``event.attacked_gathering``: "attacked a rally" was a peaceful protest)
    rows = code(text)
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [(sub_event_type, actor1)], _rows(rows)


def test_a_gathering_in_a_relative_clause_is_still_the_protest(code):
    rows = code("On 14 April 2024, police fired on protesters who had gathered outside a court in Karachi (Sindh) "
                "to denounce a ruling, killing 2.")
    assert [r["event_type"] for r in rows] == ["Protests"], _rows(rows)


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 14 April 2024, police beat protesters with batons outside parliament in Kampala (Central).",
     "Protest with intervention"),
    ("On 14 April 2024, police attacked protesters with batons at a rally in Kampala (Central).",
     "Protest with intervention"),
    ("On 14 April 2024, police fired live rounds at protesters in Kampala (Central), wounding 9.",
     "Excessive force against protesters"),
    ("On 14 April 2024, police attacked protesters in Kampala (Central), killing one.",
     "Excessive force against protesters"),
])
def test_force_on_protesters_is_excessive_only_when_lethal(code, text, sub_event_type):
    # CODING_RULES: excessive force is live fire or lethal force (rows ``type.force_not_lethal``)
    rows = code(text)
    assert [r["sub_event_type"] for r in rows] == [sub_event_type], _rows(rows)


@pytest.mark.parametrize("text, dead", [
    ("On 14 April 2024, boda boda riders rioted in Jinja (Eastern) after a colleague was killed, burning a police "
     "post.", 0),
    ("On 14 April 2024, a mob torched a police station in Khulna (Khulna) after a suspect died in custody.", 0),
    ("On 14 April 2024, protesters clashed with police in Jinja (Eastern) after police opened fire, killing 2.", 2),
])
def test_the_death_that_set_off_a_riot_is_not_its_toll(code, text, dead):
    rows = code(text)
    assert [r["fatalities"] for r in rows] == [dead], _rows(rows)


def test_a_riot_weapon_in_armed_hands_is_an_attack(code):
    rows = code("On 14 April 2024, unidentified assailants threw a petrol bomb at a minibus in Kisumu (Kisumu), "
                "injuring 3 passengers.")
    assert _rows(rows) == [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)", 37)]
    rows = code("On 14 April 2024, protesters threw Molotov cocktails at police in Kisumu (Kisumu).")
    assert _rows(rows) == [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", 15)]


def test_a_partys_members_attacking_opposition_supporters_attack_civilians(code):
    rows = code("On 14 April 2024, ZANU-PF youths attacked opposition supporters in Chitungwiza (Harare).")
    assert _rows(rows) == [("Attack", "ZANU-PF: Zimbabwe African National Union-Patriotic Front",
                            "Civilians (Zimbabwe)", 37)]
