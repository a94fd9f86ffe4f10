"""How OCR misprints the reports' short labels: one place for the OCR backend and every family."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from statistics import median

from .page import Geometry

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


# ------------------------------------------------------------------------------------------
# A scan's words as printed: what OCR makes of borders, item labels and drawn marks
# ------------------------------------------------------------------------------------------
BORDERS = frozenset("|¦")
"""What OCR makes of a table's vertical borders: never text."""
_DASHES = frozenset("-–—=")
_GLUED_BORDER = re.compile(r"^[-–—=]*[|¦][-–—=|¦]*(?=\w)|(?<=\w)[-–—=|¦]*[|¦][-–—=]*$")
"""A border read into the word beside it ("—|100", "|käytön")."""
_LABEL = re.compile(r"^[qo0d]([1-4il])(?:(:)|((?:19|20)\d\d):?)$")
"""A quarter item label misread with its colon or glued to its year ("04:", "012024")."""
_ITEM = re.compile(r"^Q[1-4]:?$")
MARK = "●"
"""What a drawn dot or square OCR read as a letter or sign stands for (engine.unlabelled.DRAWN_MARKS)."""


def printed_words(words: Sequence[Geometry], stroke_ratio: float) -> tuple[Geometry, ...]:
    """A page's OCR'd words (those carrying "conf") as printed; native words unchanged.
    Borders go ("|", a dash standing `stroke_ratio` times as tall as the page's usual word,
    a border glued to a word); a misread item label gets its quarter ("04:" → "Q4:",
    "012024" → "Q1 2024"); a sign or stray letter OCR made of a drawn dot or square — the
    first word of its line, or right after an item label ("Q4: O 59%", "m Työ edistyy",
    the binding scan of seed 004) — becomes MARK."""
    ocr = [w for w in words if w.get("conf") is not None]
    if not ocr:
        return tuple(words)
    usual = median(w["bottom"] - w["top"] for w in ocr)
    kept = [_label({**w, "text": _GLUED_BORDER.sub("", w["text"])}) if w.get("conf") is not None else w
            for w in words if w.get("conf") is None or not _border(w, usual * stroke_ratio)]
    kept = [w for w in kept if w["text"]]
    size = type_size([w for w in kept if w.get("conf") is not None])
    kept = [_spaced_percent(w, size) if size and w.get("conf") is not None else w for w in kept]
    kept = [_zero(w, kept) if w.get("conf") is not None else w for w in kept]
    return _colons(_axes([_marked(kept, w) if w.get("conf") is not None else w for w in kept]))


_NUMBER = re.compile(r"^[-+]?\d+(?:[,.]\d+)?\s?%?$")


def _zero(word: Geometry, words: Sequence[Geometry]) -> Geometry:
    """A zero OCR read as the letter ("lkm 0 o 10", the binding scan of seed 004): an "o" in
    a row whose other values are numbers (two at least)."""
    if word["text"] not in ("o", "O"):
        return word
    height = word["bottom"] - word["top"]
    row = [w for w in words if w is not word and abs(w["top"] - word["top"]) < height / 2]
    numbers = sum(bool(_NUMBER.match(w["text"])) for w in row)
    return {**word, "text": "0"} if numbers >= 2 and numbers >= len(row) - 1 else word


GLYPH_EM = {"lower": 0.46, "upper": 0.68, "digit": 0.556, "%": 0.889, "narrow": 0.3, "other": 0.55, " ": 0.278}
"""Mean glyph widths in type sizes of the sans-serif faces reports print in (lower case
calibrated on the native PDFs of seed 004: width / (sum of glyph widths x size) has median
1.00, 5-95 % of lines within 0.95-1.11; lines of capitals and digits 1.04)."""
_NARROW = frozenset(".,:;!|'()/-")
INK_TRIM_EM = 0.08
"""An OCR box holds the ink only: a word is about this many type sizes narrower than its
glyphs' widths (the side bearings at its ends; on the binding scan of seed 004 glued
percentages measure 0.04-0.13 narrower, spaced ones 0.14-0.34 wider than the glued glyphs)."""
MIN_LETTERS = 6
"""A line of fewer characters than this says too little about the type size."""
_GLUED_PERCENT = re.compile(r"^(\d+(?:,\d+)?)%$")


