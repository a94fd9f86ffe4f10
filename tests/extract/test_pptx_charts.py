"""Native PowerPoint charts read by the PPTX backend (extract.pptx_charts): tiny decks built
here with python-pptx, values written by hand, read back through the backend; and variant
annual decks whose dashboard is native charts, read end to end into their summary counts."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.oxml.ns import qn
from pptx.util import Pt

from extract import extract
from extract.page import Geometry, PageContent
from extract.pptx_backend import read_pptx
from extract.pptx_charts import number_text
from normalize import normalize

REPO = Path(__file__).resolve().parents[2]
STATES = ["Etenee", "Huomioitava", "Ei etene"]
COUNTS = [46, 8, 4]  # 58 in all: slices of 285.5°, 49.7° and 24.8°
COLOURS = ["3AA753", "F8E78F", "DD4E4B"]


def _deck(tmp_path: Path, kind: Any, configure: Any = None) -> PageContent:
    """One slide holding one chart of the three states' counts, each point in its colour,
    every count printed as a data label (as the variant dashboards draw them)."""
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    data = CategoryChartData()
    data.categories = STATES
    data.add_series("Määrä", COUNTS)
    chart = slide.shapes.add_chart(kind, Pt(40), Pt(60), Pt(480), Pt(300), data).chart
    chart.has_title = False
    chart.font.size = Pt(10)
    plot = chart.plots[0]
    plot.vary_by_categories = True
    for point, colour in zip(plot.series[0].points, COLOURS, strict=True):
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = RGBColor.from_string(colour)
    plot.has_data_labels = True
    plot.data_labels.number_format, plot.data_labels.number_format_is_linked = "0", False
    plot.data_labels.show_value = True
    if configure is not None:
        configure(chart)
    path = tmp_path / "chart.pptx"
    deck.save(str(path))
    return read_pptx(path).pages[0]


def _text(page: PageContent, text: str) -> Geometry:
    found = [b for b in page.text_boxes if b["text"] == text]
    assert len(found) == 1, (text, [b["text"] for b in page.text_boxes])
    return found[0]


def _rgb(code: str) -> tuple[float, float, float]:
    return (int(code[0:2], 16) / 255, int(code[2:4], 16) / 255, int(code[4:6], 16) / 255)


def _centre(box: Geometry) -> tuple[float, float]:
    return ((box["x0"] + box["x1"]) / 2, (box["top"] + box["bottom"]) / 2)


def _ring(page: PageContent) -> tuple[tuple[float, float], float]:
    slices = [s for s in page.shapes if s["kind"] == "chart_slice"]
    x0, top = min(s["x0"] for s in slices), min(s["top"] for s in slices)
    x1, bottom = max(s["x1"] for s in slices), max(s["bottom"] for s in slices)
    assert abs((x1 - x0) - (bottom - top)) < 1  # a circle's box
    return ((x0 + x1) / 2, (top + bottom) / 2), (x1 - x0) / 2


def _angle(point: tuple[float, float], centre: tuple[float, float]) -> float:
    """Clockwise from 12 o'clock, as the dashboard reader measures it."""
    return math.degrees(math.atan2(point[0] - centre[0], centre[1] - point[1])) % 360


def _legend_marker(page: PageContent, entry: Geometry) -> Geometry:
    markers = [s for s in page.shapes if s["kind"] == "chart_marker"
               and 0 <= entry["x0"] - s["x1"] <= entry["size"]
               and abs(_centre(s)[1] - _centre(entry)[1]) < 1]
    assert len(markers) == 1, entry
    return markers[0]


def test_doughnut_prints_legend_with_markers_and_labels_on_the_ring_by_angle(tmp_path: Path) -> None:
    def legend_right(chart: Any) -> None:
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.RIGHT
        chart.legend.include_in_layout = False

    page = _deck(tmp_path, XL_CHART_TYPE.DOUGHNUT, legend_right)
    for state, colour in zip(STATES, COLOURS, strict=True):
        assert _legend_marker(page, _text(page, state))["fill"] == pytest.approx(_rgb(colour))
    entries = [_text(page, s) for s in STATES]
    assert [e["top"] for e in entries] == sorted(e["top"] for e in entries)  # the legend in point order
    centre, radius = _ring(page)
    assert {tuple(round(c, 3) for c in s["fill"]) for s in page.shapes if s["kind"] == "chart_slice"} == \
        {tuple(round(c, 3) for c in _rgb(colour)) for colour in COLOURS}
    for label, middle in (("46", 142.8), ("8", 310.3), ("4", 347.6)):
        box = _text(page, label)
        assert abs(_angle(_centre(box), centre) - middle) < 3, label
        assert 0.5 * radius < math.dist(_centre(box), centre) < radius  # on the ring, the hole is half
    assert entries[0]["x0"] > centre[0] + radius  # the legend right of the ring


def test_pie_labels_show_value_and_share_outside_the_pie(tmp_path: Path) -> None:
    def with_share(chart: Any) -> None:
        labels = chart.plots[0].data_labels
        labels.show_percentage = True
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM

    page = _deck(tmp_path, XL_CHART_TYPE.PIE, with_share)
    centre, radius = _ring(page)
    for label, middle in (("46 (79%)", 142.8), ("8 (14%)", 310.3), ("4 (7%)", 347.6)):
        box = _text(page, label)
        assert abs(_angle(_centre(box), centre) - middle) < 3, label
        assert math.dist(_centre(box), centre) > radius
    entries = [_text(page, s) for s in STATES]
    assert len({round(e["top"]) for e in entries}) == 1  # one row under the pie
    assert [e["x0"] for e in entries] == sorted(e["x0"] for e in entries)
    assert entries[0]["top"] > centre[1] + radius


