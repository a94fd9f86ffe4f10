"""One light resolver for every format and family (issue 9): a traffic light's colour
classified by hue against the page's paper, calibrated by the page's own legend when it
prints one, whatever the light's shape.

A light is drawn as a filled table cell (PPTX cell fill, or a filled rect under the value
in a PDF), a small shape beside the value (circle, square, rounded square), a "●" glyph
beside it, or the value's own text printed in the light's colour.  Colours go through
three steps:

1. `classify` says which colour class a colour is — "green", "yellow" (amber, orange),
   "red", "grey" (a light that says "cannot be assessed") — or None: paper, ink and the
   accent colours of titles and header fills.  Hue bands and thresholds are measured on
   the variants kit's palettes and fades; the reasoning sits with each LayoutSettings field.
2. `legend_calibration` finds the page's legend ("Työ edistyy suunnitellusti", "Tavoite
   toteutui osittain", "Vihreä" …) and takes the marker beside each label as that colour
   class's reference; a light then takes its nearest reference (hue and log saturation).
3. `light_of_cell` finds the light belonging to a value's cell units.

Colour classes, not statuses, come out: what green means depends on the legend family
(GLOSSARY "Traffic lights"): `QUARTER_STATUS` and `GOAL_STATUS` map them.
"""

from __future__ import annotations

import colorsys
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from okr_warehouse.vocabulary import (
    ANNUAL_GOAL_RESULTS,
    ANNUAL_KR_ACHIEVEMENT_LABELS,
    BINDING_COLOUR_WORDS,
    GOAL_STATUS_LABELS,
    LIGHT_LABELS,
)

from ..page import Geometry, PageContent
from ..records import RGB
from ..settings import DEFAULT_SETTINGS, LayoutSettings
from .labels import find_labels
from .units import Box, Unit, line_height, union

GREEN, YELLOW, RED, GREY = "green", "yellow", "red", "grey"
COLOURS = (GREEN, YELLOW, RED, GREY)
WHITE: RGB = (1.0, 1.0, 1.0)

QUARTER_STATUS: dict[str, str | None] = {GREEN: "on_track", YELLOW: "at_risk", RED: "off_track", GREY: None}
"""A quarter's light (kr_values.status); grey is no status."""
GOAL_STATUS: dict[str, str] = {GREEN: "achieved", YELLOW: "partially_achieved", RED: "not_achieved",
                               GREY: "not_assessable"}
"""A year-end verdict (goals.status)."""

_STATUS_COLOUR: dict[str | None, str] = {
    "on_track": GREEN, "achieved": GREEN, "at_risk": YELLOW, "partially_achieved": YELLOW,
    "off_track": RED, "not_achieved": RED, "not_assessable": GREY, None: GREY,
    "green": GREEN, "yellow": YELLOW, "red": RED, "grey": GREY,
}


def _legend_vocabulary() -> dict[str, tuple[str, ...]]:
    """Colour class → every legend label a page may print for it."""
    out: dict[str, list[str]] = {c: [] for c in COLOURS}
    pairs: list[tuple[str, str | None]] = [*LIGHT_LABELS, *GOAL_STATUS_LABELS, *ANNUAL_GOAL_RESULTS,
                                           *ANNUAL_KR_ACHIEVEMENT_LABELS, *BINDING_COLOUR_WORDS]
    for label, status in pairs:
        out[_STATUS_COLOUR[status]].append(label)
    return {colour: tuple(labels) for colour, labels in out.items()}


LEGEND_VOCABULARY: Mapping[str, tuple[str, ...]] = _legend_vocabulary()

Accept = Callable[[RGB | None], bool]

MARKER_GLYPHS = frozenset("●⬤◉■◼⬛⚫◆")
"""Characters printed as a light ("●" in the light's colour beside the value)."""


# ------------------------------------------------------------------------------------------
# colour → class
# ------------------------------------------------------------------------------------------

def _balanced(rgb: RGB, paper: RGB) -> RGB:
    """The colour as it would look on white paper: each channel divided by the paper's
    (von Kries white balance), so a cream or grey-tinted page does not tint its lights."""
    r, g, b = (min(1.0, c / p) if p > 0.05 else c for c, p in zip(rgb, paper, strict=True))
    return (r, g, b)


def _hsv(rgb: RGB, paper: RGB) -> tuple[float, float, float]:
    """(hue in degrees, HSV saturation, HSV value) against the paper."""
    h, s, v = colorsys.rgb_to_hsv(*_balanced(rgb, paper))
    return h * 360.0, s, v