def type_size(words: Sequence[Geometry]) -> float | None:
    """The page's body type size, from its OCR'd lines' widths (OCR's boxes are the ink's:
    their heights vary with ascenders, descenders and borders read along, their widths with
    the letters only): the median over lines of MIN_LETTERS characters or more, a line being
    the words the backend gave one extent."""
    lines: dict[tuple[float, float], list[Geometry]] = {}
    for word in words:
        lines.setdefault((word["top"], word["bottom"]), []).append(word)
    sizes = [sum(w["x1"] - w["x0"] for w in line) / sum(glyph_em(c) for c in text)
             for line in lines.values() if len(text := "".join(w["text"] for w in line)) >= MIN_LETTERS]
    return median(sizes) if sizes else None


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


def _spaced_percent(word: Geometry, size: float) -> Geometry:
    """"80%" printed as "80 %": the box is wider than the glued glyphs need by half a space
    or more at the page's type size (one word's letters say its size only to +-10 %, a
    space is 13 % of "80 %")."""
    match = _GLUED_PERCENT.match(word["text"])
    if not match:
        return word
    glued = sum(glyph_em(c) for c in word["text"]) - INK_TRIM_EM
    if (word["x1"] - word["x0"]) / size < glued + GLYPH_EM[" "] / 2:
        return word
    return {**word, "text": f"{match.group(1)} %"}


AXIS_STEP_SLACK = 1.25
"""A chart's quarter labels are evenly spaced: the steps between the labels read agree this closely."""
AXIS_OFF_STEP = 0.25
"""A word this far (in steps) from every quarter's place is no axis label."""


def _axes(words: list[Geometry]) -> list[Geometry]:
    """A chart's axis whose labels OCR mangled ("Qu Q2 Q3 4", "1 Q2 Q3 Q4", the binding
    scan of seed 004): the labels read (two "Qn" at least; a bare digit counts) fix the step
    from one quarter to the next, and every other short word on the row is the quarter its
    place says, when each lands on a quarter of its own."""
    rows: list[list[int]] = []
    for index in sorted((i for i, w in enumerate(words) if w.get("conf") is not None), key=lambda i: words[i]["top"]):
        word, last = words[index], words[rows[-1][0]] if rows else None
        if last is not None and abs(word["top"] - last["top"]) < (last["bottom"] - last["top"]) / 2:
            rows[-1].append(index)
        else:
            rows.append([index])
    out = list(words)
    for row in rows:
        quarters = _axis_quarters([words[i] for i in sorted(row, key=lambda i: words[i]["x0"])])
        for index, quarter in zip(sorted(row, key=lambda i: words[i]["x0"]), quarters or [], strict=False):
            if not re.fullmatch(r"Q[1-4]", words[index]["text"]):
                out[index] = {**words[index], "text": quarter}
    return out


def _axis_quarters(row: list[Geometry]) -> list[str] | None:
    read = [re.fullmatch(r"Q([1-4])", w["text"]) for w in row]
    if sum(m is not None for m in read) < 2 or len(row) > 4 or any(len(w["text"]) > 3 for w in row):
        return None
    known = [((w["x0"] + w["x1"]) / 2, int(m.group(1) if m else w["text"])) for w, m in zip(row, read, strict=True)
             if m or w["text"] in ("1", "2", "3", "4")]
    steps = [(c2 - c1) / (q2 - q1) for (c1, q1), (c2, q2) in pairwise(known) if q2 != q1]
    if not steps or min(steps) <= 0 or max(steps) > AXIS_STEP_SLACK * min(steps):
        return None
    step, (c0, q0) = median(steps), known[0]
    out: list[str] = []
    for word in row:
        at = q0 + ((word["x0"] + word["x1"]) / 2 - c0) / step
        if abs(at - round(at)) > AXIS_OFF_STEP or not 1 <= round(at) <= 4 or f"Q{round(at)}" in out:
            return None
        out.append(f"Q{round(at)}")
    return out


