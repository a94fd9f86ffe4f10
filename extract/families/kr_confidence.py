"""Key-result confidence table (seed 003): result areas' key results under one county
goal, with each key result's confidence score (Luottavaisuusarvio, 0–100).

A declaration on the layout engine (extract.engine): the columns' labels, the ones a
header must show, and three hooks this family needs:
- the county goal is the page's title, in the largest type above the table;
- a Power BI export prints Toimiala / Tulosalue / Tavoite on a group's first row only,
  so a row without them belongs to the group above (fill down);
- a row cut by a page break continues at the top of the next page without those cells
  and without a score, and is joined back to its first part.
The year and quarter come from a filter line ("Vuosi 2025 · Kvartaali Q4") where one is
printed.  A text export prints the rows without their cell gaps (seed 003): the engine reads
them with what the cells print, a division of the vocabulary first and the score last.
"""

from __future__ import annotations

from statistics import median_high
from typing import Any

from okr_warehouse.text import fold, join_lines
from okr_warehouse.vocabulary import CONFIDENCE_TABLE_COLUMNS, CONFIDENCE_TABLE_DIVISIONS

from ..engine.flat_rows import CellEvidence
from ..engine.grid import Grid
from ..engine.lines import cluster_lines
from ..engine.meta import stated_year_and_quarter
from ..engine.tables import TableSpec, document_tables, printed_cell, printed_units, title_above
from ..engine.units import Unit
from ..page import DocumentContent
from ..records import Printed, RawConfidence, RawGoal, RawKeyResult
from ..settings import LayoutSettings
from .base import Findings, skip_pages

KIND = "kr_confidence_table"
IDENTIFYING = ("division", "result_area", "goal")
TABLE = TableSpec(CONFIDENCE_TABLE_COLUMNS, frozenset({"key_result", "confidence"}), min_labels=4,
                  cells=CellEvidence({"division": CONFIDENCE_TABLE_DIVISIONS}, {"confidence": (0.0, 100.0)}))
Row = dict[str, Any]


def detect(content: DocumentContent, settings: LayoutSettings) -> float:
    """1.0 when some page carries the table header with the key-result and score columns."""
    return 1.0 if any(grids for _, _, grids in document_tables(content, TABLE, settings)) else 0.0


def parse(content: DocumentContent, settings: LayoutSettings) -> Findings:
    found = Findings()
    extractor = f"{content.backend}/{KIND}"
    rows: list[Row] = []
    without = []
    title: Printed | None = None
    for page, units, grids in document_tables(content, TABLE, settings):
        if not grids:
            without.append(page.number)
            continue
        # The county goal is the page's title; a page printing none goes on under the last.
        lines = title_above(units, grids[0].header.top, _body_size(grids[0]), settings) or \
            cluster_lines(grids[0].above, settings)
        if lines:
            title = printed_units([u for ln in lines for u in ln],
                                  "\n".join(" ".join(u.text for u in ln) for ln in lines), page.number, extractor)
        _meta(found, units, grids[0].header.top, page.number, extractor, settings)
        for grid in grids:
            for index, grid_row in enumerate(grid.rows):
                cells = {k: printed_cell(c, page.number, extractor) for k, c in grid_row.cells.items()}
                # A row cut by the page break goes on at the top of the next page with the rest
                # of its cut cells only: no score, and not the full set a new row prints there.
                continues = index == 0 and bool(rows) and "confidence" not in cells and \
                    not all(k in cells for k in (*IDENTIFYING, "key_result"))
                rows.append({"cells": cells, "title": title, "continues": continues})
    _emit(_fill_down(_join_continuations(rows)), found)
    skip_pages(found, without, "no key-result confidence table on it")
    return found


def _body_size(grid: Grid) -> float:
    sizes = [u.size for row in grid.rows for cell in row.cells.values() for u in cell.units]
    return median_high(sizes) if sizes else 0.0


