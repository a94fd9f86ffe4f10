"""The overview dashboard of the year-end report (a Power BI page): count cards and donuts.

Cards: a label ("Tehtävien määrä") with its number printed above or below it, in the
same column. Donuts: a legend (marker + state label) and data labels "46 (79,31%)" placed
around the ring at the middle of their slice. Power BI draws slices clockwise from
12 o'clock in legend order, so the data labels are tied to legend entries by their
angle around the ring's centre (the drawn slices' box): every way of giving the labels
to entries in order is tried and the one whose slice middles fit the labels' angles
best wins. A slice without a data label gets the donut's total (its card) minus the
labelled slices, with a low parse score: that count is derived, not printed.
"""

from __future__ import annotations

import math
import re
from itertools import combinations

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import (
    ANNUAL_SUMMARY_CARDS,
    ANNUAL_SUMMARY_DONUT_TOTALS,
    LIGHT_LABELS,
    TASK_STATES,
)

from ..lights import is_marker_colour
from ..page import Geometry, PageContent
from ..records import Printed, RawSummary
from .annual_ocr import is_ocr
from .annual_tables import find_label
from .base import printed

_NUMBER = re.compile(r"^\d{1,3}(?:[ \u00a0.]\d{3})*$")
_SPACED = re.compile(r"^\d(?: \d){1,2}$")
_DATA_LABEL = re.compile(r"^(?P<count>\d+)\s*\(\s*(?P<share>\d+(?:[.,]\d+)?)\s*%\s*\)$")
_STATES = {"confidence_by_light": LIGHT_LABELS, "tasks_by_state": TASK_STATES}
DERIVED_SCORE = 0.5
_SAME_COLOUR = 0.15
"""Largest RGB distance between a legend marker and its slice: a scan's small markers come out
lighter than its large slices (JPEG, anti-aliasing); legend colours lie further apart."""


def is_dashboard(segs: list[Geometry]) -> bool:
    return sum(find_label(segs, labels) is not None for labels in ANNUAL_SUMMARY_CARDS.values()) >= 2


def dashboard_counts(page: PageContent, segs: list[Geometry], extractor: str) -> tuple[list[RawSummary], list[str]]:
    cards = _cards(page, segs, extractor)
    found = [RawSummary(metric, value) for metric, value in cards.items()]
    issues: list[str] = []
    donuts = []
    for prefix, states in _STATES.items():
        entries = _legend(segs, page.shapes, states)
        if entries:
            colours = [e[2] for e in entries if e[2] is not None]
            near = min((e[1] for e in entries), key=lambda s: s["bottom"] - s["top"])
            donuts.append((prefix, entries, _ring(page.shapes, colours, near)))
    rings = [(_cx(ring), _cy(ring)) for _p, _e, ring in donuts if ring is not None]
    labels = [s for s in segs if _DATA_LABEL.match(s["text"].strip())]
    for prefix, entries, ring in donuts:
        if ring is None:
            issues.append(f"page {page.number}: donut without drawn slices; its data labels cannot be tied to "
                          "legend entries")
            continue
        centre = (_cx(ring), _cy(ring))
        mine = [s for s in labels if min(rings, key=lambda r: math.dist(r, (_cx(s), _cy(s)))) == centre]
        total = cards.get(ANNUAL_SUMMARY_DONUT_TOTALS[prefix])
        slices = _slice_angles(page.shapes, entries, ring)
        found += [RawSummary(f"{prefix}.{state}", value)
                  for state, value in _donut(mine, entries, (ring, slices), total, page.number, extractor)]
    return found, issues


def _cards(page: PageContent, segs: list[Geometry], extractor: str) -> dict[str, Printed]:
    numbers = [s for s in segs if _NUMBER.match(s["text"].strip()) or _spaced_digits(s)]
    used: set[int] = set()
    out: dict[str, Printed] = {}
    for metric, labels in ANNUAL_SUMMARY_CARDS.items():
        label = find_label(segs, labels)
        if label is None:
            continue
        beside = [(_gap_between(label, n), i) for i, n in enumerate(numbers) if i not in used]
        beside = [(gap, i) for gap, i in beside if gap is not None]
        if beside:
            _, index = min(beside)
            used.add(index)
            number = numbers[index]
            out[metric] = printed(number, page.number, extractor, text=_spaced_digits(number) or None)
    return out


