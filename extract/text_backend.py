"""Text-export backend (.txt, .md): OCR output, converter Markdown, PowerPoint text.

Text has no coordinates, so this backend gives each line a synthetic position: line
n sits at top = n × LINE_PITCH; a tab-separated row (converter Markdown tables, seeds
001 and 004) puts its cells at x = column × COLUMN_PITCH, so header labels and body
cells of one column line up as they would on a page. Family parsers read these
as words like any other page. A form feed starts a new page.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import CorruptDocument
from .page import DocumentContent, Geometry, PageContent

BACKEND = "text"
LINE_PITCH = 12.0
COLUMN_PITCH = 400.0
CHAR_WIDTH = 5.0
_MARKUP = re.compile(r"</?(?:b|i|p|ul|li|strong|em)>|^#+\s*|\*\*")


def decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:4096]:
        raise CorruptDocument(source, "binary content, not a text export")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_text(path: Path) -> DocumentContent:
    source = str(path)
    text = decode(path.read_bytes(), source).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorruptDocument(source, "text export holds no text")
    pages = [_page(number, chunk) for number, chunk in enumerate(text.split("\f"), start=1)]
    return DocumentContent(source, "text", BACKEND, tuple(pages))


def _page(number: int, text: str) -> PageContent:
    words: list[Geometry] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        top = index * LINE_PITCH
        for column, cell in enumerate(line.split("\t")):
            words += _words(cell, column * COLUMN_PITCH, top)
    width = max(COLUMN_PITCH, max((w["x1"] for w in words), default=0.0))
    return PageContent(number=number, width=width, height=len(lines) * LINE_PITCH, words=tuple(words))


def _words(cell: str, left: float, top: float) -> list[Geometry]:
    """Words of one cell, placed left to right from `left` by their character offsets."""
    plain = _MARKUP.sub("", cell)
    words = []
    for match in re.finditer(r"\S+", plain):
        x0 = left + match.start() * CHAR_WIDTH
        words.append({"text": match.group(), "x0": x0, "top": top, "x1": x0 + len(match.group()) * CHAR_WIDTH,
                      "bottom": top + LINE_PITCH * 0.8, "size": LINE_PITCH * 0.8})
    return words
