"""Key-result confidence table (report_kind "kr_confidence_table") with a random layout.

The content is the hand transcription of seed 003 (content_kr_confidence.py): one county
goal as the title, then a Power BI table export of the result areas' key results with
their confidence scores.  Per seed we draw what such exports vary in: page and type
(kit.Style), column order and widths, the score header's wording, whether the hierarchy
cells repeat on every row, whether a row is cut between pages, a slicer line with the
year and quarter, the visual's chrome, page numbers and decoy pages.  The gold is built
by make_kr_confidence.build_gold_facts() from the same content, never from an extractor.
"""

from __future__ import annotations

import html
import re
import subprocess
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import content_kr_confidence as C
import make_kr_confidence as MK

from . import Rendered
from .decoys import add_decoys
from .kit import Cell, Deck, Page, Style, draw_style, family_rng, header_lines, light_fill, text_width, with_style

FAMILY = "kr_confidence"
TEXT_COLUMNS = ("division", "area", "goal", "kr")
HEADER_LABEL = dict(zip(TEXT_COLUMNS, C.HEADER[:4], strict=True))
# The score header as exporters print it (GLOSSARY): one word, hyphenated, broken, short.
SCORE_HEADERS = (("Luottavaisuusarvio",), ("Luottavaisuus-", "arvio"), ("Luottavaisuus", "arvio"),
                 ("Luottavaisuus",), ("LUOTTAVAISUUSARVIO",))
# Relative width a column usually gets in an export (before the random jitter).
BASE_SHARE = {"division": 0.15, "area": 0.15, "goal": 0.31, "kr": 0.39}
VISUAL_TITLES = (None, None, "Avaintulokset", "Tulosalueiden avaintulokset ja luottavaisuusarviot",
                 "Luottavaisuusarviot tulosalueittain")
YEAR, QUARTER = 2025, "Q4"


@dataclass(frozen=True)
class Layout:
    """The family's own choices for one seed (the page's look is in kit.Style)."""

    order: tuple[str, ...]           # TEXT_COLUMNS and "score" in print order
    shares: dict[str, float]         # jittered width shares of the text columns
    score_header: tuple[str, ...]
    score_align: str
    score_decimals: int | None       # None: as typed; 2: fixed two decimals ("94,40")
    repeat_cells: bool               # hierarchy cells on every row, or on a group's first row
    cut_rows: bool                   # a row that does not fit is cut between pages
    slicer: str                      # "none" | "line" | "boxes"
    title_align: str
    title_every_page: bool
    title_band: bool                 # title in white on an accent band
    visual_title: str | None
    visual_border: bool
    header_extra: float              # extra header height, in lines (valign then shows)
    footer: str                      # "none" | "Sivu {n}/{total}" | ...
    table_share: float               # share of the usable width the table takes


def draw_layout(seed: int) -> Layout:
    rng = family_rng(seed, FAMILY, "layout")
    text_cols = list(TEXT_COLUMNS)
    if rng.random() < 0.35:  # an author dragged the fields into another order
        rng.shuffle(text_cols)
    spot = rng.choice(("last", "last", "first", "middle"))
    at = {"last": 4, "first": 0, "middle": rng.randint(1, 3)}[spot]
    order = tuple([*text_cols[:at], "score", *text_cols[at:]])
    return Layout(
        order=order, shares={c: BASE_SHARE[c] * rng.uniform(0.75, 1.3) for c in TEXT_COLUMNS},
        score_header=rng.choice(SCORE_HEADERS), score_align=rng.choice(("right", "right", "center", "left")),
        score_decimals=rng.choice((None, None, 2)), repeat_cells=rng.random() < 0.6,
        cut_rows=rng.random() < 0.6, slicer=rng.choice(("none", "none", "line", "boxes")),
        title_align=rng.choice(("left", "center")), title_every_page=rng.random() < 0.7,
        title_band=rng.random() < 0.25, visual_title=rng.choice(VISUAL_TITLES), visual_border=rng.random() < 0.4,
        header_extra=rng.choice((0.0, 0.0, 0.6, 1.2)),
        footer=rng.choice(("none", "Sivu {n}/{total}", "Sivu {n} / {total}", "{n} / {total}", "Sivu {n}")),
        table_share=rng.uniform(0.88, 1.0),
    )


