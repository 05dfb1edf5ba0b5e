"""Stage: read. The JSONL corpus through coder.io.readers.read_articles, beside plain json.loads per line."""

from __future__ import annotations

import json

import pytest

from coder.io.readers import InputColumns, read_articles

pytestmark = pytest.mark.benchmark(group="read")


def _read_coder(path, batch_size: int) -> tuple[int, int]:
    articles = chars = 0
    for batch in read_articles(path, InputColumns(), batch_size):
        articles += len(batch)
        chars += sum(len(t) for t in batch.texts if isinstance(t, str))
    return articles, chars


def _read_json_lines(path, batch_size: int) -> tuple[int, int]:
    articles = chars = 0
    with path.open("rb") as handle:
        for line in handle:
            record = json.loads(line)
            articles += 1
            chars += len(record["text"])
    return articles, chars


SCENARIOS = {
    "read_articles": (_read_coder, 512),
    "read_articles-4096": (_read_coder, 4096),
    "baseline-json_lines": (_read_json_lines, 0),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_read(benchmark, corpus, rounds, describe, scenario):
    read, batch_size = SCENARIOS[scenario]
    describe(benchmark, corpus, corpus.articles, corpus.megabytes, scenario, batch_size=batch_size)
    articles, chars = benchmark.pedantic(read, args=(corpus.path, batch_size), rounds=rounds, iterations=1)
    # correctness, after timing: every row handed on, text intact
    assert articles == corpus.articles
    assert chars > corpus.megabytes * 1e6 * 0.9
