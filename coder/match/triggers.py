"""Event triggers: one Aho-Corasick pass over the lower-cased text, word-boundary correct, leftmost-longest.

Lexicon: ``coder/resources/dictionaries/triggers.jsonl``, one trigger concept per line::

    {"id": "trg.ambush", "class": "ambush", "phrases": ["ambush", "ambushed", ...], "voice_sensitive": true,
     "requires_context": {"any": [...], "none": [...], "window": 120}, "blockers": [...], "source": "..."}

- ``class`` names a row of ``schemas/event_classes.csv`` (its priority comes from there).
- ``requires_context`` (optional): ``any`` - at least one of these stems must occur near the phrase; ``none`` -
  none of them may. Stems match at a word start ("protest" matches "protesters"); "near" is ``window``
  characters either side, cut at sentence ends. A phrase shared by several entries goes to the first entry
  whose context holds, entries with an ``any`` context first, then by class priority; when none holds, the
  phrase is not a trigger.
- ``blockers`` (optional): longer phrases that contain a trigger but are not events ("heart attack",
  "riot police"); they win the leftmost-longest choice and are then dropped.
- ``requires_count`` (optional, default false): the phrase only reports deaths ("seven die in", "12 dead",
  "toll rises"); the engine codes its sentence as an event only when the sentence gives a death count above
  zero (:attr:`TriggerMatcher.count_required` holds these entry ids).
- ``requires_place`` (optional, "after" or "before"): the phrase is an event only when a place the gazetteer
  knows is its object ("captured Goma": after it; "Goma fell to", "Goma was captured by": before it). The matcher
  emits it and :func:`coder.match.captures.place_bound` keeps it only where the place is
  (:attr:`TriggerMatcher.place_bound` maps these entry ids to their side).
- ``voice_sensitive``: the phrase is a transitive verb whose passive flips roles. ``passive`` is set when a
  participle follows a form of "be"/"get" ("were killed", "had been abducted") or is followed by an agent
  "by" ("villagers killed by gunmen"). Finding the "by" agent itself is the role engine's job.
- ``counted_phrases`` (optional): phrases with ``#`` for a count of things between two literal parts ("set off #
  bombs" finds "set off 12 bombs", "set off two bombs", "set off several bombs"); a regular expression checked
  only when the literal part before ``#`` occurs in the text (:func:`_counted_patterns`).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import ahocorasick

from coder.dictionaries.loader import iter_json_lines
from coder.errors import DictionaryError
from coder.match.fatality_grammar import PEOPLE, PERSON
from coder.match.numbers import number_tables
from coder.text.normalize import lower_same_length

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "resources" / "dictionaries" / "triggers.jsonl"
DEFAULT_WINDOW = 120
_BLOCKER = -1
_NO_ENTRIES: tuple[int, ...] = ()
_NO_CONTEXTS: tuple[int, ...] = ()

# Grammar, not lexicon: auxiliaries of the passive, words that may stand between them and the participle,
# and participles that do not end in -ed/-en.
_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "getting", "gotten"})
_BETWEEN = frozenset({"all", "also", "later", "then", "both", "each", "not", "never", "just", "since", "reportedly",
                      "allegedly", "apparently", "subsequently", "eventually", "recently", "brutally", "fatally",
                      "initially", "first", "immediately", "mistakenly", "wrongly", "forcibly"})
_IRREGULAR_PARTICIPLES = frozenset({
    "shot", "hit", "struck", "taken", "held", "beaten", "burnt", "thrown", "slain", "overrun", "retaken",
    "caught", "blown", "hacked", "set", "gunned", "mowed", "found", "put", "placed", "stoned", "hanged",
})
# Same-length folding applied to the lower-cased text so offsets stay valid.
_FOLD = str.maketrans({"\n": " ", "\t": " ", "\r": " ", "\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2010": "-",
                       "\u2011": "-", "\u00a0": " "})
_FOLD_PAIRS = tuple((chr(code), value) for code, value in sorted(_FOLD.items(), key=lambda kv: kv[0] >= 128))
_CLAUSE_END = ";"
_SENTENCE_END = ". "  # after folding a newline is a space, so ".\n" ends a sentence too; "?"/"!" are rare in news


# treated as immutable; not frozen, because a frozen dataclass's __init__ costs 5x and matchers make many
@dataclass(slots=True, unsafe_hash=True)
class TriggerMention:
    start: int
    end: int
    text: str
    entry_id: str
    cls: str
    priority: int
    voice_sensitive: bool
    passive: bool


@dataclass(frozen=True, slots=True)
class _Entry:
    entry_id: str
    cls: str
    priority: int
    voice_sensitive: bool
    any_ctx: int | None  # index of a context stem set, or None
    none_ctx: int | None
    window: int
    has_context: bool


def _counted_parts(where: str, phrase: object) -> tuple[str, str]:
    """A ``counted_phrases`` entry ("set off # bombs") as its literal head and tail ("set off", "bombs")."""
    head, sep, tail = _norm(where, phrase).partition("#")
    if not sep or "#" in tail or not head.strip() or not tail.strip():
        raise DictionaryError(f"{where}: a counted phrase needs one '#' between two literal parts, got {phrase!r}")
    return head.strip(), tail.strip()


def _counted_patterns(parts: list[tuple[str, str, int]]) -> list[tuple[str, re.Pattern[str], tuple[int, ...]]]:
    """The counted phrases (head, tail, index of their entry) as one word-bounded regular expression per head: the
    head, a count in place of ``#`` (digits, number words joined by spaces or hyphens, or a vague quantity such as
    "several" or "a dozen", optionally followed by "of"), then any of the head's tails, each a group whose number
    picks its entry (group ``k`` is ``indices[k - 1]``)."""
    tails: dict[str, list[tuple[str, int]]] = {}
    for head, tail, index in parts:
        tails.setdefault(head, []).append((tail, index))
    words = "|".join(sorted(map(re.escape, _count_words()), key=len, reverse=True))
    count = rf"(?:\d[\d,]*|(?:an? )?(?:{words})(?:[ -](?:{words}))*)(?: of)?"
    out = []
    for head, pairs in tails.items():
        pairs.sort(key=lambda pair: -len(pair[0]))  # the longer tail first ("head of cattle" before "cattle")
        alternation = "|".join(f"({re.escape(tail)})" for tail, _ in pairs)
        out.append((head, re.compile(rf"(?<![\w]){re.escape(head)} {count} (?:{alternation})(?![\w])"),
                    tuple(index for _, index in pairs)))
    return out


def _is_participle(phrase: str) -> bool:
    first = phrase.split(" ", 1)[0]
    return first.endswith("ed") or first.endswith("en") or first in _IRREGULAR_PARTICIPLES


def _norm(where: str, phrase: object) -> str:
    if not isinstance(phrase, str) or not phrase.strip():
        raise DictionaryError(f"{where}: phrases must be non-empty strings, got {phrase!r}")
    return " ".join(phrase.lower().translate(_FOLD).split())


class TriggerMatcher:
    """Finds trigger phrases in text. Build once; :meth:`find` is pure and thread-safe.

    One Aho-Corasick automaton holds the trigger phrases, the blockers and the context stems, so a single pass
    over the text finds everything; contexts are then checked by bisection.
    """

    def __init__(self, lexicon_path: Path | str | None = None) -> None:
        from coder.taxonomy import load_taxonomy

        self.lexicon_path = Path(lexicon_path) if lexicon_path is not None else DEFAULT_LEXICON
        self.entries: list[_Entry] = []
        self.phrase_count = 0
        count_required: set[str] = set()
        place_bound: dict[str, str] = {}
        self._contexts: dict[frozenset[str], int] = {}
        counted: list[tuple[str, str, int]] = []
        table: dict[str, list[int]] = {}
        blockers: set[str] = set()
        classes = load_taxonomy().classes
        for where, raw in self._read():
            index = len(self.entries)
            self.entries.append(self._entry(where, raw, classes))
            if raw.get("requires_count", False):
                count_required.add(raw["id"])
            if raw.get("requires_place") is not None:
                if raw["requires_place"] not in ("after", "before"):
                    raise DictionaryError(f"{where}: requires_place must be \"after\" or \"before\"")
                place_bound[raw["id"]] = raw["requires_place"]
            for phrase in raw["phrases"]:
                table.setdefault(_norm(where, phrase), []).append(index)
                self.phrase_count += 1
            for phrase in raw.get("blockers") or ():
                blockers.add(_norm(where, phrase))
            counted += [(*_counted_parts(where, phrase), index) for phrase in raw.get("counted_phrases") or ()]
        self._counted = _counted_patterns(counted)
        self._phrases = self._lexicon(table, blockers)
        self._automaton = ahocorasick.Automaton()
        for word, value in self._phrases.items():
            self._automaton.add_word(word, value)
        self._automaton.make_automaton()
        self.count_required: frozenset[str] = frozenset(count_required)
        self.place_bound: dict[str, str] = place_bound
        self.version = _file_hash(self.lexicon_path)

    def __reduce__(self) -> tuple:
        return (TriggerMatcher, (self.lexicon_path,))

    # -- loading -----------------------------------------------------------------------------------------------
    def _lexicon(self, table: dict[str, list[int]], blockers: set[str]) -> dict[str, tuple]:
        """Phrase -> (length, participle, entry indices, context ids): what the automaton stores."""
        stems: dict[str, list[int]] = {}
        for stem_set, ctx_id in self._contexts.items():
            for stem in stem_set:
                stems.setdefault(stem, []).append(ctx_id)
        words: dict[str, list] = {}
        for phrase, indices in table.items():
            # entries that need positive context ("any") are tried first, then by class priority
            ordered = tuple(sorted(indices, key=lambda i: (self.entries[i].any_ctx is None, -self.entries[i].priority)))
            words[phrase] = [len(phrase), _is_participle(phrase), ordered, _NO_CONTEXTS]
        for phrase in blockers - table.keys():
            words[phrase] = [len(phrase), False, (_BLOCKER,), _NO_CONTEXTS]
        for stem, ctx_ids in stems.items():
            words.setdefault(stem, [len(stem), False, _NO_ENTRIES, _NO_CONTEXTS])[3] = tuple(ctx_ids)
        return {word: tuple(value) for word, value in words.items()}

    def lexicon(self) -> dict[str, tuple]:
        """Every phrase the matcher looks for (triggers, blockers, context stems), lower-cased and folded, with
        the value its automaton stores: for a shared walk (coder.text.scan), whose hits :meth:`find` takes."""
        return dict(self._phrases)

    def _read(self) -> Iterator[tuple[str, dict]]:
        seen: set[object] = set()
        for lineno, raw in iter_json_lines(self.lexicon_path, DictionaryError):
            where = f"{self.lexicon_path}:{lineno}"
            if raw.get("id") in seen:
                raise DictionaryError(f"{where}: duplicate id {raw.get('id')!r}")
            seen.add(raw.get("id"))
            yield where, raw

    def _context_id(self, where: str, stems: object) -> int | None:
        if stems is None:
            return None
        if not isinstance(stems, list) or not all(isinstance(s, str) and s.strip() for s in stems):
            raise DictionaryError(f"{where}: requires_context any/none must be lists of non-empty strings")
        key = frozenset(_norm(where, s) for s in stems)
        return self._contexts.setdefault(key, len(self._contexts))

    def _entry(self, where: str, raw: dict, classes) -> _Entry:
        entry_id, cls, phrases = raw.get("id"), raw.get("class"), raw.get("phrases")
        if not isinstance(entry_id, str) or not entry_id:
            raise DictionaryError(f"{where}: missing id")
        if not isinstance(cls, str) or cls not in classes:
            raise DictionaryError(f"{where}: class {cls!r} is not in schemas/event_classes.csv")
        if not isinstance(phrases, list) or not phrases:
            raise DictionaryError(f"{where}: phrases must be a non-empty list")
        if not isinstance(raw.get("voice_sensitive", False), bool):
            raise DictionaryError(f"{where}: voice_sensitive must be true or false")
        if not isinstance(raw.get("requires_count", False), bool):
            raise DictionaryError(f"{where}: requires_count must be true or false")
        blockers = raw.get("blockers", [])
        if not isinstance(blockers, list):
            raise DictionaryError(f"{where}: blockers must be a list")
        context = raw.get("requires_context") or {}
        if not isinstance(context, dict) or set(context) - {"any", "none", "window"}:
            raise DictionaryError(f"{where}: requires_context must be an object with any / none / window")
        window = context.get("window", DEFAULT_WINDOW)
        if not isinstance(window, int) or window <= 0:
            raise DictionaryError(f"{where}: requires_context.window must be a positive integer")
        any_ctx = self._context_id(where, context.get("any"))
        none_ctx = self._context_id(where, context.get("none"))
        return _Entry(entry_id, cls, classes[cls].priority, bool(raw.get("voice_sensitive", False)), any_ctx,
                      none_ctx, window, any_ctx is not None or none_ctx is not None)

    # -- matching ----------------------------------------------------------------------------------------------
    def find(self, text: str, lowered: str | None = None, found: list | None = None) -> list[TriggerMention]:
        """Trigger mentions in ``text``: leftmost-longest, non-overlapping, in text order. ``lowered`` is
        ``fold_lowered(lower_same_length(text))`` and ``found`` the hits of :meth:`lexicon`'s phrases in it (a
        shared walk, coder.text.scan), when the caller has them."""
        if lowered is None:
            lowered = fold_lowered(lower_same_length(text))
        last_index = len(lowered) - 1
        candidates: list[tuple[int, int, bool, tuple[int, ...]]] = []
        hits: dict[int, list[int]] = {}
        hit: tuple[int, tuple[int, bool, tuple[int, ...], tuple[int, ...]]]
        for hit in self._automaton.iter(lowered) if found is None else found:  # typed: the loop runs on native ints
            last: int = hit[0]
            length, participle, indices, ctx_ids = hit[1]
            start = last - length + 1
            if start and (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
                continue
            if ctx_ids:
                for ctx_id in ctx_ids:
                    hits.setdefault(ctx_id, []).append(start)
            if indices and (last == last_index or not (lowered[last + 1].isalnum() or lowered[last + 1] == "_")):
                candidates.append((start, -length, participle, indices))
        for gate, pattern, indices_of in self._counted:  # "set off 12 bombs": a count between literal parts
            at = lowered.find(gate)
            while at >= 0:  # tried only where its literal head is: `re` would try every offset (a lookbehind leads)
                m = pattern.match(lowered, at) if not at or not lowered[at - 1].isalnum() else None  # ("present")
                if m is not None:
                    candidates.append((at, at - m.end(), False, (indices_of[(m.lastindex or 1) - 1],)))
                at = lowered.find(gate, at + 1 if m is None else m.end())
        if not candidates:
            return []
        candidates.sort()
        for positions in hits.values():
            positions.sort()
        entries = self.entries
        out: list[TriggerMention] = []
        cursor = 0
        for start, neg_length, participle, indices in candidates:
            if start < cursor:
                continue
            end = start - neg_length
            index = indices[0]
            if len(indices) > 1 or (index != _BLOCKER and entries[index].has_context):
                chosen = self._choose(lowered, start, end, indices, hits)
                if chosen is None:  # context failed: not a trigger here; a shorter overlapping phrase may be
                    continue
                index = chosen
            cursor = end
            if index == _BLOCKER:
                continue
            entry = entries[index]
            passive = participle and entry.voice_sensitive and _passive(lowered, start, end)
            out.append(TriggerMention(start, end, text[start:end], entry.entry_id, entry.cls, entry.priority,
                                      entry.voice_sensitive, passive))
        return out

    def _choose(self, lowered: str, start: int, end: int, indices: tuple[int, ...],
                hits: dict[int, list[int]]) -> int | None:
        for index in indices:
            if index == _BLOCKER:
                return index
            entry = self.entries[index]
            if not entry.has_context:
                return index
            wanted = hits.get(entry.any_ctx) if entry.any_ctx is not None else None
            if entry.any_ctx is not None and not wanted:
                continue
            unwanted = hits.get(entry.none_ctx) if entry.none_ctx is not None else None
            if wanted or unwanted:  # only then is the sentence window needed
                lo, hi = _sentence_window(lowered, start, end, entry.window)
                if wanted and not _any_between(wanted, lo, hi):
                    continue
                if unwanted and _any_between(unwanted, *_clause_window(lowered, start, end, lo, hi)):
                    continue
            return index
        return None


def fold_lowered(lowered: str) -> str:
    """The lower-cased text as trigger phrases are written: line breaks, tabs and non-breaking spaces as spaces,
    curly quotes and dashes straight; same length. The same object when nothing changes."""
    for old, new in _FOLD_PAIRS if not lowered.isascii() else _FOLD_PAIRS[:3]:
        if old in lowered:  # C-level replaces: str.translate walks every character through a dict
            lowered = lowered.replace(old, new)
    return lowered


def _passive(lowered: str, start: int, end: int) -> bool:
    """An auxiliary ("were", "had been", "got") just before the participle, or an agent "by" just after it, or a
    headline's reduced passive ("23 soldiers killed in clash", "Seven Taleban fighters killed, 5 wounded")."""
    words = lowered[max(0, start - 40) : start].split()
    if words and (words[-1] in _AUXILIARIES or (len(words) > 1 and words[-2] in _AUXILIARIES and
                                                 (words[-1] in _BETWEEN or words[-1].endswith("ly")))):
        return True
    return lowered.startswith(" by ", end) or _reduced_passive(lowered, start, end)


