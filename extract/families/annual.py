"""Year-end (TP, tilinpäätös) report of the county-level goals (seed 001).

The report opens with a title page ("HVA-tasoisten tavoitteiden TP 2025 raportointi",
its date and the county), the assessment rules (the four result labels and their
colours), an overview dashboard (count cards and donuts), then per goal:

- a goal slide titled "Tavoite: …" with its strategic theme ("Strateginen painopiste:"),
  its year-end result label ("Tavoite toteutui" in a coloured box or beside a coloured
  marker), the key results beside or inside a Lähtötilanne/Q1–Q4 table whose Q4 cell
  carries the achievement light, the key-result legend ("Avaintulos toteutui" …), the
  summary (Tiivistelmä) and a KPI table (Lähtötilanne/Q2/Q4);
- one or more narrative pages with the same title (suffixed "(1/2)") holding the owner
  ("Tavoitteen omistaja: …") and the owner's narrative.

Everything is read from positioned segments (`layout.segments`), so the PDF, PPTX and
PPT renderings share one code path. The report's period is the last quarter column of
its key-result tables (Q4): a TP report covers the year up to its last quarter.

Scans (issue 5) run the same code on OCR'd words; annual_ocr says what OCR does to these
pages and how each step tolerates it, annual_headers how a header OCR could not read is
borrowed from another slide of the same report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from okr_warehouse.text import fold, squash
from okr_warehouse.vocabulary import (
    ANNUAL_GOAL_TITLE,
    ANNUAL_KPI_HEADINGS,
    ANNUAL_KR_HEADINGS,
    ANNUAL_OWNER_LABELS,
    ANNUAL_THEME_LABELS,
)

from .. import layout
from ..page import DocumentContent, Geometry, PageContent
from ..records import Printed, RawNarrative
from ..settings import LayoutSettings
from . import annual_dashboard, annual_goal, annual_headers, annual_text
from .annual_goal import GoalDraft, after_label, is_goal_result, kr_legend_labels, label_rest
from .annual_ocr import is_ocr, same_size, shift
from .base import Findings, printed

KIND = "annual_review"
_PART = re.compile(r"\s*\(\s*\d+\s*/\s*\d+\s*\)\s*$")
_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")
_FOOTER_BAND = 0.88  # share of the page height below which repeated lines are page furniture
_FURNITURE_PREFIX = 6  # letters an OCR'd footer line is known by
_TITLE_SIZE_NOISE = 0.5  # OCR: a title line merged with a column beside it gets that column's height too


@dataclass
class Sheet:
    page: PageContent
    segs: list[Geometry]  # without the page furniture
    footer: list[Geometry]  # every line in the footer band, furniture included


def detect(content: DocumentContent, settings: LayoutSettings) -> float:
    """1.0 when a "Tavoite: …" slide carries a year-end result label or the key-result
    achievement legend ("Avaintulos toteutui" …), which quarterly decks never carry; 0.8 for
    "Tavoite: …" slides under a title naming a year-end report ("TP 2025"). Text exports: see
    `annual_text.text_score`."""
    if content.file_format == "text":
        return annual_text.text_score(content, settings)
    score = 0.0
    for page in content.pages:
        segs = layout.segments(page, settings)
        if not goal_title(segs):
            continue
        if any(is_goal_result(s["text"]) or kr_legend_labels(s["text"]) for s in segs):
            return 1.0
        score = 0.8 if _title_names_year_end(content, settings) else score
    return score


def _title_names_year_end(content: DocumentContent, settings: LayoutSettings) -> bool:
    """Whether the largest text of the first page names a year-end report ("… TP 2025 …")."""
    segs = layout.segments(content.pages[0], settings) if content.pages else []
    if not segs:
        return False
    size = max(s["size"] for s in segs)
    return bool(annual_goal.year_pattern().search(" ".join(s["text"] for s in segs if s["size"] >= size - 0.5)))


def parse(content: DocumentContent, settings: LayoutSettings) -> Findings:
    if content.file_format == "text":
        return annual_text.parse_text(content, settings, KIND)
    found = Findings()
    extractor = f"{content.backend}/{KIND}"
    sheets = _sheets(content, settings)
    _meta(sheets, extractor, found)
    colours = annual_goal.result_colours([s for s in sheets if not _is_goal_page(s)])
    drafts: dict[str, GoalDraft] = {}
    narratives: list[tuple[Sheet, list[Geometry]]] = []
    tables = {id(s): annual_headers.page_headers(s.page, s.segs) for s in sheets if _is_goal_page(s)}
    template = annual_headers.templates(list(tables.values()))
    for sheet in sheets:
        if annual_dashboard.is_dashboard(sheet.segs):
            counts, issues = annual_dashboard.dashboard_counts(sheet.page, sheet.segs, extractor)
            found.summary += counts
            found.issues += issues
        title = goal_title(sheet.segs)
        if title is None:
            continue
        if id(sheet) in tables:
            draft = _goal_draft(sheet, title, drafts, extractor)
            headers = annual_headers.with_borrowed(sheet.segs, tables[id(sheet)], template)
            annual_goal.read_goal_page(sheet.page, sheet.segs, draft, colours, headers, found, extractor)
        else:
            narratives.append((sheet, title))
    for sheet, title in narratives:
        _narrative_page(sheet, title, drafts, found, extractor)
    found.goals += [d.raw_goal() for d in drafts.values()]
    return found


def _sheets(content: DocumentContent, settings: LayoutSettings) -> list[Sheet]:
    """Each page's segments without the page furniture: footer lines repeated on most pages
    (OCR'd ones vary: lines starting with the same word count as one, and whatever else lies
    on their band — a page number, a fragment — goes with them)."""
    pages = [(page, layout.segments(page, settings)) for page in content.pages]
    footers = [[s for s in segs if s["top"] > _FOOTER_BAND * page.height] for page, segs in pages]
    seen: dict[tuple[str, str | int], set[int]] = {}
    for (page, _segs), footer in zip(pages, footers, strict=True):
        for seg in footer:
            for key in _furniture_keys(seg):
                seen.setdefault(key, set()).add(page.number)
    least = max(3, len(pages) // 2)
    furniture = {key for key, numbers in seen.items() if len(numbers) >= least}
    lines = [s for footer in footers for s in footer if furniture.intersection(_furniture_keys(s))]
    band = (min(s["top"] for s in lines), max(s["bottom"] for s in lines)) if lines else None
    below = {id(s) for footer in footers for s in footer}
    return [Sheet(page, [s for s in segs if not (id(s) in below and _on_band(s, band))], footer)
            for (page, segs), footer in zip(pages, footers, strict=True)]


def _furniture_keys(seg: Geometry) -> list[tuple[str, str | int]]:
    """The line as printed (digits as 0) at its height, and (OCR'd lines, whose ends and
    heights vary) its first letters."""
    keys: list[tuple[str, str | int]] = [(re.sub(r"\d+", "0", squash(seg["text"])), round(seg["top"] / 4))]
    letters = re.sub(r"\d+", "", fold(seg["text"]))
    if is_ocr(seg) and len(letters) >= _FURNITURE_PREFIX:
        keys.append((letters[:_FURNITURE_PREFIX], "prefix"))
    return keys


def _on_band(seg: Geometry, band: tuple[float, float] | None) -> bool:
    return band is not None and band[0] <= (seg["top"] + seg["bottom"]) / 2 <= band[1]


def goal_title(segs: list[Geometry]) -> list[Geometry] | None:
    """The "Tavoite: …" title lines of a page: the largest such segment and its wrapped lines."""
    candidates = [s for s in segs if after_label(s["text"], ANNUAL_GOAL_TITLE)]
    if not candidates:
        return None
    first = max(candidates, key=lambda s: (s["size"], -s["top"]))
    lines = [first]
    for seg in segs:
        last = lines[-1]
        if (seg["top"] <= last["top"] or not same_size(seg, first, 0.5, _TITLE_SIZE_NOISE)
                or abs(seg["x0"] - first["x0"]) > shift(seg, first, 2.0)):
            continue
        words = any(ch.isalnum() for ch in seg["text"])  # OCR: a box's edge read as "(" is none
        if seg["top"] - last["bottom"] <= 0.6 * max(1.0, first["size"]) and words and not _labelled(seg):
            lines.append(seg)
    return lines


def _labelled(seg: Geometry) -> bool:
    """A line that is a label of its own (owner, theme, result label, section heading): never
    a wrapped title line, whatever OCR made of its size."""
    return (label_rest(seg, ANNUAL_OWNER_LABELS + ANNUAL_THEME_LABELS) is not None
            or is_goal_result(seg["text"]) or annual_headers.heading_kind(seg) is not None)


def _title_text(lines: list[Geometry]) -> str:
    texts = [after_label(lines[0]["text"], ANNUAL_GOAL_TITLE) or ""] + [ln["text"] for ln in lines[1:]]
    texts[-1] = _PART.sub("", texts[-1])
    return "\n".join(t for t in texts if t.strip())


def _is_goal_page(sheet: Sheet) -> bool:
    labels = {fold(label) for label in ANNUAL_THEME_LABELS + ANNUAL_KR_HEADINGS + ANNUAL_KPI_HEADINGS}
    if goal_title(sheet.segs) is None:
        return False
    return any(fold(s["text"]) in labels or after_label(s["text"], ANNUAL_THEME_LABELS) is not None
               for s in sheet.segs)


def _goal_draft(sheet: Sheet, title: list[Geometry], drafts: dict[str, GoalDraft], extractor: str) -> GoalDraft:
    text = _title_text(title)
    key = fold(text)
    if key not in drafts:
        drafts[key] = GoalDraft(f"g{len(drafts) + 1}", printed(title, sheet.page.number, extractor, text=text))
    return drafts[key]


def _narrative_page(sheet: Sheet, title: list[Geometry], drafts: dict[str, GoalDraft], found: Findings,
                    extractor: str) -> None:
    """A page of the owner's narrative: the owner, the verdict line, the narrative text."""
    page = sheet.page.number
    key = fold(_title_text(title))
    draft = drafts.get(key) or next((d for k, d in drafts.items() if k.startswith(key) or key.startswith(k)), None)
    if draft is None:
        found.issues.append(f"page {page}: narrative page of a goal that has no goal slide; it becomes a goal "
                            "without key results")
        draft = _goal_draft(sheet, title, drafts, extractor)
    body = [s for s in sheet.segs if s["top"] >= title[-1]["bottom"] - 0.5 and not any(s is t for t in title)]
    owner, used = annual_goal.labelled(body, ANNUAL_OWNER_LABELS, page, extractor)
    if owner is not None and draft.owner is None:
        draft.owner = owner
    text = [s for s in body if not any(s is u for u in used)]
    verdict = next((s for s in text if is_goal_result(s["text"])), None)
    if verdict is not None and draft.verdict is None:
        draft.verdict = printed(verdict, page, extractor, parse_score=0.9)
    if text:
        found.narratives.append(RawNarrative(draft.ref, "owner", printed(text, page, extractor)))


