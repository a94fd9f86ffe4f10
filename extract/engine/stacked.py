"""A period table whose cells follow each other in reading order under its header: a row's
label on lines of its own, then its cells, a line each (every text frame and table cell of a
presentation on lines of its own, as PowerPoint exports its text: seed 002).  Nothing prints
under the period columns, so the grid reader finds no values; this reader puts each row's
cells into the header's columns in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import PLACEHOLDERS

from ..settings import LayoutSettings
from .grid import Band, Grid, GridCell, GridRow
from .header import Column, Header
from .labels import LabelHit
from .lines import cluster_lines
from .periods import PERIODS, period_key
from .units import Unit

_BULLET = re.compile(r"^[•◦▪▫■□●○‣⁃∙·*»►✓–-]$")
_DASHES = frozenset({"-", "–", "—"})
_NUMBER = re.compile(r"[-+−]?\d+(?:[.,/]\d+)*\s?(?:%|[^\W\d_])?")  # "69,5", "0/4", "52k", "78,5%"
_YEAR = re.compile(r"(?:19|20)\d\d")
Piece = list[Unit]


def read_stacked(units: Sequence[Unit], header: Header, settings: LayoutSettings, stop: float | None = None,
                 value_words: Sequence[str] = ()) -> Grid | None:
    """The rows under `header` (down to `stop`) read in order; None unless the lines of values
    start at the labels' margin (a table printing its cells in columns is the grid's)."""
    below = [u for u in units if u.top >= header.bottom - 0.3 * u.height
             and (stop is None or u.bottom <= stop + 0.3 * u.height)]
    lines = cluster_lines(below, settings)
    words = {fold(w) for w in value_words}
    margin = min((line[0].x0 for line in lines), default=0.0)
    valued = [line for line in lines if all(_is_cell(u.text, words) for u in line)]
    if not valued or any(line[0].x0 - margin > settings.stacked_margin_lines * line[0].height for line in valued):
        return None
    header, lines = _with_stray_labels(header, lines, settings)
    rows: list[tuple[list[Piece], list[Piece]]] = []  # (label lines, cell pieces)
    for line in lines:
        label, pieces = _split_cells(line, words)
        if label and (not rows or rows[-1][1] or _BULLET.match(label[0].text)):
            rows.append(([], []))
        if rows:
            rows[-1][0].extend([label] if label else [])
            rows[-1][1].extend(pieces)
    cells = [(label, _cells(pieces, words)) for label, pieces in rows]
    # Rows with more cells than a header of quarters has columns: the first cells are the
    # baseline's, a column the export left unlabelled (a KPI table headed "Q2 Q4", seed 002).
    keys = [c.key for c in header.columns[1:]]
    cells = _labels_after_cells(cells, len(keys))
    most = max((len(c) for _label, c in cells), default=0)
    if most > len(keys) and PERIODS[0] not in keys and set(keys) <= set(PERIODS):
        first = header.columns[1]
        header = replace(header, columns=(header.columns[0], Column(PERIODS[0], first.x0, first.x0, None),
                                          *header.columns[1:]))
    bands = tuple(Band(c.key, c.x0, c.x1) for c in header.columns)
    out = [_row(label, row, [c.key for c in header.columns[1:]]) for label, row in cells]
    return Grid(header, bands, tuple(out), max(u.bottom for u in below))


def _labels_after_cells(rows: list[tuple[list[Piece], list[list[Piece]]]], width: int
                        ) -> list[tuple[list[Piece], list[list[Piece]]]]:
    """A row holding two rows' cells before a row printed with none: the second row's label
    came after its cells (pdftotext reads a text column after the cells' column, text
    variant s17), so the second set is that row's."""
    out = list(rows)
    for index in range(len(out) - 1):
        label, row = out[index]
        if len(row) >= 2 * width and not out[index + 1][1]:
            out[index], out[index + 1] = (label, row[:len(row) - width]), (out[index + 1][0], row[len(row) - width:])
    return out


