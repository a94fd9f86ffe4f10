"""Build the HELD-OUT renderings of the sample documents (one per report family) and
their gold.

Run from the repository root:  /tmp/venvtest/bin/python tools/samples/make_heldout.py

The family parsers are written against samples/<family>/; these documents carry the
same hand-transcribed facts (imported from the content_*.py modules, nothing retyped)
in a geometry that differs from every existing sample of the family, so the parsers
can be checked at the end on documents they never saw. Writes into samples/heldout/:

  heldout_kr_confidence.pdf    kr_confidence_table. A4 landscape, DejaVu Serif
                               Condensed 8.2 pt, thin full grid (no banding), columns
                               in the usual order but with their own widths, header
                               "Luottavaisuusarvio" on one line and the score centred,
                               the cells wrapped here to the new widths (compounds
                               break after their hyphen), rows flowing page to page
                               and a row broken across a page break line by line (every
                               cell continues on the next page), header repeated.
  heldout_okr_q2_2025.pptx     quarterly_review, a fourth deck generation: 4:3 slides
  heldout_okr_q2_2025.pdf      (10 x 7.5 in), URW Gothic, the key results in a real
                               table whose value cells are right-aligned with a small
                               drawn circle (the light) at the RIGHT of the value,
                               painopiste as one line under the title, Tiivistelmä and
                               the KPI table side by side, the legend along the bottom
                               edge; the PDF is LibreOffice's export of the deck.
  heldout_tp2025.pdf           annual_review. A4 portrait, Liberation Serif, the
                               criteria and the light table on one page, the overview
                               dashboard as a plain grid of cards (one card per count,
                               donut slices as cards with a coloured square), lights as
                               filled squares to the right of the Q4 value, KPI table
                               under the summary, narrative flowing over pages.
  heldout_tp2024_sitovat.pdf   binding_goals_annual. US letter portrait, DejaVu Serif
                               Condensed in the tables and DejaVu Serif in the text,
                               full grid, wider description column (46 %), circle
                               markers for the goal result, goals flowing on, a
                               Päätehtävät table split over a page break with its header
                               repeated (drawn with make_binding.build_pdf and a Layout
                               of its own).
and samples/heldout/gold/<document>.gold.json (same JSON as common.write_gold, written
by the gold logic of each family's own generator, from the content modules).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

OUT = common.SAMPLES / "heldout"
GOLD_OUT = OUT / "gold"


def write_gold(document: Path, gold: dict[str, Any]) -> Path:
    """Like common.write_gold, but into samples/heldout/gold/."""
    body = {"format": common.GOLD_FORMAT, "document": document.name, "sha256": None, **gold}
    GOLD_OUT.mkdir(parents=True, exist_ok=True)
    out = GOLD_OUT / f"{document.name}.gold.json"
    out.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def join_lines(lines) -> str:
    """Gold rule: lines joined with one space; a line ending in '-' joins without one."""
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


def _hyphen_points(unit: str) -> list[int]:
    """Positions of hyphens inside a compound ("Omahame.fi-verkkosivuston") after which
    a line may break: a letter on both sides."""
    return [i for i in range(1, len(unit) - 1)
            if unit[i] == "-" and unit[i - 1].isalpha() and unit[i + 1].isalpha()]


def wrap_text(text: str, width: float, measure) -> list[str]:
    """Greedy wrap of `text` to `width` (measure(str) -> width). Breaks at spaces, never
    after a word ending in '-' ("Tuki- ja", "sosiaali- ja"); a compound too long for the
    rest of the line breaks after one of its hyphens, as a word processor does. The
    printed lines always join back to `text` by the gold rule (checked)."""
    tokens = text.split()
    units: list[str] = []
    i = 0
    while i < len(tokens):
        unit = tokens[i]
        while unit.endswith("-") and i + 1 < len(tokens):
            i += 1
            unit += " " + tokens[i]
        units.append(unit)
        i += 1
    lines: list[str] = []
    cur = ""
    for unit in units:
        while True:
            cand = f"{cur} {unit}" if cur else unit
            if measure(cand) <= width:
                cur = cand
                break
            for p in reversed(_hyphen_points(unit)):
                head = unit[:p + 1]
                cand = f"{cur} {head}" if cur else head
                if measure(cand) <= width:
                    lines.append(cand)
                    cur, unit = "", unit[p + 1:]
                    break
            else:
                if not cur:
                    raise ValueError(f"{unit!r} does not fit {width:.0f} pt")
                lines.append(cur)
                cur = ""
    if cur:
        lines.append(cur)
    assert join_lines(lines) == " ".join(text.split()), (lines, text)
    return lines


def pdf_page_count(path: Path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages)


def register_ttf(name: str, file_name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(common.font_path(file_name))))
    return name


# =====================================================================================
# 1. kr_confidence_table: heldout_kr_confidence.pdf
# =====================================================================================
KRC_NAME = "heldout_kr_confidence.pdf"
KRC_FONT, KRC_BOLD = "HoSerifCond", "HoSerifCond-Bold"
KRC_PAGE = (841.89, 595.28)            # A4 landscape
KRC_SIZE = 8.2
KRC_LEAD = 10.0
KRC_PAD_X = 3.5
KRC_PAD_TOP = 3.0
KRC_PAD_BOTTOM = 3.4
KRC_LEFT = 38.0
KRC_COL_W = (110.0, 108.0, 150.0, 230.0)  # text columns; the score column follows
KRC_HEADER = "Luottavaisuusarvio"       # one line here
KRC_TOP = 595.28 - 64.0                # top of the table (header row)
KRC_BOTTOM = 40.0                      # lowest y a row may reach
GRID_RGB = (0.55, 0.55, 0.55)
HEAD_FILL = (0.90, 0.92, 0.95)


def krc_rows():
    """(cell lines ×4, score text) per row, the texts re-wrapped to this document's
    column widths."""
    import content_kr_confidence as K
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def measure(s):
        return stringWidth(s, KRC_FONT, KRC_SIZE)

    rows = []
    for div, area, goal, kr, score in K.ROWS:
        cells = []
        for col, lines in enumerate((div, area, goal, kr)):
            cells.append(wrap_text(K.join_lines(lines), KRC_COL_W[col] - 2 * KRC_PAD_X, measure))
        rows.append((cells, score))
    return rows


def build_kr_confidence(target: Path) -> dict:
    import content_kr_confidence as K
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    register_ttf(KRC_FONT, "DejaVuSerifCondensed.ttf")
    register_ttf(KRC_BOLD, "DejaVuSerifCondensed-Bold.ttf")
    rows = krc_rows()
    score_w = round(stringWidth(KRC_HEADER, KRC_BOLD, KRC_SIZE) + 2 * KRC_PAD_X + 8)
    widths = [*KRC_COL_W, float(score_w)]
    xs = [KRC_LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    header_h = KRC_LEAD + KRC_PAD_TOP + KRC_PAD_BOTTOM + 2

    def lines_h(n):
        return n * KRC_LEAD + KRC_PAD_TOP + KRC_PAD_BOTTOM

    # Paginate: rows flow on; a row that does not fit is broken line by line when at
    # least two of its lines fit and at least one is left for the next page.
    pages: list[list[tuple[int, int, int | None]]] = [[]]
    y = KRC_TOP - header_h
    splits = []
    for idx, (cells, _score) in enumerate(rows):
        n = max(len(c) for c in cells)
        start = 0
        while True:
            need = lines_h(n - start)
            if y - need >= KRC_BOTTOM:
                pages[-1].append((idx, start, None))
                y -= need
                break
            fit = int((y - KRC_BOTTOM - KRC_PAD_TOP - KRC_PAD_BOTTOM) // KRC_LEAD)
            if fit >= 2 and n - start - fit >= 1:
                pages[-1].append((idx, start, start + fit))
                splits.append((idx, start + fit))
                start += fit
            pages.append([])
            y = KRC_TOP - header_h
    assert splits, "no row was broken over a page break"

    _W, H = KRC_PAGE
    c = canvas.Canvas(str(target), pagesize=KRC_PAGE, invariant=1)
    c.setTitle(K.TITLE)
    for page_no, pieces in enumerate(pages, start=1):
        c.setFillColorRGB(0.08, 0.16, 0.28)
        c.setFont(KRC_BOLD, 12.5)
        c.drawString(KRC_LEFT, H - 42, K.TITLE)
        # header row
        top = KRC_TOP
        c.setFillColorRGB(*HEAD_FILL)
        c.rect(xs[0], top - header_h, xs[-1] - xs[0], header_h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(KRC_BOLD, KRC_SIZE)
        base = top - KRC_PAD_TOP - 1 - KRC_SIZE * 0.8
        for col, label in enumerate(K.HEADER[:4]):
            c.drawString(xs[col] + KRC_PAD_X, base, label)
        c.drawCentredString((xs[4] + xs[5]) / 2, base, KRC_HEADER)
        row_tops = [top, top - header_h]
        y = top - header_h
        for idx, first, last in pieces:
            cells, score = rows[idx]
            n = max(len(cl) for cl in cells)
            stop = n if last is None else last
            height = lines_h(stop - first)
            c.setFont(KRC_FONT, KRC_SIZE)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            tb = y - KRC_PAD_TOP - KRC_SIZE * 0.8
            for col in range(4):
                for k, line in enumerate(cells[col][first:stop]):
                    c.drawString(xs[col] + KRC_PAD_X, tb - k * KRC_LEAD, line)
            if score is not None and first == 0:
                c.drawCentredString((xs[4] + xs[5]) / 2, tb, score)
            y -= height
            row_tops.append(y)
        # thin full grid
        c.setStrokeColorRGB(*GRID_RGB)
        c.setLineWidth(0.35)
        for ry in row_tops:
            c.line(xs[0], ry, xs[-1], ry)
        for x in xs:
            c.line(x, row_tops[0], x, row_tops[-1])
        c.setFont(KRC_FONT, 7)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawRightString(xs[-1], 22, f"{page_no} / {len(pages)}")
        c.showPage()
    c.save()
    return {"pages": len(pages), "rows_per_page": [len(p) for p in pages], "splits": splits}


def gold_kr_confidence(page_count: int) -> dict:
    import make_kr_confidence as MK
    goals, key_results, confidence = MK.build_gold_facts()
    return {
        "report": {"report_kind": "kr_confidence_table", "organization": None,
                   "fiscal_year": None, "period": None, "published_date": None,
                   "page_count": page_count},
        "goals": goals, "key_results": key_results, "kr_values": [],
        "kr_confidence": confidence, "kpi_values": [], "tasks": [],
    }


# =====================================================================================
# 2. quarterly_review: heldout_okr_q2_2025.pptx / .pdf (deck generation D)
# =====================================================================================
Q_PPTX = "heldout_okr_q2_2025.pptx"
D_FONT = "URW Gothic"
D_MEASURE = Path("/usr/share/fonts/opentype/urw-base35/URWGothic-Book.otf")
D_MEASURE_BOLD = Path("/usr/share/fonts/opentype/urw-base35/URWGothic-Demi.otf")
D_INK = "262626"
D_ACCENT = "7A1F3D"      # wine red
D_HEAD_FILL = "F2E4E9"
D_GRID = (0.5, "A6A6A6")
D_LIGHT = {"on_track": ("2EAD4B", "1E7A33"), "at_risk": ("FFC20E", "B88A00"),
           "off_track": ("E8312F", "A51E1C")}
D_KR_COLS = [3.55, 1.35, 1.05, 1.05, 1.05, 1.05]     # inches; 9.1 in in all
D_KPI_COLS = [1.45, 0.9, 0.6, 0.6]
D_LIGHT_D = 0.13
D_VALUE_RMARGIN = 0.27


class _Measure:
    def __init__(self):
        from PIL import ImageFont
        self._fonts = {}
        self._IF = ImageFont

    def width_pt(self, text: str, size: float, bold: bool = False) -> float:
        key = (bold, size)
        if key not in self._fonts:
            self._fonts[key] = self._IF.truetype(str(D_MEASURE_BOLD if bold else D_MEASURE), 200)
        return self._fonts[key].getlength(text) * size / 200.0

    def lines(self, text: str, width_in: float, size: float, bold: bool = False) -> int:
        # LibreOffice's line breaking is a little looser than this estimate: 6 % slack
        width = width_in * 72 / 1.06
        return len(wrap_text(text, width, lambda s: self.width_pt(s, size, bold)))


def build_quarterly_deck(path: Path) -> tuple[int, dict]:
    import content_quarterly as Q
    import make_quarterly as MQ
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR
    from pptx.util import Inches, Pt

    m = _Measure()
    content = Q.Q2_2025
    prs = MQ.new_deck(10, 7.5, content["title"][0])
    geometry: dict[str, list] = {"lights": []}

    # --- title slide
    s = prs.slides.add_slide(prs.slide_layouts[6])
    MQ.add_shape(s, MSO_SHAPE.RECTANGLE, 0, 0, 0.35, 7.5, fill=D_ACCENT, name="Accent bar")
    MQ.add_text(s, 0.9, 2.4, 8.4, 1.6, [content["title"][0]], D_FONT, 28, bold=True, color=D_ACCENT,
                anchor=MSO_ANCHOR.BOTTOM, name="Title")
    line = s.shapes.add_connector(1, Inches(0.9), Inches(4.15), Inches(9.3), Inches(4.15))
    line.line.color.rgb = MQ.rgb(D_ACCENT)
    line.line.width = Pt(1.25)
    MQ.add_text(s, 0.9, 4.3, 8.4, 0.6, [content["title"][1]], D_FONT, 16, color="595959",
                name="Subtitle")

    # --- KPI abbreviations
    s = prs.slides.add_slide(prs.slide_layouts[6])
    MQ.add_text(s, 0.5, 0.4, 9.0, 0.6, ["KPI-mittareiden lyhenteet"], D_FONT, 24, bold=True,
                color=D_ACCENT, name="Title")
    box = MQ.add_text(s, 0.6, 1.3, 8.8, 5.6, content["kpi_abbreviations"], D_FONT, 13, color=D_INK,
                      space_after=10, name="Body")
    for p in box.text_frame.paragraphs:
        MQ.set_bullet(p, "▪", 228600)

    for goal in content["goals"]:
        geometry["lights"] += _d_goal_slide(prs, goal, m)
        _d_narrative_slide(prs, goal)
    prs.save(path)
    return len(prs.slides), geometry


def _d_goal_slide(prs, goal, m: _Measure) -> list:
    import content_quarterly as Q
    import make_quarterly as MQ
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

    s = prs.slides.add_slide(prs.slide_layouts[6])
    title = "Tavoite: " + join_lines(goal["title_lines"])
    MQ.add_text(s, 0.45, 0.25, 9.1, 0.85, [title], D_FONT, 19, bold=True, color=D_ACCENT,
                anchor=MSO_ANCHOR.MIDDLE, name="Title")
    # painopiste: one line, label bold, theme regular, in a tinted bar
    bar = MQ.add_shape(s, MSO_SHAPE.RECTANGLE, 0.45, 1.17, 9.1, 0.36, fill="F7F0F2", line=None,
                       name="Painopiste")
    tf = bar.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    tf.margin_left = MQ.Inches(0.12)
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    r = p.add_run()
    r.text = "Strateginen painopiste: "
    MQ.style_run(r, D_FONT, 11, bold=True, color=D_ACCENT)
    r = p.add_run()
    r.text = goal["theme"]
    MQ.style_run(r, D_FONT, 11, color=D_INK)

    MQ.add_text(s, 0.45, 1.68, 5.0, 0.32, ["Avaintulokset ja seuranta"], D_FONT, 13, bold=True,
                color=D_ACCENT, name="KR heading")

    # key-results table: real table, values right-aligned, light drawn right of the value
    size = 9.5
    krs = goal["krs"]
    margin_x, margin_y = 0.07, 0.05
    head_h = 0.34
    row_h = []
    for k in krs:
        n = m.lines(join_lines(k["lines"]), D_KR_COLS[0] - 2 * margin_x, size)
        row_h.append(max(0.42, (n * size * 1.2 + 4) / 72 + 2 * margin_y + 0.04))
    x0, y0 = 0.45, 2.05
    _gf, tbl = MQ.new_table(s, len(krs) + 1, 6, x0, y0, D_KR_COLS, [head_h, *row_h], name="Avaintulokset")
    header = ["Avaintulos", *goal["kr_header"]]
    for c, label in enumerate(header):
        cell = tbl.cell(0, c)
        MQ.cell_fill(cell, D_HEAD_FILL)
        MQ.cell_text(cell, [label], D_FONT, 9, bold=True, color=D_ACCENT,
                     align=PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT, margins=(margin_x, margin_y))
        if c:  # right edge of the label over the right edge of the values
            cell.margin_left = MQ.Inches(0.02)
            cell.margin_right = MQ.Inches(D_VALUE_RMARGIN)
        MQ.cell_borders(cell, D_GRID, D_GRID, D_GRID, (1.0, D_ACCENT))
    lights = []
    y = y0 + head_h
    for r_i, (k, h) in enumerate(zip(krs, row_h, strict=True), start=1):
        cell = tbl.cell(r_i, 0)
        MQ.cell_fill(cell, None)
        MQ.cell_text(cell, [join_lines(k["lines"])], D_FONT, size, color=D_INK, align=PP_ALIGN.LEFT,
                     anchor=MSO_ANCHOR.MIDDLE, margins=(margin_x, margin_y))
        MQ.cell_borders(cell, D_GRID, D_GRID, D_GRID, D_GRID)
        cx = x0 + D_KR_COLS[0]
        for c, period in enumerate(Q.KR_PERIODS, start=1):
            v = k["cells"][period]
            cell = tbl.cell(r_i, c)
            MQ.cell_fill(cell, None)
            tf = cell.text_frame
            tf.word_wrap = True
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            cell.margin_left = MQ.Inches(0.05)
            cell.margin_right = MQ.Inches(D_VALUE_RMARGIN)
            cell.margin_top = cell.margin_bottom = MQ.Inches(margin_y)
            para = tf.paragraphs[0]
            para.alignment = PP_ALIGN.RIGHT
            text = join_lines(v["lines"])
            run = para.add_run()
            run.text = text
            MQ.style_run(run, D_FONT, size, color=D_INK)
            MQ.cell_borders(cell, D_GRID, D_GRID, D_GRID, D_GRID)
            w = D_KR_COLS[c]
            if v["status"]:
                fill, edge = D_LIGHT[v["status"]]
                lx = cx + w - D_VALUE_RMARGIN + 0.07
                MQ.add_shape(s, MSO_SHAPE.OVAL, lx, y + h / 2 - D_LIGHT_D / 2, D_LIGHT_D, D_LIGHT_D,
                             fill=fill, line=edge, line_w=0.5, name=f"Light {period} {k['key']}")
                lights.append({"kr": k["key"], "period": period, "status": v["status"], "text": text,
                               "x_in": lx + D_LIGHT_D / 2, "y_in": y + h / 2})
            cx += w
        y += h
    table_bottom = y

    # Tiivistelmä (left) and KPI-mittarit (right)
    low = table_bottom + 0.22
    MQ.add_text(s, 0.45, low, 4.0, 0.3, ["Tiivistelmä"], D_FONT, 12, bold=True, color=D_ACCENT,
                name="Tiivistelmä heading")
    tsize = 8.5 if sum(len(t) for t in goal["tiivistelma"]) < 1250 else 8
    MQ.add_text(s, 0.45, low + 0.32, 5.35, 6.85 - low - 0.32, goal["tiivistelma"], D_FONT, tsize,
                color=D_INK, space_after=4, name="Tiivistelmä text")
    kx = 0.45 + 5.55
    MQ.add_text(s, kx, low, 3.0, 0.3, ["KPI-mittarit"], D_FONT, 12, bold=True, color=D_ACCENT,
                name="KPI heading")
    kpis = goal["kpis"]
    ksize = 8.5
    krow = [0.3] + [max(0.3, (m.lines(join_lines(k["name_lines"]), D_KPI_COLS[0] - 0.1, ksize)
                              * ksize * 1.2 + 4) / 72 + 0.1) for k in kpis]
    _gf, kt = MQ.new_table(s, len(kpis) + 1, 4, kx, low + 0.34, D_KPI_COLS, krow, name="KPI-mittarit")
    for c, label in enumerate(["Mittari", *Q.HEADER_KPI]):
        cell = kt.cell(0, c)
        MQ.cell_fill(cell, D_HEAD_FILL)
        MQ.cell_text(cell, [label], D_FONT, 8.5, bold=True, color=D_ACCENT,
                     align=PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT)
        MQ.cell_borders(cell, D_GRID, D_GRID, D_GRID, (1.0, D_ACCENT))
    for r_i, k in enumerate(kpis, start=1):
        cell = kt.cell(r_i, 0)
        MQ.cell_fill(cell, None)
        MQ.cell_text(cell, [join_lines(k["name_lines"])], D_FONT, ksize, color=D_INK, align=PP_ALIGN.LEFT)
        MQ.cell_borders(cell, D_GRID, D_GRID, D_GRID, D_GRID)
        for c, period in enumerate(Q.KPI_PERIODS, start=1):
            v = k["cells"][period]
            cell = kt.cell(r_i, c)
            MQ.cell_fill(cell, None)
            MQ.cell_text(cell, [join_lines(v["lines"])], D_FONT, ksize, color=D_INK, align=PP_ALIGN.RIGHT)
            MQ.cell_borders(cell, D_GRID, D_GRID, D_GRID, D_GRID)

    # legend along the bottom edge
    ly = 7.03
    line = s.shapes.add_connector(1, MQ.Inches(0.45), MQ.Inches(ly - 0.08), MQ.Inches(9.55),
                                  MQ.Inches(ly - 0.08))
    line.line.color.rgb = MQ.rgb("BFBFBF")
    line.line.width = MQ.Pt(0.5)
    lx = 0.45
    for i, (status, lines) in enumerate(Q.LEGEND):
        text = join_lines(lines)
        fill, edge = D_LIGHT[status]
        MQ.add_shape(s, MSO_SHAPE.OVAL, lx, ly + 0.07, 0.14, 0.14, fill=fill, line=edge, line_w=0.5,
                     name=f"Legend light {i + 1}")
        w = m.width_pt(text, 8.5) / 72 + 0.25
        MQ.add_text(s, lx + 0.18, ly, w, 0.28, [text], D_FONT, 8.5, color="404040", wrap=False,
                    name=f"Legend text {i + 1}")
        lx += 0.18 + w + 0.3
    assert lx < 10.0, lx
    return lights


def _d_narrative_slide(prs, goal):
    import make_quarterly as MQ
    from pptx.enum.text import MSO_ANCHOR
    from pptx.util import Inches, Pt

    s = prs.slides.add_slide(prs.slide_layouts[6])
    MQ.add_text(s, 0.45, 0.25, 9.1, 0.85, ["Tavoite: " + join_lines(goal["title_lines"])], D_FONT, 19,
                bold=True, color=D_ACCENT, anchor=MSO_ANCHOR.MIDDLE, name="Title")
    MQ.add_text(s, 0.45, 1.2, 8.0, 0.36, ["Kuvaus tavoitteen etenemisestä:"], D_FONT, 13, bold=True,
                color=D_INK, name="Narrative heading")
    box = s.shapes.add_textbox(Inches(0.5), Inches(1.65), Inches(9.0), Inches(5.6))
    box.name = "Narrative"
    tf = box.text_frame
    tf.word_wrap = True
    size = 10.5 if len(goal["narrative"]) > 6 else 12
    for i, (level, text) in enumerate(goal["narrative"]):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        MQ.fill_paragraph(p, [text], D_FONT, size, color=D_INK)
        MQ.set_bullet(p, "▪" if level == 0 else "–", 200000, level)
        p.space_after = Pt(5)


def check_quarterly_pdf(pdf: Path, lights: list) -> None:
    """Every light drawn in LibreOffice's export sits right of its value, on its row."""
    import pdfplumber
    with pdfplumber.open(str(pdf)) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
        for probe in ("Lähtötilanne", "Työn toteutuksessa haasteita, joita ratkaistaan", "70,11 %",
                      "Strateginen painopiste: Autamme sopivalle polulle", "Pyöröovi", "5,1 %",
                      "Kuvaus tavoitteen etenemisestä:", "Tiivistelmä", "KPI-mittarit", "Osaamme ennakoida"):
            assert probe in text, probe
        scale = 72.0
        by_page = {}
        for li in lights:
            by_page.setdefault(li["kr"].split("-")[1], []).append(li)
        page_of = {"ensikontakti": 2, "ammattilaiset": 4}
        for goal, items in by_page.items():
            page = doc.pages[page_of[goal]]
            words = page.extract_words()
            for li in items:
                last = li["text"].split()[-1]
                cx, cy = li["x_in"] * scale, li["y_in"] * scale
                cands = [w for w in words if w["text"] == last and abs((w["top"] + w["bottom"]) / 2 - cy) < 8
                         and 0 < cx - w["x1"] < 30]
                assert cands, f"light of {li['kr']} {li['period']} is not right of its value {li['text']!r}"


