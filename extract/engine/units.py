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
from functools import cached_property
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
    cell: tuple[int, int, int] | None = None  # (table, row, column) of a PPTX table cell or a text tab row
    source: Geometry | None = None  # the backend word (OCR confidence travels with it)
    color: RGB | None = None    # the text's own colour (r, g, b in 0..1), when the backend knows it

    @cached_property  # read a million times per document by the label and line finders
    def height(self) -> float:
        return max(0.1, self.bottom - self.top)

    @property
    def ocr(self) -> bool:
        """Read by OCR: its size is estimated from ink, not printed in the file."""
        return self.source is not None and self.source.get("conf") is not None

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


def page_units(page: PageContent) -> list[Unit]:
    """Every text unit of a page, top to bottom, left to right."""
    units = [Unit(str(w["text"]), w["x0"], w["top"], w["x1"], w["bottom"], float(w.get("size") or 0.0), "word",
                  source=w, color=w.get("color"), cell=w.get("cell")) for w in page.words if str(w["text"]).strip()]
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
    """A frame's printed lines where PowerPoint draws them: stacked at the font's line pitch
    from the anchor (top, middle, bottom) inside the insets, each as wide as its text
    (estimated from its length) and placed by the paragraph's alignment.  Without layout
    facts from the backend the lines share the frame's height."""
    lines = [line.strip() for line in str(box["text"]).split("\n")]
    if not any(lines):
        return []
    size = float(box.get("size") or 0.0)
    colors = list(box.get("colors") or ())
    colors += [box.get("color")] * (len(lines) - len(colors))  # per printed line when the backend says
    left, top_inset, right, bottom_inset = box.get("insets") or (0.0, 0.0, 0.0, 0.0)
    x0, x1 = box["x0"] + left, max(box["x0"] + left + 1, box["x1"] - right)
    inner_top, inner_bottom = box["top"] + top_inset, max(box["top"] + top_inset + 1, box["bottom"] - bottom_inset)
    if "anchor" in box and size > 0:
        pitch = size * FRAME_LINE_PITCH
        height = pitch * len(lines)
        room = inner_bottom - inner_top
        start = inner_top + {"top": 0.0, "middle": (room - height) / 2, "bottom": room - height}[box["anchor"]]
        start = max(box["top"], start)
    else:
        pitch = (box["bottom"] - box["top"]) / len(lines)
        start, x0, x1 = box["top"], box["x0"], box["x1"]
    out = []
    for i, text in enumerate(lines):
        if not text:
            continue
        left_x, right_x = x0, x1
        if "align" in box and size > 0:
            width = min(x1 - x0, len(text) * size * FRAME_CHAR_WIDTH)
            left_x = {"left": x0, "center": (x0 + x1 - width) / 2, "right": x1 - width}[box["align"]]
            right_x = left_x + width
        out.append(Unit(text, left_x, start + i * pitch, right_x, start + (i + 1) * pitch, size, origin, block,
                        box.get("fill"), cell, color=colors[i]))
    return out


FRAME_LINE_PITCH = 1.2
"""A frame line's height in font sizes (PowerPoint's single spacing)."""
FRAME_CHAR_WIDTH = 0.5
"""Average width of a character in font sizes (sans fonts set Finnish text at 0.45–0.55 em):
a frame line is about this wide, not as wide as its frame."""


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