def _with_stray_labels(header: Header, lines: list[Piece], settings: LayoutSettings
                       ) -> tuple[Header, list[Piece]]:
    """A period label alone on a line under the table that its header lacks is the header's
    (a column label's frame exported out of reading order, seed 002); the columns then
    follow the periods' order (the export may print "Q4Q3")."""
    columns, rest = list(header.columns[1:]), []
    for line in lines:
        key = period_key(fold(" ".join(u.text for u in line)), settings)
        if key is not None and key[0] in PERIODS and key[0] not in {c.key for c in columns}:
            columns.append(Column(key[0], line[0].x0, line[-1].x1, LabelHit(key[0], tuple(line), key[1])))
        else:
            rest.append(line)
    if all(c.key in PERIODS for c in columns):
        columns.sort(key=lambda c: PERIODS.index(c.key))
    return replace(header, columns=(header.columns[0], *columns)), rest


def _is_cell(text: str, words: set[str]) -> bool:
    """A value, a unit beside one, a placeholder or a value word: "52k", "%", "xx", "-", "TP"."""
    return text.lower() in PLACEHOLDERS or bool(_NUMBER.fullmatch(text)) or len(fold(text)) <= 1 or \
        fold(text) in words


def _split_cells(line: Piece, words: set[str]) -> tuple[Piece, list[Piece]]:
    """A line's label words and cells: a line of values is a cell; a line of text may end with
    a cell's first word, its frame printed beside the label's last line ("… kontaktilla -",
    "määrä 52k", "HTV2 TP")."""
    if all(_is_cell(u.text, words) for u in line):
        return [], [line]
    last = line[-1].text
    if len(line) > 1 and (last in _DASHES or fold(last) in words or
                          (_NUMBER.fullmatch(last) and not _is_cell(line[-2].text, words))):
        return line[:-1], [[line[-1]]]
    return line, []


def _cells(pieces: list[Piece], words: set[str]) -> list[list[Piece]]:
    """Pieces into cells: a unit under its number ("69,5" / "%"), a year under its value word
    ("TP" / "2024") and a second placeholder paragraph ("xx" / "YYY") continue the cell."""
    cells: list[list[Piece]] = []
    for piece in pieces:
        text, prev = _text([piece]), _text(cells[-1]) if cells else ""
        single = bool(cells) and len(cells[-1]) == 1
        unit = not re.search(r"\d", text) and len(fold(text)) <= 1 and text not in _DASHES
        if (unit and re.search(r"\d", prev)) or (single and _placeholder(prev) and _placeholder(text)) or \
                (single and fold(prev) in words and _YEAR.fullmatch(text)):
            cells[-1].append(piece)
        else:
            cells.append([piece])
    return cells


def _text(lines: list[Piece]) -> str:
    return "\n".join(" ".join(u.text for u in line) for line in lines)


def _placeholder(text: str) -> bool:
    return text.lower() in PLACEHOLDERS and text not in _DASHES


def _row(label: list[Piece], cells: list[list[Piece]], keys: list[str]) -> GridRow:
    """More cells than columns: values before the first placeholder are lines of the first
    column's cell ("78,5%" over "56,3%", seed 002's baseline); placeholders past the last
    column are an unlabelled column's (dropped); what still remains joins the first cell."""
    surplus = len(cells) - len(keys)
    leading = next((i for i, c in enumerate(cells) if all(_placeholder(_text([p])) for p in c)), len(cells))
    merged = max(0, min(surplus, leading - 1))
    while surplus - merged > 0 and all(_placeholder(_text([p])) for p in cells[-1]):
        cells, surplus = cells[:-1], surplus - 1
    merged = max(merged, surplus)
    cells = [[p for c in cells[:merged + 1] for p in c], *cells[merged + 1:]] if merged > 0 else cells
    found = {"label": GridCell("label", tuple(u for ln in label for u in ln), _text(label))} if label else {}
    found |= {key: GridCell(key, tuple(u for p in c for u in p), _text(c)) for key, c in zip(keys, cells, strict=False)}
    units = [u for line in (*label, *(p for c in cells for p in c)) for u in line]
    return GridRow(found, min(u.top for u in units), max(u.bottom for u in units))
