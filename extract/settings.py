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
    line_centre_tolerance: float = 0.5
    """Units whose vertical centres differ by at most this share of the page's median text
    height are one line (extract.engine.lines): half a line apart can only be one line."""
    label_min_score: float = 88.0
    """A printed phrase is a vocabulary label when its folded text scores at least this
    (rapidfuzz ratio, 0..100) against the label: one wrong letter in ten still matches."""
    label_fuzzy_min_length: int = 5
    """Labels shorter than this (Q1, KPI) must match exactly: one letter is a third of them."""
    label_prefix: int = 2
    """A phrase is tried as a label only when its first unit starts like one (this many
    folded letters): keeps label search linear on pages of prose."""
    label_word_gap_em: float = 1.2
    """Words of one label on one line are at most this many font sizes apart."""
    label_stack_gap: float = 0.9
    """A label wrapped onto the next line continues at most this many text heights below."""
    table_end_gap: float = 4.0
    """A table ends at an empty strip across all its columns taller than this many text
    heights (cells aligned to the middle of tall rows leave at most a few lines empty)..."""
    table_end_gap_growth: float = 1.8
    """...and taller than this multiple of the widest gap between its rows so far: padded rows
    of one table leave gaps of one size (variant s9: four empty lines between rows)."""
    ocr_min_words: int = 5
    """A PDF page with fewer readable words than this has no usable text layer and is
    OCRed (when an image covers part of it)."""
    ocr_min_dpi: float = 150.0
    ocr_max_dpi: float = 300.0
    """A scan is OCRed at its own pixel density, raised to ocr_min_dpi or lowered to
    ocr_max_dpi (see extract.ocr_backend for the measurements behind the bounds)."""
    ocr_jobs: int = 0
    """Worker processes that OCR pages side by side; 0 means one per CPU core."""
    ocr_page_timeout: float = 120.0
    """Seconds one page may take to OCR; a page over it is left empty with an issue
    (the document is partial) and the other pages still load."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int | float) or value < 0:
                raise ValueError(f"LayoutSettings.{f.name} must be a non-negative number, got {value!r}")
        if self.row_gap_factor <= 1.0:
            raise ValueError("LayoutSettings.row_gap_factor must be above 1.0")
        if not 0 < self.rule_min_width <= 1:
            raise ValueError("LayoutSettings.rule_min_width must be in (0, 1]")
        if not 0 < self.label_min_score <= 100:
            raise ValueError("LayoutSettings.label_min_score must be in (0, 100]")
        if int(self.ocr_jobs) != self.ocr_jobs or int(self.ocr_min_words) != self.ocr_min_words:
            raise ValueError("LayoutSettings.ocr_jobs and ocr_min_words must be whole numbers")
        if not 0 < self.ocr_min_dpi <= self.ocr_max_dpi or self.ocr_page_timeout <= 0:
            raise ValueError("LayoutSettings: need 0 < ocr_min_dpi <= ocr_max_dpi and ocr_page_timeout > 0")


DEFAULT_SETTINGS = LayoutSettings()
