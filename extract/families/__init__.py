"""Report-family parsers. Each module exposes `KIND`, `detect(content) -> float` (0..1)
and `parse(content, settings) -> Findings`; `FAMILIES` lists them for detection."""

from __future__ import annotations

from . import kr_confidence
from .base import Findings

FAMILIES = (kr_confidence,)

__all__ = ["FAMILIES", "Findings"]
