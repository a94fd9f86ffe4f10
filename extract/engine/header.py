"""Table headers: label hits that share one horizontal band form a header row, whatever
their vertical alignment (a two-line label beside one-line labels aligned to the top,
middle or bottom still overlaps them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .labels import LabelHit
from .units import overlap


@dataclass(frozen=True)
class Column:
    key: str
    x0: float
    x1: float
    label: LabelHit | None  # None: a column the table prints no header label for


@dataclass(frozen=True)
class Header:
    columns: tuple[Column, ...]  # left to right
    top: float
    bottom: float
    left_limit: float | None = None
    """Where the table starts at the latest, when something says so (a section heading
    over an unlabelled first column): text further left is not the table's."""
    right_limit: float | None = None
    """Where the table ends at the latest: another table's header on the same line."""
    stacked: bool = False
    """Its labels printed one per line (a text export's reading order): its cells follow
    each other under it, none stands under its label."""

    @property
    def keys(self) -> set[str]:
        return {c.key for c in self.columns}

    @property
    def x0(self) -> float:
        return self.columns[0].x0

    @property
    def x1(self) -> float:
        return self.columns[-1].x1


def find_headers(hits: Sequence[LabelHit], required: set[str], min_labels: int) -> list[Header]:
    """Header rows top to bottom: bands of overlapping hits holding every `required` key and at
    least `min_labels` distinct keys. A key seen twice in a band keeps its best hit."""
    headers = []
    for band in (part for whole in _merged(_bands(hits)) for part in _side_by_side(whole)):
        best: dict[str, LabelHit] = {}
        for hit in band:
            if hit.key not in best or (hit.score, len(hit.units)) > (best[hit.key].score, len(best[hit.key].units)):
                best[hit.key] = hit
        if required <= best.keys() and len(best) >= min_labels:
            columns = sorted((Column(k, h.x0, h.x1, h) for k, h in best.items()), key=lambda c: c.x0)
            headers.append(Header(tuple(columns), min(h.top for h in best.values()),
                                  max(h.bottom for h in best.values())))
    return sorted(headers, key=lambda h: h.top)


def _bands(hits: Sequence[LabelHit]) -> list[list[LabelHit]]:
    """Hits grouped by overlapping vertical extents (each overlap at least a third of the
    shorter hit, so stacked neighbours of two header rows stay apart)."""
    bands: list[list[LabelHit]] = []
    for hit in sorted(hits, key=lambda h: h.top):
        for band in bands:
            if any(overlap(hit.top, hit.bottom, o.top, o.bottom) >= 0.34 * min(hit.bottom - hit.top,
                                                                               o.bottom - o.top)
                   for o in band):
                band.append(hit)
                break
        else:
            bands.append([hit])
    return bands


def _side_by_side(band: list[LabelHit]) -> list[list[LabelHit]]:
    """A band cut where a key printed further left comes again: two tables side by side on
    one header line (variant s10: key results and KPIs, both with Lähtötilanne, Q2 and Q4)."""
    parts: list[list[LabelHit]] = [[]]
    for hit in sorted(band, key=lambda h: h.x0):
        if any(h.key == hit.key for h in parts[-1]):
            parts.append([])
        parts[-1].append(hit)
    return parts


def _merged(bands: list[list[LabelHit]]) -> list[list[LabelHit]]:
    """Join neighbouring bands into one header row when they are less than a line apart and
    share no key and no x range: a two-row header whose "Lähtötilanne" is centred over both
    rows while "Q2" "Q4" sit in the lower one (okr_q2_2026.pdf's KPI table)."""
    out: list[list[LabelHit]] = []
    for band in bands:
        if out:
            last = out[-1]
            height = min(h.bottom - h.top for h in (*last, *band))
            gap = min(h.top for h in band) - max(h.bottom for h in last)
            keys_apart = not {h.key for h in last} & {h.key for h in band}
            x_apart = all(overlap(a.x0, a.x1, b.x0, b.x1) <= 0 for a in last for b in band)
            if gap < 0.8 * height and keys_apart and x_apart:
                last.extend(band)
                continue
        out.append(list(band))
    return out
