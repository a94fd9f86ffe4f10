"""Traffic-light colours → statuses, by the nearest reference colour."""

from __future__ import annotations

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import LIGHT_LABELS

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


def light_status(rgb: RGB | None, legend: tuple[tuple[str, RGB], ...] = ()) -> str | None:
    """The status of a light: by the page's own legend when it has one, else by the
    nearest reference colour (GLOSSARY "Traffic lights")."""
    if rgb is None:
        return None
    by_legend = [(status, colour) for label, colour in legend if (status := legend_status(label))]
    if by_legend:
        return min(by_legend, key=lambda pair: _distance(rgb, pair[1]))[0]
    return LIGHT_STATUS[nearest_colour(rgb)]


def legend_status(label: str) -> str | None:
    folded = fold(label)
    return next((status for text, status in LIGHT_LABELS if fold(text) == folded), None)


def _distance(a: RGB, b: RGB) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True))