# ------------------------------------------------------------------------------------------
# text
# ------------------------------------------------------------------------------------------

def tokens(text: str) -> list[str]:
    """Words for wrapping; a word ending in "-" ("Strategia- ja") is glued to the next one,
    since a line ending in "-" would join without a space and change the gold text."""
    out: list[str] = []
    for word in text.split():
        if out and out[-1].endswith("-"):
            out[-1] += " " + word
        else:
            out.append(word)
    return out


def wrap_text(text: str, width: float, font: str, size: float, bold: bool = False) -> list[str]:
    """Greedy wrap by `tokens`, measured like kit.wrap (so the kit's own re-wrap is a no-op)."""
    lines: list[str] = []
    for token in tokens(text):
        candidate = f"{lines[-1]} {token}" if lines else token
        if lines and text_width(candidate, font, size, bold) <= width:
            lines[-1] = candidate
        else:
            lines.append(token)
    return lines or [""]


def score_text(score: str | None, decimals: int | None) -> str:
    if score is None:
        return ""
    if decimals is None:
        return score
    return f"{float(score.replace(',', '.')):.{decimals}f}".replace(".", ",")


def row_texts(row: tuple) -> dict[str, str]:
    division, area, goal, kr, score = row
    return {"division": C.join_lines(division), "area": C.join_lines(area), "goal": C.join_lines(goal),
            "kr": C.join_lines(kr), "score": score}


# ------------------------------------------------------------------------------------------
# columns
# ------------------------------------------------------------------------------------------

def score_header(st: Style, lay: Layout, table_w: float) -> tuple[str, ...]:
    """The score header's printed lines: the drawn wording in the style's case; one long word
    is hyphenated when the style hyphenates or it would make the column over a tenth of
    the table (an exporter wraps a header rather than widen a number column)."""
    lines = lay.score_header
    if len(lines) == 1 and lines[0].lower() == "luottavaisuusarvio" and (
            st.header_hyphen or text_width(lines[0], st.font, st.size, True) > 0.1 * table_w):
        lines = (lines[0][:13] + "-", lines[0][13:])
    return tuple(line.upper() if st.header_case == "upper" else line.lower() if st.header_case == "lower"
                 else line for line in lines)


def column_widths(st: Style, score_lines: tuple[str, ...], lay: Layout, table_w: float) -> dict[str, float]:
    """Score column as wide as its header; text columns share the rest by jittered shares,
    each at least as wide as its widest unbreakable token and its header's longest word."""
    def need(texts: list[str], bold: bool) -> float:
        return max(text_width(t, st.font, st.size, bold) for t in texts) + 2 * st.pad + 2

    widths = {"score": need([*score_lines, "100,00"], True) + st.size * 0.5}
    floor = {}
    for col in TEXT_COLUMNS:
        words = [t for row in C.ROWS for t in tokens(row_texts(row)[col])]
        head = [w for w in header_lines(HEADER_LABEL[col], st, 1e6) if w]
        floor[col] = max(need(words, False), need(head, True))
    rest = table_w - widths["score"]
    free = dict(lay.shares)
    while True:  # give each column its share; a column below its floor is pinned there
        total = sum(free.values())
        room = rest - sum(floor[c] for c in TEXT_COLUMNS if c not in free)
        pinned = [c for c in free if room * free[c] / total < floor[c]]
        if not pinned or len(pinned) == len(free):
            break
        for c in pinned:
            del free[c]
    for col in TEXT_COLUMNS:
        widths[col] = max(floor[col], room * free[col] / total) if col in free else floor[col]
    return widths


# ------------------------------------------------------------------------------------------
# pagination
# ------------------------------------------------------------------------------------------

