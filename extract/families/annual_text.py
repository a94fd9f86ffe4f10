"""Text exports of the year-end (TP) report (seed 001: a converter's Markdown of the PDF).

The text prints, in reading order: the title block (title, date, county), the assessment
rules, the dashboard's cards, then per goal a section titled "Tavoite: …" holding the
year-end result sentence, "Strateginen painopiste:" and the theme, the key results as
bullets ("•" or "-"; an indented "- Huom! …" is a note) with a tab-separated Lähtötilanne/
Q1–Q4 table (one row per key result, in order), the summary (Tiivistelmä) and a KPI table;
then sections with the same title (suffixed "(1/2)") holding "Tavoitteen omistaja: …", the
result sentence and the owner's narrative.

Where the converter lost a table it leaves only the period headings ("Lähtötilanne", "Q1"
… each on a line of its own): those key results get no values and the document says so
in an issue. Colours (the Q4 lights, the result box) are lost in text: values carry no light.
Short rows are placed as `annual_text_tables` explains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import (
    ANNUAL_GOAL_TITLE,
    ANNUAL_KPI_HEADINGS,
    ANNUAL_KR_HEADINGS,
    ANNUAL_KR_NOTE_PREFIXES,
    ANNUAL_OWNER_LABELS,
    ANNUAL_SUMMARY_HEADINGS,
    ANNUAL_THEME_LABELS,
)

from ..engine.meta import DATE
from ..page import DocumentContent
from ..records import Printed, RawKeyResult, RawNarrative, RawValue
from ..settings import LayoutSettings
from .annual_text_tables import (
    PLACED_SCORE,
    KpiBook,
    Line,
    block,
    dashboard,
    header_periods,
    place,
    table_rows,
    text_lines,
    value_like,
)
from .annual_words import (
    BULLETS,
    DASHES,
    GoalDraft,
    after_label,
    is_goal_result,
    kr_legend_labels,
    organization,
    period_label,
    strip_bullet,
    year_pattern,
)
from .base import Findings, printed

_PART = re.compile(r"\s*\(\s*\d+\s*/\s*\d+\s*\)\s*$")
_KR = {fold(h) for h in ANNUAL_KR_HEADINGS}
_KPI = {fold(h) for h in ANNUAL_KPI_HEADINGS}
_SUMMARY = {fold(h) for h in ANNUAL_SUMMARY_HEADINGS}


@dataclass
class Section:
    """A "Tavoite: …" title line and the lines down to the next title."""

    title: Line
    lines: list[Line]

    @property
    def text(self) -> str:
        return _PART.sub("", after_label(self.title.text, ANNUAL_GOAL_TITLE) or "")

    @property
    def key(self) -> str:
        return fold(self.text)


@dataclass
class Draft(GoalDraft):
    """A goal section of the text export, with what its value table needs."""

    krs: list[str] = field(default_factory=list)
    rows: list[tuple[Line, Line]] = field(default_factory=list)  # key-result table: header, row


def text_score(content: DocumentContent, settings: LayoutSettings) -> float:
    """1.0 for "Tavoite: …" sections beside a year-end result sentence or the key-result
    achievement legend; 0.8 when the text's first line names a year-end report ("TP 2025")."""
    lines = text_lines(content, settings)
    if not any(after_label(line.text, ANNUAL_GOAL_TITLE) for line in lines):
        return 0.0
    if any(is_goal_result(s["text"]) or kr_legend_labels(s["text"]) for line in lines for s in line.segs):
        return 1.0
    return 0.8 if lines and year_pattern().search(lines[0].text) else 0.0


def parse_text(content: DocumentContent, settings: LayoutSettings, kind: str) -> Findings:
    found = Findings()
    extractor = f"{content.backend}/{kind}"
    front, sections = _sections(text_lines(content, settings))
    _meta(front, extractor, found)
    dashboard(front, extractor, found)
    drafts: dict[str, Draft] = {}
    kpis = KpiBook()
    later = []
    for section in sections:
        if section.key not in drafts and _is_goal_section(section):
            draft = _draft(section, drafts, extractor)
            _read_goal(section, draft, kpis, found, extractor)
            _key_result_values(draft, found, extractor)
        else:
            later.append(section)
    for section in later:
        _narrative(section, drafts, found, extractor)
    kpis.emit(found, extractor)
    found.goals += [d.raw_goal() for d in drafts.values()]
    return found


def _sections(lines: list[Line]) -> tuple[list[Line], list[Section]]:
    sections: list[Section] = []
    front: list[Line] = []
    for line in lines:
        if after_label(line.text, ANNUAL_GOAL_TITLE) and len(line.segs) == 1:
            sections.append(Section(line, []))
        elif sections:
            sections[-1].lines.append(line)
        else:
            front.append(line)
    return front, sections


