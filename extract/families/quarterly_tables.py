"""The period tables of a quarterly OKR goal slide, read from positioned segments.

One code path for every rendering: a table is a header of period labels (Lähtötilanne,
Q1…Q4, in any printed order) whose labels give the column bands; the label column (key
results, KPI names) lies left of the first band. Rows are anchored on the label column —
a bullet starts a row where the deck prints bullets, else a new table row, text frame, or
a gap/rule between printed lines — and every value lands in the row whose vertical span
holds it. Nothing here knows a coordinate of any sample.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from okr_warehouse.text import fold, squash
from okr_warehouse.vocabulary import PERIODS, PLACEHOLDERS

from ..layout import union_box
from ..misreads import misread_quarter
from ..page import Geometry

PERIOD_KEYS = {fold(label): period for label, period in PERIODS.items()}
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
BULLETS = "•◦▪▫■□●○‣⁃∙·*»►✓"
_RUN_OF_QUARTERS = re.compile(r"(?:q[1-4]){2,}")
_WRAP_MIN = 4  # a header label wrapped over two lines: at least this many letters on the first


@dataclass
class Row:
    """One table row: its label lines (top to bottom) and its value lines per column band."""

    label: list[Geometry]
    cells: dict[int, list[Geometry]] = field(default_factory=dict)


def centre_x(g: Geometry) -> float:
    return (g["x0"] + g["x1"]) / 2


def centre_y(g: Geometry) -> float:
    return (g["top"] + g["bottom"]) / 2


def height(g: Geometry) -> float:
    return max(1.0, g["bottom"] - g["top"])


def v_gap(a: Geometry, b: Geometry) -> float:
    return max(0.0, b["top"] - a["bottom"], a["top"] - b["bottom"])


def h_overlap(a: Geometry, b: Geometry) -> float:
    return min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])


def strip_bullet(text: str) -> str:
    return text.lstrip().lstrip(BULLETS).lstrip()


def has_bullet(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in BULLETS


def is_placeholder(lines: Sequence[str]) -> bool:
    """A cell whose every printed line is a template placeholder ("xx" / "YYY", "-")."""
    return all(squash(line).lower() in PLACEHOLDERS for line in lines)


# --- header -------------------------------------------------------------------------------

def period_tokens(segs: Sequence[Geometry], words: Sequence[Geometry] = ()) -> list[Geometry]:
    """Every printed period label as its own token {"text", box, "period"}.

    A segment holding several labels ("Q2 Q4" close together, or "Q4Q3" glued) is cut
    into one token per label (at its PDF words where it has them); a label wrapped over
    two lines ("Lähtö-" / "tilanne") is joined.
    """
    tokens: list[Geometry] = []
    for seg in segs:
        labels = _period_labels(seg["text"], is_ocr(seg))
        if labels:
            tokens += _word_tokens(seg, labels, words) or _split_box(seg, labels)
        elif len(fold(seg["text"])) >= _WRAP_MIN:
            tokens += _wrapped_label(seg, segs)
    return tokens


def is_ocr(seg: Geometry) -> bool:
    """True for a segment read by OCR (its words carry tesseract's confidence)."""
    return any(w.get("conf") is not None for w in seg.get("words", ()))


def _word_tokens(seg: Geometry, labels: list[Label], words: Sequence[Geometry]) -> list[Geometry]:
    if len(labels) < 2 or seg["origin"] != "word":
        return []
    mine = sorted((w for w in words if seg["top"] - 0.5 <= w["top"] <= seg["bottom"]
                   and seg["x0"] - 0.5 <= w["x0"] and w["x1"] <= seg["x1"] + 0.5), key=lambda w: w["x0"])
    if len(mine) != len(labels):
        return []
    return [{**seg, "text": text, "x0": w["x0"], "top": w["top"], "x1": w["x1"], "bottom": w["bottom"],
             "period": period, "weak": weak} for (text, period, weak), w in zip(labels, mine, strict=True)]


Label = tuple[str, str, bool]
"""(text, period, weak): weak for an OCR misreading that counts only beside a sure label."""


def _period_labels(text: str, ocr: bool = False) -> list[Label] | None:
    parts: list[Label] = []
    for word in text.split():
        folded = fold(word)
        misread = misread_quarter(folded) if ocr else None
        if folded in PERIOD_KEYS:
            parts.append((word, PERIOD_KEYS[folded], False))
        elif _RUN_OF_QUARTERS.fullmatch(folded):
            for i in range(0, len(folded), 2):
                quarter = folded[i:i + 2].upper()
                parts.append((quarter, quarter, False))
        elif misread:
            parts.append((misread, misread, True))
        else:
            return None
    return parts or None


def _split_box(seg: Geometry, labels: list[Label]) -> list[Geometry]:
    total = sum(len(text) for text, _, _ in labels)
    width = seg["x1"] - seg["x0"]
    out, x = [], seg["x0"]
    for text, period, weak in labels:
        share = width * len(text) / total if len(labels) > 1 else width
        out.append({**seg, "text": text, "x0": x, "x1": x + share, "period": period, "weak": weak})
        x += share
    return out


def _wrapped_label(seg: Geometry, segs: Sequence[Geometry]) -> list[Geometry]:
    head = fold(seg["text"])
    if not any(key.startswith(head) and key != head for key in PERIOD_KEYS):
        return []
    for other in segs:
        if other is seg or h_overlap(seg, other) <= 0 or not 0 <= other["top"] - seg["bottom"] <= height(seg):
            continue
        whole = head + fold(other["text"])
        if whole in PERIOD_KEYS:
            x0, top, x1, bottom = union_box([seg, other])
            text = seg["text"] + "\n" + other["text"]
            return [{**seg, "text": text, "x0": x0, "top": top, "x1": x1, "bottom": bottom,
                     "period": PERIOD_KEYS[whole]}]
    return []


def header_blocks(tokens: Sequence[Geometry]) -> list[list[Geometry]]:
    """Group tokens side by side into table headers (left to right), top to bottom.

    Tokens join a header when they sit next to one of its labels vertically (a merged
    "Lähtötilanne" cell spans the two rows of "2026" / "Q2 Q4") without being stacked
    over one of them. A header needs at least two distinct quarters.
    """
    blocks: list[list[Geometry]] = []
    for token in sorted(tokens, key=lambda t: (centre_y(t), t["x0"])):
        home = next((b for b in blocks if _joins(b, token)), None)
        if home is None:
            blocks.append([token])
        else:
            home.append(token)
    headers = [sorted(b, key=lambda t: t["x0"]) for b in blocks if _is_header(b)]
    return sorted(headers, key=lambda b: min(t["top"] for t in b))


def _joins(block: list[Geometry], token: Geometry) -> bool:
    near = any(v_gap(t, token) <= 0.5 * min(height(t), height(token)) for t in block)
    stacked = any(h_overlap(t, token) > 1.0 for t in block)
    taken = any(t["period"] == token["period"] for t in block)
    return near and not stacked and not taken


def _is_header(block: list[Geometry]) -> bool:
    """At least two distinct quarters, one of them read as printed. OCR may lose a label
    altogether ("Q4" read as "A"): an OCR'd Lähtötilanne beside one quarter is a header too."""
    if all(t.get("weak") for t in block):
        return False
    quarters = {t["period"] for t in block if t["period"] in QUARTERS}
    baseline = any(t["period"] == "baseline" and is_ocr(t) for t in block)
    return len(quarters) >= 2 or (baseline and len(quarters) == 1)


def column_bands(header: list[Geometry]) -> list[Geometry]:
    """Column bands [x0, x1) from the header labels: boundaries in the gutters between
    labels, the outer edges half a gutter beyond the first and last label."""
    edges = [(a["x1"] + b["x0"]) / 2 for a, b in pairwise(header)]
    first_gap = header[1]["x0"] - header[0]["x1"] if len(header) > 1 else 0.0
    last_gap = header[-1]["x0"] - header[-2]["x1"] if len(header) > 1 else 0.0
    xs = [header[0]["x0"] - max(0.0, first_gap) / 2, *edges, header[-1]["x1"] + max(0.0, last_gap) / 2]
    return [{"x0": xs[i], "x1": xs[i + 1], "token": token} for i, token in enumerate(header)]


def band_index(seg: Geometry, bands: Sequence[Geometry]) -> int | None:
    x = centre_x(seg)
    return next((i for i, band in enumerate(bands) if band["x0"] <= x < band["x1"]), None)


# --- body ---------------------------------------------------------------------------------

def read_rows(segs: Sequence[Geometry], bands: list[Geometry], area: tuple[float, float, float],
              rules: Sequence[Geometry], words: Sequence[Geometry]) -> list[Row]:
    """The rows of one table: `area` is (left edge of the label column, top, bottom)."""
    left, top, bottom = area
    body = [piece for seg in segs if top < centre_y(seg) < bottom
            for piece in cut_at_bands(seg, bands, words)]
    labels = [s for s in body if left <= centre_x(s) < bands[0]["x0"]]
    blocks = label_blocks(labels, rules, (left, bands[0]["x0"]))
    if not blocks:
        return []
    bounds = row_bounds(blocks, rules, (left, bands[0]["x0"]))
    rows = [Row(block) for block in blocks]
    for seg in body:
        index = band_index(seg, bands)
        if index is not None:
            rows[bisect_right(bounds, centre_y(seg))].cells.setdefault(index, []).append(seg)
    return rows


def cut_at_bands(seg: Geometry, bands: Sequence[Geometry], words: Sequence[Geometry]) -> list[Geometry]:
    """A PDF line segment that runs over a column boundary, cut into one piece per column."""
    edges = [bands[0]["x0"]] + [b["x1"] for b in bands]
    if seg["origin"] != "word" or not any(seg["x0"] < x < seg["x1"] for x in edges):
        return [seg]
    mine = [w for w in words if seg["top"] - 0.5 <= w["top"] <= seg["bottom"]
            and seg["x0"] - 0.5 <= w["x0"] and w["x1"] <= seg["x1"] + 0.5]
    groups: dict[int, list[Geometry]] = {}
    for word in sorted(mine, key=lambda w: w["x0"]):
        groups.setdefault(bisect_right(edges, centre_x(word)), []).append(word)
    if len(groups) <= 1:
        return [seg]
    pieces = []
    for group in groups.values():
        x0, top, x1, bottom = union_box(group)
        pieces.append({**seg, "text": " ".join(w["text"] for w in group), "x0": x0, "top": top, "x1": x1,
                       "bottom": bottom})
    return pieces


def label_blocks(lines: Sequence[Geometry], rules: Sequence[Geometry], column: tuple[float, float]
                 ) -> list[list[Geometry]]:
    """Split the label column's lines into one block per row."""
    ordered = sorted(lines, key=lambda s: (s["top"], s["x0"]))
    bulleted = any(has_bullet(s["text"]) for s in ordered)
    blocks: list[list[Geometry]] = []
    for line in ordered:
        if blocks and not _starts_row(blocks[-1][-1], line, bulleted, rules, column):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _starts_row(prev: Geometry, line: Geometry, bulleted: bool, rules: Sequence[Geometry],
                column: tuple[float, float]) -> bool:
    if bulleted:
        return has_bullet(line["text"])
    if prev.get("unit") is not None or line.get("unit") is not None:
        return prev.get("unit") != line.get("unit")
    gap = line["top"] - prev["bottom"]
    return gap > 0.5 * height(line) or bool(_rules_between(prev["bottom"], line["top"], rules, column))


def _rules_between(lo: float, hi: float, rules: Sequence[Geometry], column: tuple[float, float]) -> list[float]:
    width = max(1.0, column[1] - column[0])
    return [r["y"] for r in rules if lo - 1 <= r["y"] <= hi + 1
            and min(r["x1"], column[1]) - max(r["x0"], column[0]) >= 0.5 * width]


def row_bounds(blocks: list[list[Geometry]], rules: Sequence[Geometry], column: tuple[float, float]
               ) -> list[float]:
    """The y where each row after the first begins: a rule between two label blocks, else
    the middle of the gap between them."""
    bounds = []
    for above, below in pairwise(blocks):
        lo = max(s["bottom"] for s in above)
        hi = min(s["top"] for s in below)
        middle = (lo + hi) / 2
        ruled = _rules_between(lo, hi, rules, column) if hi > lo else []
        bounds.append(min(ruled, key=lambda y: abs(y - middle)) if ruled else middle)
    return bounds


def cell_geometry(lines: list[Geometry]) -> Geometry:
    """A cell's lines as one geometry for light_of: the lines' width and centre, one line tall
    (so a marker is looked for beside the value, not a whole multi-line span away)."""
    x0, top, x1, bottom = union_box(lines)
    tall = median(height(s) for s in lines)
    middle = (top + bottom) / 2
    return {"x0": x0, "x1": x1, "top": middle - tall / 2, "bottom": middle + tall / 2,
            "fill": lines[0].get("fill")}


def inside_share(lines: Sequence[Geometry], band: Geometry, slack: float = 2.0) -> float:
    """Share of a cell's lines lying wholly inside its column band (the parse score)."""
    clean = sum(band["x0"] - slack <= s["x0"] and s["x1"] <= band["x1"] + slack for s in lines)
    return clean / len(lines) if lines else 0.0
