"""Numbers in news text: digits, number words, vague quantities and their qualifiers.

The word tables live in ``coder/resources/dictionaries/numbers.json`` (every entry has an ``id``). Conventions
(ACLED codebook, fatalities; the others are this project's and are recorded in the JSON):

- digits ``"12"``, ``"1,200"``, ``"1.5 million"``; words ``"twenty-three"``, ``"a hundred and five"``,
  ``"two dozen"`` (24), ``"a dozen"`` (12), ``"a couple"`` (2);
- vague terms: ``dozens`` = 12, ``tens`` = 10, ``hundreds`` = 100, ``thousands`` = 1000, ``scores`` = 20
  (ACLED has no rule; one score, as ``dozens`` codes one dozen), ``several``/``a few``/``some``/``many``/
  ``a number of`` = 3 (ACLED's unspecified plural); :func:`is_vague` tells them apart;
- qualifiers keep the stated figure: ``"at least 5"`` = 5, ``"more than 20"`` = 20 (the conservative lower
  bound), ``"nearly 30"``/``"up to 12"`` = 30/12 (the report's own figure, never an invented smaller one);
- ranges give the lower figure: ``"10 to 20"``, ``"10-20"``, ``"between 10 and 20"``, ``"one or two"``.

:func:`number_pattern` returns a regex *source* (no capturing groups, case-insensitive use) that matches
every form :func:`parse_quantity` understands, for embedding in other matchers.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

__all__ = ["Quantity", "NumberTables", "number_tables", "number_pattern", "parse_quantity", "parse_number",
           "is_vague"]

_RESOURCE = "resources/dictionaries/numbers.json"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DIGITS_FULL = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+([a-z]+))?")
_SPACES = re.compile(r"\s+")
_TOKENS = re.compile(r"[\s-]+")
_RANGE_SPLIT = re.compile(r"^between\s+(.+?)\s+and\s+.+$|^(.+?)\s*(?:-|\s+to\s+|\s+or\s+).+$")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed quantity: its coded value, whether it was vague, and the ids of the table entries used."""

    value: int
    vague: bool
    rule_id: str
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class NumberTables:
    """The number tables of numbers.json, indexed for lookups (built once, see :func:`number_tables`)."""

    version: str
    words: dict[str, int]
    scales: dict[str, int]
    phrases: dict[str, tuple[int, bool, str]]  # phrase -> (value, vague, id)
    qualifiers: dict[str, tuple[str, str]]  # phrase -> (effect, id)
    pattern: str


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in ordered)


def _build_pattern(words: dict[str, int], scales: dict[str, int], phrases: list[str], quals: list[str]) -> str:
    small = _alternation(list(words))
    scale = _alternation(list(scales))
    token = rf"(?:(?:{small})\b|(?:{scale})\b(?:\s+and(?=\s+(?:{small})\b))?)"
    word_seq = rf"\b(?:an?\s+(?=(?:{scale})\b))?{token}(?:[\s-]+{token})*"
    digits = rf"(?<![\d.,])(?:{_DIGITS})(?:\s+(?:{scale})\b)?(?!\d|,\d)"
    core = rf"(?:{digits}|{word_seq})"
    ranged = rf"(?:\bbetween\s+{core}\s+and\s+{core}|{core}(?:\s*-\s*{core}|\s+(?:to|or)\s+{core})?)"
    return rf"(?:\b(?:{_alternation(quals)})\s+)?(?:\b(?:{_alternation(phrases)})\b|{ranged})"


@functools.cache
def number_tables() -> NumberTables:
    """Load numbers.json once (pure loader of shipped data)."""
    raw = json.loads(resources.files("coder").joinpath(_RESOURCE).read_text("utf-8"))
    words = {e["word"]: int(e["value"]) for e in raw["words"]}
    scales = {e["word"]: int(e["value"]) for e in raw["scales"]}
    phrases = {e["phrase"]: (int(e["value"]), bool(e.get("vague", False)), e["id"]) for e in raw["phrases"]}
    phrases.update({e["phrase"]: (int(e["value"]), True, e["id"]) for e in raw["vague"]})
    quals = {e["phrase"]: (e["effect"], e["id"]) for e in raw["qualifiers"]}
    pattern = _build_pattern(words, scales, list(phrases), list(quals))
    return NumberTables(str(raw.get("version", "")), words, scales, phrases, quals, pattern)


def number_pattern() -> str:
    """Regex source (no capturing groups; compile with re.IGNORECASE) for any number parse_quantity reads."""
    return number_tables().pattern


def _parse_digits(text: str, scales: dict[str, int]) -> int | None:
    m = _DIGITS_FULL.fullmatch(text)
    if m is None:
        return None
    whole, frac, scale_word = m.groups()
    value = float(whole.replace(",", "") + ("." + frac if frac else ""))
    if scale_word is not None:
        if scale_word not in scales:
            return None
        value *= scales[scale_word]
    return int(value)


def _parse_words(text: str, tables: NumberTables) -> int | None:
    tokens = [t for t in _TOKENS.split(text) if t and t != "and"]
    if not tokens:
        return None
    if tokens[0] in ("a", "an"):
        if len(tokens) < 2 or tokens[1] not in tables.scales:
            return None
        tokens[0] = "one"
    total = current = 0
    for tok in tokens:
        if tok in tables.words:
            current += tables.words[tok]
        elif tok in tables.scales:
            scale = tables.scales[tok]
            if scale < 1000:
                current = max(current, 1) * scale
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
    return total + current


def _parse_core(text: str, tables: NumberTables) -> Quantity | None:
    if not text:
        return None
    phrase = tables.phrases.get(text)
    if phrase is None and text.endswith(" of"):
        phrase = tables.phrases.get(text[:-3])
    if phrase is not None:
        return Quantity(phrase[0], phrase[1], phrase[2])
    if text[0].isdigit():
        value = _parse_digits(text, tables.scales)
        return None if value is None else Quantity(value, False, "num.digits")
    value = _parse_words(text, tables)
    return None if value is None else Quantity(value, False, "num.words")


def parse_quantity(text: str) -> Quantity | None:
    """Parse a number expression ("at least 12", "dozens of", "twenty-three", "1.5 million"); None if not one."""
    if not text:
        return None
    tables = number_tables()
    t = _SPACES.sub(" ", text.strip().lower())
    found = _parse_core(t, tables)
    if found is not None:
        return found
    for phrase, (_, qual_id) in tables.qualifiers.items():
        if t.startswith(phrase + " "):
            rest = t[len(phrase) + 1 :]
            found = _parse_core(rest, tables) or _parse_range(rest, tables)
            if found is not None:
                return Quantity(found.value, found.vague, found.rule_id, qual_id)
    return _parse_range(t, tables)


def _parse_range(text: str, tables: NumberTables) -> Quantity | None:
    m = _RANGE_SPLIT.match(text)
    if m is None:
        return None
    low = _parse_core(m.group(1) or m.group(2), tables)
    return None if low is None else Quantity(low.value, low.vague, low.rule_id, "num.range.low")


def parse_number(text: str) -> int | None:
    """The coded integer of a number expression, or None ("dozens" -> 12, "more than 20" -> 20)."""
    found = parse_quantity(text)
    return None if found is None else found.value


def is_vague(text: str) -> bool:
    """True when the expression is a vague quantity ("several", "dozens of", "a few"), False otherwise."""
    found = parse_quantity(text)
    return found is not None and found.vague
