"""Property: any number formatted the Finnish way parses back to itself (issue 6)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from normalize.numbers import parse_number, parse_value

SEPARATORS = ["", " ", "\u00a0", "\u202f", "."]


def finnish(integer: int, decimals: str, separator: str, negative: bool) -> str:
    digits = f"{integer:d}"
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    text = separator.join(groups) if separator else "".join(groups)
    if decimals:
        text += "," + decimals
    return ("-" if negative else "") + text


numbers = st.tuples(
    st.integers(min_value=0, max_value=10**12),
    st.text(alphabet="0123456789", max_size=4),
    st.sampled_from(SEPARATORS),
    st.booleans(),
)


@given(numbers)
def test_finnish_number_round_trips(parts: tuple[int, str, str, bool]) -> None:
    integer, decimals, separator, negative = parts
    text = finnish(integer, decimals, separator, negative)
    expected = float(f"{'-' if negative else ''}{integer}.{decimals or '0'}")
    assert parse_number(text) == expected, text


@given(numbers, st.sampled_from(["%", " %", " min", " kpl", " €"]))
def test_value_with_unit_round_trips(parts: tuple[int, str, str, bool], unit: str) -> None:
    integer, decimals, separator, negative = parts
    text = finnish(integer, decimals, separator, negative) + unit
    parsed = parse_value(text)
    assert parsed.value == float(f"{'-' if negative else ''}{integer}.{decimals or '0'}"), text
    assert parsed.unit == unit.strip()
