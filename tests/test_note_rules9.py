"""Note rules, session 9: prisoner exchanges with a count, attacks a side repels, who takes a place handed over,
people's property as the target of looting and mobs, no civilian targeting in strategic developments, civilians
named in the singular, party members as victims, pastoralists of a named people. Every sentence is new."""

import datetime

PUB = datetime.date(2024, 6, 1)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- 1. "exchanged over 200 prisoners": a prisoner exchange with a count between verb and noun ------------------
def test_exchange_with_a_count_is_an_agreement_between_the_two_parties(code):
    row = _one(code("On 3 May 2023, the Tigray forces and the Ethiopian government swapped 240 captives "
                    "in Mekele (Tigray)."))
    assert row["sub_event_type"] == "Agreement"
    assert row["actor2"] == "Government of Ethiopia" and row["inter2"] == 1  # the captives are no party


def test_exchange_of_fire_is_no_prisoner_exchange(code):
    for row in code("On 6 June 2021, soldiers and militants exchanged fire near Dera Bugti (Balochistan) while "
                    "transporting prisoners."):
        assert row["sub_event_type"] != "Agreement"


# -- 2. "repelled an attack by X": the attack is X's -------------------------------------------------------------
def test_repelled_attack_by_names_the_attacker_first(code):
    row = _one(code("On 11 July 2022, Nigerien soldiers repelled an attack by ISWAP fighters on their base in "
                    "Diffa (Diffa)."))
    assert row["actor1"] == "Islamic State West Africa Province" and row["inter2"] == 1


def test_repelled_noun_trigger_after_the_verb(code):
    row = _one(code("On 20 January 2021, police fought off an assault by Al Shabaab militants on a camp near "
                    "Lamu (Lamu)."))
    assert row["actor1"] == "Al Shabaab" and row["actor2"].startswith("Police Forces of Kenya")


def test_repelled_side_without_by_keeps_its_order(code):
    row = _one(code("On 20 January 2021, Kenyan troops repelled Al Shabaab militants near Lamu (Lamu)."))
    assert row["actor1"].startswith("Military Forces of Kenya") and row["actor2"] == "Al Shabaab"


# -- 3. a non-violent transfer: the side that takes the place is actor1 ------------------------------------------
def test_side_that_withdraws_is_actor2_of_a_transfer(code):
    row = _one(code("On 4 March 2024, Ethiopian troops pulled out of the town of Abiy Addi (Tigray) and "
                    "Tigray forces took over the town without fighting."))
    assert row["sub_event_type"] == "Non-violent transfer of territory"
    assert row["actor2"] == "Military Forces of Ethiopia"


# -- 4. looting or burning people's property: civilians are the target, no civilian targeting --------------------
def test_looted_shops_make_civilians_actor2_without_civilian_targeting(code):
    row = _one(code("On 9 November 2023, M23 rebels looted shops and homes in Kitchanga (North Kivu)."))
    assert row["sub_event_type"] == "Looting/property destruction"
    assert row["actor2"] == "Civilians (Democratic Republic of Congo)" and row["inter2"] == 7
    assert row["civilian_targeting"] is None


def test_destroyed_mast_has_no_civilian_target(code):
    row = _one(code("On 14 April 2021, Al Shabaab militants destroyed a telecommunication mast near Mandera "
                    "(Mandera). No casualties were reported."))
    assert row["actor2"] is None


def test_mob_burning_mosques_targets_civilians(code):
    row = _one(code("On 21 March 2022, a mob set fire to two mosques and several shops in Meiktila (Mandalay)."))
    assert row["sub_event_type"] == "Mob violence"
    assert row["actor2"] == "Civilians (Myanmar)" and row["civilian_targeting"] == "Civilian targeting"


# -- 5. civilians named in the singular, party members -------------------------------------------------------------
def test_ambush_that_killed_a_health_worker_is_an_attack_on_civilians(code):
    row = _one(code("On 7 October 2021, gunmen ambushed a clinic vehicle near Bambari (Ouaka) and killed a "
                    "health worker."))
    assert row["event_type"] == "Violence against civilians" and row["inter2"] == 7


def test_abducted_party_member_is_a_civilian(code):
    row = _one(code("On 2 August 2020, ruling party youths abducted an opposition party member in Gitega (Gitega)."))
    assert row["sub_event_type"] == "Abduction/forced disappearance" and row["inter2"] == 7


# -- 6. pastoralists of a named people are its identity militia ---------------------------------------------------
def test_named_herders_are_the_ethnic_militia(code):
    row = _one(code("On 30 May 2022, Samburu herders clashed with Pokot herders near Baragoi (Samburu). "
                    "3 people were killed."))
    assert {row["actor1"], row["actor2"]} == {"Samburu Ethnic Militia (Kenya)", "Pokot Ethnic Militia (Kenya)"}
    assert row["inter1"] == 4 and row["inter2"] == 4
