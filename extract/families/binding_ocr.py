"""OCR tolerance for the council-binding goals appendix (family `binding_goals_annual`).

A scanned page's words come with their tesseract line's ink box, and the font size is
estimated from that box. A cell border or a filled header band read along with the text
("|" glyphs, the band's edge) stretches the box to twice the text's height, and a line
without ascenders or descenders shrinks it: headings and row gaps judged by size and
position go wrong. The width of the printed letters does not depend on what else the
line holds, so a line whose box disagrees with its letters' width gets the size its
letters say, and (when stretched) a box of that height around its middle.

OCR also reads a table's vertical borders as text ("|", a tall "—") and glues a
percentage to its sign ("80 %" → "80%"): borders are dropped, and a glued percentage
whose box is wider than its glyphs need gets its space back. Quarter labels come back
misread ("01:", "Qi:") or mangled past reading on a chart's axis ("Qu 2 03 A"): the
misreadings are read as the quarter, and an axis's unread labels get the quarter their
position on the evenly spaced axis says.
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from .. import misreads
from ..page import Geometry

GLYPH_EM = {"lower": 0.46, "upper": 0.68, "digit": 0.556, "%": 0.889, "narrow": 0.3, "other": 0.55, " ": 0.278}
"""Mean glyph widths in font sizes of the sans-serif faces reports print in (lower case
calibrated on the native PDFs' lines: width / (Σ glyph widths × size) has median 1.00,
5–95 % of lines within 0.95–1.11; lines of capitals and digits 1.04)."""
_NARROW = frozenset(".,:;!|'()/-")
INK_TRIM_EM = 0.08
"""An OCR box holds the ink only: a word is about this many font sizes narrower than its
glyphs' widths (the side bearings at its ends; on the sample scans glued percentages
measure 0.04–0.13 narrower, spaced ones 0.14–0.34 wider than the glued glyphs)."""
SIZE_SLACK = 1.3
"""A line box within this factor of its letters' size is trusted as measured."""
MIN_LETTERS = 6
"""Fewer letters than this say too little about the size."""
SIZE_PER_HEIGHT = 1.03
"""Font size / ink height of a line (as the OCR backend estimates sizes)."""
BORDERS = frozenset("|¦")
"""What OCR makes of a table's vertical borders: never text."""
DASHES = frozenset("-–—=")
STROKE_RATIO = 1.5
"""A dash whose ink is this many times taller than the text around it is a vertical border."""
AXIS_STEP_SLACK = 1.25
"""The quarters of an axis are evenly spaced: steps between labels read agree this closely."""
AXIS_OFF_STEP = 0.25
"""A word this far (in steps) from every quarter's place is no axis label."""
_GLUED_PERCENT = re.compile(r"^(\d+(?:,\d+)?)%$")
_GLUED_BORDER = re.compile(r"^[-–—=]*[|¦][-–—=|¦]*(?=\w)|(?<=\w)[-–—=|¦]*[|¦][-–—=]*$")
"""A border read into the word beside it ("—|100")."""


def is_border(text: str) -> bool:
    return bool(text) and all(c in BORDERS or c in DASHES for c in text) and any(c in BORDERS for c in text)


def clean_words(words: tuple[Geometry, ...]) -> tuple[Geometry, ...]:
    """The page's words with OCR's damage to the layout undone (native words unchanged):
    borders dropped, each OCR line's size (and stretched box) taken from its letters' width
    where its box disagrees, a glued percentage spaced as printed."""
    ocr = [w for w in words if w.get("conf") is not None]
    if not ocr:
        return words
    kept = [_unglued(w) for w in words if not _border(w, ocr)]
    lines: dict[tuple[float, float], list[Geometry]] = {}
    for word in kept:
        if word.get("conf") is not None:
            lines.setdefault((word["top"], word["bottom"]), []).append(word)
    fixed: dict[int, Geometry] = {}
    sizes: list[float] = []  # letter sizes of the lines that have enough letters
    for (top, bottom), members in lines.items():
        size = letter_size(members)
        if size is None:
            continue
        sizes.append(size)
        measured = max(w.get("size") or 0.0 for w in members)
        if measured <= 0 or 1 / SIZE_SLACK <= measured / size <= SIZE_SLACK:
            continue
        box = {"size": round(size, 2)}
        if measured > size:
            middle, half = (top + bottom) / 2, size / SIZE_PER_HEIGHT / 2
            box.update(top=middle - half, bottom=middle + half)
        for word in members:
            fixed[id(word)] = {**word, **box}
    out = [fixed.get(id(w), w) for w in kept]
    body = median(sizes) if sizes else None
    return tuple(_spaced_percent(w, body) if body and w.get("conf") is not None else w for w in out)