# a headline's participle with no auxiliary ("60 rebels killed in northern fighting", "Army says 9 Maoists killed",
# "Two militants, one soldier killed in gunfight"): its clause (from the text's start or a ';', ':', quote, comma or
# verb of saying) is a counted group of people of at most five words, and no object follows the participle: a
# preposition, a clause joiner or punctuation does (``trigger.reduced_passive``)
# (not a count's quantifier: "killed at least 5", "Police detained around 40 of them")
_REDUCED_AFTER = re.compile(r"(?:\s+(?!at\s+(?:least|most)\b|around\s+(?:\d|an?\s|one|two|three|four|five|six|seven|"
                            r"eight|nine|ten|twenty|thirty|forty|fifty|hundred|dozen))"
                            r"(?:in|as|during|near|after|when|while|on|at|outside|inside|"
                            r"since|across|along|overnight|today|yesterday|amid|around)\b|\s*[,;:.\"]|\s*$)")
_REDUCED_CLAUSE = re.compile(r"(?s:.*)(?:^|[;:\"(]|,\s|\.\s|\b(?:says?|said|claims?|claimed|reports?|reported)\s)"
                             r"([^;:\"(,.]*)$")  # (the greedy head finds the last clause start)
_REDUCED_WORDS = 5  # words of the counted group at most
# a person named alone ("Turkish soldier", "a local journalist"), or a group without count ("Burkinabe soldiers")
_ONE_PERSON = re.compile(f"{PERSON}|{PEOPLE}")
_ONE_PERSON_WORDS = 3
_YEAR = re.compile(r"(?:19|20)\d\d$")


