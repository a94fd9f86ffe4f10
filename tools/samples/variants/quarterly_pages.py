"""Page flow of the quarterly variants: a goal's blocks (key-result table, KPI table, summary,
narrative) are placed top to bottom on as many pages as they need.  Tables split between rows
with the header repeated on the continuation page, as exporters do; text splits between
paragraphs (or lines of a long one); two blocks go side by side only when both fit.

Generic enough for any family, but kept here because the kit has no flow of its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .kit import HYPHEN_POINTS, Cell, Deck, Page, Style, header_lines, number_bullet, text_width, wrap, wrap_lines

Box = tuple[float, float, float, float]  # content x, top, width, bottom of a page
# LibreOffice sets a text box's lines ~17 % tighter than kit.Page.text_height assumes (measured
# with pdftotext -bbox); stacked text boxes use 90 % of it so they do not leave line-high gaps.
TEXT_FIT = 0.9


def heading_size(style: Style) -> float:
    return round(style.size * 1.25, 1)


def draw_heading(page: Page, x: float, y: float, w: float, text: str | None) -> float:
    """A bold section heading in the accent colour; returns the height it takes."""
    if not text:
        return 0.0
    st = page.style
    size = heading_size(st)
    lines = wrap(text, w - 4, st.font, size, bold=True)
    h = page.text_height(len(lines), size) + 4
    page.text(x, y, w, h, [lines], size=size, bold=True, color=st.accent)
    return h + st.size * 0.3


def heading_height(page: Page, w: float, text: str | None) -> float:
    if not text:
        return 0.0
    st = page.style
    lines = wrap(text, w - 4, st.font, heading_size(st), bold=True)
    return page.text_height(len(lines), heading_size(st)) + 4 + st.size * 0.3


class Flow:
    """The pages of one section: `frame(page, n)` draws the n-th page's frame (title, theme box,
    footer) and returns its content box; blocks are placed from the top of that box down."""

    def __init__(self, deck: Deck, frame: Callable[[Page, int], Box]) -> None:
        self.deck = deck
        self.style = deck.style
        self.frame = frame
        self.count = 0
        self.new_page()

    def new_page(self) -> None:
        self.page = self.deck.new_page()
        self.x, self.top, self.w, self.bottom = self.frame(self.page, self.count)
        self.y = self.top
        self.count += 1

    @property
    def room(self) -> float:
        return self.bottom - self.y

    @property
    def fresh(self) -> bool:
        return self.y <= self.top + 0.5

    def ensure(self, h: float) -> None:
        if h > self.room and not self.fresh:
            self.new_page()

    def gap(self) -> None:
        if not self.fresh:
            self.y += self.style.size * 1.3

    def side_by_side(self, left: Block, right: Block, share: float) -> bool:
        """Place two blocks next to each other (left gets `share` of the width); False, and
        nothing drawn, when they cannot share a page (too narrow, or taller than a page)."""
        gap = self.style.size * 1.5
        for _ in range(2):
            wl = (self.w - gap) * share
            wr = self.w - gap - wl
            if not (left.fits(self.page, wl) and right.fits(self.page, wr)):
                return False
            h = max(left.height(self.page, wl), right.height(self.page, wr))
            room = self.room - (0 if self.fresh else self.style.size * 1.3)
            if h <= room:
                self.gap()
                left.draw(self.page, self.x, self.y, wl)
                right.draw(self.page, self.x + wl + gap, self.y, wr)
                self.y += h
                return True
            if self.fresh:
                return False
            self.new_page()
        return False


class Block:
    def drawn_widths(self, page: Page, w: float) -> list[float]:
        """The fitted widths; a table whose widest words cannot all fit (seed 117's narrow
        frame) is squeezed to its drawn proportions, its words wrapping or overflowing as an
        exporter's would."""
        total = w - self._strip(w)
        return self.widths(page, w) or [f / sum(self.fracs) * total for f in self.fracs]

    def fits(self, page: Page, w: float) -> bool:
        return True

    def height(self, page: Page, w: float) -> float:
        raise NotImplementedError

    def draw(self, page: Page, x: float, y: float, w: float) -> float:
        raise NotImplementedError

    def flow(self, flow: Flow) -> None:
        raise NotImplementedError


