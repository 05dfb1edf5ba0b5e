"""Session 8 actor rules: violence against civilians always has civilians as its target; a people's adjective
before their homes names no side; a beating of a party's member is an attack on a person."""

from coder.api import code_text


def _one(text: str) -> dict:
    rows = code_text(text, published=None)
    assert len(rows) == 1, rows
    return rows[0]


def test_violence_against_civilians_has_civilians_as_target():
    # (a party parties.jsonl does not list: a listed one's member is a side of its own, tests/test_party_rules.py)
    row = _one("On 5 March 2023, Imbonerakure members beat a FRODEBU member in Gitega (Gitega).")
    assert (row["event_type"], row["actor1"]) == ("Violence against civilians", "Imbonerakure")
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("Civilians (Burundi)", 7, 37)
    assert "actor.vac_target" in row["rule_ids"]


def test_a_riot_or_a_clash_gets_no_civilian_target_from_it():
    riot = _one("On 5 March 2023, demonstrators attacked the governor's office in Kisumu.")
    assert riot["event_type"] == "Riots" and "actor.vac_target" not in riot["rule_ids"]
    clash = _one("On 5 March 2023, Al Shabaab fighters attacked Somali troops in Afgooye.")
    assert clash["actor2"] == "Military Forces of Somalia"


def test_a_peoples_adjective_before_their_homes_names_no_side():
    row = _one("On 8 May 2023, Israeli forces demolished a Palestinian house in Hebron (West Bank).")
    assert (row["actor1"], row["actor2"], row["inter2"]) == ("Military Forces of Israel", "Civilians (Palestine)", 7)
    homes = _one("On 8 May 2023, Russian forces shelled Ukrainian homes in Kherson (Kherson), killing 2 civilians.")
    assert homes["actor2"] == "Civilians (Ukraine)"
    # a force of that people is still a side
    force = _one("On 8 May 2023, Syrian forces shelled Turkish positions near Idlib.")
    assert force["actor2"] == "Military Forces of Turkey"


def test_a_sports_win_is_no_beating():
    assert code_text("Kenya beat Uganda 2-1 in the regional football final in Nairobi, with team officials "
                     "celebrating.", published=None) == []


def test_members_of_a_community_who_fight_or_attack_are_its_militia():
    clash = _one("On 2 June 2023, members of the Idoma community clashed with Fulani herders near Agatu (Benue).")
    assert (clash["actor1"], clash["inter1"]) == ("Idoma Ethnic Militia (Nigeria)", 4)
    attack = _one("On 2 June 2023, Lendu community members attacked a Hema village in Djugu (Ituri), killing 6 people.")
    assert (attack["actor1"], attack["actor2"]) == ("Lendu Ethnic Militia (Democratic Republic of Congo)",
                                                   "Civilians (Democratic Republic of Congo)")
    two = _one("On 2 June 2023, youths from the Nuer and Murle communities clashed near Pibor (Jonglei).")
    assert (two["inter1"], two["inter2"]) == (4, 4)
    assert {two["actor1"], two["actor2"]} == {"Nuer Ethnic Militia (South Sudan)", "Murle Ethnic Militia (South Sudan)"}


def test_members_of_a_community_who_are_attacked_or_protest_stay_civilians_or_protesters():
    victims = _one("On 2 June 2023, gunmen killed 4 members of the Idoma community near Agatu (Benue).")
    assert (victims["actor2"], victims["inter2"]) == ("Civilians (Nigeria)", 7)
    protest = _one("On 2 June 2023, members of the Idoma community protested in Makurdi (Benue) against the killings.")
    assert (protest["actor1"], protest["inter1"]) == ("Protesters (Nigeria)", 6)


def test_a_former_soldier_or_officer_is_a_civilian():
    row = _one("On 3 December 2023, the Taliban detained a former army commander in Herat city (Herat).")
    # (the Taliban in 2023 are the state's forces: armed_groups.jsonl state_since, notes_dev17's session)
    assert (row["actor1"], row["actor2"], row["inter2"]) == ("Military Forces of Afghanistan", "Civilians (Afghanistan)", 7)
    shot = _one("On 3 December 2023, gunmen shot dead a retired police inspector in Quetta (Balochistan).")
    assert (shot["event_type"], shot["actor2"]) == ("Violence against civilians", "Civilians (Pakistan)")
    serving = _one("On 3 December 2023, gunmen shot dead a police inspector in Quetta (Balochistan).")
    assert serving["actor2"] == "Police Forces of Pakistan"


def test_two_parties_supporters_who_clash_are_rioters_on_both_sides():
    for text in ("On 9 January 2024, PTI and PML-N supporters clashed in Lahore (Punjab), injuring 12 people.",
                 "On 9 January 2024, supporters of the NPP clashed with opposition activists in Tamale (Northern).",
                 "On 9 January 2024, clashes between ruling party and opposition supporters left 2 dead in Lusaka."):
        row = _one(text)
        assert (row["event_type"], row["sub_event_type"], row["interaction"]) == ("Riots", "Mob violence", 55), text
    police = _one("On 9 January 2024, opposition supporters clashed with police in Lusaka.")
    assert police["actor2"] == "Police Forces of Zambia"


def test_an_agent_that_names_one_force_in_the_country_is_that_force_in_every_rule():
    # 'SNA' in Somalia is the Somali army: a side the merged toll sentence keeps, not a generic armed group
    row = _one("On 4 June 2023, Al Shabaab stormed a SNA outpost in Bacadweyne (Mudug). 4 SNA soldiers and "
               "9 Al Shabaab fighters were killed.")
    assert (row["actor1"], row["actor2"], row["interaction"]) == ("Al Shabaab", "Military Forces of Somalia", 12)


def test_an_informer_is_a_civilian():
    row = _one("On 4 June 2023, Maoists killed a suspected police informer in Sukma (Chhattisgarh).")
    assert (row["sub_event_type"], row["actor2"], row["inter2"]) == ("Attack", "Civilians (India)", 7)
    spies = _one("On 4 June 2023, Al Shabaab executed two men accused of being army informants in Jilib (Middle Juba).")
    assert (spies["actor2"], spies["fatalities"]) == ("Civilians (Somalia)", 2)


def test_victims_told_in_the_sentence_after_the_event_are_its_civilians():
    row = _one("On 4 June 2023, the military shelled Kinma village (Pekon, Shan). A 9-year-old boy was killed.")
    assert (row["actor2"], row["fatalities"]) == ("Civilians (Myanmar)", 1)
    one = _one("On 4 June 2023, Ukrainian forces shelled Graivoron (Belgorod). 1 civilian was killed.")
    assert one["actor2"] == "Civilians (Russia)"
    rows = code_text("On 4 June 2023, Russian forces shelled Kupiansk (Kharkiv). Separately, Ukrainian forces shelled "
                     "Horlivka (Donetsk), killing 2 civilians.", published=None)
    assert [r["actor2"] for r in rows] == [None, "Civilians (Ukraine)"]  # the next event's victims stay its own


def test_european_and_other_police_forces_of_incident_summaries_are_state_forces():
    spain = _one("07/30/1986: ETA militants shot and killed a Civil Guard officer in Bilbao, Vizcaya province, Spain.")
    assert (spain["actor2"], spain["inter2"]) == ("Police Forces of Spain", 1)
    ulster = _one("02/10/1991: The Provisional IRA fired mortars at an RUC station in Newry, County Down, Northern "
                  "Ireland, United Kingdom. Two RUC officers were killed.")
    assert (ulster["actor2"], ulster["fatalities"]) == ("Police Forces of the United Kingdom", 2)
