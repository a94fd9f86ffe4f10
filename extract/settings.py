"""Every layout tolerance in one validated settings object (the pdfplumber way)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class LayoutSettings:
    y_tolerance: float = 3.0
    """Words whose tops differ by at most this many points are on one line."""
    x_tolerance: float = 3.0
    """Slack, in points, when deciding which column band a word's left edge falls in."""
    row_gap_factor: float = 1.25
    """A line starts a new table row when its distance to the previous line exceeds
    this multiple of the table's usual line pitch (cells' own wrapped lines sit at
    one pitch; rows add padding)."""
    rule_min_width: float = 0.6
    """A horizontal rule or band edge separates rows when it spans at least this
    share of the table's width."""
    header_label_min: int = 3
    """At least this many column labels must sit on one line to call it a table header."""
    min_gutter: float = 2.0
    """Narrowest empty vertical strip, in points, accepted as a gutter between columns."""
    segment_gap_em: float = 1.0
    """Words on one line further apart than this many font sizes belong to different
    segments (text boxes or table cells side by side)."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int | float) or value < 0:
                raise ValueError(f"LayoutSettings.{f.name} must be a non-negative number, got {value!r}")
        if self.row_gap_factor <= 1.0:
            raise ValueError("LayoutSettings.row_gap_factor must be above 1.0")
        if not 0 < self.rule_min_width <= 1:
            raise ValueError("LayoutSettings.rule_min_width must be in (0, 1]")


DEFAULT_SETTINGS = LayoutSettings()
