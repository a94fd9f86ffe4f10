from __future__ import annotations

import pytest

from extract.misreads import is_number, lost_separator, may_be_number, misread_quarter


@pytest.mark.parametrize(("folded", "quarter"), [("01", "Q1"), ("o4", "Q4"), ("d2", "Q2"), ("qi", "Q1"), ("0l", "Q1")])
def test_how_tesseract_prints_a_bold_quarter(folded: str, quarter: str) -> None:
    assert misread_quarter(folded) == quarter


@pytest.mark.parametrize("folded", ["q1", "q4", "05", "10", "2025", "ok", ""])
def test_anything_else_is_not_a_misread_quarter(folded: str) -> None:
    assert misread_quarter(folded) is None


@pytest.mark.parametrize("text", ["51%", "5,1%", "0", "75", "70.000", "-3,5", "100%"])
def test_values_as_tables_print_them(text: str) -> None:
    assert is_number(text) and may_be_number(text)


@pytest.mark.parametrize(("text", "maybe"), [("T712%", True), ("o", True), ("01", False), ("d1", False), ("Q1", True),
                                             ("ja.", False), ("sekä", False), ("-", False), ("12/2025", True)])
def test_tokens_that_may_be_misread_values(text: str, maybe: bool) -> None:
    assert not is_number(text)
    assert may_be_number(text) is maybe


@pytest.mark.parametrize(("first", "again", "lost"), [("1,5", "15", True), ("70.000", "70000", True),
                                                      ("51%", "5,1%", False), ("1", "75", False),
                                                      ("5.1", "5,1", False)])
def test_a_second_reading_may_add_a_separator_but_not_lose_one(first: str, again: str, lost: bool) -> None:
    assert lost_separator(first, again) is lost
