"""The optional compiled accelerator (setup.py, coder._accel): stale or disabled compiled modules never run, and
compiled and pure-Python code give the same rows."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import coder
from coder._accel import SourceFirst, compiled_sources, stale_modules

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str, **env: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **env}, check=True)
    return done.stdout


def test_a_changed_source_is_stale_and_an_unchanged_one_is_not(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "same.py").write_text("X = 1\n")
    (tmp_path / "pkg" / "edited.py").write_text("X = 2\n")
    digest = hashlib.sha256(b"X = 1\n").hexdigest()
    modules = {"pkg.same": digest, "pkg.edited": digest, "pkg.gone": digest}
    assert stale_modules(modules, tmp_path) == ["pkg.edited"]  # no source at all: nothing to fall back to


def test_the_source_first_finder_loads_listed_modules_from_their_sources(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "mod.py").write_text("X = 1\n")
    finder = SourceFirst(frozenset({"pkg.mod"}), tmp_path)
    spec = finder.find_spec("pkg.mod")
    assert spec is not None and spec.origin == str(tmp_path / "pkg" / "mod.py")
    assert finder.find_spec("pkg.other") is None


def test_coder_pure_runs_the_sources():
    out = _run("import coder, coder.pipeline, coder.match.actors as a; "
               "print(coder.COMPILED, coder.pipeline.__file__.endswith('.py'), a.__file__.endswith('.py'))",
               CODER_PURE="1")
    assert out.split() == ["False", "True", "True"]


def test_the_compiled_modules_type_check():
    """mypyc compiles only code that type-checks, and checks annotations at run time: a type error here means
    the install silently falls back to pure Python (setup.py), or a wrong annotation crashes compiled code."""
    api = pytest.importorskip("mypy.api", reason="mypy is a dev dependency: pip install -e '.[dev]'")
    compiled = compiled_sources(ROOT)
    out, err, status = api.run(["--ignore-missing-imports", "--no-error-summary", "--python-executable",
                                sys.executable, *compiled])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 0 and not errors, "\n".join(errors) or err


def test_versions_say_whether_the_compiled_modules_run():
    out = _run("import json; from coder.api import default_coder; "
               "print(json.dumps(default_coder().versions['coder.compiled']))", CODER_PURE="1")
    assert json.loads(out) == "no"


@pytest.mark.skipif(not coder.COMPILED, reason="the accelerator is not compiled in this install (pure Python only)")
def test_compiled_and_pure_python_code_the_same_rows():
    script = ("import json; from coder.api import code_articles; "
              "arts = [json.loads(line) for line in open('fixtures/articles.jsonl')]; "
              "result = code_articles([a['id'] for a in arts], [a['text'] for a in arts], "
              "[a.get('published') for a in arts]); "
              "print(json.dumps(result.table.to_pylist(), default=str, sort_keys=True))")
    compiled, pure = _run(script), _run(script, CODER_PURE="1")
    assert json.loads(compiled) and json.loads(compiled) == json.loads(pure)
