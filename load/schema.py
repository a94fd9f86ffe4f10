"""DuckDB schema: base tables in schema `core` (every fact with its provenance), and the
public views in `main` — the stable contract for SQL users and BI tools (README)."""

from __future__ import annotations

SCHEMA_VERSION = 5
OCR_REVIEW_BELOW = 80.0
"""OCR'd facts whose words' mean confidence is under this are listed in the ocr_review view."""

_PROVENANCE = """
    page INTEGER, box_x0 DOUBLE, box_top DOUBLE, box_x1 DOUBLE, box_bottom DOUBLE,
    extractor VARCHAR, text_printed VARCHAR, parse_score DOUBLE, ocr_confidence DOUBLE"""

TABLES: dict[str, str] = {
    "meta": "key VARCHAR PRIMARY KEY, value VARCHAR",
    "load_stamp": """load_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
        tool_version VARCHAR, command VARCHAR""",
    "report": """report_id VARCHAR PRIMARY KEY, source_path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
        file_format VARCHAR, report_kind VARCHAR, organization VARCHAR, fiscal_year INTEGER,
        period VARCHAR, published_date DATE, page_count INTEGER, title VARCHAR, extractor VARCHAR,
        status VARCHAR, issues VARCHAR[], ocr_repaired BOOLEAN, load_id VARCHAR, ingested_at TIMESTAMP,
        skipped_pages VARCHAR[]""",
    # Mentions: one row per goal / key result as one report prints it; identity links them to entities.
    "goal_mention": f"""mention_id VARCHAR PRIMARY KEY, report_id VARCHAR NOT NULL, goal_text VARCHAR,
        theme VARCHAR, level VARCHAR, system VARCHAR, division VARCHAR, result_area VARCHAR, owner VARCHAR,
        status VARCHAR, parent_mention_id VARCHAR, {_PROVENANCE}""",
    "key_result_mention": f"""mention_id VARCHAR PRIMARY KEY, goal_mention_id VARCHAR, report_id VARCHAR NOT NULL,
        kr_text VARCHAR, division VARCHAR, result_area VARCHAR, {_PROVENANCE}""",
    "kr_value": f"""kr_mention_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL, period VARCHAR, value DOUBLE,
        value_text VARCHAR, unit VARCHAR, status VARCHAR, qualifier VARCHAR, denominator DOUBLE, {_PROVENANCE}""",
    "kr_confidence": f"""kr_mention_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL, period VARCHAR,
        confidence DOUBLE CHECK (confidence BETWEEN 0 AND 100), {_PROVENANCE}""",
    "kpi_value": f"""goal_mention_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL, kpi_name VARCHAR,
        period VARCHAR, value DOUBLE, value_text VARCHAR, unit VARCHAR, qualifier VARCHAR, denominator DOUBLE,
        {_PROVENANCE}""",
    "task": f"""task_id VARCHAR NOT NULL, goal_mention_id VARCHAR, report_id VARCHAR NOT NULL, task_name VARCHAR,
        responsible VARCHAR, description VARCHAR, status_text VARCHAR, status_pct DOUBLE, status VARCHAR,
        {_PROVENANCE}""",
    "narrative": f"""goal_mention_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL, kind VARCHAR, text VARCHAR,
        {_PROVENANCE}""",
    "report_summary": f"""report_id VARCHAR NOT NULL, metric VARCHAR, value DOUBLE, value_text VARCHAR,
        {_PROVENANCE}""",
    # Identity (issue 6): mention → entity links, retired ids, the cascade, a person's decisions.
    "goal_link": """mention_id VARCHAR PRIMARY KEY, goal_id VARCHAR NOT NULL, score DOUBLE, scorer VARCHAR,
        rule VARCHAR""",
    "kr_link": """mention_id VARCHAR PRIMARY KEY, kr_id VARCHAR NOT NULL, score DOUBLE, scorer VARCHAR,
        rule VARCHAR""",
    "entity_alias": "kind VARCHAR, alias_id VARCHAR PRIMARY KEY, entity_id VARCHAR NOT NULL, since TIMESTAMP",
    "goal_parent": "goal_id VARCHAR PRIMARY KEY, parent_goal_id VARCHAR NOT NULL, score DOUBLE, rule VARCHAR",
    "identity_override": """kind VARCHAR, text_a VARCHAR, text_b VARCHAR, decision VARCHAR, decided_at TIMESTAMP,
        source VARCHAR""",
    "ingest_log": """source_path VARCHAR, sha256 VARCHAR, outcome VARCHAR, error VARCHAR,
        started_at TIMESTAMP, finished_at TIMESTAMP, report_id VARCHAR, load_id VARCHAR""",
}

# Tables holding one document's facts, deleted and rewritten together on re-ingest.
FACT_TABLES = ("goal_mention", "key_result_mention", "kr_value", "kr_confidence", "kpi_value", "task",
               "narrative", "report_summary")

_BOX = "box_x0, box_top, box_x1, box_bottom, extractor, text_printed, parse_score, ocr_confidence"
_KR = "JOIN core.kr_link kl ON kl.mention_id = f.kr_mention_id"
_GOAL = "JOIN core.goal_link gl ON gl.mention_id = f.goal_mention_id"

