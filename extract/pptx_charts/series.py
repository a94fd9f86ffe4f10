"""A series' points as read from the chart: values, categories, colours (own, per point or
the Office palette's) and data labels as printed (`labels`)."""

from __future__ import annotations

from typing import Any

from ..pptx_fill import solid_fill_rgb
from .labels import point_label, source_format
from .model import PALETTE, RGB, RING_KINDS, Point, Series


def read_series(plot: Any, series: Any, index: int, kind: str) -> Series:
    """A series' points with their colours and data labels as printed."""
    own = solid_fill_rgb(series.format) or _palette(index)
    vary = plot.vary_by_categories and (kind in RING_KINDS or len(plot.series) == 1)
    categories = [str(c) if c is not None else "" for c in plot.categories]
    values = list(series.values)
    positive = sum(v for v in values if v is not None and v > 0)
    code = source_format(series)
    points = []
    for i, value in enumerate(values):
        point = series.points[i]
        colour = solid_fill_rgb(point.format) if _has_point_format(series, i) else None
        category = categories[i] if i < len(categories) else ""
        share = value / positive if value is not None and value > 0 and positive else None
        text, position = point_label(plot, series, point, i, (category, value, share), code)
        points.append(Point(category, value, colour or (_palette(i) if vary else own), text, position))
    return Series(str(series.name or ""), own, tuple(points))


def _has_point_format(series: Any, index: int) -> bool:
    """Whether a point sets a format of its own (`point.format` would add an empty one)."""
    return any(dpt.idx.val == index for dpt in series._element.dPt_lst)


def _palette(index: int) -> RGB:
    code = PALETTE[index % len(PALETTE)]
    return (int(code[0:2], 16) / 255, int(code[2:4], 16) / 255, int(code[4:6], 16) / 255)
