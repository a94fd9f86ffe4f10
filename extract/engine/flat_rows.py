"""Tables whose rows lost their cell gaps: a plain-text export prints a row's cells one after
another on one line, its wrapped cells over the next lines and a short cell (a score) on a
line of its own, with nothing between two cells (seed 003, a Power BI table as text).

No position says where a cell ends, so the reader takes the evidence any such table offers,
in the header's column order and the most certain first:
- the header is a run of lines printing nothing but column labels ("Luottavaisuus-" / "arvio");
- a column the family binds to a vocabulary starts the row and ends where its value does;
- a numeric column at the row's end is its last word when that is a number in its range;
- the text columns between repeat over a group's rows: a text the document prints outside
  the table (the page title) or as another row's cell is one cell where it follows; the
  first of them is a short label running up to the next capital; neighbouring rows of one
  group share their middle cells' words, the last cell is the row's own; otherwise a middle
  cell ends at a line or a sentence that the next cell starts with a capital or a digit.
The text between a row's closing number and the next header is the page's (its title).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from okr_warehouse.text import HYPHENS, fold, squash

from ..settings import LayoutSettings
from .grid import Grid, GridCell, GridRow
from .header import Column, Header
from .lines import cluster_lines
from .units import Unit


@dataclass(frozen=True)
class CellEvidence:
    """What a family knows its table's cells print, for rows that lost their gaps. Rows
    start with the first vocabulary column's values; numbers are taken off a row's end."""

    vocabularies: Mapping[str, Sequence[str]]  # column key → the values it prints, nothing else
    numbers: Mapping[str, tuple[float, float]]  # column key → range of the bare number it prints


# Our certainty in a cell cut by each rule (provenance parse_score).
CERTAINTY = {"printed": 0.95, "known": 0.95, "capital": 0.8, "repeated": 0.9, "lines": 0.75, "sentence": 0.6}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_OPENERS = "(\"'«“"


@dataclass(frozen=True)
class _Word:
    unit: Unit
    page: int
    line: int  # running line number in the document
    opens_line: bool


Line = list[_Word]


@dataclass
class _Row:
    parts: list[Line]  # its lines' words, a new part after each header it runs on under
    table: int  # the header it starts under
    cells: dict[str, list[_Word]] = field(default_factory=dict)
    body: list[_Word] = field(default_factory=list)  # the words of its free text columns
    ends: list[int] = field(default_factory=list)  # where each free column but the last ends
    rules: list[str] = field(default_factory=list)


def flat_tables(pages: Sequence[Sequence[Unit]], columns: Mapping[str, Sequence[str]], required: frozenset[str],
                min_labels: int, evidence: CellEvidence, settings: LayoutSettings) -> list[list[Grid]]:
    """The grids of every page (one per header) read from rows without cell gaps."""
    reader = _Reader(columns, required, min_labels, evidence, settings)
    printed = [(p, line) for p, units in enumerate(pages) for line in cluster_lines(units, settings)]
    lines = [[_Word(u, p, n, i == 0) for i, u in enumerate(line)] for n, (p, line) in enumerate(printed)]
    headers = reader.headers(lines)
    out: list[list[Grid]] = [[] for _ in pages]
    if not headers:
        return out
    known, stream, above = reader.stream(lines, headers)
    rows = reader.rows(stream)
    keys = headers[0][2]
    reader.split(rows, [k for k in keys if k not in evidence.vocabularies and k not in evidence.numbers], known)
    for number, (start, end, order) in enumerate(headers):
        units = [w.unit for line in lines[start:end] for w in line]
        top, bottom = min(u.top for u in units), max(u.bottom for u in units)
        x0, x1 = min(u.x0 for u in units), max(u.x1 for u in units)
        header = Header(tuple(Column(k, x0, x1, None) for k in order), top, bottom)
        grid_rows = tuple(_grid_row(row) for row in rows if row.table == number and row.cells)
        reach = max((r.bottom for r in grid_rows), default=bottom)
        out[lines[start][0].page].append(Grid(header, (), grid_rows, reach, tuple(w.unit for w in above[number])))
    return out


def _grid_row(row: _Row) -> GridRow:
    score = min((CERTAINTY[rule] for rule in row.rules), default=1.0)
    page = row.parts[0][0].page
    cells = {}
    for key, words in row.cells.items():
        lines: dict[int, list[str]] = {}
        for word in words:
            lines.setdefault(word.line, []).append(word.unit.text)
        units = tuple(w.unit for w in words if w.page == page) or tuple(w.unit for w in words)
        cells[key] = GridCell(key, units, "\n".join(squash(" ".join(ln)) for ln in lines.values()), score)
    spans = [(u.top, u.bottom) for cell in cells.values() for u in cell.units]
    return GridRow(cells, min(t for t, _ in spans), max(b for _, b in spans))


class _Reader:
    def __init__(self, columns: Mapping[str, Sequence[str]], required: frozenset[str], min_labels: int,
                 evidence: CellEvidence, settings: LayoutSettings) -> None:
        self.labels = {fold(alt): key for key, alts in columns.items() for alt in alts}
        self.required, self.min_labels, self.evidence, self.settings = required, min_labels, evidence, settings
        self.values = {key: sorted({fold(v) for v in values}, key=len, reverse=True)
                       for key, values in evidence.vocabularies.items()}
        self.reach = 1 + max((len(v.split()) for vs in evidence.vocabularies.values() for v in vs), default=0)

    # --- headers and the page's own lines around them ------------------------------------------

    def headers(self, lines: list[Line]) -> list[tuple[int, int, list[str]]]:
        """(first line, line after it, column keys in order) of every header: a run of lines
        printing nothing but column labels, with the keys the family requires."""
        out: list[tuple[int, int, list[str]]] = []
        index = 0
        while index < len(lines):
            end, pending = index, ""
            keys: list[str] = []
            while end < len(lines) and (found := self._label_line(lines[end], pending)) is not None:
                pending, keys = found[0], keys + [k for k in found[1] if k not in keys]
                end += 1
            if end > index and len(keys) >= self.min_labels and self.required <= set(keys):
                out.append((index, end, keys))
                index = end
            else:
                index += 1
        return out

    def _label_line(self, line: Line, pending: str) -> tuple[str, list[str]] | None:
        """The label left open at the line's end and the keys it names; None when the line
        prints any word that is no part of a label."""
        keys = []
        for word in line:
            folded = fold(word.unit.text)
            if not folded:
                continue
            if self._label_prefix(pending + folded):
                pending += folded
            elif self._label_prefix(folded):
                pending = folded
            else:
                return None
            if pending in self.labels:
                keys.append(self.labels[pending])
        return pending, keys

    def _label_prefix(self, folded: str) -> bool:
        return any(label.startswith(folded) for label in self.labels)

    def stream(self, lines: list[Line], headers: list[tuple[int, int, list[str]]]
               ) -> tuple[set[str], list[tuple[Line, int, bool]], list[Line]]:
        """Texts printed outside the table (the titles over its headers), its body lines as
        (line, header number, first line under the header), and the title over each header."""
        known: set[str] = set()
        stream: list[tuple[Line, int, bool]] = []
        above: list[Line] = []
        start = 0
        for number, (first, end, _) in enumerate(headers):
            before = lines[start:first]
            count = self._outside(before, known, number == 0, lines[first][0].page)
            title = before[len(before) - min(count, self.settings.flat_title_max_lines):]
            above.append([w for line in title for w in line])
            if title:
                known.add(fold(" ".join(w.unit.text for w in above[-1])))
            stream += [(line, number - 1, i == 0) for i, line in enumerate(before[:len(before) - count])]
            start = end
        return known, stream + [(line, len(headers) - 1, i == 0) for i, line in enumerate(lines[start:])], above

    def _outside(self, before: list[Line], known: set[str], first: bool, page: int) -> int:
        """How many of the lines just above a header are the page's, not the table above's."""
        limit = min(self.settings.flat_title_max_lines, len(before))
        if first:
            return len(before)
        for count in range(1, limit + 1):
            if fold(" ".join(w.unit.text for line in before[-count:] for w in line)) in known:
                return count
        on_page = sum(1 for line in before if line[0].page == page)
        if 0 < on_page < len(before) and on_page <= limit and not any(self._starts(ln) for ln in before[-on_page:]):
            return on_page
        for count in range(1, limit + 1):  # the lines after the last row's closing number
            if self._starts(before[-count]) or self._number_only(before[-count]):
                return 0
            if count == len(before) or self._number(before[-count - 1][-1]):
                return count
        return 0

    # --- rows ----------------------------------------------------------------------------------

    def _starts(self, words: Sequence[_Word]) -> int:
        """How many leading words spell a value of the first bound column (0: none)."""
        first = next(iter(self.values), None)
        return self._value_at(words, first) if first is not None else 0

    def _value_at(self, words: Sequence[_Word], key: str) -> int:
        values = self.values[key]
        if not words or not words[0].unit.text[0].isalpha():
            return 0
        folded = ""
        for count, word in enumerate(words, start=1):
            folded += fold(word.unit.text)
            if any(self._same(folded, value) for value in values):
                return count
            if len(folded) > len(values[0]) + self.settings.flat_value_typos:
                return 0
        return 0

    def _same(self, folded: str, value: str) -> bool:
        if folded == value:
            return True
        if len(value) < self.settings.flat_typo_min_length or folded[:1] != value[:1]:
            return False
        typos = self.settings.flat_value_typos
        return Levenshtein.distance(folded, value, score_cutoff=typos) <= typos

    def _number(self, word: _Word, key: str | None = None) -> bool:
        text = word.unit.text
        if not _NUMBER.fullmatch(text):
            return False
        ranges = [self.evidence.numbers[key]] if key else list(self.evidence.numbers.values())
        return any(lo <= float(text.replace(",", ".")) <= hi for lo, hi in ranges)

    def _number_only(self, line: Line) -> bool:
        return len(line) == 1 and self._number(line[0])

    def rows(self, stream: list[tuple[Line, int, bool]]) -> list[_Row]:
        """Cut the body into rows where a line starts with the first column's value (unless the
        row so far is that value alone: "Pelastustoimi" twice); the first line under a header
        goes on with the row the page break cut; a line after a number-only line that starts
        no row is not the table's, nor is anything up to the next row."""
        rows: list[_Row] = []
        skipping = False
        for index, (line, table, under_header) in enumerate(stream):
            ahead = [w for entry in stream[index:index + self.reach] for w in entry[0]][:self.reach * 3]
            current = rows[-1] if rows else None
            if self._starts(ahead) and not (current and self._value_only(current)):
                rows.append(_Row([list(line)], table))
                skipping = False
            elif current is None or skipping or (not under_header and self._number_only(stream[index - 1][0])):
                skipping = True
            elif under_header:
                current.parts.append(list(line))
            else:
                current.parts[-1] += line
        return rows

    def _value_only(self, row: _Row) -> bool:
        return len(row.parts) == 1 and len(row.parts[0]) <= self._starts(row.parts[0])

    # --- cells ---------------------------------------------------------------------------------

    def split(self, rows: list[_Row], free: list[str], known: set[str]) -> None:
        """Each row's cells: bound values first, numbers off its end, the free text columns
        between cut by what the document repeats."""
        for row in rows:
            self._bound_ends(row)
        if not free:
            return
        label_first = len(free) >= 3
        if label_first:
            for row in (r for r in rows if r.body):
                self._by_printed(row, known)
            labels = {_folded(r.body[:r.ends[0]]) for r in rows if r.ends}
            for row in (r for r in rows if r.body and not r.ends):
                self._first_label(row, labels)
        for column in range(int(label_first), len(free) - 1):
            self._repeated(rows, column)
            cells = {_folded(r.body[r.ends[column - 1] if column else 0:r.ends[column]])
                     for r in rows if len(r.ends) > column}
            for row in (r for r in rows if r.body and len(r.ends) == column):
                self._middle(row, cells, column)
        for row in rows:
            self._cells(row, free)

    def _bound_ends(self, row: _Row) -> None:
        """Leading vocabulary cells and trailing number cells; the rest is the row's body. The
        number ends the row, or the part a page break cut from the rest."""
        parts = [list(part) for part in row.parts]
        for key in self.values:
            count = self._value_at(parts[0], key)
            if not count:
                break
            row.cells[key], parts[0] = parts[0][:count], parts[0][count:]
        for key in self.evidence.numbers:
            for part in reversed(parts):
                if part and self._number(part[-1], key):
                    row.cells[key] = [part.pop()]
                    break
        row.body = [w for part in parts for w in part]

    def _by_printed(self, row: _Row, known: set[str]) -> None:
        """A text printed outside the table (its title) following the first words: those words
        are the first cell, the text the second."""
        body = row.body
        for start in range(1, min(self.settings.flat_label_max_words, len(body) - 1) + 1):
            for text in known:
                length = _prefix_length(body[start:], text)
                if length and start + length < len(body) and _opens(body[start]) and _opens(body[start + length]):
                    row.ends = [start, start + length]
                    row.rules.append("printed")
                    return

    def _first_label(self, row: _Row, labels: set[str]) -> None:
        """A label seen in another row, or the words up to the next capital (an abbreviation
        such as "PTH" opens a name rather than ending it)."""
        body = row.body
        longest = min(self.settings.flat_label_max_words, len(body) - 2)
        for count in range(longest, 0, -1):
            if _folded(body[:count]) in labels and _opens(body[count]):
                row.ends, row.rules = [count], [*row.rules, "known"]
                return
        for count in range(1, longest + 1):
            if _opens(body[count]) and not all(_acronym(w) for w in body[:count]) and not _hyphenated(body[count - 1]):
                row.ends, row.rules = [count], [*row.rules, "capital"]
                return

    def _repeated(self, rows: list[_Row], column: int) -> None:
        """Neighbours with the same cells so far share the middle cell's words."""
        for first, second in pairwise(rows):
            if len(first.ends) < column or len(second.ends) < column or \
                    self._scope(first, column) != self._scope(second, column):
                continue
            start = first.ends[column - 1] if column else 0
            other = second.ends[column - 1] if column else 0
            length = _shared(first.body[start:], second.body[other:], self.settings.flat_repeat_min_words)
            if length < self.settings.flat_repeat_min_words:
                continue
            for row, base in ((first, start), (second, other)):
                if "printed" in row.rules:
                    continue
                row.ends = [*row.ends[:column], max(row.ends[column] if len(row.ends) > column else 0, base + length)]
                if "repeated" not in row.rules:
                    row.rules.append("repeated")

    def _scope(self, row: _Row, column: int) -> tuple[str, ...]:
        """The row's bound cells and free cells before `column`."""
        bound = tuple(_folded(row.cells[key]) for key in self.values if key in row.cells)
        return (*bound, *(_folded(row.body[a:b]) for a, b in zip([0, *row.ends], row.ends[:column], strict=False)))

    def _middle(self, row: _Row, cells: set[str], column: int) -> None:
        """A middle cell seen in another row, or its lines up to a line or sentence that starts
        with a capital or a digit, whichever comes first."""
        start = row.ends[column - 1] if column else 0
        rest = row.body[start:]
        for cell in sorted(cells, key=len, reverse=True):
            length = _prefix_length(rest, cell)
            if length and length < len(rest) and _opens(rest[length]):
                row.ends.append(start + length)
                row.rules.append("known")
                return
        by_line = next((i for i in range(1, len(rest)) if rest[i].opens_line and _opens(rest[i])
                        and not _hyphenated(rest[i - 1])), 0)
        by_sentence = next((i for i in range(1, len(rest)) if rest[i - 1].unit.text[-1] in ".!?"
                            and _opens(rest[i])), 0)
        if by_line or by_sentence:
            use_line = bool(by_line) and (not by_sentence or by_line <= by_sentence)
            row.ends.append(start + (by_line if use_line else by_sentence))
            row.rules.append("lines" if use_line else "sentence")

    def _cells(self, row: _Row, free: list[str]) -> None:
        if not row.body or not row.ends:
            row.cells = {}  # no free cells told apart: not a row the table can use
            return
        ends = [*row.ends, *[row.ends[-1]] * (len(free) - 1 - len(row.ends))]
        for key, start, end in zip(free, [0, *ends], [*ends, len(row.body)], strict=True):
            if end > start:
                row.cells[key] = row.body[start:end]


