"""Actors of the 1970-2005 incident summaries, acronyms read by the article's country, and the roles of
crowds (counter-protesters, communal clashes, protests broken up in the next sentence): sentences of our own."""

import datetime

import pytest

PUB = datetime.date(1988, 3, 7)  # a Monday
PUB_RECENT = datetime.date(2023, 3, 6)


def _sides(row):
    return (row["actor1"], row["inter1"], row["actor2"], row["inter2"])


# historic non-state groups: (sentence, actor1, inter1)
HISTORIC = [
    ("On Sunday, IRA gunmen shot dead two soldiers at a checkpoint near Crossmaglen, County Armagh, Northern Ireland.",
     "PIRA: Provisional Irish Republican Army", 2),
    ("On Monday, GRAPO gunmen killed a police officer in Madrid, Spain.",
     "GRAPO: First of October Anti-Fascist Resistance Groups", 2),
    ("On Thursday, the Red Brigades kidnapped a judge in Genoa, Italy.", "Red Brigades", 2),
    ("On Tuesday, Red Army Faction members shot dead a bank chairman in Bad Homburg, Germany.",
     "RAF: Red Army Faction", 2),
    ("On Wednesday, ASALA militants attacked the Turkish embassy in Paris, France, killing one guard.",
     "ASALA: Armenian Secret Army for the Liberation of Armenia", 2),
    ("On Saturday, Armed Islamic Group militants killed 30 villagers near Medea, Algeria.", "GIA: Armed Islamic Group", 2),
    ("On Sunday, Al-Gama'a al-Islamiyya gunmen shot dead two policemen in Asyut, Egypt.", "Al Gamaa al Islamiyya", 2),
    ("On Monday, URNG guerrillas ambushed an army patrol near Coban, Guatemala, killing four soldiers.",
     "URNG: Guatemalan National Revolutionary Unity", 2),
    ("On Sunday, Contra rebels attacked a cooperative near Jinotega, Nicaragua, killing six farmers.",
     "Contras: Nicaraguan Resistance", 2),
    ("On Monday, JVP insurgents shot dead a village official near Matara, Sri Lanka.", "JVP: People's Liberation Front", 2),
    ("On Tuesday, GAM rebels clashed with Indonesian soldiers near Lhokseumawe, Aceh.", "GAM: Free Aceh Movement", 2),
    ("On Monday, ZANLA guerrillas attacked a farm near Mtoko, Rhodesia, killing three farmers.",
     "ZANLA: Zimbabwe African National Liberation Army", 2),
    ("On Friday, PLO guerrillas clashed with Israeli troops near Tyre, Lebanon.", "PLO: Palestine Liberation Organization", 3),
    ("On Tuesday, Dev Sol militants shot dead a retired general in Istanbul, Turkey.",
     "DHKP/C: Revolutionary People's Liberation Party/Front", 2),
    ("On Sunday, Khmer Rouge guerrillas shelled Battambang, Cambodia, killing five civilians.", "Khmer Rouge", 2),
    ("On Monday, SWAPO guerrillas attacked a South African army base near Oshakati, Namibia.",
     "PLAN: People's Liberation Army of Namibia", 2),
]


@pytest.mark.parametrize("text,actor1,inter1", HISTORIC)
def test_historic_groups_are_named(code, text, actor1, inter1):
    row = code(text)[0]
    assert (row["actor1"], row["inter1"]) == (actor1, inter1)


@pytest.mark.parametrize("text", [
    "On Sunday, thousands of SWAPO supporters marched in Windhoek, Namibia.",
    "On Sunday, students formed revolutionary cells and held a rally about the revolutionary struggle in Athens, Greece.",
])
def test_party_names_and_lowercase_phrases_are_no_armed_group(code, text):
    for row in code(text):
        assert row["inter1"] != 2 and row["inter2"] != 2


@pytest.mark.parametrize("text,actor", [
    ("On 3 March 2023, SNA fighters clashed with SDF fighters near Tal Tamr (Hasakah).", "Syrian National Army"),
    ("On 3 March 2023, SNA troops clashed with Al Shabaab militants near Jowhar (Middle Shabeelle).",
     "Military Forces of Somalia"),
    ("On 3 March 2023, the SNA clashed with the Kachin Independence Army near Hpakant (Kachin).",
     "SNA: Shanni Nationalities Army"),
])
def test_sna_is_read_by_the_country(code, text, actor):
    row = code(text, PUB_RECENT)[0]
    assert actor in (row["actor1"], row["actor2"])


