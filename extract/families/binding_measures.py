"""The values under "Mittarin arvo / tilanne": a table with a column per quarter (its
first column naming the measure when there are several), or lines "Q1 2024: 46 %"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from okr_warehouse.vocabulary import PLACEHOLDERS

from ..engine.grid import row_boundaries
from ..engine.keyvalue import part_text
from ..engine.lines import unit_lines
from ..engine.units import Unit
from .binding_sections import Section, is_year, measure_suffix, quarter_of

Measure = tuple[list[Unit] | None, str | None, tuple[str, list[Unit]], tuple[str, list[Unit]]]
"""(row name units, name in the label's brackets, (quarter, its units), (value, its units))."""
_INLINE = re.compile(r"^(Q[1-4])(?:\s*(?:19|20)\d\d)?\s*:\s*(.*)$", re.IGNORECASE)
_MARKS = "●•■▪◆◼"


def measures(section: Section, rules: Sequence[float] = ()) -> list[Measure]:
    lines = unit_lines(section.body)
    suffix = measure_suffix(section)
    for index, line in enumerate(lines):
        if sum(1 for u in line if quarter_of(u.text)) >= 2:
            return _table(line, lines[index + 1:], suffix, rules)
    return _inline(lines, suffix)


def _table(header: list[Unit], rows: list[list[Unit]], suffix: str | None, rules: Sequence[float]
           ) -> list[Measure]:
    """Values centred under their quarter label; units left of the first column name the row."""
    marks: list[tuple[str, list[Unit]]] = []
    for unit in header:
        quarter = quarter_of(unit.text)
        if quarter:
            marks.append((quarter, [unit]))
        elif marks and is_year(unit.text):
            marks[-1][1].append(unit)
    centres = [(min(u.x0 for u in us) + max(u.x1 for u in us)) / 2 for _, us in marks]
    half = (centres[-1] - centres[0]) / (2 * (len(centres) - 1))
    out: list[Measure] = []
    for row in _rows([u for line in rows for u in line], rules):
        names: list[Unit] = []
        columns: dict[int, list[Unit]] = {}
        for unit in row:
            nearest = min(range(len(marks)), key=lambda i: abs(centres[i] - unit.cx))
            if unit.cx < centres[0] - half:
                names.append(unit)
            elif abs(centres[nearest] - unit.cx) <= half:
                columns.setdefault(nearest, []).append(unit)
        for i, units in sorted(columns.items()):
            text = part_text(units).strip(_MARKS + " ")
            if _is_value(text):
                out.append((names or None, suffix, (marks[i][0], marks[i][1]), (text, units)))
    return out


def _rows(units: list[Unit], rules: Sequence[float]) -> list[list[Unit]]:
    """The table's rows by the engine's row cuts (a name wrapped over lines beside a value
    centred in its row is one row: variant s0's "Takaisinsoittojen" / "osuus ensilinjassa")."""
    if not units:
        return []
    cuts = row_boundaries(units, rules)
    rows: list[list[Unit]] = [[] for _ in range(len(cuts) + 1)]
    for unit in units:
        rows[sum(1 for c in cuts if unit.cy > c)].append(unit)
    return [r for r in rows if r]


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
