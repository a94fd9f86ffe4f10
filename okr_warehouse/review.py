"""`okr-warehouse review`: borderline identity links as an editable table, and applying decisions.

The table lists every pair of goal / key-result mentions from different reports
whose text score falls in normalize.identity.REVIEW_BAND, with the warehouse's
current decision. A person edits the `decision` column (same | different) and
runs `review --apply FILE`; decisions are kept in the warehouse and win on every
later ingest.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from load import Warehouse, now
from load.linking import goal_mentions, kr_mentions, relink
from normalize.identity import Override, review_pairs

COLUMNS = ("kind", "score", "decision", "text_a", "scope_a", "report_a", "text_b", "scope_b", "report_b")
DECISIONS = ("same", "different")


def review_table(warehouse: Warehouse) -> str:
    con = warehouse.con
    goal_of = dict(con.execute("SELECT mention_id, goal_id FROM core.goal_link").fetchall())
    kr_of = dict(con.execute("SELECT mention_id, kr_id FROM core.kr_link").fetchall())
    rows = []
    for mentions, entity_of in ((goal_mentions(con), goal_of), (kr_mentions(con, goal_of), kr_of)):
        for score, a, b, linked in review_pairs(mentions, entity_of):
            rows.append((a.kind, f"{score:.1f}", "same" if linked else "different", a.text, _scope(a),
                         a.report_id, b.text, _scope(b), b.report_id))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def _scope(m) -> str:  # type: ignore[no-untyped-def]
    return " / ".join(p for p in (m.division, m.result_area) if p)


def read_decisions(path: Path) -> list[Override]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"kind", "decision", "text_a", "text_b"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing columns {', '.join(sorted(missing))}")
        decisions = []
        for number, row in enumerate(reader, start=2):
            decision = (row["decision"] or "").strip().lower()
            if decision not in DECISIONS:
                raise ValueError(f"{path}, line {number}: decision must be same or different, got {decision!r}")
            decisions.append(Override(row["kind"].strip(), row["text_a"], row["text_b"], decision))
    return decisions


def apply_decisions(warehouse: Warehouse, decisions: list[Override], source: str) -> None:
    """Record a person's decisions and relink every mention with them, in one transaction."""
    con = warehouse.con
    con.execute("BEGIN TRANSACTION")
    try:
        stamp = now()
        for d in decisions:
            con.execute("INSERT INTO core.identity_override VALUES (?, ?, ?, ?, ?, ?)",
                        [d.kind, d.text_a, d.text_b, d.decision, stamp, source])
        relink(con, stamp)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
