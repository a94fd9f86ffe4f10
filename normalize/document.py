"""Turn one RawDocument into a NormalizedDocument."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from extract.engine.periods import MISREAD, period_key
from extract.records import Printed, RawDocument, RawGoal
from extract.settings import DEFAULT_SETTINGS
from okr_warehouse.text import fold, join_lines, squash
from okr_warehouse.vocabulary import GOAL_STATUS_LABELS, KPI_RANGES, KPI_UNITS, ORGANIZATIONS, PERIODS

from . import identity
from .colors import quarter_status
from .numbers import is_placeholder, parse_number, parse_value
from .records import (
    Goal,
    KeyResult,
    KpiValue,
    KrConfidence,
    KrValue,
    Narrative,
    NormalizedDocument,
    Report,
    Source,
    SummaryCount,
    Task,
)
from .repair import Lexicon, lost_diacritics, repair, repair_cell, repair_number_text

_FOLDED_PERIODS = {fold(k): v for k, v in PERIODS.items()}
# 2024 council-binding goals are another goal system than the OKR goals from 2025 on (issue 6):
# never the same goal unless a person says so.
GOAL_SYSTEMS = {"binding_goals_annual": "council"}
_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def source(p: Printed) -> Source:
    return Source(p.page, p.box, p.extractor, p.text, p.parse_score, p.ocr_confidence)


def text_of(p: Printed | None) -> str | None:
    """A printed text with its line wraps joined; None when absent or blank."""
    if p is None:
        return None
    return join_lines(p.text.splitlines()) or None


@dataclass(frozen=True)
class Reader:
    """Reads printed texts: wraps joined, and OCR damage repaired when the document was
    OCR'd or exported as text (the raw text stays in the provenance)."""

    lexicon: Lexicon | None = None

    def text(self, p: Printed | None) -> str | None:
        joined = text_of(p)
        if joined is None or self.lexicon is None:
            return joined
        return repair(joined, self.lexicon)


def needs_repair(raw: RawDocument) -> bool:
    """OCR'd pages always; a text export only when it lost its ä/ö (an OCR text, seed 000) —
    a converter's Markdown (seeds 001, 004) keeps them and is left as printed."""
    printed = [p for p in (*(g.text for g in raw.goals), *(k.text for k in raw.key_results),
                           *(n.text for n in raw.narratives))]
    if any(getattr(p, "ocr_confidence", None) is not None for p in printed) or raw.file_format == "image":
        return True
    return raw.file_format == "text" and lost_diacritics(p.text for p in printed)


def period_of(p: Printed | None, read: Reader | None = None) -> str | None:
    """The period a header names; OCR'd labels ("Lahtdtilanne") are read repaired."""
    if p is None:
        return None
    folded = fold((read.text(p) if read else p.text) or "")
    if folded in _FOLDED_PERIODS:
        return _FOLDED_PERIODS[folded]
    named = period_key(folded, DEFAULT_SETTINGS)  # the engine's recogniser: "2. kvartaali", "Q2/2025", "02"
    if named is not None:
        return named[0].removesuffix(MISREAD)
    quarter = re.search(r"q([1-4])", folded)
    return f"Q{quarter.group(1)}" if quarter else None


def goal_status(p: Printed | None, read: Reader | None = None) -> str | None:
    if p is None:
        return None
    text = squash((read.text(p) if read else p.text) or "").lower()
    return next((status for label, status in GOAL_STATUS_LABELS if label in text), None)


def normalize(raw: RawDocument, organization: str | None = None, lexicon: Lexicon | None = None
              ) -> NormalizedDocument:
    """`lexicon`: what OCR repair may trust (vocabulary and native reports' texts); only
    OCR'd and text-export documents are repaired."""
    read = Reader((lexicon or Lexicon.build(())) if needs_repair(raw) else None)
    issues = list(raw.issues)
    org = organization or _organization(raw)
    report = replace(_report(raw, org, issues), ocr_repaired=read.lexicon is not None)
    goals = _goals(raw, report.report_id, read)
    goal_ids = {ref: goal.goal_id for ref, goal in goals.items()}
    key_results: dict[str, KeyResult] = {}
    for kr in raw.key_results:
        text = read.text(kr.text) or ""
        division, result_area = read.text(kr.division), read.text(kr.result_area)
        kid = identity.mention_id(report.report_id, kr.ref)
        key_results.setdefault(kr.ref, KeyResult(kid, goal_ids[kr.goal_ref], text, division, result_area,
                                                 source(kr.text)))
    confidences = _confidences(raw, key_results, issues)
    values = _values(raw, key_results, read)
    return NormalizedDocument(
        report=_with_issues(report, issues),
        goals=tuple(_unique(goals.values(), lambda g: g.goal_id)),
        key_results=tuple(_unique(key_results.values(), lambda k: k.kr_id)),
        kr_values=tuple(values),
        kr_confidence=tuple(confidences),
        kpi_values=tuple(_kpis(raw, goal_ids, read)),
        tasks=tuple(_tasks(raw, goal_ids, report.report_id, read)),
        narratives=tuple(Narrative(goal_ids[n.goal_ref], n.kind, read.text(n.text) or "", source(n.text))
                         for n in raw.narratives),
        summary=tuple(SummaryCount(s.metric, parse_number(s.value.text), squash(s.value.text), source(s.value))
                      for s in raw.summary),
    )


def _organization(raw: RawDocument) -> str | None:
    printed = raw.meta.get("organization")
    if printed is None:
        return None
    folded = fold(printed.text)
    return next((canon for name, canon in ORGANIZATIONS.items() if fold(name) in folded), squash(printed.text))


