"""Small text helpers shared by every stage: tolerant label folding and wrap joining."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_SPACE = re.compile(r"\s+")
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u00ad"
"""Characters that end a line broken inside a word (soft hyphen included)."""
_DASHES = "\u2013\u2014"  # a dash standing alone ("tavoitteet –" / "oikeat") separates words: keep the space
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def squash(text: str) -> str:
    """NFC, every run of whitespace one space, no leading/trailing space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


@lru_cache(maxsize=1 << 16)  # pure, and called on the same few thousand texts again and again
def fold(text: str) -> str:
    """Fold a label for tolerant matching: lower case, no diacritics, letters and digits only.

    "Luottavaisuus-\\narvio", "LUOTTAVAISUUSARVIO" and OCR's "Luottavaisuus arvio"
    all fold to "luottavaisuusarvio".
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALNUM.sub("", stripped)


def join_lines(lines: Iterable[str]) -> str:
    """Join the printed lines of one wrapped cell or paragraph into one string.

    A line ending in a hyphen joins the next without a space and keeps the hyphen:
    renderers (Power BI, PowerPoint) wrap after a compound's hyphen ("Kanta-" +
    "Hämeen"), or after a prefix dash ("palvelutuotannon ja -" + "ohjauksen",
    seed 003), never by inserting a hyphen of their own.
    """
    out = ""
    for raw in lines:
        line = squash(raw)
        if not line:
            continue
        if not out:
            out = line
        elif out[-1] in HYPHENS and not (out[-1] in _DASHES and out[-2:-1] == " "):
            out += line
        else:
            out += " " + line
    return out
