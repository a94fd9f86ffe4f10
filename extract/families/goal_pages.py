"""Goal pages on the layout engine: the reader the quarterly deck declares (and the annual
report will): one goal per page (or a few continuation pages), its title in the page's
largest type, its strategic theme after or under a label, a key-results table and a KPI
table with period columns (extract.engine.periods), the values' lights, a summary and a
progress narrative under their headings.  Nothing here depends on the input format.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from itertools import pairwise

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import BASELINE_LABELS

from ..engine.furniture import furniture
from ..engine.grid import Band, Grid, GridCell, GridRow, read_grid, text_of
from ..engine.header import Column, Header
from ..engine.labels import LabelHit, find_labels
from ..engine.lights import (
    MARKER_GLYPHS,
    Calibration,
    legend_calibration,
    legend_markers,
    legend_zones,
    light_of_cell,
)
from ..engine.lines import cluster_lines
from ..engine.memo import IdentityMemo
from ..engine.periods import period_headers, period_hits, period_key
from ..engine.stacked import read_stacked
from ..engine.tables import is_placeholder, printed_cell, printed_units, without_page_numbers
from ..engine.units import Box, Unit, line_height, overlap, page_units
from ..engine.unlabelled import BULLETS, PLACED_SCORE, labelled_rows, list_items, place_row
from ..page import DocumentContent, Geometry, PageContent
from ..records import Printed, RawGoal, RawKeyResult, RawKpiValue, RawNarrative, RawValue
from ..settings import LayoutSettings
from .base import Findings

PERIOD_ORDER = {"baseline": 0, "Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4}


@dataclass(frozen=True)
class GoalPageSpec:
    """What a family says about its goal pages (Finnish words come from the vocabulary)."""

    title_prefixes: tuple[str, ...]      # "Tavoite" before a goal title ("Tavoite 2: …")
    continuation_words: tuple[str, ...]  # "(jatkuu)" after a continued goal's title
    headings: dict[str, tuple[str, ...]]  # "kr" | "kpi" | "summary" | "progress" → labels
    theme_labels: tuple[str, ...]
    kpi_label_columns: tuple[str, ...]   # a label-column header naming the KPI table
    legend_labels: tuple[str, ...]       # the light legend's labels
    kpi_names: tuple[str, ...] = ()      # KPI names that recur (GLOSSARY)
    owner_labels: tuple[str, ...] = ()   # "Tavoitteen omistaja:" (the annual report prints the owner)
    kpi_name_max_words: int = 4          # a KPI's name is a few words; a key result is a sentence
    note_prefixes: tuple[str, ...] = ()  # a note under a key result in its cell ("– Huom! …") is not its text
    title_stops: tuple[str, ...] = ()    # a line naming these ends a title ("Tavoite toteutui" under it)
    value_words: tuple[str, ...] = ()    # a word printing a value ("TP" 2024: the financial statement's)


@dataclass
class PageRead:
    page: PageContent
    units: list[Unit]
    headings: list[LabelHit]
    tables: list[tuple[str, Grid]]  # ("kr" | "kpi", grid)
    extractor: str
    settings: LayoutSettings
    all_units: list[Unit]   # with the legend's labels, for the light calibration
    legend: list[LabelHit]  # the light legend's labels found on the page
    _calibration: Calibration | None = None

    @property
    def calibration(self) -> Calibration:
        """The page's light calibration, read when a value's light is first wanted (most pages
        hold no lights: detection, covers, narratives)."""
        if self._calibration is None:
            self._calibration = legend_calibration(self.all_units, self.page, self.settings)
        return self._calibration


@dataclass
class DeckState:
    goals: dict[str, str] = field(default_factory=dict)   # folded title → ref
    latest: tuple[int, Printed] | None = None
    pages: dict[str, list[PageRead]] = field(default_factory=dict)  # goal ref → the pages read for it
    furniture: set[int] = field(default_factory=set)  # ids of the running headers' and footers' units
    periods_of: dict[str, set[str]] = field(default_factory=dict)  # folded KPI name → periods it has values in


_READ: IdentityMemo[PageRead] = IdentityMemo(256)
"""Pages read lately: detection reads a document's pages and parse reads them again."""


def read_page(page: PageContent, spec: GoalPageSpec, settings: LayoutSettings, extractor: str) -> PageRead:
    read = _READ.get((page, spec, settings), lambda: _read_page(page, spec, settings, extractor))
    return replace(read, extractor=extractor)


_TABLED: IdentityMemo[bool] = IdentityMemo(256)


def may_hold_table(page: PageContent, settings: LayoutSettings) -> bool:
    """Whether the page prints a period header at all (period labels side by side or one per
    line): a page without one holds no goal table for any family's spec, so detection reads
    only these in full (a financial statement around a binding appendix has a handful in 60 pages; two
    families reading every page was a fifth of the native-PDF time, issue 9's benchmark)."""
    def found() -> bool:
        units = without_page_numbers(page_units(page), page, settings)
        return bool(period_headers(units, settings))

    return _TABLED.get((page, settings), found)


