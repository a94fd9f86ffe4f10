"""Positioned text units: the one shape the engine reads, whatever the backend.

A unit is the smallest piece of text whose position the backend knows: a PDF or OCR
word, or one printed line of a PPTX text frame or table cell (python-pptx knows the
frame's box, not its line positions, so a frame's lines share its height in order,
placed by the frame's vertical anchor where it is known).  Units of one frame or one
table cell carry the same `block` id: the backend already says they are one cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import median

from ..page import Geometry, PageContent
from ..records import RGB

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Unit:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    origin: str                 # "word" | "frame" | "cell"
    block: int | None = None    # frame / table-cell id shared by its lines; None for words
    fill: RGB | None = None     # the table cell's own fill (PPTX), when known
    cell: tuple[int, int, int] | None = None  # (table, row, column) of an explicit PPTX table cell
    source: Geometry | None = None  # the backend word (OCR confidence travels with it)

    @property
    def height(self) -> float:
        return max(0.1, self.bottom - self.top)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


def page_units(page: PageContent) -> list[Unit]:
    """Every text unit of a page, top to bottom, left to right."""
    units = [Unit(str(w["text"]), w["x0"], w["top"], w["x1"], w["bottom"], float(w.get("size") or 0.0), "word",
                  source=w) for w in page.words if str(w["text"]).strip()]
    block = 0
    for box in page.text_boxes:
        block += 1
        units += _frame_lines(box, "frame", block)
    for t, table in enumerate(page.tables):
        for r, row in enumerate(table["rows"]):
            for c, cell in enumerate(row):
                block += 1
                units += _frame_lines(cell, "cell", block, (t, r, c))
    return sorted(units, key=lambda u: (u.top, u.x0))


def _frame_lines(box: Geometry, origin: str, block: int, cell: tuple[int, int, int] | None = None) -> list[Unit]:
    lines = [line.strip() for line in str(box["text"]).split("\n")]
    if not any(lines):
        return []
    size = float(box.get("size") or 0.0)
    step = (box["bottom"] - box["top"]) / len(lines)
    return [Unit(text, box["x0"], box["top"] + i * step, box["x1"], box["top"] + (i + 1) * step, size, origin,
                 block, box.get("fill"), cell) for i, text in enumerate(lines) if text]


def union(units: Iterable[Unit]) -> Box:
    items = list(units)
    return (min(u.x0 for u in items), min(u.top for u in items), max(u.x1 for u in items),
            max(u.bottom for u in items))


def line_height(units: Sequence[Unit]) -> float:
    """The page's typical text height: the median height of its word units, else the font size
    of its frame lines (a frame's line shares are estimates of where lines are, not heights)."""
    words = [u.height for u in units if u.origin == "word"] or [u.size for u in units if u.size > 0] \
        or [u.height for u in units]
    return median(words) if words else 10.0


def overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)
