"""admin1_names.tsv: preferred English admin1 names in the output, derived names kept for matching."""

import datetime

import pytest

from coder.gazetteer.build import _INPUT_FILES, RESOURCES, _read_admin1, _read_regions, _table, admin1_table

PUB = datetime.date(2024, 6, 10)  # a Monday
_HEADER = ["iso2", "admin1code", "name", "id", "note"]


@pytest.fixture(scope="module")
def gazetteer(coder_instance):
    return coder_instance.gazetteer


def test_names_table_is_well_formed():
    rows = [parts for _lineno, parts in _table("admin1_names.tsv", _HEADER)]
    codes = {(r[0], r[1]) for r in _read_admin1()}
    assert len(rows) > 200
    assert all((iso2, code) in codes for iso2, code, *_rest in rows)  # every row names an admin1.tsv region
    ids = [r[3] for r in rows]
    assert len(set(ids)) == len(ids) and all(i.startswith("a1n-") for i in ids)
    assert len({(r[0], r[1]) for r in rows}) == len(rows)  # one name per region
    assert all(r[2].strip() == r[2] and r[2] and r[4] for r in rows)  # a name and a note on every row
    assert "admin1_names.tsv" in _INPUT_FILES  # an edit rebuilds the on-disk index
    assert (RESOURCES / "admin1_names.tsv").read_text(encoding="utf-8").startswith("# version:")


def test_region_admin1_names_resolve():
    _rows, by_name = admin1_table()
    assert all((cc, a1) in by_name for _id, _n, _a, cc, a1, *_r in _read_regions() if a1)


@pytest.mark.parametrize("name, iso2, admin1", [
    ("Vardak", "AF", "Wardak"), ("Wilayat-e Baghlan", "AF", "Baghlan"), ("Baghlan province", "AF", "Baghlan"),
    ("High-Basins", "BF", "Hauts-Bassins"), ("Rif Dimashq", "SY", "Rural Damascus"),
    ("Mayorality of Baghdad", "IQ", "Baghdad"), ("Orientale", "CD", "Tshopo"), ("Katanga", "CD", "Haut-Katanga"),
    ("Sha`biyat al Butnan", "LY", "Butnan"), ("Shamal Kurdufan", "SD", "North Kordofan"),
])
def test_old_names_still_resolve_to_the_renamed_region(gazetteer, name, iso2, admin1):
    best = next(p for p in gazetteer.candidates(name.removesuffix(" province")) if p.kind == "admin1")
    assert (best.iso2, best.name) == (iso2, admin1)


def test_a_neighbours_name_is_not_kept():
    rows = {(r[0], r[1]): r for r in admin1_table()[0]}
    assert rows[("KE", "53")][2] == "Vihiga" and "Siaya" not in rows[("KE", "53")][3]
    assert rows[("SD", "62")][2] == "West Kordofan" and "Shamal Kurdufan" not in rows[("SD", "62")][3]
    assert "Tipaza" not in rows[("DZ", "20")][3]  # a derived alternate naming another region (Blida's)


def test_town_gives_the_2015_province(gazetteer):
    assert gazetteer.resolve("Bunia", ["CD"]).admin1 == "Ituri"
    assert gazetteer.resolve("Kalemie", ["CD"]).admin1 == "Tanganyika"
    assert gazetteer.resolve("Kolwezi", ["CD"]).admin1 == "Lualaba"


@pytest.mark.parametrize("text, country, admin1", [
    ("Gunmen killed two farmers in Wardak province on Sunday, police said.", "Afghanistan", "Wardak"),
    ("Gunmen killed two farmers in Vardak province on Sunday, police said.", "Afghanistan", "Wardak"),
    ("Jihadist fighters attacked a gendarmerie post in Bobo-Dioulasso on Saturday, killing four gendarmes.",
     "Burkina Faso", "Hauts-Bassins"),
    ("Regime helicopters dropped barrel bombs on farms in Rif Dimashq on Friday, killing five civilians.",
     "Syria", "Rural Damascus"),
    ("Regime helicopters dropped barrel bombs on farms in Rural Damascus on Friday, killing five civilians.",
     "Syria", "Rural Damascus"),
    ("A roadside bomb killed three soldiers near Kalemie, Tanganyika province, on Sunday.", "Democratic Republic of Congo",
     "Tanganyika"),
    ("Militiamen burned a village outside Nyala on Saturday, killing nine people.", "Sudan", "South Darfur"),
])
def test_output_uses_the_display_name(code, text, country, admin1):
    rows = code(text)
    assert rows and rows[0]["country"] == country and rows[0]["admin1"] == admin1


@pytest.mark.parametrize("text, admin1", [
    ("On 3 May 2023, Azerbaijani forces fired on Armenian positions near Sotk (Gegharkunik).", "Gegharkunik"),
    ("On 3 May 2023, Armenian forces shelled positions near Tartar (Tartar), wounding a soldier.", "Tartar"),
    ("On 3 May 2023, police detained 20 protesters in Tbilisi (Tbilisi).", "Tbilisi"),
])
def test_suffixes_and_apostrophes_of_geonames_are_not_in_the_admin1(code, text, admin1):
    rows = code(text)
    assert [r["admin1"] for r in rows] == [admin1], [(r["admin1"], r["location"]) for r in rows]
