"""Event type and sub-event type on short notes of our own, in the styles of event notes and incident summaries:
every ACLED sub-event type, and the rules that settle a sentence holding two triggers."""

import datetime

import pytest

PUB = datetime.date(2023, 3, 6)  # a Monday

B, E, V = "Battles", "Explosions/Remote violence", "Violence against civilians"
P, R, S = "Protests", "Riots", "Strategic developments"

CASES = [
    # Battles
    ("On 2 March 2023, JNIM militants clashed with Malian soldiers near Diafarabe. 5 soldiers were killed.",
     B, "Armed clash"),
    ("Gendarmes exchanged fire with bandits on the road to Dori on Friday, killing three of them.", B, "Armed clash"),
    ("Insurgents launched an offensive on army positions near Mocimboa da Praia on Thursday.", B, "Armed clash"),
    ("A police patrol came under fire from Al Shabaab militants near Mandera on Saturday.", B, "Armed clash"),
    ("Rangers shot a poacher dead in a gunfight inside the park near Garamba on Tuesday.", B, "Armed clash"),
    ("Somali troops took back the town of Adan Yabaal from Al Shabaab on Wednesday.",
     B, "Government regains territory"),
    ("Congolese soldiers chased the rebels out of the village of Kishishe on Sunday.",
     B, "Government regains territory"),
    ("Burkinabe troops regained the town of Djibo on Saturday after heavy fighting.",
     B, "Government regains territory"),
    # (dated in the insurgency: from 16 August 2021 the Taliban are the state, armed_groups.jsonl state_since)
    ("The district headquarters fell to Taliban fighters on 11 June 2021 after two days of clashes.",
     B, "Non-state actor overtakes territory"),
    ("The Taliban recaptured the district centre of Nerkh from Afghan forces on 10 June 2021.",
     B, "Non-state actor overtakes territory"),
    # Explosions/Remote violence
    ("Fighter jets bombed a weapons depot outside Hama on Sunday.", E, "Air/drone strike"),
    ("A Turkish drone strike hit a car near Kobani on Saturday, killing two people.", E, "Air/drone strike"),
    ("Mortar shells fell on a camp for displaced people near Goma on Friday, killing four people.",
     E, "Shelling/artillery/missile attack"),
    ("Separatist forces fired rockets at the outskirts of Stepanakert on Saturday.",
     E, "Shelling/artillery/missile attack"),
    ("A roadside bomb tore through a minibus near Mandera on Thursday, killing six passengers.",
     E, "Remote explosive/landmine/IED"),
    ("A herder was killed when a landmine went off near Kidal on Sunday.", E, "Remote explosive/landmine/IED"),
    ("A suicide bomber rammed a car packed with explosives into a checkpoint in Baidoa on Tuesday.",
     E, "Suicide bomb"),
    ("Unknown men hurled a grenade into a bar in Bujumbura on Saturday, wounding five people.", E, "Grenade"),
    ("Residents of Saraqib said a chlorine attack left dozens of people struggling to breathe on Friday.",
     E, "Chemical weapon"),
    # Violence against civilians
    ("Gunmen shot a trader dead at a market in Maiduguri on Sunday.", V, "Attack"),
    ("Militiamen hacked a farmer to death in his field near Bunia on Saturday.", V, "Attack"),
    ("Bandits abducted and later killed a schoolteacher in Zamfara on Friday.", V, "Attack"),
    ("Armed men took fourteen travellers hostage on the highway near Kaduna on Sunday.",
     V, "Abduction/forced disappearance"),
    ("Kidnappers seized a doctor in Port Harcourt on Friday and demanded a large ransom.",
     V, "Abduction/forced disappearance"),
    ("A student leader went missing in Quetta on Saturday after security forces picked him up.",
     V, "Abduction/forced disappearance"),
    ("Militiamen raped two girls fetching water near Kalehe on Sunday.", V, "Sexual violence"),
    # Protests
    ("Around 300 retired soldiers gathered outside parliament in Kampala on Monday demanding their pensions.",
     P, "Peaceful protest"),
    ("Students staged a sit-in at the university in Zaria on Friday to demand the release of detained classmates.",
     P, "Peaceful protest"),
    ("Nurses went on strike at public hospitals in Kisumu on Tuesday over unpaid allowances.",
     P, "Peaceful protest"),
    ("Police fired tear gas to disperse traders protesting new levies in Kumasi on Saturday.",
     P, "Protest with intervention"),
    ("Soldiers opened fire on demonstrators in Mandalay on Sunday, killing four protesters.",
     P, "Excessive force against protesters"),
    # Riots
    ("Protesters vandalised the municipal offices in Nyeri on Tuesday over the water shortage.",
     R, "Violent demonstration"),
    ("Demonstrators threw stones at police and burnt tyres in Mombasa on Friday.", R, "Violent demonstration"),
    ("Villagers lynched a suspected cattle thief near Mbarara on Sunday.", R, "Mob violence"),
    ("An irate crowd torched the house of a suspected killer in Kisii on Saturday.", R, "Mob violence"),
    # Strategic developments
    ("The army and the rebels signed a truce in Bangui on Friday.", S, "Agreement"),
    ("Counter-terrorism police arrested a senior ISIS recruiter in Karachi on Saturday.", S, "Arrests"),
    ("Mali's junta deployed troops to the town of Menaka on Sunday.", S, "Change to group/activity"),
    ("Police foiled a car bomb attack on a hotel in Mogadishu on Saturday.", S, "Disrupted weapons use"),
    ("Saudi air defences intercepted a ballistic missile over Jizan on Sunday.", S, "Disrupted weapons use"),
    ("Soldiers recovered three rifles and 200 rounds of ammunition from a hideout near Gao on Friday.",
     S, "Disrupted weapons use"),
    ("Wagner Group fighters set up a base at the airport in Tessalit on Tuesday.",
     S, "Headquarters or base established"),
    ("Armed men looted shops in the market of Ouallam on Sunday. No one was hurt.",
     S, "Looting/property destruction"),
    ("On 1 March 2023, MINUSMA troops withdrew from the camp at Ber, which Malian soldiers then took over.",
     S, "Non-violent transfer of territory"),
    ("The army seized power in Libreville on Wednesday in a coup.", S, "Other"),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), CASES, ids=[c[0][:48] for c in CASES])
