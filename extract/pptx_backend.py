"""PPTX backend: text frames, tables, filled shapes and native charts (extract.pptx_charts)
per slide, via python-pptx.

Group shapes are flattened with their child transform so every box is in slide
points, like the PDF backend's.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.dml import MSO_COLOR_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.text.text import _Run

from .errors import CorruptDocument
from .page import DocumentContent, Geometry, PageContent
from .pptx_charts import Drawing, read_chart
from .pptx_fill import solid_fill_rgb

BACKEND = "python-pptx"
EMU_PER_POINT = 12700.0
Transform = tuple[float, float, float, float]  # x offset, y offset, x scale, y scale (EMU)
IDENTITY: Transform = (0.0, 0.0, 1.0, 1.0)
RGBTuple = tuple[float, float, float]
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def read_pptx(path: Path, file_format: str = "pptx") -> DocumentContent:
    source = str(path)
    if not zipfile.is_zipfile(path):
        raise CorruptDocument(source, "not a PowerPoint file (not a zip package)")
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
    if "ppt/presentation.xml" not in names:
        raise CorruptDocument(source, "zip file is not a PowerPoint presentation (no ppt/presentation.xml)")
    try:
        deck = Presentation(str(path))
    except Exception as exc:
        raise CorruptDocument(source, f"broken PowerPoint package ({type(exc).__name__}: {exc})") from exc
    width = (deck.slide_width or 0) / EMU_PER_POINT
    height = (deck.slide_height or 0) / EMU_PER_POINT
    pages = []
    for number, slide in enumerate(deck.slides, start=1):
        try:
            pages.append(_read_slide(slide, number, width, height))
        except Exception as exc:
            raise CorruptDocument(source, f"cannot read slide ({type(exc).__name__}: {exc})", number) from exc
    if not pages:
        raise CorruptDocument(source, "presentation has no slides")
    return DocumentContent(source, file_format, BACKEND, tuple(pages))


def _read_slide(slide: Any, number: int, width: float, height: float) -> PageContent:
    text_boxes: list[Geometry] = []
    tables: list[Geometry] = []
    shapes: list[Geometry] = []
    for shape, transform in _walk(slide.shapes, IDENTITY):
        box = _box(shape, transform)
        if box is None:
            continue
        if getattr(shape, "has_table", False) and shape.has_table:
            tables.append(_table(shape, box))
            continue
        if getattr(shape, "has_chart", False) and shape.has_chart:
            drawn = _chart(shape, box)
            text_boxes += drawn.text_boxes
            shapes += drawn.shapes
            continue
        fill = solid_fill_rgb(shape)
        if fill is not None:
            shapes.append({"kind": _kind(shape), **box, "fill": fill})
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            text = _frame_text(shape.text_frame)
            if text.strip():
                text_boxes.append({"text": text, **box, "size": _font_size(shape.text_frame),
                                   **_frame_colours(shape.text_frame), **_frame_layout(shape.text_frame)})
    return PageContent(number=number, width=width, height=height, text_boxes=tuple(text_boxes),
                       tables=tuple(tables), shapes=tuple(shapes))


def _chart(frame: Any, box: dict[str, float]) -> Drawing:
    """What a native chart prints (title, legend, data labels, category labels) and draws
    (slices, bars, legend markers); nothing when its part cannot be read: a chart is never
    worth the slide's other text."""
    try:
        return read_chart(frame.chart, (box["x0"], box["top"], box["x1"], box["bottom"]))
    except (AttributeError, KeyError, IndexError, TypeError, ValueError, ZeroDivisionError, NotImplementedError):
        return Drawing()


def _walk(shapes: Any, transform: Transform) -> Iterator[tuple[Any, Transform]]:
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _walk(shape.shapes, _group_transform(shape, transform))
        else:
            yield shape, transform


def _group_transform(group: Any, outer: Transform) -> Transform:
    """Child shapes of a group live in the group's own coordinate space (chOff/chExt)."""
    xfrm = group._element.grpSpPr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}xfrm")
    if xfrm is None:
        return outer
    ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    off, ext = xfrm.find(f"{ns}off"), xfrm.find(f"{ns}ext")
    ch_off, ch_ext = xfrm.find(f"{ns}chOff"), xfrm.find(f"{ns}chExt")
    if None in (off, ext, ch_off, ch_ext):
        return outer
    sx = int(ext.get("cx")) / max(1, int(ch_ext.get("cx")))
    sy = int(ext.get("cy")) / max(1, int(ch_ext.get("cy")))
    ox = int(off.get("x")) - int(ch_off.get("x")) * sx
    oy = int(off.get("y")) - int(ch_off.get("y")) * sy
    return (outer[0] + ox * outer[2], outer[1] + oy * outer[3], outer[2] * sx, outer[3] * sy)


def _box(shape: Any, t: Transform) -> dict[str, float] | None:
    if shape.left is None or shape.top is None or shape.width is None or shape.height is None:
        return None
    x0 = (t[0] + shape.left * t[2]) / EMU_PER_POINT
    top = (t[1] + shape.top * t[3]) / EMU_PER_POINT
    return {"x0": x0, "top": top, "x1": x0 + shape.width * t[2] / EMU_PER_POINT,
            "bottom": top + shape.height * t[3] / EMU_PER_POINT}


