"""A Hive-partitioned Parquet dataset writer (``country=Syria/year=2021/part-0.parquet``).

The dataset is written into a dot-folder beside the target and moved into place on close, so readers never
see a half-written dataset. ``year`` and ``month`` partition keys are derived from ``event_date``.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from urllib.parse import quote

import pyarrow as pa
import pyarrow.compute as pc

from coder.errors import InputError

DERIVED = {"year", "month"}
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"


class PartitionedEventWriter:
    def __init__(self, path: str | Path, schema: pa.Schema, metadata: dict[str, str] | None,
                 partition_by: list[str]) -> None:
        unknown = [c for c in partition_by if c not in schema.names and c not in DERIVED]
        if unknown:
            raise InputError(f"--partition-by: unknown column(s) {unknown}; use event columns or year, month")
        self.path = Path(path)
        self.schema = schema.with_metadata({**(schema.metadata or {}), **(metadata or {})})
        self.partition_by = partition_by
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.parent / f".{self.path.name}.{uuid.uuid4().hex[:8]}.tmp"
        self.tmp.mkdir()
        self._writers: dict[tuple[str, ...], object] = {}

    def _keys(self, table: pa.Table) -> list[list[str]]:
        keys = []
        for column in self.partition_by:
            if column == "year":
                values = pc.year(table.column("event_date")).to_pylist()
            elif column == "month":
                values = pc.month(table.column("event_date")).to_pylist()
            else:
                values = table.column(column).to_pylist()
            keys.append([NULL_PARTITION if v is None else quote(str(v), safe=" ") for v in values])
        return keys

    def write(self, batch: pa.RecordBatch | pa.Table) -> None:
        import pyarrow.parquet as pq

        table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
        table = table.select(self.schema.names).cast(self.schema)
        keys = list(zip(*self._keys(table)))
        groups: dict[tuple[str, ...], list[int]] = {}
        for index, key in enumerate(keys):
            groups.setdefault(key, []).append(index)
        for key, indices in groups.items():
            writer = self._writers.get(key)
            if writer is None:
                folder = self.tmp.joinpath(*(f"{c}={v}" for c, v in zip(self.partition_by, key)))
                folder.mkdir(parents=True, exist_ok=True)
                writer = pq.ParquetWriter(folder / "part-0.parquet", self.schema, compression="zstd")
                self._writers[key] = writer
            writer.write_table(table.take(pa.array(indices, pa.int64())))  # type: ignore[attr-defined]

    def close(self) -> Path:
        for writer in self._writers.values():
            writer.close()  # type: ignore[attr-defined]
        if self.path.exists():
            old = self.path.parent / f".{self.path.name}.{uuid.uuid4().hex[:8]}.old"
            os.replace(self.path, old)
            os.replace(self.tmp, self.path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        for writer in self._writers.values():
            writer.close()  # type: ignore[attr-defined]
        shutil.rmtree(self.tmp, ignore_errors=True)
