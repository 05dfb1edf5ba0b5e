"""The trigger lexicon and matcher: right class on realistic sentences, no false triggers, passive, speed."""

from __future__ import annotations

import json
import pickle
import time
from pathlib import Path

import pytest

from coder.errors import DictionaryError
from coder.match.triggers import DEFAULT_LEXICON, TriggerMatcher, TriggerMention
from coder.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def matcher() -> TriggerMatcher:
    return TriggerMatcher()


def top(matcher: TriggerMatcher, sentence: str) -> TriggerMention | None:
    """The trigger that names the sentence's event: highest priority, earliest first."""
    found = matcher.find(sentence)
    return max(found, key=lambda t: (t.priority, -t.start)) if found else None


# (sentence, expected class, expected ACLED event type of the class) across all six event types
SENTENCES = [
    ("Sudanese army troops and fighters of the Rapid Support Forces clashed in El Fasher last week.",
     "armed_clash", "Battles"),
    ("Heavy fighting broke out between the army and Fano militiamen in Gondar on Tuesday.", "armed_clash", "Battles"),
    ("Separatist fighters and Cameroonian soldiers exchanged fire for several hours in Bamenda.",
     "armed_clash", "Battles"),
    ("Five soldiers were killed when their convoy was ambushed near Baidoa.", "ambush", "Battles"),
    ("Nigerian troops recaptured the town of Marte from ISWAP fighters over the weekend.",
     "government_regains", "Battles"),
    ("Insurgents seized control of the town of Macomia after overrunning an army position.",
     "nonstate_overtakes", "Battles"),
    ("Air strikes by government warplanes hit the town of Ariha, killing five civilians.",
     "air_strike", "Explosions/Remote violence"),
    ("A suspected US drone strike killed three alleged members of AQAP in Shabwah.",
     "drone_strike", "Explosions/Remote violence"),
    ("Russian shelling of a residential district of Kharkiv killed two civilians.",
     "shelling", "Explosions/Remote violence"),
    ("Three soldiers were killed when their vehicle struck an improvised explosive device near Bandiagara.",
     "ied", "Explosions/Remote violence"),
    ("At least five people were killed when a car bomb exploded near a police checkpoint in Mogadishu.",
     "car_bomb", "Explosions/Remote violence"),
    ("A suicide bomber detonated an explosives vest at a crowded livestock market in Kirkuk.",
     "suicide_bomb", "Explosions/Remote violence"),
    ("Unidentified men on a motorcycle hurled a hand grenade at a mobile phone shop in Quetta.",
     "grenade", "Explosions/Remote violence"),
    ("Dozens of villagers were killed by suspected ADF rebels in Oicha.", "killing", "Violence against civilians"),
    ("A community leader was shot dead by unidentified gunmen in Suarez.", "killing", "Violence against civilians"),
    ("Gunmen attacked a weekly market in a village near Kaya, witnesses said.", "attack",
     "Violence against civilians"),
    ("Armed bandits abducted twenty-three passengers travelling on a highway outside Gusau.",
     "abduction", "Violence against civilians"),
    ("Thousands of people marched peacefully through central Nairobi against tax increases.",
     "peaceful_protest", "Protests"),
    ("Hundreds of teachers staged a sit-in outside the provincial council building in Basra.",
     "peaceful_protest", "Protests"),
    ("Police fired tear gas to disperse opposition supporters protesting the cost of living in Kisumu.",
     "protest_intervention", "Protests"),
    ("Police opened fire on demonstrators marching against military rule in Omdurman, killing two.",
     "excessive_force", "Protests"),
    ("Students torched two vehicles and threw stones at police in Imphal on Tuesday.",
     "violent_demonstration", "Riots"),
    ("A mob of residents lynched two men accused of theft in Huauchinango.", "mob_violence", "Riots"),
    ("Troops arrested a suspected Abu Sayyaf sub-leader in Jolo on Thursday.", "arrest", "Strategic developments"),
    ("Police defused a 10-kilogram improvised explosive device planted on a road near Sukma.",
     "bomb_defused", "Strategic developments"),
    ("The government and the ELN signed a three-month bilateral ceasefire agreement in Cucuta.",
     "agreement", "Strategic developments"),
    ("RSF fighters looted the central market in Wad Medani on Sunday.", "looting", "Strategic developments"),
    ("The regional government imposed a dusk-to-dawn curfew in Bahir Dar.", "curfew", "Strategic developments"),
    ("UN peacekeepers handed over their camp in Menaka to the Malian army on Sunday.",
     "territory_transfer", "Strategic developments"),
    ("Teachers went on strike across the country to demand unpaid salaries.", "strike_labour", "Protests"),
]


