"""Block reader of the council-binding goals appendix, kept for text exports and OCR'd scans
(binding.py routes them here; PDF and PPTX text layers go to binding_engine).

Appendix of council-binding goals of a financial statement (seed 004): "Liite - Sitovat
strategiset tavoitteet", Tilinpäätös 2024.

Per strategic theme an overview table lists the council-binding goals (Tavoite
(valtuustotason sitova)); then every goal has its own page(s): a heading with the goal's
year-end colour (a marker drawn without text), the goal table (Tavoite, Mittari (KPI),
Strateginen painopiste, Mittarin vastuutaho), the Päätehtävät task table (it may run
over a page break with its header repeated), a colour legend and a Päätehtävät | Q1 … Q4
timeline of arrows (not a task list), Tiivistelmä, and "Mittarin arvo / tilanne" values.

Goals come only from the goal tables; the overview tables repeat them and are skipped.
The year-end marker's colour is read against the evaluation legend the document prints
("Vihreä – tavoite toteutui …"): the goal's status text is that legend entry, its box the
marker's. Blocks and tables are found from labels (binding_layout), cut into cells from
positioned words (binding_tables); nothing depends on a page number or coordinate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from okr_warehouse.text import fold, squash
from okr_warehouse.vocabulary import (
    BINDING_COLOUR_WORDS,
    BINDING_GOAL_LABELS,
    BINDING_MARKERS,
    BINDING_TASK_COLUMNS,
    BINDING_YEAR_LABELS,
    GOAL_STATUS_LABELS,
    ORGANIZATIONS,
)

from ..engine.meta import DATE
from ..lights import is_marker_colour
from ..page import DocumentContent, Geometry, PageContent
from ..records import Printed, RawGoal, RawKpiValue, RawNarrative, RawTask
from ..settings import LayoutSettings
from . import binding_tables as tables
from .base import Findings, printed
from .binding_layout import Block, Line, blocks, document_lines

KIND_NAME = "binding_goals_annual"

REFERENCE_RGB: dict[str, tuple[float, float, float]] = {
    "green": (0.0, 0.69, 0.31), "yellow": (1.0, 0.78, 0.0), "red": (0.86, 0.12, 0.12), "grey": (0.6, 0.6, 0.6),
}
"""Reference colours of the colour words (as normalize.colors uses for lights)."""
COLOUR_STATUS = {"green": "achieved", "yellow": "partially_achieved", "red": "not_achieved",
                 "grey": "not_assessable"}
STATUS_WORDS_MAX = 6
"""A heading piece this short that names a result ("toteutui osittain") is the goal's status."""
_YEAR = re.compile(r"^(19|20)\d\d$")


def detect_blocks(content: DocumentContent, settings: LayoutSettings) -> float:
    """1.0 for the appendix's own texts with a goal table or a Päätehtävät table."""
    texts = [fold(page.all_text()) for page in content.pages]
    marked = any(fold(m) in t for t in texts for m in BINDING_MARKERS)
    task_labels = [fold(BINDING_TASK_COLUMNS[k][0]) for k in ("name", "description", "status")]
    has_tasks = any(all(label in t for label in task_labels) for t in texts)
    has_table = any(fold(BINDING_GOAL_LABELS["owner"][0]) in t for t in texts)
    if marked and (has_tasks or has_table):
        return 1.0
    return 0.8 if has_tasks and has_table else 0.0


@dataclass
class _State:
    found: Findings
    extractor: str
    pages: dict[int, PageContent]
    settings: LayoutSettings
    legend: dict[str, Printed]
    goal: str | None = None
    heading: str = ""
    kpi: Printed | None = None


def parse_blocks(content: DocumentContent, settings: LayoutSettings) -> Findings:
    """Walk the document's blocks: a goal table opens a goal, the blocks after it (tasks,
    Tiivistelmä, measures) belong to it until a heading of another goal or an overview."""
    found = Findings()
    extractor = f"{content.backend}/{KIND_NAME}"
    lines = document_lines(content, settings)
    parts = blocks(lines, settings)
    state = _State(found, extractor, {p.number: p for p in content.pages}, settings, _result_legend(lines, extractor))
    _meta(parts, state)
    parts = [b for b in parts if b.kind != "text" or any(c.isalnum() for c in _text(b.lines))]  # OCR specks
    for index, block in enumerate(parts):
        previous = parts[index - 1] if index else None
        if block.kind in ("heading", "overview"):
            if block.kind == "overview" or fold(_text(block.lines)) != state.heading:
                state.goal = None
        elif block.kind == "kv":
            _goal(block, previous, state)
        elif block.kind == "tasks":
            _tasks(block, previous, state)
        elif block.kind == "summary":
            _summary(block, state)
        elif block.kind == "measure":
            _measures(block, state)
    if not found.goals:
        found.issues.append("no goal table (Tavoite / Mittari (KPI) / Mittarin vastuutaho) found")
    return found


