"""A PPTX element's solid fill as RGB in 0..1: shapes, table cells and chart series or
points set it the same way (python-pptx `FillFormat`)."""

from __future__ import annotations

from typing import Any

from pptx.enum.dml import MSO_FILL


def solid_fill_rgb(obj: Any) -> tuple[float, float, float] | None:
    """`obj.fill`'s colour when it is a solid RGB fill; None for no fill, gradients, pictures
    and theme or scheme colours without an RGB value."""
    try:
        fill = obj.fill
        if fill.type != MSO_FILL.SOLID:
            return None
        rgb = fill.fore_color.rgb
    except (AttributeError, TypeError, ValueError, KeyError, NotImplementedError):
        return None
    return (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)
