"""The parts of a council-binding goal's pages, found on each page with the layout engine
(family `binding_goals_annual`): the key-value part (engine.keyvalue), the Päätehtävät
table (engine header + grid), the Päätehtävät | Q1 … Q4 timeline (not tasks), the
Tiivistelmä and "Mittarin arvo / tilanne" labels.  Each part runs down to the next
part's top on its page; which goal a part belongs to is decided across pages
(binding_engine)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

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
from ..engine.periods import QUARTERS, period_headers, period_key
from ..engine.tables import without_page_numbers
from ..engine.units import Unit, overlap, page_units
from ..engine.unlabelled import DRAWN_MARKS
from ..page import PageContent
from ..settings import LayoutSettings
from .binding_furniture import Furniture, part_label_units, strip_edges

_LEGEND = {fold(label) for label, _ in LIGHT_LABELS}
_SUMMARY = {fold(label) for label in BINDING_SUMMARY_LABELS}
_MEASURE = {fold(label) for label in BINDING_MEASURE_LABELS}
_PART_LABELS = {fold(a) for alts in (*BINDING_TASK_HEADER.values(), *BINDING_KV_LABELS.values()) for a in alts}
KV_MIN_KEYS = 3
"""A goal's key-value part names at least this many of its keys (key_values' own default)."""
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
    label_page: int | None = None                           # the label's page when the part continues
    pair_pages: dict[str, int] = field(default_factory=dict)  # kv: a pair printed on the page before


def clean_units(page: PageContent, settings: LayoutSettings, furniture: Furniture) -> list[Unit]:
    """The page's units without page numbers, running furniture at its edges, drawn glyphs
    and light legends."""
    units = [u for u in without_page_numbers(page_units(page), page, settings)
             if not all(c in DRAWN_MARKS for c in u.text if not c.isspace())]
    lines = cluster_lines(units, settings)
    protected = part_label_units(lines, settings)
    drop = {id(u) for u in strip_edges(lines, furniture, protected)}
    for run in runs(units, settings):
        if fold(" ".join(u.text for u in run)) in _LEGEND:
            drop.update(id(u) for u in run)
    drop.update(id(u) for u in _wrapped_legend(units, settings))
    return [u for u in units if id(u) not in drop]


def _wrapped_legend(units: Sequence[Unit], settings: LayoutSettings) -> list[Unit]:
    """Light legend entries wrapped in a narrow legend ("Työn toteutuksessa haasteita, joita"
    / "ratkaistaan" under a measure table, variant s2), found in two dimensions; entries on
    one line are runs of their own (above)."""
    hits = find_labels(units, {"legend": tuple(label for label, _ in LIGHT_LABELS)}, settings)
    return [u for hit in hits if hit.units[-1].top - hit.units[0].top > 0.5 * hit.units[0].height
            for u in hit.units]


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
    for label in _timelines(units, settings):
        sections.append(Section("timeline", page.number, min(u.top for u in label), label=label))
    stops = [s.top for s in sections]
    # A word read as another part's label is no key ("Mittarin" of "Mittarin arvo / tilanne"
    # reads fuzzily as "Mittari" and would cut the goal's labels apart, variant s3).
    labelled = {id(u) for s in sections for u in s.label}
    free = [u for u in units if id(u) not in labelled]
    groups = [[_without_label_cell(kv) for kv in found]
              for found in key_values(page, free, BINDING_KV_LABELS, settings, min_keys=1, stops=stops)]
    parts = [g for g in groups if len({kv.key for kv in g}) >= KV_MIN_KEYS]
    for part in parts:
        top = min(min(u.top for u in kv.units) if kv.units else kv.label.top for kv in part)
        sections.append(Section("kv", page.number, min(top, part[0].label.top), pairs=part))
    sections += _part_heads(page, [g for g in groups if len({kv.key for kv in g}) < KV_MIN_KEYS], sections)
    sections.sort(key=lambda s: s.top)
    for index, section in enumerate(sections):
        section.bottom = sections[index + 1].top if index + 1 < len(sections) else page.height
        _read(page, units, section, settings)
    return sections


def _part_heads(page: PageContent, groups: Sequence[list[KeyValue]], sections: Sequence[Section]
                ) -> list[Section]:
    """A key-value part's first rows printed at the page's foot, the rest on the next page
    (variant s18: "Tavoite (valtuustotason sitova) | …" under a task table): label groups too
    small for a part, the first rows' under every other part of the page ("kv_head"), the
    rest's above every other part of the next ("kv_tail"); binding_engine joins them."""
    lowest = max((s.top for s in sections), default=-1.0)
    highest = min((s.top for s in sections), default=page.height)
    known = [p.label.top for s in sections if s.kind == "kv" for p in s.pairs]
    out = []
    for pairs in groups:
        if any(abs(p.label.top - top) <= 0.5 for p in pairs for top in known):
            continue
        top = min(min((u.top for u in p.units), default=p.label.top) for p in pairs)
        goal = next((p for p in pairs if p.key == "goal" and p.units), None)
        foot, atop = pairs[0].label.top > lowest, pairs[-1].label.bottom < highest
        # Under every other part without the goal: the part's first rows all the same when
        # they are not also above every other part (variant s28: "Mittarin vastuutaho" first)
        # and every label is printed exactly (a task named "Mittarin sovitukset …" at a page's
        # foot reads fuzzily as "Mittari", variant s45).
        exact = all(p.label.score >= 100.0 for p in pairs)
        if foot and (goal is not None or (exact and not atop)):
            out.append(Section("kv_head", page.number, min(top, pairs[0].label.top), pairs=pairs))
        elif atop and (goal is None or not foot):
            # its rest, at the next page's top: the goal's rows too when the part prints them
            # last (variant s28: "Strateginen painopiste" and "Tavoite" atop the next page)
            out.append(Section("kv_tail", page.number, min(top, pairs[0].label.top), pairs=pairs))
    return out


