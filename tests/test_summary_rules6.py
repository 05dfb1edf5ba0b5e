"""Rules found on terrorism-database incident summaries (fixtures/summaries_dev6.jsonl, 1976-2021), tested on
sentences of our own."""

import datetime

from coder.match.dates import DateResolver
from coder.match.fatalities import FatalityFinder

PUB = datetime.date(1990, 6, 1)


def _fat(text: str) -> int:
    return sum(m.count for m in FatalityFinder().find(text) if not m.cumulative)


# -- dates -------------------------------------------------------------------------------------------------------
def test_a_numeric_date_heading_a_summary_is_month_first():
    found = DateResolver().find_explicit("03/07/1981: Assailants set fire to a bus depot in Derry.")
    assert [(m.date, m.rule_id) for m in found] == [(datetime.date(1981, 3, 7), "date.numeric.header")]
    # month-first only where it can be: a day above 12 first stays day-first
    assert DateResolver().find_explicit("23/07/1981: Gunmen shot a guard.")[0].date == datetime.date(1981, 7, 23)
    # inside a sentence, or without the colon, the day-first reading stays
    assert DateResolver().find("Gunmen raided the depot on 03/07/1981.", PUB)[0].date == datetime.date(1981, 7, 3)
    assert DateResolver().find("03/07/1981 Gunmen raided the depot.", PUB)[0].date == datetime.date(1981, 7, 3)


def test_a_summary_header_dates_the_event(code):
    row = code("11/09/1984: Gunmen opened fire on a market in Amritsar, Punjab, India, killing 4 shoppers.",
               published=None)[0]
    assert row["event_date"] == datetime.date(1984, 11, 9) and row["fatalities"] == 4


# -- fatalities ---------------------------------------------------------------------------------------------------
def test_one_named_victim_and_a_kinsman_or_n_others():
    assert _fat("A bomb under his car killed provincial governor Ramon Ortiz and his driver outside the barracks.") == 2
    assert _fat("Rebels shot dead a village elder and his nephew on the road to the market.") == 2
    assert _fat("Gunmen killed mayor Juan Perez and three other officials in the town hall.") == 4
    # a kinsman who was only hurt is no death
    assert _fat("Gunmen shot dead a shopkeeper and his brother was wounded.") == 1


def test_the_bomber_also_died_is_one_more_death():
    found = FatalityFinder().find("The bomber also died.")
    assert [(m.count, m.rule_id) for m in found] == [(1, "fat.also")]


# -- places: former country names ---------------------------------------------------------------------------------
def test_former_country_names_resolve_to_todays_country(code):
    rows = {row["country"] for text in (
        "05/02/1979: Guerrillas attacked a farmhouse near Umtali, Rhodesia, killing 3 farm workers.",
        "06/11/1977: A bomb exploded at a bus stop in Bobo-Dioulasso, Upper Volta, killing 2 people.",
        "02/20/1993: Gunmen shot dead a trader in Kisangani, Zaire.",
        "08/14/1982: A bomb exploded in a cafe in West Berlin, West Germany, killing 1 person.",
    ) for row in code(text, published=None)}
    assert rows == {"Zimbabwe", "Burkina Faso", "Democratic Republic of Congo", "Germany"}


def test_west_berlin_is_located_in_berlin(code):
    row = code("08/14/1982: A bomb exploded in a cafe in West Berlin, West Germany, killing 1 person.",
               published=None)[0]
    assert row["admin1"] == "Berlin" and abs(row["latitude"] - 52.52) < 0.2
