"""Ingest samples and compare with their hand-written gold through `okr-warehouse evaluate`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from load import Warehouse
from tests.cli_helpers import run_cli
from tests.conftest import GOLD, gold, sample

# Issue 2's bar: F1 >= 0.97 on the confidence-table family from its native PDF and PPTX.
CONFIDENCE_TABLE = ["kr_confidence_table/kr_confidence_2025.pdf", "kr_confidence_table/kr_confidence_2025.pptx"]
BAR = {"goals": 0.97, "key_results": 0.97, "kr_confidence": 0.97}


@pytest.mark.parametrize("document", CONFIDENCE_TABLE)
def test_confidence_table_meets_the_bar(document: str, db: Path) -> None:
    path = sample(document)
    gold(path.name)  # the gold must exist
    assert run_cli("ingest", path, "--db", db).returncode == 0
    result = run_cli("evaluate", "--gold", GOLD, "--db", db, "--document", path.name, "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)["documents"][0]["facts"]
    for fact, bar in BAR.items():
        assert scores[fact]["f1"] >= bar, (fact, scores[fact])
    assert json.loads(result.stdout)["documents"][0]["report_fields"]["report_kind"] is True


def test_empty_warehouse_scores_zero_recall(db: Path) -> None:
    Warehouse(db).close()
    result = run_cli("evaluate", "--gold", GOLD, "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    overall = json.loads(result.stdout)["overall"]
    assert overall, "no gold facts were scored"
    for fact, score in overall.items():
        assert score["recall"] == 0.0, fact
        assert score["tp"] == 0


def test_evaluate_counts_a_wrong_fact_as_a_miss(tmp_path: Path, db: Path) -> None:
    """A gold file that disagrees with the document must lower the score (the check can fail)."""
    document = gold("kr_confidence_2025.pdf")
    document["kr_confidence"][0]["confidence"] = 12.5
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "x.gold.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run_cli("ingest", sample("kr_confidence_table/kr_confidence_2025.pdf"), "--db", db).returncode == 0
    scores = json.loads(run_cli("evaluate", "--gold", folder, "--db", db, "--json").stdout)["overall"]
    assert scores["kr_confidence"]["tp"] == 25
    assert scores["kr_confidence"]["recall"] == pytest.approx(25 / 26)
