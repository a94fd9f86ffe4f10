"""Doubtful OCR values read again at a second scale (issue 10), on the real scanned samples:
each case is a word as the page-scale pass read it (text, confidence, pixel box), and the
printed value the cell shows."""

from __future__ import annotations

import time
from functools import cache

import numpy as np
import pytest

from extract.ocr_backend import OcrJob, ocr_page, page_image, reread_values
from extract.page import Geometry
from extract.settings import DEFAULT_SETTINGS
from tests.conftest import sample

Q2_SCAN = OcrJob(str(sample("quarterly_review/okr_q2_2025_scan.pdf")), "pdf", 2, 3, 720.0, 405.45, 160.0)
ANNUAL_SCAN = OcrJob(str(sample("annual_review/tp2025_hva_tavoitteet_scan.pdf")), "pdf", 5, 6, 841.92, 595.68, 150.0)
KR_SCAN = OcrJob(str(sample("kr_confidence_table/kr_confidence_2025_scan.pdf")), "pdf", 0, 1, 960.14, 540.0, 170.0)
BINDING_SCAN = OcrJob(str(sample("binding_goals_annual/tp2024_sitovat_tavoitteet_scan.pdf")), "pdf", 50, 51,
                      720.0, 405.12, 150.0)
BINDING_PAGE_10 = OcrJob(BINDING_SCAN.source, "pdf", 9, 10, 720.0, 405.12, 150.0)


@cache
def _image(job: OcrJob) -> np.ndarray:
    return page_image(job)[0]


def _word(text: str, conf: float, box: tuple[int, int, int, int]) -> Geometry:
    x0, top, x1, bottom = box
    return {"text": text, "conf": conf, "x0": x0, "top": top, "x1": x1, "bottom": bottom, "line_height": bottom - top}


def _reread(job: OcrJob, words: list[Geometry], seconds: float = 60.0) -> list[Geometry]:
    return reread_values(_image(job), words, job.dpi, time.monotonic() + seconds, DEFAULT_SETTINGS)


@pytest.mark.parametrize(("job", "first", "printed"), [
    (Q2_SCAN, _word("51%", 77, (1380, 736, 1422, 750)), "5,1%"),          # the comma's tail lost at 160 dpi
    (ANNUAL_SCAN, _word("46%", 76, (1592, 765, 1647, 784)), "4,6%"),      # the same at 150 dpi
    (KR_SCAN, _word("1", 61, (2141, 798, 2162, 812)), "75"),              # a "75" read as "1"
    (BINDING_SCAN, _word("o", 77, (463, 137, 472, 150)), "0"),            # a bold zero read as a letter
], ids=["decimal-comma-q2", "decimal-comma-annual", "wrong-digits", "zero-as-letter"])
def test_a_doubtful_value_is_read_again_and_the_confident_value_kept(job: OcrJob, first: Geometry,
                                                                     printed: str) -> None:
    [again] = _reread(job, [first])
    assert again["text"] == printed
    assert again["conf"] > first["conf"]
    assert (again["x0"], again["top"], again["x1"], again["bottom"]) == (first["x0"], first["top"], first["x1"],
                                                                         first["bottom"])


def test_sound_values_and_words_that_are_no_values_stay_as_read() -> None:
    sound = _word("74,3", 79, (1195, 356, 1236, 377))      # read right, with little confidence
    prose = _word("toteut:", 55, (215, 177, 287, 194))     # a letter word is never re-read
    confident = _word("89,4", 95, (1482, 718, 1524, 737))  # above the threshold: left alone
    again = _reread(ANNUAL_SCAN, [sound, prose, confident])
    assert again[0]["text"] == "74,3" and again[0]["conf"] >= sound["conf"]
    assert again[1] is prose and again[2] is confident


def test_a_separator_read_once_is_kept() -> None:
    """tp2024_sitovat_tavoitteet_scan.pdf page 10 prints "1,5 min": the page pass read "1,5"
    at 84, the region enlarged reads "15" at 89; a lost comma is the misreading."""
    first = _word("1,5", 84, (416, 242, 439, 260))
    [again] = _reread(BINDING_PAGE_10, [first])
    assert again is first


def test_without_time_left_the_first_readings_stay() -> None:
    first = _word("51%", 77, (1380, 736, 1422, 750))
    assert _reread(Q2_SCAN, [first], seconds=-1.0) == [first]


def test_a_faint_recovered_digit_is_kept_once_confirmed() -> None:
    """tp2024_sitovat_tavoitteet_scan.pdf page 51, the row printed "0 0 1 10": the page pass
    left the two middle cells to the recovery pass, which read "o" and a "1" at 36 (under its
    confidence cut); both re-read as values."""
    page = ocr_page(BINDING_SCAN, timeout=120)
    row = sorted((w for w in page.words if 60 < w["top"] < 70 and 100 < w["x0"] < 420), key=lambda w: w["x0"])
    assert [w["text"] for w in row] == ["0", "0", "1", "10"]
