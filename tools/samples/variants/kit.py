"""Drawing kit shared by the family renderers of the variants generator (issue 9, part 1).

A variant is a deck (python-pptx) whose layout is drawn at random from a seed: page size,
fonts, table rules, fills, marker shapes and shades, bullets, header wordings, legend
place, decoy pages.  LibreOffice turns each deck into a PDF and a .ppt (see export.py),
so every family exists in the three native formats from one drawing.

Units: every coordinate and size here is in points (1/72 in) from the page's top-left
corner.  Nothing here knows a coordinate the pipeline looks for; the point is to vary
what the pipeline must not depend on.
"""

from __future__ import annotations

import colorsys
import functools
import random
import subprocess
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

EMU_PER_PT = 12700
INK = "1F1F1F"

# Page sizes in points (w, h): slides and the paper sizes a report PDF uses.
PAGES = {
    "16:9": (960.0, 540.0),
    "16:9-small": (720.0, 405.0),
    "4:3": (720.0, 540.0),
    "A4": (595.3, 841.9),
    "A4-landscape": (841.9, 595.3),
    "Letter": (612.0, 792.0),
    "Letter-landscape": (792.0, 612.0),
}
SLIDE_PAGES = ("16:9", "16:9-small", "4:3")
PAPER_PAGES = ("A4", "A4-landscape", "Letter", "Letter-landscape")

# Fonts LibreOffice has here (run.sh installs them); name as a deck names it.
FONTS = ("DejaVu Sans", "Liberation Sans", "Liberation Serif", "Carlito", "Caladea", "Nimbus Sans",
         "Nimbus Sans Narrow", "URW Gothic", "Nimbus Roman", "P052", "DejaVu Serif")

MARKERS = ("circle", "square", "rounded", "cell", "text", "glyph")
BULLETS = ("•", "–", "▪", "*", "", "1.")

# Reference hues of the lights as different exporters draw them (hex), per status.
LIGHT_HUES = {
    "on_track": ("00B050", "2E9E48", "92D050", "70AD47", "3CB371", "4CAF50"),
    "at_risk": ("FFC000", "F2BF1A", "FFD966", "FFEB84", "F5C518", "FFB300"),
    "off_track": ("FF0000", "D7322B", "C00000", "FF6F6F", "E53935", "D63A2F"),
    "grey": ("9E9E9E", "A6A6A6", "BFBFBF", "8C8C8C"),
}


@dataclass(frozen=True)
class Style:
    """Every layout choice of one variant, drawn from its seed by `draw_style`."""

    seed: int
    page_name: str
    page_w: float
    page_h: float
    font: str
    size: float            # body text, pt
    title_size: float
    line_spacing: float    # multiple of the font size from one baseline to the next
    rules: str             # table rules: "none" | "horizontal" | "grid"
    rule_color: str
    zebra: bool
    header_fill: str       # "none" | "light" | "dark"
    accent: str            # titles and dark header fills
    pad: float             # cell padding, pt
    real_tables: bool      # PowerPoint tables, or tables drawn from text boxes and lines
    legend_pos: str        # "top" | "bottom" | "left" | "right"
    legend_order: tuple[int, ...]   # permutation of the legend entries
    marker: str            # one of MARKERS
    fade: float            # 0 = saturated .. 0.6 = print-faded
    hues: dict[str, str] = field(default_factory=dict)   # status -> hex before fading
    bullet: str = "•"
    header_case: str = "as"      # "as" | "upper" | "lower"
    header_hyphen: bool = False  # long header words split with a hyphen onto two lines
    header_valign: str = "middle"  # "top" | "middle" | "bottom"
    theme_pos: str = "top"       # where a goal's theme / owner box sits: "top" | "side" | "bottom"
    decoys_before: int = 0       # unrelated pages before the report
    decoys_after: int = 0
    margin: float = 36.0

    def light(self, status: str) -> str:
        """The hex colour a marker of `status` is drawn in, faded as the style says."""
        return fade(self.hues[status], self.fade)