def classify(rgb: RGB | None, paper: RGB = WHITE, settings: LayoutSettings = DEFAULT_SETTINGS) -> str | None:
    """The colour class of a light colour ("green", "yellow", "red", "grey"), or None for a
    colour no light has (paper, pale tints, ink, blue / teal / purple accents).

    HSV rather than HLS: HLS calls every pale tint saturated (the light header fill DAE5EF has
    HLS saturation 0.40 and the unfaded yellow FFEB84 1.0) while HSV saturation measures how
    far the colour is from a grey of its own brightness (0.09 and 0.48)."""
    if rgb is None:
        return None
    hue, saturation, value = _hsv(rgb, paper)
    if saturation < settings.light_min_saturation:
        # greys: a grey light is clearly darker than the paper yet lighter than ink
        if settings.light_grey_min_value <= value <= 1.0 - settings.light_grey_contrast:
            return GREY
        return None
    if value < settings.light_min_value:
        return None  # dark accents and coloured ink
    if hue >= settings.light_red_hue_min or hue < settings.light_yellow_hue_min:
        return RED
    if hue < settings.light_green_hue_min:
        return YELLOW
    if hue <= settings.light_green_hue_max:
        return GREEN
    return None  # teal, blue, purple, magenta: titles and header fills


# ------------------------------------------------------------------------------------------
# the page's legend
# ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reference:
    colour: str          # the colour class the legend label names
    rgb: RGB             # the colour its marker is drawn in
    label: str           # the label as printed


@dataclass(frozen=True)
class Calibration:
    """How one page's lights are read: its paper, and its legend's references when it has any."""

    references: tuple[Reference, ...] = ()
    paper: RGB = WHITE
    settings: LayoutSettings = field(default=DEFAULT_SETTINGS, repr=False)

    def classify(self, rgb: RGB | None) -> str | None:
        """The colour class of a light: by the nearest legend reference when the page has a
        legend and the colour lies within reach of it, else by `classify`'s hue bands. A
        colour `classify` calls no light (paper, ink, accents) stays None either way."""
        plain = classify(rgb, self.paper, self.settings)
        if plain is None or rgb is None or not self.references:
            return plain
        distance, reference = min(((self.distance(rgb, r.rgb), r) for r in self.references), key=lambda p: p[0])
        return reference.colour if distance <= self.settings.light_legend_reach else plain

    def distance(self, a: RGB, b: RGB) -> float:
        """Hue gap in `light_hue_unit`s (only between two chromatic colours: a grey's hue means
        nothing) plus |ln| of the saturation ratio. HLS saturation here: kit.fade (print fading)
        multiplies it by a constant, so a faded light sits one fixed step from its legend."""
        s = self.settings
        ha, _, sa = colorsys.rgb_to_hls(*_balanced(a, self.paper))
        hb, _, sb = colorsys.rgb_to_hls(*_balanced(b, self.paper))
        chroma_a = classify(a, self.paper, s) not in (None, GREY)
        chroma_b = classify(b, self.paper, s) not in (None, GREY)
        sa = sa if chroma_a else 0.0
        sb = sb if chroma_b else 0.0
        gap = abs(ha - hb) * 360.0
        hue = min(gap, 360.0 - gap) / s.light_hue_unit if chroma_a and chroma_b else 0.0
        floor = s.light_saturation_floor
        return hue + abs(math.log(max(sa, floor) / max(sb, floor)))


def page_paper(page: PageContent, settings: LayoutSettings = DEFAULT_SETTINGS) -> RGB:
    """The page's paper: a filled shape covering most of the page (a tinted background), else white."""
    area = max(1.0, page.width * page.height)
    covering = [s for s in page.shapes if s.get("fill") is not None
                and _area(s) >= settings.light_paper_cover * area]
    if not covering:
        return WHITE
    return tuple(covering[-1]["fill"])  # type: ignore[return-value]  # the topmost drawn


def legend_calibration(units: Sequence[Unit], page: PageContent, settings: LayoutSettings = DEFAULT_SETTINGS,
                       vocabulary: Mapping[str, Sequence[str]] = LEGEND_VOCABULARY,
                       paper: RGB | None = None) -> Calibration:
    """The page's legend as colour references: each legend label (`vocabulary`: colour class →
    printed labels, found with `find_labels` wherever and in whatever order they sit) with a
    light beside it — a marker shape, a ● glyph, a filled box under it, or the label printed
    in the colour itself. A label with no light beside it is prose and gives no reference."""
    paper = page_paper(page, settings) if paper is None else paper
    references = []
    for hit in find_labels(units, vocabulary, settings):
        light = _light_of(hit.units, page, units, None, paper, settings, prefer_left=True)
        if light is not None:
            references.append(Reference(hit.key, light.rgb, " ".join(u.text for u in hit.units)))
    return Calibration(tuple(references), paper, settings)