def _read_page(page: PageContent, spec: GoalPageSpec, settings: LayoutSettings, extractor: str,
               furniture_keys: AbstractSet[UnitKey] = frozenset()) -> PageRead:
    """`furniture_keys`: the document's running headers and footers, left out of the tables."""
    units = all_units = without_page_numbers(page_units(page), page, settings)
    if furniture_keys:
        units = [u for u in units if unit_key(u) not in furniture_keys]
    headings = find_labels(units, {**spec.headings, "legend": spec.legend_labels}, settings)
    # A legend's labels are never table rows, wherever the legend sits (variant s4: under the table).
    legend_hits = [h for h in headings if h.key == "legend"]
    legend = {id(u) for h in legend_hits for u in h.units}
    # …nor are its markers: a ● glyph beside each label (issue 9, quarterly s33 and s71: a
    # legend left of a table with no text-column header fell into the row-label column).
    legend |= {id(u) for u in legend_markers(units, [h.units for h in legend_hits], settings)}
    # A heading stands alone on its line: the same words inside a sentence are no heading
    # ("… avaintuloksen …" in a progress narrative, variant s0).
    headings = [h for h in headings if h.key != "legend" and _alone(h, units, settings)]
    units = [u for u in units if id(u) not in legend]
    headers = period_headers(units, settings)
    # A table's own column label is no section heading ("Mittari" over the KPI names, which
    # the fuzzy "Mittarit" heading would take: tp2025_hva_tavoitteet.pdf), nor a heading over
    # the table beneath it ("Avain-" / "tulokset" over the key results deciding where the KPI
    # table under them starts: quarterly s6).
    in_headers = {id(u) for header in headers for c in header.columns if c.label for u in c.label.units}
    headings = [h for h in headings if not all(id(u) in in_headers for u in h.units)]
    tables = []
    for header in headers:
        header = _with_heading_edge(header, headings)
        # A table ends at the next table's header or a section heading printed under it (not
        # beside it: a KPI table set beside the key results, variant s3): found from the
        # columns a first reading gives.
        if header.stacked:  # its cells follow it in reading order
            grid = read_stacked(units, header, settings, _stop(header, headers, headings), spec.value_words)
            if grid is not None and _holds_values(grid, settings):
                tables.append(_without_trailing_text(grid, settings))
            continue
        first = read_grid(page, units, header, settings)
        left, right = first.bands[0].x0, first.bands[-1].x1
        stops = [h.top for h in headers if h.top > header.bottom and h.x0 < right and h.x1 > left]
        stops += [h.top for h in headings if h.top > header.bottom and h.x0 < right and h.x1 > left]
        grid = read_grid(page, units, header, settings, min(stops)) if stops else first
        grid = labelled_rows(grid, units, headings, spec.note_prefixes, lambda t: _is_value(t, settings), settings)
        if not _holds_values(grid, settings):  # its cells may follow in reading order instead
            grid = read_stacked(units, header, settings, min(stops) if stops else None, spec.value_words) or grid
        if _holds_values(grid, settings):
            tables.append(_without_trailing_text(grid, settings))
    read = PageRead(page, units, headings, [], extractor, settings, all_units, legend_hits)
    read.tables = _kinds(read, tables, spec)
    return read


def _stop(header: Header, headers: Sequence[Header], headings: Sequence[LabelHit]) -> float | None:
    """Where a table whose cells follow its header in reading order ends: the next header or
    section heading under it."""
    return min((t for t in (*(h.top for h in headers), *(h.top for h in headings)) if t > header.bottom),
               default=None)


def lost_table_rows(read: PageRead, spec: GoalPageSpec, key: str) -> list[list[Unit]] | None:
    """The list items under a section heading when the table under them lost its cells: its
    period labels stand one per line with no values, down to the next heading (a converter's
    Markdown of a PDF, seed 001: "### Lähtötilanne", "### Q1" … on lines of their own); None
    when no such table is printed."""
    section = _section(read, key)
    if section is None:
        return None
    heading, below = section
    stacked = [h for h in period_hits(read.units, read.settings)
               if heading.bottom < h.top < below and _alone(h, read.units, read.settings)]
    if len({h.key for h in stacked}) < read.settings.period_header_min:
        return None
    end = min(h.top for h in stacked)
    under = [u for u in read.units if heading.bottom - 0.1 <= u.top and u.bottom <= end + 0.1]
    return list_items(under, spec.note_prefixes, read.settings)


def _alone(hit: LabelHit, units: Sequence[Unit], settings: LayoutSettings) -> bool:
    """No other word printed right before or after the hit on its line (a colon and the text
    after a heading's colon aside: "Kuvaus tavoitteen etenemisestä: …")."""
    first, last = hit.units[0], hit.units[-1]
    gap = settings.label_word_gap_em * max(first.size, first.height * 0.7)
    mine = {id(u) for u in hit.units}
    for unit in units:
        if id(unit) in mine or overlap(unit.top, unit.bottom, first.top, first.bottom) < 0.5 * first.height:
            continue
        if 0 <= first.x0 - unit.x1 <= gap and fold(unit.text):
            return False
        if 0 <= unit.x0 - last.x1 <= gap and fold(unit.text) and not last.text.rstrip().endswith(":"):
            return False
    return True


