"""The dashboard's pies and doughnuts: a legend (swatch + state label) and data labels
("46 (79,31%)", or the bare count) around the ring.

Power BI, and LibreOffice drawing the variants' native charts, draw the slices clockwise
from 12 o'clock in legend order, so the data labels are tied to legend entries by their
angle around the ring's centre: every way of giving the labels to the entries in order is
tried and the one whose slice middles fit the labels' angles best wins. A slice spans its
printed share, else its count over the breakdown's total. Slices drawn as shapes of their
own (a PDF's wedges) vote with their own angle; a PPTX block arc's box is the whole ring
and says nothing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from okr_warehouse.vocabulary import ANNUAL_SUMMARY_DONUT_TOTALS

from ..engine.labels import LabelHit
from ..engine.lights import MARKER_GLYPHS, classify, page_paper
from ..engine.tables import printed_units
from ..engine.units import Box, Unit
from ..page import Geometry, PageContent
from ..records import RGB
from ..settings import LayoutSettings

if TYPE_CHECKING:
    from .annual_dashboard import Count, Found

CLEAR_ERROR = 15.0
"""Degrees: a best assignment whose labels sit on average within this of their slices'
middles, well ahead of the next best, is sure (parse score 1.0; else 0.7)."""


@dataclass(frozen=True)
class Ring:
    box: Box
    shapes: tuple[Geometry, ...]

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2)

    @property
    def radius(self) -> float:
        return max(self.box[2] - self.box[0], self.box[3] - self.box[1]) / 2


def marker(hit: LabelHit, page: PageContent, units: Sequence[Unit], settings: LayoutSettings) -> Geometry | None:
    """The swatch before a label: a small shape or a "●" glyph in a light colour on its first
    line, within `light_marker_reach` text heights (a legend's marker, a state card's swatch;
    variant s22 prints the glyph)."""
    height = min(u.height for u in hit.units)
    paper = page_paper(page, settings)
    first = min(hit.units, key=lambda u: (u.top, u.x0))
    # a glyph's box is the line's, not the ink's (a PPTX frame line is taller than wide)
    glyphs = [{"x0": u.x0, "top": u.top, "x1": u.x1, "bottom": u.bottom, "fill": u.color, "glyph": True}
              for u in units if u.text.strip() and set(u.text.replace(" ", "")) <= MARKER_GLYPHS]
    best: tuple[float, Geometry] | None = None
    for shape in (*page.shapes, *glyphs):
        w, h = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        if min(w, h) <= 0 or classify(shape.get("fill"), paper, settings) is None:
            continue
        if not shape.get("glyph") and (max(w, h) > settings.light_marker_max_size * height
                                       or max(w, h) / min(w, h) > settings.light_marker_max_aspect):
            continue
        gap, dy = hit.x0 - shape["x1"], abs((shape["top"] + shape["bottom"]) / 2 - first.cy)
        near = -height <= gap <= settings.light_marker_reach * height and dy <= settings.light_row_slack * height
        if near and (best is None or abs(gap) + dy < best[0]):
            best = (abs(gap) + dy, shape)
    return best[1] if best else None


def ring_of(hits: list[LabelHit], markers: dict[int, Geometry | None], page: PageContent,
            settings: LayoutSettings) -> Ring | None:
    """The pie or doughnut drawn in the legend's colours nearest to the legend: shapes far
    larger than a marker, touching one another, in a roughly square box. None when the
    labels have no swatches (columns, bars) or no ring is drawn in their colours (cards)."""
    colours = [m["fill"] for h in hits if (m := markers.get(id(h))) is not None]
    if not colours:
        return None
    height = min(u.height for h in hits for u in h.units)
    big = [s for s in page.shapes if s.get("fill") is not None
           and max(s["x1"] - s["x0"], s["bottom"] - s["top"]) > settings.light_marker_max_size * height
           and any(_same(s["fill"], c, settings) for c in colours)]
    groups: list[list[Geometry]] = []
    for shape in big:
        touching = [g for g in groups if any(_overlaps(shape, o) for o in g)]
        groups = [g for g in groups if g not in touching] + [[shape, *(s for g in touching for s in g)]]
    legend = _centre(_union([(h.x0, h.top, h.x1, h.bottom) for h in hits]))

    def fit(group: list[Geometry]) -> tuple[int, float]:
        hits_ = sum(any(_same(s["fill"], c, settings) for s in group) for c in colours)
        return hits_, -math.dist(_centre(_box_of(group)), legend)

    if not groups:
        return None
    best = max(groups, key=fit)
    box = _box_of(best)
    w, h = box[2] - box[0], box[3] - box[1]
    if fit(best)[0] < max(1, len(colours) - 1) or max(w, h) > settings.dashboard_ring_max_aspect * min(w, h):
        return None
    return Ring(box, tuple(best))


def read_rings(rings: dict[str, tuple[Ring, list[LabelHit]]], markers: dict[int, Geometry | None],
               counts: list[Count], page: PageContent, settings: LayoutSettings, found: Found,
               extractor: str) -> tuple[list[Count], list[str]]:
    """Each ring's data labels (the numbers nearest to it, within `dashboard_ring_reach`
    radii) given to its legend entries; returns the numbers left and the issues."""
    mine: dict[str, list[Count]] = {prefix: [] for prefix in rings}
    left = []
    for count in counts:
        near = [(_distance(count.box, ring) / ring.radius, prefix) for prefix, (ring, _h) in rings.items()]
        reach, prefix = min(near)
        if reach <= settings.dashboard_ring_reach:
            mine[prefix].append(count)
        else:
            left.append(count)
    issues = []
    for prefix, (ring, hits) in rings.items():
        entries = _entries(hits, markers)
        labels = sorted(mine[prefix], key=lambda c: _distance(c.box, ring))[:len(entries)]
        left += [c for c in mine[prefix] if c not in labels]
        if not labels:
            issues.append(f"page {page.number}: the {prefix} chart prints no data labels around its ring")
            continue
        total = found.get(ANNUAL_SUMMARY_DONUT_TOTALS[prefix])
        assignment, score = _assign(labels, entries, ring, _slice_angles(page.shapes, entries, markers, ring,
                                                                           settings), total[1] if total else None)
        for hit, label in zip(entries, assignment, strict=True):
            if label is not None:
                found[hit.key] = (printed_units(label.units, label.text, page.number, extractor, score),
                                  label.value, label.share)
    return left, issues


def shares_agree(counts: Sequence[tuple[object, int, float | None]], total: int) -> bool:
    """Every printed share says the same total ("46 (79,31%)" of 58)."""
    return all(abs(value / share - total) < 0.5 for _p, value, share in counts if share)


def _entries(hits: list[LabelHit], markers: dict[int, Geometry | None]) -> list[LabelHit]:
    """The legend: one entry per state, the label with a swatch, in reading order (rows by
    centre at the smallest label's height: an OCR'd line box may be taller than its text)."""
    by_key: dict[str, LabelHit] = {}
    for hit in hits:
        if markers.get(id(hit)) is not None and hit.key not in by_key:
            by_key[hit.key] = hit
    height = min((max(1.0, h.bottom - h.top) for h in by_key.values()), default=1.0)
    return sorted(by_key.values(), key=lambda h: (round((h.top + h.bottom) / 2 / height), h.x0))


def _slice_angles(shapes: Sequence[Geometry], entries: list[LabelHit], markers: dict[int, Geometry | None],
                  ring: Ring, settings: LayoutSettings) -> dict[int, float]:
    """Legend entry index → the angle of its slice, where the slice is drawn as its own shape
    off the centre (a PDF wedge)."""
    angles = {}
    for index, hit in enumerate(entries):
        colour = markers[id(hit)]["fill"]  # type: ignore[index]
        own = [s for s in ring.shapes if _same(s["fill"], colour, settings)
               and math.dist(_centre(_box_of([s])), ring.centre) > 0.3 * ring.radius]
        if len(own) == 1:
            angles[index] = _angle(_centre(_box_of(own)), ring.centre)
    return angles


def _assign(labels: list[Count], entries: list[LabelHit], ring: Ring, slices: dict[int, float],
            total: int | None) -> tuple[list[Count | None], float]:
    """Give each data label to one legend entry, keeping legend order clockwise from 12 o'clock."""
    angles = {id(c): _angles(c, ring.centre) for c in labels}
    ordered = sorted(labels, key=lambda c: angles[id(c)][0])
    whole = sum(c.value for c in ordered)
    whole = total if total is not None and total >= whole else whole
    shares = [c.share if c.share is not None else c.value / max(1, whole) for c in ordered]
    rest = max(0.0, 1.0 - sum(shares))
    trials = []
    for chosen in combinations(range(len(entries)), len(ordered)):
        spans = [shares[chosen.index(i)] if i in chosen else rest / (len(entries) - len(chosen))
                 for i in range(len(entries))]
        middles = [360 * (sum(spans[:i]) + spans[i] / 2) for i in range(len(entries))]
        errors = [min(_gap(a, middles[i]) for a in angles[id(c)]) for c, i in zip(ordered, chosen, strict=True)]
        errors += [_gap(angle, middles[i]) for i, angle in slices.items()]
        trials.append((sum(errors) / len(errors), chosen))
    trials.sort()
    error, chosen = trials[0]
    clear = len(trials) == 1 or trials[1][0] >= 2 * error + 1
    assignment = [ordered[chosen.index(i)] if i in chosen else None for i in range(len(entries))]
    return assignment, 1.0 if error < CLEAR_ERROR and clear else 0.7


