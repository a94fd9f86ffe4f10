"""Shared helpers for the sample generators (tools/samples/make_*.py).

The generators rebuild realistic originals of the seed reports (../shared/seeds)
and write, next to each, the gold annotation that a person transcribed from the
seed (docs/gold-format.md). Nothing here runs the extractor.

Generator-only dependencies (not needed to ingest or test): reportlab, Pillow,
numpy, LibreOffice (`soffice`) and poppler (`pdftoppm`).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
GOLD_DIR = SAMPLES / "gold"
GOLD_FORMAT = "okr-warehouse-gold/1"

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
)


def font_path(file_name: str) -> Path:
    """Find a TrueType font shipped by Debian's fonts-dejavu / fonts-liberation2."""
    for folder in FONT_DIRS:
        candidate = folder / file_name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"font {file_name} not found; apt-get install fonts-dejavu fonts-liberation2")


def write_gold(document: Path, gold: dict[str, Any]) -> Path:
    """Write `samples/gold/<document name>.gold.json` for one sample document."""
    sha = hashlib.sha256(document.read_bytes()).hexdigest() if document.exists() else None
    body = {"format": GOLD_FORMAT, "document": document.name, "sha256": sha, **gold}
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    out = GOLD_DIR / f"{document.name}.gold.json"
    out.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def soffice_convert(source: Path, target_ext: str, out_dir: Path) -> Path:
    """Convert with a real LibreOffice (`soffice --headless --convert-to`)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is needed: apt-get install libreoffice-impress")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", target_ext, "--outdir", str(out_dir), str(source)],
            check=True, capture_output=True, timeout=300,
        )
    return out_dir / f"{source.stem}.{target_ext.split(':')[0]}"


def scan_pdf(source_pdf: Path, target_pdf: Path, *, dpi: int = 170, seed: int = 1,
             max_angle: float = 0.8, jpeg_quality: int = 55) -> Path:
    """Make an image-only 'scanned copy' of a PDF: rendered at `dpi`, slightly rotated
    (under 1°), mild noise, JPEG artefacts, colour kept, no text layer."""
    import numpy as np
    from PIL import Image

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source_pdf), f"{tmp}/p"],
                       check=True, capture_output=True, timeout=300)
        pages = []
        for png in sorted(Path(tmp).glob("p-*.png")):
            img = Image.open(png).convert("RGB")
            angle = rng.uniform(0.25, max_angle) * rng.choice((-1, 1))
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 247))
            arr = np.asarray(img).astype(np.int16)
            noise = np.random.default_rng(seed + len(pages)).normal(0, 6, arr.shape)
            arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
            buf = io.BytesIO()
            Image.fromarray(arr).save(buf, "JPEG", quality=jpeg_quality)
            buf.seek(0)
            pages.append(Image.open(buf).convert("RGB"))
    target_pdf.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(target_pdf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  quality=jpeg_quality)
    return target_pdf
