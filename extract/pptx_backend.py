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
from pptx.enum.shapes import MSO_SHAPE_TYPE

from .errors import CorruptDocument
from .page import DocumentContent, Geometry, PageContent
from .pptx_charts import Drawing, read_chart
from .pptx_xml import body_colours, body_layout, body_size, body_text, solid_fill

BACKEND = "python-pptx"
EMU_PER_POINT = 12700.0
Transform = tuple[float, float, float, float]  # x offset, y offset, x scale, y scale (EMU)
IDENTITY: Transform = (0.0, 0.0, 1.0, 1.0)
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P_NS = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


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
        # python-pptx gives a fill to autoshapes (p:sp) only; a picture's spPr fill is no marker
        fill = solid_fill(shape._element.find(f"{P_NS}spPr")) if shape._element.tag == f"{P_NS}sp" else None
        if fill is not None:
            shapes.append({"kind": _kind(shape), **box, "fill": fill})
        body = shape._element.find(f"{P_NS}txBody")
        if body is not None:
            text = body_text(body)
            if text.strip():
                text_boxes.append({"text": text, **box, "size": body_size(body), **body_colours(body),
                                   **body_layout(body)})
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
    left, top_, width, height = _own_position(shape._element) or (shape.left, shape.top, shape.width, shape.height)
    if left is None or top_ is None or width is None or height is None:
        return None
    x0 = (t[0] + left * t[2]) / EMU_PER_POINT
    top = (t[1] + top_ * t[3]) / EMU_PER_POINT
    return {"x0": x0, "top": top, "x1": x0 + width * t[2] / EMU_PER_POINT,
            "bottom": top + height * t[3] / EMU_PER_POINT}


def _own_position(element: Any) -> tuple[int, int, int, int] | None:
    """The shape's own offset and extent (EMU) when its XML states them in plain numbers;
    None sends `_box` to python-pptx, which also inherits a placeholder's from its layout."""
    properties = element.find(f"{P_NS}spPr")
    xfrm = properties.find(f"{A_NS}xfrm") if properties is not None else element.find(f"{P_NS}xfrm")
    if xfrm is None:
        return None
    off, ext = xfrm.find(f"{A_NS}off"), xfrm.find(f"{A_NS}ext")
    try:
        return (int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy")))
    except (AttributeError, TypeError, ValueError):
        return None


def _table(frame: Any, box: dict[str, float]) -> Geometry:
    table = frame._element.find(f".//{A_NS}tbl")
    widths = [int(c.get("w")) for c in table.iterfind(f"{A_NS}tblGrid/{A_NS}gridCol")]
    scale_x = (box["x1"] - box["x0"]) * EMU_PER_POINT / max(1, sum(widths))
    rows: list[list[Geometry]] = []
    top = box["top"]
    for row in table.iterfind(f"{A_NS}tr"):
        height = int(row.get("h")) / EMU_PER_POINT
        cells: list[Geometry] = []
        left = box["x0"]
        for column_width, cell in zip(widths, row.iterfind(f"{A_NS}tc"), strict=False):
            width = column_width * scale_x / EMU_PER_POINT
            body, properties = cell.find(f"{A_NS}txBody"), cell.find(f"{A_NS}tcPr")
            spanned = any(cell.get(m) in ("1", "true") for m in ("hMerge", "vMerge"))
            text = "" if spanned or body is None else body_text(body)
            colours = {} if spanned else body_colours(body) if body is not None else {"colors": (None,), "color": None}
            cells.append({"text": text, "x0": left, "top": top, "x1": left + width, "bottom": top + height,
                          "fill": solid_fill(properties), "size": body_size(body) if body is not None else 0.0,
                          **colours, **body_layout(body, properties, in_cell=True)})
            left += width
        rows.append(cells)
        top += height
    return {**box, "rows": rows}


def _kind(shape: Any) -> str:
    try:
        return str(shape.auto_shape_type).split(".")[-1].split(" ")[0].lower()
    except (AttributeError, ValueError, NotImplementedError):
        return "shape"
