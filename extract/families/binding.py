"""Appendix of council-binding goals of a financial statement (seed 004): "Liite - Sitovat
strategiset tavoitteet", Tilinpäätös 2024, and its variants (issue 9).

PDF and PPTX text layers and text exports (positioned by text_backend, each tab row's words
knowing their cell) are read on the layout engine (binding_engine: parts found per page,
tied to goals by reading order).  OCR'd scans (word boxes and sizes OCR distorts, see
binding_ocr) still go through the older block reader (binding_blocks), which carries their
tolerances: on the engine the seed's scan reads 19 goals (12 right) and 6 of 60 tasks.
"""

from __future__ import annotations

from ..page import DocumentContent
from ..settings import LayoutSettings
from . import binding_blocks, binding_engine
from .base import Findings

KIND = "binding_goals_annual"


def _blocks(content: DocumentContent) -> bool:
    """OCR'd: its words carry a confidence."""
    return any(w.get("conf") is not None for p in content.pages for w in p.words)


def detect(content: DocumentContent, settings: LayoutSettings) -> float:
    if _blocks(content):
        return binding_blocks.detect_blocks(content, settings)
    return binding_engine.detect(content, settings)


def parse(content: DocumentContent, settings: LayoutSettings) -> Findings:
    if _blocks(content):
        return binding_blocks.parse_blocks(content, settings)
    return binding_engine.parse(content, settings)
