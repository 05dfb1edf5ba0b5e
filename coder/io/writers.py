"""Streaming, atomic writers of the events table: Parquet (row group per batch), CSV, JSONL.

Every batch is cast to the one declared schema before it is written. Output goes to a dot-file in the
target folder and is moved into place with ``os.replace`` on close, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import os
import uuid
from datetime import date
from pathlib import Path
from typing import Callable, Protocol

import pyarrow as pa

from coder.errors import InputError

OUTPUT_FORMATS = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


class EventWriter(Protocol):
    def write(self, batch: pa.RecordBatch) -> None: ...
    def close(self) -> Path: ...
    def abort(self) -> None: ...


def output_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise InputError(f"{path}: unknown output format {suffix!r}; use one of {sorted(OUTPUT_FORMATS)}")
    return OUTPUT_FORMATS[suffix]


def _temp_path(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"


def _conform(batch: pa.RecordBatch | pa.Table, schema: pa.Schema) -> pa.Table:
    table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
    return table.select(schema.names).cast(schema)


class _AtomicFile:
    """Shared temp-file handling: write to ``.name.xxxx.tmp``, ``os.replace`` on close."""

    def __init__(self, path: str | Path, schema: pa.Schema) -> None:
        self.path = Path(path)
        self.schema = schema
        self.tmp = _temp_path(self.path)

    _writer: object  # the format's writer or file handle: anything with close()

    def _open(self, make: Callable[[], object]) -> object:
        """The format's writer; if making it fails or is interrupted (SIGTERM, Ctrl-C) the temp file goes."""
        try:
            return make()
        except BaseException:
            self.tmp.unlink(missing_ok=True)
            raise

    def close(self) -> Path:
        self._writer.close()  # type: ignore[attr-defined]
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        self._writer.close()  # type: ignore[attr-defined]
        self.tmp.unlink(missing_ok=True)


class ParquetEventWriter(_AtomicFile):
    """Writes one Parquet row group per batch; zstd; provenance in the file metadata."""

    def __init__(self, path: str | Path, schema: pa.Schema, metadata: dict[str, str] | None = None) -> None:
        import pyarrow.parquet as pq

        super().__init__(path, schema.with_metadata({**(schema.metadata or {}), **(metadata or {})}))
        self._writer = self._open(lambda: pq.ParquetWriter(self.tmp, self.schema, compression="zstd"))

    def write(self, batch: pa.RecordBatch | pa.Table) -> None:
        self._writer.write_table(_conform(batch, self.schema))


class CsvEventWriter(_AtomicFile):
    """CSV has no list type: rule_ids are joined with '; '."""

    def __init__(self, path: str | Path, schema: pa.Schema, metadata: dict[str, str] | None = None) -> None:
        import pyarrow.csv as pacsv

        super().__init__(path, schema)
        self._flat = pa.schema([pa.field(f.name, pa.string() if pa.types.is_list(f.type) else f.type)
                                for f in schema])
        self._writer = self._open(lambda: pacsv.CSVWriter(str(self.tmp), self._flat))

    def write(self, batch: pa.RecordBatch | pa.Table) -> None:
        table = _conform(batch, self.schema)
        columns = []
        for field in self.schema:
            column = table.column(field.name)
            if pa.types.is_list(field.type):
                column = pa.array(["; ".join(v) if v else "" for v in column.to_pylist()], pa.string())
            columns.append(column)
        self._writer.write_table(pa.Table.from_arrays(columns, schema=self._flat))


def _json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class JsonlEventWriter(_AtomicFile):
    def __init__(self, path: str | Path, schema: pa.Schema, metadata: dict[str, str] | None = None) -> None:
        super().__init__(path, schema)
        self._writer = self._open(lambda: self.tmp.open("w", encoding="utf-8"))

    def write(self, batch: pa.RecordBatch | pa.Table) -> None:
        for row in _conform(batch, self.schema).to_pylist():
            self._writer.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")


_WRITERS = {"parquet": ParquetEventWriter, "csv": CsvEventWriter, "jsonl": JsonlEventWriter}


def open_event_writer(path: str | Path, schema: pa.Schema, metadata: dict[str, str] | None = None,
                      partition_by: list[str] | None = None) -> EventWriter:
    """A writer for ``path``; its extension picks the format (``partition_by`` writes a Hive dataset)."""
    if partition_by:
        from coder.io.partitioned import PartitionedEventWriter

        return PartitionedEventWriter(path, schema, metadata, partition_by)
    return _WRITERS[output_format(path)](path, schema, metadata)
