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


def test_what_an_event_avenges_on_its_own_day_is_its_own_event(code):
    text = ("A car bomb killed five people at a market in Mogadishu on Tuesday, police said. "
            "Officials said the bombing may have been revenge for a raid on Sunday in which soldiers killed "
            "14 Al Shabaab fighters near Afgooye.")
    rows = sorted(code(text), key=lambda r: r["event_date"])
    assert len(rows) == 2
    assert rows[1]["fatalities"] == 5 and rows[1]["event_date"] == datetime.date(2022, 3, 8)
    assert rows[0]["fatalities"] == 14 and rows[0]["event_date"] == datetime.date(2022, 3, 6)
    assert rows[0]["actor1"] == "Military Forces of Somalia" and rows[0]["location"] == "Afgooye"


def test_what_an_event_avenges_without_a_day_is_background(code):
    text = ("A car bomb killed five people at a market in Mogadishu on Tuesday, police said. "
            "Officials said the bombing was in retaliation for an army operation that killed 14 Al Shabaab "
            "fighters.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["fatalities"] == 5


def test_a_motive_after_the_events_own_clause_keeps_its_toll_apart(code):
    text = ("Al Shabaab fighters killed six soldiers near Afgooye on Tuesday in revenge for a raid in which "
            "troops killed 20 of their fighters, residents said.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["fatalities"] == 6


def test_a_definite_description_after_a_past_sentence_is_history(code):
    text = ("Gunmen killed four people at a market in Maiduguri on Tuesday, police said. "
            "The market is the city's largest. Residents said they feared more attacks. "
            "Maiduguri was besieged by Boko Haram in 2014. The long siege of the city killed more than 2,000 "
            "people.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["fatalities"] == 4


def test_a_definite_description_after_a_recent_sentence_is_still_an_event(code):
    text = ("Gunmen killed four people at a market in Maiduguri on Tuesday, police said. "
            "The market is the city's largest. Residents said they feared more attacks. "
            "Soldiers raided a camp near Bama on Monday. The raid killed 12 insurgents, the army said.")
    rows = code(text)
    assert len(rows) == 2 and sorted(r["fatalities"] for r in rows) == [4, 12]


def test_a_habit_told_after_the_trigger_is_no_event(code):
    text = ("Army artillery killed three civilians in Kadugli on Monday, residents said. "
            "\"Shells fall on the market in Dilling every day,\" said a shopkeeper.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["location"] == "Kadugli"


def test_an_indefinite_event_weighed_by_a_modal_is_no_event(code):
    text = ("Army artillery killed three civilians in Kadugli on Monday, residents said. "
            "Aid groups warned on Tuesday that an offensive against Dilling would be a disaster for 200,000 people.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["location"] == "Kadugli"


def test_a_call_to_halt_a_siege_is_no_event(code):
    rows = code("The Security Council on Tuesday called on the rebels to halt the siege of Dilling.")
    assert rows == []


def test_a_definite_event_with_a_modal_after_it_still_counts(code):
    rows = code("The attack on the market in Kadugli on Monday could have killed many more, police said.")
    assert len(rows) == 1


def test_a_speakers_past_in_a_relative_clause_is_no_event(code):
    text = ("Soldiers clashed with Al Shabaab fighters near Afgooye on Tuesday, killing four, the army said. "
            "\"We cannot sleep,\" said Hawa, 31, who was kidnapped by the militants in Kismayo and later escaped.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Armed clash"


def test_that_day_takes_the_recalled_events_day(code):
    text = ("Relatives gathered in Gashua on Tuesday to rebury their dead. "
            "The ceremony was held at the school. Officials and clerics attended. "
            "On July 4, 2019, gunmen stormed the school and separated the boys from the girls. "
            "Survivors say 60 boys were killed that day.")
    assert code(text) == []


def test_a_call_to_prosecute_for_killings_is_no_event(code):
    rows = code("Community leaders in Nigeria have asked the government to prosecute the soldiers for the massacre "
                "rather than only discipline them.")
    assert rows == []


def test_where_the_victims_came_from_is_not_the_events_place(code):
    text = ("Gunmen shot dead 11 labourers on a highway in southwestern Pakistan on Tuesday, most of them from "
            "Multan, police said. The attackers killed those from Multan after checking their identity cards.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["location"] != "Multan" and rows[0]["admin1"] != "Punjab"


def test_a_toll_update_after_a_sentence_about_the_dead_still_raises_the_toll(code):
    text = ("Warplanes bombed a market near Monywa on Monday, killing at least seven people, residents said. "
            "Relatives said most of the dead were traders. "
            "On Tuesday, a local aid group said the toll had risen to 15 after eight of the wounded died.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["fatalities"] == 15


def test_a_later_eyewitness_figure_does_not_raise_the_officials_toll(code):
    text = ("Gunmen killed at least 40 villagers in an attack near Gimbi on Saturday, a regional official said. "
            "The attackers went from house to house, setting homes on fire. "
            "One survivor said at least 95 people had died.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["fatalities"] == 40


def test_an_eyewitness_figure_alone_is_the_toll(code):
    text = ("Gunmen attacked a village near Gimbi on Saturday, a regional official said. "
            "The attackers went from house to house, setting homes on fire. "
            "One survivor said at least 95 people had died.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["fatalities"] == 95


def test_a_trigger_governed_by_a_perfect_verb_past_the_lead_is_background(code):
    text = ("Rebels captured the town of Lashio in Shan state on Monday, residents said. "
            "The army withdrew to a base outside the town. Residents said shops were closed. "
            "The military has responded to such losses with airstrikes and artillery fire across the region.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Non-state actor overtakes territory"


def test_an_unnamed_group_reporting_what_it_did_is_the_group_speaking_next(code):
    text = ("An ethnic armed group said on Tuesday that it had captured the town of Paletwa in Chin state. "
            "The Arakan Army said the last army battalion in the town had fled on Monday.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["actor1"] == "AA: Arakan Army"


def test_a_named_group_speaking_about_anothers_strike_is_not_its_initiator(code):
    text = ("Airstrikes killed 12 people in a village near Paletwa in Chin state on Monday, residents said. "
            "The Arakan Army said the dead were civilians.")
    rows = code(text)
    assert len(rows) == 1 and rows[0]["actor1"] != "AA: Arakan Army"
