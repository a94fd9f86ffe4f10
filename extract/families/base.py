"""What a family parser returns, and helpers every family shares."""

from __future__ import annotations

from collections.abc import Iterable
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
    skipped: list[str] = field(default_factory=list)  # "pages 1–14: …": no part of the report


def page_ranges(numbers: Iterable[int]) -> str:
    """"1–3, 7" for pages 1, 2, 3 and 7."""
    out: list[list[int]] = []
    for n in sorted(set(numbers)):
        if out and n == out[-1][-1] + 1:
            out[-1].append(n)
        else:
            out.append([n])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in out)


def skip_pages(found: Findings, numbers: Iterable[int], reason: str) -> None:
    """Report pages that are no part of the report (they leave the document whole)."""
    numbers = sorted(set(numbers))
    if numbers:
        found.skipped.append(f"page{'s' if len(numbers) > 1 else ''} {page_ranges(numbers)}: {reason}")


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
