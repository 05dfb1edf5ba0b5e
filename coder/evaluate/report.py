"""Rendering an :class:`~coder.evaluate.score.EvaluationResult`: a readable text report and a JSON-ready dict.

The JSON keys are stable: ``format``, ``source``, ``events`` {articles, gold, predicted, matched, recall,
precision, f1}, ``fields`` {name: {gold, matched, correct, accuracy, accuracy_matched}}, ``subsets``
{name: {events, fields}}, ``confusion`` {field, rows, columns, counts} (or null), ``worst`` [{id, subset,
errors, text, unmatched_predicted, events: [{matched, fields: {name: {gold, predicted, correct}}}]}],
``notes``. ``accuracy`` is over all gold events with the field (the headline); ``accuracy_matched`` over the
matched ones.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from coder.evaluate.score import NO_EVENT, ArticleResult, EvaluationResult, Metrics, field_pair

TEXT_CHARS = 300
# fields that restate another one: left out of the one-line summary of an unmatched gold event
DERIVED_FIELDS = frozenset({"fatalities_within1", "fatalities_died", "fatalities_died_within1", "location_name",
                            "cameo_root", "inter_pair"})


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _shown(value: Any) -> Any:
    """A value for the text listing: "" (none expected, e.g. no actor2) shown as (empty)."""
    return "(empty)" if value == "" else _plain(value)


def _plain(value: Any) -> Any:
    """A JSON-safe value: dates as ISO strings, tuples as lists."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _truncate(text: str, limit: int = TEXT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


# ----------------------------------------------------------------------------------------------- dict / JSON
def _events(m: Metrics) -> dict[str, Any]:
    return {"articles": m.articles, "gold": m.gold, "predicted": m.predicted, "matched": m.matched,
            "recall": _round(m.recall), "precision": _round(m.precision), "f1": _round(m.f1)}


def _fields(m: Metrics) -> dict[str, Any]:
    return {name: {"gold": s.gold, "matched": s.matched, "correct": s.correct, "accuracy": _round(s.accuracy),
                   "accuracy_matched": _round(s.accuracy_matched)} for name, s in m.fields.items()}


def _article(r: ArticleResult) -> dict[str, Any]:
    events = []
    for g, m, verdict in zip(r.article.gold, r.matches, r.verdicts):
        pred = r.preds[m] if m is not None else None
        fields = {}
        for name, ok in verdict.items():
            gold_value, pred_value = field_pair(name, g, pred)
            fields[name] = {"gold": _plain(gold_value), "predicted": _plain(pred_value), "correct": ok}
        events.append({"matched": m is not None, "fields": fields})
    return {"id": r.article.id, "subset": r.article.subset, "errors": r.errors, "text": _truncate(r.article.text),
            "unmatched_predicted": len(r.unmatched_preds), "events": events}


def to_dict(result: EvaluationResult, fmt: str = "jsonl", source: str | None = None, worst: int = 10) -> dict[str, Any]:
    confusion = None
    if result.confusion is not None:
        rows, cols = result.confusion.labels()
        confusion = {"field": result.confusion.field, "rows": rows, "columns": cols,
                     "counts": {g: {p: result.confusion.counts.get((g, p), 0) for p in cols} for g in rows}}
    return {
        "format": fmt,
        "source": source,
        "events": _events(result.overall),
        "fields": _fields(result.overall),
        "subsets": {name: {"events": _events(m), "fields": _fields(m)} for name, m in result.subsets.items()},
        "confusion": confusion,
        "worst": [_article(r) for r in result.worst(worst)],
        "notes": list(result.notes),
    }


# ----------------------------------------------------------------------------------------------- text
def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    fmt = lambda cells: "  ".join(  # noqa: E731 - first column left, numbers right
        str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return [fmt(header), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)]


def _events_line(m: Metrics) -> str:
    return (f"articles {m.articles}  gold events {m.gold}  predicted {m.predicted}  matched {m.matched}  "
            f"recall {_num(m.recall)}  precision {_num(m.precision)}  f1 {_num(m.f1)}")


