"""The tables of a council-binding goal's pages, cut from positioned words.

- goal table: label column (Tavoite, Mittari (KPI), Strateginen painopiste, Mittarin
  vastuutaho) and a value area; the Tavoite and Mittari rows span it, the painopiste
  and vastuutaho rows have two cells (theme | focus, division | owner).
- Päätehtävät task table: header labels → column bands, rules/padding → rows.
- "Mittarin arvo / tilanne" measures: either values above a Q1..Q4 axis (optionally
  with a row label on the left), or inline "Q4: ● 59%" items under a measure name.
Cells come back as geometry dicts {"text" (printed lines joined by "\\n"), "x0", "top",
"x1", "bottom"}; the family module turns them into Printed records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from statistics import median

from okr_warehouse.vocabulary import BINDING_GOAL_LABELS

from .. import layout
from ..page import Geometry, PageContent
from ..settings import LayoutSettings
from . import binding_ocr
from .binding_layout import Block, Line, leading_label, period_label, period_word, task_header

ROW_GAP_EM = 0.9
"""Inside a cell, wrapped lines are closer than this many font sizes apart."""
CELL_GAP_EM = 0.6
"""Words further apart than this many font sizes on one line sit in different cells."""
_YEAR = re.compile(r"^(19|20)\d\d$")
BAND_MIN_CONF = 50.0
"""OCR'd words read with less confidence (0..100) than this do not shape a table's columns."""


def cell(words: Sequence[Geometry], settings: LayoutSettings) -> Geometry | None:
    """One cell's words as printed lines (the words kept: their OCR confidence travels)."""
    if not words:
        return None
    lines = layout.cluster_lines(words, settings)
    x0, top, x1, bottom = layout.union_box(words)
    return {"text": "\n".join(ln["text"] for ln in lines), "x0": x0, "top": top, "x1": x1, "bottom": bottom,
            "words": list(words)}


# --------------------------------------------------------------------------------------
# goal (key-value) table
# --------------------------------------------------------------------------------------
def goal_table(block: Block, page: PageContent, settings: LayoutSettings) -> dict[str, Geometry]:
    """The goal table's cells: goal, kpi, theme, focus, division, owner (those printed)."""
    starts = sorted(block.labels)
    value_x0 = _value_x0(block, starts)
    rows: dict[str, list[Geometry]] = {}
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else _last_row_end(block, start, page, settings)
        words = [w for ln in block.lines[start:end] for w in ln["words"] if w["x0"] >= value_x0 - settings.x_tolerance]
        rows[block.labels[start]] = words
    split = _second_column(block, starts, value_x0, [rows.get("theme", []), rows.get("owner", [])], settings)
    cells: dict[str, Geometry] = {}
    for key, words in rows.items():
        first, second = (words, []) if key in ("goal", "kpi") or split is None else \
            ([w for w in words if w["x0"] < split - settings.x_tolerance],
             [w for w in words if w["x0"] >= split - settings.x_tolerance])
        names = {"theme": ("theme", "focus"), "owner": ("division", "owner")}.get(key, (key, key))
        for name, part in zip(names, (first, second), strict=True):
            found = cell(part, settings)
            if found is not None:
                cells[name] = found
    return cells


def _value_x0(block: Block, starts: list[int]) -> float:
    """Where the value area starts: the first value word right of a label on its own line."""
    lefts, label_right = [], 0.0
    for start in starts:
        line = block.lines[start]
        found = leading_label(line, BINDING_GOAL_LABELS)
        count = found[1] if found else 1
        label_right = max(label_right, line["words"][count - 1]["x1"])
        if len(line["words"]) > count:
            lefts.append(line["words"][count]["x0"])
    if not lefts:
        return label_right + 1.0
    # A label OCR misread past matching leaves a word of it in front of its row's value:
    # the value area starts where most rows' values start.
    size = max(block.lines[starts[0]]["size"], 1.0)
    usual = median(lefts)
    return min(x for x in lefts if x >= usual - size)


