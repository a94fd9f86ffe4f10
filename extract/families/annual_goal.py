"""One goal slide of the year-end report: theme, result label, key results with their
period values and Q4 achievement lights, the summary and the KPI table.

Labels are matched with `fold` (case, diacritics, hyphens, spaces); the result label's
colour is checked against the report's own assessment-rules table when it has one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import (
    ANNUAL_GOAL_RESULTS,
    ANNUAL_KPI_HEADINGS,
    ANNUAL_KR_ACHIEVEMENT_LABELS,
    ANNUAL_KR_HEADINGS,
    ANNUAL_KR_NOTE_PREFIXES,
    ANNUAL_OWNER_LABELS,
    ANNUAL_SUMMARY_HEADINGS,
    ANNUAL_THEME_LABELS,
    ANNUAL_TITLE_WORDS,
    LIGHT_LABELS,
    ORGANIZATIONS,
    PERIODS,
)

from ..lights import light_of
from ..page import Geometry, PageContent
from ..records import Printed, RawGoal, RawKeyResult, RawKpiValue, RawNarrative, RawValue
from .annual_ocr import BORROWED_SCORE, close_label, same_size, shift
from .annual_tables import (
    Grid,
    Header,
    is_bullet,
    period_label,
    read_grid,
    split_note,
    strip_bullet,
)
from .base import Findings, printed

if TYPE_CHECKING:
    from .annual import Sheet

RGB = tuple[float, float, float]


@dataclass
class GoalDraft:
    """One goal as its slides and narrative pages add to it, in any format."""

    ref: str
    text: Printed
    theme: Printed | None = None
    status: Printed | None = None
    owner: Printed | None = None
    verdict: Printed | None = None

    def raw_goal(self) -> RawGoal:
        # The result label on the goal slide wins; the narrative page's verdict line stands in.
        return RawGoal(self.ref, self.text, "hva", theme=self.theme, owner=self.owner,
                       status=self.status or self.verdict)
_RESULTS = {fold(label): status for label, status in ANNUAL_GOAL_RESULTS}
_ACHIEVEMENTS = sorted((fold(label) for label, _s in ANNUAL_KR_ACHIEVEMENT_LABELS), key=len, reverse=True)
_HEADINGS = {fold(h) for h in ANNUAL_KR_HEADINGS + ANNUAL_KPI_HEADINGS + ANNUAL_SUMMARY_HEADINGS}
_LIGHTS = {fold(label) for label, _s in LIGHT_LABELS}
_PERIOD_ORDER = {fold(label): index for index, label in enumerate(PERIODS)}
TOLERANCE = 3.0


def after_label(text: str, labels: tuple[str, ...]) -> str | None:
    """The text after "label:" when the text starts with one of the labels and a colon."""
    head, colon, rest = text.partition(":")
    if colon and fold(head) in {fold(label) for label in labels}:
        return rest.strip()
    return None


def label_rest(seg: Geometry, labels: tuple[str, ...]) -> str | None:
    """`after_label` on a segment; an OCR'd label may have a letter or two misread."""
    rest = after_label(seg["text"], labels)
    head, colon, tail = seg["text"].partition(":")
    if rest is None and colon and close_label({**seg, "text": head}, {fold(label) for label in labels}):
        return tail.strip()
    return rest


def is_goal_result(text: str) -> bool:
    return fold(text) in _RESULTS


def kr_legend_labels(text: str) -> list[str]:
    """The achievement-legend labels a segment consists of ("■ Avaintulos toteutui ■ …"), or []."""
    rest, labels = fold(text), []
    while rest:
        label = next((a for a in _ACHIEVEMENTS if rest.startswith(a)), None)
        if label is None:
            return []
        labels.append(label)
        rest = rest[len(label):]
    return labels


def year_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in ANNUAL_TITLE_WORDS)
    return re.compile(rf"\b(?:{words})\s*((?:19|20)\d\d)\b", re.IGNORECASE)


def organization(segs: list[Geometry]) -> Geometry | None:
    names = [fold(name) for name in ORGANIZATIONS]
    return next((s for s in segs if any(n in fold(s["text"]) for n in names)), None) or next(
        (s for s in segs if "hyvinvointialue" in fold(s["text"])), None)


def result_colours(sheets: list[Sheet]) -> dict[str, RGB]:
    """The assessment rules' colours: result status → the colour drawn with its label."""
    colours: dict[str, RGB] = {}
    for sheet in sheets:
        for seg in sheet.segs:
            status = _RESULTS.get(fold(seg["text"]))
            colour = light_of(seg, sheet.page.shapes, reach=3.0) if status else None
            if status and colour is not None:
                colours.setdefault(status, colour)
    return colours


