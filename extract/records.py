"""The extract stage's output: raw records exactly as printed, each with its provenance.

Texts keep the document's own line breaks ("\\n" between printed lines); joining
wrapped lines, parsing numbers and mapping vocabularies is normalize's work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in points from the page's (slide's) top-left corner."""


@dataclass(frozen=True)
class Printed:
    """One piece of text as printed, where it was printed, and how sure the parser is of it."""

    text: str
    page: int
    box: Box | None
    extractor: str
    parse_score: float = 1.0
    """Our own parse certainty, 0..1 (e.g. how cleanly the words sat in one column).
    Never confuse it with a confidence score the report prints."""
    ocr_confidence: float | None = None
    """Mean OCR confidence (0..100) of the words behind the text, for OCRed pages; None otherwise."""


@dataclass(frozen=True)
class RawGoal:
    ref: str
    text: Printed
    level: str  # "hva" | "result_area", from the document's structure
    theme: Printed | None = None
    division: Printed | None = None
    result_area: Printed | None = None
    owner: Printed | None = None
    status: Printed | None = None
    parent_ref: str | None = None


@dataclass(frozen=True)
class RawKeyResult:
    ref: str
    goal_ref: str
    text: Printed
    division: Printed | None = None
    result_area: Printed | None = None


RGB = tuple[float, float, float]


@dataclass(frozen=True)
class RawValue:
    """One key-result cell: the period column it sits in, its text, the light beside it.

    `legend` is the page's own colour legend (label as printed, marker colour), when
    the page has one: normalize maps the light by it before falling back to the
    nearest reference colour.
    """

    kr_ref: str
    period: Printed
    value: Printed
    light_rgb: RGB | None = None
    legend: tuple[tuple[str, RGB], ...] = ()
    light: str | None = None
    """The light's colour class as the layout engine read it against the page's paper and
    legend ("green" | "yellow" | "red" | "grey"); when set, normalize takes it over light_rgb."""


@dataclass(frozen=True)
class RawConfidence:
    kr_ref: str
    score: Printed
    period: Printed | None = None


@dataclass(frozen=True)
class RawKpiValue:
    goal_ref: str
    kpi_name: Printed
    period: Printed
    value: Printed


@dataclass(frozen=True)
class RawTask:
    goal_ref: str
    name: Printed
    responsible: Printed | None
    description: Printed | None
    status: Printed | None


@dataclass(frozen=True)
class RawNarrative:
    goal_ref: str
    kind: str  # "summary" | "progress" | "owner"
    text: Printed


@dataclass(frozen=True)
class RawSummary:
    """One count of an overview dashboard (annual report): metric key, and the number as printed."""

    metric: str  # e.g. "hva_goals", "confidence_by_light.on_track", "tasks_by_state.done"
    value: Printed


@dataclass(frozen=True)
class RawDocument:
    source_path: str
    sha256: str
    file_format: str  # pdf | pptx | ppt | image | text
    page_count: int | None
    report_kind: str  # quarterly_review | annual_review | kr_confidence_table | binding_goals_annual | unknown
    extractor: str
    meta: dict[str, Printed] = field(default_factory=dict)  # title, organization, date, year, period
    goals: tuple[RawGoal, ...] = ()
    key_results: tuple[RawKeyResult, ...] = ()
    values: tuple[RawValue, ...] = ()
    confidences: tuple[RawConfidence, ...] = ()
    kpi_values: tuple[RawKpiValue, ...] = ()
    tasks: tuple[RawTask, ...] = ()
    narratives: tuple[RawNarrative, ...] = ()
    summary: tuple[RawSummary, ...] = ()
    issues: tuple[str, ...] = ()
    """What could not be understood (page and reason); any issue makes the document partial."""
    skipped: tuple[str, ...] = ()
    """Pages that are no part of the report (a financial statement's other pages, decoy
    charts, prose), with the reason: reported, but the document stays whole."""
