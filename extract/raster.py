"""Pixels of scanned pages: rendering, skew estimation and correction, coloured blobs.

Images are numpy arrays: RGB uint8 (height, width, 3) or grey uint8 (height, width).
Nothing here knows a coordinate of any sample; sizes are given in points and turned
into pixels with the page's own scale.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium

from .page import Geometry

# One thread: a page is one core's work (pages run side by side in worker processes), and
# OpenCV's thread pool, once started in a process, deadlocks that process's forked children.
cv2.setNumThreads(1)

MAX_SKEW = 2.0
"""Largest skew searched, in degrees: scanners and photocopies tilt a sheet by less."""
COARSE_STEP, FINE_STEP = 0.1, 0.01
DARK_FILL = 0.45
"""Mean RGB (0..1) under which a filled cell is dark: its text is printed light on it
(a table header band) and is inverted before OCR."""
INK_SAMPLE = 200_000
"""At most this many ink pixels feed the skew search (a random sample beyond that)."""


def render_pdf_page(path: Path, index: int, dpi: float) -> np.ndarray:
    """One PDF page (0-based index) rendered to RGB at `dpi`."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        bitmap = pdf[index].render(scale=dpi / 72.0)
        return np.array(bitmap.to_pil().convert("RGB"))
    finally:
        pdf.close()


def grey(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)  # type: ignore[no-any-return]


def estimate_skew(grey_image: np.ndarray, max_angle: float = MAX_SKEW) -> float:
    """The angle, in degrees counter-clockwise as displayed, by which the content is tilted.

    Projection profiles: ink pixels are projected onto the vertical axis along each
    candidate direction; text lines and rules give the sharpest profile (largest
    sum of squared bin counts) when the direction follows them. A coarse search over
    ±max_angle is refined around its best angle.
    """
    _, ink = cv2.threshold(grey_image, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    ys, xs = np.nonzero(ink)
    if len(xs) < 100 or len(xs) > 0.5 * ink.size:  # blank, or a photo rather than a document
        return 0.0
    if len(xs) > INK_SAMPLE:
        keep = np.random.default_rng(0).choice(len(xs), INK_SAMPLE, replace=False)
        xs, ys = xs[keep], ys[keep]
    xs = xs.astype(np.float64) - grey_image.shape[1] / 2
    ys = ys.astype(np.float64)
    coarse = np.arange(-max_angle, max_angle + COARSE_STEP / 2, COARSE_STEP)
    best = _sharpest(xs, ys, coarse)
    fine = np.arange(best - COARSE_STEP, best + COARSE_STEP + FINE_STEP / 2, FINE_STEP)
    return round(_sharpest(xs, ys, fine), 3)


def _sharpest(xs: np.ndarray, ys: np.ndarray, angles: np.ndarray) -> float:
    offset = abs(xs).max() * np.tan(np.radians(MAX_SKEW + 1)) + 1
    scores = []
    for angle in angles:
        rows = (ys + xs * np.tan(np.radians(angle)) + offset).astype(np.int64)
        counts = np.bincount(rows).astype(np.float64)
        scores.append(float(np.dot(counts, counts)))
    return float(angles[int(np.argmax(scores))])


def rotate(rgb: np.ndarray, angle: float) -> np.ndarray:
    """Rotate the image by `angle` degrees counter-clockwise about its centre, same size,
    the uncovered corners white. deskew = rotate(image, -estimate_skew(...))."""
    if abs(angle) < 1e-3:
        return rgb
    height, width = rgb.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(rgb, matrix, (width, height), flags=cv2.INTER_LINEAR,  # type: ignore[no-any-return]
                          borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255))


