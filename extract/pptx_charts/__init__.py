"""Native PowerPoint charts drawn into the page model: what a chart prints, about where
PowerPoint (or LibreOffice exporting the deck to PDF) prints it, so every reader of the
PDF's chart text and shapes reads the PPTX's chart alike.

python-pptx knows a chart's data and formatting, not its rendered layout, so the layout is
the automatic one, approximated: the title on top, the legend at its side, the plot in the
rest; a pie or doughnut centred in the plot with its slices clockwise from `firstSliceAng`
(12 o'clock) in point order; bars and columns in category bands (gap width, overlap).
Every text becomes a text box whose box is the text's own (insets 0, lines at the engine's
pitch), so the engine's units sit where the text does; slices, bars and legend markers
become filled shapes in their colours (a slice as its wedge's bounding box, as a PDF's wedge
curve is read).  Only the first plot of a combination chart is drawn, and a value axis'
tick labels are left unprinted (see `axes._axis_text`).

The package by concern: `model` (the drawing, points and series, text metrics), `series`
(points, colours), `labels` (data-label text, number formats), `legend`, `ring` (pies and
doughnuts), `axes` and `bars` (bars and columns); here the dispatch, the title and the
plot area left beside title and legend.
"""

from __future__ import annotations

from typing import Any

from pptx.chart.plot import PlotTypeInspector
from pptx.oxml.ns import qn

from .bars import draw_bars
from .labels import number_text
from .legend import draw_legend, legend_entries
from .model import DEFAULT_SIZE, PAD, RING_KINDS, TRUE, Box, Drawing, Series, font_size
from .ring import draw_ring
from .series import read_series

__all__ = ["Drawing", "number_text", "read_chart"]


def read_chart(chart: Any, box: Box) -> Drawing:
    """The chart of a graphic frame whose box (slide points) is `box`, drawn."""
    drawing = Drawing()
    if not len(chart.plots):
        return drawing
    plot = chart.plots[0]
    size = font_size(chart._chartSpace.find(qn("c:txPr"))) or DEFAULT_SIZE
    kind = _kind(plot)
    series = [read_series(plot, s, i, kind) for i, s in enumerate(plot.series)]
    area = (box[0] + PAD, box[1] + PAD, box[2] - PAD, box[3] - PAD)
    area = _title(chart, series, area, size, drawing)
    area = draw_legend(chart, legend_entries(plot, series, kind), area, size, drawing)
    label_size = font_size(*(s._element.dLbls for s in plot.series), plot._element.find(qn("c:dLbls"))) or size
    if series and kind in RING_KINDS:
        draw_ring(plot, series, kind, area, label_size, drawing)
    elif series and kind.split("_")[0] in ("bar", "column"):
        draw_bars(chart, plot, series, kind, area, (size, label_size), drawing)
    return drawing


def _kind(plot: Any) -> str:
    """pie, doughnut, bar (horizontal), column (each _stacked or not), or the type's name."""
    try:
        name = str(PlotTypeInspector.chart_type(plot).name)
    except (NotImplementedError, ValueError, KeyError, AttributeError):
        return "other"
    for kind, prefixes in (("pie", ("PIE", "THREE_D_PIE")), ("doughnut", ("DOUGHNUT",)),
                           ("bar", ("BAR", "THREE_D_BAR")), ("column", ("COLUMN", "THREE_D_COLUMN"))):
        if name.startswith(prefixes):
            return kind + ("_stacked" if "STACKED" in name and kind in ("bar", "column") else "")
    return name.lower()


def _title(chart: Any, series: list[Series], area: Box, size: float, drawing: Drawing) -> Box:
    """The title centred on top; returns the area below it."""
    text = _title_text(chart, series)
    if not text:
        return area
    title_size = font_size(chart._chartSpace.chart.find(qn("c:title"))) or size * 1.4
    box = drawing.text(text, (area[0] + area[2]) / 2, area[1], title_size, "center")
    return (area[0], box[3] + PAD, area[2], area[3])


def _title_text(chart: Any, series: list[Series]) -> str:
    """The title's own text; else, unless the automatic title is deleted, a one-series
    chart's series name (as PowerPoint and LibreOffice print it)."""
    if chart.has_title and chart.chart_title.has_text_frame:
        return str(chart.chart_title.text_frame.text).replace("\v", "\n").strip()
    deleted = chart._chartSpace.chart.find(qn("c:autoTitleDeleted"))
    auto = chart.has_title or deleted is None or deleted.get("val", "1") not in TRUE
    return series[0].name.strip() if auto and len(series) == 1 else ""
