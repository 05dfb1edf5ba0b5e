"""Rules found on terrorism-database incident summaries of 1970-1999 (fixtures/summaries_dev10.jsonl), tested on
sentences of our own."""

import datetime

from coder.match.fatalities import FatalityFinder
from coder.match.triggers import TriggerMatcher

PUB = datetime.date(1988, 6, 1)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- triggers ------------------------------------------------------------------------------------------------------
def test_a_count_of_bombs_set_off_is_a_bombing(code):
    row = _one(code("On Sunday night, separatists set off 7 bombs at government offices across Ajaccio, Corsica, "
                    "France. Nobody was hurt."))
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert row["fatalities"] == 0 and row["location"] == "Ajaccio"
    matcher = TriggerMatcher()
    for text in ("Militants set off three bombs in the market.", "Guerrillas planted a dozen bombs on the railway.",
                 "The group set off twenty-one bombs overnight."):
        assert [t.entry_id for t in matcher.find(text)] == ["trg.ied.triggered"], text
    # a count of other things set off is no bombing
    assert matcher.find("Fans set off 12 flares in the stadium.") == []


def test_cutting_throats_is_a_killing(code):
    row = _one(code("On Monday night, militants cut the throats of 9 shepherds near Tiaret, Algeria."))
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert row["fatalities"] == 9 and row["actor2"] == "Civilians (Algeria)"


# -- dates ---------------------------------------------------------------------------------------------------------
def test_a_summary_header_outranks_a_day_and_month_in_its_sentence(code):
    row = _one(code("05/30/1988: Gunmen of the 6 March commando shot dead a guard outside a bank in Lima, Peru.",
                    published=None))
    assert row["event_date"] == datetime.date(1988, 5, 30)
    # without a header the day and month still date the sentence
    row = _one(code("On 6 March, gunmen shot dead a guard outside a bank in Lima, Peru."))
    assert row["event_date"] == datetime.date(1988, 3, 6)


# -- fatalities ----------------------------------------------------------------------------------------------------
def test_fighters_who_also_died_in_the_next_sentence_are_more_dead(code):
    row = _one(code("On Tuesday, rebels ambushed an army convoy near Florencia, Caqueta, Colombia, killing 7 soldiers. "
                    "Three rebels also died."))
    assert row["fatalities"] == 10
    row = _one(code("On Tuesday, rebels ambushed an army convoy near Florencia, Caqueta, Colombia, killing 7 soldiers. "
                    "Three rebels were wounded."))
    assert row["fatalities"] == 7


def test_a_school_head_or_a_peasant_is_one_dead_civilian(code):
    finder = FatalityFinder()
    assert [m.count for m in finder.find("Guerrillas shot dead the headmaster of the village school.")] == [1]
    assert [m.count for m in finder.find("Rebels shot dead the principal of a school near the border.")] == [1]
    row = _one(code("On Monday, guerrillas killed 6 peasants near Huanta, Ayacucho, Peru."))
    assert row["actor2"] == "Civilians (Peru)" and row["civilian_targeting"] == "Civilian targeting"


# -- actors --------------------------------------------------------------------------------------------------------
def test_a_government_seat_named_as_a_district_is_a_place(code):
    row = _one(code("On Monday, a car bomb exploded outside a hotel in Miraflores district, Lima, Peru, killing 2 "
                    "people."))
    assert row["actor2"] == "Civilians (Peru)" and row["location"] == "Miraflores" and row["admin1"] == "Lima"


def test_a_country_word_opening_a_company_name_is_no_state(code):
    row = _one(code("On Monday, gunmen kidnapped a Turkish Petroleum Corporation engineer near Batman, Turkey."))
    assert row["actor2"] == "Civilians (Turkey)"
    row = _one(code("On Monday, Turkish troops killed 4 militants near Batman, Turkey."))
    assert row["actor1"] == "Military Forces of Turkey"


def test_sla_in_lebanon_is_the_south_lebanon_army(code):
    row = _one(code("On Monday, SLA militiamen shot dead 2 farmers near Nabatieh, Lebanon."))
    assert row["actor1"] == "SLA: South Lebanon Army"
    row = _one(code("On Monday, SLA rebels attacked an army garrison in Tawila, North Darfur, Sudan."))
    assert row["actor1"] == "SLM/A: Sudan Liberation Movement/Army"


def test_groups_of_the_1970s_and_1980s(code):
    assert _one(code("On Monday, gunmen of the Armed Revolutionary Nuclei shot dead a judge in Bologna, Italy."))[
        "actor1"] == "NAR: Armed Revolutionary Nuclei"
    assert _one(code("On Monday, Dev-Sol gunmen shot dead a retired judge in Istanbul, Turkey."))[
        "actor1"] == "DHKP/C: Revolutionary People's Liberation Party/Front"
    assert _one(code("On Monday, members of the Afrikaner Resistance Movement bombed a bus stop in Pretoria, "
                     "South Africa, killing 3 people."))["actor1"] == "AWB: Afrikaner Resistance Movement"


# -- places --------------------------------------------------------------------------------------------------------
def test_a_town_is_read_in_the_province_named_after_it(code):
    row = _one(code("On Monday, gunmen kidnapped 2 traders near Lamitan town, Basilan province, Philippines."))
    assert row["admin1"] == "Autonomous Region in Muslim Mindanao"
