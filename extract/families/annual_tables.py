"""Period tables of the year-end report's goal slides, from positioned segments.

A goal slide carries two tables headed by period labels (Lähtötilanne, Q1..Q4): the
key results' values and the KPI values. Each is read the same way, whatever the format:

- the header is a row of period-label segments; its column bands run between the
  centres of neighbouring labels (moved into the empty gutter when a value crosses);
- the row labels (key-result text, KPI name) are the segments left of the first band,
  beside the table (PPTX text boxes) or in its first column (PDF, PPTX first column);
- rows are cut by the table's own row boxes (PPTX), else by horizontal rules spanning
  the value columns, else by bulleted label lines, else halfway between value lines;
  a label line belongs to the row its centre falls in, as does each value.

Nothing here knows a coordinate of any sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import PERIODS

from ..layout import union_box
from ..page import Geometry, PageContent
from .annual_ocr import close_label, is_speck, misread_quarter

_PERIOD_LABELS = {fold(label) for label in PERIODS}
_PRINTED_LABELS = {fold(label): label for label in PERIODS}
_YEAR = re.compile(r"^(?:19|20)\d\d|(?:19|20)\d\d$")
BULLETS = "•●▪■◦‣∙·*"
DASHES = "–—-"


@dataclass
class Header:
    """One row of period labels: the label segments left to right."""

    cells: list[Geometry]
    top: float
    bottom: float
    table: tuple[int, int] | None  # PPTX: (table index, header row index)


@dataclass
class Row:
    labels: list[Geometry] = field(default_factory=list)
    values: dict[int, Geometry] = field(default_factory=dict)  # band index → value segment
    score: float = 1.0


@dataclass
class Grid:
    header: Header
    bands: list[tuple[float, float]]
    rows: list[Row]
    issues: list[str]


def period_label(text: str) -> str | None:
    """The folded period label a header cell prints: "Lähtötilanne", "Q3", also with the year
    ("Q3 2025", "Q3/2025"); None for anything else."""
    folded = fold(text)
    bare = _YEAR.sub("", folded)
    return folded if folded in _PERIOD_LABELS else bare if bare in _PERIOD_LABELS else None


def is_period_label(text: str) -> bool:
    return period_label(text) is not None


def _centre_y(seg: Geometry) -> float:
    return float(seg["top"] + seg["bottom"]) / 2


def _centre_x(seg: Geometry) -> float:
    return float(seg["x0"] + seg["x1"]) / 2


def period_headers(page: PageContent, segs: list[Geometry]) -> list[Header]:
    """Every row of at least two distinct period labels, top to bottom."""
    labels = [cell for seg in segs for cell in _period_cells(page, seg)] + _wrapped_labels(segs)
    rows: list[list[Geometry]] = []
    for seg in sorted(labels, key=_centre_y):
        height = seg["bottom"] - seg["top"]
        if rows and abs(_centre_y(seg) - _centre_y(rows[-1][0])) <= 0.5 * height:
            rows[-1].append(seg)
        else:
            rows.append([seg])
    headers = []
    for row in rows:
        row.sort(key=lambda s: s["x0"])
        weak = sum(bool(s.get("weak")) for s in row)
        if len({fold(s["text"]) for s in row}) < 2 or (weak == len(row) and weak < 3):
            continue
        tables = {s["table"][:2] for s in row if s.get("table")}
        table = tables.pop() if len(tables) == 1 and all(s.get("table") for s in row) else None
        headers.append(Header(row, min(s["top"] for s in row), max(s["bottom"] for s in row), table))
    return headers


def _period_cells(page: PageContent, seg: Geometry) -> list[Geometry]:
    """The period labels in one segment: itself, or (PDF) its words when labels sit close together.
    OCR'd labels with misread letters ("Qi", "02", "Lahtdtilanne") count as weak labels, under
    the label they mean: a row of weak labels alone is a header only when it has three or more."""
    cell = _label_cell(seg)
    if cell is not None or seg["origin"] != "word" or len(seg["text"].split()) < 2:
        return [cell] if cell is not None else []
    cells = [_label_cell({**w, "origin": "word", "table": None, "fill": None}) for w in words_in(page, seg)]
    return [c for c in cells if c is not None] if cells and all(cells) else []


def _label_cell(seg: Geometry) -> Geometry | None:
    if is_period_label(seg["text"]):
        return seg
    label = misread_quarter(seg) or _PRINTED_LABELS.get(close_label(seg, _PERIOD_LABELS) or "")
    return {**seg, "text": label, "weak": True} if label else None


def _wrapped_labels(segs: list[Geometry]) -> list[Geometry]:
    """Period labels a narrow column wraps onto two lines ("Lähtötilann" / "e", "Lähtö-" / "tilanne")."""
    out = []
    for seg in segs:
        head = fold(seg["text"])
        if len(head) < 3 or head in _PERIOD_LABELS or not any(p.startswith(head) for p in _PERIOD_LABELS):
            continue
        height = seg["bottom"] - seg["top"]
        for tail in segs:
            stacked = 0 <= tail["top"] - seg["bottom"] <= height and tail["x0"] < seg["x1"] and tail["x1"] > seg["x0"]
            if stacked and head + fold(tail["text"]) in _PERIOD_LABELS:
                x0, top, x1, bottom = union_box([seg, tail])
                out.append({**seg, "text": seg["text"] + "\n" + tail["text"], "x0": x0, "top": top, "x1": x1,
                            "bottom": bottom})
                break
    return out


def words_in(page: PageContent, seg: Geometry) -> list[Geometry]:
    """The PDF words of one word segment, left to right."""
    inside = [w for w in page.words if seg["x0"] - 0.5 <= _centre_x(w) <= seg["x1"] + 0.5
              and seg["top"] - 0.5 <= _centre_y(w) <= seg["bottom"] + 0.5]
    return sorted(inside, key=lambda w: w["x0"])


def read_grid(page: PageContent, segs: list[Geometry], header: Header, left: float, end: float,
              tolerance: float) -> Grid:
    """The rows of the table under `header`: label segments (x ≥ left) and one value per band."""
    body = [s for s in segs if header.bottom - 0.5 < _centre_y(s) < end and s["x1"] > left
            and not (is_speck(s) and _centre_x(s) >= header.cells[0]["x0"] - tolerance)]
    bands = _bands(header, [s for s in body if _centre_x(s) >= header.cells[0]["x0"] - tolerance])
    body = _split_across(page, body, [bands[0][0]] + [b[1] for b in bands[:-1]])
    labels = [s for s in body if left - tolerance <= s["x0"] and _centre_x(s) < bands[0][0]]
    values = [s for s in body if bands[0][0] <= _centre_x(s) <= bands[-1][1]]
    labels = _without_tail(labels, values)
    cuts, score = _cuts(page, header, labels, values, bands, end)
    rows, issues = _rows(cuts, labels, values, bands, score, page.number)
    return Grid(header, bands, rows, issues)


def _without_tail(labels: list[Geometry], values: list[Geometry]) -> list[Geometry]:
    """Drop the text below the table: label lines after a gap wider than two lines, once past
    the last value."""
    last = max((s["bottom"] for s in values), default=None)
    kept: list[Geometry] = []
    for seg in sorted(labels, key=lambda s: s["top"]):
        height = seg["bottom"] - seg["top"]
        gap = seg["top"] - max((k["bottom"] for k in kept), default=seg["top"])
        if last is not None and seg["top"] > last and gap > 2 * height:
            break
        kept.append(seg)
    return kept


def _bands(header: Header, body: list[Geometry]) -> list[tuple[float, float]]:
    centres = [_centre_x(c) for c in header.cells]
    pitch = (centres[-1] - centres[0]) / max(1, len(centres) - 1) or (header.cells[0]["x1"] - header.cells[0]["x0"])
    edges = [min(centres[0] - pitch / 2, header.cells[0]["x0"])]
    gutters = _gutters(body)
    for a, b in pairwise(centres):
        edge = (a + b) / 2
        if any(s["x0"] < edge < s["x1"] for s in body):
            inside = [g for g in gutters if a < (g[0] + g[1]) / 2 < b]
            if inside:
                best = min(inside, key=lambda g: abs((g[0] + g[1]) / 2 - edge))
                edge = (best[0] + best[1]) / 2
        edges.append(edge)
    edges.append(max(centres[-1] + pitch / 2, header.cells[-1]["x1"],
                     max((s["x1"] for s in body if _centre_x(s) > centres[-1]), default=0.0)))
    return list(pairwise(edges))


def _gutters(segs: list[Geometry]) -> list[tuple[float, float]]:
    spans = sorted((s["x0"], s["x1"]) for s in segs)
    gutters = []
    reach = spans[0][1] if spans else 0.0
    for x0, x1 in spans[1:]:
        if x0 - reach >= 2.0:
            gutters.append((reach, x0))
        reach = max(reach, x1)
    return gutters


def _split_across(page: PageContent, segs: list[Geometry], edges: list[float]) -> list[Geometry]:
    """Cut PDF segments that run across a column edge into their words' groups."""
    out = []
    for seg in segs:
        crossing = [e for e in edges if seg["x0"] < e < seg["x1"]]
        words = words_in(page, seg) if crossing and seg["origin"] == "word" else []
        if not words:
            out.append(seg)
            continue
        groups: dict[int, list[Geometry]] = {}
        for word in words:
            groups.setdefault(sum(_centre_x(word) >= e for e in crossing), []).append(word)
        for part in groups.values():
            x0, top, x1, bottom = union_box(part)
            out.append({**seg, "text": " ".join(w["text"] for w in part), "x0": x0, "top": top, "x1": x1,
                        "bottom": bottom, "split": True})
    return out


