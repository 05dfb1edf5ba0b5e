"""``coder evaluate``: code gold-standard articles and score the output field by field.

- :func:`evaluate` (gold articles + a coding function -> :class:`EvaluationResult`),
- :func:`run_evaluate` (a gold file -> rendered report and exit code; what the CLI calls),
- :func:`add_evaluate_parser` (the argparse sub-command; its ``func`` returns the exit code).

Readers live in :mod:`coder.evaluate.gold`, matching and metrics in :mod:`coder.evaluate.score`, rendering in
:mod:`coder.evaluate.report`. Importing this package is cheap (pandas is imported only when evaluating).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    import pandas as pd

    from coder.evaluate.gold import GoldArticle
    from coder.evaluate.score import EvaluationResult

__all__ = ["evaluate", "run_evaluate", "add_evaluate_parser", "read_gold", "GoldArticle", "EvaluationResult",
           "FORMAT_NOTES", "EXIT_OK", "EXIT_BELOW_THRESHOLD"]

EXIT_OK, EXIT_BELOW_THRESHOLD = 0, 1
FORMATS = ("jsonl", "ucdp", "plover")
EVENT_METRICS = ("recall", "precision", "f1")

FORMAT_NOTES: dict[str, list[str]] = {
    "jsonl": [],
    "ucdp": [
        "UCDP gives no publication date: date_end is passed as the publication date; event_date is correct "
        "anywhere in event_date..date_end.",
        "fatalities = best; admin1 = adm_1 without its governorate/province/state/region suffix; location is "
        "scored by coordinates only (within 25 km), where_description is not a place name.",
        "event_type is scored only as 'violent' (prediction is Battles, Explosions/Remote violence, Violence "
        "against civilians or Riots): UCDP's type_of_violence does not map one to one onto ACLED types. Actor "
        "names are not scored.",
        "The issue's UCDP targets are on text_informative == 1 rows: the 'informative' subset (or "
        "--informative-only).",
    ],
    "plover": [
        "PLOVER texts have no publication date: 2000-01-01 is passed and event_date is not scored.",
        "plover_event = our cameo_code mapped through coder/evaluate/plover_map.csv (PLOVER's CAMEO "
        "crosswalk); actor1/2_country = first three letters of actor1/2_code vs the source/target code "
        "prefixes; fatalities only where 'dead' is given.",
    ],
}


def __getattr__(name: str) -> Any:  # lazy: the CLI imports this package for every command
    if name in {"GoldArticle", "read_gold"}:
        from coder.evaluate import gold

        return getattr(gold, name)
    if name in {"EvaluationResult"}:
        from coder.evaluate import score

        return getattr(score, name)
    raise AttributeError(f"module 'coder.evaluate' has no attribute {name!r}")


def evaluate(gold: "list[GoldArticle]", code: "Callable[[pd.DataFrame], pd.DataFrame] | None" = None
             ) -> "EvaluationResult":
    """Code ``gold``'s texts with ``code`` (None: :func:`coder.api.code_frame`) and score them per field."""
    from coder.evaluate.score import evaluate as _evaluate

    return _evaluate(gold, code)


def parse_thresholds(specs: list[str] | None) -> dict[str, float]:
    """['country=0.9', 'recall=0.5'] -> {'country': 0.9, 'recall': 0.5}."""
    from coder.errors import InputError

    thresholds: dict[str, float] = {}
    for spec in specs or []:
        name, sep, value = spec.partition("=")
        try:
            thresholds[name.strip()] = float(value)
        except ValueError:
            raise InputError(f"--fail-under {spec!r}: expected FIELD=NUMBER, e.g. country=0.9") from None
        if not sep:
            raise InputError(f"--fail-under {spec!r}: expected FIELD=NUMBER, e.g. country=0.9")
    return thresholds


def _below(result: "EvaluationResult", thresholds: dict[str, float]) -> list[str]:
    """The thresholds not met, as readable lines (a field absent from the gold data fails too)."""
    failures = []
    for name, floor in thresholds.items():
        if name in EVENT_METRICS:
            value = getattr(result.overall, name)
        else:
            score = result.overall.fields.get(name)
            value = score.accuracy if score is not None else None
        if value is None or value < floor:
            failures.append(f"{name} {'-' if value is None else f'{value:.3f}'} < {floor}")
    return failures


_NUMBER_TOKEN = re.compile(r"\d[\d,]*|[a-z]+")


def fatality_ceiling(gold: "list") -> tuple[int, int] | None:
    """(reachable, total) over gold events with fatalities: reachable when the figure is written in the article
    (digits or a number word), or is 0 or 3 (what CODING_RULES give no deaths and deaths without a number).
    None when no gold event has fatalities."""
    from coder.match.numbers import number_tables

    words = {**number_tables().words, "dozen": 12, "dozens": 12, "hundreds": 100, "scores": 20}
    reachable = total = 0
    for article in gold:
        figures = {0, 3}
        for token in _NUMBER_TOKEN.findall(article.text.lower()):
            digits = token.replace(",", "")
            if digits.isdigit():
                figures.add(int(digits))
            elif token in words:
                figures.add(words[token])
        for event in article.gold:
            if event.get("fatalities") is not None:
                total += 1
                reachable += event["fatalities"] in figures
    return (reachable, total) if total else None


