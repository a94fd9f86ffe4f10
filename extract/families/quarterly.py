"""Quarterly OKR follow-up deck (seeds 000, 002): one slide per county goal — the
"Tavoite: …" title, its strategic theme, the key results with a Lähtötilanne/Q1–Q4 table
and each quarter's traffic light, the Tiivistelmä summary and the KPI-mittarit table —
plus, in the quarter decks, a "Kuvaus tavoitteen etenemisestä" progress slide per goal.

Every deck generation (real tables, loose text boxes with drawn lights, tables with
filled light cells; PPTX, its .ppt, its PDF export) is read from the same positioned
segments (`extract.layout.segments`); the tables come from `quarterly_tables`.

Report meta, only where printed: the title slide's title and year; else a year printed
over the KPI table's quarter columns; else the year of a key result's "vuoden 2025
loppuun mennessä". The period is the header of the latest column of the key-results
tables that holds a value (a start-of-year deck with only baselines: "Lähtötilanne" →
baseline).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median

from okr_warehouse.text import fold, join_lines
from okr_warehouse.vocabulary import (
    CONTINUATION_WORDS,
    KPI_LABEL_COLUMNS,
    LIGHT_LABELS,
    ORGANIZATIONS,
    QUARTERLY_COVER_WORDS,
    QUARTERLY_GOAL_TITLE,
    QUARTERLY_KPI_HEADINGS,
    QUARTERLY_KPI_NAMES,
    QUARTERLY_KR_HEADINGS,
    QUARTERLY_PROGRESS_HEADINGS,
    QUARTERLY_RESULT_ENDINGS,
    QUARTERLY_SUMMARY_HEADINGS,
    QUARTERLY_THEME_LABELS,
    QUARTERLY_TITLE_PHRASES,
    QUARTERLY_YEAR_END_PHRASE,
)

from .. import layout
from ..engine.lines import cluster_lines
from ..engine.meta import Stated, stated_year_and_quarter
from ..engine.tables import printed_units
from ..lights import light_of, page_legend
from ..page import DocumentContent, Geometry, PageContent
from ..records import RGB, Printed, RawGoal, RawKeyResult, RawKpiValue, RawNarrative, RawValue
from ..settings import LayoutSettings
from . import goal_pages as gp
from . import quarterly_tables as qt
from . import quarterly_text
from .base import Findings, printed

KIND = "quarterly_review"
SPEC = gp.GoalPageSpec(
    title_prefixes=QUARTERLY_GOAL_TITLE,
    continuation_words=CONTINUATION_WORDS,
    headings={"kr": QUARTERLY_KR_HEADINGS, "kpi": QUARTERLY_KPI_HEADINGS, "summary": QUARTERLY_SUMMARY_HEADINGS,
              "progress": QUARTERLY_PROGRESS_HEADINGS},
    theme_labels=QUARTERLY_THEME_LABELS,
    kpi_label_columns=KPI_LABEL_COLUMNS,
    legend_labels=tuple(label for label, _status in LIGHT_LABELS),
    kpi_names=QUARTERLY_KPI_NAMES,
)
DETECTED = 0.9
PERIOD_ORDER = {"baseline": 0, "Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4}
RESULT_LABEL_MAX_WORDS = 6
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_END = re.compile(rf"{QUARTERLY_YEAR_END_PHRASE[0]}\s+((?:19|20)\d\d)\s+{QUARTERLY_YEAR_END_PHRASE[1]}",
                       re.IGNORECASE)
_HEADINGS = {
    "kr": {fold(t) for t in QUARTERLY_KR_HEADINGS},
    "kpi": {fold(t) for t in QUARTERLY_KPI_HEADINGS},
    "summary": {fold(t) for t in QUARTERLY_SUMMARY_HEADINGS},
}
_PREFIXED = {"theme": tuple(fold(t) for t in QUARTERLY_THEME_LABELS),
             "progress": tuple(fold(t) for t in QUARTERLY_PROGRESS_HEADINGS)}
_LIGHTS = tuple(fold(label) for label, _ in LIGHT_LABELS)
_LEGEND_MIN = 8
Legend = tuple[tuple[str, RGB], ...]


@dataclass
class Slide:
    """One page's segments, with the labels found on it."""

    page: PageContent
    segs: list[Geometry]
    extractor: str
    title: Geometry | None = None
    headings: dict[str, Geometry] = field(default_factory=dict)
    headers: list[list[Geometry]] = field(default_factory=list)


