"""The ingest job: files → extract → normalize → load, one document at a time.

A bad document is one clear line and an ingest_log row; it never stops the batch
and never leaves half its facts in the warehouse (load replaces in one transaction).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from extract import ExtractError, UnsupportedFormat, extract, file_sha256, is_supported
from extract.records import RawDocument
from extract.settings import DEFAULT_SETTINGS, LayoutSettings
from load import LoadError, Warehouse, WarehouseLocked, load, now, write_pending_log
from normalize import NormalizeError, needs_repair, normalize
from normalize.repair import Lexicon


@dataclass(frozen=True)
class DocumentOutcome:
    path: str
    outcome: str  # loaded | partial | unchanged | failed | skipped
    kind: str | None = None
    year: int | None = None
    goals: int = 0
    key_results: int = 0
    values: int = 0
    confidences: int = 0
    kpis: int = 0
    tasks: int = 0
    seconds: float = 0.0
    message: str | None = None


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files named, and every file under folders named (recursively), in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            found.append(path)  # missing paths fail later with their own line
    return found


def ingest(paths: Iterable[Path], db: Path, *, organization: str | None = None, lock_timeout: float = 5.0,
           settings: LayoutSettings = DEFAULT_SETTINGS,
           command: str = "ingest", on_done: Callable[[DocumentOutcome], None] | None = None,
           wrap: Callable[[list[Path]], Iterable[Path]] = lambda files: files) -> list[DocumentOutcome]:
    files = discover(paths)
    report = on_done or (lambda outcome: None)
    try:
        warehouse = Warehouse(db, lock_timeout=lock_timeout, command=command)
    except (WarehouseLocked, LoadError) as exc:
        started = now()
        outcomes = [DocumentOutcome(str(f), "failed", message=exc.reason) for f in files]
        for outcome in outcomes:
            write_pending_log(db, outcome.path, exc.reason, started)
            report(outcome)
        return outcomes
    outcomes = []
    with warehouse:
        # Documents whose OCR damage normalize repairs wait for the rest of the batch: the
        # repair trusts what native reports put in the warehouse (issue 5).
        deferred = []
        for path in wrap(files):
            step = read_one(path, warehouse, settings)
            if isinstance(step, Extracted) and needs_repair(step.raw):
                deferred.append(step)
                continue
            outcome = step if isinstance(step, DocumentOutcome) else finish_one(step, warehouse, organization)
            report(outcome)
            outcomes.append(outcome)
        for step in deferred:
            outcome = finish_one(step, warehouse, organization)
            report(outcome)
            outcomes.append(outcome)
    return outcomes


@dataclass(frozen=True)
class Extracted:
    """A document read and extracted, waiting for normalize and load."""

    raw: RawDocument
    started: dt.datetime
    clock: float
    seconds: float  # spent reading and extracting; a deferred document's wait is not its time


def read_one(path: Path, warehouse: Warehouse, settings: LayoutSettings = DEFAULT_SETTINGS
             ) -> DocumentOutcome | Extracted:
    """Skip, fail or extract one file; unchanged files end here as `unchanged`."""
    started, clock = now(), time.perf_counter()
    source = str(path)
    sha256: str | None = None
    try:
        if not path.exists():
            raise ExtractError(source, "no such file or folder")
        if not is_supported(path):
            raise UnsupportedFormat(source, f"unsupported file type '{path.suffix or '(none)'}'")
        sha256 = file_sha256(path)
        earlier = warehouse.unchanged(sha256)
        if earlier is not None:
            note = None if earlier == source else f"same content already loaded from {earlier}"
            warehouse.log(source, sha256, "unchanged", note, started)
            return DocumentOutcome(source, "unchanged", message=note, seconds=time.perf_counter() - clock)
        raw = extract(path, settings, sha256=sha256)
        return Extracted(raw, started, clock, time.perf_counter() - clock)
    except UnsupportedFormat as exc:
        warehouse.log(source, sha256, "skipped", exc.reason, started)
        return DocumentOutcome(source, "skipped", message=exc.reason)
    except ExtractError as exc:
        return _failed(warehouse, source, sha256, _reason(exc), started, clock)
    except Exception as exc:  # a parser bug must not stop the batch; say what it was
        return _failed(warehouse, source, sha256, f"internal error ({type(exc).__name__}: {exc})", started, clock)


def finish_one(step: Extracted, warehouse: Warehouse, organization: str | None) -> DocumentOutcome:
    """Normalize and load one extracted document."""
    raw = step.raw
    clock = time.perf_counter()
    try:
        # Only documents that need OCR repair read the warehouse's trusted texts.
        lexicon = Lexicon.build(warehouse.trusted_texts()) if needs_repair(raw) else None
        doc = normalize(raw, organization, lexicon)
        outcome = load(doc, warehouse, step.started)
    except (NormalizeError, LoadError) as exc:
        return _failed(warehouse, raw.source_path, raw.sha256, _reason(exc), step.started, step.clock)
    except Exception as exc:  # a bug must not stop the batch; say what it was
        return _failed(warehouse, raw.source_path, raw.sha256, f"internal error ({type(exc).__name__}: {exc})",
                       step.started, step.clock)
    return DocumentOutcome(
        raw.source_path, outcome, doc.report.report_kind, doc.report.fiscal_year, len(doc.goals),
        len(doc.key_results), len(doc.kr_values), len(doc.kr_confidence), len(doc.kpi_values), len(doc.tasks),
        step.seconds + time.perf_counter() - clock,
        "; ".join(doc.report.issues + doc.report.skipped_pages) or None)


def _reason(exc: ExtractError | NormalizeError | LoadError) -> str:
    return exc.reason if exc.page is None else f"page {exc.page}: {exc.reason}"


def _failed(warehouse: Warehouse, source: str, sha256: str | None, reason: str, started: dt.datetime,
            clock: float) -> DocumentOutcome:
    warehouse.log(source, sha256, "failed", reason, started)
    return DocumentOutcome(source, "failed", message=reason, seconds=time.perf_counter() - clock)
