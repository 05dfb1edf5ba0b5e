"""Rules for short event descriptions (ACLED-style notes, incident summaries), on sentences of our own."""

import datetime

import pytest

from coder.match.dates import DateResolver

D = datetime.date
PUB = D(2022, 8, 17)  # a Wednesday


@pytest.fixture(scope="module")
def resolver():
    return DateResolver()


# -- dates -------------------------------------------------------------------------------------------------
def test_year_dates_resolve_without_publication(code):
    rows = code("On 14 February 2021, gunmen attacked a police post in Bannu, Pakistan. Two policemen were killed.",
                None)
    assert rows and rows[0]["event_date"] == D(2021, 2, 14) and rows[0]["time_precision"] == 1


def test_relative_date_anchors_on_text_date_without_publication(code):
    rows = code("A roadside bomb hit an army truck near Gao, Mali on 20 July 2022. On Sunday, gunmen attacked "
                "a market in Menaka, killing four traders.", None)
    by_place = {r["location"]: r for r in rows}
    assert by_place["Gao"]["event_date"] == D(2022, 7, 20)
    assert by_place["Menaka"]["event_date"] == D(2022, 7, 17)  # the Sunday on or before 20 July 2022


def test_relative_date_without_any_anchor_stays_unresolved(code):
    rows = code("On Sunday, gunmen attacked a market in Menaka, Mali, killing four traders.", None)
    assert rows and rows[0]["event_date"] is None


def test_day_month_without_year_takes_publication_year(code):
    rows = code("On 2 August, protesters marched in Kisumu, Kenya against rising food prices.")
    assert rows and rows[0]["event_date"] == D(2022, 8, 2)


@pytest.mark.parametrize("text, day, precision", [
    ("between 11 and 13 June 2021", D(2021, 6, 11), 2),
    ("from 11 to 13 June 2021", D(2021, 6, 11), 2),
    ("June 11-13, 2021", D(2021, 6, 11), 2),
    ("on the night of 11-12 June 2021", D(2021, 6, 11), 1),
    ("on or around 11 June 2021", D(2021, 6, 11), 1),
    ("in early June 2021", D(2021, 6, 15), 3),
    ("in late July", D(2022, 7, 15), 3),
])
def test_spans_and_vague_days(resolver, text, day, precision):
    found = [m for m in resolver.find(text, PUB) if not m.year_only]
    assert found and (found[0].date, found[0].precision) == (day, precision)


def test_find_explicit_keeps_only_dates_with_a_year(resolver):
    found = resolver.find_explicit("On Sunday and on 3 March gunmen struck; on 12 April 2019 and in May 2018 too.")
    assert [(m.date, m.precision) for m in found] == [(D(2019, 4, 12), 1), (D(2018, 5, 15), 3)]


# -- actors ------------------------------------------------------------------------------------------------
def test_country_closing_a_place_chain_is_not_an_actor(code):
    row = code("On Monday, in Garissa town, Garissa county, Kenya, a roadside bomb hit a bus, killing 3 passengers.")[0]
    assert row["actor1"] == "Unidentified Armed Group (Kenya)"
    assert row["actor2"] == "Civilians (Kenya)" and row["country"] == "Kenya"


def test_capital_named_as_a_region_is_not_an_actor(code):
    row = code("On Sunday, in the Karrada district of Baghdad, Baghdad governorate, Iraq, a bomb exploded in a "
               "cafe, killing 5 people.")[0]
    assert row["actor1"] == "Unidentified Armed Group (Iraq)" and row["inter1"] == 3


def test_claim_of_responsibility_names_actor1(code):
    row = code("On Friday, a car bomb exploded outside a hotel in Kismayo, Somalia, killing 9 people. "
               "Al Shabaab claimed responsibility for the blast.")[0]
    assert row["actor1"] == "Al Shabaab" and row["actor2"] == "Civilians (Somalia)"
    row = code("On Tuesday, gunmen killed four road workers in Gwadar, Pakistan. The BLA said it carried out "
               "the attack.")[0]
    assert row["actor1"].startswith("BLA") and row["inter1"] == 2


def test_claim_does_not_replace_a_named_initiator(code):
    row = code("On Friday, Kenyan soldiers shelled a camp near Kismayo, Somalia. Al Shabaab claimed "
               "responsibility for an unrelated attack on Monday.")[0]
    assert row["actor1"] != "Al Shabaab"


def test_capital_in_region_parentheses_is_a_place(code):
    row = code("On 2 March 2022, gunmen threw a grenade into a shop in the Gikondo area of Kigali (Kigali), "
               "wounding 3 people.", None)[0]
    assert row["actor2"] != "Military Forces of Rwanda" and row["actor1"] == "Unidentified Armed Group (Rwanda)"


def test_single_unnamed_victim_is_a_civilian(code):
    row = code("On 1 August 2022, a mob beat a man to death in Kano (Kano) after accusing him of theft.", None)[0]
    assert row["event_type"] == "Riots" and row["actor2"] == "Civilians (Nigeria)"


def test_riot_crowd_is_rioters_and_its_toll_joins_it(code):
    rows = code("On 4 May 2022, demonstrators clashed with police in Kisii (Kisii) over land evictions. "
                "A protester was beaten to death.", None)
    assert len(rows) == 1
    row = rows[0]
    assert row["event_type"] == "Riots" and row["actor1"] == "Rioters (Kenya)" and row["inter1"] == 5
    assert row["fatalities"] == 1


def test_peaceful_takeover_is_a_nonviolent_transfer(code):
    row = code("On 9 March 2023, army troops backed by local militias took control of Bardera (Gedo) without "
               "a fight after the insurgents withdrew.", None)[0]
    assert row["sub_event_type"] == "Non-violent transfer of territory"
    assert row["actor1"] == "Military Forces of Somalia"


def test_possessive_in_first_sentence_is_not_a_back_reference(code):
    row = code("On Wednesday, near Cucuta, Colombia, three police officers were killed when their truck hit a "
               "mine laid by the ELN.")[0]
    assert row["actor1"].startswith("ELN") and row["actor2"] == "Police Forces of Colombia"
