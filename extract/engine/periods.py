"""One period-label recogniser for every family and format: baseline ("Lähtötilanne",
"Lähtötaso"), quarters in any wording ("Q2", "Q2/2025", "Q2 2025", "Q2/25", "2025 Q2" with
the year above, "2. kvartaali"), and the header rows they form."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from statistics import median

from rapidfuzz import fuzz

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import BASELINE_LABELS, QUARTER_WORDS
from okr_warehouse.vocabulary import PERIOD_TABLE_LABEL_COLUMNS as LABEL_COLUMNS

from ..misreads import misread_quarter
from ..settings import LayoutSettings
from .header import Column, Header, find_headers
from .labels import LabelHit, find_labels, find_phrases, wrap_test
from .lines import cluster_lines
from .units import Unit, overlap

PERIODS = ("baseline", "Q1", "Q2", "Q3", "Q4")
QUARTERS = PERIODS[1:]
_YEAR = r"(?:19|20)?\d\d"
# The year before the quarter ("2025 Q2", the year above) or after it, never both: in a
# narrow header "Q1 2025 Q2 2025" the year between is Q1's (issue 9, quarterly s60).
_QUARTER = re.compile(rf"^(?:(?:19|20)\d\dq([1-4])|q([1-4])(?:{_YEAR})?)$")
_WORDED = re.compile(rf"^([1-4])(?:{'|'.join(fold(w) for w in QUARTER_WORDS)})(?:{_YEAR})?$")
_BASELINES = tuple(fold(b) for b in BASELINE_LABELS)
_BASELINE_YEAR = re.compile(rf"^({'|'.join(_BASELINES)})(?:{_YEAR})?$")


def period_key(folded: str, settings: LayoutSettings) -> tuple[str, float] | None:
    """The period a folded header phrase names, with how sure the reading is."""
    if m := _QUARTER.match(folded) or _WORDED.match(folded):
        return f"Q{next(g for g in m.groups() if g)}", 100.0
    if misread := misread_quarter(folded):  # OCR's "02" for a bold "Q2" (okr_q2_2025_scan.pdf)
        return misread + MISREAD, settings.label_min_score
    if _BASELINE_YEAR.match(folded):
        return "baseline", 100.0
    if len(folded) >= settings.label_fuzzy_min_length:  # OCR's "Lahtdtilanne"
        score = max(float(fuzz.ratio(folded, b)) for b in _BASELINES)
        if score >= settings.label_min_score:
            return "baseline", score
    return None


_STARTS = {"q1", "q2", "q3", "q4", "19", "20", "1", "2", "3", "4", "0", "o", "d", "qi", "ql",
           *(b[:2] for b in _BASELINES)}


# What a wrapped period label can begin: "Lähtö-" / "tilanne", "2." / "kvar-" / "taali",
# "Q4" / "2025", "2025" / "Q4" (OCR's "01" for "Q1" too).
_WRAPPING = (*_BASELINES, *(f"{n}{fold(w)}" for n in "1234" for w in QUARTER_WORDS))
_WRAPPING_QUARTER = re.compile(r"^(?:(?:19|20)\d\d)?[qod0]?[1-4il]?$")


_NUMBER = re.compile(r"\d,\d|^\s*[-−+]\s*\d")
"""A decimal (comma) or a signed number: a value, never part of a period's name."""


MISREAD = "~ocr"
"""Marks a period read through an OCR misreading: only OCR'd words may be read so; printed
text keeps the strict rules ("02" in a PDF is no quarter)."""


_ORDINAL = re.compile(r"^[1-4]\.$")
"""A quarter's ordinal ("2." of "2. kvartaali") begins its label, never ends another: in a
header printed one label per line, "1. kvartaali" / "2." is no Q1 of the year "2…"."""


_GLUED = re.compile(r"(?:[qQ][1-4]){2,}")


def _unglued(unit: Unit) -> list[Unit]:
    """Quarter labels printed without a space ("Q4Q3": two text frames' texts run together in
    a text export, seed 002) as one unit each, the width shared by characters."""
    if not _GLUED.fullmatch(unit.text):
        return [unit]
    width = (unit.x1 - unit.x0) / len(unit.text)
    return [replace(unit, text=unit.text[i:i + 2], x0=unit.x0 + i * width, x1=unit.x0 + (i + 2) * width)
            for i in range(0, len(unit.text), 2)]


def period_hits(units: Sequence[Unit], settings: LayoutSettings) -> list[LabelHit]:
    hits = []
    begins_label = wrap_test(_WRAPPING, settings)  # fuzzily: OCR's "Lähtd-" / "tilanne"
    # a value under a header label is no part of it ("Q1" over "-2,1" read "Q1 21": quarterly s47)
    units = [piece for u in units if not _NUMBER.search(u.text) for piece in _unglued(u)]
    for hit in find_phrases(units, lambda text: period_key(text, settings), 20, _STARTS, settings,
                            lambda text: bool(_WRAPPING_QUARTER.match(text)) or begins_label(text),
                            lambda text: not _ORDINAL.match(text)):
        if hit.key.endswith(MISREAD):
            if not all(u.source is not None and u.source.get("conf") is not None for u in hit.units):
                continue
            hit = replace(hit, key=hit.key.removesuffix(MISREAD))
        hits.append(hit)
    return hits


