"""OCR backend: scanned PDF pages and image files → PageContent, via tesseract's word boxes.

Each page is rendered (PDF, with pypdfium2) or decoded (image file), deskewed, and
read by tesseract (`fin+eng`, one thread) in a worker process. Words come back as
the same dicts the native PDF backend gives — points from the page's top-left, a
font size estimated from the line height — plus "conf" (tesseract's 0..100), so the
layout logic and the family parsers run on scans unchanged. Coloured markers and
filled cells found in the pixels become shapes ({"kind": "blob", box, "fill"}), so
the layout engine (`extract.engine.lights`) reads a scan's traffic lights as drawn ones, and
drawn horizontal lines become rules, as a native PDF's lines and band edges do.

Resolution: a scan is read at its own pixel density (the embedded image's ppi),
kept within [ocr_min_dpi, ocr_max_dpi]. Upsampling a 150–170 dpi scan to 300 dpi
gave the same words on the samples and cost 1.5–2× the time; below 150 dpi small
print loses letters, above 300 dpi only the time grows.
"""

from __future__ import annotations

import concurrent.futures as cf
import math
import multiprocessing
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

import numpy as np
import pytesseract
from PIL import Image

from okr_warehouse.text import fold

from . import raster
from .errors import CorruptDocument
from .misreads import is_number, lost_separator, may_be_number, misread_quarter
from .page import DocumentContent, Geometry, PageContent
from .settings import DEFAULT_SETTINGS, LayoutSettings

BACKEND = "tesseract"
LANGUAGES = "fin+eng"
PAGE_LAYOUT, RECOVERY = 3, 6
"""Tesseract page segmentation modes. The page is read with full layout analysis (--psm 3:
the best words on the samples; sparse mode 11 drops diacritics' dots as noise, "sekä" →
"seka"). Layout analysis throws away some isolated table values (a lone "0" in a score
column, values beside an erased light), so the text-sized ink no word covers afterwards
is read again on its own as one block (--psm 6; sparse mode drops a lone glyph too)."""
RECOVERED_MIN_CONF = 50.0
"""Words of the recovery pass below this confidence, or without a letter or digit, are
dropped (frame fragments read as "|", specks)."""
DASHES = ("-", "–", "—")
SPECK_MIN_CONF = 60.0
"""A word under a quarter of the page's usual line height is a speck, unless it is a dash
(a placeholder value) read with at least this confidence."""
SIZE_PER_LINE_HEIGHT = 1.03
"""Font size ≈ the ink height of its line (ascender to descender) × this factor,
calibrated on the native PDF twins of the scanned samples."""
IMAGE_DPI_UNKNOWN = 150.0
"""Pixel density assumed for an image file that does not record one (boxes and sizes
scale together, so the layout logic does not depend on the guess)."""
STOP_GRACE = 30.0
_CONTEXT = multiprocessing.get_context("fork")
"""Workers are forked: they start at once with everything imported, and never re-run the
caller's main module (spawn/forkserver would, in a script without a __main__ guard).
The parent's other threads (DuckDB's pool, a progress bar) sit idle and the workers
never touch what they guard; OpenCV, whose thread pool would deadlock a forked child,
runs single-threaded (extract.raster)."""


class OcrTimeout(Exception):
    """Tesseract did not finish a page within the per-page timeout."""


@dataclass(frozen=True)
class OcrJob:
    """One page to OCR: where its pixels come from and the page's size in points."""

    source: str
    kind: str  # "pdf" (render page `index`) | "image" (decode frame `index`)
    index: int
    number: int  # 1-based page number in the document
    width: float
    height: float
    dpi: float  # the resolution tesseract reads the page at


def ocr_dpi(native: float | None, settings: LayoutSettings) -> float:
    """The resolution to OCR at: the scan's own, within the settings' bounds."""
    if not native:
        return settings.ocr_max_dpi
    # Rounded: 170.00000008 dpi would render one pixel row more (pdfium rounds sizes up)
    # and resample the whole scan off its pixel grid, which costs letters ("ä" → "a").
    return round(min(max(native, settings.ocr_min_dpi), settings.ocr_max_dpi), 2)


