"""Annual (TP, tilinpäätös) goal report variants: content_annual.py laid out at random.

A title page whose wording carries the fiscal year (and the year-end period), optional
front pages (assessment criteria, the light legend, KPI abbreviations), the overview
dashboard as cards, as native charts with printed counts, or left out, then per goal its
result page(s) and the owner's narrative (annual_pages.py).  The gold is make_annual's,
with the dashboard's counts cut to those printed.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import content_annual as C
import make_annual
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.util import Emu, Pt

from . import Rendered
from .annual_pages import (
    LIGHT_KEY,
    Area,
    Flow,
    Layout,
    goal_pages,
    heading,
    narrative_pages,
    para_lines,
    theme_pos,
)
from .decoys import add_decoys
from .kit import EMU_PER_PT, Deck, Page, Style, cell, draw_style, family_rng, wrap

FAMILY = "annual"

TITLES = ("HVA-tasoisten tavoitteiden TP {y} raportointi", "Tilinpäätös {y} – HVA-tason tavoitteiden toteutuminen",
          "TP {y}: strategisten tavoitteiden toteutuminen", "Vuosiraportti {y} – hyvinvointialueen tavoitteet",
          "Tavoitteiden toteutuminen, tilinpäätös {y}")
PERIOD_LINES = (None, "Vuosi {y}, Q4", "Tilanne Q4/{y}")
DATES = ("20.5.2026", "20.05.2026", "Päivämäärä: 20.5.2026")
QUARTERS = ("Q{q}", "Q{q}", "Q{q} {y}", "Q{q}/{y}", "Q{q}/{yy}")
# dashboard card label -> summary key, in content_annual's card order
CARD_KEYS = ("hva_goals", "result_area_goals", "result_area_key_results", "confidence_assessments",
             "responsible_persons", "tasks")
GROUP_KEYS = {"confidence": ("confidence_by_light", ("on_track", "at_risk", "off_track")),
              "tasks": ("tasks_by_state", ("done", "in_progress", "not_started"))}
SLICE_LIGHT = {"green": "on_track", "yellow": "at_risk", "red": "off_track", "amber": "at_risk", "grey": "grey"}


def draw_layout(seed: int) -> Layout:
    rng = family_rng(seed, FAMILY, "layout")
    y = C.FISCAL_YEAR
    quarter = rng.choice(QUARTERS)
    q = [quarter.format(q=n, y=y, yy=y % 100) for n in range(1, 5)]
    period_line = rng.choice(PERIOD_LINES)
    dashboard = rng.choice(("none", "cards", "cards", "charts", "charts"))
    groups = tuple(g for g in ("cards", "confidence", "tasks") if rng.random() < 0.85) or ("cards",)
    return Layout(
        title=rng.choice(TITLES).format(y=y), period_line=period_line and period_line.format(y=y),
        date=rng.choice(DATES), footer=rng.random() < 0.5, footer_title=rng.choice((f"TP {y}", f"Tilinpäätös {y}")),
        criteria=rng.random() < 0.7, lights=rng.random() < 0.6, abbreviations=rng.random() < 0.5,
        dashboard=dashboard, groups=groups, chart_kind=rng.choice(("doughnut", "pie", "column", "bar")),
        chart_pct=rng.random() < 0.5, filters=rng.random() < 0.5,
        goal_prefix=rng.choice(("Tavoite: ", "Tavoite: ", "Tavoite ", "HVA-tavoite: ", "")),
        continued=rng.choice((" (jatkuu)", " (jatkoa)", " – jatkuu")),
        theme_label=rng.choice(("Strateginen painopiste:", "Painopiste:", "Strateginen painopiste")),
        owner_label=rng.choice(("Tavoitteen omistaja:", "Omistaja:", "Vastuutaho:")),
        owner_pos=rng.choice(("title", "theme", "narrative")),
        status_prefix=rng.choice(("", "", "Tavoitteen toteutuminen: ", f"Arvio {y}: ")),
        section_titles=rng.random() < 0.6,
        kr_section=rng.choice(("Avaintulokset ja seuranta", "Avaintulosten toteutuminen", "Avaintulokset")),
        kr_header=rng.choice(("Avaintulos", "Avaintulokset", "Avaintulokset ja seuranta")),
        baseline_header=rng.choice(("Lähtötilanne", "Lähtötilanne", "Lähtötaso")),
        quarter_headers=tuple(q), kpi_quarters=(q[1], q[3]),
        value_align=rng.choice(("center", "right", "left")),
        kr_layout=rng.choice(("table", "table", "bullets")),
        kr_text_share=rng.uniform(0.38, 0.58),
        value_weights=tuple(rng.uniform(0.8, 1.4) for _ in range(5)),
        note_mode=rng.choice(("cell", "footnote")),
        summary_title=rng.choice(("Tiivistelmä", "Tiivistelmä", "Tavoitteen kuvaus")),
        kpi_title=rng.choice(("KPI-mittarit", "KPI-mittarit", "Mittarit")),
        kpi_header=rng.choice(("Mittari", "KPI", "KPI-mittari")),
        kpi_bold=rng.random() < 0.5, kpi_beside=rng.random() < 0.5, kpi_first=rng.random() < 0.3,
        decoy_charts=rng.random() < 0.35,
    )


def render(seed: int, path: Path) -> Rendered:
    style = draw_style(seed, FAMILY, paper=True, slides=True)
    lay = draw_layout(seed)
    deck = Deck(style)
    decoy_rng = family_rng(seed, FAMILY, "decoys")
    add_decoys(deck, decoy_rng, style.decoys_before)
    title_page(deck, lay)
    front_pages(deck, lay)
    if lay.dashboard != "none":
        dashboard(deck, lay)
    if lay.abbreviations:
        abbreviation_page(deck)
    notes = [*style_notes(style), *layout_notes(lay)]
    chart_rng = family_rng(seed, FAMILY, "charts")
    for goal in C.GOALS:
        notes += goal_pages(deck, goal, lay, chart_rng)
        narrative_pages(deck, goal, lay)
    add_decoys(deck, decoy_rng, style.decoys_after)
    pages = deck.save(path)
    return Rendered(path, pages, build_gold(pages, lay), tuple(notes))


def style_notes(st: Style) -> list[str]:
    return [f"page {st.page_name}, font {st.font} {st.size} pt, spacing {st.line_spacing:.2f}",
            f"tables {'real' if st.real_tables else 'drawn'}, rules {st.rules}, header fill {st.header_fill}, "
            f"zebra {st.zebra}, pad {st.pad:.1f}",
            f"marker {st.marker}, fade {st.fade}, legend {st.legend_pos} order {st.legend_order}",
            f"header case {st.header_case}, hyphen {st.header_hyphen}, valign {st.header_valign}, "
            f"bullet {st.bullet!r}, theme box {theme_pos(st)}",
            f"decoy pages {st.decoys_before} before, {st.decoys_after} after"]


def layout_notes(lay: Layout) -> list[str]:
    return [f"title {lay.title!r}, period line {lay.period_line!r}, date {lay.date!r}, footer {lay.footer}",
            f"front pages: criteria {lay.criteria}, lights {lay.lights}, abbreviations {lay.abbreviations}",
            f"dashboard {lay.dashboard} {lay.groups} chart {lay.chart_kind} pct {lay.chart_pct} filters {lay.filters}",
            f"goal prefix {lay.goal_prefix!r}, owner {lay.owner_pos} {lay.owner_label!r}, "
            f"status prefix {lay.status_prefix!r}",
            f"KR {lay.kr_layout}, headers {lay.kr_header!r} {lay.baseline_header!r} {lay.quarter_headers}, "
            f"text share {lay.kr_text_share:.2f}, align {lay.value_align}, note {lay.note_mode}",
            f"KPI header {lay.kpi_header!r}, beside {lay.kpi_beside}, first {lay.kpi_first}, "
            f"decoy charts {lay.decoy_charts}"]


# ------------------------------------------------------------------------------------------
# title and front pages
# ------------------------------------------------------------------------------------------

def title_page(deck: Deck, lay: Layout) -> None:
    page = deck.new_page()
    st = deck.style
    m = st.margin
    w = st.page_w - 2 * m
    size = st.title_size * 1.3
    lines = wrap(lay.title, w - 8, st.font, size, True)
    y = st.page_h * 0.3
    page.rect(0, 0, st.page_w, st.page_h * 0.06, st.accent)
    page.text(m, y, w, page.text_height(len(lines), size) + 6, [lines], size=size, bold=True, color=st.accent)
    y += page.text_height(len(lines), size) + 16
    sub = [t for t in (lay.period_line, C.ORGANIZATION, lay.date) if t]
    sub_size = st.size * 1.4
    page.text(m, y, w, page.text_height(len(sub), sub_size) + 6, sub, size=sub_size)


def simple_flow(deck: Deck, title: str) -> Flow:
    def header(page: Page, index: int) -> Area:
        st = page.style
        m = st.margin
        lines = wrap(title, st.page_w - 2 * m - 6, st.font, st.title_size, True)
        h = page.text_height(len(lines), st.title_size) + 6
        page.text(m, m, st.page_w - 2 * m, h, [lines], size=st.title_size, bold=True, color=st.accent)
        return Area(m, m + h + 8, st.page_w - 2 * m, st.page_h - m)
    return Flow(deck, header)


def front_pages(deck: Deck, lay: Layout) -> None:
    """Assessment criteria and the achievement-light table (on one page or two)."""
    st = deck.style
    flow = simple_flow(deck, C.CRITERIA_TITLE) if lay.criteria else None
    if flow:
        for head, items in C.CRITERIA:
            flow.lines([head], bold=True, gap=2)
            for item in items:
                lines = wrap(item, flow.area.w - st.size * 3, st.font, st.size)
                flow.block(flow.page.text_height(len(lines)) + 4,
                           lambda page, x, y, lines=lines: page.text(x + st.size, y, flow.area.w - st.size,
                                                                     page.text_height(len(lines)) + 4, [lines],
                                                                     bullets=True), gap=3)
        flow.lines(para_lines(C.CRITERIA_NOTE, flow.area.w, st), italic=True, color=st.accent, gap=12)
    if not lay.lights:
        return
    if flow is None or flow.room < st.page_h * 0.45:
        flow = simple_flow(deck, C.LIGHTS_TITLE)
    else:
        heading(flow, C.LIGHTS_TITLE)
    flow.lines(para_lines(C.LIGHTS_INTRO, flow.area.w, st), gap=8)
    widths = [flow.area.w * 0.35, flow.area.w * 0.65]
    body = [[cell(label, bold=True, light=LIGHT_KEY[colour]), cell(desc)] for label, desc, colour in C.LIGHTS_TABLE]
    flow.rows(widths, [cell("Arvio", bold=True), cell("Kuvaus", bold=True)], body, gap=8)


def abbreviation_page(deck: Deck) -> None:
    st = deck.style
    flow = simple_flow(deck, C.KPI_ABBR_TITLE)
    for name, text in C.KPI_ABBR:
        lines = wrap(f"{name}: {text}", flow.area.w - st.size * 2.5, st.font, st.size)
        flow.block(flow.page.text_height(len(lines)) + 4,
                   lambda page, x, y, lines=lines: page.text(x, y, flow.area.w, page.text_height(len(lines)) + 4,
                                                             [lines], bullets=True), gap=st.size * 0.6)


# ------------------------------------------------------------------------------------------
# overview dashboard
# ------------------------------------------------------------------------------------------

def dashboard(deck: Deck, lay: Layout) -> None:
    flow = simple_flow(deck, C.DASH_TITLE)
    flow.lines([C.DASH_SUBTITLE], color="595959", gap=6)
    if lay.filters:
        slicers(flow)
    cols = 3 if flow.area.w > 500 else 2
    if "cards" in lay.groups:
        card_rows(flow, [(label, value, None) for label, value in C.DASH_CARDS], cols)
    parts = [(C.DASH_CONFIDENCE_TITLE, None, C.DASH_CONFIDENCE) if "confidence" in lay.groups else None,
             (C.DASH_TASKS_TITLE, C.DASH_TASKS_LEGEND_TITLE, C.DASH_TASKS) if "tasks" in lay.groups else None]
    parts = [p for p in parts if p]
    if lay.dashboard == "cards":
        for title, legend_title, slices in parts:
            heading(flow, title + (f" ({legend_title})" if legend_title else ""))
            card_rows(flow, [(name, str(count), SLICE_LIGHT[colour]) for name, count, _, colour in slices], 3)
    elif parts:
        chart_row(flow, lay, parts)


def slicers(flow: Flow) -> None:
    """The dashboard's filter boxes (label above a framed value), as a Power BI page prints them."""
    st = flow.deck.style
    w = flow.area.w / len(C.DASH_FILTERS)
    labels = [wrap(label, w - 10, st.font, st.size * 0.85, True) for label, _ in C.DASH_FILTERS]
    one = flow.page.text_height(1, st.size * 0.85)
    h = one * max(map(len, labels)) + one + 14

    def draw(page: Page, x: float, y: float) -> None:
        for index, ((_, value), label) in enumerate(zip(C.DASH_FILTERS, labels, strict=True)):
            left = x + index * w
            page.text(left, y, w - 6, one * len(label) + 4, [label], size=st.size * 0.85, bold=True)
            page.rect(left, y + h - one - 8, w - 8, one + 6, "FFFFFF", line="B3B0AD")
            page.text(left + 2, y + h - one - 7, w - 12, one + 4, [value], size=st.size * 0.85)
    flow.block(h, draw, gap=10)


