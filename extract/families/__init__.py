"""Report-family parsers, one module each. A family module exposes `KIND` (the
reports.report_kind value), `detect(content, settings) -> float` (0..1, from content
only) and `parse(content, settings) -> Findings`. Every module of this package that
defines them is a family; detection picks the highest score."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from .base import Findings


def _discover() -> tuple[ModuleType, ...]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if all(hasattr(module, name) for name in ("KIND", "detect", "parse")):
            found.append(module)
    return tuple(found)


FAMILIES = _discover()
CERTAIN = 1.0
"""The top detection score: a family scoring it ends detection (`extract._detect`)."""

__all__ = ["CERTAIN", "FAMILIES", "Findings"]
