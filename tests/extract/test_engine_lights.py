"""The one light resolver (extract.engine.lights): colours of the variants kit classified by
hue against the paper, a page legend calibrating them, and the lights of a rendered variant."""

from __future__ import annotations

import colorsys
import sys
from pathlib import Path

import pytest

from extract.engine.lights import (
    GREY,
    QUARTER_STATUS,
    YELLOW,
    Calibration,
    Reference,
    classify,
    legend_calibration,
    light_of_cell,
)
from extract.engine.tables import TableSpec, page_tables
from extract.engine.units import page_units
from extract.page import PageContent
from extract.settings import DEFAULT_SETTINGS

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools" / "samples"))

from variants.kit import LIGHT_HUES, fade, light_fill  # noqa: E402

EXPECTED = {"on_track": "green", "at_risk": "yellow", "off_track": "red", "grey": "grey"}
ACCENTS = ("1F4E79", "00506E", "7A1F3D", "0B5394", "2F4F4F", "5B2C6F", "004D40")


def rgb(hex_: str) -> tuple[float, float, float]:
    return (int(hex_[0:2], 16) / 255, int(hex_[2:4], 16) / 255, int(hex_[4:6], 16) / 255)


@pytest.mark.parametrize("status", sorted(LIGHT_HUES))
@pytest.mark.parametrize("amount", [0.0, 0.3, 0.6])
def test_kit_hues_classify_at_every_fade(status: str, amount: float) -> None:
    for hue in LIGHT_HUES[status]:
        assert classify(rgb(fade(hue, amount))) == EXPECTED[status], (hue, amount)


@pytest.mark.parametrize("colour", ["FFFFFF", "000000", "1F1F1F", "404040", "F2F2F2", "D9D9D9",
                                    *ACCENTS, *(light_fill(a) for a in ACCENTS)])
def test_paper_ink_accents_and_header_fills_are_no_light(colour: str) -> None:
    assert classify(rgb(colour)) is None


def test_tinted_paper_is_divided_out() -> None:
    cream = rgb("F5F0DC")
    assert classify(cream, paper=cream) is None
    assert classify(rgb("EDE3B8")) == YELLOW          # on white, a cream panel reads as a pale yellow...
    assert classify(rgb("EDE3B8"), paper=cream) is None  # ...on cream paper it is the paper
    assert classify(rgb("9E9E9E"), paper=cream) == GREY


def _legend_page(entries: list[tuple[str, str]]) -> PageContent:
    """A legend drawn like the kit's: a small square marker, then its label, one entry a line."""
    boxes, shapes = [], []
    for index, (label, colour) in enumerate(entries):
        top = 400.0 + 20 * index
        shapes.append({"kind": "rect", "x0": 500.0, "top": top + 2, "x1": 510.0, "bottom": top + 12,
                       "fill": rgb(colour)})
        boxes.append({"text": label, "x0": 516.0, "top": top, "x1": 700.0, "bottom": top + 14, "size": 10.0})
    return PageContent(1, 960, 540, text_boxes=tuple(boxes), shapes=tuple(shapes))


def test_legend_calibration_takes_each_labels_marker() -> None:
    page = _legend_page([("Avaintuloksen toteutumista ei voida arvioida", "A6A6A6"),
                         ("Avaintulos toteutui osittain", fade("FFC000", 0.6)),
                         ("Avaintulos ei toteutunut", fade("C00000", 0.6)),
                         ("Avaintulos toteutui", fade("00B050", 0.6))])
    calibration = legend_calibration(page_units(page), page)
    assert sorted(r.colour for r in calibration.references) == ["green", "grey", "red", "yellow"]
    faded_yellow = rgb(fade("FFD966", 0.6))  # pale: nearer grey than yellow in plain RGB
    yellow = next(r.rgb for r in calibration.references if r.colour == YELLOW)
    grey = next(r.rgb for r in calibration.references if r.colour == GREY)
    assert calibration.distance(faded_yellow, yellow) < calibration.distance(faded_yellow, grey)
    assert calibration.classify(faded_yellow) == YELLOW
    assert calibration.classify(rgb("9E9E9E")) == GREY
    assert calibration.classify(rgb("1F4E79")) is None  # an accent stays no light


