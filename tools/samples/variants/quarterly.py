"""Quarterly OKR follow-up decks (report_kind "quarterly_review") in random layouts.

Per seed one of the three transcribed decks of content_quarterly (the 2025 start-of-year deck,
Q2 2025, Q2 2026) is laid out in a style drawn from the seed: a title slide and/or a running
title line that print the year and period, optional KPI abbreviation slide, and per goal a
slide with its title, strategic-theme box, key-result table (baseline + Q1..Q4 cells with their
lights), KPI table, summary and the progress narrative, split over more slides where it does
not fit.  The gold is make_quarterly.gold_from_content of the same deck: every goal, key
result, value and KPI of the deck is printed, so nothing is dropped from it.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import content_quarterly as C
from make_quarterly import gold_from_content, join_lines
from pptx.util import Pt

from . import Rendered
from .decoys import add_decoys
from .kit import Cell, Deck, Page, Style, draw_style, family_rng, light_fill, with_style, wrap
from .quarterly_pages import Box, Flow, Legend, TableBlock, TextBlock

FAMILY = "quarterly"
DECKS = {"start_2025": C.START_2025, "q2_2025": C.Q2_2025, "q2_2026": C.Q2_2026}
QUARTERS = ["Q1", "Q2", "Q3", "Q4"]
SHORT_LEGEND = {C.GREEN: ["Etenee"], C.YELLOW: ["Huomioitava"], C.RED: ["Ei etene"]}


@dataclass(frozen=True)
class Choices:
    """The family's own layout choices (the kit's Style holds the generic ones)."""

    deck: str
    title: str
    subtitle: str
    title_slide: bool
    running_title: bool     # the report title as a footer line on every goal slide
    page_numbers: bool
    abbreviations: bool     # the KPI abbreviation slide, where the deck has one
    goal_prefix: str        # "Tavoite: ", "" or "Tavoite {n}: "
    continued: str          # title suffix of a goal's continuation slide
    theme_label: str
    theme_inline: bool      # label and theme on one line
    theme_box: str          # "fill" | "frame" | "plain"
    theme_repeat: bool      # the theme box again on a goal's continuation slides
    kr_heading: str
    kpi_heading: str
    summary_heading: str
    narrative_heading: str
    kr_text_header: str
    kpi_name_header: str
    baseline_label: str
    quarter_style: str      # "plain" | "slash" | "space" | "below" | "above" | "year_row" | "kvartaali"
    kr_bullet: bool         # key-result texts start with the style's bullet
    join_values: bool       # "69,5" / "%" printed on one line
    value_align: str
    text_share: float       # share of the key-result table the text column gets
    kpi_scale: float
    kpi_place: str          # "side" (of the KR table) | "below" | "own" (own slide)
    summary_with_kpi: bool  # summary and KPI table side by side
    summary_first: bool
    side_share: float
    narrative_place: str    # "same" | "next"
    chart_share: float      # >0: a decoy chart beside the narrative on its own slide
    autofit: bool           # body text shrunk until a goal's tables and summary fit one slide
    legend_labels: str      # "long" | "joined" | "short"
    legend_share: float


def pick(rng, options: list[str] | tuple[str, ...]) -> str:  # type: ignore[no-untyped-def]
    return str(rng.choice(options))


def report_title(rng, content: dict[str, Any]) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Title and subtitle that print the fiscal year and the period (GLOSSARY wordings)."""
    year = content["fiscal_year"]
    if content["period"] == "baseline":
        return rng.choice([
            (f"Avaintulokset ja seuranta {year}", "Lähtötilanne"),
            (f"OKR-seuranta {year}", "Lähtötilanne vuoden alussa"),
            (f"Tavoitteet ja avaintulokset {year}", "Lähtötilanne ja seurannan pohja"),
            (f"Strategian toimeenpano {year} – lähtötilanne", "Tavoitteet, avaintulokset ja KPI-mittarit"),
        ])
    q = content["period"][1]
    return rng.choice([
        (f"OKR-seuranta Q{q}/{year}", "Tavoitteet, avaintulokset ja KPI-mittarit"),
        (f"Tavoitteiden seuranta {q}. kvartaali {year}", content["title"][1]),
        (f"Q{q} {year}", "Avaintulokset ja seuranta"),
        (content["title"][0], f"Seuranta Q{q}/{year}"),
        ("Avaintulokset ja seuranta", f"{q}. kvartaali {year}"),
    ])