VIEWS: dict[str, str] = {
    "reports": """SELECT report_id, source_path, sha256, file_format, report_kind, organization, fiscal_year,
        period, published_date, page_count, ingested_at, title, status, issues, extractor, ocr_repaired, load_id,
        skipped_pages
        FROM core.report""",
    "goals": f"""SELECT gl.goal_id, m.report_id, m.goal_text, m.theme, m.level, m.division, m.result_area, m.owner,
        m.status, m.page, gp.parent_goal_id, m.system, m.mention_id, {_BOX}
        FROM core.goal_mention m JOIN core.goal_link gl USING (mention_id)
        LEFT JOIN core.goal_parent gp ON gp.goal_id = gl.goal_id""",
    "key_results": f"""SELECT kl.kr_id, gl.goal_id, m.report_id, m.kr_text, m.division, m.result_area, m.page,
        m.mention_id, {_BOX}
        FROM core.key_result_mention m JOIN core.kr_link kl USING (mention_id)
        LEFT JOIN core.goal_link gl ON gl.mention_id = m.goal_mention_id""",
    "kr_values": f"""SELECT kl.kr_id, f.report_id, f.period, f.value, f.value_text, f.unit, f.status, f.page,
        f.qualifier, f.denominator, {_BOX} FROM core.kr_value f {_KR}""",
    "kr_confidence": f"""SELECT kl.kr_id, f.report_id, f.period, f.confidence, f.page, {_BOX}
        FROM core.kr_confidence f {_KR}""",
    "kpi_values": f"""SELECT gl.goal_id, f.report_id, f.kpi_name, f.period, f.value, f.value_text, f.unit, f.page,
        f.qualifier, f.denominator, {_BOX} FROM core.kpi_value f {_GOAL}""",
    "tasks": f"""SELECT f.task_id, gl.goal_id, f.report_id, f.task_name, f.responsible, f.description,
        f.status_text, f.status_pct, f.page, f.status, {_BOX} FROM core.task f {_GOAL}""",
    "narratives": f"SELECT gl.goal_id, f.report_id, f.kind, f.text, f.page, {_BOX} FROM core.narrative f {_GOAL}",
    "report_summary": f"SELECT report_id, metric, value, value_text, page, {_BOX} FROM core.report_summary",
    "matches": """SELECT 'goal' AS kind, m.mention_id, m.report_id, m.goal_text AS text, m.division, m.result_area,
            l.goal_id AS entity_id, l.score, l.scorer, l.rule
        FROM core.goal_mention m JOIN core.goal_link l USING (mention_id)
        UNION ALL
        SELECT 'key_result', m.mention_id, m.report_id, m.kr_text, m.division, m.result_area, l.kr_id, l.score,
            l.scorer, l.rule
        FROM core.key_result_mention m JOIN core.kr_link l USING (mention_id)""",
    "goal_parent": "SELECT goal_id, parent_goal_id, score, rule FROM core.goal_parent",
    "entity_aliases": "SELECT kind, alias_id, entity_id, since FROM core.entity_alias",
    "history": """SELECT kl.kr_id, m.kr_text, m.division, m.result_area, r.fiscal_year, f.period,
            CASE f.period WHEN 'baseline' THEN 0 WHEN 'Q1' THEN 1 WHEN 'Q2' THEN 2 WHEN 'Q3' THEN 3
                WHEN 'Q4' THEN 4 WHEN 'year' THEN 5 END AS period_order,
            f.value, f.value_text, f.unit, f.status, r.report_id, r.report_kind, r.published_date, r.source_path,
            f.page
        FROM core.kr_value f JOIN core.kr_link kl ON kl.mention_id = f.kr_mention_id
        JOIN core.key_result_mention m ON m.mention_id = f.kr_mention_id
        JOIN core.report r ON r.report_id = f.report_id""",
    "ingest_log": """SELECT source_path, sha256, outcome, error, started_at, finished_at, report_id, load_id
        FROM core.ingest_log""",
    "ocr_review": f"""SELECT * FROM (
            SELECT 'goal' AS fact, report_id, page, goal_text AS parsed, text_printed, ocr_confidence
                FROM core.goal_mention
            UNION ALL SELECT 'key_result', report_id, page, kr_text, text_printed, ocr_confidence
                FROM core.key_result_mention
            UNION ALL SELECT 'kr_value', report_id, page, value_text, text_printed, ocr_confidence FROM core.kr_value
            UNION ALL SELECT 'kr_confidence', report_id, page, CAST(confidence AS VARCHAR), text_printed,
                ocr_confidence FROM core.kr_confidence
            UNION ALL SELECT 'kpi_value', report_id, page, kpi_name || ': ' || value_text, text_printed,
                ocr_confidence FROM core.kpi_value
            UNION ALL SELECT 'task', report_id, page, task_name, text_printed, ocr_confidence FROM core.task
        ) WHERE ocr_confidence < {OCR_REVIEW_BELOW} ORDER BY ocr_confidence""",
}


def ddl() -> list[str]:
    statements = ["CREATE SCHEMA IF NOT EXISTS core"]
    statements += [f"CREATE TABLE IF NOT EXISTS core.{name} ({cols})" for name, cols in TABLES.items()]
    statements += [f"CREATE OR REPLACE VIEW main.{name} AS {body}" for name, body in VIEWS.items()]
    statements.append(
        f"INSERT INTO core.meta VALUES ('schema_version', '{SCHEMA_VERSION}') ON CONFLICT DO NOTHING")
    return statements