def _last_row_end(block: Block, start: int, page: PageContent, settings: LayoutSettings) -> int:
    """The last row runs on while its lines follow at wrapped-line distance, no rule between."""
    lines = block.lines
    x0 = lines[start]["x0"]
    x1 = max(ln["x1"] for ln in lines[: start + 1])
    end = start + 1
    while end < len(lines):
        prev, line = lines[end - 1], lines[end]
        gap = line["top"] - prev["bottom"]
        ruled = any(prev["bottom"] - 1 <= r["y"] <= line["top"] + 1 and
                    min(r["x1"], x1) - max(r["x0"], x0) >= settings.rule_min_width * (x1 - x0) for r in page.rules)
        if line["page"] != prev["page"] or ruled or gap > ROW_GAP_EM * max(prev["size"], 1.0):
            break
        end += 1
    return end


def _second_column(block: Block, starts: list[int], value_x0: float, rows: list[list[Geometry]],
                   settings: LayoutSettings) -> float | None:
    """Left edge of the second value cell (painopiste / vastuutaho rows): the leftmost word
    that follows a cell-wide gap on its line, clearly right of the value area's edge."""
    size = max(block.lines[starts[0]]["size"], 1.0)
    lefts = []
    for line in layout.cluster_lines([w for words in rows for w in words], settings):
        for before, word in pairwise(line["words"]):
            apart = word["x0"] - before["x1"] > CELL_GAP_EM * size
            if apart and word["x0"] > value_x0 + size:
                lefts.append(word["x0"])
        first = line["words"][0]
        if first["x0"] > value_x0 + size:
            lefts.append(first["x0"])
    return min(lefts) if lefts else None


# --------------------------------------------------------------------------------------
# Päätehtävät task table
# --------------------------------------------------------------------------------------
def task_rows(block: Block, page: PageContent, settings: LayoutSettings) -> list[tuple[dict[str, Geometry], float]]:
    """Each body row's cells keyed name / responsible / description / status, with the
    row's parse score (share of its words inside one column)."""
    header = task_header(block, settings)
    if header is None:
        return []
    body = [ln for ln in block.lines[1:] if ln["top"] > header["bottom"] - 0.5]
    if not body:
        return []
    body_words = [w for ln in body for w in ln["words"]]
    # A word OCR barely read ("100 %" as "00%" with a border, 31 %) may sprawl over a column
    # boundary: only words read with some confidence move the boundaries.
    sure = [w for w in body_words if w.get("conf") is None or w["conf"] >= BAND_MIN_CONF]
    bands = layout.column_bands(header, sure or body_words, page.width, settings)
    table_x = (bands[0]["x0"], max(w["x1"] for w in body_words))
    ruled = any(body[0]["top"] < r["y"] < body[-1]["bottom"] and min(r["x1"], table_x[1]) - max(r["x0"], table_x[0])
                >= settings.rule_min_width * (table_x[1] - table_x[0]) for r in page.rules)
    grouped = (not ruled and _full_lines(body, bands)) or \
        layout.split_rows(body, page.rules, table_x, settings)
    return [layout.row_cells(row_lines, bands, settings) for row_lines in grouped]


def _full_lines(body: list[Line], bands: list[Geometry]) -> list[list[Line]]:
    """An unruled table whose every line fills both its first and its last column (rows
    that never wrap, as in a text export): one row per line; [] otherwise."""
    def fills(line: Line, index: int) -> bool:
        return any(layout.band_of(w, bands) == index for w in line["words"])
    if all(fills(ln, 0) and fills(ln, len(bands) - 1) for ln in body):
        return [[ln] for ln in body]
    return []


# --------------------------------------------------------------------------------------
# "Mittarin arvo / tilanne"
# --------------------------------------------------------------------------------------
Measure = tuple[Geometry | None, Geometry, Geometry]
"""(measure name cell or None, period label, value) of one printed value."""


def measure_suffix(line: Line) -> str | None:
    """The name printed in brackets after the label: "Mittarin arvo / tilanne (NPS-indeksi)"."""
    match = re.search(r"\(([^()]+)\)\s*$", line["text"])
    return match.group(1).strip() if match else None


def measures(block: Block, settings: LayoutSettings) -> list[Measure]:
    lines = [ln for ln in block.lines[1:] if ln["page"] == block.page]
    for i, line in enumerate(lines):
        quarters = _axis_quarters(line)
        if quarters is not None:
            return _axis_values(lines[:i], _axis_marks(line, quarters), settings)
    return _inline_values(lines, settings)


