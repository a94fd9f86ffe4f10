"""Build the annual (TP 2025) report of the county-level goals and its gold.

Run from the repository root:  python tools/samples/make_annual.py

Writes into samples/annual_review/:
  tp2025_hva_tavoitteet.pptx      the report as a 16:9 PowerPoint deck (python-pptx)
  tp2025_hva_tavoitteet.pdf       a native PDF of the same report, own geometry (reportlab)
  tp2025_hva_tavoitteet_scan.pdf  an image-only scanned copy of that PDF
and samples/text_exports/001_annual_tp2025.txt (the seed text export, byte for byte),
plus one gold file per document in samples/gold/. The facts come from
content_annual.py (transcribed by hand from the seed); nothing runs the extractor.

Layout choices (the seed is converter Markdown and lost the layout):
- PPTX: Arial text, title placeholders, key-result bullets as separate text
  boxes next to a values-only table (Lähtötilanne, Q1-Q4); the Q4 light is the fill of
  the Q4 cell, Q1-Q3 cells carry no light (the TP report left them out). The legend
  is drawn as square shapes on the first goal and as coloured "■" characters on the
  second (as the seed's text shows). The overview dashboard is drawn with block-arc
  donuts and text boxes.
- PDF: A4 landscape, DejaVu Sans Condensed, one table per goal with the key-result
  text in its first column; lights are filled circles beside the Q4 value; the result
  label is a circle plus text in an outlined box; page footer with page numbers.
"""

from __future__ import annotations

import math
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import content_annual as C
from common import REPO, SAMPLES, font_path, scan_pdf, write_gold

SEED = Path("/work/shared/seeds/001_1b8f1fb445407bd0.txt")
OUT_DIR = SAMPLES / "annual_review"
TXT_DIR = SAMPLES / "text_exports"
PPTX_NAME = "tp2025_hva_tavoitteet.pptx"
PDF_NAME = "tp2025_hva_tavoitteet.pdf"
SCAN_NAME = "tp2025_hva_tavoitteet_scan.pdf"
TXT_NAME = "001_annual_tp2025.txt"

# colour name -> RGB hex
COLOURS = {
    "green": "3AA655",
    "yellow": "F7C948",
    "red": "D9342B",
    "grey": "A5A5A5",
    "amber": "F28E2B",
}
BRAND = "00506E"       # headings, dark teal
BRAND_LIGHT = "DCEBF1"
INK = "1F1F1F"


def rgb_tuple(hexstr: str) -> tuple[int, int, int]:
    return tuple(int(hexstr[i:i + 2], 16) for i in (0, 2, 4))


def text_on(colour: str) -> str:
    """Text colour readable on a light of this colour."""
    return "FFFFFF" if colour in ("green", "red") else INK


# ----------------------------------------------------------------------------------
# PPTX
# ----------------------------------------------------------------------------------

