"""Layout-engine mechanisms on synthetic units whose geometry copies a rendered variant's
(the page objects are made by hand; documents exercising the same mechanisms end to end are
tests/e2e/test_variants.py and the samples' tests)."""

from __future__ import annotations

from extract.engine.furniture import furniture
from extract.engine.labels import find_labels
from extract.engine.tables import title_above
from extract.engine.units import Unit
from extract.ocr_backend import _line_extent
from extract.settings import DEFAULT_SETTINGS
from okr_warehouse.vocabulary import ANNUAL_KR_ACHIEVEMENT_LABELS, ANNUAL_KR_HEADINGS


def word(text: str, x0: float, top: float, size: float = 9.6, width: float | None = None) -> Unit:
    x1 = x0 + (width if width is not None else 0.5 * size * len(text))
    return Unit(text, x0, top, x1, top + size * 1.1, size, "word")


def test_a_legend_label_wrapped_over_three_lines_beats_a_heading_its_first_line_resembles() -> None:
    # Variant s6.pdf: a narrow legend right of the table prints "Avaintuloksen" /
    # "toteutumista ei voida" / "arvioida"; "Avaintuloksen" alone is one letter off the
    # key-results heading "Avaintulokset".
    units = [word("Avaintuloksen", 668, 273, width=67), word("toteutumista", 668, 285, width=58),
             word("ei", 729, 285, width=8), word("voida", 740, 285, width=25), word("arvioida", 668, 297, width=40)]
    legend = tuple(label for label, _status in ANNUAL_KR_ACHIEVEMENT_LABELS)
    hits = find_labels(units, {"kr": ANNUAL_KR_HEADINGS, "legend": legend}, DEFAULT_SETTINGS)
    assert [(h.key, len(h.units)) for h in hits] == [("legend", 5)]


def test_running_footers_are_furniture_a_heading_on_two_pages_is_not() -> None:
    pages = []
    for number in range(1, 6):
        units = [word("Kanta-Hämeen", 34, 572, 7.5), word("hyvinvointialue", 90, 572, 7.5), word("|", 150, 572, 7.5),
                 word("TP", 156, 572, 7.5), word("2025", 168, 572, 7.5), word(str(number), 190, 572, 7.5),
                 word("Narratiivi", 34, 300)]
        if number <= 2:
            units.append(word("Tiivistelmä", 34, 20))  # a repeated heading near the top edge
        pages.append((595.0, units))
    found = furniture(pages, DEFAULT_SETTINGS)
    texts = {u.text for _h, units in pages for u in units if id(u) in found}
    assert texts == {"Kanta-Hämeen", "hyvinvointialue", "|", "TP", "2025", "1", "2", "3", "4", "5"}


def test_an_ocr_line_across_a_wide_gap_gets_each_part_its_own_height() -> None:
    # tp2025_hva_tavoitteet_scan.pdf page 8: the title's second line and the theme box's text
    # at its right came back as one tesseract line; the box text is smaller.
    words = [{"text": "asiakkaan", "x0": 70, "top": 92, "x1": 248, "bottom": 140, "conf": 92.0},
             {"text": "ympärille", "x0": 262, "top": 94, "x1": 430, "bottom": 140, "conf": 96.0},
             {"text": "Osaamme", "x0": 1234, "top": 96, "x1": 1346, "bottom": 114, "conf": 96.0},
             {"text": "ennakoida", "x0": 1356, "top": 96, "x1": 1474, "bottom": 114, "conf": 96.0}]
    out = _line_extent(words)
    heights = {w["text"]: w["line_height"] for w in out}
    assert heights["asiakkaan"] == heights["ympärille"] == 48
    assert heights["Osaamme"] == heights["ennakoida"] == 18


def test_a_caption_in_the_tables_type_is_no_page_title_a_larger_line_is() -> None:
    # kr_confidence variant s30, page 2: the table goes on under its caption "Tulosalueiden
    # avaintulokset ja luottavaisuusarviot" in body type; page 1 prints the county goal at 14 pt.
    caption = [word("Tulosalueiden", 40, 112, 9.0), word("avaintulokset", 110, 112, 9.0)]
    assert title_above(caption, 76, 9.0, DEFAULT_SETTINGS) == []
    title = [word("Asiakas", 40, 40, 14.3), word("saa", 100, 40, 14.3)]
    assert [[u.text for u in line] for line in title_above([*title, *caption], 150, 9.0, DEFAULT_SETTINGS)] == \
        [["Asiakas", "saa"]]