def card_rows(flow: Flow, cards: list[tuple[str, str, str | None]], cols: int) -> None:
    """Number cards (label, value, optional light swatch), `cols` to a row."""
    st = flow.deck.style
    gap = 8.0
    w = (flow.area.w - gap * (cols - 1)) / cols
    value_size = st.size * 2.2
    for start in range(0, len(cards), cols):
        row = cards[start:start + cols]
        labels = [wrap(label, w - 12 - (st.size * 1.4 if light else 0), st.font, st.size) for label, _, light in row]
        h = flow.page.text_height(max(map(len, labels))) + flow.page.text_height(1, value_size) + 16

        def draw(page: Page, x: float, y: float, row: list = row, labels: list = labels, h: float = h) -> None:
            for index, ((_, value, light), label) in enumerate(zip(row, labels, strict=True)):
                left = x + index * (w + gap)
                page.rect(left, y, w, h, "FFFFFF" if not st.zebra else "F7F7F7", line=st.rule_color)
                dx = 0.0
                if light:
                    page.marker(left + 6 + st.size * 0.5, y + 6 + page.text_height(1) / 2, st.size, light)
                    dx = st.size * 1.4
                page.text(left + 4 + dx, y + 4, w - 8 - dx, page.text_height(len(label)) + 4, [label],
                          color="595959")
                page.text(left + 4, y + h - page.text_height(1, value_size) - 8, w - 8,
                          page.text_height(1, value_size) + 4, [value], size=value_size, bold=True)
        flow.block(h, draw, gap=gap)


