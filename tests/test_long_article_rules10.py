"""Long news articles, tenth set: counts of speakers, rival tolls, coordinated victims, openers of a new event,
people named by their demonym, a border named by a country adjective, crowds that attack.

Every text here is new, written for these tests (fixtures/long_dev5.jsonl measures the same rules on whole articles).
"""

import datetime

from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2024, 11, 8)  # a Friday


def _counts(sentence):
    return [(f.count, f.cumulative) for f in FatalityFinder().find(sentence)]


def _rows(rows):
    return [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"], r["location"])
            for r in rows]


def test_a_count_of_speakers_is_no_toll():
    assert _counts("Gunmen ambushed a patrol near Gao on Tuesday, killing three police officers, two security "
                   "sources told AFP.") == [(3, False)]
    assert _counts("A mine hit a lorry near Kidal, killing five traders, three local officials said.") == [(5, False)]
    assert _counts("Militants stormed a checkpoint, killing four soldiers, two witnesses reported.") == [(4, False)]
    # a second group of dead is still counted
    assert sum(c for c, _ in _counts("The raid killed six farmers and two soldiers, officials said.")) == 8


def test_a_count_of_speakers_in_an_article(code):
    rows = code("Suspected militants ambushed a military convoy near Menaka on Thursday, killing seven soldiers, "
                "three army sources told Reuters.")
    assert len(rows) == 1 and rows[0]["fatalities"] == 7, _rows(rows)


def test_a_rival_toll_is_not_the_conservative_figure():
    assert _counts("Police fired on marchers in Kassala, killing at least 11 people, officials said, while an "
                   "opposition group put the toll at 27.") == [(11, False)]
    assert _counts("An airstrike killed 6 people, while a monitoring group said the death toll was 15.") == [(6, False)]
    # an update of the toll is the event's figure
    assert _counts("A car bomb killed 4 people on Monday, but the toll later rose to 9, police said.") == [(9, False)]


def test_coordinated_singular_victims_are_each_counted():
    assert sum(c for c, _ in _counts("Gunmen shot dead a village chief and a teacher in Zamfara.")) == 2
    assert sum(c for c, _ in _counts("The blast killed a soldier and an elderly farmer.")) == 2
    # one killed, one only hurt or speaking
    assert sum(c for c, _ in _counts("The attackers killed a guard and a nurse was wounded.")) == 1
    assert sum(c for c, _ in _counts("Troops killed a militant and a spokesman said the hunt went on.")) == 1


def test_a_comparison_since_is_no_total():
    assert _counts("Artillery hit the town early on Monday, killing four soldiers, in the heaviest shelling "
                   "since the 2019 truce.") == [(4, False)]
    assert _counts("More than 50 people have died in the unrest since then.") == [(50, True)]


LEAD2 = ("MAIDUGURI, Nov 8 - Gunmen attacked a market near Biu in Borno state on Tuesday, killing nine traders, a "
         "local official said. ")


def test_an_opener_announcing_another_event_starts_one(code):
    for second in ("On the same day, fighters of the Ansaru group ambushed a police convoy on the road near Funtua "
                   "in Katsina state, killing four officers, a police spokesman said.",
                   "Separately, Ansaru fighters ambushed a police convoy near Funtua, killing four officers.",
                   "Elsewhere in the north, Ansaru fighters ambushed a police convoy near Funtua, killing four officers.",
                   "In another attack, Ansaru fighters killed four police officers near Funtua."):
        rows = code(LEAD2 + second)
        assert [(r["location"], r["fatalities"]) for r in rows] == [("Biu", 9), ("Funtua", 4)], (second, _rows(rows))
        assert rows[1]["actor1"] == "Ansaru" and rows[1]["actor2"] == "Police Forces of Nigeria", _rows(rows)


def test_a_relative_clause_about_a_side_holds_no_event(code):
    rows = code(LEAD2 + "On the same day, fighters of the Ansaru group, an armed faction that rejected a 2020 truce, "
                        "ambushed a police convoy near Funtua in Katsina state, killing four officers.")
    assert [(r["event_type"], r["location"]) for r in rows] == [("Violence against civilians", "Biu"),
                                                               ("Battles", "Funtua")], _rows(rows)
    rows = code(LEAD2 + "Student unions, which led the protests that ousted the governor in 2019, asked for talks.")
    assert len(rows) == 1, _rows(rows)