def _section(read: PageRead, key: str) -> tuple[LabelHit, float] | None:
    """A section's heading and where the next heading below it starts (else past the page)."""
    heading = next((h for h in read.headings if h.key == key), None)
    if heading is None:
        return None
    return heading, min((h.top for h in read.headings if h.top > heading.bottom), default=read.page.height + 1)


def _without_trailing_text(grid: Grid, settings: LayoutSettings) -> Grid:
    """A table's last rows with no value in any period column — no number, no placeholder —
    are the text printed under the table (a summary with no heading of its own; a decoy
    chart's titles under a KPI table, annual variant s8), not its rows."""
    rows = list(grid.rows)
    # (a value's first line holds it: "Henkilöstön vaihtuvuus" over a chart's "1000" does not)
    while rows and not any(_is_value(c.text.split("\n")[0], settings) for k, c in rows[-1].cells.items()
                           if k != "label"):
        rows.pop()
    return replace(grid, rows=tuple(rows))


def _is_value(text: str, settings: LayoutSettings) -> bool:
    """A number or a placeholder; a period's name is none (a running footer's "Seuranta
    Q2/2025" under a key-results table, issue 9, quarterly s99)."""
    if period_key(fold(text), settings) is not None:
        return False
    return bool(re.search(r"\d", text)) or is_placeholder(text.split("\n"))


def _holds_values(grid: Grid, settings: LayoutSettings) -> bool:
    """A period table names its rows and holds values in its period columns: numbers or
    placeholders. A chart's axis "Q1 … Q4" over its legend words is no table (variant s0:
    a bar chart beside a progress narrative)."""
    cells = [c.text for row in grid.rows if "label" in row.cells for k, c in row.cells.items() if k != "label"]
    valued = sum(1 for text in cells if _is_value(text, settings))
    return bool(cells) and valued >= 0.5 * len(cells)


def heading_over(header: Header, headings: Sequence[LabelHit]) -> LabelHit | None:
    """The key-results or KPI heading printed over a table: above its header and starting left
    of its first period column, the nearest such from the left (a KPI table set beside the key
    results has its own heading further right, variant s15), then the lowest."""
    first = header.columns[1]
    above = [h for h in headings if h.key in ("kr", "kpi") and h.bottom <= header.top + 1 and h.x0 < first.x0]
    return max(above, key=lambda h: (h.x0, h.bottom)) if above else None


def _with_heading_edge(header: Header, headings: Sequence[LabelHit]) -> Header:
    """A table's row-label column starts under the section heading over the table
    ("KPI-mittarit" over its KPI names, with the summary printed left of both in
    okr_start_2025.pdf and variant s2)."""
    heading = heading_over(header, headings)
    if heading is None:
        return header
    return replace(header, left_limit=heading.x0 - heading.units[0].height)


def _kinds(read: PageRead, tables: list[Grid], spec: GoalPageSpec) -> list[tuple[str, Grid]]:
    """Key-results or KPI table: by its label column's header, else the heading over it,
    else the first table is the key results'."""
    kpi_labels = {fold(label) for label in spec.kpi_label_columns}
    out = []
    for index, grid in enumerate(tables):
        label = grid.header.columns[0].label
        kind = None
        if label is not None:
            kind = "kpi" if fold(" ".join(u.text for u in label.units)) in kpi_labels else "kr"
        if kind is None:
            heading = heading_over(grid.header, read.headings)
            if heading is not None:
                kind = heading.key
            elif _named_like_kpis(grid, spec):
                kind = "kpi"
            else:
                kind = "kr" if index == 0 else "kpi"
        out.append((kind, grid))
    return out


def _named_like_kpis(grid: Grid, spec: GoalPageSpec) -> bool:
    """Rows named like KPIs: most row labels are a known KPI's name or a few words, where key
    results are sentences (a KPI table on a slide of its own, with no heading: variant s5)."""
    known = {fold(name) for name in spec.kpi_names}
    labels = [row.cells["label"].text for row in grid.rows if "label" in row.cells]
    if not labels:
        return False
    short = sum(1 for text in labels if fold(text) in known or len(text.split()) <= spec.kpi_name_max_words)
    return short >= 0.6 * len(labels)


