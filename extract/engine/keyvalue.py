"""Label → value pairs in any arrangement: a two-column table (label cell | value cell,
or a value split over two cells), the label on its own line above its value, or
"Label: value" inline (as words, or inside one PPTX frame line).

The labels of one key-value part are printed one under another, left-aligned: a group
is a run of label hits sharing a left edge, each key once.  A row's band runs from the
cut above to the cut below its label; a cut between two labels is a rule crossing the
part there, else the widest empty strip between them (a table's row padding, or the
paragraph gap before the next label).  The first row reaches up and the last row down
while the text follows at the part's own line pitch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from okr_warehouse.text import fold

from ..page import PageContent
from ..settings import DEFAULT_SETTINGS, LayoutSettings
from .labels import LabelHit, Vocabulary, find_labels
from .lines import unit_lines
from .units import Unit, line_height, overlap


@dataclass(frozen=True)
class KeyValue:
    key: str
    label: LabelHit
    units: tuple[Unit, ...]               # the value's units, top to bottom
    parts: tuple[tuple[Unit, ...], ...]   # cells side by side, frames or paragraphs of the value

    @property
    def text(self) -> str:
        return "\n".join(part_text(p) for p in self.parts)


def part_text(units: Sequence[Unit]) -> str:
    lines: list[list[Unit]] = []
    for unit in sorted(units, key=lambda u: (u.cy, u.x0)):
        if lines and abs(unit.cy - lines[-1][0].cy) <= 0.5 * unit.height:
            lines[-1].append(unit)
        else:
            lines.append([unit])
    return "\n".join(" ".join(u.text for u in sorted(line, key=lambda u: u.x0)) for line in lines)


def split_inline(units: Sequence[Unit], vocabulary: Vocabulary) -> list[Unit]:
    """A frame line "Tavoite: Asukkaiden …" cut into its label and its value (variant s11
    prints the whole "Label: value" in one PPTX text frame); widths by character share."""
    wanted = {fold(a) for alts in vocabulary.values() for a in alts}
    out: list[Unit] = []
    for unit in units:
        match = _INLINE.match(unit.text)
        if unit.origin == "word" or match is None or fold(match.group(1)) not in wanted:
            out.append(unit)
            continue
        share = (unit.x1 - unit.x0) / max(1, len(unit.text))
        cut = unit.x0 + share * len(match.group(1) + ":")
        out += [replace(unit, text=match.group(1) + ":", x1=cut),
                replace(unit, text=match.group(2), x0=cut + share)]
    return out


_INLINE = re.compile(r"^([^:]{2,40}):\s+(\S.*)$")


def key_values(page: PageContent, units: Sequence[Unit], vocabulary: Vocabulary, settings: LayoutSettings,
               min_keys: int = 3, stops: Sequence[float] = ()) -> list[list[KeyValue]]:
    """Every key-value part on the page (top to bottom), as its pairs top to bottom.
    `stops`: y where other parts of the page begin (a table header, a section label)."""
    units = split_inline(units, vocabulary)
    hits = [h for h in find_labels(units, vocabulary, settings) if _leads(h, units)]
    out = []
    for group in _groups(hits, min_keys, stops):
        out.append(_pairs(page, units, group, settings, stops))
    return out


def _leads(hit: LabelHit, units: Sequence[Unit]) -> bool:
    """A label starts its line (or its cell): nothing printed just left of it."""
    em = max(u.height for u in hit.units)
    return not any(u.x1 <= hit.x0 + 0.5 and hit.x0 - u.x1 < 2 * em and abs(u.cy - hit.units[0].cy) < 0.5 * em
                   for u in units if u not in hit.units)


def _groups(hits: Sequence[LabelHit], min_keys: int, stops: Sequence[float] = ()) -> list[list[LabelHit]]:
    """Runs of hits with one left edge, top to bottom, a repeated key or another part between
    two hits (a `stop`) starting the next run (binding variant s3: a task named "Mittarin
    sovitukset …" reads as "Mittari" between two goals' parts).  A repeated key cuts the run
    at its widest gap since the key's first hit: an overview table's "Strateginen painopiste"
    header far above a goal's "Tavoite" is not that goal's (binding variant s7)."""
    columns: list[list[LabelHit]] = []
    for hit in sorted(hits, key=lambda h: h.top):
        em = max(u.height for u in hit.units)
        column = next((c for c in columns if abs(c[0].x0 - hit.x0) <= em), None)
        if column is None:
            columns.append([hit])
        else:
            column.append(hit)
    out = []
    for column in columns:
        run: list[LabelHit] = []
        for hit in column:
            if run and any(run[-1].bottom <= stop <= hit.top for stop in stops):
                out.append(run)
                run = []
            elif any(h.key == hit.key for h in run):
                first = next(i for i, h in enumerate(run) if h.key == hit.key)
                cut = max(range(first + 1, len(run) + 1), key=lambda i: _gap(run, i, hit))
                out.append(run[:cut])
                run = run[cut:]
            run.append(hit)
        out.append(run)
    return sorted((r for r in out if len({h.key for h in r}) >= min_keys), key=lambda r: r[0].top)


def _gap(run: Sequence[LabelHit], index: int, hit: LabelHit) -> float:
    """The empty height above run[index] (or above `hit` past the run's end)."""
    below = run[index] if index < len(run) else hit
    return below.top - run[index - 1].bottom


def _pairs(page: PageContent, units: Sequence[Unit], group: list[LabelHit], settings: LayoutSettings,
           stops: Sequence[float]) -> list[KeyValue]:
    labelled = {id(u) for h in group for u in h.units}
    left = min(h.x0 for h in group) - 0.5 * line_height([u for h in group for u in h.units])
    region = [u for u in units if u.x0 >= left and id(u) not in labelled]
    pitch = _pitch(group, region)
    cuts = [_cut(page, region, above, below, left) for above, below in pairwise(group)]
    first, last = group[0], group[-1]
    below_stops = [s for s in stops if s > last.bottom]
    top = _reach(region, first, pitch, -1, None, settings)
    bottom = _reach(region, last, pitch, 1, min(below_stops) if below_stops else None, settings)
    bounds = [top, *cuts, bottom]
    values = [sorted((u for u in region if y0 <= u.cy < y1), key=lambda u: (u.top, u.x0))
              for y0, y1 in pairwise(bounds)]
    # Cells side by side in one row show where the part's columns start; a row whose cells
    # stand closer than a gutter splits there too (binding variant s51: "… Toni Suihko" 1.8 em
    # left of its owner's cell, the theme's cell starting at the same edge a row above).
    starts = [min(u.x0 for u in c) for v in values if len(cs := _columns(v, settings)) > 1 for c in cs[1:]]
    return [KeyValue(hit.key, hit, tuple(value), _parts(value, settings, starts))
            for hit, value in zip(group, values, strict=True)]


def _pitch(group: list[LabelHit], region: Sequence[Unit]) -> float:
    """The part's line pitch: the smallest distance between consecutive lines of one text,
    a line and the next one stacked under it (cells side by side anchored in their middle
    interleave their lines: variant s1's split form prints the theme's one line 3.7 pt
    under the focus's first of two lines 7.5 pt apart)."""
    # The labels' own lines count: a value wrapped under its label prints its short second
    # line under the label, under none of its first line's words (binding variant s11:
    # "Tavoite: Asiakasvirtaus parane …" / "alle 5 %", a heading a paragraph above).
    lines = [*region, *(u for h in group for u in h.units)]
    inside = [u for u in lines if group[0].top - 1 <= u.top <= group[-1].bottom]
    floor = 0.5 * group[0].units[0].height
    steps = []
    for unit in inside:
        under = [o.top - unit.top for o in inside
                 if o.top - unit.top > floor and overlap(unit.x0, unit.x1, o.x0, o.x1) > 0]
        if under:
            steps.append(min(under))
    return min(steps) if steps else 1.5 * group[0].units[0].height


def _cut(page: PageContent, region: Sequence[Unit], above: LabelHit, below: LabelHit, left: float) -> float:
    rules = [r["y"] for r in page.rules if above.bottom - 1 <= r["y"] <= below.top + 1 and r["x0"] <= left + 20]
    if rules:
        return min(rules)
    lo, hi = (above.top + above.bottom) / 2, (below.top + below.bottom) / 2
    spans = sorted([(u.top, u.bottom) for u in region if above.top <= u.cy <= below.bottom]
                   + [(u.top, u.bottom) for u in (*above.units, *below.units)])
    best, where = -1.0, (above.bottom + below.top) / 2
    reach: float | None = None
    for top, bottom in spans:
        if reach is not None and top - reach > best and lo <= (reach + top) / 2 <= hi:
            best, where = top - reach, (reach + top) / 2
        reach = bottom if reach is None else max(reach, bottom)
    return where


def _reach(region: Sequence[Unit], hit: LabelHit, pitch: float, direction: int, stop: float | None,
           settings: LayoutSettings) -> float:
    """How far the first (direction -1) or last (+1) row reaches: lines chained at most a
    line pitch and a half apart, not past `stop`."""
    if direction < 0:
        # A value reaching above its label sits beside it (a value cell anchored in its
        # middle), never over it: a line printed over the label is a heading, and the row
        # ends under it (binding variant s11's goal titles over "Tavoite: …").
        over = [u for u in region if u.bottom <= hit.top + 0.5 and u.x0 < hit.x1 - 0.5 and u.x1 > hit.x0]
        edge = hit.top
        strays = _strays(region, hit, settings)
        for unit in sorted((u for u in region if u.bottom <= hit.bottom), key=lambda u: -u.bottom):
            if edge - unit.bottom > 1.5 * pitch - unit.height or \
                    any(overlap(unit.top, unit.bottom, o.top, o.bottom) > 0.5 * unit.height for o in over):
                break
            if id(unit) in strays:
                continue
            edge = min(edge, unit.top)
        return edge - 0.5
    edge = hit.bottom
    for unit in sorted((u for u in region if u.top >= hit.top), key=lambda u: u.top):
        if (stop is not None and unit.cy >= stop) or unit.top - edge > 1.5 * pitch:
            break
        edge = max(edge, unit.bottom)
    return edge + 0.5


def _strays(region: Sequence[Unit], hit: LabelHit, settings: LayoutSettings) -> set[int]:
    """Lines above a label that start where no cell of the value beside the label starts: a
    middle-anchored value cell's lines above its label share its left edge; a light legend
    printed above the right of a one-line goal does not (binding variant s34)."""
    beside = [u for u in region if u.x0 >= hit.x1 and overlap(u.top, u.bottom, hit.top, hit.bottom) > 0]
    if not beside:
        return set()
    height = line_height(beside)
    # Where the cells beside the label start (a value split over cells side by side: its
    # second cell's lines above the label start at that cell's edge, variant s1).
    lefts = [u.x0 for line in unit_lines(beside, settings) for before, u in zip([None, *line], line, strict=False)
             if before is None or u.x0 - before.x1 > settings.segment_gap_em * height]
    slack = settings.column_edge_slack * height
    above = [u for u in region if u.bottom <= hit.top + 0.5 and u.x0 >= hit.x1]
    return {id(u) for line in unit_lines(above, settings)
            if all(abs(line[0].x0 - left) > slack for left in lefts) for u in line}


def _parts(value: Sequence[Unit], settings: LayoutSettings, starts: Sequence[float] = ()
           ) -> tuple[tuple[Unit, ...], ...]:
    """The value cut into parts: cells or frames side by side (a gutter across all its
    lines), else frames one under another, else paragraphs (a gap wider than the leading)."""
    if not value:
        return ()
    columns = _columns(value, settings, starts)
    if len(columns) > 1:
        return tuple(tuple(c) for c in columns)
    lines = [list(line) for line in unit_lines(value)]
    parts: list[list[Unit]] = [lines[0]]
    leading = min((b[0].top - a[0].top for a, b in pairwise(lines)), default=0.0)
    for before, line in pairwise(lines):
        framed = before[0].block is not None and line[0].block is not None and before[0].block != line[0].block
        if framed or line[0].top - before[0].top > 1.3 * leading + 0.5:
            parts.append([])
        parts[-1] += line
    return tuple(tuple(p) for p in parts)


def two_parts(pair: KeyValue, pairs: Sequence[KeyValue], settings: LayoutSettings = DEFAULT_SETTINGS
              ) -> tuple[tuple[Unit, ...], ...]:
    """A two-part value (theme | focus, division | owner) as its parts: cells, frames or
    paragraphs side by side or stacked; printed as the lines of one cell (variant s10's PPTX
    table), cut where a paragraph ends (`paragraph_break`), else after the first line."""
    if len(pair.parts) != 1:
        return pair.parts
    lines = unit_lines(pair.parts[0], settings)
    if len(lines) < 2:
        return pair.parts
    cut = paragraph_break(lines, column_right(lines, pairs, settings), settings)
    return tuple(u for line in lines[:cut] for u in line), tuple(u for line in lines[cut:] for u in line)


def column_right(lines: Sequence[Sequence[Unit]], pairs: Sequence[KeyValue], settings: LayoutSettings) -> float:
    """Where the value column of `lines` ends, as far as the part shows it: the furthest line
    end of any value in the part starting at the same left edge (a goal text wrapped at the
    cell's edge shows it; a short division and owner alone do not: binding variants s2, s6,
    s10, …: "Strategia- ja integraatio" over a two-line owner read as a wrapped division)."""
    left = min(line[0].x0 for line in lines)
    slack = settings.column_edge_slack * line_height([u for line in lines for u in line])
    ends = [line[-1].x1 for p in pairs for part in p.parts for line in unit_lines(part, settings)
            if abs(line[0].x0 - left) <= slack]
    return max([*ends, *(line[-1].x1 for line in lines)])


def paragraph_break(lines: Sequence[Sequence[Unit]], right: float, settings: LayoutSettings = DEFAULT_SETTINGS
                    ) -> int:
    """The first line that starts a new paragraph: its first word would have fit at the end
    of the line before (short of the column's `right` edge), so that line ended its paragraph
    rather than wrapped (a division wrapped over two lines above its owner, binding variants
    s12, s21, s23).  The second line when every line could be a wrap."""
    for index in range(1, len(lines)):
        before, first = lines[index - 1][-1], lines[index][0]
        words = first.text.split()
        width = (first.x1 - first.x0) * len(words[0]) / max(1, len(first.text)) if words else 0.0
        if right - before.x1 > width + settings.paragraph_fit_slack * first.height:
            return index
    return 1


def _columns(value: Sequence[Unit], settings: LayoutSettings, starts: Sequence[float] = ()) -> list[list[Unit]]:
    """Value units split at a gutter wider than two text heights that no unit crosses, or
    where another text frame begins right of all before it (two frames 11 pt apart, binding
    variant s21's division beside its owner), or at a gap wider than a segment's where
    another row's cell starts (`starts`)."""
    if not value:
        return []
    height = line_height(value)
    slack = settings.column_edge_slack * height
    ordered = sorted(value, key=lambda u: u.x0)
    columns: list[list[Unit]] = [[ordered[0]]]
    right = ordered[0].x1
    for unit in ordered[1:]:
        framed = unit.block is not None and all(u.block is not None and u.block != unit.block for u in columns[-1])
        aligned = unit.x0 - right > settings.segment_gap_em * height and \
            any(abs(unit.x0 - start) <= slack for start in starts)
        if unit.x0 - right > 2 * height or (framed and unit.x0 >= right) or aligned:
            columns.append([])
        columns[-1].append(unit)
        right = max(right, unit.x1)
    # Cells side by side share a line; text whose lines only step right (an owner's name on
    # the line under "Mittarin vastuutaho: division", binding variant s5) is one column.
    if any(overlap(min(u.top for u in a), max(u.bottom for u in a), min(u.top for u in b),
                   max(u.bottom for u in b)) <= 0 for a, b in pairwise(columns)):
        return [list(value)]
    return columns