def period_headers(units: Sequence[Unit], settings: LayoutSettings, label_key: str = "label") -> list[Header]:
    """Header rows of period tables (at least two period columns), each with a `label_key`
    column for the row labels left of the first period: its own header label where one is
    printed, else an empty column the grid widens to the text it finds there."""
    headers = []
    printed_labels = find_labels(units, {label_key: LABEL_COLUMNS}, settings)
    hits = period_hits(units, settings)
    found = find_headers(hits, set(), settings.period_header_min)
    periods = [(c, h) for h in found for c in h.columns]
    for header in found:
        first = header.columns[0]
        # Its own label: left of its first period with no other table's period between (a KPI
        # table with no label header set beside the key results, whose "Avaintulos" is not
        # its: issue 9, quarterly s99).
        own = [h for h in printed_labels
               if h.x1 <= first.x0 and overlap(h.top, h.bottom, header.top, header.bottom) > 0
               and not any(h.x1 <= c.x0 and c.x1 <= first.x0 and overlap(o.top, o.bottom, header.top, header.bottom) > 0
                           for c, o in periods)]
        if own:
            hit = max(own, key=lambda h: h.x1)
            label = Column(label_key, hit.x0, hit.x1, hit)
        else:
            height = min(u.height for u in first.label.units) if first.label else 0.0
            edge = first.x0 - (first.x1 - first.x0) - 2 * height
            label = Column(label_key, edge, edge, None)
        # A period column holds short values: its cells reach at most one column pitch past
        # its label, never into text set beside the table (a summary right of a KPI table
        # whose last quarter is still empty, quarterly variant s1).
        centres = [(c.x0 + c.x1) / 2 for c in header.columns]
        pitch = median(b - a for a, b in pairwise(centres))
        headers.append(Header((label, *header.columns), header.top, header.bottom,
                              right_limit=header.columns[-1].x1 + pitch))
    return _beside_each_other(headers) + _stacked(units, hits, printed_labels, found, settings, label_key)


def _stacked(units: Sequence[Unit], hits: Sequence[LabelHit], printed_labels: Sequence[LabelHit],
             found: Sequence[Header], settings: LayoutSettings, label_key: str) -> list[Header]:
    """Headers printed one label per line, in the periods' order at one margin (a text
    export's table: "Lähtötaso" / "1. kvartaali" / …, quarterly text variant s2), each
    label alone on its lines; a row-label column's header may stand on the line above."""
    lines = cluster_lines(units, settings)
    taken = {id(u) for h in found for c in h.columns if c.label for u in c.label.units}
    runs: list[list[LabelHit]] = []
    for hit in sorted(hits, key=lambda h: h.top):
        mine = {id(u) for u in hit.units}
        if mine & taken or any(id(u) not in mine for line in lines if any(id(u) in mine for u in line) for u in line):
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and _follows(last, hit, settings):
            runs[-1].append(hit)
        else:
            runs.append([hit])
    headers = []
    for run in (r for r in runs if len(r) >= settings.period_header_min):
        first = run[0]
        above = [h for h in printed_labels if first.top > h.bottom and _follows(h, first, settings, ordered=False)]
        label = Column(label_key, above[-1].x0, above[-1].x1, above[-1]) if above else \
            Column(label_key, first.x0, first.x0, None)
        columns = tuple(Column(h.key, h.x0, h.x1, h) for h in run)
        headers.append(Header((label, *columns), (above[-1] if above else first).top, run[-1].bottom, stacked=True))
    return headers


def _follows(last: LabelHit, hit: LabelHit, settings: LayoutSettings, ordered: bool = True) -> bool:
    """`hit` printed on the next line after `last` (an empty line between at most), at its margin."""
    height = min(u.height for u in (*last.units, *hit.units))
    return (0 <= hit.top - last.bottom <= settings.stacked_header_gap * height and abs(hit.x0 - last.x0) <= height
            and (not ordered or PERIODS.index(hit.key) > PERIODS.index(last.key)))


def _beside_each_other(headers: list[Header]) -> list[Header]:
    """A table ends where the next table on its header line begins (variant s10)."""
    out = []
    for header in headers:
        right = [h.columns[0].x0 if h.columns[0].label is not None else h.columns[1].x0 for h in headers
                 if h is not header and h.x0 > header.columns[-1].x1
                 and overlap(h.top, h.bottom, header.top, header.bottom) > 0]
        limit = min([*right, header.right_limit if header.right_limit is not None else float("inf")])
        out.append(replace(header, right_limit=limit))
    return out
