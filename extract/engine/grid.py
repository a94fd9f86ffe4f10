"""One grid reader for every table: header columns → column bands → the table's body →
cell blocks per column → rows → cells.

A cell block is what one cell prints: a PPTX frame or table cell as the backend gives it,
or a column's words between two row separators (a rule or a fill edge across the table)
or two gaps wider than the table's own line pitch.  Rows are the blocks that overlap
vertically, so cells aligned to the top, middle or bottom of their row land in one row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from ..page import PageContent
from ..settings import DEFAULT_SETTINGS, LayoutSettings
from .header import Header
from .units import Unit, line_height, overlap


@dataclass(frozen=True)
class Band:
    key: str
    x0: float
    x1: float


@dataclass(frozen=True)
class GridCell:
    key: str
    units: tuple[Unit, ...]
    text: str  # printed lines joined by "\n"
    score: float = 1.0  # how certain the reader is of the cell's extent (provenance parse_score)


@dataclass(frozen=True)
class GridRow:
    cells: dict[str, GridCell]
    top: float
    bottom: float


@dataclass(frozen=True)
class Grid:
    header: Header
    bands: tuple[Band, ...]
    rows: tuple[GridRow, ...]
    bottom: float  # where the table ends on the page
    above: tuple[Unit, ...] = ()
    """What a reader blind to type found printed right over the table, not in it (a text
    export's page title: extract.engine.flat_rows)."""
    placed: bool = False  # short rows' columns inferred, not printed (engine.unlabelled)


def read_grid(page: PageContent, units: Sequence[Unit], header: Header, settings: LayoutSettings,
              stop: float | None = None) -> Grid:
    """The table under `header`, down to `stop` (the next header) or the table's end."""
    in_header = {id(u) for c in header.columns if c.label is not None for u in c.label.units}
    below = [u for u in units if id(u) not in in_header and u.top >= header.bottom - 0.3 * u.height
             and (stop is None or u.bottom <= stop + 0.3 * u.height)]
    if header.right_limit is not None:
        below = _without_prose_past(below, header.right_limit, settings)
    below = _in_table_type(below, header, settings)
    bands = column_bands(header, [*below, *_markers(page, below, header, settings, stop)])
    separators = _separators(page, bands)
    body = _body(below, bands, settings, header.bottom, _ruled_end(separators, below, header.bottom))
    rows = _rows(body, bands, separators, settings)
    end = max((u.bottom for u in body), default=header.bottom)
    return Grid(header, tuple(bands), tuple(rows), end)


def _in_table_type(units: Sequence[Unit], header: Header, settings: LayoutSettings) -> list[Unit]:
    """Units minus printed words far larger than the header's: a table prints its rows in about
    its header's type, a chart under it its axis labels in its own (annual s50, s58: a decoy
    chart's ticks "1000 / 800 / …" right under a KPI table). Light glyphs are drawn larger, OCR's
    sizes are ink heights: both stay."""
    sizes = [u.size for c in header.columns if c.label is not None for u in c.label.units if u.size > 0]
    if not sizes:
        return list(units)
    limit = settings.table_type_ratio * median(sizes)
    return [u for u in units
            if u.size <= limit or u.ocr or not any(ch.isalnum() for ch in u.text)]


def _markers(page: PageContent, below: Sequence[Unit], header: Header, settings: LayoutSettings,
             stop: float | None = None) -> list[Unit]:
    """Small filled shapes under the header (traffic lights beside values) as units without
    text: a column boundary must not cut a value from its light (okr_q2_2025: the lights
    sit left of the values, past the header labels' edges).  Not past `stop`: a legend's
    dots under the next part are not the table's (binding variant s3)."""
    height = line_height(below) if below else 10.0
    out = []
    for shape in page.shapes:
        w, h = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        if shape.get("fill") is not None and max(w, h) <= settings.light_marker_max_size * height \
                and shape["top"] >= header.bottom - 1 and (stop is None or shape["top"] < stop):
            out.append(Unit("", shape["x0"], shape["top"], shape["x1"], shape["bottom"], 0.0, "shape"))
    return out


def column_bands(header: Header, body: Sequence[Unit]) -> list[Band]:
    """Boundaries between neighbouring labels at the emptiest vertical strip between them
    (the gutter the body's cells leave), nearest to the right label when several are empty."""
    cols = header.columns
    widths = [c.x1 - c.x0 for c in cols]
    margin = median(widths) * 0.6
    bounds = [cols[0].x0 - margin]
    for before, after in pairwise(cols):
        bounds.append(_gutter(before.x1, after.x0, body))
    right = cols[-1].x1 + margin
    # The outer columns reach as far as the text that starts (ends) inside them: a wide last
    # column's cells run far past its short label (variant s14).
    ceiling = header.right_limit if header.right_limit is not None else float("inf")
    right = min(right, ceiling)
    for unit in sorted(body, key=lambda u: u.x0):  # a sweep: words chain along their lines
        if cols[-1].x0 - margin <= unit.x0 < right + unit.height and unit.x1 <= ceiling:
            right = max(right, unit.x1)
    limit = bounds[1] if len(bounds) > 1 else cols[0].x1 + margin
    if cols[0].label is None:  # an unlabelled first column holds what is printed left of the next
        floor = header.left_limit if header.left_limit is not None else float("-inf")
        bounds[0] = min([bounds[0], *(u.x0 for u in body if u.x1 <= limit and u.x0 >= floor)])
    floor = header.left_limit if header.left_limit is not None else float("-inf")
    bounds[0] = _row_label_start(bounds[0], cols[0].x0, limit, floor, body)
    bounds.append(right + 0.5)
    return [Band(c.key, bounds[i], bounds[i + 1]) for i, c in enumerate(cols)]


def _row_label_start(left: float, label_x0: float, limit: float, floor: float, body: Sequence[Unit]
                     ) -> float:
    """Leftwards from `left`: a row label's words chain to its start, each reaching under the
    column's label or beside a word of its own line already in the column.  Text beside the
    table on no row's line (a theme printed in a band down the page's side, binding variants
    s5, s9) is not the table's."""
    inside = [u for u in body if left <= u.x0 and u.x1 <= limit]
    for unit in sorted(body, key=lambda u: -u.x1):
        if unit.x0 >= left or unit.x1 > limit or unit.x0 < floor:
            continue
        beside = (o.x0 - o.height < unit.x1 and overlap(unit.top, unit.bottom, o.top, o.bottom) > 0.5 * o.height
                  for o in inside)
        if unit.x1 > label_x0 or any(beside):
            left = unit.x0
            inside.append(unit)
    return left


def _gutter(lo: float, hi: float, body: Sequence[Unit]) -> float:
    """The middle of the widest strip between lo and hi that the fewest units cross (a narrow
    slit between a value and its own light is not the gutter between two columns)."""
    if hi <= lo:
        return (lo + hi) / 2
    steps = 48
    xs = [lo + (hi - lo) * i / steps for i in range(steps + 1)]
    crossing = [u for u in body if u.x0 < hi and u.x1 > lo]  # the rest cross none of the xs
    counts = [sum(1 for u in crossing if u.x0 < x < u.x1) for x in xs]
    fewest = min(counts)
    best: tuple[int, int] = (0, 0)
    start = None
    for i, count in enumerate([*counts, fewest + 1]):
        if count == fewest and start is None:
            start = i
        elif count != fewest and start is not None:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return (xs[best[0]] + xs[best[1] - 1]) / 2


def band_index(unit: Unit, bands: Sequence[Band]) -> int | None:
    for index, band in enumerate(bands):
        if band.x0 <= unit.cx < band.x1:
            return index
    return None


def _without_prose_past(units: Sequence[Unit], right: float, settings: LayoutSettings) -> list[Unit]:
    """Units minus the phrases that run on past the table's right limit: a paragraph set beside
    the table, whose first words would fall in an empty last column (quarterly variant s1)."""
    drop = {id(u) for _top, phrase in _prose_phrases(units, settings)
            if len(phrase) > 1 and phrase[0].x0 < right < phrase[-1].x1 for u in phrase}
    return [u for u in units if id(u) not in drop]


def _prose_phrases(units: Sequence[Unit], settings: LayoutSettings) -> list[tuple[float, list[Unit]]]:
    """(line top, phrase) for each run of loose units (not a PPTX table's cells) that follow
    each other within a word space along their printed line, top to bottom."""
    out = []
    for line in _printed_lines(units):
        top = min(u.top for u in line)
        phrase: list[Unit] = []
        for unit in (u for u in line if u.cell is None):
            if phrase and unit.x0 - phrase[-1].x1 > settings.prose_word_gap_em * max(unit.size, unit.height * 0.7):
                out.append((top, phrase))
                phrase = []
            phrase.append(unit)
        if phrase:
            out.append((top, phrase))
    return out


def _printed_lines(units: Sequence[Unit]) -> list[list[Unit]]:
    """Units as printed lines, top to bottom, each left to right: a unit joins the line whose
    first unit it overlaps by half its height."""
    lines: list[list[Unit]] = []
    for unit in sorted(units, key=lambda u: (u.top, u.x0)):
        if lines and overlap(unit.top, unit.bottom, lines[-1][0].top, lines[-1][0].bottom) > 0.5 * unit.height:
            lines[-1].append(unit)
        else:
            lines.append([unit])
    return [sorted(line, key=lambda u: u.x0) for line in lines]


def _ruled_end(separators: Sequence[float], below: Sequence[Unit], top: float) -> float:
    """Where a ruled table ends: one row pitch under the last of the rules that follow each
    other down from its header (a row's rule, or the table's bottom edge); text further down
    is the page's (decoy charts under a ruled KPI table, annual variant s6). Unruled: never."""
    height = line_height(below) if below else 10.0
    chain = [y for y in sorted(separators) if y > top - 0.5 * height][:1]
    if not chain or chain[0] - top > 2 * height:
        return float("inf")
    for y in sorted(separators):
        if y <= chain[-1] + 0.5:
            continue
        pitch = median([b - a for a, b in pairwise(chain)]) if len(chain) > 1 else 3 * height
        if y - chain[-1] > 2.5 * max(pitch, height):
            break
        chain.append(y)
    if len(chain) < 3:
        return float("inf")
    return chain[-1] + median([b - a for a, b in pairwise(chain)])


def _body(units: Sequence[Unit], bands: Sequence[Band], settings: LayoutSettings, top: float,
          ruled_end: float = float("inf")) -> list[Unit]:
    """The table's own units: inside the bands, down to the first empty strip across the whole
    table that is both taller than `table_end_gap` text heights and far taller than any gap
    between its rows so far (tall padded rows leave wide gaps; the table's end is wider still),
    and never past a ruled table's end."""
    left, right = bands[0].x0, bands[-1].x1
    inside = sorted((u for u in units if left <= u.cx < right and band_index(u, bands) is not None),
                    key=lambda u: u.top)
    if not inside:
        return []
    limit = settings.table_end_gap * line_height(inside)
    widest = inside[0].top - top  # the gap under the header
    body: list[Unit] = []
    reach = inside[0].top
    tables = set()
    prose = _prose_top(inside, bands, settings)
    for unit in inside:
        if body and (unit.top >= prose or unit.top >= ruled_end):
            break
        gap = unit.top - reach
        same_table = unit.cell is not None and unit.cell[0] in tables  # a PPTX table's cells are one table
        if body and not same_table and gap > limit and gap > settings.table_end_gap_growth * widest:
            break
        if unit.cell is not None:
            tables.add(unit.cell[0])
        if body and gap > 0:
            widest = max(widest, gap)
        body.append(unit)
        reach = max(reach, unit.bottom)
    return body


def _prose_top(units: Sequence[Unit], bands: Sequence[Band], settings: LayoutSettings) -> float:
    """Top of the first line printing a phrase that runs on, word after word, across two or
    more column edges: prose under the table (a footnote, variant s16), never a row — a
    table's cells keep their text inside their columns."""
    edges = [band.x0 for band in bands[1:]]
    if len(edges) < 2:
        return float("inf")
    return min((top for top, phrase in _prose_phrases(units, settings)
                if sum(1 for x in edges if phrase[0].x0 < x < phrase[-1].x1) >= 2
                or _words_across(phrase, edges[1:])), default=float("inf"))


def _words_across(phrase: Sequence[Unit], edges: Sequence[float]) -> bool:
    """Words run on from one period column into the next, or a word printed across the gutter
    between them: a value is a number in its own column, so this is a title printed under the
    table (annual s58, s29: a decoy chart's "Yhteydenotot kanavittain", "Asiakaspalautteet"
    right under the last KPI row, nearer than the rows' pitch)."""
    words = [u for u in phrase if sum(ch.isalpha() for ch in u.text) >= 2]
    if len(words) >= 2 and any(any(u.cx < x for u in words) and any(u.cx >= x for u in words) for x in edges):
        return True
    return any(u.x0 < x < u.x1 for u in words if sum(ch.isalpha() for ch in u.text) >= WORD_LETTERS for x in edges)


WORD_LETTERS = 4
"""Letters of a word, not a unit or an abbreviation ("%", "k", "TP") a value may print."""


def _separators(page: PageContent, bands: Sequence[Band]) -> list[float]:
    """y of every rule or fill edge running across most of the table."""
    left, right = bands[0].x0, bands[-1].x1
    width = right - left
    # Or across most of the value columns: the rules of a values-only table drawn beside the
    # row labels' text boxes (variant s6).
    values_left = bands[1].x0 if len(bands) > 1 else left
    values = right - values_left

    def across(x0: float, x1: float) -> bool:
        return overlap(x0, x1, left, right) >= 0.6 * width or overlap(x0, x1, values_left, right) >= 0.9 * values

    out = [r["y"] for r in page.rules if across(r["x0"], r["x1"])]
    for shape in page.shapes:
        if shape.get("fill") is not None and across(shape["x0"], shape["x1"]):
            out += [shape["top"], shape["bottom"]]
    return sorted(out)


def _rows(body: Sequence[Unit], bands: Sequence[Band], separators: Sequence[float], settings: LayoutSettings
          ) -> list[GridRow]:
    """Cut the body into rows and each row into one cell per column."""
    if not body:
        return []
    by_cell: dict[tuple[int, int], list[Unit]] = {}
    for unit in body:  # an explicit table knows its rows
        if unit.cell is not None:
            by_cell.setdefault(unit.cell[:2], []).append(unit)
    loose = [u for u in body if u.cell is None]
    groups = list(by_cell.values())
    spans = [(min(u.top for u in g), max(u.bottom for u in g)) for g in groups]
    rest = []
    for frame in _frames(loose):  # a loose unit inside a table row's cells belongs to that row
        beside = {i for u in frame for i, (top, bottom) in enumerate(spans) if top <= u.cy <= bottom}
        if len(beside) == 1:
            # A text frame beside one table row is that row's, all its lines (a key result's
            # bullet box beside its values' row, wrapped higher and lower: variant s14).
            groups[next(iter(beside))] += frame
            continue
        for unit in frame:
            inside = next((i for i, (top, bottom) in enumerate(spans) if top <= unit.cy <= bottom), None)
            if inside is None:
                rest.append(unit)
            else:
                groups[inside].append(unit)
    if rest:
        bounds = row_boundaries(rest, separators, settings)
        cut: list[list[Unit]] = [[] for _ in range(len(bounds) + 1)]
        for unit in rest:
            cut[sum(1 for b in bounds if unit.cy > b)].append(unit)
        groups += [g for g in cut if g]
    groups.sort(key=lambda g: min(u.top for u in g))
    rows = []
    for group in groups:
        if not group:
            continue
        per_band: dict[str, list[Unit]] = {}
        for unit in group:
            index = band_index(unit, bands)
            if index is not None:
                per_band.setdefault(bands[index].key, []).append(unit)
        rows.append(GridRow({k: GridCell(k, tuple(us), text_of(us)) for k, us in per_band.items()},
                            min(u.top for u in group), max(u.bottom for u in group)))
    return rows


def _frames(units: Sequence[Unit]) -> list[list[Unit]]:
    """Units grouped by their text frame; a word (no frame) is a group of its own."""
    frames: dict[int, list[Unit]] = {}
    out: list[list[Unit]] = []
    for unit in units:
        if unit.block is None:
            out.append([unit])
        else:
            frames.setdefault(unit.block, []).append(unit)
    return out + list(frames.values())


def row_boundaries(body: Sequence[Unit], separators: Sequence[float], settings: LayoutSettings = DEFAULT_SETTINGS
                   ) -> list[float]:
    """y of the cuts between rows: the empty strips across the whole table (the y-projection's
    gaps) that are rows' padding rather than lines' leading, and every rule or fill edge.

    Leading inside a wrapped cell is the smallest gap; padding between rows adds to it.  The
    gaps' sizes therefore fall in two groups split by their largest jump; when they do not
    (every row one line, or one row of wrapped lines), gaps of half a line or more are rows.
    """
    # Printed text only: a light's glyph, drawn taller than the text and centred on its line,
    # narrows the gap to the row above (issue 9, quarterly s56); it joins its row by its centre.
    text = [u for u in body if any(ch.isalnum() for ch in u.text)] or list(body)
    spans: list[tuple[float, float, list[Unit]]] = []
    for unit in sorted(text, key=lambda u: u.top):
        if spans and unit.top <= spans[-1][1] + 0.25:
            spans[-1] = (spans[-1][0], max(spans[-1][1], unit.bottom), [*spans[-1][2], unit])
        else:
            spans.append((unit.top, unit.bottom, [unit]))
    framed = [(a[1], b[0]) for a, b in pairwise(spans) if _between_frames(a[2], b[2])]
    gaps = [(a[1], b[0]) for a, b in pairwise(spans) if not _between_frames(a[2], b[2])]
    if not gaps:
        return sorted((g0 + g1) / 2 for g0, g1 in framed)
    sizes = sorted(g1 - g0 for g0, g1 in gaps)
    jumps = [(b / max(a, 0.5), b) for a, b in pairwise(sizes)]
    ratio, threshold = max(jumps, default=(1.0, sizes[0]))
    if ratio < settings.row_gap_jump:
        threshold = sizes[0] if median(sizes) >= 0.5 * line_height(body) else float("inf")
    # A blank line's height is never a cell's leading, whatever larger gap follows (issue 9,
    # quarterly s35: one-line KPI rows 1.7 lines apart over a theme band 3.4 lines under them).
    threshold = min(threshold, settings.row_gap_max_leading * line_height(body))
    cuts = [(g0 + g1) / 2 for g0, g1 in gaps
            if g1 - g0 >= threshold or any(g0 - 1 <= y <= g1 + 1 for y in separators)]
    return sorted(cuts + [(g0 + g1) / 2 for g0, g1 in framed])


def _between_frames(above: Sequence[Unit], below: Sequence[Unit]) -> bool:
    """A gap between text frames (or table cells) that no frame crosses: the frames' own
    edges, so a cut whatever its size (a frame's leading stays inside the frame)."""
    if any(u.block is None for u in (*above, *below)):
        return False
    return not {u.block for u in above} & {u.block for u in below}


def text_of(units: Sequence[Unit]) -> str:
    """Units as printed lines (top to bottom, each left to right) joined by newlines."""
    return "\n".join(" ".join(u.text for u in line) for line in _printed_lines(units))
