"""Text exports of the year-end report: the lines model, the tab-separated period tables,
the KPI placement rule and the dashboard's count cards.

The text backend gives every text line a synthetic position (one line pitch apart, a tab
cell per column), so a line is the segments sharing one top, and a table row is a line of
several cells. A blank line shows as a missing line pitch.

Short rows. A converter drops empty cells, so a row with fewer values than period headers
("Palveluajat\\t89,4 %\\t94,4 %" under "Lähtötilanne\\tQ2\\tQ4") does not say where its values
sit. They are placed by evidence, then by recency:

1. the periods the same KPI has values for elsewhere in the document: its complete rows in
   other KPI tables, and the outline of a table the converter lost (period headings with
   the KPI names under them, "Lähtötilanne" / "NPS" / "Q2" / "Q4" / "Palveluajat"): a name
   listed under a period heading was read with that period's column;
2. otherwise the latest periods: the missing cells are the earliest, as the goal's own
   key-result table shows where a key result's missing value is the baseline ("-").
Placed values get a low parse score: the text does not print their column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations, pairwise

from okr_warehouse.text import fold, squash
from okr_warehouse.vocabulary import ANNUAL_SUMMARY_CARDS, PLACEHOLDERS

from .. import layout
from ..page import DocumentContent, Geometry
from ..records import Printed, RawKpiValue, RawSummary
from ..settings import LayoutSettings
from .annual_words import period_label
from .base import Findings, printed

PLACED_SCORE = 0.6
_NUMBER = re.compile(r"^\d{1,3}(?:[ \u00a0.]\d{3})*$")
_DATA_LABEL = re.compile(r"^\d+\s*\(\s*\d+(?:[.,]\d+)?\s*%\s*\)$")
_CARDS = {metric: {fold(label) for label in labels} for metric, labels in ANNUAL_SUMMARY_CARDS.items()}


@dataclass
class Line:
    """One text line: its segments left to right, and whether a blank line precedes it."""

    page: int
    segs: list[Geometry]
    gap: bool

    @property
    def text(self) -> str:
        return " ".join(s["text"] for s in self.segs)


def text_lines(content: DocumentContent, settings: LayoutSettings) -> list[Line]:
    """Every line of every page in reading order."""
    lines: list[Line] = []
    for page in content.pages:
        rows: list[list[Geometry]] = []
        for seg in layout.segments(page, settings):
            if rows and abs(seg["top"] - rows[-1][0]["top"]) <= settings.y_tolerance:
                rows[-1].append(seg)
            else:
                rows.append([seg])
        tops = [row[0]["top"] for row in rows]
        pitch = min((b - a for a, b in pairwise(tops) if b > a), default=0.0)
        for index, row in enumerate(rows):
            gap = index > 0 and tops[index] - tops[index - 1] > 1.5 * pitch
            lines.append(Line(page.number, sorted(row, key=lambda s: s["x0"]), gap))
    return lines


def block(lines: list[Line], extractor: str, text: str | None = None, parse_score: float = 1.0) -> Printed:
    """Provenance of consecutive lines (on the first line's page)."""
    segs = [s for line in lines if line.page == lines[0].page for s in line.segs]
    body = text if text is not None else "\n".join(line.text for line in lines)
    return printed(segs, lines[0].page, extractor, text=body, parse_score=parse_score)


def header_periods(line: Line) -> list[str] | None:
    """The folded period labels of a table header line ("Lähtötilanne\\tQ1\\t…"), or None."""
    labels = [period_label(s["text"]) for s in line.segs]
    if len(labels) < 2 or None in labels or len(set(labels)) < len(labels):
        return None
    return [label for label in labels if label is not None]


def value_like(text: str) -> bool:
    """A table cell's text rather than a row label: a placeholder or a short text with a digit."""
    cell = squash(text)
    return cell.lower() in PLACEHOLDERS or (bool(re.search(r"\d", cell)) and len(cell.split()) <= 3)


def table_rows(lines: list[Line], start: int) -> list[Line]:
    """The rows right under a header line: following lines without a blank line between,
    each of several cells or one value."""
    rows: list[Line] = []
    for line in lines[start:]:
        if line.gap or header_periods(line) or not (len(line.segs) > 1 or value_like(line.text)):
            break
        rows.append(line)
    return rows


def place(count: int, periods: list[str], evidence: set[str]) -> tuple[int, ...] | None:
    """Header columns of a row's `count` values (see the module text); None when they do not fit."""
    if count > len(periods):
        return None
    if count == len(periods):
        return tuple(range(count))
    return max(combinations(range(len(periods)), count),
               key=lambda chosen: (len(evidence & {periods[i] for i in chosen}), chosen))


@dataclass
class KpiBook:
    """KPI rows of every goal, placed once the whole document's evidence is known."""

    rows: list[tuple[str, Line, Line]] = field(default_factory=list)  # goal ref, header line, row
    evidence: dict[str, set[str]] = field(default_factory=dict)  # folded KPI name → folded periods

    def add_table(self, goal_ref: str, header: Line, rows: list[Line]) -> None:
        periods = header_periods(header) or []
        for row in rows:
            self.rows.append((goal_ref, header, row))
            values = row.segs[1:]
            if len(values) == len(periods):
                self.evidence.setdefault(fold(row.segs[0]["text"]), set()).update(
                    p for p, v in zip(periods, values, strict=True) if squash(v["text"]).lower() not in PLACEHOLDERS)

    def add_outline(self, lines: list[Line]) -> None:
        """A lost table's outline: period headings, each followed by the KPI names read with it."""
        period = None
        for line in lines:
            period = period_label(line.text) or period
            if period_label(line.text) is None and period is not None:
                self.evidence.setdefault(fold(line.text), set()).add(period)

    def emit(self, found: Findings, extractor: str) -> None:
        for goal_ref, header, row in self.rows:
            periods, values = header_periods(header) or [], row.segs[1:]
            chosen = place(len(values), periods, self.evidence.get(fold(row.segs[0]["text"]), set()))
            if chosen is None:
                found.issues.append(f"page {row.page}: KPI row {row.text!r} has more values than its table "
                                    "has periods; skipped")
                continue
            score = 1.0 if len(values) == len(periods) else PLACED_SCORE
            name = printed(row.segs[0], row.page, extractor, parse_score=score)
            for index, value in zip(chosen, values, strict=True):
                found.kpi_values.append(RawKpiValue(goal_ref, name, printed(header.segs[index], header.page,
                                                                            extractor),
                                                    printed(value, row.page, extractor, parse_score=score)))


def dashboard(front: list[Line], extractor: str, found: Findings) -> None:
    """The overview dashboard's count cards (label, its number on the next number-only line, or
    the previous one when the document prints numbers above their labels). Donut data labels
    ("8 (13,79%)") are not stored: which legend state each belongs to is told only by the ring's
    geometry, which a text export does not keep."""
    labels = {i: metric for i, line in enumerate(front) for metric, names in _CARDS.items()
              if fold(line.text) in names}
    if not labels:
        return
    bounds = [*sorted(labels), len(front)]
    after = {i: _number(front[i + 1:bounds[k + 1]]) for k, i in enumerate(bounds[:-1])}
    before = {i: _number(front[(bounds[k - 1] + 1 if k else 0):i][::-1]) for k, i in enumerate(bounds[:-1])}
    chosen = after if sum(v is not None for v in after.values()) >= sum(v is not None for v in before.values()) \
        else before
    for index, metric in labels.items():
        number = chosen[index]
        if number is not None:
            found.summary.append(RawSummary(metric, printed(number.segs, number.page, extractor)))
    donut = [line for line in front if _DATA_LABEL.match(line.text.strip())]
    if donut:
        found.issues.append(f"page {donut[0].page}: dashboard donut data labels "
                            f"({', '.join(line.text for line in donut)}) are not stored: a text export keeps no "
                            "slice geometry to tie them to their legend states")


def _number(lines: list[Line]) -> Line | None:
    return next((line for line in lines if _NUMBER.match(line.text.strip())), None)
