"""Long news articles, fourth set: recalled events with a full date, exhumed graves, "full control", borders, ethnic
names, clergy as victims.

Every text here is new, written for these tests (fixtures/long_dev3.jsonl measures the same rules on whole articles).
"""

import datetime

PUB = datetime.date(2021, 11, 12)  # a Friday
FILLER = "Residents said they had heard gunfire for several hours, and the roads out of the town remained closed. "


def test_an_event_recalled_with_a_full_date_past_the_lead_is_background(code):
    text = ("Gunmen killed four farmers in the village of Kutum in North Darfur on Thursday, local officials said. "
            + FILLER + "Aid groups said food was running short. "
            "On March 14, 2017, militiamen attacked the same village, killing 22 people, survivors said.")
    rows = code(text, PUB)
    assert len(rows) == 1 and str(rows[0]["event_date"]) == "2021-11-11" and rows[0]["fatalities"] == 4


def test_a_fully_dated_event_in_the_lead_is_still_coded_on_its_day(code):
    rows = code("On 9 May 2020, gunmen killed four farmers in Kutum, North Darfur, officials said.", PUB)
    assert len(rows) == 1 and str(rows[0]["event_date"]) == "2020-05-09"


def test_the_exhumation_of_a_mass_grave_is_not_an_event(code):
    text = ("Forensic experts began exhuming a mass grave outside Mosul on Thursday, officials said. "
            "Relatives watched from behind a fence as the remains were carried away in white bags.")
    assert code(text, PUB) == []


def test_a_mass_grave_found_after_an_attack_still_reads_as_a_massacre(code):
    rows = code("Villagers said on Thursday they had found a mass grave near Gimbi after gunmen raided the area.", PUB)
    assert rows and rows[0]["event_type"] == "Violence against civilians"


def test_taking_full_control_of_a_town_is_a_takeover(code):
    rows = code("Rebels of the Arakan Army said on Thursday that they had taken full control of Paletwa after "
                "weeks of fighting.", PUB)
    assert rows and rows[0]["sub_event_type"] == "Non-state actor overtakes territory"


def test_a_country_a_border_is_shared_with_is_no_side(code):
    rows = code("The Taliban said on Thursday they had taken full control of Spin Boldak, a town on Afghanistan's "
                "border with Pakistan.", PUB)
    assert rows and rows[0]["actor2"] != "Military Forces of Pakistan"
    assert all(r["inter2"] != 8 for r in rows)


def test_ethnic_names_are_peoples_not_places(code):
    rows = code("Gunmen killed 30 ethnic Amhara villagers in an attack near Nekemte in Oromia on Thursday, "
                "officials said.", PUB)
    assert len(rows) == 1 and rows[0]["admin1"] == "Oromia" and rows[0]["location"] != "Amhara"


def test_a_nun_and_workers_killed_are_civilians_and_counted(code):
    rows = code("Insurgents raided a Catholic mission in Montepuez on Thursday, killing a French nun and three local "
                "workers, church officials said.", PUB)
    assert len(rows) == 1 and rows[0]["fatalities"] == 4
    assert rows[0]["event_type"] == "Violence against civilians" and rows[0]["inter2"] == 7