# =====================================================================================
# 3. annual_review: heldout_tp2025.pdf
# =====================================================================================
A_NAME = "heldout_tp2025.pdf"
A_HEX = {"green": "#2F9E44", "yellow": "#F5C518", "red": "#D63A2F", "grey": "#9E9E9E",
         "amber": "#F08C00"}
A_ACCENT = "#1B4965"
A_INK = "#1C1C1C"


def build_annual(target: Path) -> int:
    import content_annual as A
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    for name, file in (("HoSerif", "LiberationSerif-Regular.ttf"), ("HoSerif-B", "LiberationSerif-Bold.ttf"),
                       ("HoSerif-I", "LiberationSerif-Italic.ttf"),
                       ("HoSerif-BI", "LiberationSerif-BoldItalic.ttf")):
        register_ttf(name, file)
    registerFontFamily("HoSerif", normal="HoSerif", bold="HoSerif-B", italic="HoSerif-I",
                       boldItalic="HoSerif-BI")
    col = colors.HexColor
    ACC, INK = col(A_ACCENT), col(A_INK)
    W, H = A4
    ML, MR, MT, MB = 56, 50, 58, 54
    FW = W - ML - MR

    def st(name, size, *, bold=False, italic=False, colour=INK, align=TA_LEFT, lead=None, after=0,
           left=0, bullet_indent=0):
        font = "HoSerif" + ("-B" if bold and not italic else "-I" if italic and not bold else
                            "-BI" if bold and italic else "")
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25,
                              textColor=colour, alignment=align, spaceAfter=after, leftIndent=left,
                              bulletIndent=bullet_indent, bulletFontName="HoSerif")

    body = st("body", 10.5, lead=13.6, after=6)
    h1 = st("h1", 17, bold=True, colour=ACC, lead=20.5, after=10)
    h2 = st("h2", 12.5, bold=True, colour=ACC, lead=15, after=5)

    class Square(Flowable):
        """A filled square (the light), optionally followed by a label."""

        def __init__(self, colour, label="", size=10.5, side=9.0, bold=True):
            super().__init__()
            self.colour, self.label, self.size, self.side, self.bold = colour, label, size, side, bold
            font = "HoSerif-B" if bold else "HoSerif"
            self.width = side + (6 + pdfmetrics.stringWidth(label, font, size) if label else 0)
            self.height = max(side, size + 2)

        def wrap(self, aw, ah):
            return self.width, self.height

        def draw(self):
            c = self.canv
            c.setFillColor(col(A_HEX[self.colour]))
            c.setStrokeColor(col("#4D4D4D"))
            c.setLineWidth(0.4)
            c.rect(0, (self.height - self.side) / 2, self.side, self.side, stroke=1, fill=1)
            if self.label:
                c.setFillColor(INK)
                c.setFont("HoSerif-B" if self.bold else "HoSerif", self.size)
                c.drawString(self.side + 6, (self.height - self.size) / 2 + 1.5, self.label)

    class ValueLight(Flowable):
        """A printed value with the light as a filled square to its RIGHT."""

        def __init__(self, text, colour, size=10):
            super().__init__()
            self.text, self.colour, self.size = text, colour, size
            self.tw = pdfmetrics.stringWidth(text, "HoSerif-B", size)
            self.width, self.height = self.tw + 5 + 8.5, size + 3

        def wrap(self, aw, ah):
            return self.width, self.height

        def draw(self):
            c = self.canv
            c.setFillColor(INK)
            c.setFont("HoSerif-B", self.size)
            c.drawString(0, 3, self.text)
            c.setFillColor(col(A_HEX[self.colour]))
            c.setStrokeColor(col("#4D4D4D"))
            c.setLineWidth(0.4)
            c.rect(self.tw + 5, 2.5, 8.5, 8.5, stroke=1, fill=1)

    class Card(Flowable):
        def __init__(self, w, h, label, value, note=None, colour=None):
            super().__init__()
            self.w, self.h, self.label, self.value, self.note, self.colour = w, h, label, value, note, colour

        def wrap(self, aw, ah):
            return self.w, self.h

        def draw(self):
            c = self.canv
            c.setFillColor(col("#FFFFFF"))
            c.setStrokeColor(col("#C9D3DC"))
            c.setLineWidth(0.7)
            c.rect(0, 0, self.w, self.h, stroke=1, fill=1)
            x = 10
            if self.colour:
                c.setFillColor(col(A_HEX[self.colour]))
                c.setStrokeColor(col("#4D4D4D"))
                c.setLineWidth(0.4)
                c.rect(10, self.h - 22, 10, 10, stroke=1, fill=1)
                x = 26
            c.setFillColor(col("#4A4A4A"))
            c.setFont("HoSerif", 9)
            c.drawString(x, self.h - 20, self.label)
            c.setFillColor(INK)
            c.setFont("HoSerif-B", 26)
            c.drawString(10, 14, self.value)
            if self.note:
                c.setFont("HoSerif", 9)
                c.setFillColor(col("#4A4A4A"))
                c.drawString(16 + pdfmetrics.stringWidth(self.value, "HoSerif-B", 26), 16, self.note)

    def footer(c, doc):
        c.saveState()
        c.setStrokeColor(col("#C9D3DC"))
        c.setLineWidth(0.5)
        c.line(ML, 38, W - MR, 38)
        c.setFont("HoSerif", 8)
        c.setFillColor(col("#5A5A5A"))
        c.drawString(ML, 26, f"{A.ORGANIZATION} – {A.TITLE}")
        c.drawRightString(W - MR, 26, f"Sivu {doc.page}")
        c.setFillColor(ACC)
        c.rect(0, H - 14, W, 14, stroke=0, fill=1)
        c.restoreState()

    def cover(c, doc):
        c.saveState()
        c.setFillColor(ACC)
        c.rect(0, H * 0.55, W, H * 0.45, stroke=0, fill=1)
        c.setFillColor(col("#FFFFFF"))
        c.setFont("HoSerif-B", 24)
        c.drawString(ML, H * 0.55 + 70, A.TITLE)
        c.setFont("HoSerif", 14)
        c.drawString(ML, H * 0.55 + 40, A.ORGANIZATION)
        c.setFillColor(INK)
        c.setFont("HoSerif", 13)
        c.drawString(ML, H * 0.55 - 40, A.DATE_PRINTED)
        c.restoreState()

    doc = BaseDocTemplate(str(target), pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                          bottomMargin=MB, title=A.TITLE, author=A.ORGANIZATION, invariant=1)
    frame = Frame(ML, MB, FW, H - MT - MB, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[frame], onPage=cover),
                          PageTemplate(id="body", frames=[frame], onPage=footer)])

    story: list = [Spacer(1, 10), NextPageTemplate("body"), PageBreak()]

    # criteria and the light table on one page
    story.append(Paragraph(escape(A.CRITERIA_TITLE), h1))
    crit = st("crit", 11, left=22, bullet_indent=8, lead=14.5, after=4)
    for head, subs in A.CRITERIA:
        story.append(Paragraph(escape(head), st("ch", 12, bold=True, lead=15, after=3)))
        for s_text in subs:
            story.append(Paragraph(escape(s_text), crit, bulletText="–"))
        story.append(Spacer(1, 6))
    story.append(Paragraph(escape(A.CRITERIA_NOTE), st("cn", 11, italic=True, colour=ACC, after=16)))
    story.append(Paragraph(escape(A.LIGHTS_TITLE), h1))
    story.append(Paragraph(escape(A.LIGHTS_INTRO), st("li", 11, lead=14.5, after=10)))
    lab = st("lab", 10.5, bold=True)
    dsc = st("dsc", 10.5)
    rows = [[Square(colour, side=12), Paragraph(escape(label), lab), Paragraph(escape(desc), dsc)]
            for label, desc, colour in A.LIGHTS_TABLE]
    story.append(Table(rows, colWidths=[28, 170, FW - 198], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.6, col("#9AA9B5")),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, col("#C9D3DC")),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)])))
    story.append(PageBreak())

    # overview dashboard: a plain grid of cards
    story.append(Paragraph(escape(A.DASH_TITLE), st("dt", 15, bold=True, colour=ACC, lead=18, after=2)))
    story.append(Paragraph(escape(A.DASH_SUBTITLE), st("ds", 11, colour=col("#4A4A4A"), after=8)))
    filt = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(f"<b>{escape(k)}:</b> {escape(v)}" for k, v in A.DASH_FILTERS)
    story.append(Paragraph(filt, st("fl", 9, lead=12, after=12)))
    gap = 8
    cw = (FW - 2 * gap) / 3
    ch = 62

    def card_grid(cards):
        rows, row = [], []
        for card in cards:
            row.append(card)
            if len(row) == 3:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [""] * (3 - len(row)))
        return Table(rows, colWidths=[cw + gap] * 2 + [cw], hAlign="LEFT", style=TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), gap)]))

    story.append(card_grid([Card(cw, ch, label, value) for label, value in A.DASH_CARDS]))
    story.append(Spacer(1, 10))
    for title, slices, legend_title in ((A.DASH_CONFIDENCE_TITLE, A.DASH_CONFIDENCE, None),
                                        (A.DASH_TASKS_TITLE, A.DASH_TASKS, A.DASH_TASKS_LEGEND_TITLE)):
        story.append(Paragraph(escape(title), st("dh", 12, bold=True, colour=ACC, after=2)))
        if legend_title:
            story.append(Paragraph(escape(legend_title), st("dl", 9, italic=True, after=5)))
        else:
            story.append(Spacer(1, 4))
        cards = []
        for name, count, label, colour in slices:
            note = label[len(str(count)):].strip() if label else None
            cards.append(Card(cw, ch, name, str(count), note, colour))
        story.append(card_grid(cards))
        story.append(Spacer(1, 8))
    story.append(PageBreak())

    # KPI abbreviations
    story.append(Paragraph(escape(A.KPI_ABBR_TITLE), h1))
    ab = st("ab", 11, lead=14.5, left=16, bullet_indent=2, after=9)
    for name, text in A.KPI_ABBR:
        story.append(Paragraph(f"<b>{escape(name)}</b>: {escape(text)}", ab, bulletText="▪"))

    # goals
    hdr = st("hdr", 9, bold=True, colour=col("#FFFFFF"), align=TA_CENTER)
    hdr_l = st("hdrl", 9, bold=True, colour=col("#FFFFFF"))
    kr_st = st("kr", 10, lead=12.4)
    note_st = st("note", 8.5, italic=True, lead=10.5, colour=col("#404040"))
    val = st("val", 10, align=TA_CENTER)
    summ = st("summ", 10.5, lead=13.4, after=5)
    for goal in A.GOALS:
        story.append(PageBreak())
        story.append(Paragraph(escape("Tavoite: " + goal["text"]), h1))
        story.append(Paragraph(f"<b>Strateginen painopiste:</b> {escape(goal['theme'])}",
                               st("pp", 11, colour=ACC, after=8)))
        label, colour = A.RESULT_LABELS[goal["status"]]
        story.append(Square(colour, label, size=11, side=11))
        story.append(Spacer(1, 12))
        story.append(Paragraph("Avaintulokset ja seuranta", h2))
        data = [[Paragraph("Avaintulos", hdr_l)] + [Paragraph(h, hdr) for h in A.PERIOD_HEADERS]]
        for kr in goal["key_results"]:
            cell = [Paragraph(escape(kr["text"]), kr_st)]
            if kr["note"]:
                cell += [Spacer(1, 3), Paragraph(escape(kr["note"]), note_st)]
            row = [cell]
            for ci, v in enumerate(kr["values"]):
                if ci == 4 and kr["q4_light"]:
                    row.append(ValueLight(v, kr["q4_light"]))
                else:
                    row.append(Paragraph(escape(v), val))
            data.append(row)
        widths = [FW - 5 * 54 - 12, 66, 54, 54, 54, 48]
        widths[0] = FW - sum(widths[1:])
        t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), ACC),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("BOX", (0, 0), (-1, -1), 0.6, col("#9AA9B5")),
            ("INNERGRID", (0, 1), (-1, -1), 0.3, col("#C9D3DC")),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        story.append(t)
        story.append(Spacer(1, 6))
        legend = [Square(c_, t_, size=8.5, side=8, bold=False) for t_, c_ in A.KR_LEGEND]
        story.append(Table([legend[:2], legend[2:]], colWidths=[FW / 2, FW / 2], hAlign="LEFT",
                           style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                             ("TOPPADDING", (0, 0), (-1, -1), 1),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])))
        story.append(Spacer(1, 12))
        story.append(KeepTogether([Paragraph("Tiivistelmä", h2),
                                   Paragraph(escape(goal["summary"][0]), summ)]))
        for ptxt in goal["summary"][1:]:
            story.append(Paragraph(escape(ptxt), summ))
        story.append(Spacer(1, 8))
        kdata = [[Paragraph("Mittari", hdr_l)] + [Paragraph(h, hdr) for h in A.KPI_HEADERS]]
        for name, vals in goal["kpis"]:
            kdata.append([Paragraph(escape(name), st("kn", 10, bold=True))]
                         + [Paragraph(escape(v), val) for v in vals])
        kt = Table(kdata, colWidths=[170, 90, 70, 70], hAlign="LEFT", style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), col("#5C7C94")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 0.6, col("#9AA9B5")),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, col("#C9D3DC")),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        story.append(KeepTogether([Paragraph("KPI-mittarit", h2), kt]))

        for page in goal["narrative_pages"]:
            story.append(PageBreak())
            story.append(Paragraph(escape("Tavoite: " + goal["text"] + page["title_suffix"]), h1))
            if page["owner_line"]:
                story.append(Paragraph(f"<b>Tavoitteen omistaja:</b> {escape(goal['owner'])}",
                                       st("ow", 11, after=6)))
            if page["verdict"]:
                story.append(Paragraph(escape(page["verdict"]), st("vd", 11, bold=True, after=8)))
            for ptxt in page["paragraphs"]:
                story.append(Paragraph(escape(ptxt), body))
    doc.build(story)
    return pdf_page_count(target)


