"""Build the quarterly OKR follow-up decks (report_kind "quarterly_review") and their gold.

Run from the repository root:  python tools/samples/make_quarterly.py

Writes into samples/quarterly_review/:
  okr_start_2025.pptx/.pdf/.ppt   seed 002, the 2025 deck at the start of the year (baselines only).
                                  Generation A: 13.33 x 7.5 in, DejaVu Sans, key results and KPIs in
                                  real PowerPoint tables, placeholder cells filled grey, no lights.
  okr_q2_2025.pptx/.pdf, okr_q2_2025_scan.pdf
                                  seed 000, the Q2 2025 deck.  Generation B: 10 x 5.63 in, Arial
                                  (Liberation Sans), tables drawn as loose text boxes, the traffic
                                  lights as filled ellipses left of the values.
  okr_q2_2026.pptx/.pdf           hand-written second year.  Generation C: 13.33 x 7.5 in,
                                  Nimbus Sans Narrow, real tables, lights as filled cells, merged
                                  KPI header cells, paragraph bullets.
and samples/text_exports/000_quarterly_q2_2025.txt, 002_quarterly_start_2025.txt (byte copies of the
seeds), plus samples/gold/<document>.gold.json for every document.  The gold comes from the
hand-transcribed content in content_quarterly.py, never from an extractor.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))

import content_quarterly as C
from common import REPO, SAMPLES, scan_pdf, soffice_convert, write_gold

OUT = SAMPLES / "quarterly_review"
TEXT_OUT = SAMPLES / "text_exports"
SEEDS = REPO.parent / "shared" / "seeds"
if not SEEDS.exists():
    SEEDS = Path("/work/shared/seeds")

LIGHT_RGB = {  # generation B: ellipse fill, outline
    C.GREEN: ("00B050", "00863C"),
    C.YELLOW: ("FFC000", "BF9000"),
    C.RED: ("FF0000", "C00000"),
}
CELL_RGB = {  # generation C: cell fill
    C.GREEN: "92D050",
    C.YELLOW: "FFD966",
    C.RED: "FF6F6F",
}


# ---------------------------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------------------------

def join_lines(lines: list[str]) -> str:
    """Gold rule: wraps joined with one space; a line ending in '-' joins without a space."""
    out = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-"):
            out += line
        else:
            out += " " + line
    return out


def rgb(hex_: str) -> RGBColor:
    return RGBColor.from_string(hex_)


def style_run(run, font: str, size: float, bold: bool = False, color: str = "000000",
              italic: bool = False) -> None:
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.color.rgb = rgb(color)
    # make the font explicit for East Asian / complex scripts too, as PowerPoint does
    rpr = run._r.get_or_add_rPr()
    for tag in ("a:ea", "a:cs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = etree.SubElement(rpr, qn(tag))
        el.set("typeface", font)


def fill_paragraph(p, lines: list[str], font: str, size: float, *, bold: bool = False,
                   color: str = "000000", align=None, italic: bool = False) -> None:
    """Put the given printed lines into one paragraph, separated by line breaks."""
    for i, line in enumerate(lines):
        if i:
            p.add_line_break()
        run = p.add_run()
        run.text = line
        style_run(run, font, size, bold, color, italic)
    if align is not None:
        p.alignment = align


def set_bullet(p, char: str = "•", indent_emu: int = 171450, level: int = 0) -> None:
    """Real paragraph bullet (a:buChar) with a hanging indent."""
    ppr = p._p.get_or_add_pPr()
    left = indent_emu * (level + 1)
    ppr.set("marL", str(left))
    ppr.set("indent", str(-indent_emu))
    for tag in ("a:buNone", "a:buChar", "a:buAutoNum", "a:buFont"):
        for el in ppr.findall(qn(tag)):
            ppr.remove(el)
    bufont = etree.SubElement(ppr, qn("a:buFont"))
    bufont.set("typeface", "Arial")
    bu = etree.SubElement(ppr, qn("a:buChar"))
    bu.set("char", char)


def add_text(slide, x, y, w, h, paragraphs, font, size, *, bold=False, color="000000",
             align=None, anchor=MSO_ANCHOR.TOP, wrap=True, margins=0.04, space_after=0,
             name=None):
    """A text box.  `paragraphs` is a list of paragraphs, each a string or a list of lines."""
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    if name:
        box.name = name
    tf = box.text_frame
    tf.word_wrap = wrap
    tf.vertical_anchor = anchor
    for side in ("left", "right", "top", "bottom"):
        setattr(tf, f"margin_{side}", Inches(margins))
    for i, para in enumerate(paragraphs):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        lines = [para] if isinstance(para, str) else list(para)
        fill_paragraph(p, lines, font, size, bold=bold, color=color, align=align)
        if space_after:
            p.space_after = Pt(space_after)
    return box


def add_shape(slide, kind, x, y, w, h, fill=None, line=None, line_w=0.75, name=None):
    shp = slide.shapes.add_shape(kind, Inches(x), Inches(y), Inches(w), Inches(h))
    if name:
        shp.name = name
    if fill is None:
        shp.fill.background()
    else:
        shp.fill.solid()
        shp.fill.fore_color.rgb = rgb(fill)
    if line is None:
        shp.line.fill.background()
    else:
        shp.line.color.rgb = rgb(line)
        shp.line.width = Pt(line_w)
    shp.shadow.inherit = False
    return shp


def circle(slide, cx, cy, d, status, name=None):
    fill, edge = LIGHT_RGB[status]
    return add_shape(slide, MSO_SHAPE.OVAL, cx - d / 2, cy - d / 2, d, d, fill=fill, line=edge,
                     line_w=0.5, name=name)


# ---------------------------------------------------------------------------------------------
# table helpers (generations A and C)
# ---------------------------------------------------------------------------------------------

def _ln(tag: str, width_pt: float | None, color: str | None):
    el = etree.Element(qn(tag))
    if width_pt is None:
        el.set("w", "0")
        etree.SubElement(el, qn("a:noFill"))
    else:
        el.set("w", str(int(width_pt * 12700)))
        el.set("cap", "flat")
        el.set("cmpd", "sng")
        sf = etree.SubElement(el, qn("a:solidFill"))
        clr = etree.SubElement(sf, qn("a:srgbClr"))
        clr.set("val", color)
        dash = etree.SubElement(el, qn("a:prstDash"))
        dash.set("val", "solid")
    return el


def cell_borders(cell, left=None, right=None, top=None, bottom=None) -> None:
    """Each side: None (no rule) or (width_pt, 'RRGGBB')."""
    tcpr = cell._tc.get_or_add_tcPr()
    for tag in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
        for el in tcpr.findall(qn(tag)):
            tcpr.remove(el)
    sides = [("a:lnL", left), ("a:lnR", right), ("a:lnT", top), ("a:lnB", bottom)]
    for i, (tag, spec) in enumerate(sides):
        el = _ln(tag, None, None) if spec is None else _ln(tag, spec[0], spec[1])
        tcpr.insert(i, el)


def cell_fill(cell, hex_: str | None) -> None:
    if hex_ is None:
        cell.fill.background()
    else:
        cell.fill.solid()
        cell.fill.fore_color.rgb = rgb(hex_)


def cell_text(cell, paragraphs, font, size, *, bold=False, color="000000", align=PP_ALIGN.CENTER,
              anchor=MSO_ANCHOR.MIDDLE, margins=(0.05, 0.03)):
    tf = cell.text_frame
    tf.word_wrap = True
    cell.vertical_anchor = anchor
    cell.margin_left = cell.margin_right = Inches(margins[0])
    cell.margin_top = cell.margin_bottom = Inches(margins[1])
    for i, para in enumerate(paragraphs):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        lines = [para] if isinstance(para, str) else list(para)
        fill_paragraph(p, lines, font, size, bold=bold, color=color, align=align)


def new_table(slide, rows, cols, x, y, col_widths, row_heights, name=None):
    gf = slide.shapes.add_table(rows, cols, Inches(x), Inches(y), Inches(sum(col_widths)),
                                Inches(sum(row_heights)))
    if name:
        gf.name = name
    tbl = gf.table
    tbl.first_row = False
    tbl.horz_banding = False
    for i, w in enumerate(col_widths):
        tbl.columns[i].width = Inches(w)
    for i, h in enumerate(row_heights):
        tbl.rows[i].height = Inches(h)
    return gf, tbl


# ---------------------------------------------------------------------------------------------
# Generation A: the start-of-year deck (seed 002)
# ---------------------------------------------------------------------------------------------

A_FONT = "DejaVu Sans"
A_BLUE = "1F4E79"
A_GRID = (0.75, "A6A6A6")


def a_legend(slide, x, y):
    colours = {C.GREEN: "00B050", C.YELLOW: "FFC000", C.RED: "FF0000"}
    for i, (status, lines) in enumerate(C.LEGEND):
        lx = x + i * 2.05
        # squares, not circles: LibreOffice's .ppt round trip drops the fill of non-rectangular shapes
        add_shape(slide, MSO_SHAPE.RECTANGLE, lx, y + 0.07, 0.19, 0.19, fill=colours[status], line="7F7F7F",
                  line_w=0.5, name=f"Legend light {i + 1}")
        add_text(slide, lx + 0.25, y - 0.02, 1.8, 0.42, [lines], A_FONT, 8, color="404040",
                 name=f"Legend text {i + 1}")


def a_goal_slide(prs, goal):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    title = ["Tavoite: " + goal["title_lines"][0], *goal["title_lines"][1:]]
    size = 20 if len(join_lines(title)) <= 60 else 15
    add_text(s, 0.4, 0.2, 8.8, 1.0, [title], A_FONT, size, bold=True, color=A_BLUE,
             anchor=MSO_ANCHOR.MIDDLE, name="Title")
    box = add_shape(s, MSO_SHAPE.RECTANGLE, 9.35, 0.25, 3.6, 0.95, fill="DDEBF7", line="9DC3E6",
                    name="Painopiste")
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    fill_paragraph(tf.paragraphs[0], ["Strateginen painopiste: "], A_FONT, 10, bold=True, color=A_BLUE,
                   align=PP_ALIGN.LEFT)
    p2 = tf.add_paragraph()
    fill_paragraph(p2, [goal["theme"]], A_FONT, 13, color="000000", align=PP_ALIGN.LEFT)

    add_text(s, 0.4, 1.3, 4.0, 0.35, ["Avaintulokset ja  seuranta"], A_FONT, 13, bold=True,
             color=A_BLUE, name="KR heading")
    a_legend(s, 4.6, 1.28)

    # key-results table
    krs = goal["krs"]
    col_w = [6.55, 1.35, 1.15, 1.15, 1.15, 1.15]
    row_h = [0.32] + [0.62 if len(k["lines"]) > 1 else 0.5 for k in krs]
    x0, y0 = 0.4, 1.78
    _gf, tbl = new_table(s, len(krs) + 1, 6, x0, y0, col_w, row_h, name="Avaintulokset")
    header = ["", *goal["kr_header"]]
    if goal["kr_baseline_header_textbox"]:
        header[1] = ""
    for c, label in enumerate(header):
        cell = tbl.cell(0, c)
        cell_fill(cell, "D9E2F3")
        cell_text(cell, [label] if label else [""], A_FONT, 9.5, bold=True, color=A_BLUE)
        cell_borders(cell, A_GRID, A_GRID, A_GRID, A_GRID)
    for r, k in enumerate(krs, start=1):
        cell = tbl.cell(r, 0)
        cell_fill(cell, "FFFFFF")
        cell_text(cell, [["• " + k["lines"][0], *k["lines"][1:]]], A_FONT, 9, align=PP_ALIGN.LEFT)
        cell_borders(cell, A_GRID, A_GRID, A_GRID, A_GRID)
        for c, period in enumerate(C.KR_PERIODS, start=1):
            v = k["cells"][period]
            cell = tbl.cell(r, c)
            grey = v["placeholder"] and period != "baseline" and v["lines"]
            cell_fill(cell, "E7E6E6" if grey else "FFFFFF")
            cell_text(cell, v["lines"] or [""], A_FONT, 9, color="595959" if grey else "000000")
            cell_borders(cell, A_GRID, A_GRID, A_GRID, A_GRID)
    if goal["kr_baseline_header_textbox"]:
        add_text(s, x0 + col_w[0], y0 + 0.04, col_w[1], 0.26, ["Lähtötilanne"], A_FONT, 9.5, bold=True,
                 color=A_BLUE, align=PP_ALIGN.CENTER, name="Baseline header")

    # Tiivistelmä
    y_low = 4.45
    add_shape(s, MSO_SHAPE.RECTANGLE, 0.4, y_low, 7.75, 2.85, fill="F7F9FC", line="BFBFBF",
              name="Tiivistelmä frame")
    add_text(s, 0.5, y_low + 0.05, 3.0, 0.32, ["Tiivistelmä"], A_FONT, 12, bold=True, color=A_BLUE,
             name="Tiivistelmä heading")
    add_text(s, 0.5, y_low + 0.4, 7.55, 2.4, goal["tiivistelma"], A_FONT, 9, space_after=4,
             name="Tiivistelmä text")

    # KPI table
    kx = 8.35
    add_shape(s, MSO_SHAPE.RECTANGLE, kx, y_low, 4.6, 2.85, fill="F7F9FC", line="BFBFBF",
              name="KPI frame")
    add_text(s, kx + 0.1, y_low + 0.05, 3.0, 0.32, ["KPI-mittarit"], A_FONT, 12, bold=True, color=A_BLUE,
             name="KPI heading")
    kpis = goal["kpis"]
    kcol = [1.75, 1.15, 0.75, 0.75]
    krow = [0.3] + [0.56 if len(k["name_lines"]) > 2 else 0.5 for k in kpis]
    ky = y_low + 0.45
    _gf, ktbl = new_table(s, len(kpis) + 1, 4, kx + 0.1, ky, kcol, krow, name="KPI-mittarit")
    head = ["", *C.HEADER_KPI]
    if goal["kpi_baseline_header_textbox"]:
        head[1] = ""
    for c, label in enumerate(head):
        cell = ktbl.cell(0, c)
        cell_fill(cell, "D9E2F3")
        cell_text(cell, [label or ""], A_FONT, 8.5, bold=True, color=A_BLUE)
        cell_borders(cell, A_GRID, A_GRID, A_GRID, A_GRID)
    for r, k in enumerate(kpis, start=1):
        cell = ktbl.cell(r, 0)
        cell_fill(cell, "FFFFFF")
        cell_text(cell, [[""] if k["name_as_textbox"] else k["name_lines"]], A_FONT, 8,
                  align=PP_ALIGN.LEFT)
        cell_borders(cell, A_GRID, A_GRID, A_GRID, A_GRID)
        for c, period in enumerate(C.KPI_PERIODS, start=1):
            v = k["cells"][period]
            cell = ktbl.cell(r, c)
            grey = v["placeholder"] and period != "baseline" and v["lines"]
            cell_fill(cell, "E7E6E6" if grey else "FFFFFF")
            cell_text(cell, v["lines"] or [""], A_FONT, 8, color="595959" if grey else "000000")
            cell_borders(cell, A_GRID, A_GRID, A_GRID, A_GRID)
    if goal["kpi_baseline_header_textbox"]:
        add_text(s, kx + 0.1 + kcol[0], ky + 0.03, kcol[1], 0.25, ["Lähtötilanne"], A_FONT, 8.5, bold=True,
                 color=A_BLUE, align=PP_ALIGN.CENTER, name="KPI baseline header")
    yy = ky + krow[0]
    for r, k in enumerate(kpis, start=1):
        if k["name_as_textbox"]:
            add_text(s, kx + 0.12, yy + 0.04, kcol[0] - 0.05, krow[r] - 0.08, [k["name_lines"]], A_FONT, 8,
                     anchor=MSO_ANCHOR.MIDDLE, name="KPI label")
        yy += krow[r]
    return s


def new_deck(width_in: float, height_in: float, title: str) -> Presentation:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(width_in), Inches(height_in)
    prs.core_properties.title = title
    prs.core_properties.author = ""
    prs.core_properties.last_modified_by = ""
    return prs


def build_start_deck(path: Path) -> int:
    prs = new_deck(13.333, 7.5, "Avaintulokset ja seuranta 2025")
    for goal in C.START_2025["goals"]:
        a_goal_slide(prs, goal)
    prs.save(path)
    return len(prs.slides)


# ---------------------------------------------------------------------------------------------
# Generation B: the Q2 2025 deck (seed 000) — loose text boxes and drawn lights
# ---------------------------------------------------------------------------------------------

B_FONT = "Arial"
B_NAVY = "002060"
B_TEAL = "00808C"


def b_title_slide(prs, title_lines, font=B_FONT):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    w, h = prs.slide_width, prs.slide_height
    band = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, Emu(int(h * 0.34)), w, Emu(int(h * 0.34)))
    band.fill.solid()
    band.fill.fore_color.rgb = rgb(B_NAVY)
    band.line.fill.background()
    band.name = "Title band"
    wi = w / 914400
    add_text(s, 0.5, h / 914400 * 0.36, wi - 1.0, 0.9, [title_lines[0]], font, 24, bold=True,
             color="FFFFFF", anchor=MSO_ANCHOR.MIDDLE, name="Title")
    add_text(s, 0.5, h / 914400 * 0.36 + 0.95, wi - 1.0, 0.45, [title_lines[1]], font, 14,
             color="DDEBF7", name="Subtitle")
    return s


def b_abbrev_slide(prs, items, font=B_FONT, size=12, bullets_real=False):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    wi = prs.slide_width / 914400
    hi = prs.slide_height / 914400
    add_text(s, 0.4, 0.3, wi - 0.8, 0.6, ["KPI-mittareiden lyhenteet"], font, 22, bold=True, color=B_NAVY,
             name="Title")
    line = s.shapes.add_connector(1, Inches(0.4), Inches(0.95), Inches(wi - 0.4), Inches(0.95))
    line.line.color.rgb = rgb(B_TEAL)
    line.line.width = Pt(1.5)
    if bullets_real:
        box = add_text(s, 0.5, 1.2, wi - 1.0, hi - 1.6, items, font, size, space_after=8, name="Body")
        for p in box.text_frame.paragraphs:
            set_bullet(p, "•", 228600)
    else:
        add_text(s, 0.5, 1.2, wi - 1.0, hi - 1.6, ["• " + t for t in items], font, size, space_after=8,
                 name="Body")
    return s


def b_goal_slide(prs, goal):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    add_text(s, 0.3, 0.12, 6.35, 0.62, ["Tavoite: " + join_lines(goal["title_lines"])], B_FONT, 16,
             bold=True, color=B_NAVY, anchor=MSO_ANCHOR.MIDDLE, name="Title")
    box = add_shape(s, MSO_SHAPE.ROUNDED_RECTANGLE, 6.8, 0.14, 2.9, 0.6, fill="E2F0D9", line="A9D18E",
                    name="Painopiste")
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    fill_paragraph(tf.paragraphs[0], ["Strateginen painopiste:"], B_FONT, 8, bold=True, color="385723",
                   align=PP_ALIGN.CENTER)
    fill_paragraph(tf.add_paragraph(), [goal["theme"]], B_FONT, 11, bold=True, color="000000",
                   align=PP_ALIGN.CENTER)

    add_text(s, 0.3, 0.83, 3.0, 0.3, ["Avaintulokset ja seuranta"], B_FONT, 11, bold=True, color=B_NAVY,
             name="KR heading")
    # legend: lights in a row, right of the heading
    for i, (status, lines) in enumerate(C.LEGEND):
        lx = 3.55 + i * 2.05
        circle(s, lx + 0.08, 0.98, 0.15, status, name=f"Legend light {i + 1}")
        add_text(s, lx + 0.19, 0.82, 1.85, 0.34, [lines], B_FONT, 6.5, color="404040",
                 name=f"Legend text {i + 1}")

    # the key-results "table": a frame, header labels, and one text box per cell
    col_x = {"baseline": 5.3, "Q1": 6.2, "Q2": 7.05, "Q3": 7.9, "Q4": 8.75}
    col_w = 0.85
    krs = goal["krs"]
    heights = [max(0.42, 0.15 * len(k["lines"]) + 0.14) for k in krs]
    top = 1.27
    frame_h = 0.3 + sum(heights) + 0.08
    add_shape(s, MSO_SHAPE.ROUNDED_RECTANGLE, 0.3, top, 9.4, frame_h, fill=None, line="8FAADC",
              name="KR frame").adjustments[0] = 0.06
    for period, label in zip(C.KR_PERIODS, goal["kr_header"], strict=True):
        add_text(s, col_x[period], top + 0.04, col_w, 0.24, [label], B_FONT, 8, bold=True, color=B_NAVY,
                 align=PP_ALIGN.CENTER, name=f"Header {label}")
    y = top + 0.3
    for k, h in zip(krs, heights, strict=True):
        add_text(s, 0.38, y, 4.85, h, [["• " + k["lines"][0], *k["lines"][1:]]], B_FONT, 8,
                 anchor=MSO_ANCHOR.MIDDLE, name="KR text")
        for period in C.KR_PERIODS:
            v = k["cells"][period]
            if not v["lines"]:
                continue
            cx = col_x[period]
            if v["status"]:
                circle(s, cx + 0.13, y + h / 2, 0.2, v["status"], name=f"Light {period}")
                add_text(s, cx + 0.25, y, col_w - 0.25, h, [v["lines"]], B_FONT, 8,
                         anchor=MSO_ANCHOR.MIDDLE, margins=0.02, name=f"Value {period}")
            else:
                add_text(s, cx, y, col_w, h, [v["lines"]], B_FONT, 8, align=PP_ALIGN.CENTER,
                         anchor=MSO_ANCHOR.MIDDLE, margins=0.02, name=f"Value {period}")
        y += h
        line = s.shapes.add_connector(1, Inches(0.38), Inches(y), Inches(9.62), Inches(y))
        line.line.color.rgb = rgb("D9D9D9")
        line.line.width = Pt(0.5)

    low = top + frame_h + 0.1
    low_h = 5.5 - low
    add_shape(s, MSO_SHAPE.ROUNDED_RECTANGLE, 0.3, low, 6.2, low_h, fill=None, line="8FAADC",
              name="Tiivistelmä frame").adjustments[0] = 0.04
    add_text(s, 0.4, low + 0.04, 2.0, 0.26, ["Tiivistelmä"], B_FONT, 10, bold=True, color=B_NAVY,
             name="Tiivistelmä heading")
    add_text(s, 0.4, low + 0.3, 6.0, low_h - 0.34, goal["tiivistelma"], B_FONT, 7.5, space_after=4,
             name="Tiivistelmä text")

    kx = 6.6
    add_shape(s, MSO_SHAPE.ROUNDED_RECTANGLE, kx, low, 3.1, low_h, fill=None, line="8FAADC",
              name="KPI frame").adjustments[0] = 0.06
    add_text(s, kx + 0.08, low + 0.04, 2.0, 0.26, ["KPI-mittarit"], B_FONT, 10, bold=True, color=B_NAVY,
             name="KPI heading")
    kcol = {"baseline": kx + 1.05, "Q2": kx + 1.85, "Q4": kx + 2.45}
    kw = {"baseline": 0.8, "Q2": 0.6, "Q4": 0.6}
    for period, label in zip(C.KPI_PERIODS, C.HEADER_KPI, strict=True):
        add_text(s, kcol[period], low + 0.3, kw[period], 0.22, [label], B_FONT, 7, bold=True, color=B_NAVY,
                 align=PP_ALIGN.CENTER, name=f"KPI header {label}")
    ky = low + 0.55
    rh = min(0.42, (low_h - 0.62) / max(3, len(goal["kpis"])))
    for k in goal["kpis"]:
        add_text(s, kx + 0.08, ky, 0.98, rh, [k["name_lines"]], B_FONT, 7, anchor=MSO_ANCHOR.MIDDLE,
                 name="KPI name")
        for period in C.KPI_PERIODS:
            v = k["cells"][period]
            if v["lines"]:
                add_text(s, kcol[period], ky, kw[period], rh, [v["lines"]], B_FONT, 7.5,
                         align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, margins=0.02,
                         name=f"KPI value {period}")
        ky += rh
    return s


def b_narrative_slide(prs, goal):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    title = ["Tavoite: " + goal["narrative_title_lines"][0], *goal["narrative_title_lines"][1:]]
    add_text(s, 0.4, 0.2, 9.2, 0.75, [title], B_FONT, 18, bold=True, color=B_NAVY, anchor=MSO_ANCHOR.MIDDLE,
             name="Title")
    add_text(s, 0.4, 1.0, 6.0, 0.32, ["Kuvaus tavoitteen etenemisestä:"], B_FONT, 12, bold=True,
             color=B_TEAL, name="Narrative heading")
    box = s.shapes.add_textbox(Inches(0.45), Inches(1.38), Inches(9.15), Inches(4.05))
    box.name = "Narrative"
    tf = box.text_frame
    tf.word_wrap = True
    size = 9 if len(goal["narrative"]) > 6 else 10.5
    for i, (level, text) in enumerate(goal["narrative"]):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        fill_paragraph(p, [text], B_FONT, size)
        set_bullet(p, "•" if level == 0 else "–", 171450, level)
        p.space_after = Pt(4)
    return s


def build_q2_2025_deck(path: Path) -> int:
    content = C.Q2_2025
    prs = new_deck(10, 5.625, content["title"][0])
    b_title_slide(prs, content["title"])
    b_abbrev_slide(prs, content["kpi_abbreviations"])
    for goal in content["goals"]:
        b_goal_slide(prs, goal)
        b_narrative_slide(prs, goal)
    prs.save(path)
    return len(prs.slides)


# ---------------------------------------------------------------------------------------------
# Generation C: the Q2 2026 deck — real tables, lights as filled cells
# ---------------------------------------------------------------------------------------------

C_FONT = "Nimbus Sans Narrow"
C_BLUE = "0B5394"
C_RULE = (0.75, "7F7F7F")
C_THIN = (0.5, "BFBFBF")


def c_goal_slide(prs, goal):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    title = ["Tavoite: " + goal["title_lines"][0], *goal["title_lines"][1:]]
    add_text(s, 0.5, 0.25, 12.3, 0.85, [title], C_FONT, 24, bold=True, color=C_BLUE,
             anchor=MSO_ANCHOR.BOTTOM, name="Title")
    accent = add_shape(s, MSO_SHAPE.RECTANGLE, 0.5, 1.2, 0.07, 0.6, fill=C_BLUE, name="Accent")
    accent.text_frame.text = ""
    add_text(s, 0.62, 1.18, 4.6, 0.66, [["Strateginen painopiste:", goal["theme"]]], C_FONT, 12,
             color="262626", name="Painopiste")
    # legend: filled squares, one line each
    for i, (status, lines) in enumerate(C.LEGEND):
        ly = 1.12 + i * 0.25
        add_shape(s, MSO_SHAPE.RECTANGLE, 8.3, ly + 0.04, 0.16, 0.16, fill=CELL_RGB[status], line="7F7F7F",
                  line_w=0.5, name=f"Legend square {i + 1}")
        add_text(s, 8.52, ly, 4.3, 0.24, [join_lines(lines)], C_FONT, 10, color="404040",
                 name=f"Legend text {i + 1}")

    add_text(s, 0.5, 1.9, 5.0, 0.36, ["Avaintulokset ja seuranta"], C_FONT, 15, bold=True, color=C_BLUE,
             name="KR heading")
    krs = goal["krs"]
    col_w = [6.3, 1.4, 1.15, 1.15, 1.15, 1.15]
    row_h = [0.34] + [0.5] * len(krs)
    x0, y0 = 0.5, 2.3
    _gf, tbl = new_table(s, len(krs) + 1, 6, x0, y0, col_w, row_h, name="Avaintulokset")
    header = ["Avaintulos", *goal["kr_header"]]
    for c, label in enumerate(header):
        cell = tbl.cell(0, c)
        cell_fill(cell, C_BLUE)
        cell_text(cell, [label], C_FONT, 11, bold=True, color="FFFFFF",
                  align=PP_ALIGN.LEFT if c == 0 else PP_ALIGN.CENTER)
        cell_borders(cell, None, None, None, C_RULE)
    for r, k in enumerate(krs, start=1):
        cell = tbl.cell(r, 0)
        cell_fill(cell, None)
        cell_text(cell, [join_lines(k["lines"])], C_FONT, 11, align=PP_ALIGN.LEFT)
        set_bullet(cell.text_frame.paragraphs[0], "•", 137160)
        cell_borders(cell, None, None, None, C_THIN)
        for c, period in enumerate(C.KR_PERIODS, start=1):
            v = k["cells"][period]
            cell = tbl.cell(r, c)
            cell_fill(cell, CELL_RGB[v["status"]] if v["status"] else None)
            cell_text(cell, v["lines"] or [""], C_FONT, 11, bold=bool(v["status"]))
            white = (1.5, "FFFFFF")
            cell_borders(cell, white, white, white if v["status"] else None,
                         white if v["status"] else C_THIN)

    # KPI table (left) with merged header cells
    low = 2.3 + sum(row_h) + 0.3
    add_text(s, 0.5, low, 4.0, 0.34, ["KPI-mittarit"], C_FONT, 14, bold=True, color=C_BLUE,
             name="KPI heading")
    kpis = goal["kpis"]
    kcol = [2.0, 1.2, 0.9, 0.9]
    krow = [0.27, 0.25] + [0.5 if len(k["name_lines"]) > 1 else 0.36 for k in kpis]
    _gf, kt = new_table(s, len(kpis) + 2, 4, 0.5, low + 0.4, kcol, krow, name="KPI-mittarit")
    kt.cell(0, 0).merge(kt.cell(1, 0))
    kt.cell(0, 1).merge(kt.cell(1, 1))
    kt.cell(0, 2).merge(kt.cell(0, 3))
    for (r, c), label in {(0, 0): "Mittari", (0, 1): "Lähtötilanne", (0, 2): str(C.Q2_2026["fiscal_year"]),
                          (1, 2): "Q2", (1, 3): "Q4"}.items():
        cell = kt.cell(r, c)
        cell_fill(cell, "DEEAF6")
        cell_text(cell, [label], C_FONT, 10, bold=True, color=C_BLUE,
                  align=PP_ALIGN.LEFT if c == 0 else PP_ALIGN.CENTER)
    for r in (0, 1):
        for c in range(4):
            cell_borders(kt.cell(r, c), None, None, C_RULE if r == 0 else None, C_RULE if r == 1 else None)
    for r, k in enumerate(kpis, start=2):
        cell = kt.cell(r, 0)
        cell_fill(cell, None)
        cell_text(cell, [k["name_lines"]], C_FONT, 10, align=PP_ALIGN.LEFT)
        cell_borders(cell, None, None, None, C_THIN)
        for c, period in enumerate(C.KPI_PERIODS, start=1):
            v = k["cells"][period]
            cell = kt.cell(r, c)
            cell_fill(cell, None)
            cell_text(cell, v["lines"] or [""], C_FONT, 10)
            cell_borders(cell, None, None, None, C_THIN)

    add_text(s, 6.3, low, 4.0, 0.34, ["Tiivistelmä"], C_FONT, 14, bold=True, color=C_BLUE,
             name="Tiivistelmä heading")
    add_text(s, 6.3, low + 0.4, 6.5, 7.3 - low - 0.4, goal["tiivistelma"], C_FONT, 11, space_after=5,
             name="Tiivistelmä text")
    return s


def c_narrative_slide(prs, goal):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    title = ["Tavoite: " + goal["title_lines"][0], *goal["title_lines"][1:]]
    add_text(s, 0.5, 0.25, 12.3, 0.85, [title], C_FONT, 24, bold=True, color=C_BLUE,
             anchor=MSO_ANCHOR.BOTTOM, name="Title")
    add_text(s, 0.5, 1.3, 8.0, 0.4, ["Kuvaus tavoitteen etenemisestä:"], C_FONT, 16, bold=True,
             color="262626", name="Narrative heading")
    box = s.shapes.add_textbox(Inches(0.6), Inches(1.85), Inches(12.0), Inches(5.0))
    box.name = "Narrative"
    tf = box.text_frame
    tf.word_wrap = True
    for i, (level, text) in enumerate(goal["narrative"]):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        fill_paragraph(p, [text], C_FONT, 14)
        set_bullet(p, "•" if level == 0 else "–", 228600, level)
        p.space_after = Pt(8)
    return s


def build_q2_2026_deck(path: Path) -> int:
    content = C.Q2_2026
    prs = new_deck(13.333, 7.5, content["title"][0])
    b_title_slide(prs, content["title"], font=C_FONT)
    b_abbrev_slide(prs, content["kpi_abbreviations"], font=C_FONT, size=15, bullets_real=True)
    for goal in content["goals"]:
        c_goal_slide(prs, goal)
        c_narrative_slide(prs, goal)
    prs.save(path)
    return len(prs.slides)


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------

def gold_from_content(content, page_count, *, themes=None, kr_filter=None, kpi_filter=None,
                      with_status=True):
    goals, key_results, kr_values, kpi_values = [], [], [], []
    for goal in content["goals"]:
        theme = goal["theme"] if themes is None else themes.get(goal["key"])
        goals.append({"key": goal["key"], "text": join_lines(goal["title_lines"]), "theme": theme,
                      "level": "hva", "division": None, "result_area": None, "owner": None,
                      "status": None, "parent": None})
        for k in goal["krs"]:
            key_results.append({"key": k["key"], "goal": goal["key"], "text": join_lines(k["lines"]),
                                "division": None, "result_area": None})
            for period in C.KR_PERIODS:
                v = k["cells"][period]
                if v["placeholder"]:
                    continue
                kr_values.append({"kr": k["key"], "period": period, "value": v["value"],
                                  "value_text": join_lines(v["lines"]), "unit": v["unit"],
                                  "status": v["status"] if with_status else None})
        for k in goal["kpis"]:
            for period in C.KPI_PERIODS:
                v = k["cells"][period]
                if v["placeholder"]:
                    continue
                kpi_values.append({"goal": goal["key"], "kpi_name": join_lines(k["name_lines"]),
                                   "period": period, "value": v["value"],
                                   "value_text": join_lines(v["lines"]), "unit": v["unit"]})
    if kr_filter is not None:
        kr_values = kr_filter
    if kpi_filter is not None:
        kpi_values = kpi_filter
    return {
        "report": {"report_kind": "quarterly_review", "organization": None,
                   "fiscal_year": content["fiscal_year"], "period": content["period"],
                   "published_date": None, "page_count": page_count},
        "goals": goals,
        "key_results": key_results,
        "kr_values": kr_values,
        "kr_confidence": [],
        "kpi_values": kpi_values,
        "tasks": [],
    }


def gold_txt_000():
    t = C.TXT_000
    kr_values = [{"kr": kr, "period": p, "value": val, "value_text": vt, "unit": u, "status": None}
                 for kr, p, vt, val, u in t["kr_values"]]
    kpi_values = [{"goal": g, "kpi_name": n, "period": p, "value": val, "value_text": vt, "unit": u}
                  for g, n, p, vt, val, u in t["kpi_values"]]
    return gold_from_content(C.Q2_2025, None, themes=t["goal_themes"], kr_filter=kr_values,
                             kpi_filter=kpi_values, with_status=False)


# ---------------------------------------------------------------------------------------------

def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages)


def convert(source: Path, ext: str) -> Path:
    """LibreOffice conversion into OUT (via a temp dir so a stale file never survives)."""
    with tempfile.TemporaryDirectory() as tmp:
        produced = soffice_convert(source, ext, Path(tmp))
        target = OUT / produced.name
        shutil.move(str(produced), target)
    return target


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    TEXT_OUT.mkdir(parents=True, exist_ok=True)

    # 1. start-of-year deck (seed 002) + PDF + legacy PPT
    start = OUT / "okr_start_2025.pptx"
    n = build_start_deck(start)
    write_gold(start, gold_from_content(C.START_2025, n))
    start_pdf = convert(start, "pdf")
    write_gold(start_pdf, gold_from_content(C.START_2025, pdf_pages(start_pdf)))
    start_ppt = convert(start, "ppt")
    write_gold(start_ppt, gold_from_content(C.START_2025, n))

    # 2. Q2 2025 deck (seed 000) + PDF + scan
    q2 = OUT / "okr_q2_2025.pptx"
    n = build_q2_2025_deck(q2)
    write_gold(q2, gold_from_content(C.Q2_2025, n))
    q2_pdf = convert(q2, "pdf")
    write_gold(q2_pdf, gold_from_content(C.Q2_2025, pdf_pages(q2_pdf)))
    scan = OUT / "okr_q2_2025_scan.pdf"
    scan_pdf(q2_pdf, scan, dpi=160, seed=25, jpeg_quality=50)
    write_gold(scan, gold_from_content(C.Q2_2025, pdf_pages(scan)))

    # 3. Q2 2026 deck (hand-written) + PDF
    q26 = OUT / "okr_q2_2026.pptx"
    n = build_q2_2026_deck(q26)
    write_gold(q26, gold_from_content(C.Q2_2026, n))
    q26_pdf = convert(q26, "pdf")
    write_gold(q26_pdf, gold_from_content(C.Q2_2026, pdf_pages(q26_pdf)))

    # 4. text exports: byte-identical copies of the seeds
    txt000 = TEXT_OUT / "000_quarterly_q2_2025.txt"
    shutil.copyfile(SEEDS / "000_0f696a447f8fe67a.txt", txt000)
    write_gold(txt000, gold_txt_000())
    txt002 = TEXT_OUT / "002_quarterly_start_2025.txt"
    shutil.copyfile(SEEDS / "002_c5605c3de84f6bc0.txt", txt002)
    write_gold(txt002, gold_from_content(C.START_2025, None))

    for p in sorted([*OUT.iterdir(), txt000, txt002]):
        print(f"{p.relative_to(REPO)}  {p.stat().st_size:,} B")


if __name__ == "__main__":
    main()