def country_ceiling(gold: "list") -> tuple[int, int] | None:
    """(reachable, total) over gold events with a country: reachable when the article names that country, its
    people or capital, an armed group based there, or any place that can be in it (namesakes included, so a
    generous bound). None when no gold event has a country."""
    from coder.api import default_coder
    from coder.evaluate.score import country_iso3
    from coder.text.normalize import normalize_text, uncap

    coder = default_coder()
    iso3_of = {iso2: info.iso3 for iso2, info in coder.naming.countries_by_iso2.items()}
    reachable = total = 0
    for article in gold:
        wanted = [country_iso3(e.get("country")) or e.get("iso3") for e in article.gold if e.get("country")]
        if not wanted:
            continue
        text = uncap(normalize_text(article.text))
        named = {a.country for a in coder.actors.find(text) if a.country}
        named |= {iso3_of.get(place.iso2) for m in coder.places.find(text) for place in m.candidates}
        total += len(wanted)
        reachable += sum(iso3 in named for iso3 in wanted)
    return (reachable, total) if total else None


def run_evaluate(path: str | None, fmt: str = "jsonl", as_json: bool = False, worst: int = 10, *,
                 informative_only: bool = False, fail_under: dict[str, float] | None = None,
                 code: "Callable[[pd.DataFrame], pd.DataFrame] | None" = None) -> tuple[str, int]:
    """Read a gold file, code and score it; the rendered report (text or JSON) and the exit code.

    ``path`` may be None for ``fmt`` ucdp / plover (the dev file in ../shared). Exit code 0, or 1 when a
    ``fail_under`` floor (field accuracy over all gold, or recall / precision / f1) is not met. Unreadable
    input raises :class:`coder.errors.InputError`.
    """
    from coder.errors import InputError
    from coder.evaluate.gold import default_path, read_gold
    from coder.evaluate.report import render_text, to_dict

    if fmt not in FORMATS:
        raise InputError(f"unknown gold format {fmt!r} (one of {', '.join(FORMATS)})")
    source = str(path) if path is not None else str(default_path(fmt))
    gold = read_gold(source, fmt, informative_only=informative_only)
    if not gold:
        raise InputError(f"{source}: no articles to evaluate")
    result = evaluate(gold, code)
    result.notes.extend(FORMAT_NOTES.get(fmt, []))
    ceiling = fatality_ceiling(gold)
    if ceiling is not None:
        result.notes.append(f"fatality figures the text can give: {ceiling[0]} of {ceiling[1]} gold figures "
                            f"({ceiling[0] / ceiling[1]:.2f}) are written in the text as a number, or are 0 or 3 "
                            "(the no-death and number-less conventions); apart from sums of written counts, the "
                            "others are out of reach of any coder that reads only this text")
    countries = country_ceiling(gold)
    if countries is not None:
        result.notes.append(f"countries the text can give: {countries[0]} of {countries[1]} gold events "
                            f"({countries[0] / countries[1]:.2f}) have their country, its people or capital, a "
                            "group based there or a place that can lie in it named in the text")
    if informative_only:
        result.notes.append("only text_informative == 1 rows (--informative-only)")
    failures = _below(result, fail_under or {})
    result.notes.extend(f"below threshold: {f}" for f in failures)
    exit_code = EXIT_BELOW_THRESHOLD if failures else EXIT_OK
    if as_json:
        payload = to_dict(result, fmt, source, worst)
        payload["thresholds"] = {"required": dict(fail_under or {}), "failed": failures}
        return json.dumps(payload, indent=2, ensure_ascii=False) + "\n", exit_code
    return render_text(result, fmt, source, worst), exit_code


def add_evaluate_parser(subparsers: "argparse._SubParsersAction") -> argparse.ArgumentParser:
    """Add ``coder evaluate GOLD [--json] [--format jsonl|ucdp|plover] ...``; ``func`` returns the exit code."""
    p = subparsers.add_parser(
        "evaluate", help="code gold-standard articles and report per-field accuracy",
        description="Code the texts of a gold file and report per-field accuracy, event recall and precision, "
                    "a confusion matrix of event types and the worst examples.")
    p.add_argument("gold", nargs="?", metavar="GOLD",
                   help="gold JSONL (id, text, published, gold); optional with --format ucdp|plover, which then "
                        "read ../shared/data/{ucdp/ucdp_ged_dev,plover/plover_gsr_dev}.jsonl")
    p.add_argument("--format", dest="gold_format", choices=FORMATS, default="jsonl", help="gold file format")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--worst", type=int, default=10, metavar="N", help="how many worst articles to list (default 10)")
    p.add_argument("--informative-only", action="store_true",
                   help="ucdp: only rows whose text_informative is 1 (otherwise both subsets are reported)")
    p.add_argument("--fail-under", action="append", metavar="FIELD=MIN",
                   help="exit 1 when a field's accuracy (or recall/precision/f1) is below MIN; repeatable")
    p.set_defaults(func=_run_evaluate_command)
    return p


def _run_evaluate_command(args: argparse.Namespace) -> int:
    from coder.errors import InputError

    if args.gold is None and args.gold_format == "jsonl":
        raise InputError("coder evaluate: GOLD is required with --format jsonl")
    report, exit_code = run_evaluate(args.gold, args.gold_format, as_json=args.json, worst=args.worst,
                                     informative_only=args.informative_only,
                                     fail_under=parse_thresholds(args.fail_under))
    sys.stdout.write(report)
    return exit_code
