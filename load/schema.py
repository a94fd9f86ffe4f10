"""DuckDB schema: base tables in schema `core` (every fact with its provenance), and the
public views in `main` — the stable contract for SQL users and BI tools (README)."""

from __future__ import annotations

SCHEMA_VERSION = 1

_PROVENANCE = """
    page INTEGER, box_x0 DOUBLE, box_top DOUBLE, box_x1 DOUBLE, box_bottom DOUBLE,
    extractor VARCHAR, text_printed VARCHAR, parse_score DOUBLE"""

TABLES: dict[str, str] = {
    "meta": "key VARCHAR PRIMARY KEY, value VARCHAR",
    "load_stamp": """load_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
        tool_version VARCHAR, command VARCHAR""",
    "report": """report_id VARCHAR PRIMARY KEY, source_path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
        file_format VARCHAR, report_kind VARCHAR, organization VARCHAR, fiscal_year INTEGER,
        period VARCHAR, published_date DATE, page_count INTEGER, title VARCHAR, extractor VARCHAR,
        status VARCHAR, issues VARCHAR[], load_id VARCHAR, ingested_at TIMESTAMP""",
    "goal_mention": f"""goal_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL, goal_text VARCHAR, theme VARCHAR,
        level VARCHAR, division VARCHAR, result_area VARCHAR, owner VARCHAR, status VARCHAR,
        parent_goal_id VARCHAR, {_PROVENANCE}, PRIMARY KEY (goal_id, report_id)""",
    "key_result_mention": f"""kr_id VARCHAR NOT NULL, goal_id VARCHAR, report_id VARCHAR NOT NULL,
        kr_text VARCHAR, division VARCHAR, result_area VARCHAR, {_PROVENANCE},
        PRIMARY KEY (kr_id, report_id)""",
    "kr_value": f"""kr_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL, period VARCHAR, value DOUBLE,
        value_text VARCHAR, unit VARCHAR, status VARCHAR, {_PROVENANCE}""",
    "kr_confidence": f"""kr_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL, period VARCHAR,
        confidence DOUBLE CHECK (confidence BETWEEN 0 AND 100), {_PROVENANCE}""",
    "kpi_value": f"""goal_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL, kpi_name VARCHAR, period VARCHAR,
        value DOUBLE, value_text VARCHAR, unit VARCHAR, {_PROVENANCE}""",
    "task": f"""task_id VARCHAR NOT NULL, goal_id VARCHAR, report_id VARCHAR NOT NULL, task_name VARCHAR,
        responsible VARCHAR, description VARCHAR, status_text VARCHAR, status_pct DOUBLE, status VARCHAR,
        {_PROVENANCE}""",
    "narrative": f"""goal_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL, kind VARCHAR, text VARCHAR,
        {_PROVENANCE}""",
    "report_summary": f"""report_id VARCHAR NOT NULL, metric VARCHAR, value DOUBLE, value_text VARCHAR,
        {_PROVENANCE}""",
    "ingest_log": """source_path VARCHAR, sha256 VARCHAR, outcome VARCHAR, error VARCHAR,
        started_at TIMESTAMP, finished_at TIMESTAMP, report_id VARCHAR, load_id VARCHAR""",
}

# Tables holding one document's facts, deleted and rewritten together on re-ingest.
FACT_TABLES = ("goal_mention", "key_result_mention", "kr_value", "kr_confidence", "kpi_value", "task",
               "narrative", "report_summary")

_BOX = "box_x0, box_top, box_x1, box_bottom, extractor, text_printed, parse_score"

VIEWS: dict[str, str] = {
    "reports": """SELECT report_id, source_path, sha256, file_format, report_kind, organization, fiscal_year,
        period, published_date, page_count, ingested_at, title, status, issues, extractor, load_id
        FROM core.report""",
    "goals": f"""SELECT goal_id, report_id, goal_text, theme, level, division, result_area, owner, status,
        page, parent_goal_id, {_BOX} FROM core.goal_mention""",
    "key_results": f"""SELECT kr_id, goal_id, report_id, kr_text, division, result_area, page, {_BOX}
        FROM core.key_result_mention""",
    "kr_values": f"""SELECT kr_id, report_id, period, value, value_text, unit, status, page, {_BOX}
        FROM core.kr_value""",
    "kr_confidence": f"SELECT kr_id, report_id, period, confidence, page, {_BOX} FROM core.kr_confidence",
    "kpi_values": f"""SELECT goal_id, report_id, kpi_name, period, value, value_text, unit, page, {_BOX}
        FROM core.kpi_value""",
    "tasks": f"""SELECT task_id, goal_id, report_id, task_name, responsible, description, status_text,
        status_pct, page, status, {_BOX} FROM core.task""",
    "narratives": f"SELECT goal_id, report_id, kind, text, page, {_BOX} FROM core.narrative",
    "report_summary": f"SELECT report_id, metric, value, value_text, page, {_BOX} FROM core.report_summary",
    "ingest_log": """SELECT source_path, sha256, outcome, error, started_at, finished_at, report_id, load_id
        FROM core.ingest_log""",
}


def ddl() -> list[str]:
    statements = ["CREATE SCHEMA IF NOT EXISTS core"]
    statements += [f"CREATE TABLE IF NOT EXISTS core.{name} ({cols})" for name, cols in TABLES.items()]
    statements += [f"CREATE OR REPLACE VIEW main.{name} AS {body}" for name, body in VIEWS.items()]
    statements.append(
        f"INSERT INTO core.meta VALUES ('schema_version', '{SCHEMA_VERSION}') ON CONFLICT DO NOTHING")
    return statements
