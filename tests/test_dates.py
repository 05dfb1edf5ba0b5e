"""Date resolution against the publication date (news logic), and publication-date parsing."""

import datetime as dt
import pickle
from pathlib import Path

import pytest

from coder.io.published import parse_published
from coder.match.dates import DateMention, DateResolver

MON = dt.date(2021, 6, 28)  # a Monday


@pytest.fixture(scope="module")
def resolver():
    return DateResolver()


D = dt.date
CASES = [
    # text, published, date, precision, rule_id
    ("on Sunday", MON, D(2021, 6, 27), 1, "date.weekday"),
    ("early Monday", MON, D(2021, 6, 28), 1, "date.weekday"),
    ("on Monday", MON, D(2021, 6, 28), 1, "date.weekday"),
    ("late Sunday", MON, D(2021, 6, 27), 1, "date.weekday"),
    ("Monday night", D(2021, 6, 30), D(2021, 6, 28), 1, "date.weekday"),
    ("Saturday morning", MON, D(2021, 6, 26), 1, "date.weekday"),
    ("on the night of Saturday", MON, D(2021, 6, 26), 1, "date.weekday"),
    ("in the early hours of Monday", MON, D(2021, 6, 28), 1, "date.weekday"),
    ("in the early Monday", MON, D(2021, 6, 28), 1, "date.weekday"),
    ("last Friday", D(2021, 7, 2), D(2021, 6, 25), 1, "date.weekday.last"),
    ("on Friday last week", D(2021, 7, 3), D(2021, 6, 25), 1, "date.weekday.last_week"),
    ("overnight", MON, D(2021, 6, 27), 1, "date.overnight"),
    ("yesterday", MON, D(2021, 6, 27), 1, "date.yesterday"),
    ("yesterday afternoon", MON, D(2021, 6, 27), 1, "date.yesterday"),
    ("the day before yesterday", MON, D(2021, 6, 26), 1, "date.day_before_yesterday"),
    ("today", MON, MON, 1, "date.today"),
    ("this morning", MON, MON, 1, "date.today"),
    ("last night", MON, D(2021, 6, 27), 1, "date.last_night"),
    ("two days ago", MON, D(2021, 6, 26), 1, "date.ago.days"),
    ("a few days ago", MON, D(2021, 6, 25), 2, "date.ago.days"),
    ("three weeks ago", MON, D(2021, 6, 7), 2, "date.ago.weeks"),
    ("3 months ago", MON, D(2021, 3, 15), 3, "date.ago.months"),
    ("last week", MON, D(2021, 6, 24), 2, "date.last_week"),
    ("last week", D(2021, 7, 4), D(2021, 6, 24), 2, "date.last_week"),
    ("last weekend", MON, D(2021, 6, 26), 2, "date.weekend"),
    ("last weekend", D(2021, 6, 27), D(2021, 6, 19), 2, "date.last_weekend"),
    ("over the weekend", D(2021, 6, 29), D(2021, 6, 26), 2, "date.weekend"),
    ("earlier this week", D(2021, 7, 1), D(2021, 6, 29), 2, "date.earlier_this_week"),
    ("this month", MON, D(2021, 6, 15), 3, "date.this_month"),
    ("earlier this month", D(2021, 6, 5), D(2021, 6, 5), 3, "date.this_month"),
    ("last month", MON, D(2021, 5, 15), 3, "date.last_month"),
    ("last month", D(2021, 1, 10), D(2020, 12, 15), 3, "date.last_month"),
    ("on 28 June", MON, D(2021, 6, 28), 1, "date.day_month"),
    ("28 June 2021", MON, D(2021, 6, 28), 1, "date.day_month_year"),
    ("June 28", MON, D(2021, 6, 28), 1, "date.month_day"),
    ("June 28, 2021", D(2021, 7, 1), D(2021, 6, 28), 1, "date.month_day_year"),
    ("June 28th", MON, D(2021, 6, 28), 1, "date.month_day"),
    ("28th of June", MON, D(2021, 6, 28), 1, "date.day_month"),
    ("on 9 May 2020", MON, D(2020, 5, 9), 1, "date.day_month_year"),
    ("Sept. 3", MON, D(2020, 9, 3), 1, "date.month_day"),
    ("2021-06-28", MON, D(2021, 6, 28), 1, "date.iso"),
    ("28/06/2021", MON, D(2021, 6, 28), 1, "date.numeric"),
    ("06/28/2021", MON, D(2021, 6, 28), 1, "date.numeric.us"),
    ("in January 2020", MON, D(2020, 1, 15), 3, "date.month_year"),
    ("in June", MON, D(2021, 6, 15), 3, "date.month"),
    ("in June", D(2021, 6, 3), D(2021, 6, 3), 3, "date.month"),
    ("in September", MON, D(2020, 9, 15), 3, "date.month"),
    ("on Thursday 3 January 2013", MON, D(2013, 1, 3), 1, "date.day_month_year"),
    ("on Monday, June 21", MON, D(2021, 6, 21), 1, "date.month_day"),
    ("on 28 December", D(2022, 1, 5), D(2021, 12, 28), 1, "date.day_month"),
    ("on 2 January", D(2021, 12, 29), D(2022, 1, 2), 1, "date.day_month"),
    ("on 29 February", D(2021, 3, 10), D(2020, 2, 29), 1, "date.day_month"),
    # a span across a month or a year: its first day, the week (or the month beyond a week); a night is a day
    ("on 29 April - 2 May 2021", MON, D(2021, 4, 29), 2, "date.span"),
    ("between 30 December 2020 and 3 January 2021", MON, D(2020, 12, 30), 2, "date.span"),
    ("from 28 December to 4 January 2021", MON, D(2020, 12, 28), 2, "date.span"),
    ("from 20 April until 18 May", MON, D(2021, 4, 20), 3, "date.span"),
    ("on the night of 30 April - 1 May 2021", MON, D(2021, 4, 30), 1, "date.span"),
]