def _cuts(page: PageContent, header: Header, labels: list[Geometry], values: list[Geometry],
          bands: list[tuple[float, float]], end: float) -> tuple[list[float], float]:
    """Row boundaries top to bottom (first: the header's bottom, last: the table's end) and how
    sure they are."""
    if header.table is not None:
        table = page.tables[header.table[0]]
        tops = [min(c["top"] for c in row) for row in table["rows"][header.table[1] + 1:]]
        return [*tops, table["bottom"]], 1.0
    width = bands[-1][1] - bands[0][0]
    body = labels + values
    first = min((s["bottom"] for s in body), default=end)
    last = max((s["top"] for s in body), default=header.bottom)
    rules = sorted(r["y"] for r in page.rules
                   if first < r["y"] < last and header.bottom < r["y"] < end
                   and min(r["x1"], bands[-1][1]) - max(r["x0"], bands[0][0]) >= 0.6 * width)
    if rules:
        return [header.bottom, *rules, end], 1.0
    bulleted = [s["top"] - 0.5 for s in sorted(labels, key=lambda s: s["top"])
                if s["text"][:1] in BULLETS][1:]
    if bulleted:
        return [header.bottom, *bulleted, end], 0.9
    lines = _value_lines(values)
    middles = [(a + b) / 2 for a, b in pairwise(lines)]
    return [header.bottom, *middles, end], 0.7


