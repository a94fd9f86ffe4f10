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
    label_max_lines: int = 5
    """A label wraps onto at most this many lines: a legend squeezed into a narrow column prints
    "Työn" / "toteutuksessa" / "haasteita, joita" / "ratkaistaan" (issue 9, quarterly s71)."""
    row_gap_jump: float = 1.4
    """Gaps between a table's rows are at least this many times the leading inside its cells
    (padding on both sides of a row edge adds at least 40 %: the thinnest padding seen, 2 pt,
    over 5 pt leading); where the gaps' sizes jump less, they are of one kind."""
    table_type_ratio: float = 1.6
    """A table's words are at most this many times its header labels' type size: larger words
    under it are a chart's (annual s50: axis ticks at 18 pt under a 10 pt KPI table; a light's
    ● glyph, 1.4 times the text, is no word)."""
    row_gap_max_leading: float = 1.0
    """A gap of this many text heights between a table's lines is a row edge, never leading
    inside a cell (line spacing up to 1.5 leaves half a line): the jump test above is misled
    when a much larger gap to the text under the table joins the gaps (issue 9, quarterly s35)."""
    period_header_min: int = 2
    """A header row of a period table shows at least this many period labels (a KPI table
    may print only Lähtötilanne and one quarter)."""
    stacked_margin_lines: float = 1.0
    """A table's cells stacked in reading order (a text export) start their lines at most
    this many line heights right of its labels' margin; cells under columns lie further."""
    stacked_header_gap: float = 2.0
    """A header printed one label per line (a text export of a table) has at most this many
    text heights between one label and the next: one empty line (1.5 heights at the text
    backend's leading), as pdftotext separates every text block by one (text variant s15)."""
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
    ocr_reread_below: float = 90.0
    """A word that may be a misread value ("51%", "1", "o") read with a tesseract confidence
    under this is read again as a region (extract.ocr_backend.reread_values, issue 10): the
    samples' misread values came at 36–77, their sound values at 90 and above."""
    ocr_reread_scale: float = 2.0
    """The re-read region is enlarged this many times: at 2× "5,1 %" read at 91 where the
    page's own scale gave "51%" (okr_q2_2025_scan.pdf); 1.5× gave "4,6 %" only at 68."""
    ocr_reread_margin: float = 0.5
    """Margin above and below a re-read word, in its line heights: the box ends where the
    ink ends and tesseract needs white around a line; a full line height let a bold "0"
    read as "o" again (tp2024_sitovat_tavoitteet_scan.pdf page 51)."""
    ocr_reread_side_margin: float = 0.3
    """Margin left and right, in line heights: a word gap is about a third of a line
    height, so a neighbour's ink stays out of the region."""

    # --- traffic lights (extract.engine.lights) -------------------------------------------
    # Colours are judged after dividing out the page's paper colour (a white page changes
    # nothing), in HSV: hue in degrees, saturation S = (max - min) / max, value V = max.
    # Measured on the variants kit (tools/samples/variants/kit.py LIGHT_HUES, each faded
    # 0 .. 0.6 by kit.fade) and its non-light colours (accents, light header fills, zebra,
    # rules, ink): the numbers quoted below are those measurements.
    light_min_saturation: float = 0.15
    """A colour is chromatic (can be green, yellow or red) from this HSV saturation up. The
    palest light, 70AD47 faded 0.6 (99B487), has S 0.25 and 8BB48C 0.23; the light header
    fills (the accents tinted 85 % toward white, kit.light_fill) reach 0.09: between them."""
    light_min_value: float = 0.45
    """A chromatic light is at least this bright (HSV V). The darkest light drawn, 2E9E48, has
    V 0.62 and a plain dark green (008000) 0.50; ink (1F1F1F 0.12, 404040 0.25) and the dark
    accents used for titles and header fills (004D40 0.30, 2F4F4F 0.31, 00506E 0.43) stay below."""
    light_grey_contrast: float = 0.18
    """A grey light ("cannot be assessed") is at least this much darker (HSV V) than the paper:
    the lightest grey light, BFBFBF faded 0.6 (C9C9C9), has V 0.79; the palest fills that are
    no light (rule colour D9D9D9 0.85, header tints 0.89+, zebra F2F2F2 0.95) are lighter."""
    light_grey_min_value: float = 0.40
    """...and no darker than this: grey lights run 0.55 (8C8C8C) .. 0.79; darker greys are ink
    and dark rules (404040 0.25; 7F7F7F 0.50 is a rule colour, never a filled marker)."""
    light_red_hue_min: float = 348.0
    """Hues from here through 360 are red (kit reds sit at 0 .. 4.3 degrees); the wine accent
    7A1F3D at 340 degrees (with pink and purple below it) is no light."""
    light_yellow_hue_min: float = 18.0
    """Red ends and yellow begins at this hue: reds lie at 0 .. 4.3, ambers and yellows at
    42 .. 50.5; orange (FF8C00 at 33) reads as the amber "yellow" light, vermilion (~10) red."""
    light_green_hue_min: float = 70.0
    """Yellow ends and green begins here: halfway between the greenest yellow (FFEB84, 50.5)
    and the yellowest green (92D050, 89)."""
    light_green_hue_max: float = 160.0
    """Green ends here: greens lie at 89 .. 147.3; the teal accent 004D40 sits at 170 and the
    blue accents at 180 .. 209 (titles, header fills) are no lights."""
    light_hue_unit: float = 30.0
    """Legend calibration: a hue difference of this many degrees weighs as much as a factor
    e (2.7) in saturation. Neighbouring statuses are 40+ degrees apart (red 0 / amber 45 /
    green 89+), so a hue gap of one status costs more than any fade (see light_legend_reach)."""
    light_saturation_floor: float = 0.05
    """Legend calibration compares log saturations (kit.fade multiplies HLS saturation by
    1 - 0.75 * fade, so a fade is one constant shift); greys (S 0) count as this much."""
    light_legend_reach: float = 1.2
    """A light takes its nearest legend reference only within this distance (hue units plus
    |ln| of the saturation ratio). A fade of 0.6 against an unfaded reference costs 0.6; the
    next status's hue costs 1.4+: a yellow light never takes a partial legend's only red entry."""
    light_marker_max_size: float = 3.0
    """A marker shape beside a value is at most this many text heights wide and tall (the
    kit draws them one font size across; a filled cell is told apart by holding the value)."""
    light_marker_max_aspect: float = 2.0
    """...and at most this elongated (circles and squares are 1; rules and bars are far more)."""
    status_badge_max_aspect: float = 6.0
    """A status badge (a rounded pill, 4.2 times as wide as tall in seed 004's A4 rendering)
    is at most this elongated; rules and theme bands are far longer."""
    light_marker_reach: float = 2.5
    """A marker or glyph lies at most this many text heights from the value's (or legend
    label's) edge: the kit leaves 0.6 font sizes plus padding; the next column is further."""
    light_row_slack: float = 1.2
    """A marker's centre lies within the value's lines, or this many text heights above or
    below them (a marker centred on a tall row beside a one-line value)."""
    light_fill_max_height: float = 14.0
    """A filled shape holding a value is its cell's light only when at most this many text
    heights tall (a wrapped six-line row with padding); taller ones are panels."""
    light_fill_max_width: float = 40.0
    """...and at most this many text heights wide (a column, not a panel across the page)."""
    prose_word_gap_em: float = 0.45
    """Words this close (in font sizes) run on as one phrase: a word space is 0.25–0.35 em,
    while a table's cell padding on both sides of a column edge leaves more."""
    title_band: float = 0.25
    """A page's title starts in this top share of its height (slides and report pages alike)."""
    title_size_slack: float = 0.6
    """Points: a goal title's wrapped lines are in its largest type, which PDF exporters print
    a few tenths apart (15.96 / 16.0); a subtitle or result label is at least a point smaller."""
    title_over_body: float = 1.15
    """A page title is printed at least this many times its table's body size (seed 003: 14 pt
    over 9 pt, variants 1.5-2.3 times); a caption in body type over a table's continuation page
    is no title (kr_confidence variant s30)."""
    flat_title_max_lines: int = 4
    """Lines a page title over a table may wrap to, in a text export whose rows lost their cell
    gaps (extract.engine.flat_rows): more above a header are the previous table's rows."""
    flat_value_typos: int = 1
    """Edits tolerated between a printed cell and its column's vocabulary value (a text export's
    typo or split word, seed 003), for values of at least `flat_typo_min_length` letters..."""
    flat_typo_min_length: int = 10
    """...shorter values must match exactly: one edit turns a short name into another."""
    flat_label_max_words: int = 6
    """Words the first free cell of a row without cell gaps may run to: it is a label (a result
    area's name), not a sentence; a longer run is the cell after it."""
    flat_repeat_min_words: int = 2
    """Words two neighbouring rows must share for their shared words to be a cell of their own:
    one shared word is as often the first word of two key results."""
    title_size_slack_ocr: float = 0.35
    """Share of the largest OCR'd size a title line may fall short of it: OCR estimates sizes
    from ink heights, which vary this much between lines of one title (12.8 / 16.3 in
    tp2025_hva_tavoitteet_scan.pdf)."""
    ocr_stroke_ratio: float = 1.5
    """A dash OCR read this many times as tall as the page's usual OCR'd word is a vertical
    border stroke, not a placeholder (extract.misreads.printed_words; the binding scan of
    seed 004 reads its task table's borders as tall "—")."""
    kv_row_gap: float = 1.5
    """Lines of one key-value row follow each other at most this many text heights apart
    (a goal row whose label OCR lost is read upwards from the next label, see
    families.binding_engine._lost_goal; the scan of seed 004 leaves 0.5-1 between them)."""
    furniture_band: float = 0.12
    """Running headers and footers ("Kanta-Hämeen hyvinvointialue | TP 2025 | 7") lie in this
    share of the page height at its top or bottom edge."""
    furniture_share: float = 0.5
    """...and recur, digits aside, on at least this share of the document's pages (and on three)."""
    column_edge_slack: float = 1.0
    """Lines of one value column start within this many text heights of one left edge (cells'
    own padding is the same in every row; a hanging indent or the next column is further)."""
    paragraph_fit_slack: float = 0.5
    """A line ended its paragraph, not wrapped, when the next line's first word would have fit
    after it with this many text heights to spare (a word space and the estimate's error)."""
    light_paper_cover: float = 0.5
    """A filled shape covering at least this share of the page is its paper (a tinted
    background); otherwise the paper is white."""

    # --- the year-end report's overview dashboard (extract.families.annual_dashboard) -------
    dashboard_card_reach: float = 3.0
    """A card's number lies at most this many heights (of the label or the number, whichever
    is taller) from its label, across nothing but a bar in a light colour (columns, bars).
    tp2025_hva_tavoitteet.pptx leaves 2.2 number heights in its tall "Tehtävien määrä" card;
    variant cards 1, column and bar labels 1.5 label heights besides their bar."""
    dashboard_digit_gap: float = 0.5
    """Digit runs on one line at most this many text heights apart are one number: OCR reads a
    card's large digits letter-spaced ("1 8" at 0.2 heights, tp2025_hva_tavoitteet_scan.pdf),
    a thousands group follows a space (0.3); two numbers side by side stand further apart."""
    dashboard_ring_reach: float = 2.0
    """A pie's or doughnut's data labels lie within this many radii of its centre: on the ring
    (variant doughnuts), just outside (pies, 1.1), at a leader line's end (Power BI, 1.5 in
    tp2025_hva_tavoitteet.pdf); the cards' numbers lie further (the ones nearest a variant
    chart are read as cards first)."""
    dashboard_ring_max_aspect: float = 1.3
    """The slices' joint box of a pie or doughnut is about square (a circle's; a scan's
    blobs and wedges cut at the edges stray a little); a column chart's bars are not."""
    dashboard_slice_colour: float = 0.15
    """Largest RGB distance between a legend marker and its slice: a scan's small markers come
    out lighter than its large slices (JPEG, anti-aliasing); legend colours lie further apart."""

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
        if not (0 <= self.light_yellow_hue_min < self.light_green_hue_min < self.light_green_hue_max
                < self.light_red_hue_min <= 360):
            raise ValueError("LayoutSettings: light hue bands must run red < yellow < green < red (0..360)")
        if self.light_hue_unit <= 0 or self.light_saturation_floor <= 0:
            raise ValueError("LayoutSettings.light_hue_unit and light_saturation_floor must be above 0")


DEFAULT_SETTINGS = LayoutSettings()