def _table(frame: Any, box: dict[str, float]) -> Geometry:
    table = frame.table
    scale_x = (box["x1"] - box["x0"]) * EMU_PER_POINT / max(1, sum(c.width for c in table.columns))
    rows: list[list[Geometry]] = []
    top = box["top"]
    for row in table.rows:
        height = row.height / EMU_PER_POINT
        cells: list[Geometry] = []
        left = box["x0"]
        for column, cell in zip(table.columns, row.cells, strict=False):
            width = column.width * scale_x / EMU_PER_POINT
            text = "" if cell.is_spanned else _frame_text(cell.text_frame)
            colours = {} if cell.is_spanned else _frame_colours(cell.text_frame)
            cells.append({"text": text, "x0": left, "top": top, "x1": left + width, "bottom": top + height,
                          "fill": solid_fill_rgb(cell), "size": _font_size(cell.text_frame), **colours,
                          **_frame_layout(cell.text_frame, cell)})
            left += width
        rows.append(cells)
        top += height
    return {**box, "rows": rows}


def _frame_text(frame: Any) -> str:
    """Paragraphs joined by newlines; soft line breaks (vertical tab) kept as newlines too."""
    return "\n".join(p.text.replace("\v", "\n") for p in frame.paragraphs)


def _frame_colours(frame: Any) -> dict[str, Any]:
    """The text colour of each printed line of a frame (aligned with `_frame_text`'s lines) and
    of the frame: the explicit RGB font colour of the run holding most of the line's letters;
    None where that run inherits its colour (theme or master) — the engine reads a None as ink."""
    lines: list[dict[RGBTuple | None, int]] = []
    for paragraph in frame.paragraphs:
        lines.append({})
        for child in paragraph._p:
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "br":
                lines.append({})
            elif tag in ("r", "fld"):
                text = "".join(t.text or "" for t in child.iter(f"{A_NS}t"))
                for piece_index, piece in enumerate(text.replace("\v", "\n").split("\n")):
                    if piece_index:
                        lines.append({})
                    letters = len(piece.strip())
                    if letters:
                        colour = _run_rgb(child, paragraph)
                        lines[-1][colour] = lines[-1].get(colour, 0) + letters
    colours = [max(line, key=lambda c: line[c]) if line else None for line in lines]
    total: dict[RGBTuple | None, int] = {}
    for line in lines:
        for colour, count in line.items():
            total[colour] = total.get(colour, 0) + count
    return {"colors": tuple(colours), "color": max(total, key=lambda c: total[c]) if total else None}


def _run_rgb(element: Any, paragraph: Any) -> RGBTuple | None:
    """`run.font.color.rgb` when the run sets an RGB colour (read only when the run has its
    own properties: python-pptx's `font` would otherwise add an empty rPr to the slide)."""
    if element.find(f"{A_NS}rPr") is None:
        return None
    try:
        colour = _Run(element, paragraph).font.color
        if colour.type != MSO_COLOR_TYPE.RGB:
            return None
        rgb = colour.rgb
    except (AttributeError, TypeError, ValueError, KeyError, NotImplementedError):
        return None
    return (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)


def _font_size(frame: Any) -> float:
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            if run.font.size is not None:
                return run.font.size.pt
    return 0.0


def _kind(shape: Any) -> str:
    try:
        return str(shape.auto_shape_type).split(".")[-1].split(" ")[0].lower()
    except (AttributeError, ValueError, NotImplementedError):
        return "shape"


_ALIGN = {"CENTER": "center", "RIGHT": "right", "JUSTIFY": "left", "LEFT": "left", "DISTRIBUTE": "center"}
_ANCHOR = {"MIDDLE": "middle", "BOTTOM": "bottom", "TOP": "top"}


def _frame_layout(frame: Any, cell: Any = None) -> dict[str, Any]:
    """Where a frame's text sits in its box: the first paragraph's alignment, the vertical
    anchor and the insets (points).  python-pptx knows no line positions; with these the
    engine places a frame's lines near where PowerPoint draws them (extract.engine.units)."""
    owner = cell if cell is not None else frame
    try:
        align = frame.paragraphs[0].alignment
        anchor = owner.vertical_anchor
        insets = tuple((getattr(owner, f"margin_{side}") or 0) / EMU_PER_POINT
                       for side in ("left", "top", "right", "bottom"))
    except (AttributeError, ValueError, KeyError, IndexError):
        return {}
    default = 3.6 if cell is not None else 7.2  # PowerPoint's insets: 0.05 in in cells, 0.1 in in frames
    return {"align": _ALIGN.get(str(align).split(".")[-1].split(" ")[0], "left") if align is not None else "left",
            "anchor": _ANCHOR.get(str(anchor).split(".")[-1].split(" ")[0], "top") if anchor is not None else "top",
            "insets": tuple(v if v else default for v in insets)}