@pytest.mark.parametrize("text,published,expected,precision,rule_id", CASES)
def test_resolves(resolver, text, published, expected, precision, rule_id):
    found = resolver.find(text, published)
    assert len(found) == 1, found
    mention = found[0]
    assert (mention.date, mention.precision, mention.rule_id, mention.year_only) == (expected, precision, rule_id,
                                                                                      False)
    assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text,published,year", [
    ("in 2014", MON, 2014), ("since 2014", MON, 2014), ("last year", MON, 2020), ("earlier this year", MON, 2021),
    ("two years ago", MON, 2019),
])
def test_year_only(resolver, text, published, year):
    (mention,) = resolver.find(text, published)
    assert mention.year_only and mention.precision == 3 and mention.date.year == year
    assert mention.date <= published


@pytest.mark.parametrize("text", [
    "on 31 February", "on 30 February 2021", "next Monday", "tomorrow", "later this week", "next week",
    "the Sunday Times reported", "you may go", "the march ended peacefully", "13/13/2021", "version 1.5.2",
    "", "in 2099", "99/99/99",
])
def test_no_mention(resolver, text):
    assert resolver.find(text, MON) == []


def test_two_days_joined_by_and_are_no_span(resolver):
    found = [(m.date, m.precision) for m in resolver.find("attacks on 3 May and 5 May 2021", MON)]
    assert found == [(D(2021, 5, 3), 1), (D(2021, 5, 5), 1)]
    # nor two days more than a month apart
    found = [(m.date, m.precision) for m in resolver.find("from 10 March to 20 June 2021", MON)]
    assert found == [(D(2021, 3, 10), 1), (D(2021, 6, 20), 1)]


def test_sentence_with_several_dates(resolver):
    text = ("On Sunday, warplanes struck al-Bukamal, a week after clashes on 21 June 2021; an earlier strike in "
            "January 2020 killed a commander. Residents said more strikes hit the town early Monday.")
    found = [(m.text, m.date, m.precision) for m in resolver.find(text, MON)]
    assert found == [("Sunday", D(2021, 6, 27), 1), ("21 June 2021", D(2021, 6, 21), 1),
                     ("in January 2020", D(2020, 1, 15), 3), ("early Monday", D(2021, 6, 28), 1)]


