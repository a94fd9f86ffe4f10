"""The direct XML readers of extract.pptx_xml against python-pptx's own properties, on every
text frame and table cell of the sample decks: the speed-up (issue 9 session 6) must not
change what a deck says."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.dml import MSO_FILL

from extract.pptx_xml import body_layout, body_size, body_text, solid_fill

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
DECKS = sorted(SAMPLES.rglob("*.pptx"))


def _rgb(fill: object) -> tuple[float, float, float] | None:
    try:
        if fill.type != MSO_FILL.SOLID:  # type: ignore[attr-defined]
            return None
        rgb = fill.fore_color.rgb  # type: ignore[attr-defined]
    except AttributeError:
        return None
    return (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)


def _size(frame: object) -> float:
    for paragraph in frame.paragraphs:  # type: ignore[attr-defined]
        for run in paragraph.runs:
            if run.font.size is not None:
                return float(run.font.size.pt)
    return 0.0


def _align(frame: object) -> str:
    name = str(frame.paragraphs[0].alignment or "LEFT")  # type: ignore[attr-defined]
    return {"CENTER": "center", "RIGHT": "right", "DISTRIBUTE": "center"}.get(name.split(" ")[0], "left")


@pytest.mark.parametrize("deck", DECKS, ids=[d.name for d in DECKS])
def test_text_frames_and_cells_read_as_python_pptx_reads_them(deck: Path) -> None:
    frames = cells = 0
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                frame, body = shape.text_frame, shape._element.txBody
                text = "\n".join(p.text.replace("\v", "\n") for p in frame.paragraphs)
                assert body_text(body) == text
                assert body_size(body) == _size(frame)
                layout = body_layout(body)
                assert layout["align"] == _align(frame)
                assert layout["insets"][0] == (frame.margin_left / 12700 or 7.2)
                assert solid_fill(shape._element.spPr) == _rgb(shape.fill)
                frames += 1
            if shape.has_table:
                for row in shape.table.rows:
                    for cell in row.cells:
                        tc = cell._tc
                        if not cell.is_spanned:
                            assert body_text(tc.txBody) == cell.text.replace("\v", "\n")
                        assert solid_fill(tc.tcPr) == _rgb(cell.fill)
                        assert body_layout(tc.txBody, tc.tcPr, in_cell=True)["insets"][1] == (
                            cell.margin_top / 12700 or 3.6)
                        cells += 1
    assert frames + cells > 0