@pytest.mark.parametrize("sentence, cls, event_type", SENTENCES)
def test_sentence_class(matcher, sentence, cls, event_type):
    best = top(matcher, sentence)
    assert best is not None, sentence
    assert best.cls == cls, (sentence, [(t.text, t.cls) for t in matcher.find(sentence)])
    assert load_taxonomy().event_class(best.cls).event_type == event_type


def test_all_six_event_types_covered():
    types = {event_type for _, _, event_type in SENTENCES}
    assert types == {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                     "Strategic developments"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The coalition supports Kurdish groups that fight against Daesh in northern Syria.",
        "With a strike of the pen, the president dissolved the council.",
        "He suffered a heart attack during the cabinet meeting.",
        "Shares rallied on the Nairobi bourse after the central bank's decision.",
        "Flash floods killed 23 people and destroyed more than 2,000 homes in Beledweyne.",
        "Ministers clashed over the budget in parliament on Tuesday.",
        "The shilling weakened to a record low against the dollar in March.",
        "No one was killed and no arrests were made, police said.",
    ],
)
def test_no_event_trigger(matcher, sentence):
    assert matcher.find(sentence) == [], [(t.text, t.cls) for t in matcher.find(sentence)]


@pytest.mark.parametrize("sentence", ["A workers' strike shut the port of Mombasa.",
                                      "Dock workers began a general strike on Monday."])
def test_labour_strike_is_not_an_attack(matcher, sentence):
    classes = {t.cls for t in matcher.find(sentence)}
    assert classes == {"strike_labour"}


def test_strike_has_no_standalone_entry():
    for line in DEFAULT_LEXICON.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        assert "strike" not in entry["phrases"] and "strikes" not in entry["phrases"], entry["id"]
        assert "fighting" not in entry["phrases"], entry["id"]
        if "fight" in entry["phrases"]:  # never on its own: only with armed words near it
            assert entry.get("requires_context", {}).get("any"), entry["id"]


@pytest.mark.parametrize("text", [
    "The government vowed to fight corruption in the ministries.",
    "Arsenal vs Chelsea ended in a draw at the stadium.",
    "The senator is fighting in court to keep her seat.",
    "Aid agencies are fighting a cholera outbreak in the camps.",
    "Firefighters battled the blaze for hours in the town.",
    "She has been fighting cancer for two years.",
])
def test_fight_words_without_armed_context_are_no_event(text):
    from coder import code_text

    assert code_text(text, published="2024-01-10") == []


@pytest.mark.parametrize("text, sub_event", [
    ("Renewed fighting in Kidal left several fighters dead, local sources said.", "Armed clash"),
    ("Government troops battle rebels near Bunia", "Armed clash"),
    ("Soldiers vs bandits in Zamfara: eight killed", "Armed clash"),
])
def test_fight_words_with_armed_context_are_clashes(text, sub_event):
    from coder import code_text

    rows = code_text(text, published="2024-01-10")
    assert [r["sub_event_type"] for r in rows] == [sub_event]


def test_word_boundaries_and_longest_match(matcher):
    assert matcher.find("The eggshells were cracked.") == []
    found = matcher.find("Air strikes pounded the town.")
    assert [(t.text, t.cls) for t in found][0] == ("Air strikes", "air_strike")
    found = matcher.find("A suicide car bomb exploded.")
    assert found[0].text == "suicide car bomb" and found[0].cls == "suicide_bomb"
    # blockers win the longest match and are dropped: "riot police" is not a riot
    assert [t.cls for t in matcher.find("Riot police watched the crowd.")] == []


def test_offsets_and_case(matcher):
    text = "On Monday, GUNMEN Ambushed a convoy.\nTroops Clashed with them."
    for mention in matcher.find(text):
        assert text[mention.start : mention.end] == mention.text
    assert [t.cls for t in matcher.find(text)] == ["ambush", "armed_clash"]
    # a character that lower-cases to two keeps offsets aligned
    text = "İstanbul: militants ambushed a patrol."
    mention = matcher.find(text)[0]
    assert text[mention.start : mention.end] == "ambushed"


