"""What every part of a chart's drawing shares: the page model's text boxes and shapes a
chart adds (`Drawing`), its points and series as read, and the text metrics and spacing
the layout is approximated with."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pptx.oxml.ns import qn

from ..page import Geometry

Box = tuple[float, float, float, float]
RGB = tuple[float, float, float]
LINE = 1.2
"""A text line's height in font sizes (extract.engine.units stacks a frame's lines so)."""
CHAR = 0.5
"""A character's average width in font sizes (likewise)."""
DEFAULT_SIZE = 10.0
"""PowerPoint's chart text size where the chart sets none (its title: 1.4 times that)."""
PAD = 5.0
"""Points between the chart's edge, its title, legend and plot."""
PALETTE = ("4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47")
"""Office theme accents 1–6: the colours of series and points that set none."""
RING_KINDS = ("pie", "doughnut")
TRUE = ("1", "true")


@dataclass(frozen=True)
class Point:
    category: str
    value: float | None
    colour: RGB
    label: str | None        # the data label as printed, None when it shows nothing
    position: str | None     # c:dLblPos ("outEnd", "ctr", ...), None for the chart type's default


@dataclass(frozen=True)
class Series:
    name: str
    colour: RGB
    points: tuple[Point, ...]


@dataclass
class Drawing:
    """What a chart adds to its slide's page."""

    text_boxes: list[Geometry] = field(default_factory=list)
    shapes: list[Geometry] = field(default_factory=list)

    def text(self, text: str, x: float, y: float, size: float, align: str = "left", valign: str = "top") -> Box:
        """A text box for `text` (lines split at newlines) whose `align` edge (left, center,
        right) is at x and whose `valign` edge (top, middle, bottom) is at y."""
        lines = text.split("\n")
        w, h = text_width(text, size), LINE * size * len(lines)
        x0 = {"left": x, "center": x - w / 2, "right": x - w}[align]
        top = {"top": y, "middle": y - h / 2, "bottom": y - h}[valign]
        self.text_boxes.append({"text": text, "x0": x0, "top": top, "x1": x0 + w, "bottom": top + h, "size": size,
                                "color": None, "colors": tuple(None for _ in lines), "align": align,
                                "anchor": "top", "insets": (0.0, 0.0, 0.0, 0.0)})
        return (x0, top, x0 + w, top + h)

    def shape(self, kind: str, box: Box, fill: RGB) -> None:
        self.shapes.append({"kind": kind, "x0": box[0], "top": box[1], "x1": box[2], "bottom": box[3], "fill": fill})


def text_width(text: str, size: float) -> float:
    return max((len(line) for line in text.split("\n")), default=0) * size * CHAR


def font_size(*elements: Any) -> float:
    """The first explicit text size (points) in these chart elements' text properties, or 0."""
    for element in elements:
        if element is None:
            continue
        for props in element.iter(qn("a:rPr"), qn("a:defRPr")):
            if props.get("sz"):
                return int(props.get("sz")) / 100
    return 0.0
