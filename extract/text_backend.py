"""Text-export backend (.txt, .md): OCR output, converter Markdown, PowerPoint text.

Text has no coordinates, so this backend gives each line a synthetic position: line
n sits at top = n × LINE_PITCH, a word at CHAR_WIDTH per character of its offset.
Tab-separated rows (converter Markdown tables, seeds 001 and 004) put cell c of every
row of a block of consecutive tab rows at the same x, after the widest cell of each
column before it plus COLUMN_GAP, so header labels and body cells of one column line
up as they would on a page; each word of a tab row carries its "cell" (block, row,
column), as a PPTX table cell does, since no rule separates the rows. Family parsers read
these as words like any other page.
A form feed starts a new page.
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
    starts, rows = _column_starts(lines)
    for index, line in enumerate(lines):
        top = index * LINE_PITCH
        for column, cell in enumerate(line.split("\t")):
            found = _words(cell, starts[index][column] if column else 0.0, top)
            if index in rows:  # a tab row is a table's row: its words know their cell
                found = [{**w, "cell": (*rows[index], column)} for w in found]
            words += found
    width = max((w["x1"] for w in words), default=0.0)
    return PageContent(number=number, width=width, height=len(lines) * LINE_PITCH, words=tuple(words))


def _column_starts(lines: list[str]) -> tuple[list[list[float]], dict[int, tuple[int, int]]]:
    """x of each cell of each line, shared by all rows of one block of consecutive tab rows;
    and each tab row's (block, row): what a page's table rules would tell apart."""
    starts: list[list[float]] = [[0.0] for _ in lines]
    rows_of: dict[int, tuple[int, int]] = {}
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
            rows_of[i] = (index, i - index)
        index = end
    return starts, rows_of


def _words(cell: str, left: float, top: float) -> list[Geometry]:
    """Words of one cell, placed left to right from `left` by their character offsets."""
    plain = _MARKUP.sub("", cell)
    words = []
    for match in re.finditer(r"\S+", plain):
        x0 = left + match.start() * CHAR_WIDTH
        words.append({"text": match.group(), "x0": x0, "top": top, "x1": x0 + len(match.group()) * CHAR_WIDTH,
                      "bottom": top + LINE_PITCH * 0.8, "size": LINE_PITCH * 0.8})
    return words
