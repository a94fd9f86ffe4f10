"""The confidence-table family (seed 003) from its native PDF and its PPTX."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract import extract
from normalize import normalize
from tests.conftest import sample

DOCUMENTS = ["kr_confidence_table/kr_confidence_2025.pdf", "kr_confidence_table/kr_confidence_2025.pptx"]


@pytest.fixture(scope="module", params=DOCUMENTS)
def doc(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return normalize(extract(sample(request.param)))


def _kr(doc, start: str):  # type: ignore[no-untyped-def]
    matches = [k for k in doc.key_results if k.text.startswith(start)]
    assert len(matches) == 1, f"expected one key result starting {start!r}, got {len(matches)}"
    return matches[0]


def _score(doc, kr) -> float | None:  # type: ignore[no-untyped-def]
    scores = [c.confidence for c in doc.kr_confidence if c.kr_id == kr.kr_id]
    return scores[0] if scores else None


def test_detects_the_family_from_content(doc) -> None:  # type: ignore[no-untyped-def]
    assert doc.report.report_kind == "kr_confidence_table"
    assert doc.report.status == "ok", doc.report.issues


def test_every_row_is_a_key_result_scoped_by_its_result_area(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.key_results) == 28
    # The same text under two result areas is two key results (PTH Avopalvelut and Kuntoutus).
    same_text = [k for k in doc.key_results if k.text == "90 % asiakkaista tietää, miten hoito ja palvelu jatkuu"]
    assert {k.result_area for k in same_text} == {"PTH Avopalvelut", "Kuntoutus"}
    assert len({k.kr_id for k in same_text}) == 2


def test_score_is_not_a_number_inside_the_key_result_text(doc) -> None:  # type: ignore[no-untyped-def]
    first = _kr(doc, "Ensikontaktin saa luvatussa ajassa eli")
    assert first.text.endswith("arkipäivänä, 100 %")
    assert _score(doc, first) == 100.0
    assert _score(doc, _kr(doc, "Ensikontaktin ratkaisua seurataan")) == pytest.approx(89.4)
    assert _score(doc, _kr(doc, "90% potilaista löytää")) == pytest.approx(82.14)


def test_rows_without_a_score_and_the_zero_score(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.kr_confidence) == 26
    for start in ("Kaikki asiakaslähtöisten palvelujen", "Jos asian hoitamiseen"):
        assert _score(doc, _kr(doc, start)) is None
    zero = _kr(doc, "Kaikki ensilinjassa toimivat työntekijät")
    assert _score(doc, zero) == 0.0
    assert zero.text.endswith("(lähtötasomittaus 2024 loppuvuonna)")  # joined across the page break


def test_wrapped_cells_join_with_hyphenation_kept(doc) -> None:  # type: ignore[no-untyped-def]
    divisions = {k.division for k in doc.key_results}
    assert "Perhe-, sosiaali- ja vammaispalvelut" in divisions
    assert "Erikoisairaanhoidon sairaalapalvelut" not in divisions  # a result area, not a division
    goals = {g.text for g in doc.goals}
    assert ("Varmistamme ja tuemme asiakaslähtöisen palvelutuotannon ja -ohjauksen toteutumisen organisaatiossa "
            "yhteistyössä muiden toimijoiden kanssa") in goals
    assert any("Kanta-Hämeen omaan erikoissairaanhoidon" in k.text for k in doc.key_results)


def test_county_goal_is_the_parent_of_result_area_goals_with_its_text(doc) -> None:  # type: ignore[no-untyped-def]
    county = [g for g in doc.goals if g.level == "hva"]
    assert [g.text for g in county] == ["Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"]
    children = [g for g in doc.goals if g.parent_goal_id == county[0].goal_id]
    assert {g.result_area for g in children} >= {"Asiakasohjaus", "PTH Avopalvelut", "Tukipalvelut"}
    assert all(g.text == county[0].text for g in children)


def test_every_fact_keeps_page_box_and_printed_text(doc) -> None:  # type: ignore[no-untyped-def]
    pages = doc.report.page_count
    for fact in (*doc.goals, *doc.key_results, *doc.kr_confidence):
        src = fact.source
        assert 1 <= src.page <= pages
        x0, top, x1, bottom = src.box
        assert x0 < x1 and top < bottom
        assert src.extractor.endswith("/kr_confidence_table")
        assert src.text_printed.strip()
        assert 0.0 <= src.parse_score <= 1.0


def test_detection_does_not_use_the_file_name(tmp_path: Path) -> None:
    renamed = tmp_path / "report.pdf"
    shutil.copy(sample(DOCUMENTS[0]), renamed)
    assert extract(renamed).report_kind == "kr_confidence_table"
