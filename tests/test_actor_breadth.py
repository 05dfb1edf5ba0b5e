"""Breadth of the actor dictionaries: named groups from every region, identity and clan militias, generic
gangs and vigilantes, each on sentences of our own, asserting the coded rows' actor names and inter codes."""

import datetime

import pytest

from coder.dictionaries.actors import load_actor_dictionary
from coder.match.actors import ActorMatcher

PUB = datetime.date(2023, 3, 6)  # a Monday


@pytest.fixture(scope="module")
def matcher():
    return ActorMatcher(load_actor_dictionary())


def _sides(row):
    return (row["actor1"], row["inter1"], row["actor2"], row["inter2"])


# named non-state groups, one or two per region: (sentence, actor1, inter1, actor2, inter2)
NAMED = [
    ("Ganda Izo militiamen clashed with JNIM fighters near Ansongo on Sunday.",
     "Ganda Izo", 4, "JNIM: Group for Support of Islam and Muslims", 2),
    ("NDPVF fighters clashed with soldiers near Port Harcourt on Sunday.",
     "NDPVF: Niger Delta People's Volunteer Force", 2, "Military Forces of Nigeria", 1),
    ("UFDD rebels attacked a military garrison in Abeche on Sunday.",
     "UFDD: Union of Forces for Democracy and Development", 2, "Military Forces of Chad", 1),
    ("Arrow Boys clashed with LRA fighters near Yambio on Sunday.",
     "Arrow Boys", 4, "LRA: Lord's Resistance Army", 2),
    ("Abu al-Abbas Brigades fighters clashed with Houthi rebels in Taiz on Sunday.",
     "Abu al-Abbas Brigades", 3, "Houthi Movement", 2),
    ("Levant Front and Mutasim Division fighters clashed near Afrin on Sunday.",
     "Levant Front", 2, "Mutasim Division", 2),
    ("The Sinai Tribes Union attacked Islamic State militants near Rafah on Sunday.",
     "Sinai Tribes Union", 3, "Islamic State (Egypt)", 2),
    ("TNSM militants attacked a police post in Swat on Sunday.",
     "TNSM: Movement for the Enforcement of Islamic Law", 2, "Police Forces of Pakistan", 1),
    ("Kashmir Tigers militants attacked an army convoy in Doda on Sunday.",
     "Kashmir Tigers", 2, "Military Forces of India", 1),
    ("Arakan Rohingya Army fighters clashed with the Arakan Army near Maungdaw on Sunday.",
     "ARA: Arakan Rohingya Army", 2, "AA: Arakan Army", 2),
    ("Gente Nueva gunmen attacked police in Culiacan on Sunday.",
     "Gente Nueva", 3, "Police Forces of Mexico", 1),
    ("Jaime Martinez Mobile Column dissidents attacked a police station in Jamundi on Sunday.",
     "Jaime Martinez Mobile Column", 2, "Police Forces of Colombia", 1),
    ("Los Caparros gunmen clashed with the Clan del Golfo near Caceres on Sunday.",
     "Los Caparros", 3, "Clan del Golfo", 3),
    ("Krache Dife gang members attacked residents of Gressier on Sunday.",
     "Krache Dife", 3, "Civilians (Haiti)", 7),
    ("INLA gunmen shot a man in Belfast on Sunday.",
     "INLA: Irish National Liberation Army", 2, "Civilians (United Kingdom)", 7),
    ("Islamic State Caucasus Province militants attacked police in Nalchik on Sunday.",
     "Islamic State Caucasus Province", 2, "Police Forces of Russia", 1),
]


