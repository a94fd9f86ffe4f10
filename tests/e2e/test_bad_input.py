"""Bad input: one clear line naming the file and reason, an ingest_log row, nothing lost, the batch goes on."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from tests.cli_helpers import counts, rows, run_cli
from tests.conftest import sample

GOOD = "kr_confidence_table/kr_confidence_2025.pdf"


def _empty(folder: Path) -> Path:
    path = folder / "empty.pdf"
    path.write_bytes(b"")
    return path


def _truncated(folder: Path) -> Path:
    data = sample(GOOD).read_bytes()
    path = folder / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    return path


def _encrypted(folder: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(sample(GOOD)))
    writer.encrypt(user_password="salasana", owner_password="omistaja")
    path = folder / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _text_as_pdf(folder: Path) -> Path:
    path = folder / "notes.pdf"
    path.write_text("Tämä on tekstiä, ei PDF.\n", encoding="utf-8")
    return path


def _text_as_pptx(folder: Path) -> Path:
    path = folder / "notes.pptx"
    path.write_text("Tämä on tekstiä, ei esitys.\n", encoding="utf-8")
    return path


def _text_as_ppt(folder: Path) -> Path:
    path = folder / "old.ppt"
    path.write_text("Ei PowerPoint 97 -tiedosto.\n", encoding="utf-8")
    return path


def _zip_not_pptx(folder: Path) -> Path:
    path = folder / "archive.pptx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "just a zip")
    return path


BAD = {
    "empty file": (_empty, "empty"),
    "truncated PDF": (_truncated, "corrupt or truncated"),
    "password-protected PDF": (_encrypted, "password-protected"),
    "text renamed .pdf": (_text_as_pdf, "not a PDF"),
    "text renamed .pptx": (_text_as_pptx, "not a PowerPoint file"),
    "zip that is not a PPTX": (_zip_not_pptx, "not a PowerPoint presentation"),
    "text renamed .ppt": (_text_as_ppt, "not a PowerPoint 97-2003 file"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_document_fails_alone_and_loses_nothing(case: str, tmp_path: Path, db: Path) -> None:
    make, reason = BAD[case]
    batch = tmp_path / "batch"
    batch.mkdir()
    assert run_cli("ingest", sample(GOOD), "--db", db).returncode == 0
    before = counts(db)
    bad = make(batch)
    shutil.copy(sample("kr_confidence_table/kr_confidence_2025.pptx"), batch / "good.pptx")

    result = run_cli("ingest", batch, "--db", db)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    failed_lines = [ln for ln in result.stderr.splitlines() if ln.startswith("FAILED")]
    assert len(failed_lines) == 1
    assert str(bad) in failed_lines[0] and reason in failed_lines[0]
    log = rows(db, f"SELECT outcome, error FROM ingest_log WHERE source_path = '{bad}'")
    assert [r[0] for r in log] == ["failed"] and reason in log[0][1]
    after = counts(db)
    assert after["reports"] == before["reports"] + 1  # the good file of the batch loaded
    assert after["kr_confidence"] == before["kr_confidence"] * 2  # nothing of the earlier load lost


def test_missing_path_is_a_failed_document(tmp_path: Path, db: Path) -> None:
    missing = tmp_path / "nowhere.pdf"
    result = run_cli("ingest", missing, sample(GOOD), "--db", db)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"FAILED {missing}: no such file or folder" in result.stderr
    assert rows(db, f"SELECT outcome FROM ingest_log WHERE source_path = '{missing}'") == [("failed",)]
    assert counts(db)["reports"] == 1


def test_second_writer_holding_the_database(tmp_path: Path, db: Path) -> None:
    assert run_cli("ingest", sample(GOOD), "--db", db).returncode == 0
    before = counts(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db)!r})
            print("holding", flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        pptx = sample("kr_confidence_table/kr_confidence_2025.pptx")
        result = run_cli("ingest", pptx, "--db", db, "--lock-timeout", "0.5")
    finally:
        holder.communicate("\n", timeout=30)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"FAILED {pptx}: warehouse is locked by another process" in result.stderr
    assert counts(db) == before  # nothing lost, nothing half-written
    # The failure is kept beside the warehouse and lands in ingest_log at the next open.
    assert run_cli("ingest", sample(GOOD), "--db", db).returncode == 0
    assert rows(db, f"SELECT outcome FROM ingest_log WHERE source_path = '{pptx}'") == [("failed",)]
