"""PPTX → PDF and .ppt with a real LibreOffice, many files per process (a start costs ~1 s)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

BATCH = 40  # files per soffice call: amortises the start, bounds one call's runtime


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is needed: bash run.sh installs libreoffice-impress")
    return exe


def convert(sources: list[Path], target: str, out_dir: Path) -> list[Path]:
    """Convert every source to `target` ("pdf" or "ppt") into out_dir; returns the new paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for start in range(0, len(sources), BATCH):
        chunk = sources[start:start + BATCH]
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", target, "--outdir", str(out_dir), *map(str, chunk)],
                           check=True, capture_output=True, timeout=60 + 20 * len(chunk))
    made = [out_dir / f"{s.stem}.{target}" for s in sources]
    missing = [p.name for p in made if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {', '.join(missing)}")
    return made
