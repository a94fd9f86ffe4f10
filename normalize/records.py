"""The normalize stage's output: clean, typed records with stable ids. `load/` reads only these."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Source:
    """Where a fact was printed and how it read there."""

    page: int | None
    box: Box | None
    extractor: str
    text_printed: str
    parse_score: float  # our own parse certainty 0..1; not a score the report prints
    ocr_confidence: float | None = None  # mean tesseract confidence 0..100 of the words, OCR'd pages only


@dataclass(frozen=True)
class Report:
    report_id: str
    source_path: str
    sha256: str
    file_format: str
    report_kind: str
    organization: str | None
    fiscal_year: int | None
    period: str | None
    published_date: dt.date | None
    page_count: int | None
    title: str | None
    extractor: str
    status: str  # ok | partial
    issues: tuple[str, ...]
    ocr_repaired: bool = False  # texts were repaired (OCR'd pages, or a text export that lost ä/ö)
    skipped_pages: tuple[str, ...] = ()  # pages that are no part of the report, with the reason


@dataclass(frozen=True)
class Goal:
    goal_id: str  # this mention's id ("<report_id>/<ref>"); the entity id comes from identity linking
    text: str
    level: str  # hva | result_area
    system: str  # okr | council
    theme: str | None
    division: str | None
    result_area: str | None
    owner: str | None
    status: str | None  # achieved | partially_achieved | not_achieved | not_assessable
    parent_goal_id: str | None
    source: Source


@dataclass(frozen=True)
class KeyResult:
    kr_id: str  # this mention's id; the entity id comes from identity linking
    goal_id: str
    text: str
    division: str | None
    result_area: str | None
    source: Source


@dataclass(frozen=True)
class KrValue:
    kr_id: str
    period: str  # baseline | Q1..Q4 | year
    value: float | None
    value_text: str
    unit: str | None
    status: str | None  # on_track | at_risk | off_track
    source: Source
    qualifier: str | None = None  # "alle" / "yli": value is a bound (value_text keeps the words)
    denominator: float | None = None  # "0/4": value 0 of 4


@dataclass(frozen=True)
class KrConfidence:
    kr_id: str
    period: str | None
    confidence: float  # 0..100 as the report prints it
    source: Source


@dataclass(frozen=True)
class KpiValue:
    goal_id: str
    kpi_name: str
    period: str
    value: float | None
    value_text: str
    unit: str | None
    source: Source
    qualifier: str | None = None
    denominator: float | None = None


@dataclass(frozen=True)
class Task:
    task_id: str
    goal_id: str
    name: str
    responsible: str | None
    description: str | None
    status_text: str | None
    status_pct: float | None
    status: str | None  # done | in_progress | not_started
    source: Source


@dataclass(frozen=True)
class Narrative:
    goal_id: str
    kind: str
    text: str
    source: Source


@dataclass(frozen=True)
class SummaryCount:
    metric: str
    value: float | None
    value_text: str
    source: Source


@dataclass(frozen=True)
class NormalizedDocument:
    report: Report
    goals: tuple[Goal, ...]
    key_results: tuple[KeyResult, ...]
    kr_values: tuple[KrValue, ...]
    kr_confidence: tuple[KrConfidence, ...]
    kpi_values: tuple[KpiValue, ...]
    tasks: tuple[Task, ...]
    narratives: tuple[Narrative, ...]
    summary: tuple[SummaryCount, ...] = ()
