"""What OCR does to a year-end report's pages, and how the annual parser tolerates it (issue 5).

A scanned page reaches the parser as the same positioned segments as a native PDF, with
tesseract's confidence on each word, but:

- font sizes are estimated from line boxes and vary by ±20 % between lines of one
  paragraph, and words sit a point or two off where the PDF printed them;
- labels come back with misread letters ("Qi", "01" for a bold "Q1");
- markers and frames leave specks read as "=", "€", "'", "[i" beside the values;
- a table header printed white on a dark band may not be read at all, while another
  slide of the same deck, built on the same template, has it read: such a header is
  borrowed from that slide when the unread row stands where the template's labels stand.

Nothing here knows a coordinate of any sample.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from okr_warehouse.text import fold

from .. import misreads
from ..page import Geometry

SIZE_NOISE = 0.25
"""Two OCR'd lines of one paragraph differ in estimated font size by at most this share."""
SHIFT = 3.0
"""Points an OCR'd line's left edge may stray from the one above it."""
LABEL_MIN_RATIO = 88.0
"""An OCR'd text is a long label (≥ 8 letters) when it scores this against it (folded)."""
BORROWED_SCORE = 0.7
"""Parse score of values read under a header borrowed from another slide."""


def is_ocr(seg: Geometry) -> bool:
    """A segment read by OCR: its words carry tesseract's confidence."""
    return any(w.get("conf") is not None for w in seg.get("words") or (seg,))


def same_size(a: Geometry, b: Geometry, native: float, noise: float = SIZE_NOISE) -> bool:
    """Font sizes equal up to `native` points, or up to the OCR size noise on scans."""
    limit = max(native, noise * max(a["size"], b["size"])) if is_ocr(a) or is_ocr(b) else native
    return bool(abs(a["size"] - b["size"]) <= limit)


def shift(a: Geometry, b: Geometry, native: float) -> float:
    """How far two left edges may differ: `native`, or OCR's word shift."""
    return max(native, SHIFT) if is_ocr(a) or is_ocr(b) else native


def misread_quarter(seg: Geometry) -> str | None:
    """The quarter an OCR'd header cell means when tesseract misread its letters
    ("Qi", "QI", "01", "O4" → "Q1", "Q4"); None otherwise or for native text."""
    if not is_ocr(seg):
        return None
    return misreads.misread_quarter(fold(seg["text"]))


def close_label(seg: Geometry, labels: set[str]) -> str | None:
    """The folded label an OCR'd segment prints with a letter or two misread; None for
    native text, short texts and anything less close."""
    folded = fold(seg["text"])
    if not is_ocr(seg) or len(folded) < 8:
        return None
    best = max(labels, key=lambda label: fuzz.ratio(folded, label), default=None)
    return best if best is not None and fuzz.ratio(folded, best) >= LABEL_MIN_RATIO else None


def is_speck(seg: Geometry) -> bool:
    """An OCR'd value-column token that cannot be a value: no digit and under three letters
    ("=", "€", "'", "[i": a marker's or a frame's remains, a dash misread)."""
    text = seg["text"]
    return is_ocr(seg) and not any(c.isdigit() for c in text) and sum(c.isalpha() for c in text) < 3
