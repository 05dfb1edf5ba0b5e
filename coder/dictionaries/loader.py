"""Generic, validated JSONL loading for the dictionaries in ``coder/resources/dictionaries``.

Every dictionary file is JSON Lines: one object per line, each with a unique ``id``. A file is read against a
declared :class:`Schema` (required and optional fields with their types) and every problem is raised as
:class:`coder.errors.DictionaryError` with ``<file>:<line>: <problem>``. Blank lines and lines starting with
``#`` or ``//`` are skipped. ``MANIFEST.json`` (beside the files) carries each file's version and sources.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coder.errors import CoderError, DictionaryError

MANIFEST = "MANIFEST.json"

_TYPE_NAMES = {str: "string", int: "integer", bool: "boolean", list: "list", dict: "object", float: "number",
               type(None): "null"}


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a schema: the JSON types it accepts; ``items`` types the elements of a list."""

    types: tuple[type, ...]
    required: bool = True
    items: type | None = None
    non_empty: bool = False


@dataclass(frozen=True, slots=True)
class Schema:
    """The fields a line may hold; unknown fields are errors unless ``allow_extra``."""

    name: str
    fields: Mapping[str, Field]
    allow_extra: bool = False
    id_prefix: str | None = None
    extra_checks: tuple[Callable[[dict[str, Any]], str | None], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Record:
    """A validated line: its data and where it came from (for later cross-file errors)."""

    data: dict[str, Any]
    file: str
    line: int

    def where(self) -> str:
        return f"{self.file}:{self.line}"


def _type_ok(value: Any, types: tuple[type, ...]) -> bool:
    # bool is a subclass of int: an integer field must not accept true/false.
    if isinstance(value, bool):
        return bool in types
    return isinstance(value, types)


def _type_names(types: Iterable[type]) -> str:
    return " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)


def check_record(data: Any, schema: Schema) -> str | None:
    """The first problem with ``data`` under ``schema``, or None when it is valid."""
    if not isinstance(data, dict):
        return f"expected a JSON object, got {type(data).__name__}"
    for name, spec in schema.fields.items():
        if name not in data:
            if spec.required:
                return f"missing required field {name!r}"
            continue
        value = data[name]
        if not _type_ok(value, spec.types):
            return f"field {name!r} must be {_type_names(spec.types)}, got {json.dumps(value)[:60]}"
        if spec.items is not None and isinstance(value, list):
            for item in value:
                if not _type_ok(item, (spec.items,)) or (spec.items is str and not item.strip()):
                    return f"field {name!r} must hold non-empty {_type_names((spec.items,))} items, got {item!r}"
        if spec.non_empty and isinstance(value, (str, list)) and not value:
            return f"field {name!r} must not be empty"
    if not schema.allow_extra:
        unknown = sorted(set(data) - set(schema.fields))
        if unknown:
            return f"unknown field(s) {', '.join(map(repr, unknown))} for {schema.name}"
    if schema.id_prefix and not str(data.get("id", "")).startswith(schema.id_prefix):
        return f"id {data.get('id')!r} must start with {schema.id_prefix!r}"
    for check in schema.extra_checks:
        problem = check(data)
        if problem:
            return problem
    return None


def iter_json_lines(path: Path, error: type[CoderError] = DictionaryError,
                    label: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSONL file ('#' and '//' lines are comments).
    Bad lines raise ``error`` naming file and line; one reader for dictionaries, lexicons and gold files."""
    label = label or str(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise error(f"{label}: not UTF-8 ({exc})") from None
    except OSError as exc:
        raise error(f"{label}: cannot read ({exc})") from None
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith(("#", "//")):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{label}:{number}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(data, dict):
            raise error(f"{label}:{number}: each line must be a JSON object")
        yield number, data


def read_jsonl(path: Path, schema: Schema, seen_ids: dict[str, str] | None = None) -> list[Record]:
    """Read and validate one JSONL dictionary file.

    ``seen_ids`` (id -> "file:line") lets a caller reject duplicate ids across several files; it is updated.
    """
    if not path.is_file():
        raise DictionaryError(f"{path}: dictionary file not found")
    seen = seen_ids if seen_ids is not None else {}
    records: list[Record] = []
    for number, data in iter_json_lines(path, DictionaryError, label=path.name):
        where = f"{path.name}:{number}"
        problem = check_record(data, schema)
        if problem:
            raise DictionaryError(f"{where}: {problem}")
        entry_id = data.get("id")
        if entry_id is not None:
            if entry_id in seen:
                raise DictionaryError(f"{where}: duplicate id {entry_id!r} (first at {seen[entry_id]})")
            seen[entry_id] = where
        records.append(Record(data, path.name, number))
    return records


def load_manifest(directory: Path) -> dict[str, dict[str, Any]]:
    """``MANIFEST.json``'s ``files`` object (file name -> version, description, sources)."""
    path = directory / MANIFEST
    if not path.is_file():
        raise DictionaryError(f"{path}: manifest not found")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"{MANIFEST}:{exc.lineno}: invalid JSON ({exc.msg})") from None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        raise DictionaryError(f"{MANIFEST}: expected an object with a 'files' object")
    for name, info in files.items():
        if not isinstance(info, dict) or not isinstance(info.get("version"), str):
            raise DictionaryError(f"{MANIFEST}: entry {name!r} needs a string 'version'")
    return files
