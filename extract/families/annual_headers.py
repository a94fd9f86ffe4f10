"""Period-table headers of a year-end report's goal slides, and headers borrowed between slides.

The goal slides of one report are built on one template: the key-result table and the KPI
table carry the same period labels at the same places on every slide. OCR may not read a
header (white text on a dark band) on one slide while it reads it on another. Such a slide's
header is borrowed from the slide that has it, when the line right under the table's section
heading stands where the template's labels stand: each of its tokens sits over a label, none
is a value or another period label, and either one of them is the template's label read as
such or most of the labels have a token over them. Values read under a borrowed header get a
lower parse score.

Nothing here knows a coordinate of any sample.
"""

from __future__ import annotations

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import ANNUAL_KPI_HEADINGS, ANNUAL_KR_HEADINGS

from ..page import Geometry, PageContent
from .annual_ocr import close_label, is_ocr, misread_quarter
from .annual_tables import Header, period_headers, period_label

HEADINGS = {"kr": {fold(h) for h in ANNUAL_KR_HEADINGS}, "kpi": {fold(h) for h in ANNUAL_KPI_HEADINGS}}
COVERED = 0.6
"""Share of a template's labels that need a token over them when none is read as its label."""


def heading_kind(seg: Geometry) -> str | None:
    """"kr" or "kpi" for a section heading of a goal slide (OCR'd: up to a misread letter)."""
    folded = fold(seg["text"])
    for kind, labels in HEADINGS.items():
        if folded in labels or close_label(seg, labels):
            return kind
    return None


def table_kind(segs: list[Geometry], header: Header, index: int) -> str:
    """"kr" or "kpi": by the nearest section heading above the header."""
    above = [(s, kind) for s in segs if s["bottom"] <= header.top + 1 and (kind := heading_kind(s))]
    if not above:
        return "kr" if index == 0 else "kpi"
    _seg, kind = min(above, key=lambda p: (header.top - p[0]["bottom"], abs(p[0]["x0"] - header.cells[0]["x0"])))
    return kind


def page_headers(page: PageContent, segs: list[Geometry]) -> list[tuple[str, Header]]:
    """Each period header of a goal slide with its table's kind, top to bottom."""
    headers = period_headers(page, segs)
    return [(table_kind(segs, h, i), h) for i, h in enumerate(headers)]


def templates(pages: list[list[tuple[str, Header]]]) -> dict[str, Header]:
    """Per table kind, the fullest header read on any goal slide (word headers only: a PPTX
    table's header is its own and never missing)."""
    best: dict[str, Header] = {}
    for headers in pages:
        for kind, header in headers:
            if header.table is None and len(header.cells) > len(best.get(kind, Header([], 0, 0, None)).cells):
                best[kind] = header
    return best


def with_borrowed(segs: list[Geometry], headers: list[tuple[str, Header]], template: dict[str, Header]
                  ) -> list[tuple[str, Header, bool]]:
    """The slide's own headers, and for each table kind whose OCR'd section heading the slide
    prints but whose header OCR could not read whole (missing, or with labels lost), the
    template's header placed on its line: (kind, header, borrowed)."""
    own = {kind: header for kind, header in headers}
    out = [(kind, header, False) for kind, header in headers]
    for seg in segs:
        kind = heading_kind(seg)
        if kind is None or kind not in template or not is_ocr(seg):
            continue
        if kind in own and len(own[kind].cells) >= len(template[kind].cells):
            continue
        header = borrow(segs, seg, template[kind])
        if header is not None:
            out = [item for item in out if item[0] != kind] + [(kind, header, True)]
            own[kind] = header
    return sorted(out, key=lambda item: item[1].top)


def borrow(segs: list[Geometry], heading: Geometry, template: Header) -> Header | None:
    """The template header placed on the first line under `heading`, when that line stands
    where the template's labels stand."""
    left, right = template.cells[0]["x0"], template.cells[-1]["x1"]
    below = [s for s in segs if s["top"] >= heading["bottom"] - 1 and s["x1"] > left and s["x0"] < right]
    if not below:
        return None
    first = min(below, key=lambda s: s["top"])
    height = first["bottom"] - first["top"]
    line = [s for s in below if abs(_centre_y(s) - _centre_y(first)) <= 0.5 * height]
    covered = sure = 0
    for cell in template.cells:
        over = [s for s in line if _overlap(s, cell)]
        if any(_label_of(s) not in (None, _label_of(cell)) or (_label_of(s) is None and _has_digit(s)) for s in over):
            return None  # a value row, or another header
        covered += bool(over)
        sure += any(_label_of(s) == _label_of(cell) for s in over)
    stray = [s for s in line if not any(_overlap(s, c) for c in template.cells)]
    if stray or not (sure or covered >= max(2, COVERED * len(template.cells))):
        return None
    top, bottom = min(s["top"] for s in line), max(s["bottom"] for s in line)
    cells = [{**c, "top": top, "bottom": bottom, "words": [], "borrowed": True} for c in template.cells]
    return Header(cells, top, bottom, None)


def _label_of(seg: Geometry) -> str | None:
    return period_label(seg["text"]) or fold(misread_quarter(seg) or "") or None


def _has_digit(seg: Geometry) -> bool:
    return any(ch.isdigit() for ch in seg["text"])


def _overlap(a: Geometry, b: Geometry) -> bool:
    return bool(min(a["x1"], b["x1"]) > max(a["x0"], b["x0"]))


def _centre_y(seg: Geometry) -> float:
    return float(seg["top"] + seg["bottom"]) / 2
