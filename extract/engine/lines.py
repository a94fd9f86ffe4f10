"""Units → lines: units whose vertical centres lie within a share of the page's own text
height of each other are one printed line (no constant tuned to one sample)."""

from __future__ import annotations

from collections.abc import Sequence

from ..settings import LayoutSettings
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
