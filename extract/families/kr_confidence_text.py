"""Text export of the key-result confidence table (seed 003 as plain text).

The export prints the PDF table without positions: the lines of a row's cells that sat
at one height are flattened into one text line ("Toimiala Tulosalue Tavoite Avaintulos
score"), wrapped cells go on over the following lines, and every page repeats the county
goal (its title) and the header ("Toimiala Tulosalue Tavoite Avaintulos" with
"Luottavaisuus"/"arvio" below). This module finds the headers and the titles, cuts the
running text into rows where a division of the vocabulary starts a line, and takes each
row's score off its end; `kr_confidence_text_cells` splits the rest of each row into
result area, goal and key result with what the document repeats. The rows it returns
have the shape `kr_confidence._emit` takes, so both paths build the same records.
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz.distance import Levenshtein

from okr_warehouse.text import fold, squash
from okr_warehouse.vocabulary import CONFIDENCE_TABLE_COLUMNS, KR_CONFIDENCE_TEXT_DIVISIONS

from .. import layout
from ..page import DocumentContent, Geometry
from ..records import Printed
from ..settings import LayoutSettings
from .base import printed
from .kr_confidence_text_cells import Token, split_cells, token_text

REQUIRED_LABELS = 4
MAX_TITLE_LINES = 4
DIVISION_TYPOS = 1
"""Edits tolerated between a printed division and its vocabulary name (names of 10+ letters)."""

_LABELS = {key: tuple(fold(alt) for alt in alts) for key, alts in CONFIDENCE_TABLE_COLUMNS.items()}
_DIVISIONS = tuple(sorted({fold(name) for name in KR_CONFIDENCE_TEXT_DIVISIONS}, key=len, reverse=True))
_SCORE = re.compile(r"\d{1,3}(?:[.,]\d+)?")
_PAGE_NUMBER = re.compile(r"\d{1,3} ?/ ?\d{1,3}")

Line = list[Token]


def has_header(content: DocumentContent, settings: LayoutSettings) -> bool:
    """True when the text holds the table header with the key-result and score columns."""
    lines = _document_lines(content, settings)
    return any(_header_end(lines, index) is not None for index in range(len(lines)))


def table_rows(content: DocumentContent, settings: LayoutSettings, extractor: str
               ) -> tuple[list[dict[str, Any]], list[str]]:
    """The table's rows as {"cells": {column key: Printed}, "title": Printed | None}, and issues."""
    lines = _document_lines(content, settings)
    issues: list[str] = []
    stream = _body_stream(lines, extractor, issues)
    if stream is None:
        return [], ["page 1: no key-result confidence table header found"]
    rows = _rows(stream, issues)
    split_cells(rows, issues)
    return [_cells(row, extractor) for row in rows if row.get("key_result")], issues


def _document_lines(content: DocumentContent, settings: LayoutSettings) -> list[Line]:
    """Every printed line of every page, its words tagged with page and running line number."""
    lines: list[Line] = []
    for page in content.pages:
        for line in layout.cluster_lines(page.words, settings):
            number = len(lines)
            lines.append([{**word, "page": page.number, "line": number, "starts_line": i == 0}
                          for i, word in enumerate(line["words"])])
    return lines


# --- headers and page titles ---------------------------------------------------------------


def _header_end(lines: list[Line], index: int) -> int | None:
    """When a table header starts at lines[index]: the index of the first line after it.

    A header is a run of lines holding nothing but column labels, a label possibly split
    over words or lines ("Luottavaisuus" / "arvio").
    """
    keys: set[str] = set()
    pending = ""
    end = index
    while end < len(lines):
        matched = _label_line(lines[end], pending)
        if matched is None:
            break
        found, pending = matched
        keys |= found
        end += 1
    if len(keys) >= REQUIRED_LABELS and {"key_result", "confidence"} <= keys:
        return end
    return None


def _label_line(line: Line, pending: str) -> tuple[set[str], str] | None:
    """The column keys a line of labels names and the label left open at its end; None
    when the line holds any other word."""
    keys: set[str] = set()
    for word in line:
        folded = fold(word["text"])
        if not folded:
            continue
        joined = pending + folded
        if _label_prefix(joined):
            pending = joined
        elif _label_prefix(folded):
            pending = folded
        else:
            return None
        keys |= {key for key, alts in _LABELS.items() if pending in alts}
    return keys, pending


def _label_prefix(folded: str) -> bool:
    return any(alt.startswith(folded) for alts in _LABELS.values() for alt in alts)


def _body_stream(lines: list[Line], extractor: str, issues: list[str]) -> list[dict[str, Any]] | None:
    """The table's body lines in reading order as {"line", "title" (the county goal above
    them), "after_header"}: headers, repeated page titles and page numbers left out.
    None when the text has no table header."""
    stream: list[dict[str, Any]] = []
    known: list[str] = []
    title: Printed | None = None
    start = index = 0
    while index < len(lines):
        end = _header_end(lines, index)
        if end is None:
            index += 1
            continue
        before = _drop_page_numbers(lines[start:index], head=int(start > 0), tail=MAX_TITLE_LINES + 1)
        count = _title_count(before, known, first=start == 0, header_page=lines[index][0]["page"])
        stream += _entries(before[:len(before) - count], title, after_header=start > 0)
        if count:
            title = printed(_flat(before[-count:]), before[-count][0]["page"], extractor,
                            text="\n".join(_line_text(ln) for ln in before[-count:]))
            known.append(fold(title.text))
        elif title is None:
            issues.append(f"page {lines[index][0]['page']}: no county goal (page title) above the table header")
        start = index = end
    if start == 0:
        return None
    return stream + _entries(_drop_page_numbers(lines[start:], head=1, tail=1), title, after_header=True)


