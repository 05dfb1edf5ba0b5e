"""Notes, notes_dev18's session: the Middle East, North Africa, Turkey and Iran, 2016-2025.

- 'No damage or casualties were reported', 'no injuries or deaths': a list of things that did not happen names no
  death (fatality_grammar fat.zero), so the count is 0, not the number-less 3;
- 'agreed to a ceasefire after mediation by Amal and Hezbollah': the mediators named after 'mediation by' are no
  parties to the deal (mediators._MEDIATOR_BEFORE), as 'mediated by' already were;
- 'police found the bodies of 6 men', 'villagers discovered a mass grave': whoever finds the dead is no side of
  their killing (mediators.is_bystander, actor.finder); a group the killings are attributed to is then actor1;
- 'beheaded a man accused of collaborating with the army': the side a victim was accused of helping is no side of
  the attack on him (mediators.is_bystander, actor.accused_link);
- "members of the Bani Malik and Al Garamsha tribes clashed", "gunmen of the Bani Kaab tribe clashed with the Sawaed
  tribe": named tribes that fight are "<Name> Tribal Militia (<Country>)" (inter 4; communal._MEMBERS_OF_TRIBE,
  _MEMBERS_OF_TWO_TRIBES, _WITH_TRIBE, actor.tribe_side), without an article "Al" but with "Al Bu"; members of a
  tribe who are killed or protest stay civilians or protesters;
- "killing 10 soldiers. The army said 15 attackers were killed.": the attackers a source says were killed are more
  of the event's dead (fatality_grammar PERPETRATOR_DEATH), as "15 attackers were killed." already were;
- "a civil society activist", "an activist": one activist named as a person is a civilian (agt.civilians aliases;
  agt.protesters exclude "an activist"), not a crowd of protesters; activists who rally stay protesters;
- "Asaib Ahl al-Haq announced the suspension of its attacks on US forces", "the PKK announced a halt to its armed
  operations": a group that suspends or ends its attacks changes its activity (trg.demobilization.suspended; the
  side announcing it is actor1, roles._SOURCE_AFTER), and the attacks it suspends are no attack (trg.attack.attack
  blockers).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2021, 6, 1)


def _rows(rows):
    return [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in rows]


def test_no_damage_or_casualties_is_no_death(code):
    rows = code("On 25 May 2021, Saudi air defences intercepted a Houthi drone over Abha (Asir). No damage or "
                "casualties were reported.")
    assert [r["fatalities"] for r in rows] == [0]
    rows = code("On 25 May 2021, gunmen fired at a bus near Kandahar (Kandahar). There were no injuries or deaths.")
    assert [r["fatalities"] for r in rows] == [0]


def test_casualties_reported_without_a_number_stay_vague(code):
    rows = code("On 25 May 2021, gunmen fired at a bus near Kandahar (Kandahar). Casualties were reported.")
    assert [r["fatalities"] for r in rows] == [3]


def test_mediators_after_mediation_by_are_no_parties(code):
    rows = code("On 4 May 2021, Hezbollah and Amal agreed to a ceasefire in Tyre (South Lebanon) following "
                "mediation by the Lebanese army.")
    assert _rows(rows) == [("Strategic developments", "Agreement", "Hezbollah", "Amal Movement", 0)]
    rows = code("On 4 May 2021, the ADF and the FARDC agreed to a truce in Beni (North Kivu) after mediation by "
                "MONUSCO.")
    assert [(r["actor1"], r["inter2"]) for r in rows] == [("ADF: Allied Democratic Forces", 1)]


def test_finders_of_the_dead_are_no_side(code):
    rows = code("On 4 May 2021, police found the bodies of 6 men in a well near Tikrit (Salah al-Din). The killings "
                "were attributed to Islamic State militants.")
    assert _rows(rows) == [("Violence against civilians", "Attack", "Islamic State (Iraq)", "Civilians (Iraq)", 6)]
    rows = code("On 4 May 2021, villagers found a mass grave with 9 bodies near Sinjar (Ninewa). Local officials "
                "attributed the killings to the Islamic State.")
    assert _rows(rows) == [("Violence against civilians", "Attack", "Islamic State (Iraq)", "Civilians (Iraq)", 9)]
    rows = code("On 4 May 2021, Iraqi soldiers discovered the bodies of 3 shepherds near Rutba (Anbar).")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")]


def test_side_a_victim_was_accused_of_helping_is_no_side(code):
    rows = code("On 19 March 2021, Al Shabaab militants shot dead a man accused of spying for the Somali army in "
                "Jilib (Middle Juba).")
    assert _rows(rows) == [("Violence against civilians", "Attack", "Al Shabaab", "Civilians (Somalia)", 1)]


def test_a_clash_with_the_army_keeps_the_army(code):
    rows = code("On 19 March 2021, Al Shabaab militants clashed with the Somali army in Jilib (Middle Juba), killing "
                "4 soldiers. Police later recovered the bodies.")
    assert [(r["event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("Battles", "Al Shabaab", "Military Forces of Somalia")]


def test_members_of_two_named_tribes_are_both_sides(code):
    rows = code("On 2 March 2021, members of the Al Bu Muhammad and Al Sawaed tribes clashed in Amarah (Maysan), "
                "killing 2 people.")
    assert [(r["actor1"], r["actor2"], r["inter1"], r["inter2"]) for r in rows] == [
        ("Al Bu Muhammad Tribal Militia (Iraq)", "Sawaed Tribal Militia (Iraq)", 4, 4)]


def test_a_tribe_fought_by_a_tribe_is_the_other_side(code):
    rows = code("On 2 March 2021, gunmen of the Bani Kaab tribe clashed with the Sawaed tribe in Qalat Salih "
                "(Maysan), killing 1 person.")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("Bani Kaab Tribal Militia (Iraq)", "Sawaed Tribal Militia (Iraq)")]


def test_members_of_a_tribe_killed_or_protesting_stay_civilians_or_protesters(code):
    rows = code("On 2 March 2021, gunmen killed 3 members of the Shammar tribe near Rabia (Ninewa).")
    assert [(r["actor2"], r["inter2"]) for r in rows] == [("Civilians (Iraq)", 7)]
    rows = code("On 2 March 2021, members of the Bani Hassan tribe protested in Zarqa (Zarqa) against unemployment.")
    assert [(r["actor1"], r["inter1"]) for r in rows] == [("Protesters (Jordan)", 6)]


def test_attackers_a_source_says_were_killed_are_more_dead(code):
    rows = code("On 7 May 2021, gunmen attacked a police post in Arish (North Sinai), killing 3 policemen. Police said "
                "2 gunmen were killed.")
    assert [r["fatalities"] for r in rows] == [5]
    rows = code("On 7 May 2021, gunmen attacked a police post in Arish (North Sinai), killing 3 policemen, including "
                "2 gunmen. Police said 2 gunmen were killed.")
    assert [r["fatalities"] for r in rows] == [3]


def test_one_activist_attacked_is_a_civilian(code):
    rows = code("On 1 February 2021, unidentified gunmen shot at the car of a human rights activist in Karbala "
                "(Karbala), wounding him.")
    assert [(r["actor2"], r["civilian_targeting"]) for r in rows] == [("Civilians (Iraq)", "Civilian targeting")]
    rows = code("On 1 February 2021, assailants threw a grenade at the home of a political activist in Kut (Wasit).")
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Grenade", "Civilians (Iraq)")]
    rows = code("On 1 February 2021, gunmen shot dead an activist in Nasiriyah (Dhi Qar).")
    assert [(r["actor2"], r["fatalities"]) for r in rows] == [("Civilians (Iraq)", 1)]


def test_activists_who_rally_are_protesters(code):
    rows = code("On 1 February 2021, activists rallied in Basra (Basra).")
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [("Peaceful protest", "Protesters (Iraq)")]


def test_a_group_suspending_its_attacks_changes_its_activity(code):
    rows = code("On 1 June 2021, Asaib Ahl al-Haq announced the suspension of its attacks on US forces in Baghdad "
                "(Baghdad).")
    assert [(r["event_type"], r["sub_event_type"], r["actor1"], r["fatalities"]) for r in rows] == [
        ("Strategic developments", "Change to group/activity", "Asaib Ahl al-Haq", 0)]
    rows = code("On 1 June 2021, the PKK announced a halt to its armed operations in Hakkari (Hakkari).")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("Change to group/activity", "PKK: Kurdistan Workers' Party", None)]


def test_attacks_renewed_stay_attacks(code):
    rows = code("On 1 June 2021, gunmen renewed their attacks on a checkpoint in Baiji (Salah al-Din), killing 2 "
                "soldiers.")
    assert [(r["sub_event_type"], r["fatalities"]) for r in rows] == [("Armed clash", 2)]
