"""Finnish numbers as reports print them: "89,4 %", "70.000 kpl", "24 425", "52k", "0/4".

`parse_value` reads a whole cell; anything it cannot read as one number (a
placeholder, a sentence, "TP 2024") has value None and keeps its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from okr_warehouse.text import squash
from okr_warehouse.vocabulary import PLACEHOLDERS

_NUMBER = r"[-+−–]?\s?(?:\d{1,3}(?:[.\u00a0\u202f ]\d{3})+|\d+)(?:,\d+)?"
_UNIT = r"%|min|kpl|/kk|€|k"
_CELL = re.compile(rf"^(?P<qual>alle|yli|noin|n\.)?\s*(?P<num>{_NUMBER})\s*(?P<unit>{_UNIT})?$", re.I)
_FRACTION = re.compile(r"^(?P<num>\d+)\s*/\s*(?P<den>\d+)$")


@dataclass(frozen=True)
class ParsedValue:
    value: float | None
    unit: str | None
    qualifier: str | None = None  # "alle" / "yli": the number is a bound, kept in value_text
    denominator: float | None = None  # "0/4" → value 0 of 4


def is_placeholder(text: str) -> bool:
    """Empty, or every printed line a placeholder ("xx" over "YYY" in one cell, seed 002)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return not lines or all(squash(line).lower() in PLACEHOLDERS for line in lines)


def parse_number(text: str) -> float | None:
    """One Finnish-formatted number ("1 234,5", "70.000", "-3") or None."""
    cleaned = squash(text).replace("−", "-").replace("–", "-")
    if not re.fullmatch(_NUMBER, cleaned):
        return None
    digits = re.sub(r"[.\u00a0\u202f ]", "", cleaned).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


_DECIMAL_POINT = re.compile(r"(?<![\d.])(-?\d+)\.(\d{1,2})(?![\d.])")


def parse_value(text: str) -> ParsedValue:
    # A dot before one or two digits is never a Finnish thousands separator: it is a
    # decimal comma that OCR or an English export printed as a point ("89.4", seed 000).
    cell = _DECIMAL_POINT.sub(r"\1,\2", squash(text))
    if is_placeholder(cell):
        return ParsedValue(None, None)
    fraction = _FRACTION.match(cell)
    if fraction:
        return ParsedValue(float(fraction["num"]), None, denominator=float(fraction["den"]))
    match = _CELL.match(cell)
    if not match:
        return ParsedValue(None, None)
    number = parse_number(match["num"])
    unit = match["unit"].lower() if match["unit"] else None
    if number is not None and unit == "k":  # "52k" (seed 002): thousands
        number, unit = number * 1000, None
    qualifier = match["qual"].lower() if match["qual"] else None
    return ParsedValue(number, unit, qualifier)
