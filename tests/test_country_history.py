"""The country of an event is the state of its day (``country_history.tsv``, rule ``place.country_then``): a town
in today's South Sudan before July 2011 was in Sudan, Kosovo before February 2008 in Serbia, a Croatian town in
1991 in Yugoslavia (Serbia's code, as UCDP GED writes it). The same text dated later keeps today's state.

Every text here is new, written for these tests.
"""

import datetime

from coder.match.country_then import country_then
from coder.match.rows import CountryInfo, NamingContext

PUB = datetime.date(2024, 1, 10)


def _country(rows):
    assert rows, "no event coded"
    return {r["country"] for r in rows}


def test_a_southern_town_before_independence_is_in_sudan(code):
    text = "Gunmen killed seven cattle keepers in Rumbek, South Sudan, on Tuesday."
    assert _country(code(text, published=datetime.date(2008, 3, 6))) == {"Sudan"}
    assert _country(code(text, published=datetime.date(2016, 3, 3))) == {"South Sudan"}


def test_kosovo_and_croatia_before_their_independence(code):
    rows = code("Police clashed with KLA fighters near Prizren on 2 June 1998, killing four of them.")
    assert _country(rows) == {"Serbia"} and rows[0]["location"] == "Prizren"
    assert "place.country_then" in rows[0]["rule_ids"]
    rows = code("Federal army artillery shelled Osijek, Croatia, on 14 October 1991, killing six civilians.")
    assert _country(rows) == {"Serbia"}
    assert _country(code("Gunmen shot dead a police officer in Osijek, Croatia, on 3 May 2019.")) == {"Croatia"}


def test_an_undated_event_keeps_the_country_it_names(code):
    rows = code("Gunmen killed seven cattle keepers in Rumbek, South Sudan.", published=None)
    assert _country(rows) == {"South Sudan"}


def test_country_then_reads_the_first_day_of_independence():
    sudan, south = CountryInfo("Sudan", "SD", "SDN", "SDN"), CountryInfo("South Sudan", "SS", "SSD", "SSD")
    ctx = NamingContext({"SDN": sudan, "SSD": south}, {"SD": sudan, "SS": south}, {}, {},
                        predecessors={"SS": (datetime.date(2011, 7, 9), "SD")})
    assert country_then(south, datetime.date(2011, 7, 8), ctx) is sudan
    assert country_then(south, datetime.date(2011, 7, 9), ctx) is south
    assert country_then(south, None, ctx) is south and country_then(sudan, datetime.date(1990, 1, 1), ctx) is sudan


def test_regime_forces_name_syria_in_its_war_years_only(code):
    """matcher_words.json ``era_cues``: a text that names no country, place or agency but 'the regime forces' is
    about Syria between March 2011 and Myanmar's coup (February 2021); a named place still decides."""
    text = "61 people were killed on Friday, among them 20 regime soldiers and 9 rebel fighters."
    assert _country(code(text, published=datetime.date(2015, 8, 1))) == {"Syria"}
    assert _country(code(text, published=datetime.date(2023, 8, 1))) == {None}
    rows = code("Regime forces shelled a market in Mandalay, killing 4 civilians.", published=datetime.date(2016, 1, 3))
    assert _country(rows) == {"Myanmar"}