def test_windowed_scan_agrees_with_full_scan(resolver):
    texts = [text for text, *_ in CASES] + [
        "Attacks on Sunday, the day before yesterday, a couple of days ago and on the early afternoon of Tuesday.",
        "Since 2014, in early June, by mid-June 2020, between 28 and 30 June, at the end of March 2019.",
    ]
    seed = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"
    if seed.is_file():
        texts.append(seed.read_text("utf-8"))
    for text in texts:
        fast = [(m.start(), m.end()) for m in resolver._matches(text)]
        full = [(m.start(), m.end()) for m in resolver._matches_reference(text)]
        assert fast == full, text


def test_datetime_published_and_pickle(resolver):
    (mention,) = resolver.find("on Sunday", dt.datetime(2021, 6, 28, 9, 30))
    assert mention == DateMention(3, 9, "Sunday", D(2021, 6, 27), 1, "date.weekday")
    clone = pickle.loads(pickle.dumps(resolver))
    assert clone.find("on Sunday", MON) == resolver.find("on Sunday", MON)
    assert len(pickle.dumps(resolver)) < 200


def test_speed(resolver):
    import time
    filler = "The spokesman said the attacks took place along the common border of the two countries. " * 35
    article = ("On Sunday, warplanes struck two locations in the early hours of Monday. " + filler)[:3000]
    start = time.perf_counter()
    for _ in range(200):
        resolver.find(article, MON)
    per_article = (time.perf_counter() - start) / 200
    assert per_article < 0.002  # measured ~0.05 ms; a loose ceiling for slow CI machines


@pytest.mark.parametrize("value,expected", [
    ("2021-06-28", D(2021, 6, 28)), ("2021-06-28T10:00:00Z", D(2021, 6, 28)),
    ("2021-06-28T23:30:00-05:00", D(2021, 6, 28)), ("June 28, 2021", D(2021, 6, 28)),
    ("28 Jun 2021", D(2021, 6, 28)), ("28 June 2021", D(2021, 6, 28)),
    ("Mon, 28 Jun 2021 10:00:00 +0000", D(2021, 6, 28)),
    ("June 28, 2021 10:00 AM", D(2021, 6, 28)), ("28/06/2021", D(2021, 6, 28)), ("20210628", D(2021, 6, 28)),
    (D(2021, 6, 28), D(2021, 6, 28)), (dt.datetime(2021, 6, 28, 23, 59), D(2021, 6, 28)),
    (1624838400, D(2021, 6, 28)), (1624838400000, D(2021, 6, 28)),
    ("garbage", None), ("", None), (None, None), (float("nan"), None), (True, None), ("2021-02-30", None),
    ("NaT", None), (object(), None), ("0001-01-01", None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_parse_published_pandas_and_numpy():
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    assert parse_published(pd.Timestamp("2021-06-28 10:00")) == D(2021, 6, 28)
    assert parse_published(pd.NaT) is None
    assert parse_published(np.datetime64("2021-06-28")) == D(2021, 6, 28)
    assert parse_published(np.int64(1624838400)) == D(2021, 6, 28)


def test_branch_first_words_are_read_conservatively():
    from coder.match.dates import _branch_starts, _can_start

    on_weekday = _branch_starts(r"\b(?:on\s+)?(?:monday|tuesday)\b")
    assert _can_start(on_weekday, "on") and _can_start(on_weekday, "monday")
    assert not _can_start(on_weekday, "the") and not _can_start(on_weekday, "a")
    mid = _branch_starts(r"\bmid-?\s*last\s+month")
    assert _can_start(mid, "mid") and _can_start(mid, "midlast")  # "mid-last" and "midlast" both begin "mid"
    numbers = _branch_starts(r"(?P<d>\d{1,2})\s+may")
    assert _can_start(numbers, "0") and not _can_start(numbers, "may")
    assert _can_start(_branch_starts(r".+ago"), "anything")  # what it does not model stays open


def test_last_week_of_a_month_is_no_week_before_publication():
    """ "during the last week of April 2023" names a week of April, not the week before publication (date.last_week
    stays for "last week" alone)."""
    import datetime
    from coder.match.dates import DateResolver
    resolver = DateResolver()
    found = resolver.find("during the last week of April 2023", datetime.date(2023, 5, 20))
    assert [m.rule_id for m in found] == ["date.month_year"] and found[0].date.month == 4
    assert [m.rule_id for m in resolver.find("raided the camp last week", datetime.date(2023, 5, 20))] == [
        "date.last_week"]
