"""Random layout variants of the four report families, with gold from the hand transcriptions.

Each family module (quarterly, annual, kr_confidence, binding) exposes
`render(seed, path) -> Rendered`: it draws a `kit.Style` from the seed, lays the
family's transcribed content (tools/samples/content_*.py) out in that style as a deck
at `path` (.pptx), and returns the gold for it, built from the same content and
never from an extractor.  `build.py` exports each deck to PDF and .ppt with
LibreOffice and writes one gold file per document.  Import with tools/samples on
sys.path (tools/robustness.py does).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Rendered:
    pptx: Path
    pages: int
    gold: dict[str, Any]
    """docs/gold-format.md without format / document / sha256 (build.py adds them per file)."""
    notes: tuple[str, ...] = ()
    """The layout choices drawn for this seed, one line each, printed by robustness for a bad seed."""


FAMILY_MODULES = ("quarterly", "annual", "kr_confidence", "binding")


def renderer(family: str) -> Callable[[int, Path], Rendered]:
    if family not in FAMILY_MODULES:
        raise KeyError(f"unknown family {family!r}; one of {', '.join(FAMILY_MODULES)}")
    return importlib.import_module(f"{__name__}.{family}").render  # type: ignore[no-any-return]
