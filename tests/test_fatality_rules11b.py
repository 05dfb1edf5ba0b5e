"""Counts of the active "to death" form (session 11): a longer description of the victim ("hacked a local party
leader to death"), "them" counted by the group named before it ("caught 2 men ... and beat them to death"), and a
past verb after a suspicion's "and" that goes back to the main clause (``mentions._main_again``).

Every text here is new, written for these tests.
"""

import datetime

PUB = datetime.date(2023, 3, 10)


def _fat(rows):
    return [r["fatalities"] for r in rows]


def test_a_long_victim_description_before_to_death(code):
    rows = code("On 8 March 2023, unknown attackers stabbed a senior ward party official to death in Jessore (Khulna).")
    assert _fat(rows) == [1], _fat(rows)


def test_them_to_death_takes_the_count_named_before(code):
    rows = code("On 8 March 2023, residents seized three alleged kidnappers in Kaduna and beat them to death.")
    assert _fat(rows) == [3], _fat(rows)
    rows = code("On 8 March 2023, a mob caught 2 suspected thieves near Kisumu and lynched them, burning them to death.")
    assert _fat(rows) and _fat(rows)[0] == 2, _fat(rows)


def test_a_past_verb_after_a_suspicion_is_the_main_clause(code):
    rows = code("On 8 March 2023, villagers caught 4 men suspected of stealing goats and beat them to death in "
                "Mandera (North Eastern).")
    assert _fat(rows) == [4], _fat(rows)
    # the suspicion's gerund goes on: the count is the alleged crime's, not the event's
    rows = code("On 8 March 2023, police arrested 2 men suspected of robbing and killing a trader in Mandera.")
    assert all(f == 0 for f in _fat(rows)), _fat(rows)


def test_a_party_acronym_with_parentheses_before_to_death(code):
    rows = code("On 8 March 2023, BJP workers hacked a CPI(M) member to death in Thalassery (Kerala).")
    assert _fat(rows) == [1], _fat(rows)


def test_beatings_by_party_men_are_no_sports_results(code):
    rows = code("On 8 March 2023, Awami League men beat a student with hockey sticks in Sylhet (Sylhet).")
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Attack", [r["sub_event_type"] for r in rows]
    rows = code("On 8 March 2023, ruling party cadres beat an opposition cadre at a polling booth in Pokhara (Gandaki).")
    assert len(rows) == 1 and rows[0]["actor2"] == "Civilians (Nepal)", [r["actor2"] for r in rows]
    assert code("Leeds beat Everton 2-1 in a Premier League match at Elland Road on Saturday.") == []
    assert code("The mayor beat his rival in the election held in Kano last week.") == []


def test_either_sides_dead_in_the_fight_that_followed_are_more_dead(code):
    rows = code("On 8 March 2023, ISWAP fighters attacked a military base in Mainok (Borno), killing 6 soldiers. "
                "11 insurgents were killed in the exchange of fire.")
    assert _fat(rows) == [17], _fat(rows)
    rows = code("On 8 March 2023, troops raided a hideout near Tank (Khyber Pakhtunkhwa), killing 4 militants. "
                "Two soldiers were killed in the ensuing gunfight.")
    assert _fat(rows) == [6], _fat(rows)
    # not in the fight that followed: another event's dead, not more of this one
    rows = code("On 8 March 2023, troops raided a hideout near Tank (Khyber Pakhtunkhwa), killing 4 militants. "
                "On 9 March 2023, 3 militants were killed in an air strike in Lakki Marwat (Khyber Pakhtunkhwa).")
    assert sorted(_fat(rows)) == [3, 4], _fat(rows)


def test_an_appositive_between_the_count_and_the_verb(code):
    rows = code("On 8 March 2023, gunmen opened fire on a minibus in Quetta (Balochistan). At least six passengers, "
                "all Hazara, were killed.")
    assert _fat(rows) == [6], _fat(rows)
    rows = code("On 8 March 2023, a bomb exploded at a market in Bannu (Khyber Pakhtunkhwa). Nine people, three of "
                "them children, were killed.")
    assert _fat(rows) == [9], _fat(rows)


def test_a_killing_told_after_a_raid_that_burned_homes_is_the_raid(code):
    rows = code("On 8 March 2023, Israeli settlers set fire to Palestinian cars and homes in Turmus Ayya (Ramallah). "
                "1 Palestinian was shot dead.")
    assert len(rows) == 1 and rows[0]["event_type"] == "Violence against civilians", \
        [(r["event_type"], r["actor1"]) for r in rows]
    assert rows[0]["actor1"] == "Settlers (Israel)" and _fat(rows) == [1], [(r["actor1"], r["fatalities"]) for r in rows]


def test_the_hurt_named_in_the_next_sentence_are_the_victims(code):
    rows = code("On Monday, assailants threw a grenade into a church in Garissa, Kenya. Four worshippers were injured.",
                published=datetime.date(2019, 4, 2))
    assert len(rows) == 1 and rows[0]["actor2"] == "Civilians (Kenya)", [(r["actor1"], r["actor2"]) for r in rows]


def test_an_attacker_killed_with_the_people_he_names(code):
    rows = code("On 8 March 2023, a suicide bomber rammed a car into a checkpoint in Mogadishu (Banadir), killing "
                "himself and his driver.")
    assert _fat(rows) == [2], _fat(rows)
    rows = code("On 8 March 2023, a gunman opened fire at a wedding in Kandahar (Kandahar), killing himself, his "
                "brother and two guests.")
    assert _fat(rows) == [4], _fat(rows)