@pytest.mark.parametrize(
    "sentence, phrase, passive",
    [
        ("Eleven farmers were killed by suspected Boko Haram gunmen.", "killed", True),
        ("Two aid workers had been abducted by gunmen.", "abducted", True),
        ("The village was reportedly shelled by government forces.", "shelled", True),
        ("Villagers killed by the militants were buried on Monday.", "killed", True),
        ("Boko Haram gunmen killed eleven farmers.", "killed", False),
        ("The army was shelling the town all night.", "shelling", False),
        ("Gunmen abducted twelve students.", "abducted", False),
    ],
)
def test_passive_detection(matcher, sentence, phrase, passive):
    mention = next(t for t in matcher.find(sentence) if t.text.lower() == phrase)
    assert mention.voice_sensitive
    assert mention.passive is passive


def test_context_rules(matcher):
    # "opened fire" near protest words is excessive force, elsewhere a generic attack
    assert top(matcher, "Soldiers opened fire on protesters in Mandalay.").cls == "excessive_force"
    assert top(matcher, "Soldiers opened fire on a bus in Mandalay.").cls == "attack"
    # "clashed" near protest words is a violent demonstration, elsewhere an armed clash
    assert top(matcher, "Protesters clashed with police in Tunis.").cls == "violent_demonstration"
    assert top(matcher, "Militants clashed with police in Peshawar.").cls == "armed_clash"
    # context does not cross sentence ends
    def clash_class(text: str) -> str:
        return next(t.cls for t in matcher.find(text) if t.text.startswith("clash"))

    assert clash_class("The protest ended. Later, militants clashed with police.") == "armed_clash"
    assert clash_class("Militants clashed with police. Later, a protest began.") == "armed_clash"
    assert clash_class("Later, protesters clashed with police.") == "violent_demonstration"


def test_lexicon_is_broad_and_valid(matcher):
    classes = load_taxonomy().classes
    entries = [json.loads(line) for line in DEFAULT_LEXICON.read_text(encoding="utf-8").splitlines()]
    assert len(entries) >= 150
    assert sum(len(e["phrases"]) for e in entries) >= 500
    assert len({e["id"] for e in entries}) == len(entries)
    for entry in entries:
        assert entry["id"].startswith("trg.") and entry["class"] in classes and entry.get("source")
        assert isinstance(entry["voice_sensitive"], bool)
    # every class of the table has at least one trigger
    assert {e["class"] for e in entries} == set(classes)
    assert matcher.phrase_count == sum(len(e["phrases"]) for e in entries)


def test_bad_lexicon_errors_name_file_and_line(tmp_path):
    path = tmp_path / "triggers.jsonl"
    path.write_text('{"id": "trg.a", "class": "ambush", "phrases": ["ambush"], "voice_sensitive": true}\n'
                    '{"id": "trg.b", "class": "no_such_class", "phrases": ["x"]}\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"triggers\.jsonl:2: class 'no_such_class'"):
        TriggerMatcher(path)
    path.write_text('{"id": "trg.a", "class": "ambush", "phrases": ["ambush"]\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"triggers\.jsonl:1: invalid JSON"):
        TriggerMatcher(path)


def test_pickles_as_a_recipe(matcher):
    blob = pickle.dumps(matcher)
    assert len(blob) < 1000
    clone = pickle.loads(blob)
    text = "Gunmen abducted twelve students."
    assert clone.find(text) == matcher.find(text)


def test_speed(matcher):
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "articles.jsonl"
    texts = [json.loads(line)["text"] for line in fixtures.read_text(encoding="utf-8").splitlines()]
    article = " ".join(texts)[:3000]  # trigger-dense: every fixture is conflict news
    matcher.find(article)
    runs = 300
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(runs):
            matcher.find(article)
        best = min(best, (time.perf_counter() - start) / runs)
    assert best < 0.001  # generous bound for CI machines; ~0.1 ms measured on the dev machine


def test_death_reports_need_a_count(matcher):
    found = matcher.find("Seven die in Jos; eight dead in Bauchi as toll rises")
    assert [t.text for t in found] == ["die", "dead", "toll rises"]
    assert all(t.entry_id in matcher.count_required and t.cls == "killing" for t in found)
    assert "trg.killed.kill" not in matcher.count_required
    assert matcher.find("Seven died of cholera in Jos") == []


def test_requires_count_must_be_boolean(tmp_path):
    from coder.errors import DictionaryError

    path = tmp_path / "triggers.jsonl"
    path.write_text('{"id": "x", "class": "killing", "phrases": ["died"], "requires_count": "yes"}\n')
    with pytest.raises(DictionaryError, match="requires_count"):
        TriggerMatcher(path)
