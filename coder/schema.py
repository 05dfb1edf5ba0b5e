"""The one declared Arrow schema of the events table, built from ``schemas/events.csv``.

Every writer and every batch is cast to :func:`event_schema`; no batch infers its own types.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources
from pathlib import Path
from typing import Iterator

import pyarrow as pa

from coder.errors import SchemaError

SCHEMA_VERSION = "1"

_SIMPLE_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int8": pa.int8(),
    "int16": pa.int16(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float32": pa.float32(),
    "float64": pa.float64(),
    "date32": pa.date32(),
    "bool": pa.bool_(),
    "list<string>": pa.list_(pa.string()),
}


def schemas_dir() -> Path:
    """Folder holding the schema and taxonomy files (``schemas/`` in a checkout, ``coder/_schemas`` installed)."""
    checkout = Path(__file__).resolve().parent.parent / "schemas"
    if (checkout / "events.csv").is_file():
        return checkout
    return Path(str(resources.files("coder._schemas")))


def read_schema_table(name: str) -> list[dict[str, str]]:
    """Rows of a CSV file in ``schemas/`` as dicts; errors name the file."""
    path = schemas_dir() / name
    if not path.is_file():
        raise SchemaError(f"schema file {path} is missing")
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(row for row in handle if not row.startswith("#")))


def _arrow_type(name: str, where: str) -> pa.DataType:
    try:
        return _SIMPLE_TYPES[name]
    except KeyError:
        raise SchemaError(f"{where}: unknown arrow_type {name!r}; known: {sorted(_SIMPLE_TYPES)}") from None


@functools.cache
def event_schema() -> pa.Schema:
    """The events table schema, with provenance metadata (library and schema versions)."""
    from coder._version import __version__

    fields = []
    for lineno, row in enumerate(read_schema_table("events.csv"), start=2):
        where = f"schemas/events.csv line {lineno}"
        nullable = row["nullable"].strip().lower()
        if nullable not in {"true", "false"}:
            raise SchemaError(f"{where}: nullable must be true or false, got {row['nullable']!r}")
        fields.append(
            pa.field(
                row["column"],
                _arrow_type(row["arrow_type"], where),
                nullable=nullable == "true",
                metadata={"description": row["description"]},
            )
        )
    return pa.schema(fields, metadata={"coder.version": __version__, "coder.schema_version": SCHEMA_VERSION})


def event_columns() -> list[str]:
    """Column names of the events table, in order."""
    return event_schema().names


def iter_columns() -> Iterator[tuple[str, pa.DataType]]:
    for field in event_schema():
        yield field.name, field.type
