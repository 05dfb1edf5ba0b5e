"""Print the Markdown table of a pytest-benchmark JSON run (``make bench`` writes .benchmarks/latest.json).

    python benchmarks/report.py [.benchmarks/latest.json]

Rates come from the mean time of each benchmark and the corpus sizes in its ``extra_info``; "per core" divides
by the worker processes it used. Ratios compare per-core article rates with the raw scan and the spaCy baseline
of the same stage (code, end_to_end); stages without those baselines show their own baseline row instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

STAGES = ("read", "code", "write", "end_to_end")


def _rows(data: dict) -> list[dict]:
    rows = []
    for bench in data["benchmarks"]:
        extra = bench.get("extra_info", {})
        if "articles" not in extra:
            continue
        mean = bench["stats"]["mean"]
        cores = int(extra.get("cores", 1))
        rows.append({"stage": bench["group"], "scenario": extra.get("engine", bench["name"]), "cores": cores,
                     "articles": int(extra["articles"]), "mb": float(extra["mb"]), "seconds": mean,
                     "rate": extra["articles"] / mean, "per_core": extra["articles"] / mean / cores,
                     "mb_per_core": extra["mb"] / mean / cores, "rounds": bench["stats"]["rounds"]})
    rows.sort(key=lambda r: (STAGES.index(r["stage"]) if r["stage"] in STAGES else 99, r["scenario"]))
    return rows


def _baseline(rows: list[dict], stage: str, name: str) -> float | None:
    for row in rows:
        if row["stage"] == stage and row["scenario"] == name:
            return row["per_core"]
    return None


def _ratio(value: float, base: float | None) -> str:
    return f"{value / base:.2f}x" if base else "-"


def machine_line(data: dict) -> str:
    info = data.get("machine_info", {})
    cpu = info.get("cpu_model") or info.get("cpu", {}).get("brand_raw", "?")
    return (f"{cpu}, {info.get('cores', '?')} cores, Python {info.get('python_version', '?')} "
            f"({info.get('python_implementation', '')}), {info.get('system', '')} {info.get('release', '')}".rstrip())


def _build(data: dict) -> str:
    """Which build of the coder ran: the mypyc-compiled hot path or the pure-Python sources (see setup.py)."""
    flags = {b.get("extra_info", {}).get("compiled") for b in data["benchmarks"]} - {None}
    if flags == {True}:
        return "compiled with mypyc"
    return "pure Python" if flags == {False} else "build not recorded"


def render(data: dict) -> str:
    rows = _rows(data)
    corpus = next((b.get("extra_info", {}) for b in data["benchmarks"] if "corpus" in b.get("extra_info", {})), {})
    lines = [f"Run {data.get('datetime', '?')[:19].replace('T', ' ')} UTC on {machine_line(data)}.",
             f"Corpus `{corpus.get('corpus', '?')}` (sha256 {corpus.get('corpus_sha256', '?')}...): "
             f"{max((r['articles'] for r in rows), default=0):,} articles, "
             f"{max((r['mb'] for r in rows), default=0):.1f} MB. Mean of the timed rounds. "
             f"Coder {_build(data)}.",
             "",
             "| stage | scenario | cores | articles/s | articles/s per core | MB/s per core | vs raw scan | vs spaCy |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        raw = _baseline(rows, row["stage"], "raw_scan")
        spacy = _baseline(rows, row["stage"], "spacy")
        lines.append(f"| {row['stage']} | {row['scenario']} | {row['cores']} | {row['rate']:,.0f} | "
                     f"{row['per_core']:,.0f} | {row['mb_per_core']:.2f} | {_ratio(row['per_core'], raw)} | "
                     f"{_ratio(row['per_core'], spacy)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0] if argv else ".benchmarks/latest.json")
    if not path.is_file():
        sys.stderr.write(f"{path}: no benchmark results (run make bench first)\n")
        return 1
    print(render(json.loads(path.read_text("utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
