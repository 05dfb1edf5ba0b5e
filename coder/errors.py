"""One catalogue of the library's errors. Messages name the file, line or column at fault."""

from __future__ import annotations


class CoderError(Exception):
    """Base class of every error this library raises on purpose."""


class SchemaError(CoderError):
    """A schema or taxonomy file in schemas/ is missing or malformed."""


class DictionaryError(CoderError):
    """A dictionary file is malformed; the message gives file and line."""


class InputError(CoderError):
    """An input file or frame cannot be read: missing or malformed column, unknown format."""


class GazetteerError(CoderError):
    """The gazetteer index cannot be built or loaded."""
