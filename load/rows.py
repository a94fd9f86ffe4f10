"""NormalizedDocument → one DataFrame per base table (columns named as in load.schema)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

import pandas as pd

from normalize.records import NormalizedDocument, Source


def _provenance(source: Source) -> dict[str, Any]:
    box = source.box or (None, None, None, None)
    return {"page": source.page, "box_x0": box[0], "box_top": box[1], "box_x1": box[2], "box_bottom": box[3],
            "extractor": source.extractor, "text_printed": source.text_printed, "parse_score": source.parse_score,
            "ocr_confidence": source.ocr_confidence}


def frames(doc: NormalizedDocument, load_id: str, ingested_at: dt.datetime) -> dict[str, pd.DataFrame]:
    rid = doc.report.report_id
    report = asdict(doc.report)
    report.update(issues=list(doc.report.issues), skipped_pages=list(doc.report.skipped_pages), load_id=load_id,
                  ingested_at=ingested_at)
    tables: dict[str, list[dict[str, Any]]] = {
        "report": [report],
        "goal_mention": [
            {"mention_id": g.goal_id, "report_id": rid, "goal_text": g.text, "theme": g.theme, "level": g.level,
             "system": g.system, "division": g.division, "result_area": g.result_area, "owner": g.owner,
             "status": g.status, "parent_mention_id": g.parent_goal_id, **_provenance(g.source)} for g in doc.goals],
        "key_result_mention": [
            {"mention_id": k.kr_id, "goal_mention_id": k.goal_id, "report_id": rid, "kr_text": k.text,
             "division": k.division, "result_area": k.result_area, **_provenance(k.source)} for k in doc.key_results],
        "kr_value": [
            {"kr_mention_id": v.kr_id, "report_id": rid, "period": v.period, "value": v.value,
             "value_text": v.value_text, "unit": v.unit, "status": v.status, "qualifier": v.qualifier,
             "denominator": v.denominator, **_provenance(v.source)}
            for v in doc.kr_values],
        "kr_confidence": [
            {"kr_mention_id": c.kr_id, "report_id": rid, "period": c.period, "confidence": c.confidence,
             **_provenance(c.source)} for c in doc.kr_confidence],
        "kpi_value": [
            {"goal_mention_id": k.goal_id, "report_id": rid, "kpi_name": k.kpi_name, "period": k.period,
             "value": k.value, "value_text": k.value_text, "unit": k.unit, "qualifier": k.qualifier,
             "denominator": k.denominator, **_provenance(k.source)}
            for k in doc.kpi_values],
        "task": [
            {"task_id": t.task_id, "goal_mention_id": t.goal_id, "report_id": rid, "task_name": t.name,
             "responsible": t.responsible, "description": t.description, "status_text": t.status_text,
             "status_pct": t.status_pct, "status": t.status, **_provenance(t.source)} for t in doc.tasks],
        "narrative": [
            {"goal_mention_id": n.goal_id, "report_id": rid, "kind": n.kind, "text": n.text, **_provenance(n.source)}
            for n in doc.narratives],
        "report_summary": [
            {"report_id": rid, "metric": s.metric, "value": s.value, "value_text": s.value_text,
             **_provenance(s.source)} for s in doc.summary],
    }
    return {name: pd.DataFrame(records) for name, records in tables.items()}
