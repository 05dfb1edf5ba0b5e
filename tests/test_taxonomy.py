"""The taxonomy tables in schemas/ agree with each other and with the coding rules."""

from __future__ import annotations

import pickle
import re
import shutil
from pathlib import Path

import pytest

from coder import taxonomy as taxonomy_module
from coder.errors import SchemaError
from coder.schema import read_schema_table
from coder.taxonomy import CameoCode, EventClass, load_taxonomy

REPO = Path(__file__).resolve().parents[1]
CODEFILE = REPO.parent / "shared" / "data" / "cameo" / "CAMEO_codefile.txt"

SUB_EVENT_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
REQUIRED_CLASSES = {
    "air_strike", "drone_strike", "shelling", "missile_attack", "ied", "landmine", "car_bomb", "suicide_bomb",
    "grenade", "chemical_weapon", "armed_clash", "ambush", "attack", "killing", "massacre", "abduction",
    "sexual_violence", "peaceful_protest", "strike_labour", "protest_intervention", "excessive_force",
    "violent_demonstration", "mob_violence", "government_regains", "nonstate_overtakes", "arrest",
    "weapons_seizure", "bomb_defused", "looting", "arson", "destruction", "agreement", "change_to_group",
    "base_established", "territory_transfer", "other_strategic",
}


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def test_acled_types_and_disorder(tax):
    assert len(tax.sub_event_types) == 25
    for event_type, subs in SUB_EVENT_TYPES.items():
        for sub in subs:
            assert tax.event_type_of(sub) == event_type
    for sub in SUB_EVENT_TYPES["Battles"] | SUB_EVENT_TYPES["Explosions/Remote violence"] | \
            SUB_EVENT_TYPES["Violence against civilians"] | SUB_EVENT_TYPES["Riots"]:
        assert tax.disorder_type(sub) == "Political violence"
    for sub in ("Peaceful protest", "Protest with intervention"):
        assert tax.disorder_type(sub) == "Demonstrations"
    assert tax.disorder_type("Excessive force against protesters") == "Political violence; Demonstrations"
    for sub in SUB_EVENT_TYPES["Strategic developments"]:
        assert tax.disorder_type(sub) == "Strategic developments"


def test_inter_codes(tax):
    assert sorted(tax.inter_codes) == list(range(9))
    assert tax.inter_name(1) == "State forces"
    assert tax.inter_name(7) == "Civilians"
    assert tax.inter_name(8) == "External/Other forces"


def test_cameo_codes_are_complete_and_well_formed(tax):
    codes = tax.cameo_codes
    assert len([c for c in codes if len(c) == 2]) == 20
    for code, entry in codes.items():
        assert isinstance(entry, CameoCode) and entry.code == code
        assert entry.root == code[:2] and entry.root in codes
        root = int(entry.root)
        expected_quad = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert entry.quad_class == expected_quad, code
        assert -10.0 <= entry.goldstein <= 10.0
    # leading zeros survive; well-known values of the published scale
    assert tax.cameo("057").name == "Sign formal agreement" and tax.cameo("057").goldstein == 8.0
    assert tax.cameo("190").goldstein == -10.0 and tax.cameo("173").goldstein == -5.0
    assert tax.cameo("141").goldstein == -6.5 and tax.cameo("0871").root == "08"


def test_cameo_codes_match_the_code_file(tax):
    if not CODEFILE.is_file():
        pytest.skip("../shared/data/cameo/CAMEO_codefile.txt is absent")
    listed = set(re.findall(r"^LABEL:\s*(\d{3,4})=", CODEFILE.read_text(encoding="utf-8"), flags=re.M))
    roots = set(re.findall(r"^//(\d\d)[:=]", CODEFILE.read_text(encoding="utf-8"), flags=re.M))
    assert set(tax.cameo_codes) == listed | roots


def test_event_classes_are_consistent(tax):
    assert REQUIRED_CLASSES <= set(tax.classes)
    reachable = set()
    for name, cls in tax.classes.items():
        assert isinstance(cls, EventClass) and cls.name == name
        assert tax.event_type_of(cls.sub_event_type) == cls.event_type
        assert cls.cameo_code in tax.cameo_codes, (name, cls.cameo_code)
        reachable.add(cls.sub_event_type)
        if cls.event_type == "Violence against civilians":
            assert cls.civilian_targeting, name
    for (name, kind), cls in tax.overrides.items():
        assert name in tax.classes and kind in {"civilians", "protesters", "state", "armed"}
        assert tax.event_type_of(cls.sub_event_type) == cls.event_type
        assert cls.cameo_code in tax.cameo_codes, (name, kind, cls.cameo_code)
    assert reachable == set(tax.sub_event_types)


