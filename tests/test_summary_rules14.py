"""Rules found on terrorism-database incident summaries of 2001-2020 (fixtures/summaries_dev9.jsonl: two attacks in
one sentence, assassinations of officials, sabotage, kidnappings of workers named by their trade), tested on
sentences of our own."""

import datetime

from coder.match.fatalities import FatalityFinder

PUB = datetime.date(2012, 6, 5)  # a Tuesday


def _fat(text: str) -> int:
    return sum(m.count for m in FatalityFinder().find(text) if not m.cumulative)


# -- fatalities ---------------------------------------------------------------------------------------------------
def test_one_victim_and_a_count_of_his_people():
    assert _fat("A bomb hit the magistrate's jeep, killing him and 4 of his escorts.") == 5
    assert _fat("Gunmen stormed the house, killing the elder and 2 of his sons.") == 3
    assert _fat("Militants shot dead a trader and 3 of his guards outside the market.") == 4
    # those only hurt or seized are not dead
    assert _fat("The blast killed him and 2 of his guards were wounded.") == 1


def test_local_office_holders_are_persons():
    assert _fat("Militants shot dead a sarpanch in his orchard.") == 1
    assert _fat("Unidentified men killed the tehsildar outside his office.") == 1
    assert _fat("Gunmen shot dead the head of the regional administration near his home.") == 1
    assert _fat("Insurgents killed the head of a village council.") == 1
    # a head that is no office-holder's is no count
    assert _fat("The blast killed the head of cattle.") == 0


# -- triggers -----------------------------------------------------------------------------------------------------
def test_a_bomb_triggered_or_set_off_is_an_explosive(code):
    rows = code("On Monday, insurgents triggered a bomb under a police jeep near Dantewada town, Chhattisgarh, India, "
                "killing 3 policemen.", published=PUB)
    assert len(rows) == 1
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == ("Explosions/Remote violence",
                                                                  "Remote explosive/landmine/IED")
    assert rows[0]["actor2"] == "Police Forces of India" and rows[0]["fatalities"] == 3
    rows = code("On Sunday, militants set off a bomb beside an army truck near Kohat, Khyber Pakhtunkhwa, Pakistan, "
                "wounding 4 soldiers.", published=PUB)
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Remote explosive/landmine/IED"


def test_pylons_and_masts_toppled_are_sabotage(code):
    rows = code("On Sunday night, rebels toppled 4 power pylons with dynamite near Cucuta, Norte de Santander, "
                "Colombia. No one was hurt.", published=PUB)
    assert len(rows) == 1
    assert rows[0]["sub_event_type"] == "Looting/property destruction" and rows[0]["fatalities"] == 0
    # a statue or a government toppled is no sabotage
    assert code("On Sunday, protesters toppled a statue of a colonial governor in Bristol, England.",
                published=PUB) == [] or all(r["sub_event_type"] != "Looting/property destruction"
                                            for r in code("On Sunday, protesters toppled a statue of a colonial "
                                                          "governor in Bristol, England.", published=PUB))


# -- event types and actors ---------------------------------------------------------------------------------------
def test_an_official_shot_by_gunmen_is_violence_against_civilians(code):
    rows = code("On Monday, gunmen shot dead a senior official of the regional administration outside his office in "
                "Nazran, Ingushetia, Russia.", published=PUB)
    assert len(rows) == 1
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert rows[0]["fatalities"] == 1
    # the state's forces are still a side of a battle
    rows = code("On Monday, rebels attacked government troops near Nazran, Ingushetia, Russia, killing 3 soldiers.",
                published=PUB)
    assert rows[0]["event_type"] == "Battles"
    # nor does a guarded government compound change how its attack is typed
    rows = code("On Monday, gunmen attacked the government headquarters in Nazran, Ingushetia, Russia, killing 2 "
                "people.", published=PUB)
    assert rows[0]["event_type"] == "Battles"


def test_a_counted_demonym_before_a_trade_names_people(code):
    rows = code("On Monday, gunmen kidnapped 2 Indian surveyors near Kandahar city, Kandahar province, Afghanistan.",
                published=PUB)
    assert len(rows) == 1
    assert rows[0]["actor2"] == "Civilians (India)"
    # a counted demonym before a force's word is that state's force
    rows = code("On Monday, gunmen ambushed and killed 3 Afghan soldiers near Kandahar city, Kandahar province, "
                "Afghanistan.", published=PUB)
    assert rows[0]["actor2"] == "Military Forces of Afghanistan"
    # nor are armed men of a nationality civilians
    rows = code("On Monday, soldiers killed 4 Somali pirates off Eyl, Puntland, Somalia.", published=PUB)
    assert rows[0]["actor2"] != "Civilians (Somalia)"


def test_a_group_that_phoned_a_warning_carried_out_the_bombing(code):
    rows = code("On Sunday, a bomb damaged a court building in Belfast, Northern Ireland. The IRA had telephoned a "
                "warning and the area was cleared.", published=PUB)
    assert len(rows) == 1 and rows[0]["actor1"] == "PIRA: Provisional Irish Republican Army"


# -- two places in one sentence -----------------------------------------------------------------------------------
def test_one_act_told_at_two_towns_is_two_events(code):
    rows = code("On Monday, bombs exploded in Mosul city, Nineveh governorate, and in Samarra town, Salah ad Din "
                "governorate, Iraq. No one was hurt.", published=PUB)
    assert sorted(r["location"] for r in rows) == ["Mosul", "Samarra"]
    assert all(r["event_type"] == "Explosions/Remote violence" for r in rows)
    rows = code("On Monday, gunmen attacked a school in Yala and a clinic near Narathiwat, Thailand, killing 4 people.",
                published=PUB)
    assert sorted(r["location"] for r in rows) == ["Narathiwat", "Yala"]
    assert sorted(r["fatalities"] for r in rows) == [2, 2]  # a toll given for both places is shared


def test_the_first_and_the_second_give_each_event_its_toll(code):
    rows = code("On Monday, two bombs exploded in Mosul city and in Samarra town, Iraq. The first killed 5 "
                "shoppers; the second killed 1 and wounded 9.", published=PUB)
    assert {r["location"]: r["fatalities"] for r in rows} == {"Mosul": 5, "Samarra": 1}


def test_places_that_are_no_two_scenes_stay_one_event(code):
    # quarters of one city
    rows = code("On Monday, a bomb exploded in Karrada and in Baghdad, Iraq, killing 3 people.", published=PUB)
    assert len(rows) == 1
    # a second town that opens a clause of its own is another act's place
    rows = code("On Monday, a bomb exploded in Mosul, and in Samarra soldiers arrested 3 suspects.", published=PUB)
    assert [r["location"] for r in rows if r["event_type"] == "Explosions/Remote violence"] == ["Mosul"]
    # the victims' home, not a second scene
    rows = code("On Monday, gunmen killed 2 traders from Quetta in Turbat, Balochistan, Pakistan.", published=PUB)
    assert len(rows) == 1 and rows[0]["location"] == "Turbat"


def test_a_country_an_installation_serves_is_no_side(code):
    rows = code("On Sunday, saboteurs blew up the oil pipeline that supplies Turkey near Kirkuk city, Kirkuk "
                "governorate, Iraq. No one was hurt.", published=PUB)
    assert len(rows) == 1 and rows[0]["actor2"] is None
    rows = code("On Sunday, militants set fire to 9 fuel tankers bound for Afghanistan near Quetta, Balochistan, "
                "Pakistan.", published=PUB)
    assert rows and all(r["actor2"] != "Military Forces of Afghanistan" for r in rows)