def build_pptx(target: Path) -> int:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.oxml.ns import qn
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    FONT = "Arial"

    def rgb(h: str) -> RGBColor:
        return RGBColor.from_string(h)

    def style_run(run, size, bold=False, colour=INK, italic=False):
        run.font.name = FONT
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.italic = italic
        run.font.color.rgb = rgb(colour)

    def set_bullet(paragraph, char="•", level=0, indent_in=0.25):
        pPr = paragraph._p.get_or_add_pPr()
        pPr.set("marL", str(int(Inches(indent_in * (level + 1)))))
        pPr.set("indent", str(-int(Inches(indent_in))))
        for tag in ("a:buNone", "a:buChar", "a:buAutoNum"):
            for el in pPr.findall(qn(tag)):
                pPr.remove(el)
        bu = pPr.makeelement(qn("a:buChar"), {"char": char})
        pPr.append(bu)

    def textbox(slide, x, y, w, h, paras, *, anchor=MSO_ANCHOR.TOP, wrap=True, margin=0.05):
        """paras: list of dicts {text|runs, size, bold, colour, align, bullet, level, space}"""
        tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = tb.text_frame
        tf.word_wrap = wrap
        tf.vertical_anchor = anchor
        for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
            setattr(tf, side, Inches(margin))
        for i, p in enumerate(paras):
            para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            runs = p.get("runs") or [(p["text"], {})]
            for txt, over in runs:
                r = para.add_run()
                r.text = txt
                style_run(r, over.get("size", p.get("size", 12)), over.get("bold", p.get("bold", False)),
                          over.get("colour", p.get("colour", INK)), over.get("italic", p.get("italic", False)))
            if p.get("align"):
                para.alignment = p["align"]
            if p.get("bullet"):
                set_bullet(para, p["bullet"], p.get("level", 0))
            if p.get("space"):
                para.space_after = Pt(p["space"])
        return tb

    def rect(slide, x, y, w, h, fill, *, shape=MSO_SHAPE.RECTANGLE, line=None, text=None,
             size=12, bold=False, colour=INK, align=PP_ALIGN.CENTER):
        sh = slide.shapes.add_shape(shape, Inches(x), Inches(y), Inches(w), Inches(h))
        if fill is None:
            sh.fill.background()
        else:
            sh.fill.solid()
            sh.fill.fore_color.rgb = rgb(fill)
        if line is None:
            sh.line.fill.background()
        else:
            sh.line.color.rgb = rgb(line)
            sh.line.width = Pt(1)
        sh.shadow.inherit = False
        if text is not None:
            tf = sh.text_frame
            tf.word_wrap = True
            tf.vertical_anchor = MSO_ANCHOR.MIDDLE
            lines = text if isinstance(text, list) else [(text, size, bold)]
            for i, (t, sz, b) in enumerate(lines):
                para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                para.alignment = align
                r = para.add_run()
                r.text = t
                style_run(r, sz, b, colour)
        return sh

    def line(slide, x1, y1, x2, y2, colour="BFBFBF", width=1.0):
        ln = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(x1), Inches(y1), Inches(x2), Inches(y2))
        ln.line.color.rgb = rgb(colour)
        ln.line.width = Pt(width)
        return ln

    def title_slide_title(slide, text, *, x=0.45, y=0.3, w=12.4, h=0.8, size=26):
        t = slide.shapes.title
        t.left, t.top, t.width, t.height = Inches(x), Inches(y), Inches(w), Inches(h)
        tf = t.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.TOP
        tf.margin_left = tf.margin_right = Inches(0.05)
        para = tf.paragraphs[0]
        para.alignment = PP_ALIGN.LEFT
        r = para.add_run()
        r.text = text
        style_run(r, size, True, BRAND)
        return t

    def cell_fill(cell, hexstr):
        if hexstr is None:
            cell.fill.background()
        else:
            cell.fill.solid()
            cell.fill.fore_color.rgb = rgb(hexstr)

    def cell_text(cell, text, size, *, bold=False, colour=INK, align=PP_ALIGN.CENTER):
        tf = cell.text_frame
        tf.word_wrap = True
        para = tf.paragraphs[0]
        para.alignment = align
        r = para.add_run()
        r.text = text
        style_run(r, size, bold, colour)
        cell.vertical_anchor = MSO_ANCHOR.MIDDLE
        cell.margin_left = cell.margin_right = Inches(0.05)
        cell.margin_top = cell.margin_bottom = Inches(0.02)

    def cell_borders(cell, colour="BFBFBF", width_pt=0.75):
        tcPr = cell._tc.get_or_add_tcPr()
        for tag in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
            for old in tcPr.findall(qn(tag)):
                tcPr.remove(old)
        # the border elements come first in a:tcPr (before the cell fill)
        for pos, tag in enumerate(("a:lnL", "a:lnR", "a:lnT", "a:lnB")):
            ln = tcPr.makeelement(qn(tag), {"w": str(int(Pt(width_pt))), "cap": "flat", "cmpd": "sng"})
            fill = ln.makeelement(qn("a:solidFill"), {})
            fill.append(fill.makeelement(qn("a:srgbClr"), {"val": colour}))
            ln.append(fill)
            tcPr.insert(pos, ln)

    def table(slide, x, y, col_w, row_h, n_rows):
        shape = slide.shapes.add_table(n_rows, len(col_w), Inches(x), Inches(y),
                                       Inches(sum(col_w)), Inches(row_h[0] * n_rows))
        tbl = shape.table
        tbl.first_row = True
        tbl.horz_banding = False
        for i, w in enumerate(col_w):
            tbl.columns[i].width = Inches(w)
        for i in range(n_rows):
            tbl.rows[i].height = Inches(row_h[min(i, len(row_h) - 1)])
        return tbl

    title_only = prs.slide_layouts[5]

    # 1 -- title slide
    s = prs.slides.add_slide(prs.slide_layouts[0])
    rect(s, 0, 0, 13.333, 7.5, "F4F8FA")
    rect(s, 0, 5.9, 13.333, 1.6, BRAND)
    t = s.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.9), Inches(2.0), Inches(11.5), Inches(1.4)
    r = t.text_frame.paragraphs[0].add_run()
    r.text = C.TITLE
    style_run(r, 38, True, BRAND)
    t.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.9), Inches(3.6), Inches(8), Inches(1.2)
    for i, txt in enumerate((C.DATE_PRINTED, C.ORGANIZATION)):
        para = sub.text_frame.paragraphs[0] if i == 0 else sub.text_frame.add_paragraph()
        para.alignment = PP_ALIGN.LEFT
        r = para.add_run()
        r.text = txt
        style_run(r, 20, False, INK)
    # the title shapes come first in reading order; the decoration stays behind them
    tree = s.shapes._spTree
    for shp in (t, sub):
        tree.remove(shp._element)
        tree.append(shp._element)

    # 2 -- Arviointiperusteet
    s = prs.slides.add_slide(title_only)
    title_slide_title(s, C.CRITERIA_TITLE)
    paras = []
    for head, subs in C.CRITERIA:
        paras.append({"text": head, "size": 20, "bold": True, "colour": BRAND, "bullet": "•", "space": 6})
        for sub_text in subs:
            paras.append({"text": sub_text, "size": 16, "bullet": "–", "level": 1, "space": 10})
    textbox(s, 0.6, 1.4, 12.0, 4.2, paras)
    rect(s, 0.6, 5.9, 12.0, 0.75, BRAND_LIGHT, shape=MSO_SHAPE.ROUNDED_RECTANGLE,
         text=C.CRITERIA_NOTE, size=16, bold=True, colour=BRAND)

    # 3 -- liikennevalot
    s = prs.slides.add_slide(title_only)
    title_slide_title(s, C.LIGHTS_TITLE)
    textbox(s, 0.6, 1.3, 12.0, 0.9, [{"text": C.LIGHTS_INTRO, "size": 16}])
    tbl = table(s, 0.9, 2.5, [4.3, 7.2], [0.85], len(C.LIGHTS_TABLE))
    tbl.first_row = False
    for i, (label, desc, colour) in enumerate(C.LIGHTS_TABLE):
        c0, c1 = tbl.cell(i, 0), tbl.cell(i, 1)
        cell_fill(c0, COLOURS[colour])
        cell_text(c0, label, 15, bold=True, colour=text_on(colour), align=PP_ALIGN.LEFT)
        c0.margin_left = Inches(0.15)
        cell_fill(c1, "FFFFFF")
        cell_text(c1, desc, 14, align=PP_ALIGN.LEFT)
        c1.margin_left = Inches(0.15)
        for c in (c0, c1):
            cell_borders(c, "FFFFFF", 3)

    # 4 -- overview dashboard
    s = prs.slides.add_slide(title_only)
    rect(s, 0, 0, 13.333, 7.5, "F3F2F1")
    title_slide_title(s, C.DASH_TITLE, x=0.3, y=0.15, w=12.7, h=0.55, size=22)
    textbox(s, 0.35, 0.7, 9, 0.4, [{"text": C.DASH_SUBTITLE, "size": 14, "colour": "605E5C"}])
    # slicers
    fx = 0.35
    for label, value in C.DASH_FILTERS:
        w = 2.45
        textbox(s, fx, 1.15, w, 0.3, [{"text": label, "size": 10, "bold": True, "colour": "252423"}])
        box = rect(s, fx, 1.45, w, 0.36, "FFFFFF", line="B3B0AD",
                   text=value, size=10, colour="252423", align=PP_ALIGN.LEFT)
        box.text_frame.margin_left = Inches(0.1)
        textbox(s, fx + w - 0.3, 1.47, 0.28, 0.3, [{"text": "⌄", "size": 10, "colour": "605E5C"}])
        fx += w + 0.12

    def card(x, y, w, h, label, value, value_size=36):
        rect(s, x, y, w, h, "FFFFFF")
        textbox(s, x, y + 0.08, w, 0.3, [{"text": label, "size": 11, "colour": "605E5C",
                                          "align": PP_ALIGN.CENTER}])
        textbox(s, x, y + 0.4, w, h - 0.45, [{"text": value, "size": value_size, "bold": False,
                                              "colour": "252423", "align": PP_ALIGN.CENTER}],
                anchor=MSO_ANCHOR.MIDDLE)

    cards = dict(C.DASH_CARDS)
    card(0.35, 2.05, 4.15, 1.3, "HVA tavoitteiden määrä", cards["HVA tavoitteiden määrä"])
    card(4.6, 2.05, 4.15, 1.3, "Tulosalueiden tavoitteiden määrä", cards["Tulosalueiden tavoitteiden määrä"])
    card(8.85, 2.05, 4.13, 1.3, "Tulosalueiden avaintulosten määrä", cards["Tulosalueiden avaintulosten määrä"])

    def donut(x, y, w, h, title, slices, legend_title=None):
        rect(s, x, y, w, h, "FFFFFF")
        textbox(s, x + 0.1, y + 0.05, w - 0.2, 0.3, [{"text": title, "size": 11, "bold": True,
                                                      "colour": "252423"}])
        # legend (Power BI: top, left aligned), optional legend title
        lx = x + 0.15
        ly = y + 0.38
        if legend_title:
            textbox(s, lx, ly - 0.04, 1.0, 0.26, [{"text": legend_title, "size": 9, "bold": True,
                                                   "colour": "605E5C"}])
            lx += 0.95
        for name, _count, _label, colour in slices:
            rect(s, lx, ly + 0.06, 0.12, 0.12, COLOURS[colour], shape=MSO_SHAPE.OVAL)
            textbox(s, lx + 0.14, ly - 0.04, 1.2, 0.26, [{"text": name, "size": 9, "colour": "605E5C"}])
            lx += 0.3 + 0.075 * len(name)
        total = sum(c for _n, c, _l, _c in slices)
        d = min(w * 0.5, h - 1.1)
        cx, cy = x + w / 2, y + 0.75 + (h - 0.75) / 2
        acc = 0.0
        for _name, count, label, colour in slices:
            a0 = acc / total
            acc += count
            a1 = acc / total
            arc = s.shapes.add_shape(MSO_SHAPE.BLOCK_ARC, Inches(cx - d / 2), Inches(cy - d / 2),
                                     Inches(d), Inches(d))
            # OOXML angles: clockwise from 3 o'clock; 12 o'clock = 270 degrees
            st = (270 + 360 * a0) % 360
            en = (270 + 360 * a1) % 360
            arc.adjustments[0] = st * 0.6
            arc.adjustments[1] = en * 0.6
            arc.adjustments[2] = 0.22
            arc.fill.solid()
            arc.fill.fore_color.rgb = rgb(COLOURS[colour])
            arc.line.color.rgb = rgb("FFFFFF")
            arc.line.width = Pt(1)
            arc.shadow.inherit = False
            if label:
                mid = math.radians(270 + 360 * (a0 + a1) / 2)
                rr = d / 2 + 0.35
                tx, ty = cx + rr * math.cos(mid), cy + rr * math.sin(mid)
                line(s, cx + (d / 2) * math.cos(mid), cy + (d / 2) * math.sin(mid),
                     cx + (d / 2 + 0.2) * math.cos(mid), cy + (d / 2 + 0.2) * math.sin(mid),
                     "8A8886", 0.75)
                textbox(s, tx - 0.7, ty - 0.15, 1.4, 0.3,
                        [{"text": label, "size": 10, "colour": "252423", "align": PP_ALIGN.CENTER}])

    donut(0.35, 3.5, 4.15, 3.8, C.DASH_CONFIDENCE_TITLE, C.DASH_CONFIDENCE)
    card(4.6, 3.5, 2.0, 1.85, "Luottavaisuusarvioiden määrä", cards["Luottavaisuusarvioiden määrä"], 32)
    card(4.6, 5.45, 2.0, 1.85, "Vastuuhenkilöiden määrä", cards["Vastuuhenkilöiden määrä"], 32)
    donut(6.7, 3.5, 4.15, 3.8, C.DASH_TASKS_TITLE, C.DASH_TASKS, C.DASH_TASKS_LEGEND_TITLE)
    card(10.95, 3.5, 2.03, 3.8, "Tehtävien määrä", cards["Tehtävien määrä"], 40)

    # 5 -- KPI abbreviations
    s = prs.slides.add_slide(title_only)
    title_slide_title(s, C.KPI_ABBR_TITLE)
    line(s, 0.5, 1.15, 12.8, 1.15, BRAND, 1.5)
    paras = []
    for name, text in C.KPI_ABBR:
        paras.append({"runs": [(name + ": ", {"bold": True}), (text, {})], "size": 16, "bullet": "•",
                      "space": 12})
    textbox(s, 0.6, 1.45, 12.1, 5.6, paras)

    # goal slides
    for gi, goal in enumerate(C.GOALS):
        s = prs.slides.add_slide(title_only)
        title_slide_title(s, "Tavoite: " + goal["text"], x=0.4, y=0.25, w=8.9, h=0.95, size=24)
        label, colour = C.RESULT_LABELS[goal["status"]]
        rect(s, 0.45, 1.25, 3.3, 0.42, COLOURS[colour], shape=MSO_SHAPE.ROUNDED_RECTANGLE,
             text=label, size=14, bold=True, colour=text_on(colour))
        rect(s, 9.6, 0.3, 3.4, 0.9, BRAND_LIGHT, shape=MSO_SHAPE.ROUNDED_RECTANGLE,
             text=[("Strateginen painopiste:", 11, False), (goal["theme"], 15, True)], colour=BRAND)
        textbox(s, 0.4, 1.85, 4.0, 0.4, [{"text": "Avaintulokset ja seuranta", "size": 16, "bold": True,
                                          "colour": BRAND}])
        # legend
        if gi == 0:
            lx = 4.4
            for text, col in C.KR_LEGEND:
                rect(s, lx, 1.98, 0.16, 0.16, COLOURS[col])
                width = 0.18 + 0.058 * len(text)
                textbox(s, lx + 0.18, 1.9, width, 0.3, [{"text": text, "size": 9.5}], wrap=False)
                lx += 0.2 + width
        else:
            runs = []
            for i, (text, col) in enumerate(C.KR_LEGEND):
                runs.append(("■ ", {"colour": COLOURS[col], "size": 13}))
                runs.append((text + (" " if i < len(C.KR_LEGEND) - 1 else ""), {}))
            textbox(s, 4.3, 1.88, 8.8, 0.35, [{"runs": runs, "size": 10}], wrap=False)
        # values table (values only) and the key-result bullets beside it
        krs = goal["key_results"]
        row_h = 0.62 if gi == 0 else 0.78
        top = 2.4
        tbl = table(s, 8.05, top, [1.08, 0.97, 0.97, 0.97, 0.97], [0.36, row_h], len(krs) + 1)
        for ci, head in enumerate(C.PERIOD_HEADERS):
            c = tbl.cell(0, ci)
            cell_fill(c, BRAND)
            cell_text(c, head, 11, bold=True, colour="FFFFFF")
            cell_borders(c, "FFFFFF", 1)
        for ri, kr in enumerate(krs, start=1):
            for ci, val in enumerate(kr["values"]):
                c = tbl.cell(ri, ci)
                fill, fg = ("F2F2F2", INK) if ci == 0 else ("FFFFFF", INK)
                if ci == 4 and kr["q4_light"]:
                    fill, fg = COLOURS[kr["q4_light"]], text_on(kr["q4_light"])
                cell_fill(c, fill)
                cell_text(c, val, 13, bold=(ci == 4), colour=fg)
                cell_borders(c, "D0D0D0", 0.75)
        for ri, kr in enumerate(krs):
            y = top + 0.36 + ri * row_h
            paras = [{"text": kr["text"], "size": 12, "bullet": "•"}]
            if kr["note"]:
                paras.append({"text": kr["note"], "size": 10, "italic": True, "bullet": "–", "level": 1,
                              "colour": "404040"})
            textbox(s, 0.4, y, 7.5, row_h, paras, anchor=MSO_ANCHOR.MIDDLE)
        # Tiivistelmä
        ty = top + 0.36 + len(krs) * row_h + 0.2
        textbox(s, 0.4, ty, 4, 0.35, [{"text": "Tiivistelmä", "size": 15, "bold": True, "colour": BRAND}])
        sum_size = 10 if gi == 0 else 9.5
        textbox(s, 0.4, ty + 0.38, 7.55, 7.3 - ty - 0.38,
                [{"text": p, "size": sum_size, "space": 5} for p in goal["summary"]])
        # KPI-mittarit
        textbox(s, 8.4, ty, 4, 0.35, [{"text": "KPI-mittarit", "size": 15, "bold": True, "colour": BRAND}])
        kt = table(s, 8.4, ty + 0.42, [2.0, 1.05, 0.8, 0.8], [0.34, 0.42], len(goal["kpis"]) + 1)
        for ci, head in enumerate(["", *C.KPI_HEADERS]):
            c = kt.cell(0, ci)
            cell_fill(c, BRAND)
            if head:
                cell_text(c, head, 10.5, bold=True, colour="FFFFFF")
            cell_borders(c, "FFFFFF", 1)
        for ri, (name, vals) in enumerate(goal["kpis"], start=1):
            c = kt.cell(ri, 0)
            cell_fill(c, "F2F2F2")
            cell_text(c, name, 11, bold=True, align=PP_ALIGN.LEFT)
            cell_borders(c, "D0D0D0", 0.75)
            for ci, val in enumerate(vals, start=1):
                c = kt.cell(ri, ci)
                cell_fill(c, "FFFFFF")
                if val:
                    cell_text(c, val, 12)
                cell_borders(c, "D0D0D0", 0.75)

        # owner's narrative pages
        for page in goal["narrative_pages"]:
            s = prs.slides.add_slide(title_only)
            title_slide_title(s, "Tavoite: " + goal["text"] + page["title_suffix"], x=0.4, y=0.2, w=12.5,
                              h=0.6, size=22)
            y = 0.95
            if page["owner_line"]:
                textbox(s, 0.4, y, 12.5, 0.4, [{"text": "Tavoitteen omistaja: " + goal["owner"], "size": 15,
                                                "bold": True, "colour": "404040"}])
                y += 0.45
                line(s, 0.45, y, 12.85, y, "BFBFBF", 1)
                y += 0.1
            paras = []
            if page["verdict"]:
                paras.append({"text": page["verdict"], "size": 13, "bold": True, "space": 6})
            n_chars = sum(len(p) for p in page["paragraphs"])
            size = 12 if n_chars < 2500 else (11 if n_chars < 3200 else 10.5)
            paras += [{"text": p, "size": size, "space": 6} for p in page["paragraphs"]]
            textbox(s, 0.4, y, 12.5, 7.3 - y, paras)

    import datetime as _dt
    cp = prs.core_properties
    cp.title = C.TITLE
    cp.author = "Oma Häme / Strategia- ja integraatio"
    cp.last_modified_by = "Oma Häme"
    cp.created = _dt.datetime(2026, 5, 12, 9, 14, 0)
    cp.modified = _dt.datetime(2026, 5, 19, 15, 2, 0)
    cp.revision = 7
    target.parent.mkdir(parents=True, exist_ok=True)
    prs.save(target)
    return len(prs.slides)


