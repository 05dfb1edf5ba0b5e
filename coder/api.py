"""The core entry points. Every wrapper (pandas accessor, CLI, Spark/Dask adapters) calls these, and these
call :meth:`coder.pipeline.Coder.code_article`.

- :func:`code_articles`: ids, texts and publication dates in, an Arrow table in the events schema plus one
  status per input row out (no row is silently lost; a bad article never stops the batch).
- :func:`code_batch`: Arrow RecordBatch in, Arrow RecordBatch out (the shape Spark's mapInArrow wants).
- :func:`code_text`, :func:`code_frame`: conveniences for scripts and pandas.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterable, Sequence

import pyarrow as pa

from coder.errors import InputError
from coder.io.published import parse_published
from coder.schema import event_schema

if TYPE_CHECKING:
    import pandas as pd

    from coder.pipeline import Coder

log = logging.getLogger(__name__)

MAX_CHARS = 200_000  # longer texts are cut (status 'truncated'): an article, not a book
MIN_LATIN_SHARE = 0.3  # below this share of Latin letters the text is not English news
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f]")
# ASCII bytes that are not _CONTROL: deleting them from an ASCII sample leaves its control characters
# (bytes.translate runs at C speed, 10x quicker than findall)
_NOT_CONTROL = bytes(b for b in range(128) if not _CONTROL.match(chr(b)))
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


@dataclass(frozen=True, slots=True)
class ArticleStatus:
    """What happened to one input row: ok, no_events, truncated, or skipped (with the reason)."""

    article_id: str
    status: str
    events: int
    message: str | None = None


@dataclass(frozen=True, slots=True)
class CodeResult:
    table: pa.Table
    statuses: list[ArticleStatus]

    @property
    def skipped(self) -> int:
        return sum(s.status == "skipped" for s in self.statuses)


@functools.cache
def default_coder() -> "Coder":
    """The Coder built from the shipped dictionaries and gazetteer (built once per process)."""
    from coder.pipeline import Coder

    return Coder()


def check_text(text: object) -> tuple[str | None, str | None]:
    """The text to code and an optional note, or (None, reason) when the value cannot be coded."""
    if text is None:
        return None, "no text"
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return None, "undecodable bytes (not UTF-8)"
    if not isinstance(text, str):
        return None, f"text is {type(text).__name__}, not a string"
    if not text or text.isspace():  # no copy of the text, as strip() makes
        return None, "empty text"
    sample = text[:5000]
    controls = len(sample.encode("ascii").translate(None, _NOT_CONTROL)) if sample.isascii() \
        else len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > len(sample) * 0.05:
        return None, "binary content"
    if not sample.isascii():
        # non-Latin letters first: English text has none or few, and then the letters need no count
        non_latin = len(_NON_LATIN_LETTER.findall(sample))
        if non_latin and non_latin > len(_LETTER.findall(sample)) * (1 - MIN_LATIN_SHARE):
            return None, "not English: mostly non-Latin script"
    if len(text) > MAX_CHARS:
        return text[:MAX_CHARS], f"truncated to {MAX_CHARS} characters"
    return text, None


def code_articles(
    ids: Sequence[object],
    texts: Sequence[object],
    published: Sequence[object] | None = None,
    coder: "Coder | None" = None,
    notes: Sequence[str | None] | None = None,
) -> CodeResult:
    """Code a batch of articles into one Arrow table in the events schema, with a status per article."""
    coder = coder or default_coder()
    names = event_schema().names
    records: list[tuple] = []  # each row's values in schema order, taken while the row is fresh in the cache
    statuses: list[ArticleStatus] = []
    dates = published if published is not None else [None] * len(texts)
    for position, (raw_id, raw_text, raw_date) in enumerate(zip(ids, texts, dates)):
        article_id = str(raw_id) if raw_id is not None else f"row-{position + 1}"
        pre_note = notes[position] if notes is not None else None
        text, note = (None, pre_note) if pre_note else check_text(raw_text)
        if text is None:
            log.warning("article %s skipped: %s", article_id, note)
            statuses.append(ArticleStatus(article_id, "skipped", 0, note))
            continue
        day = parse_published(raw_date)
        if day is None and raw_date not in (None, ""):
            note = (note + "; " if note else "") + f"malformed published date {raw_date!r}: relative dates left unresolved"
        try:
            found = coder.code_article(article_id, text, day)
        except Exception as exc:  # one bad article must not stop a batch of millions
            log.warning("article %s failed: %r", article_id, exc)
            statuses.append(ArticleStatus(article_id, "skipped", 0, f"coder error: {exc!r}"))
            continue
        records.extend(tuple(map(row.get, names)) for row in found)
        status = "truncated" if note and note.startswith("truncated") else ("ok" if found else "no_events")
        statuses.append(ArticleStatus(article_id, status, len(found), note))
    return CodeResult(_records_to_table(records), statuses)


def rows_to_table(rows: list[dict]) -> pa.Table:
    """Build the events table column-wise with the declared schema (never inferred)."""
    names = event_schema().names
    return _records_to_table([tuple(map(row.get, names)) for row in rows])


def _records_to_table(records: list[tuple]) -> pa.Table:
    """The events table from rows given as value tuples in schema order. Transposed at C speed (``zip``): a
    column-wise gather over a batch's row dicts walks every dict once per column and costs more than the
    Arrow conversion itself."""
    schema = event_schema()
    columns = [list(column) for column in zip(*records)] if records else [[] for _ in schema.names]
    at = schema.get_field_index("rule_ids")
    columns[at] = [value or [] for value in columns[at]]
    return pa.Table.from_arrays([pa.array(column, type=field.type) for column, field in zip(columns, schema)],
                                schema=schema)


def code_batch(batch: pa.RecordBatch, text: str = "text", id: str = "id", published: str = "published",
               coder: "Coder | None" = None) -> pa.RecordBatch:
    """Arrow in, Arrow out: the function a Spark ``mapInArrow`` or Dask ``map_partitions`` adapter wraps."""
    names = batch.schema.names
    for role, name in (("text", text), ("id", id)):
        if name not in names:
            raise InputError(f"Arrow batch: missing {role} column {name!r} (found: {names})")
    dates = batch.column(published).to_pylist() if published in names else None
    result = code_articles(batch.column(id).to_pylist(), batch.column(text).to_pylist(), dates, coder)
    table = result.table
    return table.combine_chunks().to_batches()[0] if table.num_rows else pa.RecordBatch.from_pylist([], schema=table.schema)


def code_text(text: str, published: date | str | None = None, article_id: str = "text",
              coder: "Coder | None" = None) -> list[dict]:
    """Events of one text as a list of dicts (column -> value) in the events schema."""
    result = code_articles([article_id], [text], [published], coder)
    if result.statuses[0].status == "skipped":
        log.warning("text not coded: %s", result.statuses[0].message)
    return result.table.to_pylist()


def code_frame(df: "pd.DataFrame", text: str = "text", id: str | None = "id", published: str | None = "published",
               coder: "Coder | None" = None) -> "pd.DataFrame":
    """A DataFrame of events (the events schema) for the articles in ``df``. ``df`` is not modified."""
    for role, name in (("text", text), ("id", id), ("published", published)):
        if name is not None and name not in df.columns:
            raise InputError(f"DataFrame: missing {role} column {name!r} (columns: {list(df.columns)})")
    ids: Iterable[object] = df[id].tolist() if id is not None else [str(i) for i in df.index]
    dates = df[published].tolist() if published is not None else None
    result = code_articles(list(ids), df[text].tolist(), dates, coder)
    return result.table.to_pandas()