def _unglued(word: Geometry) -> Geometry:
    if word.get("conf") is None:
        return word
    text = _GLUED_BORDER.sub("", word["text"])
    return word if text == word["text"] else {**word, "text": text}


def _border(word: Geometry, ocr: list[Geometry]) -> bool:
    """A border read as text: "|", a dash standing as tall as a stroke, or a dash right
    beside a "|" (a doubled border line)."""
    text = word["text"]
    if word.get("conf") is None or not text:
        return False
    if is_border(text):
        return True
    if not all(c in DASHES for c in text):
        return False
    height = word["bottom"] - word["top"]
    if height > STROKE_RATIO * median(w["bottom"] - w["top"] for w in ocr):
        return True
    return any(is_border(w["text"]) and w["top"] < word["bottom"] and word["top"] < w["bottom"]
               and max(w["x0"] - word["x1"], word["x0"] - w["x1"]) <= height / 2 for w in ocr)


def _spaced_percent(word: Geometry, body: float) -> Geometry:
    """"80%" printed as "80 %": the box is wider than the glued glyphs by half a space or more,
    at the page's body text size (the median of its lines' letter sizes: one line's letters
    say its size only to ±10 %, a space is 13 % of "80 %")."""
    match = _GLUED_PERCENT.match(word["text"])
    if not match:
        return word
    glued = sum(glyph_em(c) for c in word["text"]) - INK_TRIM_EM
    if (word["x1"] - word["x0"]) / body < glued + GLYPH_EM[" "] / 2:
        return word
    return {**word, "text": f"{match.group(1)} %"}


def letter_size(words: list[Geometry]) -> float | None:
    """The font size the words' printed width says (None for too few letters)."""
    text = "".join(w["text"] for w in words)
    if len(text) < MIN_LETTERS:
        return None
    width = sum(w["x1"] - w["x0"] for w in words)
    return width / sum(glyph_em(c) for c in text)


def glyph_em(char: str) -> float:
    if char.islower():
        return GLYPH_EM["lower"]
    if char.isupper():
        return GLYPH_EM["upper"]
    if char.isdigit():
        return GLYPH_EM["digit"]
    if char == "%":
        return GLYPH_EM["%"]
    return GLYPH_EM["narrow"] if char in _NARROW else GLYPH_EM["other"]


def misread_quarter(word: Geometry, folded: str) -> str | None:
    """The quarter an OCR'd word names when OCR misread its label ("01:" → Q1); None for
    printed words."""
    return misreads.misread_quarter(folded) if word.get("conf") is not None else None


def infer_quarters(words: list[Geometry], read: list[str | None]) -> list[str] | None:
    """The quarters of an OCR'd axis row whose labels OCR mangled ("Qu 2 03 A"): the labels
    read (a bare "2" counts as Q2) fix the step from one quarter to the next, and every other
    word is the quarter its position says. None unless every word lands on a distinct quarter."""
    if not is_ocr(words):
        return None
    known = [(_centre(w), int((q or f"Q{w['text']}")[1])) for w, q in zip(words, read, strict=True)
             if q or w["text"] in ("1", "2", "3", "4")]
    steps = [(c2 - c1) / (q2 - q1) for (c1, q1), (c2, q2) in pairwise(known) if q2 != q1]
    if len(known) < 2 or not steps or min(steps) <= 0 or max(steps) > AXIS_STEP_SLACK * min(steps):
        return None
    step, (c0, q0) = median(steps), known[0]
    out = []
    for word in words:
        at = q0 + (_centre(word) - c0) / step
        quarter = round(at)
        if abs(at - quarter) > AXIS_OFF_STEP or not 1 <= quarter <= 4 or f"Q{quarter}" in out:
            return None
        out.append(f"Q{quarter}")
    return out


def is_ocr(words: list[Geometry]) -> bool:
    return any(w.get("conf") is not None for w in words)


def _centre(word: Geometry) -> float:
    return (word["x0"] + word["x1"]) / 2