def draw_choices(seed: int) -> Choices:
    rng = family_rng(seed, FAMILY, "layout")
    deck = pick(rng, sorted(DECKS))
    title, subtitle = report_title(rng, DECKS[deck])
    title_slide = rng.random() < 0.75
    kpi_place = pick(rng, ("side", "below", "below", "own"))
    return Choices(
        deck=deck, title=title, subtitle=subtitle, title_slide=title_slide,
        running_title=not title_slide or rng.random() < 0.3, page_numbers=rng.random() < 0.5,
        abbreviations=rng.random() < 0.6,
        goal_prefix=pick(rng, ("Tavoite: ", "Tavoite: ", "Tavoite: ", "", "Tavoite {n}: ")),
        continued=pick(rng, ("", " (jatkuu)", " (jatkoa)")),
        theme_label=pick(rng, ("Strateginen painopiste:", "Strateginen painopiste", "Painopiste:")),
        theme_inline=rng.random() < 0.35, theme_box=pick(rng, ("fill", "frame", "plain")),
        theme_repeat=rng.random() < 0.6,
        kr_heading=pick(rng, ("Avaintulokset ja seuranta", "Avaintulokset ja  seuranta", "Avaintulokset",
                              "Avaintulosten seuranta")),
        kpi_heading=pick(rng, ("KPI-mittarit", "KPI-mittarit", "Mittarit", "KPI-mittarit ja seuranta")),
        summary_heading=pick(rng, ("Tiivistelmä", "Tiivistelmä", "Tavoitteen tiivistelmä")),
        narrative_heading=pick(rng, ("Kuvaus tavoitteen etenemisestä:", "Kuvaus tavoitteen etenemisestä",
                                     "Tavoitteen eteneminen")),
        kr_text_header=pick(rng, ("", "Avaintulos", "Avaintulokset")),
        kpi_name_header=pick(rng, ("", "Mittari", "KPI-mittari", "KPI")),
        baseline_label=pick(rng, ("Lähtötilanne", "Lähtötilanne", "Lähtötaso")),
        quarter_style=pick(rng, ("plain", "plain", "slash", "space", "below", "above", "year_row", "kvartaali")),
        kr_bullet=rng.random() < 0.6, join_values=rng.random() < 0.5,
        value_align=pick(rng, ("center", "center", "right", "left")),
        text_share=rng.uniform(0.36, 0.58), kpi_scale=rng.choice((0.85, 0.9, 1.0)),
        kpi_place=kpi_place, summary_with_kpi=rng.random() < 0.6, summary_first=rng.random() < 0.6,
        side_share=rng.uniform(0.55, 0.68), narrative_place=pick(rng, ("same", "next")),
        chart_share=rng.choice((0.0, 0.0, 0.0, 0.4, 0.5)),
        autofit=rng.random() < 0.6,
        legend_labels=pick(rng, ("long", "long", "joined", "short")), legend_share=rng.uniform(0.55, 1.0),
    )


# ------------------------------------------------------------------------------------------
# goal slides
# ------------------------------------------------------------------------------------------

def quarter_labels(ch: Choices, year: int) -> list[str]:
    forms = {"plain": "Q{q}", "slash": "Q{q}/{y}", "space": "Q{q} {y}", "below": "Q{q}\n{y}",
             "above": "{y}\nQ{q}", "year_row": "Q{q}", "kvartaali": "{q}. kvartaali"}
    return [forms[ch.quarter_style].format(q=q[1], y=year) for q in QUARTERS]


def header_rows(ch: Choices, year: int, first: str, periods: list[str]) -> list[list[str]]:
    """Header labels of a table whose value columns are the baseline then `periods`."""
    labels = dict(zip(QUARTERS, quarter_labels(ch, year), strict=True))
    row = [first, ch.baseline_label, *(labels[p] for p in periods)]
    if ch.quarter_style != "year_row":
        return [row]
    return [["", "", str(year), *[""] * (len(periods) - 1)], row]