@dataclass
class Sheet:
    """A page of the report and the table rows (already wrapped) placed on it."""

    page: Page
    top: float
    bottom: float
    rows: list[dict[str, list[str]]]
    cut: list[int]       # content row indices cut at the end of this page


class Paginator:
    """Flows the content rows over pages below each page's chrome, the header on every page."""

    def __init__(self, deck: Deck, lay: Layout, widths: dict[str, float], header: list[Cell],
                 chrome: Callable[[Page, int], float]) -> None:
        self.deck, self.lay, self.widths, self.header = deck, lay, widths, header
        self.chrome = chrome      # draws a page's title etc., returns the table's top
        self.sheets: list[Sheet] = []
        self.line_h = 0.0
        self.started_on: list[int] = []   # sheet index where each content row starts

    def new_sheet(self) -> Sheet:
        page = self.deck.new_page()
        st = self.deck.style
        top = self.chrome(page, len(self.sheets))
        self.line_h = page.text_height(1)
        sheet = Sheet(page, top, st.page_h - st.margin - page.text_height(1) * 1.8, [], [])
        self.sheets.append(sheet)
        return sheet

    def header_height(self, page: Page) -> float:
        widths = [self.widths[c] for c in self.lay.order]
        return page.row_heights(widths, [self.header])[0] + self.lay.header_extra * self.line_h

    def height(self, page: Page, piece: dict[str, list[str]]) -> float:
        widths = [self.widths[c] for c in self.lay.order]
        return page.row_heights(widths, [cells(piece, self.lay)])[0]

    def room(self, sheet: Sheet) -> float:
        used = self.header_height(sheet.page) + sum(self.height(sheet.page, r) for r in sheet.rows)
        return sheet.bottom - sheet.top - used

    def place(self, index: int) -> None:
        """Put content row `index` on the sheets, cutting it between pages when allowed.
        A group's cells are left out only below a row that started on the same page."""
        sheet = self.sheets[-1] if self.sheets else self.new_sheet()
        same_page = index > 0 and self.started_on[-1] == len(self.sheets) - 1
        lines = self.wrap_row(index, row_texts(C.ROWS[index - 1]) if same_page else None)
        self.started_on.append(len(self.sheets) - 1)
        start, total = 0, max(len(v) for v in lines.values())
        while True:
            piece = {c: v[start:] for c, v in lines.items()}
            room = self.room(sheet)
            if self.height(sheet.page, piece) <= room:
                sheet.rows.append(piece)
                return
            fit = int((room - 2 * self.deck.style.pad - 2) // self.line_h)
            whole_fits_empty = self.height(sheet.page, piece) <= sheet.bottom - sheet.top - \
                self.header_height(sheet.page)
            least = 1 if not whole_fits_empty else 2 if self.lay.cut_rows else total + 1
            if fit >= least and total - start - fit >= 1:
                sheet.rows.append({c: v[start:start + fit] for c, v in lines.items()})
                sheet.cut.append(index)
                start += fit
            elif not sheet.rows:
                raise ValueError(f"row {index} does not fit an empty page")
            sheet = self.new_sheet()
            if start == 0:  # the row starts afresh at the top of a page: repeat its cells
                lines = self.wrap_row(index, None)
                self.started_on[-1] = len(self.sheets) - 1

    def wrap_row(self, index: int, previous: dict[str, str] | None) -> dict[str, list[str]]:
        st, lay = self.deck.style, self.lay
        texts = row_texts(C.ROWS[index])
        out: dict[str, list[str]] = {"score": [score_text(texts["score"], lay.score_decimals)]}
        same = previous is not None and not lay.repeat_cells
        for col in TEXT_COLUMNS:  # hierarchy order: a cell repeats only with its parents
            same = same and col != "kr" and previous is not None and previous[col] == texts[col]
            out[col] = [] if same else wrap_text(texts[col], self.widths[col] - 2 * st.pad, st.font, st.size)
        return out


def cells(piece: dict[str, list[str]], lay: Layout) -> list[Cell]:
    return [Cell(tuple(line for line in piece[c] if line), align=lay.score_align if c == "score" else "left")
            for c in lay.order]


# ------------------------------------------------------------------------------------------
# the page around the table
# ------------------------------------------------------------------------------------------

def draw_chrome(page: Page, number: int, lay: Layout, table_x: float, table_w: float) -> float:
    """Title (the county goal), slicer and visual title of one page; returns the table's top."""
    st = page.style
    m = st.margin
    y = m
    if number == 0 or lay.title_every_page:
        lines = wrap_text(C.TITLE, st.page_w - 2 * m - 8, st.font, st.title_size, bold=True)
        h = page.text_height(len(lines), st.title_size) + 6
        if lay.title_band:
            page.rect(0, 0, st.page_w, y + h + m * 0.3, st.accent)
        page.text(m, y, st.page_w - 2 * m, h, [lines], size=st.title_size, bold=True, align=lay.title_align,
                  color="FFFFFF" if lay.title_band else st.accent)
        y += h + (m * 0.3 if lay.title_band else 0) + page.text_height(1) * 0.6
        y = draw_slicer(page, lay, table_x, y)
    if lay.visual_title:
        h = page.text_height(1) + 4
        page.text(table_x, y, table_w, h, [lay.visual_title], bold=True, color="252423")
        y += h + 2
    return y


def draw_slicer(page: Page, lay: Layout, x: float, y: float) -> float:
    """The report's filter: one line, or two slicer boxes; nothing when the export has none."""
    st = page.style
    h = page.text_height(1) + 6
    if lay.slicer == "line":
        sep = family_rng(st.seed, FAMILY, "slicer").choice((" · ", " | ", ", ", "   "))
        text = f"Vuosi {YEAR}{sep}Kvartaali {QUARTER}"
        page.text(x, y, text_width(text, st.font, st.size) + 12, h, [text], color="595959")
    elif lay.slicer == "boxes":
        for text in (f"Vuosi: {YEAR}", f"Kvartaali: {QUARTER}"):
            w = text_width(text, st.font, st.size) + 16
            page.rect(x, y, w, h, light_fill(st.accent), line="BFBFBF", line_w=0.5)
            page.text(x, y, w, h, [text], valign="middle", margin=6)
            x += w + 10
    else:
        return y
    return y + h + page.text_height(1) * 0.5


def draw_footers(sheets: list[Sheet], lay: Layout) -> None:
    if lay.footer == "none":
        return
    for number, sheet in enumerate(sheets, start=1):
        st = sheet.page.style
        text = lay.footer.format(n=number, total=len(sheets))
        h = sheet.page.text_height(1) + 4
        sheet.page.text(st.margin, st.page_h - st.margin - h + 4, st.page_w - 2 * st.margin, h, [text],
                        align="right" if lay.title_align == "left" else "center", color="7F7F7F")


# ------------------------------------------------------------------------------------------
# render
# ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Fit:
    style: Style        # the drawn style, its text smaller when the columns did not fit
    x: float
    width: float        # room the table was given (the visual's width)
    score_lines: tuple[str, ...]
    widths: dict[str, float]


def fit_columns(st: Style, lay: Layout) -> Fit:
    """Column widths for the page; where the longest words do not fit, the text is set
    smaller, as an author shrinks a visual's font until the table fits the page."""
    usable = st.page_w - 2 * st.margin
    table_w = usable * lay.table_share
    for _ in range(8):
        score_lines = score_header(st, lay, table_w)
        widths = column_widths(st, score_lines, lay, table_w)
        x = st.margin + (0 if lay.title_align == "left" else (usable - table_w) / 2)
        x = min(x, st.page_w - st.margin - sum(widths.values()))
        if x >= st.margin * 0.5:
            return Fit(st, x, table_w, score_lines, widths)
        st = with_style(st, size=round(st.size * 0.92, 1))
    raise ValueError(f"seed {st.seed}: the columns' narrowest widths do not fit the page")


def render(seed: int, path: Path) -> Rendered:
    drawn = draw_style(seed, FAMILY, paper=True, slides=True)
    lay = draw_layout(seed)
    fit = fit_columns(drawn, lay)
    st, table_x, table_w, score_lines, widths = fit.style, fit.x, fit.width, fit.score_lines, fit.widths
    deck = Deck(st)
    decoys = family_rng(seed, FAMILY, "decoys")
    add_decoys(deck, decoys, st.decoys_before)
    header = [Cell(score_lines, bold=True, align=lay.score_align) if c == "score" else
              Cell(tuple(header_lines(HEADER_LABEL[c], st, widths[c])), bold=True) for c in lay.order]
    pager = Paginator(deck, lay, widths, header,
                      lambda page, number: draw_chrome(page, number, lay, table_x, table_w))
    for index in range(len(C.ROWS)):
        pager.place(index)
    column_w = [widths[c] for c in lay.order]
    for sheet in pager.sheets:
        heights = [pager.header_height(sheet.page)] + [pager.height(sheet.page, r) for r in sheet.rows]
        sheet.page.table(table_x, sheet.top, column_w, [header] + [cells(r, lay) for r in sheet.rows],
                         heights=heights)
        if lay.visual_border:
            sheet.page.rect(table_x - 4, sheet.top - 4, sum(column_w) + 8, sum(heights) + 8, None, line="C8C6C4",
                            line_w=0.5)
    draw_footers(pager.sheets, lay)
    add_decoys(deck, decoys, st.decoys_after)
    pages = deck.save(path)
    return Rendered(pptx=path, pages=pages, gold=gold(lay),
                    notes=notes(st, drawn.size, lay, widths, header, pager.sheets))


def gold(lay: Layout) -> dict[str, Any]:
    goals, key_results, confidence = MK.build_gold_facts()
    filtered = lay.slicer != "none"
    return {
        "report": {"report_kind": "kr_confidence_table", "organization": None,
                   "fiscal_year": YEAR if filtered else None, "period": QUARTER if filtered else None,
                   "published_date": None},
        "goals": goals, "key_results": key_results, "kr_values": [], "kr_confidence": confidence,
        "kpi_values": [], "tasks": [],
    }


def notes(st: Style, drawn_size: float, lay: Layout, widths: dict[str, float], header: list[Cell],
          sheets: list[Sheet]) -> tuple[str, ...]:
    cut = [i for s in sheets for i in s.cut]
    return (
        f"page {st.page_name}, font {st.font} {st.size}pt (drawn {drawn_size}pt), "
        f"spacing {st.line_spacing:.2f}, pad {st.pad:.1f}",
        f"table: {'pptx table' if st.real_tables else 'text boxes'}, rules {st.rules}, zebra {st.zebra}, "
        f"header fill {st.header_fill}, valign {st.header_valign}, case {st.header_case}, "
        f"hyphen {st.header_hyphen}, extra {lay.header_extra}",
        "columns: " + ", ".join(f"{c} {widths[c]:.0f}" for c in lay.order),
        f"score header {'/'.join(header[lay.order.index('score')].lines)}, align {lay.score_align}, "
        f"decimals {lay.score_decimals}",
        f"cells {'repeated' if lay.repeat_cells else 'first of group'}, "
        f"rows {'cut' if lay.cut_rows else 'moved'} at page ends; cut rows {cut}",
        f"slicer {lay.slicer}, title {lay.title_align} {'every page' if lay.title_every_page else 'first page'}"
        f"{' on band' if lay.title_band else ''}, visual title {lay.visual_title!r}, border {lay.visual_border}",
        f"footer {lay.footer!r}, report pages {len(sheets)}, decoys {st.decoys_before} before "
        f"{st.decoys_after} after",
    )


# ------------------------------------------------------------------------------------------
# self-check: is every gold text printed?
# ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def pdf_words(pdf_path: Path) -> list[Word]:
    """Every word of the PDF with its box (pdftotext -bbox).  Boxes rather than -layout text:
    -layout interleaves the lines of neighbouring multi-line cells, so a cell's text is not
    contiguous there; with boxes a cell's lines can be followed down its column."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf_path), "-"], capture_output=True, text=True,
                         check=True).stdout
    words, page = [], -1
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        hit = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if hit:
            x0, y0, x1, y1 = (float(v) for v in hit.groups()[:4])
            words.append(Word(page, x0, y0, x1, y1, html.unescape(hit.group(5))))
    return words


SPACE = 0.4  # a word space is narrower than 0.4 of a word's height; a column gap is wider


def _left_neighbour(page_words: list[Word], w: Word) -> Word | None:
    h = w.y1 - w.y0
    return next((v for v in page_words if abs(v.y0 - w.y0) < 0.3 * h and 0 <= w.x0 - v.x1 < SPACE * h), None)


def _followers(pages: dict[int, list[Word]], w: Word, line_start: Word) -> list[tuple[Word, Word]]:
    """Words that can continue a text after `w`: its right neighbour on the same line, or a
    word that starts a later line under the current one (just below on the same page, or
    anywhere on the next page, where a cut row continues)."""
    h = w.y1 - w.y0
    out = []
    line_ends = True  # a text wraps only after its line's last word
    for v in pages.get(w.page, []):
        if abs(v.y0 - w.y0) < 0.3 * h and 0 <= v.x0 - w.x1 < 0.8 * h:
            out.append((v, line_start))
            line_ends = line_ends and v.x0 - w.x1 >= SPACE * h
    if not line_ends:
        return [(v, start) for v, start in out if start is line_start]
    for v in pages.get(w.page, []):
        if 0.5 * h < v.y0 - w.y0 < 2.6 * h and line_start.x0 - 2.5 <= v.x0 <= w.x1 + 2.5:
            out.append((v, v))
    out += [(v, v) for v in pages.get(w.page + 1, [])]
    return [(v, start) for v, start in out if start is not v or _left_neighbour(pages[v.page], v) is None]


def _printed(pages: dict[int, list[Word]], text: str) -> bool:
    """Is `text` printed as a run of words, wrapped at will (a line ending in "-" joins the next
    without a space, as the gold rules say)?"""
    target = " ".join(text.split())

    def follow(w: Word, line_start: Word, done: str) -> bool:
        if done == target:
            return True
        for v, start in _followers(pages, w, line_start):
            glue = "" if start is v and done.endswith("-") else " "
            candidate = done + glue + v.text
            if target.startswith(candidate) and follow(v, start, candidate):
                return True
        return False

    return any(follow(w, w, w.text) for ws in pages.values() for w in ws if target.startswith(w.text))


def check_printed(pdf_path: Path, gold: dict[str, Any]) -> list[str]:
    """Gold items the PDF does not print: goal, key-result, division and result-area texts,
    confidence scores (as standalone numbers) and the slicer's year and quarter."""
    pages: dict[int, list[Word]] = {}
    for w in pdf_words(pdf_path):
        pages.setdefault(w.page, []).append(w)
    texts = {g["text"] for g in gold["goals"]} | {k["text"] for k in gold["key_results"]}
    texts |= {k[f] for k in gold["key_results"] for f in ("division", "result_area")}
    missing = [f"text: {t}" for t in sorted(texts) if not _printed(pages, t)]
    alone: Counter[float] = Counter()
    for ws in pages.values():
        for w in ws:
            h = w.y1 - w.y0
            near = [v for v in ws if v is not w and abs(v.y0 - w.y0) < 0.3 * h
                    and (0 <= v.x0 - w.x1 < SPACE * h or 0 <= w.x0 - v.x1 < SPACE * h)]
            if not near and re.fullmatch(r"\d+(,\d+)?", w.text):
                alone[float(w.text.replace(",", "."))] += 1
    needed = Counter(float(c["confidence"]) for c in gold["kr_confidence"])
    missing += [f"score: {v:g} printed {alone[v]} of {n} times" for v, n in needed.items() if alone[v] < n]
    report = gold["report"]
    for value in (report.get("fiscal_year"), report.get("period")):
        if value is not None and not any(str(value) in w.text for ws in pages.values() for w in ws):
            missing.append(f"report: {value}")
    return missing
