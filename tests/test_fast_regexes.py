"""Regexes rewritten to begin with a character class (so that `re` skips ahead at C speed) must match exactly
what their plain forms match: the plain forms are kept here as the oracle."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from coder.match import fatality_grammar, name_runs as places
from coder.text import sentences

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TRICKY = [
    "al-Bab and Ad-Dawr near ash-Sham, (el-Fasher) Xal-Bab 'al-Qaim ul-Haq um-Qasr us-Sur Ümit Éric.",
    "In Kabul, the U.S. Army's 3rd Brigade met Gen. Smith; Ten Killed In Attack Near Kandahar\n\nMOGADISHU - ",
    "A. B.\n\nC; D! 'E' (F)? G.) H\n  i;j;K. \"L\". [M] x.\n",
    "end?", ";A", ".\n", "", "abu-Bakr ez-Zor et-Tal Ed-Damazin d'Ivoire Côte d’Ivoire O'Neill",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for name in ("articles.jsonl", "descriptions.jsonl", "long_dev.jsonl", "sample_articles.jsonl"):
        with open(FIXTURES / name, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_the_place_sequence_regex_matches_its_plain_form(texts):
    plain = re.compile(rf"(?<![\w'’‐‑-]){places._WORD}(?:[ \u00a0](?:(?:{'|'.join(places.CONNECTORS)})"
                       rf"[ \u00a0])*{places._WORD})*")
    for text in texts:
        assert [m.span() for m in places._SEQUENCE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_split_place_scan_gives_the_sequence_regexs_matches(texts):
    """places.sequences (capital-led scan, article-led starts tried at hyphens) is _SEQUENCE.finditer, on real
    text and on random strings of the pieces where the two could part (articles, hyphens, capitals, connectors)."""
    for text in texts:
        assert places.sequences(text) == [(m.start(), m.group()) for m in places._SEQUENCE.finditer(text)], text
    pieces = ["al", "el", "ash", "ul", "um", "tal", "-", "‐", "‑", "Q", "Qaim", "É", "Ān", " ", " ", "\u00a0", "of",
              "the", "de", "'", "’", "x", "_", "9", ",", "a", "e", "u", "Sh", "bin", "ez", "Zor", "("]
    rnd = random.Random(7)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        assert places.sequences(text) == [(m.start(), m.group()) for m in places._SEQUENCE.finditer(text)], text


def _number_starts_by_regex(regex: re.Pattern[str], s: str, limit: int) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    weak: list[int] = []
    for found in regex.finditer(s):
        if found.start() >= limit:
            break
        (weak if found.lastgroup else starts).append(found.start())
    return starts, weak


def test_number_starts_are_the_number_start_regexs(texts):
    """fatality_grammar.NumberStarts (one Aho-Corasick pass, two fast regexes) finds what number_start_regex
    finds, strong and weak, before any limit."""
    words = fatality_grammar.number_start_words()
    regex, fast = fatality_grammar.number_start_regex(words), fatality_grammar.NumberStarts(words)
    rnd = random.Random(3)
    pieces = ["a", "an", "a dozen", "an estimated", "one", "two", "twenty", "seven", "seventeen", "hundred", "1",
              "12", "x9", "_a", "score", "scores of", "dozens", " ", " ", "  ", "\n", ",", "-", "and", "at least", "é"]
    samples = [text.lower() for text in texts]
    samples += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(20_000)]
    for s in samples:
        for limit in (len(s), len(s) // 2, 3):
            assert fast.find(s, limit) == _number_starts_by_regex(regex, s, limit), (s, limit)


def test_the_sentence_boundary_regex_matches_its_plain_form(texts):
    plain = re.compile(r"""[.!?](["')\]]*)\s+(?=["'(\[]?[A-Z0-9])|\n\s*|;(?=["'(\[#]?[A-Z0-9])""")
    for text in texts:
        fast = [(m.span(), m.span(1)) for m in sentences._BOUNDARY.finditer(text)]
        assert fast == [(m.span(), m.span(1)) for m in plain.finditer(text)], text