def value_cell(ch: Choices, cell: dict[str, Any], size_align: str) -> Cell:
    lines = list(cell["lines"])
    if ch.join_values and len(lines) == 2 and (lines[1] == "%" or lines[0] == "TP"):
        lines = [" ".join(lines)]
    return Cell(tuple(lines), light=cell["status"], align=size_align)


def legend_entries(ch: Choices) -> list[tuple[str, list[str]]]:
    if ch.legend_labels == "short":
        return [(status, SHORT_LEGEND[status]) for status, _ in C.LEGEND]
    if ch.legend_labels == "joined":
        return [(status, [join_lines(lines)]) for status, lines in C.LEGEND]
    return [(status, list(lines)) for status, lines in C.LEGEND]


def kr_block(st: Style, ch: Choices, content: dict[str, Any], goal: dict[str, Any]) -> TableBlock:
    body = []
    for index, k in enumerate(goal["krs"]):
        mark = (f"{index + 1}." if st.bullet == "1." else st.bullet or "•") if ch.kr_bullet else ""
        text = join_lines(k["lines"])
        body.append([Cell((f"{mark} {text}" if mark else text,)),
                     *(value_cell(ch, k["cells"][p], ch.value_align) for p in C.KR_PERIODS)])
    rest = (1 - ch.text_share) / 5
    return TableBlock(ch.kr_heading, header_rows(ch, content["fiscal_year"], ch.kr_text_header, QUARTERS), body,
                      [ch.text_share, rest * 1.15, rest, rest, rest, rest], st.size,
                      legend=Legend(legend_entries(ch), st.legend_pos, ch.legend_share if st.legend_pos in
                                    ("top", "bottom") else 0.2),
                      aligns=["left"] + [ch.value_align] * 5)


def kpi_block(st: Style, ch: Choices, content: dict[str, Any], goal: dict[str, Any]) -> TableBlock:
    periods = [p for p in C.KPI_PERIODS if p != "baseline"]
    body = [[Cell(tuple(k["name_lines"])), *(value_cell(ch, k["cells"][p], ch.value_align) for p in C.KPI_PERIODS)]
            for k in goal["kpis"]]
    return TableBlock(ch.kpi_heading, header_rows(ch, content["fiscal_year"], ch.kpi_name_header, periods), body,
                      [0.42, 0.22, 0.18, 0.18], round(st.size * ch.kpi_scale, 1), first_min=0.25,
                      aligns=["left"] + [ch.value_align] * 3)


def theme_box(page: Page, x: float, y: float, w: float, ch: Choices, theme: str, draw: bool = True) -> float:
    """The goal's strategic theme: label and theme in a box; returns its height."""
    st = page.style
    pad = st.size * 0.5
    label_size, theme_size = round(st.size * 0.9, 1), round(st.size * 1.15, 1)
    if ch.theme_inline:
        label = ch.theme_label if ch.theme_label.endswith(":") else ch.theme_label + ":"
        paras = [wrap(f"{label} {theme}", w - 2 * pad - 6, st.font, theme_size, True)]
        h = page.text_height(len(paras[0]), theme_size) + 2 * pad + 4
    else:
        paras = [wrap(ch.theme_label, w - 2 * pad - 6, st.font, label_size, True),
                 wrap(theme, w - 2 * pad - 6, st.font, theme_size, True)]
        h = page.text_height(len(paras[0]), label_size) + page.text_height(len(paras[1]), theme_size) + 2 * pad + 4
    if draw:
        if ch.theme_box != "plain":
            page.rect(x, y, w, h, light_fill(st.accent) if ch.theme_box == "fill" else None, line=st.accent,
                      line_w=0.75)
        if ch.theme_inline:
            page.text(x + pad, y + pad, w - 2 * pad, h - 2 * pad, paras, size=theme_size, bold=True)
        else:
            page.text(x + pad, y + pad, w - 2 * pad, h - 2 * pad, [paras[0]], size=label_size, bold=True,
                      color=st.accent)
            page.text(x + pad, y + pad + page.text_height(len(paras[0]), label_size), w - 2 * pad,
                      h - 2 * pad, [paras[1]], size=theme_size, bold=True)
    return h