def labelled(segs: list[Geometry], labels: tuple[str, ...], page: int, extractor: str
             ) -> tuple[Printed | None, list[Geometry]]:
    """The value after "label:" (and its wrapped lines), or on the line below the label."""
    label = next((s for s in segs if label_rest(s, labels) is not None), None)
    if label is None:
        return None, []
    rest = label_rest(label, labels) or ""
    lines = [label]
    if not rest:
        below = [s for s in segs if s["top"] > label["top"] and _same_column(label, s)
                 and s["top"] - label["bottom"] <= 1.5 * (label["bottom"] - label["top"])]
        if not below:
            return None, [label]
        lines.append(min(below, key=lambda s: s["top"]))
    for seg in sorted(segs, key=lambda s: s["top"]):
        if _continues(lines[-1], seg):
            lines.append(seg)
    text = "\n".join(([rest] if rest else []) + [ln["text"] for ln in lines[1:]])
    return printed(lines, page, extractor, text=text), lines


def _same_column(a: Geometry, b: Geometry) -> bool:
    return bool(b["x0"] < a["x1"] and b["x1"] > a["x0"])


def _continues(last: Geometry, seg: Geometry) -> bool:
    """A wrapped line of the same paragraph: right below, same left edge and font size, and
    not the verdict sentence that follows the owner line (heldout_tp2025.pdf prints
    "Tavoite toteutui." tight under "Tavoitteen omistaja: …")."""
    gap = seg["top"] - last["bottom"]
    return (0 <= gap <= 0.8 * max(1.0, last["bottom"] - last["top"]) and not is_goal_result(seg["text"])
            and abs(seg["x0"] - last["x0"]) <= shift(seg, last, TOLERANCE) and same_size(seg, last, 0.3))


def read_goal_page(page: PageContent, segs: list[Geometry], draft: GoalDraft, colours: dict[str, RGB],
                   headers: list[tuple[str, Header, bool]], found: Findings, extractor: str) -> None:
    """`headers`: the slide's period headers (kind, header, borrowed from another slide:
    annual_headers.with_borrowed)."""
    n = page.number
    theme, _ = labelled(segs, ANNUAL_THEME_LABELS, n, extractor)
    draft.theme = draft.theme or theme
    draft.status = draft.status or _result(page, segs, colours, extractor)
    owner, _ = labelled(segs, ANNUAL_OWNER_LABELS, n, extractor)
    draft.owner = draft.owner or owner
    summary = _section(page, segs, ANNUAL_SUMMARY_HEADINGS, extractor)
    if summary is not None:
        found.narratives.append(RawNarrative(draft.ref, "summary", summary))
    if "kr" not in [kind for kind, _h, _b in headers]:
        found.issues.append(f"page {n}: goal slide without a key-result table (no Lähtötilanne/Q1–Q4 header)")
    for kind, header, borrowed in headers:
        left = _left(segs, header, kind)
        grid = read_grid(page, segs, header, left, _end(page, segs, header, left), TOLERANCE)
        found.issues += grid.issues
        for row in grid.rows:
            row.score = min(row.score, BORROWED_SCORE) if borrowed else row.score
        if kind == "kr":
            _key_results(page, segs, grid, draft.ref, found, extractor)
        else:
            _kpis(page, grid, draft.ref, found, extractor)


def _result(page: PageContent, segs: list[Geometry], colours: dict[str, RGB], extractor: str) -> Printed | None:
    """The result label's words; its score says whether its colour agrees with the rules table."""
    label = next((s for s in segs if is_goal_result(s["text"])), None)
    if label is None:
        return None
    colour = light_of(label, page.shapes, reach=3.0)
    score = 0.9
    if colour is not None and colours:
        nearest = min(colours, key=lambda status: math.dist(colours[status], colour))
        score = 1.0 if nearest == _RESULTS[fold(label["text"])] else 0.5
    return printed(label, page.number, extractor, parse_score=score)


def _left(segs: list[Geometry], header: Header, kind: str) -> float:
    """Left edge of the row labels: the KPI section heading's, else the page's."""
    if kind != "kpi":
        return 0.0
    kpi = {fold(h) for h in ANNUAL_KPI_HEADINGS}
    above = [s for s in segs if fold(s["text"]) in kpi and s["bottom"] <= header.top + 1
             and s["x0"] < header.cells[0]["x0"]]
    return min(above, key=lambda s: header.top - s["bottom"])["x0"] if above else 0.0


