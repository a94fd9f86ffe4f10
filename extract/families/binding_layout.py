"""Lines and blocks of the council-binding goals appendix (family `binding_goals_annual`).

Every page becomes positioned *lines* of *pieces* (a piece is one `layout.segments`
run of text: a PDF word run, a PPTX paragraph or table cell) that keep their words, so
tables can be cut at word level. Running page furniture (page numbers, repeated
footers) is dropped. The document's lines, page after page, are then cut into *blocks*
at the labels that start each part of a goal's pages: the goal's key-value table
(Tavoite / Mittari (KPI) / Strateginen painopiste / Mittarin vastuutaho), the
Päätehtävät task table, the Päätehtävät | Q1 … Q4 timeline, the colour legend,
Tiivistelmä, Mittarin arvo / tilanne, the per-theme overview table, and headings
(text clearly larger than the body text, or the title lines right above a goal table).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from statistics import median
from typing import Any

from rapidfuzz.distance import Levenshtein

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import (
    BINDING_GOAL_LABELS,
    BINDING_MEASURE_LABELS,
    BINDING_OVERVIEW_HEADER,
    BINDING_SUMMARY_LABELS,
    BINDING_TASK_COLUMNS,
    LIGHT_LABELS,
    PERIODS,
)

from .. import layout
from ..page import DocumentContent, Geometry, PageContent
from ..settings import LayoutSettings
from . import binding_ocr

GLYPHS = frozenset("●•■▪◆◼□○◦→➔➜►▶▸✓✔·")
"""Bullets, legend squares and arrows: drawn marks, never data."""
HEADING_RATIO = 1.3
"""A line at least this many times the document's usual text size is a heading."""
FURNITURE_BAND = 0.08
"""Share of the page height at its top and bottom where running headers/footers sit."""
TITLE_RATIO = 1.2
"""A goal's title is printed at least this many times the size of its table's text."""
KV_LOOKAHEAD = 60
"""How many lines below a "Tavoite" label the other goal-table labels may be."""
OCR_LABEL_MIN = 8
"""An OCR'd label this long may differ from the printed one by one letter."""
LOST_LABEL_LOOKBACK = 4
"""How many lines above "Mittari (KPI)" a Tavoite row whose label OCR lost may start."""
LEGEND_MARK_CHARS = 2
"""Characters OCR may make of a legend entry's coloured square."""

Line = dict[str, Any]
_PERIOD_WORDS = {fold(k): v for k, v in PERIODS.items() if v.startswith("Q")}
_LEGEND = sorted({fold(label) for label, _ in LIGHT_LABELS}, key=len, reverse=True)
_TASK_NAMES = tuple(fold(alt) for alt in BINDING_TASK_COLUMNS["name"])
_TASK_OTHERS = tuple(fold(alt) for key, alts in BINDING_TASK_COLUMNS.items() if key != "name" for alt in alts)
_DESCRIPTION = fold(BINDING_TASK_COLUMNS["description"][0])
_TASK_LABELS = {key: tuple(fold(alt) for alt in alts) for key, alts in BINDING_TASK_COLUMNS.items()}
_TASK_REST = ("responsible", "description", "status")
_OVERVIEW = tuple(fold(part) for part in BINDING_OVERVIEW_HEADER)
_SUMMARY = {fold(label) for label in BINDING_SUMMARY_LABELS}
_MEASURE = {fold(label) for label in BINDING_MEASURE_LABELS}


@dataclass
class Block:
    """A run of lines that starts at one label (kind) and ends before the next."""

    kind: str  # kv | tasks | timeline | legend | summary | measure | overview | heading | text
    lines: list[Line] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)  # kv: line index in `lines` → label key

    @property
    def page(self) -> int:
        return int(self.lines[0]["page"])


# --------------------------------------------------------------------------------------
# pieces and lines
# --------------------------------------------------------------------------------------
def page_lines(page: PageContent, settings: LayoutSettings) -> list[Line]:
    """The page's text as lines of pieces, top to bottom; drawn glyphs dropped (OCR'd
    lines sized by their letters, see binding_ocr)."""
    page = replace(page, words=binding_ocr.clean_words(page.words))
    pieces = _word_pieces(page, settings)
    others = layout.segments(replace(page, words=()), settings)
    pieces += [{**s, "words": [s]} for s in others]
    pieces = [p for p in pieces if not is_glyph(p["text"])]
    lines = []
    for clustered in layout.cluster_lines(pieces, settings):
        members = clustered["words"]
        words = sorted((w for p in members for w in p["words"]), key=lambda w: w["x0"])
        lines.append({**{k: clustered[k] for k in ("text", "x0", "top", "x1", "bottom")},
                      "page": page.number, "pieces": members, "words": words,
                      "folded": fold(clustered["text"]), "word_folds": [fold(w["text"]) for w in words],
                      "size": max(p.get("size") or 0.0 for p in members)})
    return lines


