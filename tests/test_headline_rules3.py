"""Headline death words found on fixtures/headlines_dev3.jsonl: present-tense "neutralise"/"eliminate" with
fighters as the object (trg.killed.neutralised, fat.active), "N fighters neutralised", "N perish" and "N soldiers
fell" (fat.passive). Every sentence is new (none is a fixture's text)."""

from __future__ import annotations

from datetime import date

PUB = date(2018, 9, 3)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


# -- "neutralise" / "eliminate" in the present tense of headlines ------------------------------------------
def test_a_present_tense_neutralise_of_fighters_is_a_killing_with_its_count(code) -> None:
    row = _one(code("Army neutralises 8 bandits in Katsina forest"))
    assert row["event_type"] == "Battles" and row["fatalities"] == 8 and row["country"] == "Nigeria"


def test_eliminate_with_fighters_counts_and_the_other_side_adds(code) -> None:
    row = _one(code("Troops eliminate 15 insurgents in Yobe, 3 soldiers killed"))
    assert row["fatalities"] == 18


def test_fighters_neutralised_in_the_passive_are_dead(code) -> None:
    assert _one(code("22 jihadists neutralised near Djibo, army says"))["fatalities"] == 22


def test_a_device_or_a_threat_neutralised_is_no_death(code) -> None:
    for text in ("Three explosive devices neutralised on Gao road", "Army eliminates 4 checkpoints near Idlib"):
        assert all(not row["fatalities"] for row in code(text)), text


# -- "perish" and "fell" ---------------------------------------------------------------------------------
def test_a_present_tense_perish_with_a_count_is_the_toll(code) -> None:
    row = _one(code("Rebel raid on Pader camp: 37 perish"))
    assert row["fatalities"] == 37 and row["country"] == "Uganda"


def test_the_fallen_of_a_fight_are_dead(code) -> None:
    assert _one(code("Troops kill 14 rebels near Kidal; 2 soldiers fell"))["fatalities"] == 16
    assert _one(code("Six policemen fell in Taliban attack in Kunduz"))["fatalities"] == 6


def test_fell_back_ill_or_to_a_side_is_no_death(code) -> None:
    assert _one(code("Gunmen kill 5 villagers in Kaduna; 3 soldiers fell ill"))["fatalities"] == 5
    assert _one(code("Army kills 9 rebels near Gulu; 20 rebels fell back"))["fatalities"] == 9


# -- role.dead_of_both_sides (coder.match.dead_sides) ------------------------------------------------------
def test_each_sides_dead_in_one_list_are_the_two_sides(code) -> None:
    row = _one(code("4 soldiers, 19 PKK militants killed in Siirt clashes"))
    assert (row["actor1"], row["actor2"]) == ("Military Forces of Turkey", "PKK: Kurdistan Workers' Party")
    assert row["fatalities"] == 23 and "role.dead_of_both_sides" in row["rule_ids"]
    row = _one(code("2 policemen and 9 Taliban killed in Zabul clash"))
    assert (row["actor1"], row["actor2"]) == ("Police Forces of Afghanistan", "Taliban")


def test_civilians_counted_beside_soldiers_are_no_side(code) -> None:
    row = _one(code("Gunmen attack army post near Mopti: 12 soldiers, 3 civilians killed"))
    assert "role.dead_of_both_sides" not in row["rule_ids"]


# -- dictionary entries: 'jawans' (agt.military), the Sri Lanka Air Force (org.lka_mil) ---------------------
def test_jawans_are_soldiers(code) -> None:
    row = _one(code("Maoists kill 5 jawans in Bijapur ambush"))
    assert row["actor2"] == "Military Forces of India" and row["event_type"] == "Battles"


def test_the_sri_lanka_air_force_is_the_state(code) -> None:
    row = _one(code("SLAF bombing kills 6 in Kilinochchi district"))
    assert row["actor1"] == "Military Forces of Sri Lanka" and row["country"] == "Sri Lanka"


def test_a_side_named_by_its_deed_stands_first(code) -> None:
    row = _one(code("Army says 6 soldiers, 11 assailants killed near Tillaberi"))
    assert row["actor2"] == "Military Forces of Niger" and row["fatalities"] == 17