def _spaced_digits(seg: Geometry) -> str:
    """The number OCR read letter-spaced from a card's large digits ("1 8" → "18"), or ""."""
    text = seg["text"].strip()
    return text.replace(" ", "") if is_ocr(seg) and _SPACED.match(text) else ""


def _gap_between(a: Geometry, b: Geometry) -> float | None:
    """Distance between two boxes printed in one column or on one line; None when neither."""
    dx = max(0.0, a["x0"] - b["x1"], b["x0"] - a["x1"])
    dy = max(0.0, a["top"] - b["bottom"], b["top"] - a["bottom"])
    return dx + dy if dx == 0 or dy == 0 else None


def _cy(seg: Geometry) -> float:
    return float(seg["top"] + seg["bottom"]) / 2


def _cx(seg: Geometry) -> float:
    return float(seg["x0"] + seg["x1"]) / 2


def _legend(segs: list[Geometry], shapes: tuple[Geometry, ...], states: tuple[tuple[str, str], ...]
            ) -> list[tuple[str, Geometry, tuple[float, float, float] | None]]:
    """(state, label segment, marker colour) in reading order."""
    wanted = {fold(label): state for label, state in states}
    entries = [(wanted[fold(s["text"])], s) for s in segs if fold(s["text"]) in wanted]
    # rows by centre, at the smallest entry's height (an OCR'd line box may be taller than its text)
    height = min((max(1.0, s["bottom"] - s["top"]) for _state, s in entries), default=1.0)
    entries.sort(key=lambda e: (round(_cy(e[1]) / height), e[1]["x0"]))
    return [(state, seg, _marker_left(seg, shapes)) for state, seg in entries]


def _marker_left(seg: Geometry, shapes: tuple[Geometry, ...]) -> tuple[float, float, float] | None:
    height = max(1.0, seg["bottom"] - seg["top"])
    near = [(abs(seg["x0"] - s["x1"]) + abs(_cy(s) - _cy(seg)), s["fill"]) for s in shapes
            if is_marker_colour(s.get("fill")) and max(s["x1"] - s["x0"], s["bottom"] - s["top"]) <= 2 * height
            and -height <= seg["x0"] - s["x1"] <= 3 * height and abs(_cy(s) - _cy(seg)) <= height]
    return min(near)[1] if near else None


def _donut(labels: list[Geometry], entries: list, geometry: tuple[Geometry, dict[int, float]],
           total: Printed | None, page: int, extractor: str) -> list[tuple[str, Printed]]:
    if not labels or len(labels) > len(entries):
        return []
    assignment, score = _assign(labels, entries, *geometry)
    counts = []
    for (state, _seg, _colour), label in zip(entries, assignment, strict=True):
        if label is not None:
            count = _DATA_LABEL.match(label["text"].strip())["count"]  # type: ignore[index]
            counts.append((state, printed(label, page, extractor, text=count, parse_score=score)))
    return counts + _derived(entries, assignment, labels, total, page, extractor)


def _ring(shapes: tuple[Geometry, ...], colours: list, near: Geometry) -> Geometry | None:
    """The box of the donut drawn in the legend's colours nearest to the legend."""
    height = max(1.0, near["bottom"] - near["top"])
    big = [s for s in shapes if is_marker_colour(s.get("fill"))
           and max(s["x1"] - s["x0"], s["bottom"] - s["top"]) > 4 * height]
    groups: list[list[Geometry]] = []
    for shape in big:
        touching = [g for g in groups if any(_overlap(shape, o) for o in g)]
        merged = [shape] + [s for g in touching for s in g]
        groups = [g for g in groups if g not in touching] + [merged]

    def fit(group: list[Geometry]) -> tuple[int, float]:
        hits = sum(any(_same(s["fill"], c) for s in group) for c in colours)
        box = _box(group)
        return hits, -math.dist((_cx(box), _cy(box)), (_cx(near), _cy(near)))

    if not groups:
        return None
    best = max(groups, key=fit)
    if fit(best)[0] < max(1, len(colours) - 1):
        return None
    return _box(best)


def _slice_angles(shapes: tuple[Geometry, ...], entries: list, ring: Geometry) -> dict[int, float]:
    """Legend entry index → the angle of its slice, where the slice is drawn as its own shape
    (a PDF wedge; a PPTX block arc's box is the whole ring and says nothing)."""
    centre, radius = (_cx(ring), _cy(ring)), max(ring["x1"] - ring["x0"], ring["bottom"] - ring["top"]) / 2
    angles = {}
    for index, (_state, _seg, colour) in enumerate(entries):
        own = [s for s in shapes if colour is not None and s.get("fill") is not None and _same(s["fill"], colour)
               and _overlap(s, ring) and math.dist((_cx(s), _cy(s)), centre) > 0.3 * radius]
        if len(own) == 1:
            angles[index] = _angle((_cx(own[0]), _cy(own[0])), centre)
    return angles


