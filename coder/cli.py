"""Command line: argument parsing and exit codes only. The work is in coder.api and coder.bulk."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

from coder._version import __version__
from coder.errors import CoderError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_TERMINATED = 128 + signal.SIGTERM


class Terminated(BaseException):
    """SIGTERM (a scheduler stopping the job) as an exception, so that partial outputs are removed."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated()


def _add_code_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("code", help="code articles (JSONL, CSV, Parquet or .txt) into an events file")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="input files: .jsonl .csv .parquet or one article .txt")
    p.add_argument("-o", "--output", required=True, help="output file; its extension picks Parquet, CSV or JSONL")
    p.add_argument("--id-col", default="id", help="input column holding the article id (default: id)")
    p.add_argument("--text-col", default="text", help="input column holding the text (default: text)")
    p.add_argument("--date-col", default="published", help="input column holding the publication date")
    p.add_argument("--published", help="publication date of a .txt article (YYYY-MM-DD)")
    p.add_argument("--batch-size", type=int, default=512, help="articles per batch / Parquet row group")
    p.add_argument("--workers", type=int, default=0, help="worker processes (default 0: all cores)")
    p.add_argument("--partition-by", help="write a Hive-partitioned dataset, e.g. country,year")
    p.add_argument("--status", help="also write one status row per input article to this JSONL file")
    p.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    p.set_defaults(func=_run_code)


def _run_code(args: argparse.Namespace) -> int:
    from coder.bulk import BulkOptions, code_files

    options = BulkOptions(
        id_col=args.id_col, text_col=args.text_col, date_col=args.date_col, published=args.published,
        batch_size=args.batch_size, workers=args.workers,
        partition_by=[c.strip() for c in args.partition_by.split(",")] if args.partition_by else None,
        status_path=Path(args.status) if args.status else None,
        progress=sys.stderr.isatty() and not args.no_progress,
    )
    summary = code_files([Path(p) for p in args.inputs], Path(args.output), options)
    print(summary.line())
    return EXIT_OK


def _add_summary_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("summary", help="print a summary of an events file")
    p.add_argument("path", help="events file or dataset written by 'coder code'")
    p.set_defaults(func=_run_summary)


def _run_summary(args: argparse.Namespace) -> int:
    from coder.summary import summarize

    print(summarize(Path(args.path)))
    return EXIT_OK


def _add_gazetteer_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("gazetteer", help="manage the offline gazetteer index")
    p.add_argument("action", choices=["build"], help="build the on-disk index now (otherwise built on first use)")
    p.add_argument("--force", action="store_true", help="rebuild even if the index exists")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=_run_gazetteer)


def _run_gazetteer(args: argparse.Namespace) -> int:
    from coder.gazetteer.build import build_index

    path = build_index(force=args.force)
    if not args.quiet:
        print(f"gazetteer index: {path}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coder", description="Code news text into conflict event data.")
    parser.add_argument("--version", action="version", version=f"coder {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log per-article warnings")
    subparsers = parser.add_subparsers(dest="command", required=True)
    _add_code_parser(subparsers)
    _add_summary_parser(subparsers)
    _add_gazetteer_parser(subparsers)
    try:
        from coder.evaluate import add_evaluate_parser
    except ImportError:  # evaluation module not present in a trimmed install
        pass
    else:
        add_evaluate_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        return int(args.func(args) or EXIT_OK)
    except Terminated:
        print("coder: terminated; no partial output left behind", file=sys.stderr)
        return EXIT_TERMINATED
    except CoderError as exc:
        print(f"coder: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("coder: interrupted", file=sys.stderr)
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
