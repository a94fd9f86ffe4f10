"""The OCR backend on the real scanned samples: word boxes with confidences, deskew,
traffic-light blobs, image files, and the per-page timeout (issue 5)."""

from __future__ import annotations

import colorsys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from extract import extract, raster
from extract.engine.lights import light_of_cell
from extract.engine.units import page_units
from extract.families import kr_confidence
from extract.ocr_backend import OcrJob, ocr_page
from extract.page import DocumentContent, Geometry
from extract.pdf_backend import read_pdf
from extract.settings import DEFAULT_SETTINGS, LayoutSettings
from tests.cli_helpers import rows, run_cli
from tests.conftest import sample

KR_SCAN = "kr_confidence_table/kr_confidence_2025_scan.pdf"  # 3 pages, 170 dpi JPEG, tilted < 1°
KR_NATIVE = "kr_confidence_table/kr_confidence_2025.pdf"  # the PDF the scan was made from
Q2_SCAN = "quarterly_review/okr_q2_2025_scan.pdf"  # 6 slides, 160 dpi, drawn lights on slide 3


@pytest.fixture(scope="module")
def kr_scan() -> DocumentContent:
    return read_pdf(sample(KR_SCAN))


def _word(words: tuple[Geometry, ...] | list[Geometry], text: str) -> Geometry:
    found = [w for w in words if w["text"] == text]
    assert found, f"no word {text!r} among {[w['text'] for w in words][:40]}"
    return found[0]


def test_image_only_pages_are_read_by_ocr_with_boxes_and_confidences(kr_scan: DocumentContent) -> None:
    assert kr_scan.backend == "tesseract" and kr_scan.issues == ()
    native = read_pdf(sample(KR_NATIVE))
    for page in kr_scan.pages:
        assert len(page.words) > 150, page.number
        assert all(0 <= w["conf"] <= 100 and w["size"] > 0 for w in page.words)
        assert all(0 <= w["x0"] < w["x1"] <= page.width and 0 <= w["top"] < w["bottom"] <= page.height
                   for w in page.words)
        assert np.mean([w["conf"] for w in page.words]) > 85
        # Header labels sit where the original PDF printed them (the scan is tilted, then deskewed).
        for label in ("Toimiala", "Tulosalue", "Avaintulos"):
            ocr, pdf = _word(page.words, label), _word(native.pages[page.number - 1].words, label)
            assert abs(ocr["x0"] - pdf["x0"]) < 3 and abs(ocr["top"] - pdf["top"]) < 4, (page.number, label)


def test_scan_detected_as_its_family_with_ocr_confidence_in_provenance(kr_scan: DocumentContent) -> None:
    assert kr_confidence.detect(kr_scan, DEFAULT_SETTINGS) == 1.0
    found = kr_confidence.parse(kr_scan, DEFAULT_SETTINGS)
    first = found.key_results[0].text
    assert first.text.startswith("Ensikontaktin saa luvatussa ajassa eli viimeistään seuraavana arkipäivänä")
    assert first.page == 1 and first.extractor == "tesseract/kr_confidence_table"
    assert first.ocr_confidence is not None and 80 <= first.ocr_confidence <= 100
    scores = {c.kr_ref: c.score for c in found.confidences}
    assert scores[found.key_results[0].ref].text == "100"
    assert scores[found.key_results[0].ref].ocr_confidence is not None
    assert len(found.key_results) == 28


@pytest.mark.parametrize("angle", [0.7, -1.3])
def test_deskew_estimates_a_known_rotation(angle: float) -> None:
    rgb = raster.render_pdf_page(sample(KR_NATIVE), 0, 100)
    tilted = np.array(Image.fromarray(rgb).rotate(angle, resample=Image.Resampling.BICUBIC,
                                                  fillcolor=(255, 255, 255)))
    assert abs(raster.estimate_skew(raster.grey(tilted)) - angle) <= 0.3
    straightened = raster.rotate(tilted, -raster.estimate_skew(raster.grey(tilted)))
    assert abs(raster.estimate_skew(raster.grey(straightened))) <= 0.3


def test_traffic_lights_are_coloured_blobs_beside_the_values() -> None:
    path = sample(Q2_SCAN)
    page = ocr_page(OcrJob(str(path), "pdf", 2, 3, 720.0, 405.45, 160.0), timeout=60)
    hues = {"green": (0.25, 0.5), "yellow": (0.08, 0.2), "red": (-0.05, 0.03)}
    # Slide 3 as printed: Q1 74,3 % green, Q1 58,2 % red, Q2 61,4 % yellow.
    units = page_units(page)
    for start, colour in (("74,3", "green"), ("58,2", "red"), ("61,4", "yellow")):
        value = next(u for u in units if u.text.startswith(start))
        light = light_of_cell([value], page, units)
        assert light is not None and light.colour == colour, (start, light)
        hue, _, saturation = colorsys.rgb_to_hls(*light.rgb)
        hue = hue - 1 if hue > 0.9 else hue
        assert saturation > 0.6 and hues[colour][0] <= hue <= hues[colour][1], (start, light.rgb)
    assert not any(w["text"] in ("O", "©", "@") for w in page.words)  # markers are not read as letters


def test_an_image_file_ingests(tmp_path: Path, db: Path) -> None:
    rgb = raster.render_pdf_page(sample(KR_SCAN), 0, 170)
    png = tmp_path / "confidence_page.png"
    Image.fromarray(rgb).save(png, dpi=(170, 170))
    result = run_cli("ingest", png, "--db", db, "--no-progress")
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT file_format, report_kind, page_count FROM reports") == \
        [("image", "kr_confidence_table", 1)]
    assert rows(db, "SELECT count(*) FROM key_results")[0][0] == 10  # the ten table rows of page 1


def test_a_page_over_the_timeout_is_an_issue_not_a_crash() -> None:
    raw = extract(sample(KR_SCAN), LayoutSettings(ocr_page_timeout=0.001))
    assert raw.page_count == 3
    for number in (1, 2, 3):
        assert f"page {number}: OCR timed out after 0.001 s" in raw.issues
    assert raw.key_results == ()
