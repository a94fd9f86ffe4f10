"""Page flow for the binding-goals variants (binding.py): blocks placed top to bottom,
a new page when one does not fit, tables split between rows with their header repeated,
text split between lines.  Also the small cell / legend helpers binding draws with, and
the PDF read-back behind binding.check_printed.

Wrapping here never breaks a line after a word that ends in a hyphen ("Strategia- ja"
stays on one line), because the gold rule joins such a line without a space and would
then differ from the text.  A "\\n" in a text is a break the transcription forces.
"""

from __future__ import annotations

import html
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pptx.oxml.ns import qn

from .kit import Cell, Deck, Page, Style, header_lines, text_width, wrap_lines

LIGHT_OF = {"green": "on_track", "yellow": "at_risk", "red": "off_track"}  # colour names -> kit statuses

# The kit's text box adds `margin` (2 pt) on each side; wrap a little inside that too.
BOX_SLACK = 6.0


class Measure:
    """Page.row_heights / text_height without a page (the flow measures before it draws)."""

    def __init__(self, style: Style) -> None:
        self.style = style

    text_height = Page.text_height
    row_heights = Page.row_heights


def units(text: str) -> list[str]:
    """Words of one forced line, a word ending in '-' glued to the next one."""
    out: list[str] = []
    for token in text.split():
        if out and out[-1].endswith("-") and len(out[-1]) > 1:
            out[-1] += " " + token
        else:
            out.append(token)
    return out


def wrap_safe(text: str, width: float, font: str, size: float, bold: bool = False) -> list[str]:
    """Greedy wrap to `width` at spaces, keeping forced breaks and hyphen-ended words."""
    lines: list[str] = []
    for forced in text.split("\n"):
        current = ""
        for unit in units(forced):
            candidate = f"{current} {unit}" if current else unit
            if current and text_width(candidate, font, size, bold) > width:
                lines.append(current)
                current = unit
            else:
                current = candidate
        lines.append(current)
    return lines


def widest_unit(texts: list[str], font: str, size: float, bold: bool = False) -> float:
    """Width of the widest unbreakable piece of `texts` (a column must be at least this)."""
    return max((text_width(u, font, size, bold) for t in texts for line in t.split("\n") for u in units(line)),
               default=0.0)


def fit_widths(total: float, fractions: list[float], minimum: list[float]) -> list[float]:
    """Column widths in the drawn proportions (scaled to fill `total`), each at least its minimum."""
    scale = total / sum(fractions)
    widths = [max(f * scale, m) for f, m in zip(fractions, minimum, strict=True)]
    extra = sum(widths) - total
    flexible = [i for i, (w, m) in enumerate(zip(widths, minimum, strict=True)) if w > m]
    while extra > 0.5 and flexible:
        room = sum(widths[i] - minimum[i] for i in flexible)
        take = min(extra, room)
        for i in flexible:
            widths[i] -= take * (widths[i] - minimum[i]) / room
        extra -= take
        flexible = [i for i in flexible if widths[i] > minimum[i] + 0.5]
    return widths


@dataclass
class Frame:
    """The writable area of the page the flow is on."""

    left: float
    top: float
    width: float
    bottom: float


