"""The one place that maps file types to extractors (backends). Nothing else lists formats."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import UnsupportedFormat
from .page import DocumentContent
from .pdf_backend import read_pdf
from .ppt_backend import read_ppt
from .pptx_backend import read_pptx


@dataclass(frozen=True)
class Backend:
    file_format: str  # the reports.file_format value
    read: Callable[[Path], DocumentContent]


BACKENDS: dict[str, Backend] = {
    ".pdf": Backend("pdf", read_pdf),
    ".pptx": Backend("pptx", read_pptx),
    ".ppt": Backend("ppt", read_ppt),
}


def backend_for(path: Path) -> Backend:
    backend = BACKENDS.get(path.suffix.lower())
    if backend is None:
        raise UnsupportedFormat(str(path), f"unsupported file type '{path.suffix or '(none)'}'")
    return backend


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in BACKENDS
