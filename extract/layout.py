"""Pure layout functions: positioned words → lines → header → column bands → rows → cells.

Nothing here knows a coordinate of any sample: lines come from word tops, columns
from the header labels refined by the empty gutters between body words, rows from
rules/band edges and from the extra padding real table renderers put between rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from statistics import median

from okr_warehouse.text import fold

from .page import Geometry, PageContent
from .settings import LayoutSettings


def union_box(items: Iterable[Geometry]) -> tuple[float, float, float, float]:
    items = list(items)
    return (
        min(i["x0"] for i in items),
        min(i["top"] for i in items),
        max(i["x1"] for i in items),
        max(i["bottom"] for i in items),
    )


def cluster_lines(words: Iterable[Geometry], settings: LayoutSettings) -> list[Geometry]:
    """Group words into lines by their tops; each line is a dict with its words left to right."""
    lines: list[list[Geometry]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= settings.y_tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [_make_line(ws) for ws in lines]


def _make_line(words: list[Geometry]) -> Geometry:
    words = sorted(words, key=lambda w: w["x0"])
    x0, top, x1, bottom = union_box(words)
    return {"text": " ".join(w["text"] for w in words), "x0": x0, "top": top, "x1": x1,
            "bottom": bottom, "words": words}


def find_header(
    lines: Sequence[Geometry], labels: Mapping[str, Sequence[str]], settings: LayoutSettings
) -> Geometry | None:
    """Find the table header line: the first line holding at least `header_label_min` labels.

    A label may wrap onto the line below ("Luottavaisuus-" / "arvio"): a word that
    folds to the start of a label is completed by the word stacked under it.
    Returns {"top", "bottom", "columns": [{"key", "x0", "x1"}, ...] left to right}.
    """
    wanted = {key: [fold(label) for label in alts] for key, alts in labels.items()}
    for index, line in enumerate(lines):
        below = lines[index + 1]["words"] if index + 1 < len(lines) else []
        columns, used = _match_labels(line["words"], below, wanted)
        if len(columns) >= settings.header_label_min:
            bottom = max(w["bottom"] for w in used)
            return {"top": line["top"], "bottom": bottom,
                    "columns": sorted(columns, key=lambda c: c["x0"])}
    return None


def _match_labels(
    words: Sequence[Geometry], below: Sequence[Geometry], wanted: Mapping[str, list[str]]
) -> tuple[list[Geometry], list[Geometry]]:
    columns: list[Geometry] = []
    used: list[Geometry] = []
    taken: set[str] = set()
    for word in words:
        folded = fold(word["text"])
        if not folded:
            continue
        for key, alts in wanted.items():
            if key in taken:
                continue
            under = _stacked_under(word, below)
            completed = folded + fold(under["text"]) if under else None
            if under is not None and completed and completed in alts:
                columns.append({"key": key, "x0": min(word["x0"], under["x0"]),
                                "x1": max(word["x1"], under["x1"])})
                used += [word, under]
            elif folded in alts:
                columns.append({"key": key, "x0": word["x0"], "x1": word["x1"]})
                used.append(word)
            else:
                continue
            taken.add(key)
            break
    return columns, used


def _stacked_under(word: Geometry, below: Sequence[Geometry]) -> Geometry | None:
    height = word["bottom"] - word["top"]
    for other in below:
        overlaps = other["x0"] < word["x1"] and other["x1"] > word["x0"]
        if overlaps and 0 <= other["top"] - word["bottom"] <= height:
            return other
    return None


def column_bands(
    header: Geometry, body_words: Sequence[Geometry], right_edge: float, settings: LayoutSettings
) -> list[Geometry]:
    """Turn header label positions into column bands [x0, x1) covering the table.

    A boundary starts just left of the next label; when body words cross it (a
    centred or right-aligned header), it moves to the nearest empty gutter.
    """
    cols = header["columns"]
    gutters = _gutters(body_words, settings.min_gutter)
    bounds = [cols[0]["x0"] - settings.x_tolerance]
    for prev, col in pairwise(cols):
        edge = col["x0"] - settings.x_tolerance
        if any(w["x0"] < edge < w["x1"] for w in body_words):
            candidates = [g for g in gutters if prev["x0"] < (g[0] + g[1]) / 2 < col["x1"]]
            if candidates:
                best = min(candidates, key=lambda g: abs((g[0] + g[1]) / 2 - edge))
                edge = (best[0] + best[1]) / 2
        bounds.append(edge)
    bounds.append(max(right_edge, max((w["x1"] for w in body_words), default=right_edge)))
    return [{"key": c["key"], "x0": bounds[i], "x1": bounds[i + 1]} for i, c in enumerate(cols)]


def _gutters(words: Sequence[Geometry], min_width: float) -> list[tuple[float, float]]:
    spans = sorted((w["x0"], w["x1"]) for w in words)
    gutters: list[tuple[float, float]] = []
    if not spans:
        return gutters
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= min_width:
            gutters.append((reach, x0))
        reach = max(reach, x1)
    return gutters


def band_of(word: Geometry, bands: Sequence[Geometry]) -> int | None:
    """Index of the band holding the word's centre."""
    centre = (word["x0"] + word["x1"]) / 2
    for index, band in enumerate(bands):
        if band["x0"] <= centre < band["x1"]:
            return index
    return None


