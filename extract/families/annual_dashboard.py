"""The overview dashboard of the year-end report (a Power BI page): count cards and charts.

What the page prints, in any format and layout variant:

- count cards: a label ("Tehtävien määrä") with its number in the same column, above it
  (tp2025_hva_tavoitteet.pdf) or below it (the .pptx, the variant cards);
- the key results by light and the tasks by state, each state's label (LIGHT_LABELS,
  TASK_STATES) with its count printed
  - as cards of their own with a swatch ("● Etenee" over "46", variant dashboard "cards"),
  - as columns (the label under its column, the count over it) or bars (the label left of
    its bar, the count right of it): label and count face each other across nothing but
    the bar drawn in a light colour (variant charts "column", "bar"),
  - as a pie or doughnut: a legend and data labels ("46 (79,31%)") around the ring, tied to
    the legend's entries by their angle (annual_dashboard_charts).

Labels are found with the engine's fuzzy 2-D label finder (wrapped, split into words or
misread by OCR); numbers are joined from the units that print them (OCR's letter-spaced
digits, a data label's count and share, wrapped or not). Cards are paired first, nearest
first, so a chart never takes a card's number; then the charts' rings; then the state labels
left facing their counts. A state without a count of its own, when every other state of its
breakdown has one and the breakdown's total card is printed, gets the total minus the others,
with a low parse score: derived, not printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from okr_warehouse.vocabulary import ANNUAL_SUMMARY_CARDS, ANNUAL_SUMMARY_DONUT_TOTALS, LIGHT_LABELS, TASK_STATES

from ..engine.labels import LabelHit, find_labels
from ..engine.lights import classify, page_paper
from ..engine.lines import cluster_lines
from ..engine.tables import printed_units
from ..engine.units import Box, Unit, overlap, union
from ..page import PageContent
from ..records import Printed, RawSummary
from ..settings import LayoutSettings
from . import annual_dashboard_charts as charts

GROUPS = {"confidence_by_light": LIGHT_LABELS, "tasks_by_state": TASK_STATES}
DERIVED_SCORE = 0.5
"""Parse score of a count derived from the total (0.3 when the printed shares disagree)."""
_SHARE = re.compile(r"^\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\)$")
_LABEL = re.compile(r"^(\d{1,3}(?:[ \u00a0.]\d{3})*)\s*(\(\s*\d+(?:[.,]\d+)?\s*%\s*\))?$")


def _vocabulary() -> dict[str, tuple[str, ...]]:
    """Card metric or "prefix.state" → its labels as printed."""
    vocabulary = dict(ANNUAL_SUMMARY_CARDS)
    for prefix, pairs in GROUPS.items():
        for label, state in pairs:
            key = f"{prefix}.{state}"
            vocabulary[key] = (*vocabulary.get(key, ()), label)
    return vocabulary


VOCABULARY = _vocabulary()


@dataclass(frozen=True)
class Count:
    """A number as printed: a card's value or a data label's count with its share, if any."""

    units: tuple[Unit, ...]
    text: str             # digits as printed, OCR's letter spacing removed
    share: float | None   # the data label's percentage as a share (0..1)

    @property
    def box(self) -> Box:
        return union(self.units)

    @property
    def value(self) -> int:
        return int(re.sub(r"\D", "", self.text))

    @property
    def height(self) -> float:
        return max(u.height for u in self.units)


Found = dict[str, tuple[Printed, int, float | None]]  # metric → (the count as printed, its value, its share)


def read_dashboard(page: PageContent, units: Sequence[Unit], settings: LayoutSettings, extractor: str
                   ) -> tuple[list[RawSummary], list[str]] | None:
    """None when the page is no dashboard; else the counts and the issues (page + reason)."""
    counts = page_counts(units, settings)
    hits = find_labels(units, VOCABULARY, settings)
    cards = [h for h in hits if "." not in h.key]
    states = [h for h in hits if "." in h.key]
    if not counts or (len({h.key for h in cards}) < 2 and len({h.key for h in states}) < 2):
        return None
    markers = {id(h): charts.marker(h, page, units, settings) for h in states}
    found: Found = {}
    left = _pair(cards, counts, {}, page, units, settings, found, extractor)
    rings, aligned = {}, []
    for prefix in GROUPS:
        mine = [h for h in states if h.key.startswith(prefix + ".")]
        ring = charts.ring_of(mine, markers, page, settings) if mine else None
        if ring is None:
            aligned += mine
        else:
            rings[prefix] = (ring, mine)
    left, issues = charts.read_rings(rings, markers, left, page, settings, found, extractor) if rings else (left, [])
    rest = _pair(aligned, left, markers, page, units, settings, found, extractor, _listed(aligned))
    labels = [" ".join(u.text for u in c.units) for c in rest if c.share is not None]
    if labels:  # a ring's data labels no geometry ties to its states (a text export keeps none)
        issues.append(f"page {page.number}: chart data labels ({', '.join(labels)}) are not stored: nothing on "
                      "the page ties them to their legend states")
    if len([k for k in found if "." not in k]) < 2 and not any(
            len([k for k in found if k.startswith(p + ".")]) >= 2 for p in GROUPS):
        return None
    for prefix, pairs in GROUPS.items():
        keys = list(dict.fromkeys(f"{prefix}.{state}" for _label, state in pairs))
        issues += _derive(prefix, keys, states, found, page.number, extractor)
    return [RawSummary(metric, printed) for metric, (printed, _value, _share) in found.items()], issues


# --- numbers ----------------------------------------------------------------------------------

def page_counts(units: Sequence[Unit], settings: LayoutSettings) -> list[Count]:
    """Every number printed on its own: a card's value or a chart's data label (its share on
    its line or, once every line is read, wrapped under it)."""
    out = []
    for line in cluster_lines([u for u in units if u.text.strip()], settings):
        index = 0
        while index < len(line):
            found = _count_at(line, index, settings)
            if found is None:
                index += 1
                continue
            if _apart(line, index, found[1], settings):
                out.append(found[0])
            index = found[1]
    used = {id(u) for c in out for u in c.units}
    return [_wrapped_share(c, units, used, settings) if c.share is None else c for c in out]


def _count_at(line: list[Unit], index: int, settings: LayoutSettings) -> tuple[Count, int] | None:
    """The number starting at line[index] and the index after its last unit: its digits
    (letter-spaced by OCR, or a thousands group after a space), then its share "(79,31%)"."""
    first = line[index]
    match = _LABEL.match(first.text.strip())
    if match is None:
        return None
    text, share = match[1], _share_of(match[2] or "")
    end = index + 1
    while share is None and end < len(line) and _digits_continue(line[end - 1], line[end], settings):
        text += (" " if len(line[end].text.strip()) == 3 and not first.ocr else "") + line[end].text.strip()
        end += 1
    if share is None:
        for stop in range(end + 1, min(end + 3, len(line)) + 1):  # "(79,31%)" maybe split in two
            gap = line[end].x0 - line[end - 1].x1
            joined = "".join(u.text.strip() for u in line[end:stop])
            if gap <= _word_gap(line[end], settings) and _SHARE.match(joined):
                share, end = _share_of(joined), stop
                break
    return Count(tuple(line[index:end]), text, share), end


def _digits_continue(prev: Unit, unit: Unit, settings: LayoutSettings) -> bool:
    text = unit.text.strip()
    ocr_digit = prev.ocr and unit.ocr and len(text) == 1 and text.isdigit() and len(prev.text.strip()) <= 2
    group = len(text) == 3 and text.isdigit()
    return (ocr_digit or group) and unit.x0 - prev.x1 <= settings.dashboard_digit_gap * max(prev.height, unit.height)


def _share_of(text: str) -> float | None:
    match = _SHARE.match(text.replace(" ", ""))
    return float(match[1].replace(",", ".")) / 100 if match else None


def _word_gap(unit: Unit, settings: LayoutSettings) -> float:
    return settings.label_word_gap_em * max(unit.size, unit.height * 0.7)


def _apart(line: list[Unit], start: int, end: int, settings: LayoutSettings) -> bool:
    """A number stands apart from words: "04 Luottavaisuus" (OCR'd "Q4") or a footer's
    "4 / 10" is no count. A PPTX frame line is its own text already."""
    if line[start].origin != "word":
        return True
    before = start > 0 and line[start].x0 - line[start - 1].x1 <= _word_gap(line[start], settings)
    after = end < len(line) and line[end].x0 - line[end - 1].x1 <= _word_gap(line[end - 1], settings)
    return not (before or after)


def _wrapped_share(count: Count, units: Sequence[Unit], used: set[int], settings: LayoutSettings) -> Count:
    """A data label wrapped under its count ("139" / "(73,16%)", variant s0's columns)."""
    x0, _top, x1, bottom = count.box
    for unit in units:
        share = _share_of(unit.text.strip())
        gap = unit.top - bottom
        if share is not None and id(unit) not in used and overlap(x0, x1, unit.x0, unit.x1) > 0 \
                and -0.3 * count.height <= gap <= settings.label_stack_gap * unit.height:
            used.add(id(unit))
            return Count((*count.units, unit), count.text, share)
    return count


# --- a label facing its number ----------------------------------------------------------------

def _listed(states: list[LabelHit]) -> set[int]:
    """The states printed as a list (a legend): another state of their breakdown right above or
    under them in their column. A list's entry faces its count across, never above or under
    it: a column chart sets its states side by side (seed 001's text export: "Etenee",
    "Huomioitava", "Ei etene" listed over a ring's data label "46 (79,31%)")."""
    out = set()
    for hit in states:
        group = hit.key.partition(".")[0]
        if any(o is not hit and o.key.partition(".")[0] == group and overlap(o.x0, o.x1, hit.x0, hit.x1) > 0
               and min(abs(o.top - hit.bottom), abs(hit.top - o.bottom)) < 2 * hit.units[0].height
               for o in states):
            out.add(id(hit))
    return out


def _pair(hits: list[LabelHit], counts: list[Count], markers: dict[int, dict | None], page: PageContent,
          units: Sequence[Unit], settings: LayoutSettings, found: Found, extractor: str,
          across_only: set[int] | frozenset[int] = frozenset()) -> list[Count]:
    """Each label's number: nearest first, one number per label and one label per metric; the
    labels in `across_only` only on their line. Returns the numbers left over."""
    paper = page_paper(page, settings)
    bars = [s for s in page.shapes if classify(s.get("fill"), paper, settings) is not None]
    options = []
    for i, hit in enumerate(hits):
        box = _with_marker(hit, markers.get(id(hit)))
        for j, count in enumerate(counts):
            cost = _facing(box, hit, count, units, bars, settings)
            if cost is not None and not (id(hit) in across_only and _side(box, count) in ("above", "below")):
                options.append((cost, i, j))
    chosen = _greedy(options, hits)
    # One dashboard prints every card's number on one side of its label: where the nearest
    # pairs disagree, the side that pairs the most labels, then the nearer, decides (a text
    # export's cards: each number as far from its label as from the next label, seed 001).
    side_of = {(i, j): _side(_with_marker(hits[i], markers.get(id(hits[i]))), counts[j]) for _c, i, j in options}
    sides = {side_of[pair] for pair in chosen}
    if len(sides) > 1:
        costs = {(i, j): c for c, i, j in options}
        ways = [_greedy([o for o in options if side_of[o[1:]] == side], hits) for side in sorted(sides)]
        chosen = max(ways, key=lambda way: (len(way), -sum(costs[pair] for pair in way)))
    for i, j in chosen:
        count = counts[j]
        found[hits[i].key] = (printed_units(count.units, count.text, page.number, extractor), count.value,
                              count.share)
    taken = {j for _i, j in chosen}
    return [c for j, c in enumerate(counts) if j not in taken]


def _greedy(options: list[tuple[float, int, int]], hits: list[LabelHit]) -> list[tuple[int, int]]:
    """(label, number) pairs, nearest first, one number per label and one label per metric."""
    keys: set[str] = set()
    taken: set[int] = set()
    chosen = []
    for _cost, i, j in sorted(options):
        if hits[i].key in keys or j in taken:
            continue
        keys.add(hits[i].key)
        taken.add(j)
        chosen.append((i, j))
    return chosen


def _side(box: Box, count: Count) -> str:
    """Where a number stands from its label: "above", "below", "left" or "right"."""
    cx0, ctop, cx1, _cbottom = count.box
    if overlap(box[0], box[2], cx0, cx1) > 0:
        return "below" if ctop >= box[3] else "above"
    return "right" if cx0 >= box[2] else "left"


def _with_marker(hit: LabelHit, marker: dict | None) -> Box:
    """A label's box with its swatch: a card's number is aligned with the card, not the label
    set off by its swatch ("●  Ei etene" over "4", variant s3's PPTX)."""
    box = (hit.x0, hit.top, hit.x1, hit.bottom)
    if marker is None:
        return box
    return (min(box[0], marker["x0"]), min(box[1], marker["top"]), max(box[2], marker["x1"]),
            max(box[3], marker["bottom"]))


def _facing(box: Box, hit: LabelHit, count: Count, units: Sequence[Unit], bars: list[dict],
            settings: LayoutSettings) -> float | None:
    """How far (in heights) a number faces a label in one column or on one line, across nothing
    but bars; None when other text lies between, they do not face each other or lie too far."""
    cx0, ctop, cx1, cbottom = count.box
    if overlap(box[0], box[2], cx0, cx1) > 0:  # one column: the other axis is x
        across, along = (max(box[0], cx0), min(box[2], cx1)), (box[1], box[3], ctop, cbottom)
        vertical = True
    elif overlap(box[1], box[3], ctop, cbottom) > 0:
        across, along = (max(box[1], ctop), min(box[3], cbottom)), (box[0], box[2], cx0, cx1)
        vertical = False
    else:
        return None
    a0, a1, b0, b1 = along
    gap = (a1, b0) if b0 >= a1 else (b1, a0) if b1 <= a0 else None
    if gap is None:
        return None
    mine = {id(u) for u in (*hit.units, *count.units)}
    for unit in units:
        lo, hi, mid = (unit.x0, unit.x1, unit.cy) if vertical else (unit.top, unit.bottom, unit.cx)
        if id(unit) not in mine and overlap(lo, hi, *across) > 0 and gap[0] < mid < gap[1]:
            return None
    covered = _covered(gap, across, bars, vertical)
    height = max(max(u.height for u in hit.units), count.height)
    free = (gap[1] - gap[0] - covered) / height
    return free if free <= settings.dashboard_card_reach else None


def _covered(gap: tuple[float, float], across: tuple[float, float], bars: list[dict], vertical: bool) -> float:
    """How much of the gap the bars between label and number cover."""
    spans = sorted((max(gap[0], s["top" if vertical else "x0"]), min(gap[1], s["bottom" if vertical else "x1"]))
                   for s in bars if overlap(s["x0" if vertical else "top"], s["x1" if vertical else "bottom"],
                                            *across) > 0)
    covered, reach = 0.0, gap[0]
    for lo, hi in spans:
        lo = max(lo, reach)
        if hi > lo:
            covered += hi - lo
            reach = hi
    return covered


# --- the one count left unprinted -------------------------------------------------------------

def _derive(prefix: str, keys: list[str], states: list[LabelHit], found: Found, page: int,
            extractor: str) -> list[str]:
    """The one state of a breakdown without a count: the breakdown's total (its card) minus
    the others, when the total is printed (tp2025_hva_tavoitteet: the smallest slices print
    no data label)."""
    printed = {h.key: h for h in states if h.key.startswith(prefix + ".")}
    missing = [k for k in keys if k in printed and k not in found]
    total = found.get(ANNUAL_SUMMARY_DONUT_TOTALS[prefix])
    if not missing:
        return []
    others = [found[k] for k in keys if k in found]
    if len(missing) > 1 or total is None or len(others) != len(keys) - 1:
        label = " ".join(u.text for u in printed[missing[0]].units)
        return [f"page {page}: no count printed for {label!r} ({prefix})"]
    rest = total[1] - sum(value for _printed, value, _share in others)
    if rest < 0:
        return [f"page {page}: the counts of {prefix} exceed their total"]
    hit = printed[missing[0]]
    score = DERIVED_SCORE if charts.shares_agree(others, total[1]) else 0.3
    found[missing[0]] = (printed_units(hit.units, str(rest), page, extractor, score), rest, None)
    return []
