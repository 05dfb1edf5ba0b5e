"""Short real-world news lines (headlines, lead lines, casualty reports) in the styles UCDP GED sources use:
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from coder.text.normalize import normalize_text

PUB = date(2015, 9, 8)  # a Tuesday


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


def test_a_stray_space_after_the_arabic_article_is_closed() -> None:
    assert normalize_text("Clashes in Jabal al- Akrad and ar- Raqqa") == "Clashes in Jabal al-Akrad and ar-Raqqa"
    assert normalize_text("a total- Nothing; al- qaeda") == "a total- Nothing; al- qaeda"  # no name follows


def test_arabic_spelling_variants_place_the_event(code):
    row = _one(code("Warplanes bombed Ma'arat al-Nu'man on Monday, killing three civilians"))
    assert row["country"] == "Syria" and row["admin1"] == "Idlib"
    row = _one(code("Two rebels were killed in shelling on Jabal al- Akrad"))
    assert row["country"] == "Syria" and row["admin1"] == "Latakia"


def test_a_region_before_police_names_the_states_police_and_places_the_event(code):
    row = _one(code("Anambra Police kill two gunmen in shootout"))
    assert row["country"] == "Nigeria" and row["admin1"] == "Anambra"
    assert row["actor1"] == "Police Forces of Nigeria"
    assert _one(code("Balochistan Police arrest four suspects"))["admin1"] == "Balochistan"
    # an organisation word other than police still ends the place reading ("Kaduna Polytechnic" aside)
    assert code("Kaduna Ministry officials met on Monday") == []


def test_a_headline_toll_since_a_recent_day_is_an_event(code):
    row = _one(code("Culiacan: 9 Dead Since Friday"))
    assert row["country"] == "Mexico" and row["location"] == "Culiacan"
    assert row["event_date"] == date(2015, 9, 4)  # Friday
    # a total over years is background, not this text's event
    assert code("Ciudad Juarez: 2,000 dead since 2008") == []
    assert code("Acapulco: 40 dead so far this year") == []


def test_a_list_of_single_victims_counts_each_one(code):
    assert _one(code("A commander, his aide and two guards were killed in an ambush near Ghazni"))["fatalities"] == 4
    assert _one(code("A police officer, a teacher and a trader were killed in Bannu"))["fatalities"] == 3


def test_one_ranked_victim_with_a_modifier_is_one_death(code):
    row = _one(code("A colonel in the army killed, while shelling leaves casualties near Idlib"))
    assert row["fatalities"] == 1
    assert _one(code("A soldier of the army killed 12 civilians in Kunar"))["fatalities"] == 12


def test_dozens_written_with_a_digit_or_a_word(code):
    assert _one(code("Gunmen kill 2 dozen villagers in Zamfara"))["fatalities"] == 24
    assert _one(code("Bandits kill two dozen villagers in Zamfara"))["fatalities"] == 24


def test_joined_headlines_keep_the_most_conservative_figure(code):
    row = _one(code("Seven soldiers killed in Boko Haram attack in Mokolo;At least six soldiers killed in raid on "
                    "Mokolo;Nine soldiers die in Mokolo attack"))
    assert row["fatalities"] == 6
    # one report whose toll rises later keeps the update
    row = _one(code("Seven soldiers were killed in a Boko Haram attack in Mokolo on Sunday. The death toll later "
                    "rose to nine."))
    assert row["fatalities"] == 9


def test_joined_headlines_keep_the_figure_most_of_them_give(code):
    # the headline about one of the dead ("kills commander of ...") is a part, not a lower report of the toll
    row = _one(code("Army kills 14 rebels near Tessalit;Malian troops kill 14 militants in north;Army kills rebel "
                    "commander near Tessalit;Mali army says 14 militants killed"))
    assert row["fatalities"] == 14


def test_the_city_a_source_filed_from_is_the_country_when_nothing_else_is(code):
    row = _one(code("GUNMEN KILL THREE IN RAID ON VILLAGE. Source: Radio Uganda, Kampala, in English 0500 gmt 3 Mar 96"))
    assert row["country"] == "Uganda" and row["location"] == "Uganda"  # the country only: the city is not the place


def test_one_person_killed_in_a_headline_is_the_target(code):
    row = _one(code("Turkish soldier killed in PKK attack in Sirnak"))
    assert (row["actor1"], row["actor2"], row["fatalities"]) == (
        "PKK: Kurdistan Workers' Party", "Military Forces of Turkey", 1)
    row = _one(code("Turkish soldier killed two PKK militants in Sirnak"))  # active: the soldier attacked
    assert row["actor1"] == "Military Forces of Turkey"
