"""The DuckDB warehouse file: opening it (with a lock wait), the ingest log, and the
one-transaction replacement of a document's facts."""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from okr_warehouse import __version__

from . import linking, rows, schema
from .errors import LoadError, WarehouseLocked

PENDING_SUFFIX = ".pending-log.jsonl"
_NATIVE = "SELECT report_id FROM core.report WHERE NOT ocr_repaired AND extractor NOT LIKE '%tesseract%'"
TRUSTED_TEXTS_SQL = f"""
    SELECT DISTINCT t FROM (
        SELECT goal_text AS t, report_id FROM core.goal_mention UNION ALL
        SELECT theme, report_id FROM core.goal_mention UNION ALL
        SELECT division, report_id FROM core.goal_mention UNION ALL
        SELECT result_area, report_id FROM core.goal_mention UNION ALL
        SELECT kr_text, report_id FROM core.key_result_mention UNION ALL
        SELECT owner, report_id FROM core.goal_mention UNION ALL
        SELECT kpi_name, report_id FROM core.kpi_value UNION ALL
        SELECT task_name, report_id FROM core.task UNION ALL
        SELECT responsible, report_id FROM core.task UNION ALL
        SELECT status_text, report_id FROM core.task
    ) WHERE report_id IN ({_NATIVE}) ORDER BY t"""


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Warehouse:
    """One open warehouse. Use as a context manager; read-only opens never write."""

    def __init__(self, path: Path, *, read_only: bool = False, lock_timeout: float = 5.0,
                 command: str = "") -> None:
        self.path = path
        self.read_only = read_only
        if read_only and not path.exists():
            raise LoadError(str(path), "no such warehouse file")
        self.con = _connect(path, read_only, lock_timeout)
        self.load_id = ""
        if not read_only:
            self._check_version()
            for statement in schema.ddl():
                self.con.execute(statement)
            self.load_id = f"{now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
            self.con.execute("INSERT INTO core.load_stamp VALUES (?, ?, NULL, ?, ?)",
                             [self.load_id, now(), __version__, command])
            self._drain_pending_log()

    def _check_version(self) -> None:
        exists = self.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'core' "
                                  "AND table_name = 'meta'").fetchone()
        if exists and exists[0]:
            found = self.con.execute("SELECT value FROM core.meta WHERE key = 'schema_version'").fetchone()
            if found and int(found[0]) != schema.SCHEMA_VERSION:
                self.con.close()
                raise LoadError(str(self.path), f"warehouse schema v{found[0]} was written by another version "
                                f"of okr-warehouse (this one writes v{schema.SCHEMA_VERSION}); ingest into a new file")

    def __enter__(self) -> Warehouse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if not self.read_only:
            self.con.execute("UPDATE core.load_stamp SET finished_at = ? WHERE load_id = ?", [now(), self.load_id])
        self.con.close()

    def unchanged(self, sha256: str) -> str | None:
        """The source path already loaded with this exact content, if any."""
        found = self.con.execute("SELECT source_path FROM core.report WHERE sha256 = ? LIMIT 1", [sha256]).fetchone()
        return found[0] if found else None

    def trusted_texts(self) -> list[str]:
        """Texts of reports that needed no repair (native files, exports that kept their ä/ö):
        what OCR repair may trust."""
        return [r[0] for r in self.con.execute(TRUSTED_TEXTS_SQL).fetchall() if r[0]]

    def replace_document(self, doc: Any, started_at: dt.datetime) -> str:
        """Replace every fact of this document's source path in one transaction.

        Returns the ingest outcome (loaded | partial). On any error nothing of the
        new document is kept and the old facts stay.
        """
        report = doc.report
        outcome = "partial" if report.status == "partial" else "loaded"
        self.con.execute("BEGIN TRANSACTION")
        try:
            old = [r[0] for r in self.con.execute(
                "SELECT report_id FROM core.report WHERE source_path = ? OR report_id = ?",
                [report.source_path, report.report_id]).fetchall()]
            for table in (*schema.FACT_TABLES, "report"):
                for report_id in old:
                    self.con.execute(f"DELETE FROM core.{table} WHERE report_id = ?", [report_id])
            for table, frame in rows.frames(doc, self.load_id, now()).items():
                self._insert(table, frame)
            linking.relink(self.con, now())
            self.log(report.source_path, report.sha256, outcome, "; ".join(report.issues) or None,
                     started_at, report.report_id)
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise LoadError(report.source_path, f"loading failed and was rolled back ({exc})") from exc
        return outcome

    def _insert(self, table: str, frame: pd.DataFrame) -> None:
        if frame.empty:
            return
        columns = ", ".join(frame.columns)
        self.con.register("incoming", frame)
        try:
            self.con.execute(f"INSERT INTO core.{table} ({columns}) SELECT {columns} FROM incoming")
        finally:
            self.con.unregister("incoming")

    def log(self, source_path: str, sha256: str | None, outcome: str, error: str | None,
            started_at: dt.datetime, report_id: str | None = None) -> None:
        self.con.execute("INSERT INTO core.ingest_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [source_path, sha256, outcome, error, started_at, now(), report_id, self.load_id])

    def _drain_pending_log(self) -> None:
        """Log rows written while the warehouse was locked by another writer."""
        pending = pending_log_path(self.path)
        if not pending.exists():
            return
        for line in pending.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                self.con.execute("INSERT INTO core.ingest_log VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
                                 [row["source_path"], row["sha256"], row["outcome"], row["error"],
                                  row["started_at"], row["finished_at"], row["load_id"]])
        pending.unlink()


def pending_log_path(db: Path) -> Path:
    return db.with_name(db.name + PENDING_SUFFIX)


def write_pending_log(db: Path, source_path: str, error: str, started_at: dt.datetime) -> None:
    """Keep a failure for ingest_log when the warehouse itself cannot be opened."""
    row = {"source_path": source_path, "sha256": None, "outcome": "failed", "error": error,
           "started_at": started_at.isoformat(), "finished_at": now().isoformat(), "load_id": None}
    with pending_log_path(db).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _connect(path: Path, read_only: bool, lock_timeout: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + lock_timeout
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" not in message.lower():
                raise LoadError(str(path), f"cannot open warehouse ({message.splitlines()[0]})") from exc
            if time.monotonic() >= deadline:
                raise WarehouseLocked(str(path), _lock_reason(message)) from exc
            time.sleep(0.25)
        except duckdb.Error as exc:
            raise LoadError(str(path), f"cannot open warehouse ({str(exc).splitlines()[0]})") from exc


def _lock_reason(message: str) -> str:
    pid = ""
    if "PID" in message:
        pid = " (" + message[message.index("PID"):].split(")")[0].strip() + ")"
    return f"warehouse is locked by another process{pid}"
