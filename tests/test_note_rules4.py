"""Rules found on the fourth description dev set (fixtures/notes_dev4.jsonl), tested on sentences of our own."""

import datetime

PUB = datetime.date(2024, 2, 14)  # a Wednesday


# -- event types -----------------------------------------------------------------------------------------------
def test_rockets_fired_with_a_count_or_a_model_are_shelling(code):
    for text in ("On 12 February 2024, militants fired a barrage of rockets at Sderot (Southern District).",
                 "On 12 February 2024, Hamas fired 4 Qassam rockets into Ashkelon (Southern District).",
                 "On 12 February 2024, Houthi forces fired a salvo of missiles at Jizan (Jazan)."):
        row = code(text)[0]
        assert row["sub_event_type"] == "Shelling/artillery/missile attack", text


def test_mustard_and_chlorine_agents_are_chemical_weapons(code):
    row = code("On 12 February 2024, militants fired shells filled with sulfur mustard at army positions near "
               "Tal Afar (Nineveh).")[0]
    assert row["sub_event_type"] == "Chemical weapon"
    row = code("On 12 February 2024, helicopters dropped chlorine barrels on Saraqib (Idlib).")[0]
    assert row["sub_event_type"] == "Chemical weapon"


def test_takeover_outranks_the_strikes_that_preceded_it(code):
    row = code("On 12 February 2024, Somali troops recaptured Harardhere (Mudug) from Al Shabaab after a week of "
               "air strikes and shelling.")[0]
    assert row["sub_event_type"] == "Government regains territory"
    assert row["actor1"] == "Military Forces of Somalia" and row["actor2"] == "Al Shabaab"
    # without a cause clause the strike stays the event
    row = code("On 12 February 2024, Somali aircraft carried out air strikes on Harardhere (Mudug).")[0]
    assert row["sub_event_type"] == "Air/drone strike"


def test_withdrawal_beside_a_takeover_is_still_weighed_as_a_handover(code):
    row = code("On 12 February 2024, JNIM militants took control of Lere (Timbuktu) after the army withdrew from "
               "the town.")[0]
    assert row["sub_event_type"] == "Non-violent transfer of territory"


def test_measure_ahead_of_a_protest_is_no_protest(code):
    for text in ("On 12 February 2024, authorities imposed a night curfew in Mandalay (Mandalay) ahead of "
                 "planned opposition rallies.",
                 "On 12 February 2024, police imposed a curfew in Kisumu (Kisumu) to prevent further protests."):
        row = code(text)[0]
        assert row["sub_event_type"] == "Change to group/activity", text
        assert row["inter1"] == 1


# -- places -------------------------------------------------------------------------------------------------------
def test_a_states_adjective_after_a_cue_is_no_namesake_town(code):
    row = code("On 12 February 2024, Cambodian troops fired artillery into Thai territory near Ban Kruat "
               "(Buriram).")[0]
    assert row["country"] == "Thailand" and row["admin1"] == "Buriram"
    assert row["actor1"] == "Military Forces of Cambodia" and row["inter1"] == 8


# -- victims ------------------------------------------------------------------------------------------------------
def test_harmed_supporters_and_crowds_are_civilians(code):
    row = code("On 12 February 2024, Imbonerakure militiamen attacked supporters of the CNL with clubs in Gitega "
               "(Gitega), injuring 5.")[0]
    assert row["actor2"] == "Civilians (Burundi)" and row["inter2"] == 7
    row = code("On 12 February 2024, a gunman opened fire on crowds outside a stadium in Kumasi (Ashanti), "
               "killing 2.")[0]
    assert row["actor2"] == "Civilians (Ghana)" and row["civilian_targeting"] == "Civilian targeting"


def test_a_mob_stoning_men_to_death_targets_civilians(code):
    row = code("On 12 February 2024, a mob stoned to death 3 men accused of theft in Blantyre (Southern).")[0]
    assert row["sub_event_type"] == "Mob violence"
    assert row["actor2"] == "Civilians (Malawi)" and row["fatalities"] == 3
    row = code("On 12 February 2024, villagers burned alive a woman accused of witchcraft near Kisii (Kisii).")[0]
    assert row["actor2"] == "Civilians (Kenya)"
