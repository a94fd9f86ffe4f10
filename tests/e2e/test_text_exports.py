"""Text exports made by a tool the text path was not written for (issue 9: text exports go
through the text backend's positions into the family's one code path).

poppler's pdftotext (a system package of run.sh) exports the native confidence-table sample
keeping its physical layout with spaces; the export is ingested and scored against the
PDF's hand gold, the same facts printed in another format.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import duckdb

from okr_warehouse.evaluate import evaluate
from okr_warehouse.pipeline import ingest

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PDF = SAMPLES / "kr_confidence_table" / "kr_confidence_2025.pdf"


def _scored(tmp_path: Path, *flags: str) -> dict:  # type: ignore[type-arg]
    export = tmp_path / "kr_confidence_2025_layout.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", *flags, str(PDF), str(export)], check=True, timeout=60)
    gold = json.loads((SAMPLES / "gold" / f"{PDF.name}.gold.json").read_text(encoding="utf-8"))
    gold.update(document=export.name, sha256=None)
    gold["report"]["page_count"] = None  # a text export has no pages to count
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / f"{export.name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    outcome = ingest([export], tmp_path / "w.duckdb")[0]
    assert outcome.outcome == "loaded", outcome.message
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        return evaluate(gold_dir, con, only=[export.name])["documents"][0]  # type: ignore[no-any-return]
    finally:
        con.close()


def test_pdftotext_layout_export_of_the_confidence_table(tmp_path: Path) -> None:
    doc = _scored(tmp_path, "-layout")
    facts = doc["facts"]
    assert (facts["key_results"]["tp"], facts["key_results"]["predicted"]) == (28, 28)
    assert (facts["kr_confidence"]["tp"], facts["kr_confidence"]["predicted"]) == (26, 26)
    # Measured 13 of 14: the county goal printed as the page title in body type is not
    # told from the lines above the table (README, issue 9 text exports).
    assert facts["goals"]["tp"] >= 13 and facts["goals"]["predicted"] == facts["goals"]["tp"]
    assert doc["report_fields"]["report_kind"]