def goal_title(read: PageRead, spec: GoalPageSpec) -> Printed | None:
    """The largest type above the page's tables and headings, without its "Tavoite n:" label
    or "(jatkuu)" mark: the phrase starting its top line, and the phrases under it that overlap
    it across (left-aligned or centred), down to a line naming a goal's result."""
    limit = min([g.header.top for _k, g in read.tables] + [h.top for h in read.headings] +
                [read.page.height])
    candidates = [u for u in read.units if u.bottom <= limit + 0.5 and u.text.strip()]
    lettered = [u for u in candidates if fold(u.text)]
    if not lettered:
        return None
    # A title heads its page: its size is the largest in the top band, whatever larger type
    # is printed further down (a chart's axis labels, variant s11).
    top = [u for u in lettered if u.top <= read.settings.title_band * read.page.height]
    size = max(u.size for u in top or lettered)
    # OCR sizes come from ink heights (a line tesseract merged with a box's edge doubles),
    # a file's are exact (tp2025_hva_tavoitteet_scan.pdf).
    slack = read.settings.title_size_slack_ocr * size if any(u.ocr for u in candidates) else \
        read.settings.title_size_slack
    # A light's marker glyph is no title word, however large (annual s98: the goal's status
    # "●" printed in the title's size under it).
    lines = cluster_lines([u for u in candidates if u.size >= size - slack and u.text.strip(GLYPHS + " ")],
                          read.settings)
    # A line opening with the title's label ("Tavoite:") starts the title, whatever prints
    # above it in its type (a text export's running header and theme box: text variant s19).
    prefixes = tuple(fold(p) for p in spec.title_prefixes)
    start = next((i for i, line in enumerate(lines)
                  if line[0].text.endswith(":") and fold(line[0].text) in prefixes), 0)
    block = _title_block(lines[start:], spec)
    if block:  # a theme's label beside the title on its line is another box's (seed 002)
        labels = sorted((fold(lb) for lb in spec.theme_labels), key=len, reverse=True)
        cut = next((i for i in range(1, len(block[0])) if _label_at(block[0], i, labels) is not None), None)
        block = [block[0][:cut]] if cut else block  # the lines under it are the label's box
        # …and a line opening with the label is the theme's box under the title (text variant s10)
        block = block[:next((i for i, ln in enumerate(block) if i and _label_at(ln, 0, labels)), len(block))]
    text = strip_title("\n".join(" ".join(u.text for u in line) for line in block), spec)
    if not fold(text):
        return None
    return printed_units([u for line in block for u in line], text, read.page.number, read.extractor)


def _title_block(lines: list[list[Unit]], spec: GoalPageSpec) -> list[list[Unit]]:
    """The first line's first phrase, then each next line's phrases overlapping it across, while
    the lines follow at one line's distance (a wrapped title; a theme box beside it is apart)."""
    if not lines:
        return []
    block = [_chain(lines[0], 0)]
    x0, x1 = block[0][0].x0, block[0][-1].x1
    stops = tuple(fold(s) for s in spec.title_stops)
    for line in lines[1:]:
        prev = block[-1]
        if min(u.top for u in line) - max(u.bottom for u in prev) > 1.0 * max(u.height for u in prev):
            break
        phrases, start = [], 0
        while start < len(line):
            chain = _chain(line, start)
            if chain[0].x0 < x1 and chain[-1].x1 > x0:
                phrases += chain
            start += len(chain)
        if not phrases or (stops and any(stop in fold(" ".join(u.text for u in phrases)) for stop in stops)):
            break
        block.append(phrases)
    return block


def strip_title(text: str, spec: GoalPageSpec) -> str:
    """Without the "Tavoite 2:" label and a continuation mark: "(jatkuu)", "– jatkuu", "(1/2)"."""
    prefixes = "|".join(re.escape(p) for p in sorted(spec.title_prefixes, key=len, reverse=True))
    text = re.sub(rf"^\s*(?:{prefixes})\s*\d*\s*:?\s*", "", text, flags=re.IGNORECASE)
    marks = "|".join([re.escape(w) for w in spec.continuation_words] + [r"\d+\s*/\s*\d+"])
    return re.sub(rf"\s*[–—-]?\s*[(\[]?(?:{marks})[)\]]?\s*$", "", text, flags=re.IGNORECASE).strip()


def theme(read: PageRead, spec: GoalPageSpec) -> Printed | None:
    found = labelled(read, spec.theme_labels, spec)
    return found[0] if found else None


def labelled(read: PageRead, labels: Sequence[str], spec: GoalPageSpec) -> tuple[Printed, list[Unit]] | None:
    """The text after a label and its colon on the label's line, else the lines printed right
    under the label (a theme box: label, then the theme wrapped over lines); only the words
    chained to the label, never a legend further along, and never past another label's line
    (the owner under the theme in one box, variant s3).  The units returned include the label's."""
    lines = cluster_lines(read.units, read.settings)
    folded_labels = sorted((fold(label) for label in labels), key=len, reverse=True)
    for line in lines:
        for start in range(len(line)):
            hit = _label_at(line, start, folded_labels)
            if hit is None:
                continue
            chain, rest = hit
            if rest:
                return printed_units(chain, rest, read.page.number, read.extractor), chain
            block = _lines_under(read, lines, line[start], chain[-1], spec)
            if not block and chain[-1] is line[-1]:  # a label ending its line: the next line's text
                index = lines.index(line)
                block = [_chain(lines[index + 1], 0)] if index + 1 < len(lines) else []
                block = [] if block and _label_at(block[0], 0, folded_labels) else block
            if block:
                text = "\n".join(" ".join(u.text for u in ln) for ln in block)
                units = [u for ln in block for u in ln]
                return printed_units(units, text, read.page.number, read.extractor), chain + units
    return None


