"""Year-end (TP, tilinpäätös) report of the county-level goals (seed 001).

The report opens with a cover naming the year-end report ("HVA-tasoisten tavoitteiden TP
2025 raportointi", "Tilinpäätös 2025 – …"), its date and the county; perhaps the assessment
rules, the light legend, an overview dashboard (count cards and donuts); then per goal:

- goal pages: the title ("Tavoite: …", "HVA-tavoite: …" or none), the strategic theme, the
  year-end result label ("Tavoite toteutui", perhaps after "Arvio 2025:"), the key results
  with a Lähtötilanne/Q1–Q4 table whose Q4 cell carries the achievement light and its legend
  ("Avaintulos toteutui" …), the summary and a KPI table;
- the owner's narrative pages under the same title, holding the owner ("Tavoitteen
  omistaja: …", wherever it is not on the goal page), the verdict line and the narrative.

A declaration for the goal-page reader (`goal_pages`, on the layout engine) plus the hooks
this report needs: the result label, the owner, the narrative pages, the dashboard and the
cover. Every format goes through it: native files, scans and text exports (whose tables
the engine reads from the text backend's tab cells, `engine.unlabelled`). The period is
the quarter the cover states, else the latest key-results column holding a value (a TP
report covers the year up to Q4).
"""

from __future__ import annotations

from dataclasses import replace

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import (
    ANNUAL_GOAL_RESULTS,
    ANNUAL_GOAL_TITLE,
    ANNUAL_KPI_HEADINGS,
    ANNUAL_KR_ACHIEVEMENT_LABELS,
    ANNUAL_KR_HEADINGS,
    ANNUAL_KR_NOTE_PREFIXES,
    ANNUAL_OWNER_LABELS,
    ANNUAL_SUMMARY_HEADINGS,
    ANNUAL_THEME_LABELS,
    ANNUAL_TITLE_WORDS,
    CONTINUATION_WORDS,
    KPI_LABEL_COLUMNS,
    QUARTERLY_KPI_NAMES,
)

from ..engine.lines import cluster_lines
from ..engine.meta import stated_year_and_quarter
from ..engine.tables import printed_units
from ..engine.units import Unit, page_units
from ..page import DocumentContent
from ..records import Printed, RawNarrative
from ..settings import LayoutSettings
from . import annual_dashboard, cover
from . import goal_pages as gp
from .base import Findings, skip_pages

KIND = "annual_review"
SPEC = gp.GoalPageSpec(
    title_prefixes=ANNUAL_GOAL_TITLE,
    continuation_words=CONTINUATION_WORDS,
    headings={"kr": ANNUAL_KR_HEADINGS, "kpi": ANNUAL_KPI_HEADINGS, "summary": ANNUAL_SUMMARY_HEADINGS},
    theme_labels=ANNUAL_THEME_LABELS,
    kpi_label_columns=KPI_LABEL_COLUMNS,
    legend_labels=tuple(label for label, _status in ANNUAL_KR_ACHIEVEMENT_LABELS),
    kpi_names=QUARTERLY_KPI_NAMES,
    owner_labels=ANNUAL_OWNER_LABELS,
    note_prefixes=ANNUAL_KR_NOTE_PREFIXES,
    title_stops=tuple(label for label, _status in ANNUAL_GOAL_RESULTS),
)
DETECTED = 1.0
RESULT_PREFIX_MAX_WORDS = 3
"""Words a result label may follow on its line ("Arvio 2025:", "Tavoitteen toteutuminen:")."""
VERDICT_SCORE = 0.9  # the narrative page's verdict sentence stands in for a goal page's label
_RESULTS = sorted(((fold(label), label) for label, _status in ANNUAL_GOAL_RESULTS), key=lambda r: -len(r[0]))


# --- detection ----------------------------------------------------------------------------