def _angles(count: Count, centre: tuple[float, float]) -> tuple[float, ...]:
    """Clockwise angles from 12 o'clock of a data label's centre and, for PDF words (whose box
    is the text's own), of its corner nearest the ring: a label is centred on its leader
    line's end or starts beside it."""
    x0, top, x1, bottom = count.box
    middle = _angle(((x0 + x1) / 2, (top + bottom) / 2), centre)
    if count.units[0].origin != "word":
        return (middle,)
    near = (min(max(centre[0], x0), x1), min(max(centre[1], top), bottom))
    return middle, _angle(near, centre)


def _distance(box: Box, ring: Ring) -> float:
    """From the ring's centre to the nearest point of a box."""
    cx, cy = ring.centre
    return math.dist((min(max(cx, box[0]), box[2]), min(max(cy, box[1]), box[3])), (cx, cy))


def _angle(point: tuple[float, float], centre: tuple[float, float]) -> float:
    dx, dy = point[0] - centre[0], point[1] - centre[1]
    return math.degrees(math.atan2(dx, -dy)) % 360


def _gap(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def _same(a: RGB, b: RGB, settings: LayoutSettings) -> bool:
    return math.dist(a, b) < settings.dashboard_slice_colour


def _overlaps(a: Geometry, b: Geometry) -> bool:
    return bool(a["x0"] <= b["x1"] and b["x0"] <= a["x1"] and a["top"] <= b["bottom"] and b["top"] <= a["bottom"])


def _box_of(shapes: Sequence[Geometry]) -> Box:
    return _union([(s["x0"], s["top"], s["x1"], s["bottom"]) for s in shapes])


def _union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _centre(box: Box) -> tuple[float, float]:
    return ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