def read_image(path: Path, settings: LayoutSettings) -> DocumentContent:
    """An image file (PNG, JPEG, TIFF; every frame of a multi-page TIFF is a page)."""
    source = str(path)
    try:
        with Image.open(path) as image:
            frames = _frame_sizes(image)
    except Exception as exc:  # Pillow raises UnidentifiedImageError, OSError, SyntaxError...
        raise CorruptDocument(source, f"not a readable image ({type(exc).__name__}: {exc})") from exc
    jobs = [
        OcrJob(source, "image", index, index + 1, w * 72.0 / dpi, h * 72.0 / dpi, ocr_dpi(dpi, settings))
        for index, (w, h, dpi) in enumerate(frames)
    ]
    pages, issues = run_jobs(jobs, settings)
    ordered = tuple(pages.get(j.number) or PageContent(j.number, j.width, j.height) for j in jobs)
    return DocumentContent(source, "image", BACKEND, ordered, tuple(issues))


def _frame_sizes(image: Image.Image) -> list[tuple[int, int, float]]:
    frames = []
    for index in range(getattr(image, "n_frames", 1)):
        image.seek(index)
        dpi = image.info.get("dpi")
        density = float(dpi[0]) if dpi and 50 <= float(dpi[0]) <= 2400 else IMAGE_DPI_UNKNOWN
        frames.append((image.width, image.height, density))
    return frames


def run_jobs(jobs: list[OcrJob], settings: LayoutSettings) -> tuple[dict[int, PageContent], list[str]]:
    """OCR pages in worker processes: the pages read, by number, and an issue
    ("page N: ...") for each page that failed or timed out; the other pages still load."""
    if not jobs:
        return {}, []
    timeout = settings.ocr_page_timeout
    workers = min(len(jobs), int(settings.ocr_jobs) or os.cpu_count() or 1)
    pool = cf.ProcessPoolExecutor(workers, mp_context=_CONTEXT, initializer=_init_worker)
    futures = {pool.submit(ocr_page, job, timeout, settings): job for job in jobs}
    # Each worker enforces the timeout on its own tesseract run; this deadline only
    # catches a worker stuck elsewhere (rendering a hostile page, say).
    done, late = cf.wait(futures, timeout=timeout * math.ceil(len(jobs) / workers) + STOP_GRACE)
    _stop(pool, hung=bool(late))
    pages: dict[int, PageContent] = {}
    issues: dict[int, str] = {futures[f].number: f"OCR timed out after {timeout:g} s" for f in late}
    for future in done:
        job = futures[future]
        try:
            pages[job.number] = future.result()
        except OcrTimeout:
            issues[job.number] = f"OCR timed out after {timeout:g} s"
        except Exception as exc:  # a broken page or a dead worker must not sink the document
            issues[job.number] = f"OCR failed ({type(exc).__name__}: {exc})"
    return pages, [f"page {number}: {issues[number]}" for number in sorted(issues)]


