"""The legend: its entries (per point or per series), laid out in a column at the chart's
side or in centred rows above or below the plot, each a marker square and its text."""

from __future__ import annotations

from typing import Any

from pptx.enum.chart import XL_LEGEND_POSITION
from pptx.oxml.ns import qn

from .labels import flag
from .model import LINE, PAD, RGB, RING_KINDS, Box, Drawing, Series, font_size, text_width


def legend_entries(plot: Any, series: list[Series], kind: str) -> list[tuple[str, RGB]]:
    """One entry per point (pies, one-series charts varying colours by category), else per series."""
    if series and (kind in RING_KINDS or (len(series) == 1 and plot.vary_by_categories)):
        return [(p.category, p.colour) for p in series[0].points]
    return [(s.name, s.colour) for s in series]


def draw_legend(chart: Any, entries: list[tuple[str, RGB]], area: Box, size: float, drawing: Drawing) -> Box:
    """The legend, each entry's marker a small square left of its text; returns the area left
    for the plot (all of it when the legend overlays the plot)."""
    if not chart.has_legend:
        return area
    element = chart.legend._element
    hidden = {e.find(qn("c:idx")).get("val") for e in element.findall(qn("c:legendEntry"))
              if e.find(qn("c:idx")) is not None and flag((e,), "c:delete")}
    entries = [e for i, e in enumerate(entries) if str(i) not in hidden and e[0]]  # deleted or unnamed
    if not entries:
        return area
    size = font_size(element.find(qn("c:txPr"))) or size
    position = chart.legend.position
    if position in (XL_LEGEND_POSITION.TOP, XL_LEGEND_POSITION.BOTTOM):
        used = _legend_rows(entries, area, size, position == XL_LEGEND_POSITION.TOP, drawing)
    else:
        used = _legend_column(entries, area, size, position, drawing)
    if flag((element,), "c:overlay"):
        return area
    return {XL_LEGEND_POSITION.TOP: (area[0], used[3] + PAD, area[2], area[3]),
            XL_LEGEND_POSITION.BOTTOM: (area[0], area[1], area[2], used[1] - PAD),
            XL_LEGEND_POSITION.LEFT: (used[2] + PAD, area[1], area[2], area[3])
            }.get(position, (area[0], area[1], used[0] - PAD, area[3]))


def _entry_width(text: str, size: float) -> float:
    return size * 1.0 + text_width(text, size)  # marker 0.6 and gap 0.4 font sizes before the text


def _legend_entry(text: str, colour: RGB, x: float, y: float, size: float, drawing: Drawing) -> None:
    marker = 0.6 * size
    top = y + (LINE * size - marker) / 2
    drawing.shape("chart_marker", (x, top, x + marker, top + marker), colour)
    drawing.text(text, x + size, y, size)


def _legend_column(entries: list[tuple[str, RGB]], area: Box, size: float, position: Any,
                   drawing: Drawing) -> Box:
    pitch = LINE * size * 1.25
    width, height = max(_entry_width(t, size) for t, _c in entries), pitch * len(entries)
    x = area[0] if position == XL_LEGEND_POSITION.LEFT else area[2] - width
    y = area[1] if position == XL_LEGEND_POSITION.CORNER else (area[1] + area[3] - height) / 2
    for i, (text, colour) in enumerate(entries):
        _legend_entry(text, colour, x, y + i * pitch, size, drawing)
    return (x, y, x + width, y + height)


def _legend_rows(entries: list[tuple[str, RGB]], area: Box, size: float, top: bool, drawing: Drawing) -> Box:
    """Entries side by side, wrapped into centred rows as wide as the area."""
    rows: list[list[tuple[str, RGB]]] = [[]]
    for entry in entries:
        if rows[-1] and _row_width([*rows[-1], entry], size) > area[2] - area[0]:
            rows.append([])
        rows[-1].append(entry)
    pitch = LINE * size * 1.25
    y = area[1] if top else area[3] - pitch * len(rows)
    for r, row in enumerate(rows):
        x = (area[0] + area[2] - _row_width(row, size)) / 2
        for text, colour in row:
            _legend_entry(text, colour, x, y + r * pitch, size, drawing)
            x += _entry_width(text, size) + size
    return (area[0], y, area[2], y + pitch * len(rows))


def _row_width(row: list[tuple[str, RGB]], size: float) -> float:
    return sum(_entry_width(t, size) for t, _c in row) + size * (len(row) - 1)
