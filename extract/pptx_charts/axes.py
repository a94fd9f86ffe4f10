"""The axes of a bar or column chart: the value scale (the chart's own or PowerPoint's
automatic one), the plot box left inside the area beside the axis labels, and the
category axis' labels as text."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from pptx.oxml.ns import qn

from .labels import number_text, source_format
from .model import LINE, Box, Drawing, Series, font_size, text_width


@dataclass(frozen=True)
class Axes:
    """A bar or column chart's plot box and value scale."""

    inner: Box
    lo: float
    hi: float
    horizontal: bool

    def at(self, value: float) -> float:
        """A value's coordinate along the value axis (x for bars, y for columns)."""
        share = (value - self.lo) / ((self.hi - self.lo) or 1.0)
        if self.horizontal:
            return self.inner[0] + share * (self.inner[2] - self.inner[0])
        return self.inner[3] - share * (self.inner[3] - self.inner[1])

    def band(self, index: int, count: int) -> tuple[float, float]:
        """Category `index`'s band along the category axis, from its start at the axis origin
        (columns left to right, bars bottom to top)."""
        if self.horizontal:
            step = (self.inner[3] - self.inner[1]) / count
            return (self.inner[3] - index * step, -step)
        step = (self.inner[2] - self.inner[0]) / count
        return (self.inner[0] + index * step, step)


def _axis(chart: Any, name: str) -> Any:
    try:
        return getattr(chart, name)
    except (ValueError, IndexError):
        return None  # the chart has no such axis


def _labels_shown(axis: Any) -> bool:
    """Whether an axis prints its labels: it is there, not deleted, its labels not turned off."""
    if axis is None or not axis.visible:
        return False
    found = axis._element.find(qn("c:tickLblPos"))
    return found is None or found.get("val", "nextTo") != "none"


def _axis_sizes(value_axis: Any, category_axis: Any, size: float) -> tuple[float, float]:
    """The text sizes of the value and the category axis' labels."""
    value, category = (font_size(a._element.find(qn("c:txPr"))) if a is not None else 0.0
                       for a in (value_axis, category_axis))
    return (value or size, category or size)


def _extremes(series: list[Series], stacked: bool) -> tuple[float, float]:
    """The lowest and highest ends of the bars (stacked: of the stacks), with the axis at 0."""
    if not stacked:
        values = [p.value for s in series for p in s.points if p.value is not None]
        return (min([0.0, *values]), max([0.0, *values]))
    count = max(len(s.points) for s in series)
    ups = [sum(p.value for s in series if i < len(s.points) and (p := s.points[i]).value is not None and p.value > 0)
           for i in range(count)]
    downs = [sum(p.value for s in series if i < len(s.points) and (p := s.points[i]).value is not None
                 and p.value < 0) for i in range(count)]
    return (min([0.0, *downs]), max([0.0, *ups]))


def _scale(axis: Any, extremes: tuple[float, float]) -> tuple[float, float, float]:
    """The value axis' range and major unit: the chart's own, else PowerPoint's automatic one
    (a 1-2-5 unit about a fifth of the range, the top a unit past the highest bar's 105%)."""
    lo, hi = extremes
    fixed = (axis.minimum_scale, axis.maximum_scale, axis.major_unit) if axis is not None else (None, None, None)
    span = (hi - lo) or 1.0
    step = fixed[2] or _nice(span / 5)
    low = fixed[0] if fixed[0] is not None else (math.floor((lo - 0.05 * span) / step) * step if lo < 0 else 0.0)
    high = fixed[1] if fixed[1] is not None else math.ceil((hi + 0.05 * span) / step) * step
    return low, max(high, low + step), step


def _nice(raw: float) -> float:
    power = 10 ** math.floor(math.log10(raw))
    return next(f * power for f in (1, 2, 5, 10) if raw <= f * power)