def test_every_cameo_code_in_the_csv_files_exists(tax):
    for name in ("event_classes.csv", "event_class_overrides.csv"):
        for row in read_schema_table(name):
            assert row["cameo_code"] in tax.cameo_codes, (name, row)


def test_priorities_follow_the_coding_rules(tax):
    p = {name: cls.priority for name, cls in tax.classes.items()}
    assert p["suicide_bomb"] > p["car_bomb"] > p["air_strike"] > p["shelling"] > p["armed_clash"]
    assert p["ied"] > p["air_strike"] and p["armed_clash"] > p["attack"] > p["killing"]
    assert p["violent_demonstration"] > p["excessive_force"] > p["protest_intervention"] > p["peaceful_protest"]
    assert p["government_regains"] > p["armed_clash"] and p["nonstate_overtakes"] > p["armed_clash"]
    assert p["bomb_defused"] > p["ied"]


def test_resolve_applies_overrides(tax):
    attack = tax.event_class("attack")
    assert tax.resolve("attack", None) is attack
    assert tax.resolve("attack", 0) is attack and tax.resolve("attack", 5) is attack
    on_civilians = tax.resolve("attack", 7)
    assert (on_civilians.event_type, on_civilians.sub_event_type) == ("Violence against civilians", "Attack")
    assert on_civilians.civilian_targeting
    for inter in (1, 2, 3, 4, 8):
        clash = tax.resolve("attack", inter)
        assert (clash.event_type, clash.sub_event_type) == ("Battles", "Armed clash")
        assert not clash.civilian_targeting
    assert tax.resolve("attack", 6).sub_event_type == "Excessive force against protesters"
    assert tax.resolve("killing", 7).sub_event_type == "Attack"
    assert tax.resolve("killing", 2).sub_event_type == "Armed clash"
    air = tax.resolve("air_strike", 7)
    assert air.sub_event_type == "Air/drone strike" and air.civilian_targeting
    assert tax.resolve("ambush", 2).sub_event_type == "Armed clash"
    assert tax.resolve("arrest", 6).sub_event_type == "Protest with intervention"
    assert tax.resolve("looting", 7) is tax.event_class("looting")
    assert tax.resolve("attack", 7) is tax.resolve("attack", 7)  # stable objects
    with pytest.raises(KeyError):
        tax.event_class("no_such_class")


def test_versions_and_pickle(tax):
    assert set(tax.versions) == set(taxonomy_module.FILES)
    assert re.fullmatch(r"[0-9a-f]{12}", tax.version)
    assert pickle.loads(pickle.dumps(tax)) is tax


def _broken_copy(tmp_path: Path, monkeypatch, name: str, edit) -> None:
    folder = tmp_path / "schemas"
    shutil.copytree(REPO / "schemas", folder)
    path = folder / name
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    monkeypatch.setattr("coder.schema.schemas_dir", lambda: folder)
    monkeypatch.setattr(taxonomy_module, "schemas_dir", lambda: folder)
    load_taxonomy.cache_clear()


@pytest.mark.parametrize(
    "name, edit, message",
    [
        ("event_classes.csv", lambda t: t.replace(",Battles,Armed clash,193,", ",Battles,Armed clashes,193,", 1),
         r"event_classes\.csv line \d+: unknown sub_event_type"),
        ("event_classes.csv", lambda t: t.replace(",Battles,Armed clash,193,", ",Battles,Armed clash,1999,", 1),
         r"event_classes\.csv line \d+: CAMEO code '1999'"),
        ("cameo_codes.csv", lambda t: t.replace("057,Sign formal agreement,05,1,", "057,Sign formal agreement,05,7,"),
         r"cameo_codes\.csv line \d+: quad_class"),
        ("event_class_overrides.csv", lambda t: t.replace("attack,civilians,", "attack,villagers,", 1),
         r"event_class_overrides\.csv line 2: target_kind"),
        ("event_classes.csv", lambda t: t.replace(",false,55,", ",maybe,55,", 1),
         r"event_classes\.csv line \d+: civilian_targeting"),
    ],
)
def test_validation_errors_name_file_and_line(tmp_path, monkeypatch, name, edit, message):
    _broken_copy(tmp_path, monkeypatch, name, edit)
    try:
        with pytest.raises(SchemaError, match=message):
            load_taxonomy()
    finally:
        load_taxonomy.cache_clear()
