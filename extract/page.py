"""The page model every backend produces and every report-family parser reads.

Geometry objects are plain dicts with one set of keys, as pdfplumber's are:
- word:  {"text", "x0", "top", "x1", "bottom", "size", "color"?}   color: the text's (r, g, b) or None
- rule:  {"x0", "x1", "y"}                       a horizontal line or a filled band's edge
- shape: {"kind", "x0", "top", "x1", "bottom", "fill"}   fill is (r, g, b) in 0..1 or None
- table: {"x0", "top", "x1", "bottom", "rows": [[cell, ...], ...]}   explicit tables (PPTX)
- cell:  {"text", "x0", "top", "x1", "bottom", "fill", "size", "color"?, "colors"?}   text keeps its
         paragraph breaks; colors: one text colour (or None) per printed line, color: the frame's
- text box: {"text", "x0", "top", "x1", "bottom", "size", "color"?, "colors"?} a PPTX text frame
Coordinates are points from the page's top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Geometry = dict[str, Any]


@dataclass(frozen=True)
class PageContent:
    number: int  # 1-based page or slide number
    width: float
    height: float
    words: tuple[Geometry, ...] = ()
    text_boxes: tuple[Geometry, ...] = ()
    tables: tuple[Geometry, ...] = ()
    rules: tuple[Geometry, ...] = ()
    shapes: tuple[Geometry, ...] = ()

    def all_text(self) -> str:
        """Every text on the page, for report-family detection."""
        parts = [w["text"] for w in self.words]
        parts += [b["text"] for b in self.text_boxes]
        for table in self.tables:
            parts += [cell["text"] for row in table["rows"] for cell in row]
        return " ".join(parts)


@dataclass(frozen=True)
class DocumentContent:
    """A backend's view of one file: its pages and how it was read."""

    source_path: str
    file_format: str
    backend: str
    pages: tuple[PageContent, ...]
    issues: tuple[str, ...] = ()
    """Pages the backend could not read ("page N: why", e.g. an OCR timeout); the
    document becomes partial and its other pages still load."""