# identity militias: '<People> Ethnic Militia (<Country>)', any member noun, inter 4
IDENTITY = [
    ("Lendu fighters attacked a village near Djugu in Ituri on Sunday, killing six civilians.",
     "Lendu Ethnic Militia (Democratic Republic of Congo)", 4, "Civilians (Democratic Republic of Congo)", 7),
    ("Nuer youths clashed with Dinka cattle keepers near Bor in Jonglei on Saturday, leaving 12 dead.",
     "Nuer Ethnic Militia (South Sudan)", 4, "Dinka Ethnic Militia (South Sudan)", 4),
    ("Murle raiders abducted four children near Pibor on Friday.",
     "Murle Ethnic Militia (South Sudan)", 4, "Civilians (South Sudan)", 7),
    ("Twa militiamen attacked Luba villagers near Kalemie on Sunday.",
     "Twa Ethnic Militia (Democratic Republic of Congo)", 4, "Civilians (Democratic Republic of Congo)", 7),
    ("Rizeigat militiamen attacked Masalit fighters in El Geneina on Sunday, killing 20.",
     "Rizeigat Ethnic Militia (Sudan)", 4, "Masalit Ethnic Militia (Sudan)", 4),
    ("Jukun militia attacked Tiv farmers in Wukari on Sunday, killing five.",
     "Jukun Ethnic Militia (Nigeria)", 4, "Civilians (Nigeria)", 7),
    ("Armed cattle keepers attacked farmers near Yei in Central Equatoria on Saturday.",
     "Unidentified Communal Militia (South Sudan)", 4, "Civilians (South Sudan)", 7),
]


def test_somali_clan_militias_from_the_dictionary(code):
    row = code("Habar Gidir clan militia fought Abgaal militiamen near Adale on Sunday, killing five people.")[0]
    assert _sides(row) == ("Habar Gidir Clan Militia (Somalia)", 4, "Abgaal Clan Militia (Somalia)", 4)


def test_unknown_clan_before_a_clan_noun_names_a_clan_militia(code):
    row = code("Rahanweyn clan militia fought government soldiers near Baidoa on Sunday.")[0]
    assert _sides(row) == ("Rahanweyn Clan Militia (Somalia)", 4, "Military Forces of Somalia", 1)
    row = code("Hawiye clansmen clashed with Darod clan fighters near Beledweyne on Sunday, killing four.")[0]
    assert _sides(row) == ("Hawiye Clan Militia (Somalia)", 4, "Darod Clan Militia (Somalia)", 4)
    # an ethnic (not clan) noun keeps the ethnic form
    row = code("Bakossi militiamen attacked a market near Kumba on Sunday, killing two traders.")[0]
    assert row["actor1"] == "Bakossi Ethnic Militia (Cameroon)" and row["inter1"] == 4


