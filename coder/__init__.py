"""newsevents coder: news text in, ACLED/CAMEO-style conflict event rows out.

Public API only. Dictionaries and the gazetteer load lazily, when a :class:`Coder` is first built; the one
thing importing the package does is register the ``df.coder`` pandas accessor (as pandera does), so
``df.coder.code(...)`` works after ``import coder``.
"""

from coder._accel import guard as _guard_compiled_modules
from coder._version import __version__

COMPILED = _guard_compiled_modules()  # True when the mypyc-compiled hot path is in use (see setup.py)

from coder.integrations.pandas import register as _register_pandas_accessor

_register_pandas_accessor()

__all__ = ["__version__", "COMPILED", "Coder", "code_text", "code_frame", "code_articles"]


def __getattr__(name: str):  # lazy public API: keeps `import coder` cheap and side-effect free
    if name in {"Coder"}:
        from coder.pipeline import Coder

        return Coder
    if name in {"code_text", "code_frame", "code_articles"}:
        from coder import api

        return getattr(api, name)
    raise AttributeError(f"module 'coder' has no attribute {name!r}")