def detect(content: DocumentContent, settings: LayoutSettings) -> float:
    """Evidence from the pages: a goal page (a title over a period table) and a year-end mark
    the quarterly deck never prints: a goal's result label or the key-result achievement
    legend."""
    goal_pages = evidence = 0
    tabled = [gp.may_hold_table(page, settings) for page in content.pages]
    for page in (p for p, table in zip(content.pages, tabled, strict=True) if table):
        read = gp.read_page(page, SPEC, settings, "")
        if any(kind == "kr" for kind, _grid in read.tables) and gp.goal_title(read, SPEC) is not None:
            goal_pages += 1
        evidence += _year_end_mark(read)
    # The mark may stand on a page of its own (a legend page); looked for only when a goal
    # page was found (pages without a table are most of a long document).
    for page in (p for p, table in zip(content.pages, tabled, strict=True) if goal_pages and not table):
        if evidence:
            break
        evidence += _year_end_mark(gp.read_page(page, SPEC, settings, ""))
    return DETECTED if goal_pages and evidence else 0.0


def _year_end_mark(read: gp.PageRead) -> bool:
    return bool(read.legend) or any(_result_label(p) is not None for p in gp.phrases(read))


def _result_label(phrase: list[Unit]) -> str | None:
    """The result label a phrase ends with, as printed, when little else precedes it."""
    text = " ".join(u.text for u in phrase).strip().rstrip(".!")
    folded = fold(text)
    for label_folded, label in _RESULTS:
        if not folded.endswith(label_folded):
            continue
        words = text.split()
        prefix = " ".join(words[:len(words) - len(label.split())])
        # Little before it, and only as a label of its own ("Arvio 2025:"): a colour word
        # before it makes a legend entry ("Punainen - Tavoite ei toteutunut", binding appendix).
        if len(prefix.split()) > RESULT_PREFIX_MAX_WORDS or (fold(prefix) and not prefix.endswith(":")):
            return None
        label_text = text.rpartition(":")[2] if ":" in text else text
        return label_text.strip(" ()[]{}|")  # OCR reads a label box's edges as brackets
    return None


# --- parse --------------------------------------------------------------------------------

def parse(content: DocumentContent, settings: LayoutSettings) -> Findings:
    extractor = f"{content.backend}/{KIND}"
    found = Findings()
    state, other = gp.read_goal_pages(content, SPEC, settings, extractor, found)
    narrative_pages: dict[str, list[gp.PageRead]] = {}
    rest = []
    for read in other:
        title = gp.goal_title(read, SPEC)
        ref = _narrative_goal(read, title, state, found) if title is not None else None
        if title is None or ref is None:
            rest.append(read)
        else:
            narrative_pages.setdefault(ref, []).append(read)
            _owner_narrative(read, title, ref, state, found)
    _goal_fields(state, narrative_pages, found)
    for read in rest:
        # Every unit: a count card's number may be a page's last line, which the page reader
        # takes for a page number (seed 001's text export: "Tehtävien määrä" over "190").
        kept = {gp.unit_key(u) for u in read.all_units}
        numbers = [u for u in page_units(read.page) if gp.unit_key(u) not in kept]
        dashboard = annual_dashboard.read_dashboard(read.page, [*read.units, *numbers], settings, extractor)
        if dashboard is not None:
            found.summary += dashboard[0]
            found.issues += dashboard[1]
    _meta(rest, state, found)
    used = {p.page for p in found.meta.values()} | {s.value.page for s in found.summary}
    skip_pages(found, (r.page.number for r in rest if r.page.number not in used),
               "no goal, dashboard or cover of the annual report on it")
    return found


def _narrative_goal(read: gp.PageRead, title: Printed, state: gp.DeckState, found: Findings) -> str | None:
    """The goal a page without tables belongs to: a known goal's title over it (the owner's
    narrative, a summary continued); a titled page with the goal's theme label and no goal
    page read before it becomes a goal of its own, reported."""
    key = fold(title.text)
    ref = state.goals.get(key) or next((r for k, r in state.goals.items() if k.startswith(key) or
                                        key.startswith(k)), None)
    if ref is not None:
        return ref
    theme = gp.theme(read, SPEC)
    if theme is None or not state.goals:
        return None
    found.issues.append(f"page {read.page.number}: narrative page of a goal that has no goal page; it becomes a "
                        "goal without key results")
    return gp.goal_ref(title, found, state, theme)