def _meta(sheets: list[Sheet], extractor: str, found: Findings) -> None:
    """Title, year, date and organization from the title page (the first page whose largest
    text names a year-end report and its year). A title OCR could not read (a large coloured
    heading) is taken from the footer that repeats it, and the title page is then the first
    page printing a date and the organization."""
    pattern = annual_goal.year_pattern()
    for sheet in sheets[:3]:
        if not sheet.segs:
            continue
        size = max(s["size"] for s in sheet.segs)
        title = [s for s in sheet.segs if s["size"] >= size - 0.5]
        match = pattern.search(" ".join(s["text"] for s in title))
        if match is None:
            continue
        page = sheet.page.number
        found.meta["title"] = printed(title, page, extractor)
        found.meta["year"] = printed(title, page, extractor, text=match.group(1))
        _date_and_organization(sheet, extractor, found)
        return
    footer = _footer_title(sheets, extractor)
    if footer is not None:
        found.meta["title"], found.meta["year"] = footer
        for sheet in sheets[:3]:
            if _date_and_organization(sheet, extractor, found):
                break


def _date_and_organization(sheet: Sheet, extractor: str, found: Findings) -> bool:
    """The date and the organization a title page prints; whether it prints both."""
    page = sheet.page.number
    date = next((s for s in sheet.segs if _DATE.search(s["text"])), None)
    org = annual_goal.organization(sheet.segs)
    if date is not None:
        found.meta["date"] = printed(date, page, extractor)
    if org is not None:
        found.meta["organization"] = printed(org, page, extractor)
    return date is not None and org is not None


def _footer_title(sheets: list[Sheet], extractor: str) -> tuple[Printed, Printed] | None:
    """(title, year) from the first footer part naming a year-end report ("… | HVA-tasoisten
    tavoitteiden TP 2025 raportointi")."""
    pattern = annual_goal.year_pattern()
    for sheet in sheets:
        for seg in sheet.footer:
            for part in seg["text"].split("|"):
                match = pattern.search(part)
                if match is not None:
                    page = sheet.page.number
                    return (printed(seg, page, extractor, text=part.strip(), parse_score=0.8),
                            printed(seg, page, extractor, text=match.group(1), parse_score=0.8))
    return None