def _border(word: Geometry, stroke: float) -> bool:
    text = word["text"]
    if any(c in BORDERS for c in text):
        return all(c in BORDERS or c in _DASHES for c in text)
    return bool(text) and all(c in _DASHES for c in text) and word["bottom"] - word["top"] > stroke


def _label(word: Geometry) -> Geometry:
    match = _LABEL.match(word["text"].lower())
    if match is None or (word["text"][0] in "qQ" and match.group(2)):
        return word
    quarter = f"Q{'1' if match.group(1) in 'il' else match.group(1)}"
    return {**word, "text": f"{quarter}:" if match.group(2) else f"{quarter} {match.group(3)}"}


def _marked(words: Sequence[Geometry], word: Geometry) -> Geometry:
    text = word["text"]
    shaped = (len(text) == 1 and not text.isdigit() and text not in _DASHES and text not in "()%&+") or \
        (len(text) == 2 and not text[0].isalnum() and text[0] not in "(-–")
    if not shaped:
        return word
    height = word["bottom"] - word["top"]
    same = [w for w in words if w is not word and abs(w["top"] - word["top"]) < height / 2]
    before = [w for w in same if w["x1"] <= word["x0"] + 0.5 and word["x0"] - w["x1"] < 3 * height]
    after = [w for w in same if w["x0"] >= word["x1"] - 0.5 and w["x0"] - word["x1"] < 3 * height]
    item = bool(before) and _ITEM.match(max(before, key=lambda w: w["x1"])["text"]) is not None
    return {**word, "text": MARK} if item or (after and not before) else word


def _over_item(word: Geometry, words: Sequence[Geometry]) -> bool:
    """A bare quarter label over a column of item labels ("Q1" over "Q4:", its value lost)."""
    height = word["bottom"] - word["top"]
    return any(re.fullmatch(r"Q[1-4]:", w["text"]) and abs(w["x0"] - word["x0"]) < height / 2
               and 0 < w["top"] - word["top"] < 3 * height for w in words)


def _colons(words: Sequence[Geometry]) -> tuple[Geometry, ...]:
    """An item label whose colon OCR lost ("Q1 @ 1,5 min", or over a column of "Q4:" items)
    gets it back."""
    out = list(words)
    for index, word in enumerate(out):
        if word.get("conf") is not None and re.fullmatch(r"Q[1-4]", word["text"]) and _over_item(word, words):
            out[index] = {**word, "text": word["text"] + ":"}
        if word["text"] != MARK:
            continue
        height = word["bottom"] - word["top"]
        before = [i for i, w in enumerate(out) if abs(w["top"] - word["top"]) < height / 2
                  and w["x1"] <= word["x0"] + 0.5 and word["x0"] - w["x1"] < 3 * height]
        if before:
            label = max(before, key=lambda i: out[i]["x1"])
            if re.fullmatch(r"Q[1-4]", out[label]["text"]):
                out[label] = {**out[label], "text": out[label]["text"] + ":"}
    return tuple(out)


_VALUE = re.compile(r"[-+−–]?(?:0|[1-9]\d*)(?:[.,]\d+)*%?")
"""A value as a table prints it, read as one token: digits without a leading zero ("01" is
a misread quarter label), thousands or decimal separators, a percent sign."""
_VALUE_ISH = re.compile(r"(?!.*[^\W\d_]{2})\S{1,8}")
ZERO_LOOKALIKES = frozenset("oO")
"""A lone letter OCR makes of a zero (tp2024_sitovat_tavoitteet_scan.pdf read a cell's
bold "0" as "o"); Finnish has no one-letter "o" word."""


def is_number(text: str) -> bool:
    """Whether an OCR token reads as a value (a number or a percentage)."""
    return _VALUE.fullmatch(text) is not None


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
