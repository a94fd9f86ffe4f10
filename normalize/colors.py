"""Traffic-light colours → statuses, by the nearest reference colour."""

from __future__ import annotations

RGB = tuple[float, float, float]

REFERENCE: dict[str, RGB] = {
    "green": (0.0, 0.69, 0.31),
    "yellow": (1.0, 0.78, 0.0),
    "red": (0.86, 0.12, 0.12),
    "grey": (0.6, 0.6, 0.6),
}
LIGHT_STATUS = {"green": "on_track", "yellow": "at_risk", "red": "off_track", "grey": None}


def nearest_colour(rgb: RGB) -> str:
    return min(REFERENCE, key=lambda name: sum((a - b) ** 2 for a, b in zip(rgb, REFERENCE[name], strict=True)))


def light_status(rgb: RGB | None) -> str | None:
    return None if rgb is None else LIGHT_STATUS[nearest_colour(rgb)]