@pytest.mark.parametrize("text,fatalities", [
    ("On 6 March 2023, soldiers opened fire on demonstrators in Mandalay (Mandalay), killing a 25-year-old protester.", 1),
    ("On 6 March 2023, gunmen shot dead a 45-year-old farmer near Jos (Plateau).", 1),
    ("On 6 March 2023, police killed two 19-year-old students during a protest in Nairobi (Nairobi).", 2),
    ("On 6 March 2023, soldiers shot a 12-year-old boy in Jenin (West Bank), wounding him.", 0),
])
def test_an_age_before_the_victim_is_no_count(code, text, fatalities):
    assert code(text, PUB_RECENT)[0]["fatalities"] == fatalities


@pytest.mark.parametrize("text,police", [
    ("On 6 March 2023, teachers staged a protest outside the education ministry in Accra (Greater Accra) over unpaid "
     "salaries. Police detained around 40 of them.", "Police Forces of Ghana"),
    ("On 6 March 2023, nurses protested outside parliament in Harare (Harare). Police arrested 12 of the protesters.",
     "Police Forces of Zimbabwe"),
])
def test_arrests_right_after_a_protest_are_its_intervention(code, text, police):
    rows = code(text, PUB_RECENT)
    assert len(rows) == 1
    row = rows[0]
    assert row["sub_event_type"] == "Protest with intervention"
    assert (row["inter1"], row["actor2"], row["inter2"]) == (6, police, 1)


def test_arrests_of_named_figures_after_a_protest_stay_an_event(code):
    rows = code("On 6 March 2023, traders protested in Kano (Kano). On 6 March 2023, police arrested two ISWAP "
                "commanders in Maiduguri (Borno).", PUB_RECENT)
    assert any(r["sub_event_type"] == "Arrests" for r in rows)


def test_arrest_of_a_named_leader_after_a_protest_is_no_intervention(code):
    rows = code("On 6 March 2023, traders protested outside the governor's office in Kano (Kano). Police later "
                "arrested the union chairman Musa Bello.", PUB_RECENT)
    assert not any(r["sub_event_type"] == "Protest with intervention" for r in rows)


@pytest.mark.parametrize("text", [
    "On 6 March 2023, around 300 supporters of a nationalist party marched in Dresden (Saxony), while some 500 "
    "counter-protesters gathered nearby.",
    "On 6 March 2023, anti-vaccine demonstrators rallied in Ottawa (Ontario); counter-protesters held a rally across "
    "the street.",
    "On 6 March 2023, hundreds of people protested against a mosque in Leeds (England). A smaller group of "
    "counter-demonstrators also gathered.",
])
def test_counter_protesters_are_the_second_side(code, text):
    row = code(text, PUB_RECENT)[0]
    assert row["event_type"] == "Protests"
    assert (row["inter1"], row["inter2"]) == (6, 6) and row["actor2"].startswith("Protesters (")


def test_a_protest_without_counter_protesters_keeps_no_second_side(code):
    row = code("On 6 March 2023, hundreds of farmers marched in Dresden (Saxony) against fuel prices.", PUB_RECENT)[0]
    assert row["sub_event_type"] == "Peaceful protest" and row["actor2"] is None


@pytest.mark.parametrize("text", [
    "On 6 March 2023, members of two communities clashed with stones and sticks in Jamshedpur (Jharkhand). 3 people "
    "were injured.",
    "On 6 March 2023, clashes broke out between Hindu and Muslim groups in Nuh (Haryana), leaving 2 dead.",
    "On 6 March 2023, Christian and Muslim youths clashed in Kaduna (Kaduna), burning houses.",
])
def test_two_communities_fighting_is_mob_violence(code, text):
    row = code(text, PUB_RECENT)[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Riots", "Mob violence")
    assert (row["inter1"], row["inter2"]) == (5, 5) and row["actor1"] == row["actor2"]


@pytest.mark.parametrize("text", [
    "On 6 March 2023, Sunni and Shia militias clashed near Parachinar (Khyber Pakhtunkhwa), leaving 5 dead.",
    "On 6 March 2023, soldiers clashed with Christian and Muslim youths in Jos (Plateau).",
])
def test_armed_or_state_sides_keep_their_clash(code, text):
    row = code(text, PUB_RECENT)[0]
    assert row["sub_event_type"] != "Mob violence"


@pytest.mark.parametrize("text,actor1,actor2", [
    ("On 6 March 2023, SDF fighters and Turkish-backed Levant Front factions exchanged heavy fire near Manbij (Aleppo).",
     "QSD: Syrian Democratic Forces", "Levant Front"),
    ("On 6 March 2023, Houthi rebels and Saudi-backed government forces clashed near Marib (Marib).",
     "Houthi Movement", "Military Forces of Yemen"),
])
def test_a_patron_before_the_second_side_keeps_the_subject_order(code, text, actor1, actor2):
    row = code(text, PUB_RECENT)[0]
    assert (row["actor1"], row["actor2"]) == (actor1, actor2)
