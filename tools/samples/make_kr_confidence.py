"""Build the key-result confidence table samples (report_kind "kr_confidence_table").

Run from the repository root:

    python tools/samples/make_kr_confidence.py

Writes, from the hand transcription in content_kr_confidence.py (seed 003):

- samples/kr_confidence_table/kr_confidence_2025.pdf       native PDF, Power BI table export look
- samples/kr_confidence_table/kr_confidence_2025.pptx      the same table as a 16:9 deck
- samples/kr_confidence_table/kr_confidence_2025_scan.pdf  scanned copy of the PDF (no text layer)
- samples/text_exports/003_kr_confidence_table.txt          byte-identical copy of the seed text
- samples/gold/<document>.gold.json                         gold for each of the four

The gold is written from the same hand-typed content, never from an extractor.
"""

from __future__ import annotations

import re
import shutil
import sys
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
import content_kr_confidence as C

OUT_DIR = common.SAMPLES / "kr_confidence_table"
PDF_OUT = OUT_DIR / "kr_confidence_2025.pdf"
PPTX_OUT = OUT_DIR / "kr_confidence_2025.pptx"
SCAN_OUT = OUT_DIR / "kr_confidence_2025_scan.pdf"
TXT_OUT = common.SAMPLES / "text_exports" / "003_kr_confidence_table.txt"
SEED = common.REPO.parent / "shared" / "seeds" / C.SEED_FILE

# Index (0-based) of the row the PDF splits across pages 2 and 3, and the printed
# lines of its key result in the PDF: the seed's last line is broken once more
# before the parenthesis, so that the goal cell (3 lines) ends on page 2 and only
# key-result text continues on page 3.
PDF_SPLIT_ROW = 19
PDF_SPLIT_KR_LINES = (
    "Kaikki ensilinjassa toimivat työntekijät ovat käyneet ensilinja koulutuksen",
    "(100 %) ja ensilinjan ammattilaisten itsearvioinnin perusteella osaamisen",
    "taso kasvanut lähtötilanteesta.",
    "(lähtötasomittaus 2024 loppuvuonna)",
)
PDF_SPLIT_AFTER = 3  # lines of the split row printed on page 2

# Index of the row the deck splits across slides 1 and 2.
PPTX_SPLIT_ROW = 6


# --------------------------------------------------------------------------- gold