def _without_label_cell(pair: KeyValue) -> KeyValue:
    """A PPTX table's label cell prints its label only: the rest of a wrapped label found
    short ("Tavoite" of "Tavoite" / "(valtuustotason" / "sitova)", whose lines interleave
    with the value cell's middle-anchored lines, variant s2) is no part of the value."""
    cells = {u.cell for u in pair.label.units if u.cell is not None}
    if not cells:
        return pair

    def kept(units: Sequence[Unit]) -> tuple[Unit, ...]:
        return tuple(u for u in units if u.cell not in cells)

    return replace(pair, units=kept(pair.units), parts=tuple(p for p in map(kept, pair.parts) if p))


def continued_part(previous: Sequence[Section], page: PageContent, units: Sequence[Unit],
                   sections: Sequence[Section], settings: LayoutSettings) -> Section | None:
    """A measure's table or lines, or a summary's text, carried over to the top of the next
    page, above its first part: the label printed at one page's foot and the body on the next
    (variant s0's measure table; the seed's summary of "Hyvinvointialueitasoiset
    lähijohtamisen periaatteet", p. 22-23).  A measure only when the carried text starts with
    a quarter label, a summary only when nothing is printed under its label: a page's own
    heading or a decoy's title is no part's."""
    if not previous or previous[-1].kind not in ("measure", "summary"):
        return None
    label = previous[-1]
    top = sections[0].top if sections else page.height
    above = [u for u in units if u.cy < top]
    lines = cluster_lines(above, settings)
    if not lines or (label.kind == "summary" and label.body) or \
            (label.kind == "measure" and not any(quarter_of(u.text, settings) for u in lines[0])):
        return None
    return Section(label.kind, page.number, lines[0][0].top, top, label=label.label, body=above,
                   label_page=label.label_page or label.page)


def _read(page: PageContent, units: list[Unit], section: Section, settings: LayoutSettings) -> None:
    if section.kind == "tasks":
        headers = _task_headers(units, settings)
        header = next(h for h in headers if abs(h.top - section.top) < 0.5)
        section.grid = read_grid(page, units, header, settings, stop=section.bottom)
    elif section.kind in ("summary", "measure"):
        label_bottom = max(u.bottom for u in section.label)
        label_left = min(u.x0 for u in section.label)
        mine = {id(u) for u in section.label}
        # Text wholly left of the label is a side panel's (variant s1's theme panel beside
        # "Q1 2024: 71 %"), not the part's.
        section.body = [u for u in units if id(u) not in mine and u.top >= label_bottom - 0.3 * u.height
                        and u.cy < section.bottom and u.x1 > label_left]


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


def _timelines(units: Sequence[Unit], settings: LayoutSettings) -> list[list[Unit]]:
    """Päätehtävät | Q1 2024 | … | Q4 2024 headers: two or more quarter labels with a task-name
    label left of them on their band, found in two dimensions (variant s2 hyphenates
    "pää-" / "tehtävät" around the quarters' line)."""
    names = find_labels(units, {"name": BINDING_TASK_HEADER["name"]}, settings)
    out = []
    for header in period_headers(units, settings):
        quarters = [c for c in header.columns[1:] if c.label is not None]
        if not quarters or any(c.key not in QUARTERS for c in quarters):
            continue
        name = next((h for h in names if h.x1 <= quarters[0].x0
                     and overlap(h.top, h.bottom, header.top, header.bottom) > 0), None)
        if name is not None:
            out.append([*name.units, *(u for c in quarters if c.label for u in c.label.units)])
    return out


def quarter_of(text: str, settings: LayoutSettings) -> str | None:
    """The quarter a unit prints ("Q1", "Q1 2024:", "Q1/2024"), by the engine's one period
    recogniser; None for anything else, a baseline included."""
    found = period_key(fold(text), settings)
    return found[0] if found is not None and found[0] in QUARTERS else None