def chart_row(flow: Flow, lay: Layout, parts: list[tuple[str, str | None, list]]) -> None:
    """The breakdowns as native charts side by side, every slice's count as a data label."""
    st = flow.deck.style
    if flow.room < st.page_h * 0.3:
        flow.open()
    h = min(flow.room, st.page_h * 0.55)
    gap = 12.0
    w = (flow.area.w - gap * (len(parts) - 1)) / len(parts)
    title_h = flow.page.text_height(1, st.size * 1.1) + 4
    for index, (title, legend_title, slices) in enumerate(parts):
        x = flow.area.x + index * (w + gap)
        text = title + (f" – {legend_title}" if legend_title else "")
        lines = wrap(text, w - 6, st.font, st.size * 1.1, True)
        flow.page.text(x, flow.y, w, title_h * len(lines), [lines], size=st.size * 1.1, bold=True)
        count_chart(flow.page, x, flow.y + title_h * 2, w, h - title_h * 2, lay.chart_kind,
                    [name for name, *_ in slices], [count for _, count, *_ in slices],
                    [st.light(SLICE_LIGHT[colour]) for *_, colour in slices], lay.chart_pct)
    flow.advance(h, 6)


CHART_TYPES = {"doughnut": XL_CHART_TYPE.DOUGHNUT, "pie": XL_CHART_TYPE.PIE,
               "column": XL_CHART_TYPE.COLUMN_CLUSTERED, "bar": XL_CHART_TYPE.BAR_CLUSTERED}


