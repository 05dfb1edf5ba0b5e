"""Political parties and party violence (coder/resources/dictionaries/parties.jsonl; found on
fixtures/notes_dev11.jsonl). A party names a side only with its members; who attack are its militia, a crowd of them
is rioters or protesters, members who are attacked are civilians. Every sentence is new."""

import datetime
import json

import pytest

from coder.dictionaries.actors import default_dictionary_dir, load_actor_dictionary

PUB = datetime.date(2024, 6, 1)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- the data file --------------------------------------------------------------------------------------------
def test_parties_file_is_loaded_with_versions_ids_and_wings():
    dictionary = load_actor_dictionary()
    parties = [e for e in dictionary.entries if e.kind == "party"]
    assert len(parties) >= 150 and len({p.country for p in parties}) >= 50
    assert dictionary.versions["parties"]
    assert all(p.id.startswith("pty.") and p.inter == 3 and p.country for p in parties)
    wings = [p for p in parties if p.wing_of]
    assert wings and all(dictionary.by_id[p.wing_of].kind == "party" for p in wings)
    manifest = json.loads((default_dictionary_dir() / "MANIFEST.json").read_text())["files"]["parties.jsonl"]
    assert manifest["sources"] and manifest["version"]


def test_bad_party_line_is_a_clear_error(tmp_path):
    from coder.errors import DictionaryError
    source = default_dictionary_dir()
    for path in source.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    line = {"id": "pty.x", "name": "X Party", "aliases": [], "kind": "party", "inter": 3, "country": "KEN",
            "cameo": "KENPTY", "sector": "PTY", "source": "test", "wing_of": "pty.nowhere"}
    with open(tmp_path / "parties.jsonl", "a") as f:
        f.write(json.dumps(line) + "\n")
    with pytest.raises(DictionaryError, match="wing_of"):
        load_actor_dictionary(tmp_path)


# -- matching: members make the side, a bare name does not -----------------------------------------------------
def test_party_members_are_one_mention(coder_instance):
    found = coder_instance.actors.find("Dozens of UPND cadres and supporters of the ruling Patriotic Front gathered.")
    texts = [(m.text, m.entry_id) for m in found]
    assert ("UPND cadres", "pty.zmb_upnd") in texts
    assert any(t.startswith("supporters of the ruling Patriotic Front") for t, _ in texts)


def test_bare_party_name_is_no_actor(coder_instance):
    assert coder_instance.actors.find("The NRM said the vote in Jinja was free.") == []


@pytest.mark.parametrize("text", [
    "On 2 May 2024, the ODM won 12 of 15 seats in the county assembly of Homa Bay (Homa Bay), officials said.",
    "On 9 April 2024, the CCM spokesman in Dodoma (Dodoma) said the party would field candidates in every ward.",
    "On 20 March 2024, the BJP and the TMC traded accusations at a press conference in Kolkata (West Bengal).",
])
def test_party_news_without_violence_makes_no_event(code, text):
    assert code(text, PUB) == []


# -- naming ----------------------------------------------------------------------------------------------------
def test_party_youths_who_assault_a_rival_member_are_its_militia(code):
    row = _one(code("On 14 April 2024, UPND youths assaulted a PF member at a market in Kitwe (Copperbelt).", PUB))
    assert row["event_type"] == "Violence against civilians" and row["sub_event_type"] == "Attack"
    assert row["actor1"] == "UPND: United Party for National Development" and row["inter1"] == 3
    assert row["actor2"] == "Civilians (Zambia)" and row["inter2"] == 7
    assert row["assoc_actor_2"] == "PF: Patriotic Front (Zambia)"


def test_members_of_a_party_before_of_are_its_militia(code):
    row = _one(code("On 3 March 2024, members of the ruling CCM beat a CHADEMA official in Moshi (Kilimanjaro).", PUB))
    assert row["actor1"] == "CCM: Chama Cha Mapinduzi" and row["actor2"] == "Civilians (Tanzania)"


def test_party_crowd_against_police_is_a_violent_demonstration(code):
    row = _one(code("On 7 May 2024, NUP supporters clashed with police in Mbarara (Western) after a rally.", PUB))
    assert row["event_type"] == "Riots" and row["sub_event_type"] == "Violent demonstration"
    assert row["actor1"] == "Rioters (Uganda)" and row["actor2"] == "Police Forces of Uganda"
    assert row["assoc_actor_1"] == "NUP: National Unity Platform"


def test_two_parties_supporters_clashing_are_rioters_on_both_sides(code):
    row = _one(code("On 5 May 2024, CPDM and SDF supporters clashed in Kumba (South-West) over a ballot count.", PUB))
    assert row["sub_event_type"] == "Mob violence"
    assert row["actor1"] == row["actor2"] == "Rioters (Cameroon)"


def test_peaceful_party_march_is_protesters(code):
    row = _one(code("On 11 May 2024, FRELIMO supporters marched peacefully through Beira (Sofala).", PUB))
    assert row["sub_event_type"] == "Peaceful protest" and row["actor1"] == "Protesters (Mozambique)"
    assert row["assoc_actor_1"] == "FRELIMO: Mozambique Liberation Front"


def test_party_member_shot_by_gunmen_is_a_civilian(code):
    row = _one(code("On 19 May 2024, gunmen shot dead an MCP councillor in Dedza (Central).", PUB))
    assert row["actor1"] == "Unidentified Armed Group (Malawi)"
    assert row["actor2"] == "Civilians (Malawi)" and row["inter2"] == 7


# -- one acronym, several parties: the article's country picks ---------------------------------------------------
def test_pdp_in_nigeria_is_the_peoples_democratic_party(code):
    row = _one(code("On 8 March 2024, PDP thugs attacked voters in Jos (Plateau).", PUB))
    assert row["actor1"] == "PDP: Peoples Democratic Party"


def test_pdp_in_kashmir_is_the_jammu_and_kashmir_party(code):
    row = _one(code("On 8 March 2024, PDP workers beat a shopkeeper in Baramulla (Jammu and Kashmir).", PUB))
    assert row["actor1"] == "JKPDP: Jammu and Kashmir Peoples Democratic Party"


def test_ndc_in_ghana_is_the_party_and_stays_the_armed_group_in_congo(code):
    ghana = _one(code("On 6 April 2024, NDC youths attacked an electoral officer in Ho (Volta).", PUB))
    assert ghana["actor1"] == "NDC: National Democratic Congress"
    congo = _one(code("On 6 April 2024, NDC fighters attacked FARDC positions near Pinga (Nord-Kivu).", PUB))
    assert congo["actor1"] != "NDC: National Democratic Congress" and congo["event_type"] == "Battles"


def test_ambiguous_acronym_outside_its_country_names_no_party(code):
    row = _one(code("On 8 March 2024, SDF supporters attacked a journalist in Raqqa (Raqqa).", PUB))
    assert row["actor1"] != "SDF: Social Democratic Front"
