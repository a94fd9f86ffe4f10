"""Run the real `okr-warehouse` command in a subprocess, as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb


def run_cli(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "okr_warehouse.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def counts(db: Path) -> dict[str, int]:
    views = ("reports", "goals", "key_results", "kr_values", "kr_confidence", "kpi_values", "tasks")
    return {v: rows(db, f"SELECT count(*) FROM {v}")[0][0] for v in views}
