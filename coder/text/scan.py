"""One Aho-Corasick walk for several lexicons over the same lower-cased text.

The actor aliases, the trigger phrases and the cue-regex heads each had their own automaton, and each automaton
walked the whole article: three walks of about the same cost, since a walk costs per character, not per phrase
(on a 3 KB article, one walk over the 10,000 phrases of all three costs what the actors' walk alone did). A
:class:`JointScan` holds the phrases of several lexicons in one automaton and hands each lexicon the hits of
its own phrases, in the order its own automaton would have given them (by end offset, longest first), as the
same ``(last index, value)`` pairs. Each matcher still builds its own automaton when called without hits, so
they work alone as before.

The walk runs over the text lower-cased and folded by the trigger matcher's folding (a line break is a space).
A phrase that folding changes (one written with a curly apostrophe) can never be found in a folded text and is
left out (``unreachable``); the coder's texts never hold those characters anyway, since ``normalize_text``
straightens them first. Every other phrase is found in the folded text wherever it is in the unfolded one, and
in a few more places: where it spans a changed character (a phrase across a line break). A consumer that
needs the unfolded text's hits tells them apart with :func:`unfolded`, which compares the span in both texts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import ahocorasick


class JointScan:
    """The phrases of ``lexicons`` (phrase -> value, as each matcher's own automaton stores them) in one
    automaton; :meth:`hits` walks a text once and returns one hit list per lexicon."""

    def __init__(self, lexicons: Sequence[Mapping[str, object]], fold: Callable[[str], str] | None = None) -> None:
        self.count = len(lexicons)
        self.unreachable: list[str] = []  # phrases that folding changes: never found in a folded text
        table: dict[str, list[tuple[int, object]]] = {}
        for index, lexicon in enumerate(lexicons):
            for phrase, value in lexicon.items():
                if fold is not None and fold(phrase) != phrase:
                    self.unreachable.append(phrase)
                    continue
                table.setdefault(phrase, []).append((index, value))
        self._automaton = ahocorasick.Automaton()
        for phrase, values in table.items():
            self._automaton.add_word(phrase, tuple(values))
        if table:
            self._automaton.make_automaton()

    def hits(self, text: str) -> list[list[tuple[int, object]]]:
        """Per lexicon, its ``(last index, value)`` hits in ``text``, in the automaton's order."""
        out: list[list[tuple[int, object]]] = [[] for _ in range(self.count)]
        if self._automaton.kind != ahocorasick.AHOCORASICK:
            return out
        hit: tuple[int, tuple[tuple[int, object], ...]]
        for hit in self._automaton.iter(text):
            last: int = hit[0]
            for index, value in hit[1]:
                out[index].append((last, value))
        return out


def unfolded(low: str, folded: str, start: int, end: int) -> bool:
    """Whether the span ``[start, end)`` reads the same in the lower-cased text and in its folded form: a
    phrase found there in the folded text is found in the unfolded one too."""
    return low is folded or low[start:end] == folded[start:end]