# ----------------------------------------------------------------------------------
# PDF
# ----------------------------------------------------------------------------------

def build_pdf(target: Path) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

    for name, file in (("Cond", "DejaVuSansCondensed.ttf"), ("CondB", "DejaVuSansCondensed-Bold.ttf"),
                       ("CondI", "DejaVuSansCondensed-Oblique.ttf"), ("Sans", "DejaVuSans.ttf"),
                       ("SansB", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(font_path(file))))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("Cond", normal="Cond", bold="CondB", italic="CondI", boldItalic="CondB")

    W, H = landscape(A4)
    M = 34  # margin

    def col(hexstr):
        return colors.HexColor("#" + hexstr)

    BR = col(BRAND)
    body = ParagraphStyle("body", fontName="Cond", fontSize=9.5, leading=12.4, textColor=col(INK),
                          spaceAfter=5)

    c = canvas.Canvas(str(target), pagesize=(W, H), invariant=1)
    c.setTitle(C.TITLE)
    c.setAuthor(C.ORGANIZATION)
    total_pages = 5 + sum(1 + len(g["narrative_pages"]) for g in C.GOALS)
    page_no = [0]

    def start_page(title=None, size=17):
        page_no[0] += 1
        c.setFillColor(BR)
        c.rect(0, H - 8, W, 8, stroke=0, fill=1)
        c.setFont("Cond", 7.5)
        c.setFillColor(col("7F7F7F"))
        c.drawString(M, 18, f"{C.ORGANIZATION}  |  {C.TITLE}")
        c.drawRightString(W - M, 18, f"{page_no[0]} / {total_pages}")
        c.setStrokeColor(col("D9D9D9"))
        c.setLineWidth(0.5)
        c.line(M, 30, W - M, 30)
        if title:
            st = ParagraphStyle("t", fontName="SansB", fontSize=size, leading=size * 1.2, textColor=BR)
            p = Paragraph(title, st)
            _w, h = p.wrap(W - 2 * M - 230, 200) if title.startswith("Tavoite:") and page_no[0] in goal_pages \
                else p.wrap(W - 2 * M, 200)
            p.drawOn(c, M, H - 30 - h)
            return H - 30 - h
        return H - 30

    def para(text, style, x, y_top, width):
        p = Paragraph(text, style)
        _w, h = p.wrap(width, 1000)
        p.drawOn(c, x, y_top - h)
        return y_top - h

    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    class Light(Flowable):
        """A value with a filled circle (the traffic light) in front of it."""

        def __init__(self, text, colour, font="CondB", size=10):
            super().__init__()
            self.text, self.colour, self.font, self.size = text, colour, font, size
            self.width = 10 + pdfmetrics.stringWidth(text, font, size) + 6
            self.height = size + 2

        def wrap(self, aw, ah):
            return self.width, self.height

        def draw(self):
            r = 4.6
            self.canv.setFillColor(col(COLOURS[self.colour]))
            self.canv.setStrokeColor(col("7F7F7F"))
            self.canv.setLineWidth(0.4)
            self.canv.circle(r, self.height / 2 - 0.5, r, stroke=1, fill=1)
            self.canv.setFillColor(col(INK))
            self.canv.setFont(self.font, self.size)
            self.canv.drawString(2 * r + 4, 1.5, self.text)

    goal_pages = set()
    p = 6
    for g in C.GOALS:
        goal_pages.add(p)
        p += 1 + len(g["narrative_pages"])

    # 1 -- title page
    page_no[0] += 1
    c.setFillColor(col("F4F8FA"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(BR)
    c.rect(0, 0, 22, H, stroke=0, fill=1)
    c.setFont("SansB", 28)
    c.drawString(80, H / 2 + 40, C.TITLE)
    c.setFont("Cond", 16)
    c.setFillColor(col(INK))
    c.drawString(80, H / 2 - 5, C.DATE_PRINTED)
    c.drawString(80, H / 2 - 28, C.ORGANIZATION)
    c.showPage()

    # 2 -- Arviointiperusteet
    y = start_page(C.CRITERIA_TITLE, 20) - 24
    head = ParagraphStyle("h", fontName="CondB", fontSize=14, leading=18, textColor=BR)
    item = ParagraphStyle("i", fontName="Cond", fontSize=12, leading=15.5, leftIndent=34, bulletIndent=18,
                          bulletFontName="Cond",
                          textColor=col(INK))
    for h_text, subs in C.CRITERIA:
        y = para(f"■&nbsp;&nbsp;{esc(h_text)}", head, M + 10, y, W - 2 * M - 20) - 8
        for s_text in subs:
            p = Paragraph(esc(s_text), item, bulletText="○")
            _w, h = p.wrap(W - 2 * M - 60, 500)
            p.drawOn(c, M + 10, y - h)
            y -= h + 9
        y -= 12
    c.setStrokeColor(BR)
    c.setLineWidth(1.2)
    c.line(M + 10, y - 6, M + 10, y - 30)
    c.setFont("CondB", 12)
    c.setFillColor(BR)
    c.drawString(M + 20, y - 22, C.CRITERIA_NOTE)
    c.showPage()

    # 3 -- liikennevalot
    y = start_page(C.LIGHTS_TITLE, 20) - 20
    y = para(esc(C.LIGHTS_INTRO), ParagraphStyle("b", parent=body, fontSize=12, leading=15), M, y,
             W - 2 * M - 120) - 18
    lab = ParagraphStyle("lab", fontName="CondB", fontSize=11, leading=13.5)
    dsc = ParagraphStyle("dsc", fontName="Cond", fontSize=11, leading=13.5)
    rows = []
    for label, desc, colour in C.LIGHTS_TABLE:
        rows.append([Light("", colour), Paragraph(esc(label), lab), Paragraph(esc(desc), dsc)])
    t = Table(rows, colWidths=[26, 250, 420])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.5, col("BFBFBF")),
        ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
    ]))
    _w, h = t.wrap(W, H)
    t.drawOn(c, M + 10, y - h)
    c.showPage()

    # 4 -- dashboard
    start_page()
    c.setFillColor(col("F3F2F1"))
    c.rect(0, 30.5, W, H - 38.5, stroke=0, fill=1)
    c.setFillColor(col("252423"))
    c.setFont("SansB", 15)
    c.drawString(M, H - 36, C.DASH_TITLE)
    c.setFont("Cond", 11)
    c.setFillColor(col("605E5C"))
    c.drawString(M, H - 53, C.DASH_SUBTITLE)
    # slicers in a column on the left, the visuals to their right
    sx, sy, sw = M, H - 80, 140
    for label, value in C.DASH_FILTERS:
        c.setFont("CondB", 8.5)
        c.setFillColor(col("252423"))
        c.drawString(sx, sy, label)
        c.setFillColor(colors.white)
        c.setStrokeColor(col("B3B0AD"))
        c.setLineWidth(0.6)
        c.rect(sx, sy - 22, sw, 17, stroke=1, fill=1)
        c.setFillColor(col("252423"))
        c.setFont("Cond", 8.5)
        c.drawString(sx + 5, sy - 17, value)
        c.setStrokeColor(col("605E5C"))
        c.line(sx + sw - 13, sy - 11, sx + sw - 9.5, sy - 15)
        c.line(sx + sw - 9.5, sy - 15, sx + sw - 6, sy - 11)
        sy -= 44

    def card(x, y0, w, h, label, value, vsize=30):
        c.setFillColor(colors.white)
        c.rect(x, y0, w, h, stroke=0, fill=1)
        c.setFillColor(col("252423"))
        c.setFont("Sans", vsize)
        c.drawCentredString(x + w / 2, y0 + h / 2 - vsize * 0.15, value)
        c.setFillColor(col("605E5C"))
        c.setFont("Cond", 9)
        c.drawCentredString(x + w / 2, y0 + 10, label)

    cards = dict(C.DASH_CARDS)
    vx = M + sw + 16
    vw = W - M - vx
    gap = 8
    cw = (vw - 2 * gap) / 3
    card_h = 62
    top_y = H - 70 - card_h
    card(vx, top_y, cw, card_h, "HVA tavoitteiden määrä", cards["HVA tavoitteiden määrä"])
    card(vx + cw + gap, top_y, cw, card_h, "Tulosalueiden tavoitteiden määrä",
         cards["Tulosalueiden tavoitteiden määrä"])
    card(vx + 2 * (cw + gap), top_y, cw, card_h, "Tulosalueiden avaintulosten määrä",
         cards["Tulosalueiden avaintulosten määrä"])

    def donut(x, y0, w, h, title, slices, legend_title=None):
        c.setFillColor(colors.white)
        c.rect(x, y0, w, h, stroke=0, fill=1)
        c.setFillColor(col("252423"))
        c.setFont("CondB", 9.5)
        c.drawString(x + 8, y0 + h - 16, title)
        # legend on the right side
        lx, ly = x + w - 95, y0 + h - 52
        if legend_title:
            c.setFont("CondB", 8)
            c.setFillColor(col("605E5C"))
            c.drawString(lx, ly + 14, legend_title)
        for name, _n, _l, colour in slices:
            c.setFillColor(col(COLOURS[colour]))
            c.circle(lx + 4, ly + 3, 3.6, stroke=0, fill=1)
            c.setFillColor(col("605E5C"))
            c.setFont("Cond", 8)
            c.drawString(lx + 11, ly, name)
            ly -= 13
        total = sum(n for _a, n, _b, _c in slices)
        avail_w, avail_h = w - 95, h - 24
        r_out = min(avail_w - 120, avail_h - 50) / 2
        cx, cy = x + avail_w / 2 + 8, y0 + avail_h / 2
        ang = 90.0
        for _name, n, label, colour in slices:
            ext = -360.0 * n / total
            c.setFillColor(col(COLOURS[colour]))
            c.setStrokeColor(colors.white)
            c.setLineWidth(1)
            c.wedge(cx - r_out, cy - r_out, cx + r_out, cy + r_out, ang, ext, stroke=1, fill=1)
            if label:
                mid = math.radians(ang + ext / 2)
                c.setStrokeColor(col("8A8886"))
                c.setLineWidth(0.5)
                x1, y1 = cx + (r_out + 2) * math.cos(mid), cy + (r_out + 2) * math.sin(mid)
                x2, y2 = cx + (r_out + 14) * math.cos(mid), cy + (r_out + 14) * math.sin(mid)
                c.line(x1, y1, x2, y2)
                c.setFillColor(col("252423"))
                c.setFont("Cond", 9)
                tw = pdfmetrics.stringWidth(label, "Cond", 9)
                tx = x2 + 3 if math.cos(mid) >= 0 else x2 - 3 - tw
                c.drawString(tx, y2 - 3 + (5 if math.sin(mid) > 0 else -4), label)
            ang += ext
        c.setFillColor(colors.white)
        c.circle(cx, cy, r_out * 0.6, stroke=0, fill=1)

    bottom_y = 40
    row2_y = bottom_y + card_h + gap
    row2_h = top_y - gap - row2_y
    dw = (vw - gap) / 2
    donut(vx, row2_y, dw, row2_h, C.DASH_CONFIDENCE_TITLE, C.DASH_CONFIDENCE)
    donut(vx + dw + gap, row2_y, dw, row2_h, C.DASH_TASKS_TITLE, C.DASH_TASKS, C.DASH_TASKS_LEGEND_TITLE)
    card(vx, bottom_y, cw, card_h, "Luottavaisuusarvioiden määrä", cards["Luottavaisuusarvioiden määrä"])
    card(vx + cw + gap, bottom_y, cw, card_h, "Vastuuhenkilöiden määrä", cards["Vastuuhenkilöiden määrä"])
    card(vx + 2 * (cw + gap), bottom_y, cw, card_h, "Tehtävien määrä", cards["Tehtävien määrä"])
    c.showPage()

    # 5 -- KPI abbreviations
    y = start_page(C.KPI_ABBR_TITLE, 20) - 10
    c.setStrokeColor(BR)
    c.setLineWidth(1)
    c.line(M, y, W - M, y)
    y -= 18
    ab = ParagraphStyle("ab", fontName="Cond", fontSize=12, leading=15.5, leftIndent=18, bulletIndent=4,
                        bulletFontName="Cond")
    for name, text in C.KPI_ABBR:
        p = Paragraph(f"<b>{esc(name)}</b>: {esc(text)}", ab, bulletText="•")
        _w, h = p.wrap(W - 2 * M - 40, 500)
        p.drawOn(c, M, y - h)
        y -= h + 12
    c.showPage()

    # goal pages
    hdr = ParagraphStyle("hdr", fontName="CondB", fontSize=9, leading=11, textColor=colors.white,
                         alignment=TA_CENTER)
    hdr_l = ParagraphStyle("hdrl", parent=hdr, alignment=TA_LEFT)
    kr_st = ParagraphStyle("kr", fontName="Cond", fontSize=10.5, leading=13, leftIndent=9, bulletIndent=0,
                           bulletFontName="Cond")
    note_st = ParagraphStyle("note", fontName="CondI", fontSize=8, leading=10, leftIndent=20,
                             bulletIndent=11, bulletFontName="Cond", textColor=col("404040"))
    val_st = ParagraphStyle("val", fontName="Cond", fontSize=10.5, leading=12.5, alignment=TA_CENTER)
    sec = ParagraphStyle("sec", fontName="SansB", fontSize=11.5, leading=14, textColor=BR)
    summ = ParagraphStyle("summ", parent=body, fontSize=10, leading=12.8, spaceAfter=4)
    for goal in C.GOALS:
        y = start_page("Tavoite: " + goal["text"], 16)
        # strategic theme, upper right
        bx = W - M - 200
        c.setStrokeColor(BR)
        c.setLineWidth(2.5)
        c.line(bx, H - 30, bx, H - 64)
        c.setFillColor(col("595959"))
        c.setFont("Cond", 8.5)
        c.drawString(bx + 8, H - 40, "Strateginen painopiste:")
        c.setFillColor(BR)
        c.setFont("CondB", 11.5)
        c.drawString(bx + 8, H - 57, goal["theme"])
        # result label: outlined box with a filled circle
        label, colour = C.RESULT_LABELS[goal["status"]]
        y -= 10
        lw = pdfmetrics.stringWidth(label, "CondB", 11) + 34
        c.setStrokeColor(col(COLOURS[colour]))
        c.setLineWidth(1.4)
        c.setFillColor(colors.white)
        c.roundRect(M, y - 22, lw, 22, 4, stroke=1, fill=1)
        c.setFillColor(col(COLOURS[colour]))
        c.circle(M + 12, y - 11, 6, stroke=0, fill=1)
        c.setFillColor(col(INK))
        c.setFont("CondB", 11)
        c.drawString(M + 24, y - 15, label)
        y -= 40
        y = para("Avaintulokset ja seuranta", sec, M, y, 400) - 6
        # key-result table with the key-result text in the first column
        data = [[Paragraph("Avaintulos", hdr_l)] + [Paragraph(hh, hdr) for hh in C.PERIOD_HEADERS]]
        for kr in goal["key_results"]:
            cell = [Paragraph(esc(kr["text"]), kr_st, bulletText="•")]
            if kr["note"]:
                cell.append(Paragraph(esc(kr["note"]), note_st, bulletText="–"))
            row = [cell]
            for ci, v in enumerate(kr["values"]):
                if ci == 4 and kr["q4_light"]:
                    row.append(Light(v, kr["q4_light"], size=10.5))
                else:
                    row.append(Paragraph(esc(v), val_st))
            data.append(row)
        t = Table(data, colWidths=[446, 80, 58, 58, 58, 74], repeatRows=1)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), BR),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, col("BFBFBF")),
            ("LINEAFTER", (0, 1), (-2, -1), 0.4, col("E0E0E0")),
            ("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
        ]))
        _w, h = t.wrap(W, H)
        t.drawOn(c, M, y - h)
        y -= h + 12
        # legend under the table
        lx = M
        c.setFont("Cond", 8.5)
        for text, colour in C.KR_LEGEND:
            c.setFillColor(col(COLOURS[colour]))
            c.circle(lx + 4.5, y + 3, 4.5, stroke=0, fill=1)
            c.setFillColor(col(INK))
            c.drawString(lx + 13, y, text)
            lx += 13 + pdfmetrics.stringWidth(text, "Cond", 8.5) + 18
        y -= 22
        # Tiivistelmä (left) and KPI-mittarit (right)
        left_w = 470
        y_sum = para("Tiivistelmä", sec, M, y, 300) - 4
        for ptxt in goal["summary"]:
            y_sum = para(esc(ptxt), summ, M, y_sum, left_w) - 4
        kx = M + left_w + 24
        yk = para("KPI-mittarit", sec, kx, y, 250) - 6
        kdata = [[Paragraph("Mittari", hdr_l)] + [Paragraph(hh, hdr) for hh in C.KPI_HEADERS]]
        for name, vals in goal["kpis"]:
            kdata.append([Paragraph(esc(name), ParagraphStyle("kn", fontName="CondB", fontSize=9, leading=11))]
                         + [Paragraph(esc(v), val_st) for v in vals])
        kt = Table(kdata, colWidths=[104, 70, 50, 50])
        kt.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), col("5B7F95")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 0.5, col("7F7F7F")),
            ("INNERGRID", (0, 1), (-1, -1), 0.3, col("BFBFBF")),
            ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ]))
        _w, h = kt.wrap(W, H)
        kt.drawOn(c, kx, yk - h)
        c.showPage()

        # narrative pages
        for page in goal["narrative_pages"]:
            y = start_page("Tavoite: " + goal["text"] + page["title_suffix"], 15) - 8
            if page["owner_line"]:
                y = para(esc("Tavoitteen omistaja: " + goal["owner"]),
                         ParagraphStyle("o", fontName="CondB", fontSize=12, leading=15, textColor=col("404040")),
                         M, y, W - 2 * M) - 5
                c.setStrokeColor(col("BFBFBF"))
                c.setLineWidth(0.6)
                c.line(M, y, W - M, y)
                y -= 10
            if page["verdict"]:
                y = para(esc(page["verdict"]), ParagraphStyle("v", fontName="CondB", fontSize=11, leading=14),
                         M, y, W - 2 * M) - 6
            for fs in (11.5, 11, 10.5, 10, 9.5, 9):
                st = ParagraphStyle(f"n{fs}", parent=body, fontSize=fs, leading=fs * 1.3, spaceAfter=5)
                need = sum(Paragraph(esc(ptxt), st).wrap(W - 2 * M, 2000)[1] + 5 for ptxt in page["paragraphs"])
                if y - need > 48:
                    break
            for ptxt in page["paragraphs"]:
                y = para(esc(ptxt), st, M, y, W - 2 * M) - 5
            if y < 36:
                raise RuntimeError(f"page {page_no[0]} overflows ({y:.0f})")
            c.showPage()

    c.save()
    assert page_no[0] == total_pages, (page_no[0], total_pages)
    return total_pages


