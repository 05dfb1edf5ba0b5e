"""Shared fixtures: the fixed corpus (hash-checked), the coder, and the two baselines.

Run with ``make bench`` (or ``pytest benchmarks --benchmark-only``); ``make test`` never collects this folder
(pyproject's testpaths is ``["tests"]``). ``CODER_BENCH_SIZE=quick|100k|1m`` picks the corpus (default quick).
"""

from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.baselines import Phrases, RawScanner, SpacyBaseline, load_phrases, spacy_missing
from benchmarks.corpus import CorpusMismatch, FixedCorpus, bench_size, ensure_corpus
from coder import COMPILED as CODER_COMPILED

SPACY_LIMIT_ENV = "CODER_BENCH_SPACY_LIMIT"  # the spaCy baseline codes at most this many articles (rates per article)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def pytest_benchmark_update_machine_info(config, machine_info):  # noqa: ANN001 (pytest hook)
    machine_info["cpu_model"] = cpu_model()
    machine_info["cores"] = os.cpu_count()
    machine_info["corpus_size"] = bench_size()


@dataclass(frozen=True, slots=True)
class Loaded:
    """The corpus in memory, for the stages that do not read files."""

    corpus: FixedCorpus
    ids: list[str]
    texts: list[str]
    published: list[str]

    @property
    def articles(self) -> int:
        return len(self.ids)

    @property
    def megabytes(self) -> float:
        return self.corpus.megabytes


@pytest.fixture(scope="session")
def corpus() -> FixedCorpus:
    try:
        return ensure_corpus(bench_size())
    except CorpusMismatch as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def loaded(corpus: FixedCorpus) -> Loaded:
    ids, texts, published = [], [], []
    with corpus.path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            ids.append(record["id"])
            texts.append(record["text"])
            published.append(record["published"])
    return Loaded(corpus, ids, texts, published)


@pytest.fixture(scope="session")
def rounds(corpus: FixedCorpus) -> int:
    """Timed rounds: three on the quick corpus, one on the big ones."""
    return 3 if corpus.size == "quick" else 1


@pytest.fixture(scope="session")
def spacy_limit() -> int:
    return int(os.environ.get(SPACY_LIMIT_ENV, "20000"))


@pytest.fixture(scope="session")
def coder():
    from coder.api import default_coder

    return default_coder()  # built before timing: build cost is not part of any stage


@pytest.fixture(scope="session")
def phrases() -> Phrases:
    return load_phrases()


@pytest.fixture(scope="session")
def raw_scanner(phrases: Phrases) -> RawScanner:
    return RawScanner(phrases)


@pytest.fixture(scope="session")
def spacy_baseline(phrases: Phrases) -> SpacyBaseline:
    reason = spacy_missing()
    if reason:
        pytest.skip(reason)
    return SpacyBaseline(phrases)


def _describe(benchmark, corpus: FixedCorpus, articles: int, megabytes: float, engine: str, cores: int = 1,
              **extra: object) -> None:
    benchmark.extra_info.update({"corpus": corpus.size, "corpus_sha256": corpus.sha256[:16], "articles": articles,
                                 "mb": round(megabytes, 3), "engine": engine, "cores": cores,
                                 "compiled": CODER_COMPILED, **extra})


@pytest.fixture(scope="session")
def describe():
    """``describe(benchmark, corpus, articles, mb, engine, cores=1, **extra)``: sizes and the scenario in
    ``benchmark.extra_info`` (benchmarks/report.py reads articles, mb, engine and cores)."""
    return _describe
