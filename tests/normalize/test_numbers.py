from __future__ import annotations

import pytest

from normalize.numbers import is_placeholder, parse_number, parse_value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("94,4", 94.4, None),
        ("82,14", 82.14, None),
        ("0", 0.0, None),
        ("89,4 %", 89.4, "%"),
        ("78,5%", 78.5, "%"),
        ("70.000 kpl", 70000.0, "kpl"),
        ("24 425", 24425.0, None),
        ("52k", 52000.0, None),
        ("4,2 min", 4.2, "min"),
        ("-3", -3.0, None),
    ],
)
def test_finnish_numbers_as_printed_in_the_seeds(text: str, value: float, unit: str | None) -> None:
    parsed = parse_value(text)
    assert parsed.value == pytest.approx(value)
    assert parsed.unit == unit


def test_fraction_keeps_its_denominator() -> None:
    parsed = parse_value("0/4")  # seed 002: "Kustannusanalyysi ..." baseline
    assert (parsed.value, parsed.denominator) == (0.0, 4.0)


@pytest.mark.parametrize("text", ["-", "xx", "YYY", "NA", "Ei mittaria", "", "  ", "xx\nYYY"])
def test_placeholders_are_never_values(text: str) -> None:
    assert is_placeholder(text)
    assert parse_value(text).value is None


@pytest.mark.parametrize("text", ["TP 2024", "Q2/2025 lähtien", "90 % asiakkaista", "1,2,3"])
def test_text_is_not_a_number(text: str) -> None:
    assert parse_value(text).value is None
    assert parse_number(text) is None


def test_qualified_bound_keeps_qualifier() -> None:
    parsed = parse_value("alle 10%")
    assert (parsed.value, parsed.unit, parsed.qualifier) == (10.0, "%", "alle")
