"""Long news articles, ninth set: what a wire story tells beside its events. A capital named in apposition ("in the
Libyan capital Tripoli", "in Senegal's capital, Dakar") is where the event was, not the country as a whole or its
state as a side.

Every text here is new, written for these tests (fixtures/long_dev5.jsonl measures the same rules on whole articles).
"""

import datetime

PUB = datetime.date(2024, 11, 8)  # a Friday


def _places(rows):
    return [(r["event_type"], r["location"], r["admin1"]) for r in rows]


def test_a_capital_in_apposition_is_the_place(code):
    for text in ("Gunmen shot dead two traders in the capital Bamako on Wednesday, police said.",
                 "Gunmen shot dead two traders in the Malian capital Bamako on Wednesday, police said.",
                 "Gunmen shot dead two traders in Mali's capital Bamako on Wednesday, police said.",
                 "Gunmen shot dead two traders in the capital, Bamako, on Wednesday, police said."):
        rows = code(text)
        assert len(rows) == 1 and rows[0]["location"] == "Bamako" and rows[0]["geo_precision"] == 1, (text, _places(rows))


def test_a_capital_in_apposition_is_no_state_side(code):
    rows = code("Gunmen shot dead two traders in Mali's capital, Bamako, on Wednesday, police said.")
    assert len(rows) == 1 and rows[0]["actor2"] == "Civilians (Mali)", [(r["actor1"], r["actor2"]) for r in rows]


def test_a_city_noun_with_a_determiner_keeps_its_cue(code):
    rows = code("Police fired tear gas at students in the port city Mombasa on Thursday.")
    assert [r["location"] for r in rows] == ["Mombasa"], _places(rows)


LEAD = ("NIAMEY, Nov 8 - Gunmen killed six villagers in an attack on a market near Tera in western Niger on "
        "Wednesday, officials said. ")


def test_a_denied_act_is_no_event(code):
    rows = code(LEAD + "The army denied shelling the village of Dolbel, saying its troops had only returned fire.")
    assert len(rows) == 1 and rows[0]["location"] == "Tera", _places(rows)


def test_what_talks_are_about_is_no_agreement(code):
    rows = code(LEAD + "Negotiations on a ceasefire, brokered by Algeria, have stalled since June.")
    assert len(rows) == 1, _places(rows)


def test_a_strike_called_is_no_event(code):
    rows = code(LEAD + "Teachers' unions called a nationwide strike in protest at insecurity.")
    assert len(rows) == 1, _places(rows)


def test_a_trigger_word_that_modifies_a_noun_is_no_event(code):
    rows = code(LEAD + "Rights groups say more than 50 people have died in protest-related violence in the region "
                       "this year.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 6, [(r["event_type"], r["fatalities"]) for r in rows]
    rows = code(LEAD + "Protest organisers in Niamey said they would meet the prime minister.")
    assert len(rows) == 1, _places(rows)


def test_a_sound_heard_is_no_event(code):
    rows = code(LEAD + "Explosions echoed across the town for an hour, a resident said.")
    assert len(rows) == 1, _places(rows)
    rows = code(LEAD + "Gunfire could be heard from the barracks late into the night.")
    assert len(rows) == 1, _places(rows)


def test_what_an_operation_killed_is_no_toll_of_the_event(code):
    rows = code(LEAD + "The army said its operation in the area had killed hundreds of militants.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 6, [(r["event_type"], r["fatalities"]) for r in rows]
