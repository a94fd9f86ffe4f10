"""Idempotent loading, the public views' contract, read-only query and export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd

from tests.cli_helpers import counts, rows, run_cli
from tests.conftest import sample

PDF = "kr_confidence_table/kr_confidence_2025.pdf"
PPTX = "kr_confidence_table/kr_confidence_2025.pptx"

CONTRACT = {
    "reports": ["report_id", "source_path", "sha256", "file_format", "report_kind", "organization", "fiscal_year",
                "period", "published_date", "page_count", "ingested_at"],
    "goals": ["goal_id", "report_id", "goal_text", "theme", "level", "division", "result_area", "owner", "status",
              "page"],
    "key_results": ["kr_id", "goal_id", "report_id", "kr_text", "division", "result_area", "page"],
    "kr_values": ["kr_id", "report_id", "period", "value", "value_text", "unit", "status", "page"],
    "kr_confidence": ["kr_id", "report_id", "period", "confidence", "page"],
    "kpi_values": ["goal_id", "report_id", "kpi_name", "period", "value", "value_text", "unit", "page"],
    "tasks": ["task_id", "goal_id", "report_id", "task_name", "responsible", "description", "status_text",
              "status_pct", "page"],
    "ingest_log": ["source_path", "sha256", "outcome", "error", "started_at", "finished_at"],
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(sample(PDF), folder)
    shutil.copy(sample(PPTX), folder)
    (folder / "notes.json").write_text("{}")
    return folder


def test_public_views_keep_the_contract(tmp_path: Path, db: Path) -> None:
    assert run_cli("ingest", _folder(tmp_path), "--db", db).returncode == 0
    with duckdb.connect(str(db), read_only=True) as con:
        for view, columns in CONTRACT.items():
            present = [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()]
            assert present[: len(columns)] == columns, view


def test_second_ingest_is_a_no_op_with_identical_counts(tmp_path: Path, db: Path) -> None:
    folder = _folder(tmp_path)
    first = run_cli("ingest", folder, "--db", db)
    assert first.returncode == 0, first.stderr
    assert "skipped" in first.stdout and "notes.json" in first.stdout  # unknown type listed as skipped
    before = counts(db)
    assert before["reports"] == 2 and before["kr_confidence"] == 52
    second = run_cli("ingest", folder, "--db", db)
    assert second.returncode == 0
    assert counts(db) == before
    outcomes = rows(db, "SELECT outcome, count(*) FROM ingest_log GROUP BY ALL ORDER BY 1")
    assert outcomes == [("loaded", 2), ("skipped", 2), ("unchanged", 2)]


def test_changed_file_replaces_its_facts(tmp_path: Path, db: Path) -> None:
    target = tmp_path / "report.pdf"
    shutil.copy(sample(PDF), target)
    assert run_cli("ingest", target, "--db", db).returncode == 0
    old_id = rows(db, "SELECT report_id FROM reports")[0][0]
    # Same path, other content: the deck's PPTX export saved over the old name as .pdf is a different
    # document; use the same PDF with one byte of trailing whitespace to change the hash only.
    target.write_bytes(target.read_bytes() + b"\n")
    assert run_cli("ingest", target, "--db", db).returncode == 0
    reports = rows(db, "SELECT report_id, source_path FROM reports")
    assert len(reports) == 1 and reports[0][0] != old_id
    assert rows(db, f"SELECT count(*) FROM kr_confidence WHERE report_id = '{old_id}'") == [(0,)]
    assert counts(db)["kr_confidence"] == 26


def test_query_is_read_only_and_formats(tmp_path: Path, db: Path) -> None:
    assert run_cli("ingest", sample(PDF), "--db", db).returncode == 0
    sql = "SELECT count(*) AS n FROM kr_confidence WHERE confidence = 0"
    as_json = run_cli("query", sql, "--db", db, "--format", "json")
    assert json.loads(as_json.stdout) == [{"n": 1}]
    assert run_cli("query", sql, "--db", db, "--format", "csv").stdout.splitlines() == ["n", "1"]
    table = run_cli("query", "SELECT kr_text FROM key_results ORDER BY page, box_top LIMIT 1", "--db", db)
    assert "Ensikontaktin saa luvatussa ajassa eli" in table.stdout
    refused = run_cli("query", "DELETE FROM core.report", "--db", db)
    assert refused.returncode == 1 and "read-only" in refused.stderr.lower()
    assert counts(db)["reports"] == 1


def test_export_writes_every_public_view(tmp_path: Path, db: Path) -> None:
    assert run_cli("ingest", sample(PDF), "--db", db).returncode == 0
    out = tmp_path / "export"
    assert run_cli("export", "--out", out, "--db", db).returncode == 0
    for view in CONTRACT:
        assert (out / f"{view}.parquet").exists(), view
    assert len(pd.read_parquet(out / "kr_confidence.parquet")) == 26
    assert run_cli("export", "--out", out, "--db", db, "--format", "csv").returncode == 0
    assert len(pd.read_csv(out / "key_results.csv")) == 28


def test_usage_errors_exit_2(db: Path) -> None:
    assert run_cli("ingest").returncode == 2
    assert run_cli("frobnicate").returncode == 2
