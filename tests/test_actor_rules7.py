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