def _word_pieces(page: PageContent, settings: LayoutSettings) -> list[Geometry]:
    """PDF words cut into runs exactly as `layout.segments` cuts them, drawn marks left out."""
    return layout.word_runs([w for w in page.words if not is_glyph(w["text"])], settings)


def is_glyph(text: str) -> bool:
    """True for a text made only of drawn marks (or nothing), or a table border OCR read."""
    return all(c in GLYPHS for c in text if not c.isspace()) or binding_ocr.is_border(text.strip())


def document_lines(content: DocumentContent, settings: LayoutSettings) -> list[Line]:
    """Every page's lines in reading order, without running headers/footers and page numbers."""
    per_page = [page_lines(page, settings) for page in content.pages]
    keys = Counter(key for page, lines in zip(content.pages, per_page, strict=True)
                   for ln in lines if (key := _furniture_key(ln, page)))
    limit = max(3, len(content.pages) // 3)
    out = []
    for page, lines in zip(content.pages, per_page, strict=True):
        edges = (lines[0], lines[-1]) if lines else ()
        out += [ln for ln in lines if not (keys.get(_furniture_key(ln, page) or ("", -1), 0) >= limit or
                                           (any(ln is e for e in edges) and _page_number(ln, page)))]
    return out


def _furniture_key(line: Line, page: PageContent) -> tuple[str, int] | None:
    """Text (digits masked) and height band of a line at the page's top or bottom edge."""
    band = FURNITURE_BAND * page.height
    if band < line["bottom"] and line["top"] < page.height - band:
        return None
    text = re.sub(r"\d+", "#", line["folded"])
    return (text, round(line["top"] / max(line["size"], 1.0))) if text.strip("#") else None


def _page_number(line: Line, page: PageContent) -> bool:
    """A lone number (or "4 / 53") as the first or last line, in the page's edge band."""
    band = FURNITURE_BAND * page.height
    edge = line["bottom"] <= band or line["top"] >= page.height - band
    return edge and re.fullmatch(r"\d{1,4}(\s*/\s*\d{1,4})?", line["text"].strip()) is not None


# --------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------
def leading_label(line: Line, labels: dict[str, tuple[str, ...]]) -> tuple[str, int] | None:
    """The label the line starts with (longest match over its first words) and how many
    words it takes. A single long word that only starts a label (wrapped label cell,
    "Strateginen" / "painopiste") counts as that label."""
    wanted = _folded_labels(labels)
    longest = max(len(alt) for _, alt in wanted)
    best: tuple[str, int, int] | None = None
    acc = ""
    ocr = binding_ocr.is_ocr(line["words"])
    for count, folded in enumerate(line["word_folds"][:6], start=1):
        acc += folded
        for key, alt in wanted:
            if _same_label(acc, alt, ocr) and (best is None or len(alt) > best[2]):
                best = (key, count, len(alt))
        if len(acc) >= longest:
            break
    if best:
        return best[0], best[1]
    first = line["word_folds"][0] if line["word_folds"] else ""
    partial = {key for key, alt in wanted if len(first) >= 6 and alt.startswith(first)}
    return (partial.pop(), 1) if len(partial) == 1 else None


def _same_label(text: str, label: str, ocr: bool) -> bool:
    """Equal folded; OCR'd, a long label also with one letter misread or lost ("Mittari (KP!)")."""
    if text == label:
        return True
    return ocr and len(label) >= OCR_LABEL_MIN and Levenshtein.distance(text, label, score_cutoff=1) <= 1


def _folded_labels(labels: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    key = id(labels)
    if key not in _LABEL_CACHE:
        _LABEL_CACHE[key] = [(name, fold(alt)) for name, alts in labels.items() for alt in alts]
    return _LABEL_CACHE[key]


_LABEL_CACHE: dict[int, list[tuple[str, str]]] = {}


def is_legend(line: Line) -> bool:
    """A line of light legend entries and nothing else. OCR reads a legend's coloured
    squares as a letter or two ("m Työ edistyy …", "«= Työ …"): up to LEGEND_MARK_CHARS
    stray characters per entry are tolerated."""
    text = line["folded"]
    if not any(0 <= text.find(label) <= LEGEND_MARK_CHARS for label in _LEGEND):
        return False
    entries = 0
    for label in _LEGEND:
        entries += text.count(label)
        text = text.replace(label, "")
    return len(text) <= LEGEND_MARK_CHARS * entries


def period_word(word: Geometry) -> str | None:
    """Q1..Q4 when the word is a bare quarter label ("Q3", "Q3:"; OCR'd also as its misreadings
    "01:", "Qi:", "O4")."""
    folded = fold(word["text"])
    return _PERIOD_WORDS.get(folded) or binding_ocr.misread_quarter(word, folded)


def period_label(word: Geometry) -> Geometry:
    """The quarter label as printed, or (an OCR misreading) as the quarter it reads."""
    period = period_word(word)
    return word if period is None or fold(word["text"]) in _PERIOD_WORDS else {**word, "text": period}


def _task_header(line: Line, below: Line | None, settings: LayoutSettings) -> Geometry | None:
    named = any(name in line["folded"] for name in _TASK_NAMES)
    if not named and not all(any(alt in line["folded"] for alt in _TASK_LABELS[key]) for key in _TASK_REST):
        return None
    if not any(other in line["folded"] or (below and other in below["folded"]) for other in _TASK_OTHERS):
        return None
    found = layout.find_header([line, below] if below else [line], BINDING_TASK_COLUMNS, settings)
    if found is None or found["top"] > line["bottom"]:
        return None
    keys = {c["key"] for c in found["columns"]}
    if "name" not in keys and keys >= set(_TASK_REST):
        found = _unnamed_first_column(found, below)
        keys.add("name")
    return found if found is not None and "name" in keys and len(keys) >= 3 else None


def _unnamed_first_column(found: Geometry, below: Line | None) -> Geometry | None:
    """A header whose "Päätehtävät" label OCR lost (white on a dark band) but that prints
    every other label: the task names are the column left of the first label, from where
    the first body line starts."""
    first = found["columns"][0]
    lefts = [w["x0"] for w in (below["words"] if below else []) if w["x1"] <= first["x0"]]
    if not lefts:
        return None
    left = min(lefts)
    return {**found, "columns": [{"key": "name", "x0": left, "x1": left + 1.0}, *found["columns"]]}


def _is_timeline(line: Line) -> bool:
    text = line["folded"]
    return text.startswith(_TASK_NAMES) and len(re.findall(r"q[1-4]", text)) >= 2 and _DESCRIPTION not in text


def _is_overview(line: Line) -> bool:
    return sum(part in line["folded"] for part in _OVERVIEW) >= 3


def _is_measure_label(line: Line) -> bool:
    """The measure label "Mittarin arvo / tilanne", alone or with the measure's name in brackets."""
    return fold(re.sub(r"\([^()]*\)\s*$", "", line["pieces"][0]["text"])) in _MEASURE


def classify(lines: list[Line], index: int, settings: LayoutSettings) -> str:
    """The kind of block a line starts, or "text" for a line that continues a block."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) and lines[index + 1]["page"] == line["page"] else None
    if is_legend(line):
        return "legend"
    if _is_timeline(line):
        return "timeline"
    if _task_header(line, below, settings):
        return "tasks"
    if _is_overview(line):
        return "overview"
    if line["folded"] in _SUMMARY:
        return "summary"
    if _is_measure_label(line):
        return "measure"
    return "text"


def task_header(block: Block, settings: LayoutSettings) -> Geometry | None:
    below = block.lines[1] if len(block.lines) > 1 else None
    return _task_header(block.lines[0], below, settings)


# --------------------------------------------------------------------------------------
# goal tables and headings
# --------------------------------------------------------------------------------------
def goal_table_at(lines: list[Line], index: int) -> dict[int, str] | None:
    """When a goal's key-value table starts at `lines[index]` (its "Tavoite" row), the
    index of each label row → label key; the labels sit one under another, left-aligned."""
    first = lines[index]
    found = leading_label(first, BINDING_GOAL_LABELS)
    if found is None or found[0] not in ("goal", "kpi"):
        return None
    x0, size = first["words"][0]["x0"], max(first["size"], 1.0)
    rows = {index: "goal"}
    if found[0] == "kpi":
        start = _unlabelled_goal_row(lines, index)
        if start is None:
            return None
        rows = {start: "goal", index: "kpi"}
    for j in range(index + 1, min(len(lines), index + KV_LOOKAHEAD)):
        line = lines[j]
        if line["page"] != first["page"]:
            break
        label = leading_label(line, BINDING_GOAL_LABELS)
        if label is None or abs(line["words"][0]["x0"] - x0) > size:
            continue
        if label[0] == "goal":
            break  # the next goal's table
        if label[0] not in rows.values():  # else the wrapped rest of a label ("Strateginen" / "painopiste")
            rows[j] = label[0]
    return rows if "owner" in rows.values() and len(rows) >= 3 else None


def _unlabelled_goal_row(lines: list[Line], kpi: int) -> int | None:
    """Where the Tavoite row starts above an OCR'd "Mittari (KPI)" row whose "Tavoite" label
    OCR misread past matching ("kesi Monialaiset …"): the nearest line above starting in the
    label column, its wrapped lines (starting further right) between. None when that line
    is labelled (an ordinary goal table) or not OCR'd."""
    first = lines[kpi]
    x0, size = first["words"][0]["x0"], max(first["size"], 1.0)
    for j in range(kpi - 1, max(-1, kpi - 1 - LOST_LABEL_LOOKBACK), -1):
        line = lines[j]
        if line["page"] != first["page"] or not binding_ocr.is_ocr(line["words"]):
            return None
        if line["words"][0]["x0"] > x0 + size:
            continue  # a wrapped line of the row's value
        label = leading_label(line, BINDING_GOAL_LABELS)
        aligned = abs(line["words"][0]["x0"] - x0) <= size
        return j if aligned and label is None and len(line["words"]) > 1 else None
    return None


def body_size(lines: list[Line]) -> float:
    sizes = [ln["size"] for ln in lines if ln["size"]]
    return median(sizes) if sizes else 0.0


def blocks(lines: list[Line], settings: LayoutSettings) -> list[Block]:
    """Cut the document's lines into blocks (see the module docstring)."""
    tables = {min(rows): rows for i in range(len(lines)) if (rows := goal_table_at(lines, i))}
    titles = _title_lines(lines, tables)
    big = HEADING_RATIO * body_size(lines)
    out: list[Block] = []
    skip: set[int] = set()
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if i in tables:
            rows = tables[i]
            out.append(Block("kv", [line], {0: "goal"}))
            for j in range(i + 1, max(rows) + 1):
                if j in rows:
                    out[-1].labels[len(out[-1].lines)] = rows[j]
                out[-1].lines.append(lines[j])
            skip.update(range(i + 1, max(rows) + 1))
            continue
        kind = classify(lines, i, settings)
        if kind == "text" and (i in titles or (line["size"] >= big and _sized(line))):
            kind = "heading"
        _add(out, kind, line)
    return out


def _sized(line: Line) -> bool:
    """Whether the line's size can be trusted: printed, or OCR'd with letters enough to
    check the size its box says (a row of chart values or axis labels cannot)."""
    return not binding_ocr.is_ocr(line["words"]) or \
        sum(c.isalpha() for w in line["words"] for c in w["text"]) >= binding_ocr.MIN_LETTERS


def _add(out: list[Block], kind: str, line: Line) -> None:
    current = out[-1] if out else None
    joins_heading = kind == "heading" and current is not None and current.kind == "heading" \
        and current.page == line["page"]
    if joins_heading or (kind == "text" and current is not None and _continues(current, line)):
        current.lines.append(line)  # type: ignore[union-attr]
    else:
        out.append(Block(kind, [line]))


def _continues(block: Block, line: Line) -> bool:
    """A text line belongs to the open block: on its page, or (Tiivistelmä) on the next."""
    if block.kind == "heading":
        return False
    same_page = line["page"] == block.lines[-1]["page"]
    return same_page or block.kind in ("summary", "text")


def _title_lines(lines: list[Line], tables: dict[int, dict[int, str]]) -> set[int]:
    """The goal's title right above each goal table: lines printed clearly larger than the
    table's text, one under another at title line spacing."""
    titles: set[int] = set()
    for start in tables:
        j, size = start - 1, lines[start]["size"]
        while j >= 0 and lines[j]["page"] == lines[start]["page"] and lines[j]["size"] >= TITLE_RATIO * size:
            below = lines[j + 1]
            if j + 1 in titles and (abs(below["size"] - lines[j]["size"]) > 0.5
                                    or below["top"] - lines[j]["bottom"] > lines[j]["size"]):
                break
            titles.add(j)
            j -= 1
    return titles
