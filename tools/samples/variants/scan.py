"""Copier-grade scans of a rendered variant: every page of its PDF export rasterised and
degraded the way an office copier or a phone scan does, then saved as an image-only PDF
(no text layer), so the pipeline must OCR it.

Drawn from the seed: resolution (150-300 dpi), grey or colour, a small skew, toner fade
(lower contrast, lighter or darker), a slight blur, sensor noise and JPEG compression.
The gold is the PDF's: a scan prints the same facts.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter


@dataclass(frozen=True)
class ScanStyle:
    dpi: int
    grey: bool
    skew: float        # degrees, counter-clockwise
    contrast: float    # 1.0 = as printed; a fading toner prints lower
    brightness: float  # added to every pixel (0..255 scale)
    blur: float        # Gaussian radius in pixels
    noise: float       # standard deviation of the sensor noise (0..255 scale)
    jpeg: int          # JPEG quality of the stored page images

    def describe(self) -> str:
        return (f"scan: {self.dpi} dpi {'grey' if self.grey else 'colour'} skew {self.skew:+.2f}° "
                f"contrast {self.contrast:.2f} brightness {self.brightness:+.0f} blur {self.blur:.1f} "
                f"noise {self.noise:.0f} jpeg {self.jpeg}")


def draw_style(seed: int) -> ScanStyle:
    rng = random.Random(seed * 7919 + 17)  # its own stream: the layout's draws stay as they were
    return ScanStyle(
        dpi=rng.choice((150, 200, 200, 300)),
        grey=rng.random() < 0.5,
        skew=rng.uniform(-1.2, 1.2),
        contrast=rng.uniform(0.7, 1.0),
        brightness=rng.uniform(-15, 25),
        blur=rng.choice((0.0, 0.4, 0.7)),
        noise=rng.uniform(2, 10),
        jpeg=rng.randint(45, 85),
    )


def scan(pdf: Path, seed: int, target: Path) -> ScanStyle:
    """Write `target`, the scan of `pdf` drawn from `seed`; returns the style drawn."""
    style = draw_style(seed)
    rng = np.random.default_rng(seed)
    pages = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for index in range(len(document)):
            image = document[index].render(scale=style.dpi / 72).to_pil().convert("RGB")
            pages.append(_degrade(image, style, rng))
    finally:
        document.close()
    first, *rest = pages
    first.save(target, "PDF", save_all=True, append_images=rest, resolution=float(style.dpi))
    return style


def _degrade(image: Image.Image, style: ScanStyle, rng: np.random.Generator) -> Image.Image:
    if style.grey:
        image = image.convert("L")
    image = image.rotate(style.skew, resample=Image.Resampling.BICUBIC, expand=False,
                         fillcolor=255 if style.grey else (255, 255, 255))
    if style.blur:
        image = image.filter(ImageFilter.GaussianBlur(style.blur))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = (pixels - 255.0) * style.contrast + 255.0 + style.brightness  # fade towards the paper
    pixels += rng.normal(0.0, style.noise, pixels.shape)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    stored = io.BytesIO()
    image.save(stored, "JPEG", quality=style.jpeg)
    stored.seek(0)
    return Image.open(stored)