def _owner_narrative(read: gp.PageRead, title: Printed, ref: str, state: gp.DeckState, found: Findings) -> None:
    """The page's text under its title, without the theme, the owner and the running footer:
    the owner's narrative, its verdict sentence first as printed ("Tavoite ei toteutunut.
    Asiakkaan …"), or, under its heading, the summary continued."""
    title_units = gp.title_units(read, title)
    if any(h.key == "summary" for h in read.headings):
        gp.narrative(read, "summary", ref, found, title_units, state.furniture)
        return
    spent = set(state.furniture) | {id(u) for u in title_units}
    for labels in (SPEC.theme_labels, SPEC.owner_labels):
        hit = gp.labelled(read, labels, SPEC)
        spent |= {id(u) for u in hit[1]} if hit else set()
    bottom = title.box[3] if title.box else 0.0
    body = [u for u in read.units if id(u) not in spent and u.top >= bottom - 0.5 and u.text.strip()]
    # The title printed again further down starts the next part ("… (2/2)" under "… (1/2)" on
    # one page of seed 001's text export): each part is a narrative of its own.
    parts: list[list[list[Unit]]] = [[]]
    for line in cluster_lines(body, read.settings):
        if fold(gp.strip_title(" ".join(u.text for u in line), SPEC)) == fold(title.text):
            parts.append([])
        else:
            parts[-1].append(line)
    for part in (p for p in parts if p):
        text = "\n".join(" ".join(u.text for u in line) for line in part)
        found.narratives.append(RawNarrative(ref, "owner", printed_units([u for line in part for u in line], text,
                                                                         read.page.number, read.extractor)))


def _goal_fields(state: gp.DeckState, narratives: dict[str, list[gp.PageRead]], found: Findings) -> None:
    """Each goal's owner and year-end result: from its goal pages, else its narrative pages
    (where the result is the verdict sentence)."""
    for index, goal in enumerate(found.goals):
        pages = state.pages.get(goal.ref, [])
        later = narratives.get(goal.ref, [])
        owner = next((hit[0] for read in pages + later if (hit := gp.labelled(read, SPEC.owner_labels, SPEC))),
                     None)
        status = next((s for read in pages if (s := _status(read, 1.0)) is not None), None) or next(
            (s for read in later if (s := _status(read, VERDICT_SCORE)) is not None), None)
        found.goals[index] = replace(goal, owner=goal.owner or owner, status=goal.status or status)


def _status(read: gp.PageRead, score: float) -> Printed | None:
    for phrase in gp.phrases(read):
        label = _result_label(phrase)
        if label is not None:
            return printed_units(phrase, label, read.page.number, read.extractor, score)
    return None


def _meta(pages: list[gp.PageRead], state: gp.DeckState, found: Findings) -> None:
    """The cover's title, year, quarter, date and county; a year only a running footer states
    ("… | TP 2025 | 7"); else the latest key-results column with a value."""
    body = cover.body_size(pages)
    for read in pages:
        cover.cover_meta(read, found, body, ANNUAL_TITLE_WORDS, dated=True)
    if "year" not in found.meta:
        for read in (*pages, *(r for reads in state.pages.values() for r in reads)):
            footer = [u for u in read.units if id(u) in state.furniture]
            year, _quarter = stated_year_and_quarter(cluster_lines(footer, read.settings))
            if year is not None:
                found.meta["year"] = printed_units(year.units, year.value, read.page.number, read.extractor, 0.8)
                break
    if "period" not in found.meta and state.latest is not None:
        found.meta["period"] = state.latest[1]