def test_columns_print_counts_over_bars_and_categories_under_them(tmp_path: Path) -> None:
    def custom_labels(chart: Any) -> None:
        chart.has_legend = False
        chart.value_axis.visible = False
        for point, text in zip(chart.plots[0].series[0].points, ["46 (79,31%)", "8 (13,79%)", "4 (6,90%)"],
                               strict=True):
            point.data_label.text_frame.text = text

    page = _deck(tmp_path, XL_CHART_TYPE.COLUMN_CLUSTERED, custom_labels)
    bars = sorted((s for s in page.shapes if s["kind"] == "chart_bar"), key=lambda s: s["x0"])
    assert [b["fill"] for b in bars] == [pytest.approx(_rgb(c)) for c in COLOURS]
    heights = [b["bottom"] - b["top"] for b in bars]
    assert heights[0] / heights[1] == pytest.approx(46 / 8, rel=0.01)
    for bar, state, label in zip(bars, STATES, ["46 (79,31%)", "8 (13,79%)", "4 (6,90%)"], strict=True):
        name, count = _text(page, state), _text(page, label)
        assert abs(_centre(name)[0] - _centre(bar)[0]) < 1 and abs(_centre(count)[0] - _centre(bar)[0]) < 1
        assert 0 < name["top"] - bar["bottom"] < 10 and 0 < bar["top"] - count["bottom"] < 10
    assert not any(b["text"].isdigit() for b in page.text_boxes if b["text"] not in ("46", "8", "4"))


def test_bars_print_the_category_left_and_the_count_right(tmp_path: Path) -> None:
    def hidden_axis(chart: Any) -> None:
        chart.has_legend = False
        chart.value_axis.visible = False

    page = _deck(tmp_path, XL_CHART_TYPE.BAR_CLUSTERED, hidden_axis)
    bars = sorted((s for s in page.shapes if s["kind"] == "chart_bar"), key=lambda s: -s["top"])
    assert [b["fill"] for b in bars] == [pytest.approx(_rgb(c)) for c in COLOURS]  # the first at the bottom
    for bar, state, count in zip(bars, STATES, ["46", "8", "4"], strict=True):
        name, label = _text(page, state), _text(page, count)
        assert 0 < bar["x0"] - name["x1"] < 10 and 0 < label["x0"] - bar["x1"] < 10
        assert abs(_centre(name)[1] - _centre(bar)[1]) < 1 and abs(_centre(label)[1] - _centre(bar)[1]) < 1


def test_a_chart_title_and_a_series_legend_are_printed(tmp_path: Path) -> None:
    def titled(chart: Any) -> None:
        chart.has_title = True
        chart.chart_title.text_frame.text = "Tehtävien tila"
        chart.plots[0].vary_by_categories = False
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.TOP

    page = _deck(tmp_path, XL_CHART_TYPE.COLUMN_CLUSTERED, titled)
    title, legend = _text(page, "Tehtävien tila"), _text(page, "Määrä")
    assert title["bottom"] <= legend["top"]
    assert _legend_marker(page, legend)["fill"] is not None


def test_a_deleted_legend_entry_is_not_printed(tmp_path: Path) -> None:
    def without_second(chart: Any) -> None:
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.LEFT
        entry = etree.Element(qn("c:legendEntry"))
        etree.SubElement(entry, qn("c:idx")).set("val", "1")
        etree.SubElement(entry, qn("c:delete")).set("val", "1")
        chart.legend._element.find(qn("c:legendPos")).addnext(entry)  # the schema's place for it

    page = _deck(tmp_path, XL_CHART_TYPE.PIE, without_second)
    texts = {b["text"] for b in page.text_boxes}
    assert "Etenee" in texts and "Ei etene" in texts and "Huomioitava" not in texts


@pytest.mark.parametrize(("value", "code", "printed"), [
    (46.0, "General", "46"), (2.5, "General", "2.5"), (46.0, "0", "46"), (1234.0, "#,##0", "1,234"),
    (0.7931, "0.00%", "79.31%"), (12.0, '0" kpl"', "12 kpl"), (3.14159, "0.0", "3.1"),
])
def test_number_formats(value: float, code: str, printed: str) -> None:
    assert number_text(value, code) == printed


# --- the variant decks' chart dashboards, read end to end -------------------------------------

sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "tools" / "samples"))


@pytest.mark.parametrize("seed", [19, 24, 2, 9])  # doughnut with shares, pie, bars, columns
def test_variant_chart_dashboards_give_their_summary_counts(tmp_path: Path, seed: int) -> None:
    from samples.variants import annual  # tools/ is on the path for these tests only

    rendered = annual.render(seed, tmp_path / f"annual_s{seed}.pptx")
    expected = {}
    for key, value in rendered.gold["summary"].items():
        for metric, count in (value.items() if isinstance(value, dict) else [("", value)]):
            expected[f"{key}.{metric}" if metric else key] = count
    doc = normalize(extract(rendered.pptx))
    assert {s.metric: s.value for s in doc.summary} == expected
