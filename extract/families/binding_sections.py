"""The parts of a council-binding goal's pages, found on each page with the layout engine
(family `binding_goals_annual`): the key-value part (engine.keyvalue), the Päätehtävät
table (engine header + grid), the Päätehtävät | Q1 … Q4 timeline (not tasks), the
Tiivistelmä and "Mittarin arvo / tilanne" labels.  Each part runs down to the next
part's top on its page; which goal a part belongs to is decided across pages
(binding_engine)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import (
    BINDING_KV_LABELS,
    BINDING_MEASURE_LABELS,
    BINDING_SUMMARY_LABELS,
    BINDING_TASK_HEADER,
    LIGHT_LABELS,
)

from ..engine.grid import Grid, read_grid
from ..engine.header import Header, find_headers
from ..engine.keyvalue import KeyValue, key_values
from ..engine.labels import find_labels
from ..engine.lines import cluster_lines
from ..engine.tables import without_page_numbers
from ..engine.units import Unit, page_units
from ..page import PageContent
from ..settings import LayoutSettings
from .binding_layout import GLYPHS

_QUARTER = re.compile(r"^Q([1-4])(?:\s*[/ ]?\s*((?:19|20)\d\d))?:?$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_LEGEND = {fold(label) for label, _ in LIGHT_LABELS}
_SUMMARY = {fold(label) for label in BINDING_SUMMARY_LABELS}
_MEASURE = {fold(label) for label in BINDING_MEASURE_LABELS}
_PART_LABELS = {fold(a) for alts in (*BINDING_TASK_HEADER.values(), *BINDING_KV_LABELS.values()) for a in alts}
RUN_GAP_EM = 1.5
"""Words of one line further apart than this many text heights are separate runs (a side
panel's words beside a section label: variant s1 prints "sopivalle | Tiivistelmä")."""


@dataclass
class Section:
    kind: str            # kv | tasks | timeline | summary | measure
    page: int
    top: float
    bottom: float = 0.0  # where the next part of the page begins
    pairs: list[KeyValue] = field(default_factory=list)   # kv
    grid: Grid | None = None                                # tasks
    label: list[Unit] = field(default_factory=list)         # the section's label run
    body: list[Unit] = field(default_factory=list)          # summary / measure: units under the label


def clean_units(page: PageContent, settings: LayoutSettings, furniture: set[str]) -> list[Unit]:
    """The page's units without page numbers, running furniture at its edges, drawn glyphs
    and light legends."""
    units = [u for u in without_page_numbers(page_units(page), page, settings)
             if not all(c in GLYPHS for c in u.text if not c.isspace())]
    lines = cluster_lines(units, settings)
    drop: set[int] = set()
    while lines and is_furniture(lines[0], furniture):
        drop.update(id(u) for u in lines.pop(0))
    while lines and is_furniture(lines[-1], furniture):
        drop.update(id(u) for u in lines.pop())
    for run in runs(units, settings):
        if fold(" ".join(u.text for u in run)) in _LEGEND:
            drop.update(id(u) for u in run)
    return [u for u in units if id(u) not in drop]


def is_furniture(line: Sequence[Unit], furniture: set[str]) -> bool:
    """A furniture line, or a bare number ("– 14 –"): never a header row repeated over a
    page break (a task table continued at the top of the next page, variant s0)."""
    key = line_key(line)
    if any(label in key or (len(key) > 3 and key in label) for label in _PART_LABELS):
        return False
    return key in furniture or not key.strip("#")


def line_key(line: Sequence[Unit]) -> str:
    """A line's text for comparing pages: folded, digits masked ("Sivu 4", "4 / 53")."""
    return re.sub(r"\d+", "#", fold(" ".join(u.text for u in line)))


def runs(units: Sequence[Unit], settings: LayoutSettings) -> list[list[Unit]]:
    """Lines cut at wide gaps into runs of text printed together."""
    out: list[list[Unit]] = []
    for line in cluster_lines(units, settings):
        run = [line[0]]
        for unit in line[1:]:
            if unit.x0 - run[-1].x1 > RUN_GAP_EM * max(unit.height, run[-1].height) or \
                    (unit.block is not None and unit.block != run[-1].block):
                out.append(run)
                run = []
            run.append(unit)
        out.append(run)
    return out


def page_sections(page: PageContent, units: list[Unit], settings: LayoutSettings) -> list[Section]:
    """The page's parts top to bottom, each with its extent."""
    sections = [Section("tasks", page.number, h.top,
                        label=[u for c in h.columns for u in (c.label.units if c.label else ())])
                for h in _task_headers(units, settings)]
    for run in runs(units, settings):
        kind = _label_kind(run)
        if kind:
            sections.append(Section(kind, page.number, min(u.top for u in run), label=run))
    for line in cluster_lines(units, settings):
        if _is_timeline(line) and not any(s.kind == "tasks" and abs(s.top - line[0].top) < line[0].height
                                          for s in sections):
            sections.append(Section("timeline", page.number, min(u.top for u in line), label=line))
    stops = [s.top for s in sections]
    for part in key_values(page, units, BINDING_KV_LABELS, settings, stops=stops):
        top = min(min(u.top for u in kv.units) if kv.units else kv.label.top for kv in part)
        sections.append(Section("kv", page.number, min(top, part[0].label.top), pairs=part))
    sections.sort(key=lambda s: s.top)
    for index, section in enumerate(sections):
        section.bottom = sections[index + 1].top if index + 1 < len(sections) else page.height
        _read(page, units, section, settings)
    return sections


def _read(page: PageContent, units: list[Unit], section: Section, settings: LayoutSettings) -> None:
    if section.kind == "tasks":
        headers = _task_headers(units, settings)
        header = next(h for h in headers if abs(h.top - section.top) < 0.5)
        section.grid = read_grid(page, units, header, settings, stop=section.bottom)
    elif section.kind in ("summary", "measure"):
        label_bottom = max(u.bottom for u in section.label)
        mine = {id(u) for u in section.label}
        section.body = [u for u in units if id(u) not in mine and u.top >= label_bottom - 0.3 * u.height
                        and u.cy < section.bottom]


def _task_headers(units: Sequence[Unit], settings: LayoutSettings) -> list[Header]:
    hits = find_labels(units, BINDING_TASK_HEADER, settings)
    return find_headers(hits, {"name"}, min_labels=3)


def _label_kind(run: list[Unit]) -> str | None:
    text = " ".join(u.text for u in run)
    if fold(text) in _SUMMARY:
        return "summary"
    if fold(re.sub(r"\([^()]*\)\s*$", "", text)) in _MEASURE:
        return "measure"
    return None


def measure_suffix(section: Section) -> str | None:
    """The measure's name printed in brackets after its label ("(NPS-indeksi)")."""
    match = re.search(r"\(([^()]+)\)\s*$", " ".join(u.text for u in section.label))
    return match.group(1).strip() if match else None


def _is_timeline(line: list[Unit]) -> bool:
    """Päätehtävät | Q1 2024 | … | Q4 2024: a task-name label and two or more quarters."""
    names = {fold(a) for a in BINDING_TASK_HEADER["name"]}
    return bool(line) and fold(line[0].text) in names and sum(1 for u in line if quarter_of(u.text)) >= 2


def quarter_of(text: str) -> str | None:
    match = _QUARTER.match(text.strip())
    return f"Q{match.group(1)}" if match else None


def is_year(text: str) -> bool:
    return _YEAR.match(text.strip()) is not None