def _folded(words: Sequence[_Word]) -> str:
    return "".join(fold(w.unit.text) for w in words)


def _prefix_length(words: Sequence[_Word], target: str) -> int:
    """How many leading words spell `target` once folded (0 when they do not)."""
    folded = ""
    for count, word in enumerate(words, start=1):
        folded += fold(word.unit.text)
        if folded == target:
            return count
        if not target.startswith(folded):
            return 0
    return 0


def _shared(first: Sequence[_Word], second: Sequence[_Word], least: int) -> int:
    """The longest common prefix of two rows that ends where both last cells can start."""
    common = 0
    while common < min(len(first), len(second)) - 1 and first[common].unit.text == second[common].unit.text:
        common += 1
    for length in range(common, least - 1, -1):
        if _opens(first[length]) and _opens(second[length]) and not _hyphenated(first[length - 1]):
            return length
    return 0


def _opens(word: _Word) -> bool:
    """Whether a word can open a cell: a capital or a digit (also after an opening bracket)."""
    text = word.unit.text.lstrip(_OPENERS)
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _acronym(word: _Word) -> bool:
    text = word.unit.text
    return text.isalpha() and text.isupper() and len(text) <= 5


def _hyphenated(word: _Word) -> bool:
    return word.unit.text[-1] in HYPHENS