def _field_lines(m: Metrics) -> list[str]:
    rows = [[name, str(s.gold), _num(s.accuracy), str(s.matched), _num(s.accuracy_matched)]
            for name, s in m.fields.items()]
    return _table(["field", "gold", "accuracy", "matched", "acc|matched"], rows)


def _subset_lines(result: EvaluationResult) -> list[str]:
    names = list(result.subsets)
    header = ["accuracy (over all gold)", "all", *names]
    metrics = [result.overall, *result.subsets.values()]
    rows = [["event recall", *(_num(m.recall) for m in metrics)],
            ["event precision", *(_num(m.precision) for m in metrics)]]
    for name in result.overall.fields:
        rows.append([name, *(_num(m.fields[name].accuracy) if name in m.fields else "-" for m in metrics)])
    counts = ["articles", *(str(m.articles) for m in metrics)]
    return _table(header, [counts, *rows])


def _confusion_lines(result: EvaluationResult) -> list[str]:
    """Rows 'k label', columns headed by the same numbers k (labels only predicted get a legend line)."""
    c = result.confusion
    if c is None or not c.counts:
        return []
    rows, cols = c.labels()
    ordered = [*(g for g in rows if g != NO_EVENT), *(p for p in cols if p not in rows and p != NO_EVENT), NO_EVENT]
    keys = {label: str(i) for i, label in enumerate(ordered, 1)}
    cols = sorted(cols, key=lambda p: int(keys[p]))
    body = [[f"{keys[g]} {g}", *(str(c.counts.get((g, p), 0) or ".") for p in cols)] for g in rows]
    lines = [f"confusion: gold {c.field} (rows) vs predicted (columns, by row number); {NO_EVENT} = no event",
             *_table(["gold \\ predicted", *(keys[p] for p in cols)], body)]
    extra = [f"{keys[p]} {p}" for p in cols if p not in rows]
    if extra:
        lines.append("predicted only: " + ", ".join(extra))
    return lines


def _worst_lines(result: EvaluationResult, n: int) -> list[str]:
    worst = result.worst(n)
    if not worst:
        return []
    lines = [f"worst {len(worst)} articles (field errors + unmatched predictions)"]
    for r in worst:
        subset = f" [{r.article.subset}]" if r.article.subset else ""
        lines.append(f"- {r.article.id}{subset}: {r.errors} errors, {len(r.preds)} predicted")
        lines.append(f"    text: {_truncate(r.article.text, 200)}")
        for k, (g, m, verdict) in enumerate(zip(r.article.gold, r.matches, r.verdicts), 1):
            pred = r.preds[m] if m is not None else None
            wrong = [name for name, ok in verdict.items() if not ok]
            if pred is None:
                shown = ", ".join(f"{name}={_shown(field_pair(name, g, None)[0])}" for name in verdict
                                  if name not in DERIVED_FIELDS)
                lines.append(f"    gold event {k} NOT MATCHED ({len(wrong)} field errors): {shown}")
                continue
            for name in wrong:
                gold_value, pred_value = field_pair(name, g, pred)
                lines.append(f"    {name}: gold {_shown(gold_value)!r}  predicted {_shown(pred_value)!r}")
        for i in r.unmatched_preds:
            p = r.preds[i]
            shown = ", ".join(str(p[k]) for k in ("event_type", "sub_event_type", "event_date", "location", "actor1")
                              if p.get(k) not in (None, ""))
            lines.append(f"    extra prediction: {shown or '(all fields empty)'}")
    return lines


def render_text(result: EvaluationResult, fmt: str = "jsonl", source: str | None = None, worst: int = 10) -> str:
    out = [f"coder evaluate ({fmt}){': ' + source if source else ''}", _events_line(result.overall), ""]
    out += ["per-field accuracy: 'accuracy' over all gold events with the field (unmatched = miss), "
            "'acc|matched' over matched ones", *_field_lines(result.overall), ""]
    if result.subsets:
        out += ["subsets", *_subset_lines(result), ""]
    confusion = _confusion_lines(result)
    if confusion:
        out += [*confusion, ""]
    worst_lines = _worst_lines(result, worst)
    if worst_lines:
        out += [*worst_lines, ""]
    if result.notes:
        out += ["notes", *(f"- {n}" for n in result.notes)]
    return "\n".join(out).rstrip() + "\n"
