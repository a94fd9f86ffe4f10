"""Native PDF backend: positioned words, rules and filled shapes per page, via pdfplumber."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from .errors import CorruptDocument, EncryptedDocument
from .page import DocumentContent, Geometry, PageContent

BACKEND = "pdfplumber"


def read_pdf(path: Path) -> DocumentContent:
    """Open a PDF and turn every page into a PageContent; errors name the file and page."""
    source = str(path)
    with path.open("rb") as handle:
        if b"%PDF" not in handle.read(1024):
            raise CorruptDocument(source, "not a PDF (no %PDF header; the content is of another kind)")
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # pdfminer raises a wide zoo on broken files; pdfplumber wraps them
        raise _open_error(source, exc) from exc
    with pdf:
        pages = []
        for number, page in enumerate(_pages(pdf, source), start=1):
            try:
                pages.append(_read_page(page, number))
            except Exception as exc:
                raise CorruptDocument(source, f"cannot read page ({type(exc).__name__}: {exc})", number) from exc
    if not pages:
        raise CorruptDocument(source, "PDF has no pages")
    return DocumentContent(source, "pdf", BACKEND, tuple(pages))


def _pages(pdf: Any, source: str) -> list[Any]:
    try:
        return list(pdf.pages)
    except Exception as exc:
        raise _open_error(source, exc) from exc


def _open_error(source: str, exc: Exception) -> CorruptDocument | EncryptedDocument:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect):
        return EncryptedDocument(source, "password-protected PDF (cannot open without the password)")
    if isinstance(cause, PDFEncryptionError):
        return EncryptedDocument(source, f"encrypted PDF with an unsupported scheme ({cause})")
    detail = f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__
    return CorruptDocument(source, f"corrupt or truncated PDF ({detail})")


def _read_page(page: Any, number: int) -> PageContent:
    words = tuple(
        {"text": w["text"], "x0": w["x0"], "top": w["top"], "x1": w["x1"], "bottom": w["bottom"],
         "size": w.get("size", 0.0)}
        for w in page.extract_words(x_tolerance=1.5, y_tolerance=2.5, keep_blank_chars=False,
                                    extra_attrs=["size"])
    )
    return PageContent(
        number=number,
        width=float(page.width),
        height=float(page.height),
        words=words,
        rules=tuple(_rules(page)),
        shapes=tuple(_shapes(page)),
    )


def _rules(page: Any) -> list[Geometry]:
    """Horizontal lines and the top/bottom edges of thin or filled rectangles."""
    rules: list[Geometry] = []
    for line in page.lines:
        if abs(line["top"] - line["bottom"]) < 1.0:
            rules.append({"x0": line["x0"], "x1": line["x1"], "y": line["top"]})
    for rect in page.rects:
        rules.append({"x0": rect["x0"], "x1": rect["x1"], "y": rect["top"]})
        if rect["bottom"] - rect["top"] >= 1.0:
            rules.append({"x0": rect["x0"], "x1": rect["x1"], "y": rect["bottom"]})
    return rules


def _shapes(page: Any) -> list[Geometry]:
    shapes: list[Geometry] = []
    for kind, objects in (("rect", page.rects), ("curve", page.curves)):
        for obj in objects:
            if obj.get("fill"):
                shapes.append({"kind": kind, "x0": obj["x0"], "top": obj["top"], "x1": obj["x1"],
                               "bottom": obj["bottom"], "fill": _rgb(obj.get("non_stroking_color"))})
    return shapes


def _rgb(color: Any) -> tuple[float, float, float] | None:
    """pdfplumber colours come as gray (1), RGB (3) or CMYK (4) tuples in 0..1."""
    if color is None:
        return None
    if isinstance(color, int | float):
        color = (color,)
    values = [float(c) for c in color if isinstance(c, int | float)]
    if len(values) == 1:
        return (values[0],) * 3
    if len(values) == 3:
        return (values[0], values[1], values[2])
    if len(values) == 4:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None
