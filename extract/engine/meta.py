"""One meta reader for every family: the fiscal year and the quarter a report states, from
any of the families' wordings ("Vuosi 2025 · Kvartaali Q4", "Vuosi: 2025", "Q4/2025",
"TP 2025", "Tilinpäätös 2025"), with the unit it was printed on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from okr_warehouse.vocabulary import META_QUARTER_LABELS, META_YEAR_LABELS

from .units import Unit

_YEAR = r"((?:19|20)\d\d)"
_YEAR_AFTER_LABEL = re.compile(rf"\b(?:{'|'.join(map(re.escape, META_YEAR_LABELS))})\s*:?\s*{_YEAR}\b", re.IGNORECASE)
_QUARTER_AFTER_LABEL = re.compile(rf"\b(?:{'|'.join(map(re.escape, META_QUARTER_LABELS))})\s*:?\s*(Q[1-4])\b",
                                  re.IGNORECASE)
_ORDINAL_QUARTER = re.compile(rf"\b([1-4])\.\s*(?:{'|'.join(map(re.escape, META_QUARTER_LABELS))})\b(?:\s+{_YEAR})?",
                              re.IGNORECASE)
_QUARTER_YEAR = re.compile(rf"\b(Q[1-4])\s*[/ ]\s*{_YEAR}\b", re.IGNORECASE)
DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")
"""A printed date, Finnish style ("20.5.2026", "20.05.2026"): a report's publication date."""


@dataclass(frozen=True)
class Stated:
    value: str           # "2025" / "Q4"
    units: tuple[Unit, ...]


def stated_year_and_quarter(lines: Sequence[Sequence[Unit]]) -> tuple[Stated | None, Stated | None]:
    """The first year and quarter the lines state with a label; `lines` in reading order."""
    year = quarter = None
    for line in lines:
        text = " ".join(u.text for u in line)
        if year is None and (m := _YEAR_AFTER_LABEL.search(text) or _QUARTER_YEAR.search(text)):
            year = Stated(m.group(m.lastindex or 1), tuple(line))
        if quarter is None and (m := _QUARTER_AFTER_LABEL.search(text) or _QUARTER_YEAR.search(text)):
            quarter = Stated(m.group(1).upper(), tuple(line))
        if quarter is None and (m := _ORDINAL_QUARTER.search(text)):
            quarter = Stated(f"Q{m.group(1)}", tuple(line))
            if year is None and m.group(2):  # "2. kvartaali 2026"
                year = Stated(m.group(2), tuple(line))
        if year and quarter:
            break
    return year, quarter