def _overlap(a: Geometry, b: Geometry) -> bool:
    return a["x0"] <= b["x1"] and b["x0"] <= a["x1"] and a["top"] <= b["bottom"] and b["top"] <= a["bottom"]


def _same(a: tuple[float, float, float], b: tuple[float, float, float]) -> bool:
    return math.dist(a, b) < _SAME_COLOUR


def _box(group: list[Geometry]) -> Geometry:
    return {"x0": min(s["x0"] for s in group), "top": min(s["top"] for s in group),
            "x1": max(s["x1"] for s in group), "bottom": max(s["bottom"] for s in group)}


def _assign(labels: list[Geometry], entries: list, ring: Geometry, slices: dict[int, float]) -> tuple[list, float]:
    """Give each data label to one legend entry, keeping legend order clockwise from 12 o'clock;
    the slices drawn as shapes of their own vote too."""
    centre = (_cx(ring), _cy(ring))
    angles = {id(s): _angles(s, centre) for s in labels}
    ordered = sorted(labels, key=lambda s: angles[id(s)][0])
    shares = [_share(s) for s in ordered]
    rest = max(0.0, 1.0 - sum(shares))
    trials = []
    for chosen in combinations(range(len(entries)), len(ordered)):
        spans = [shares[chosen.index(i)] if i in chosen else rest / (len(entries) - len(chosen))
                 for i in range(len(entries))]
        middles = [360 * (sum(spans[:i]) + spans[i] / 2) for i in range(len(entries))]
        errors = [min(_gap(a, middles[i]) for a in angles[id(s)]) for s, i in zip(ordered, chosen, strict=True)]
        errors += [_gap(angle, middles[i]) for i, angle in slices.items()]
        trials.append((sum(errors) / len(errors), chosen))
    trials.sort()
    error, chosen = trials[0]
    clear = len(trials) == 1 or trials[1][0] >= 2 * error + 1
    assignment = [ordered[chosen.index(i)] if i in chosen else None for i in range(len(entries))]
    return assignment, 1.0 if error < 15 and clear else 0.7


def _angles(seg: Geometry, centre: tuple[float, float]) -> tuple[float, ...]:
    """Clockwise angles from 12 o'clock of a data label's centre and, for PDF words (whose box is
    the text's own), of its corner nearest the ring: a label is centred on its leader line's end
    or starts beside it."""
    middle = _angle((_cx(seg), _cy(seg)), centre)
    if seg["origin"] != "word":
        return (middle,)
    near = (min(max(centre[0], seg["x0"]), seg["x1"]), min(max(centre[1], seg["top"]), seg["bottom"]))
    return middle, _angle(near, centre)


def _angle(point: tuple[float, float], ring: tuple[float, float]) -> float:
    dx, dy = point[0] - ring[0], point[1] - ring[1]
    return math.degrees(math.atan2(dx, -dy)) % 360


def _gap(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def _share(seg: Geometry) -> float:
    match = _DATA_LABEL.match(seg["text"].strip())
    return float(match["share"].replace(",", ".")) / 100 if match else 0.0


def _derived(entries: list, assignment: list, labels: list[Geometry], total: Printed | None, page: int,
             extractor: str) -> list[tuple[str, Printed]]:
    """The one unlabelled slice: the donut's total (its card) minus the labelled counts."""
    missing = [e for e, a in zip(entries, assignment, strict=True) if a is None]
    if len(missing) != 1 or total is None or not total.text.strip().isdigit():
        return []
    counts = [int(_DATA_LABEL.match(s["text"].strip())["count"]) for s in labels]  # type: ignore[index]
    left = int(total.text.strip()) - sum(counts)
    if left < 0:
        return []
    implied = [c / _share(s) for c, s in zip(counts, labels, strict=True) if _share(s) > 0]
    agrees = all(abs(t - int(total.text.strip())) < 0.5 for t in implied)
    state, seg, _colour = missing[0]
    return [(state, printed(seg, page, extractor, text=str(left), parse_score=DERIVED_SCORE if agrees else 0.3))]
