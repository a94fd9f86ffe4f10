"""Goal pages of the annual (TP) variants: a flowing page layout and the per-goal blocks.

`Flow` places blocks top to bottom and opens a new page (with the page header drawn
again) when a block does not fit; tables continue on the next page under a repeated
header row and paragraphs continue line by line, the way a report exporter paginates.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import content_annual as C

from .kit import Cell, Deck, Page, Style, cell, header_lines, text_on, text_width, wrap, wrap_lines

# colour name in content_annual -> the kit's light status key (hues, Cell.light)
LIGHT_KEY = {"green": "on_track", "yellow": "at_risk", "red": "off_track", "grey": "grey"}
BOX_MARGIN = 2.0  # the text box margin Page.text uses


@dataclass(frozen=True)
class Layout:
    """The family's own layout choices (the kit's Style holds the generic ones)."""

    title: str
    period_line: str | None
    date: str
    footer: bool
    footer_title: str
    criteria: bool
    lights: bool
    abbreviations: bool
    dashboard: str                 # "none" | "cards" | "charts"
    groups: tuple[str, ...]        # dashboard parts shown: "cards", "confidence", "tasks"
    chart_kind: str                # "doughnut" | "pie" | "column" | "bar"
    chart_pct: bool
    filters: bool
    goal_prefix: str
    continued: str
    theme_label: str
    owner_label: str
    owner_pos: str                 # "title" | "theme" | "narrative"
    status_prefix: str
    section_titles: bool
    kr_section: str
    kr_header: str
    baseline_header: str
    quarter_headers: tuple[str, ...]
    kpi_quarters: tuple[str, ...]
    value_align: str
    kr_layout: str                 # "table" | "bullets"
    kr_text_share: float
    value_weights: tuple[float, ...]
    note_mode: str                 # "cell" | "footnote"
    summary_title: str
    kpi_title: str
    kpi_header: str
    kpi_bold: bool
    kpi_beside: bool
    kpi_first: bool
    decoy_charts: bool


@dataclass(frozen=True)
class Area:
    """Where a page's flowing content may go: left x, top y, width, bottom y."""

    x: float
    y: float
    w: float
    bottom: float