def _label_at(line: Sequence[Unit], start: int, labels: Sequence[str]) -> tuple[list[Unit], str] | None:
    """(the chained units, the text after the label) when a label starts at `start` and is a
    label: followed by its colon or by nothing ("Painopiste" inside a sentence is no label)."""
    folded = fold(" ".join(u.text for u in line[start:]))
    chain: list[Unit] | None = None
    starts_phrase = start == 0 or _apart(line[start - 1], line[start])
    for label in labels:  # the longest first: "Tavoitteen omistajat" is tried before "… omistaja"
        if not folded.startswith(label):
            continue
        chain = chain or _chain(line, start)
        text = " ".join(u.text for u in chain)
        rest = text[_consumed(text, label):]
        if rest[:1].isalnum():
            continue  # inside a longer word ("Omistajaohjaus")
        # Its colon, or nothing after it; or, starting its phrase, the text after a space
        # ("Strateginen painopiste Autamme sopivalle polulle" on one line of a box, variant s2).
        if not rest.strip() or rest.lstrip().startswith((":", "–", "-")) or starts_phrase:
            return chain, _after_label(text, label)
    return None


def _lines_under(read: PageRead, lines: list[list[Unit]], first_unit: Unit, head: Unit, spec: GoalPageSpec
                 ) -> list[list[Unit]]:
    """The block of lines right under a label, left-aligned with its first line."""
    under = [u for u in read.units if head.bottom - 0.3 * head.height <= u.top <= head.bottom + 1.2 * head.height
             and first_unit.x0 - 2 * head.height <= u.x0 <= head.x1]
    if not under:
        return []
    # Another label, a goal's title or a section heading starts another box (a text export
    # prints the boxes one after another at one margin: text variant s7).
    stops = sorted({fold(lb) for lb in (*spec.theme_labels, *spec.owner_labels, *spec.title_prefixes)},
                   key=len, reverse=True)
    headed = {id(u) for h in read.headings for u in h.units}
    first = min(under, key=lambda u: (u.top, u.x0))
    index = next(i for i, ln in enumerate(lines) if any(u is first for u in ln))
    start = next(i for i, u in enumerate(lines[index]) if u is first)
    if _label_at(lines[index], start, stops) is not None:
        return []
    block = [_chain(lines[index], start)]
    for line in lines[index + 1:]:  # wrapped onto more lines of its box
        nxt = next((u for u in line if abs(u.x0 - block[0][0].x0) <= u.height), None)
        prev = block[-1][0]
        if nxt is None or nxt.top - prev.bottom > 0.8 * prev.height or abs(nxt.size - prev.size) > 0.6:
            break
        if _label_at(line, line.index(nxt), stops) is not None or id(nxt) in headed:
            break
        block.append(_chain(line, line.index(nxt)))
    return block


def phrases(read: PageRead) -> list[list[Unit]]:
    """Each line's runs of units that follow each other within a word gap: what a page prints
    as one phrase (a label in a box, a legend entry), apart from text beside it."""
    out = []
    for line in cluster_lines(read.units, read.settings):
        start = 0
        while start < len(line):
            chain = _chain(line, start)
            out.append(chain)
            start += len(chain)
    return out


def _chain(line: Sequence[Unit], start: int) -> list[Unit]:
    """The units of a line from `start` on while each follows the last within a word gap."""
    out = [line[start]]
    for unit in line[start + 1:]:
        if _apart(out[-1], unit):
            break
        out.append(unit)
    return out


PHRASE_GAP_EM = 1.5
"""Words of one phrase (a label and its value, a title line) lie at most this many font sizes
apart; a box or column beside them is further."""


def _apart(left: Unit, right: Unit) -> bool:
    return right.x0 - left.x1 > PHRASE_GAP_EM * max(right.size, right.height * 0.7)


def _after_label(text: str, label: str) -> str:
    """What follows a label in printed text (its folded letters consumed, then ':' or '-')."""
    return text[_consumed(text, label):].lstrip(" :–-").strip()


def _consumed(text: str, label: str) -> int:
    """How many characters of printed text the folded label takes."""
    consumed = 0
    for index, char in enumerate(text):
        if consumed >= len(label):
            return index
        if fold(char):
            consumed += len(fold(char))
    return len(text)


GLYPHS = "".join(sorted(MARKER_GLYPHS))  # the light resolver's glyphs, for str.strip
_NO_GLYPHS = str.maketrans("", "", GLYPHS)
_BULLET = re.compile(r"^\s*(?:\d{1,2}[.)]\s+|[" + re.escape(BULLETS) + r"]\s+)")


