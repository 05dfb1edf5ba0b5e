"""Build hook for the optional compiled accelerator (everything else about the package is in pyproject.toml).

The hot-path modules (the matchers, text splitting and the pipeline) are compiled with mypyc when it and a C
compiler are at hand: same source, same output, about 1.5x the speed. Pure Python stays the reference and the
fallback:
- ``CODER_COMPILE=0 pip install .`` skips compiling;
- a failed compile (no compiler) only costs speed: nothing half-built is kept;
- at import, ``coder._accel`` checks the compiled modules against their sources' hashes (written here into
  ``coder/_compiled.json``) and runs the sources instead when they differ (an edited checkout) or when
  ``CODER_PURE=1`` is set.
"""

from __future__ import annotations

import hashlib
import json
import os
import runpy
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
COMPILED = runpy.run_path(str(HERE / "coder" / "_accel.py"))["compiled_sources"](HERE)
GROUP = "coder__native"  # the shared library every compiled module links against
MANIFEST = "coder/_compiled.json"


def _say(message: str) -> None:
    print(f"newsevents-coder: {message}", file=sys.stderr)


def _remove_earlier_build() -> None:
    """Delete compiled modules a previous in-place (editable) build left beside the sources, so that a pure-
    Python install really runs the sources."""
    for source in COMPILED:
        for built in (HERE / source).parent.glob(Path(source).stem + ".*.so"):
            built.unlink()
    for built in HERE.glob(GROUP + "__mypyc.*.so"):
        built.unlink()
    (HERE / MANIFEST).unlink(missing_ok=True)


def _extensions() -> list:
    if os.environ.get("CODER_COMPILE", "1") == "0":
        _say("CODER_COMPILE=0: installing pure Python")
        _remove_earlier_build()
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not installed: installing pure Python (pip install mypy, then reinstall, to compile)")
        _remove_earlier_build()
        return []
    try:
        extensions = mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3", group_name=GROUP)
    except (Exception, SystemExit) as err:  # a mypy error: the sources stay usable as they are
        _say(f"mypyc could not compile the accelerator (mypy exit {err}; tests/test_accel.py shows the type "
             "errors): installing pure Python")
        _remove_earlier_build()
        return []
    for extension in extensions:
        extension.optional = True  # no C compiler: skip, do not fail the install
    return extensions


class BuildAccelerator(build_ext):
    """build_ext that keeps the compiled modules only when all of them built, and records their sources'
    hashes so that an edited source is never shadowed by a stale compiled module."""

    def run(self) -> None:
        super().run()
        if not self.extensions:
            return
        outputs = [Path(self.get_ext_fullpath(ext.name)) for ext in self.extensions]
        package_dir = Path(self.get_ext_fullpath("coder.x")).parent
        manifest = package_dir / Path(MANIFEST).name
        if not all(path.exists() for path in outputs):
            for path in outputs:
                path.unlink(missing_ok=True)
            manifest.unlink(missing_ok=True)
            _say("the accelerator did not build (is a C compiler installed?): installing pure Python")
            return
        hashes = {
            source[: -len(".py")].replace("/", "."): hashlib.sha256((HERE / source).read_bytes()).hexdigest()
            for source in COMPILED
        }
        manifest.parent.mkdir(parents=True, exist_ok=True)
        manifest.write_text(json.dumps({"group": GROUP, "modules": hashes}, indent=1) + "\n", encoding="utf-8")
        _say(f"compiled {len(hashes)} modules with mypyc")


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildAccelerator})