def draw_style(seed: int, family: str, *, paper: bool = False, slides: bool = True) -> Style:
    """All layout choices of variant `seed` of `family`, drawn at random (reproducibly)."""
    rng = family_rng(seed, family, "style")
    choices = (SLIDE_PAGES if slides else ()) + (PAPER_PAGES if paper else ())
    page_name = rng.choice(choices)
    w, h = PAGES[page_name]
    size = rng.choice((8.0, 9.0, 10.0, 11.0, 12.0)) * (w / 960.0) ** 0.35
    order = list(range(4))
    rng.shuffle(order)
    return Style(
        seed=seed, page_name=page_name, page_w=w, page_h=h,
        font=rng.choice(FONTS), size=round(size, 1), title_size=round(size * rng.uniform(1.5, 2.3), 1),
        line_spacing=rng.uniform(1.0, 1.35),
        rules=rng.choice(("none", "horizontal", "grid")),
        rule_color=rng.choice(("A6A6A6", "7F7F7F", "BFBFBF", "404040", "D9D9D9")),
        zebra=rng.random() < 0.45,
        header_fill=rng.choice(("none", "light", "dark")),
        accent=rng.choice(("1F4E79", "00506E", "7A1F3D", "0B5394", "2F4F4F", "5B2C6F", "004D40")),
        pad=rng.uniform(2.0, 7.0),
        real_tables=rng.random() < 0.5,
        legend_pos=rng.choice(("top", "bottom", "left", "right")),
        legend_order=tuple(order),
        marker=rng.choice(MARKERS),
        fade=rng.choice((0.0, 0.0, 0.15, 0.3, 0.45, 0.6)),
        hues={status: rng.choice(options) for status, options in LIGHT_HUES.items()},
        bullet=rng.choice(BULLETS),
        header_case=rng.choice(("as", "as", "upper", "lower")),
        header_hyphen=rng.random() < 0.5,
        header_valign=rng.choice(("top", "middle", "bottom")),
        theme_pos=rng.choice(("top", "side", "bottom")),
        decoys_before=rng.choice((0, 0, 1, 2, 3)),
        decoys_after=rng.choice((0, 0, 1, 2)),
        margin=rng.uniform(0.035, 0.06) * w,
    )


def family_rng(seed: int, family: str, purpose: str) -> random.Random:
    """An independent random stream per (seed, family, purpose): a change to one part of a
    renderer does not reshuffle the draws of another."""
    return random.Random(f"{family}/{purpose}/{seed}")


# ------------------------------------------------------------------------------------------
# colour
# ------------------------------------------------------------------------------------------

def fade(hex_: str, amount: float) -> str:
    """Print-fade a colour: lose saturation and move toward a light grey paper tone."""
    r, g, b = (int(hex_[i:i + 2], 16) / 255 for i in (0, 2, 4))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    s *= 1 - 0.75 * amount
    lightness = lightness + (0.86 - lightness) * amount * 0.6
    r, g, b = colorsys.hls_to_rgb(h, lightness, s)
    return "".join(f"{round(v * 255):02X}" for v in (r, g, b))


def light_fill(hex_: str) -> str:
    """A pale tint of a colour, for zebra stripes and light header fills."""
    r, g, b = (int(hex_[i:i + 2], 16) for i in (0, 2, 4))
    return "".join(f"{round(v + (255 - v) * 0.85):02X}" for v in (r, g, b))


def text_on(fill_hex: str | None) -> str:
    """Ink that reads on a fill: white on dark, near-black elsewhere."""
    if fill_hex is None:
        return INK
    r, g, b = (int(fill_hex[i:i + 2], 16) for i in (0, 2, 4))
    return "FFFFFF" if 0.299 * r + 0.587 * g + 0.114 * b < 140 else INK


