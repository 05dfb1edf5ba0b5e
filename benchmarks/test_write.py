"""Stage: write. The coded events table through coder.io.writers.ParquetEventWriter (one row group per
coded batch, as the bulk coder writes), beside a plain pyarrow.parquet.write_table of the same table."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from coder.api import code_articles
from coder.io.writers import ParquetEventWriter
from coder.schema import event_schema

pytestmark = pytest.mark.benchmark(group="write")
BATCH = 512


@pytest.fixture(scope="module")
def coded(loaded, coder) -> list[pa.Table]:
    """The corpus coded once, one table per batch of 512 articles (not timed)."""
    return [code_articles(loaded.ids[at:at + BATCH], loaded.texts[at:at + BATCH], loaded.published[at:at + BATCH],
                          coder).table for at in range(0, loaded.articles, BATCH)]


def _writer_batches(tables, path, metadata) -> None:
    writer = ParquetEventWriter(path, event_schema(), metadata)
    for table in tables:
        writer.write(table)
    writer.close()


def _writer_one(tables, path, metadata) -> None:
    writer = ParquetEventWriter(path, event_schema(), metadata)
    writer.write(pa.concat_tables(tables))
    writer.close()


def _baseline(tables, path, metadata) -> None:
    pq.write_table(pa.concat_tables(tables), path, compression="zstd")


SCENARIOS = {"ParquetEventWriter-batches": _writer_batches, "ParquetEventWriter-one_table": _writer_one,
             "baseline-pq.write_table": _baseline}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_write(benchmark, tmp_path, loaded, coder, coded, rounds, describe, scenario):
    path = tmp_path / "events.parquet"
    rows = sum(t.num_rows for t in coded)
    describe(benchmark, loaded.corpus, loaded.articles, loaded.megabytes, scenario, rows=rows)
    benchmark.pedantic(SCENARIOS[scenario], args=(coded, path, coder.versions), rounds=rounds, iterations=1)
    # correctness, after timing: the declared schema, every row, provenance in the metadata
    written = pq.read_schema(path)
    benchmark.extra_info["output_mb"] = round(path.stat().st_size / 1e6, 3)
    assert pq.ParquetFile(path).metadata.num_rows == rows > 0
    expected = event_schema()
    assert [(f.name, f.type) for f in written] == [(f.name, f.type) for f in expected]
    if scenario.startswith("ParquetEventWriter"):
        assert written.metadata[b"coder.schema_version"] == expected.metadata[b"coder.schema_version"]
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary file left behind"