def _is_goal_section(section: Section) -> bool:
    return any(fold(line.text) in _KR | _KPI or after_label(line.text, ANNUAL_THEME_LABELS) is not None
               or header_periods(line) for line in section.lines)


def _draft(section: Section, drafts: dict[str, Draft], extractor: str) -> Draft:
    title = section.title
    draft = Draft(f"g{len(drafts) + 1}", printed(title.segs, title.page, extractor, text=section.text))
    drafts[section.key] = draft
    return draft


def _is_stop(line: Line) -> bool:
    """A line that ends a paragraph, a bullet or a lost table's outline."""
    folded = fold(line.text)
    return (folded in _KR | _KPI | _SUMMARY or bool(kr_legend_labels(line.text))
            or any(is_goal_result(s["text"]) for s in line.segs) or header_periods(line) is not None
            or after_label(line.text, ANNUAL_THEME_LABELS + ANNUAL_OWNER_LABELS + ANNUAL_GOAL_TITLE) is not None)


def _read_goal(section: Section, draft: Draft, kpis: KpiBook, found: Findings, extractor: str) -> None:
    lines, zone, index = section.lines, "", 0
    while index < len(lines):
        line, folded = lines[index], fold(lines[index].text)
        index += 1
        if folded in _KR | _KPI:
            zone = "kr" if folded in _KR else "kpi"
        elif folded in _SUMMARY:
            body, index = _paragraphs(lines, index)
            if body:
                found.narratives.append(RawNarrative(draft.ref, "summary", block(body, extractor)))
        elif header_periods(line):
            rows = table_rows(lines, index)
            index += len(rows)
            _table(zone, line, rows, draft, kpis, found, extractor)
        elif period_label(line.text) and len(line.segs) == 1:
            outline, index = _outline(lines, index - 1)
            _lost_table(zone, outline, draft, kpis, found)
        elif zone == "kr" and _bullet(line) and not _is_stop(line):
            index = _key_result(lines, index - 1, draft, found, extractor)
        else:
            _labels(lines, index - 1, draft, extractor)


def _labels(lines: list[Line], index: int, draft: Draft, extractor: str) -> None:
    """Result sentence, theme and owner (the value after the label's colon or on the next line)."""
    line = lines[index]
    if any(is_goal_result(s["text"]) for s in line.segs):
        draft.status = draft.status or block([line], extractor, parse_score=0.9)
    for labels, slot in ((ANNUAL_THEME_LABELS, "theme"), (ANNUAL_OWNER_LABELS, "owner")):
        value = _labelled(lines, index, labels, extractor)
        if value is not None and getattr(draft, slot) is None:
            setattr(draft, slot, value)


def _labelled(lines: list[Line], index: int, labels: tuple[str, ...], extractor: str) -> Printed | None:
    rest = after_label(lines[index].text, labels)
    if rest is None:
        return None
    if rest:
        return block([lines[index]], extractor, text=rest)
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or _is_stop(following):
        return None
    return block([lines[index], following], extractor, text=following.text)


def _paragraphs(lines: list[Line], index: int) -> tuple[list[Line], int]:
    """The text lines from `index` down to the next heading, label or table."""
    body: list[Line] = []
    while index < len(lines) and not _is_stop(lines[index]) and not period_label(lines[index].text):
        if fold(lines[index].text):
            body.append(lines[index])
        index += 1
    return body, index


def _bullet(line: Line) -> bool:
    text = line.text.lstrip()
    return text[:1] in BULLETS + DASHES and text[1:2].isspace()


def _key_result(lines: list[Line], index: int, draft: Draft, found: Findings, extractor: str) -> int:
    """One bulleted key result and its wrapped lines; an indented bullet or a "Huom!" line under
    a key result is its note, not a key result."""
    line = lines[index]
    own = [line]
    index += 1
    while index < len(lines) and not lines[index].gap and not _bullet(lines[index]) and not _is_stop(lines[index]):
        own.append(lines[index])
        index += 1
    text = strip_bullet(line.text)
    box = next((k.text.box for k in reversed(found.key_results) if k.ref in draft.krs), None)
    indented = box is not None and line.segs[0]["x0"] > box[0] + 0.5
    if indented or any(fold(text).startswith(fold(p)) for p in ANNUAL_KR_NOTE_PREFIXES):
        return index
    ref = f"kr{len(found.key_results) + 1}"
    body = "\n".join([text] + [ln.text for ln in own[1:]])
    found.key_results.append(RawKeyResult(ref, draft.ref, block(own, extractor, text=body)))
    draft.krs.append(ref)
    return index


def _outline(lines: list[Line], index: int) -> tuple[list[Line], int]:
    """A lost table's outline: single-cell period headings and the short names between them."""
    outline: list[Line] = []
    while index < len(lines):
        line = lines[index]
        short = len(line.segs) == 1 and (period_label(line.text) or len(line.text.split()) <= 5)
        if not short or (_is_stop(line) and not period_label(line.text)) or _bullet(line):
            break
        outline.append(line)
        index += 1
    return outline, index


