"""pdfplumber's character dicts, built without its generic attribute walk.

pdfplumber turns every pdfminer layout object into a dict by walking all of the object's
attributes through `resolve_all` (which follows indirect PDF references). A character's
attributes are plain numbers, strings and tuples, so for characters that walk only costs
time: on the 25-page A4 binding sample it was 2.7 of the 4.7 CPU-seconds pdfplumber
spent per document (issue 9's benchmark). `install` makes one page build its character
dicts directly, with the same keys and values as pdfplumber's own `Page.process_object`
(tests/extract/test_pdf_chars.py compares both, character by character, on every native
sample PDF); every other object (rects, curves, lines, images) still goes through
pdfplumber's method unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from unicodedata import normalize

from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, Page, fix_fontname_bytes
from pdfplumber.utils import resolve_and_decode


def install(page: Page) -> None:
    """Let `page` build its character dicts with `char_dict` (an instance attribute shadows
    the method that pdfplumber's `iter_layout_objects` calls)."""
    generic = page.process_object
    build = char_dict(page)

    def process_object(obj: Any) -> dict[str, Any]:
        return build(obj) if type(obj) is LTChar else generic(obj)

    page.process_object = process_object  # type: ignore[method-assign]


def char_dict(page: Page) -> Callable[[LTChar], dict[str, Any]]:
    """pdfplumber's dict of one character (Page.process_object, LTChar branch)."""
    height, (mb_x0, mb_top) = float(page.height), page.mediabox[:2]
    doctop, number, form = page.initial_doctop, page.page_number, page.pdf.unicode_norm
    spaces: dict[Any, Any] = {}

    def build(obj: LTChar) -> dict[str, Any]:
        attr = {k: v for k, v in obj.__dict__.items() if k in ALL_ATTRS}
        attr["object_type"] = "char"
        attr["page_number"] = number
        name = obj.ncs.name
        if name not in spaces:  # a page names two or three colour spaces for thousands of chars
            spaces[name] = resolve_and_decode(name)
        attr["ncs"] = spaces[name]
        text = obj.get_text()
        attr["text"] = normalize(form, text) if form is not None else text
        state = obj.graphicstate
        attr["stroking_color"] = state.scolor if isinstance(state.scolor, tuple) else (state.scolor,)
        attr["non_stroking_color"] = state.ncolor if isinstance(state.ncolor, tuple) else (state.ncolor,)
        if isinstance(attr.get("fontname"), bytes):  # rare byte-encoded names, as pdfplumber does
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
        attr["top"] = (height - attr["y1"]) + mb_top
        attr["bottom"] = (height - attr["y0"]) + mb_top
        attr["doctop"] = doctop + attr["top"]
        if mb_x0 != 0:
            attr["x0"] += mb_x0
            attr["x1"] += mb_x0
        return attr

    return build
