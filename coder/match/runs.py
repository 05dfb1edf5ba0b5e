"""Which sentences the place and date matchers read: the lead and those with a trigger, in runs of consecutive
sentences, each matched as one slice of the text; and the shared walk's date-anchor hits, handed to each run."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from coder.match.mentions import LEAD_SENTENCES
from coder.text.scan import unfolded


def sentences_in_use(sentences: list[tuple[int, int]], triggers: list) -> list[int]:
    """Sentences whose dates and places can matter: the lead (country, date context) and those with a trigger."""
    starts = [start for start, _ in sentences]
    wanted = set(range(min(LEAD_SENTENCES, len(sentences))))
    wanted.update(max(0, bisect.bisect_right(starts, t.start) - 1) for t in triggers)
    return sorted(wanted)


def find_in_runs(find: Callable[..., list[Any]], text: str, sentences: list[tuple[int, int]],
                  runs: list[tuple[int, int]], hits: list[tuple[int, str]] | None = None) -> list:
    """Run a matcher over runs of consecutive sentences only, with offsets into the whole text (its mentions
    have a ``shifted(offset)`` copy). With ``hits`` (``(last index, word)`` in the whole text, by end offset), the
    matcher also takes those that lie inside each run, as offsets into the run."""
    found = []
    at = 0
    for first, last in runs:
        offset, end = sentences[first][0], sentences[last][1]
        if hits is None:
            mentions = find(text[offset:end])
        else:
            while at < len(hits) and hits[at][0] < offset:
                at += 1
            inside = []
            while at < len(hits) and hits[at][0] < end:
                if hits[at][0] - len(hits[at][1]) + 1 >= offset:
                    inside.append((hits[at][0] - offset, hits[at][1]))
                at += 1
            mentions = find(text[offset:end], inside)
        for mention in mentions:
            found.append(mention.shifted(offset) if offset else mention)
    return found


def date_anchors(hits: list[tuple[int, object]], low: str, folded: str) -> list[tuple[int, str]]:
    """The date matcher's anchor hits from the shared walk over the folded text, as its own automaton finds them
    in the lower-cased text: those the folding made are dropped (an accent folded away), and at one end offset
    the longer word comes first."""
    kept: list[tuple[int, str]] = []
    for last, word in hits:
        if isinstance(word, str) and unfolded(low, folded, last - len(word) + 1, last + 1):
            kept.append((last, word))
    kept.sort(key=_by_end_longer_first)
    return kept


def _by_end_longer_first(hit: tuple[int, str]) -> tuple[int, int]:
    return hit[0], -len(hit[1])


def runs_of(indices: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs of sorted indices as (first, last) pairs: [0, 1, 2, 5] -> [(0, 2), (5, 5)]."""
    runs: list[tuple[int, int]] = []
    for index in indices:
        if runs and index == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs
