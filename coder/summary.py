"""A short text summary of an events file or dataset (what `make demo` prints)."""

from __future__ import annotations

from pathlib import Path

from coder.errors import InputError


def summarize(path: Path) -> str:
    """Counts by event type and country, date range and fatalities of the events at ``path``."""
    import pyarrow.dataset as ds

    if not path.exists():
        raise InputError(f"{path}: no such events file")
    fmt = "csv" if path.suffix == ".csv" else ("json" if path.suffix in {".jsonl", ".ndjson"} else "parquet")
    table = ds.dataset(path, format=fmt, partitioning="hive").to_table()
    frame = table.to_pandas()
    lines = [f"{path}: {len(frame)} events from {frame['article_id'].nunique() if len(frame) else 0} articles"]
    if not len(frame):
        return lines[0]
    dates = frame["event_date"].dropna()
    if len(dates):
        lines.append(f"dates: {min(dates)} .. {max(dates)}; fatalities: {int(frame['fatalities'].fillna(0).sum())}")
    for column in ("event_type", "sub_event_type", "country"):
        counts = frame[column].fillna("(none)").value_counts().head(8)
        lines.append(f"{column}: " + ", ".join(f"{name} {count}" for name, count in counts.items()))
    return "\n".join(lines)
