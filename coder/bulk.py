"""Bulk coding: stream input files in batches through one or more worker processes into one writer.

Memory stays flat (one batch per worker in flight), output appears atomically, and the output order and
event ids do not depend on the number of workers (batches are written in input order).
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import multiprocessing as mp
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from coder.api import ArticleStatus, CodeResult, code_articles
from coder.io.readers import ArticleBatch, InputColumns, read_articles
from coder.io.writers import open_event_writer
from coder.schema import event_schema

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BulkOptions:
    id_col: str = "id"
    text_col: str = "text"
    date_col: str = "published"
    published: str | None = None
    batch_size: int = 512
    workers: int = 0  # 0: all cores
    partition_by: list[str] | None = None
    status_path: Path | None = None
    progress: bool = False


@dataclass(slots=True)
class BulkSummary:
    articles: int = 0
    events: int = 0
    skipped: int = 0
    no_events: int = 0
    seconds: float = 0.0
    output: Path | None = None
    skip_reasons: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.skip_reasons.items()))
        skipped = f" ({reasons})" if reasons else ""
        return (f"coded {self.articles} articles -> {self.events} events in {self.seconds:.1f} s "
                f"({rate:.0f} articles/s); skipped {self.skipped}{skipped}; without events {self.no_events}; "
                f"output {self.output}")


# -- worker side: one Coder per process, built once ----------------------------------------------------------
_WORKER_CODER = None  # per-process worker state, set by the pool initializer only


def _init_worker() -> None:
    """Build the worker's Coder once (under fork it is inherited from the parent, already built)."""
    global _WORKER_CODER
    from coder.api import default_coder

    _WORKER_CODER = default_coder()
    gc.set_threshold(*_BULK_GC_THRESHOLDS)  # a forked worker inherits the parent's settings; a spawned one not


def _init_pool_worker() -> None:
    """A pool worker stops at once on SIGTERM (the parent's handler, inherited under fork, is for the parent:
    it removes the partial output)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})  # blocked by the parent around the fork
    _init_worker()


def _code_batch(batch: ArticleBatch) -> CodeResult:
    return code_articles(batch.ids, batch.texts, batch.published, _WORKER_CODER, batch.notes)


def _batches(inputs: list[Path], options: BulkOptions) -> Iterator[ArticleBatch]:
    columns = InputColumns(options.id_col, options.text_col, options.date_col)
    for path in inputs:
        yield from read_articles(path, columns, options.batch_size, options.published)


def _results(inputs: list[Path], options: BulkOptions) -> Iterator[CodeResult]:
    workers = options.workers or os.cpu_count() or 1
    if workers == 1:
        _init_worker()
        yield from map(_code_batch, _batches(inputs, options))
        return
    context = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with _sigterm_deferred():  # a stop during the fork would be lost in its at-fork hooks: deliver it after
        pool = context.Pool(workers, initializer=_init_pool_worker)
    with pool:
        # imap keeps input order; a bounded chunk of work in flight keeps memory flat
        yield from pool.imap(_code_batch, _batches(inputs, options), chunksize=1)


# Coding allocates many short-lived objects and few cycles: the collector's young generation is scanned 15x
# less often than Python's default (700), which saves ~3% of the time for a few MB more at peak.
_BULK_GC_THRESHOLDS = (10_000, 10, 10)


@contextlib.contextmanager
def _bulk_gc() -> Iterator[None]:
    """For the job: the Coder's dictionaries and gazetteer (built before) are moved out of the collector's
    view with ``gc.freeze`` (as the gc docs advise before a fork: workers then share those pages instead of
    copying them when the collector touches them, and no full collection walks them again), and the young
    generation is collected less often. Both are undone when the job ends."""
    thresholds = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*_BULK_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@contextlib.contextmanager
def _sigterm_deferred() -> Iterator[None]:
    """Hold SIGTERM back while the block runs; it is delivered (and its handler runs) as the block ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def code_files(inputs: list[Path], output: Path, options: BulkOptions = BulkOptions()) -> BulkSummary:
    """Code every article of ``inputs`` into ``output`` (Parquet, CSV, JSONL, or a partitioned dataset)."""
    for path in inputs:  # fail fast, before any worker starts, on a missing file or a bad column
        next(iter(read_articles(path, InputColumns(options.id_col, options.text_col, options.date_col), 1,
                                options.published)), None)
    from coder.api import default_coder

    metadata = default_coder().versions  # built before the pool forks, so workers inherit it
    with _bulk_gc():
        return _code_files(inputs, output, options, metadata)


def _code_files(inputs: list[Path], output: Path, options: BulkOptions, metadata: dict[str, str]) -> BulkSummary:
    writer = open_event_writer(output, event_schema(), metadata, options.partition_by)
    status_file = None
    summary = BulkSummary(output=output)
    started = time.perf_counter()
    try:  # from the moment the temporary output exists: any failure or stop removes it
        status_file = options.status_path.open("w", encoding="utf-8") if options.status_path else None
        for result in _results(inputs, options):
            if result.table.num_rows:
                writer.write(result.table)
            _count(summary, result.statuses, status_file)
            summary.events += result.table.num_rows
            if options.progress:
                _progress(summary, started)
        summary.output = writer.close()
    except BaseException:
        writer.abort()
        raise
    finally:
        if status_file:
            status_file.close()
        if options.progress:
            sys.stderr.write("\n")
    summary.seconds = time.perf_counter() - started
    return summary


def _count(summary: BulkSummary, statuses: list[ArticleStatus], status_file) -> None:
    for status in statuses:
        summary.articles += 1
        if status.status == "skipped":
            summary.skipped += 1
            reason = (status.message or "unknown").split(":")[0]
            summary.skip_reasons[reason] = summary.skip_reasons.get(reason, 0) + 1
        elif status.status == "no_events":
            summary.no_events += 1
        if status_file is not None:
            status_file.write(json.dumps({"article_id": status.article_id, "status": status.status,
                                          "events": status.events, "message": status.message}) + "\n")


def _progress(summary: BulkSummary, started: float) -> None:
    elapsed = time.perf_counter() - started
    rate = summary.articles / elapsed if elapsed else 0.0
    sys.stderr.write(f"\r{summary.articles:>10,} articles  {summary.events:>10,} events  {rate:>8,.0f}/s")
    sys.stderr.flush()