def footer(page: Page, ch: Choices) -> float:
    """Running title and/or page number at the page foot; returns where the content must end."""
    st = page.style
    if not (ch.running_title or ch.page_numbers):
        return st.page_h - st.margin
    size = round(st.size * 0.8, 1)
    h = page.text_height(1, size) + 4
    y = st.page_h - st.margin * 0.6 - h
    if ch.running_title:
        page.text(st.margin, y, st.page_w * 0.75, h, [f"{ch.title} | {ch.subtitle}"], size=size, color="595959")
    if ch.page_numbers:
        page.text(st.page_w - st.margin - 40, y, 40, h, [str(len(page.deck.pages))], size=size, color="595959",
                  align="right")
    return y - st.size * 0.8


def goal_frame(ch: Choices, goal: dict[str, Any], index: int):  # type: ignore[no-untyped-def]
    """The frame of a goal's slides: title (+ continuation suffix), theme box where the style
    puts it, footer; returns the content box."""
    def frame(page: Page, count: int) -> Box:
        st = page.style
        m = st.margin
        width = st.page_w - 2 * m
        bottom = footer(page, ch)
        side = min(max(width * 0.24, 130.0), 230.0)
        theme_pos = st.theme_pos if count == 0 or ch.theme_repeat else "none"
        title_w = width - side - st.size if theme_pos == "top" else width
        prefix = ch.goal_prefix.format(n=index + 1)
        title = prefix + join_lines(goal["title_lines"]) + (ch.continued if count else "")
        size = st.title_size
        lines = wrap(title, title_w - 6, st.font, size, True)
        while len(lines) > 2 and size > st.size * 1.2:
            size = round(size * 0.9, 1)
            lines = wrap(title, title_w - 6, st.font, size, True)
        title_h = page.text_height(len(lines), size) + 6
        top = m
        if theme_pos == "top":
            box_h = theme_box(page, m + width - side, top, side, ch, goal["theme"])
            title_h = max(title_h, box_h)
        page.text(m, top, title_w, title_h, [lines], size=size, bold=True, color=st.accent, valign="middle")
        top += title_h + st.size
        if theme_pos == "bottom":
            box_h = theme_box(page, m, 0, width, ch, goal["theme"], draw=False)
            bottom -= box_h
            theme_box(page, m, bottom, width, ch, goal["theme"])
            bottom -= st.size
        if theme_pos == "side":
            theme_box(page, m + width - side, top, side, ch, goal["theme"])
            width -= side + st.size * 1.5
        return m, top, width, bottom
    return frame


def narrative_chart(flow: Flow, rng, share: float) -> None:  # type: ignore[no-untyped-def]
    """A decoy chart beside the narrative: service volumes in bars coloured like the lights."""
    st = flow.style
    w = flow.w * share
    h = min(flow.room, max(w * 0.75, flow.room * 0.6))
    x = flow.x + flow.w - w
    title = rng.choice(("Yhteydenotot kanavittain", "Palvelutapahtumat", "Käyntimäärät"))
    flow.page.text(x, flow.y, w, st.size * 2, [title], bold=True)
    categories = QUARTERS[:2] if rng.random() < 0.5 else ["tammi", "helmi", "maalis", "huhti", "touko", "kesä"]
    names = rng.sample(("Puhelut", "Chat", "Takaisinsoitot", "Sähköinen asiointi"), k=3)
    series = {n: [rng.randint(20, 900) for _ in categories] for n in names}
    flow.page.bar_chart(x, flow.y + st.size * 2, w, h - st.size * 2, categories, series,
                        [st.hues["on_track"], st.hues["at_risk"], st.hues["off_track"]])
    # the kit leaves the chart at LibreOffice's 18 pt default, too big for a chart beside text
    flow.page.slide.shapes[-1].chart.font.size = Pt(round(st.size * 0.8, 1))
    flow.w -= w + st.size * 1.5