def _lost_table(zone: str, outline: list[Line], draft: Draft, kpis: KpiBook, found: Findings) -> None:
    what = "KPI table" if zone == "kpi" else "key-result table"
    found.issues.append(f"page {outline[0].page}: the {what} of goal {draft.text.text!r} lost its cells in the "
                        "conversion (period headings without values); its values are missing")
    if zone == "kpi":
        kpis.add_outline(outline)
    else:
        _period(outline, found, outline[0].page, draft.text.extractor)


def _period(cells: list[Line], found: Findings, page: int, extractor: str) -> None:
    """The report's period: the latest period a key-result table is headed with (a TP report covers
    the year up to its last quarter)."""
    labelled = [(period_label(s["text"]) or "", s) for line in cells for s in line.segs if period_label(s["text"])]
    quarters = [pair for pair in labelled if pair[0].startswith("q")]
    if quarters:
        latest = max(quarters, key=lambda pair: pair[0])[1]
        if "period" not in found.meta or fold(found.meta["period"].text) < fold(latest["text"]):
            found.meta["period"] = printed(latest, page, extractor)


def _table(zone: str, header: Line, rows: list[Line], draft: Draft, kpis: KpiBook, found: Findings,
           extractor: str) -> None:
    if zone == "kpi":
        kpis.add_table(draft.ref, header, rows)
        return
    _period([header], found, header.page, extractor)
    draft.rows += [(header, row) for row in rows]


def _key_result_values(draft: Draft, found: Findings, extractor: str) -> None:
    """Key-result table rows, one per key result in order."""
    if not draft.rows:
        return
    if len(draft.rows) != len(draft.krs):
        found.issues.append(f"page {draft.rows[0][1].page}: goal {draft.text.text!r} prints {len(draft.krs)} "
                            f"key results but {len(draft.rows)} table rows; their values are not stored")
        return
    for ref, (header, row) in zip(draft.krs, draft.rows, strict=True):
        periods = header_periods(header) or []
        cells = row.segs[1:] if len(row.segs) == len(periods) + 1 and not value_like(row.segs[0]["text"]) \
            else row.segs
        chosen = place(len(cells), periods, set())
        if chosen is None:
            found.issues.append(f"page {row.page}: key-result row {row.text!r} has more cells than periods; skipped")
            continue
        score = 1.0 if len(cells) == len(periods) else PLACED_SCORE
        for column, cell in zip(chosen, cells, strict=True):
            found.values.append(RawValue(ref, printed(header.segs[column], header.page, extractor),
                                         printed(cell, row.page, extractor, parse_score=score)))


def _narrative(section: Section, drafts: dict[str, Draft], found: Findings, extractor: str) -> None:
    """A section of the owner's narrative: the owner, the result sentence, the narrative text."""
    key = section.key
    draft = drafts.get(key) or next((d for k, d in drafts.items() if k.startswith(key) or key.startswith(k)), None)
    if draft is None:
        found.issues.append(f"page {section.title.page}: narrative of a goal that has no goal section; it becomes "
                            "a goal without key results")
        draft = _draft(section, drafts, extractor)
    lines, text = section.lines, []
    for index, line in enumerate(lines):
        owner = _labelled(lines, index, ANNUAL_OWNER_LABELS, extractor)
        if owner is not None:
            draft.owner = draft.owner or owner
            continue
        if index and after_label(lines[index - 1].text, ANNUAL_OWNER_LABELS) == "":
            continue  # the owner printed under its label
        if any(is_goal_result(s["text"]) for s in line.segs) and draft.verdict is None:
            draft.verdict = block([line], extractor, parse_score=0.9)
        if fold(line.text):
            text.append(line)
    if text:
        found.narratives.append(RawNarrative(draft.ref, "owner", block(text, extractor)))


def _meta(front: list[Line], extractor: str, found: Findings) -> None:
    """Title and year (the first line naming a year-end report), date and county of the title block."""
    pattern = year_pattern()
    title = next((line for line in front if pattern.search(line.text)), None)
    year = pattern.search(title.text) if title is not None else None
    if title is None or year is None:
        found.issues.append("no title naming a year-end report (\"TP 2025\") before the first goal")
        return
    found.meta["title"] = block([title], extractor)
    found.meta["year"] = block([title], extractor, text=year.group(1))
    date = next((line for line in front if DATE.search(line.text)), None)
    if date is not None:
        found.meta["date"] = block([date], extractor)
    org = organization([s for line in front for s in line.segs])
    if org is not None:
        found.meta["organization"] = printed(org, next(ln.page for ln in front if org in ln.segs), extractor)
