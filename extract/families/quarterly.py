"""Quarterly OKR follow-up deck (seeds 000, 002): one slide per county goal — its title,
its strategic theme, the key results with a Lähtötilanne/Q1–Q4 table and each quarter's
traffic light, the summary and the KPI table — plus, in the quarter decks, a progress slide
per goal.

A declaration for the goal-page reader (`goal_pages`, on the layout engine): which labels
mark the deck's sections, its light legend and KPI names. Every format goes through it
(PPTX, its .ppt, its PDF export, scans, text exports: a text prints the deck on one page,
cut at its goal titles), except OCR'd text that lost its letters, whose tables the engine
cannot read yet: the line reader `quarterly_text` reads that (seed 000).

Report meta, only where printed: a cover's title with the year and quarter it states
("Seuranta Q2/2026", "2. kvartaali 2026"); else the year of a key result's "vuoden 2025
loppuun mennessä". Without a stated quarter the period is the latest key-results column
holding a value (only baselines: "Lähtötilanne" → baseline).
"""

from __future__ import annotations

import re

from okr_warehouse.text import fold, join_lines
from okr_warehouse.vocabulary import (
    CONTINUATION_WORDS,
    KPI_LABEL_COLUMNS,
    LIGHT_LABELS,
    QUARTERLY_COVER_WORDS,
    QUARTERLY_GOAL_TITLE,
    QUARTERLY_KPI_HEADINGS,
    QUARTERLY_KPI_NAMES,
    QUARTERLY_KR_HEADINGS,
    QUARTERLY_PROGRESS_HEADINGS,
    QUARTERLY_REFERENCE_WORDS,
    QUARTERLY_RESULT_ENDINGS,
    QUARTERLY_SUMMARY_HEADINGS,
    QUARTERLY_THEME_LABELS,
    QUARTERLY_TITLE_PHRASES,
    QUARTERLY_YEAR_END_PHRASE,
)

from ..page import DocumentContent
from ..records import Printed
from ..settings import LayoutSettings
from . import cover, quarterly_text
from . import goal_pages as gp
from .base import Findings, skip_pages

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
    value_words=QUARTERLY_REFERENCE_WORDS,
)
DETECTED = 0.9
RESULT_LABEL_MAX_WORDS = 6
_YEAR_END = re.compile(rf"{QUARTERLY_YEAR_END_PHRASE[0]}\s+((?:19|20)\d\d)\s+{QUARTERLY_YEAR_END_PHRASE[1]}",
                       re.IGNORECASE)


# --- detection ----------------------------------------------------------------------------

def detect(content: DocumentContent, settings: LayoutSettings) -> float:
    """Evidence from the pages with period tables: a goal page (a title over a period table
    with labelled rows) and no year-end result label (the annual TP report prints the same
    tables with those)."""
    content = gp.split_at_titles(content, SPEC)
    goal_pages = evidence = 0
    # Only pages with a period table: the annual report prints its result labels with the
    # same tables, and a page without one is no goal page.
    for page in (p for p in content.pages if gp.may_hold_table(p, settings)):
        read = gp.read_page(page, SPEC, settings, "")
        if any(_is_result_label(" ".join(u.text for u in phrase)) for phrase in gp.phrases(read)):
            return 0.0
        if any(kind == "kr" for kind, _grid in read.tables) and gp.goal_title(read, SPEC) is not None:
            goal_pages += 1
            # The deck's own marks beside a goal table: its key-results or progress heading, or
            # its light legend (a binding appendix's measure table by quarter has neither).
            evidence += bool(read.legend or any(h.key in ("kr", "progress") for h in read.headings))
    if not (goal_pages and evidence) and content.file_format == "text":  # no table the engine reads
        return DETECTED if quarterly_text.is_text_deck(content, settings) else 0.0
    return DETECTED if goal_pages and evidence else 0.0


def _is_result_label(text: str) -> bool:
    if len(text.split()) > RESULT_LABEL_MAX_WORDS:
        return False
    folded = fold(text)
    return any(folded.endswith(fold(ending)) for ending in QUARTERLY_RESULT_ENDINGS)


# --- parse --------------------------------------------------------------------------------

def parse(content: DocumentContent, settings: LayoutSettings) -> Findings:
    extractor = f"{content.backend}/{KIND}"
    parts = gp.split_at_titles(content, SPEC)
    if content.file_format == "text" and _letters_lost(content):
        found = quarterly_text.parse_text(content, settings, extractor)
        return _year_of_key_results(found)
    found = Findings()
    state, other = gp.read_goal_pages(parts, SPEC, settings, extractor, found)
    body = cover.body_size(other)
    for read in other:
        cover.cover_meta(read, found, body, (*QUARTERLY_TITLE_PHRASES, *QUARTERLY_COVER_WORDS), dated=False)
    _year_of_key_results(found)
    if "period" not in found.meta and state.latest is not None:
        found.meta["period"] = state.latest[1]
    used = {p.page for p in found.meta.values()}
    skip_pages(found, (r.page.number for r in other if r.page.number not in used),
               "no goal or cover of the quarterly deck on it")
    return found


def _letters_lost(content: DocumentContent) -> bool:
    """Text read by OCR without the language's own letters: none of the letters beyond ASCII
    that the deck's labels print ("Lähtötilanne", "Tiivistelmä") occurs in it (seed 000:
    "Lahtotilanne", no ä or ö in 800 words). Such text also loses a header's quarters and
    merges columns into lines, which the engine does not read yet: the line reader does."""
    labels = (*(label for labels in SPEC.headings.values() for label in labels), *SPEC.legend_labels)
    letters = {ch for label in labels for ch in label.lower() if not ch.isascii()}
    return not any(ch in letters for page in content.pages for w in page.words for ch in w["text"].lower())


def _year_of_key_results(found: Findings) -> Findings:
    """The deck's year from its key results where nothing states it."""
    if "year" not in found.meta:
        year = next((y for kr in found.key_results if (y := _year_context(kr.text)) is not None), None)
        if year is not None:
            found.meta["year"] = year
    return found


def _year_context(text: Printed) -> Printed | None:
    """A key result's "… vuoden 2025 loppuun mennessä": the deck's year when nothing states it."""
    match = _YEAR_END.search(join_lines(text.text.splitlines()))
    return Printed(match.group(1), text.page, text.box, text.extractor, 0.8) if match else None
