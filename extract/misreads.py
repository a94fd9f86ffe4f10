"""How OCR misprints the reports' short labels: one place for the OCR backend and every family."""

from __future__ import annotations

import re

_QUARTER = re.compile(r"^[qo0d]([1-4il])$")


def misread_quarter(folded: str) -> str | None:
    """The quarter a folded OCR token names when its letters were misread — tesseract's
    Finnish model prints a bold "Q1" as "01", "o1", "d1" or "qi" (okr_q2_2025_scan.pdf,
    the annual and binding scans) — as "Q1".."Q4"; None for anything else, including a
    correctly read "q1"."""
    match = _QUARTER.match(folded)
    if match is None or (folded[0] == "q" and folded[1] in "1234"):
        return None
    digit = match.group(1)
    return f"Q{'1' if digit in 'il' else digit}"
