"""Readers: JSONL, CSV, Parquet and plain-text articles, streamed in batches.

A reader never decides whether an article can be coded: it hands every input row on (undecodable or
non-text values included, with a note) so that no row is silently lost. Missing columns are an
:class:`~coder.errors.InputError` naming the column and the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from coder.errors import InputError

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet",
           ".pq": "parquet", ".txt": "txt"}


@dataclass(frozen=True, slots=True)
class InputColumns:
    """Names of the id, text and publication-date columns in the input."""

    id: str = "id"
    text: str = "text"
    published: str = "published"


@dataclass(slots=True)
class ArticleBatch:
    """A batch of input rows. ``notes[i]`` is set when row i could not be read as text."""

    ids: list[str] = field(default_factory=list)
    texts: list[object] = field(default_factory=list)
    published: list[object] = field(default_factory=list)
    notes: list[str | None] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    def append(self, article_id: object, text: object, published: object, note: str | None = None) -> None:
        self.ids.append(str(article_id))
        self.texts.append(text)
        self.published.append(published)
        self.notes.append(note)


def input_format(path: str | Path) -> str:
    """The reader for ``path`` chosen by its extension."""
    suffix = Path(path).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        raise InputError(f"{path}: unknown input format {suffix!r}; use one of {sorted(FORMATS)}") from None


def read_articles(
    path: str | Path,
    columns: InputColumns = InputColumns(),
    batch_size: int = 512,
    published: object = None,
) -> Iterator[ArticleBatch]:
    """Stream ``path`` as :class:`ArticleBatch` objects of at most ``batch_size`` rows."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such input file")
    kind = input_format(path)
    if kind == "txt":
        yield _read_txt(path, published)
    elif kind == "jsonl":
        yield from _read_jsonl(path, columns, batch_size)
    elif kind == "csv":
        yield from _read_csv(path, columns, batch_size)
    else:
        yield from _read_parquet(path, columns, batch_size)


def _decode(raw: bytes) -> tuple[str | None, str | None]:
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, f"undecodable text (not UTF-8: {exc.reason} at byte {exc.start})"


def _read_txt(path: Path, published: object) -> ArticleBatch:
    text, note = _decode(path.read_bytes())
    batch = ArticleBatch()
    batch.append(path.stem, text, published, note)
    return batch


def _row_id(value: object, line: int) -> str:
    return f"row-{line}" if value is None or value == "" else str(value)


def _read_jsonl(path: Path, columns: InputColumns, batch_size: int) -> Iterator[ArticleBatch]:
    batch = ArticleBatch()
    checked = False
    with path.open("rb") as handle:
        for line_no, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            line, note = _decode(raw)
            record: object = None
            if line is not None:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    note = f"malformed JSON at line {line_no}: {exc.msg}"
            if not isinstance(record, dict):
                batch.append(f"line-{line_no}", None, None, note or f"line {line_no} is not a JSON object")
            else:
                if not checked:
                    _require_columns(path, record.keys(), columns)
                    checked = True
                batch.append(_row_id(record.get(columns.id), line_no), record.get(columns.text),
                             record.get(columns.published))
            if len(batch) >= batch_size:
                yield batch
                batch = ArticleBatch()
    if batch:
        yield batch


def _require_columns(path: Path, present: object, columns: InputColumns, optional_date: bool = False) -> None:
    present = set(present)  # type: ignore[arg-type]
    for role, name in (("id", columns.id), ("text", columns.text), ("published", columns.published)):
        if name not in present:
            flag = {"id": "--id-col", "text": "--text-col", "published": "--date-col"}[role]
            raise InputError(
                f"{path}: missing {role} column {name!r} (found: {sorted(present)}); name it with {flag}"
            )


def _read_csv(path: Path, columns: InputColumns, batch_size: int) -> Iterator[ArticleBatch]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    try:
        header = pacsv.open_csv(path, read_options=pacsv.ReadOptions(block_size=1 << 16),
                                convert_options=pacsv.ConvertOptions(column_types={}))
        names = header.schema.names
        header.close()
    except pa.ArrowInvalid as exc:
        raise InputError(f"{path}: cannot read CSV header: {exc}") from None
    _require_columns(path, names, columns)
    wanted = [columns.id, columns.text, columns.published]
    convert = pacsv.ConvertOptions(column_types={name: pa.binary() for name in names}, include_columns=wanted)
    try:
        reader = pacsv.open_csv(path, read_options=pacsv.ReadOptions(block_size=1 << 22), convert_options=convert)
    except pa.ArrowInvalid as exc:
        raise InputError(f"{path}: malformed CSV: {exc}") from None
    row = 0
    batch = ArticleBatch()
    for record_batch in reader:
        ids, texts, dates = (record_batch.column(name).to_pylist() for name in wanted)
        for raw_id, raw_text, raw_date in zip(ids, texts, dates):
            row += 1
            text, note = _decode(raw_text) if raw_text else (None, None)  # CSV cannot tell "" from missing
            batch.append(_row_id(raw_id.decode("utf-8", "replace") if raw_id else None, row), text,
                         raw_date.decode("utf-8", "replace") if raw_date else None, note)
            if len(batch) >= batch_size:
                yield batch
                batch = ArticleBatch()
    if batch:
        yield batch


def _read_parquet(path: Path, columns: InputColumns, batch_size: int) -> Iterator[ArticleBatch]:
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a broken footer
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from None
    _require_columns(path, handle.schema_arrow.names, columns)
    wanted = [columns.id, columns.text, columns.published]
    row = 0
    for record_batch in handle.iter_batches(batch_size=batch_size, columns=wanted):
        batch = ArticleBatch()
        ids, texts, dates = (record_batch.column(name).to_pylist() for name in wanted)
        for raw_id, text, date in zip(ids, texts, dates):
            row += 1
            note = None
            if isinstance(text, bytes):
                text, note = _decode(text)
            batch.append(_row_id(raw_id, row), text, date, note)
        yield batch
