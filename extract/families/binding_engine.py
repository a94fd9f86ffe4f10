"""The council-binding goals appendix read on the layout engine (PDF and PPTX text layers).

Each page yields its parts (binding_sections); the pages holding none are reported as
skipped (a long financial statement around the appendix).  Parts are tied to goals by
reading order: every goal prints one key-value part, and its other parts in one order the
whole document keeps (variants draw the order per document: the key-value part may come
after the tasks).  The part kinds printed before the first key-value part therefore
belong to the goal that follows them, every other kind to the goal before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from okr_warehouse.text import fold, squash
from okr_warehouse.vocabulary import (
    BINDING_COLOUR_WORDS,
    BINDING_MARKERS,
    BINDING_OWNER_STEMS,
    GOAL_STATUS_LABELS,
    ORGANIZATIONS,
)

from ..engine.grid import GridCell
from ..engine.keyvalue import KeyValue, part_text, two_parts
from ..engine.labels import LabelHit
from ..engine.lights import classify, page_paper
from ..engine.lines import cluster_lines
from ..engine.memo import IdentityMemo
from ..engine.meta import DATE, stated_year_and_quarter
from ..engine.tables import printed_units
from ..engine.units import Unit, line_height, page_units
from ..misreads import printed_words
from ..page import DocumentContent, PageContent
from ..records import Printed, RawGoal, RawKpiValue, RawNarrative, RawTask
from ..settings import LayoutSettings
from .base import Findings, skip_pages
from .binding_furniture import find_furniture
from .binding_measures import measures
from .binding_sections import (
    Section,
    clean_units,
    continued_part,
    page_sections,
    runs,
)

COLOUR_STATUS = {"green": "achieved", "yellow": "partially_achieved", "red": "not_achieved",
                 "grey": "not_assessable"}


@dataclass
class Goal:
    kv: Section
    parts: list[Section] = field(default_factory=list)


PageParts = dict[int, tuple[list[Unit], list[Section]]]
_READ: IdentityMemo[PageParts] = IdentityMemo(1)
"""The document read last: detection reads its pages and parse reads them again."""


def read_pages(content: DocumentContent, settings: LayoutSettings) -> PageParts:
    return _READ.get((content, settings), lambda: _read_pages(content, settings))


def _read_pages(content: DocumentContent, settings: LayoutSettings) -> PageParts:
    # A scan's words as printed (borders, misread item labels and marks: extract.misreads).
    content = replace(content, pages=tuple(replace(p, words=printed_words(p.words, settings.ocr_stroke_ratio))
                                           for p in content.pages))
    furniture = find_furniture(content, settings)
    out: dict[int, tuple[list[Unit], list[Section]]] = {}
    previous: list[Section] = []
    for page in content.pages:
        units = clean_units(page, settings, furniture)
        sections = page_sections(page, units, settings)
        carried = continued_part(previous, page, units, sections, settings)
        sections = [carried, *sections] if carried is not None else sections
        out[page.number] = (units, sections)
        previous = sections
    return out


def detect(content: DocumentContent, settings: LayoutSettings) -> float:
    """1.0 when a page carries a key-value part and some page a task table or the appendix's
    title; 0.8 for key-value parts alone."""
    # Cheap evidence first: every binding goal names its owner or responsible person
    # ("Mittarin vastuutaho", "Vastuuhenkilö", "Vastuhenkilö"); a document printing no such
    # word is not read page by page (detection runs on every document of every family).
    if not any(fold(word) in fold(page.all_text()) for page in content.pages for word in BINDING_OWNER_STEMS):
        return 0.0
    pages = read_pages(content, settings)
    kinds = {s.kind for _, sections in pages.values() for s in sections}
    if "kv" not in kinds:
        return 0.0
    marked = any(fold(m) in fold(page.all_text()) for page in content.pages for m in BINDING_MARKERS)
    return 1.0 if "tasks" in kinds or marked else 0.8


def parse(content: DocumentContent, settings: LayoutSettings) -> Findings:
    found = Findings()
    extractor = f"{content.backend}/binding_goals_annual"
    pages = read_pages(content, settings)
    by_number = {p.number: p for p in content.pages}
    items = [s for _, sections in pages.values() for s in sections]
    goals = _goals(items)
    _skipped(found, pages, goals)
    _meta(found, content, pages, extractor, settings)
    legend = _legend(pages, extractor, settings)
    for goal in goals:
        if _pair(goal.kv, "goal") is None:
            goal.kv = _lost_goal(goal.kv, pages[goal.kv.page][0], settings)
        ref = f"g{len(found.goals) + 1}"
        record = _goal_record(ref, goal, by_number, legend, extractor, settings)
        if record is None:
            found.issues.append(f"page {goal.kv.page}: key-value part without a Tavoite text; goal skipped")
            continue
        found.goals.append(record)
        kpi = _value(goal.kv, "kpi", extractor)
        for part in goal.parts:
            if part.kind == "tasks":
                _tasks(found, ref, part, extractor)
            elif part.kind == "summary" and part.body:
                found.narratives.append(RawNarrative(ref, "summary", _printed(part.body, part.page, extractor)))
            elif part.kind == "measure":
                _measures(found, ref, part, kpi, by_number[part.page], extractor, settings)
    if not found.goals:
        found.issues.append("no goal part (Tavoite / Mittari (KPI) / Mittarin vastuutaho) found")
    return found


def _lost_goal(kv: Section, units: Sequence[Unit], settings: LayoutSettings) -> Section:
    """A scanned part whose goal label OCR misread past matching ("kesi" for "Tavoite", the
    binding scan of seed 004, p. 19): the row right above its first label, begun in the
    label column and wrapped in the value column, is the goal's.  Only OCR'd rows: a
    printed part without a goal row has none."""
    labelled = [p for p in kv.pairs if p.units]
    if not labelled:
        return kv
    first = min(labelled, key=lambda p: p.label.top)
    left = min(p.label.x0 for p in labelled)
    value = min(u.x0 for p in labelled for u in p.units)
    above = [u for u in units if u.ocr and u.cy < first.label.top and u.x1 > left]
    lines = cluster_lines(above, settings)
    rows: list[Unit] = []
    bottom = first.label.top
    for line in reversed(lines):
        height = max(u.height for u in line)
        if bottom - max(u.bottom for u in line) > settings.kv_row_gap * height:
            break
        start = min(u.x0 for u in line)
        rows[:0] = [u for u in line if u.x0 >= value - height]
        bottom = min(u.top for u in line)
        if start < value - height:  # the row's (misread) label: where the row begins
            if abs(start - left) > height or not rows:
                return kv
            label = LabelHit("goal", tuple(u for u in line if u.x0 < value - height), 0.0)
            pair = KeyValue("goal", label, tuple(rows), (tuple(rows),))
            taken = {id(u) for u in rows}  # a label's value read down past the lost label
            rest = [replace(p, units=tuple(u for u in p.units if id(u) not in taken),
                            parts=tuple(q for q in (tuple(u for u in part if id(u) not in taken)
                                                    for part in p.parts) if q)) for p in kv.pairs]
            return replace(kv, pairs=[pair, *rest], top=min(kv.top, bottom))
    return kv


def _joined_heads(items: list[Section]) -> list[Section]:
    """A part's first rows at a page's foot join the rows that go on at the top of the next
    page without them: a "kv_head" (the goal's rows) the next page's part or "kv_tail", a
    part the next page's "kv_tail" (variant s45: "Mittarin vastuutaho" alone over the next
    page's task table).  A head or tail alone is dropped."""
    out: list[Section] = []
    head: Section | None = None  # a head the next item continues
    for index, item in enumerate(items):
        after = items[index + 1] if index + 1 < len(items) else None
        if item.kind in ("kv_head", "kv") and after is not None and after.page == item.page + 1 and \
                (after.kind == "kv_tail" or (item.kind, after.kind) == ("kv_head", "kv")) and \
                not {p.key for p in item.pairs} & {p.key for p in after.pairs}:
            head = item
            continue
        if item.kind == "kv_head":
            continue
        if head is not None:  # a new Section: the pages stay as read (detection's cache)
            item = replace(item, kind="kv", pairs=[*head.pairs, *item.pairs],
                           pair_pages={**item.pair_pages, **{p.key: head.page for p in head.pairs}})
            head = None
        if item.kind != "kv_tail":  # a tail no head went on to is no part
            out.append(item)
    return out


def _goals(items: list[Section]) -> list[Goal]:
    items = _joined_heads(items)
    kvs = [i for i, s in enumerate(items) if s.kind == "kv"]
    if not kvs:
        return []
    before = {s.kind for s in items[:kvs[0]] if s.kind != "timeline"} | \
        ({"timeline"} if any(s.kind == "timeline" for s in items[:kvs[0]]) else set())
    goals = [Goal(items[i]) for i in kvs]
    seen = 0
    for item in items:
        if item.kind == "kv":
            seen += 1
            continue
        index = seen if item.kind in before else seen - 1
        if 0 <= index < len(goals):
            goals[index].parts.append(item)
    return goals


def _skipped(found: Findings, pages: dict[int, tuple[list[Unit], list[Section]]], goals: list[Goal]) -> None:
    """Pages before the appendix's title (or first part) and after its last part."""
    used = sorted({g.kv.page for g in goals} | {p.page for g in goals for p in g.parts})
    if not used:
        return
    first = next((n for n, (units, _) in pages.items() if n <= used[0] and _marked(units)), used[0])
    skip_pages(found, [n for n in pages if n < first or n > used[-1]], "not part of the binding-goals appendix")


def _marked(units: Sequence[Unit]) -> bool:
    text = fold(" ".join(u.text for u in units))
    return any(fold(m) in text for m in BINDING_MARKERS)


def _printed(units: Sequence[Unit], page: int, extractor: str, text: str | None = None) -> Printed:
    return printed_units(units, text if text is not None else part_text(units), page, extractor)


def _pair(kv: Section, key: str) -> KeyValue | None:
    return next((p for p in kv.pairs if p.key == key and p.units), None)


def _value(kv: Section, key: str, extractor: str, part: int | None = None) -> Printed | None:
    pair = _pair(kv, key)
    if pair is None:
        return None
    units = pair.units if part is None else pair.parts[part] if part < len(pair.parts) else ()
    return _printed(units, kv.pair_pages.get(key, kv.page), extractor) if units else None


def _goal_record(ref: str, goal: Goal, pages: dict[int, PageContent], legend: dict[str, Printed],
                 extractor: str, settings: LayoutSettings) -> RawGoal | None:
    kv = goal.kv
    text = _value(kv, "goal", extractor)
    if text is None:
        return None
    division, owner = _two_parts(_pair(kv, "owner"), kv, extractor, settings)
    theme, _ = _two_parts(_pair(kv, "theme"), kv, extractor, settings)
    first = min([kv, *goal.parts], key=lambda s: (s.page, s.top))
    status = _status(pages[first.page], first.top, legend, extractor, settings)
    return RawGoal(ref, text, "hva", theme=theme, division=division, owner=owner, status=status)


def _two_parts(pair: KeyValue | None, kv: Section, extractor: str, settings: LayoutSettings
               ) -> tuple[Printed | None, Printed | None]:
    """Theme | focus and division | owner: the first part and the rest (engine.keyvalue.two_parts)."""
    if pair is None:
        return None, None
    parts = two_parts(pair, kv.pairs, settings)
    first = _printed(parts[0], kv.page, extractor)
    rest = [u for p in parts[1:] for u in p]
    return first, (_printed(rest, kv.page, extractor) if rest else None)


def _tasks(found: Findings, ref: str, part: Section, extractor: str) -> None:
    if part.grid is None:
        return
    for index, row in enumerate(part.grid.rows):
        cells = {k: _cell(c, part.page, extractor) for k, c in row.cells.items() if c.text.strip()}
        if "name" not in cells:
            last = found.tasks[-1] if found.tasks and found.tasks[-1].goal_ref == ref else None
            if index == 0 and last is not None:
                found.tasks[-1] = _joined(last, cells)
            else:
                found.issues.append(f"page {part.page}: Päätehtävät row without a task name; skipped")
            continue
        found.tasks.append(RawTask(ref, cells["name"], cells.get("responsible"), cells.get("description"),
                                   cells.get("status")))


def _cell(cell: GridCell, page: int, extractor: str) -> Printed:
    return printed_units(cell.units, cell.text, page, extractor)


def _joined(task: RawTask, cells: dict[str, Printed]) -> RawTask:
    """A row cut by a page break: its rest (no name) appended to the row above."""
    def join(first: Printed | None, more: Printed | None) -> Printed | None:
        if first is None or more is None:
            return first or more
        return Printed(first.text + "\n" + more.text, first.page, first.box, first.extractor,
                       min(first.parse_score, more.parse_score), first.ocr_confidence)
    return RawTask(task.goal_ref, task.name, join(task.responsible, cells.get("responsible")),
                   join(task.description, cells.get("description")), join(task.status, cells.get("status")))


def _measures(found: Findings, ref: str, part: Section, kpi: Printed | None, page: PageContent,
              extractor: str, settings: LayoutSettings) -> None:
    for name, suffix, period, value in measures(part, page, settings):
        if name:
            kpi_name = _printed(name, part.page, extractor, " ".join(u.text for u in name))
        elif suffix:
            kpi_name = _printed(part.label, part.label_page or part.page, extractor, suffix)
        elif kpi is not None:
            kpi_name = kpi
        else:
            found.issues.append(f"page {part.page}: measure value without a measure name")
            continue
        found.kpi_values.append(RawKpiValue(ref, kpi_name, _printed(period[1], part.page, extractor, period[0]),
                                            _printed(value[1], part.page, extractor, value[0])))


# ------------------------------------------------------------------------------------------
# status and meta
# ------------------------------------------------------------------------------------------
def _status(page: PageContent, top: float, legend: dict[str, Printed], extractor: str,
            settings: LayoutSettings) -> Printed | None:
    """The goal's year-end marker: the light-coloured shape (engine.lights.classify, against
    the page's paper) nearest above its first part (beside its heading), named by the
    evaluation legend the document prints."""
    height = line_height(page_units(page)) or 1.0
    paper = page_paper(page, settings)
    marks = [(s, colour) for s in page.shapes if (colour := classify(s.get("fill"), paper, settings))
             and s["bottom"] <= top + 1 and _marker_shaped(s["x1"] - s["x0"], s["bottom"] - s["top"], height, settings)]
    if not marks:
        return None
    mark, name = max(marks, key=lambda m: m[0]["bottom"])
    box = (round(mark["x0"], 2), round(mark["top"], 2), round(mark["x1"], 2), round(mark["bottom"], 2))
    entry = legend.get(name)
    if entry is not None:
        return Printed(entry.text, page.number, box, extractor, 1.0)
    # no legend printed: the colour's usual meaning (GOAL_STATUS_LABELS), less certain
    label = next(text for text, status in GOAL_STATUS_LABELS if status == COLOUR_STATUS[name])
    return Printed(label, page.number, box, extractor, 0.8)


def _marker_shaped(width: float, height: float, text: float, settings: LayoutSettings) -> bool:
    """A round or square light (at most 40 pt), or a badge a few times wider than tall and a
    few text heights high (the A4 rendering of seed 004 draws a pill beside each goal's
    heading); a coloured rule or band is longer still."""
    aspect = width / max(0.1, height)
    return (max(width, height) <= 40 and 0.5 <= aspect <= 2) or \
        (height <= settings.light_marker_max_size * text and 0.5 <= aspect <= settings.status_badge_max_aspect)


def _legend(pages: dict[int, tuple[list[Unit], list[Section]]], extractor: str,
            settings: LayoutSettings) -> dict[str, Printed]:
    """The evaluation legend: colour word → its entry ("Keltainen – tavoite toteutui osittain …")."""
    words = [(fold(word), colour) for word, colour in BINDING_COLOUR_WORDS]
    legend: dict[str, Printed] = {}
    for number, (units, _) in pages.items():
        for run in runs(units, settings):
            text = " ".join(u.text for u in run)
            colour = next((c for w, c in words if fold(text).startswith(w)), None)
            names = any(label in squash(text).lower() for label, _ in GOAL_STATUS_LABELS)
            if colour and colour not in legend and names:
                legend[colour] = _printed(run, number, extractor, text)
    return legend


def _meta(found: Findings, content: DocumentContent, pages: dict[int, tuple[list[Unit], list[Section]]],
          extractor: str, settings: LayoutSettings) -> None:
    """Title, fiscal year, date and organisation from the appendix's title page."""
    title_page = next((n for n, (units, _) in pages.items() if _marked(units)), None)
    order = [title_page] if title_page is not None else []
    order += [n for n in pages if n != title_page]
    meta = found.meta
    for number in order:
        units = pages[number][0]
        for run in runs(units, settings):
            text = " ".join(u.text for u in run)
            if any(fold(m) in fold(text) for m in BINDING_MARKERS):
                meta.setdefault("title", _printed(run, number, extractor, text))
            if any(fold(name) in fold(text) for name in ORGANIZATIONS):
                meta.setdefault("organization", _printed(run, number, extractor, text))
            if (date := DATE.search(text)) and number == title_page:
                meta.setdefault("date", _printed(run, number, extractor, date.group(0)))
        year, _ = stated_year_and_quarter(cluster_lines(units, settings))
        if year is not None:
            meta.setdefault("year", _printed(year.units, number, extractor, year.value))
        if number == title_page and "year" in meta:
            break
