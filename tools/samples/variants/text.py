"""Text exports of a rendered variant, the way users' tools flatten a deck into text.

The seed texts (samples/text_exports, ../shared/seeds) came from four kinds of tool: an
OCR of the slides, PowerPoint's own text, a converter's Markdown with tab-separated
tables, and a PDF-to-text dump that flattens table rows.  A variant's text export is
drawn from the seed among tools of those kinds that run here, so the text paths are
measured on many layouts instead of the five seed texts alone:

- poppler's pdftotext of the PDF export, in reading order ("pdftotext"), keeping the
  physical layout with spaces ("pdftotext -layout") or in content-stream order ("-raw");
- the PPTX's text in shape order as PowerPoint saves it: every paragraph and every table
  cell on a line of its own ("pptx-lines"), or table rows with tab-separated cells as a
  converter writes them ("pptx-tabs").

Text carries no colour: the gold of a text export has no traffic lights (a coloured "●"
prints as a bare glyph).  Charts are drawings, not text: their values are in the gold
and a reader that cannot find them in the text misses them, as it would on a user's file.
"""

from __future__ import annotations

import json
import random
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.shapes.base import BaseShape
from pptx.shapes.group import GroupShape

TOOLS = ("pdftotext", "pdftotext -layout", "pdftotext -raw", "pptx-lines", "pptx-tabs")


@dataclass(frozen=True)
class TextStyle:
    tool: str

    def describe(self) -> str:
        return f"text export: {self.tool}"


def draw_style(seed: int) -> TextStyle:
    rng = random.Random(seed * 6007 + 29)  # its own stream: the layout's draws stay as they were
    return TextStyle(rng.choice(TOOLS))


def text_export(pdf: Path, pptx: Path, seed: int, target: Path) -> TextStyle:
    """Write `target`, the text export of the variant drawn from `seed`; returns the style."""
    style = draw_style(seed)
    if style.tool.startswith("pdftotext"):
        flags = style.tool.split()[1:]
        subprocess.run(["pdftotext", "-enc", "UTF-8", *flags, str(pdf), str(target)], check=True,
                       capture_output=True, timeout=120)
    else:
        target.write_text(_pptx_text(pptx, tabs=style.tool == "pptx-tabs"), encoding="utf-8")
    return style


def strip_lights(gold: dict[str, Any]) -> dict[str, Any]:
    """The gold of a text export: the same facts, without the colours text cannot carry."""
    gold = json.loads(json.dumps(gold))
    for key in ("goals", "kr_values"):
        for item in gold.get(key, []):
            if "status" in item:
                item["status"] = None
    return gold


def _pptx_text(pptx: Path, tabs: bool) -> str:
    slides = []
    for slide in Presentation(str(pptx)).slides:
        lines: list[str] = []
        for shape in _in_order(slide.shapes):
            lines += _shape_lines(shape, tabs)
        slides.append("\n".join(lines))
    return "\n\n".join(slides) + "\n"


def _in_order(shapes: Any) -> list[BaseShape]:
    """Shapes top to bottom, then left to right, groups opened in place."""
    flat: list[BaseShape] = []
    for shape in shapes:
        flat += _in_order(shape.shapes) if isinstance(shape, GroupShape) else [shape]
    return sorted(flat, key=lambda s: (int(s.top or 0), int(s.left or 0)))


def _shape_lines(shape: BaseShape, tabs: bool) -> list[str]:
    if getattr(shape, "has_table", False):
        rows = [[" ".join(cell.text.split()) for cell in row.cells] for row in shape.table.rows]
        if tabs:
            return ["\t".join(row) for row in rows]
        return [cell for row in rows for cell in row if cell]
    if getattr(shape, "has_text_frame", False):
        # A line break inside a paragraph (python-pptx gives it as a vertical tab) is a new
        # line of the export, as PowerPoint writes it.
        text = "\n".join(p.text for p in shape.text_frame.paragraphs).replace("\v", "\n")
        return [line.strip() for line in text.split("\n") if line.strip()]
    return []