GENERIC = [
    ("Criminal gangs kidnapped ten passengers near Birnin Gwari on Sunday.",
     "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7),
    ("A kidnapping gang abducted a priest near Enugu on Sunday.",
     "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7),
    ("Drug traffickers killed two soldiers near Tumaco on Sunday.",
     "Unidentified Armed Group (Colombia)", 3, "Military Forces of Colombia", 1),
    ("Sicarios shot dead a police officer in Culiacan, Sinaloa on Sunday.",
     "Unidentified Armed Group (Mexico)", 3, "Police Forces of Mexico", 1),
]



# named groups, identity militias and generic gangs: the first coded row's two sides and inter codes
@pytest.mark.parametrize("text, actor1, inter1, actor2, inter2", NAMED + IDENTITY + GENERIC)
def test_first_row_sides(code, text, actor1, inter1, actor2, inter2):
    rows = code(text)
    assert rows and _sides(rows[0]) == (actor1, inter1, actor2, inter2)


def test_vigilance_committees_are_unidentified_militia(matcher):
    found = matcher.find("Vigilance committees and local vigilantes repelled the raid.")
    assert [(m.text, m.inter) for m in found] == [("Vigilance committees", 3), ("local vigilantes", 3)]
    assert all(m.name == "Unidentified Armed Group ({country})" for m in found)


@pytest.mark.parametrize("text, expected", [
    ("UPDF soldiers crossed into Ituri.", "Military Forces of Uganda"),  # not Bangladesh's United People's Democratic Front
    ("The National Liberation Army attacked Saravena.", "ELN: National Liberation Army"),  # not Macedonia's NLA
    ("Popular Defence Forces attacked the village.", "Popular Defence Forces (Sudan)"),  # longest match over 'Defence Forces'
])
def test_new_entries_leave_older_readings_alone(matcher, text, expected):
    assert matcher.find(text)[0].name == expected


def test_ambiguous_acronyms_need_their_written_case(matcher):
    assert [m.name for m in matcher.find("OPC members marched in Lagos.")] == ["OPC: Oodua Peoples Congress"]
    assert [m.entry_id for m in matcher.find("The opc said the rally was peaceful.")] == []
    assert [m.entry_id for m in matcher.find("JSS 3 pupils and SRA officials met the UBA manager.")
            if m.kind == "armed_group"] == []


@pytest.mark.parametrize("text, name", [
    ("Maï-Maï militiamen looted shops.", "Mai-Mai Militia"),  # French spelling with diaeresis
    ("The Ejército Gaitanista de Colombia announced a strike.", "Clan del Golfo"),  # the AGC's 2024 name
    ("Gunmen of the Cártel de Jalisco Nueva Generación fired on troops.", "CJNG: Jalisco New Generation Cartel"),
    ("Peul militiamen burned the granaries.", "Fulani Ethnic Militia ({country})"),
    ("Kokang rebels shelled the town.", "MNDAA: Myanmar National Democratic Alliance Army"),
    ("Oromo rebels ambushed a bus.", "OLA: Oromo Liberation Army"),
    ("CNRD fighters raided the camp.", "CNRD: National Council for Renewal and Democracy"),
])
def test_spelling_variants_and_descriptions(matcher, text, name):
    assert name in [m.name for m in matcher.find(text)]


def test_a_person_called_shane_is_not_the_ola(matcher):
    # 'Shane' (OLA-Shane) is ambiguous: exact case only, and never inside a run of capitalised words
    assert "grp.ola" not in [m.entry_id for m in matcher.find("Shane Warne spoke to reporters about the shane ceremony.")]
    assert [m.entry_id for m in matcher.find("fighters of Shane attacked the town.")] == ["grp.ola"]


def test_private_security_guards_are_other_forces(code):
    row = code("Private security guards shot dead two artisanal miners at the North Mara mine near Tarime on Sunday.")[0]
    assert _sides(row) == ("Private Security Forces (Tanzania)", 8, "Civilians (Tanzania)", 7)
    row = code("An angry mob attacked security guards at a tea estate near Kericho on Sunday.")[0]
    assert _sides(row) == ("Rioters (Kenya)", 5, "Private Security Forces (Kenya)", 8)


@pytest.mark.parametrize("text", [
    "Militants shot dead two polio vaccinators in Peshawar on Sunday.",
    "Gunmen abducted three engineers near Kaduna on Sunday.",
])
def test_more_victim_nouns_are_civilians(code, text):
    row = code(text)[0]
    assert row["event_type"] == "Violence against civilians" and row["inter2"] == 7
    assert row["actor2"].startswith("Civilians (")


def test_unknown_tribe_before_a_tribal_noun_names_a_tribal_militia(code):
    row = code("Murad tribesmen clashed with Houthi fighters near Marib on Sunday, killing six.")[0]
    assert _sides(row) == ("Murad Tribal Militia (Yemen)", 4, "Houthi Movement", 2)
    row = code("Shammar tribal fighters clashed with SDF fighters near Tal Hamis on Sunday.")[0]
    assert _sides(row) == ("Shammar Tribal Militia (Syria)", 4, "QSD: Syrian Democratic Forces", 2)


def test_sac_troops_are_myanmar_military(code):
    row = code("SAC troops torched 40 houses in Tabayin township in Sagaing region on Sunday, killing three villagers.")[0]
    assert (row["actor1"], row["inter1"]) == ("Military Forces of Myanmar", 1)


@pytest.mark.parametrize("text, name", [
    ("Anglophone separatist fighters killed two soldiers near Kumbo.", "Ambazonian Separatists"),
    ("An Anglophone separatist commander was arrested in Bamenda.", "Ambazonian Separatists"),
])
def test_a_plural_alias_also_names_the_group_in_its_singular_modifier_form(matcher, text, name):
    assert name in [m.name for m in matcher.find(text)]


def test_the_singular_modifier_form_takes_no_phrase_another_entry_has(matcher):
    # 'rebel' alone stays the generic agent: only aliases of two or more words give a singular form
    assert all(m.kind == "agent" for m in matcher.find("A rebel commander was arrested.") if m.text.lower() == "rebel")