def _end(page: PageContent, segs: list[Geometry], header: Header, left: float) -> float:
    """Where a table stops: its own box (PPTX), else the first heading, legend or label below it
    (right of the row labels' left edge)."""
    if header.table is not None:
        return float(page.tables[header.table[0]]["bottom"]) + 1
    stops = [s["top"] for s in segs if s["top"] > header.bottom and s["x1"] > left and _is_stop(s["text"])]
    return min(stops, default=page.height)


def _is_stop(text: str) -> bool:
    folded = fold(text)
    return (folded in _HEADINGS or folded in _LIGHTS or bool(kr_legend_labels(text)) or is_goal_result(text)
            or after_label(text, ANNUAL_OWNER_LABELS) is not None)


def _key_results(page: PageContent, segs: list[Geometry], grid: Grid, goal_ref: str, found: Findings,
                 extractor: str) -> None:
    legend = _legend(segs, page.shapes)
    latest = max(grid.header.cells, key=lambda c: _PERIOD_ORDER.get(period_label(c["text"]) or "", -1))
    found.meta["period"] = printed(latest, page.number, extractor)
    for row in grid.rows:
        lines = [ln for ln in row.labels if not is_bullet(ln)]
        if not lines:
            continue
        own, _note = split_note(lines, ANNUAL_KR_NOTE_PREFIXES)
        text = "\n".join([strip_bullet(own[0]["text"])] + [ln["text"] for ln in own[1:]])
        ref = f"kr{len(found.key_results) + 1}"
        found.key_results.append(RawKeyResult(ref, goal_ref, printed(own, page.number, extractor, text=text,
                                                                       parse_score=row.score)))
        for band, cell in sorted(row.values.items()):
            light = light_of(cell, page.shapes, column=grid.bands[band])
            found.values.append(RawValue(ref, printed(grid.header.cells[band], page.number, extractor),
                                         printed(cell, page.number, extractor, parse_score=row.score),
                                         light, legend))


def _kpis(page: PageContent, grid: Grid, goal_ref: str, found: Findings, extractor: str) -> None:
    for row in grid.rows:
        name = printed(row.labels, page.number, extractor, parse_score=row.score)
        for band, cell in sorted(row.values.items()):
            found.kpi_values.append(RawKpiValue(goal_ref, name, printed(grid.header.cells[band], page.number,
                                                                        extractor),
                                                printed(cell, page.number, extractor, parse_score=row.score)))


def _legend(segs: list[Geometry], shapes: tuple[Geometry, ...]) -> tuple[tuple[str, RGB], ...]:
    """The key-result achievement legend: each label with the marker drawn left of it."""
    legend = []
    for seg in segs:
        if len(kr_legend_labels(seg["text"])) != 1:
            continue
        height = max(1.0, seg["bottom"] - seg["top"])
        near = [(seg["x0"] - s["x1"] + abs((s["top"] + s["bottom"] - seg["top"] - seg["bottom"]) / 2), s["fill"])
                for s in shapes if s.get("fill") is not None
                and max(s["x1"] - s["x0"], s["bottom"] - s["top"]) <= 2 * height
                and -height <= seg["x0"] - s["x1"] <= 3 * height
                and abs(s["top"] + s["bottom"] - seg["top"] - seg["bottom"]) / 2 <= height]
        if near:
            legend.append((seg["text"].strip(), min(near)[1]))
    return tuple(legend)


def _section(page: PageContent, segs: list[Geometry], headings: tuple[str, ...], extractor: str) -> Printed | None:
    """The text under a section heading, in the heading's column, down to the next heading."""
    wanted = {fold(h) for h in headings}
    heading = next((s for s in segs if fold(s["text"]) in wanted), None)
    if heading is None:
        return None
    height = heading["bottom"] - heading["top"]
    beside = [s["x0"] for s in segs if s["x0"] > heading["x1"] and abs(s["top"] - heading["top"]) < height]
    right = min(beside, default=page.width)
    column = [s for s in segs if s["top"] >= heading["bottom"] - 1 and heading["x0"] - TOLERANCE <= s["x0"]
              and (s["x0"] + s["x1"]) / 2 < right]
    body = []
    for seg in sorted(column, key=lambda s: (s["top"], s["x0"])):
        if _is_stop(seg["text"]):
            break
        body.append(seg)
    return printed(body, page.number, extractor) if body else None
