"""Data-label text: which of a point's facts its label shows (the nearest of point, series
and plot labels that says), and numbers in the label's Excel number format (`number_text`,
a small reader of the format codes charts use)."""

from __future__ import annotations

import re
from typing import Any

from pptx.oxml.ns import qn

from .model import TRUE


def source_format(series: Any) -> str:
    """The number format of the series' values in the embedded sheet (a linked label's)."""
    found = series._element.xpath("./c:val/c:numRef/c:numCache/c:formatCode")
    return str(found[0].text or "General") if found else "General"


def point_label(plot: Any, series: Any, point: Any, index: int, facts: tuple[str, float | None, float | None],
           source: str) -> tuple[str | None, str | None]:
    """A point's data label as printed and its position: its custom text, else what its label,
    its series' labels or its plot's labels show (the nearest that says), formatted."""
    levels = (series._element.get_dLbl(index), series._element.dLbls, plot._element.dLbls)
    if all(level is None for level in levels) or flag(levels, "c:delete"):
        return None, None
    position = _setting(levels, "c:dLblPos")
    position = position.get("val") if position is not None else None
    if point.data_label.has_text_frame:  # custom text ("46 (79,31%)"): printed as written
        return str(point.data_label.text_frame.text).replace("\v", "\n").strip() or None, position
    category, value, share = facts
    parts = [text for tag, text in (("c:showSerName", str(series.name or "")), ("c:showCatName", category))
             if flag(levels, tag) and text]
    number = _number(levels, value, source) if value is not None and flag(levels, "c:showVal") else None
    percent = f"{round(100 * share)}%" if share is not None and flag(levels, "c:showPercent") else None
    if number and percent:
        parts.append(f"{number} ({percent})")  # Power BI's and the reports' "46 (79%)"
    else:
        parts += [text for text in (number, percent) if text]
    return ", ".join(parts) or None, position


def _setting(levels: tuple[Any, ...], tag: str) -> Any:
    """The element `tag` of the nearest level (point label, series labels, plot labels) that has it."""
    for level in levels:
        found = level.find(qn(tag)) if level is not None else None
        if found is not None:
            return found
    return None


def flag(levels: tuple[Any, ...], tag: str) -> bool:
    found = _setting(levels, tag)
    return found is not None and found.get("val", "1") in TRUE


def _number(levels: tuple[Any, ...], value: float, source: str) -> str:
    found = _setting(levels, "c:numFmt")
    linked = found is None or found.get("sourceLinked", "0") in TRUE
    return number_text(value, source if linked else str(found.get("formatCode") or "General"))


def number_text(value: float, code: str) -> str:
    """`value` in an Excel number format: its first section's decimals, thousands grouping,
    percent and literal text around the digits ("0", "#,##0.0", "0%", '0" kpl"'); General
    prints the shortest form."""
    section = re.sub(r"\[[^\]]*\]|_.|\*.", "", code.split(";")[0])  # colours, conditions, padding
    digits = re.search(r"[0#?][0#?,.]*", re.sub(r'"[^"]*"|\\.', lambda m: "x" * len(m[0]), section))
    if section.strip().lower() in ("", "general", "@") or digits is None:
        return str(int(value)) if float(value).is_integer() and abs(value) < 1e11 else f"{value:.10g}"
    placeholder = section[digits.start():digits.end()]
    percent = "%" in section
    scaled = value * 100 if percent else value
    decimals = len(placeholder.split(".", 1)[1]) if "." in placeholder else 0
    text = f"{scaled:,.{decimals}f}" if "," in placeholder.split(".")[0] else f"{scaled:.{decimals}f}"

    def literal(part: str) -> str:
        return re.sub(r'"([^"]*)"|\\(.)', lambda m: m[1] if m[1] is not None else m[2], part)
    return literal(section[:digits.start()]) + text + literal(section[digits.end():])
