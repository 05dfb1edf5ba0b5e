"""Publication dates of input records: whatever a reader or a DataFrame column holds (a date, a datetime, a pandas
Timestamp, a numpy datetime64, epoch seconds or milliseconds, a common string format) as a ``datetime.date``, or
None. The date expressions inside the text are :mod:`coder.match.dates`' job."""

from __future__ import annotations

import datetime
import email.utils
import math
import re

_PUBLISHED_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%d %B, %Y",
                      "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%A, %B %d, %Y", "%A %d %B %Y",
                      "%a, %d %b %Y", "%b. %d, %Y")
_TRAILING_TIME = re.compile(r"[ ,T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*"
                            r"(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?$", re.IGNORECASE)
_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _sane(day: datetime.date | None) -> datetime.date | None:
    return day if day is not None and _MIN_YEAR <= day.year <= _MAX_YEAR else None


def parse_published(value: object) -> datetime.date | None:
    """A publication date from a date, datetime, pandas Timestamp, numpy datetime64, epoch seconds/milliseconds
    or a common string format ("2021-06-28", "2021-06-28T10:00:00Z", "June 28, 2021", "28 Jun 2021",
    RFC 2822); None when missing or malformed. Never raises. Times keep their own local date (no UTC shift)."""
    try:
        return _sane(_parse_published(value))
    except (ValueError, TypeError, OverflowError, AttributeError, OSError):
        return None


def _parse_published(value: object) -> datetime.date | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()  # pandas Timestamp is a datetime; NaT raises ValueError and gives None
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, (int, float)) or type(value).__module__ == "numpy":
        if type(value).__name__.startswith("datetime64"):
            return _parse_string(str(value))
        number = float(value)  # type: ignore[arg-type]
        if math.isnan(number):
            return None
        if abs(number) >= 1e11:  # epoch milliseconds
            number /= 1000.0
        return datetime.datetime.fromtimestamp(number, tz=datetime.timezone.utc).date()
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        return _parse_string(value)
    return None


def _parse_string(raw: str) -> datetime.date | None:
    text = " ".join(raw.strip().split())
    if not text or text.lower() in ("nat", "nan", "none", "null"):
        return None
    try:
        return datetime.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    bare = _TRAILING_TIME.sub("", text)
    for fmt in _PUBLISHED_FORMATS:
        try:
            return datetime.datetime.strptime(bare, fmt).date()
        except ValueError:
            continue
    if text.isdigit() and len(text) in (10, 13):
        return _parse_published(int(text))
    return None
