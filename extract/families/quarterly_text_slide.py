"""One goal slide of a quarterly deck's text export, read line by line (`quarterly_text`).

After the title and theme come the key-results section (its heading, the light legend,
the Lähtötilanne/Q1–Q4 header, bullets each followed by its cells), the Tiivistelmä text
and the KPI-mittarit table (a header, each KPI's name followed by its cells). A stray
"Lähtötilanne" printed away from its header still labels the table it sits in. Where
OCR read the KPI table's column into the summary's lines (its header at the end of a
summary line: "… mahdollisimman Lahtdtilanne Q2 Q4"), each line's start is summary text
and its end holds a KPI name the deck knows, cells, or the debris of an unreadable name.
The rows become raw records with the cells put into their period columns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from okr_warehouse.text import fold, join_lines
from okr_warehouse.vocabulary import (
    PERIODS,
    QUARTERLY_KPI_NAMES,
    QUARTERLY_LABEL_COLUMNS,
)

from ..records import Printed, RawGoal, RawKeyResult, RawKpiValue, RawValue
from . import quarterly_text_cells as tc
from .base import Findings, printed
from .quarterly_text_cells import Cell, Word

INFERRED_SCORE = 0.5  # parse score of a period read from the template's column order
_LABEL_COLUMNS = {fold(t) for t in QUARTERLY_LABEL_COLUMNS}
_TEMPLATE_LABELS = {period: label for label, period in reversed(PERIODS.items())}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")

Line = list[Word]


@dataclass
class Deck:
    """What the parse learns across slides, and the records it has made."""

    extractor: str
    found: Findings = field(default_factory=Findings)
    goals: dict[str, RawGoal] = field(default_factory=dict)
    kpi_names: list[str] = field(default_factory=lambda: [fold(n) for n in QUARTERLY_KPI_NAMES])
    latest: tuple[int, Printed] | None = None  # the latest period holding a key-result value
    years: dict[str, Printed] = field(default_factory=dict)  # "header" → the year over the quarters


@dataclass
class Row:
    """A key result or KPI: its label words (by line) and its cell pieces in print order."""

    label: list[Line] = field(default_factory=list)
    pieces: list[Line] = field(default_factory=list)
    bullet: bool = False


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)
    labels: list[tuple[str, Word]] = field(default_factory=list)  # (period, printed label word)
    orphans: list[Line] = field(default_factory=list)  # cells printed before any row


@dataclass
class Slide:
    goal: str
    kr: Table = field(default_factory=Table)
    kpi: Table = field(default_factory=Table)
    summary: list[Line] = field(default_factory=list)
    state: str = "kr"  # the section being read: "kr" | "summary" | "kpi"
    interleaved: bool = False  # OCR: the KPI table's column read into the summary's lines
    after_header: bool = False  # the previous line was (part of) a table header


def text(words: Sequence[Word]) -> str:
    return " ".join(w["text"] for w in words)


def printed_lines(lines: Sequence[Line], deck: Deck, body: str | None = None, score: float = 1.0) -> Printed:
    """Lines of words as one Printed: their text (lines by line breaks) and their union box."""
    words = [w for line in lines for w in line]
    body = body if body is not None else "\n".join(text(line) for line in lines if line)
    return printed(words, words[0]["page"], deck.extractor, body, score)


# --- reading lines ------------------------------------------------------------------------------

def read_line(words: Line, slide: Slide, deck: Deck) -> None:
    kinds = tc.heading_kinds(words)
    if kinds:
        slide.state = kinds[-1]
        return
    header = tc.trailing_periods(words)
    if header is not None:
        _header(header, slide)
        slide.after_header = True
        return
    if fold(text(words)) in _LABEL_COLUMNS:
        return  # the label column's header ("Avaintulos", "Mittari") beside the period labels
    if slide.after_header and len(words) == 1 and YEAR.fullmatch(words[0]["text"]):
        deck.years.setdefault("header", printed_lines([words], deck))  # "2026" over the quarters
        return
    slide.after_header = False
    if slide.state == "kr":
        _kr_line(words, slide.kr)
    elif slide.state == "summary":
        if tc.has_text(words):
            slide.summary.append(words)
    elif slide.interleaved:
        _interleaved_line(words, slide, deck)
    else:
        _kpi_line(words, slide.kpi)


def _header(header: tuple[Line, list[tuple[str, Word]]], slide: Slide) -> None:
    """The key-results header before its rows; a lone stray "Lähtötilanne" in the table it
    sits in; else the KPI table's header — which OCR may have read onto a summary line
    (the line's start is then summary text, and the KPI table is interleaved)."""
    head, labels = header
    quarters = any(p in tc.QUARTERS for p, _ in labels)
    if slide.state == "kr" and (not quarters or not any(r.bullet for r in slide.kr.rows)):
        slide.kr.labels += labels
    elif not quarters:
        (slide.kpi if slide.state == "kpi" else slide.kr).labels += labels
    else:
        slide.kpi.labels += labels
        slide.interleaved = slide.interleaved or (tc.has_text(head) and not tc.is_legend(head))
        slide.state = "kpi"
    if slide.interleaved and tc.has_text(head):
        slide.summary.append(head)


def _kr_line(words: Line, table: Table) -> None:
    """A bullet starts a key result (without bullets: a text line after cells does); its
    wrapped lines follow; cells come on lines of their own or at a line's end."""
    if tc.is_cell_line(words):
        _add_pieces(table, [words])
        return
    rows = table.rows
    continuing = bool(rows) and rows[-1].bullet  # "… viedään läpi" / "suunnitellusti" is no legend
    if not tc.has_text(words) or (tc.is_legend(words) and not continuing):
        return
    bullet = tc.is_bullet(words)
    label, cells = _split_tail(words[1:] if bullet else words)
    if bullet or not rows or (not rows[-1].bullet and rows[-1].pieces):
        rows.append(Row(bullet=bullet))
    rows[-1].label.append(label)
    rows[-1].pieces += cells


def _add_pieces(table: Table, pieces: list[Line]) -> None:
    if table.rows:
        table.rows[-1].pieces += pieces
    else:
        table.orphans += pieces


def _split_tail(words: Line) -> tuple[Line, list[Line]]:
    """A label line's words, and the cells printed at its end, one piece per word: values
    and placeholders ("kontaktilla -", OCR's "maara 139,4 139,2"); a mangled number (OCR's
    "6;’)5") is dropped. A unit alone is the text's own."""
    end = len(words)
    while end > 0:
        token = words[end - 1]["text"]
        kind = tc.kind(token)
        if kind not in ("value", "placeholder") and not (kind == "noise" and any(c.isdigit() for c in token)):
            break
        end -= 1
    tail = [[w] for w in words[end:] if tc.kind(w["text"]) in ("value", "placeholder")]
    units = all(p[0]["text"].lower() in tc.UNITS for p in tail)
    if tail and units:
        return list(words), []  # "… 5-10 %"
    return list(words[:end]), tail


def _kpi_line(words: Line, table: Table) -> None:
    """A KPI's name over one or more lines, then its cells."""
    if tc.is_cell_line(words):
        _add_pieces(table, [words])
        return
    if not tc.has_text(words):
        return
    name, cells = _split_tail(words)
    if not table.rows or table.rows[-1].pieces:
        table.rows.append(Row())
    table.rows[-1].label.append(name)
    table.rows[-1].pieces += cells


def _interleaved_line(words: Line, slide: Slide, deck: Deck) -> None:
    """OCR: summary text, then the KPI column's text at the line's end."""
    end = len(words)
    items: list[tuple[str, Line]] = []
    while end > 0:
        size = _known_name(words[:end], deck)
        if size:
            items.insert(0, ("name", words[end - size:end]))
            end -= size
            break
        token = words[end - 1]["text"]
        kind = tc.kind(token)
        if kind == "word":
            break
        if kind != "noise" or tc.letters(token):  # "@" is only a stray mark; "i", ")L" a name's debris
            items.insert(0, (kind, [words[end - 1]]))
        end -= 1
    if tc.has_text(words[:end]):
        slide.summary.append(words[:end])
    rows = slide.kpi.rows
    for kind, piece in items:
        if kind == "name":
            rows.append(Row(label=[piece]))
        elif kind == "noise":
            if not rows or rows[-1].pieces or rows[-1].label:
                rows.append(Row())  # an unreadable name: its cells belong to no KPI we can name
        else:
            _add_pieces(slide.kpi, [piece])


def _known_name(words: Line, deck: Deck) -> int:
    """How many words at the end of `words` read as a KPI name the deck knows (0: none)."""
    for size in (4, 3, 2, 1):
        if len(words) >= size and all(tc.kind(w["text"]) == "word" for w in words[-size:]):
            folded = fold(text(words[-size:]))
            if any(tc.similar(folded, name) for name in deck.kpi_names):
                return size
    return 0


# --- records ------------------------------------------------------------------------------------

def emit(slide: Slide, deck: Deck) -> None:
    """The slide's key results, values and KPI values; issues for cells left unplaced."""
    _emit_krs(slide, deck)
    _emit_kpis(slide, deck)


def _periods(table: Table, deck: Deck) -> tuple[list[str], dict[str, Printed], float]:
    """The table's columns, each period's label, and the parse score of the reading: a
    header without its quarter labels (OCR) is read in the template's column order, with
    the baseline only where "Lähtötilanne" is printed."""
    labels: dict[str, Printed] = {}
    for period, word in table.labels:
        labels.setdefault(period, printed(word, word["page"], deck.extractor, word["text"]))
    periods = tc.ordered(list(labels))
    score = 1.0
    if len([p for p in periods if p in tc.QUARTERS]) < 2 and table.rows:
        periods, score = tc.ordered([*periods, *tc.QUARTERS]), INFERRED_SCORE
    for period in tc.PERIOD_ORDER:  # a column the template has but the text does not label
        labels.setdefault(period, Printed(_TEMPLATE_LABELS.get(period, period), 0, None, deck.extractor,
                                          INFERRED_SCORE))
    return periods, labels, score


def _emit_krs(slide: Slide, deck: Deck) -> None:
    table, found = slide.kr, deck.found
    rows = [r for r in table.rows if r.bullet] or table.rows  # with bullets, other lines were no rows
    kept = {id(r) for r in rows}
    leftovers = table.orphans + [p for r in table.rows if id(r) not in kept for p in r.pieces]
    periods, labels, score = _periods(table, deck)
    if score < 1.0 and any(r.pieces for r in rows):
        found.issues.append(f"page {_page(rows)}: key-results header without its quarter labels; values "
                            "read in the template's column order")
    for row in rows:
        label = _label(row, deck)
        if label is None:
            continue
        ref = f"kr{len(found.key_results) + 1}"
        found.key_results.append(RawKeyResult(ref, slide.goal, label))
        placed, extra = tc.assign(tc.group(row.pieces), periods)
        for period, cell in placed:
            if not cell.placeholder:
                column = _period(labels[period], cell)
                found.values.append(RawValue(ref, column, _cell(cell, deck, score)))
                _later(deck, period, column)
        leftovers += [p for c in extra for p in c.pieces]
    _unplaced(leftovers, "key-result", deck)


def _emit_kpis(slide: Slide, deck: Deck) -> None:
    periods, labels, score = _periods(slide.kpi, deck)
    leftovers = list(slide.kpi.orphans)
    for row in slide.kpi.rows:
        name = _label(row, deck)
        cells = tc.group(row.pieces)
        if name is None:
            leftovers += [p for c in cells for p in c.pieces]
            continue
        placed, extra = tc.assign(cells, periods)
        for period, cell in placed:
            if not cell.placeholder:
                deck.found.kpi_values.append(RawKpiValue(slide.goal, name, _period(labels[period], cell),
                                                         _cell(cell, deck, score)))
        leftovers += [p for c in extra for p in c.pieces]
    _unplaced(leftovers, "KPI", deck)


def _page(rows: list[Row]) -> int:
    return next((w["page"] for r in rows for line in (*r.label, *r.pieces) for w in line), 1)


def _label(row: Row, deck: Deck) -> Printed | None:
    lines = [line for line in row.label if line]
    if not lines or not join_lines(text(line) for line in lines):
        return None
    return printed_lines(lines, deck)


def _cell(cell: Cell, deck: Deck, score: float) -> Printed:
    return printed(cell.words, cell.words[0]["page"], deck.extractor, cell.text, score)


def _period(label: Printed, cell: Cell) -> Printed:
    """The column's label; an unprinted one (page 0) is placed on the cell's page."""
    return label if label.page else replace(label, page=cell.words[0]["page"])


def _later(deck: Deck, period: str, label: Printed) -> None:
    order = tc.PERIOD_ORDER.index(period)
    if deck.latest is None or deck.latest[0] < order:
        deck.latest = (order, label)


def _unplaced(pieces: list[Line], what: str, deck: Deck) -> None:
    values = [p for p in pieces if any(tc.kind(w["text"]) == "value" for w in p)]
    if values:
        shown = ", ".join(repr(text(p)) for p in values)
        deck.found.issues.append(f"page {values[0][0]['page']}: {what} cell(s) {shown} not placed in a row "
                                 "and column")