@dataclass
class Deck:
    """What the parse learns across slides: goals by title, the latest period with values,
    the printed year context."""

    goals: dict[str, str] = field(default_factory=dict)
    latest: tuple[int, Printed] | None = None
    kpi_latest: tuple[int, Printed] | None = None
    years: dict[str, Printed] = field(default_factory=dict)  # "header" | "key_result" → year


# --- detection ----------------------------------------------------------------------------

def detect(content: DocumentContent, settings: LayoutSettings) -> float:
    """Evidence from the pages: a goal page (a title over a period table with labelled rows)
    and no year-end result label (the annual TP report prints the same tables with those).
    A text export: see `quarterly_text.is_text_deck`."""
    if content.file_format == "text":
        return DETECTED if quarterly_text.is_text_deck(content, settings) else 0.0
    goal_pages = evidence = 0
    for page in content.pages:
        segs = layout.segments(page, settings)
        if any(_is_result_label(s["text"]) for s in segs):
            return 0.0
        read = gp.read_page(page, SPEC, settings, "")
        if any(kind == "kr" for kind, _grid in read.tables) and gp.goal_title(read, SPEC) is not None:
            goal_pages += 1
            # The deck's own marks beside a goal table: its key-results or progress heading, or
            # its light legend (a binding appendix's measure table by quarter has neither).
            evidence += bool(read.legend or any(h.key in ("kr", "progress") for h in read.headings))
    return DETECTED if goal_pages and evidence else 0.0


def _is_result_label(text: str) -> bool:
    if len(text.split()) > RESULT_LABEL_MAX_WORDS:
        return False
    folded = fold(text)
    return any(folded.endswith(fold(ending)) for ending in QUARTERLY_RESULT_ENDINGS)


# --- parse --------------------------------------------------------------------------------

def parse(content: DocumentContent, settings: LayoutSettings) -> Findings:
    extractor = f"{content.backend}/{KIND}"
    if content.file_format == "text":
        return quarterly_text.parse_text(content, settings, extractor)
    found = Findings()
    state, other = gp.read_goal_pages(content, SPEC, settings, extractor, found)
    sizes = [u.size for read in other for u in read.units if u.size > 0]
    body = median(sizes) if sizes else 0.0
    for read in other:
        _cover_meta(read, found, body)
    if "year" not in found.meta:
        for kr in found.key_results:
            deck = Deck()
            _year_context(kr.text, deck)
            if "key_result" in deck.years:
                found.meta["year"] = deck.years["key_result"]
                break
    if "period" not in found.meta and state.latest is not None:
        found.meta["period"] = state.latest[1]
    return found


def _cover_meta(read: gp.PageRead, found: Findings, body: float) -> None:
    """A page without a goal: the deck's title in its largest type, the year and quarter it
    states ("OKR-seuranta Q2/2025", "Tavoitteiden seuranta 2. kvartaali 2026"), the organisation."""
    units = read.units
    if not units:
        return
    for line in cluster_lines(units, read.settings):
        text = " ".join(u.text for u in line)
        if "organization" not in found.meta and any(fold(text).startswith(fold(n)) for n in ORGANIZATIONS):
            found.meta["organization"] = printed_units(line, text, read.page.number, read.extractor)
    size = max(u.size for u in units)
    big = cluster_lines([u for u in units if u.size >= size - 0.6], read.settings)
    # A title or subtitle states the period ("2. kvartaali 2026" under the title, variant s1);
    # text in the document's body size does not ("TP 2024" over a decoy income statement).
    heads = cluster_lines([u for u in units if u.size >= body * 1.15 or u.size >= size - 0.6], read.settings)
    year, quarter = stated_year_and_quarter(heads)
    if year is None:
        match = next(((ln, m) for ln in big if (m := _YEAR.search(" ".join(u.text for u in ln)))), None)
        if match is not None and any(fold(p) in fold(" ".join(u.text for ln in big for u in ln))
                                     for p in (*QUARTERLY_TITLE_PHRASES, *QUARTERLY_COVER_WORDS)):
            year = Stated(match[1].group(0), tuple(match[0]))
    if year is not None and "year" not in found.meta:
        found.meta["year"] = printed_units(year.units, year.value, read.page.number, read.extractor)
        found.meta.setdefault("title", printed_units([u for ln in big for u in ln],
                                                     "\n".join(" ".join(u.text for u in ln) for ln in big),
                                                     read.page.number, read.extractor))
    if quarter is not None and "period" not in found.meta:
        found.meta["period"] = printed_units(quarter.units, quarter.value, read.page.number, read.extractor)


