"""Key-result confidence table (seed 003): result areas' key results under one county
goal, with each key result's confidence score (Luottavaisuusarvio, 0–100).

Every page (slide) repeats the county goal as its title and the table header
Toimiala | Tulosalue | Tavoite | Avaintulos | Luottavaisuusarvio. PDFs give positioned
words (rows and cells are rebuilt by `extract.layout`); PPTX gives real tables.
A row cut by a page break continues at the top of the next page with empty
Toimiala/Tulosalue/Tavoite cells and is joined back to its first part. Text exports
(file_format "text") print the rows flattened, without columns: `kr_confidence_text`
rebuilds their cells, and `_emit` turns either kind of row into records.
"""

from __future__ import annotations

from typing import Any

from okr_warehouse.text import fold, join_lines
from okr_warehouse.vocabulary import CONFIDENCE_TABLE_COLUMNS

from .. import layout
from ..page import DocumentContent, Geometry, PageContent
from ..records import Printed, RawConfidence, RawGoal, RawKeyResult
from ..settings import LayoutSettings
from .base import Findings, printed
from .kr_confidence_text import has_header, table_rows

KIND = "kr_confidence_table"
IDENTIFYING = ("division", "result_area", "goal")
REQUIRED_LABELS = 4


def detect(content: DocumentContent, settings: LayoutSettings) -> float:
    """1.0 when some page carries the table header with the key-result and score columns."""
    if content.file_format == "text":
        return 1.0 if has_header(content, settings) else 0.0
    for page in content.pages:
        keys = _header_keys(page, settings)
        if len(keys) >= REQUIRED_LABELS and {"key_result", "confidence"} <= keys:
            return 1.0
    return 0.0


def _header_keys(page: PageContent, settings: LayoutSettings) -> set[str]:
    for table in page.tables:
        found = _table_header(table)
        if found:
            return set(found[1].values())
    if page.words:
        header = layout.find_header(layout.cluster_lines(page.words, settings), CONFIDENCE_TABLE_COLUMNS,
                                    settings)
        if header:
            return {c["key"] for c in header["columns"]}
    return set()


def parse(content: DocumentContent, settings: LayoutSettings) -> Findings:
    found = Findings()
    extractor = f"{content.backend}/{KIND}"
    if content.file_format == "text":
        text_rows, found.issues = table_rows(content, settings, extractor)
        _emit(text_rows, found)
        return found
    rows: list[dict[str, Any]] = []
    for page in content.pages:
        grid = _page_grid(page, settings, extractor)
        if grid is None:
            found.issues.append(f"page {page.number}: no key-result confidence table header found")
            continue
        for index, row in enumerate(grid["rows"]):
            row["title"] = grid["title"]
            row["continues"] = index == 0 and bool(rows) and not any(k in row["cells"] for k in IDENTIFYING)
            rows.append(row)
    _emit(_join_continuations(rows), found)
    return found


def _page_grid(page: PageContent, settings: LayoutSettings, extractor: str) -> dict[str, Any] | None:
    for table in page.tables:
        header = _table_header(table)
        if header:
            return _grid_from_table(page, table, header, extractor)
    if page.words:
        return _grid_from_words(page, settings, extractor)
    return None


def _table_header(table: Geometry) -> tuple[int, dict[int, str]] | None:
    """Find the header row of an explicit (PPTX) table: (row index, column index → key)."""
    wanted = {key: {fold(label) for label in alts} for key, alts in CONFIDENCE_TABLE_COLUMNS.items()}
    for index, row in enumerate(table["rows"]):
        columns: dict[int, str] = {}
        for col, cell in enumerate(row):
            folded = fold(cell["text"])
            key = next((k for k, alts in wanted.items() if folded in alts and k not in columns.values()), None)
            if key:
                columns[col] = key
        if len(columns) >= REQUIRED_LABELS - 1:
            return index, columns
    return None


def _grid_from_table(page: PageContent, table: Geometry, header: tuple[int, dict[int, str]],
                     extractor: str) -> dict[str, Any]:
    header_index, columns = header
    rows = []
    for row in table["rows"][header_index + 1:]:
        cells = {columns[c]: printed(cell, page.number, extractor)
                 for c, cell in enumerate(row) if c in columns and cell["text"].strip()}
        if cells:
            rows.append({"cells": cells})
    title_boxes = [b for b in page.text_boxes if b["bottom"] <= table["top"] + 1]
    title = None
    if title_boxes:
        nearest = max(title_boxes, key=lambda b: (b["size"], b["bottom"]))
        title = printed(nearest, page.number, extractor)
    return {"title": title, "rows": rows}


def _grid_from_words(page: PageContent, settings: LayoutSettings, extractor: str) -> dict[str, Any] | None:
    words = layout.without_page_furniture(page.words, page.height, settings)
    lines = layout.cluster_lines(words, settings)
    header = layout.find_header(lines, CONFIDENCE_TABLE_COLUMNS, settings)
    if header is None:
        return None
    body_words = [w for w in words if w["top"] > header["bottom"] - 0.5]
    bands = layout.column_bands(header, body_words, page.width, settings)
    body_lines = layout.cluster_lines(body_words, settings)
    table_x = (bands[0]["x0"], bands[-1]["x1"])
    rows = []
    for row_lines in layout.split_rows(body_lines, page.rules, table_x, settings):
        cells, score = layout.row_cells(row_lines, bands, settings)
        rows.append({"cells": {k: printed(c, page.number, extractor, parse_score=score)
                               for k, c in cells.items()}})
    return {"title": _title(lines, header, page.number, extractor), "rows": rows}


def _title(lines: list[Geometry], header: Geometry, page: int, extractor: str) -> Printed | None:
    """The county goal printed above the header: the largest-font lines there."""
    above = [ln for ln in lines if ln["bottom"] <= header["top"] + 0.5]
    if not above:
        return None
    size = max(max(w["size"] for w in ln["words"]) for ln in above)
    chosen = [ln for ln in above if max(w["size"] for w in ln["words"]) >= size - 0.5]
    return printed(chosen, page, extractor)


def _join_continuations(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Append a page-break continuation's cells to the row it continues."""
    joined: list[dict[str, Any]] = []
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
