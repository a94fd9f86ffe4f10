from __future__ import annotations

import pytest

from extract.misreads import misread_quarter


@pytest.mark.parametrize(("folded", "quarter"), [("01", "Q1"), ("o4", "Q4"), ("d2", "Q2"), ("qi", "Q1"), ("0l", "Q1")])
def test_how_tesseract_prints_a_bold_quarter(folded: str, quarter: str) -> None:
    assert misread_quarter(folded) == quarter


@pytest.mark.parametrize("folded", ["q1", "q4", "05", "10", "2025", "ok", ""])
def test_anything_else_is_not_a_misread_quarter(folded: str) -> None:
    assert misread_quarter(folded) is None
