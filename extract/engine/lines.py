"""Units → lines: units whose vertical centres lie within a share of the page's own text
height of each other are one printed line (no constant tuned to one sample)."""

from __future__ import annotations

from collections.abc import Sequence

from ..settings import DEFAULT_SETTINGS, LayoutSettings
from .units import Unit, line_height


def cluster_lines(units: Sequence[Unit], settings: LayoutSettings) -> list[list[Unit]]:
    """Lines top to bottom, each left to right."""
    if not units:
        return []
    tolerance = settings.line_centre_tolerance * line_height(units)
    lines: list[list[Unit]] = []
    centre = 0.0
    for unit in sorted(units, key=lambda u: u.cy):
        if lines and abs(unit.cy - centre) <= tolerance:
            lines[-1].append(unit)
            centre = sum(u.cy for u in lines[-1]) / len(lines[-1])
        else:
            lines.append([unit])
            centre = unit.cy
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