# ------------------------------------------------------------------------------------------
# the light of a value
# ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Light:
    colour: str | None   # colour class ("green", "yellow", "red", "grey"); None never leaves here
    rgb: RGB             # as drawn
    how: str             # "fill" | "shape" | "glyph" | "text"


def light_of_cell(cell_units: Sequence[Unit], page: PageContent, units: Sequence[Unit] = (), *,
                  band: tuple[float, float] | None = None, calibration: Calibration | None = None,
                  settings: LayoutSettings | None = None, prefer_left: bool = True,
                  side: str | None = None, ignore: Sequence[Box] = ()) -> Light | None:
    """The light belonging to a value printed as `cell_units`, in this order: its cell's fill
    (the PPTX cell fill on a unit, or a filled shape under the value no other text shares), a
    small filled shape or a ● glyph beside it (nearest, the one before the value first with
    `prefer_left`; within `band`, the value's column (x0, x1), when given), or the colour of
    the value's own text.

    `units` are the page's units (where a ● glyph printed as its own text frame or word is
    found); `calibration` is the page's `legend_calibration` (default: none, white paper);
    markers centred in an `ignore` box are no value's (the legend's own, `legend_zones`)."""
    calibration = calibration or Calibration(settings=settings or DEFAULT_SETTINGS)
    light = _light_of(cell_units, page, units, band, calibration.paper, calibration.settings, prefer_left, side,
                      ignore)
    if light is None:
        return None
    colour = calibration.classify(light.rgb)
    return Light(colour, light.rgb, light.how) if colour is not None else None


def _light_of(cell_units: Sequence[Unit], page: PageContent, units: Sequence[Unit],
              band: tuple[float, float] | None, paper: RGB, settings: LayoutSettings,
              prefer_left: bool = False, side: str | None = None, ignore: Sequence[Box] = ()) -> Light | None:
    """The raw light (any colour `classify` accepts) of some units; see `light_of_cell`."""
    own = [u for u in cell_units if not _is_glyph(u)]
    if not own:
        return None

    def ok(rgb: RGB | None) -> bool:
        return classify(rgb, paper, settings) is not None

    for unit in own:  # PPTX: the table cell's own fill
        if unit.fill is not None and ok(unit.fill):
            return Light(None, unit.fill, "fill")
    height = line_height(own)
    box = union(own)
    fill = _fill_under(own, box, height, page, units, band, settings, ok)
    if fill is not None:
        return Light(None, fill, "fill")
    beside = _beside(cell_units, box, height, page, units, band, settings, ok, prefer_left, side, ignore)
    if beside is not None:
        return beside
    counts: dict[RGB, int] = {}
    for unit in own:
        if unit.color is not None and ok(unit.color):
            counts[unit.color] = counts.get(unit.color, 0) + len(unit.text.strip())
    inked = sum(len(u.text.strip()) for u in own)
    if counts:
        rgb = max(counts, key=lambda c: counts[c])
        if 2 * counts[rgb] >= inked:  # most of the value is printed in the colour
            return Light(None, rgb, "text")
    return None


