"""Long news articles, eighth set: what a wire story tells that is no new event. Reactions to the event, an event
named by its year in a trial, an event dated only by this month past the lead, an ongoing process in the present
progressive, fighting "on several parts of the front", fear of attacks, and a scene of the event told in the next
sentence (a gunfight after a bombing) that is part of it.

Every text here is new, written for these tests (fixtures/long_dev4.jsonl measures the same rules on whole articles).
"""

import datetime

PUB = datetime.date(2024, 9, 12)  # a Thursday

LEAD = ("GAO, Sept 12 - Gunmen killed nine villagers at a well near Ansongo in northern Mali on Tuesday, local "
        "officials said. The attackers arrived on motorbikes and drove off the cattle, a resident said. ")


def _types(rows):
    return [(r["event_type"], r["location"]) for r in rows]


def test_a_condemnation_is_no_new_event(code):
    rows = code(LEAD + "In Bamako, the government condemned what it called a barbaric attack on peaceful villagers.")
    assert len(rows) == 1 and rows[0]["location"] == "Ansongo", _types(rows)
    rows = code(LEAD + "Niger and Burkina Faso condemned the killings, and a U.N. envoy in Geneva said attacks on "
                       "villagers were crimes under international law.")
    assert len(rows) == 1, _types(rows)


def test_a_dated_event_after_a_condemnation_stays(code):
    rows = code(LEAD + "The governor condemned the killings. On Wednesday, soldiers clashed with gunmen near "
                       "Menaka, killing four of them, the army said.")
    assert sorted(r["event_type"] for r in rows) == ["Battles", "Violence against civilians"], _types(rows)


def test_an_event_named_by_its_year_in_a_trial_is_history(code):
    rows = code(LEAD + "Separately, a court in Bamako on Wednesday sentenced four men to 20 years in prison for "
                       "their part in a 2017 bombing at a hotel in Sevare that killed 12 people.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 9, [(r["location"], r["fatalities"]) for r in rows]
    rows = code(LEAD + "On Wednesday a court jailed two men over the March 2019 attack on a village near Bankass.")
    assert len(rows) == 1, _types(rows)


def test_this_month_past_the_lead_is_background(code):
    rows = code(LEAD + "The region has been tense for weeks. An ambush on a convoy near Menaka earlier this month "
                       "killed 14 soldiers.")
    assert len(rows) == 1 and rows[0]["location"] == "Ansongo", _types(rows)


def test_a_present_progressive_process_is_background(code):
    rows = code(LEAD + "Hundreds of families have fled to Gao. Germany, which is withdrawing its troops from the "
                       "country, said it would keep funding the clinics.")
    assert len(rows) == 1, _types(rows)


def test_fighting_on_several_parts_of_the_front_is_no_one_event(code):
    rows = code("KYIV, Sept 12 - A Russian drone hit a fuel depot in Sumy on Tuesday, killing two workers, the "
                "governor said. The army said on Wednesday that its troops were holding out near Pokrovsk and "
                "that Russian forces were pressing attacks on several other parts of the front.")
    assert len(rows) == 1 and rows[0]["location"] == "Sumy", _types(rows)


def test_fear_of_attacks_is_no_event(code):
    rows = code(LEAD + "Teachers from the south have left the schools of Tessalit, fearing attacks.")
    assert len(rows) == 1, _types(rows)


def test_a_gunfight_right_after_a_bombing_is_part_of_it(code):
    rows = code("KABUL, Sept 12 - A suicide bomber blew himself up at the gate of a school in Kabul on Tuesday, "
                "killing 11 pupils, officials said. A second attacker was shot dead by police after a short "
                "gunfight, a spokesman said.")
    assert len(rows) == 1, _types(rows)
    assert rows[0]["sub_event_type"] == "Suicide bomb" and rows[0]["actor2"] == "Civilians (Afghanistan)"


def test_a_clash_with_its_own_place_stays_a_second_event(code):
    rows = code("KABUL, Sept 12 - A suicide bomber blew himself up at the gate of a school in Kabul on Tuesday, "
                "killing 11 pupils, officials said. Troops clashed with Taliban fighters in Ghazni the same day, "
                "killing five of them.")
    assert len(rows) == 2, _types(rows)


def test_what_a_protest_is_against_is_no_event_of_its_sentence(code):
    rows = code("DAMASCUS, Sept 12 - Warplanes struck a bakery in Maarat Misrin on Tuesday, killing seven people, "
                "rescuers said. On Wednesday, hundreds of people demonstrated in Binnish against the air strikes, "
                "witnesses said.")
    assert sorted(r["event_type"] for r in rows) == ["Explosions/Remote violence", "Protests"], _types(rows)
    protest = next(r for r in rows if r["event_type"] == "Protests")
    assert protest["location"] == "Binnish" and protest["fatalities"] == 0


def test_a_similar_attack_last_summer_is_history(code):
    rows = code(LEAD + "A similar raid on a well near Menaka last summer killed six people, residents said.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 9, [(r["location"], r["fatalities"]) for r in rows]