def _value_lines(values: list[Geometry]) -> list[float]:
    centres: list[float] = []
    for seg in sorted(values, key=_centre_y):
        if not centres or _centre_y(seg) - centres[-1] > 0.6 * (seg["bottom"] - seg["top"]):
            centres.append(_centre_y(seg))
    return centres


def _rows(cuts: list[float], labels: list[Geometry], values: list[Geometry], bands: list[tuple[float, float]],
          score: float, page: int) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    issues: list[str] = []
    for top, bottom in pairwise(cuts):
        row = Row(score=score)
        row.labels = sorted((s for s in labels if top <= _centre_y(s) < bottom), key=lambda s: (s["top"], s["x0"]))
        for seg in sorted((s for s in values if top <= _centre_y(s) < bottom), key=lambda s: s["x0"]):
            band = next(i for i, (x0, x1) in enumerate(bands) if x0 <= _centre_x(seg) <= x1)
            if band in row.values:
                issues.append(f"page {page}: two values in one cell of a period table ({seg['text']!r})")
                continue
            row.values[band] = seg
            if seg.get("split"):
                row.score = min(row.score, 0.8)
        if not row.labels and row.values:
            issues.append(f"page {page}: period-table row without a label; its values are skipped")
        elif row.labels:
            rows.append(row)
    return rows, issues


def split_note(lines: list[Geometry], note_prefixes: tuple[str, ...]) -> tuple[list[Geometry], list[Geometry]]:
    """A key result's own lines, and the note printed under it ("– Huom! …"): a line that starts
    with a dash bullet or a note word, or (PDF) one in a clearly smaller font."""
    first_size = lines[0].get("size") or 0.0
    for index, line in enumerate(lines[1:], start=1):
        text = line["text"].lstrip()
        dashed = text[:1] in DASHES and text[1:2] == " "
        noted = any(fold(text).startswith(fold(p)) for p in note_prefixes)
        smaller = line["origin"] == "word" and first_size and (line.get("size") or 0.0) < 0.85 * first_size
        if dashed or noted or smaller:
            return lines[:index], lines[index:]
    return lines, []


def strip_bullet(text: str) -> str:
    stripped = text.strip()
    if stripped[:1] in BULLETS + DASHES and (len(stripped) == 1 or stripped[1].isspace()):
        return stripped[1:].lstrip()
    return stripped


def is_bullet(seg: Geometry) -> bool:
    """A bullet printed apart from its text (a segment of its own)."""
    return len(seg["text"].strip()) == 1 and seg["text"].strip() in BULLETS + DASHES


def find_label(segs: list[Geometry], labels: tuple[str, ...]) -> Geometry | None:
    """The segment printing one of the labels, or the stacked lines it wraps onto
    ("Luottavaisuusarvioiden" / "määrä") merged into one segment."""
    wanted = {fold(label) for label in labels}
    ordered = sorted(segs, key=lambda s: s["top"])
    for index, seg in enumerate(ordered):
        text = fold(seg["text"])
        if text in wanted:
            return seg
        lines = [seg]
        while text and any(w.startswith(text) for w in wanted):
            below = [s for s in ordered[index + 1:] if s["x0"] < lines[-1]["x1"] and s["x1"] > lines[-1]["x0"]
                     and 0 <= s["top"] - lines[-1]["bottom"] <= lines[-1]["bottom"] - lines[-1]["top"]]
            if not below:
                break
            lines.append(below[0])
            text += fold(below[0]["text"])
            if text in wanted:
                x0, top, x1, bottom = union_box(lines)
                return {**seg, "text": "\n".join(ln["text"] for ln in lines), "x0": x0, "top": top, "x1": x1,
                        "bottom": bottom}
    return None
