"""Appendix of council-binding goals of a financial statement (seed 004): "Liite - Sitovat
strategiset tavoitteet", Tilinpäätös 2024, and its variants (issue 9).

Every format is read on the layout engine (binding_engine: parts found per page, tied to
goals by reading order): PDF and PPTX text layers, text exports (positioned by
text_backend, each tab row's words knowing their cell) and OCR'd scans (positioned words
with a confidence, cleaned by the shared misreads helpers).
"""

from __future__ import annotations

from .binding_engine import detect, parse

KIND = "binding_goals_annual"

__all__ = ["KIND", "detect", "parse"]
