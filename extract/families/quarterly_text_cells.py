"""Words, labels and table cells of the quarterly deck's text exports (`quarterly_text`).

A text export prints a goal slide's tables as a stream: a key result's (or KPI's) text,
then its cells one after the other — on lines of their own (PowerPoint text: a cell's
paragraphs on separate lines, "69,5" / "%", "xx" / "YYY") or at the end of a text line
(OCR of a slide image reads a table row into the line of the text column beside it:
"… palvelutapahtumien maara 139,4 139,2"). This module classifies the words, finds the
period labels and section labels (fold-tolerant, OCR's mangled letters included), and
puts a row's cells into its table's period columns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from okr_warehouse.text import fold, squash
from okr_warehouse.vocabulary import (
    LIGHT_LABELS,
    PERIODS,
    PLACEHOLDERS,
    QUARTERLY_GOAL_TITLE,
    QUARTERLY_KPI_HEADINGS,
    QUARTERLY_KR_HEADINGS,
    QUARTERLY_PROGRESS_HEADINGS,
    QUARTERLY_SUMMARY_HEADINGS,
    QUARTERLY_THEME_LABELS,
)

from ..engine.unlabelled import LIST_GLYPHS
from ..page import Geometry

BULLETS = LIST_GLYPHS + "+«"  # OCR reads the deck's "•" also as "+" or "«"
DASHES = frozenset({"-", "–", "—", "_"})  # the template's empty-baseline mark; OCR reads it as "_" too
UNITS = frozenset({"%", "min", "kpl", "/kk", "€"})
PERIOD_ORDER = ("baseline", "Q1", "Q2", "Q3", "Q4", "year")
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
LONG_LABEL = 8  # a folded label this long tolerates one mangled letter, twice as long two
_PERIODS = {fold(label): period for label, period in PERIODS.items()}
_LIGHTS = tuple(fold(label) for label, _ in LIGHT_LABELS)
_NUMBER = re.compile(r"[-+−–]?\d+(?:[.,\u00a0]\d+)*(?:%|k|€)?")
_FRACTION = re.compile(r"\d+\s*/\s*\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LETTER = re.compile(r"[^\W\d_]")
_HEADINGS = {"kr": QUARTERLY_KR_HEADINGS, "summary": QUARTERLY_SUMMARY_HEADINGS, "kpi": QUARTERLY_KPI_HEADINGS}
_SECTIONS = {kind: tuple(fold(t) for t in labels) for kind, labels in _HEADINGS.items()}
_TITLE = {fold(t) for t in QUARTERLY_GOAL_TITLE}
THEME = tuple(fold(t) for t in QUARTERLY_THEME_LABELS)
PROGRESS = tuple(fold(t) for t in QUARTERLY_PROGRESS_HEADINGS)

Word = Geometry  # a positioned word: {"text", "x0", "top", "x1", "bottom", "page", "line"}


# --- words --------------------------------------------------------------------------------

def kind(token: str) -> str:
    """"placeholder" ("-", "xx", "YYY"), "value" (a number, a unit), "word" (two or
    more letters) or "noise" (OCR's stray symbols, a lone letter, a mangled number)."""
    text = token.strip()
    if text.lower() in PLACEHOLDERS or text in DASHES:
        return "placeholder"
    if _NUMBER.fullmatch(text) or _FRACTION.fullmatch(text) or text.lower() in UNITS:
        return "value"
    return "word" if len(_LETTER.findall(text)) >= 2 else "noise"


def letters(token: str) -> int:
    return len(_LETTER.findall(token))


def has_text(words: Sequence[Word]) -> bool:
    """A line of text, not only numbers and OCR debris: a word of three or more letters."""
    return any(letters(w["text"]) >= 3 for w in words)


def is_cell_line(words: Sequence[Word]) -> bool:
    line = squash(" ".join(w["text"] for w in words)).lower()
    return bool(words) and (line in PLACEHOLDERS or all(kind(w["text"]) in ("value", "placeholder")
                                                        for w in words))


def is_bullet(words: Sequence[Word]) -> bool:
    first = words[0]["text"] if words else ""
    return len(words) > 1 and bool(first) and all(ch in BULLETS for ch in first)


def is_legend(words: Sequence[Word]) -> bool:
    """Words of the light legend ("Työ edistyy" / "suunnitellusti", wrapped anywhere)."""
    folded = fold(" ".join(w["text"] for w in words))
    return len(folded) >= 4 and any(folded in label for label in _LIGHTS)


def similar(folded: str, label: str) -> bool:
    """Equal after fold(), or (long labels) within OCR's one or two mangled letters."""
    if folded == label:
        return True
    if len(label) < LONG_LABEL:
        return False
    return Levenshtein.distance(folded, label) <= (2 if len(label) >= 2 * LONG_LABEL - 4 else 1)


def find_label(words: Sequence[Word], labels: Sequence[str], anchored: bool = False) -> tuple[int, int] | None:
    """(first, end) of the first run of up to four words (at the line's start only, when
    `anchored`) that reads as one of the folded labels; a trailing colon is ignored."""
    for first in range(1 if anchored and words else len(words)):
        joined, best = "", None
        for end in range(first + 1, min(first + 5, len(words) + 1)):
            joined += fold(words[end - 1]["text"])
            if joined and any(similar(joined, label) for label in labels):
                best = (first, end)  # the longest reading: "Avaintulokset ja seuranta", not "Avaintulokset"
        if best is not None:
            return best
    return None


def title_at(words: Sequence[Word]) -> int | None:
    """Index of the first title word after "Tavoite:" when the line is a goal title."""
    for end in (1, 2):
        head = "".join(w["text"] for w in words[:end])
        if head.endswith(":") and fold(head) in _TITLE and len(words) > end:
            return end
    return None


def heading_kinds(words: Sequence[Word]) -> list[str]:
    """The section headings ("kr", "summary", "kpi") a line consists of — OCR's
    "Tiivistelma KPIl-mittarit" is both of the last — else []."""
    kinds: list[str] = []
    rest = [w for w in words if kind(w["text"]) != "noise"]
    while rest:
        match = next(((k, span) for k, labels in _SECTIONS.items()
                      if (span := find_label(rest, labels, anchored=True))), None)
        if match is None:
            return []
        kinds.append(match[0])
        rest = rest[match[1][1]:]
    return kinds


# --- period labels --------------------------------------------------------------------------

def period_labels(token: str) -> list[str]:
    """The periods one printed word names: "Q2", "Lähtötilanne" (also OCR's "Lahtdtilanne")
    — [] for any other word."""
    folded = fold(token)
    if folded in _PERIODS:
        return [_PERIODS[folded]]
    near = [period for label, period in _PERIODS.items() if len(label) >= LONG_LABEL and similar(folded, label)]
    return near[:1]


def trailing_periods(words: Sequence[Word]) -> tuple[list[Word], list[tuple[str, Word]]] | None:
    """A table header at the end of a line ("tukea Lähtötilanne Q1 Q2 Q3 Q4", OCR's
    "… asiakkaan f Lahtétilanne \\( Q2 \\( Q4 h"): the words before it and its labels
    (period, word) left to right. Stray symbols between the labels are skipped."""
    labels: list[tuple[str, Word]] = []
    end = len(words)
    while end > 0:
        word = words[end - 1]
        periods = period_labels(word["text"])
        if periods:
            labels = [(p, word) for p in periods] + labels
        elif kind(word["text"]) != "noise":
            break
        end -= 1
    if not labels:
        return None
    head = list(words[:end])
    while head and kind(head[-1]["text"]) == "noise":
        head.pop()
    return head, labels


# --- cells ------------------------------------------------------------------------------------

@dataclass
class Cell:
    """One table cell: its printed pieces (words of one line each), top to bottom."""

    pieces: list[list[Word]] = field(default_factory=list)

    @property
    def words(self) -> list[Word]:
        return [w for piece in self.pieces for w in piece]

    @property
    def text(self) -> str:
        """Words of one line joined by spaces, lines by line breaks (as printed)."""
        lines: list[list[str]] = []
        last = None
        for word in self.words:
            if word["line"] != last:
                lines.append([])
                last = word["line"]
            lines[-1].append(word["text"])
        return "\n".join(" ".join(line) for line in lines)

    @property
    def placeholder(self) -> bool:
        return all(kind(w["text"]) == "placeholder" for w in self.words)

    @property
    def dash(self) -> bool:
        return len(self.words) == 1 and self.words[0]["text"].strip() in DASHES


def group(pieces: Sequence[list[Word]]) -> list[Cell]:
    """Pieces into cells: a lone unit ("%") belongs to the number before it."""
    cells: list[Cell] = []
    for piece in pieces:
        if cells and " ".join(w["text"] for w in piece).lower() in UNITS:
            cells[-1].pieces.append(piece)
        else:
            cells.append(Cell([piece]))
    return cells


def assign(cells: list[Cell], periods: Sequence[str]) -> tuple[list[tuple[str, Cell]], list[Cell]]:
    """The row's cells in the table's columns (periods in column order), and the cells
    left over: in order, except that a dash for an empty baseline belongs to the baseline
    column wherever OCR read it (seed 000)."""
    cells = list(cells)
    dash = next((i for i, c in enumerate(cells) if c.dash), None)
    if periods and periods[0] == "baseline" and dash:
        cells.insert(0, cells.pop(dash))
    return list(zip(periods, cells, strict=False)), cells[len(periods):]


def ordered(periods: Sequence[str]) -> list[str]:
    """Periods in the template's column order."""
    unique = set(periods)
    return [p for p in PERIOD_ORDER if p in unique]
