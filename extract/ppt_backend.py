"""Legacy .ppt backend: a real LibreOffice converts the file to PPTX in a temporary
folder, which the PPTX backend then reads. Boxes and slide numbers are the PPTX's."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import CorruptDocument, ExtractError
from .page import DocumentContent
from .pptx_backend import read_pptx

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CONVERT_TIMEOUT = 180


def read_ppt(path: Path) -> DocumentContent:
    source = str(path)
    with path.open("rb") as handle:
        if handle.read(8) != OLE2_MAGIC:
            raise CorruptDocument(source, "not a PowerPoint 97-2003 file (no OLE2 header)")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ExtractError(source, "LibreOffice (soffice) is needed to read .ppt; run `bash run.sh` to install it")
    with tempfile.TemporaryDirectory(prefix="okr-ppt-") as tmp:
        # A private profile per call: concurrent soffice runs otherwise block on one profile lock.
        profile = Path(tmp) / "profile"
        try:
            done = subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pptx",
                 "--outdir", tmp, source],
                capture_output=True, text=True, timeout=CONVERT_TIMEOUT, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise CorruptDocument(source, f"LibreOffice did not convert the file in {CONVERT_TIMEOUT} s") from exc
        converted = Path(tmp) / f"{path.stem}.pptx"
        if done.returncode != 0 or not converted.exists():
            detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
            raise CorruptDocument(source, f"LibreOffice could not convert the file ({detail[0]})")
        content = read_pptx(converted, file_format="ppt")
    return DocumentContent(source, "ppt", "libreoffice+python-pptx", content.pages)
