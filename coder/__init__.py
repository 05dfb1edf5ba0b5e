"""newsevents coder: news text in, ACLED/CAMEO-style conflict event rows out.

Public API only; importing this package has no side effects (dictionaries and the gazetteer load lazily,
when a :class:`Coder` is first built).
"""

from coder._version import __version__

__all__ = ["__version__", "Coder", "code_text", "code_frame", "code_articles"]


def __getattr__(name: str):  # lazy public API: keeps `import coder` cheap and side-effect free
    if name in {"Coder"}:
        from coder.pipeline import Coder

        return Coder
    if name in {"code_text", "code_frame", "code_articles"}:
        from coder import api

        return getattr(api, name)
    raise AttributeError(f"module 'coder' has no attribute {name!r}")
