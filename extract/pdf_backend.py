"""Native PDF backend: positioned words, rules and filled shapes per page, via pdfplumber.

A page without a usable text layer (an image-only scan: fewer than
`settings.ocr_min_words` readable words, and an image covering part of it) is read
by the OCR backend instead, at the scanned image's own resolution.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from . import ocr_backend, pdf_chars
from .errors import CorruptDocument, EncryptedDocument
from .page import DocumentContent, Geometry, PageContent
from .settings import DEFAULT_SETTINGS, LayoutSettings

BACKEND = "pdfplumber"
SCAN_MIN_COVER = 0.1
"""An image must cover at least this share of a text-less page for the page to be OCRed."""


def read_pdf(path: Path, settings: LayoutSettings = DEFAULT_SETTINGS) -> DocumentContent:
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
        pages, jobs = [], []
        for number, page in enumerate(_pages(pdf, source), start=1):
            try:
                content = _read_page(page, number)
                job = _ocr_job(page, content, source, settings)
            except Exception as exc:
                raise CorruptDocument(source, f"cannot read page ({type(exc).__name__}: {exc})", number) from exc
            pages.append(content)
            if job is not None:
                jobs.append(job)
    if not pages:
        raise CorruptDocument(source, "PDF has no pages")
    ocred, issues = ocr_backend.run_jobs(jobs, settings)
    backend = BACKEND if not jobs else ocr_backend.BACKEND if len(jobs) == len(pages) else \
        f"{BACKEND}+{ocr_backend.BACKEND}"
    return DocumentContent(source, "pdf", backend, tuple(ocred.get(p.number, p) for p in pages), tuple(issues))


def _ocr_job(page: Any, content: PageContent, source: str, settings: LayoutSettings) -> ocr_backend.OcrJob | None:
    """An OCR job for a page with no usable text layer that shows an image (a scan)."""
    readable = [w for w in content.words if "(cid:" not in w["text"]]
    if len(readable) >= settings.ocr_min_words:
        return None
    page_area = max(1.0, content.width * content.height)
    images = [i for i in page.images if i["x1"] > i["x0"] and i["bottom"] > i["top"]]
    cover = sum((i["x1"] - i["x0"]) * (i["bottom"] - i["top"]) for i in images) / page_area
    if cover < SCAN_MIN_COVER:
        return None
    largest = max(images, key=lambda i: (i["x1"] - i["x0"]) * (i["bottom"] - i["top"]))
    srcsize = largest.get("srcsize") or (0, 0)
    native = float(srcsize[0]) * 72.0 / (largest["x1"] - largest["x0"]) if srcsize[0] else None
    return ocr_backend.OcrJob(source, "pdf", content.number - 1, content.number, content.width, content.height,
                              ocr_backend.ocr_dpi(native, settings))


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
    pdf_chars.install(page)
    words = tuple(
        {"text": w["text"], "x0": w["x0"], "top": w["top"], "x1": w["x1"], "bottom": w["bottom"],
         "size": w.get("size", 0.0), "color": _text_colour(w.get("chars") or ())}
        for w in page.extract_words(x_tolerance=1.5, y_tolerance=2.5, keep_blank_chars=False,
                                    extra_attrs=["size"], return_chars=True)
    )
    return PageContent(
        number=number,
        width=float(page.width),
        height=float(page.height),
        words=words,
        rules=tuple(_rules(page)),
        shapes=tuple(_shapes(page)),
    )


def _text_colour(chars: Any) -> tuple[float, float, float] | None:
    """A word's fill colour (pdfplumber char `non_stroking_color`): the colour most of its
    printed characters share. Taken from the word's chars rather than passed as an
    `extra_attrs` key, so that a colour change never splits a word differently than before."""
    raw: dict[Any, int] = {}  # each distinct printed colour converted once, not per character
    for char in chars:
        if str(char.get("text", "")).strip():
            colour = _hashable(char.get("non_stroking_color"))
            raw[colour] = raw.get(colour, 0) + 1
    counts: dict[tuple[float, float, float], int] = {}
    for colour, count in raw.items():
        rgb = _rgb(colour)
        if rgb is not None:
            rgb = (round(rgb[0], 4), round(rgb[1], 4), round(rgb[2], 4))
            counts[rgb] = counts.get(rgb, 0) + count
    return max(counts, key=lambda c: counts[c]) if counts else None


def _hashable(colour: Any) -> Any:
    """A colour as a dict key: pdfminer gives an "scn" colour as a list, pdfplumber wraps it
    in a tuple; numbers stay numbers, so `_rgb` reads the key as it read the colour."""
    if type(colour) is tuple and all(type(c) is float or type(c) is int for c in colour):
        return colour  # the common case, as it is
    if isinstance(colour, list | tuple):
        return tuple(_hashable(c) for c in colour)
    return colour if getattr(type(colour), "__hash__", None) else repr(colour)


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
