"""Stage: code. coder.api.code_articles over the in-memory corpus on one core, beside the raw one-pass
Aho-Corasick scan (the practical limit) and the spaCy blank("en") PhraseMatcher (what a user would build)."""

from __future__ import annotations

from collections import Counter

import pytest

from coder.api import code_articles

pytestmark = pytest.mark.benchmark(group="code")
BATCH = 512  # the bulk coder's default batch


def _code(loaded, coder) -> dict:
    statuses: Counter[str] = Counter()
    events = rows_with_type = 0
    for at in range(0, loaded.articles, BATCH):
        part = slice(at, at + BATCH)
        result = code_articles(loaded.ids[part], loaded.texts[part], loaded.published[part], coder)
        statuses.update(s.status for s in result.statuses)
        events += result.table.num_rows
        rows_with_type += result.table.num_rows - result.table.column("event_type").null_count
    return {"statuses": statuses, "events": events, "typed": rows_with_type}


def _scan(texts, scanner) -> dict:
    matches = 0
    hit = 0
    for at in range(0, len(texts), BATCH):
        for found in scanner.scan_many(texts[at:at + BATCH]):
            matches += len(found)
            hit += bool(found)
    return {"matches": matches, "articles_with_matches": hit}


@pytest.mark.parametrize("engine", ["coder", "raw_scan", "spacy"])
def test_code(benchmark, request, loaded, rounds, describe, spacy_limit, engine):
    if engine == "coder":
        coder = request.getfixturevalue("coder")
        describe(benchmark, loaded.corpus, loaded.articles, loaded.megabytes, engine)
        out = benchmark.pedantic(_code, args=(loaded, coder), rounds=rounds, iterations=1)
        # correctness, after timing
        assert sum(out["statuses"].values()) == loaded.articles, "every article has a status"
        assert set(out["statuses"]) <= {"ok", "no_events", "truncated", "skipped"}
        assert out["statuses"]["skipped"] == 0, out["statuses"]
        assert out["events"] / loaded.articles > 1.0, "the corpus has several events per article"
        assert out["typed"] == out["events"], "every event row has an event_type"
        benchmark.extra_info.update(events=out["events"], statuses=dict(out["statuses"]))
        return
    scanner = request.getfixturevalue("raw_scanner" if engine == "raw_scan" else "spacy_baseline")
    texts = loaded.texts if engine == "raw_scan" else loaded.texts[:spacy_limit]
    megabytes = loaded.megabytes * len(texts) / loaded.articles
    describe(benchmark, loaded.corpus, len(texts), megabytes, engine)
    out = benchmark.pedantic(_scan, args=(texts, scanner), rounds=rounds, iterations=1)
    assert out["articles_with_matches"] == len(texts), "every article has dictionary phrases"
    benchmark.extra_info.update(matches=out["matches"])
