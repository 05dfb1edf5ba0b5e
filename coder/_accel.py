"""Use the compiled accelerator only when it matches the sources (see setup.py).

When the package was installed with the hot-path modules compiled by mypyc, ``_compiled.json`` holds the hash
of each module's source at build time. Before any of those modules is imported, :func:`guard` compares the
hashes with the sources beside them. If one differs (a checkout edited after install) or ``CODER_PURE=1`` is
set, an import hook makes Python load every compiled module from its ``.py`` source instead, so the code that
runs is always the code that is there. The compiled modules call each other directly, so it is all of them or
none.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path
from types import ModuleType

_PACKAGE_DIR = Path(__file__).resolve().parent
_MANIFEST = _PACKAGE_DIR / "_compiled.json"
# what setup.py compiles (folders, or files): the per-article path, and the dictionary entries, gazetteer and
# taxonomy it reads
HOT_PATH = ("coder/match", "coder/text", "coder/dictionaries", "coder/pipeline.py", "coder/gazetteer/index.py",
            "coder/taxonomy.py")


def compiled_sources(root: Path) -> list[str]:
    """The source files setup.py compiles, relative to the project root ``root`` (setup.py runs this file on
    its own, so it imports nothing outside the standard library)."""
    out: list[str] = []
    for entry in HOT_PATH:
        if entry.endswith(".py"):
            out.append(entry)
        else:
            out += sorted(str(p.relative_to(root)) for p in (root / entry).glob("*.py") if p.name != "__init__.py")
    return out


class SourceFirst(importlib.abc.MetaPathFinder):
    """Finds the listed modules as their ``.py`` sources, ahead of the compiled extension modules."""

    def __init__(self, names: frozenset[str], root: Path = _PACKAGE_DIR.parent) -> None:
        self.names = names
        self.root = root

    def find_spec(self, fullname: str, path: object = None, target: ModuleType | None = None):
        if fullname not in self.names:
            return None
        source = _source_path(fullname, self.root)
        loader = importlib.machinery.SourceFileLoader(fullname, str(source))
        return importlib.util.spec_from_file_location(fullname, source, loader=loader)


def _source_path(module: str, root: Path = _PACKAGE_DIR.parent) -> Path:
    return root.joinpath(*module.split(".")).with_suffix(".py")


def _read_manifest() -> dict[str, str]:
    try:
        data = json.loads(_MANIFEST.read_text(encoding="utf-8"))
        return {str(name): str(digest) for name, digest in data["modules"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def stale_modules(modules: dict[str, str], root: Path = _PACKAGE_DIR.parent) -> list[str]:
    """The modules (name -> sha256 of the source compiled) whose source under ``root`` has changed since."""
    out = []
    for name, digest in modules.items():
        try:
            if hashlib.sha256(_source_path(name, root).read_bytes()).hexdigest() != digest:
                out.append(name)
        except OSError:  # no source beside the compiled module: nothing to fall back to, nothing stale
            continue
    return out


def guard() -> bool:
    """Install the source-first hook when the compiled modules must not be used; True when they are used."""
    modules = _read_manifest()
    if not modules:
        return False
    pure = os.environ.get("CODER_PURE", "") not in ("", "0")
    stale = [] if pure else stale_modules(modules)
    if not pure and not stale:
        return True
    if stale:
        warnings.warn(
            f"newsevents-coder: the compiled accelerator is older than its sources ({', '.join(stale[:3])}"
            f"{', ...' if len(stale) > 3 else ''}); running the pure-Python sources. Reinstall "
            "(make accel, or pip install -e .) to compile them again.",
            RuntimeWarning,
            stacklevel=3,
        )
    if not any(isinstance(finder, SourceFirst) for finder in sys.meta_path):
        sys.meta_path.insert(0, SourceFirst(frozenset(modules)))
    return False
