"""Running furniture of the binding appendix's pages: a running header or footer, a theme
band or side panel repeated on the theme's pages, page numbers.  Such a line prints the
same text at the same height on several pages, as a page's first or last line; a line
holding a part's label (a task table's header repeated over a page break) never is one."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import (
    BINDING_KV_LABELS,
    BINDING_MEASURE_LABELS,
    BINDING_SUMMARY_LABELS,
    BINDING_TASK_HEADER,
)

from ..engine.labels import find_labels
from ..engine.lines import cluster_lines
from ..engine.tables import without_page_numbers
from ..engine.units import Unit, page_units
from ..page import DocumentContent
from ..settings import LayoutSettings

Furniture = dict[str, list[float]]
"""A furniture line's text key → the heights (line tops) where the document prints it."""

FURNITURE_PAGES = 3
"""A first or last line printed on this many pages is running furniture: a running header,
or a theme band repeated on the theme's pages (variants s0, s10 print "Järjestämme
vaikuttavat palvelut" under every goal page's task table)."""
EDGE_LINES = 4
"""Lines at a page's top and bottom looked at for part labels (a wrapped header row's
three lines and a running header above them)."""
_PART_VOCABULARY = {**{f"task.{k}": v for k, v in BINDING_TASK_HEADER.items()},
                    **{f"kv.{k}": v for k, v in BINDING_KV_LABELS.items()},
                    "summary": BINDING_SUMMARY_LABELS, "measure": BINDING_MEASURE_LABELS}
_PART_LABELS = {fold(a) for alts in (*BINDING_TASK_HEADER.values(), *BINDING_KV_LABELS.values()) for a in alts}


def find_furniture(content: DocumentContent, settings: LayoutSettings) -> Furniture:
    """Lines repeated as a page's first or last line at one height: a running header or
    footer, or a theme band under that one (two passes: the band is the edge once the
    header is off)."""
    edges = [cluster_lines(without_page_numbers(page_units(p), p, settings), settings) for p in content.pages]
    protected = [part_label_units(lines, settings) for lines in edges]
    furniture: Furniture = {}
    for _ in range(2):
        seen: defaultdict[str, list[tuple[float, float]]] = defaultdict(list)
        for lines, labels in zip(edges, protected, strict=True):
            strip_edges(lines, furniture, labels)
            for line in {id(ln): ln for ln in (lines[:1] + lines[-1:])}.values():
                if not is_furniture(line, {}, labels):
                    seen[line_key(line)].append((min(u.top for u in line), max(u.height for u in line)))
        for key, places in seen.items():
            tops = _repeated_tops(places)
            if tops and key.strip("#"):
                furniture.setdefault(key, []).extend(tops)
    return furniture


def _repeated_tops(places: list[tuple[float, float]]) -> list[float]:
    """Heights printed on FURNITURE_PAGES pages or more, within a line height of each other:
    the same text at other heights is the page's content (variant s1 ends each measure's
    lines with "Q4 2024: 41 %", digits masked alike, at a different height on every page)."""
    return [top for top, height in places
            if sum(1 for other, _ in places if abs(other - top) <= height) >= FURNITURE_PAGES]


def strip_edges(lines: list[list[Unit]], furniture: Furniture, protected: AbstractSet[int]) -> list[Unit]:
    """Pop furniture lines off both ends of `lines`; the units popped.  One page number per
    end: the bare numbers under it are a chart's axis (a decoy's "450" … "0", variant s1)."""
    dropped: list[Unit] = []
    for end in (0, -1):
        numbered = False
        while lines and is_furniture(lines[end], furniture, protected, numbers=not numbered):
            numbered = numbered or not _placed(lines[end], furniture)
            dropped += lines.pop(end)
    return dropped


def part_label_units(lines: Sequence[Sequence[Unit]], settings: LayoutSettings) -> set[int]:
    """Units of the part labels printed among a page's first and last lines: a header row
    repeated over a page break is no running furniture, however its labels wrap (variant
    s2's "vastuu-" / "henkilö" and "tehtävän" / "tila" stacked around "päätehtävä")."""
    edge = [u for line in (*lines[:EDGE_LINES], *lines[-EDGE_LINES:]) for u in line]
    return {id(u) for hit in find_labels(edge, _PART_VOCABULARY, settings) for u in hit.units}


def is_furniture(line: Sequence[Unit], furniture: Furniture, protected: AbstractSet[int] = frozenset(),
                 numbers: bool = True) -> bool:
    """A furniture line at one of its heights, or (`numbers`) a bare page number ("– 14 –"):
    never a line holding a part's label (`protected`: a task table continued on the next
    page, variant s0)."""
    key = line_key(line)
    if any(id(u) in protected for u in line) or \
            any(label in key or (len(key) > 3 and key in label) for label in _PART_LABELS):
        return False
    return _placed(line, furniture) or (numbers and not key.strip("#") and _page_number_shaped(line))


def _placed(line: Sequence[Unit], furniture: Furniture) -> bool:
    top, height = min(u.top for u in line), max(u.height for u in line)
    return any(abs(top - y) <= height for y in furniture.get(line_key(line), ()))


def _page_number_shaped(line: Sequence[Unit]) -> bool:
    """At most two numbers and no per cent ("– 14 –", "4 / 53", "4 (53)"): a measure
    table's row of values ("46 % 47 % 54 % 41 %") printed last on its page is no page
    number (variant s0 draws the measure under the key-value part at the page's foot)."""
    text = " ".join(u.text for u in line)
    return len(re.findall(r"\d+", text)) <= 2 and "%" not in text


def line_key(line: Sequence[Unit]) -> str:
    """A line's text for comparing pages: folded, digits masked ("Sivu 4", "4 / 53")."""
    return re.sub(r"\d+", "#", fold(" ".join(u.text for u in line)))