def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def build_gold_facts() -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Goals, key results and confidence entries, as hand-transcribed in the content module."""
    goals: list[dict[str, Any]] = [{
        "key": C.COUNTY_GOAL_KEY, "text": C.TITLE, "theme": None, "level": "hva",
        "division": None, "result_area": None, "owner": None, "status": None, "parent": None,
    }]
    goal_keys: dict[tuple[str, str, str], str] = {}
    goals_per_area: dict[str, int] = {}
    krs_per_area: dict[str, int] = {}
    key_results: list[dict[str, Any]] = []
    confidence: list[dict[str, Any]] = []
    for (division_l, area_l, goal_l, kr_l, _score_text), score in zip(C.ROWS, C.SCORES, strict=True):
        division, area = C.join_lines(division_l), C.join_lines(area_l)
        goal_text, kr_text = C.join_lines(goal_l), C.join_lines(kr_l)
        area_slug = slug(area)
        ident = (division, area, goal_text)
        if ident not in goal_keys:
            goals_per_area[area_slug] = goals_per_area.get(area_slug, 0) + 1
            key = f"G-ra-{area_slug}-{goals_per_area[area_slug]}"
            goal_keys[ident] = key
            goals.append({
                "key": key, "text": goal_text, "theme": None, "level": "result_area",
                "division": division, "result_area": area, "owner": None, "status": None,
                "parent": C.COUNTY_GOAL_KEY if goal_text == C.TITLE else None,
            })
        krs_per_area[area_slug] = krs_per_area.get(area_slug, 0) + 1
        kr_key = f"KR-ra-{area_slug}-{krs_per_area[area_slug]}"
        key_results.append({"key": kr_key, "goal": goal_keys[ident], "text": kr_text,
                            "division": division, "result_area": area})
        if score is not None:
            confidence.append({"kr": kr_key, "period": None, "confidence": score})
    return goals, key_results, confidence


def write_gold_for(document: Path, page_count: int | None) -> Path:
    goals, key_results, confidence = build_gold_facts()
    return common.write_gold(document, {
        "report": {"report_kind": "kr_confidence_table", "organization": None,
                   "fiscal_year": None, "period": None, "published_date": None,
                   "page_count": page_count},
        "goals": goals,
        "key_results": key_results,
        "kr_values": [],
        "kr_confidence": confidence,
        "kpi_values": [],
        "tasks": [],
    })


# --------------------------------------------------------------------------- PDF

PDF_FONT = "LiberationSans"
PDF_FONT_BOLD = "LiberationSans-Bold"
PDF_PAGE = (960.0, 540.0)          # 16:9 report canvas, as a BI export prints it
PDF_SIZE = 8.5                     # body font size
PDF_LEAD = 10.5                    # line pitch
PDF_ROW_PAD = 11.0                 # top + bottom padding of a row
PDF_CELL_PAD = 6.0                 # left/right padding of a cell
PDF_TITLE_Y = 500.0                # title baseline
PDF_HEADER_TOP = 474.0
PDF_HEADER_H = 2 * PDF_LEAD + 10.0
PDF_TABLE_H = 360.0                # height of the table visual below its header
PDF_SCORE_W = 74.0
TEXT_RGB = (0.145, 0.141, 0.137)   # Power BI's near-black #252423
HEAD_RGB = (0.10, 0.10, 0.10)
BAND_RGB = (0.953, 0.949, 0.945)   # very light grey band
RULE_RGB = (0.78, 0.78, 0.78)


def _register_pdf_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PDF_FONT, str(common.font_path("LiberationSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(PDF_FONT_BOLD, str(common.font_path("LiberationSans-Bold.ttf"))))


def _pdf_rows() -> list[list[tuple[str, ...] | str | None]]:
    """The rows as the PDF prints them (the split row's key result broken once more)."""
    rows = []
    for i, (div, area, goal, kr, score) in enumerate(C.ROWS):
        if i == PDF_SPLIT_ROW:
            assert C.join_lines(PDF_SPLIT_KR_LINES) == C.join_lines(kr)
            kr = PDF_SPLIT_KR_LINES
        rows.append([div, area, goal, kr, score])
    return rows


def _pdf_columns() -> list[tuple[float, float]]:
    """(x, width) of the five columns: text columns sized to their longest printed line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = []
    for col in range(4):
        longest = max(stringWidth(line, PDF_FONT, PDF_SIZE) for row in C.ROWS for line in row[col])
        widths.append(round(longest + 2 * PDF_CELL_PAD + 4.0))
    widths.append(PDF_SCORE_W)
    x = (PDF_PAGE[0] - sum(widths)) / 2
    cols = []
    for w in widths:
        cols.append((x, float(w)))
        x += w
    return cols


def _row_height(row: list, lines: int | None = None) -> float:
    n = lines if lines is not None else max(len(cell) for cell in row[:4])
    return n * PDF_LEAD + PDF_ROW_PAD


def build_pdf() -> int:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    _register_pdf_fonts()
    rows = _pdf_rows()
    cols = _pdf_columns()
    table_left, table_right = cols[0][0], cols[-1][0] + cols[-1][1]
    table_bottom = PDF_HEADER_TOP - PDF_HEADER_H - PDF_TABLE_H

    # Pages: (row index, first line, last line) pieces, following the seed's pages except
    # that the split row crosses from page 2 to page 3.
    split_lines = len(rows[PDF_SPLIT_ROW][3])
    pages = [
        [(i, 0, None) for i in range(0, 10)],
        [(i, 0, None) for i in range(10, PDF_SPLIT_ROW)] + [(PDF_SPLIT_ROW, 0, PDF_SPLIT_AFTER)],
        [(PDF_SPLIT_ROW, PDF_SPLIT_AFTER, split_lines)] + [(i, 0, None) for i in range(20, 28)],
    ]
    # The page breaks must be the ones a fixed-height table visual produces.
    used1 = sum(_row_height(rows[i]) for i, _, _ in pages[0])
    assert used1 <= PDF_TABLE_H < used1 + _row_height(rows[10]), "page 1 break"
    used2 = sum(_row_height(rows[i]) for i in range(10, PDF_SPLIT_ROW))
    assert used2 + PDF_SPLIT_AFTER * PDF_LEAD + PDF_ROW_PAD / 2 <= PDF_TABLE_H, "split part fits"
    assert used2 + _row_height(rows[PDF_SPLIT_ROW]) > PDF_TABLE_H, "split row must not fit"
    assert used2 + (PDF_SPLIT_AFTER + 1) * PDF_LEAD + PDF_ROW_PAD / 2 > PDF_TABLE_H, "split point"

    banded_pages = {1, 3}
    c = canvas.Canvas(str(PDF_OUT), pagesize=PDF_PAGE, invariant=1,
                      initialFontName=PDF_FONT, initialFontSize=PDF_SIZE)
    c.setTitle(C.TITLE)
    for page_no, pieces in enumerate(pages, start=1):
        # Title (the county goal), centred over the visual.
        c.setFillColorRGB(*HEAD_RGB)
        c.setFont(PDF_FONT, 15)
        c.drawCentredString((table_left + table_right) / 2, PDF_TITLE_Y, C.TITLE)

        # Header row, repeated on every page.
        c.setFont(PDF_FONT_BOLD, PDF_SIZE)
        base = PDF_HEADER_TOP - 5.0 - PDF_SIZE * 0.82
        for col, label in enumerate(C.HEADER[:4]):
            c.drawString(cols[col][0] + PDF_CELL_PAD, base, label)
        sx, sw = cols[4]
        for k, part in enumerate(C.HEADER_SCORE_LINES[page_no]):
            c.drawRightString(sx + sw - PDF_CELL_PAD, base - k * PDF_LEAD, part)
        header_bottom = PDF_HEADER_TOP - PDF_HEADER_H
        if page_no not in banded_pages:
            c.setStrokeColorRGB(*RULE_RGB)
            c.setLineWidth(0.5)
            c.line(table_left, header_bottom, table_right, header_bottom)

        # Body rows, top-aligned cells.
        y = header_bottom
        for row_index, first, last in pieces:
            row = rows[row_index]
            continuation = first > 0
            if last is None:
                n_lines = max(len(cell) for cell in row[:4])
                height = _row_height(row)
            else:
                n_lines = last - first
                height = n_lines * PDF_LEAD + PDF_ROW_PAD
                if not continuation:  # cut by the bottom of the visual
                    height = y - table_bottom
            if page_no in banded_pages and row_index % 2 == 1:
                c.setFillColorRGB(*BAND_RGB)
                c.rect(table_left, y - height, table_right - table_left, height, stroke=0, fill=1)
            c.setFillColorRGB(*TEXT_RGB)
            c.setFont(PDF_FONT, PDF_SIZE)
            top_base = y - PDF_ROW_PAD / 2 - PDF_SIZE * 0.82
            for col in range(4):
                if continuation and col != 3:
                    continue  # BI tools leave the other cells of a continued row empty
                cell = row[col]
                lines = cell[first:last] if col == 3 else cell
                assert len(lines) <= n_lines or col != 3
                for k, line in enumerate(lines):
                    c.drawString(cols[col][0] + PDF_CELL_PAD, top_base - k * PDF_LEAD, line)
            score = row[4]
            if score is not None and not continuation:
                c.drawRightString(sx + sw - PDF_CELL_PAD, top_base, score)
            y -= height
            assert y >= table_bottom - 0.01, (page_no, row_index)
        c.showPage()
    c.save()
    # sanity: the longest line of each column fits its cell
    for col in range(4):
        for row in rows:
            for line in row[col]:
                assert stringWidth(line, PDF_FONT, PDF_SIZE) <= cols[col][1] - 2 * PDF_CELL_PAD
    return len(pages)


# --------------------------------------------------------------------------- PPTX

PPTX_FONT = "Calibri"
PPTX_MEASURE_FONT = "DejaVuSans"   # what LibreOffice substitutes for Calibri here; wider,
PPTX_MEASURE_BOLD = "DejaVuSans-Bold"  # so row heights estimated with it are generous
PPTX_SIZE = 10.5
PPTX_HEAD_SIZE = 11.0
PPTX_COL_IN = (1.65, 1.80, 3.25, 4.15, 1.85)
PPTX_LEFT_IN = 0.35
PPTX_TOP_IN = 1.15
PPTX_MARGIN_LR_IN = 0.08
PPTX_MARGIN_TB_IN = 0.04
HEADER_FILL = (0x00, 0x5B, 0x7F)
BAND_FILL = (0xE9, 0xF1, 0xF5)
WHITE = (0xFF, 0xFF, 0xFF)


def _register_measure_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PPTX_MEASURE_FONT, str(common.font_path("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(PPTX_MEASURE_BOLD, str(common.font_path("DejaVuSans-Bold.ttf"))))


def _wrap(text: str, width_pt: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and stringWidth(trial, font, size) > width_pt:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


def _pptx_rows() -> list[list[str]]:
    """Table rows of the deck: joined cell texts; the split row becomes two rows."""
    text_w = [(w - 2 * PPTX_MARGIN_LR_IN) * 72 for w in PPTX_COL_IN]
    out: list[list[str]] = []
    for i, (div, area, goal, kr, score) in enumerate(C.ROWS):
        cells = [C.join_lines(div), C.join_lines(area), C.join_lines(goal), C.join_lines(kr), score or ""]
        if i == PPTX_SPLIT_ROW:
            goal_n = len(_wrap(cells[2], text_w[2], PPTX_MEASURE_FONT, PPTX_SIZE))
            kr_lines = _wrap(cells[3], text_w[3], PPTX_MEASURE_FONT, PPTX_SIZE)
            assert len(kr_lines) > goal_n, "split row needs key-result text left over"
            first, rest = " ".join(kr_lines[:goal_n]), " ".join(kr_lines[goal_n:])
            assert f"{first} {rest}" == cells[3]
            out.append([*cells[:3], first, cells[4]])
            out.append(["", "", "", rest, ""])
        else:
            out.append(cells)
    return out


def _row_height_in(cells: list[str], bold: bool = False) -> float:
    font = PPTX_MEASURE_BOLD if bold else PPTX_MEASURE_FONT
    size = PPTX_HEAD_SIZE if bold else PPTX_SIZE
    n = max(len(_wrap(text, (w - 2 * PPTX_MARGIN_LR_IN) * 72, font, size))
            for text, w in zip(cells, PPTX_COL_IN, strict=True))
    return (n * size * 1.2 + 2) / 72 + 2 * PPTX_MARGIN_TB_IN


def build_pptx() -> int:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Inches, Pt

    _register_measure_fonts()
    rows = _pptx_rows()
    # Slides: 7 rows each; the first part of the split row ends slide 1 and its
    # continuation opens slide 2 (which therefore holds 8 table rows).
    cut = PPTX_SPLIT_ROW + 1
    slides = [rows[:cut], rows[cut:cut + 8], rows[cut + 8:cut + 15], rows[cut + 15:]]
    assert sum(len(s) for s in slides) == len(rows) and [len(s) for s in slides] == [7, 8, 7, 7]

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]
    header = list(C.HEADER)
    head_h = _row_height_in(header, bold=True)
    for label, w in zip(header, PPTX_COL_IN, strict=True):  # every header label on one line
        assert len(_wrap(label, (w - 2 * PPTX_MARGIN_LR_IN) * 72, PPTX_MEASURE_BOLD, PPTX_HEAD_SIZE)) == 1
    for body in slides:
        slide = prs.slides.add_slide(blank)
        box = slide.shapes.add_textbox(Inches(PPTX_LEFT_IN), Inches(0.35), Inches(12.6), Inches(0.6))
        tf = box.text_frame
        tf.word_wrap = True
        p = tf.paragraphs[0]
        run = p.add_run()
        run.text = C.TITLE
        run.font.name, run.font.size, run.font.bold = PPTX_FONT, Pt(22), True
        run.font.color.rgb = RGBColor(*HEADER_FILL)

        heights = [head_h] + [_row_height_in(r) for r in body]
        assert PPTX_TOP_IN + sum(heights) < 7.3, sum(heights)
        shape = slide.shapes.add_table(len(body) + 1, 5, Inches(PPTX_LEFT_IN), Inches(PPTX_TOP_IN),
                                       Inches(sum(PPTX_COL_IN)), Inches(sum(heights)))
        table = shape.table
        table.first_row = True
        table.horz_banding = False
        for j, w in enumerate(PPTX_COL_IN):
            table.columns[j].width = Inches(w)
        for r, h in enumerate(heights):
            table.rows[r].height = Inches(h)
        for r, values in enumerate([header, *body]):
            for j, value in enumerate(values):
                cell = table.cell(r, j)
                cell.margin_left = cell.margin_right = Inches(PPTX_MARGIN_LR_IN)
                cell.margin_top = cell.margin_bottom = Inches(PPTX_MARGIN_TB_IN)
                cell.vertical_anchor = MSO_ANCHOR.TOP
                cell.fill.solid()
                if r == 0:
                    cell.fill.fore_color.rgb = RGBColor(*HEADER_FILL)
                else:
                    cell.fill.fore_color.rgb = RGBColor(*(BAND_FILL if r % 2 == 0 else WHITE))
                tf = cell.text_frame
                tf.word_wrap = True
                para = tf.paragraphs[0]
                para.alignment = PP_ALIGN.RIGHT if j == 4 else PP_ALIGN.LEFT
                run = para.add_run()
                run.text = value
                run.font.name = PPTX_FONT
                run.font.size = Pt(PPTX_HEAD_SIZE if r == 0 else PPTX_SIZE)
                run.font.bold = r == 0
                run.font.color.rgb = RGBColor(*(WHITE if r == 0 else (0x26, 0x26, 0x26)))
    prs.core_properties.title = C.TITLE
    prs.save(str(PPTX_OUT))
    return len(slides)


# --------------------------------------------------------------------------- main

def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    TXT_OUT.parent.mkdir(parents=True, exist_ok=True)

    pdf_pages = build_pdf()
    pptx_slides = build_pptx()
    common.scan_pdf(PDF_OUT, SCAN_OUT, dpi=170, seed=3)
    shutil.copyfile(SEED, TXT_OUT)
    assert TXT_OUT.read_bytes() == SEED.read_bytes()

    written = [
        write_gold_for(PDF_OUT, pdf_pages),
        write_gold_for(PPTX_OUT, pptx_slides),
        write_gold_for(SCAN_OUT, pdf_pages),
        write_gold_for(TXT_OUT, None),
    ]
    for path in [PDF_OUT, PPTX_OUT, SCAN_OUT, TXT_OUT, *written]:
        print(f"{path.relative_to(common.REPO)}  {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