# ------------------------------------------------------------------------------------------
# text measuring and wrapping
# ------------------------------------------------------------------------------------------

@functools.cache
def _font_file(font: str, bold: bool) -> str:
    spec = f"{font}:bold" if bold else f"{font}:regular"
    return subprocess.run(["fc-match", "-f", "%{file}", spec], capture_output=True, text=True,
                          check=True).stdout


@functools.cache
def _pil_font(font: str, bold: bool):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    return ImageFont.truetype(_font_file(font, bold), 100)


def text_width(text: str, font: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set in `font` at `size` (measured with the font file
    LibreOffice uses for it, plus 4 % because renderers kern and hint differently)."""
    return _pil_font(font, bold).getlength(text) * size / 100 * 1.04


def wrap(text: str, width: float, font: str, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap to `width` points; a word wider than the line stands alone."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        # never break after a word ending in "-": the gold joins such a line to the next
        # without a space ("Strategia-" / "ja" would read "Strategia-ja")
        if current and not current.endswith("-") and text_width(candidate, font, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def wrap_lines(lines: list[str], width: float, font: str, size: float, bold: bool = False) -> list[str]:
    """Each printed line wrapped again to `width` (a narrow column can only add breaks)."""
    return [piece for line in lines for piece in wrap(line, width, font, size, bold)]


# ------------------------------------------------------------------------------------------
# header wordings (GLOSSARY variants), case and hyphenation
# ------------------------------------------------------------------------------------------

# Where a long header word may be split with a hyphen (compound boundaries).
HYPHEN_POINTS = {
    "luottavaisuusarvio": 13, "lähtötilanne": 5, "lähtötaso": 5, "avaintulos": 5, "avaintulokset": 5, "tulosalue": 5,
    "toimiala": 5, "vastuuhenkilö": 6, "vastuuhenkilöt": 6, "päätehtävät": 3, "tiivistelmä": 5,
    "luottavaisuus": 9, "vastuutaho": 6, "mittarin": 4, "painopiste": 5, "kvartaali": 4,
}


def header_lines(label: str, style: Style, width: float, bold: bool = True) -> list[str]:
    """How a column header prints: the style's case, and either wrapped to the column or,
    when the style hyphenates, its long compound words split onto two lines."""
    text = label.upper() if style.header_case == "upper" else label.lower() if style.header_case == "lower" \
        else label
    out: list[str] = []
    for line in text.split("\n"):
        for word in line.split():
            cut = HYPHEN_POINTS.get(word.lower())
            too_wide = text_width(word, style.font, style.size, bold) > width - 2 * style.pad
            if cut and (style.header_hyphen or too_wide):
                out += [word[:cut] + "-", word[cut:]]
            elif out and not out[-1].endswith("-") and text_width(f"{out[-1]} {word}", style.font, style.size,
                                                                  bold) <= width - 2 * style.pad \
                    and not line.startswith(word):
                out[-1] = f"{out[-1]} {word}"
            else:
                out.append(word)
    return out


def number_bullet(style: Style, index: int) -> str:
    """The bullet printed before item `index` (0-based) of a list in this style."""
    if style.bullet == "1.":
        return f"{index + 1}."
    return style.bullet


# ------------------------------------------------------------------------------------------
# the deck
# ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    """One table cell: printed lines, and what surrounds them."""

    lines: tuple[str, ...] = ()
    bold: bool = False
    fill: str | None = None       # hex, or None for the table's own fill
    light: str | None = None      # a status: the cell's value carries a traffic light
    align: str = "left"           # "left" | "center" | "right"
    color: str | None = None


def cell(*lines: str, **kwargs) -> Cell:  # type: ignore[no-untyped-def]
    return Cell(tuple(lines), **kwargs)


class Deck:
    """A presentation whose pages all have the style's size."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self.prs = Presentation()
        self.prs.slide_width = Emu(int(style.page_w * EMU_PER_PT))
        self.prs.slide_height = Emu(int(style.page_h * EMU_PER_PT))
        self._blank = self.prs.slide_layouts[6]
        self.pages: list[Page] = []

    def new_page(self) -> Page:
        page = Page(self, self.prs.slides.add_slide(self._blank))
        self.pages.append(page)
        return page

    def save(self, path: Path) -> int:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.prs.save(str(path))
        return len(self.pages)


def _emu(points: float) -> Emu:
    return Emu(round(points * EMU_PER_PT))


class Page:
    """One slide or page; drawing calls take points."""

    def __init__(self, deck: Deck, slide) -> None:  # type: ignore[no-untyped-def]
        self.deck = deck
        self.style = deck.style
        self.slide = slide

    # -- text ------------------------------------------------------------------------------
    def text(self, x: float, y: float, w: float, h: float, paragraphs: list[list[str] | str], *,
             size: float | None = None, bold: bool = False, color: str = INK, align: str = "left",
             valign: str = "top", bullets: bool = False, fill: str | None = None, font: str | None = None,
             margin: float = 2.0, italic: bool = False) -> None:
        """A text box; each paragraph is a string or its printed lines (joined by line breaks).
        With `bullets`, each paragraph starts with the style's bullet (a real paragraph bullet,
        or a typed one for "1." numbering and for "*")."""
        box = self.slide.shapes.add_textbox(_emu(x), _emu(y), _emu(w), _emu(h))
        frame = box.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE,
                                 "bottom": MSO_ANCHOR.BOTTOM}[valign]
        for side in ("left", "right", "top", "bottom"):
            setattr(frame, f"margin_{side}", _emu(margin))
        if fill:
            box.fill.solid()
            box.fill.fore_color.rgb = RGBColor.from_string(fill)
        for index, para in enumerate(paragraphs):
            p = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            lines = [para] if isinstance(para, str) else list(para)
            if bullets and self.style.bullet:
                mark = number_bullet(self.style, index)
                if mark in ("•", "–", "▪"):
                    _set_bullet(p, mark, size or self.style.size)
                else:
                    lines = [f"{mark} {lines[0]}", *lines[1:]] if lines else lines
            self._fill(p, lines, size or self.style.size, bold, color, font, italic)
            p.alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}[align]
            p.line_spacing = self.style.line_spacing * 0.83  # PowerPoint's 1.0 is ~1.2 em

    def _fill(self, p, lines: list[str], size: float, bold: bool, color: str,  # type: ignore[no-untyped-def]
              font: str | None, italic: bool = False) -> None:
        for index, line in enumerate(lines):
            if index:
                p.add_line_break()
            run = p.add_run()
            run.text = line
            run.font.name = font or self.style.font
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.italic = italic
            run.font.color.rgb = RGBColor.from_string(color)
            rpr = run._r.get_or_add_rPr()
            for tag in ("a:ea", "a:cs"):
                element = rpr.find(qn(tag))
                if element is None:
                    element = etree.SubElement(rpr, qn(tag))
                element.set("typeface", font or self.style.font)

    def text_height(self, lines: int, size: float | None = None) -> float:
        """Height of `lines` printed lines in this style, without margins."""
        return lines * (size or self.style.size) * self.style.line_spacing * 1.2

    # -- shapes ----------------------------------------------------------------------------
    def rect(self, x: float, y: float, w: float, h: float, fill: str | None, line: str | None = None,
             line_w: float = 0.75, shape: str = "rect") -> None:
        kind = {"rect": MSO_SHAPE.RECTANGLE, "rounded": MSO_SHAPE.ROUNDED_RECTANGLE,
                "ellipse": MSO_SHAPE.OVAL}[shape]
        shp = self.slide.shapes.add_shape(kind, _emu(x), _emu(y), _emu(w), _emu(h))
        if fill is None:
            shp.fill.background()
        else:
            shp.fill.solid()
            shp.fill.fore_color.rgb = RGBColor.from_string(fill)
        if line is None:
            shp.line.fill.background()
        else:
            shp.line.color.rgb = RGBColor.from_string(line)
            shp.line.width = Pt(line_w)
        _drop_theme_style(shp)
        if shp.has_text_frame:
            shp.text_frame.text = ""

    def line(self, x0: float, y0: float, x1: float, y1: float, color: str = "A6A6A6", width: float = 0.75) -> None:
        conn = self.slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, _emu(x0), _emu(y0), _emu(x1), _emu(y1))
        conn.line.color.rgb = RGBColor.from_string(color)
        conn.line.width = Pt(width)
        _drop_theme_style(conn)

    def marker(self, cx: float, cy: float, d: float, status: str) -> None:
        """A traffic light of `status` centred at (cx, cy) in the style's shape and shade.
        ("cell" and "text" markers are drawn by the table as a fill or a text colour.)"""
        colour = self.style.light(status)
        shape = self.style.marker
        if shape == "glyph":
            self.text(cx - d, cy - d, 2 * d, 2 * d, ["●"], size=d * 1.3, color=colour, align="center",
                      valign="middle", margin=0)
        elif shape in ("circle", "square", "rounded"):
            kind = {"circle": "ellipse", "square": "rect", "rounded": "rounded"}[shape]
            self.rect(cx - d / 2, cy - d / 2, d, d, colour, line=fade(colour, 0.0), line_w=0.3, shape=kind)
        else:  # "cell" / "text" in a legend: a small square swatch
            self.rect(cx - d / 2, cy - d / 2, d, d, colour)

    def legend(self, x: float, y: float, entries: list[tuple[str, list[str]]], *, vertical: bool,
               width: float) -> tuple[float, float]:
        """A light legend (marker + label lines per entry) in the style's order; returns (w, h)."""
        st = self.style
        order = [i for i in st.legend_order if i < len(entries)]
        entries = [entries[i] for i in order]
        d = st.size * 1.1
        line_h = self.text_height(1)
        if vertical:
            cy = y
            for status, label in entries:
                label = wrap_lines(label, width - d * 2, st.font, st.size)
                h = self.text_height(len(label)) + 4
                self.marker(x + d / 2, cy + line_h / 2 + 2, d, status)
                self.text(x + d * 1.6, cy, width - d * 1.6, h, [label], margin=2)
                cy += h + 4
            return width, cy - y
        slot = width / max(len(entries), 1)
        tallest = 0.0
        for index, (status, label) in enumerate(entries):
            label = wrap_lines(label, slot - d * 2.2, st.font, st.size)
            h = self.text_height(len(label)) + 4
            left = x + index * slot
            self.marker(left + d / 2, y + line_h / 2 + 2, d, status)
            self.text(left + d * 1.6, y, slot - d * 1.8, h, [label], margin=2)
            tallest = max(tallest, h)
        return width, tallest

    # -- tables ----------------------------------------------------------------------------
    def row_heights(self, widths: list[float], rows: list[list[Cell]], size: float | None = None) -> list[float]:
        """Height of each row once its cells are wrapped to their columns."""
        st = self.style
        size = size or st.size
        heights = []
        for row in rows:
            most = 1
            for width, c in zip(widths, row, strict=False):
                room = width - 2 * st.pad - (size * 1.6 if c.light and st.marker not in ("cell", "text") else 0)
                most = max(most, len(wrap_lines(list(c.lines), room, st.font, size, c.bold)) if c.lines else 1)
            heights.append(self.text_height(most, size) + 2 * st.pad + 2)
        return heights

    def table(self, x: float, y: float, widths: list[float], rows: list[list[Cell]], *, header_rows: int = 1,
              size: float | None = None, heights: list[float] | None = None) -> float:
        """Draw a table in the style's manner; returns its height.  Cells are wrapped to their
        columns here, so the printed lines are what the gold joins."""
        st = self.style
        size = size or st.size
        heights = heights or self.row_heights(widths, rows, size)
        fills = self._fills(rows, header_rows)
        if st.real_tables:
            self._real_table(x, y, widths, heights, rows, fills, header_rows, size)
        else:
            self._drawn_table(x, y, widths, heights, rows, fills, header_rows, size)
        return sum(heights)

    def _fills(self, rows: list[list[Cell]], header_rows: int) -> list[list[str | None]]:
        st = self.style
        head = {"none": None, "light": light_fill(st.accent), "dark": st.accent}[st.header_fill]
        out = []
        for r, row in enumerate(rows):
            base = head if r < header_rows else ("F2F2F2" if st.zebra and (r - header_rows) % 2 else None)
            out.append([c.fill or (st.light(c.light) if c.light and st.marker == "cell" else base) for c in row])
        return out

    def _cell_ink(self, c: Cell, fill: str | None) -> str:
        if c.color:
            return c.color
        if c.light and self.style.marker == "text":
            return fade(self.style.hues[c.light], min(self.style.fade, 0.3))
        return text_on(fill)

    def _valign(self, r: int, header_rows: int) -> str:
        return self.style.header_valign if r < header_rows else "middle"

    def _real_table(self, x, y, widths, heights, rows, fills, header_rows, size) -> None:  # type: ignore[no-untyped-def]
        st = self.style
        frame = self.slide.shapes.add_table(len(rows), len(widths), _emu(x), _emu(y), _emu(sum(widths)),
                                            _emu(sum(heights)))
        table = frame.table
        table.first_row = False
        table.horz_banding = False
        for i, w in enumerate(widths):
            table.columns[i].width = _emu(w)
        for i, h in enumerate(heights):
            table.rows[i].height = _emu(h)
        rule = (0.75, st.rule_color)
        for r, row in enumerate(rows):
            for k, c in enumerate(row):
                tc = table.cell(r, k)
                fill = fills[r][k]
                if fill is None:
                    tc.fill.background()
                else:
                    tc.fill.solid()
                    tc.fill.fore_color.rgb = RGBColor.from_string(fill)
                marker_room = size * 1.6 if c.light and st.marker not in ("cell", "text") else 0
                lines = wrap_lines(list(c.lines), widths[k] - 2 * st.pad - marker_room, st.font, size,
                                   c.bold) if c.lines else []
                tc.margin_left = _emu(st.pad + marker_room)
                tc.margin_right = tc.margin_top = tc.margin_bottom = _emu(st.pad)
                tc.vertical_anchor = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE,
                                      "bottom": MSO_ANCHOR.BOTTOM}[self._valign(r, header_rows)]
                p = tc.text_frame.paragraphs[0]
                tc.text_frame.word_wrap = True
                self._fill(p, lines, size, c.bold or r < header_rows, self._cell_ink(c, fill), None)
                p.alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}[c.align]
                _cell_borders(tc, rule if st.rules == "grid" else None, rule if st.rules == "grid" else None,
                              rule if st.rules != "none" else None, rule if st.rules != "none" else None)
        self._table_markers(x, y, widths, heights, rows, size)

    def _drawn_table(self, x, y, widths, heights, rows, fills, header_rows, size) -> None:  # type: ignore[no-untyped-def]
        st = self.style
        top = y
        for r, row in enumerate(rows):
            left = x
            for k, c in enumerate(row):
                fill = fills[r][k]
                if fill:
                    self.rect(left, top, widths[k], heights[r], fill)
                if c.lines:
                    marker_room = size * 1.6 if c.light and st.marker not in ("cell", "text") else 0
                    lines = wrap_lines(list(c.lines), widths[k] - 2 * st.pad - marker_room, st.font, size, c.bold)
                    self.text(left + st.pad + marker_room, top + st.pad / 2, widths[k] - 2 * st.pad - marker_room,
                              heights[r] - st.pad, [lines], size=size, bold=c.bold or r < header_rows,
                              color=self._cell_ink(c, fill), align=c.align, valign=self._valign(r, header_rows),
                              margin=1)
                left += widths[k]
            top += heights[r]
        right = x + sum(widths)
        if st.rules != "none":
            top = y
            for h in [0.0, *heights]:
                top += h
                self.line(x, top, right, top, st.rule_color, 0.75)
            self.line(x, y, right, y, st.rule_color, 0.75)
        if st.rules == "grid":
            left = x
            for w in [0.0, *widths]:
                left += w
                self.line(left, y, left, y + sum(heights), st.rule_color, 0.75)
        self._table_markers(x, y, widths, heights, rows, size)

    def _table_markers(self, x, y, widths, heights, rows, size) -> None:  # type: ignore[no-untyped-def]
        st = self.style
        if st.marker in ("cell", "text"):
            return
        top = y
        for r, row in enumerate(rows):
            left = x
            for k, c in enumerate(row):
                if c.light:
                    self.marker(left + st.pad + size * 0.6, top + heights[r] / 2, size * 1.0, c.light)
                left += widths[k]
            top += heights[r]

    # -- decoys ----------------------------------------------------------------------------
    def bar_chart(self, x: float, y: float, w: float, h: float, categories: list[str],
                  series: dict[str, list[float]], colours: list[str]) -> None:
        """A native clustered bar chart with a legend of coloured swatches."""
        data = CategoryChartData()
        data.categories = categories
        for name, values in series.items():
            data.add_series(name, values)
        frame = self.slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, _emu(x), _emu(y), _emu(w), _emu(h), data)
        chart = frame.chart
        chart.has_title = False  # one series would otherwise print its name as a title
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        for plot_series, colour in zip(chart.plots[0].series, colours, strict=False):
            plot_series.format.fill.solid()
            plot_series.format.fill.fore_color.rgb = RGBColor.from_string(colour)


