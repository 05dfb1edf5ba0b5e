"""Shared test fixtures: one Coder per session (building it loads the dictionaries and the gazetteer)."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def coder_instance():
    from coder.api import default_coder

    return default_coder()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): the shared data these tests read is not available")
    return SHARED


@pytest.fixture(scope="module")
def code(coder_instance, request):
    """``code(text, published=PUB)``: event rows for one text, dated against the test module's ``PUB``."""
    default = request.module.PUB
    return lambda text, published=default: coder_instance.code_article("t", text, published)
