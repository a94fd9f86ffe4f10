"""Quarterly OKR deck as a text export (seeds 002: PowerPoint text; 000: OCR of slide images).

The slide layout is flattened into lines; this module cuts them into slides. A goal
slide starts at its "Tavoite: …" title, with the "Strateginen painopiste" label and the
theme after it on the same line, under it, or (OCR) the label over the title and the
theme beside the title behind a stray mark ("… ensikontaktissa . Autamme sopivalle
polulle"); `quarterly_text_slide` reads the rest. A progress slide is a title with
"Kuvaus tavoitteen etenemisestä". Lines before the first title are the deck's title
slide (report title, year) and its list of KPI abbreviations ("NPS: …"), whose names
help to read KPI names off OCR'd lines.

A goal printed twice (its slide, its progress slide) is one goal; where OCR read another
column's words onto one printing ("… ympärille Q ma D"), the printing that the other
starts with is the goal's text. OCR damage is never repaired here: labels match
fold-tolerantly (one or two mangled letters), stray symbols are skipped, texts stay as
printed. Positions are the text backend's (line n at n line pitches, words by character
offset): nothing depends on a sample's line numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import (
    QUARTERLY_KPI_GLOSSARY_HEADINGS,
    QUARTERLY_LEGEND_START,
    QUARTERLY_RESULT_ENDINGS,
    QUARTERLY_TITLE_PHRASES,
)

from .. import layout
from ..page import DocumentContent
from ..records import Printed, RawGoal, RawNarrative
from ..settings import LayoutSettings
from . import quarterly_text_cells as tc
from .base import Findings
from .quarterly_text_slide import YEAR, Deck, Line, Slide, emit, printed_lines, read_line, text

GAP_PITCHES = 1.5  # a step between printed lines over this many line pitches is a blank line
RESULT_LABEL_MAX_WORDS = 6
KPI_NAME_MAX_WORDS = 4
TITLE_PREFIX_MIN = 3  # two printings of one goal: the shorter, at least this many words, starts the longer
TITLE_EXTRA_MAX = 4  # … and the longer adds at most this many words (another column's, OCR)
_GLOSSARY = tuple(fold(t) for t in QUARTERLY_KPI_GLOSSARY_HEADINGS)
_SEPARATOR = re.compile(r"[.|\\¦·:;]+")  # an isolated stray mark: OCR's gap between two columns


# --- lines and detection ------------------------------------------------------------------------

def document_lines(content: DocumentContent, settings: LayoutSettings) -> list[Line]:
    """Every printed line, its words tagged with page, running line number and whether a
    blank line (a step over GAP_PITCHES line pitches, or a page break) precedes it."""
    lines: list[Line] = []
    for page in content.pages:
        clustered = layout.cluster_lines(page.words, settings)
        pitch = min((b["top"] - a["top"] for a, b in pairwise(clustered) if b["top"] > a["top"]), default=1.0)
        prev_top = None
        for line in clustered:
            gap = prev_top is None or line["top"] - prev_top > GAP_PITCHES * pitch
            number = len(lines)
            lines.append([{**w, "page": page.number, "line": number, "gap": gap} for w in line["words"]])
            prev_top = line["top"]
    return lines


def is_text_deck(content: DocumentContent, settings: LayoutSettings) -> bool:
    """A "Tavoite: …" title, the deck's light legend and its key-results heading, and no
    year-end result label (the annual TP report prints the same slides with those)."""
    title = legend = heading = False
    start = fold(QUARTERLY_LEGEND_START)
    for words in document_lines(content, settings):
        if _is_result_label(words):
            return False
        title = title or tc.title_at(words) is not None
        legend = legend or fold(text(words)).startswith(start)
        heading = heading or tc.heading_kinds(words) == ["kr"]
    return title and legend and heading


def _is_result_label(words: Line) -> bool:
    if len(words) > RESULT_LABEL_MAX_WORDS:
        return False
    folded = fold(text(words))
    return any(folded.endswith(fold(ending)) for ending in QUARTERLY_RESULT_ENDINGS)


# --- parse --------------------------------------------------------------------------------------

def parse_text(content: DocumentContent, settings: LayoutSettings, extractor: str) -> Findings:
    deck = Deck(extractor)
    lines = document_lines(content, settings)
    starts = _slide_starts(lines)
    _prelude(lines[:starts[0]] if starts else lines, deck)
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        block = lines[start:end]
        if any(tc.find_label(words, tc.PROGRESS, anchored=True) for words in block):
            _progress_slide(block, deck)
        else:
            _goal_slide(block, deck)
    found = deck.found
    found.goals = list(deck.goals.values())
    if "year" not in found.meta and "header" in deck.years:
        found.meta["year"] = deck.years["header"]
    if deck.latest is not None:
        found.meta["period"] = deck.latest[1]
    if not starts:
        found.issues.append("page 1: no goal title ('Tavoite: …') found")
    return found


def _slide_starts(lines: list[Line]) -> list[int]:
    """Where each slide starts: at its title, or at a label line printed right over it
    (OCR reads "Strateginen painopiste:" over the title, sometimes mangled)."""
    starts = []
    for index, words in enumerate(lines):
        if tc.title_at(words) is None:
            continue
        above = lines[index - 1] if index else []
        label_above = bool(above) and not words[0]["gap"] and above[-1]["text"].endswith(":")
        starts.append(index - 1 if label_above and tc.title_at(above) is None else index)
    return starts


def _prelude(lines: list[Line], deck: Deck) -> None:
    """The title slide (report title and year) and the KPI abbreviations ("• NPS: …")."""
    glossary = False
    for words in lines:
        line = text(words)
        if "title" not in deck.found.meta and any(fold(p) in fold(line) for p in QUARTERLY_TITLE_PHRASES):
            deck.found.meta["title"] = printed_lines([words], deck)
            year = YEAR.search(line)
            if year:
                deck.found.meta["year"] = printed_lines([words], deck, year.group(0))
        if tc.find_label(words, _GLOSSARY) is not None:
            glossary = True
        elif glossary and tc.is_bullet(words):
            name, colon, _ = text(words[1:]).partition(":")
            if colon and 0 < len(name.split()) <= KPI_NAME_MAX_WORDS:
                deck.kpi_names.append(fold(name))


def _goal_slide(block: list[Line], deck: Deck) -> None:
    title, theme, index = _intro(block, deck)
    slide = Slide(_goal_ref(title, theme, deck))
    for words in block[index:]:
        read_line(words, slide, deck)
    emit(slide, deck)
    if slide.summary:
        deck.found.narratives.append(RawNarrative(slide.goal, "summary", printed_lines(slide.summary, deck)))


def _progress_slide(block: list[Line], deck: Deck) -> None:
    title, _, index = _intro(block, deck)
    ref = _goal_ref(title, None, deck)
    body = block[index:]
    start = next((i for i, words in enumerate(body) if tc.find_label(words, tc.PROGRESS, anchored=True)), None)
    if start is None:
        return
    span = tc.find_label(body[start], tc.PROGRESS, anchored=True)
    after = body[start][span[1]:] if span else []
    lines = ([after] if after else []) + [line for line in body[start + 1:] if tc.has_text(line)]
    if lines:
        texts = [text(line[1:] if tc.is_bullet(line) else line) for line in lines]
        deck.found.narratives.append(RawNarrative(ref, "progress", printed_lines(lines, deck, "\n".join(texts))))


# --- title and theme ----------------------------------------------------------------------------

def _intro(block: list[Line], deck: Deck) -> tuple[Printed, Printed | None, int]:
    """The goal's title and theme, and the index of the slide's first line after them."""
    index = 0 if tc.title_at(block[0]) is not None else 1
    above = tc.find_label(block[0], tc.THEME) if index else None
    title, theme, label = _cut_title(block[index][tc.title_at(block[index]):])
    beside: Line = []
    if label is None and above is not None:
        cut = next((i for i, w in enumerate(title) if _SEPARATOR.fullmatch(w["text"])), None)
        if cut is not None:
            title, beside = title[:cut], title[cut + 1:]
    title_lines = [title]
    index += 1
    while label is None and index < len(block) and not block[index][0]["gap"] and _continues(block[index]):
        more, theme, label = _cut_title(block[index])
        title_lines.append(more)
        index += 1
    if label is None and index < len(block):
        label = tc.find_label(block[index], tc.THEME, anchored=True)
        if label is not None:
            theme, index = block[index][label[1]:], index + 1
    if label is not None and not theme:
        theme_lines, index = _run(block, index)
    elif label is None and above is not None:
        theme_lines = [block[0][above[1]:], beside]
    else:
        theme_lines = [theme]
    return printed_lines([t for t in title_lines if t], deck), _theme(theme_lines, deck), index


def _cut_title(words: Line) -> tuple[Line, Line, tuple[int, int] | None]:
    """Title words, theme words after a theme label on the same line, and the label."""
    span = tc.find_label(words, tc.THEME)
    if span is None:
        return list(words), [], None
    return list(words[:span[0]]), list(words[span[1]:]), span


def _continues(words: Line) -> bool:
    """A line that goes on with the title: text, not a label, heading, header or legend."""
    return (tc.has_text(words) and not tc.heading_kinds(words) and tc.trailing_periods(words) is None
            and not tc.is_legend(words) and tc.find_label(words, tc.PROGRESS, anchored=True) is None
            and tc.find_label(words, tc.THEME) is None)


def _run(block: list[Line], index: int) -> tuple[list[Line], int]:
    """The lines from `index` to the next blank line or heading (a theme under its label)."""
    lines: list[Line] = []
    while index < len(block):
        words = block[index]
        if (lines and words[0]["gap"]) or tc.heading_kinds(words) or tc.is_legend(words):
            break
        lines.append(words)
        index += 1
    return lines, index


def _theme(lines: list[Line], deck: Deck) -> Printed | None:
    """The theme when readable: a line of at least two words (OCR's "Q ma D" is not)."""
    lines = [line for line in lines if line]
    if not any(tc.has_text(line) and len(line) >= 2 for line in lines):
        return None
    return printed_lines(lines, deck)


def _goal_ref(title: Printed, theme: Printed | None, deck: Deck) -> str:
    """The goal a title names: the same folded words, or the shorter printing starting
    the longer one (then the shorter is the goal's text)."""
    words = _fold_words(title.text)
    for ref, goal in deck.goals.items():
        known = _fold_words(goal.text.text)
        short, long_ = sorted((words, known), key=len)
        if short == long_ or (len(short) >= TITLE_PREFIX_MIN and long_[:len(short)] == short
                              and len(long_) - len(short) <= TITLE_EXTRA_MAX):
            if len(words) < len(known):
                goal = replace(goal, text=title)
            if goal.theme is None and theme is not None:
                goal = replace(goal, theme=theme)
            deck.goals[ref] = goal
            return ref
    ref = f"g{len(deck.goals) + 1}"
    deck.goals[ref] = RawGoal(ref, title, "hva", theme=theme)
    return ref


def _fold_words(line: str) -> list[str]:
    return [f for f in (fold(w) for w in line.split()) if f]