def label_text(cell: GridCell, read: PageRead, notes: Sequence[str] = ()) -> Printed | None:
    """A row label without its list bullet ("•", "–", "▪", "*", "1.") and without a note printed
    under it in its cell ("– Huom! Avaintulos ei ole mitattavissa …", seed 001)."""
    lines = cell.text.split("\n")
    folded_notes = tuple(fold(n) for n in notes)
    cut = next((i for i, line in enumerate(lines) if i and folded_notes and fold(line).startswith(folded_notes)),
               len(lines))
    lines = lines[:cut]
    lines[0] = re.sub(r"^\s*(?:\d{1,2}[.)]\s+|[" + re.escape(BULLETS) + r"]\s*)", "", lines[0])
    if not fold("".join(lines)):
        return None
    return printed_cell(GridCell(cell.key, cell.units, "\n".join(lines)), read.page.number, read.extractor)


def _light_band(row: GridRow, grid: Grid, band: Band) -> tuple[float, float]:
    """Where a value's light may be: from the text of the cell before it to the text of the
    cell after it (a light drawn at a cell's edge may fall past the column's gutter)."""
    index = grid.bands.index(band)

    def text(key: str) -> list[Unit]:  # a cell's own printed text, not a ● glyph beside it
        return [u for u in row.cells[key].units if u.text.strip(GLYPHS + " ")] if key in row.cells else []

    before = [u.x1 for b in grid.bands[:index] for u in text(b.key)]
    after = [u.x0 for b in grid.bands[index + 1:] for u in text(b.key)]
    # The last column's cell reaches past its band (bands end at the printed text): a filled
    # cell's centre may lie up to a column's width further (variant s2).
    return (max(before, default=band.x0), min(after, default=band.x1 + (band.x1 - band.x0)))


def marker_side(read: PageRead, grid: Grid, zones: Sequence[Box] = ()) -> str:
    """Which side of its value a table draws each light: "after" when some row has a small
    marker right of its last value (values right-aligned, held-out deck), else "before" —
    also when lights sit between values, where the first column (the baseline, never rated)
    decides (variant s8: ● glyphs at each cell's left edge, values centred)."""
    periods = [b for b in grid.bands[1:]]
    for row in grid.rows:
        spans = [row.cells[b.key] for b in periods if b.key in row.cells]
        if not spans:
            continue
        last = max(u.x1 for c in spans for u in c.units)
        markers = _row_markers(read, row.top, row.bottom, grid.bands[0].x1, grid.bands[-1].x1, zones)
        if any(x > last for x in markers):
            return "after"
    return "before"


def _row_markers(read: PageRead, top: float, bottom: float, left: float, right: float,
                 zones: Sequence[Box] = ()) -> list[float]:
    """Centres x of the small filled shapes and ● glyphs on a row, between two x, outside the
    legend's `zones`."""
    height = line_height(read.units) if read.units else 10.0
    points = [((s["x0"] + s["x1"]) / 2, (s["top"] + s["bottom"]) / 2) for s in read.page.shapes
              if s.get("fill") is not None
              and max(s["x1"] - s["x0"], s["bottom"] - s["top"]) <= read.settings.light_marker_max_size * height]
    points += [(u.cx, u.cy) for u in read.units if u.text.strip() and not u.text.strip(GLYPHS + " ")]
    return [x for x, y in points if left <= x <= right and top - height <= y <= bottom + height
            and not any(z[0] <= x <= z[2] and z[1] <= y <= z[3] for z in zones)]


UNPRINTED_PERIOD_SCORE = 0.5
"""Parse score of a period whose column label is not printed (read from the columns' order)."""


def _period(column: Column, cell: GridCell, read: PageRead) -> Printed:
    """The column's printed label; an unprinted one by its period's name, placed on the cell."""
    if column.label is not None:
        return printed_units(column.label.units, " ".join(u.text for u in column.label.units),
                             read.page.number, read.extractor)
    name = BASELINE_LABELS[0] if column.key == "baseline" else column.key
    return printed_units(cell.units, name, read.page.number, read.extractor, UNPRINTED_PERIOD_SCORE)