# ------------------------------------------------------------------------------------------
# text
# ------------------------------------------------------------------------------------------

@dataclass
class Para:
    indent: float
    lines: list[str]
    real_bullet: bool   # drawn as a paragraph bullet (kit), else any mark is typed into lines[0]


@dataclass
class TextBlock(Block):
    heading: str | None
    paras: list[tuple[int, str]]    # (level, text); level 1 is a sub-item
    bullets: bool = False
    size: float | None = None

    def layout(self, style: Style, w: float) -> list[Para]:
        size = self.size or style.size
        step = size * 1.4
        out = []
        for index, (level, text) in enumerate(self.paras):
            mark = "–" if level else number_bullet(style, index) if self.bullets else ""
            indent = level * step
            if mark in ("•", "–", "▪") and not level:
                out.append(Para(indent, wrap(text, w - indent - step - 6, style.font, size), True))
                continue
            prefix = f"{mark} " if mark else ""
            lines = wrap(text, w - indent - 6 - text_width(prefix, style.font, size), style.font, size)
            out.append(Para(indent, [prefix + lines[0], *lines[1:]], False))
        return out

    def _h(self, page: Page, paras: list[Para]) -> float:
        return page.text_height(sum(len(p.lines) for p in paras), self.size) * TEXT_FIT + 4 if paras else 0.0

    def height(self, page: Page, w: float) -> float:
        return heading_height(page, w, self.heading) + self._h(page, self.layout(page.style, w))

    def draw(self, page: Page, x: float, y: float, w: float) -> float:
        top = y + draw_heading(page, x, y, w, self.heading)
        return top - y + self._draw_paras(page, x, top, w, self.layout(page.style, w))

    def _draw_paras(self, page: Page, x: float, y: float, w: float, paras: list[Para]) -> float:
        """Consecutive paragraphs of one kind and indent share a text box, as typed slides do."""
        top = y
        start = 0
        for end in range(1, len(paras) + 1):
            if end < len(paras) and (paras[end].indent, paras[end].real_bullet) == \
                    (paras[start].indent, paras[start].real_bullet):
                continue
            group = paras[start:end]
            h = self._h(page, group)
            page.text(x + group[0].indent, top, w - group[0].indent, h, [p.lines for p in group],
                      size=self.size, bullets=group[0].real_bullet)
            top += h
            start = end
        return top - y

    def flow(self, flow: Flow) -> None:
        st = flow.style
        paras = self.layout(st, flow.w)
        line_h = flow.page.text_height(1, self.size) * TEXT_FIT
        flow.ensure(heading_height(flow.page, flow.w, self.heading) + 3 * line_h + 4)
        flow.y += draw_heading(flow.page, flow.x, flow.y, flow.w, self.heading)
        pending: list[Para] = []
        while paras:
            para = paras.pop(0)
            free = flow.room - self._h(flow.page, pending) - 4
            if self._h(flow.page, [*pending, para]) <= flow.room:
                pending.append(para)
                continue
            fit = int(free // line_h)
            if fit >= 2:  # split the paragraph; its rest continues unmarked under the same indent
                step = 0.0 if not para.real_bullet else (self.size or st.size) * 1.4
                pending.append(Para(para.indent, para.lines[:fit], para.real_bullet))
                paras.insert(0, Para(para.indent + step, para.lines[fit:], False))
            else:
                paras.insert(0, para)
            flow.y += self._draw_paras(flow.page, flow.x, flow.y, flow.w, pending)
            pending = []
            flow.new_page()
        flow.y += self._draw_paras(flow.page, flow.x, flow.y, flow.w, pending)


# ------------------------------------------------------------------------------------------
# tables
# ------------------------------------------------------------------------------------------

@dataclass
class Legend:
    entries: list[tuple[str, list[str]]]
    pos: str            # "top" | "bottom" | "left" | "right"
    width_share: float  # of the block width (horizontal) or the strip (vertical)

    def height(self, page: Page, width: float, vertical: bool) -> float:
        """What kit.Page.legend will take (the kit has no measuring twin of it)."""
        st = page.style
        d = st.size * 1.1
        if vertical:
            return sum(page.text_height(len(wrap_lines(lines, width - d * 2, st.font, st.size))) + 8
                       for _, lines in self.entries)
        slot = width / len(self.entries)
        return max(page.text_height(len(wrap_lines(lines, slot - d * 2.2, st.font, st.size))) + 4
                   for _, lines in self.entries)

    def strip(self, w: float) -> float:
        return 0.0 if self.pos in ("top", "bottom") else max(100.0, w * self.width_share)


def word_min(word: str, style: Style, size: float, bold: bool) -> float:
    """The narrowest a word can print: a header word the kit may hyphenate counts by its parts."""
    cut = HYPHEN_POINTS.get(word.lower())
    if cut:
        return max(text_width(word[:cut] + "-", style.font, size, bold), text_width(word[cut:], style.font, size, bold))
    return text_width(word, style.font, size, bold)


def fit_widths(fracs: list[float], mins: list[float], total: float) -> list[float] | None:
    """Column widths in proportion to `fracs`, each at least its minimum (taken from the
    columns with room to spare); None when the minimums do not fit in `total`."""
    widths = [max(f / sum(fracs) * total, m) for f, m in zip(fracs, mins, strict=True)]
    short = sum(widths) - total
    slack = [w - m for w, m in zip(widths, mins, strict=True)]
    if sum(slack) < short:
        return None
    return [w - s / sum(slack) * short if short > 0 else w for w, s in zip(widths, slack, strict=True)]


@dataclass
class TableBlock(Block):
    heading: str | None
    header: list[list[str]]     # header rows of labels, cased and split by kit.header_lines
    body: list[list[Cell]]
    fracs: list[float]
    size: float
    legend: Legend | None = None
    first_min: float = 0.3      # share of the table the first (text) column needs at least
    aligns: list[str] = field(default_factory=list)

    def _strip(self, w: float) -> float:
        return self.legend.strip(w) + self.size if self.legend and self.legend.strip(w) else 0.0

    def widths(self, page: Page, w: float) -> list[float] | None:
        st = page.style
        total = w - self._strip(w)
        mins = []
        for k in range(len(self.fracs)):
            words = [(word, False) for row in self.body for line in row[k].lines for word in line.split()]
            words += [(word, True) for row in self.header for word in row[k].split()]
            cased = [(word.upper() if bold and st.header_case == "upper" else word, bold) for word, bold in words]
            widest = max((word_min(word, st, self.size, bold) for word, bold in cased), default=0.0)
            lit = any(row[k].light for row in self.body) and st.marker not in ("cell", "text")
            mins.append(widest + 2 * st.pad + (self.size * 1.6 if lit else 0) + 2)
        mins[0] = max(mins[0], total * self.first_min)
        return fit_widths(self.fracs, mins, total)

    def drawn_widths(self, page: Page, w: float) -> list[float]:
        """The fitted widths; a table whose widest words cannot all fit (seed 117's narrow
        frame) is squeezed to its drawn proportions, its words wrapping or overflowing as an
        exporter's would."""
        total = w - self._strip(w)
        return self.widths(page, w) or [f / sum(self.fracs) * total for f in self.fracs]

    def fits(self, page: Page, w: float) -> bool:
        return self.widths(page, w) is not None

    def rows(self, page: Page, widths: list[float]) -> tuple[list[list[Cell]], list[float]]:
        aligns = self.aligns or ["left"] + ["center"] * (len(widths) - 1)
        head = [[Cell(tuple(header_lines(label, page.style, wd)), bold=True, align=a) if label else Cell()
                 for label, wd, a in zip(row, widths, aligns, strict=True)] for row in self.header]
        rows = head + self.body
        return rows, page.row_heights(widths, rows, self.size)

    def _legend_top(self, page: Page, w: float) -> tuple[float, float, float]:
        """(x offset, y offset, width) of a top legend: beside the heading when it has room."""
        st = page.style
        lw = w * self.legend.width_share if self.legend else w
        beside = text_width(self.heading or "", st.font, heading_size(st), True) + st.size * 2
        if self.heading and w - beside >= lw:
            return w - lw, 0.0, lw
        return 0.0, heading_height(page, w, self.heading), lw

    def _pre(self, page: Page, w: float) -> float:
        h = heading_height(page, w, self.heading)
        if self.legend and self.legend.pos == "top":
            _, dy, lw = self._legend_top(page, w)
            h = max(h, dy + self.legend.height(page, lw, False) + page.style.size * 0.5)
        return h

    def _post(self, page: Page, w: float) -> float:
        if self.legend and self.legend.pos == "bottom":
            return page.style.size * 1.2 + self.legend.height(page, w * self.legend.width_share, False)
        return 0.0

    def _draw_pre(self, page: Page, x: float, y: float, w: float) -> float:
        h = self._pre(page, w)
        draw_heading(page, x, y, w, self.heading)
        if self.legend and self.legend.pos == "top":
            dx, dy, lw = self._legend_top(page, w)
            page.legend(x + dx, y + dy, self.legend.entries, vertical=False, width=lw)
        return h

    def _draw_chunk(self, page: Page, x: float, y: float, w: float, rows: list[list[Cell]], heights: list[float],
                    side_legend: bool) -> float:
        widths = self.drawn_widths(page, w)
        strip = self._strip(w)
        table_x = x + strip if self.legend and self.legend.pos == "left" else x
        h = page.table(table_x, y, widths, rows, header_rows=len(self.header), size=self.size, heights=heights)
        if side_legend and self.legend and strip:
            lx = x if self.legend.pos == "left" else x + w - strip + self.size
            vertical_w = strip - self.size
            page.legend(lx, y, self.legend.entries, vertical=True, width=vertical_w)
            h = max(h, self.legend.height(page, vertical_w, True))
        return h

    def _side_h(self, page: Page, w: float) -> float:
        strip = self._strip(w)
        return self.legend.height(page, strip - self.size, True) if self.legend and strip else 0.0

    def height(self, page: Page, w: float) -> float:
        _, heights = self.rows(page, self.drawn_widths(page, w))
        return self._pre(page, w) + max(sum(heights), self._side_h(page, w)) + self._post(page, w)

    def draw(self, page: Page, x: float, y: float, w: float) -> float:
        rows, heights = self.rows(page, self.drawn_widths(page, w))
        top = y + self._draw_pre(page, x, y, w)
        top += self._draw_chunk(page, x, top, w, rows, heights, True)
        self._draw_post(page, x, top, w)
        return top - y + self._post(page, w)

    def _draw_post(self, page: Page, x: float, y: float, w: float) -> None:
        if self.legend and self.legend.pos == "bottom":
            page.legend(x, y + page.style.size * 1.2, self.legend.entries, vertical=False,
                        width=w * self.legend.width_share)

    def flow(self, flow: Flow) -> None:
        """Rows that fit go on this page; the rest continue on the next with the header again."""
        page = flow.page
        rows, heights = self.rows(page, self.drawn_widths(page, flow.w))
        n_head = len(self.header)
        head_h = sum(heights[:n_head])
        first_row = heights[n_head] if len(heights) > n_head else 0.0
        flow.ensure(self._pre(page, flow.w) + max(head_h + first_row, self._side_h(page, flow.w)))
        flow.y += self._draw_pre(flow.page, flow.x, flow.y, flow.w)
        body = list(range(n_head, len(rows)))
        first = True
        while body:
            take = 0
            while take < len(body) and head_h + sum(heights[i] for i in body[:take + 1]) <= flow.room:
                take += 1
            if take == 0 and not flow.fresh:
                flow.new_page()
                continue
            take = max(take, 1)
            chunk = list(range(n_head)) + body[:take]
            flow.y += self._draw_chunk(flow.page, flow.x, flow.y, flow.w, [rows[i] for i in chunk],
                                       [heights[i] for i in chunk], first)
            body = body[take:]
            first = False
            if body:
                flow.new_page()
        post = self._post(flow.page, flow.w)
        if post:
            flow.ensure(post)
            self._draw_post(flow.page, flow.x, flow.y, flow.w)
            flow.y += post