def _drop_theme_style(shape) -> None:  # type: ignore[no-untyped-def]
    """Remove the shape's theme style reference: LibreOffice draws the theme's effect (a drop
    shadow) from it even when the shape's own properties say no effect (helper report, seed 13)."""
    element = shape._element.find(qn("p:style"))
    if element is not None:
        shape._element.remove(element)


def _set_bullet(p, char: str, size: float) -> None:  # type: ignore[no-untyped-def]
    """A real paragraph bullet (a:buChar) with a hanging indent."""
    indent = int(size * 1.4 * EMU_PER_PT)
    ppr = p._p.get_or_add_pPr()
    ppr.set("marL", str(indent))
    ppr.set("indent", str(-indent))
    font = etree.SubElement(ppr, qn("a:buFont"))
    font.set("typeface", "DejaVu Sans")
    bullet = etree.SubElement(ppr, qn("a:buChar"))
    bullet.set("char", char)


def _cell_borders(tc, left, right, top, bottom) -> None:  # type: ignore[no-untyped-def]
    """Each side: None (no rule) or (width_pt, 'RRGGBB')."""
    tcpr = tc._tc.get_or_add_tcPr()
    for tag in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
        for element in tcpr.findall(qn(tag)):
            tcpr.remove(element)
    for index, (tag, spec) in enumerate((("a:lnL", left), ("a:lnR", right), ("a:lnT", top), ("a:lnB", bottom))):
        element = etree.Element(qn(tag))
        if spec is None:
            element.set("w", "0")
            etree.SubElement(element, qn("a:noFill"))
        else:
            element.set("w", str(int(spec[0] * EMU_PER_PT)))
            solid = etree.SubElement(element, qn("a:solidFill"))
            etree.SubElement(solid, qn("a:srgbClr")).set("val", spec[1])
        tcpr.insert(index, element)


def with_style(style: Style, **changes) -> Style:  # type: ignore[no-untyped-def]
    return replace(style, **changes)