class Flow:
    """A cursor over pages that all start with `header(page, index) -> Area`."""

    def __init__(self, deck: Deck, header: Callable[[Page, int], Area]) -> None:
        self.deck, self.header, self.count = deck, header, 0
        self.open()

    def open(self) -> None:
        self.page = self.deck.new_page()
        self.area = self.header(self.page, self.count)
        self.count += 1
        self.y, self.fresh = self.area.y, True

    @property
    def room(self) -> float:
        return self.area.bottom - self.y

    def need(self, h: float) -> None:
        """Go to a new page unless `h` fits here (or this page is still empty)."""
        if h > self.room + 0.5 and not self.fresh:
            self.open()
        if h > self.room + 0.5:
            raise OverflowError(f"a block of {h:.0f} pt does not fit a page with {self.room:.0f} pt of room")

    def advance(self, h: float, gap: float) -> None:
        self.y += h + gap
        self.fresh = False

    def block(self, h: float, draw: Callable[[Page, float, float], None], gap: float) -> None:
        """An unsplittable block: draw(page, x, y)."""
        self.need(h)
        draw(self.page, self.area.x, self.y)
        self.advance(h, gap)

    def lines(self, lines: list[str], *, size: float | None = None, bold: bool = False, color: str = "1F1F1F",
              gap: float = 4.0, italic: bool = False) -> None:
        """Printed lines as one paragraph, continued on the next page where the page ends."""
        st = self.deck.style
        one = self.page.text_height(1, size)
        while lines:
            fit = min(int((self.room - 2 * BOX_MARGIN - 1) // one), len(lines))
            if fit < min(2, len(lines)) and not self.fresh:  # no lone first line at a page's foot
                self.open()
                continue
            fit = max(fit, 1)
            chunk, lines = lines[:fit], lines[fit:]
            h = self.page.text_height(len(chunk), size) + 2 * BOX_MARGIN + 1
            self.page.text(self.area.x, self.y, self.area.w, h, [chunk], size=size or st.size, bold=bold,
                           color=color, italic=italic)
            self.advance(h, gap if not lines else 0)
            if lines:
                self.open()

    def rows(self, widths: list[float], head: list[Cell], body: list[list[Cell]], gap: float,
             draw: Callable[[Page, float, float, list[list[Cell]], list[float]], None] | None = None,
             x_off: float = 0.0) -> None:
        """A table whose rows continue on the next page under a repeated header row."""
        heights = self.page.row_heights(widths, [head, *body])
        head_h, body_h = heights[0], heights[1:]
        draw = draw or (lambda page, x, y, rows, hs: page.table(x, y, widths, rows, heights=hs))
        start = 0
        while start < len(body):
            self.need(head_h + body_h[start])
            end = start
            used = head_h
            while end < len(body) and used + body_h[end] <= self.room + 0.5:
                used += body_h[end]
                end += 1
            draw(self.page, self.area.x + x_off, self.y, [head, *body[start:end]], [head_h, *body_h[start:end]])
            self.advance(used, gap if end == len(body) else 0)
            start = end
            if start < len(body):
                self.open()


def legend_size(page: Page, entries: list[tuple[str, list[str]]], vertical: bool, width: float) -> float:
    """Height `Page.legend` will take (the kit draws it at once and measures only while drawing)."""
    st = page.style
    d = st.size * 1.1
    if vertical:
        return sum(page.text_height(len(wrap_lines(label, width - d * 2, st.font, st.size))) + 8
                   for _, label in entries)
    slot = width / max(len(entries), 1)
    return max(page.text_height(len(wrap_lines(label, slot - d * 2.2, st.font, st.size))) + 4
               for _, label in entries)


def para_lines(text: str, width: float, st: Style, size: float | None = None, bold: bool = False) -> list[str]:
    return wrap(text, width - 2 * BOX_MARGIN - 1, st.font, size or st.size, bold)


# ------------------------------------------------------------------------------------------
# one goal
# ------------------------------------------------------------------------------------------

def goal_pages(deck: Deck, goal: dict[str, Any], lay: Layout, rng: random.Random) -> list[str]:
    """The goal's result page(s): header with theme (and owner), the year-end status, the
    key-result table with its legend, the summary and the KPI table.  Returns notes."""
    flow = Flow(deck, lambda page, index: goal_header(page, goal, lay, index, with_owner=lay.owner_pos != "narrative"))
    st = deck.style
    notes = [f"{goal['key']}: starts on page {len(deck.pages)}"]
    status_block(flow, goal, lay)
    if lay.section_titles:
        heading(flow, lay.kr_section)
    notes += kr_block(flow, goal, lay)
    side = lay.kpi_beside and flow.area.w > 480 and summary_and_kpis_side(flow, goal, lay)
    if not side:
        parts = [lambda: summary_block(flow, goal, lay), lambda: kpi_block(flow, goal, lay)]
        for part in parts[::-1] if lay.kpi_first else parts:
            part()
    if lay.decoy_charts and flow.room > st.page_h * 0.28:
        decoy_charts(flow, rng)
        notes.append(f"{goal['key']}: decoy charts beside each other")
    notes.append(f"{goal['key']}: {flow.count} result page(s){', summary|KPI side by side' if side else ''}")
    return notes


def goal_header(page: Page, goal: dict[str, Any], lay: Layout, index: int, *, with_owner: bool) -> Area:
    """Title, theme box (owner in it or under the title) and footer; returns the content area."""
    st = page.style
    m = st.margin
    full = st.page_w - 2 * m
    box_w = max(full * 0.27, 150.0)
    owner = with_owner and index == 0
    theme_lines = [f"{lay.theme_label}", goal["theme"]]
    owner_lines = [f"{lay.owner_label} {goal['owner']}"] if owner else []
    title_w = full - (box_w + 10 if theme_pos(st) == "top" else 0)
    cont = lay.continued if index else ""
    title = wrap(lay.goal_prefix + goal["text"] + cont, title_w - 6, st.font, st.title_size, True)
    title_h = page.text_height(len(title), st.title_size) + 6
    page.text(m, m, title_w, title_h, [title], size=st.title_size, bold=True, color=st.accent)
    y = m + title_h + 6
    bottom = footer(page, lay) - 4
    in_box = owner and lay.owner_pos == "theme"
    if owner and not in_box:
        lines = para_lines(owner_lines[0], full, st)
        page.text(m, y, full, page.text_height(len(lines)) + 4, [lines], bold=True, color="404040")
        y += page.text_height(len(lines)) + 8
    box = theme_lines + (owner_lines if in_box else [])
    pos = theme_pos(st)
    if pos == "top":
        theme_box(page, st.page_w - m - box_w, m, box_w, box)
        return Area(m, max(y, m + theme_box_h(page, box_w, box) + 8), full, bottom)
    if pos == "side":
        theme_box(page, st.page_w - m - box_w * 0.8, y, box_w * 0.8, box)
        return Area(m, y, full - box_w * 0.8 - 12, bottom)
    h = theme_box_h(page, full, [" ".join(box[:2]), *box[2:]])
    theme_box(page, m, bottom - h, full, [" ".join(box[:2]), *box[2:]])
    return Area(m, y, full, bottom - h - 8)


def theme_pos(st: Style) -> str:
    """The style's theme box place; a side column only on landscape pages (on a portrait page
    it would leave the key-result table too narrow, and templates put it on top there)."""
    return "top" if st.theme_pos == "side" and st.page_w < 700 else st.theme_pos


def theme_box_lines(page: Page, w: float, lines: list[str]) -> list[str]:
    st = page.style
    return [piece for line in lines for piece in para_lines(line, w - 8, st)]


def theme_box_h(page: Page, w: float, lines: list[str]) -> float:
    return page.text_height(len(theme_box_lines(page, w, lines))) + 12


def theme_box(page: Page, x: float, y: float, w: float, lines: list[str]) -> None:
    """The strategic theme in a tinted box with an accent bar (as the slide template has it)."""
    st = page.style
    h = theme_box_h(page, w, lines)
    page.rect(x, y, w, h, "F2F2F2" if st.zebra else None, line=st.rule_color if not st.zebra else None)
    page.rect(x, y, 3, h, st.accent)
    page.text(x + 6, y + 4, w - 8, h - 6, [theme_box_lines(page, w, lines)], color="404040")


def footer(page: Page, lay: Layout) -> float:
    """The running footer, when the style has one; returns where content must end."""
    st = page.style
    if not lay.footer:
        return st.page_h - st.margin
    size = st.size * 0.8
    y = st.page_h - st.margin * 0.6 - page.text_height(1, size)
    text = f"{C.ORGANIZATION} | {lay.footer_title} | {len(page.deck.pages)}"
    page.line(st.margin, y - 2, st.page_w - st.margin, y - 2, st.rule_color, 0.5)
    page.text(st.margin, y, st.page_w - 2 * st.margin, page.text_height(1, size) + 4, [text], size=size,
              color="595959", align="right")
    return y - 4


def heading(flow: Flow, text: str) -> None:
    st = flow.deck.style
    size = st.size * 1.25
    flow.block(flow.page.text_height(1, size) + 4,
               lambda page, x, y: page.text(x, y, flow.area.w, page.text_height(1, size) + 4, [text], size=size,
                                            bold=True, color=st.accent), gap=2)


def status_block(flow: Flow, goal: dict[str, Any], lay: Layout) -> None:
    """The year-end result as printed: a light in the style's marker plus the legend's label."""
    st = flow.deck.style
    label, colour = C.RESULT_LABELS[goal["status"]]
    key = LIGHT_KEY[colour]
    text = lay.status_prefix + label
    size = st.size * 1.15
    h = flow.page.text_height(1, size) + 8
    w = text_width(text, st.font, size, True) + 12

    def draw(page: Page, x: float, y: float) -> None:
        if st.marker == "cell":
            page.text(x, y, w + 8, h, [text], size=size, bold=True, fill=st.light(key),
                      color=text_on(st.light(key)), valign="middle", margin=4)
        elif st.marker == "text":
            page.text(x, y, w, h, [text], size=size, bold=True, color=st.light(key), valign="middle")
        else:
            page.marker(x + size * 0.6, y + h / 2, size, key)
            page.text(x + size * 1.5, y, w, h, [text], size=size, bold=True, valign="middle")

    flow.block(h, draw, gap=8)


def kr_legend_entries() -> list[tuple[str, list[str]]]:
    return [(LIGHT_KEY[colour], [label]) for label, colour in C.KR_LEGEND]


def kr_rows(goal: dict[str, Any], lay: Layout) -> tuple[list[str], list[list[Cell]]]:
    """Header labels and body rows of the key-result table (text column first, periods in time order)."""
    body = []
    for kr in goal["key_results"]:
        text = [kr["text"]] + ([f"– {kr['note']}"] if kr["note"] and lay.note_mode == "cell" else [])
        row = [Cell(tuple(text))]
        for index, value in enumerate(kr["values"]):
            light = LIGHT_KEY[kr["q4_light"]] if index == 4 and kr["q4_light"] else None
            row.append(cell(value, light=light, align=lay.value_align) if value else cell(align=lay.value_align))
        body.append(row)
    return [lay.kr_header, lay.baseline_header, *lay.quarter_headers], body


def head_cells(labels: list[str], widths: list[float], lay: Layout, st: Style) -> list[Cell]:
    return [cell(*header_lines(lab, st, w), bold=True, align="left" if i == 0 else lay.value_align)
            for i, (lab, w) in enumerate(zip(labels, widths, strict=True))]


def column_minimums(labels: list[str], body: list[list[Cell]], st: Style) -> list[float]:
    """The narrowest each column may be: its longest header piece, and in the first (text)
    column its longest word, in the others its longest whole value (a value never wraps)."""
    mins = []
    for k, label in enumerate(labels):
        need = max(text_width(piece, st.font, st.size, True) for piece in header_lines(label, st, 1.0))
        for row in body:
            c = row[k]
            pieces = [w for line in c.lines for w in line.split()] if k == 0 else list(c.lines)
            marker = st.size * 1.6 if c.light and st.marker not in ("cell", "text") else 0.0
            need = max(need, *(text_width(p, st.font, st.size, c.bold) + marker for p in pieces or [""]))
        mins.append(need + 2 * st.pad + 4)
    return mins


def fit_widths(total: float, shares: list[float], mins: list[float]) -> list[float] | None:
    """Column widths near `shares` of `total` but none below its minimum; None if impossible."""
    if sum(mins) > total:
        return None
    widths = [max(total * share / sum(shares), low) for share, low in zip(shares, mins, strict=True)]
    excess = sum(widths) - total
    if excess > 0:
        slack = [w - low for w, low in zip(widths, mins, strict=True)]
        widths = [w - excess * room / sum(slack) for w, room in zip(widths, slack, strict=True)]
    return widths


def kr_block(flow: Flow, goal: dict[str, Any], lay: Layout) -> list[str]:
    """The key-result table with the achievement legend above, below or beside it; returns notes."""
    st = flow.deck.style
    entries = kr_legend_entries()
    labels, body = kr_rows(goal, lay)
    shares = [lay.kr_text_share, *((1 - lay.kr_text_share) * w / sum(lay.value_weights) for w in lay.value_weights)]
    mins = column_minimums(labels, body, st)
    floor = mins[0]
    mins[0] = max(floor, flow.area.w * 0.25)  # a text column narrower than this would not be drawn
    beside = st.legend_pos in ("left", "right")
    legend_w = flow.area.w * 0.2
    table_w = flow.area.w - (legend_w + 12 if beside else 0)
    widths = fit_widths(table_w, shares, mins)
    notes = []
    if widths is None:  # no room for a legend column: it goes above the table
        beside, table_w = False, flow.area.w
        notes.append(f"{goal['key']}: no room for the legend beside the table, put above it")
        widths = fit_widths(table_w, shares, mins)
    if widths is None:  # a narrow page: the text column takes what the values leave
        widths = fit_widths(table_w, shares, [max(floor, flow.area.w * 0.15), *mins[1:]])
    if widths is None:
        raise OverflowError(f"key-result table needs {sum(mins):.0f} pt, the page has {table_w:.0f} pt")
    head = head_cells(labels, widths, lay, st)
    if lay.kr_layout == "bullets":  # the bullet's indent narrows the text; rows are measured so
        room = widths[0] - 2 * st.pad - st.size * 1.6
        body = [[Cell(tuple(wrap_lines(list(row[0].lines), room, st.font, st.size))), *row[1:]] for row in body]
    if st.legend_pos == "top" or (st.legend_pos in ("left", "right") and not beside):
        legend_row(flow, entries)
    if beside:
        h = legend_size(flow.page, entries, True, legend_w)
        flow.need(max(h, flow.page.row_heights(widths, [head, body[0]])[0] * 2))
        lx = flow.area.x + (0 if st.legend_pos == "left" else table_w + 12)
        flow.page.legend(lx, flow.y, entries, vertical=True, width=legend_w)
        top = flow.y
    off = legend_w + 12 if st.legend_pos == "left" else 0.0
    order = [kr["text"] for kr in goal["key_results"]]
    flow.rows(widths, head, body, gap=6, draw=kr_drawer(lay, widths, st, order), x_off=off)
    if beside and flow.y < top + h + 6:
        flow.y = top + h + 6
    if st.legend_pos == "bottom":
        legend_row(flow, entries)
    footnotes = [kr["note"] for kr in goal["key_results"] if kr["note"] and lay.note_mode == "footnote"]
    for note in footnotes:
        flow.lines(para_lines(note, flow.area.w, st, st.size * 0.9), size=st.size * 0.9, italic=True, gap=6)
    return notes


def kr_drawer(lay: Layout, widths: list[float], st: Style, order: list[str]) -> Callable[..., None]:
    """Draw rows as one table, or (as the slide template does) the key results as bullet
    text boxes beside a values-only table."""
    if lay.kr_layout == "table":
        return lambda page, x, y, rows, hs: page.table(x, y, widths, rows, heights=hs)

    def draw(page: Page, x: float, y: float, rows: list[list[Cell]], hs: list[float]) -> None:
        page.table(x + widths[0], y, widths[1:], [r[1:] for r in rows], heights=hs)
        page.text(x, y, widths[0], hs[0], [list(rows[0][0].lines)], bold=True, valign=st.header_valign,
                  color=st.accent)
        top = y + hs[0]
        for row, h in zip(rows[1:], hs[1:], strict=True):
            lines = list(row[0].lines)
            if st.bullet == "1.":  # one text box per row: the kit would number each "1."
                number = next(i for i, text in enumerate(order) if text.startswith(lines[0])) + 1
                lines[0] = f"{number}. {lines[0]}"
            page.text(x, top, widths[0] - st.pad, h, [lines], bullets=st.bullet != "1.", valign="middle")
            top += h
    return draw


def legend_row(flow: Flow, entries: list[tuple[str, list[str]]]) -> None:
    h = legend_size(flow.page, entries, False, flow.area.w)
    flow.block(h, lambda page, x, y: page.legend(x, y, entries, vertical=False, width=flow.area.w), gap=8)


def summary_block(flow: Flow, goal: dict[str, Any], lay: Layout) -> None:
    st = flow.deck.style
    first = para_lines(goal["summary"][0], flow.area.w, st)[:2]
    flow.need(flow.page.text_height(1, st.size * 1.25) + 6 + flow.page.text_height(len(first)) + 2 * BOX_MARGIN + 1)
    heading(flow, lay.summary_title)
    for text in goal["summary"]:
        flow.lines(para_lines(text, flow.area.w, st), gap=st.size * 0.5)


def kpi_rows(goal: dict[str, Any], lay: Layout) -> tuple[list[str], list[list[Cell]]]:
    body = [[cell(name, bold=lay.kpi_bold)] + [cell(v, align=lay.value_align) if v else cell() for v in values]
            for name, values in goal["kpis"]]
    return [lay.kpi_header, lay.baseline_header, *lay.kpi_quarters], body


def kpi_table(goal: dict[str, Any], lay: Layout, st: Style, width: float) -> tuple[list[float], list[Cell],
                                                                                list[list[Cell]]] | None:
    """Widths, header and rows of the KPI table in `width`, or None when it does not fit."""
    labels, body = kpi_rows(goal, lay)
    widths = fit_widths(width, [0.4, 0.2, 0.2, 0.2], column_minimums(labels, body, st))
    return None if widths is None else (widths, head_cells(labels, widths, lay, st), body)


def kpi_block(flow: Flow, goal: dict[str, Any], lay: Layout) -> None:
    st = flow.deck.style
    table = kpi_table(goal, lay, st, min(flow.area.w, st.page_w * 0.6)) or kpi_table(goal, lay, st, flow.area.w)
    if table is None:
        raise OverflowError("the KPI table does not fit the page width")
    widths, head, body = table
    heights = flow.page.row_heights(widths, [head, *body])
    flow.need(flow.page.text_height(1, st.size * 1.25) + 6 + heights[0] + heights[1])
    heading(flow, lay.kpi_title)
    flow.rows(widths, head, body, gap=8)


def summary_and_kpis_side(flow: Flow, goal: dict[str, Any], lay: Layout) -> bool:
    """Summary on the left, KPI table on the right, when both fit the rest of this page."""
    st = flow.deck.style
    left_w, right_w = flow.area.w * 0.58, flow.area.w * 0.38
    paras = [para_lines(t, left_w, st) for t in goal["summary"]]
    head_h = flow.page.text_height(1, st.size * 1.25) + 6
    left_h = head_h + sum(flow.page.text_height(len(p)) + 5 + st.size * 0.5 for p in paras)
    table = kpi_table(goal, lay, st, right_w)
    if table is None:
        return False
    widths, head, body = table
    right_h = head_h + sum(flow.page.row_heights(widths, [head, *body]))
    if max(left_h, right_h) > flow.room:
        return False
    page, x, y = flow.page, flow.area.x, flow.y
    size = st.size * 1.25
    for text, (dx, w) in ((lay.summary_title, (0, left_w)), (lay.kpi_title, (flow.area.w - right_w, right_w))):
        page.text(x + dx, y, w, head_h, [text], size=size, bold=True, color=st.accent)
    top = y + head_h
    for lines in paras:
        h = page.text_height(len(lines)) + 5
        page.text(x, top, left_w, h, [lines])
        top += h + st.size * 0.5
    page.table(x + flow.area.w - right_w, y + head_h, widths, [head, *body])
    flow.advance(max(left_h, right_h), 8)
    return True


DECOY_CHARTS = (("Yhteydenotot kanavittain", ["Puhelin", "Chat", "Verkko", "Käynti"]),
                ("Asiakaspalautteet", ["Tammi", "Huhti", "Heinä", "Loka"]),
                ("Henkilöstön vaihtuvuus", ["2022", "2023", "2024", "2025"]))


def decoy_charts(flow: Flow, rng: random.Random) -> None:
    """Two small native charts side by side that carry none of the report's facts."""
    st = flow.deck.style
    h = min(flow.room - 4, st.page_h * 0.35)
    w = (flow.area.w - 12) / 2
    colours = [st.hues["on_track"], st.hues["at_risk"], st.hues["off_track"]]
    for index, (title, cats) in enumerate(rng.sample(DECOY_CHARTS, 2)):
        x = flow.area.x + index * (w + 12)
        flow.page.text(x, flow.y, w, flow.page.text_height(1) + 4, [title], bold=True)
        names = rng.sample(("2024", "2025", "Tavoitetaso"), k=rng.randint(2, 3))  # one series would get a title
        series = {n: [rng.randint(5, 900) for _ in cats] for n in names}
        flow.page.bar_chart(x, flow.y + flow.page.text_height(1) + 4, w, h - flow.page.text_height(1) - 4, cats,
                            series, rng.sample(colours, k=len(names)))
    flow.advance(h, 4)


# ------------------------------------------------------------------------------------------
# the owner's narrative
# ------------------------------------------------------------------------------------------

def narrative_pages(deck: Deck, goal: dict[str, Any], lay: Layout) -> None:
    """The narrative of the year, continued over as many pages as it takes."""
    st = deck.style
    owner = lay.owner_pos == "narrative"
    flow = Flow(deck, lambda page, index: goal_header(page, goal, lay, index, with_owner=owner))
    first = goal["narrative_pages"][0]
    if first["verdict"]:
        flow.lines([first["verdict"]], bold=True, gap=st.size * 0.6)
    for page in goal["narrative_pages"]:
        for text in page["paragraphs"]:
            flow.lines(para_lines(text, flow.area.w, st), gap=st.size * 0.5)
