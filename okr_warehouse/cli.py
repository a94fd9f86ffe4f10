"""`okr-warehouse` command line: ingest, query, export, evaluate."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__

DEFAULT_DB = Path("warehouse.duckdb")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and cut short
        sys.stderr.close()
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="okr-warehouse", description=__doc__)
    parser.add_argument("--version", action="version", version=f"okr-warehouse {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="load report files or folders into the warehouse")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--db", type=Path, default=DEFAULT_DB)
    ingest.add_argument("--organization", help="organisation for documents that do not print one")
    ingest.add_argument("--lock-timeout", type=float, default=5.0, metavar="SECONDS",
                        help="how long to wait for another writer to release the warehouse")
    ingest.add_argument("--jobs", type=int, default=0, metavar="N",
                        help="OCR worker processes (default: one per core)")
    ingest.add_argument("--ocr-timeout", type=float, default=120.0, metavar="SECONDS",
                        help="give up OCR of one page after this long (the page is reported, the rest loads)")
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    ingest.set_defaults(run=_ingest)

    query = sub.add_parser("query", help="run read-only SQL against the warehouse")
    query.add_argument("sql")
    query.add_argument("--db", type=Path, default=DEFAULT_DB)
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.set_defaults(run=_query)

    export = sub.add_parser("export", help="write every public view as a file")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--db", type=Path, default=DEFAULT_DB)
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    export.set_defaults(run=_export)

    review = sub.add_parser("review", help="list borderline identity links as an editable CSV, or apply one")
    review.add_argument("--db", type=Path, default=DEFAULT_DB)
    review.add_argument("--out", type=Path, help="write the CSV here instead of standard output")
    review.add_argument("--apply", type=Path, metavar="FILE", help="record the decisions of an edited CSV")
    review.set_defaults(run=_review)

    evaluate = sub.add_parser("evaluate", help="compare the warehouse with gold annotation files")
    evaluate.add_argument("--gold", type=Path, required=True, metavar="DIR")
    evaluate.add_argument("--db", type=Path, default=DEFAULT_DB)
    evaluate.add_argument("--document", action="append", default=[], metavar="GLOB",
                          help="only gold documents whose file name matches (repeatable), e.g. '*.pptx'")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.set_defaults(run=_evaluate)
    return parser


def _ingest(args: argparse.Namespace) -> int:
    from .pipeline import ingest
    from .report import progress_wrapper, summary_table

    def say(outcome):  # type: ignore[no-untyped-def]
        if outcome.outcome == "failed":
            print(f"FAILED {outcome.path}: {outcome.message}", file=sys.stderr)

    from extract.settings import LayoutSettings

    try:
        settings = LayoutSettings(ocr_jobs=args.jobs, ocr_page_timeout=args.ocr_timeout)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    outcomes = ingest(args.paths, args.db, organization=args.organization, lock_timeout=args.lock_timeout,
                      settings=settings,
                      command=" ".join(sys.argv[1:]), on_done=say,
                      wrap=progress_wrapper(enabled=not args.no_progress))
    print(summary_table(outcomes))
    return EXIT_FAILED if any(o.outcome == "failed" for o in outcomes) else EXIT_OK


def _open_read_only(db: Path):  # type: ignore[no-untyped-def]
    from load import LoadError, Warehouse

    try:
        return Warehouse(db, read_only=True, lock_timeout=2.0)
    except LoadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def _query(args: argparse.Namespace) -> int:
    import duckdb

    from .report import frame_as_table

    warehouse = _open_read_only(args.db)
    if warehouse is None:
        return EXIT_FAILED
    with warehouse:
        try:
            frame = warehouse.con.execute(args.sql).df()
        except duckdb.Error as exc:
            print(f"error: {str(exc).splitlines()[0]}", file=sys.stderr)
            return EXIT_FAILED
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        print(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
    else:
        print(frame_as_table(frame))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from load.schema import VIEWS

    warehouse = _open_read_only(args.db)
    if warehouse is None:
        return EXIT_FAILED
    args.out.mkdir(parents=True, exist_ok=True)
    options = "FORMAT PARQUET" if args.format == "parquet" else "FORMAT CSV, HEADER"
    with warehouse:
        for view in VIEWS:
            target = args.out / f"{view}.{args.format}"
            warehouse.con.execute(f"COPY (SELECT * FROM main.{view}) TO '{_sql_path(target)}' ({options})")
            print(target)
    return EXIT_OK


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _review(args: argparse.Namespace) -> int:
    from load import LoadError, Warehouse

    from .review import apply_decisions, read_decisions, review_table

    try:
        if args.apply:
            decisions = read_decisions(args.apply)
            with Warehouse(args.db, command="review --apply") as warehouse:
                apply_decisions(warehouse, decisions, str(args.apply))
            print(f"recorded {len(decisions)} decisions from {args.apply}; links rebuilt")
            return EXIT_OK
        with Warehouse(args.db, read_only=True) as warehouse:
            text = review_table(warehouse)
    except (LoadError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{text.count(chr(10)) - 1} pairs written to {args.out}")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import GoldError, evaluate, render

    if not args.gold.is_dir():
        print(f"error: gold folder {args.gold} does not exist", file=sys.stderr)
        return EXIT_USAGE
    warehouse = _open_read_only(args.db)
    if warehouse is None:
        return EXIT_FAILED
    try:
        with warehouse:
            result = evaluate(args.gold, warehouse.con, args.document)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else render(result))
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