def _slide(page: PageContent, settings: LayoutSettings, extractor: str) -> Slide:
    segs = layout.segments(page, settings)
    _tag_units(segs, page)
    slide = Slide(page, segs, extractor, _goal_title(segs))
    for seg in segs:
        kind = _heading_kind(seg)
        if kind and kind not in ("legend", "title"):
            slide.headings.setdefault(kind, seg)
    return slide


def _tag_units(segs: list[Geometry], page: PageContent) -> None:
    """Name the text frame or table cell each segment comes from (None for PDF words):
    lines of one frame or cell belong together."""
    for seg in segs:
        if seg["table"] is not None:
            seg["unit"] = ("cell", *seg["table"])
        elif seg["origin"] == "frame":
            y = qt.centre_y(seg)
            seg["unit"] = next((("frame", i) for i, box in enumerate(page.text_boxes)
                                if box["x0"] == seg["x0"] and box["x1"] == seg["x1"]
                                and box["top"] <= y <= box["bottom"]), None)
        else:
            seg["unit"] = None


def _goal_title(segs: Sequence[Geometry]) -> Geometry | None:
    titles = [s for s in segs if _title_label(s["text"])]
    return max(titles, key=lambda s: (s["size"], -s["top"])) if titles else None


def _title_label(text: str) -> bool:
    head, colon, _ = text.partition(":")
    return bool(colon) and fold(head) in {fold(t) for t in QUARTERLY_GOAL_TITLE}


def _heading_kind(seg: Geometry) -> str | None:
    folded = fold(seg["text"])
    for kind, labels in _HEADINGS.items():
        if folded in labels:
            return kind
    for kind, prefixes in _PREFIXED.items():
        if folded.startswith(prefixes):
            return kind
    if len(folded) >= _LEGEND_MIN and any(label.startswith(folded) for label in _LIGHTS):
        return "legend"
    return "title" if _title_label(seg["text"]) else None


def _follow(segs: Sequence[Geometry], first: Geometry, gaps: tuple[float, float], same_size: bool,
            own_box: bool = False) -> list[Geometry]:
    """`first` and the lines printed under it in the same box: the same frame/cell, or
    (PDF) the next lines overlapping it horizontally within gaps[1] line heights (gaps[0]
    for the first). With `own_box`, the first following line may sit in a frame of its own."""
    lines = [first]
    for seg in sorted(segs, key=lambda s: (s["top"], s["x0"])):
        prev = lines[-1]
        if seg["top"] <= prev["top"] or seg is prev:
            continue
        if prev["unit"] is not None and seg["unit"] == prev["unit"]:
            lines.append(seg)
            continue
        if prev["unit"] is not None and (len(lines) > 1 or not own_box):
            continue  # a frame's or cell's lines end with it
        limit = gaps[0 if len(lines) == 1 else 1] * qt.height(prev)
        if seg["top"] - prev["bottom"] > limit:
            break
        sized = not same_size or abs(seg["size"] - prev["size"]) <= _size_tolerance(seg, prev)
        if qt.h_overlap(seg, prev) > 0 and sized and _heading_kind(seg) is None:
            lines.append(seg)
    return lines


def _size_tolerance(seg: Geometry, prev: Geometry) -> float:
    """Font sizes printed in a PDF agree to a fraction of a point; OCR estimates them from
    line boxes, which shrink on lines without ascenders or descenders (okr_q2_2025_scan.pdf:
    "ensikontaktissa" under its title read 20 % smaller)."""
    ocr = any(w.get("conf") is not None for w in (*seg.get("words", ()), *prev.get("words", ())))
    return 0.25 * prev["size"] if ocr else 0.6


