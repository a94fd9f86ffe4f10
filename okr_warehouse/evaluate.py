"""`okr-warehouse evaluate`: precision / recall / F1 of the warehouse against gold files.

Gold format: docs/gold-format.md. A fact counts as found when its comparison
key (below) equals a gold fact's key; duplicates count as often as they occur.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import duckdb

from .report import table
from .text import squash

GOLD_FORMAT = "okr-warehouse-gold/1"
FACT_TYPES = ("goals", "key_results", "kr_values", "kr_confidence", "kpi_values", "tasks", "report_summary")
REPORT_FIELDS = ("report_kind", "organization", "fiscal_year", "period", "published_date", "page_count")
Key = tuple[Any, ...]


class GoldError(Exception):
    pass


def _t(value: Any) -> str:
    return squash(str(value)) if value is not None else ""


def _num(value: Any) -> float | None:
    return None if value is None else round(float(value), 4)


def _value_key(value: Any, value_text: Any) -> Any:
    number = _num(value)
    return number if number is not None else _t(value_text)


def load_gold(folder: Path) -> list[dict[str, Any]]:
    golds = []
    for path in sorted(folder.rglob("*.gold.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: not readable JSON ({exc})") from exc
        if gold.get("format") != GOLD_FORMAT or not gold.get("document"):
            raise GoldError(f"{path}: not an {GOLD_FORMAT} file with a 'document'")
        gold["_path"] = str(path)
        golds.append(gold)
    if not golds:
        raise GoldError(f"no *.gold.json files under {folder}")
    return golds


def gold_facts(gold: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Each annotated fact type as a list of {"key": comparison key, attribute: value} dicts."""
    goals = {g["key"]: g for g in gold.get("goals", [])}
    krs = {k["key"]: k for k in gold.get("key_results", [])}

    def kr_key(ref: str) -> Key:
        kr = krs.get(ref)
        if kr is None:
            raise GoldError(f"{gold['_path']}: unknown key result {ref!r}")
        return (_t(kr["text"]), _t(kr.get("division")), _t(kr.get("result_area")))

    def goal_text(ref: str) -> str:
        if ref not in goals:
            raise GoldError(f"{gold['_path']}: unknown goal {ref!r}")
        return _t(goals[ref]["text"])

    builders = {
        "goals": lambda g: {"key": (_t(g["text"]), g.get("level"), _t(g.get("division")), _t(g.get("result_area"))),
                            "theme": _t(g.get("theme")), "owner": _t(g.get("owner")), "status": g.get("status"),
                            "identity": g["key"], "scope": _t(g.get("result_area"))},
        "key_results": lambda k: {"key": kr_key(k["key"]), "identity": k["key"], "scope": _t(k.get("result_area"))},
        "kr_values": lambda v: {"key": (kr_key(v["kr"]), v["period"], _value_key(v.get("value"), v.get("value_text"))),
                                "status": v.get("status")},
        "kr_confidence": lambda c: {"key": (kr_key(c["kr"]), c.get("period"), _num(c["confidence"]))},
        "kpi_values": lambda k: {"key": (goal_text(k["goal"]), _t(k["kpi_name"]), k["period"],
                                         _value_key(k.get("value"), k.get("value_text")))},
        "tasks": lambda t: {"key": (goal_text(t["goal"]), _t(t["task_name"]), _t(t.get("responsible")),
                                    _t(t.get("status_text")))},
    }
    facts = {fact: [build(item) for item in gold[fact]] for fact, build in builders.items() if fact in gold}
    if "summary" in gold:
        facts["report_summary"] = [{"key": (metric, _num(value))} for metric, value in _flatten(gold["summary"])]
    return facts


