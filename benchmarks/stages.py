"""Where the per-article time goes: each stage of ``Coder.code_article`` timed on the benchmark corpus.

    python -m benchmarks.stages                  # the quick corpus, first 1,000 articles
    python -m benchmarks.stages --articles 300 --file some.jsonl
    python -m benchmarks.stages --event-share 0.05   # generated like the corpus, with fewer event sentences

A first pass runs untimed on a fresh Coder (its small token and sequence caches cold, as on a new corpus) and
gives the articles/s figure; a second pass runs with the timers (caches warm), for the stage shares.
The timers wrap the Coder's components (matchers, mention building, row building) for this run only, on a Coder
of its own; they add about a microsecond per call, so the stage shares are close to, and the total a little
above, an untimed run. Nested stages (actors inside match, fatalities inside build_mention) are listed on
their own lines as well as inside their parent. CPU time (``time.process_time``), so other processes on the
machine disturb the figures less than wall time would.

With the compiled accelerator installed (see setup.py), the untimed figure is the compiled code's; its methods
cannot be wrapped, so the stage shares come from a second process running the pure-Python sources
(``CODER_PURE=1``), and are printed after it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

import coder
import coder.pipeline as pipeline
from coder.pipeline import Coder

_PUBLISHED = dt.date(2024, 1, 1)


def _timed(target: Any, name: str, label: str, totals: dict[str, float]) -> Callable[[], None]:
    """Wrap ``target.name`` with a CPU timer adding to ``totals[label]``; returns the undo."""
    original = getattr(target, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            totals[label] += time.process_time() - started

    setattr(target, name, wrapper)
    return lambda: setattr(target, name, original)


def untimed_seconds(texts: list[str]) -> float:
    """Seconds of CPU per article coding ``texts`` on a fresh Coder, after a 20-article warm-up."""
    fresh = Coder()
    for text in texts[:20]:
        fresh.code_article("warm-up", text, _PUBLISHED)
    started = time.process_time()
    for index, text in enumerate(texts):
        fresh.code_article(str(index), text, _PUBLISHED)
    return (time.process_time() - started) / len(texts)


def stage_times(texts: list[str]) -> tuple[float, dict[str, float]]:
    """Seconds of CPU per article overall and per stage, coding ``texts`` once (after a warm-up)."""
    coder = Coder()
    totals: dict[str, float] = defaultdict(float)
    stages = [(coder._scan, "hits", "match: dictionary walk"),  # the shared walk for actors, triggers, cue heads
              (coder.actors, "find", "match: actors"), (coder.triggers, "find", "match: triggers"),
              (coder.splitter, "split", "match: sentences"), (coder.places, "find", "match: places (find)"),
              (coder.places, "choose", "match: places (choose)"), (coder.dates, "find", "match: dates"),
              (coder._regions_named, "places_with", "match: parenthetical regions"),
              (pipeline, "normalize_text", "match: normalize"), (pipeline, "uncap", "match: uncap"),
              (coder, "match", "match (all)"), (coder.fatalities, "find", "mentions: fatalities"),
              (pipeline, "build_mention", "mentions (all)"), (pipeline, "merge_mentions", "events: merge"),
              (pipeline, "backfill_target", "events: backfill"), (pipeline, "event_row", "rows")]
    for text in texts[:20]:
        coder.code_article("warm-up", text, _PUBLISHED)
    started = time.process_time()
    for index, text in enumerate(texts):
        coder.code_article(str(index), text, _PUBLISHED)
    totals["(untimed run)"] = time.process_time() - started
    undo = [_timed(target, name, label, totals) for target, name, label in stages]
    try:
        started = time.process_time()
        for index, text in enumerate(texts):
            coder.code_article(str(index), text, _PUBLISHED)
        total = time.process_time() - started
    finally:
        for restore in reversed(undo):
            restore()
    return total / len(texts), {label: seconds / len(texts) for label, seconds in totals.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, help="JSONL with a 'text' field (default: the quick corpus)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--event-share", type=float, default=None,
                        help="generate the articles with this share of event sentences (the corpus uses 0.2)")
    args = parser.parse_args(argv)
    if args.event_share is not None:
        import copy

        from benchmarks.corpus import iter_corpus, load_templates

        templates = copy.deepcopy(load_templates())
        templates["article"]["event_share"] = args.event_share
        texts = [a["text"] for a in iter_corpus(args.articles, seed=0, templates=templates)]
        return _report(texts, f"generated, event_share {args.event_share}")
    if args.file is None:
        from benchmarks.corpus import ensure_corpus

        args.file = ensure_corpus("quick").path
    with open(args.file, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line, _ in zip(fh, range(args.articles))]
    return _report(texts, str(args.file))


def _report(texts: list[str], source: str) -> int:
    if coder.COMPILED:
        seconds = untimed_seconds(texts)
        print(f"{len(texts)} articles from {source}: {seconds * 1e3:.3f} ms CPU per article, compiled "
              f"({1 / seconds:,.0f} articles/s). Stage shares, from the pure-Python sources:", flush=True)
        env = dict(os.environ, CODER_PURE="1")
        return subprocess.run([sys.executable, "-m", "benchmarks.stages", *sys.argv[1:]], env=env).returncode
    total, stages = stage_times(texts)
    untimed = stages.pop("(untimed run)")
    print(f"{len(texts)} articles from {source}: {untimed * 1e3:.3f} ms CPU per article untimed "
          f"({1 / untimed:,.0f} articles/s); {total * 1e3:.3f} ms with the stage timers:")
    for label, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {label:32s} {seconds * 1e3:7.3f} ms  {seconds / total:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
