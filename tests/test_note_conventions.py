"""Conventions of ACLED-style notes: a label opening the note ('Arrests: On ...'), and a day qualified as standing
for its week or month ('On 10 March 2023 (month of)')."""

import pytest

from coder.api import code_text


def _one(text: str) -> dict:
    rows = code_text(text, published=None)
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("label", ["Arrests", "Looting", "Property destruction", "Defusal", "Weapons seizure"])
def test_a_label_opening_the_note_leaves_the_sides_to_its_sentence(label):
    plain = _one("On 6 June 2023, Nigerian soldiers seized weapons from ISWAP fighters in Monguno (Borno).")
    labelled = _one(f"{label}: On 6 June 2023, Nigerian soldiers seized weapons from ISWAP fighters in Monguno "
                    "(Borno).")
    fields = ("event_type", "sub_event_type", "actor1", "actor2", "event_date", "location")
    assert [labelled[f] for f in fields] == [plain[f] for f in fields]
    assert labelled["actor1"] == "Military Forces of Nigeria"


def test_a_label_is_the_event_when_the_sentence_has_no_trigger_of_its_own():
    row = _one("Clashes: On 6 June 2023, Malian soldiers and JNIM militants near Diafarabe (Mopti).")
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")


def test_a_colon_in_a_sentence_is_no_label():
    row = _one('On 6 June 2023, the army said: "On Monday, soldiers killed 4 Al Shabaab fighters in Afgooye."')
    assert row["fatalities"] == 4


@pytest.mark.parametrize("qualifier, precision", [("(month of)", 3), ("(week of)", 2), ("(Month of)", 3)])
def test_a_day_qualified_as_its_week_or_month_has_that_precision(qualifier, precision):
    row = _one(f"On 14 March 2023 {qualifier}, gunmen killed 2 farmers in Guma (Benue).")
    assert (str(row["event_date"]), row["time_precision"]) == ("2023-03-14", precision)
    plain = _one("On 14 March 2023, gunmen killed 2 farmers in Guma (Benue).")
    assert plain["time_precision"] == 1


@pytest.mark.parametrize("text", [
    "On 7 May 2024, students formed a human chain in Rajshahi (Rajshahi) demanding safer roads.",
    "On 7 May 2024, opposition activists brought out a procession in Khulna (Khulna) against price hikes.",
    "On 7 May 2024, party workers burned an effigy of the governor in Patna (Bihar).",
    "On 7 May 2024, sugarcane farmers staged a dharna in Meerut (Uttar Pradesh) over unpaid dues.",
])
def test_south_asian_protest_forms_are_peaceful_protests(text):
    row = _one(text)
    assert (row["event_type"], row["sub_event_type"], row["inter1"]) == ("Protests", "Peaceful protest", 6)


def test_a_funeral_procession_is_no_protest():
    assert code_text("On 7 May 2024, a funeral procession for the victims passed through Gaza City.",
                     published=None) == []


def test_a_report_date_in_parentheses_does_not_date_the_event():
    row = _one("Around 28 May 2023 (as reported on 1 June), gunmen killed 3 farmers in Agatu (Benue).")
    assert str(row["event_date"]) == "2023-05-28"
    only = _one("As reported on 1 June 2023, gunmen killed 3 farmers in Agatu (Benue).")
    assert str(only["event_date"]) == "2023-06-01"  # the report's day when the text gives no other


def test_the_week_of_a_day_has_week_precision():
    row = _one("During the week of 12 June 2023, ADF militants killed 9 civilians in Oicha (Nord-Kivu).")
    assert (str(row["event_date"]), row["time_precision"]) == ("2023-06-12", 2)