def _fill_under(own: Sequence[Unit], box: tuple[float, float, float, float], height: float, page: PageContent,
                units: Sequence[Unit], band: tuple[float, float] | None, settings: LayoutSettings,
                ok: Accept) -> RGB | None:
    """The smallest light-coloured shape holding the value's centre that is its cell's own:
    no taller than `light_fill_max_height` lines nor wider than `light_fill_max_width`, centred
    in the column band when it is known, and holding no other text of the page."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    mine = {id(u) for u in own}
    best: tuple[float, RGB] | None = None
    for shape in page.shapes:
        fill: RGB | None = shape.get("fill")
        holds = shape["x0"] <= cx <= shape["x1"] and shape["top"] <= cy <= shape["bottom"]
        if fill is None or not holds or not ok(fill):
            continue
        if shape["bottom"] - shape["top"] > settings.light_fill_max_height * height:
            continue
        if band is not None and not band[0] <= (shape["x0"] + shape["x1"]) / 2 <= band[1]:
            continue  # (a cell's edges need not match the band's: bands split at gutters)
        if shape["x1"] - shape["x0"] > settings.light_fill_max_width * height:
            continue
        if any(id(u) not in mine and not _is_glyph(u) and shape["x0"] <= u.cx <= shape["x1"]
               and shape["top"] <= u.cy <= shape["bottom"] for u in units):
            continue  # a panel or band shared with other text
        if best is None or _area(shape) < best[0]:
            best = (_area(shape), fill)
    return best[1] if best else None


def _beside(cell_units: Sequence[Unit], box: tuple[float, float, float, float], height: float,
            page: PageContent, units: Sequence[Unit], band: tuple[float, float] | None,
            settings: LayoutSettings, ok: Accept, prefer_left: bool, side: str | None = None,
            ignore: Sequence[Box] = ()) -> Light | None:
    """The small filled shape or ● glyph beside the value, on its lines, with no other text
    between them: within the column band when it is known (anywhere across it: a centred value
    in a wide column sits far from the marker at the column's edge), else within
    `light_marker_reach` text heights.

    With `prefer_left` a marker before the value wins over one after it (a light precedes
    what it rates, in reading order), and one after it is taken only when no other text
    follows that marker more closely than the value precedes it (then it is the next value's)."""
    top = box[1] - settings.light_row_slack * height
    bottom = box[3] + settings.light_row_slack * height
    reach = settings.light_marker_reach * height
    biggest = settings.light_marker_max_size * height
    mine = {id(u) for u in cell_units}
    others = [u for u in units if id(u) not in mine and not _is_glyph(u)]
    candidates: list[tuple[int, float, RGB, str]] = []

    def consider(x0: float, y0: float, x1: float, y1: float, rgb: RGB, how: str) -> None:
        sx, sy = (x0 + x1) / 2, (y0 + y1) / 2
        if not top <= sy <= bottom or any(b[0] <= sx <= b[2] and b[1] <= sy <= b[3] for b in ignore):
            return
        if band is not None and not band[0] <= sx <= band[1]:
            return  # the grid's gutters never cut a light from its value (grid._markers)
        left_gap, right_gap = box[0] - x1, x0 - box[2]
        gap = max(left_gap, right_gap, 0.0)
        if band is None and gap > reach:
            return
        after = right_gap > left_gap
        if side is not None and after != (side == "after"):
            return  # the table draws its lights on the other side of its values
        lo, hi = (box[2], x0) if after else (x1, box[0])
        on_row = [u for u in others if u.top <= sy <= u.bottom]
        if any(lo <= u.cx <= hi for u in on_row):
            return  # other text printed between the marker and the value: not its marker
        if after and prefer_left and any(u.x0 >= sx and u.x0 - x1 < right_gap for u in on_row):
            return  # the marker precedes another value more closely: that value's light
        candidates.append((int(after and prefer_left), gap + abs(sy - (box[1] + box[3]) / 2), rgb, how))

    for shape in page.shapes:
        fill = shape.get("fill")
        width, tall = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        if fill is None or not ok(fill) or max(width, tall) > biggest or min(width, tall) <= 0:
            continue
        if max(width, tall) / min(width, tall) > settings.light_marker_max_aspect:
            continue
        consider(shape["x0"], shape["top"], shape["x1"], shape["bottom"], fill, "shape")
    seen: set[int] = set()
    for unit in (*cell_units, *units):
        if id(unit) in seen or unit.color is None or not _is_glyph(unit) or not ok(unit.color):
            continue
        seen.add(id(unit))
        consider(unit.x0, unit.top, unit.x1, unit.bottom, unit.color, "glyph")
    if not candidates:
        return None
    _, _, rgb, how = min(candidates, key=lambda c: (c[0], c[1]))
    return Light(None, rgb, how)


def legend_markers(units: Sequence[Unit], hits: Sequence[Sequence[Unit]],
                   settings: LayoutSettings = DEFAULT_SETTINGS) -> list[Unit]:
    """The marker glyphs printed beside a legend's labels (`hits`: each label's units), in
    their `legend_zones`: never a table's row or value (issue 9, quarterly s33 and s71: a
    legend left of a table with no text-column header fell into the row-label column)."""
    glyphs = "".join(MARKER_GLYPHS) + " "
    zones = legend_zones(hits, settings)
    return [u for u in units if u.text.strip() and not u.text.strip(glyphs)
            and any(z[0] <= u.cx <= z[2] and z[1] <= u.cy <= z[3] for z in zones)]


def legend_zones(hits: Sequence[Sequence[Unit]], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[Box]:
    """Where a legend's markers are: beside each legend label (`hits`: each label's units),
    within `light_marker_reach` text heights before or after it. A marker there rates no
    value, however near a table's last column the legend sits (variant s16: legend right)."""
    zones = []
    for units in hits:
        x0, top, x1, bottom = union(units)
        reach = settings.light_marker_reach * line_height(units)
        zones.append((x0 - reach, top - 0.5 * (bottom - top), x1 + reach, bottom + 0.5 * (bottom - top)))
    return zones


def _is_glyph(unit: Unit) -> bool:
    text = unit.text.strip()
    return bool(text) and all(ch in MARKER_GLYPHS for ch in text.replace(" ", ""))


def _area(box: Geometry) -> float:
    return float(max(0.0, box["x1"] - box["x0"]) * max(0.0, box["bottom"] - box["top"]))