@functools.cache
def _count_words() -> frozenset[str]:
    """Number words and vague quantities that count a group of people ("seven", "dozens", "scores", "several")."""
    tables = number_tables()
    vague = {phrase.rsplit(None, 1)[-1] for phrase, (_, is_vague, _) in tables.phrases.items() if is_vague}
    return frozenset(tables.words) | frozenset(tables.scales) | frozenset(vague)


def _reduced_passive(lowered: str, start: int, end: int) -> bool:
    last = lowered[start:end].rsplit(None, 1)[-1]  # the phrase ends on its participle ("opened fire" has its object)
    if not (last.endswith(("ed", "en")) or last in _IRREGULAR_PARTICIPLES or last == "dead") \
            or _REDUCED_AFTER.match(lowered, end) is None:
        return False
    clause = _REDUCED_CLAUSE.search(lowered, max(0, start - 60), start)
    if clause is None:
        return False
    words = clause.group(1).split()
    if not words or len(words) > _REDUCED_WORDS:
        return False
    counts = _count_words()
    first = words[0]
    if len(words) <= _ONE_PERSON_WORDS and _ONE_PERSON.fullmatch(words[-1]) is not None:
        return True  # "Turkish soldier killed in PKK attack", "a journalist shot dead in Karachi": one person
    return (first[:1].isdigit() and _YEAR.match(first) is None) or first in counts \
        or first.split("-", 1)[0] in counts


def _sentence_window(lowered: str, start: int, end: int, window: int) -> tuple[int, int]:
    """[lo, hi) around the phrase, at most ``window`` characters each side, not crossing a sentence end."""
    lo, hi = max(0, start - window), end + window
    cut = lowered.rfind(_SENTENCE_END, lo, start)
    if cut >= 0:
        lo = cut + 1
    cut = lowered.find(_SENTENCE_END, end, hi)
    if cut >= 0:
        hi = cut + 1
    return lo, hi


def _clause_window(lowered: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """[lo, hi) narrowed to the phrase's clause between semicolons: a veto word in another clause ("Scores
    killed in violence; 2 pilots killed in helicopter crash") does not veto this one. Headlines joined by
    semicolons are separate reports."""
    cut = lowered.rfind(_CLAUSE_END, lo, start)
    if cut >= 0:
        lo = cut + 1
    cut = lowered.find(_CLAUSE_END, end, hi)
    if cut >= 0:
        hi = cut
    return lo, hi


def _any_between(positions: list[int] | None, lo: int, hi: int) -> bool:
    if not positions:
        return False
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    except OSError:
        return ""
