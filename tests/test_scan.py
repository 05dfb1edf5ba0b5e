"""coder.text.scan: one walk for several lexicons gives each matcher what its own walk would."""

import datetime

import pytest

from coder.match.clauses import cue_gate
from coder.match.triggers import fold_lowered
from coder.match.runs import date_anchors
from coder.match.sources import citation_cues_in, source_spans
from coder.pipeline import Coder
from coder.text.normalize import lower_same_length, normalize_text
from coder.text.scan import JointScan, unfolded

TEXTS = [
    "Gunmen attacked a police post in Zamfara state on Tuesday, killing four officers, a spokesman said.",
    # a line break inside phrases: 'security\nforces', 'opened\nfire'; found in the folded text only
    "The security\nforces said the Islamic State fighters opened\nfire on the convoy near Raqqa.\n\n"
    "Residents would not say whether the army had\nwithdrawn.",
    "Troops of the Sudanese army shelled El Fasher; the RSF said it would retaliate.\nNo one was hurt.",
    # dates: a month written with an accent ('décembre' folds to 'decembre', whose 'dec' is no anchor in the
    # text itself), a weekday inside a longer anchor, numbers
    "On 12 Déc 2023 and on Sunday 3 May 2020, 14 people died; last Monday night 2,000 fled.",
    # source citations and stance words: the walk's literal cues ('gmt', '(c)', ' words', 'pro-')
    "KABUL, 21 Jun: Pro-government militias clashed with the Taliban. Afghan Islamic Press news agency, "
    "Peshawar, in Pashto 0940 gmt 21 Jun 10. (c) 2010 The BBC. All Rights Reserved. 162 words",
    "",
]


@pytest.fixture(scope="module")
def coder():
    return Coder()


def test_each_lexicon_gets_the_hits_of_its_own_walk_on_the_same_text():
    lexicons = [{"attack": 1, "attacked": 2, "police post": 3}, {"police": "p", "post": "q", "attack": "a"}]
    scan = JointScan(lexicons)
    text = "gunmen attacked a police post."
    for lexicon, hits in zip(lexicons, scan.hits(text)):
        own = sorted((text.index(phrase) + len(phrase) - 1, value) for phrase, value in lexicon.items()
                     if phrase in text)
        assert sorted(hits) == own


def test_a_phrase_folding_changes_is_left_out_as_unreachable():
    scan = JointScan([{"côte d\u2019ivoire": 1, "ivory coast": 2}], fold_lowered)
    assert scan.unreachable == ["côte d\u2019ivoire"]
    assert [value for _, value in scan.hits("the ivory coast army")[0]] == [2]


def test_unfolded_tells_a_span_across_a_line_break():
    low = "security\nforces opened fire"
    folded = fold_lowered(low)
    assert not unfolded(low, folded, 0, len("security forces"))
    assert unfolded(low, folded, len("security\n"), len(low))
    assert unfolded(folded, folded, 0, 5)


@pytest.mark.parametrize("raw", TEXTS)
def test_matchers_find_the_same_with_the_shared_walk(coder, raw):
    text = normalize_text(raw)
    low = lower_same_length(text)
    folded = fold_lowered(low)
    actor_hits, trigger_hits, cue_hits, date_hits, literal_hits = coder._scan.hits(folded)
    assert coder.actors.find(text, low=low, folded=folded, hits=actor_hits) == coder.actors.find(text)
    published = datetime.date(2024, 5, 9)
    anchors = date_anchors(date_hits, low, folded)
    assert coder.dates.find(text, published, anchors) == coder.dates.find(text, published)
    assert coder.dates.find_explicit(text, anchors) == coder.dates.find_explicit(text)
    assert coder.triggers.find(text, folded, trigger_hits) == coder.triggers.find(text)
    # the literal cues found by the walk hold every one the text holds (a fold may add one, never lose one)
    assert citation_cues_in(text) <= frozenset(value for _, value in literal_hits)
    assert source_spans(coder._citation, text, frozenset(v for _, v in literal_hits)) == source_spans(coder._citation, text)
    gate = cue_gate()
    alone, shared = gate.starts(low), gate.starts(low, cue_hits)
    # the shared walk may add heads across a line break, never lose one: the gate can only skip less
    assert all(set(a) <= set(b) for a, b in zip(alone, shared))


@pytest.mark.parametrize("gap, found", [(" ", True), ("\n", False)])
def test_no_actor_is_found_across_a_line_break(coder, gap, found):
    text = normalize_text(f"They met the security{gap}forces commander.")
    low = lower_same_length(text)
    folded = fold_lowered(low)
    names = [m.text for m in coder.actors.find(text, low=low, folded=folded, hits=coder._scan.hits(folded)[0])]
    assert (f"security{gap}forces" in names) is found


def test_every_cue_gate_head_is_a_word_not_a_letter():
    # a one-letter head ("a", which `re` factors out of "(?:a|another) similar") wakes the gate at every such letter
    # and doubles the shared walk's hits: write the alternatives apart instead
    heads = cue_gate().lexicon()
    assert heads and min(len(head.strip()) for head in heads) >= 2, sorted(heads, key=len)[:5]
