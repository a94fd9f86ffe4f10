"""Traffic lights as drawn: the coloured marker or filled cell that belongs to a value,
and the page's own colour legend. Colours stay raw RGB here; normalize maps them."""

from __future__ import annotations

import colorsys
from collections.abc import Sequence

from .page import Geometry

RGB = tuple[float, float, float]


def is_marker_colour(rgb: RGB | None) -> bool:
    """Saturated colours and mid greys can be lights; white, black and pale panels cannot."""
    if rgb is None:
        return False
    _, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    if saturation >= 0.35 and 0.2 <= lightness <= 0.85:
        return True
    return saturation < 0.15 and 0.35 <= lightness <= 0.75  # grey: "cannot be assessed"


REFERENCE_RGB: dict[str, RGB] = {
    "green": (0.0, 0.69, 0.31), "yellow": (1.0, 0.78, 0.0), "red": (0.86, 0.12, 0.12), "grey": (0.6, 0.6, 0.6),
}
"""Reference colours of the colour words (as normalize.colors uses for lights)."""


def colour_name(rgb: RGB) -> tuple[str, float]:
    """The nearest reference colour, and how clearly it is the nearest (0.5..1)."""
    ranked = sorted((sum((a - b) ** 2 for a, b in zip(rgb, ref, strict=True)), name)
                    for name, ref in REFERENCE_RGB.items())
    (d1, name), (d2, _) = ranked[0], ranked[1]
    return name, d2 / (d1 + d2) if d1 + d2 else 1.0


def _centre(box: Geometry) -> tuple[float, float]:
    return ((box["x0"] + box["x1"]) / 2, (box["top"] + box["bottom"]) / 2)


def _area(box: Geometry) -> float:
    return max(0.0, box["x1"] - box["x0"]) * max(0.0, box["bottom"] - box["top"])


def light_of(value: Geometry, shapes: Sequence[Geometry], column: tuple[float, float] | None = None,
             reach: float = 2.5) -> RGB | None:
    """The light of a value: its own filled table cell, a small marker beside it on its
    row, or the filled cell drawn under it.

    `column` (x0, x1) is the value's column band: a marker outside it belongs to the
    neighbouring cell. `reach` is how many text heights away a marker may sit.
    """
    if is_marker_colour(value.get("fill")):
        return value["fill"]  # type: ignore[no-any-return]
    height = max(1.0, value["bottom"] - value["top"])
    cx, cy = _centre(value)
    best: tuple[float, RGB] | None = None
    for shape in shapes:
        fill = shape.get("fill")
        if not is_marker_colour(fill):
            continue
        sx, sy = _centre(shape)
        if column is not None and not column[0] <= sx <= column[1]:
            continue
        width, tall = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        holds = shape["x0"] <= cx <= shape["x1"] and shape["top"] <= cy <= shape["bottom"]
        if holds and _area(shape) <= 12 * max(_area(value), height * height * 4):
            distance = 0.0  # a filled cell (or a marker drawn behind the value)
        elif width <= 3 * height and tall <= 3 * height and abs(sy - cy) <= 1.2 * height:
            gap = max(shape["x0"] - value["x1"], value["x0"] - shape["x1"], 0.0)
            if gap > reach * height:
                continue
            distance = gap + abs(sy - cy)
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, fill)  # type: ignore[assignment]
    return best[1] if best else None
