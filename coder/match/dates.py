"""Date expressions in news text, resolved against the article's publication date.

:meth:`DateResolver.find` runs one compiled regex (built once per resolver from ``date_words.json``) over the
text and resolves every match with news logic. Conventions (see also docs and tests/test_dates.py):

- a weekday ("on Sunday", "early Monday", "Monday night", "in the early hours of Monday") is the last such day
  ON OR BEFORE publication (a Monday article's "Monday" is that day); "last Monday" is strictly before; "Friday
  last week" is the Friday of the calendar week (Monday-Sunday) before publication's; "next Monday",
  "tomorrow", "next week" are future and give no mention;
- "yesterday" = publication - 1; "today", "tonight", "this morning" = publication; "last night" and a bare
  "overnight" = publication - 1 (the night that ended on the publication day);
- precision 1 = day, 2 = week or weekend (coded at the middle), 3 = month (coded on the 15th);
- "last week" = the Thursday (middle) of the previous Monday-Sunday week; "this week"/"earlier this week" = the
  middle of Monday..publication (..publication - 1 for "earlier"); "N weeks ago" = publication - 7N;
- "last weekend" / "over the weekend" / "this weekend" = the Saturday of the most recent weekend on or before
  publication ("last weekend" in a weekend article is the weekend before); precision 2, coded on Saturday (the
  first day of the two: ACLED codes the earliest day when the day is unknown within a span);
- "this month", "earlier this month" = the 15th of publication's month, or publication if that is earlier;
  "last month" = the 15th of the previous month; "in June" = the latest June whose first day is not more than
  7 days after publication, on the 15th (never after publication);
- a day and month without a year ("on 28 June") = the most recent such date not more than 7 days after
  publication (so "28 December" in a January article is last year's); "28/06/2021" is day-first, month-first
  only when day-first is impossible ("06/28/2021") or after publication while month-first is not ("05/12/2015"
  in a text of 14 May 2015); a numeric date that heads a text before a colon ("01/05/1976: Gunmen ...", the
  incident summaries of terrorism databases) is month-first;
- a span of days ("between 3 and 5 May", "3-5 May", "May 3-5") is coded on its first day with precision 2; "the
  night of 3-4 June" is one day (its first, precision 1); so is a span across months ("30 November - 2 December
  2023", "between 30 December 2023 and 2 January 2024": ``date.span``, precision 3 beyond a week);
- without a publication date, :meth:`DateResolver.find_explicit` keeps only the expressions that carry their
  own year ("9 May 2020", "May 2020"); the pipeline then resolves relative ones against the latest such day;
- year-only expressions ("in 2014", "since 2014", "last year", "this year") give a mention with
  ``year_only=True``, precision 3, dated 1 July of that year (never after publication): history, not a day.

Malformed and impossible dates (31 February) are skipped, never raised. dateparser is only used by the optional
:meth:`DateResolver.parse_fallback`, imported lazily.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import json
import importlib
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable

import ahocorasick

from coder.text.normalize import lower_same_length

__all__ = ["DateMention", "DateResolver", "DateWords", "load_date_words"]

_RESOURCE = "resources/dictionaries/date_words.json"
_YEAR = r"(?:1[89]|20)\d{2}"
_ORD = r"(?:st|nd|rd|th)?"
_LAST_WEEK_AHEAD = 7  # days after publication a day-month date may still fall (year inference)
_BEFORE, _AFTER = 27, 14  # longest prefix before an anchor ('on the early afternoon of '), suffix after
_WORD = re.compile(r"\w+")  # window around an anchor word: longer than any prefix / suffix of a pattern
_NIGHT_BEFORE = re.compile(r"\bnight\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
_EXPLICIT_YEAR = frozenset({"iso", "dmy", "mdy", "my", "num"})  # branches that can carry their own year
_READS_CASE = frozenset({"mo"})  # branches whose handler reads the text's case ("in May", never "may")
_NO_PUBLICATION = datetime.date(2100, 12, 31)  # reference for year-bearing dates when publication is unknown
_QUALIFIER = re.compile(r" \((week|month) of\)", re.IGNORECASE)  # "(week of)", "(month of)": the day stands for it
_Resolved = tuple[datetime.date, int, str, bool]  # date, precision, rule id, year_only


# treated as immutable; not frozen, because a frozen dataclass's __init__ costs 5x and matchers make many
@dataclass(slots=True, unsafe_hash=True)
class DateMention:
    start: int
    end: int
    text: str
    date: datetime.date
    precision: int  # 1 day, 2 week, 3 month
    rule_id: str
    year_only: bool = False  # "in 2014", "since 2014", "last year": history, never an event's day

    def shifted(self, offset: int) -> DateMention:
        """This mention ``offset`` characters later (found in a slice of the text)."""
        return DateMention(self.start + offset, self.end + offset, self.text, self.date, self.precision, self.rule_id,
                           self.year_only)


@dataclass(frozen=True, slots=True)
class DateWords:
    version: str
    months: dict[str, int]  # full names and abbreviations -> 1..12
    full_months: tuple[str, ...]
    weekdays: dict[str, int]  # name -> 0 (Monday) .. 6
    parts_of_day: tuple[str, ...]
    capitalised_bare_months: frozenset[str]
    not_after_weekday: tuple[str, ...]
    number_words: dict[str, int]
    vague_number_words: frozenset[str]
    anchor_words: tuple[str, ...]  # every expression holds one of these, a month, a weekday or a digit
    start_words: frozenset[str]  # every expression starts with one of these (or a month, weekday, digit)


@functools.cache
def load_date_words(path: str | None = None) -> DateWords:
    """Read date_words.json (the shipped one unless ``path`` is given) once."""
    if path is None:
        raw = json.loads(resources.files("coder").joinpath(_RESOURCE).read_text("utf-8"))
    else:
        raw = json.loads(Path(path).read_text("utf-8"))
    months: dict[str, int] = {}
    full: list[str] = []
    for entry in raw["months"]:
        for name in entry["names"]:
            months[name] = entry["number"]
            full.append(name)
        for name in entry.get("abbreviations", []):
            months[name] = entry["number"]
    weekdays = {name: e["number"] for e in raw["weekdays"] for name in e["names"]}
    return DateWords(str(raw.get("version", "")), months, tuple(full), weekdays, tuple(raw["parts_of_day"]),
                     frozenset(raw.get("capitalised_bare_months", [])), tuple(raw.get("not_a_date_after_weekday", [])),
                     dict(raw["number_words"]), frozenset(raw.get("vague_number_words", [])),
                     tuple(raw["anchor_words"]), _start_words(raw))


def _start_words(raw: dict[str, Any]) -> frozenset[str]:
    words = set(raw["start_words"])
    for entry in raw["months"]:
        words.update(entry["names"], entry.get("abbreviations", []))
    for entry in raw["weekdays"]:
        words.update(entry["names"])
    words.update(phrase.split()[0] for phrase in raw["number_words"])
    return frozenset(words)


def _alt(words: Any) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _build_branches(w: DateWords) -> list[str]:
    """The alternatives of the one alternation, in order; each names a resolver method (``_r_<name>``)."""
    wd = rf"(?:{_alt(w.weekdays)})\b"
    mon = rf"(?:{_alt(w.months)})\b\.?"
    full = rf"(?:{_alt(w.full_months)})\b"
    parts = rf"(?:{_alt(w.parts_of_day)})\b"
    nums = rf"(?:\d{{1,3}}|(?:{_alt(w.number_words)})\b)"
    range_tail = rf"(?:\s*(?:-|to|and)\s*(?P<dmy_e>\d{{1,2}}){_ORD}\b)?"
    explicit_ahead = rf",?\s+(?:the\s+)?(?:\d{{1,2}}{_ORD}(?:\s+of)?\s+{mon}|{mon}\s+\d)"
    branches = [
        rf"(?P<iso>\b(?P<iso_y>{_YEAR})(?P<iso_s>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_s)(?P<iso_d>\d{{1,2}})(?!\d))",
        r"(?P<num>(?<![\d/.-])(?P<num_a>\d{1,2})(?P<num_s>[/.-])(?P<num_b>\d{1,2})(?P=num_s)"
        r"(?P<num_y>\d{4}|\d{2})(?![\d/-]|\.\d))",
        rf"(?P<dmy>(?:\b{wd},?\s+)?(?:\bthe\s+)?(?<![\d/.,-])(?P<dmy_d>\d{{1,2}}){_ORD}{range_tail}(?:\s+of)?\s+"
        rf"(?P<dmy_m>{mon})(?:,?\s+(?P<dmy_y>{_YEAR})(?!\d))?)",
        rf"(?P<mdy>(?:\b{wd},?\s+)?\b(?P<mdy_m>{mon})\s+(?:the\s+)?(?P<mdy_d>\d{{1,2}}){_ORD}(?![\d,]\d)"
        rf"(?:\s*(?:-|to)\s*(?P<mdy_e>\d{{1,2}}){_ORD}\b)?(?:,?\s+(?P<mdy_y>{_YEAR})(?!\d))?)",
        rf"(?P<my>\b(?:(?:in|since|during|from|by|until|till|of|early|late|mid|(?:the\s+)?(?:end|beginning|start|"
        rf"middle)\s+of)[\s-]+)?(?P<my_m>{mon}),?\s+(?P<my_y>{_YEAR})(?!\d))",
        rf"(?P<future>\b(?:tomorrow|(?:next|this\s+coming|coming)\s+(?:week|weekend|month|year|{wd})|"
        rf"later\s+this\s+(?:week|month|year)|the\s+coming\s+(?:days|weeks|months))\b)",
        rf"(?P<mo>\b(?P<mo_pre>(?:in\s+|since\s+)?(?:early|late|mid)|in|since|during|from|until|till|by|last|this|"
        rf"earlier\s+in|later\s+in|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+(?P<mo_m>{full})"
        rf"(?!\s*\d|,\s*{_YEAR}(?!\d)))",  # (not "in April 29", "in April, 2019"; "In April, 29 Maoists": a month)
        rf"(?P<wd>(?P<wd_pre>\b(?:(?:in\s+)?the\s+early\s+hours\s+of|(?:on\s+)?the\s+(?:early\s+|late\s+)?{parts}\s+of|"
        rf"(?:in\s+the\s+)?(?:early|late)(?:\s+on)?|overnight(?:\s+on)?|last|this\s+past|past|previous|this)\s+)?"
        rf"\b(?P<wd_day>{wd})(?!{explicit_ahead})(?!\s+(?:{_alt(w.not_after_weekday)})\b)"
        rf"(?:\s+(?P<wd_last>(?:of\s+)?last\s+week|(?:of\s+)?the\s+(?:previous\s+week|week\s+before)|before\s+last|"
        rf"a\s+week\s+ago)\b|\s+{parts})?)",
        rf"(?P<ago>\b(?P<ago_n>{nums})\s+(?P<ago_u>day|week|month|year)s?\s+ago\b)",
        r"(?P<dby>\bthe\s+day\s+before\s+yesterday\b)",
        rf"(?P<yday>\byesterday\b(?:\s+{parts})?)",
        r"(?P<today>\b(?:(?:earlier\s+|later\s+)?today|tonight|(?:earlier\s+|early\s+|late\s+)?this\s+"
        r"(?:morning|afternoon|evening))\b)",
        r"(?P<lastnight>\b(?:(?:late\s+|early\s+)?last\s+(?:night|evening)|overnight)\b)",
        r"(?P<lastweek>\b(?:(?:early|late|earlier|later)\s+)?(?:last\s+week|the\s+previous\s+week)\b(?!\s+of\b))",
        r"(?P<thisweek>\b(?P<thisweek_pre>(?:earlier|early|late)\s+)?this\s+week\b)",
        r"(?P<weekend>\b(?P<weekend_pre>last|this|this\s+past|past|over\s+the|at\s+the|on\s+the|during\s+the)\s+weekend\b)",
        r"(?P<thismonth>\b(?:(?:earlier|early|late)\s+)?this\s+month\b)",
        r"(?P<lastmonth>\b(?:(?:earlier|early|late|mid-?)\s*)?last\s+month\b)",
        r"(?P<yearrel>\b(?:(?:earlier|early|late|later)\s+)?(?P<yearrel_which>last|this|the\s+previous)\s+year\b)",
        rf"(?P<yr>\b(?:(?:in|since)\s+(?:early|late|mid)|in|since|during|from|by|until|till|throughout|early|late|"
        rf"mid|before|after|between|of)[\s-]+(?P<yr_y>{_YEAR})(?![\d,]))",
    ]
    return branches


def _join(branches: list[str]) -> str:
    # one leading word boundary for all branches: positions inside words fail at the first test
    return r"\b(?:" + "|".join(branches) + ")"


def _heads(items: list[Any], prefix: str = "") -> set[tuple[str, bool]]:
    """How a parsed pattern can begin, as (word, exact) pairs: ``exact`` when its first word is ``word`` itself
    (a non-word character follows), else any word that starts with ``word``; "0" stands for every number.
    Conservative: what it does not model (any character, word classes, back references...) is open."""
    if not items:
        return {(prefix, False)}
    (op, av), rest = items[0], items[1:]
    name = str(op)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width: can only narrow the match
        return _heads(rest, prefix)
    if name == "SUBPATTERN":
        return _heads([*av[3], *rest], prefix)
    if name == "BRANCH":
        return set().union(*(_heads([*alt, *rest], prefix) for alt in av[1]))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = av
        once = _heads([*body, *(rest if high == 1 else [("OPEN", None)])], prefix) if high else set()
        return once | (_heads(rest, prefix) if low == 0 else set())
    members = [("LITERAL", av)] if name == "LITERAL" else [(str(k), a) for k, a in av] if name == "IN" else []
    chars = [chr(a) for k, a in members if k == "LITERAL"]
    classes = {str(a) for k, a in members if k == "CATEGORY"}
    if not members or len(chars) + len(classes) < len(members) or classes - {"CATEGORY_SPACE", "CATEGORY_DIGIT"}:
        return {(prefix, False)}
    out: set[tuple[str, bool]] = set()
    for char in chars:
        if char.isalpha():
            out |= _heads(rest, prefix + char)
    if "CATEGORY_DIGIT" in classes or any(c.isalnum() and not c.isalpha() or c == "_" for c in chars):
        out.add((prefix or "0", False))
    if prefix and ("CATEGORY_SPACE" in classes or any(not (c.isalnum() or c == "_") for c in chars)):
        out.add((prefix, True))  # a non-word character ends the first word
    return out


def _branch_starts(branch: str) -> set[tuple[str, bool]]:
    """:func:`_heads` of one branch; open to anything if the parser (private to ``re``) is not usable."""
    try:
        parser = importlib.import_module("re._parser")  # private, so guarded: any failure only costs speed
        return _heads(list(parser.parse(branch).data))
    except Exception:  # pragma: no cover - a Python whose re parser differs
        return {("", False)}


def _can_start(heads: set[tuple[str, bool]], word: str) -> bool:
    """Whether a branch with ``heads`` can match where the word ``word`` begins ("0" stands for any number)."""
    return any(word == head if exact else word.startswith(head) for head, exact in heads)


def _anchor_automaton(words: DateWords) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    keys = [*words.months, *words.weekdays, *words.parts_of_day, *words.anchor_words, *"0123456789"]
    for key in keys:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def _leads_summary(m: re.Match[str]) -> bool:
    """Whether a numeric date heads its text and a colon follows it: the "MM/DD/YYYY: ..." header of incident
    summaries (terrorism databases write it month first), not a date inside a sentence."""
    text = m.string
    return text.startswith(":", m.end()) and not text[:m.start()].strip()


def _mid_month(year: int, month: int, published: datetime.date) -> datetime.date:
    return min(datetime.date(year, month, 15), published) if (year, month) == (published.year, published.month) \
        else datetime.date(year, month, 15)


def _year_only(year: int, published: datetime.date, rule_id: str) -> _Resolved | None:
    if year > published.year:
        return None
    return min(datetime.date(year, 7, 1), published), 3, rule_id, True


def _joined_spans(text: str, found: list[DateMention]) -> list[DateMention]:
    """``date.span``: two days joined as one span across a month or year ("30 November - 2 December 2023",
    "between 30 December 2023 and 2 January 2024") are coded like a span within a month: on the first day (its
    year taken from the second when it has none), precision 2 for up to a week, 3 beyond; a night across two
    days ("the night of 31 May - 1 June") is its first day."""
    out: list[DateMention] = []
    for mention in found:
        last = out[-1] if out else None
        if last is None or last.precision != 1 or mention.precision != 1 or last.year_only or mention.year_only \
                or mention.start - last.end > 12:
            out.append(mention)
            continue
        gap = _SPAN_GAP.fullmatch(text, last.end, mention.start)
        if gap is None or (gap.group(1).lower() == "and" and _BETWEEN_BEFORE.search(
                text, max(0, last.start - 12), last.start) is None):
            out.append(mention)
            continue
        first = last.date
        if _YEAR_IN.search(last.text) is None and first.year != mention.date.year:
            try:  # the second day's year, or the one before ("30 December - 2 January 2024")
                first = first.replace(year=mention.date.year)
                if first > mention.date:
                    first = first.replace(year=first.year - 1)
            except ValueError:  # 29 February
                out.append(mention)
                continue
        days = (mention.date - first).days
        if not 0 < days <= 31:
            out.append(mention)
            continue
        night = days == 1 and _NIGHT_BEFORE.search(text, max(0, last.start - 20), last.start) is not None
        out[-1] = DateMention(last.start, mention.end, text[last.start:mention.end], first,
                              1 if night else 2 if days <= 7 else 3, "date.span")
    return out


_SPAN_GAP = re.compile(r"\s*(-|\u2013|\u2014|to|and|until|till|through)\s*", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_YEAR_IN = re.compile(r"\d{4}")


def _range_precision(m: re.Match[str], first: int, last: str | None) -> int:
    """A span of days ("between 3 and 5 May", "3-5 May") is coded on its first day with precision 2; a single
    night across two days ("on the night of 3-4 June") is a day (precision 1)."""
    if last is None or int(last) <= first:
        return 1
    if int(last) == first + 1 and _NIGHT_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return 1
    return 2


def _infer_year(day: int, month: int, published: datetime.date) -> datetime.date | None:
    """The most recent valid day-month not more than a week after publication."""
    latest = published + datetime.timedelta(days=_LAST_WEEK_AHEAD)
    for year in range(published.year + 1, published.year - 5, -1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if candidate <= latest:
            return candidate
    return None


class DateResolver:
    """Finds and resolves date expressions. Build once; :meth:`find` is safe to call from many threads."""

    def __init__(self, words_path: Path | str | None = None) -> None:
        self._words_path = None if words_path is None else str(words_path)
        self._words = load_date_words(self._words_path)
        branches = _build_branches(self._words)
        source = _join(branches)
        self._regex = re.compile(source, re.IGNORECASE)
        self._by_word = self._dispatch(branches)
        self._anchors = _anchor_automaton(self._words)
        self._handlers: dict[str, Callable[[re.Match[str], datetime.date], _Resolved | None]] = {
            name: getattr(self, "_r_" + name) for name in self._regex.groupindex if hasattr(self, "_r_" + name)
        }

    def __reduce__(self) -> tuple[Any, ...]:
        return (DateResolver, (self._words_path,))

    def lexicon(self) -> dict[str, str]:
        """The anchor words the matcher walks the text for, each with itself as the value its automaton stores:
        for a shared walk (coder.text.scan), whose hits :meth:`find` takes as ``anchors``."""
        return {word: word for word in self._anchors.keys()}

    def find(self, text: str, published: datetime.date, anchors: list[tuple[int, str]] | None = None
             ) -> list[DateMention]:
        """Every date expression in ``text``, resolved against ``published``, in text order. ``anchors`` are the
        ``(last index, word)`` hits of :meth:`lexicon`'s words in the lower-cased ``text``, by end offset and the
        longer first at one end (as the matcher's own automaton gives them); without them it walks the text."""
        if isinstance(published, datetime.datetime):
            published = published.date()
        return self._resolve(text, self._matches(text, anchors), published)

    def find_explicit(self, text: str, anchors: list[tuple[int, str]] | None = None) -> list[DateMention]:
        """The date expressions that carry their own year ("9 May 2020", "2020-05-09", "May 2020"), resolved
        without a publication date; relative and year-less ones are left out (``anchors``: see :meth:`find`)."""
        explicit = [m for m in self._matches(text, anchors) if m.lastgroup in _EXPLICIT_YEAR
                    and not (m.lastgroup in ("dmy", "mdy") and m[m.lastgroup + "_y"] is None)
                    and not (m.lastgroup == "num" and len(m["num_y"]) != 4)]
        return self._resolve(text, explicit, _NO_PUBLICATION)

    def _resolve(self, text: str, matches: list[re.Match[str]], published: datetime.date) -> list[DateMention]:
        """Mentions for the matches whose handler resolves them against ``published``, in text order."""
        found: list[DateMention] = []
        handlers = self._handlers
        for m in matches:
            try:
                resolved = handlers[m.lastgroup](m, published)  # type: ignore[index]
            except (ValueError, OverflowError, KeyError):
                continue
            if resolved is not None:
                day, precision, rule_id, year_only = resolved
                if precision == 1 and text.startswith(" (", m.end()):  # "On 10 March 2023 (month of)": ACLED's
                    qualified = _QUALIFIER.match(text, m.end())          # mark of a day that stands for its month
                    if qualified is not None:
                        precision = 3 if qualified.group(1).lower() == "month" else 2
                        rule_id = "date.qualified_" + qualified.group(1).lower()
                elif precision == 1 and m.start() >= 8 and text[m.start() - 8:m.start()].lower() == "week of ":
                    precision, rule_id = 2, "date.qualified_week"  # "during the week of 5 June 2023"
                found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], day, precision, rule_id,
                                         year_only))
        return _joined_spans(text, found) if len(found) > 1 else found

    def _dispatch(self, branches: list[str]) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
        """Per start word ("0" for numbers), the alternation of only the branches that can begin with it, in
        their order (so a match is the whole pattern's): lower case for lower-cased text (2x faster), and with
        case for the handlers, which read it ("May" / "may")."""
        heads = [_branch_starts(branch) for branch in branches]
        compiled: dict[tuple[int, ...], tuple[re.Pattern[str], re.Pattern[str]]] = {}
        by_word = {}
        for word in sorted(self._words.start_words | {"0"}):
            keep = tuple(i for i, h in enumerate(heads) if _can_start(h, word))
            if keep and keep not in compiled:
                source = _join([branches[i] for i in keep])
                compiled[keep] = (re.compile(source), re.compile(source, re.IGNORECASE))
            if keep:
                by_word[word] = compiled[keep]
        return by_word

    def _matches(self, text: str, anchors: list[tuple[int, str]] | None = None) -> list[re.Match[str]]:
        """Non-overlapping matches, leftmost first, as ``finditer`` over the whole text would give them, but
        trying the regex only at start words inside the windows around anchor words. A match may be on the
        lower-cased text (``m.string``) where that reads the same: take the mention's words from ``text``."""
        out: list[re.Match[str]] = []
        low = lower_same_length(text)
        cased = not text.isascii()  # ASCII: the lower-case match on ``low`` is the case-blind one on ``text``
        by_word, pos = self._by_word, 0
        for start, end, last in self._regions(low, anchors):
            for word in _WORD.finditer(low, max(start, pos), end):
                at = word.start()
                if at > last:
                    break
                key = word.group()
                pair = by_word.get("0" if key[0].isdigit() else key) if at >= pos else None
                if pair is None or (m := pair[0].match(low, at, end)) is None:  # found cheaply, or not
                    continue
                if cased or m.lastgroup in _READS_CASE:  # matched again on the real text, for the handlers
                    m = pair[1].match(text, at, end)
                if m is not None:
                    out.append(m)
                    pos = m.end()
        return out

    def _matches_reference(self, text: str) -> list[re.Match[str]]:
        """The plain whole-text scan :meth:`_matches` must agree with (tests only; ~20x slower)."""
        return list(self._regex.finditer(text))

    def _regions(self, text: str, anchors: list[tuple[int, str]] | None = None) -> list[tuple[int, int, int]]:
        """Merged windows (start, end, start of the last anchor) around anchor words in lower-cased ``text``,
        from one Aho-Corasick pass: a match starts at most _BEFORE characters before an anchor and ends near
        its last anchor."""
        regions: list[tuple[int, int, int]] = []
        n = len(text)
        for last, word in (self._anchors.iter(text) if anchors is None else anchors):
            first = last - len(word) + 1
            inside_word = (first and text[first - 1].isalpha()) or (last + 1 < n and text[last + 1].isalpha())
            if word.isalpha() and inside_word:
                continue
            start, end = max(0, first - _BEFORE), min(n, last + 1 + _AFTER)
            while end < n and text[end].isalnum():
                end += 1
            if regions and start <= regions[-1][1]:
                regions[-1] = (regions[-1][0], max(end, regions[-1][1]), max(first, regions[-1][2]))
            else:
                regions.append((start, end, first))
        return regions

    # -- explicit dates -----------------------------------------------------------------------------------
    def _month(self, name: str) -> int:
        return self._words.months[name.lower().rstrip(".")]

    def _day_month(self, m: re.Match[str], prefix: str, published: datetime.date, rule: str) -> _Resolved | None:
        d, mo, year = int(m[prefix + "_d"]), self._month(m[prefix + "_m"]), m[prefix + "_y"]
        precision = _range_precision(m, d, m[prefix + "_e"])
        if year is not None:
            return datetime.date(int(year), mo, d), precision, rule + "_year", False
        inferred = _infer_year(d, mo, published)
        return None if inferred is None else (inferred, precision, rule, False)

    def _r_iso(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return datetime.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])), 1, "date.iso", False

    def _r_num(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        a, b, y = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
        if len(m["num_y"]) == 2:
            y += 2000 if y <= published.year % 100 + 1 else 1900
        try:
            day_first = datetime.date(y, b, a)
        except ValueError:
            return datetime.date(y, a, b), 1, "date.numeric.us", False
        if a <= 12 and _leads_summary(m):  # "01/05/1976: Gunmen ...": incident databases write month first
            return datetime.date(y, a, b), 1, "date.numeric.header", False
        if day_first > published and a <= 12 and b <= calendar.monthrange(y, a)[1] \
                and datetime.date(y, a, b) <= published:  # "05/12/2015" in a May 2015 text: 12 May, month first
            return datetime.date(y, a, b), 1, "date.numeric.us", False
        return day_first, 1, "date.numeric", False

    def _r_dmy(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return self._day_month(m, "dmy", published, "date.day_month")

    def _r_mdy(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return self._day_month(m, "mdy", published, "date.month_day")

    def _r_my(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return _mid_month(int(m["my_y"]), self._month(m["my_m"]), published), 3, "date.month_year", False

    def _r_mo(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        word = m["mo_m"]
        if word.lower() in self._words.capitalised_bare_months and not word[0].isupper():
            return None
        month = self._month(word)
        year = published.year
        latest = published + datetime.timedelta(days=_LAST_WEEK_AHEAD)
        if datetime.date(year, month, 1) > latest or (m["mo_pre"].lower() == "last" and month >= published.month):
            year -= 1
        return _mid_month(year, month, published), 3, "date.month", False

    def _r_yr(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return _year_only(int(m["yr_y"]), published, "date.year")

    # -- weekdays -----------------------------------------------------------------------------------------
    def _r_wd(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        target = self._words.weekdays[m["wd_day"].lower()]
        pre = (m["wd_pre"] or "").lower().split()
        if m["wd_last"] is not None:
            return _monday(published) - datetime.timedelta(days=7 - target), 1, "date.weekday.last_week", False
        delta = (published.weekday() - target) % 7
        if pre and pre[-1] in ("last", "past", "previous"):
            return published - datetime.timedelta(days=delta or 7), 1, "date.weekday.last", False
        return published - datetime.timedelta(days=delta), 1, "date.weekday", False

    def _r_future(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return None  # consumed so that "next Monday" never reads as a past Monday

    # -- relative words -----------------------------------------------------------------------------------
    def _r_ago(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        raw = m["ago_n"].lower()
        n = int(raw) if raw.isdigit() else self._words.number_words[" ".join(raw.split())]
        vague = raw in self._words.vague_number_words
        unit = m["ago_u"].lower()
        if unit == "day":
            return published - datetime.timedelta(days=n), 2 if vague else 1, "date.ago.days", False
        if unit == "week":
            return published - datetime.timedelta(days=7 * n), 2, "date.ago.weeks", False
        if unit == "month":
            index = published.year * 12 + published.month - 1 - n
            return _mid_month(index // 12, index % 12 + 1, published), 3, "date.ago.months", False
        return _year_only(published.year - n, published, "date.ago.years")

    def _r_dby(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return published - datetime.timedelta(days=2), 1, "date.day_before_yesterday", False

    def _r_yday(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return published - datetime.timedelta(days=1), 1, "date.yesterday", False

    def _r_today(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return published, 1, "date.today", False

    def _r_lastnight(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        rule = "date.overnight" if m.group().lower() == "overnight" else "date.last_night"
        return published - datetime.timedelta(days=1), 1, rule, False

    def _r_lastweek(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return _monday(published) - datetime.timedelta(days=4), 2, "date.last_week", False

    def _r_thisweek(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        start = _monday(published)
        earlier = (m["thisweek_pre"] or "").strip().lower() == "earlier"
        end = published - datetime.timedelta(days=1) if earlier else published
        if end < start:  # "earlier this week" in a Monday article: last week
            return start - datetime.timedelta(days=4), 2, "date.earlier_this_week", False
        rule = "date.earlier_this_week" if earlier else "date.this_week"
        return start + (end - start) // 2, 2, rule, False

    def _r_weekend(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        saturday = published - datetime.timedelta(days=(published.weekday() - 5) % 7)
        if m["weekend_pre"].lower() == "last" and published.weekday() >= 5:
            return saturday - datetime.timedelta(days=7), 2, "date.last_weekend", False
        return saturday, 2, "date.weekend", False

    def _r_thismonth(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        return _mid_month(published.year, published.month, published), 3, "date.this_month", False

    def _r_lastmonth(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        index = published.year * 12 + published.month - 2
        return datetime.date(index // 12, index % 12 + 1, 15), 3, "date.last_month", False

    def _r_yearrel(self, m: re.Match[str], published: datetime.date) -> _Resolved | None:
        if m["yearrel_which"].lower() == "this":
            return _year_only(published.year, published, "date.this_year")
        return _year_only(published.year - 1, published, "date.last_year")

    # -- optional slow path -------------------------------------------------------------------------------
    def parse_fallback(self, text: str, published: datetime.date) -> DateMention | None:
        """One date phrase parsed by dateparser (optional, slow: never on the hot path); None if it fails."""
        try:
            import dateparser  # noqa: PLC0415 - optional dependency, imported only when used
        except ImportError:
            return None
        base = datetime.datetime.combine(published, datetime.time(12, 0))
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        try:
            parsed = dateparser.parse(text, languages=["en"], settings=settings)
        except Exception:  # dateparser raises assorted errors on odd input; a fallback must not
            return None
        if parsed is None:
            return None
        return DateMention(0, len(text), text, parsed.date(), 1, "date.fallback.dateparser")
