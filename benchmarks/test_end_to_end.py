"""Stage: end to end. coder.bulk.code_files, JSONL in to Parquet out, with 1 and 2 worker processes, beside
the two baselines run end to end (JSONL in, one Parquet row per dictionary match out)."""

from __future__ import annotations

import itertools

import pyarrow.parquet as pq
import pytest

from benchmarks.baselines import scan_file_to_parquet
from coder.bulk import BulkOptions, code_files
from coder.schema import event_schema

pytestmark = pytest.mark.benchmark(group="end_to_end")

SCENARIOS = {  # name: (engine, workers)
    "coder-1worker": ("coder", 1),
    "coder-2workers": ("coder", 2),
    "raw_scan": ("raw_scan", 1),
    "spacy": ("spacy", 1),
}


def _prefix(corpus, limit: int, folder):
    """The first ``limit`` articles of the corpus as their own JSONL file (for the slow spaCy baseline)."""
    if corpus.articles <= limit:
        return corpus.path, corpus.articles, corpus.megabytes
    path = folder / f"prefix-{limit}.jsonl"
    with corpus.path.open("rb") as source, path.open("wb") as target:
        target.writelines(itertools.islice(source, limit))
    return path, limit, path.stat().st_size / 1e6


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_end_to_end(benchmark, request, tmp_path, corpus, rounds, describe, spacy_limit, scenario):
    engine, workers = SCENARIOS[scenario]
    output = tmp_path / "events.parquet"
    if engine == "coder":
        request.getfixturevalue("coder")  # built before timing (and before the pool forks)
        describe(benchmark, corpus, corpus.articles, corpus.megabytes, scenario, cores=workers, workers=workers)
        options = BulkOptions(workers=workers)
        summary = benchmark.pedantic(code_files, args=([corpus.path], output, options), rounds=rounds, iterations=1)
        # correctness, after timing
        assert summary.articles == corpus.articles and summary.skipped == 0
        assert summary.events > corpus.articles
        written = pq.read_schema(output)
        assert [(f.name, f.type) for f in written] == [(f.name, f.type) for f in event_schema()]
        assert pq.ParquetFile(output).metadata.num_rows == summary.events
        benchmark.extra_info.update(events=summary.events, output_mb=round(output.stat().st_size / 1e6, 3))
        return
    scanner = request.getfixturevalue("raw_scanner" if engine == "raw_scan" else "spacy_baseline")
    source, articles, megabytes = (corpus.path, corpus.articles, corpus.megabytes) if engine == "raw_scan" \
        else _prefix(corpus, spacy_limit, tmp_path)
    describe(benchmark, corpus, articles, megabytes, scenario)
    done, matches = benchmark.pedantic(scan_file_to_parquet, args=(scanner.scan_many, source, output),
                                       rounds=rounds, iterations=1)
    assert done == articles and matches > articles
    assert pq.ParquetFile(output).metadata.num_rows == matches
    benchmark.extra_info.update(matches=matches)
