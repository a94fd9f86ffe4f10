"""Pies and doughnuts: slices as their wedges' bounding boxes, clockwise from
`firstSliceAng`, and their data labels placed by position (outside, inside, on the ring)."""

from __future__ import annotations

import math
from typing import Any

from pptx.oxml.ns import qn

from .model import LINE, Box, Drawing, Point, Series, text_width


def draw_ring(plot: Any, series: list[Series], kind: str, area: Box, size: float, drawing: Drawing) -> None:
    """Slices clockwise from firstSliceAng in point order (a doughnut's series as nested rings,
    the first innermost), each a wedge's bounding box, its data label at its middle angle."""
    first = _plot_number(plot, "c:firstSliceAng", 0.0)
    hole = _plot_number(plot, "c:holeSize", 50.0) / 100 if kind == "doughnut" else 0.0
    rings = series if kind == "doughnut" else series[:1]
    labels = [p.label for s in rings for p in s.points if p.label]
    outside = kind == "pie" and any(p.label and p.position in (None, "outEnd", "bestFit")
                                    for s in rings for p in s.points)
    room_x = max((text_width(t, size) for t in labels), default=0.0) + 0.3 * size if outside else 0.0
    room_y = LINE * size * 1.3 if outside else 0.0
    w, h = area[2] - area[0], area[3] - area[1]
    radius = max(0.25 * min(w, h), min(w / 2 - room_x, h / 2 - room_y))
    centre = ((area[0] + area[2]) / 2, (area[1] + area[3]) / 2)
    band = radius * (1 - hole) / len(rings)
    for k, ring in enumerate(rings):
        inner = radius * hole + k * band
        total = sum(p.value for p in ring.points if p.value is not None and p.value > 0)
        start = first
        for point in ring.points:
            if point.value is None or point.value <= 0 or not total:
                continue
            span = 360 * point.value / total
            drawing.shape("chart_slice", _wedge_box(centre, inner, inner + band, start, start + span), point.colour)
            if point.label:
                _ring_label(point, kind, centre, (inner, inner + band), (start + span / 2, span), size, drawing)
            start += span


def _plot_number(plot: Any, tag: str, default: float) -> float:
    found = plot._element.find(qn(tag))
    return float(found.get("val")) if found is not None and found.get("val") is not None else default


def _polar(centre: tuple[float, float], radius: float, angle: float) -> tuple[float, float]:
    """The point `radius` from the centre at `angle` degrees clockwise from 12 o'clock."""
    return (centre[0] + radius * math.sin(math.radians(angle)), centre[1] - radius * math.cos(math.radians(angle)))


def _wedge_box(centre: tuple[float, float], inner: float, outer: float, start: float, end: float) -> Box:
    angles = [start, end, *(a for a in range(0, 721, 90) if start < a < end)]
    points = [_polar(centre, outer, a) for a in angles] + [_polar(centre, inner, a) for a in (start, end)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _ring_label(point: Point, kind: str, centre: tuple[float, float], radii: tuple[float, float],
                angle: tuple[float, float], size: float, drawing: Drawing) -> None:
    """A slice's label centred on its middle angle: outside the pie at outEnd (and at best fit
    when it does not fit in the slice), else inside (a doughnut's on its ring)."""
    text = point.label or ""
    inner, outer = radii
    middle, span = angle
    w, h = text_width(text, size), LINE * size * len(text.split("\n"))
    dx, dy = math.sin(math.radians(middle)), -math.cos(math.radians(middle))
    extent = abs(dx) * w / 2 + abs(dy) * h / 2  # centre to edge of the label towards the ring
    fits = math.radians(span) * 0.6 * outer >= w + size and h < 0.6 * (outer - inner)
    position = point.position or ("ctr" if kind == "doughnut" else "bestFit")
    if position == "outEnd" or (position == "bestFit" and not fits):
        distance = outer + 0.3 * size + extent
    elif position == "inEnd":
        distance = outer - 0.3 * size - extent
    elif position == "inBase":
        distance = inner + 0.3 * size + extent
    else:
        distance = (inner + outer) / 2 if kind == "doughnut" else 0.6 * outer
    x, y = _polar(centre, distance, middle)
    drawing.text(text, x, y, size, "center", "middle")