def _drop_page_numbers(lines: list[Line], head: int, tail: int) -> list[Line]:
    """The lines without the page numbers ("2 / 3") among the first `head` and last `tail`
    (where a page ends and the next begins)."""
    edge = len(lines) - tail
    return [line for i, line in enumerate(lines)
            if not ((i < head or i >= edge) and _PAGE_NUMBER.fullmatch(_line_text(line)))]


def _entries(lines: list[Line], title: Printed | None, after_header: bool) -> list[dict[str, Any]]:
    return [{"line": line, "title": title, "after_header": after_header and i == 0} for i, line in enumerate(lines)]


def _title_count(before: list[Line], known: list[str], first: bool, header_page: int) -> int:
    """How many of the lines just above a header are the page title (the county goal)."""
    limit = min(MAX_TITLE_LINES, len(before))
    if first:
        return limit
    for count in range(1, limit + 1):
        if fold(" ".join(_line_text(ln) for ln in before[-count:])) in known:
            return count
    on_page = sum(1 for ln in before if ln[0]["page"] == header_page)
    if 0 < on_page < len(before) and on_page <= limit and not any(_division_at(ln) for ln in before[-on_page:]):
        return on_page
    return _title_after_score(before, limit)


def _title_after_score(before: list[Line], limit: int) -> int:
    """Lines between the last row's score and the header, none of them starting a row."""
    for count in range(1, limit + 1):
        if _division_at(before[-count]) or _score_only(before[-count]):
            return 0
        above = before[-count - 1] if count < len(before) else None
        if above is None or _is_score(above[-1]["text"]):
            return count
    return 0


# --- rows ----------------------------------------------------------------------------------


def _rows(stream: list[dict[str, Any]], issues: list[str]) -> list[dict[str, Any]]:
    """Cut the body into rows: a row starts on a line that starts with a division (unless
    the row so far is only its division: then the line is its result area, "Pelastustoimi"
    twice). The first line under a header continues the row the page break cut; any other
    line that follows a score-only line without starting a division is reported and skipped."""
    rows: list[dict[str, Any]] = []
    for index, entry in enumerate(stream):
        line, current = entry["line"], rows[-1] if rows else None
        length = _division_at([w for e in stream[index:index + 4] for w in e["line"]][:12])
        if length and not (current and _division_only(current)):
            rows.append({"title": entry["title"], "division": length, "parts": [list(line)]})
        elif current is None or (not current.get("orphan") and not entry["after_header"]
                                 and _score_only(stream[index - 1]["line"])):
            issues.append(f"page {line[0]['page']}: text {token_text(line)!r} starts no row of a known "
                          "division; skipped up to the next row")
            rows.append({"orphan": True, "parts": [list(line)]})
        elif entry["after_header"]:
            current["parts"].append(list(line))
        else:
            current["parts"][-1] += line
    return [_row(row) for row in rows if not row.get("orphan")]


def _division_only(row: dict[str, Any]) -> bool:
    return len(row["parts"]) == 1 and len(row["parts"][0]) <= row["division"]


def _score_only(line: Line) -> bool:
    return len(line) == 1 and _is_score(line[0]["text"])


def _row(row: dict[str, Any]) -> dict[str, Any]:
    """Division, body and score of a row. The score ends the row — or, for a row a page
    break cut, the part printed before the break."""
    parts = [list(part) for part in row["parts"]]
    score = None
    for part in reversed(parts):
        if len(part) > (row["division"] if part is parts[0] else 0) and _is_score(part[-1]["text"]):
            score = part.pop()
            break
    tokens = [word for part in parts for word in part]
    return {"title": row["title"], "division": tokens[:row["division"]], "score": score,
            "body": tokens[row["division"]:]}


def _division_at(tokens: list[Token]) -> int:
    """How many leading tokens spell a division of the vocabulary (0 when none does)."""
    if not tokens or not tokens[0]["text"][0].isalpha():
        return 0
    folded = ""
    for count, token in enumerate(tokens, start=1):
        folded += fold(token["text"])
        if any(_same_name(folded, name) for name in _DIVISIONS):
            return count
        if len(folded) > len(_DIVISIONS[0]) + DIVISION_TYPOS:
            return 0
    return 0


def _same_name(folded: str, name: str) -> bool:
    if folded == name:
        return True
    if len(name) < 10 or folded[:1] != name[:1]:
        return False
    return Levenshtein.distance(folded, name, score_cutoff=DIVISION_TYPOS) <= DIVISION_TYPOS


def _is_score(text: str) -> bool:
    """A bare number 0–100 ("94,4"); "100 %" or "2025" is key-result text, not a score."""
    return bool(_SCORE.fullmatch(text)) and float(text.replace(",", ".")) <= 100


# --- cells ---------------------------------------------------------------------------------


def _cells(row: dict[str, Any], extractor: str) -> dict[str, Any]:
    score = row["parse_score"]
    parts = {"division": row["division"], "result_area": row.get("result_area"), "goal": row.get("goal"),
             "key_result": row["key_result"], "confidence": [row["score"]] if row["score"] else None}
    cells = {key: _printed(tokens, extractor, score) for key, tokens in parts.items() if tokens}
    return {"cells": cells, "title": row["title"]}


def _printed(tokens: list[Token], extractor: str, score: float) -> Printed:
    page = tokens[0]["page"]
    lines: dict[int, list[Token]] = {}
    for token in tokens:
        lines.setdefault(token["line"], []).append(token)
    text = "\n".join(_line_text(ln) for ln in lines.values())
    return printed([t for t in tokens if t["page"] == page], page, extractor, text=text, parse_score=score)


def _line_text(line: Line) -> str:
    return squash(" ".join(word["text"] for word in line))


def _flat(lines: list[Line]) -> list[Geometry]:
    return [word for line in lines for word in line]
