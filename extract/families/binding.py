"""Appendix of council-binding goals of a financial statement (seed 004): "Liite - Sitovat
strategiset tavoitteet", Tilinpäätös 2024, and its variants (issue 9).

PDF and PPTX text layers are read on the layout engine (binding_engine: parts found per
page, tied to goals by reading order); the block reader still overrides it where it agrees
(stopgap, `_agrees`) and supplies the measure layouts binding_measures cannot read yet.
Text exports (no positions) and OCR'd scans (word boxes and sizes OCR distorts, see
binding_ocr) still go through the older block reader (binding_blocks), which carries their
tolerances.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from okr_warehouse.text import fold

from ..page import DocumentContent
from ..records import RawGoal
from ..settings import LayoutSettings
from . import binding_blocks, binding_engine
from .base import Findings

KIND = "binding_goals_annual"


def _blocks(content: DocumentContent) -> bool:
    return content.file_format == "text" or any(w.get("conf") is not None for p in content.pages for w in p.words)


def detect(content: DocumentContent, settings: LayoutSettings) -> float:
    if _blocks(content):
        return binding_blocks.detect_blocks(content, settings)
    return binding_engine.detect(content, settings)


def parse(content: DocumentContent, settings: LayoutSettings) -> Findings:
    if _blocks(content):
        return binding_blocks.parse_blocks(content, settings)
    found = binding_engine.parse(content, settings)
    blocks = binding_blocks.parse_blocks(content, settings)
    if _agrees(blocks, found):
        return blocks
    _measures_from_blocks(found, blocks)
    return found


def _agrees(blocks: Findings, found: Findings) -> bool:
    """Stopgap: the block reader (written with the seed's samples) read every goal the engine
    read, with the same texts, divisions, result areas and owners, no fewer goals, tasks and
    measure values, and the year when the engine read one: its finer readings of the seed's
    own layout (summaries over page breaks, the A4 sample's year-end markers, measure charts)
    are kept.  On other layouts it misreads goal texts (variants: "(valtuustotason sitova) …")
    or drops the parts it cannot place (variants s1, s6: measures, the year, divisions) and
    the engine's reading is used."""
    def shown(goal: RawGoal) -> tuple[str, ...]:
        parts = (goal.text, goal.division, goal.result_area, goal.owner)
        return tuple(fold(p.text) if p is not None else "" for p in parts)

    theirs = {shown(g) for g in blocks.goals}
    return bool(blocks.goals) and len(blocks.goals) >= len(found.goals) and \
        all(shown(g) in theirs for g in found.goals) and len(blocks.tasks) >= len(found.tasks) and \
        len(blocks.kpi_values) >= len(found.kpi_values) and \
        ("year" in blocks.meta or "year" not in found.meta)


def _measures_from_blocks(found: Findings, blocks: Findings) -> None:
    """Stopgap until binding_measures reads every measure layout: the seed's inline items
    ("Q1: ● 59%" under names in columns) and charts (values over a Q1 … Q4 axis, which the
    engine still reads as a table's header) are read by the block reader; its values
    replace the engine's for the goals whose text it read the same and of whose values it
    read more."""
    refs = {fold(g.text.text): g.ref for g in found.goals}
    by_goal = {g.ref: refs.get(fold(g.text.text)) for g in blocks.goals}
    moved = [replace(k, goal_ref=ref) for k in blocks.kpi_values if (ref := by_goal.get(k.goal_ref))]
    theirs, ours = Counter(k.goal_ref for k in moved), Counter(k.goal_ref for k in found.kpi_values)
    # Only where the block reader read more of a goal's values than the engine: where both
    # read them all, its misreadings of other layouts would replace the engine's (variant s10).
    covered = {ref for ref, count in theirs.items() if count > ours[ref]}
    found.kpi_values = [k for k in found.kpi_values if k.goal_ref not in covered] + \
        [k for k in moved if k.goal_ref in covered]
