"""Variants of the binding strategic goals appendix of a financial statement (report_kind
"binding_goals_annual"; content: tools/samples/content_binding.py, seed 004).

The appendix sits inside a longer tilinpäätös: 0-14 unrelated pages before it, 0-6 after,
sometimes one between its goals.  Each goal prints its heading with the year-end colour
as a marker, the key-value part (Tavoite, Mittari (KPI), Strateginen painopiste, Mittarin
vastuutaho) as a table or as label lines, the Päätehtävät table (columns, wordings and
widths drawn), optionally the Q1-Q4 timeline, the Tiivistelmä and the measure values.
Gold: make_binding.gold, i.e. from the transcription.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import content_binding as C
import make_binding as MB

from . import Rendered
from .binding_pages import (
    BOX_SLACK,
    LIGHT_OF,
    Flow,
    Frame,
    blank,
    cell_lines,
    fit_widths,
    header_cell,
    joined,
    label_line,
    legend_block,
    legend_entries,
    legend_height,
    page_furniture,
    pdf_blocks,
    split_over_pages,
    widest_unit,
    wrap_safe,
)
from .decoys import add_decoys
from .kit import (
    PAGES,
    Cell,
    Deck,
    Page,
    Style,
    draw_style,
    family_rng,
    light_fill,
    text_width,
)

FAMILY = "binding"
SECTIONS = ("kv", "tasks", "timeline", "summary", "measure")

# Label wordings as the county's documents print them (GLOSSARY; first = the seed's).
KV_WORDINGS = (("Tavoite", "Tavoite (valtuustotason sitova)"), ("Mittari (KPI)", "KPI-mittari", "Mittari"),
               ("Strateginen painopiste", "Strategian painopiste"),
               ("Mittarin vastuutaho:", "Mittarin vastuutaho", "Vastuutaho"))
TASK_WORDINGS = {"name": ("Päätehtävät", "Päätehtävä", "Tehtävät"),
                 "resp": (None, "Vastuuhenkilö", "Vastuhenkilö", "Vastuuhenkilöt"),  # None: the goal's own
                 "desc": ("Kuvaus", "Tehtävän kuvaus"), "status": ("Tilanne", "Tilanne %", "Tehtävän tila")}
PAGE_NUMBERS = ("{n}", "Sivu {n}", "{n} ({total})", "{n} / {total}", "– {n} –")


@dataclass(frozen=True)
class Choices:
    """The family-specific layout draws of one seed (the kit's Style has the rest)."""

    goal_new_page: bool
    sections: tuple[str, ...] | None   # None: each goal in the seed's own order
    kv_form: str                       # "table" | "split" | "above" | "inline"
    kv_order: tuple[int, ...]
    kv_labels: tuple[str, ...]
    kv_label_w: float
    task_cols: tuple[str, ...]
    task_fracs: dict[str, float]
    task_labels: dict[str, str | None]
    task_lights: bool
    timeline: bool
    measure_form: str                  # "table" | "lines"
    long_quarters: bool
    legend_where: str                  # "intro" | "goal" | "end"
    marker_side: str                   # "left" | "right"
    heading_scale: float
    overview: bool
    kpi_page: bool
    title_alone: bool
    statement_cover: bool
    running_header: bool
    page_numbers: str
    decoys: tuple[int, int]
    decoys_between: tuple[int, ...]    # goal indexes followed by a decoy page


def draw_choices(seed: int) -> tuple[Style, Choices]:
    rng = family_rng(seed, FAMILY, "layout")
    form = rng.choices(("portrait", "landscape", "slides"), weights=(6, 2, 2))[0]
    style = draw_style(seed, FAMILY, paper=form != "slides", slides=form == "slides")
    if form == "portrait" and style.page_h < style.page_w:
        name = style.page_name.removesuffix("-landscape")
        w, h = PAGES[name]
        style = replace(style, page_name=name, page_w=w, page_h=h, margin=style.margin * w / style.page_w,
                        size=round(style.size * (w / style.page_w) ** 0.35, 1))
    elif form == "landscape" and style.page_h > style.page_w:
        name = style.page_name + "-landscape"
        w, h = PAGES[name]
        style = replace(style, page_name=name, page_w=w, page_h=h, margin=style.margin * w / style.page_w)
    order = list(SECTIONS[1:])
    rng.shuffle(order)
    order.insert(rng.choice((0, 0, 1, 2)), "kv")
    cols = ["resp", "desc", "status"]
    if rng.random() < 0.4:
        rng.shuffle(cols)
    fr = {"name": rng.uniform(0.18, 0.3), "resp": rng.uniform(0.14, 0.24), "desc": rng.uniform(0.3, 0.45),
          "status": rng.uniform(0.08, 0.14)}
    plain = rng.random() < 0.5
    n_goals = len(C.all_goals())
    return style, Choices(
        goal_new_page=form == "slides" or rng.random() < 0.4,
        sections=None if rng.random() < 0.4 else tuple(order),
        kv_form=rng.choice(("table", "split", "split", "above", "inline")),
        kv_order=(0, 1, 2, 3) if rng.random() < 0.5 else tuple(rng.sample(range(4), 4)),
        kv_labels=tuple(w[0] if plain else rng.choice(w) for w in KV_WORDINGS),
        kv_label_w=rng.uniform(0.16, 0.28),
        task_cols=("name", *cols), task_fracs=fr,
        task_labels={k: w[0] if plain else rng.choice(w) for k, w in TASK_WORDINGS.items()},
        task_lights=rng.random() < 0.5, timeline=rng.random() < 0.6,
        measure_form=rng.choice(("table", "lines")), long_quarters=rng.random() < 0.6,
        legend_where=rng.choice(("intro", "goal", "end")), marker_side=rng.choice(("left", "right")),
        heading_scale=rng.uniform(0.6, 0.85), overview=rng.random() < 0.5, kpi_page=rng.random() < 0.35,
        title_alone=rng.random() < 0.5, statement_cover=rng.random() < 0.6,
        running_header=rng.random() < 0.6, page_numbers=rng.choice(PAGE_NUMBERS),
        decoys=(rng.randint(0, 14), rng.randint(0, 6)),
        decoys_between=tuple(sorted(rng.sample(range(n_goals - 1), rng.choice((0, 0, 1, 2))))),
    )


# ------------------------------------------------------------------------------------------
# small drawing helpers
# ------------------------------------------------------------------------------------------

def quarter_labels(goal: dict[str, Any], ch: Choices) -> tuple[str, ...]:
    return C.Q_NORMAL if ch.long_quarters else C.QUARTERS


# ------------------------------------------------------------------------------------------
# a goal
# ------------------------------------------------------------------------------------------

def goal_heading(flow: Flow, goal: dict[str, Any], ch: Choices) -> None:
    """The heading with the year-end colour marker; the evaluation legend beside it or
    above / below it when the legend lives on the goal pages."""
    st = flow.st
    size = round(st.title_size * ch.heading_scale, 1)
    d = size * 1.1
    flow.ensure(0)
    beside = ch.legend_where == "goal" and st.legend_pos in ("left", "right")
    entries = legend_entries(C.EVALUATION_COLOURS)
    leg_w = flow.frame.width * 0.32 if beside else flow.frame.width
    leg_h = legend_height(st, entries, leg_w, vertical=beside) if ch.legend_where == "goal" else 0.0
    text_w = flow.frame.width - d * 1.8 - (leg_w + 10 if beside else 0)
    lines = wrap_safe(goal["heading"], text_w - BOX_SLACK, st.font, size, bold=True)
    text_h = flow.measure.text_height(len(lines), size) + 6
    height = max(text_h, d + 4, leg_h if beside else 0)
    if ch.legend_where == "goal" and st.legend_pos == "top":
        legend_block(flow, C.EVALUATION_COLOURS, vertical=False)

    def draw(page: Page, x: float, y: float, w: float) -> None:
        tx = x + (leg_w + 10 if beside and st.legend_pos == "left" else 0)
        if beside:
            page.legend(x if st.legend_pos == "left" else x + w - leg_w, y, entries, vertical=True, width=leg_w)
        mx = tx if ch.marker_side == "left" else tx + text_w + d * 0.4
        page.marker(mx + d / 2, y + 2 + flow.measure.text_height(1, size) / 2, d, LIGHT_OF[goal["status"]])
        page.text(tx + (d * 1.8 if ch.marker_side == "left" else 0), y, text_w, text_h, [lines], size=size,
                  bold=True, color=st.accent)

    flow.block(height + 4, draw)
    if ch.legend_where == "goal" and st.legend_pos == "bottom":
        legend_block(flow, C.EVALUATION_COLOURS, vertical=False)


def kv_items(goal: dict[str, Any], ch: Choices) -> list[tuple[str, list[str]]]:
    values = ([goal["tavoite"]], [goal["mittari"]], [p for p in goal["painopiste"] if p], list(goal["vastuu"]))
    return [(ch.kv_labels[i], values[i]) for i in ch.kv_order]


def kv_table(flow: Flow, goal: dict[str, Any], ch: Choices) -> None:
    """Label | value; in the "split" form (the seed's) a two-part value (theme and focus,
    division and owner) in two cells, drawn as consecutive tables of 2 and 3 columns that
    read as one table with merged cells."""
    st = flow.st
    w = flow.frame.width
    label_w = w * ch.kv_label_w
    half = (w - label_w) * 0.45
    segments: list[tuple[list[float], list[list[Cell]]]] = []
    for label, parts in kv_items(goal, ch):
        widths = [label_w, half, w - label_w - half] if ch.kv_form == "split" and len(parts) == 2 \
            else [label_w, w - label_w]
        values = [parts] if len(widths) == 2 else [[p] for p in parts]
        row = [Cell(cell_lines(label, label_w, st, bold=True), bold=True, fill=light_fill(st.accent))]
        row += [Cell(tuple(line for part in texts for line in cell_lines(part, width, st)))
                for texts, width in zip(values, widths[1:], strict=True)]
        if segments and len(segments[-1][0]) == len(widths):
            segments[-1][1].append(row)
        else:
            segments.append((widths, [row]))
    for widths, rows in segments:
        flow.table(widths, None, rows)


def kv_block(flow: Flow, goal: dict[str, Any], ch: Choices) -> None:
    st = flow.st
    flow.ensure(0)
    if ch.kv_form in ("table", "split"):
        kv_table(flow, goal, ch)
        return
    for label, parts in kv_items(goal, ch):
        if ch.kv_form == "above":
            flow.lines([label], bold=True, color=st.accent, keep=3)
            first = parts[0]
        else:
            first = f"{label}{'' if label.endswith(':') else ':'} {parts[0]}"
        flow.paragraph(first)
        for part in parts[1:]:
            flow.paragraph(part)
        flow.gap(st.size * 0.4)


def task_columns(flow: Flow, goal: dict[str, Any], ch: Choices, labels: dict[str, str]) -> tuple[list[float], float]:
    """Column widths and font size of the Päätehtävät table: no column narrower than its
    longest word (names like "P.Kukkonen,P.Niiranen,M.Lönnqvist" cannot break), the
    font shrunk, as PowerPoint's autofit does, until the widest words fit the page."""
    st = flow.st
    texts = {"name": [t[0] for t in goal["tasks"]], "resp": [t[1] for t in goal["tasks"]],
             "desc": [t[2] for t in goal["tasks"]], "status": [t[3] for t in goal["tasks"]]}
    size = st.size
    while True:
        marker_room = size * 1.6 if ch.task_lights and st.marker not in ("cell", "text") else 0
        minimum = [max(widest_unit(texts[k], st.font, size), widest_unit([labels[k]], st.font, size, True))
                   + 2 * st.pad + 4 + (marker_room if k == "status" else 0) for k in ch.task_cols]
        if sum(minimum) <= flow.frame.width or size <= 5:
            return fit_widths(flow.frame.width, [ch.task_fracs[k] for k in ch.task_cols], minimum), size
        size = round(size - 0.5, 1)


def task_block(flow: Flow, goal: dict[str, Any], ch: Choices) -> None:
    st = flow.st
    flow.ensure(0)
    labels = {k: v or goal["resp_label"] for k, v in ch.task_labels.items()}
    widths, size = task_columns(flow, goal, ch, labels)
    width_of = dict(zip(ch.task_cols, widths, strict=True))
    header = [header_cell(labels[k], width_of[k], st) for k in ch.task_cols]
    rows = []
    for name, resp, desc, status_text, pct in goal["tasks"]:
        light = LIGHT_OF[MB.task_light(status_text, pct)] if ch.task_lights else None
        texts = {"name": name, "resp": resp, "desc": desc, "status": status_text}
        rows.append([Cell(cell_lines(texts[k], width_of[k], st, marker=k == "status" and bool(light), size=size),
                          light=light if k == "status" else None) for k in ch.task_cols])
    flow.table(widths, header, rows, keep=1, size=size)
    if ch.task_lights and not ch.timeline:  # else the timeline carries this legend
        legend_block(flow, C.LEGEND, vertical=False)


def timeline_block(flow: Flow, goal: dict[str, Any], ch: Choices) -> None:
    """Päätehtävät | Q1 2024 .. Q4 2024 with a bar per task in its status colour."""
    st = flow.st
    legend_block(flow, C.LEGEND, vertical=False)
    w = flow.frame.width
    first = w * 0.34
    widths = [first] + [(w - first) / 4] * 4
    header = [header_cell(label, width, st)
              for label, width in zip(("Päätehtävät", *goal["timeline_header"]), widths, strict=True)]
    rows = [[Cell(cell_lines(name, first, st)), blank(), blank(), blank(), blank()] for name, _ in goal["timeline"]]
    lights = [LIGHT_OF[MB.task_light(t[3], t[4])] for t in goal["tasks"]]

    def bar(page: Page, index: int, lefts: list[float], top: float, height: float) -> None:
        drawing = goal["timeline"][index][1]
        colour = st.light(lights[index])
        mid, thick = top + height / 2, min(8.0, height * 0.4)
        if drawing[0] in ("arrow", "block"):
            x0, x1 = lefts[drawing[1]] + 4, lefts[5] - 4
            thick = thick if drawing[0] == "block" else thick / 2.5
            page.rect(x0, mid - thick / 2, x1 - x0, thick, colour)
            page.rect(x1 - 6, mid - 4, 6, 8, colour, shape="ellipse")
        elif drawing[0] == "bar":
            x0, x1 = lefts[drawing[1]] + 4, lefts[drawing[2] + 1] - 4
            page.rect(x0, mid - thick / 2, x1 - x0, thick, colour, shape="rounded")
        elif drawing[0] == "pct":
            x0, x1 = lefts[1] + 4, lefts[5] - 4
            page.rect(x0, mid - thick / 2, x1 - x0, thick, "E3E3E3")
            page.rect(x0, mid - thick / 2, (x1 - x0) * drawing[1] / 100, thick, colour)

    flow.table(widths, header, rows, keep=len(rows), on_row=bar)


def summary_block(flow: Flow, goal: dict[str, Any], ch: Choices) -> None:
    st = flow.st
    flow.ensure(flow.measure.text_height(4) + 8)
    label_line(flow, C.SUMMARY_LABEL)
    for text in goal["summary"]:
        flow.paragraph(text)
        flow.gap(st.size * 0.5)


def measure_rows(goal: dict[str, Any], ch: Choices) -> list[tuple[str, list[tuple[str, str, str | None]]]]:
    """(row label, [(quarter label, value text, light)]) of the goal's measure."""
    spec = goal["measure"]
    labels = dict(zip(C.QUARTERS, quarter_labels(goal, ch), strict=True))
    if spec["kind"] == "dots":  # one row per item, a column per quarter any item reports
        used = [q for q in C.QUARTERS if any(p[0] == q for _, points in spec["items"] for p in points)]
        return [(name, [next(((labels[q], v or "", LIGHT_OF[c]) for p, c, v in points if p == q),
                             (labels[q], "", None)) for q in used]) for name, points in spec["items"]]
    if spec["kind"] == "matrix":
        return [(label, [(labels[q], v, None) for q, v in zip(C.QUARTERS, values, strict=True)])
                for label, values in spec["rows"]]
    values = spec["values"] if spec["kind"] == "quarters" else ("",) * 4
    return [("", [(labels[q], v, None) for q, v in zip(C.QUARTERS, values, strict=True)])]


def measure_block(flow: Flow, goal: dict[str, Any], ch: Choices) -> None:
    st = flow.st
    spec = goal["measure"]
    title = C.MEASURE_LABEL + (f" {spec['suffix']}" if spec.get("suffix") else "")
    flow.ensure(flow.measure.text_height(5) + 30)
    label_line(flow, title, 1.05)
    if spec["kind"] == "empty":
        flow.block(st.size * 4.5, lambda page, x, y, w: page.rect(x, y, w * 0.6, st.size * 4, None, st.accent))
        return
    rows = measure_rows(goal, ch)
    if ch.measure_form == "lines" and spec["kind"] in ("quarters", "labels"):
        flow.lines([f"{q}: {v}" if v else q for q, v, _ in rows[0][1]], indent=st.size)
        return
    quarters = [q for q, _, _ in rows[0][1]]
    named = any(name for name, _ in rows)
    w = min(flow.frame.width, st.size * 9 * (len(quarters) + 1.5))
    first = widest_unit([name for name, _ in rows], st.font, st.size) + 2 * st.pad + 4 if named else 0.0
    value_w = widest_unit([q for q in quarters], st.font, st.size, True) + 2 * st.pad + st.size * 2.5
    widths = fit_widths(w, ([0.3] if named else []) + [0.7 / len(quarters)] * len(quarters),
                        ([first] if named else []) + [value_w] * len(quarters))
    header = ([blank()] if named else []) + [header_cell(q, widths[-1], st) for q in quarters]
    body = [([Cell(cell_lines(name, widths[0], st))] if named else [])
            + [Cell(cell_lines(v, widths[-1], st, marker=bool(light)) if v else (" ",), light=light,
                    align="center") for _, v, light in points] for name, points in rows]
    flow.table(widths, header, body, keep=len(body))


def note_block(flow: Flow, goal: dict[str, Any], ch: Choices) -> None:
    st = flow.st
    flow.ensure(0)
    w = flow.frame.width * 0.8
    lines = wrap_safe(goal["note"], w - 2 * st.pad - BOX_SLACK, st.font, st.size, bold=True)
    h = flow.measure.text_height(len(lines)) + 2 * st.pad + 4
    flow.block(h + 6, lambda page, x, y, _w: page.text(x, y, w, h, [lines], bold=True, fill=light_fill(st.accent),
                                                        margin=st.pad))


BLOCKS = {"kv": kv_block, "tasks": task_block, "timeline": timeline_block, "summary": summary_block,
          "measure": measure_block, "note": note_block}


def goal_sections(goal: dict[str, Any], ch: Choices) -> list[str]:
    """The goal's blocks: the seed's order or the seed-wide drawn one; only what it has."""
    if ch.sections is None:
        seen: list[str] = []
        for part in goal["order"]:
            name = {"legend": "timeline", "timeline_table": "timeline"}.get(part, re.sub(r"[<>]\d+$", "", part))
            if name != "|" and name not in seen:
                seen.append(name)
    else:
        seen = list(ch.sections) + (["note"] if goal["note"] else [])
    return [s for s in seen if (s != "measure" or goal["measure"]) and (s != "timeline" or ch.timeline)
            and (s != "note" or goal["note"])]


def goal_block(flow: Flow, goal: dict[str, Any], ch: Choices) -> None:
    st = flow.st
    if ch.goal_new_page:
        flow.break_page()
    else:
        flow.gap(st.size * 1.5)
        flow.ensure(st.page_h * 0.25)  # no heading alone at a page's foot
    goal_heading(flow, goal, ch)
    for section in goal_sections(goal, ch):
        BLOCKS[section](flow, goal, ch)
        flow.gap(st.size * 0.9)


# ------------------------------------------------------------------------------------------
# the document around the goals
# ------------------------------------------------------------------------------------------

def theme_decorator(flow: Flow, theme: dict[str, Any] | None, where: str):  # type: ignore[no-untyped-def]
    """Per-page drawing of a theme section: a band at the top or bottom, or a side panel
    holding the theme's name; returns the writable frame."""
    st = flow.st
    m = st.margin
    full = Frame(m, m, st.page_w - 2 * m, st.page_h - m)

    def decorate(page: Page) -> Frame:
        if theme is None:
            return full
        size = round(st.size * 1.3, 1)
        if where == "side":
            lines = theme["box"].split("\n")
            w = max(st.page_w * 0.15, max(text_width(line, st.font, size, True) for line in lines) + 16)
            text_h = flow.measure.text_height(len(lines), size) + 12
            # a rect under the text: LibreOffice shrinks a text box to its text (autofit)
            page.rect(m, m, w, st.page_h - 2 * m, st.accent)
            page.text(m, (st.page_h - text_h) / 2, w, text_h, [lines], size=size, bold=True, color="FFFFFF",
                      margin=6)
            return Frame(m + w + 12, m, st.page_w - 2 * m - w - 12, st.page_h - m)
        h = flow.measure.text_height(1, size) + 10
        y = m if where == "top" else st.page_h - m - h
        page.text(m, y, st.page_w - 2 * m, h, [theme["name"]], size=size, bold=True, color="FFFFFF",
                  fill=st.accent, valign="middle", margin=5)
        return Frame(m, m + h + 8, st.page_w - 2 * m, st.page_h - m) if where == "top" \
            else Frame(m, m, st.page_w - 2 * m, y - 8)

    return decorate


def title_block(flow: Flow, ch: Choices) -> None:
    st = flow.st
    flow.break_page()
    flow.ensure(0)
    if ch.title_alone:
        flow.gap(0)
        flow.y += st.page_h * 0.25
    flow.lines(wrap_safe(C.TITLE, flow.frame.width - BOX_SLACK, st.font, st.title_size * 1.2, True),
               size=round(st.title_size * 1.2, 1), bold=True, color=st.accent)
    flow.lines([C.SUBTITLE], size=st.title_size)
    flow.lines([C.DATE_TEXT, C.ORGANIZATION], size=round(st.size * 1.2, 1))
    if ch.title_alone:
        flow.break_page()
    else:
        flow.gap(st.size * 2)


def evaluation_block(flow: Flow, ch: Choices) -> None:
    st = flow.st
    flow.ensure(0)
    flow.lines(wrap_safe(C.EVALUATION_TITLE, flow.frame.width - BOX_SLACK, st.font, st.title_size * 0.8, True),
               size=round(st.title_size * 0.8, 1), bold=True, color=st.accent)
    paras = [wrap_safe(t, flow.frame.width - st.size * 3 - BOX_SLACK, st.font, st.size)
             for t in C.EVALUATION_BULLETS]
    h = flow.measure.text_height(sum(map(len, paras))) + 6 * len(paras) + 4
    flow.block(h, lambda page, x, y, w: page.text(x, y, w, h, paras, bullets=True))  # type: ignore[arg-type]
    if ch.legend_where != "goal":
        flow.gap(st.size)
        legend_block(flow, C.EVALUATION_COLOURS, vertical=True)


def kpi_block(flow: Flow) -> None:
    st = flow.st
    flow.break_page()
    flow.ensure(0)
    label_line(flow, C.KPI_TITLE, st.title_size / st.size * 0.8)
    w = flow.frame.width
    widths = [w / 5] * 5
    header = [header_cell(label, widths[0], st) for label in C.KPI_HEADER]
    rows = [[Cell(tuple(line for text in lines for line in cell_lines(text, widths[0], st, bold=k == 0)),
                  bold=k == 0) for k, lines in enumerate(row)] for row in C.KPI_ROWS]
    flow.table(widths, header, rows)


def overview_block(flow: Flow, theme: dict[str, Any]) -> None:
    st = flow.st
    flow.ensure(0)
    if theme["overview_heading"]:
        label_line(flow, C.OVERVIEW_HEADING, 1.3)
    w = flow.frame.width
    widths = [w * f for f in (0.26, 0.42, 0.16, 0.16)]
    header = [header_cell(label, width, st) for label, width in zip(C.OVERVIEW_HEADER, widths, strict=True)]
    rows = []
    for focus, goal_paras, kpis, division in theme["overview"]:
        parts = (focus, goal_paras, kpis, [division])
        rows.append([Cell(tuple(line for text in texts for line in cell_lines(text, width, st)))
                     for texts, width in zip(parts, widths, strict=True)])
    flow.table(widths, header, rows)


def statement_cover(deck: Deck) -> None:
    """The financial statement's own cover, before its other chapters."""
    st = deck.style
    page = deck.new_page()
    page.text(st.margin, st.page_h * 0.35, st.page_w - 2 * st.margin, st.title_size * 4,
              [[C.ORGANIZATION], [C.SUBTITLE]], size=round(st.title_size * 1.3, 1), bold=True, color=st.accent)


def build_deck(seed: int, style: Style, ch: Choices) -> Deck:
    deck = Deck(style)
    rng = family_rng(seed, FAMILY, "decoys")
    if ch.statement_cover and ch.decoys[0]:
        statement_cover(deck)
    add_decoys(deck, rng, ch.decoys[0])
    flow = Flow(deck, lambda page: Frame(style.margin, style.margin, style.page_w - 2 * style.margin,
                                         style.page_h - style.margin))
    plain = flow.decorate
    title_block(flow, ch)
    evaluation_block(flow, ch)
    if ch.kpi_page:
        kpi_block(flow)
    index = 0
    for theme in C.THEMES:
        flow.decorate = theme_decorator(flow, theme, style.theme_pos)
        flow.break_page()
        if ch.overview:
            overview_block(flow, theme)
        for goal in theme["goals"]:
            goal_block(flow, goal, ch)
            if index in ch.decoys_between:
                add_decoys(deck, rng, 1)
                flow.break_page()
            index += 1
    flow.decorate = plain
    if ch.legend_where == "end":
        flow.break_page()
        label_line(flow, C.EVALUATION_TITLE, 1.2)
        legend_block(flow, C.EVALUATION_COLOURS, vertical=True)
    add_decoys(deck, rng, ch.decoys[1])
    header = f"{C.ORGANIZATION} | {C.SUBTITLE}" if ch.running_header else None
    page_furniture(deck, header, ch.page_numbers, first=1 if ch.statement_cover and ch.decoys[0] else 0)
    return deck


def describe(style: Style, ch: Choices) -> tuple[str, ...]:
    return (
        f"page {style.page_name}, font {style.font} {style.size}pt, tables "
        f"{'real' if style.real_tables else 'drawn'} rules={style.rules} zebra={style.zebra} "
        f"header={style.header_fill}/{style.header_case}/hyphen={style.header_hyphen}",
        f"decoys before={ch.decoys[0]} after={ch.decoys[1]} between goals {list(ch.decoys_between)}, "
        f"statement cover={ch.statement_cover and bool(ch.decoys[0])}",
        f"goal on new page={ch.goal_new_page}, sections={'seed order' if ch.sections is None else ch.sections}",
        f"kv as {ch.kv_form}, order {ch.kv_order}, labels {ch.kv_labels}",
        f"task columns {ch.task_cols}, labels {ch.task_labels}, lights={ch.task_lights}, timeline={ch.timeline}",
        f"marker {style.marker} fade={style.fade} on the {ch.marker_side}, evaluation legend at "
        f"{ch.legend_where} ({style.legend_pos}, order {style.legend_order}), theme band {style.theme_pos}",
        f"measure as {ch.measure_form}, quarters {'Q1 2024' if ch.long_quarters else 'Q1'}, "
        f"overview={ch.overview}, KPI page={ch.kpi_page}, title alone={ch.title_alone}",
        f"page numbers {ch.page_numbers!r}, running header={ch.running_header}",
    )


def render(seed: int, path: Path) -> Rendered:
    style, ch = draw_choices(seed)
    deck = build_deck(seed, style, ch)
    pages = deck.save(path)
    return Rendered(pptx=path, pages=pages, gold=MB.gold(pages, as_text_export=False), notes=describe(style, ch))


# ------------------------------------------------------------------------------------------
# self-check: is every gold text printed?
# ------------------------------------------------------------------------------------------

def check_printed(pdf_path: Path, gold: dict[str, Any]) -> list[str]:
    """Gold texts (goal, theme, division, owner, task fields, KPI values) that are not in
    the PDF's text, read by `pdftotext -layout` and by pdftotext's text blocks."""
    layout = joined(subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                                   check=True).stdout)
    texts = (layout, pdf_blocks(pdf_path))
    wanted = [(g["key"], g[f]) for g in gold["goals"] for f in ("text", "division", "owner", "theme")]
    wanted += [(t["goal"], t[f]) for t in gold["tasks"] for f in ("task_name", "responsible", "description",
                                                                   "status_text")]
    wanted += [(k["goal"], k["value_text"]) for k in gold["kpi_values"]]
    blocks = texts[1].split("\n")
    return [f"{key}: {value}" for key, value in wanted
            if value and not any(" ".join(value.split()) in text for text in texts)
            and not split_over_pages(value, blocks)]
