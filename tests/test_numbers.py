"""Number parsing: digits, words, vague terms (ACLED values), qualifiers, ranges, and the embeddable pattern."""

import re

import pytest

from coder.match.numbers import is_vague, number_pattern, number_tables, parse_number, parse_quantity

CASES = [
    ("12", 12), ("1,200", 1200), ("1.5 million", 1_500_000), ("one", 1), ("twenty-three", 23),
    ("a hundred and five", 105), ("two hundred", 200), ("nine hundred and ninety-nine", 999),
    ("three thousand five hundred", 3500), ("a dozen", 12), ("two dozen", 24), ("half a dozen", 6),
    ("dozens", 12), ("dozens of", 12), ("tens", 10), ("scores", 20), ("hundreds", 100), ("thousands", 1000),
    ("tens of thousands", 10_000), ("a couple", 2), ("a couple of", 2), ("a few", 3), ("several", 3), ("some", 3),
    ("a number of", 3), ("at least 5", 5), ("more than 20", 20), ("over 300", 300), ("nearly 30", 30),
    ("up to 12", 12), ("some 20", 20), ("an estimated 1,500", 1500), ("between 10 and 20", 10), ("10-20", 10),
    ("10 to 20", 10), ("one or two", 1), ("at least a dozen", 12), ("More Than Twenty", 20), ("none", 0),
]


@pytest.mark.parametrize("text,value", CASES)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "foo", "people", "1.2.3", "a", "the", "and", "twenty foo"])
def test_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,vague", [("several", True), ("dozens", True), ("a few", True), ("hundreds of", True),
                                        ("a dozen", False), ("12", False), ("at least 5", False),
                                        ("some", True), ("some 20", False), ("nonsense", False)])
def test_is_vague(text, vague):
    assert is_vague(text) is vague


def test_quantity_reports_ids():
    q = parse_quantity("at least dozens of")
    assert (q.value, q.vague, q.rule_id, q.qualifier) == (12, True, "num.vague.dozens", "num.qual.at_least")


def test_every_entry_has_an_id():
    tables = number_tables()
    assert tables.version
    assert all(entry[2].startswith("num.") for entry in tables.phrases.values())
    assert all(entry[1].startswith("num.qual.") for entry in tables.qualifiers.values())


def test_pattern_embeds_and_finds_numbers():
    source = number_pattern()
    regex = re.compile(rf"killed\s+(?P<n>{source})(?:\s+of)?\s+people", re.IGNORECASE)
    assert regex.groups == 1  # no capturing groups of its own
    found = [parse_number(m.group("n")) for m in regex.finditer(
        "It killed at least 12 people; they killed twenty-three people and killed dozens of people")]
    assert found == [12, 23, 12]


def test_speed():
    import time
    phrases = ["12", "1,200", "twenty-three", "a hundred and five", "dozens", "at least 5", "several"]
    start = time.perf_counter()
    for _ in range(2000):
        for p in phrases:
            parse_number(p)
    rate = 2000 * len(phrases) / (time.perf_counter() - start)
    assert rate > 20_000  # measured ~380k/s; a loose floor so slow CI machines pass