# --- goal slide ---------------------------------------------------------------------------

def _goal_slide(slide: Slide, found: Findings, deck: Deck) -> None:
    title = _goal_text(slide)
    ref, new = _goal_ref(title, found, deck)
    slide.headers = qt.header_blocks(qt.period_tokens(slide.segs, slide.page.words))
    kr_header, kpi_header = _headers(slide)
    if new:
        found.goals.append(RawGoal(ref, title, "hva", theme=_theme(slide)))
    if kr_header is None:
        found.issues.append(f"page {slide.page.number}: goal slide without a Lähtötilanne/Q1–Q4 header")
        return
    legend = page_legend(slide.segs, slide.page.shapes)
    kr_zone = _key_results(slide, ref, kr_header, legend, found, deck)
    kpi_zone = _kpis(slide, ref, kpi_header, found, deck) if kpi_header else None
    _summary(slide, ref, [z for z in (kr_zone, kpi_zone) if z], found)


def _goal_ref(title: Printed, found: Findings, deck: Deck) -> tuple[str, bool]:
    """The goal a title names (wraps and case aside), and whether it is new."""
    key = fold(title.text)
    if key in deck.goals:
        return deck.goals[key], False
    deck.goals[key] = f"g{len(found.goals) + 1}"
    return deck.goals[key], True


def _goal_text(slide: Slide) -> Printed:
    assert slide.title is not None
    lines = _follow(slide.segs, slide.title, (0.6, 0.6), same_size=True)
    texts = [lines[0]["text"].partition(":")[2].strip(), *(s["text"] for s in lines[1:])]
    return printed(lines, slide.page.number, slide.extractor, "\n".join(t for t in texts if t))


def _theme(slide: Slide) -> Printed | None:
    """The strategic theme: after the label's colon, beside the label on its line, or the
    lines under it (its own frame or the next lines)."""
    label = slide.headings.get("theme")
    if label is None:
        return None
    after = label["text"].partition(":")[2].strip()
    below = _follow(slide.segs, label, (1.5, 1.0), same_size=False, own_box=True)[1:]
    beside = None if after or (below and label["unit"] is not None) else _beside(slide.segs, label)
    if after:
        lines = [label, *_follow(slide.segs, label, (1.0, 1.0), same_size=False)[1:]]
    elif beside is not None:
        lines = _follow(slide.segs, beside, (0.6, 0.6), same_size=True)
    else:
        lines = below
    texts = [after] if after else []
    texts += [s["text"] for s in lines if s is not label]
    if not texts:
        return None
    return printed(lines, slide.page.number, slide.extractor, "\n".join(texts))


def _beside(segs: Sequence[Geometry], label: Geometry) -> Geometry | None:
    """The text printed right after a label on the same line."""
    near = [s for s in segs if s is not label and 0 <= s["x0"] - label["x1"] + 1 <= 3 * qt.height(label)
            and min(s["bottom"], label["bottom"]) - max(s["top"], label["top"]) > 0.5 * qt.height(label)
            and _heading_kind(s) is None]
    return min(near, key=lambda s: s["x0"]) if near else None


def _headers(slide: Slide) -> tuple[list[Geometry] | None, list[Geometry] | None]:
    """The key-results and KPI headers: each is the table under its nearest section heading
    ("Avaintulokset ja seuranta" / "KPI-mittarit"); without headings, top to bottom."""
    found: dict[str, list[Geometry]] = {}
    spare = []
    for header in slide.headers:
        top = min(t["top"] for t in header)
        above = [(kind, seg) for kind, seg in slide.headings.items()
                 if kind in ("kr", "kpi") and seg["top"] <= top + 0.5 * qt.height(seg)]
        kind = max(above, key=lambda ks: ks[1]["bottom"])[0] if above else None
        if kind and kind not in found:
            found[kind] = header
        else:
            spare.append(header)
    for kind in ("kr", "kpi"):
        if kind not in found and spare:
            found[kind] = spare.pop(0)
    return found.get("kr"), found.get("kpi")