def _meta(found: Findings, units: list[Unit], top: float, page: int, extractor: str,
          settings: LayoutSettings) -> None:
    """Year and quarter from the lines above the table (a filter line or slicer boxes)."""
    if "year" in found.meta and "period" in found.meta:
        return
    year, quarter = stated_year_and_quarter(cluster_lines([u for u in units if u.bottom <= top], settings))
    if year and "year" not in found.meta:
        found.meta["year"] = printed_units(year.units, year.value, page, extractor)
    if quarter and "period" not in found.meta:
        found.meta["period"] = printed_units(quarter.units, quarter.value, page, extractor)


def _join_continuations(rows: list[Row]) -> list[Row]:
    """Append a page-break continuation's cells to the row it continues."""
    joined: list[Row] = []
    for row in rows:
        if row["continues"] and joined:
            cells = dict(joined[-1]["cells"])
            for key, part in row["cells"].items():
                first = cells.get(key)
                cells[key] = part if first is None else Printed(
                    first.text + "\n" + part.text, first.page, first.box, first.extractor,
                    min(first.parse_score, part.parse_score))
            joined[-1] = {**joined[-1], "cells": cells}
        else:
            joined.append(row)
    return joined


def _fill_down(rows: list[Row]) -> list[Row]:
    """A Power BI table prints Toimiala / Tulosalue / Tavoite only where they change: a key
    result's row without one of them belongs to the one printed above it (variants)."""
    out: list[Row] = []
    for row in rows:
        cells = row["cells"]
        if out and "key_result" in cells:
            above = out[-1]["cells"]
            cells = {**{k: above[k] for k in IDENTIFYING if k in above and k not in cells}, **cells}
        out.append({**row, "cells": cells})
    return out


def _emit(rows: list[dict[str, Any]], found: Findings) -> None:
    county: dict[str, str] = {}
    result_area_goals: dict[tuple[str, str, str], str] = {}
    for number, row in enumerate(rows, start=1):
        cells = row["cells"]
        kr_text = cells.get("key_result")
        if kr_text is None:
            found.issues.append(f"page {_page_of(cells)}: table row {number} has no key result; skipped")
            continue
        parent = _county_goal(row["title"], county, found)
        goal_ref = _result_area_goal(cells, parent, row["title"], result_area_goals, found)
        kr_ref = f"kr{len(found.key_results) + 1}"
        found.key_results.append(RawKeyResult(kr_ref, goal_ref, kr_text, cells.get("division"),
                                              cells.get("result_area")))
        if "confidence" in cells:
            found.confidences.append(RawConfidence(kr_ref, cells["confidence"], None))


def _county_goal(title: Printed | None, county: dict[str, str], found: Findings) -> str | None:
    if title is None:
        return None
    key = fold(title.text)
    if key not in county:
        county[key] = f"g{len(found.goals) + 1}"
        found.goals.append(RawGoal(county[key], title, "hva"))
        found.meta.setdefault("title", title)
    return county[key]


def _result_area_goal(cells: dict[str, Printed], parent: str | None, title: Printed | None,
                      seen: dict[tuple[str, str, str], str], found: Findings) -> str:
    parts = tuple(fold(cells[k].text) if k in cells else "" for k in IDENTIFYING)
    key = (parts[0], parts[1], parts[2])
    if key not in seen:
        seen[key] = f"g{len(found.goals) + 1}"
        text = cells.get("goal") or title
        same_text = title is not None and text is not None and fold(join_lines(text.text.splitlines())) == \
            fold(join_lines(title.text.splitlines()))
        if text is None:
            found.issues.append(f"page {_page_of(cells)}: key result without goal text")
            text = cells["key_result"]
        found.goals.append(RawGoal(seen[key], text, "result_area", division=cells.get("division"),
                                   result_area=cells.get("result_area"),
                                   parent_ref=parent if same_text else None))
    return seen[key]


def _page_of(cells: dict[str, Printed]) -> int:
    return min(p.page for p in cells.values())