def test_a_country_adjective_before_a_place_noun_is_no_side(code):
    rows = code("Soldiers deployed armoured vehicles in the Senegalese capital Dakar on Friday.")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Military Forces of Senegal", None)], _rows(rows)
    rows = code("Police fired tear gas at students in the Malian capital Bamako on Friday.")
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Protesters (Mali)", "Police Forces of Mali")], _rows(rows)
    rows = code("BANGUI, Nov 8 - Rebels attacked an army post in the town of Paoua on Tuesday, killing three soldiers. "
                "The fighting lasted an hour before the rebels withdrew towards the Chadian border, an officer said.")
    assert [(r["event_type"], r["actor2"], r["location"]) for r in rows] == [
        ("Battles", "Military Forces of the Central African Republic", "Paoua")], _rows(rows)
    # a border force is still a side
    rows = code("Pakistani border guards clashed with Afghan forces near Torkham on Monday.")
    assert rows and rows[0]["actor1"] == "Military Forces of Pakistan", _rows(rows)


def test_people_named_by_a_demonym_are_never_the_state(code):
    rows = code("Israeli troops killed three Palestinians in a gunfight in the West Bank city of Nablus on Thursday.")
    assert len(rows) == 1 and rows[0]["actor2"] != "Military Forces of Palestine", _rows(rows)
    rows = code("Kenyan police shot dead two Somalis near Garissa on Monday.")
    assert len(rows) == 1 and rows[0]["actor2"] == "Civilians (Somalia)", _rows(rows)


def test_supporters_who_attack_protesters_are_rioters(code):
    rows = code("Supporters of the ruling party armed with sticks attacked opposition protesters camped outside "
                "parliament in Kampala on Monday, beating demonstrators.")
    assert [(r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("Riots", "Mob violence", "Rioters (Uganda)", "Protesters (Uganda)")], _rows(rows)


def test_a_crowd_that_burns_a_house_is_rioters(code):
    rows = code("A crowd set fire to the house of a local councillor in the town of Gulu on Monday, police said.")
    assert [(r["event_type"], r["sub_event_type"], r["actor1"]) for r in rows] == [
        ("Riots", "Mob violence", "Rioters (Uganda)")], _rows(rows)


def test_a_crowd_that_gathers_or_is_hit_is_no_rioter(code):
    rows = code("A crowd gathered outside the court in Gulu on Monday to protest against the verdict.")
    assert [(r["event_type"], r["actor1"]) for r in rows] == [("Protests", "Protesters (Uganda)")], _rows(rows)
    rows = code("On Thursday, a man drove a truck into crowds at a festival in Lyon, killing 12 people. The Islamic "
                "State group claimed responsibility.")
    assert [(r["event_type"], r["actor1"]) for r in rows] == [("Violence against civilians", "Islamic State (France)")], \
        _rows(rows)


CLAIM = ("DHAKA, Nov 8 - Separatist rebels shot dead four road workers in Myanmar's restive Rakhine region on "
         "Wednesday, police said. The workers were shot as they cleared a landslide near Buthidaung, a local "
         "official said. A fifth worker escaped into the hills. \"They were ordinary labourers,\" the official said. "
         "The bodies were taken to Sittwe on Thursday. The Arakan Army claimed responsibility.")


def test_a_later_claim_names_a_generic_initiator(code):
    rows = code(CLAIM)
    assert [r["actor1"] for r in rows] == ["AA: Arakan Army"], _rows(rows)


def test_a_claim_for_earlier_attacks_names_no_initiator(code):
    rows = code(CLAIM.replace("The Arakan Army claimed responsibility.",
                              "The Arakan Army claimed responsibility for previous attacks in the area."))
    assert [r["actor1"] for r in rows] == ["Unidentified Rebel Group (Myanmar)"], _rows(rows)


def test_the_town_a_later_sentence_names_replaces_the_leads_region(code):
    rows = code(CLAIM)
    assert [(r["location"][:10], r["geo_precision"]) for r in rows] == [("Buthidaung", 2)], _rows(rows)
    # the gazetteer files the town under a province split from the region the lead names
    rows = code("JAKARTA, Nov 8 - Gunmen shot dead two teachers in Indonesia's restive Papua region on Wednesday, "
                "police said. The teachers were shot as they left a school in Ilaga, the main town of Puncak "
                "regency, a police spokesman said.")
    assert [(r["location"], r["admin1"]) for r in rows] == [("Ilaga", "Central Papua")], _rows(rows)


def test_the_noun_of_a_relative_clause_about_a_side_is_no_side(code):
    rows = code(LEAD2 + "On the same day, fighters of Ansaru, an armed group that has not signed the 2021 truce, "
                        "ambushed a police convoy near Funtua in Katsina state, killing four officers. The group, "
                        "known as Ansaru, said in a statement that it had killed more than 20 policemen, a claim that "
                        "could not be verified.")
    assert [(r["actor1"], r["fatalities"]) for r in rows][1:] == [("Ansaru", 4)], _rows(rows)


def test_a_total_since_then_beside_a_count_of_no_one():
    assert _counts("A rights group says more than 40 people have died in the unrest since then, and none of the "
                   "deaths has been investigated.")[0] == (40, True)
