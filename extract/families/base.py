"""What a family parser returns, and helpers every family shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..layout import union_box
from ..page import Geometry
from ..records import (
    Printed,
    RawConfidence,
    RawGoal,
    RawKeyResult,
    RawKpiValue,
    RawNarrative,
    RawSummary,
    RawTask,
    RawValue,
)


@dataclass
class Findings:
    """Accumulates one document's raw records while a family parser walks its pages."""

    meta: dict[str, Printed] = field(default_factory=dict)
    goals: list[RawGoal] = field(default_factory=list)
    key_results: list[RawKeyResult] = field(default_factory=list)
    values: list[RawValue] = field(default_factory=list)
    confidences: list[RawConfidence] = field(default_factory=list)
    kpi_values: list[RawKpiValue] = field(default_factory=list)
    tasks: list[RawTask] = field(default_factory=list)
    narratives: list[RawNarrative] = field(default_factory=list)
    summary: list[RawSummary] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)


def printed(geometry: Geometry | list[Geometry], page: int, extractor: str, text: str | None = None,
            parse_score: float = 1.0) -> Printed:
    """A Printed from one geometry dict (or the union of several) on a page."""
    items = geometry if isinstance(geometry, list) else [geometry]
    box = union_box(items)
    body = text if text is not None else "\n".join(str(i["text"]) for i in items)
    words = [w for i in items for w in (i.get("words") or [i])]  # lines, cells and segments keep theirs
    confs = [float(w["conf"]) for w in words if w.get("conf") is not None]
    ocr_confidence = round(sum(confs) / len(confs), 1) if confs else None
    x0, top, x1, bottom = (round(v, 2) for v in box)
    return Printed(body, page, (x0, top, x1, bottom), extractor, round(parse_score, 3), ocr_confidence)
