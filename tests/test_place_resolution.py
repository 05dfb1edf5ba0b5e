"""Place and country resolution on short texts of our own: admin1 spellings, named regions, namesakes."""

import datetime

import pytest

from coder.gazetteer.build import _read_admin1, _read_admin1_aliases, _read_regions

PUB = datetime.date(2024, 6, 10)  # a Monday


@pytest.fixture(scope="module")
def gazetteer(coder_instance):
    return coder_instance.gazetteer


@pytest.mark.parametrize("name, iso2, admin1", [
    ("Hilmand", "AF", "Helmand"), ("Urozgan", "AF", "Uruzgan"), ("Ninawa", "IQ", "Nineveh"),
    ("Nord Kivu", "CD", "North Kivu"), ("Kivu Nord", "CD", "North Kivu"), ("Rif-dimashq", "SY", "Rural Damascus"),
    ("Hodeidah", "YE", "Al Hudaydah"), ("Southern Darfur", "SD", "South Darfur"), ("Lower Shabeelle", "SO", "Lower Shabelle"),
])
def test_admin1_alternate_spellings(gazetteer, name, iso2, admin1):
    best = next(p for p in gazetteer.candidates(name) if p.kind == "admin1")
    assert (best.iso2, best.name) == (iso2, admin1)


@pytest.mark.parametrize("name, iso2, admin1", [
    ("Darfur", "SD", None), ("Donbass", "UA", None), ("Donbas", "UA", None), ("East Ghouta", "SY", "Rural Damascus"),
    ("Swat Valley", "PK", "Khyber Pakhtunkhwa"), ("Nagorno-Karabakh", "AZ", None),
])
def test_named_regions(gazetteer, name, iso2, admin1):
    best = gazetteer.resolve(name)
    assert best is not None and best.kind == "region"
    assert (best.iso2, best.admin1) == (iso2, admin1)


def test_region_tables_are_well_formed():
    admin1 = {(row[0], row[2]) for row in _read_admin1()}
    assert set(_read_admin1_aliases()) <= admin1  # every alias row names an existing admin1 region
    regions = _read_regions()
    assert len({r[0] for r in regions}) == len(regions)  # unique ids
    for _id, _name, _aliases, _cc, _a1, lat, lon in regions:
        assert -90 <= lat <= 90 and -180 <= lon <= 180


def test_region_gives_country_and_region_precision(code):
    row = code("Militiamen torched a market in Darfur on Saturday, killing four traders.")[0]
    assert row["country"] == "Sudan" and row["location"] == "Darfur" and row["geo_precision"] == 3
    assert row["admin1"] is None  # Darfur spans five states


def test_region_inside_one_admin1_gives_it(code):
    row = code("Regime artillery shelled towns in East Ghouta on Sunday, killing seven people.")[0]
    assert row["country"] == "Syria" and row["admin1"] == "Rural Damascus"


def test_region_named_beside_a_foreign_demonym_is_kept(code):
    row = code("A Spanish aid worker was killed by shelling in Donbass on Friday.")[0]
    assert row["country"] == "Ukraine"


def test_multiword_unique_place_survives_a_foreign_hint(code):
    # 'Port Loko' (Sierra Leone) is not next to Nigeria, but no other place bears that name
    row = code("Nigerian jets bombed Port Loko on Sunday, killing nine people.")[0]
    assert row["country"] == "Sierra Leone" and row["location"] == "Port Loko"


def test_admin1_spelling_variant_with_suffix(code):
    row = code("Taliban fighters ambushed a police convoy in Hilmand province on Sunday, killing six officers.")[0]
    assert row["country"] == "Afghanistan" and row["admin1"] == "Helmand"


def test_media_name_is_not_a_country(code):
    row = code("Agence France-Presse reported that Somali troops killed 12 militants near Baidoa on Sunday.")[0]
    assert row["country"] == "Somalia"
    assert "France" not in {row["actor1"], row["actor2"]}