def goal_body(flow: Flow, ch: Choices, content: dict[str, Any], goal: dict[str, Any]) -> list[str]:
    """Key results, KPIs and summary of a goal in the arrangement drawn; returns what went where."""
    st = flow.style
    kr, kpi = kr_block(st, ch, content, goal), kpi_block(st, ch, content, goal)
    summary = TextBlock(ch.summary_heading, [(0, p) for p in goal["tiivistelma"]])
    placed = []
    if ch.kpi_place == "side" and flow.side_by_side(kr, kpi, ch.side_share):
        placed.append("kr|kpi")
    else:
        flow.gap()
        kr.flow(flow)
    if ch.kpi_place != "own" and not placed:
        pair = (summary, kpi) if ch.summary_first else (kpi, summary)
        if ch.summary_with_kpi and flow.side_by_side(*pair, 1 - ch.side_share if pair[0] is kpi else ch.side_share):
            placed.append("summary|kpi" if pair[0] is summary else "kpi|summary")
        else:
            flow.gap()
            kpi.flow(flow)
            placed.append("kpi")
    if "summary" not in " ".join(placed):
        flow.gap()
        summary.flow(flow)
        placed.append("summary")
    if not any("kpi" in p for p in placed):
        flow.new_page()
        kpi.flow(flow)
        placed.append("new-slide kpi")
    return placed


def fitted_size(style: Style, ch: Choices, content: dict[str, Any], goal: dict[str, Any], index: int) -> float:
    """The body size at which the goal's tables and summary share one slide, shrinking down to
    80 % as PowerPoint's autofit does; the style's size when even that does not fit."""
    for scale in (1.0, 0.92, 0.85, 0.8):
        size = round(style.size * scale, 1)
        if size < 6.5:
            break
        flow = Flow(Deck(with_style(style, size=size)), goal_frame(ch, goal, index))
        goal_body(flow, ch, content, goal)
        if flow.count == 1:
            return size
    return style.size


def goal_slides(deck: Deck, ch: Choices, content: dict[str, Any], goal: dict[str, Any], index: int,
                notes: list[str]) -> None:
    base = deck.style
    size = fitted_size(base, ch, content, goal, index) if ch.autofit else base.size
    deck.style = with_style(base, size=size)  # pages take the deck's style when they are made
    flow = Flow(deck, goal_frame(ch, goal, index))
    placed = goal_body(flow, ch, content, goal)
    if goal.get("narrative"):
        if ch.narrative_place == "next" or ch.chart_share:
            flow.new_page()
            placed.append("new-slide")
        if ch.chart_share:
            narrative_chart(flow, family_rng(base.seed, FAMILY, f"chart{index}"), ch.chart_share)
            placed.append("chart")
        flow.gap()
        TextBlock(ch.narrative_heading, goal["narrative"], bullets=True).flow(flow)
        placed.append("narrative")
    deck.style = base
    notes.append(f"{goal['key']}: {flow.count} slides at {size}pt: {' '.join(placed)}")


# ------------------------------------------------------------------------------------------
# the deck
# ------------------------------------------------------------------------------------------

def title_slide(deck: Deck, ch: Choices, rng) -> str:  # type: ignore[no-untyped-def]
    """The report's title slide in one of three looks; returns the look."""
    page = deck.new_page()
    st = deck.style
    m = st.margin
    width = st.page_w - 2 * m
    size = round(st.title_size * 1.2, 1)
    lines = wrap(ch.title, width - 12, st.font, size, True)
    sub = wrap(ch.subtitle, width - 12, st.font, st.size * 1.4)
    title_h = page.text_height(len(lines), size) + 8
    sub_h = page.text_height(len(sub), st.size * 1.4) + 6
    look = pick(rng, ("band", "plain", "top"))
    y = {"band": st.page_h * 0.36, "plain": st.page_h * 0.42, "top": m}[look]
    ink = "FFFFFF" if look == "band" else st.accent
    if look == "band":
        page.rect(0, y - st.size, st.page_w, title_h + sub_h + 2 * st.size, st.accent)
    page.text(m, y, width, title_h, [lines], size=size, bold=True, color=ink)
    page.text(m, y + title_h, width, sub_h, [sub], size=st.size * 1.4, color="DDDDDD" if look == "band" else "404040")
    return look


