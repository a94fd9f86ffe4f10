"""Text-export backend (.txt, .md): OCR output, converter Markdown, PowerPoint text.

Text has no coordinates, so this backend gives each line a synthetic position: line
n sits at top = n × LINE_PITCH, a word at CHAR_WIDTH per character of its offset.
Tab-separated rows (converter Markdown tables, seeds 001 and 004) put cell c of every
row of a block of consecutive tab rows at the same x, after the widest cell of each
column before it plus COLUMN_GAP, so header labels and body cells of one column line
up as they would on a page, and each of their words knows its cell ("cell": block, row,
column): a tab row is one table row, as a PPTX table's cells say (a table's rows are one
line pitch apart, which geometry alone would read as one wrapped row). Family parsers read
these as words like any other page.
A form feed starts a new page; so does a Markdown level-1 heading ("# …") after text, as a
converter writes each page's or slide's title (seed 001). A Markdown heading keeps its level
as type size: level n is HEADING_SCALE ** (7 - n) times the body size (level 1 largest), so
a page's title is its largest type as on the page the text came from.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import CorruptDocument
from .page import DocumentContent, Geometry, PageContent

BACKEND = "text"
LINE_PITCH = 12.0
CHAR_WIDTH = 5.0
COLUMN_GAP = 40.0
HEADING_SCALE = 1.1
"""Each Markdown heading level is this much larger than the next: six levels span 1.1–1.8 times
the body type, the range of a slide's title over its text."""
_MARKUP = re.compile(r"</?(?:b|i|p|ul|li|strong|em)>|^#+\s*|\*\*|^\s*([-*_])\1{2,}\s*$")
"""Markup, not text: HTML emphasis, a heading's "#", bold "**", a thematic break ("---")."""
_HEADING = re.compile(r"^(#{1,6})\s")
_PAGE_HEADING = re.compile(r"^#\s", re.MULTILINE)


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
    chunks = text.split("\f")
    if len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()  # pdftotext ends every page with a form feed: none follows the last one
    chunks = [part for chunk in chunks for part in _heading_pages(chunk)]
    pages = [_page(number, chunk) for number, chunk in enumerate(chunks, start=1)]
    return DocumentContent(source, "text", BACKEND, tuple(pages))


def _heading_pages(text: str) -> list[str]:
    """The text cut before each level-1 Markdown heading that has text before it."""
    cuts = [m.start() for m in _PAGE_HEADING.finditer(text) if text[:m.start()].strip()]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _page(number: int, text: str) -> PageContent:
    words: list[Geometry] = []
    lines = text.split("\n")
    starts, cells = _column_starts(lines)
    for index, line in enumerate(lines):
        top = index * LINE_PITCH
        heading = _HEADING.match(line)
        scale = HEADING_SCALE ** (7 - len(heading.group(1))) if heading else 1.0
        row = cells[index]
        for column, cell in enumerate(line.split("\t")):
            placed = _words(cell, starts[index][column] if column else 0.0, top, scale)
            if row is not None:
                placed = [{**word, "cell": (row[0], row[1], column)} for word in placed]
            words += placed
    width = max((w["x1"] for w in words), default=0.0)
    return PageContent(number=number, width=width, height=len(lines) * LINE_PITCH, words=tuple(words))


def _column_starts(lines: list[str]) -> tuple[list[list[float]], list[tuple[int, int] | None]]:
    """x of each cell of each line, shared by all rows of one block of consecutive tab rows,
    and each tab row's (block, row)."""
    starts: list[list[float]] = [[0.0] for _ in lines]
    cells: list[tuple[int, int] | None] = [None for _ in lines]
    index = 0
    while index < len(lines):
        if "\t" not in lines[index]:
            index += 1
            continue
        end = index
        while end < len(lines) and "\t" in lines[end]:
            end += 1
        rows = [lines[i].split("\t") for i in range(index, end)]
        widths = [max(len(_MARKUP.sub("", row[c])) for row in rows if c < len(row))
                  for c in range(max(len(row) for row in rows))]
        xs = [0.0]
        for width in widths[:-1]:
            xs.append(xs[-1] + width * CHAR_WIDTH + COLUMN_GAP)
        for i in range(index, end):
            starts[i] = xs
            cells[i] = (index, i - index)
        index = end
    return starts, cells


def _words(cell: str, left: float, top: float, scale: float = 1.0) -> list[Geometry]:
    """Words of one cell, placed left to right from `left` by their character offsets."""
    plain = _MARKUP.sub("", cell)
    words = []
    for match in re.finditer(r"\S+", plain):
        x0 = left + match.start() * CHAR_WIDTH
        words.append({"text": match.group(), "x0": x0, "top": top, "x1": x0 + len(match.group()) * CHAR_WIDTH,
                      "bottom": top + LINE_PITCH * 0.8, "size": LINE_PITCH * 0.8 * scale})
    return words
