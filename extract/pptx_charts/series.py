"""A series' points as read from the chart: values, categories, colours (own, per point or
the Office palette's) and data labels as printed (`labels`)."""

from __future__ import annotations

from typing import Any

from ..pptx_xml import solid_fill
from .labels import point_label, source_format
from .model import PALETTE, RGB, RING_KINDS, Point, Series


def read_series(plot: Any, series: Any, index: int, kind: str) -> Series:
    """A series' points with their colours and data labels as printed."""
    own = _fill(series._element) or _palette(index)
    vary = plot.vary_by_categories and (kind in RING_KINDS or len(plot.series) == 1)
    categories = [str(c) if c is not None else "" for c in plot.categories]
    values = list(series.values)
    positive = sum(v for v in values if v is not None and v > 0)
    code = source_format(series)
    points = []
    for i, value in enumerate(values):
        point = series.points[i]
        colour = _fill(_point_format(series, i))
        category = categories[i] if i < len(categories) else ""
        share = value / positive if value is not None and value > 0 and positive else None
        text, position = point_label(plot, series, point, i, (category, value, share), code)
        points.append(Point(category, value, colour or (_palette(i) if vary else own), text, position))
    return Series(str(series.name or ""), own, tuple(points))


C_NS = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def _fill(parent: Any) -> RGB | None:
    """The solid RGB fill of a series' or point's own shape properties (c:spPr)."""
    return solid_fill(parent.find(f"{C_NS}spPr")) if parent is not None else None


def _point_format(series: Any, index: int) -> Any:
    """The point's own format element (c:dPt), None when it sets none (`point.format` would add one)."""
    return next((dpt for dpt in series._element.dPt_lst if dpt.idx.val == index), None)


def _palette(index: int) -> RGB:
    code = PALETTE[index % len(PALETTE)]
    return (int(code[0:2], 16) / 255, int(code[2:4], 16) / 255, int(code[4:6], 16) / 255)
