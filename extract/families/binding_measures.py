"""The values under "Mittarin arvo / tilanne": a table with a column per quarter (its
first column naming the measure when there are several), or lines "Q1 2024: 46 %".

Tables are read on the engine's period headers and grid: column bands at the gutters the
values leave (variants centre the values in cells whose quarter labels sit left, and the
seed's dots print "● 59%" right of the Q4 label), rows from the y-projection and rules
(a measure's name wrapped over two lines beside its value is one row)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from okr_warehouse.vocabulary import PLACEHOLDERS

from ..engine.grid import GridCell, read_grid
from ..engine.header import Header
from ..engine.keyvalue import part_text
from ..engine.lines import unit_lines
from ..engine.periods import QUARTERS, period_headers
from ..engine.units import Unit
from ..page import PageContent
from ..settings import LayoutSettings
from .binding_sections import Section, measure_suffix, quarter_of

Measure = tuple[list[Unit] | None, str | None, tuple[str, list[Unit]], tuple[str, list[Unit]]]
"""(row name units, name in the label's brackets, (quarter, its units), (value, its units))."""
_ITEM = re.compile(r"\b(Q[1-4])(?:\s*(?:19|20)\d\d)?\s*:", re.IGNORECASE)
"""An inline item's label: "Q1:", "Q1 2024:"."""
_MARKS = "●•■▪◆◼"


def measures(section: Section, page: PageContent, settings: LayoutSettings) -> list[Measure]:
    suffix = measure_suffix(section)
    headers = [h for h in period_headers(section.body, settings) if _is_axis(h)]
    if not headers:
        return _inline(section.body, suffix, settings)
    out: list[Measure] = []
    top = max(u.bottom for u in section.label) if section.label_page is None else section.top
    for index, header in enumerate(headers):
        stop = headers[index + 1].top if index + 1 < len(headers) else section.bottom
        # Values printed over the quarter labels: a chart's axis under its values (the seed's
        # charts, "46 % 47 % 54 % 41 %" over "Q1 … Q4"), read in the axis' columns from the
        # label or the table before down to the axis; else the table under the labels (text
        # printed under a chart's axis is the next goal's heading, A4 rendering).
        over, _ = _table(page, section.body, replace(header, top=top, bottom=top), header.top, suffix,
                         settings, axis=header)
        under, end = _table(page, section.body, header, stop, suffix, settings) if not over else ([], 0.0)
        out += over or under
        top = max(header.bottom, end)
    return out


def _is_axis(header: Header) -> bool:
    """Quarter columns, none of them an inline item's label ("Q1: ● 59%" items side by side
    in the seed's columns form no axis)."""
    labels = [c.label for c in header.columns[1:] if c.label is not None]
    return all(c.key in QUARTERS for c in header.columns[1:]) and \
        not any(u.text.rstrip().endswith(":") for label in labels for u in label.units)


def _table(page: PageContent, units: list[Unit], header: Header, stop: float, suffix: str | None,
           settings: LayoutSettings, axis: Header | None = None) -> tuple[list[Measure], float]:
    """The values in `header`'s columns down to `stop`; the quarters' labels are `axis`'s
    when the values are printed over an axis (`header` then sits at the band's top); and
    where the table ends."""
    labels = axis or header
    grid = read_grid(page, [u for u in units if u.cy < stop] if axis else units, _widened(header, units, stop),
                     settings, stop=stop)
    marks = {c.key: list(c.label.units) for c in labels.columns if c.label is not None}
    out: list[Measure] = []
    for row in grid.rows:
        name = row.cells.get("label")
        names = list(name.units) if name is not None and name.text.strip() else None
        for key in QUARTERS:
            cell = row.cells.get(key)
            text = _value_text(cell)
            # A cell holding a quarter label is an inline item read across a band of
            # them ("Q1: 1,5 min Q1:", the seed's columns of items), not a table's value.
            if cell is not None and _is_value(text) and not any(quarter_of(u.text, settings) for u in cell.units):
                out.append((names, suffix, (key, marks[key]), (text, list(cell.units))))
    return out, grid.bottom


def _widened(header: Header, units: list[Unit], stop: float) -> Header:
    """The last quarter column reaches the part's right edge: a table's quarter labels sit
    left in their cells while the values are centred (variant s0: "Q4" at 431–444 pt, its
    "41 %" at 480–500 pt), and nothing but the table is printed beside it in the part."""
    rows = [u for u in units if header.bottom <= u.top and u.bottom <= stop]
    last = header.columns[-1]
    right = max([last.x1, *(u.x1 for u in rows if u.x0 >= last.x0)])
    return replace(header, columns=(*header.columns[:-1], replace(last, x1=right)))


def _value_text(cell: GridCell | None) -> str:
    return " ".join(part_text(cell.units).split()).strip(_MARKS + " ") if cell is not None else ""


def _is_value(text: str) -> bool:
    """Placeholders ("NA", "-", "xx") print where no value was measured."""
    return bool(text) and text.strip().lower() not in PLACEHOLDERS


def _inline(units: list[Unit], suffix: str | None, settings: LayoutSettings) -> list[Measure]:
    """Items "Q4: ● 59%" in columns side by side (the seed's three measures), the text of a
    column before its first item naming its measure (lines above it, or the same line where
    a text export runs a column's lines together); one column of "Q1 2024: 46 %" lines under
    no name is the goal's own measure."""
    out: list[Measure] = []
    for column in _item_columns(units, settings):
        text, spans = _column_text(column)
        labels = list(_ITEM.finditer(text))
        if not labels:
            continue
        names = _within(spans, 0, labels[0].start())
        for label, after in zip(labels, [*labels[1:], None], strict=True):
            # An item's value is printed on its label's line (the next goal's heading may
            # follow under the last item, the seed's A4 rendering).
            stop = min(after.start() if after is not None else len(text), text.index("\n", label.end()))
            value = text[label.end():stop].strip(_MARKS + " \n")
            if _is_value(value):
                marks = _within(spans, label.start(), label.end())
                out.append((names or None, suffix, (label.group(1).upper(), marks),
                            (value, _within(spans, label.end(), stop) or marks)))
    return out


Spans = list[tuple[int, int, Unit]]


def _column_text(column: list[Unit]) -> tuple[str, Spans]:
    """A column's lines as one text, each line ended by a newline, and where each unit is in it."""
    spans: Spans = []
    text = ""
    for line in unit_lines(column):
        for unit in line:
            text += " " if text and text[-1] != "\n" else ""
            spans.append((len(text), len(text) + len(unit.text), unit))
            text += unit.text
        text += "\n"
    return text, spans


def _within(spans: Spans, start: int, end: int) -> list[Unit]:
    return [u for a, b, u in spans if a < end and b > start]


def _item_columns(units: list[Unit], settings: LayoutSettings) -> list[list[Unit]]:
    """The units of each column of items: a text export's tab cells as given, else the columns
    the item labels' left edges set apart."""
    cells: dict[tuple[int, int], list[Unit]] = {}
    for unit in units:
        if unit.cell is not None:
            cells.setdefault((unit.cell[0], unit.cell[2]), []).append(unit)
    loose = [u for u in units if u.cell is None]
    lefts = sorted(_within(spans, m.start(), m.end())[0].x0 for line in unit_lines(loose)
                   for text, spans in [_column_text(line)] for m in _ITEM.finditer(text))
    starts: list[float] = []
    for x in lefts:
        if not starts or x - starts[-1] > 2 * settings.x_tolerance:
            starts.append(x)
    bounds = [s - settings.x_tolerance for s in starts] + [float("inf")]
    columns = [[u for u in loose if left <= u.x0 < right] for left, right in pairwise(bounds)]
    return [c for c in [*cells.values(), *columns] if c]