def _axis_quarters(line: Line) -> list[str] | None:
    """A row of distinct quarter labels ("Q1 Q2 Q3 Q4", "Q1 2024 Q2 2024 …") and nothing else:
    the quarter of each label word (OCR'd rows: see binding_ocr.infer_quarters)."""
    words = [w for w in line["words"] if not _YEAR.match(w["text"])]
    if any(w["text"].endswith(":") for w in words):
        return None
    periods = [period_word(w) for w in words]
    if len(periods) >= 2 and all(periods) and len(set(periods)) == len(periods):
        return periods  # type: ignore[return-value]
    return binding_ocr.infer_quarters(words, periods)


def _axis_marks(axis: Line, quarters: list[str]) -> list[Geometry]:
    """Each quarter label of the axis, with the year printed after it when there is one."""
    marks: list[list[Geometry]] = []
    read = iter(quarters)
    for word in axis["words"]:
        if not _YEAR.match(word["text"]) or not marks:
            quarter = next(read)
            marks.append([period_label(word) if period_word(word) == quarter else {**word, "text": quarter}])
        else:
            marks[-1].append(word)
    return [{"text": " ".join(w["text"] for w in ws), **dict(zip(("x0", "top", "x1", "bottom"),
                                                                 layout.union_box(ws), strict=True))}
            for ws in marks]


def _axis_values(rows: list[Line], marks: list[Geometry], settings: LayoutSettings) -> list[Measure]:
    """Values centred over their quarter label; words left of the first column name the row."""
    centres = [(m["x0"] + m["x1"]) / 2 for m in marks]
    half = (centres[-1] - centres[0]) / (2 * (len(centres) - 1))
    out: list[Measure] = []
    for line in rows:
        columns: dict[int, list[Geometry]] = {}
        label: list[Geometry] = []
        for word in line["words"]:
            centre = (word["x0"] + word["x1"]) / 2
            nearest = min(range(len(marks)), key=lambda i: abs(centres[i] - centre))
            if centre < centres[0] - half:
                label.append(word)
            elif abs(centres[nearest] - centre) <= half:
                columns.setdefault(nearest, []).append(word)
        name = cell(label, settings)
        out += [(name, marks[i], found) for i, words in sorted(columns.items())
                if (found := cell(words, settings)) is not None]
    return out


def _inline_values(lines: list[Line], settings: LayoutSettings) -> list[Measure]:
    """Columns of "<name lines> / Q1: ● value / Q4: ● value" items."""
    labels = [(w, ln) for ln in lines for w in ln["words"] if period_word(w)]
    if not labels:
        return []
    edges = _column_edges([w["x0"] for w, _ in labels], settings)
    out: list[Measure] = []
    for left, right in edges:
        in_column = [(w, ln) for w, ln in labels if left <= w["x0"] < right]
        first_top = min(w["top"] for w, _ in in_column)
        name_words = [w for ln in lines for w in ln["words"]
                      if left <= w["x0"] < right and w["bottom"] <= first_top + 0.5]
        name = cell(name_words, settings)
        for word, line in in_column:
            value = [w for w in line["words"] if word["x1"] <= w["x0"] < right and not period_word(w)
                     and w["x0"] < _next_label_x0(line, word, right)]
            found = cell(_without_marker(value), settings)
            if found is not None:
                out.append((name, period_label(word), found))
    return out


def _without_marker(words: list[Geometry]) -> list[Geometry]:
    """The value's words without the light's dot in front of them, which OCR reads as a
    letter or sign ("Q4: O 59%", "Q1: @")."""
    first = words[0] if words else None
    if first is not None and first.get("conf") is not None and len(first["text"]) == 1 \
            and not first["text"].isdigit():
        return words[1:]
    return words


def _next_label_x0(line: Line, word: Geometry, right: float) -> float:
    later = [w["x0"] for w in line["words"] if w["x0"] > word["x0"] and period_word(w)]
    return min([right, *later])


def _column_edges(lefts: list[float], settings: LayoutSettings) -> list[tuple[float, float]]:
    starts: list[float] = []
    for x in sorted(lefts):
        if not starts or x - starts[-1] > 2 * settings.x_tolerance:
            starts.append(x)
    bounds = [s - settings.x_tolerance for s in starts] + [float("inf")]
    return list(pairwise(bounds))