class Flow:
    """Places blocks one under another across pages of `deck`.

    `decorate(page) -> Frame` is called for each new page: it draws what belongs on every
    page of the current section (a theme band, say) and returns the area left to write."""

    def __init__(self, deck: Deck, decorate: Callable[[Page], Frame]) -> None:
        self.deck = deck
        self.st = deck.style
        self.measure = Measure(deck.style)
        self.decorate = decorate
        self.page: Page | None = None
        self.frame = Frame(0, 0, 0, 0)
        self.y = 0.0

    # -- pages -------------------------------------------------------------------------
    def new_page(self) -> Page:
        self.page = self.deck.new_page()
        self.frame = self.decorate(self.page)
        self.y = self.frame.top
        return self.page

    def break_page(self) -> None:
        """The next block starts on a new page (drawn lazily: no empty trailing page)."""
        self.page = None

    def room(self) -> float:
        return self.frame.bottom - self.y if self.page else 0.0

    def fresh(self) -> bool:
        return self.page is not None and self.y <= self.frame.top + 0.5

    def ensure(self, height: float) -> Page:
        """A page with `height` free below the cursor (a new one if needed)."""
        if self.page is None or (height > self.room() and not self.fresh()):
            self.new_page()
        assert self.page is not None
        return self.page

    def gap(self, height: float) -> None:
        if self.page is not None and not self.fresh():
            self.y = min(self.y + height, self.frame.bottom)

    # -- blocks ------------------------------------------------------------------------
    def block(self, height: float, draw: Callable[[Page, float, float, float], None]) -> None:
        """An unbreakable block: draw(page, x, y, width)."""
        page = self.ensure(height)
        draw(page, self.frame.left, self.y, self.frame.width)
        self.y += height

    def lines(self, lines: list[str], *, size: float | None = None, bold: bool = False, color: str = "1F1F1F",
              indent: float = 0.0, keep: int = 2, italic: bool = False) -> None:
        """Printed lines, split between pages where they do not fit (at least `keep` together)."""
        size = size or self.st.size
        line_h = self.measure.text_height(1, size)
        start = 0
        while start < len(lines):
            page = self.ensure(min(keep, len(lines) - start) * line_h + 4)
            fit = max(1, int((self.room() - 4) // line_h))
            chunk = lines[start:start + fit]
            h = self.measure.text_height(len(chunk), size) + 4
            page.text(self.frame.left + indent, self.y, self.frame.width - indent, h, [chunk], size=size,
                      bold=bold, color=color, italic=italic)
            self.y += h
            start += len(chunk)
            if start < len(lines):
                self.break_page()

    def paragraph(self, text: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        size = kwargs.get("size") or self.st.size
        self.ensure(0)  # the frame's width is known once there is a page
        width = self.frame.width
        indent = kwargs.get("indent", 0.0)
        self.lines(wrap_safe(text, width - indent - BOX_SLACK, self.st.font, size, kwargs.get("bold", False)),
                   **kwargs)

    def table(self, widths: list[float], header: list[Cell] | None, rows: list[list[Cell]], *,
              size: float | None = None, keep: int = 1,
              on_row: Callable[[Page, int, list[float], float, float], None] | None = None) -> None:
        """A table split between rows over pages, its header row repeated on each part.
        on_row(page, row_index, column_lefts, top, height) draws over a body row."""
        size = size or self.st.size
        head = [header] if header else []
        head_h = self.measure.row_heights(widths, head, size)[0] if header else 0.0
        heights = self.measure.row_heights(widths, rows, size)
        start = 0
        while start < len(rows):
            first = head_h + sum(heights[start:start + keep])
            page = self.ensure(first)
            end, used = start, head_h
            while end < len(rows) and used + heights[end] <= self.room() + 0.5:
                used += heights[end]
                end += 1
            end = max(end, start + 1)  # a row taller than a page still goes somewhere
            x, y = self.frame.left, self.y
            page.table(x, y, widths, head + rows[start:end], header_rows=len(head), size=size,
                       heights=[head_h] * len(head) + heights[start:end])
            if self.st.real_tables:
                fill_empty_cells(page)
            if on_row:
                lefts = [x + sum(widths[:k]) for k in range(len(widths) + 1)]
                top = y + head_h
                for index in range(start, end):
                    on_row(page, index, lefts, top, heights[index])
                    top += heights[index]
            self.y = y + head_h + sum(heights[start:end])
            start = end
            if start < len(rows):
                self.break_page()


def fill_empty_cells(page: Page) -> None:
    """Put a no-break space into the empty runs of the page's last table: LibreOffice sets
    an empty cell in its default 18 pt whatever its run and paragraph-end sizes say, and
    the row grows past the height the flow measured (markers drawn over it go astray)."""
    frame = next(shape for shape in reversed(page.slide.shapes) if shape.has_table)  # markers come after it
    for tc in frame.table.iter_cells():
        for text in tc._tc.iter(qn("a:t")):
            if not text.text:
                text.text = "\u00a0"


def legend_entries(pairs: tuple[tuple[str, str], ...]) -> list[tuple[str, list[str]]]:
    return [(LIGHT_OF[colour], [text]) for colour, text in pairs]


def legend_height(st: Style, entries: list[tuple[str, list[str]]], width: float, vertical: bool) -> float:
    """The height Page.legend will take (it draws, so the flow asks first)."""
    d = st.size * 1.1
    one = Page.text_height  # unbound: only needs .style
    holder = type("H", (), {"style": st})()
    if vertical:
        return sum(one(holder, len(wrap_lines(lab, width - d * 2, st.font, st.size))) + 8 for _, lab in entries)
    slot = width / max(len(entries), 1)
    return max(one(holder, len(wrap_lines(lab, slot - d * 2.2, st.font, st.size))) + 4 for _, lab in entries)


def legend_block(flow: Flow, pairs: tuple[tuple[str, str], ...], vertical: bool) -> None:
    entries = legend_entries(pairs)
    flow.ensure(0)
    h = legend_height(flow.st, entries, flow.frame.width, vertical)
    flow.block(h + 4, lambda page, x, y, w: page.legend(x, y, entries, vertical=vertical, width=w))


def label_line(flow: Flow, text: str, scale: float = 1.15) -> None:
    st = flow.st
    flow.lines([text], size=round(st.size * scale, 1), bold=True, color=st.accent, keep=1)


def cell_lines(text: str, width: float, st: Style, bold: bool = False, marker: bool = False,
               size: float | None = None) -> tuple[str, ...]:
    size = size or st.size
    room = width - 2 * st.pad - 3 - (size * 1.6 if marker and st.marker not in ("cell", "text") else 0)
    return tuple(wrap_safe(text, room, st.font, size, bold))


def blank() -> Cell:
    """An empty cell; it holds a (wrapped away) space so that a real table gets a sized
    run that fill_empty_cells can fill."""
    return Cell((" ",))


def header_cell(label: str, width: float, st: Style) -> Cell:
    if re.fullmatch(r"Q[1-4]( \d{4})?", label):  # a period label keeps its case
        return Cell((label,), bold=True)
    return Cell(tuple(header_lines(label, st, width)), bold=True)


def page_furniture(deck: Deck, header: str | None, number_format: str, first: int = 0) -> None:
    """Running header and page numbers in the margins of every page from `first` on
    (decoy pages too: they are pages of the same document)."""
    st = deck.style
    size = max(6.0, round(st.size * 0.8, 1))
    total = len(deck.pages)
    h = size * 1.6
    for index, page in enumerate(deck.pages[first:], start=first + 1):
        number = number_format.format(n=index, total=total)
        y = st.page_h - st.margin + (st.margin - h) * 0.35
        page.text(st.margin, y, st.page_w - 2 * st.margin, h, [number], size=size, color="595959",
                  align="right", margin=1)
        if header:
            top = max(2.0, (st.margin - h) * 0.5)
            page.text(st.margin, top, st.page_w - 2 * st.margin, h, [header], size=size, color="595959",
                      margin=1)
            page.line(st.margin, top + h, st.page_w - st.margin, top + h, "BFBFBF", 0.5)


# ------------------------------------------------------------------------------------------
# reading a PDF back (binding.check_printed)
# ------------------------------------------------------------------------------------------

def joined(text: str) -> str:
    """PDF text with its lines joined by the gold rule, whitespace normalised."""
    out = re.sub(r"(?<=\S)-[ \t]*\n\s*", "-", text)
    return " ".join(out.split())


def pdf_blocks(pdf_path: Path) -> str:
    """pdftotext's text blocks (a cell, a paragraph) one after another: a wrapped cell
    reads as one piece here, where the layout text interleaves it with its neighbours."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf_path), "-"], capture_output=True, text=True,
                         check=True).stdout
    blocks = []
    for block in re.findall(r"<block .*?</block>", xml, flags=re.S):
        lines = [" ".join(html.unescape(w) for w in re.findall(r"<word [^>]*>(.*?)</word>", line))
                 for line in re.findall(r"<line .*?</line>", block, flags=re.S)]
        blocks.append(joined("\n".join(lines)))
    return "\n".join(blocks)


def split_over_pages(value: str, blocks: list[str]) -> bool:
    """`value` ends one text block and the rest starts another: a paragraph the flow
    continued on the next page."""
    words = value.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if any(b.endswith(head) for b in blocks) and any(b.startswith(tail) for b in blocks):
            return True
    return False