def _summary(block: Block, state: _State) -> None:
    """Tiivistelmä: every paragraph after the label, over a page break too; the box is
    where it starts."""
    body = block.lines[1:]
    if state.goal is None or not body:
        return
    first = [ln for ln in body if ln["page"] == body[0]["page"]]
    text = printed(first, first[0]["page"], state.extractor, text=_text(body))
    state.found.narratives.append(RawNarrative(state.goal, "summary", text))


def _text(lines: list[Line]) -> str:
    return "\n".join(ln["text"] for ln in lines)


# --------------------------------------------------------------------------------------
# report meta
# --------------------------------------------------------------------------------------
def _meta(parts: list[Block], state: _State) -> None:
    """Title, fiscal year, date and organisation from the pages before the first goal table."""
    meta = state.found.meta
    for block in parts:
        if block.kind in ("kv", "overview"):
            break
        for line in block.lines:
            for piece in line["pieces"]:
                _meta_piece(piece, line["page"], meta, state.extractor)


def _meta_piece(piece: Geometry, page: int, meta: dict[str, Printed], extractor: str) -> None:
    text = fold(piece["text"])
    if any(fold(m) in text for m in BINDING_MARKERS):
        meta.setdefault("title", printed(piece, page, extractor))
    if any(fold(name) in text for name in ORGANIZATIONS):
        meta.setdefault("organization", printed(piece, page, extractor))
    date = DATE.search(piece["text"])
    if date:
        meta.setdefault("date", printed(piece, page, extractor, text=date.group(0)))
    words = piece["words"]
    labels = {fold(label) for label in BINDING_YEAR_LABELS}
    for word, after in pairwise(words):
        if fold(word["text"]) in labels and _YEAR.match(after["text"]):
            meta.setdefault("year", printed(after, page, extractor))
    if len(words) == 1 and "year" not in meta:
        year = re.search(rf"(?:{'|'.join(labels)})\s*((?:19|20)\d\d)\b", fold(piece["text"]))
        if year:
            meta["year"] = printed(piece, page, extractor, text=year.group(1))


# --------------------------------------------------------------------------------------
# goals and their year-end colour
# --------------------------------------------------------------------------------------
def _goal(block: Block, previous: Block | None, state: _State) -> None:
    page = state.pages[block.page]
    cells = tables.goal_table(block, page, state.settings)
    score = 1.0 if len(block.labels) == len(BINDING_GOAL_LABELS) else 0.75
    found, extractor = state.found, state.extractor

    def p(key: str) -> Printed | None:
        return printed(cells[key], block.page, extractor, parse_score=score) if key in cells else None

    if "goal" not in cells:
        found.issues.append(f"page {block.page}: goal table without a Tavoite text; goal skipped")
        state.goal = None
        return
    heading = previous.lines if previous is not None and previous.kind == "heading" \
        and previous.page == block.page else []
    ref = f"g{len(found.goals) + 1}"
    status = _status_words(heading, block.page, extractor) or _status(page, heading, block.lines[0], state)
    found.goals.append(RawGoal(ref, p("goal"), "hva", theme=p("theme"), division=p("division"),  # type: ignore[arg-type]
                               owner=p("owner"), status=status))
    state.goal, state.kpi = ref, p("kpi")
    state.heading = fold(_text(heading))


def _status_words(heading: list[Line], page: int, extractor: str) -> Printed | None:
    """A year-end result printed in words beside the heading ("Tavoite toteutui osittain")."""
    for line in heading:
        for piece in line["pieces"]:
            if len(piece["words"]) <= STATUS_WORDS_MAX and _names_result(piece["text"]):
                return printed(piece, page, extractor)
    return None


def _status(page: PageContent, heading: list[Line], table_top: Line, state: _State) -> Printed | None:
    """The goal's year-end marker: a small coloured shape beside its heading (or just
    above its table when no heading was recognised), named by the evaluation legend."""
    size = max((ln["size"] for ln in heading), default=table_top["size"]) or 1.0
    top = heading[0]["top"] - size if heading else table_top["top"] - 6 * size
    anchor = (heading[0]["top"] + heading[0]["bottom"]) / 2 if heading else table_top["top"]
    marks = [s for s in page.shapes if is_marker_colour(s.get("fill"))
             and s["x1"] - s["x0"] <= 8 * size and s["bottom"] - s["top"] <= 2.5 * size
             and top <= (s["top"] + s["bottom"]) / 2 <= table_top["top"]]
    if not marks:
        return None
    mark = min(marks, key=lambda s: abs((s["top"] + s["bottom"]) / 2 - anchor))
    name, certainty = _colour_name(mark["fill"])
    entry = state.legend.get(name)
    if entry is not None:
        return printed(mark, page.number, state.extractor, text=entry.text, parse_score=certainty)
    label = next(text for text, status in GOAL_STATUS_LABELS if status == COLOUR_STATUS[name])
    return printed(mark, page.number, state.extractor, text=label, parse_score=0.8 * certainty)


