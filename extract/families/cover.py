"""A report's cover on the layout engine: the title in the page's largest type, the fiscal
year and quarter its title or subtitle states ("OKR-seuranta Q2/2025", "Tilinpäätös 2025",
"Vuosi 2025, Q4"), the organisation and the publication date it prints.  Shared by the
families whose reports open with a cover (quarterly deck, annual report); the year and
quarter wordings are the engine's one meta reader (extract.engine.meta)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import ORGANIZATIONS

from ..engine.lines import cluster_lines
from ..engine.meta import DATE, Stated, stated_year_and_quarter
from ..engine.tables import printed_units
from ..engine.units import Unit
from .base import Findings
from .goal_pages import PageRead

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
HEADING_SCALE = 1.15
"""Type this much larger than the document's body text is a title or subtitle: a cover states
its period there ("2. kvartaali 2026" under the title, variant s1); body text does not
("TP 2024" over a decoy income statement)."""
TITLE_SIZE_SLACK = 0.6  # points: the largest type's lines differ this much in a PDF's font sizes


def body_size(reads: Sequence[PageRead]) -> float:
    sizes = [u.size for read in reads for u in read.units if u.size > 0]
    return median(sizes) if sizes else 0.0


def cover_meta(read: PageRead, found: Findings, body: float, title_phrases: Sequence[str], dated: bool) -> None:
    """Meta from one page without a goal, only what is not known yet. A year printed in the
    title without a label counts when the title holds one of `title_phrases`; `dated`: take the
    first date printed on the page that states the year as the publication date."""
    units = read.units
    if not units:
        return
    for line in cluster_lines(units, read.settings):
        text = " ".join(u.text for u in line)
        if "organization" not in found.meta and any(fold(text).startswith(fold(n)) for n in ORGANIZATIONS):
            found.meta["organization"] = printed_units(line, text, read.page.number, read.extractor)
    size = max(u.size for u in units)
    big = cluster_lines([u for u in units if u.size >= size - TITLE_SIZE_SLACK], read.settings)
    heads = cluster_lines([u for u in units if u.size >= body * HEADING_SCALE or u.size >= size - TITLE_SIZE_SLACK],
                          read.settings)
    year, quarter = stated_year_and_quarter(heads)
    if year is None:
        year = _title_year(big, title_phrases)
    if year is not None and "year" not in found.meta:
        found.meta["year"] = printed_units(year.units, year.value, read.page.number, read.extractor)
        found.meta.setdefault("title", printed_units([u for ln in big for u in ln],
                                                     "\n".join(" ".join(u.text for u in ln) for ln in big),
                                                     read.page.number, read.extractor))
        if dated:
            _date(read, found)
    if quarter is not None and "period" not in found.meta:
        found.meta["period"] = printed_units(quarter.units, quarter.value, read.page.number, read.extractor)


def _title_year(big: list[list[Unit]], phrases: Sequence[str]) -> Stated | None:
    match = next(((ln, m) for ln in big if (m := _YEAR.search(" ".join(u.text for u in ln)))), None)
    title = fold(" ".join(u.text for ln in big for u in ln))
    if match is not None and any(fold(p) in title for p in phrases):
        return Stated(match[1].group(0), tuple(match[0]))
    return None


def _date(read: PageRead, found: Findings) -> None:
    for line in cluster_lines(read.units, read.settings):
        text = " ".join(u.text for u in line)
        match = DATE.search(text)
        if match is not None and "date" not in found.meta:
            found.meta["date"] = printed_units(line, match.group(0), read.page.number, read.extractor)
            return