def test_legend_decides_between_neighbouring_hues() -> None:
    """A deck whose amber is orange (hue 28) and red pure red: a light at hue 15 is its amber,
    though the hue bands alone call it red."""
    r, g, b = colorsys.hsv_to_rgb(15 / 360, 0.85, 0.95)
    light = (r, g, b)
    assert classify(light) == "red"
    orange = colorsys.hsv_to_rgb(28 / 360, 0.9, 0.95)
    calibration = Calibration((Reference("yellow", orange, "Huomioitava"), Reference("red", rgb("FF0000"), "Ei etene")))
    assert calibration.classify(light) == YELLOW


def test_partial_legend_does_not_pull_far_colours() -> None:
    calibration = Calibration((Reference("red", rgb("FF0000"), "Ei etene"),))
    assert calibration.classify(rgb(fade("FFC000", 0.3))) == YELLOW
    assert calibration.classify(rgb(fade("00B050", 0.6))) == "green"


def test_prose_label_without_a_marker_is_no_reference() -> None:
    page = PageContent(1, 960, 540, text_boxes=({"text": "Etenee", "x0": 100.0, "top": 100.0, "x1": 160.0,
                                                 "bottom": 114.0, "size": 10.0},))
    assert legend_calibration(page_units(page), page).references == ()


# ------------------------------------------------------------------------------------------
# a rendered variant: glyph markers faded 0.45, in a PowerPoint table, as PPTX and as PDF
# ------------------------------------------------------------------------------------------

SEED = 56  # quarterly: marker=glyph fade=0.45 real_tables=True, "1. kvartaali" headers


@pytest.fixture(scope="module")
def variant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from variants.export import convert
    from variants.quarterly import draw_choices, render

    out = tmp_path_factory.mktemp("lights")
    rendered = render(SEED, out / f"quarterly_s{SEED}.pptx")
    pdf = convert([rendered.pptx], "pdf", out)[0]
    return rendered, draw_choices(SEED), {"pptx": rendered.pptx, "pdf": pdf}


@pytest.mark.parametrize("fmt", ["pptx", "pdf"])
def test_light_of_cell_reads_the_gold_statuses_of_a_slide(variant, fmt: str) -> None:  # type: ignore[no-untyped-def]
    from variants.quarterly import quarter_labels

    from extract.pdf_backend import read_pdf
    from extract.pptx_backend import read_pptx

    rendered, choices, documents = variant
    assert "marker=glyph" in rendered.notes[0]
    content = (read_pdf if fmt == "pdf" else read_pptx)(documents[fmt])
    labels = quarter_labels(choices, 2025)
    spec = TableSpec({"text": (choices.kr_text_header,), "baseline": (choices.baseline_label,),
                      **{f"Q{q}": (labels[q - 1],) for q in range(1, 5)}},
                     frozenset({"baseline", "Q1", "Q2", "Q3", "Q4"}), 5)
    gold = rendered.gold["kr_values"]
    for page in content.pages:  # the first slide with a key-result table
        units = page_units(page)
        grids = page_tables(page, units, spec, DEFAULT_SETTINGS)
        if grids:
            break
    else:
        pytest.fail("no key-result table found")
    calibration = legend_calibration(units, page)
    seen = []
    for row in grids[0].rows:
        for band in grids[0].bands:
            cell = row.cells.get(band.key)
            if cell is None or band.key == "text":
                continue
            text = " ".join(cell.text.replace("●", " ").split())
            matches = [g for g in gold if g["period"] == band.key and " ".join(g["value_text"].split()) == text]
            if len({g["status"] for g in matches}) != 1:
                continue  # not a value, or one printed twice with different lights
            light = light_of_cell(cell.units, page, units, band=(band.x0, band.x1), calibration=calibration)
            got = QUARTER_STATUS[light.colour] if light is not None and light.colour else None
            seen.append((band.key, text, got, matches[0]["status"]))
    assert len(seen) >= 5, seen
    assert len({want for *_, want in seen}) >= 3, seen  # lights of several colours and a light-less baseline
    assert [s for s in seen if s[2] != s[3]] == []
