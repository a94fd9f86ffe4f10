"""Page furniture: running headers and footers printed at a page's edge on most pages of a
document ("Kanta-Hämeen hyvinvointialue | TP 2025 | 7"). They belong to no goal's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from okr_warehouse.text import fold, squash

from ..settings import LayoutSettings
from .lines import cluster_lines
from .units import Unit

MIN_PAGES = 3  # a line on two pages is as likely a repeated heading as furniture
OCR_PREFIX = 6
"""Letters an OCR'd edge line is known by: OCR reads a footer's end differently on each page
("… raportointi 5 / 10", "… raportoint! 6/10", tp2025_hva_tavoitteet_scan.pdf)."""


def furniture(pages: Sequence[tuple[float, Sequence[Unit]]], settings: LayoutSettings) -> set[int]:
    """ids of the units on edge lines whose text, digits as 0 (OCR'd: whose first letters),
    recurs on enough pages. `pages`: each page's height and units."""
    edge_lines: list[list[tuple[set[str], list[Unit]]]] = []
    for height, units in pages:
        band = settings.furniture_band * height
        lines = [ln for ln in cluster_lines(units, settings)
                 if max(u.bottom for u in ln) <= band or min(u.top for u in ln) >= height - band]
        edge_lines.append([(_keys(ln), ln) for ln in lines])
    counts: dict[str, int] = {}
    for page_lines in edge_lines:
        for key in {key for keys, _ln in page_lines for key in keys}:
            counts[key] = counts.get(key, 0) + 1
    least = max(MIN_PAGES, settings.furniture_share * len(pages))
    return {id(u) for page_lines in edge_lines for keys, ln in page_lines
            if any(counts[k] >= least for k in keys) for u in ln}


def _keys(line: Sequence[Unit]) -> set[str]:
    text = " ".join(u.text for u in line)
    keys = {re.sub(r"\d+", "0", squash(text))} - {""}
    letters = re.sub(r"\d+", "", fold(text))
    if any(u.ocr for u in line) and len(letters) >= OCR_PREFIX:
        keys.add("ocr:" + letters[:OCR_PREFIX])
    return keys