def values(read: PageRead, grid: Grid, found: Findings, goal: str, kind: str, state: DeckState,
           spec: GoalPageSpec) -> None:
    zones = legend_zones([h.units for h in read.legend], read.settings)
    side = marker_side(read, grid, zones) if kind == "kr" else None
    for row in grid.rows:
        label = row.cells.get("label")
        name = label_text(label, read, spec.note_prefixes) if label is not None else None
        placed = False
        if grid.placed and name is not None:
            row, placed = place_row(row, grid.bands, state.periods_of.get(fold(name.text), set()))
        score = PLACED_SCORE if placed else 1.0
        cells = [(b, row.cells[b.key]) for b in grid.bands[1:] if b.key in row.cells]
        # A marker glyph printed in the cell is its light, not its value (issue 9, quarterly s29:
        # "xx ●" over "YYY" is a placeholder with a light).
        cells = [(b, c) for b, c in cells if not is_placeholder(c.text.translate(_NO_GLYPHS).split("\n"))]
        if name is None:
            if cells:
                found.issues.append(f"page {read.page.number}: values without a row label")
            continue
        ref = f"kr{len(found.key_results) + 1}"
        if kind == "kr":  # a KPI row is named by its label, a key result gets a ref
            found.key_results.append(RawKeyResult(ref, goal, name))
        for band, cell in cells:
            period = _period(next(c for c in grid.header.columns if c.key == band.key), cell, read)
            text_units = tuple(u for u in cell.units if u.text.strip(GLYPHS + " "))
            if not text_units:
                continue
            printed_text = "\n".join(" ".join(line.translate(_NO_GLYPHS).split())
                                     for line in text_of(text_units).split("\n"))
            value = printed_units(text_units, printed_text, read.page.number, read.extractor, score)
            if kind == "kr":
                light = light_of_cell(cell.units, read.page, read.units, band=_light_band(row, grid, band),
                                      calibration=read.calibration, settings=read.settings,
                                      prefer_left=side == "before", side=side, ignore=zones)
                found.values.append(RawValue(ref, period, value, light.rgb if light else None,
                                             light=light.colour if light else None))
                order = PERIOD_ORDER.get(band.key, -1)
                if state.latest is None or state.latest[0] < order:
                    state.latest = (order, period)
            else:
                found.kpi_values.append(RawKpiValue(goal, replace(name, parse_score=min(name.parse_score, score)),
                                                    period, value))


def narrative(read: PageRead, key: str, goal: str, found: Findings, title_units: Sequence[Unit],
              skip: set[int] | frozenset[int] = frozenset()) -> None:
    """The text under a heading, beside or below the tables, down to the next heading;
    `skip`: units that are no one's text (page furniture)."""
    heading = next((h for h in read.headings if h.key == key), None)
    if heading is None:
        return
    taken = {id(u) for u in title_units} | {id(u) for h in read.headings for u in h.units} | set(skip)
    for _kind, grid in read.tables:
        taken |= {id(u) for row in grid.rows for c in row.cells.values() for u in c.units}
        taken |= {id(u) for c in grid.header.columns if c.label for u in c.label.units}
    # Its column: up to a heading printed beside it on its line ("Tiivistelmä" | "KPI-mittarit").
    right = min((h.x0 for h in read.headings if h.x0 > heading.x1 and overlap(h.top, h.bottom, heading.top,
                                                                             heading.bottom) > 0), default=1e9)
    nxt = min((h.top for h in read.headings if h.top > heading.bottom and h.x1 > heading.x0 and h.x0 < right),
              default=1e9)
    body = [u for u in read.units if id(u) not in taken and heading.bottom - 1 <= u.top < nxt
            and u.x1 > heading.x0 - heading.units[0].height]
    if body:
        lines = [" ".join(u.text for u in line) for line in cluster_lines(body, read.settings)]
        text = "\n".join(t for t in (_BULLET.sub("", line) for line in lines) if t)
        found.narratives.append(RawNarrative(goal, key, printed_units(body, text, read.page.number,
                                                                       read.extractor)))


def goal_ref(title: Printed, found: Findings, state: DeckState, theme_text: Printed | None) -> str:
    key = fold(title.text)
    if key not in state.goals:
        state.goals[key] = f"g{len(found.goals) + 1}"
        found.goals.append(RawGoal(state.goals[key], title, "hva", theme=theme_text))
    return state.goals[key]


def read_goal_pages(content: DocumentContent, spec: GoalPageSpec, settings: LayoutSettings, extractor: str,
                    found: Findings) -> tuple[DeckState, list[PageRead]]:
    """Every goal page's goal, key results, values, KPIs and narratives; the pages without a
    goal table (title pages, decoys) are returned for the family's meta hooks."""
    state = DeckState()
    other = []
    reads = [read_page(page, spec, settings, extractor) for page in content.pages]
    state.furniture = _without_furniture(reads, spec, settings, extractor)
    state.periods_of = _kpi_periods(reads, spec)
    for read in reads:
        page = read.page
        progress = any(h.key == "progress" for h in read.headings)
        lost = {} if read.tables else {k: rows for k in ("kr", "kpi")
                                       if (rows := lost_table_rows(read, spec, k)) is not None}
        if not read.tables and not progress and "kr" not in lost:
            other.append(read)
            continue
        title = goal_title(read, spec)
        opens_goal = progress or "kr" in lost or any(kind == "kr" for kind, _grid in read.tables)
        known = title is not None and fold(title.text) in state.goals
        if not opens_goal and not known:
            # A KPI table on a slide of its own belongs to the goal before it (variants);
            # with no goal yet it is not a goal page at all (a KPI glossary, a decoy).
            if (state.goals and title is None) or (state.goals and not progress):
                title = found.goals[-1].text
            else:
                other.append(read)
                continue
        if title is None:
            found.issues.append(f"page {page.number}: goal table without a goal title")
            continue
        ref = goal_ref(title, found, state, theme(read, spec))
        state.pages.setdefault(ref, []).append(read)
        units_of_title = title_units(read, title)
        for kind, grid in read.tables:
            values(read, grid, found, ref, kind, state, spec)
        for kind in lost:
            found.issues.append(f"page {page.number}: the {'KPI' if kind == 'kpi' else 'key-result'} table of goal "
                                f"{title.text!r} lost its cells (its period labels stand one per line, with no "
                                "values); its values are missing")
        for item in lost.get("kr", []):
            label = label_text(GridCell("label", tuple(item), text_of(item)), read, spec.note_prefixes)
            if label is not None:
                found.key_results.append(RawKeyResult(f"kr{len(found.key_results) + 1}", ref, label))
        narrative(read, "summary", ref, found, units_of_title, state.furniture)
        narrative(read, "progress", ref, found, units_of_title, state.furniture)
    return state, other