def _area(slide: Slide, header: list[Geometry], bands: list[Geometry], kind: str) -> tuple[float, float, float]:
    """(left edge of the label column, top, bottom) of a table's body."""
    top = max(t["bottom"] for t in header)
    span = {"x0": bands[0]["x0"], "x1": bands[-1]["x1"]}
    heading = slide.headings.get(kind)
    if heading is not None and heading["x0"] < bands[0]["x0"]:
        left = heading["x0"] - qt.height(heading)
    else:
        widths = sorted(b["x1"] - b["x0"] for b in bands)
        left = 0.0 if kind == "kr" else bands[0]["x0"] - 3 * widths[len(widths) // 2]
    span["x0"] = left
    stops = [s["top"] for s in slide.segs if s["top"] > top and qt.h_overlap(s, span) > 0
             and _heading_kind(s) not in (None, "legend")]
    stops += [min(t["top"] for t in h) for h in slide.headers if min(t["top"] for t in h) > top]
    return left, top, min(stops, default=slide.page.height)


def _key_results(slide: Slide, goal: str, header: list[Geometry], legend: Legend, found: Findings,
                 deck: Deck) -> Geometry:
    bands = qt.column_bands(header)
    area = _area(slide, header, bands, "kr")
    rows = qt.read_rows(slide.segs, bands, area, slide.page.rules, slide.page.words)
    if not rows:
        found.issues.append(f"page {slide.page.number}: key-results table without key results")
    for row in rows:
        text = _label(slide, row.label)
        if text is None:
            continue
        ref = f"kr{len(found.key_results) + 1}"
        found.key_results.append(RawKeyResult(ref, goal, text))
        _year_context(text, deck)
        for index, lines in sorted(row.cells.items()):
            value = _cell(slide, lines, bands[index])
            if value is None:
                continue
            rgb = light_of(qt.cell_geometry(lines), slide.page.shapes, (bands[index]["x0"], bands[index]["x1"]))
            period = _period(slide, bands[index])
            found.values.append(RawValue(ref, period, value, rgb, legend))
            deck.latest = _later(deck.latest, bands[index], period)
    return _zone(header, bands, area)


def _kpis(slide: Slide, goal: str, header: list[Geometry], found: Findings, deck: Deck) -> Geometry:
    bands = qt.column_bands(header)
    area = _area(slide, header, bands, "kpi")
    rows = qt.read_rows(slide.segs, bands, area, slide.page.rules, slide.page.words)
    _header_year(slide, header, deck)
    for row in rows:
        name = _label(slide, row.label)
        cells = [(i, value) for i, lines in sorted(row.cells.items())
                 if (value := _cell(slide, lines, bands[i])) is not None]
        if name is None:
            if cells:
                found.issues.append(f"page {slide.page.number}: KPI values without a KPI name")
            continue
        for index, value in cells:
            period = _period(slide, bands[index])
            found.kpi_values.append(RawKpiValue(goal, name, period, value))
            deck.kpi_latest = _later(deck.kpi_latest, bands[index], period)
    heading = slide.headings.get("kpi")
    zone = _zone(header, bands, area)
    if heading is not None:
        zone["top"] = min(zone["top"], heading["top"])
    return zone


def _zone(header: list[Geometry], bands: list[Geometry], area: tuple[float, float, float]) -> Geometry:
    return {"x0": area[0], "x1": bands[-1]["x1"], "top": min(t["top"] for t in header), "bottom": area[2]}


def _label(slide: Slide, lines: list[Geometry]) -> Printed | None:
    texts = [qt.strip_bullet(lines[0]["text"]), *(s["text"] for s in lines[1:])]
    if not join_lines(texts):
        return None
    return printed(lines, slide.page.number, slide.extractor, "\n".join(texts))


def _cell(slide: Slide, lines: list[Geometry], band: Geometry) -> Printed | None:
    ordered = sorted(lines, key=lambda s: (s["top"], s["x0"]))
    texts = [s["text"] for s in ordered]
    if qt.is_placeholder(texts):
        return None
    return printed(ordered, slide.page.number, slide.extractor, "\n".join(texts),
                   parse_score=qt.inside_share(ordered, band))


def _period(slide: Slide, band: Geometry) -> Printed:
    token = band["token"]
    return printed(token, slide.page.number, slide.extractor, token["text"])


def _later(latest: tuple[int, Printed] | None, band: Geometry, period: Printed) -> tuple[int, Printed]:
    order = PERIOD_ORDER.get(band["token"]["period"], -1)
    return latest if latest is not None and latest[0] >= order else (order, period)


def _summary(slide: Slide, goal: str, zones: list[Geometry], found: Findings) -> None:
    label = slide.headings.get("summary")
    if label is None:
        return
    lines = [s for s in slide.segs if s["top"] >= label["bottom"] - 1 and s["x0"] >= label["x0"] - qt.height(label)
             and _heading_kind(s) is None and not any(_holds(z, s) for z in zones)]
    if lines:
        found.narratives.append(RawNarrative(goal, "summary", printed(lines, slide.page.number, slide.extractor)))


def _holds(zone: Geometry, seg: Geometry) -> bool:
    x, y = qt.centre_x(seg), qt.centre_y(seg)
    return zone["x0"] <= x <= zone["x1"] and zone["top"] <= y <= zone["bottom"]


# --- progress slides, title slide, meta ---------------------------------------------------

def _progress_slide(slide: Slide, found: Findings, deck: Deck) -> None:
    title = _goal_text(slide)
    ref, new = _goal_ref(title, found, deck)
    if new:
        found.goals.append(RawGoal(ref, title, "hva"))
    heading = slide.headings["progress"]
    after = heading["text"].partition(":")[2].strip()
    lines = [s for s in slide.segs if s["top"] >= heading["bottom"] - 1 and _heading_kind(s) is None
             and not fold(s["text"]).isdigit()]
    texts = ([after] if after else []) + [qt.strip_bullet(s["text"]) for s in lines]
    if texts:
        text = printed([heading, *lines] if after else lines, slide.page.number, slide.extractor, "\n".join(texts))
        found.narratives.append(RawNarrative(ref, "progress", text))


def _title_page(slide: Slide, found: Findings) -> None:
    """A page without a goal: the deck's title (and its year), the organisation if printed."""
    for seg in slide.segs:
        folded = fold(seg["text"])
        if "organization" not in found.meta and any(folded.startswith(fold(n)) for n in ORGANIZATIONS):
            found.meta["organization"] = printed(seg, slide.page.number, slide.extractor)
    if "title" in found.meta or not slide.segs:
        return
    size = max(s["size"] for s in slide.segs)
    lines = sorted((s for s in slide.segs if s["size"] >= size - 0.5), key=lambda s: (s["top"], s["x0"]))
    text = "\n".join(s["text"] for s in lines)
    if not any(fold(phrase) in fold(text) for phrase in QUARTERLY_TITLE_PHRASES):
        return
    found.meta["title"] = printed(lines, slide.page.number, slide.extractor, text)
    for seg in lines:
        year = _YEAR.search(seg["text"])
        if year:
            found.meta["year"] = printed(seg, slide.page.number, slide.extractor, year.group(0))
            break


def _header_year(slide: Slide, header: list[Geometry], deck: Deck) -> None:
    """A year printed as a header cell right over the quarter columns ("2026" over Q2, Q4)."""
    quarters = [t for t in header if t["period"] in qt.QUARTERS]
    for seg in slide.segs:
        if "header" in deck.years or not re.fullmatch(_YEAR, seg["text"].strip()):
            continue
        if any(qt.h_overlap(seg, t) > 0 and 0 <= t["top"] - seg["top"] <= 3 * qt.height(t) for t in quarters):
            deck.years["header"] = printed(seg, slide.page.number, slide.extractor, seg["text"].strip())


def _year_context(text: Printed, deck: Deck) -> None:
    match = _YEAR_END.search(join_lines(text.text.splitlines()))
    if match and "key_result" not in deck.years:
        deck.years["key_result"] = Printed(match.group(1), text.page, text.box, text.extractor, 0.8)


def _deck_meta(found: Findings, deck: Deck) -> None:
    for source in ("header", "key_result"):
        if "year" not in found.meta and source in deck.years:
            found.meta["year"] = deck.years[source]
    latest = deck.latest or deck.kpi_latest
    if latest is not None:
        found.meta["period"] = latest[1]