def _stop(pool: cf.ProcessPoolExecutor, hung: bool) -> None:
    """Shut the pool down; workers stuck past the deadline are killed, not waited for."""
    if not hung:
        pool.shutdown(wait=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public kill before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"  # tesseract: one page, one core; pages run side by side


def ocr_page(job: OcrJob, timeout: float, settings: LayoutSettings = DEFAULT_SETTINGS) -> PageContent:
    """Render or decode one page, deskew it, find its colour blobs and rules, erase the
    markers (OCR reads a light as "O" glued to its value), OCR the rest in two passes,
    read doubtful values again (`reread_values`): the page's words (with "conf"), rules
    and blobs, in points."""
    deadline = time.monotonic() + timeout
    text_image, blobs, (scale_x, scale_y) = page_image(job)
    words = _tesseract_words(text_image, job.dpi, PAGE_LAYOUT, deadline)
    line_height = median(w["line_height"] for w in words) if words else job.dpi * 10 / 72
    leftover = raster.uncovered_ink(text_image, [_box(w) for w in words], line_height)
    recovered = [] if leftover is None else _tesseract_words(leftover, job.dpi, RECOVERY, deadline)
    # Recovered words are re-read before the confidence cut: a lone bold "1" came back at 36
    # (tp2024_sitovat_tavoitteet_scan.pdf page 51) and reads at 96 enlarged.
    reread = reread_values(text_image, words + recovered, job.dpi, deadline, settings)
    words = reread[:len(words)] + [w for w in reread[len(words):]
                                   if w["conf"] >= RECOVERED_MIN_CONF and any(c.isalnum() for c in w["text"])]
    rules = raster.horizontal_rules(text_image, 1.0 / scale_x)
    return PageContent(number=job.number, width=job.width, height=job.height,
                       words=tuple(quarter_labels([_in_points(w, scale_x, scale_y) for w in words])),
                       rules=tuple(rules), shapes=tuple(blobs))


def page_image(job: OcrJob) -> tuple[np.ndarray, list[Geometry], tuple[float, float]]:
    """The page as tesseract reads it (deskewed, grey, markers erased, light text on dark
    fills made dark), its colour blobs, and its points per pixel (x, y)."""
    rgb = _pixels(job)
    rgb = raster.rotate(rgb, -raster.estimate_skew(raster.grey(rgb)))
    scale_x, scale_y = job.width / rgb.shape[1], job.height / rgb.shape[0]
    blobs, markers = raster.colour_blobs(rgb, 1.0 / scale_x)
    return raster.invert_dark_fills(raster.erase(raster.grey(rgb), markers), blobs), blobs, (scale_x, scale_y)


SINGLE_LINE = 7
"""Tesseract's --psm 7 for re-read regions: each region is one line of text (block modes
split "4,6 %" or drop a lone digit)."""


def reread_values(grey_image: np.ndarray, words: list[Geometry], dpi: float, deadline: float,
                  settings: LayoutSettings) -> list[Geometry]:
    """`words` (pixel boxes, with "conf"), each doubtful value replaced by its re-reading
    when that is a value read with more confidence and no separator lost, with that
    confidence (a recovered "1" at 36 confirmed at 96 is kept); unchanged when time has
    run out."""
    doubtful = [i for i, w in enumerate(words)
                if w["conf"] < settings.ocr_reread_below and may_be_number(w["text"])]
    remaining = deadline - time.monotonic()
    if not doubtful or remaining <= 0:
        return words
    crops = [_region(grey_image, words[i], settings) for i in doubtful]
    try:
        readings = _read_lines(crops, dpi * settings.ocr_reread_scale, remaining)
    except RuntimeError as exc:  # pytesseract's timeout: keep the first readings
        if "timeout" not in str(exc).lower():
            raise
        return words
    out = list(words)
    for index, reading in zip(doubtful, readings, strict=True):
        text = "".join(t for t, _ in reading)
        conf = min((c for _, c in reading), default=0.0)
        if is_number(text) and conf > words[index]["conf"] and not lost_separator(words[index]["text"], text):
            out[index] = {**words[index], "text": text, "conf": conf}
    return out


def _region(grey_image: np.ndarray, word: Geometry, settings: LayoutSettings) -> Image.Image:
    """The word's box with a margin (in line heights), enlarged by the re-read scale."""
    height = word["bottom"] - word["top"]
    above, side = height * settings.ocr_reread_margin, height * settings.ocr_reread_side_margin
    rows, columns = grey_image.shape[:2]
    top, bottom = max(0, int(word["top"] - above)), min(rows, int(word["bottom"] + above) + 1)
    left, right = max(0, int(word["x0"] - side)), min(columns, int(word["x1"] + side) + 1)
    crop = Image.fromarray(grey_image[top:bottom, left:right])
    scale = settings.ocr_reread_scale
    return crop.resize((max(1, round(crop.width * scale)), max(1, round(crop.height * scale))),
                       Image.Resampling.LANCZOS)


def _read_lines(crops: list[Image.Image], dpi: float, timeout: float) -> list[list[tuple[str, float]]]:
    """Each crop's words, left to right, with their confidences: one tesseract run over a
    multi-page TIFF, a crop a page."""
    readings: list[list[tuple[str, float]]] = [[] for _ in crops]
    with tempfile.TemporaryDirectory(prefix="okr_reread_") as folder:
        path = os.path.join(folder, "regions.tif")
        crops[0].save(path, save_all=True, append_images=crops[1:], dpi=(dpi, dpi))
        data = pytesseract.image_to_data(path, lang=LANGUAGES, config=f"--psm {SINGLE_LINE} --dpi {round(dpi)}",
                                         timeout=timeout, output_type=pytesseract.Output.DICT)
    words = sorted((data["page_num"][i], data["left"][i], str(data["text"][i]).strip(), float(data["conf"][i]))
                   for i, level in enumerate(data["level"]) if level == 5 and str(data["text"][i]).strip())
    for page, _, text, conf in words:
        if 1 <= page <= len(crops):
            readings[page - 1].append((text, conf))
    return readings


def quarter_labels(words: list[Geometry]) -> list[Geometry]:
    """Tesseract's Finnish model reads a bold "Q1" as "01" (okr_q2_2025_scan.pdf): on a line
    holding at least two such tokens — a period header — they are the quarters."""
    lines: dict[int, list[Geometry]] = {}
    for word in words:
        lines.setdefault(round(word["top"] / 3), []).append(word)
    out = []
    for word in words:
        quarter = misread_quarter(fold(word["text"]))
        line = lines[round(word["top"] / 3)]
        if quarter and sum(misread_quarter(fold(w["text"])) is not None for w in line) >= 2:
            word = {**word, "text": quarter}
        out.append(word)
    return out


def _pixels(job: OcrJob) -> np.ndarray:
    if job.kind == "pdf":
        return raster.render_pdf_page(Path(job.source), job.index, job.dpi)
    with Image.open(job.source) as image:
        image.seek(job.index)
        width = round(job.width / 72.0 * job.dpi)
        height = round(job.height / 72.0 * job.dpi)
        frame = image.convert("RGB")
        if frame.size != (width, height):
            frame = frame.resize((width, height), Image.Resampling.LANCZOS)
        return np.array(frame)


def _tesseract_words(grey_image: np.ndarray, dpi: float, psm: int, deadline: float) -> list[Geometry]:
    """Tesseract's words (TSV level 5) in pixels, each with its line's extent and its conf."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise OcrTimeout("no time left for tesseract")
    try:
        data = pytesseract.image_to_data(
            Image.fromarray(grey_image), lang=LANGUAGES, config=f"--psm {psm} --dpi {round(dpi)}",
            timeout=remaining, output_type=pytesseract.Output.DICT)
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise OcrTimeout(str(exc)) from exc
        raise
    lines: dict[tuple[int, int, int], list[Geometry]] = {}
    for i, level in enumerate(data["level"]):
        text = str(data["text"][i]).strip()
        if level == 5 and text:
            left, top = data["left"][i], data["top"][i]
            lines.setdefault(_line_key(data, i), []).append(
                {"text": text, "x0": left, "top": top, "x1": left + data["width"][i],
                 "bottom": top + data["height"][i], "conf": float(data["conf"][i])})
    words = [w for line in lines.values() for w in _line_extent(line)]
    return _without_specks(words)


LINE_SPLIT_GAP = 3.0
"""A gap wider than this many word heights inside one tesseract line parts two columns' text
(a word gap is a third of one; table columns and side boxes sit further apart)."""


def _line_extent(words: list[Geometry]) -> list[Geometry]:
    """Give the words of one line the line's ink extent (ascender to descender), as a PDF
    word's box is its font's — the same for "saa" and "Tavoite:" — and line clustering
    expects. A line tesseract ran across a wide gap is two (a title's second line beside the
    theme box's text, tp2025_hva_tavoitteet_scan.pdf page 8): each part gets its own extent.
    Words off the line's middle (tesseract sometimes adopts a wrapped "%" from the row below)
    keep their own box."""
    height = median(w["bottom"] - w["top"] for w in words)
    ordered = sorted(words, key=lambda w: w["x0"])
    parts: list[list[Geometry]] = [ordered[:1]]
    for word in ordered[1:]:
        if word["x0"] - parts[-1][-1]["x1"] > LINE_SPLIT_GAP * height:
            parts.append([])
        parts[-1].append(word)
    for part in parts:
        middle = median((w["top"] + w["bottom"]) / 2 for w in part)
        part_height = median(w["bottom"] - w["top"] for w in part)
        inline = [w for w in part if abs((w["top"] + w["bottom"]) / 2 - middle) <= part_height / 2]
        if inline:
            top, bottom = min(w["top"] for w in inline), max(w["bottom"] for w in inline)
            for word in inline:
                word["top"], word["bottom"] = top, bottom
    for word in words:
        word["line_height"] = word["bottom"] - word["top"]
    return words


def _without_specks(words: list[Geometry]) -> list[Geometry]:
    """Drop what tesseract made of stray dots (an "ä"'s dots read as a line of their own):
    words under a quarter of the usual line height, unless a confident dash (a placeholder)."""
    if not words:
        return words
    usual = median(w["line_height"] for w in words)
    return [w for w in words if w["line_height"] >= usual / 4
            or (w["conf"] >= SPECK_MIN_CONF and w["text"] in DASHES)]


def _line_key(data: dict[str, list[Any]], i: int) -> tuple[int, int, int]:
    return (data["block_num"][i], data["par_num"][i], data["line_num"][i])


def _box(word: Geometry) -> tuple[int, int, int, int]:
    return (int(word["x0"]), int(word["top"]), int(word["x1"]), int(word["bottom"]))


def _in_points(word: Geometry, scale_x: float, scale_y: float) -> Geometry:
    """A pixel word as the page model's word: points, size from the line height, conf kept."""
    return {"text": word["text"], "x0": word["x0"] * scale_x, "top": word["top"] * scale_y,
            "x1": word["x1"] * scale_x, "bottom": word["bottom"] * scale_y,
            "size": round(word["line_height"] * scale_y * SIZE_PER_LINE_HEIGHT, 2), "conf": word["conf"]}
