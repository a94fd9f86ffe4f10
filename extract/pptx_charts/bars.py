"""Bars and columns: each point a bar in its category band (gap width, overlap; stacked on
the ends so far), its data label past, inside or on the bar by position."""

from __future__ import annotations

from typing import Any

from .axes import Axes, draw_axes
from .model import Box, Drawing, Point, Series


def draw_bars(chart: Any, plot: Any, series: list[Series], kind: str, area: Box, sizes: tuple[float, float],
              drawing: Drawing) -> None:
    """Bars or columns in their colours, data labels at their ends, axis labels as text."""
    stacked = kind.endswith("_stacked")
    count = max(len(s.points) for s in series)
    if not count:
        return
    axes, reverse = draw_axes(chart, plot, series, kind, area, sizes, drawing)
    gap, overlap = plot.gap_width / 100, (1.0 if stacked else plot.overlap / 100)
    ends: dict[tuple[int, bool], float] = {}  # a stack's end so far, per category and sign
    for s, one in enumerate(series):
        for i, point in enumerate(one.points):
            if point.value is None:
                continue
            base = ends.get((i, point.value >= 0), 0.0) if stacked else 0.0
            ends[(i, point.value >= 0)] = base + point.value
            across = _slot(axes.band(count - 1 - i if reverse else i, count), 0 if stacked else s,
                           1 if stacked else len(series), gap, overlap)
            _bar(axes, point, across, (base, base + point.value), sizes[1], stacked, drawing)


def _slot(band: tuple[float, float], index: int, slots: int, gap: float, overlap: float) -> tuple[float, float]:
    """Series `index`'s bar across its category band: bars `overlap` over one another, the
    cluster `gap` bar widths from the next (PowerPoint's gap width)."""
    start, step = band
    thickness = step / (gap + slots - (slots - 1) * overlap)
    cluster = thickness * (slots - (slots - 1) * overlap)
    first = start + (step - cluster) / 2 + index * thickness * (1 - overlap)
    return (min(first, first + thickness), max(first, first + thickness))


def _bar(axes: Axes, point: Point, across: tuple[float, float], values: tuple[float, float], size: float,
         stacked: bool, drawing: Drawing) -> None:
    """One bar and its data label: past its end (outEnd, a clustered bar's default), inside its
    end or base, or centred (a stacked bar's default)."""
    base, end = axes.at(values[0]), axes.at(values[1])
    lo, hi = min(base, end), max(base, end)
    drawing.shape("chart_bar", (lo, across[0], hi, across[1]) if axes.horizontal else (across[0], lo, across[1], hi),
                  point.colour)
    if not point.label:
        return
    direction = (1 if end > base else -1) if end != base else (1 if axes.horizontal else -1)
    gap = 0.3 * size
    reference, facing = {"inEnd": (end - direction * gap, -direction), "inBase": (base + direction * gap, direction),
                         "ctr": ((base + end) / 2, 0)}.get(point.position or ("ctr" if stacked else "outEnd"),
                                                          (end + direction * gap, direction))
    middle = (across[0] + across[1]) / 2
    if axes.horizontal:
        drawing.text(point.label, reference, middle, size, {1: "left", -1: "right", 0: "center"}[facing], "middle")
    else:
        drawing.text(point.label, middle, reference, size, "center", {1: "top", -1: "bottom", 0: "middle"}[facing])
