"""coder.text.gate: the literal heads read from a regex, and the gate's promise that it only skips searches
that must fail."""

import json
import re

import pytest

from coder.match import clauses
from coder.text.gate import RegexGate, literal_heads
from coder.text.normalize import lower_same_length
from fixture_loader import REPO


def test_heads_of_an_alternation_after_a_boundary():
    heads = literal_heads(re.compile(r"\b(?:will|threaten(?:ed|s)? to|to (?:counter|curb)|tr(?:y|ied))\s+$"))
    assert heads == {"will", "threaten", "to counter", "to curb", "try", "tried"}


@pytest.mark.parametrize("source, flags", [
    (r"\b(?:the\s+)?army", 0),      # may begin with an optional part
    (r"[A-Z]\w+ said", 0),          # begins with a character class
    (r"\b(?:will|\d+ men)", 0),     # one branch begins with a class
    (r"(?:will|)", 0),              # one branch is empty
    (r"\bwill", re.IGNORECASE),     # a case-blind match can begin with 'W'
])
def test_no_heads_means_no_gate(source, flags):
    pattern = re.compile(source, flags)
    assert literal_heads(pattern) is None
    gate = RegexGate([pattern])
    assert gate.may_match(0, gate.starts("nothing to see"), "nothing to see", 0, 14)


def test_word_start_and_window():
    gate = RegexGate([re.compile(r"\b(?:may|will)\s+$")])
    text = "the army will attack; dismay spread"
    starts = gate.starts(text)
    assert gate.may_match(0, starts, text, 0, 18)        # 'will' at a word start
    assert not gate.may_match(0, starts, text, 18, 35)   # 'may' only inside 'dismay'
    assert gate.may_match(0, starts, text, 25, 35)       # ... unless the window starts on it, as a slice would
    assert not gate.may_match(0, starts, text, 0, 9)     # 'will' begins after the window


def _texts() -> list[str]:
    out = []
    for name in ("long_dev.jsonl", "long_dev2.jsonl", "notes_dev3.jsonl", "articles.jsonl"):
        out += [lower_same_length(json.loads(line)["text"]) for line in (REPO / "fixtures" / name).open()]
    return out


@pytest.mark.parametrize("name", ["HYPOTHETICAL", "RESCUED", "HISTORY", "GOVERNOR_CUE", "REMEMBERED"])
def test_gate_never_hides_a_match(name):
    """Over every window ending at a word start of the dev articles (as is_hypothetical searches them), and every
    sentence-sized span (as is_history does), a window the gate rules out has no match."""
    pattern = getattr(clauses, name)
    gate = RegexGate([pattern])
    assert gate.gated[0]
    skipped = 0
    for text in _texts():
        starts = gate.starts(text)
        for end in (m.start() for m in re.finditer(r"\b\w", text)):
            for lo in (max(0, end - 60), max(0, end - 200)):
                if not gate.may_match(0, starts, text, lo, end):
                    skipped += 1
                    assert pattern.search(text[lo:end]) is None
                    assert pattern.search(text, lo, end) is None
    assert skipped > 1000  # the gate does skip searches
