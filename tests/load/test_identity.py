"""Identity across reports (issue 6): order independence, stable ids, overrides."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pytest

from load import Warehouse
from okr_warehouse.pipeline import ingest
from okr_warehouse.review import apply_decisions, read_decisions, review_table
from tests.conftest import sample

DOCS = ["quarterly_review/okr_start_2025.pptx", "quarterly_review/okr_q2_2025.pptx",
        "quarterly_review/okr_q2_2026.pptx", "kr_confidence_table/kr_confidence_2025.pptx",
        "annual_review/tp2025_hva_tavoitteet.pptx"]


def _groups(db: Path) -> set[frozenset[str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT entity_id, list(mention_id) FROM matches GROUP BY ALL").fetchall()
    return {frozenset(mentions) for _, mentions in rows}


def _ids(db: Path) -> dict[str, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return dict(con.execute("SELECT mention_id, entity_id FROM matches").fetchall())


@pytest.fixture(scope="module")
def forward(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("forward") / "w.duckdb"
    for doc in DOCS:  # one at a time, as reports arrive over the years
        ingest([sample(doc)], db)
    return db


def test_another_ingest_order_gives_the_same_grouping(forward: Path, tmp_path: Path) -> None:
    backward = tmp_path / "w.duckdb"
    ingest([sample(d) for d in reversed(DOCS)], backward)
    assert _groups(forward) == _groups(backward)


def test_the_same_goal_across_reports_and_years_is_one_entity(forward: Path) -> None:
    with duckdb.connect(str(forward), read_only=True) as con:
        reports_per_goal = con.execute(
            "SELECT count(DISTINCT report_id) FROM goals WHERE goal_text LIKE 'Asiakas saa helposti yhteyden%' "
            "AND level = 'hva' GROUP BY goal_id").fetchall()
        # Start-of-year deck, Q2 2025, Q2 2026, the confidence table's title and the TP report.
        assert reports_per_goal == [(5,)]
        merged_across_areas = con.execute(
            "SELECT kr_id FROM key_results GROUP BY kr_id HAVING count(DISTINCT coalesce(result_area, '')) > 1"
        ).fetchall()
        assert merged_across_areas == []


def test_ids_once_given_never_change(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    ingest([sample(DOCS[0])], db)
    before = _ids(db)
    ingest([sample(d) for d in DOCS[1:]], db)
    after = _ids(db)
    assert {m: after[m] for m in before} == before


def test_a_persons_decision_wins_and_old_ids_resolve(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    ingest([sample(DOCS[1]), sample(DOCS[2])], db)  # Q2 2025 and Q2 2026 decks
    with Warehouse(db, read_only=True) as warehouse:
        table = list(csv.DictReader(review_table(warehouse).splitlines()))
    assert table, "the reworded 2026 texts should leave borderline pairs to review"
    pair = table[0]
    flipped = "different" if pair["decision"] == "same" else "same"
    edited = tmp_path / "decisions.csv"
    with edited.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(pair))
        writer.writeheader()
        writer.writerow({**pair, "decision": flipped})
    ids_before = _ids(db)
    with Warehouse(db) as warehouse:
        apply_decisions(warehouse, read_decisions(edited), str(edited))
    with duckdb.connect(str(db), read_only=True) as con:
        linked = con.execute("SELECT count(DISTINCT entity_id) FROM matches WHERE text IN (?, ?)",
                             [pair["text_a"], pair["text_b"]]).fetchone()[0]
        aliases = dict(con.execute("SELECT alias_id, entity_id FROM entity_aliases").fetchall())
    assert linked == (1 if flipped == "same" else 2)
    current = set(_ids(db).values())
    for old in set(ids_before.values()) - current:  # a merged-away id still resolves
        assert aliases[old] in current
    # The decision is kept in the warehouse and applied again when the next report relinks everything.
    ingest([sample(DOCS[0])], db)
    with duckdb.connect(str(db), read_only=True) as con:
        again = con.execute("SELECT count(DISTINCT entity_id) FROM matches WHERE text IN (?, ?)",
                            [pair["text_a"], pair["text_b"]]).fetchone()[0]
    assert again == linked
