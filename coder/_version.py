"""The single place the library version is kept."""

__version__ = "0.1.0"
