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


_NUMBER = re.compile(r"[-+−–]?(?:0|[1-9]\d*)(?:[.,]\d+)*%?")
"""A value as a table prints it, read as one token: digits without a leading zero ("01" is
a misread quarter label), thousands or decimal separators, a percent sign."""
_VALUE_ISH = re.compile(r"(?!.*[^\W\d_]{2})\S{1,8}")
ZERO_LOOKALIKES = frozenset("oO")
"""A lone letter OCR makes of a zero (tp2024_sitovat_tavoitteet_scan.pdf read a cell's
bold "0" as "o"); Finnish has no one-letter "o" word."""


def is_number(text: str) -> bool:
    """Whether an OCR token reads as a value (a number or a percentage)."""
    return _NUMBER.fullmatch(text) is not None


def may_be_number(text: str) -> bool:
    """Whether an OCR token could be a value with its glyphs misread: a short token holding
    a digit and no two letters in a row ("51%", "T712%", "1"), or a lone zero look-alike;
    not a misread quarter label ("01" re-read as "1" would lose a period header)."""
    if text in ZERO_LOOKALIKES:
        return True
    return (any(c.isdigit() for c in text) and _VALUE_ISH.fullmatch(text) is not None
            and misread_quarter(text.lower()) is None)


def lost_separator(first: str, again: str) -> bool:
    """Whether a second reading of a value has fewer decimal or thousands separators than the
    first: OCR loses a comma's small tail ("5,1 %" → "51%") but does not invent one, so a
    separator read once is kept (tp2024_sitovat_tavoitteet_scan.pdf page 10: "1,5" read
    right at the page's scale came back "15" enlarged)."""
    return sum(c in ".," for c in again) < sum(c in ".," for c in first)
