"""Short real-world news lines (headlines, lead lines, casualty reports) in the styles UCDP GED sources use:
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from coder.text.normalize import normalize_text

PUB = date(2015, 9, 8)  # a Tuesday


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


def test_a_stray_space_after_the_arabic_article_is_closed() -> None:
    assert normalize_text("Clashes in Jabal al- Akrad and ar- Raqqa") == "Clashes in Jabal al-Akrad and ar-Raqqa"
    assert normalize_text("a total- Nothing; al- qaeda") == "a total- Nothing; al- qaeda"  # no name follows


def test_arabic_spelling_variants_place_the_event(code):
    row = _one(code("Warplanes bombed Ma'arat al-Nu'man on Monday, killing three civilians"))
    assert row["country"] == "Syria" and row["admin1"] == "Idlib"
    row = _one(code("Two rebels were killed in shelling on Jabal al- Akrad"))
    assert row["country"] == "Syria" and row["admin1"] == "Latakia"
