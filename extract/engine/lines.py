"""Units → lines: units whose vertical centres lie within a share of the page's own text
height of each other are one printed line (no constant tuned to one sample)."""

from __future__ import annotations

from collections.abc import Sequence

from ..settings import DEFAULT_SETTINGS, LayoutSettings
from .memo import IdentityMemo
from .units import Unit, line_height

_CLUSTERED: IdentityMemo[list[list[Unit]]] = IdentityMemo(512)
"""Units clustered lately: a page's units are clustered once for every vocabulary and table
looked for on it (about ten times per page per family, 20 % of detection's time)."""


def cluster_lines(units: Sequence[Unit], settings: LayoutSettings) -> list[list[Unit]]:
    """Lines top to bottom, each left to right."""
    if not units:
        return []
    lines = _CLUSTERED.get((*units, settings), lambda: _cluster(units, settings))
    return [list(line) for line in lines]


def _cluster(units: Sequence[Unit], settings: LayoutSettings) -> list[list[Unit]]:
    tolerance = settings.line_centre_tolerance * line_height(units)
    lines: list[list[Unit]] = []
    centre = total = 0.0
    for unit in sorted(units, key=lambda u: u.cy):
        if lines and abs(unit.cy - centre) <= tolerance:
            lines[-1].append(unit)
            total += unit.cy  # summed in the order sum() would: the same centre, bit for bit
            centre = total / len(lines[-1])
        else:
            lines.append([unit])
            centre = total = unit.cy
    return [sorted(line, key=lambda u: u.x0) for line in lines]


def unit_lines(units: Sequence[Unit], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[list[Unit]]:
    """A cell's or a part's few units as lines, each left to right: a unit joins the line
    whose first unit's centre lies within `line_centre_tolerance` of its own height (too few
    units to take a tolerance from the page's text, as `cluster_lines` does)."""
    lines: list[list[Unit]] = []
    for unit in sorted(units, key=lambda u: (u.cy, u.x0)):
        if lines and abs(unit.cy - lines[-1][0].cy) <= settings.line_centre_tolerance * unit.height:
            lines[-1].append(unit)
        else:
            lines.append([unit])
    return [sorted(line, key=lambda u: u.x0) for line in lines]