def _ticks(axis: Any, plot: Any, lo: float, hi: float, step: float) -> list[tuple[float, str]]:
    """The value axis' tick labels, whose room the plot keeps (none when the axis is hidden
    or prints no labels); a linked format is the first series' sheet format."""
    if not _labels_shown(axis):
        return []
    labels = axis.tick_labels
    linked = labels.number_format_is_linked and len(plot.series)
    code = source_format(plot.series[0]) if linked else labels.number_format
    count = min(100, round((hi - lo) / step))  # a tiny fixed unit prints no thousand labels
    return [(round(lo + i * step, 10), number_text(round(lo + i * step, 10), code)) for i in range(count + 1)]


def _place_axes(area: Box, categories: list[str], ticks: list[tuple[float, str]], series: list[Series],
                horizontal: bool, axis_sizes: tuple[float, float], label_size: float,
                scale: tuple[float, float]) -> Axes:
    """The plot box inside the area: room left for the axis labels beside it and for data
    labels printed past the bars' ends."""
    value_size, category_size = axis_sizes
    labels = [p.label for s in series for p in s.points if p.label and p.position in (None, "outEnd")]
    tick_width = max((text_width(t, value_size) for _v, t in ticks), default=-0.4 * value_size) + 0.4 * value_size
    if horizontal:
        left = max((text_width(c, category_size) for c in categories if c), default=-0.4 * category_size)
        right = max((text_width(t, label_size) for t in labels), default=-0.3 * label_size) + 0.3 * label_size
        bottom = LINE * value_size + 0.3 * value_size if ticks else 0.0
        inner = (area[0] + left + 0.4 * category_size, area[1], area[2] - right, area[3] - bottom)
        return Axes(inner, *scale, True)
    top = LINE * label_size + 0.2 * label_size if labels else 0.0
    band = (area[2] - area[0] - tick_width) / max(1, len(categories))
    lines = max((len(_wrap(c, band, category_size)) for c in categories if c), default=0)
    bottom = LINE * category_size * lines + 0.3 * category_size if lines else 0.0
    return Axes((area[0] + tick_width, area[1] + top, area[2], area[3] - bottom), *scale, False)


def _wrap(text: str, width: float, size: float) -> list[str]:
    """A category label broken at spaces to fit its band, as PowerPoint wraps it."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [text]


def _axis_text(axes: Axes, categories: list[str], axis_sizes: tuple[float, float], drawing: Drawing) -> None:
    """The category axis' labels: left of the bars, under the columns.  The value axis' tick
    labels keep their room (the plot sits where it is drawn) but are not printed: they state
    no fact, and as text frames in a column under a table they read as its rows (the grid cuts
    rows at every frame's edge: a decoy chart under an annual KPI table, variants s6 and s8)."""
    category_size = axis_sizes[1]
    x0, bottom = axes.inner[0], axes.inner[3]
    for index, text in enumerate(categories):
        if not text:
            continue
        start, step = axes.band(index, len(categories))
        if axes.horizontal:
            drawing.text(text, x0 - 0.4 * category_size, start + step / 2, category_size, "right", "middle")
        else:
            wrapped = "\n".join(_wrap(text, step, category_size))
            drawing.text(wrapped, start + step / 2, bottom + 0.3 * category_size, category_size, "center")


def draw_axes(chart: Any, plot: Any, series: list[Series], kind: str, area: Box, sizes: tuple[float, float],
              drawing: Drawing) -> tuple[Axes, bool]:
    """The plot box and value scale of bars or columns (`kind`), the category labels drawn;
    and whether the category axis runs reversed."""
    horizontal, stacked = kind.startswith("bar"), kind.endswith("_stacked")
    count = max(len(s.points) for s in series)
    value_axis, category_axis = _axis(chart, "value_axis"), _axis(chart, "category_axis")
    reverse = category_axis is not None and bool(category_axis.reverse_order)
    lo, hi, step = _scale(value_axis, _extremes(series, stacked))
    ticks = _ticks(value_axis, plot, lo, hi, step)
    categories = [p.category for p in max(series, key=lambda s: len(s.points)).points]
    categories = (categories[::-1] if reverse else categories) if _labels_shown(category_axis) else [""] * count
    axis_sizes = _axis_sizes(value_axis, category_axis, sizes[0])
    axes = _place_axes(area, categories, ticks, series, horizontal, axis_sizes, sizes[1], (lo, hi))
    _axis_text(axes, categories, axis_sizes, drawing)
    return axes, reverse
