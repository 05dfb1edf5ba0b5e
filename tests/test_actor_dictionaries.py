"""The actor dictionaries load, are large enough, consistent, and bad lines fail with file:line."""

import json
import shutil
from pathlib import Path

import pytest

from coder.dictionaries.actors import ACTOR_FILES, default_dictionary_dir, load_actor_dictionary
from coder.dictionaries.loader import Field, Schema, read_jsonl
from coder.errors import DictionaryError


@pytest.fixture(scope="module")
def dictionary():
    return load_actor_dictionary()


def _by_kind(dictionary, kind):
    return [e for e in dictionary.entries if e.kind == kind]


def test_sizes(dictionary):
    assert len(_by_kind(dictionary, "country")) >= 240
    assert len([e for e in dictionary.entries if e.id.startswith("grp.")]) >= 300
    assert len(_by_kind(dictionary, "agent")) >= 10
    assert len(_by_kind(dictionary, "igo")) >= 10


def test_ids_present_and_unique(dictionary):
    ids = [e.id for e in dictionary.entries]
    assert all(ids)
    assert len(ids) == len(set(ids))
    assert set(dictionary.versions) == {f.removesuffix(".jsonl") for f in ACTOR_FILES}


def test_country_facts(dictionary):
    syria = dictionary.by_id["cty.SYR"]
    assert (syria.name, syria.iso2, syria.cameo, syria.inter) == ("Syria", "SY", "SYR", 1)
    assert "Damascus" in syria.capitals and "Syrians" in syria.demonyms
    drc = dictionary.by_id["cty.COD"]
    assert drc.name == "Democratic Republic of Congo" and "DRC" in drc.aliases
    assert dictionary.by_id["cty.CIV"].name == "Ivory Coast"
    assert dictionary.by_id["cty.MMR"].name == "Myanmar" and "Burma" in dictionary.by_id["cty.MMR"].aliases
    assert dictionary.by_id["cty.NER"].demonyms[0] == "Nigerien"
    assert "Kyiv" in dictionary.by_id["cty.UKR"].capitals and "Kiev" in dictionary.by_id["cty.UKR"].capitals
    assert dictionary.by_id["cty.XKX"].cameo == "KSV"
    assert "Georgia" in dictionary.by_id["cty.GEO"].ambiguous_aliases
    assert all(len(e.iso2) == 2 and len(e.iso3) == 3 for e in _by_kind(dictionary, "country"))


def test_group_facts(dictionary):
    shabaab = dictionary.by_id["grp.al_shabaab"]
    assert (shabaab.name, shabaab.inter, shabaab.country) == ("Al Shabaab", 2, "SOM")
    assert dictionary.by_id["grp.kataib_hezbollah"].country == "IRQ"
    assert dictionary.by_id["grp.rsf"].country == "SDN"
    assert dictionary.by_id["grp.wagner"].inter == 8
    assert dictionary.by_id["grp.pmf"].inter == 3
    assert all(e.source for e in dictionary.entries)
    assert all(e.inter in (1, 2, 3, 4, 8) for e in dictionary.entries if e.kind == "armed_group")


def test_agents_take_a_country(dictionary):
    for agent in _by_kind(dictionary, "agent"):
        assert agent.requires_country and "{country}" in agent.name and "{cameo_country}" in agent.cameo


def _copy_dir(tmp_path: Path) -> Path:
    target = tmp_path / "dicts"
    shutil.copytree(default_dictionary_dir(), target)
    return target


def _append(path: Path, line: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


GOOD = {"id": "grp.test_group", "name": "Test Group", "aliases": ["TG"], "kind": "armed_group", "inter": 2,
        "country": "SYR", "cameo": "SYRREB", "sector": "REB", "source": "test"}


@pytest.mark.parametrize("change, message", [
    ({"inter": 9}, "bad inter code"),
    ({"inter": 6}, "bad inter code"),
    ({"id": "grp.al_shabaab"}, "duplicate id"),
    ({"aliases": "TG"}, "must be list"),
    ({"country": "Syria"}, "ISO3"),
    ({"colour": "red"}, "unknown field"),
])
def test_bad_lines_name_file_and_line(tmp_path, change, message):
    directory = _copy_dir(tmp_path)
    line = _append(directory / "armed_groups.jsonl", json.dumps({**GOOD, **change}))
    with pytest.raises(DictionaryError, match=rf"armed_groups\.jsonl:{line}: .*{message}"):
        load_actor_dictionary(directory)


def test_invalid_json_and_missing_field(tmp_path):
    directory = _copy_dir(tmp_path)
    line = _append(directory / "agents.jsonl", '{"id": "agt.x", ')
    with pytest.raises(DictionaryError, match=rf"agents\.jsonl:{line}: invalid JSON"):
        load_actor_dictionary(directory)
    directory = _copy_dir(tmp_path / "b")
    bad = dict(GOOD)
    del bad["name"]
    line = _append(directory / "armed_groups.jsonl", json.dumps(bad))
    with pytest.raises(DictionaryError, match=rf"armed_groups\.jsonl:{line}: missing required field 'name'"):
        load_actor_dictionary(directory)


def test_generic_loader_reusable(tmp_path):
    path = tmp_path / "words.jsonl"
    path.write_text('{"id": "w.1", "phrases": ["a"]}\n\n# comment\n{"id": "w.1", "phrases": ["b"]}\n')
    schema = Schema("words", {"id": Field((str,)), "phrases": Field((list,), items=str)})
    with pytest.raises(DictionaryError, match=r"words\.jsonl:4: duplicate id 'w\.1' \(first at words\.jsonl:1\)"):
        read_jsonl(path, schema)


def test_loader_is_cached():
    assert load_actor_dictionary() is load_actor_dictionary(default_dictionary_dir())