def test_chain_admin1_beats_a_namesake_outside_it(code):
    # the only indexed 'Behsud' is in Wardak; 'Nangarhar province' says the event is elsewhere: Jalalabad wins
    row = code("On Sunday, in the Behsud district of Jalalabad city, Nangarhar province, Afghanistan, "
               "eight people were killed when a bomb exploded near a mosque.")[0]
    assert row["country"] == "Afghanistan" and row["admin1"] == "Nangarhar" and row["location"] == "Jalalabad"


def test_region_main_name_ranks_above_an_alias_of_another(gazetteer):
    # admin1.tsv lists 'Cauca' among Narino's alternate names; the region called Cauca comes first
    best = next(p for p in gazetteer.candidates("Cauca") if p.kind == "admin1")
    assert best.name == "Cauca"


def test_bare_name_of_a_region_seat_is_the_city_not_the_region():
    # the region's alias ('Odesa' for Odessa oblast) equals the city's name: a bare name is the city, as ACLED
    # codes the town; with a region word the admin1 is preferred
    from coder import code_text

    city = code_text("Russian drones struck Odesa overnight, killing two civilians.", published="2024-01-10")
    assert [(r["location"], r["admin1"], r["geo_precision"]) for r in city] == [("Odesa", "Odesa", 1)]
    region = code_text("Shelling hit villages in Zaporizhzhia oblast on Monday, killing two civilians.",
                       published="2024-01-10")
    assert [(r["admin1"], r["geo_precision"]) for r in region] == [("Zaporizhia", 3)]


@pytest.mark.parametrize("text, location", [
    ("In Kabul, gunmen killed two shopkeepers on Monday.", "Kabul"),  # a sentence-initial preposition
    ("Two Killed In Bomb Attack In Kandahar", "Kandahar"),  # a title-case headline
    ("THREE POLICEMEN KILLED IN AMBUSH NEAR DIYARBAKIR", "Diyarbakir"),  # capitals, title-cased, plain letters
])
def test_capitalised_prepositions_stand_between_place_names(text, location):
    from coder import code_text

    rows = code_text(text, published="2024-01-10")
    assert [r["location"] for r in rows] == [location]


@pytest.mark.parametrize("text, location", [
    ("Man chased and shot in Sao Jose complex", "Sao Jose"),  # 'Man' (Ivory Coast) only after a cue
    ("Gunmen killed three people in Man on Monday.", "Man"),
])
def test_towns_named_like_common_words_need_a_cue(text, location):
    from coder import code_text

    assert [r["location"] for r in code_text(text, published="2024-01-10")] == [location]


def test_a_wounding_shot_is_an_attack_and_a_film_shot_is_none():
    from coder import code_text

    rows = code_text("A trader was shot in the leg by unknown gunmen in Kano on Monday.", published="2024-01-10")
    assert [(r["sub_event_type"], r["fatalities"]) for r in rows] == [("Attack", 0)]
    assert code_text("The film was shot in Lagos last year.", published="2024-01-10") == []


def test_a_place_less_strike_on_a_group_is_in_the_groups_country():
    from coder import code_text

    rows = code_text("Israeli raid kills three Hezbollah fighters", published="2024-01-10")
    assert [r["country"] for r in rows] == ["Lebanon"]


@pytest.mark.parametrize("text, location, country", [
    # the country closing the chain is where it happened, even when the town is unknown to the gazetteer
    ("On 3 May 2023, a French airstrike killed ten militants near Gossi, Mali.", "Mali", "Mali"),
    # a namesake outside the named country (Ketsch, Germany) is not the place
    ("On 3 May 2023, gunmen killed two labourers in Kech district, Pakistan.", "Pakistan", "Pakistan"),
])
def test_a_country_closing_a_place_chain_decides_the_country(text, location, country):
    from coder import code_text

    rows = code_text(text, published="2023-05-05")
    assert [(r["location"], r["country"]) for r in rows] == [(location, country)]