def _colour_name(rgb: tuple[float, float, float]) -> tuple[str, float]:
    """The nearest reference colour, and how clearly it is the nearest (0.5..1)."""
    ranked = sorted((sum((a - b) ** 2 for a, b in zip(rgb, ref, strict=True)), name)
                    for name, ref in REFERENCE_RGB.items())
    (d1, name), (d2, _) = ranked[0], ranked[1]
    return name, d2 / (d1 + d2) if d1 + d2 else 1.0


def _result_legend(lines: list[Line], extractor: str) -> dict[str, Printed]:
    """The evaluation legend: colour word → its entry ("Keltainen – tavoite toteutui osittain …")."""
    words = [(fold(word), colour) for word, colour in BINDING_COLOUR_WORDS]
    legend: dict[str, Printed] = {}
    for i, line in enumerate(lines):
        text = line["folded"]
        colour = next((c for w, c in words if text.startswith(w)), None)
        if colour is None or colour in legend or not _names_result(line["text"]):
            continue
        entry = [line]
        for nxt in lines[i + 1:i + 3]:
            gap = nxt["top"] - entry[-1]["bottom"]
            if nxt["page"] != line["page"] or abs(nxt["x0"] - line["x0"]) > line["size"] \
                    or gap > tables.ROW_GAP_EM * line["size"] or any(nxt["folded"].startswith(w) for w, _ in words):
                break
            entry.append(nxt)
        legend[colour] = printed(entry, line["page"], extractor, text=_text(entry))
    return legend


def _names_result(text: str) -> bool:
    folded = squash(text).lower()
    return any(label in folded for label, _ in GOAL_STATUS_LABELS)


# --------------------------------------------------------------------------------------
# tasks and measures
# --------------------------------------------------------------------------------------
def _tasks(block: Block, previous: Block | None, state: _State) -> None:
    found, extractor = state.found, state.extractor
    if state.goal is None:
        found.issues.append(f"page {block.page}: Päätehtävät table outside any goal; skipped")
        return
    continues = previous is not None and previous.kind == "tasks" and previous.page < block.page \
        and bool(found.tasks) and found.tasks[-1].goal_ref == state.goal
    rows = tables.task_rows(block, state.pages[block.page], state.settings)
    if not rows:
        found.issues.append(f"page {block.page}: Päätehtävät table without readable rows")
    for number, (cells, score) in enumerate(rows):
        parts = {k: printed(c, block.page, extractor, parse_score=score) for k, c in cells.items()}
        if number == 0 and continues and ("name" not in parts or "status" not in parts):
            found.tasks[-1] = _joined(found.tasks[-1], parts)
        elif "name" not in parts:
            found.issues.append(f"page {block.page}: Päätehtävät row without a task name; skipped")
        else:
            found.tasks.append(RawTask(state.goal, parts["name"], parts.get("responsible"),
                                       parts.get("description"), parts.get("status")))


def _joined(task: RawTask, parts: dict[str, Printed]) -> RawTask:
    """A task row cut by a page break: its continuation's cells appended to its first part."""
    def join(first: Printed | None, more: Printed | None) -> Printed | None:
        if first is None or more is None:
            return first or more
        return replace(first, text=first.text + "\n" + more.text, parse_score=min(first.parse_score,
                                                                                    more.parse_score))
    return RawTask(task.goal_ref, join(task.name, parts.get("name")),  # type: ignore[arg-type]
                   join(task.responsible, parts.get("responsible")),
                   join(task.description, parts.get("description")), join(task.status, parts.get("status")))


def _measures(block: Block, state: _State) -> None:
    if state.goal is None:
        return
    extractor, page = state.extractor, block.page
    label = block.lines[0]
    suffix = tables.measure_suffix(label)
    fallback = printed(label, page, extractor, text=suffix) if suffix else state.kpi
    for name, period, value in tables.measures(block, state.settings):
        kpi = printed(name, page, extractor) if name is not None else fallback
        if kpi is None:
            state.found.issues.append(f"page {page}: measure value {value['text']!r} without a measure name")
            continue
        state.found.kpi_values.append(RawKpiValue(state.goal, kpi, printed(period, page, extractor),
                                                  printed(value, page, extractor)))
