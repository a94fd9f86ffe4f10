"""The ingest job: files → extract → normalize → load, one document at a time.

A bad document is one clear line and an ingest_log row; it never stops the batch
and never leaves half its facts in the warehouse (load replaces in one transaction).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from extract import ExtractError, UnsupportedFormat, extract, file_sha256, is_supported
from load import LoadError, Warehouse, WarehouseLocked, load, now, write_pending_log
from normalize import NormalizeError, normalize
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
        for path in wrap(files):
            outcome = ingest_one(path, warehouse, organization)
            report(outcome)
            outcomes.append(outcome)
    return outcomes


def ingest_one(path: Path, warehouse: Warehouse, organization: str | None) -> DocumentOutcome:
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
        raw = extract(path, sha256=sha256)
        doc = normalize(raw, organization, Lexicon.build(warehouse.trusted_texts()))
        outcome = load(doc, warehouse, started)
    except UnsupportedFormat as exc:
        warehouse.log(source, sha256, "skipped", exc.reason, started)
        return DocumentOutcome(source, "skipped", message=exc.reason)
    except (ExtractError, NormalizeError, LoadError) as exc:
        return _failed(warehouse, source, sha256, exc.reason if exc.page is None else
                       f"page {exc.page}: {exc.reason}", started, clock)
    except Exception as exc:  # a parser bug must not stop the batch; say what it was
        return _failed(warehouse, source, sha256, f"internal error ({type(exc).__name__}: {exc})", started, clock)
    return DocumentOutcome(
        source, outcome, doc.report.report_kind, doc.report.fiscal_year, len(doc.goals), len(doc.key_results),
        len(doc.kr_values), len(doc.kr_confidence), len(doc.kpi_values), len(doc.tasks),
        time.perf_counter() - clock, "; ".join(doc.report.issues) or None)


def _failed(warehouse: Warehouse, source: str, sha256: str | None, reason: str, started: object,
            clock: float) -> DocumentOutcome:
    warehouse.log(source, sha256, "failed", reason, started)  # type: ignore[arg-type]
    return DocumentOutcome(source, "failed", message=reason, seconds=time.perf_counter() - clock)