def _report(raw: RawDocument, org: str | None, issues: list[str]) -> Report:
    year = raw.meta.get("year")
    date = raw.meta.get("date")
    return Report(
        report_id=identity.report_id(raw.sha256),
        source_path=raw.source_path,
        sha256=raw.sha256,
        file_format=raw.file_format,
        report_kind=raw.report_kind,
        organization=org,
        fiscal_year=int(parse_number(year.text) or 0) or None if year else None,
        period=period_of(raw.meta.get("period")),
        published_date=_date(date.text, issues) if date else None,
        page_count=None if raw.file_format == "text" else raw.page_count,  # a text export has no pages
        title=text_of(raw.meta.get("title")),
        extractor=raw.extractor,
        status="ok",
        issues=(),
        skipped_pages=raw.skipped,
    )


def _with_issues(report: Report, issues: list[str]) -> Report:
    return replace(report, issues=tuple(issues), status="partial" if issues else "ok")


def _date(text: str, issues: list[str]) -> dt.date | None:
    match = _DATE.search(text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        issues.append(f"unreadable date {text!r}")
        return None


def _goals(raw: RawDocument, report_id: str, read: Reader) -> dict[str, Goal]:
    goals: dict[str, Goal] = {}
    system = GOAL_SYSTEMS.get(raw.report_kind, "okr")
    # County goals first: result-area goals point at them as parents.
    for goal in sorted(raw.goals, key=lambda g: g.level != "hva"):
        goals[goal.ref] = _goal(goal, report_id, system, goals, read)
    return goals


def _goal(goal: RawGoal, report_id: str, system: str, known: dict[str, Goal], read: Reader) -> Goal:
    text = read.text(goal.text) or ""
    division, result_area = read.text(goal.division), read.text(goal.result_area)
    parent = known.get(goal.parent_ref) if goal.parent_ref else None
    return Goal(
        goal_id=identity.mention_id(report_id, goal.ref),
        text=text, level=goal.level, system=system, theme=read.text(goal.theme), division=division,
        result_area=result_area, owner=read.text(goal.owner), status=goal_status(goal.status, read),
        parent_goal_id=parent.goal_id if parent else None, source=source(goal.text),
    )


def _confidences(raw: RawDocument, krs: dict[str, KeyResult], issues: list[str]) -> list[KrConfidence]:
    out = []
    for conf in raw.confidences:
        number = parse_number(conf.score.text)
        if number is None or not 0 <= number <= 100:
            issues.append(f"page {conf.score.page}: confidence {conf.score.text!r} is not a score 0–100")
            continue
        out.append(KrConfidence(krs[conf.kr_ref].kr_id, period_of(conf.period), number, source(conf.score)))
    return out


def _values(raw: RawDocument, krs: dict[str, KeyResult], read: Reader) -> list[KrValue]:
    out = []
    cells = [c for c in raw.values if not is_placeholder(c.value.text)]
    for cell in cells:
        period = period_of(cell.period, read)
        if period is None:
            continue
        value_text = squash(cell.value.text)
        if read.lexicon is not None:  # OCR: a misread unit or a lost comma, judged by the row's other cells
            siblings = [squash(c.value.text) for c in cells if c.kr_ref == cell.kr_ref and c is not cell]
            value_text = repair_cell(value_text, siblings)
        parsed = parse_value(value_text)
        out.append(KrValue(krs[cell.kr_ref].kr_id, period, parsed.value, value_text, parsed.unit,
                           quarter_status(cell.light, cell.light_rgb, cell.legend), source(cell.value),
                           parsed.qualifier, parsed.denominator))
    return out


def _kpis(raw: RawDocument, goal_ids: dict[str, str], read: Reader) -> list[KpiValue]:
    out = []
    kept = [k for k in raw.kpi_values if not is_placeholder(k.value.text)]
    for kpi in kept:
        period = period_of(kpi.period, read)
        if period is None:
            continue
        name = read.text(kpi.kpi_name) or ""
        value_text = squash(kpi.value.text)
        if read.lexicon is not None:  # OCR: judged by the KPI's other cells, then by its range
            siblings = [squash(k.value.text) for k in kept
                        if k.goal_ref == kpi.goal_ref and k.kpi_name.text == kpi.kpi_name.text and k is not kpi]
            value_text = repair_cell(value_text, siblings)
            # "855" for an NPS of 85,5 (seed 000).
            value_text = repair_number_text(value_text, *KPI_RANGES.get(fold(name), (None, None)))
        parsed = parse_value(value_text)
        unit = parsed.unit or (KPI_UNITS.get(fold(name)) if parsed.value is not None else None)
        out.append(KpiValue(goal_ids[kpi.goal_ref], name, period, parsed.value, value_text, unit,
                            source(kpi.value), parsed.qualifier, parsed.denominator))
    return out


def _tasks(raw: RawDocument, goal_ids: dict[str, str], report_id: str, read: Reader) -> list[Task]:
    out = []
    for ordinal, task in enumerate(raw.tasks):
        name = read.text(task.name) or ""
        status_text = read.text(task.status)
        parsed = parse_value(status_text) if status_text else None
        # "alle 10%" is a bound, not a completion percentage (seed 004): no status_pct.
        pct = parsed.value if parsed and parsed.unit == "%" and parsed.qualifier is None else None
        out.append(Task(f"{report_id}/t{ordinal + 1}", goal_ids[task.goal_ref], name,
                        read.text(task.responsible), read.text(task.description), status_text, pct,
                        _task_state(pct), source(task.name)))
    return out


def _task_state(pct: float | None) -> str | None:
    if pct is None:
        return None
    return "done" if pct >= 100 else "not_started" if pct == 0 else "in_progress"


def _unique(items, key):  # type: ignore[no-untyped-def]
    seen: set[str] = set()
    out = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            out.append(item)
    return out