def count_chart(page: Page, x: float, y: float, w: float, h: float, kind: str, categories: list[str],
                counts: list[int], colours: list[str], pct: bool) -> None:
    """A native chart of one series of counts, one colour per category and every count
    printed as a data label (the kit's bar_chart colours whole series, not points)."""
    st = page.style
    data = CategoryChartData()
    data.categories = categories
    data.add_series("Määrä", counts)
    emu = [Emu(round(v * EMU_PER_PT)) for v in (x, y, w, h)]
    chart = page.slide.shapes.add_chart(CHART_TYPES[kind], *emu, data).chart
    chart.font.name, chart.font.size = st.font, Pt(st.size)
    chart.has_title = False  # the dashboard prints its own title above; a one-series chart would add "Määrä"
    plot = chart.plots[0]
    plot.vary_by_categories = True
    for point, colour in zip(plot.series[0].points, colours, strict=True):
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = RGBColor.from_string(colour)
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format, labels.number_format_is_linked = "0", False
    labels.show_value = True
    labels.font.size = Pt(st.size)
    if pct:  # Power BI's "46 (79,31%)": one custom label per point (a shared format would round both)
        total = sum(counts)
        for point, count in zip(plot.series[0].points, counts, strict=True):
            frame = point.data_label.text_frame
            frame.text = f"{count} ({100 * count / total:.2f}%)".replace(".", ",")
            frame.paragraphs[0].runs[0].font.size = Pt(st.size)
    if kind in ("doughnut", "pie"):
        labels.position = XL_LABEL_POSITION.OUTSIDE_END if kind == "pie" else labels.position
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.RIGHT if w > h * 1.3 else XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    else:
        chart.has_legend = False
        chart.value_axis.visible = False
        chart.value_axis.has_major_gridlines = False