def gold_annual(page_count: int) -> dict:
    import make_annual as MA
    return MA.gold(page_count, full=True)


# =====================================================================================
# 4. binding_goals_annual: heldout_tp2024_sitovat.pdf
# =====================================================================================
B_NAME = "heldout_tp2024_sitovat.pdf"


def letter_layout():
    import make_binding as MB
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    return MB.Layout(
        name="letter", pagesize=letter, margins=(62.0, 50.0, 40.0, 46.0),
        font="DVSC", body_font="DVS", heading_size=11.5, table_size=7.2, kv_size=7.4,
        body_size=8.0, legend_size=6.8,
        task_cols=(0.19, 0.23, 0.46, 0.12), kv_cols=(0.19, 0.33, 0.48),
        overview_cols=(0.23, 0.47, 0.15, 0.15), timeline_first=0.46,
        accent=colors.HexColor("#2F5D50"), header_fill=colors.HexColor("#DDE8E3"),
        header_text=colors.black, grid=True, goal_new_page=False, theme_style="band",
        marker="circle", split_in_row=0, summary_width=1.0, measure_width=0.72,
        extra={"goal_min_room": 150, "goal_gap": 14,
               "section_gaps": (9, 7, 10, 6, 11, 8, 12, 5, 13)},
    )


def register_serif_condensed() -> None:
    """DejaVu Serif Condensed as the family "DVSC" (make_binding registers DVS, DVC, LS)."""
    from reportlab.lib.fonts import addMapping
    files = ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf",
             "DejaVuSerifCondensed-Italic.ttf", "DejaVuSerifCondensed-BoldItalic.ttf")
    names = ("DVSC", "DVSC-B", "DVSC-I", "DVSC-BI")
    for name, file in zip(names, files, strict=True):
        register_ttf(name, file)
    for (bold, italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
        addMapping("DVSC", bold, italic, name)


def build_binding(target: Path) -> tuple[int, dict]:
    import content_binding as CB
    import make_binding as MB
    register_serif_condensed()
    lay = letter_layout()
    n_goals = len(CB.all_goals())
    for section_gap in lay.extra["section_gaps"]:
        lay.extra["section_gap"] = section_gap
        MB.TaskTable.split_log = []
        pages = MB.build_pdf(lay, target)
        info = MB.check_pdf(target, lay)
        if MB.TaskTable.split_log and info["task_headers"] > n_goals:
            return pages, {"task_tables_split": list(MB.TaskTable.split_log), **info,
                           "section_gap": section_gap}
    raise AssertionError("no Päätehtävät table split over a page break")


def gold_binding(page_count: int) -> dict:
    import make_binding as MB
    return MB.gold(page_count, as_text_export=False)


# =====================================================================================
def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    GOLD_OUT.mkdir(parents=True, exist_ok=True)
    written = []

    # 1
    krc = OUT / KRC_NAME
    info = build_kr_confidence(krc)
    written += [krc, write_gold(krc, gold_kr_confidence(info["pages"]))]
    print(f"{KRC_NAME}: {info}")

    # 2
    import content_quarterly as Q
    import make_quarterly as MQ
    pptx = OUT / Q_PPTX
    n_slides, geo = build_quarterly_deck(pptx)
    written += [pptx, write_gold(pptx, MQ.gold_from_content(Q.Q2_2025, n_slides))]
    with tempfile.TemporaryDirectory() as tmp:
        produced = common.soffice_convert(pptx, "pdf", Path(tmp))
        q_pdf = OUT / produced.name
        shutil.move(str(produced), q_pdf)
    check_quarterly_pdf(q_pdf, geo["lights"])
    written += [q_pdf, write_gold(q_pdf, MQ.gold_from_content(Q.Q2_2025, pdf_page_count(q_pdf)))]
    print(f"{Q_PPTX}: {n_slides} slides, {len(geo['lights'])} lights checked in the PDF export")

    # 3
    ann = OUT / A_NAME
    n = build_annual(ann)
    written += [ann, write_gold(ann, gold_annual(n))]
    print(f"{A_NAME}: {n} pages")

    # 4
    bind = OUT / B_NAME
    n, info = build_binding(bind)
    written += [bind, write_gold(bind, gold_binding(n))]
    print(f"{B_NAME}: {n} pages, {info}")

    total = 0
    for p in written:
        total += p.stat().st_size
        print(f"{p.relative_to(common.REPO)}  {p.stat().st_size:,} B")
    print(f"total {total:,} B")


if __name__ == "__main__":
    main()