def marker_masks(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pixels coloured like a light (per pixel: saturated colours and mid greys, in HLS):
    saturated colours, and mid greys ("cannot be assessed")."""
    hls = cv2.cvtColor(rgb, cv2.COLOR_RGB2HLS)  # 8-bit: L and S scaled to 0..255, as colorsys's
    lightness, saturation = hls[:, :, 1], hls[:, :, 2]
    saturated = (saturation >= 0.35 * 255) & (lightness >= 0.2 * 255) & (lightness <= 0.85 * 255)
    greyish = (saturation < 0.15 * 255) & (lightness >= 0.35 * 255) & (lightness <= 0.75 * 255)
    return saturated, greyish


def colour_blobs(rgb: np.ndarray, px_per_pt: float, min_side_pt: float = 5.0,
                 stroke_pt: float = 3.0) -> tuple[list[Geometry], np.ndarray]:
    """Solid regions of marker colour: filled circles, squares and filled cells.

    Text strokes (black text's grey anti-aliasing, coloured headings) are thinner
    than `stroke_pt` and vanish under a morphological opening of that width; what
    remains and is at least `min_side_pt` on each side and solid (fills at least half
    its box) is a blob: box in points, fill the blob's median RGB in 0..1.
    Also returns the mask of the blobs with no text inside (no holes): the markers,
    which OCR would otherwise read as letters ("O", "©") glued to the value beside them.
    """
    side = max(3, round(stroke_pt * px_per_pt) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side))
    blobs: list[Geometry] = []
    markers = np.zeros(rgb.shape[:2], np.uint8)
    for mask in marker_masks(rgb):
        opened = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, kernel)
        count, labels, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
        for label in range(1, count):
            x, y, w, h, area = (int(v) for v in stats[label])
            # A donut's ring or a large slice fills under half its box: kept when large and about square.
            ring = min(w, h) >= 4 * min_side_pt * px_per_pt and area >= 0.25 * w * h and 0.67 <= w / h <= 1.5
            if min(w, h) < min_side_pt * px_per_pt or (area < 0.5 * w * h and not ring):
                continue
            inside = labels[y:y + h, x:x + w] == label
            blob = _blob(rgb[y:y + h, x:x + w][inside], (x, y, w, h), px_per_pt)
            holes = not ring and _has_holes(inside)
            blob["dark_fill_px"] = (x, y, w, h) if holes and sum(blob["fill"]) / 3 < DARK_FILL else None
            blobs.append(blob)
            # A glyph of a dark coloured heading (a bold navy title) is no marker: left for OCR.
            if not holes and not ring and sum(blob["fill"]) / 3 >= DARK_FILL * 2 / 3:
                markers[y:y + h, x:x + w][inside] = 255
    halo = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side))
    return blobs, cv2.dilate(markers, halo)


def _blob(pixels: np.ndarray, box: tuple[int, int, int, int], px_per_pt: float) -> Geometry:
    x, y, w, h = box
    fill = np.median(pixels, axis=0) / 255.0
    return {"kind": "blob", "x0": float(x / px_per_pt), "top": float(y / px_per_pt),
            "x1": float((x + w) / px_per_pt), "bottom": float((y + h) / px_per_pt),
            "fill": tuple(round(float(c), 3) for c in fill)}


def _has_holes(inside: np.ndarray, share: float = 0.02) -> bool:
    """Whether a blob encloses other pixels (text printed on a filled cell), beyond noise."""
    contours, hierarchy = cv2.findContours(inside.astype(np.uint8), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return False
    holes = sum(cv2.contourArea(c) for c, h in zip(contours, hierarchy[0], strict=True) if h[3] >= 0)
    return bool(holes > share * inside.sum())


def invert_dark_fills(grey_image: np.ndarray, blobs: list[Geometry]) -> np.ndarray:
    """Light text on dark filled cells made dark on light, which tesseract reads; drops the
    blobs' pixel boxes ("dark_fill_px") from the blobs."""
    out = grey_image
    for blob in blobs:
        box = blob.pop("dark_fill_px", None)
        if box is not None:
            x, y, w, h = box
            out = out.copy() if out is grey_image else out
            crop = 255 - out[y:y + h, x:x + w]
            # The inverted band is mid-grey, in which tesseract reads nothing (binding scan's
            # task headers): whiten what Otsu calls background, keep the glyphs.
            level, _ = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
            out[y:y + h, x:x + w] = np.where(crop > level, 255, crop)
    return out


def erase(grey_image: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The grey image with the masked pixels painted white."""
    if not mask.any():
        return grey_image
    out = grey_image.copy()
    out[mask > 0] = 255
    return out


def uncovered_ink(grey_image: np.ndarray, boxes: list[tuple[int, int, int, int]], line_height: float
                  ) -> np.ndarray | None:
    """The text-sized ink no word box covers, alone on white (None when there is none).

    Glyph-sized components (0.4–1.5 line heights tall, at most 4 wide, not a hairline)
    outside every box, widened by half a line to take their commas and points along;
    rules, frames, specks and pictures fall outside the size window.
    """
    _, ink = cv2.threshold(grey_image, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    pad = max(1, int(line_height * 0.3))
    covered = np.zeros(ink.shape, np.uint8)
    for x0, top, x1, bottom in boxes:
        covered[max(0, top - pad):bottom + pad, max(0, x0 - pad):x1 + pad] = 1
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    glyphs = np.zeros(ink.shape, np.uint8)
    for x, y, w, h, _area in stats[1:count]:
        if 0.4 * line_height <= h <= 1.5 * line_height and 0.2 * h <= w <= 4 * line_height \
                and not covered[y:y + h, x:x + w].any():
            glyphs[y:y + h, x:x + w] = 1
    if not glyphs.any():
        return None
    reach = max(1, int(line_height / 2))
    region = np.logical_and(cv2.dilate(glyphs, np.ones((reach, 2 * reach + 1), np.uint8)) > 0, covered == 0)
    out = np.full_like(grey_image, 255)
    out[region > 0] = grey_image[region > 0]
    return out


def horizontal_rules(grey_image: np.ndarray, px_per_pt: float, min_length_pt: float = 40.0,
                     max_thickness_pt: float = 2.5, contrast: int = 15) -> list[Geometry]:
    """Drawn horizontal lines (table rules, row separators) as rules {"x0", "x1", "y"} in points.

    Pixels darker than the paper by `contrast` grey levels (light grey separators
    count) running unbroken for `min_length_pt`, thin, and with paper above and below
    them (a run through a line of bold text has ink there).
    """
    paper = int(np.median(grey_image))
    dark = (grey_image < paper - contrast).astype(np.uint8)
    length = max(3, int(min_length_pt * px_per_pt))
    runs = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
    rules: list[Geometry] = []
    gap = max(2, round(px_per_pt))
    for x, y, w, h, _area in stats[1:count]:
        if h > max_thickness_pt * px_per_pt:
            continue
        above = dark[max(0, y - 2 * gap):max(0, y - gap), x:x + w]
        below = dark[y + h + gap:y + h + 2 * gap, x:x + w]
        if max(above.mean() if above.size else 0.0, below.mean() if below.size else 0.0) > 0.3:
            continue
        rules.append({"x0": float(x / px_per_pt), "x1": float((x + w) / px_per_pt),
                      "y": float((y + h / 2) / px_per_pt)})
    return rules
