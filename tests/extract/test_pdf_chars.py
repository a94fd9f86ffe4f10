"""The PDF backend's fast character dicts (extract/pdf_chars.py) equal pdfplumber's own,
character by character, on the first pages of every native sample PDF (all pages would
take 40 s)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extract import pdf_chars

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NATIVE = sorted(p for p in SAMPLES.rglob("*.pdf") if not p.name.endswith("_scan.pdf"))


@pytest.mark.parametrize("path", NATIVE, ids=lambda p: p.name)
def test_fast_char_dicts_equal_pdfplumbers(path: Path) -> None:
    with pdfplumber.open(path) as plain, pdfplumber.open(path) as fast:
        for theirs, ours in zip(plain.pages[:3], fast.pages[:3], strict=True):
            pdf_chars.install(ours)
            assert ours.chars == theirs.chars, f"{path.name} page {ours.page_number}"
            assert ours.rects == theirs.rects and ours.curves == theirs.curves


def test_installed_backend_reads_the_characters() -> None:
    """Not vacuous: the samples have characters, and the installed builder made them."""
    with pdfplumber.open(NATIVE[0]) as pdf:
        page = pdf.pages[0]
        pdf_chars.install(page)
        assert page.chars and all(c["object_type"] == "char" and "non_stroking_color" in c for c in page.chars)