# ----------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------

def parse_printed(text: str):
    """Number and unit of a printed cell ("70,11 %" -> 70.11, "%"); None for placeholders."""
    t = " ".join(text.split())
    if t in ("", "-", "xx", "YYY", "NA", "Ei mittaria"):
        return None
    m = re.fullmatch(r"([+-]?\d+(?:,\d+)?)\s*(%?)", t)
    if not m:
        raise ValueError(f"unexpected cell {text!r}")
    return float(m.group(1).replace(",", ".")), (m.group(2) or None)


def gold(page_count, *, full: bool) -> dict:
    """Gold of the report. full=False: the text export, which lost the first goal's
    value tables and every colour."""
    goals, krs, kr_values, kpi_values, achievement = [], [], [], [], []
    for g in C.GOALS:
        goals.append({"key": g["key"], "text": g["text"], "theme": g["theme"], "level": "hva",
                      "division": None, "result_area": None, "owner": g["owner"], "status": g["status"],
                      "parent": None})
        has_values = full or g["seed_has_values"]
        for kr in g["key_results"]:
            krs.append({"key": kr["key"], "goal": g["key"], "text": kr["text"], "division": None,
                        "result_area": None})
            if not has_values:
                continue
            for period, printed in zip(C.PERIODS, kr["values"], strict=False):
                parsed = parse_printed(printed)
                if parsed is None:
                    continue
                status = None
                if full and period == "Q4" and kr["q4_light"]:
                    status, ach = C.LIGHT_STATUS[kr["q4_light"]]
                    achievement.append({"kr": kr["key"], "period": "Q4", "light": kr["q4_light"],
                                        "achievement": ach})
                kr_values.append({"kr": kr["key"], "period": period, "value": parsed[0],
                                  "value_text": printed, "unit": parsed[1], "status": status})
        if has_values:
            for name, vals in g["kpis"]:
                for period, printed in zip(C.KPI_PERIODS, vals, strict=False):
                    parsed = parse_printed(printed)
                    if parsed is None:
                        continue
                    kpi_values.append({"goal": g["key"], "kpi_name": name, "period": period,
                                       "value": parsed[0], "value_text": printed, "unit": parsed[1]})
    out = {
        "report": {"report_kind": "annual_review", "organization": C.ORGANIZATION,
                   "fiscal_year": C.FISCAL_YEAR, "period": C.PERIOD, "published_date": C.DATE_ISO,
                   "page_count": page_count},
        "goals": goals,
        "key_results": krs,
        "kr_values": kr_values,
        "kr_confidence": [],
        "kpi_values": kpi_values,
        "tasks": [],
        "summary": C.SUMMARY,
    }
    if full:
        # the Q4 lights in the report's own (year-end) vocabulary; the gold format's
        # kr_values.status has no "not assessable", so a grey light is status null there
        out["kr_achievement"] = achievement
    return out


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    TXT_DIR.mkdir(parents=True, exist_ok=True)
    pptx_path = OUT_DIR / PPTX_NAME
    pdf_path = OUT_DIR / PDF_NAME
    scan_path = OUT_DIR / SCAN_NAME
    txt_path = TXT_DIR / TXT_NAME

    n_slides = build_pptx(pptx_path)
    n_pages = build_pdf(pdf_path)
    scan_pdf(pdf_path, scan_path, dpi=150, seed=2025, jpeg_quality=50)
    shutil.copyfile(SEED, txt_path)

    write_gold(pptx_path, gold(n_slides, full=True))
    write_gold(pdf_path, gold(n_pages, full=True))
    write_gold(scan_path, gold(n_pages, full=True))
    write_gold(txt_path, gold(None, full=False))
    for p in (pptx_path, pdf_path, scan_path, txt_path):
        print(f"{p.relative_to(REPO)}  {p.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
