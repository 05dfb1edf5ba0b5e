"""Actor naming breadth on ACLED-style notes (notes_dev12): the forms notes use for Sahel auxiliaries, Darfur
factions, Somali state and clan forces, Syrian, Yemeni, Libyan, Colombian, Haitian and Brazilian armed groups,
an acronym two countries' groups share, the people a militia's name gives by their work, paired clan militias,
and the owner of a raided hideout. Sentences of our own."""

import datetime

import pytest

PUB = datetime.date(2024, 6, 30)  # a Sunday


def _sides(row):
    return (row["actor1"], row["inter1"], row["actor2"], row["inter2"])


# (sentence, actor1, inter1, actor2, inter2): a dictionary form each note style uses
FORMS = [
    ("On 12 June 2024, VDPs repelled an assault by JNIM fighters on Titao (Nord), killing 9 of them.",
     "JNIM: Group for Support of Islam and Muslims", 2, "VDP: Volunteers for the Defense of the Homeland", 3),
    ("On 4 June 2024, SLA-Minni Minawi combatants fought RSF fighters near Kutum (North Darfur).",
     "SLM/A-MM: Sudan Liberation Movement/Army-Minni Minawi", 2, "Rapid Support Forces", 2),
    ("On 9 June 2024, Jubaland State forces attacked Al Shabaab positions near Afmadow (Lower Juba).",
     "Jubaland Forces", 1, "Al Shabaab", 2),
    ("On 2 June 2024, Puntland Security Forces clashed with ISIS militants near Qandala (Bari).",
     "Military Forces of Puntland", 1, "Islamic State (Somalia)", 2),
    ("On 15 June 2024, Mai-Mai Zaire fighters clashed with CODECO militiamen near Djugu (Ituri).",
     "Zaire Militia", 4, "CODECO: Cooperative for Development of Congo", 3),
    ("On 21 June 2024, Turkish-backed factions shelled SDF positions near Ain Issa (Raqqa).",
     "Syrian National Army", 2, "QSD: Syrian Democratic Forces", 2),
    ("On 11 June 2024, forces loyal to Tariq Saleh clashed with the Houthis near Al Khawkhah (Al Hudaydah).",
     "National Resistance Forces", 3, "Houthi Movement", 2),
    ("On 6 June 2024, Stabilisation Support Apparatus fighters clashed with Rada forces in Tripoli (Tripoli).",
     "SSA: Stability Support Apparatus", 3, "Rada Special Deterrence Forces", 3),
    ("On 8 June 2024, Gran Ravine gang members set up a roadblock and clashed with police in Martissant, "
     "Port-au-Prince (Ouest).", "Gran Ravine", 3, "Police Forces of Haiti", 1),
    ("On 17 June 2024, CAFGU militiamen and soldiers clashed with NPA guerrillas in Bayawan (Negros Oriental).",
     "Military Forces of the Philippines", 1, "NPA: New People's Army", 2),
    ("On 7 June 2024, ULFA(I) cadres fired on an Assam Rifles patrol near Margherita (Assam).",
     "ULFA-I: United Liberation Front of Asom-Independent", 2, "Military Forces of India", 1),
    ("On 19 June 2024, CRP militiamen attacked a FARDC position near Bunia (Ituri).",
     "CRP: Convention for the Popular Revolution", 3, "Military Forces of the Democratic Republic of Congo", 1),
]


@pytest.mark.parametrize("text, actor1, inter1, actor2, inter2", FORMS)
def test_note_forms_name_the_group(code, text, actor1, inter1, actor2, inter2):
    assert _sides(code(text)[0]) == (actor1, inter1, actor2, inter2)


def test_gaitanist_army_is_the_clan_not_colombias_army(code):
    # "Army of Colombia" inside the group's name must not compose Colombia's military
    row = code("On 10 June 2024, members of the Gaitanist Army of Colombia shot dead a farmer in Caceres (Antioquia).")[0]
    assert row["actor1"] == "Clan del Golfo" and row["inter1"] == 3
    assert row["actor2"] == "Civilians (Colombia)"


def test_militia_in_brazil_is_its_milicias(code):
    row = code("On 13 June 2024, militiamen shot dead a motorcycle taxi driver in Duque de Caxias (Rio de Janeiro).")[0]
    assert row["actor1"] == "Militia (Brazil)" and row["inter1"] == 3
    assert row["actor2"] == "Civilians (Brazil)"
    # elsewhere the same word stays an unidentified armed group
    row = code("On 13 June 2024, militiamen shot dead a motorcycle taxi driver in Kasese (Western).")[0]
    assert row["actor1"] == "Unidentified Armed Group (Uganda)"


def test_shared_acronym_names_the_group_of_the_events_country(code):
    row = code("On 14 June 2024, ASWJ fighters beheaded 3 villagers near Muidumbe (Cabo Delgado).")[0]
    assert row["actor1"] == "Ansar al-Sunna" and row["country"] == "Mozambique"
    row = code("On 14 June 2024, ASWJ militants shot dead a Shia cleric in Karachi (Sindh).")[0]
    assert row["actor1"] == "Sipah-e-Sahaba Pakistan"


def test_a_youth_shot_by_forces_is_a_civilian(code):
    row = code("On 20 June 2024, Israeli troops shot dead a Palestinian teenager near Tubas (West Bank).")[0]
    assert row["actor2"] == "Civilians (Palestine)" and row["inter2"] == 7
    row = code("On 20 June 2024, police shot dead a youth during a raid in Kisumu (Kisumu).")[0]
    assert row["actor2"] == "Civilians (Kenya)"


def test_a_peoples_herders_killed_are_civilians(code):
    # 'Fulani herders' names the people by their work: only killed, they are civilians, not the Fulani militia
    row = code("On 5 June 2024, Bambara hunters killed 4 Fulani herdsmen near Macina (Segou).")[0]
    assert row["actor2"] == "Civilians (Mali)" and row["event_type"] == "Violence against civilians"
    # in a clash they stay the militia
    row = code("On 5 June 2024, Bambara hunters clashed with Fulani herdsmen near Macina (Segou).")[0]
    assert row["actor2"] == "Fulani Ethnic Militia (Mali)" and row["inter2"] == 4


def test_paired_clan_militias_with_a_two_word_clan(code):
    row = code("On 3 June 2024, Habar Gidir and Murusade clan militias clashed near Adale (Middle Shabelle), "
               "killing 2 people.")[0]
    assert {row["actor1"], row["actor2"]} == {"Habar Gidir Clan Militia (Somalia)", "Murusade Clan Militia (Somalia)"}
    assert row["event_type"] == "Battles" and row["inter1"] == 4 and row["inter2"] == 4


def test_owner_of_a_raided_hideout_is_the_target(code):
    row = code("On 18 June 2024, Danab forces stormed an Al Shabaab base near Bariire (Lower Shabelle), "
               "killing 7 militants.")[0]
    assert row["actor1"] == "Danab Brigade" and row["actor2"] == "Al Shabaab"
    row = code("On 18 June 2024, Pakistani troops raided a TTP hideout in Tank (Khyber Pakhtunkhwa), "
               "killing 4 militants.")[0]
    assert row["actor1"] == "Military Forces of Pakistan" and row["actor2"] == "TTP: Tehreek-e-Taliban Pakistan"