def abbreviation_slides(deck: Deck, ch: Choices, items: list[str]) -> None:
    def frame(page: Page, count: int) -> Box:
        st = page.style
        m = st.margin
        h = page.text_height(1, st.title_size) + 6
        page.text(m, m, st.page_w - 2 * m, h, ["KPI-mittareiden lyhenteet"], size=st.title_size, bold=True,
                  color=st.accent)
        page.line(m, m + h + 2, st.page_w - m, m + h + 2, st.accent, 1.5)
        return m, m + h + st.size * 1.5, st.page_w - 2 * m, footer(page, ch)
    TextBlock(None, [(0, item) for item in items], bullets=True).flow(Flow(deck, frame))


def render(seed: int, path: Path) -> Rendered:
    paper = family_rng(seed, FAMILY, "paper").random() < 0.15
    style = draw_style(seed, FAMILY, paper=paper)
    ch = draw_choices(seed)
    content = DECKS[ch.deck]
    deck = Deck(style)
    decoy_rng = family_rng(seed, FAMILY, "decoys")
    notes = [f"style: {style.page_name} {style.font} {style.size}pt rules={style.rules} marker={style.marker} "
             f"fade={style.fade} real_tables={style.real_tables} legend={style.legend_pos} theme={style.theme_pos} "
             f"bullet={style.bullet!r} header_case={style.header_case} decoys={style.decoys_before}+"
             f"{style.decoys_after}"]
    notes += [f"{k}={v!r}" for k, v in asdict(ch).items()]
    add_decoys(deck, decoy_rng, style.decoys_before)
    if ch.title_slide:
        notes.append("title slide: " + title_slide(deck, ch, family_rng(seed, FAMILY, "title")))
    if ch.abbreviations and content.get("kpi_abbreviations"):
        abbreviation_slides(deck, ch, content["kpi_abbreviations"])
    for index, goal in enumerate(content["goals"]):
        goal_slides(deck, ch, content, goal, index, notes)
    add_decoys(deck, decoy_rng, style.decoys_after)
    pages = deck.save(path)
    return Rendered(path, pages, gold_from_content(content, pages), tuple(notes))


# ------------------------------------------------------------------------------------------
# self-check: every gold text is printed
# ------------------------------------------------------------------------------------------

def normalize(text: str) -> str:
    """Whitespace collapsed, a hyphen at a line end joined (gold rule), ligatures unfolded."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return re.sub(r"- ", "-", text)


def pdf_texts(pdf: Path) -> list[str]:
    """The PDF's text in content order (one text box stays together) and in layout order."""
    return [normalize(subprocess.run(["pdftotext", *mode, str(pdf), "-"], capture_output=True, text=True,
                                     check=True).stdout) for mode in (["-raw"], ["-layout"])]


def check_printed(pdf_path: Path, gold: dict[str, Any]) -> list[str]:
    """Gold facts whose text is not found in the PDF (the generator's check, not the pipeline's)."""
    texts = pdf_texts(Path(pdf_path))
    wanted = [f"goal {g['key']}: {g['text']}" for g in gold["goals"]]
    wanted += [f"theme {g['key']}: {g['theme']}" for g in gold["goals"] if g["theme"]]
    wanted += [f"kr {k['key']}: {k['text']}" for k in gold["key_results"]]
    wanted += [f"value {v['kr']} {v['period']}: {v['value_text']}" for v in gold["kr_values"]]
    wanted += [f"kpi {v['goal']} {v['period']}: {v['kpi_name']}" for v in gold["kpi_values"]]
    wanted += [f"kpi value {v['goal']} {v['kpi_name']} {v['period']}: {v['value_text']}"
               for v in gold["kpi_values"]]
    report = gold["report"]
    wanted.append(f"fiscal year: {report['fiscal_year']}")
    return [item for item in wanted
            if not any(normalize(item.split(": ", 1)[1]) in text for text in texts)]