def _flatten(summary: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """{"tasks_by_state": {"done": 46}} → [("tasks_by_state.done", 46)]."""
    out: list[tuple[str, Any]] = []
    for key, value in summary.items():
        if isinstance(value, dict):
            out += _flatten(value, f"{prefix}{key}.")
        else:
            out.append((f"{prefix}{key}", value))
    return out


_PREDICTED_SQL = {
    "goals": """SELECT goal_text, level, division, result_area, theme, owner, status, goal_id
        FROM goals WHERE report_id = ?""",
    "key_results": "SELECT kr_text, division, result_area, kr_id FROM key_results WHERE report_id = ?",
    "kr_values": """SELECT k.kr_text, k.division, k.result_area, v.period, v.value, v.value_text, v.status
        FROM kr_values v JOIN key_results k USING (kr_id, report_id) WHERE v.report_id = ?""",
    "kr_confidence": """SELECT k.kr_text, k.division, k.result_area, c.period, c.confidence
        FROM kr_confidence c JOIN key_results k USING (kr_id, report_id) WHERE c.report_id = ?""",
    "kpi_values": """SELECT g.goal_text, v.kpi_name, v.period, v.value, v.value_text
        FROM kpi_values v JOIN goals g USING (goal_id, report_id) WHERE v.report_id = ?""",
    "tasks": """SELECT g.goal_text, t.task_name, t.responsible, t.status_text
        FROM tasks t JOIN goals g USING (goal_id, report_id) WHERE t.report_id = ?""",
    "report_summary": "SELECT metric, value FROM report_summary WHERE report_id = ?",
}


def predicted_facts(con: duckdb.DuckDBPyConnection, report_id: str | None) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {fact: [] for fact in FACT_TYPES}
    if report_id is None:
        return out
    for fact, sql in _PREDICTED_SQL.items():
        for r in con.execute(sql, [report_id]).fetchall():
            out[fact].append(_predicted_item(fact, r))
    return out


def _predicted_item(fact: str, r: tuple[Any, ...]) -> dict[str, Any]:
    if fact == "goals":
        return {"key": (_t(r[0]), r[1], _t(r[2]), _t(r[3])), "theme": _t(r[4]), "owner": _t(r[5]), "status": r[6],
                "identity": r[7], "scope": _t(r[3])}
    if fact == "key_results":
        return {"key": (_t(r[0]), _t(r[1]), _t(r[2])), "identity": r[3], "scope": _t(r[2])}
    if fact == "kr_values":
        return {"key": ((_t(r[0]), _t(r[1]), _t(r[2])), r[3], _value_key(r[4], r[5])), "status": r[6]}
    if fact == "kr_confidence":
        return {"key": ((_t(r[0]), _t(r[1]), _t(r[2])), r[3], _num(r[4]))}
    if fact == "kpi_values":
        return {"key": (_t(r[0]), _t(r[1]), r[2], _value_key(r[3], r[4]))}
    if fact == "report_summary":
        return {"key": (r[0], _num(r[1]))}
    return {"key": (_t(r[0]), _t(r[1]), _t(r[2]), _t(r[3]))}


def find_report(con: duckdb.DuckDBPyConnection, gold: dict[str, Any]) -> dict[str, Any] | None:
    """The report the gold describes: the one with the gold's sha256 when given (a copy of the
    file under another name still matches), else the newest with the gold's file name."""
    columns = ["report_id", "source_path", "sha256", *REPORT_FIELDS]
    rows = [dict(zip(columns, row, strict=True)) for row in
            con.execute(f"SELECT {', '.join(columns)} FROM reports ORDER BY ingested_at DESC").fetchall()]
    if gold.get("sha256"):
        by_hash = [r for r in rows if r["sha256"] == gold["sha256"]]
        if by_hash:
            return by_hash[0]
    return next((r for r in rows if Path(r["source_path"]).name == gold["document"]), None)


def score(gold_items: list[dict[str, Any]], pred_items: list[dict[str, Any]], attrs: tuple[str, ...] = ()
          ) -> dict[str, Any]:
    gold_keys = Counter(i["key"] for i in gold_items)
    pred_keys = Counter(i["key"] for i in pred_items)
    tp = sum((gold_keys & pred_keys).values())
    result: dict[str, Any] = {"gold": len(gold_items), "predicted": len(pred_items), "tp": tp}
    result.update(_prf(tp, len(pred_items), len(gold_items)))
    pred_by_key = {i["key"]: i for i in pred_items}
    for attr in attrs:
        pairs = [(g[attr], pred_by_key[g["key"]][attr]) for g in gold_items if g["key"] in pred_by_key
                 and (g[attr] or pred_by_key[g["key"]][attr])]
        result[f"{attr}_accuracy"] = (sum(a == b for a, b in pairs) / len(pairs)) if pairs else None
        result[f"{attr}_n"] = len(pairs)
    return result


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float | None]:
    precision = tp / predicted if predicted else None
    recall = tp / gold if gold else None
    f1 = (2 * precision * recall / (precision + recall) if precision and recall else
          (0.0 if (predicted or gold) else None))
    return {"precision": precision, "recall": recall, "f1": f1}


ATTRIBUTES = {"goals": ("theme", "owner", "status"), "kr_values": ("status",)}


