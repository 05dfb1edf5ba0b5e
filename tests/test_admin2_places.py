"""Second-level units as places (``coder.gazetteer.build``, kind ``admin2``): GeoNames' admin2 names of the
cities1000 places ('Province of Northern Samar', 'Sahiwal District') are indexed without their unit word, under
names no town, admin1 unit or region already has, at the point of their most populous place.

Every text here is new, written for these tests.
"""

import datetime

import pytest

from coder.gazetteer.build import admin2_display_name

PUB = datetime.date(2023, 5, 2)


@pytest.mark.parametrize("raw, name", [
    ("Province of Northern Samar", "Northern Samar"), ("Sahiwal District", "Sahiwal"), ("Kabupaten Langkat", "Langkat"),
    ("Departement de la Sanaga-Maritime", "Sanaga-Maritime"), ("Province de l'Oudalan", "Oudalan"),
    ("Apayao", "Apayao"),
])
def test_admin2_display_names(raw, name):
    assert admin2_display_name(raw) == name


def test_a_province_named_alone_is_a_place_in_its_region(code):
    rows = code("On 1 May 2023, NPA rebels ambushed an army patrol in Eastern Samar province, killing 3 soldiers.")
    assert len(rows) == 1 and rows[0]["location"] == "Eastern Samar", rows
    assert rows[0]["admin1"] == "Eastern Visayas" and rows[0]["geo_precision"] == 3, rows


def test_an_unlisted_village_takes_the_point_of_its_province(code):
    rows = code("On 1 May 2023, Dawlah Islamiyah gunmen attacked an army detachment in Barangay Tapikan (Lanao del Sur).")
    assert rows and rows[0]["admin1"] == "Autonomous Region in Muslim Mindanao", rows


def test_a_word_that_is_a_small_district_is_no_place(code):
    rows = code("Militiaman slain as he stops rebels from harassing 'Station of the Cross' participants",
                published=datetime.date(2013, 3, 29))
    assert all(r["country"] != "United States" for r in rows), rows