def _kpi_periods(reads: list[PageRead], spec: GoalPageSpec) -> dict[str, set[str]]:
    """The periods each KPI holds values for across the document: its rows with a cell in every
    period column, and the names a lost table lists under its period labels (one per line:
    "Lähtötilanne" / "NPS" / "Q2" / "Q4" / "Palveluajat", seed 001)."""
    out: dict[str, set[str]] = {}
    for read in reads:
        for kind, grid in read.tables:
            periods = [band.key for band in grid.bands[1:]]
            for row in (r for r in grid.rows if kind == "kpi" and "label" in r.cells):
                if all(key in row.cells for key in periods):
                    out.setdefault(fold(row.cells["label"].text), set()).update(
                        key for key in periods if not is_placeholder(row.cells[key].text.split("\n")))
        section = _section(read, "kpi")
        if read.tables or section is None or lost_table_rows(read, spec, "kpi") is None:
            continue
        heading, below = section
        period = None
        for line in cluster_lines([u for u in read.units if heading.bottom < u.top < below], read.settings):
            text = " ".join(u.text for u in line)
            key = period_key(fold(text), read.settings)
            if key is not None:
                period = key[0]
            elif period is not None and len(text.split()) <= spec.kpi_name_max_words:
                out.setdefault(fold(text), set()).add(period)
    return out


def split_at_titles(content: DocumentContent, spec: GoalPageSpec) -> DocumentContent:
    """A page printing several goal titles ("Tavoite: …" starting a line) as one part per
    title, from one title to the next: a text export prints a whole deck on one page (seed
    002), where the reader expects a goal per page."""
    prefixes = tuple(fold(p) for p in spec.title_prefixes)
    pages: list[PageContent] = []
    for page in content.pages:
        lines: dict[float, list[Geometry]] = {}
        for word in page.words:
            lines.setdefault(word["top"], []).append(word)
        starts = sorted(top for top, words in lines.items()
                        if (first := min(words, key=lambda w: w["x0"]))["text"].endswith(":")
                        and fold(first["text"]) in prefixes)
        if len(starts) < 2 or page.tables or page.text_boxes:
            pages.append(page)
            continue
        bounds = [float("-inf"), *starts[1:], float("inf")]
        # Each part keeps its page's number: provenance names the printed page.
        pages += [replace(page, words=tuple(w for w in page.words if top <= w["top"] < bottom))
                  for top, bottom in pairwise(bounds)]
    return replace(content, pages=tuple(pages))


UnitKey = tuple[str, float, float]


def unit_key(unit: Unit) -> UnitKey:
    """What a unit is known by across two readings of its page (each makes new units)."""
    return unit.text, round(unit.x0, 1), round(unit.top, 1)


def _without_furniture(reads: list[PageRead], spec: GoalPageSpec, settings: LayoutSettings,
                       extractor: str) -> set[int]:
    """The ids of the running headers' and footers' units; a page whose tables took some in is
    read again without them (issue 9, quarterly s57: a footer ending in the slide number,
    printed under the table's last row, gave that key result a Q4 value and kept the theme box
    between them as table rows). `reads` is updated in place."""
    ids = furniture([(r.page.height, r.units) for r in reads], settings)
    keys = {unit_key(u) for r in reads for u in r.units if id(u) in ids}
    for index, read in enumerate(reads):
        if any(id(u) in ids for _kind, grid in read.tables for row in grid.rows
               for cell in row.cells.values() for u in cell.units):
            reads[index] = _read_page(read.page, spec, settings, read.extractor, keys)
    return {id(u) for r in reads for u in r.units if unit_key(u) in keys}


def title_units(read: PageRead, title: Printed) -> list[Unit]:
    """The page's units inside a title's box (what the title was read from)."""
    return [u for u in read.units if title.box and _inside(u, title.box)]


def _inside(unit: Unit, box: tuple[float, float, float, float]) -> bool:
    return unit.x0 >= box[0] - 0.1 and unit.top >= box[1] - 0.1 and unit.x1 <= box[2] + 0.1 and \
        unit.bottom <= box[3] + 0.1