def evaluate(gold_dir: Path, con: duckdb.DuckDBPyConnection, only: Sequence[str] = ()) -> dict[str, Any]:
    """Score every gold document (or those whose file name matches a glob in `only`)."""
    documents = []
    totals: dict[str, dict[str, list[dict[str, Any]]]] = {f: {"gold": [], "pred": []} for f in FACT_TYPES}
    golds = [g for g in load_gold(gold_dir) if not only or any(fnmatch(g["document"], p) for p in only)]
    if not golds:
        raise GoldError(f"no gold document under {gold_dir} matches {', '.join(only)}")
    matched: dict[str, list[tuple[Any, Any, str, str]]] = {"goals": [], "key_results": []}
    for gold in golds:
        report = find_report(con, gold)
        predicted = predicted_facts(con, report["report_id"] if report else None)
        doc: dict[str, Any] = {"document": gold["document"], "found": report is not None, "facts": {},
                               "report_fields": _report_fields(gold.get("report", {}), report)}
        for fact, items in gold_facts(gold).items():
            doc["facts"][fact] = score(items, predicted[fact], ATTRIBUTES.get(fact, ()))
            # Keys are made unique per document so equal texts in two documents never match across them.
            totals[fact]["gold"] += [{**i, "key": (gold["document"], i["key"])} for i in items]
            totals[fact]["pred"] += [{**i, "key": (gold["document"], i["key"])} for i in predicted[fact]]
            if fact in matched:
                matched[fact] += _pair_mentions(items, predicted[fact])
        documents.append(doc)
    overall = {fact: score(t["gold"], t["pred"], ATTRIBUTES.get(fact, ())) for fact, t in totals.items() if t["gold"]
               or t["pred"]}
    identity = {fact: identity_scores(pairs) for fact, pairs in matched.items() if pairs}
    return {"overall": overall, "identity": identity, "documents": documents}


def _pair_mentions(gold_items: list[dict[str, Any]], pred_items: list[dict[str, Any]]
                   ) -> list[tuple[Any, Any, str, str]]:
    """Gold and predicted mentions with equal comparison keys, paired one to one:
    (gold identity key, predicted entity id, gold scope, predicted scope)."""
    waiting: dict[Any, list[dict[str, Any]]] = {}
    for item in pred_items:
        waiting.setdefault(item["key"], []).append(item)
    pairs = []
    for item in gold_items:
        if waiting.get(item["key"]):
            pred = waiting[item["key"]].pop(0)
            pairs.append((item["identity"], pred["identity"], item["scope"], pred["scope"]))
    return pairs


def identity_scores(pairs: list[tuple[Any, Any, str, str]]) -> dict[str, Any]:
    """Pairwise identity over matched mentions: do two mentions share an entity in gold and in the warehouse?"""
    tp = gold_same = pred_same = cross_scope = 0
    for i, a in enumerate(pairs):
        for b in pairs[i + 1:]:
            same_gold, same_pred = a[0] == b[0], a[1] == b[1]
            gold_same += same_gold
            pred_same += same_pred
            tp += same_gold and same_pred
            cross_scope += same_pred and a[3] != b[3]
    return {"mentions": len(pairs), "gold_pairs": gold_same, "predicted_pairs": pred_same, "tp": tp,
            "precision": tp / pred_same if pred_same else None, "recall": tp / gold_same if gold_same else None,
            "merges_across_result_areas": cross_scope}


def _report_fields(gold_report: dict[str, Any], report: dict[str, Any] | None) -> dict[str, bool]:
    if report is None:
        return {}
    return {field: _t(gold_report.get(field)) == _t(report.get(field)) for field in REPORT_FIELDS
            if field in gold_report}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render(result: dict[str, Any]) -> str:
    headers = ("fact", "gold", "pred", "tp", "precision", "recall", "F1", "attribute accuracy")
    right = {1, 2, 3, 4, 5, 6}

    def row(name: str, s: dict[str, Any]) -> tuple[Any, ...]:
        attrs = ", ".join(f"{k[:-9]} {_fmt(v)} (n={s[k[:-9] + '_n']})" for k, v in s.items() if k.endswith("_accuracy"))
        return (name, s["gold"], s["predicted"], s["tp"], _fmt(s["precision"]), _fmt(s["recall"]), _fmt(s["f1"]),
                attrs)

    parts = ["Overall (all gold documents)", table(headers, [row(f, s) for f, s in result["overall"].items()], right)]
    if result.get("identity"):
        id_headers = ("identity", "mentions", "gold pairs", "pred pairs", "tp", "precision", "recall",
                      "merges across result areas")
        id_rows = [(f, s["mentions"], s["gold_pairs"], s["predicted_pairs"], s["tp"], _fmt(s["precision"]),
                    _fmt(s["recall"]), s["merges_across_result_areas"]) for f, s in result["identity"].items()]
        parts += ["", "Identity across documents (pairwise, over mentions matched to gold)",
                  table(id_headers, id_rows, {1, 2, 3, 4, 5, 6, 7})]
    for doc in result["documents"]:
        status = "" if doc["found"] else "  [NOT IN WAREHOUSE]"
        wrong = [f for f, ok in doc["report_fields"].items() if not ok]
        fields = f"  report fields wrong: {', '.join(wrong)}" if wrong else ""
        scored = [row(f, s) for f, s in doc["facts"].items() if s["gold"] or s["predicted"]]
        parts += ["", f"{doc['document']}{status}{fields}", table(headers, scored, right)]
    return "\n".join(parts)
