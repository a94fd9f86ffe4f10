"""Traffic-light colours → statuses, by the nearest reference colour."""

from __future__ import annotations

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import ANNUAL_KR_ACHIEVEMENT_LABELS, LIGHT_LABELS

RGB = tuple[float, float, float]

REFERENCE: dict[str, RGB] = {
    "green": (0.0, 0.69, 0.31),
    "yellow": (1.0, 0.78, 0.0),
    "red": (0.86, 0.12, 0.12),
    "grey": (0.6, 0.6, 0.6),
}
LIGHT_STATUS = {"green": "on_track", "yellow": "at_risk", "red": "off_track", "grey": None}


def nearest_colour(rgb: RGB) -> str:
    return min(REFERENCE, key=lambda name: _distance(rgb, REFERENCE[name]))


LEGEND_REACH = 0.05
"""Squared RGB distance within which a light takes its nearest legend entry's status."""

# Legend labels a page may print, folded → status (None: grey, "cannot be assessed").
_LEGEND = {fold(label): status for label, status in (*LIGHT_LABELS, *ANNUAL_KR_ACHIEVEMENT_LABELS)}


def light_status(rgb: RGB | None, legend: tuple[tuple[str, RGB], ...] = ()) -> str | None:
    """The status of a light: by the page's own legend when it has one, else by the
    nearest reference colour (GLOSSARY "Traffic lights"). A legend's grey entry stays a
    candidate, so a grey light is None rather than the nearest of the other colours."""
    if rgb is None:
        return None
    by_legend = [(_LEGEND[fold(label)], colour) for label, colour in legend if fold(label) in _LEGEND]
    if by_legend:
        status, colour = min(by_legend, key=lambda pair: _distance(rgb, pair[1]))
        # A legend OCR read only in part (okr_q2_2025_scan.pdf) must not pull a yellow light
        # to its only entry, red: far from every entry, the reference colours decide.
        if _distance(rgb, colour) <= LEGEND_REACH:
            return status
    return LIGHT_STATUS[nearest_colour(rgb)]


def _distance(a: RGB, b: RGB) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True))


_CLASS_STATUS: dict[str, str | None] = {"green": "on_track", "yellow": "at_risk", "red": "off_track", "grey": None}


def quarter_status(colour_class: str | None, rgb: RGB | None, legend: tuple[tuple[str, RGB], ...] = ()) -> str | None:
    """A quarter's light: the engine's colour class when it read one (grey: no status), else
    the raw colour by the page's legend and the reference colours."""
    if colour_class is not None:
        return _CLASS_STATUS.get(colour_class)
    return light_status(rgb, legend)
