"""Random layouts (issue 9): a small fixed-seed set of the variants generator, rendered with
LibreOffice, ingested and scored against the gold the generator wrote from the hand
transcriptions.  tools/robustness.py runs the same over hundreds of seeds; this keeps the
mechanisms that already read every layout from sliding back.

The bars are per family on the layout engine (issue 9's bar is 0.97 over ≥ 200 seeds; README
has the measured table), set below the measured figures so that a slide back fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "tools" / "samples"))

import robustness  # noqa: E402

SEEDS = [0, 1]
BARS = {  # fact type -> lowest F1 over the fixed seeds, per family on the engine
    "kr_confidence": {"goals": 0.95, "key_results": 0.95, "kr_confidence": 0.95},
    "quarterly": {"goals": 0.9, "key_results": 0.9, "kr_values": 0.9, "kpi_values": 0.75},
    "annual": {"goals": 0.95, "key_results": 0.95, "kr_values": 0.95, "kpi_values": 0.9, "report_summary": 0.8},
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> list[robustness.DocScore]:
    work = tmp_path_factory.mktemp("variants")
    return robustness.run(["kr_confidence", "quarterly", "annual"], SEEDS, ("pptx", "pdf"), work, jobs=2)


@pytest.mark.parametrize("family", sorted(BARS))
def test_engine_families_read_random_layouts(scores: list[robustness.DocScore], family: str) -> None:
    mine = [s for s in scores if s.family == family]
    assert len(mine) == 2 * len(SEEDS)
    totals = robustness.totals(mine)
    for fact, bar in BARS[family].items():
        c = totals["facts"][fact]
        assert robustness.f1(c["tp"], c["predicted"], c["gold"]) >= bar, (fact, c, robustness.render(mine))
    right, judged = totals["lights"]
    assert judged == 0 or right / judged >= 0.95, robustness.render(mine)
    for name, (ok, n) in totals["fields"].items():
        assert ok == n, (name, robustness.render(mine))  # report kind, year and period of every document


def test_every_variant_loads_without_failing(scores: list[robustness.DocScore]) -> None:
    assert all(s.outcome in ("loaded", "partial") for s in scores), [(s.document, s.message) for s in scores]


def test_pages_of_no_report_are_reported_skipped_and_leave_the_document_whole(
        scores: list[robustness.DocScore]) -> None:
    # Seed 0 embeds the annual report between decoy pages (prose, an income statement,
    # charts): they are listed as skipped, and they alone never make a document partial.
    annual = [s for s in scores if s.family == "annual" and s.seed == 0]
    assert annual and all("skipped" not in s.outcome for s in annual)
    for doc in annual:
        assert "no goal, dashboard or cover of the annual report on it" in doc.message, doc.message
        issues = [part for part in doc.message.split("; ") if "annual report on it" not in part]
        assert doc.outcome == ("partial" if issues else "loaded"), (doc.outcome, doc.message)


def test_a_copier_scan_variant_keeps_the_pages_and_loses_the_text_layer(tmp_path: Path) -> None:
    import pdfplumber
    from variants.scan import draw_style, scan

    source = REPO / "samples" / "kr_confidence_table" / "kr_confidence_2025.pdf"
    target = tmp_path / "kr_confidence_2025_scan.pdf"
    style = scan(source, 3, target)
    assert style == draw_style(3) and 150 <= style.dpi <= 300
    with pdfplumber.open(source) as native, pdfplumber.open(target) as scanned:
        assert len(scanned.pages) == len(native.pages)
        assert all(not page.chars and page.images for page in scanned.pages)
        assert scanned.pages[0].width == pytest.approx(native.pages[0].width, rel=0.01)
