"""A page's tables of one family: its labels found, header rows formed, each header's
grid read down to the next header.  What a family declares (vocabulary, required
columns) is all this needs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import PLACEHOLDERS

from ..page import DocumentContent, PageContent
from ..records import Printed
from ..settings import LayoutSettings
from .flat_rows import CellEvidence, flat_tables
from .grid import Grid, GridCell, read_grid
from .header import find_headers
from .labels import Vocabulary, find_labels
from .lines import cluster_lines
from .units import Unit, page_units, union


@dataclass(frozen=True)
class TableSpec:
    """What a family says about one kind of table it prints."""

    columns: Vocabulary          # column key → header labels as printed
    required: frozenset[str]     # keys without which a header row is not this table's
    min_labels: int              # distinct labels a header row must show
    cells: CellEvidence | None = None  # what its cells print, to read rows that lost their gaps


def document_tables(content: DocumentContent, spec: TableSpec, settings: LayoutSettings
                    ) -> list[tuple[PageContent, list[Unit], list[Grid]]]:
    """Every page with its units (page numbers left out) and its tables. A document where no
    page shows a header in columns, and whose family says what its cells print, is read as
    rows that lost their cell gaps (a text export, seed 003)."""
    pages = [(page, without_page_numbers(page_units(page), page, settings)) for page in content.pages]
    tables = [(page, units, page_tables(page, units, spec, settings)) for page, units in pages]
    if spec.cells is None or any(grids for _, _, grids in tables):
        return tables
    flat = flat_tables([units for _, units in pages], spec.columns, spec.required, spec.min_labels, spec.cells,
                       settings)
    return [(page, units, grids) for (page, units, _), grids in zip(tables, flat, strict=True)]


def page_tables(page: PageContent, units: Sequence[Unit], spec: TableSpec, settings: LayoutSettings) -> list[Grid]:
    hits = find_labels(units, spec.columns, settings)
    headers = find_headers(hits, set(spec.required), spec.min_labels)
    grids = []
    for index, header in enumerate(headers):
        stop = headers[index + 1].top if index + 1 < len(headers) else None
        grids.append(read_grid(page, units, header, settings, stop))
    return grids


_PAGE_NUMBER = re.compile(r"^(?:(?:sivu|page|s\.)\s*)?\d{1,3}(?:\s*(?:/|of|\()\s*\d{1,3}\)?)?$", re.IGNORECASE)


def without_page_numbers(units: Sequence[Unit], page: PageContent, settings: LayoutSettings) -> list[Unit]:
    """Units minus a page number ("2 / 3", "Sivu 4") printed alone as the first or last line
    of the page, in its outer fifth: footers must not become table rows (held-out confidence
    table; variant s11 prints "5 / 19" 45 pt above a small slide's edge)."""
    margin = page.height * 0.2
    drop: set[int] = set()
    lines = cluster_lines(units, settings)
    for line in lines[:1] + lines[-1:]:
        text = " ".join(u.text for u in line).strip()
        edge = max(u.bottom for u in line) <= margin or min(u.top for u in line) >= page.height - margin
        if edge and _PAGE_NUMBER.match(text):
            drop.update(id(u) for u in line)
    return [u for u in units if id(u) not in drop]


def printed_units(units: Sequence[Unit], text: str, page: int, extractor: str, parse_score: float = 1.0) -> Printed:
    x0, top, x1, bottom = (round(v, 2) for v in union(units))
    confs = [float(u.source["conf"]) for u in units if u.source is not None and u.source.get("conf") is not None]
    ocr = round(sum(confs) / len(confs), 1) if confs else None
    return Printed(text, page, (x0, top, x1, bottom), extractor, round(parse_score, 3), ocr)


def printed_cell(cell: GridCell, page: int, extractor: str, parse_score: float | None = None) -> Printed:
    return printed_units(cell.units, cell.text, page, extractor, cell.score if parse_score is None else parse_score)


def title_above(units: Sequence[Unit], top: float, body: float, settings: LayoutSettings) -> list[list[Unit]]:
    """The lines printed in the largest type above `top` (a page's title over its table), when
    that type is a title's: larger than the table's `body` size (a caption in body type over a
    table's continuation is none, kr_confidence variant s30)."""
    above = [u for u in units if u.bottom <= top + 0.5 and fold(u.text)]
    if not above:
        return []
    size = max(u.size for u in above)
    if size < settings.title_over_body * body:
        return []
    return [line for line in cluster_lines([u for u in above if u.size >= size - 0.5], settings)]


def is_placeholder(lines: Sequence[str]) -> bool:
    """A cell whose every printed line is a template placeholder ("xx" / "YYY", "-")."""
    return all(" ".join(line.split()).lower() in PLACEHOLDERS for line in lines)
