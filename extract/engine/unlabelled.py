"""Period tables printed without their row-label column, and where their labels are.

A converter that writes a table as text rows keeps its cells, not its layout: it drops
empty cells (the header's corner over the row labels, a quarter not yet reported) and may
write the label column as a list over the value rows (seed 001, a converter's Markdown of
the TP 2025 report). Two readings give such a grid its labels, on any page and format:

- the header lost its corner cell: no row has a label, and the cells under the first period
  column hold no value on any row but text on all: they are the row labels. A row with fewer
  values than periods does not print which it lacks: its values go under the periods its
  name holds values for elsewhere in the document (`place_row`), else under the last ones
  (a dropped cell is an early one: a quarter is reported after the ones before it, and an
  unknown baseline is printed "-"), with a low parse score;
- the labels stand as a list over the table: no row has a label and the list items printed
  between the section heading over the table and its header are as many as the rows: item n
  names row n.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from itertools import combinations

from okr_warehouse.text import fold

from ..settings import LayoutSettings
from .grid import Band, Grid, GridCell, GridRow, text_of
from .labels import LabelHit
from .lines import cluster_lines
from .units import Unit

LIST_GLYPHS = "•◦▪▫■□●○‣⁃∙·*»►✓"
"""Glyphs that start a list item."""
BULLETS = LIST_GLYPHS + "–—-"  # a dash starts an item too ("– Ensikontaktin …", variant s8)
LIST_ITEM = re.compile(r"^[" + re.escape(BULLETS) + r"]$|^\d{1,2}[.)]$")
"""A unit that starts a list item on its own: a bullet glyph, a dash, "1." or "2)"."""
DRAWN_MARKS = frozenset("●•■▪◆◼□○◦→➔➜►▶▸✓✔·")
"""Bullets, legend squares and arrows: a unit made of these alone is a drawn mark, never data."""


def labelled_rows(grid: Grid, units: Sequence[Unit], headings: Sequence[LabelHit], notes: Sequence[str],
                  is_value: Callable[[str], bool], settings: LayoutSettings) -> Grid:
    """`grid` with row labels where it printed none (see the module text); else unchanged."""
    if not grid.rows or any("label" in row.cells for row in grid.rows):
        return grid
    return _first_column_labels(grid, is_value) or _listed_labels(grid, units, headings, notes, settings) or grid


def _first_column_labels(grid: Grid, is_value: Callable[[str], bool]) -> Grid | None:
    first = grid.bands[1].key
    cells = [row.cells.get(first) for row in grid.rows]
    if any(c is None or is_value(c.text) or not fold(c.text) for c in cells):
        return None
    periods = [band.key for band in grid.bands[1:]]
    rows = []
    for row in grid.rows:
        values = [row.cells[key] for key in periods[1:] if key in row.cells]
        keyed = {key: replace(cell, key=key) for key, cell in zip(periods[len(periods) - len(values):], values,
                                                                   strict=True)}
        rows.append(replace(row, cells={"label": replace(row.cells[first], key="label"), **keyed}))
    return replace(grid, rows=tuple(rows), placed=True)


PLACED_SCORE = 0.6
"""Parse score of a value whose column is inferred, not printed."""


def place_row(row: GridRow, bands: Sequence[Band], evidence: AbstractSet[str]) -> tuple[GridRow, bool]:
    """A short row of a placed grid with its values under the periods `evidence` names most, then
    the latest; whether it was short."""
    periods = [band.key for band in bands[1:]]
    cells = [row.cells[key] for key in periods if key in row.cells]
    if len(cells) >= len(periods):
        return row, False
    chosen = max(combinations(periods, len(cells)), key=lambda keys: (len(evidence & set(keys)),
                                                                       [periods.index(k) for k in keys]))
    keyed = {key: replace(cell, key=key) for key, cell in zip(chosen, cells, strict=True)}
    label = {"label": row.cells["label"]} if "label" in row.cells else {}
    return replace(row, cells={**label, **keyed}), True


def _listed_labels(grid: Grid, units: Sequence[Unit], headings: Sequence[LabelHit], notes: Sequence[str],
                   settings: LayoutSettings) -> Grid | None:
    top = max((h.bottom for h in headings if h.bottom <= grid.header.top), default=float("-inf"))
    above = [u for u in units if u.top >= top - 0.1 and u.bottom <= grid.header.top + 0.1]
    items = list_items(above, notes, settings)
    if len(items) != len(grid.rows):
        return None
    rows = [replace(row, cells={"label": GridCell("label", tuple(item), text_of(item)), **row.cells})
            for row, item in zip(grid.rows, items, strict=True)]
    return replace(grid, rows=tuple(GridRow(r.cells, r.top, r.bottom) for r in rows))


def list_items(units: Sequence[Unit], notes: Sequence[str], settings: LayoutSettings) -> list[list[Unit]]:
    """The items of the outermost list among `units`, each with its wrapped lines: a line opening
    with a bullet starts one; an item indented past the first, or opening with a note's words
    ("Huom!"), is a note under the item before it, not an item."""
    folded_notes = tuple(fold(n) for n in notes)
    items: list[list[Unit]] = []
    left = None
    for line in cluster_lines(units, settings):
        opens = bool(LIST_ITEM.match(line[0].text.strip()))
        if opens and left is None:
            left = line[0].x0
        if opens and left is not None and line[0].x0 <= left + 0.5 * line[0].height:
            text = fold(" ".join(u.text for u in line[1:]))
            items.append([] if folded_notes and text.startswith(folded_notes) else list(line))
        elif items and items[-1] and not opens and line[0].top - items[-1][-1].bottom < line[0].height:
            items[-1] += line  # the item wrapped onto this line
    return [item for item in items if item]