def split_rows(
    lines: Sequence[Geometry], rules: Sequence[Geometry], table_x: tuple[float, float],
    settings: LayoutSettings,
) -> list[list[Geometry]]:
    """Split the table's body lines (top to bottom) into rows.

    A new row starts at a line separated from the previous one by a horizontal rule
    or band edge spanning most of the table, or by a gap clearly wider than the
    table's usual line pitch.
    """
    if not lines:
        return []
    width = table_x[1] - table_x[0]
    separators = [
        r["y"] for r in rules
        if min(r["x1"], table_x[1]) - max(r["x0"], table_x[0]) >= settings.rule_min_width * width
    ]
    pitches = [b["top"] - a["top"] for a, b in pairwise(lines)]
    pitch = _usual_pitch(pitches, lines)
    rows: list[list[Geometry]] = [[lines[0]]]
    for prev, line, step in zip(lines, lines[1:], pitches, strict=False):
        ruled = any(prev["bottom"] - 1 <= y <= line["top"] + 1 for y in separators)
        if ruled or step > pitch * settings.row_gap_factor:
            rows.append([line])
        else:
            rows[-1].append(line)
    return rows


def _usual_pitch(pitches: Sequence[float], lines: Sequence[Geometry]) -> float:
    """The line pitch inside wrapped cells: the median of the smaller half of pitches."""
    if not pitches:
        return max(1.0, lines[0]["bottom"] - lines[0]["top"]) * 1.2
    lower = sorted(pitches)[: max(1, len(pitches) // 2)]
    return median(lower)


def row_cells(row_lines: Sequence[Geometry], bands: Sequence[Geometry], settings: LayoutSettings
              ) -> tuple[dict[str, Geometry], float]:
    """Cut a row's words into one cell per column band.

    Returns the cells keyed by column and the row's parse score: the share of its
    words lying wholly inside one band (1.0 when no word straddles a boundary).
    """
    per_band: dict[int, list[Geometry]] = {}
    clean = total = 0
    for line in row_lines:
        for word in line["words"]:
            index = band_of(word, bands)
            if index is None:
                continue
            per_band.setdefault(index, []).append(word)
            band = bands[index]
            total += 1
            clean += band["x0"] - settings.x_tolerance <= word["x0"] and word["x1"] <= band["x1"] + 1
    cells: dict[str, Geometry] = {}
    for index, words in per_band.items():
        cell_lines = cluster_lines(words, settings)
        x0, top, x1, bottom = union_box(words)
        cells[bands[index]["key"]] = {"text": "\n".join(ln["text"] for ln in cell_lines), "x0": x0,
                                      "top": top, "x1": x1, "bottom": bottom, "fill": None, "words": words}
    return cells, (clean / total if total else 0.0)


def segments(page: PageContent, settings: LayoutSettings) -> list[Geometry]:
    """Every line of text on a page as positioned segments, whatever the format.

    PDF: words clustered into lines, cut where the gap between words exceeds
    `segment_gap_em` font sizes (side-by-side boxes and cells). PPTX: each paragraph
    of each text frame and table cell, its box a share of the frame's height (python-pptx
    knows no line positions). A segment: {"text", "x0", "top", "x1", "bottom", "size",
    "origin": "word" | "frame" | "cell", "table": (table index, row, column) | None,
    "fill": the table cell's fill (PPTX) | None}.
    """
    out = word_runs(page.words, settings)
    for box in page.text_boxes:
        out += _paragraph_segments(box, box.get("size") or 0.0, "frame", None)
    for t_index, table in enumerate(page.tables):
        for r_index, row in enumerate(table["rows"]):
            for c_index, cell in enumerate(row):
                out += _paragraph_segments(cell, cell.get("size") or 0.0, "cell", (t_index, r_index, c_index))
    return sorted(out, key=lambda s: (s["top"], s["x0"]))


def word_runs(words: Iterable[Geometry], settings: LayoutSettings) -> list[Geometry]:
    """Words clustered into lines and cut where the gap between two words exceeds
    `segment_gap_em` font sizes: side-by-side boxes and cells become separate segments."""
    out: list[Geometry] = []
    for line in cluster_lines(words, settings):
        run: list[Geometry] = []
        for word in line["words"]:
            gap_limit = settings.segment_gap_em * max(word.get("size") or 0.0, 4.0)
            if run and word["x0"] - run[-1]["x1"] > gap_limit:
                out.append(_segment(run))
                run = []
            run.append(word)
        if run:
            out.append(_segment(run))
    return out


def _segment(words: list[Geometry]) -> Geometry:
    x0, top, x1, bottom = union_box(words)
    size = max((w.get("size") or 0.0) for w in words)
    return {"text": " ".join(w["text"] for w in words), "x0": x0, "top": top, "x1": x1, "bottom": bottom,
            "size": size, "origin": "word", "table": None, "fill": None, "words": words}


def _paragraph_segments(box: Geometry, size: float, origin: str, table: tuple[int, int, int] | None
                        ) -> list[Geometry]:
    paragraphs = box["text"].split("\n")
    if not any(p.strip() for p in paragraphs):
        return []
    step = (box["bottom"] - box["top"]) / len(paragraphs)
    return [
        {"text": text.strip(), "x0": box["x0"], "top": box["top"] + i * step, "x1": box["x1"],
         "bottom": box["top"] + (i + 1) * step, "size": size, "origin": origin, "table": table,
         "fill": box.get("fill")}
        for i, text in enumerate(paragraphs) if text.strip()
    ]
