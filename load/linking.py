"""Identity linking inside the warehouse: every goal and key-result mention → its entity.

Runs in the same transaction as each document load, over all mentions, with the
pure functions of normalize.identity; ids already given out are kept (a merged id
becomes an alias that still resolves).
"""

from __future__ import annotations

import datetime as dt

import duckdb
from rapidfuzz import fuzz

from normalize.identity import (
    SCORER,
    Link,
    Mention,
    Override,
    assign_ids,
    cluster,
    match_text,
)
from okr_warehouse.text import fold

GOALS_SQL = """SELECT m.mention_id, m.report_id, m.goal_text, r.organization, m.level, m.system, m.division,
    m.result_area FROM core.goal_mention m JOIN core.report r USING (report_id)"""
KRS_SQL = """SELECT m.mention_id, m.report_id, m.kr_text, r.organization, g.system, m.division, m.result_area,
    m.goal_mention_id FROM core.key_result_mention m JOIN core.report r USING (report_id)
    LEFT JOIN core.goal_mention g ON g.mention_id = m.goal_mention_id"""


def overrides(con: duckdb.DuckDBPyConnection) -> list[Override]:
    rows = con.execute("SELECT kind, text_a, text_b, decision FROM core.identity_override ORDER BY decided_at")
    return [Override(*row) for row in rows.fetchall()]


def goal_mentions(con: duckdb.DuckDBPyConnection) -> list[Mention]:
    return [Mention(r[0], "goal", r[1], r[2] or "", r[3], r[4], r[5] or "okr", r[6], r[7])
            for r in con.execute(GOALS_SQL).fetchall()]


def kr_mentions(con: duckdb.DuckDBPyConnection, goal_of: dict[str, str]) -> list[Mention]:
    out = []
    for r in con.execute(KRS_SQL).fetchall():
        county_level = not (r[5] or r[6])
        # A county goal's key results have no result area: their goal entity is their scope.
        out.append(Mention(r[0], "key_result", r[1], r[2] or "", r[3], None, r[4] or "okr", r[5], r[6],
                           goal_of.get(r[7]) if county_level else None))
    return out


def relink(con: duckdb.DuckDBPyConnection, now: dt.datetime) -> None:
    decisions = overrides(con)
    goals = goal_mentions(con)
    goal_of = _link(con, "goal", "g", goals, decisions, now)
    _link(con, "kr", "k", kr_mentions(con, goal_of), decisions, now)
    _parents(con, goals, goal_of)


def _link(con: duckdb.DuckDBPyConnection, table: str, prefix: str, mentions: list[Mention],
          decisions: list[Override], now: dt.datetime) -> dict[str, str]:
    id_column = "goal_id" if table == "goal" else "kr_id"
    previous = dict(con.execute(f"SELECT mention_id, {id_column} FROM core.{table}_link").fetchall())
    links = cluster(mentions, decisions)
    assigned, aliases = assign_ids(prefix, mentions, links, previous)
    con.execute(f"DELETE FROM core.{table}_link")
    rows = [(link.mention_id, assigned[link.mention_id], round(link.score, 2), SCORER, link.rule)
            for link in links]
    if rows:
        con.executemany(f"INSERT INTO core.{table}_link VALUES (?, ?, ?, ?, ?)", rows)
    kind = "goal" if table == "goal" else "key_result"
    for alias, entity in aliases.items():
        # Earlier aliases of the retired id follow it to its new entity.
        con.execute("UPDATE core.entity_alias SET entity_id = ? WHERE entity_id = ?", [entity, alias])
        con.execute("INSERT INTO core.entity_alias VALUES (?, ?, ?, ?) ON CONFLICT (alias_id) DO UPDATE "
                    "SET entity_id = excluded.entity_id", [kind, alias, entity, now])
    return assigned


def _parents(con: duckdb.DuckDBPyConnection, goals: list[Mention], goal_of: dict[str, str]) -> None:
    """Result-area goals that carry a county goal's text get that goal as parent (the cascade)."""
    county = {goal_of[m.mention_id]: m for m in goals if m.level == "hva"}
    rows: dict[str, tuple[str, float]] = {}
    for m in goals:
        if m.level != "result_area":
            continue
        for parent_id, parent in county.items():
            orgs = (parent.organization, m.organization)
            if parent.system != m.system or (all(orgs) and fold(orgs[0] or "") != fold(orgs[1] or "")):
                continue
            # Whole-text ratio, not token sets: "Tuki- ja liikuntaelinoireinen asiakas saa helposti
            # yhteyden …" only contains the county goal's words, it does not carry its text.
            score = fuzz.ratio(match_text(m.text), match_text(parent.text))
            child = goal_of[m.mention_id]
            if score >= 95.0 and score > rows.get(child, ("", 0.0))[1]:
                rows[child] = (parent_id, score)
    con.execute("DELETE FROM core.goal_parent")
    if rows:
        con.executemany("INSERT INTO core.goal_parent VALUES (?, ?, ?, 'same text as county goal')",
                        [(child, parent, round(score, 2)) for child, (parent, score) in sorted(rows.items())])


__all__ = ["Link", "relink"]