def test_event_and_sub_event_type(code, text, event_type, sub_event_type):
    rows = code(text)
    assert rows, f"no event coded from: {text}"
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == (event_type, sub_event_type)


def test_cases_cover_every_sub_event_type():
    from coder.taxonomy import load_taxonomy

    covered = {sub for _, _, sub in CASES}
    every = {c.sub_event_type for c in load_taxonomy().classes.values()}
    assert every <= covered, sorted(every - covered)


def test_killing_outranks_a_strategic_development_in_one_sentence(code):
    row = code("Troops killed four militants and arrested two others near Marawi on Sunday.")[0]
    assert row["event_type"] == "Battles" and row["fatalities"] == 4


def test_arrest_over_an_earlier_killing_is_an_arrest(code):
    row = code("Police arrested two men over the killing of a journalist in Lagos on Sunday.")[0]
    assert row["sub_event_type"] == "Arrests"


def test_abduction_with_a_killing_is_an_attack_with_its_rule(code):
    row = code("Gunmen killed two farmers and abducted nine others near Gusau on Sunday.")[0]
    assert row["sub_event_type"] == "Attack" and "event.abduction_killed" in row["rule_ids"]


def test_withdrawal_then_takeover_with_deaths_stays_a_takeover(code):
    row = code("Soldiers withdrew from Mansila on Sunday and JNIM militants took control of the town, "
               "killing 12 civilians.")[0]
    assert row["sub_event_type"] != "Non-violent transfer of territory"


def test_withdrawal_takeover_rule_id(code):
    row = code("Government forces withdrew from their base in Kalaat on Sunday, which the rebels then took over.")[0]
    assert row["sub_event_type"] == "Non-violent transfer of territory"
    assert "event.withdrawal_takeover" in row["rule_ids"]


@pytest.mark.parametrize("text", [
    "The family drove out of the city of Aleppo on Friday to visit relatives.",
    "Share prices in the capital fell to their lowest level on Monday.",
    "Volunteers gathered in Nairobi on Saturday to plant trees.",
    "Police said the hostage negotiator arrived in Nairobi on Monday.",
])
def test_new_phrases_need_their_context(code, text):
    assert code(text) == []


def test_lynching_toll_sentence_joins_the_mob_event(code):
    rows = code("Two men suspected of stealing a goat were lynched by a mob in Kisumu on Sunday. "
                "Residents had beaten the men to death before police arrived.")
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Mob violence"