# ------------------------------------------------------------------------------------------
# gold and the self-check
# ------------------------------------------------------------------------------------------

def build_gold(pages: int, lay: Layout) -> dict[str, Any]:
    gold = make_annual.gold(pages, full=True)
    gold.pop("summary")
    if lay.dashboard != "none":
        summary: dict[str, Any] = {}
        if "cards" in lay.groups:
            summary.update({key: C.SUMMARY[key] for key in CARD_KEYS})
        for group, (key, _) in GROUP_KEYS.items():
            if group in lay.groups:
                summary[key] = C.SUMMARY[key]
        gold["summary"] = summary
    return gold


def _normal(text: str) -> str:
    """Whitespace collapsed and a line-end hyphen joined to the next word (the gold rule)."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def printed_items(gold: dict[str, Any]) -> list[str]:
    """Every text of the gold a reader must find in the document."""
    report = gold["report"]
    year, month, day = report["published_date"].split("-")
    items = [str(report["fiscal_year"]), report["organization"], f"{int(day)}.{int(month)}.{year}|{day}.{month}.{year}"]
    for g in gold["goals"]:
        items += [g["text"], g["theme"], g["owner"], C.RESULT_LABELS[g["status"]][0]]
    items += [kr["text"] for kr in gold["key_results"]]
    items += [v["value_text"] for v in gold["kr_values"]]
    items += [x for v in gold["kpi_values"] for x in (v["kpi_name"], v["value_text"])]
    for value in gold.get("summary", {}).values():
        items += [str(v) for v in (value.values() if isinstance(value, dict) else [value])]
    return items


def check_printed(pdf_path: Path, gold: dict[str, Any]) -> list[str]:
    """Gold texts not found in the PDF's text.  Both pdftotext's layout mode and its raw
    (content-stream) order are searched: the layout mode interleaves a wrapped table cell
    with its neighbours, the raw order keeps each text box together."""
    texts = []
    for mode in ("-layout", "-raw"):
        out = subprocess.run(["pdftotext", mode, str(pdf_path), "-"], capture_output=True, text=True, check=True)
        texts.append(_normal(out.stdout))
    missing = []
    for item in printed_items(gold):
        options = [_normal(option) for option in item.split("|")]
        if not any(re.search(rf"(?<![\w,]){re.escape(o)}(?![\w,])", t) for o in options for t in texts):
            missing.append(item)
    return missing

