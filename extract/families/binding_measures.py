"""The values under "Mittarin arvo / tilanne": a table with a column per quarter (its
first column naming the measure when there are several), or lines "Q1 2024: 46 %".

Tables are read on the engine's period headers and grid: column bands at the gutters the
values leave (variants centre the values in cells whose quarter labels sit left, and the
seed's dots print "● 59%" right of the Q4 label), rows from the y-projection and rules
(a measure's name wrapped over two lines beside its value is one row)."""

from __future__ import annotations

import re
from dataclasses import replace

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
_INLINE = re.compile(r"^(Q[1-4])(?:\s*(?:19|20)\d\d)?\s*:\s*(.*)$", re.IGNORECASE)
_MARKS = "●•■▪◆◼"


def measures(section: Section, page: PageContent, settings: LayoutSettings) -> list[Measure]:
    suffix = measure_suffix(section)
    headers = [h for h in period_headers(section.body, settings) if _is_axis(h)]
    if not headers:
        return _inline(unit_lines(section.body), suffix)
    out: list[Measure] = []
    for index, header in enumerate(headers):
        stop = headers[index + 1].top if index + 1 < len(headers) else section.bottom
        out += _table(page, section.body, header, stop, suffix, settings)
    return out


def _is_axis(header: Header) -> bool:
    """Quarter columns, none of them an inline item's label ("Q1: ● 59%" items side by side
    in the seed's columns form no axis)."""
    labels = [c.label for c in header.columns[1:] if c.label is not None]
    return all(c.key in QUARTERS for c in header.columns[1:]) and \
        not any(u.text.rstrip().endswith(":") for label in labels for u in label.units)


def _table(page: PageContent, units: list[Unit], header: Header, stop: float, suffix: str | None,
           settings: LayoutSettings) -> list[Measure]:
    grid = read_grid(page, units, _widened(header, units, stop), settings, stop=stop)
    marks = {c.key: list(c.label.units) for c in header.columns if c.label is not None}
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
    return out


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


def _inline(lines: list[list[Unit]], suffix: str | None) -> list[Measure]:
    out: list[Measure] = []
    for line in lines:
        match = _INLINE.match(" ".join(u.text for u in line).strip())
        value = match.group(2).strip(_MARKS + " ") if match else ""
        if match and _is_value(value):
            out.append((None, suffix, (match.group(1).upper(), line[:1]), (value, line[1:] or line)))
    return out
