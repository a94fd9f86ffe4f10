"""The one place that maps file types to extractors (backends). Nothing else lists formats."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import UnsupportedFormat
from .ocr_backend import read_image
from .page import DocumentContent
from .pdf_backend import read_pdf
from .ppt_backend import read_ppt
from .pptx_backend import read_pptx
from .settings import LayoutSettings
from .text_backend import read_text


@dataclass(frozen=True)
class Backend:
    file_format: str  # the reports.file_format value
    read: Callable[[Path, LayoutSettings], DocumentContent]


_IMAGE = Backend("image", read_image)

BACKENDS: dict[str, Backend] = {
    ".pdf": Backend("pdf", read_pdf),
    ".pptx": Backend("pptx", lambda path, _settings: read_pptx(path)),
    ".ppt": Backend("ppt", lambda path, _settings: read_ppt(path)),
    ".png": _IMAGE,
    ".jpg": _IMAGE,
    ".jpeg": _IMAGE,
    ".tif": _IMAGE,
    ".tiff": _IMAGE,
    ".txt": Backend("text", lambda path, _settings: read_text(path)),
    ".md": Backend("text", lambda path, _settings: read_text(path)),
}


def backend_for(path: Path) -> Backend:
    backend = BACKENDS.get(path.suffix.lower())
    if backend is None:
        raise UnsupportedFormat(str(path), f"unsupported file type '{path.suffix or '(none)'}'")
    return backend


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in BACKENDS
